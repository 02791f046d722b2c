"""Collecting articles from RSS/Atom feeds and XML sitemaps, as a polite crawler does.

Every request goes through ``dyad.fetch`` (http(s) only, size, time and redirect caps,
private addresses refused unless allowed), carries ``dyad.fetch.USER_AGENT``, is checked
against the host's robots.txt (fetched once per host per run, under the same rules), waits
its turn under a per-host rate limit and a per-host cap on requests in flight, and is
retried with backoff on 429 and 5xx (Retry-After honoured, capped).

What was fetched is remembered in the ``fetches`` table (URL, ETag, Last-Modified, content
hash, doc_id): the next run sends a conditional GET and takes 304 as "unchanged", a page
whose bytes hash the same is not processed again, and a page that a sitemap or Atom feed
says was last modified before our copy is not requested at all. New and changed pages go
through the same stages as ``dyad ingest`` (``dyad.run.process_one``, then the store).

Feeds and sitemaps themselves are read every run (they are the index of what to re-check;
the pages behind them get the conditional requests). A crawl is bounded: under one feed or
sitemap at most MAX_LISTINGS listings are read in all (a sitemap index of indexes fans out no
further) and at most ``limit`` article links taken; the pages of each listing are fetched and
stored as soon as it is read, so a long crawl that is stopped keeps what it had.
"""

from __future__ import annotations

import email.utils
import hashlib
import io
import threading
import time
import tomllib
import zlib
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin, urlparse
from urllib.robotparser import RobotFileParser

import httpx
from sqlalchemy import Engine

from dyad.fetch import USER_AGENT, FetchError, check_address, fetch_bytes, make_client
from dyad.model import Failure, RawDoc
from dyad.store.fetches import last_fetch, remember_fetch

DEFAULT_RATE = 1.0  # seconds between two requests to one host
DEFAULT_MAX_PER_HOST = 2  # requests in flight to one host
DEFAULT_LIMIT = 500  # article links taken from one feed or sitemap (with its children)
CONCURRENCY = 8  # requests in flight in all
RETRIES = 3  # on 429 and 5xx
TRANSPORT_RETRIES = 1  # on connection errors and time-outs
BACKOFF = 2.0  # seconds, doubled on each retry, when the server gives no Retry-After
MAX_RETRY_AFTER = 60.0
MAX_CRAWL_DELAY = 60.0
MAX_SITEMAP_DEPTH = 3
MAX_LISTINGS = 50  # feeds and sitemaps read under one given URL, itself included, at all depths together
MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemap protocol's own limit, uncompressed
LASTMOD_MARGIN = timedelta(hours=1)  # clocks of servers are not ours
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
GONE_STATUS = frozenset({404, 410})


class CollectError(Exception):
    """A bad sources file; one line."""


class Disallowed(FetchError):
    """robots.txt says no."""


# ----------------------------------------------------------------------------- sources

@dataclass(frozen=True)
class Source:
    name: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    language: str | None = None
    country: str | None = None


def load_sources(path: str | Path) -> list[Source]:
    """The ``[[source]]`` tables of a TOML file (see dyad/data/sources.toml)."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise CollectError(f"{path}: cannot read ({err.strerror})") from err
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise CollectError(f"{path}: not valid TOML ({err})") from err
    entries = data.get("source")
    if not isinstance(entries, list) or not entries:
        raise CollectError(f"{path}: no [[source]] tables")
    sources = []
    for n, entry in enumerate(entries, 1):
        name = str(entry.get("name") or f"source {n}") if isinstance(entry, dict) else f"source {n}"
        if not isinstance(entry, dict):
            raise CollectError(f"{path}: {name}: not a table")
        lists = {}
        for key in ("feeds", "sitemaps"):
            value = entry.get(key, [])
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise CollectError(f"{path}: {name}: {key} must be a list of URLs")
            lists[key] = tuple(value)
        if entry.get("enabled", True) is False:
            continue
        if not lists["feeds"] and not lists["sitemaps"]:
            raise CollectError(f"{path}: {name}: no feeds or sitemaps")
        sources.append(Source(name, lists["feeds"], lists["sitemaps"], entry.get("language"), entry.get("country")))
    return sources


# ----------------------------------------------------------------------------- listings

@dataclass(frozen=True)
class Link:
    url: str
    lastmod: datetime | None = None  # when the listing says the page last changed


def parse_listing(body: bytes, base_url: str, content_type: str = "") -> tuple[list[Link], list[Link]]:
    """(article links, child sitemaps) of a feed, a sitemap, a sitemap index or a text sitemap.

    Takes bytes already fetched: nothing here touches the network (feedparser is given a
    stream, lxml a parser with network access and entity expansion off).
    """
    if body[:2] == b"\x1f\x8b":
        body = _gunzip(body, base_url)
    root = _xml_root(body)
    name = _local(root.tag) if root is not None else ""
    if name in ("urlset", "sitemapindex"):
        return _sitemap_links(root, base_url)
    if name in ("rss", "feed", "RDF", "channel"):
        return _feed_links(body, base_url, content_type), []
    if root is None:
        text = body.decode("utf-8", errors="replace").split()
        if text and all(w.startswith(("http://", "https://")) for w in text):  # a text sitemap
            return [Link(u) for u in (_clean_url(w, base_url) for w in text) if u], []
    links = _feed_links(body, base_url, content_type)  # a feed whose XML lxml could not read
    if links:
        return links, []
    raise ValueError("not an RSS/Atom feed or a sitemap")


def _gunzip(body: bytes, url: str) -> bytes:
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(body, MAX_SITEMAP_BYTES)
    except zlib.error as err:
        raise ValueError(f"bad gzip data ({err})") from err
    if d.unconsumed_tail:
        raise ValueError(f"more than {MAX_SITEMAP_BYTES // (1024 * 1024)} MB uncompressed")
    return out


def _xml_root(body: bytes) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             recover=True, remove_comments=True, remove_pis=True)
    try:
        return etree.fromstring(body.lstrip(), parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _sitemap_links(root: Any, base_url: str) -> tuple[list[Link], list[Link]]:
    pages: list[Link] = []
    children: list[Link] = []
    for el in root:
        kind = _local(el.tag)
        if kind not in ("url", "sitemap"):
            continue
        loc = lastmod = None
        for sub in el:
            if _local(sub.tag) == "loc":
                loc = (sub.text or "").strip()
            elif _local(sub.tag) == "lastmod":
                lastmod = parse_lastmod(sub.text or "")
        url = _clean_url(loc or "", base_url)
        if url:
            (pages if kind == "url" else children).append(Link(url, lastmod))
    return pages, children


def _feed_links(body: bytes, base_url: str, content_type: str) -> list[Link]:
    import feedparser

    parsed = feedparser.parse(io.BytesIO(body), response_headers={
        "content-location": base_url, "content-type": content_type or "application/xml"})
    links = []
    for entry in parsed.entries:
        href = entry.get("link")
        if not href:
            alt = [x.get("href") for x in entry.get("links", []) if x.get("rel", "alternate") == "alternate"]
            href = alt[0] if alt else None
        if not href and entry.get("guidislink") and entry.get("id"):
            href = entry["id"]
        url = _clean_url(href or "", base_url)
        if not url:
            continue
        # Only an explicit <updated> tells when a page changed; feedparser would fall back to
        # the publication date, which says nothing about later corrections.
        updated = dict.get(entry, "updated_parsed")
        lastmod = datetime(*updated[:6], tzinfo=UTC) if updated else None
        links.append(Link(url, lastmod))
    return links


def _clean_url(href: str, base_url: str) -> str | None:
    href = href.strip()
    if not href:
        return None
    url = urldefrag(urljoin(base_url, href))[0]
    return url if urlparse(url).scheme in ("http", "https") and urlparse(url).hostname else None


def parse_lastmod(text: str) -> datetime | None:
    """W3C datetime; a bare date means the end of that day (the page may have changed late)."""
    text = text.strip()
    if not text:
        return None
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    if len(text) <= 10:
        when = when + timedelta(days=1) - timedelta(seconds=1)
    return when if when.tzinfo else when.replace(tzinfo=UTC)


# ----------------------------------------------------------------------------- politeness

class _Host:
    """One host's manners: its robots.txt, its request spacing and its slots."""

    def __init__(self, interval: float, slots: int) -> None:
        self.interval = interval
        self.slots = threading.BoundedSemaphore(slots)
        self._lock = threading.Lock()
        self._next_at = 0.0
        self.robots_lock = threading.Lock()
        self.robots: RobotFileParser | None = None
        self.robots_error: str | None = None

    def wait_turn(self) -> None:
        with self._lock:
            now = time.monotonic()
            at = max(now, self._next_at)
            self._next_at = at + self.interval
        if at > now:
            time.sleep(at - now)

    def hold_off(self, seconds: float) -> None:
        """No request to this host for ``seconds`` (after a 429 or a 503, for everyone)."""
        with self._lock:
            self._next_at = max(self._next_at, time.monotonic() + seconds)


def retry_delay(resp: httpx.Response, attempt: int) -> float:
    """Retry-After in seconds or as an HTTP date, else exponential backoff; capped."""
    value = resp.headers.get("retry-after", "").strip()
    delay: float | None = None
    if value.isdigit():
        delay = float(value)
    elif value:
        try:
            when = email.utils.parsedate_to_datetime(value)
            delay = (when - datetime.now(UTC)).total_seconds()
        except (TypeError, ValueError):
            delay = None
    if delay is None:
        delay = BACKOFF * 2 ** attempt
    return max(0.0, min(delay, MAX_RETRY_AFTER))


# ----------------------------------------------------------------------------- the run

@dataclass
class CollectSummary:
    listings_read: int = 0
    listings_failed: int = 0
    links: int = 0
    fetched: int = 0  # pages whose body came (200)
    not_modified: int = 0  # 304 to a conditional GET
    same_content: int = 0  # 200, but the bytes hash as before
    not_due: int = 0  # the listing's lastmod is older than our copy: not requested
    stored: int = 0
    duplicates: int = 0  # processed, but the same text is already stored
    disallowed: int = 0  # robots.txt
    gone: int = 0  # the listing links a page the site answers 404 or 410 for: skipped, not failed
    retries: int = 0
    failed: list[Failure] = field(default_factory=list)

    @property
    def unchanged(self) -> int:
        return self.not_modified + self.same_content + self.not_due

    def line(self) -> str:
        return (f"feeds and sitemaps read {self.listings_read} (failed {self.listings_failed}), "
                f"article links {self.links}, pages fetched {self.fetched}, unchanged {self.unchanged} "
                f"(304 {self.not_modified}, same content {self.same_content}, older than our copy {self.not_due}), "
                f"stored {self.stored}, duplicates {self.duplicates}, disallowed by robots.txt {self.disallowed}, "
                f"gone {self.gone}, "
                f"retries {self.retries}, failed {len(self.failed)}")

    def reasons(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for f in self.failed:
            counts[f.reason] = counts.get(f.reason, 0) + 1
        return counts


@dataclass
class _Budget:
    listings: int  # feeds and sitemaps that may still be read
    links: int  # article links that may still be taken


@dataclass
class _State:
    etag: str | None
    last_modified: str | None
    content_hash: str | None
    doc_id: str | None
    fetched_at: str | None


@dataclass
class _Outcome:
    kind: str  # fetched | not_modified | disallowed | failed
    resp: httpx.Response | None = None
    media_type: str = "text/html"
    reason: str = ""
    status: int | None = None


class Collector:
    """One collecting run. Use as a context manager; ``run`` returns the summary."""

    def __init__(self, engine: Engine, *, allow_private: bool = False, rate: float = DEFAULT_RATE,
                 max_per_host: int = DEFAULT_MAX_PER_HOST, limit: int = DEFAULT_LIMIT,
                 concurrency: int = CONCURRENCY,
                 on_failure: Callable[[Failure], None] | None = None) -> None:
        self.engine = engine
        self.allow_private = allow_private
        self.rate = max(0.0, rate)
        self.max_per_host = max(1, max_per_host)
        self.limit = max(1, limit)
        self.concurrency = max(1, concurrency)
        self.on_failure = on_failure
        self.summary = CollectSummary()
        self.client = make_client(httpx.Limits(max_connections=self.concurrency + 2,
                                               max_keepalive_connections=self.concurrency))
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()

    def __enter__(self) -> Collector:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    # -- the whole run

    def run(self, feeds: Iterable[str] = (), sitemaps: Iterable[str] = ()) -> CollectSummary:
        from dyad.run import link_pending

        link_pending(self.engine)  # what a run killed between a commit and its linking left undone
        seen: set[str] = set()  # article links taken this run, over every feed and sitemap
        for url in [*feeds, *sitemaps]:
            self.crawl(url, seen)
        return self.summary

    def crawl(self, url: str, seen: set[str]) -> None:
        """One feed or sitemap and what it leads to, within the budgets; pages stored as they come."""
        budget = _Budget(listings=MAX_LISTINGS, links=self.limit)
        self._crawl_listing(url, 0, budget, seen)

    def _crawl_listing(self, url: str, depth: int, budget: _Budget, seen: set[str]) -> None:
        if budget.listings <= 0 or budget.links <= 0:
            return
        budget.listings -= 1
        try:
            pages, children = self.read_listing(url)
            if children and depth >= MAX_SITEMAP_DEPTH:
                raise FetchError(f"{url}: sitemap indexes nested more than {MAX_SITEMAP_DEPTH} deep")
        except FetchError as err:
            self.summary.listings_failed += 1
            self._fail(url, err)
            return
        taken: list[Link] = []
        for link in _newest_first(pages) if any(p.lastmod for p in pages) else pages:
            if budget.links <= 0:
                break
            if link.url in seen:
                continue
            seen.add(link.url)
            taken.append(link)
            budget.links -= 1
        self.summary.links += len(taken)
        self.collect_pages(taken)  # stored now, before the next listing is read
        for child in _newest_first(children):
            if budget.listings <= 0 or budget.links <= 0:
                break
            self._crawl_listing(child.url, depth + 1, budget, seen)

    def read_listing(self, url: str) -> tuple[list[Link], list[Link]]:
        """(article links, child sitemaps) of one feed or sitemap."""
        resp = self.request(url)
        if resp.status_code != 200:
            raise FetchError(f"{url}: HTTP {resp.status_code}")
        ctype = resp.headers.get("content-type", "")
        try:
            found = parse_listing(resp.content, str(resp.url), ctype)
        except ValueError as err:
            raise FetchError(f"{url}: {err}") from err
        self.summary.listings_read += 1
        return found

    def collect_pages(self, links: Iterable[Link]) -> None:
        """Fetch what is due in threads; process and store in this thread, one page at a time."""
        todo = iter(links)
        pending: dict[Future[_Outcome], tuple[Link, _State | None]] = {}
        with ThreadPoolExecutor(self.concurrency, thread_name_prefix="dyad-collect") as pool:

            def fill() -> None:
                while len(pending) < self.concurrency * 2:
                    link = next(todo, None)
                    if link is None:
                        return
                    state = self._state(link.url)
                    if not _due(link, state):
                        self.summary.not_due += 1
                        continue
                    pending[pool.submit(self._fetch_page, link, state)] = (link, state)

            try:
                fill()
                while pending:
                    done, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for fut in done:
                        link, state = pending.pop(fut)
                        self._handle(link, state, fut.result())
                    fill()
            except BaseException:  # Ctrl-C or a database error: do not fetch what is queued
                pool.shutdown(wait=False, cancel_futures=True)
                raise

    # -- one request, politely

    def request(self, url: str, headers: dict[str, str] | None = None, robots: bool = True) -> httpx.Response:
        """GET through dyad.fetch, after robots.txt, in the host's turn, retried on 429/5xx."""
        check_address(url, self.allow_private)  # refuse before anything, robots.txt included
        host = self._host(url)
        if robots:
            self._check_robots(host, url)
        attempt = 0
        while True:
            with host.slots:
                host.wait_turn()
                try:
                    resp = fetch_bytes(url, self.allow_private, headers, self.client)
                except FetchError as err:
                    if attempt < TRANSPORT_RETRIES and isinstance(err.__cause__, httpx.TransportError):
                        host.hold_off(BACKOFF * 2 ** attempt)
                        attempt += 1
                        self._count_retry()
                        continue
                    raise
            if resp.status_code in RETRY_STATUS and attempt < RETRIES:
                host.hold_off(retry_delay(resp, attempt))
                attempt += 1
                self._count_retry()
                continue
            return resp

    def _host(self, url: str) -> _Host:
        parts = urlparse(url)
        key = f"{parts.scheme}://{parts.netloc.lower()}"
        with self._lock:
            if key not in self._hosts:
                self._hosts[key] = _Host(self.rate, self.max_per_host)
            return self._hosts[key]

    def _count_retry(self) -> None:
        with self._lock:
            self.summary.retries += 1

    def _check_robots(self, host: _Host, url: str) -> None:
        with host.robots_lock:
            if host.robots is None:
                host.robots = self._load_robots(host, url)
        if host.robots_error:
            raise FetchError(f"{url}: not fetched: {host.robots_error}")
        if not host.robots.can_fetch(USER_AGENT, url):
            raise Disallowed(f"{url}: disallowed by robots.txt")

    def _load_robots(self, host: _Host, url: str) -> RobotFileParser:
        """RFC 9309: 4xx means no rules; 5xx or no answer means keep out (for this run)."""
        parts = urlparse(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        rp = RobotFileParser(robots_url)
        try:
            resp = self.request(robots_url, robots=False)
        except FetchError as err:
            rp.disallow_all = True
            host.robots_error = f"robots.txt could not be fetched ({_reason(err, robots_url)})"
            return rp
        if resp.status_code >= 500 or resp.status_code == 429:
            rp.disallow_all = True
            host.robots_error = f"robots.txt answered HTTP {resp.status_code}"
        elif resp.status_code >= 400:
            rp.allow_all = True
        elif resp.status_code == 200:
            rp.parse(resp.content.decode("utf-8", errors="replace").splitlines())
            delay = rp.crawl_delay(USER_AGENT)
            if delay:
                host.interval = max(host.interval, min(float(delay), MAX_CRAWL_DELAY))
        else:
            rp.allow_all = True
        return rp

    # -- pages

    def _fetch_page(self, link: Link, state: _State | None) -> _Outcome:
        headers: dict[str, str] = {}
        if state and state.content_hash:
            if state.etag:
                headers["If-None-Match"] = state.etag
            if state.last_modified:
                headers["If-Modified-Since"] = state.last_modified
        try:
            resp = self.request(link.url, headers)
        except Disallowed:
            return _Outcome("disallowed")
        except FetchError as err:
            return _Outcome("failed", reason=_reason(err, link.url))
        code = resp.status_code
        if code == 304 and headers:
            return _Outcome("not_modified", resp, status=code)
        if not 200 <= code < 300:
            return _Outcome("failed", reason=f"HTTP {code}", status=code)
        ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
        head = resp.content.lstrip()[:256].lower()
        if "html" in ctype or (not ctype and head.startswith((b"<!doctype html", b"<html"))):
            return _Outcome("fetched", resp, "text/html", status=code)
        if ctype.startswith("text/plain"):
            return _Outcome("fetched", resp, "text/plain", status=code)
        return _Outcome("failed", reason=f"not an HTML page ({ctype or 'no content type'})", status=code)

    def _handle(self, link: Link, state: _State | None, outcome: _Outcome) -> None:
        from dyad.run import process_one, store_records

        url = link.url
        if outcome.kind == "disallowed":
            self.summary.disallowed += 1
            return
        if outcome.kind == "failed" and outcome.status in GONE_STATUS:
            # Sites drop and move articles their listings still name: no fault of this run.
            self.summary.gone += 1
            self._remember(url, status=outcome.status)
            return
        if outcome.kind == "failed":
            self._fail(url, outcome.reason)
            if outcome.status is not None:
                self._remember(url, status=outcome.status)
            return
        resp = outcome.resp
        assert resp is not None
        etag = resp.headers.get("etag") or (state.etag if state else None)
        last_modified = resp.headers.get("last-modified") or (state.last_modified if state else None)
        now = datetime.now(UTC)
        if outcome.kind == "not_modified":
            assert state is not None
            self.summary.not_modified += 1
            self._remember(url, etag=etag, last_modified=last_modified, status=304,
                           fetched_at=now.isoformat(timespec="seconds"))
            return
        self.summary.fetched += 1
        digest = hashlib.sha256(resp.content).hexdigest()
        seen = {"etag": etag, "last_modified": last_modified, "content_hash": digest, "status": resp.status_code,
                "fetched_at": now.isoformat(timespec="seconds")}
        if state and state.content_hash == digest:
            self.summary.same_content += 1
            self._remember(url, **seen)
            return
        raw = RawDoc(source=url, data=resp.content, media_type=outcome.media_type, url=str(resp.url),
                     fetched=now.date().isoformat())
        res = process_one(raw)
        if isinstance(res, Failure):
            self._fail(url, res.reason)
            if res.reason.startswith("internal error"):
                seen["content_hash"] = None  # a dyad bug: try this page again next run
            self._remember(url, doc_id=None, **seen)
            return
        stored, dup = store_records(self.engine, [res])
        self.summary.stored += stored
        self.summary.duplicates += dup
        self._remember(url, doc_id=res.doc.doc_id, **seen)

    # -- memory (the fetches table)

    def _state(self, url: str) -> _State | None:
        row = last_fetch(self.engine, url)
        return _State(*row) if row else None

    def _remember(self, url: str, **values: Any) -> None:
        remember_fetch(self.engine, url, **values)

    def _fail(self, url: str, err: FetchError | str) -> None:
        reason = err if isinstance(err, str) else _reason(err, url)
        failure = Failure(url, reason)
        self.summary.failed.append(failure)
        if self.on_failure:
            self.on_failure(failure)


def _reason(err: Exception, url: str) -> str:
    text = str(err)
    return text[len(url) + 2:] if text.startswith(url + ": ") else text


def _newest_first(links: list[Link]) -> list[Link]:
    oldest = datetime.min.replace(tzinfo=UTC)
    return sorted(links, key=lambda x: x.lastmod or oldest, reverse=True)


def _due(link: Link, state: _State | None) -> bool:
    """False when the listing says the page last changed before our stored copy was fetched."""
    if state is None or not state.content_hash or not state.fetched_at or link.lastmod is None:
        return True
    try:
        fetched_at = datetime.fromisoformat(state.fetched_at)
    except ValueError:
        return True
    if fetched_at.tzinfo is None:
        fetched_at = fetched_at.replace(tzinfo=UTC)
    return link.lastmod > fetched_at - LASTMOD_MARGIN
