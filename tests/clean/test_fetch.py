"""Fetching URLs against a real HTTP server on 127.0.0.1: the private-address rule, the
redirect, size and time limits, schemes that are never fetched, and a batch that goes on
past an unreachable URL. Time limits come from DYAD_FETCH_TIMEOUT so the tests are fast."""

from __future__ import annotations

import gzip
import os
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from dyad import fetch
from dyad.fetch import FetchError, fetch_bytes, fetch_url
from dyad.read import Failure, iter_sources

DYAD = Path(sys.executable).parent / "dyad"

ARTICLE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2024-03-12T10:00:00+03:00"></head>
<body><nav><a href="/">Home</a> <a href="/news">All news</a></nav>
<article><h1>{title}</h1>
<p>MINSK, 12 March (BelTA) – President of Belarus Aleksandr Lukashenko met with Prime Minister of
Kazakhstan Alikhan Smailov in Minsk on 12 March, BelTA has learned.</p>
<p>“Kazakhstan is our reliable partner, and we are ready to expand cooperation in {sector},”
Aleksandr Lukashenko said.</p>
<p>Trade between Belarus and Kazakhstan reached $1.{n} billion in 2023, the president noted.</p>
</article>
<footer>© 2024 BelTA. All rights reserved.</footer></body></html>
"""
MB = 1024 * 1024
GZIP_BOMB = gzip.compress(b"<p>" + b"0" * (40 * MB) + b"</p>", compresslevel=9)


class Handler(BaseHTTPRequestHandler):
    hits: Counter[str] = Counter()

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8",
             length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if body is GZIP_BOMB:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        path = self.path.split("?")[0]
        Handler.hits[path] += 1
        try:
            self.route(path)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should

    def route(self, path: str) -> None:
        if path == "/article":
            self.send(200, ARTICLE.format(title="Lukashenko meets Smailov", sector="machine building",
                                          n=2).encode())
        elif path == "/article2":
            self.send(200, ARTICLE.format(title="Belarus and Kazakhstan expand trade", sector="agriculture",
                                          n=5).encode())
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path.startswith("/hops/"):
            n = int(path.rsplit("/", 1)[1])
            self.send_response(302)
            self.send_header("Location", f"/hops/{n - 1}" if n > 0 else "/article")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/huge":  # declares its size
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(11 * MB))
            self.end_headers()
            for _ in range(11 * 16):
                self.wfile.write(b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n")
        elif path == "/huge-undeclared":  # HTTP/1.0: the body ends when the connection closes
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(11 * 16):
                self.wfile.write(b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n")
        elif path == "/gzip-bomb":  # 40 KB on the wire, 40 MB once decoded
            self.send(200, GZIP_BOMB)
        elif path == "/slow":  # no answer for 3 s
            time.sleep(3)
            self.send(200, ARTICLE.format(title="Late", sector="energy", n=1).encode())
        elif path == "/trickle":  # an answer, one byte at a time, forever
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.1)
        elif path == "/dribble":  # the status line and headers, one byte every 0.5 s, for 15 s
            head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"x" * 200
            for byte in head[:30]:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.5)
            self.close_connection = True
        elif path == "/image.png":
            self.send(200, b"\x89PNG\r\n\x1a\n" + os.urandom(2000), "image/png")
        elif path == "/binary-as-html":
            self.send(200, os.urandom(5000))
        elif path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/hostname")
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.send(404, b"<html><body>not found</body></html>")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture()
def fast_timeout(monkeypatch: pytest.MonkeyPatch) -> float:
    monkeypatch.setenv("DYAD_FETCH_TIMEOUT", "0.5")
    return 0.5


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- in process: the rules one by one


def test_private_addresses_are_refused_before_any_request(server: str) -> None:
    port = server.rsplit(":", 1)[1]
    before = sum(Handler.hits.values())
    for url in (f"{server}/article", f"http://localhost:{port}/article", f"http://[::1]:{port}/article",
                f"http://0.0.0.0:{port}/article", f"http://2130706433:{port}/article",
                "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://192.168.1.1/"):
        with pytest.raises(FetchError) as info:
            fetch_url(url)
        msg = str(info.value)
        assert msg.startswith(url + ": ") and "\n" not in msg, msg
        assert "--allow-private" in msg or "cannot resolve" in msg, msg
    assert sum(Handler.hits.values()) == before  # not one request reached the server


def test_allowed_private_fetch_reads_the_page(server: str) -> None:
    raw = fetch_url(f"{server}/article", allow_private=True)
    assert raw.media_type == "text/html" and b"Smailov" in raw.data
    assert raw.url == f"{server}/article" and raw.fetched


def test_redirects_are_followed_up_to_the_cap(server: str) -> None:
    assert fetch.MAX_REDIRECTS == 5
    raw = fetch_url(f"{server}/hops/4", allow_private=True)  # 5 redirects: allowed
    assert raw.url == f"{server}/article"
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch_url(f"{server}/hops/5", allow_private=True)
    Handler.hits["/loop"] = 0
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch_url(f"{server}/loop", allow_private=True)
    assert Handler.hits["/loop"] == 6


def test_a_redirect_to_another_scheme_is_refused(server: str) -> None:
    with pytest.raises(FetchError, match="only http and https"):
        fetch_url(f"{server}/to-file", allow_private=True)


def test_a_redirect_to_a_private_address_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each hop is checked: a public page may not send dyad into the intranet. The public
    host's DNS is faked and the transport is a mock, so nothing leaves this process."""
    real = socket.getaddrinfo

    def fake_getaddrinfo(host, *args, **kw):  # type: ignore[no-untyped-def]
        if host == "news.example":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", 80))]
        return real(host, *args, **kw)

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(302, headers={"location": "http://127.0.0.1:9/admin"})

    with httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=False) as client:
        with pytest.raises(FetchError, match="127.0.0.1 is a private"):
            fetch_bytes("http://news.example/story", client=client)
    assert seen == ["http://news.example/story"]


def test_size_cap_declared_and_streamed(server: str) -> None:
    assert fetch.MAX_BYTES == 10 * MB
    with pytest.raises(FetchError, match="too large"):
        fetch_url(f"{server}/huge", allow_private=True)
    t0 = time.monotonic()
    with pytest.raises(FetchError, match="too large"):
        fetch_url(f"{server}/huge-undeclared", allow_private=True)
    assert time.monotonic() - t0 < 10
    with pytest.raises(FetchError, match="too large"):  # the cap counts decoded bytes
        fetch_url(f"{server}/gzip-bomb", allow_private=True)


def test_timeout_no_answer_and_trickle(server: str, fast_timeout: float) -> None:
    for path in ("/slow", "/trickle"):
        t0 = time.monotonic()
        with pytest.raises(FetchError, match="timed out") as info:
            fetch_url(f"{server}{path}", allow_private=True)
        took = time.monotonic() - t0
        assert took < fast_timeout + 1.5, (path, took)
        assert "\n" not in str(info.value)


def test_a_server_dribbling_its_headers_is_cut_off_at_the_deadline(server: str, fast_timeout: float) -> None:
    """Each byte of the headers comes before the per-read time-out; the fetch's one deadline
    still ends it (the server would go on for 15 s)."""
    t0 = time.monotonic()
    with pytest.raises(FetchError, match="timed out") as info:
        fetch_url(f"{server}/dribble", allow_private=True)
    assert time.monotonic() - t0 < fast_timeout + 1.5
    assert str(info.value).startswith(f"{server}/dribble: ")


def test_the_connection_goes_to_the_address_that_was_checked(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """DNS rebinding: the name answers a public address to the first look-up and 127.0.0.1 to
    every later one. The loopback server must never see the request."""
    port = int(server.rsplit(":", 1)[1])
    real = socket.getaddrinfo
    answers: list[str] = []

    def rebinding_getaddrinfo(host, *args, **kw):  # type: ignore[no-untyped-def]
        if host == "rebind.example":
            address = "93.184.216.34" if not answers else "127.0.0.1"
            answers.append(address)
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]
        return real(host, *args, **kw)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding_getaddrinfo)
    Handler.hits["/article"] = 0
    with pytest.raises(FetchError, match="refused: 127.0.0.1 is a private"):
        fetch_url(f"http://rebind.example:{port}/article")
    assert Handler.hits["/article"] == 0
    assert answers[0] == "93.184.216.34"


def test_mapped_ipv6_loopback_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    def mapped(host, *args, **kw):  # type: ignore[no-untyped-def]
        return [(socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("::ffff:127.0.0.1", 80, 0, 0))]

    monkeypatch.setattr(socket, "getaddrinfo", mapped)
    with pytest.raises(FetchError, match="refused: 127.0.0.1"):
        fetch_url("http://mapped.example/")


def test_timeout_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DYAD_FETCH_TIMEOUT", "2.5")
    assert fetch.timeout_seconds() == 2.5
    for bad in ("", "soon", "-1", "0"):
        monkeypatch.setenv("DYAD_FETCH_TIMEOUT", bad)
        assert fetch.timeout_seconds() == fetch.DEFAULT_TIMEOUT
    monkeypatch.delenv("DYAD_FETCH_TIMEOUT")
    assert fetch.timeout_seconds() == fetch.DEFAULT_TIMEOUT


def test_non_text_pages_and_http_errors(server: str) -> None:
    with pytest.raises(FetchError, match=r"not a text page \(image/png\)"):
        fetch_url(f"{server}/image.png", allow_private=True)
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch_url(f"{server}/nothing-here", allow_private=True)


def test_other_schemes_are_never_fetched_nor_read_as_paths() -> None:
    for url in ("file:///etc/passwd", "ftp://127.0.0.1/pub/x.txt", "gopher://example.org/", "FILE:///etc/hosts"):
        (res,) = list(iter_sources([url], allow_private=True))
        assert isinstance(res, Failure) and res.source == url
        assert res.reason == "only http and https URLs are fetched"
    with pytest.raises(FetchError, match="only http and https"):
        fetch_url("ftp://127.0.0.1/x", allow_private=True)


def test_malformed_urls_are_failures_not_crashes() -> None:
    """urlparse, IDNA and httpx raise ValueError, UnicodeError, InvalidURL: a batch must go on.
    (None of these reaches the network: each fails before a name is looked up.)"""
    for allow in (False, True):
        for url in ("http://[::1", "http://a:99999/", "http://a..b/", "http:///nohost"):
            (res,) = list(iter_sources([url], allow_private=allow))
            assert isinstance(res, Failure) and res.source == url, (url, res)
            assert "\n" not in res.reason and res.reason, (url, res)


def test_unreachable_url_is_one_clear_line() -> None:
    url = f"http://127.0.0.1:{closed_port()}/article"
    (res,) = list(iter_sources([url], allow_private=True))
    assert isinstance(res, Failure) and res.source == url
    assert res.reason.startswith("cannot connect") and "\n" not in res.reason
    assert url not in res.reason  # named once, as the source


# -- the command line: one batch


def ingest(args: list[str], tmp_path: Path, timeout_s: str = "1") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DYAD_FETCH_TIMEOUT=timeout_s)
    return subprocess.run([str(DYAD), "ingest", *args, "--db", f"sqlite:///{tmp_path / 'dyad.db'}", "--quiet"],
                          capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)


def stored_sources(tmp_path: Path) -> list[str]:
    import sqlite3

    with sqlite3.connect(tmp_path / "dyad.db") as conn:
        return [r[0] for r in conn.execute("SELECT source FROM documents ORDER BY source")]


def test_cli_refuses_a_private_url_without_allow_private(server: str, tmp_path: Path) -> None:
    url = f"{server}/article"
    res = ingest([url], tmp_path)
    assert res.returncode == 1, res.stderr  # its only input failed
    errors = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(errors) == 1, res.stderr
    assert errors[0].startswith(f"error {url}: refused: 127.0.0.1 is a private") and "--allow-private" in errors[0]
    assert errors[0].count(url) == 1
    assert stored_sources(tmp_path) == []


@pytest.mark.slow
def test_cli_ends_a_dribbling_server_within_the_deadline_and_fails(server: str, tmp_path: Path) -> None:
    url = f"{server}/dribble"
    t0 = time.monotonic()
    res = ingest([url, "--allow-private", "--timeout", "1"], tmp_path, timeout_s="30")
    took = time.monotonic() - t0
    assert took < 12, took  # the server dribbles for 15 s; 1 s of it is allowed, the rest is start-up
    assert res.returncode == 1, (res.returncode, res.stdout, res.stderr)
    assert f"error {url}: timed out" in res.stderr


@pytest.mark.slow
def test_cli_batch_with_allow_private_goes_on_past_every_bad_url(server: str, tmp_path: Path) -> None:
    bad = {
        f"{server}/loop": "more than 5 redirects",
        f"{server}/huge": "too large",
        f"{server}/slow": "timed out",
        f"{server}/trickle": "timed out",
        f"{server}/image.png": "not a text page (image/png)",
        f"{server}/binary-as-html": "binary data",
        f"{server}/nothing-here": "HTTP 404",
        "file:///etc/hostname": "only http and https URLs are fetched",
        "ftp://127.0.0.1/pub/a.txt": "only http and https URLs are fetched",
        f"http://127.0.0.1:{closed_port()}/article": "cannot connect",
    }
    good = [f"{server}/article", f"{server}/article2"]
    order = [good[0], *bad, good[1]]  # the last good one comes after every failure
    t0 = time.monotonic()
    res = ingest([*order, "--allow-private"], tmp_path)
    assert res.returncode == 1, res.stderr  # some inputs failed, the rest were stored
    assert time.monotonic() - t0 < 90
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(lines) == len(bad), res.stderr
    for url, reason in bad.items():
        mine = [ln for ln in lines if ln.startswith(f"error {url}: ")]
        assert len(mine) == 1 and reason in mine[0], (url, mine)
    assert stored_sources(tmp_path) == sorted(good)
    assert "stored 2," in res.stdout and f"failed {len(bad)}" in res.stdout
