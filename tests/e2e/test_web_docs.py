"""/docs and /openapi.json without a CDN; the API checks filters as the CLI does and names people
as the CLI does (issue 14)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from conftest import EXAMPLES
from dyad.read import iter_sources
from dyad.run import ingest
from dyad.store.db import DatabaseMissing, engine_for
from dyad.web.api import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = f"sqlite:///{tmp_path_factory.mktemp('docs') / 'dyad.db'}"
    assert ingest(iter_sources([str(p) for p in sorted(EXAMPLES.iterdir())]), engine_for(url)).stored == 5
    # The API answers only Host names it knows (DNS rebinding): TestClient says "testserver".
    with TestClient(create_app(url, create=False), base_url="http://localhost") as c:
        yield c


def test_docs_page_lists_every_endpoint_and_loads_nothing_from_outside(client: TestClient) -> None:
    res = client.get("/docs")
    assert res.status_code == 200 and res.headers["content-type"].startswith("text/html")
    spec = client.get("/openapi.json").json()
    for path in spec["paths"]:
        assert path in res.text
    assert "<script" not in res.text and "http://" not in res.text and "https://" not in res.text


@pytest.mark.parametrize("written", ["BLRKAZ", "blr-kaz", "KAZ-BLR"])
def test_api_pairs_written_several_ways(client: TestClient, written: str) -> None:
    res = client.get("/api/claims", params={"pair": written})
    assert res.status_code == 200
    assert {g["pair"] for g in res.json()["items"]} == {"BLR-KAZ"}


@pytest.mark.parametrize(("path", "named"), [("/api/events?since=yesterday", "yesterday"),
                                             ("/api/events?since=2024-02-30", "2024-02-30"),
                                             ("/api/figures?pair=BLR-XXX", "XXX"),
                                             ("/api/quotes?country=ZZZ", "ZZZ")])
def test_api_bad_filters_are_one_line_400s(client: TestClient, path: str, named: str) -> None:
    res = client.get(path)
    assert res.status_code == 400
    detail = res.json()["detail"]
    assert named in detail and "\n" not in detail


def test_api_events_name_people_in_english_with_the_written_form_beside(client: TestClient) -> None:
    actors = {a["name_en"] for a in client.get("/api/actors").json()["items"]}
    items = client.get("/api/events").json()["items"]
    assert items
    for ev in items:
        assert set(ev["participants"]) <= actors
        for p in ev["people"]:
            assert {"name_en", "title_en", "name_as_written", "title_as_written"} <= set(p)


def test_a_read_only_server_refuses_a_missing_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissing, match="typo.db"):
        create_app(f"sqlite:///{tmp_path / 'typo.db'}", create=False)
    assert list(tmp_path.iterdir()) == []
