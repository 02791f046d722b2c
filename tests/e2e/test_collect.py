"""`dyad collect` against a real HTTP server on 127.0.0.1 that counts what it is asked.

The site has an RSS feed, an Atom feed, a sitemap index with a gzipped child sitemap,
robots.txt that keeps one article out, and articles in English, German and Russian; it
answers If-None-Match with 304 and one page with 429 (Retry-After: 1) the first time.
"""

from __future__ import annotations

import email.utils
import gzip
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text

from dyad.collect import (
    BACKOFF,
    MAX_RETRY_AFTER,
    Collector,
    Link,
    load_sources,
    parse_lastmod,
    parse_listing,
    retry_delay,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "collect"
DYAD = Path(sys.executable).with_name("dyad")

ARTICLES = {  # path -> fixture
    "/en/trade.html": "en_belta_trade.html",
    "/en/internal/logistics.html": "en_belta_internal.html",  # robots.txt: Disallow
    "/ru/talks.html": "ru_belta_talks.html",  # 429 the first time
    "/de/rohstoffe.html": "de_dpa_rohstoffe.html",
    "/en/akorda-visit.html": "en_akorda_visit.html",
    "/ru/roadmap.html": "ru_kazinform_roadmap.html",
}
ALLOWED = set(ARTICLES) - {"/en/internal/logistics.html"}
LISTINGS = {"/feeds/rss.xml", "/feeds/atom.xml", "/sitemap_index.xml", "/sitemaps/news.xml.gz"}


@dataclass
class Hit:
    path: str
    status: int
    if_none_match: str | None
    user_agent: str
    at: float


@dataclass
class Site:
    base: str = ""
    pages: dict[str, tuple[bytes, str, str | None]] = field(default_factory=dict)  # body, type, etag
    hits: list[Hit] = field(default_factory=list)
    fail_once: set[str] = field(default_factory=set)
    status: dict[str, int] = field(default_factory=dict)  # path -> status always answered
    lock: threading.Lock = field(default_factory=threading.Lock)

    def put(self, path: str, body: bytes, ctype: str = "text/html; charset=utf-8", etag: str | None = None) -> None:
        with self.lock:
            self.pages[path] = (body, ctype, etag)

    def since(self, mark: int) -> list[Hit]:
        with self.lock:
            return list(self.hits[mark:])

    def mark(self) -> int:
        with self.lock:
            return len(self.hits)


class Handler(BaseHTTPRequestHandler):
    server: ThreadingHTTPServer

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        site: Site = self.server.site  # type: ignore[attr-defined]
        path = self.path.split("?", 1)[0]
        inm = self.headers.get("If-None-Match")
        with site.lock:
            page = site.pages.get(path)
            if path in site.fail_once:
                site.fail_once.discard(path)
                status = 429
            elif path in site.status:
                status = site.status[path]
            elif page is None:
                status = 404
            elif inm and page[2] and inm == page[2]:
                status = 304
            else:
                status = 200
            site.hits.append(Hit(path, status, inm, self.headers.get("User-Agent", ""), time.monotonic()))
        self.send_response(status)
        if status == 429:
            self.send_header("Retry-After", "1")
        elif status >= 500:
            self.send_header("Retry-After", "0")
        if page and page[2]:
            self.send_header("ETag", page[2])
        body = page[0] if status == 200 and page else (b"" if status == 304 else b"no")
        if status != 304:
            self.send_header("Content-Type", page[1] if status == 200 and page else "text/plain")
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != 304:
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def site() -> Iterator[Site]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    s = Site(base=f"http://127.0.0.1:{server.server_address[1]}")
    server.site = s  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield s
    finally:
        server.shutdown()
        server.server_close()


def build_site(s: Site) -> None:
    b = s.base
    s.put("/robots.txt", b"User-agent: *\nDisallow: /en/internal/\n", "text/plain")
    for n, (path, name) in enumerate(ARTICLES.items()):
        s.put(path, (FIXTURES / name).read_bytes(), etag=f'"v1-{n}"')
    s.put("/feeds/rss.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test news</title><link>{b}/</link><description>test</description>
<item><title>Trade</title><link>{b}/en/trade.html</link><pubDate>Tue, 12 Mar 2024 11:05:00 GMT</pubDate></item>
<item><title>Logistics</title><link>{b}/en/internal/logistics.html</link></item>
<item><title>Talks</title><link>/ru/talks.html#comments</link><guid isPermaLink="false">talks-1</guid></item>
</channel></rss>""".encode(), "application/rss+xml")
    s.put("/feeds/atom.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Nachrichten</title><id>urn:test:atom</id>
<updated>2024-05-21T09:00:00Z</updated>
<entry><title>Rohstoffe</title><id>urn:test:1</id><link rel="alternate" href="{b}/de/rohstoffe.html"/>
<updated>2024-05-21T09:00:00Z</updated></entry>
</feed>""".encode(), "application/atom+xml")
    s.put("/sitemap_index.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{b}/sitemaps/news.xml.gz</loc><lastmod>2024-06-14</lastmod></sitemap>
</sitemapindex>""".encode(), "application/xml")
    s.put("/sitemaps/news.xml.gz", gzip.compress(f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{b}/en/akorda-visit.html</loc><lastmod>2024-04-03T12:00:00+05:00</lastmod></url>
<url><loc>{b}/ru/roadmap.html</loc><lastmod>2024-06-14</lastmod></url>
<url><loc>{b}/en/trade.html</loc><lastmod>2024-03-12</lastmod></url>
</urlset>""".encode()), "application/x-gzip")
    s.fail_once.add("/ru/talks.html")


def collect(s: Site, db: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(DYAD), "collect", "--feed", f"{s.base}/feeds/rss.xml", "--feed", f"{s.base}/feeds/atom.xml",
                           "--sitemap", f"{s.base}/sitemap_index.xml", "--db", db, "--rate", "0", *extra],
                          capture_output=True, text=True, timeout=120)


def documents(db: str) -> dict[str, list[str]]:
    engine = create_engine(db)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT url, doc_id, fetched FROM documents")).all()
    engine.dispose()
    out: dict[str, list[str]] = {}
    for url, doc_id, fetched in rows:
        assert fetched == datetime.now(UTC).date().isoformat()
        out.setdefault(url, []).append(doc_id)
    return out


@pytest.mark.slow
def test_collect_is_polite_and_remembers(site: Site, tmp_path: Path) -> None:
    build_site(site)
    db = f"sqlite:///{tmp_path / 'dyad.db'}"
    b = site.base

    # Run 1: every allowed article stored once; robots.txt obeyed; the 429 page retried after 1 s.
    first = collect(site, db, "--allow-private")
    assert first.returncode == 0, first.stderr
    hits = site.since(0)
    paths = [h.path for h in hits]
    assert "/en/internal/logistics.html" not in paths
    assert paths.count("/robots.txt") == 1
    assert all(h.user_agent.startswith("dyad/") for h in hits)
    for path in ALLOWED:
        assert [h.status for h in hits if h.path == path] == ([429, 200] if path == "/ru/talks.html" else [200]), path
    talks = [h.at for h in hits if h.path == "/ru/talks.html"]
    assert talks[1] - talks[0] >= 0.9
    docs = documents(db)
    assert set(docs) == {b + p for p in ALLOWED}
    assert all(len(ids) == 1 for ids in docs.values())
    assert "stored 5" in first.stdout and "disallowed by robots.txt 1" in first.stdout, first.stdout
    engine = create_engine(db)
    with engine.connect() as conn:
        fetches = {r.url: r for r in conn.execute(text("SELECT * FROM fetches"))}
    engine.dispose()
    assert set(fetches) == {b + p for p in ALLOWED}
    assert all(r.etag and r.content_hash and r.doc_id for r in fetches.values())

    # Run 2: nothing changed, so no article body comes again: conditional GETs answered 304,
    # or no request at all where the sitemap/Atom lastmod is older than our copy.
    mark = site.mark()
    second = collect(site, db, "--allow-private")
    assert second.returncode == 0, second.stderr
    hits = site.since(mark)
    article_hits = [h for h in hits if h.path in ARTICLES]
    assert all(h.status == 304 and h.if_none_match for h in article_hits), article_hits
    assert {h.path for h in article_hits} == {"/en/trade.html", "/ru/talks.html"}  # the RSS items: no lastmod
    assert {h.path for h in hits} - set(ARTICLES) == LISTINGS | {"/robots.txt"}
    assert "stored 0" in second.stdout, second.stdout
    assert documents(db) == docs

    # Run 3: one page changed on the server (new ETag): only it is fetched and stored again.
    old = (FIXTURES / "en_belta_trade.html").read_text(encoding="utf-8")
    changed = old.replace("up 8% from the previous year", "up 9% from the previous year, the ministry corrected")
    assert changed != old
    site.put("/en/trade.html", changed.encode("utf-8"), etag='"v2"')
    mark = site.mark()
    third = collect(site, db, "--allow-private")
    assert third.returncode == 0, third.stderr
    bodies = [h.path for h in site.since(mark) if h.status == 200 and h.path in ARTICLES]
    assert bodies == ["/en/trade.html"]
    assert "stored 1" in third.stdout, third.stdout
    after = documents(db)
    assert len(after[b + "/en/trade.html"]) == 2
    assert {u: v for u, v in after.items() if u != b + "/en/trade.html"} == \
        {u: v for u, v in docs.items() if u != b + "/en/trade.html"}


@pytest.mark.slow
def test_collect_refuses_loopback_without_allow_private(site: Site, tmp_path: Path) -> None:
    build_site(site)
    proc = subprocess.run([str(DYAD), "collect", "--feed", f"{site.base}/feeds/rss.xml",
                           "--db", f"sqlite:///{tmp_path / 'dyad.db'}"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, proc.stderr
    assert "refused" in lines[0] and "--allow-private" in lines[0] and "127.0.0.1" in lines[0]
    assert site.since(0) == []  # not even robots.txt


def test_same_bytes_are_not_processed_again(site: Site, db_url: str) -> None:
    """Without ETag or Last-Modified the page comes again, but its hash says it is unchanged
    (in SQLite and PostgreSQL: the fetches table is upserted)."""
    from dyad.store.db import engine_for

    site.put("/robots.txt", b"", "text/plain")
    site.put("/stub.html", b"<html><body><p>Too short to be an article.</p></body></html>")
    site.put("/feed.xml", f"""<rss version="2.0"><channel><title>t</title>
<item><link>{site.base}/stub.html</link></item><item><link>{site.base}/gone.html</link></item>
</channel></rss>""".encode(), "application/rss+xml")
    engine = engine_for(db_url)
    with Collector(engine, allow_private=True, rate=0) as c:
        one = c.run([f"{site.base}/feed.xml"])
    assert one.fetched == 1 and one.stored == 0 and one.gone == 1  # a page gone from its site: skipped
    assert sorted(f.reason for f in one.failed) == ["no article text found"]
    with Collector(engine, allow_private=True, rate=0) as c:
        two = c.run([f"{site.base}/feed.xml"])
    assert two.fetched == 1 and two.same_content == 1 and two.failed == [] and two.gone == 1
    engine.dispose()



class FanOut(BaseHTTPRequestHandler):
    """A sitemap index of 50 sitemap indexes of 50 sitemaps each; every leaf sitemap lists two
    article links (which answer 404). Records the order of what it is asked."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        path = self.path.split("?", 1)[0]
        self.server.paths.append(path)  # type: ignore[attr-defined]
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if path == "/robots.txt":
            body, ctype = b"", "text/plain"
        elif path.startswith("/index"):
            depth = path.count("-")
            kind = "index" if depth < 1 else "leaf"
            body = ('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(
                f"<sitemap><loc>{base}/{kind}{path[6:]}-{i}.xml</loc></sitemap>" for i in range(50))
                + "</sitemapindex>").encode()
            ctype = "application/xml"
        elif path.startswith("/leaf"):
            body = ('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(
                f"<url><loc>{base}/article{path[5:-4]}-{i}.html</loc></url>" for i in range(2)) + "</urlset>").encode()
            ctype = "application/xml"
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def fan_out() -> Iterator[tuple[str, list[str]]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), FanOut)
    server.paths = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server.paths  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()


def test_a_sitemap_tree_is_read_within_its_budget(fan_out: tuple[str, list[str]], tmp_path: Path) -> None:
    """2,551 listings on offer: at most MAX_LISTINGS are read, --limit links taken, and pages are
    fetched as their listing comes, not after the whole tree."""
    from dyad.collect import MAX_LISTINGS
    from dyad.store.db import engine_for

    base, paths = fan_out
    engine = engine_for(f"sqlite:///{tmp_path / 'dyad.db'}")
    with Collector(engine, allow_private=True, rate=0, limit=1000) as c:
        summary = c.run(sitemaps=[f"{base}/index.xml"])
    listings = [p for p in paths if p.startswith(("/index", "/leaf"))]
    assert len(listings) == summary.listings_read == MAX_LISTINGS
    articles = [i for i, p in enumerate(paths) if p.startswith("/article")]
    assert articles and articles[0] < paths.index(listings[-1])  # fetched before the last listing was read
    assert summary.gone == len(articles) == summary.links and summary.failed == []

    paths.clear()
    with Collector(engine, allow_private=True, rate=0, limit=5) as c:
        summary = c.run(sitemaps=[f"{base}/index.xml"])
    assert summary.links == 5
    assert len([p for p in paths if p.startswith(("/index", "/leaf"))]) == 5  # root, one index, three leaves
    engine.dispose()


def test_robots_5xx_keeps_the_host_out(site: Site, tmp_path: Path) -> None:
    """RFC 9309: robots.txt answering 5xx (after retries) means no page of that host this run."""
    from dyad.store.db import engine_for

    site.status["/robots.txt"] = 503
    site.put("/a.html", (FIXTURES / "en_akorda_visit.html").read_bytes())
    site.put("/feed.xml", f"""<rss version="2.0"><channel><title>t</title>
<item><link>{site.base}/a.html</link></item></channel></rss>""".encode(), "application/rss+xml")
    engine = engine_for(f"sqlite:///{tmp_path / 'dyad.db'}")
    with Collector(engine, allow_private=True, rate=0) as c:
        summary = c.run([f"{site.base}/feed.xml"])
    assert summary.listings_read == 0 and summary.retries == 3
    assert [f.reason for f in summary.failed] == ["not fetched: robots.txt answered HTTP 503"]
    assert [h.path for h in site.since(0)] == ["/robots.txt"] * 4


def test_parse_listing_forms() -> None:
    base = "https://news.example/feeds/rss.xml"
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><link>/a.html#top</link></item><item><guid isPermaLink="true">https://news.example/b.html</guid></item>
<item><link>javascript:alert(1)</link></item></channel></rss>"""
    pages, children = parse_listing(rss, base)
    assert [p.url for p in pages] == ["https://news.example/a.html", "https://news.example/b.html"] and not children
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>x</id><updated>2024-01-01T00:00:00Z</updated>
<entry><id>1</id><title>a</title><link href="https://news.example/c.html"/><updated>2024-02-03T04:05:06Z</updated></entry></feed>"""
    (page,), _ = parse_listing(atom, base)
    assert page == Link("https://news.example/c.html", datetime(2024, 2, 3, 4, 5, 6, tzinfo=UTC))
    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://news.example/s1.xml</loc></sitemap></sitemapindex>"""
    assert parse_listing(index, base) == ([], [Link("https://news.example/s1.xml")])
    urlset = gzip.compress(b"""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example/d.html</loc>
<lastmod>2024-03-01</lastmod></url><url><loc>&e;</loc></url></urlset>""")
    pages, _ = parse_listing(urlset, base)
    assert [p.url for p in pages] == ["https://news.example/d.html"]  # no entity, no file read
    assert pages[0].lastmod == datetime(2024, 3, 1, 23, 59, 59, tzinfo=UTC)
    assert [p.url for p in parse_listing(b"https://news.example/e.html\nhttps://news.example/f.html\n", base)[0]] == \
        ["https://news.example/e.html", "https://news.example/f.html"]
    with pytest.raises(ValueError):
        parse_listing(b"<html><body>a page, not a feed</body></html>", base)
    assert parse_lastmod("2024-03-01T10:00:00+02:00") == datetime(2024, 3, 1, 8, 0, tzinfo=UTC)
    assert parse_lastmod("soon") is None


def test_retry_after_is_honoured_and_capped() -> None:
    assert retry_delay(httpx.Response(429, headers={"Retry-After": "2"}), 0) == 2
    assert retry_delay(httpx.Response(503, headers={"Retry-After": "86400"}), 0) == MAX_RETRY_AFTER
    later = email.utils.format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    assert 25 <= retry_delay(httpx.Response(429, headers={"Retry-After": later}), 0) <= 30
    assert retry_delay(httpx.Response(500), 0) == BACKOFF and retry_delay(httpx.Response(500), 2) == 4 * BACKOFF


def test_shipped_sources_file() -> None:
    import dyad

    sources = load_sources(Path(dyad.__file__).parent / "data" / "sources.toml")
    assert {s.name for s in sources} >= {"BelTA", "Kazinform"}
    assert all(s.country and s.language and (s.feeds or s.sitemaps) for s in sources)
    assert all(u.startswith("https://") for s in sources for u in (*s.feeds, *s.sitemaps))


@pytest.mark.slow
def test_collect_exit_status_gone_pages_are_skipped_failures_count(site: Site, tmp_path: Path) -> None:
    site.put("/robots.txt", b"", "text/plain")
    site.put("/a.html", (FIXTURES / "en_akorda_visit.html").read_bytes())
    site.status["/broken.html"] = 500
    site.status["/removed.html"] = 410

    def feed(*paths: str) -> bytes:
        items = "".join(f"<item><link>{site.base}{p}</link></item>" for p in paths)
        return f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()

    site.put("/ok.xml", feed("/a.html", "/gone.html", "/removed.html"), "application/rss+xml")
    site.put("/bad.xml", feed("/broken.html"), "application/rss+xml")
    db = f"sqlite:///{tmp_path / 'dyad.db'}"
    ok = subprocess.run([str(DYAD), "collect", "--feed", f"{site.base}/ok.xml", "--db", db, "--rate", "0",
                         "--allow-private"], capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "stored 1" in ok.stdout and "gone 2" in ok.stdout and "failed 0" in ok.stdout, ok.stdout
    bad = subprocess.run([str(DYAD), "collect", "--feed", f"{site.base}/bad.xml", "--db", db, "--rate", "0",
                          "--allow-private"], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert f"error {site.base}/broken.html: HTTP 500" in bad.stderr
