"""The JSON API, served for real: `dyad serve` in a subprocess on a free loopback port, called
over HTTP. Paging caps, hostile filters and paths, and the token rules for POST /documents."""

from __future__ import annotations

import http.client
import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from dyad.read import iter_sources
from dyad.run import ingest
from dyad.store.db import engine_for

pytestmark = pytest.mark.slow  # a real `dyad serve` over the seeds: `make test` skips it, CI runs it (`make test-all`)

HERE = Path(__file__).resolve().parents[1]  # the tests folder
TOKEN = "s3cret-test-token"
KOCHANOVA = "blr-natalya-kochanova"


def _seeds() -> Path:
    seeds = HERE.parent.parent / "shared" / "corpus" / "seeds"
    return seeds if seeds.exists() else HERE.parent / "examples"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _dyad() -> str:
    exe = Path(sys.executable).parent / "dyad"
    return str(exe) if exe.exists() else "dyad"


class Server:
    def __init__(self, db_url: str, token: str | None, log: Path, *extra: str) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items() if k not in {"DYAD_TOKEN", "DYAD_DB"}}
        cmd = [_dyad(), "serve", "--db", db_url, "--port", str(self.port), "--host", "127.0.0.1"]
        if token:  # in a file: a token on the command line is visible in the process list
            token_file = log.with_name(log.name + ".token")
            token_file.write_text(token + "\n", encoding="utf-8")
            cmd += ["--token-file", str(token_file)]
        cmd += extra
        self.log = log
        self._out = log.open("wb")
        self.proc = subprocess.Popen(cmd, stdout=self._out, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {log.read_text()[-2000:]}")
            try:
                if httpx.get(self.base + "/api/facets", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"server did not answer in 30 s: {log.read_text()[-2000:]}")

    def raw_get(self, path: str) -> tuple[int, bytes]:
        """GET with the path sent exactly as given: no client-side normalisation of ../ or %2e."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            conn.putrequest("GET", path, skip_accept_encoding=True)
            conn.putheader("Accept", "application/json")
            conn.endheaders()
            resp = conn.getresponse()
            return resp.status, resp.read()
        finally:
            conn.close()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._out.close()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "dyad.db"
    summary = ingest(iter_sources([str(p) for p in sorted(_seeds().iterdir())]), engine_for(f"sqlite:///{path}"))
    assert summary.stored >= 5 and not summary.failed
    return path


@pytest.fixture(scope="module")
def server(db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    srv = Server(f"sqlite:///{db}", TOKEN, tmp_path_factory.mktemp("log") / "serve.log")
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="module")
def client(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base, timeout=60) as c:
        yield c


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


# ---- every endpoint ---------------------------------------------------------------------------------

def test_documents_list_and_detail(client: httpx.Client) -> None:
    r = client.get("/api/documents")
    assert r.status_code == 200
    page = r.json()
    assert set(page) == {"items", "limit", "offset", "next_offset"}
    docs = page["items"]
    assert len(docs) >= 5 and all("text" not in d for d in docs)
    published = [d["published"] for d in docs if d["published"] and not d["published"].startswith("--")]
    assert published == sorted(published, reverse=True)
    assert client.get("/api/documents", params={"outlet": "Akorda"}).json()["items"][0]["outlet"] == "Akorda"
    assert all(d["published"] >= "2020" for d in client.get("/api/documents", params={"since": "2020"}).json()["items"])
    hits = client.get("/api/documents", params={"q": "441 million"}).json()["items"]
    assert [d["outlet"] for d in hits] == ["Akorda"]

    doc = client.get(f"/api/documents/{hits[0]['doc_id']}").json()
    for kind in ("events", "figures", "quotes", "agreements", "people"):
        assert doc[kind], kind
        for item in doc[kind]:
            assert 0 <= item["start"] < item["end"] <= len(doc["text"]), (kind, item)
    fig = next(f for f in doc["figures"] if f["value"] == 441_000_000)
    assert doc["text"][fig["start"] : fig["end"]] == fig["text"]
    assert all("participants" in e for e in doc["events"])


def test_events(client: httpx.Client) -> None:
    events = client.get("/api/events").json()["items"]
    assert events
    for ev in events:
        assert ev["reports"] and ev["type"]
        assert len(ev["participant_ids"]) == len(ev["people"])
        assert len({r["doc_id"] for r in ev["reports"]}) == len(ev["reports"])
    kaz = client.get("/api/events", params={"country": "kaz"}).json()["items"]
    assert kaz and all(any(p["country"] == "KAZ" for p in e["people"]) for e in kaz)
    mine = client.get("/api/events", params={"actor": KOCHANOVA}).json()["items"]
    assert mine and all(KOCHANOVA in e["participant_ids"] for e in mine)
    assert all(e["date"] >= "2021" for e in client.get("/api/events", params={"since": "2021-01-01"}).json()["items"])
    minsk = client.get("/api/events", params={"q": "minsk"}).json()["items"]
    assert minsk and all(e["location"] == "Minsk" or any("minsk" in (r["title"] or "").lower() for r in e["reports"])
                         for e in minsk)
    assert len(minsk) < len(events)


def test_actors(client: httpx.Client) -> None:
    actors = client.get("/api/actors").json()["items"]
    assert KOCHANOVA in {a["actor_id"] for a in actors}
    assert all(a["country"] == "KAZ" for a in client.get("/api/actors", params={"country": "KAZ"}).json()["items"])
    # Found by the German spelling, one person across languages.
    found = client.get("/api/actors", params={"q": "Kotschanowa"}).json()["items"]
    assert [a["actor_id"] for a in found] == [KOCHANOVA]
    a = client.get(f"/api/actors/{KOCHANOVA}").json()
    assert a["name_en"] == "Natalya Kochanova" and a["country"] == "BLR"
    assert {"Natalya Kochanova", "Natalja Kotschanowa"} <= set(a["aliases"])
    assert a["titles"] and a["title_history"] and a["events"] and a["quotes"]
    assert all(q["actor_id"] == KOCHANOVA for q in a["quotes"])
    # Every participant of every event has an actor page.
    for ev in client.get("/api/events").json()["items"]:
        for pid in ev["participant_ids"]:
            assert client.get(f"/api/actors/{pid}").status_code == 200, pid
    assert client.get("/api/actors/nobody-at-all").status_code == 404


def test_figures_claims_series(client: httpx.Client) -> None:
    figs = client.get("/api/figures", params={"pair": "KAZ-BLR", "metric": "trade_turnover"}).json()["items"]
    assert figs and all(f["pair"] == "BLR-KAZ" and f["metric"] == "trade_turnover" for f in figs)
    assert client.get("/api/figures", params={"country": "BLR"}).json()["items"]
    assert not client.get("/api/figures", params={"country": "USA"}).json()["items"]
    assert all(f["published"] >= "2020" for f in client.get("/api/figures", params={"since": "2020"}).json()["items"])

    groups = client.get("/api/claims", params={"pair": "BLR-KAZ", "metric": "trade_turnover", "conflicts": "true"})
    assert groups.status_code == 200
    conflict = [g for g in groups.json()["items"] if g["period"] == "2017-01..2017-09"]
    assert len(conflict) == 1 and conflict[0]["conflict"]
    assert sorted(c["value"] for c in conflict[0]["claims"]) == [441_000_000, 500_000_000]
    every = client.get("/api/claims", params={"pair": "BLR-KAZ", "metric": "trade_turnover"}).json()["items"]
    assert len(every) > len(groups.json()["items"])

    series = client.get("/api/series", params={"pair": "BLR-KAZ", "metric": "trade_turnover"}).json()
    assert series["pair"] == "BLR-KAZ" and series["items"]
    periods = [p["period"] or "" for p in series["items"]]
    assert periods == sorted(periods)
    flagged = {p["value"] for p in series["items"] if p["conflict"]}
    assert flagged == {441_000_000, 500_000_000}
    assert all(p["low"] <= p["value"] <= p["high"] for p in series["items"])
    assert client.get("/api/series", params={"metric": "trade_turnover"}).status_code == 400


def test_quotes_search_facets(client: httpx.Client) -> None:
    quotes = client.get("/api/quotes").json()["items"]
    assert quotes and all(q["text"] for q in quotes)
    mine = client.get("/api/quotes", params={"actor": KOCHANOVA}).json()["items"]
    assert mine and all(q["actor_id"] == KOCHANOVA for q in mine)
    assert all(q["actor_id"] for q in client.get("/api/quotes", params={"country": "BLR"}).json()["items"])
    strategic = client.get("/api/quotes", params={"q": "strategic partner"}).json()["items"]
    assert strategic and all("strategic partner" in q["text"].lower() for q in strategic)

    found = client.get("/api/search", params={"q": "Kochanova"}).json()
    assert found["documents"] and KOCHANOVA in [a["actor_id"] for a in found["actors"]]
    assert set(found) == {"q", "documents", "actors", "quotes"}
    assert client.get("/api/search", params={"q": ""}).status_code == 400
    assert client.get("/api/search").status_code == 400

    facets = client.get("/api/facets").json()
    assert facets["pairs"][0]["pair"] == "BLR-KAZ" and facets["pairs"][0]["metrics"]["trade_turnover"] >= 2
    assert {c["country"] for c in facets["countries"]} >= {"BLR", "KAZ"}


def test_openapi_and_page(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/documents", "/api/documents/{doc_id}", "/api/events", "/api/actors", "/api/actors/{actor_id}",
                 "/api/figures", "/api/claims", "/api/series", "/api/series/events", "/api/quotes", "/api/search",
                 "/documents"):
        assert path in spec["paths"], path
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "/static/app.js" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for asset in ("/static/app.js", "/static/style.css"):
        assert client.get(asset).status_code == 200
    for path in ("/claims", "/series", "/actors", "/documents", "/search?q=x", f"/actor/{KOCHANOVA}"):
        assert client.get(path).status_code == 200, path
    # Nothing is loaded from elsewhere: no CDN at run time (the SVG namespace is a name, not a load).
    for asset in ("/", "/static/app.js", "/static/style.css"):
        assert not re.search(r"(https?:)?//(?!www\.w3\.org/2000/svg)[a-z0-9.-]+\.[a-z]{2,}/", client.get(asset).text), asset


# ---- paging ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/api/documents", "/api/events", "/api/actors", "/api/figures", "/api/quotes",
                                  "/api/claims", "/api/series?pair=BLR-KAZ&metric=trade_turnover"])
def test_paging(client: httpx.Client, path: str) -> None:
    sep = "&" if "?" in path else "?"
    big = client.get(f"{path}{sep}limit=100000")
    assert big.status_code == 200 and big.json()["limit"] == 500 and len(big.json()["items"]) <= 500
    everything = big.json()["items"]
    one = client.get(f"{path}{sep}limit=1").json()
    assert one["limit"] == 1 and one["items"] == everything[:1]
    if len(everything) > 1:
        assert one["next_offset"] == 1
        assert client.get(f"{path}{sep}limit=1&offset=1").json()["items"] == everything[1:2]
    assert client.get(f"{path}{sep}offset=100000").json()["items"] == []
    for bad in ("limit=0", "limit=-5", "offset=-1", "limit=abc", "offset=1e9"):
        r = client.get(f"{path}{sep}{bad}")
        assert r.status_code == 400, (bad, r.text)
        assert "\n" not in r.json()["detail"]


# ---- hostile input ------------------------------------------------------------------------------------

INJECTIONS = [
    "' OR '1'='1",
    "'; DROP TABLE documents; --",
    "\" OR 1=1 --",
    "1); DELETE FROM figures; --",
    "%' UNION SELECT doc_id, text, 1, 1, 1, 1, 1, 1 FROM documents --",
    "Robert'); DROP TABLE actors;--",
    "%",
    "_",
    "\\",
    "KAZ' --",
    "BLR-KAZ' OR 'a'='a",
    "x\x00y",
]
FILTERS = {
    "/api/documents": ["q", "since", "outlet"],
    "/api/events": ["country", "since", "actor", "q", "pair"],
    "/api/events?pair=BLR-KAZ": ["from"],
    "/api/actors": ["country", "q"],
    "/api/figures": ["metric", "pair", "country", "since"],
    "/api/claims": ["pair", "metric", "conflicts"],
    "/api/series?pair=BLR-KAZ": ["metric"],
    "/api/series?metric=trade_turnover": ["pair"],
    "/api/series?pair=BLR-KAZ&by=year": ["by", "from", "since", "until"],
    "/api/series/events?pair=BLR-KAZ&by=year&period=2017": ["period", "from", "by"],
    "/api/quotes": ["actor", "country", "q"],
    "/api/search": ["q"],
}


LITERAL_ONLY = {"%", "_", "\\"}


def test_sql_injection_in_every_filter(client: httpx.Client, db: Path) -> None:
    before = _counts(db)
    unfiltered = {path: len(client.get(path).json().get("items", [])) for path in FILTERS if path != "/api/search"}
    unfiltered["/api/search"] = 10**6
    for path, names in FILTERS.items():
        base, _, fixed = path.partition("?")
        for name in names:
            for payload in INJECTIONS:
                params = dict(p.split("=") for p in fixed.split("&") if p) | {name: payload}
                r = client.get(base, params=params)
                assert r.status_code in (200, 400), (path, name, payload, r.status_code, r.text[:200])
                body = r.json()
                if r.status_code == 400:
                    assert isinstance(body["detail"], str) and "\n" not in body["detail"]
                    continue
                if base == "/api/search":
                    rows = body["documents"] + body["actors"] + body["quotes"]
                else:
                    assert isinstance(body["items"], list)
                    rows = body["items"]
                if payload in LITERAL_ONLY:
                    # Matched literally, never as a LIKE wildcard: fewer rows than without the filter.
                    assert len(rows) < max(1, unfiltered[path]), (path, name, payload)
                else:
                    assert rows == [], (path, name, payload, rows[:1])  # no seed says any of these
        for payload in INJECTIONS:  # and in path parameters
            for tpl in ("/api/documents/{}", "/api/actors/{}"):
                assert client.get(tpl.format(quote(payload, safe=""))).status_code == 404, (tpl, payload)
    assert _counts(db) == before
    assert len(client.get("/api/documents").json()["items"]) == before["documents"]


TRAVERSALS = [
    "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e/%2e%2e/etc/passwd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..", "%2e%2e", "....//....//etc/passwd", "..%5c..%5cetc%5cpasswd", "%252e%252e%252fetc%252fpasswd",
    "..;/..;/etc/passwd", "%c0%ae%c0%ae/etc/passwd", "3f1447828d9a3629/../../../etc/passwd",
]


def test_path_traversal_in_every_path_parameter(server: Server) -> None:
    for tpl in ("/api/documents/{}", "/api/actors/{}", "/doc/{}", "/actor/{}", "/static/{}"):
        for payload in TRAVERSALS:
            status, body = server.raw_get(tpl.format(payload))
            assert status == 404, (tpl, payload, status, body[:200])
            assert b"root:" not in body


# ---- writing -------------------------------------------------------------------------------------------

ARTICLE = ("ASTANA, 3 May 2024 (Kazinform) – President of Kazakhstan Kassym-Jomart Tokayev met with Prime Minister "
           "of Belarus Roman Golovchenko in Astana on 3 May 2024. The sides discussed industrial cooperation and "
           "the supply of Belarusian tractors. Trade between Kazakhstan and Belarus reached 1.2 billion US dollars "
           "in 2023, the Kazakh President said. Xylophonic zebra cooperation was also mentioned.")


def test_post_documents_needs_the_token(client: httpx.Client, db: Path) -> None:
    body = {"text": ARTICLE, "source": "test-post", "url": "https://www.inform.kz/en/test-post"}
    before = _counts(db)
    assert client.post("/documents", json=body).status_code == 401
    assert client.post("/documents", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert client.post("/documents", json=body, headers={"Authorization": f"Basic {TOKEN}"}).status_code == 401
    assert client.post("/documents", json=body, headers={"Authorization": "Bearer " + TOKEN[:-1]}).status_code == 403
    assert _counts(db) == before

    auth = {"Authorization": f"Bearer {TOKEN}"}
    for bad in (b"not json", b"[1, 2]", b'{"text": 5}', b'{"text": "  "}', b"{}", b'{"text": "Too short."}',
                b'{"text": "' + ARTICLE.encode() + b'", "url": "file:///etc/passwd"}'):
        r = client.post("/documents", content=bad, headers=auth | {"Content-Type": "application/json"})
        assert r.status_code == 400, (bad, r.text)
        assert "\n" not in r.json()["detail"] and r.json()["detail"]
    assert _counts(db) == before

    r = client.post("/documents", json=body, headers=auth)
    assert r.status_code == 201, r.text
    doc_id = r.json()["doc_id"]
    assert r.json()["created"] is True
    doc = client.get(f"/api/documents/{doc_id}")
    assert doc.status_code == 200 and doc.json()["source"] == "test-post"
    assert doc.json()["url"] == body["url"]
    assert [d["doc_id"] for d in client.get("/api/documents", params={"q": "xylophonic zebra"}).json()["items"]] == [doc_id]
    assert client.post("/documents", json=body, headers=auth).status_code == 200  # already there: stored once
    assert _counts(db)["documents"] == before["documents"] + 1


def test_server_without_token_refuses_posts(db: Path, tmp_path: Path) -> None:
    srv = Server(f"sqlite:///{db}", None, tmp_path / "serve.log")
    try:
        before = _counts(db)
        body = {"text": ARTICLE.replace("Xylophonic", "Quixotic"), "source": "refused"}
        for headers in ({}, {"Authorization": "Bearer anything"}, {"Authorization": "Basic x"},
                        {"Authorization": f"Bearer {TOKEN}"}):
            r = httpx.post(srv.base + "/documents", json=body, headers=headers, timeout=30)
            assert r.status_code == 403, r.text
        assert _counts(db) == before
        assert httpx.get(srv.base + "/api/documents", timeout=10).status_code == 200
    finally:
        srv.stop()


# ---- the same API over PostgreSQL ---------------------------------------------------------------------

@pytest.mark.postgres
def test_api_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    summary = ingest(iter_sources([str(p) for p in sorted(_seeds().iterdir())]), engine_for(pg_url))
    assert summary.stored >= 5
    srv = Server(pg_url, None, tmp_path / "serve.log")
    try:
        with httpx.Client(base_url=srv.base, timeout=30) as c:
            assert len(c.get("/api/documents").json()["items"]) == summary.stored
            groups = c.get("/api/claims", params={"pair": "BLR-KAZ", "metric": "trade_turnover",
                                                  "conflicts": "true"}).json()["items"]
            assert any(g["period"] == "2017-01..2017-09" for g in groups)
            assert c.get(f"/api/actors/{KOCHANOVA}").json()["events"]
            assert c.get("/api/search", params={"q": "Kotschanowa"}).json()["actors"]
            for payload in INJECTIONS:  # including a NUL, which PostgreSQL refuses in text
                for path, names in FILTERS.items():
                    base, _, fixed = path.partition("?")
                    for name in names:
                        params = dict(p.split("=") for p in fixed.split("&") if p) | {name: payload}
                        r = c.get(base, params=params)
                        assert r.status_code in (200, 400), (path, name, payload, r.text[:200])
            assert len(c.get("/api/documents").json()["items"]) == summary.stored
    finally:
        srv.stop()


# ---- issue 13: DNS rebinding against the local server, numbers and bodies that broke it ----------------

def test_requests_for_another_host_name_are_refused(server: Server) -> None:
    """A page at evil.example whose name now resolves to 127.0.0.1 sends Host: evil.example."""
    for host in ("evil.example", f"evil.example:{server.port}", "127.0.0.1.evil.example", "", "a:b:c"):
        r = httpx.get(server.base + "/api/documents", headers={"Host": host}, timeout=10)
        assert r.status_code == 400 and "Host" in r.json()["detail"], (host, r.status_code)
    for host in (f"127.0.0.1:{server.port}", f"localhost:{server.port}", "LOCALHOST", f"[::1]:{server.port}"):
        assert httpx.get(server.base + "/api/documents", headers={"Host": host}, timeout=10).status_code == 200, host


def test_a_named_host_may_be_allowed(db: Path, tmp_path: Path) -> None:
    srv = Server(f"sqlite:///{db}", None, tmp_path / "serve.log", "--allow-host", "dyad.lan")
    try:
        assert httpx.get(srv.base + "/api/facets", headers={"Host": "dyad.lan:80"}, timeout=10).status_code == 200
        assert httpx.get(srv.base + "/api/facets", headers={"Host": "other.lan"}, timeout=10).status_code == 400
    finally:
        srv.stop()


def test_huge_offsets_and_deep_json_are_400_not_500(client: httpx.Client) -> None:
    for path in ("/api/documents", "/api/events", "/api/actors", "/api/figures", "/api/quotes"):
        r = client.get(path, params={"offset": str(10**30)})
        assert r.status_code == 400, (path, r.status_code, r.text[:200])
        assert client.get(path, params={"offset": "1000000000"}).json()["items"] == []
    deep = b"[" * 200_000 + b"]" * 200_000
    r = client.post("/documents", content=deep, headers={"Authorization": f"Bearer {TOKEN}",
                                                         "Content-Type": "application/json"})
    assert r.status_code == 400 and "nested" in r.json()["detail"], (r.status_code, r.text[:200])


def test_a_token_on_the_command_line_is_warned_about(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DYAD_TOKEN", "DYAD_DB"}}
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([_dyad(), "serve", "--db", f"sqlite:///{tmp_path / 'x.db'}", "--port",
                                 str(_free_port()), "--token", "visible"], stdout=out, stderr=subprocess.STDOUT, env=env)
        try:
            deadline = time.monotonic() + 20
            while "Uvicorn running" not in log.read_text() and time.monotonic() < deadline:
                assert proc.poll() is None, log.read_text()
                time.sleep(0.1)
        finally:
            proc.kill()
            proc.wait(10)
    lines = [ln for ln in log.read_text().splitlines() if ln.startswith("warning")]
    assert len(lines) == 1 and "DYAD_TOKEN" in lines[0] and "--token-file" in lines[0], log.read_text()
