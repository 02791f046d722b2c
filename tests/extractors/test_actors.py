"""One actor across documents and languages, and no merging of different people:
checked end to end, through extraction and the store, on the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyad.read import iter_sources
from dyad.run import ingest
from dyad.store import queries
from dyad.store.db import engine_for


def ingest_seeds(seeds_dir: Path, url: str):  # type: ignore[no-untyped-def]
    engine = engine_for(url)
    summary = ingest(iter_sources([str(seeds_dir)]), engine)
    assert summary.stored == 5 and not summary.failed
    return engine


def by_name(rows: list[dict], name_en: str) -> dict:
    matches = [r for r in rows if r["name_en"] == name_en]
    assert len(matches) == 1, [r["name_en"] for r in rows]
    return matches[0]


@pytest.mark.slow
def test_one_actor_across_languages(seeds_dir: Path, sqlite_url: str) -> None:
    rows = queries.people(ingest_seeds(seeds_dir, sqlite_url))
    kochanova = by_name(rows, "Natalya Kochanova")
    assert {"Natalya Kochanova", "Natalja Kotschanowa"} <= set(kochanova["aliases"])
    assert len(kochanova["documents"]) == 2  # the English and the German report
    lukashenko = by_name(rows, "Alexander Lukashenko")
    assert {"Alexander Lukashenko", "Aleksandr Lukashenko"} <= set(lukashenko["aliases"])
    assert lukashenko["country"] == "BLR"


def test_different_people_stay_apart(seeds_dir: Path, sqlite_url: str) -> None:
    rows = queries.people(ingest_seeds(seeds_dir, sqlite_url))
    koshanov = by_name(rows, "Yerlan Koshanov")
    kochanova = by_name(rows, "Natalya Kochanova")
    assert koshanov["actor_id"] != kochanova["actor_id"]
    assert koshanov["country"] == "KAZ" and kochanova["country"] == "BLR"
    assert "Natalya Kochanova" not in koshanov["aliases"]


@pytest.mark.slow
def test_people_command_lists_aliases_titles_documents(seeds_dir: Path, sqlite_url: str) -> None:
    import json
    import subprocess
    import sys

    ingest_seeds(seeds_dir, sqlite_url)
    dyad = Path(sys.executable).parent / "dyad"
    out = subprocess.run([str(dyad), "people", "--db", sqlite_url, "--country", "BLR", "--format", "json"],
                         capture_output=True, text=True, check=True).stdout
    rows = json.loads(out)
    assert all(r["country"] == "BLR" for r in rows)
    k = by_name(rows, "Natalya Kochanova")
    assert k["titles"] and k["documents"]
