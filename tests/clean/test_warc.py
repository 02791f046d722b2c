"""WARC input: `dyad ingest archive.warc.gz` stores the HTML pages with their URLs and
fetch dates and nothing else; a corrupt record costs one Failure, not the archive."""

from __future__ import annotations

import gzip
import io
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dyad.model import RawDoc
from dyad.read import Failure, iter_sources
from dyad.warc import iter_warc

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "collect"
DYAD = Path(sys.executable).with_name("dyad")

PAGES = [  # (url, fixture, WARC-Date)
    ("https://eng.belta.by/economics/view/trade-1.html", "en_belta_trade.html", "2024-03-12T11:05:09Z"),
    ("https://www.dpa.example/politik/rohstoffe.html", "de_dpa_rohstoffe.html", "2024-05-21T09:30:00Z"),
    ("https://www.inform.kz/ru/roadmap-2024.html", "ru_kazinform_roadmap.html", "2024-06-14T08:00:00Z"),
]
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(64)


def _record(writer: WARCWriter, url: str, body: bytes, ctype: str, date: str, status: str = "200 OK",
            rec_type: str = "response", encoding: str | None = None) -> None:
    headers = [("Content-Type", ctype), ("Content-Length", str(len(body)))]
    if encoding:
        headers.append(("Content-Encoding", encoding))
    if rec_type == "request":
        http = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "eng.belta.by"), ("User-Agent", "test")],
                                is_http_request=True)
    else:
        http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, rec_type, payload=io.BytesIO(body), http_headers=http,
                                                  warc_headers_dict={"WARC-Date": date}))


def _members(gz: bool = True) -> list[bytes]:
    """Each record as its own bytes (for gzip: its own gzip member), in archive order."""
    out = []

    def one(*args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        buf = io.BytesIO()
        _record(WARCWriter(buf, gzip=gz), *args, **kwargs)
        out.append(buf.getvalue())

    first_url, first_file, first_date = PAGES[0]
    one(first_url, b"", "", first_date, rec_type="request")
    for url, name, date in PAGES:
        one(url, (FIXTURES / name).read_bytes(), "text/html; charset=utf-8", date)
    one("https://eng.belta.by/images/flag.png", PNG, "image/png", "2024-03-12T11:05:10Z")
    one("https://eng.belta.by/missing.html", b"<html><body>Not found</body></html>", "text/html",
        "2024-03-12T11:05:11Z", status="404 Not Found")
    # An XHTML page sent gzip-encoded: warcio decodes it; the date and URL still come through.
    body = (FIXTURES / "ru_belta_talks.html").read_bytes()
    one("https://www.belta.by/president/talks.html", gzip.compress(body), "application/xhtml+xml",
        "2024-07-02T15:20:00Z", encoding="gzip")
    return out


EXPECTED = {url: date[:10] for url, _, date in PAGES} | {"https://www.belta.by/president/talks.html": "2024-07-02"}


def test_iter_warc_yields_html_responses_only(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(_members()))
    items = list(iter_warc(path))
    assert all(isinstance(i, RawDoc) for i in items), items
    assert {i.url: i.fetched for i in items} == EXPECTED
    for item in items:
        assert item.media_type == "text/html"
        assert item.source.startswith(f"{path}#urn:uuid:")
        assert item.data.lstrip().startswith(b"<!DOCTYPE html>")  # Content-Encoding undone
    # read.iter_sources routes .warc.gz here, in a folder as well
    assert [i.url for i in iter_sources([str(tmp_path)])] == [i.url for i in items]


def test_uncompressed_warc(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(_members(gz=False)))
    assert {i.url: i.fetched for i in iter_warc(path) if isinstance(i, RawDoc)} == EXPECTED


@pytest.mark.parametrize("damage", ["truncated", "garbage", "bitflip"])
def test_corrupt_gzip_record_is_one_failure_and_reading_goes_on(tmp_path: Path, damage: str) -> None:
    members = _members()
    bad = members[2]  # the German page
    if damage == "truncated":
        members[2] = bad[: len(bad) // 2]
    elif damage == "garbage":
        members[2] = b"\x00garbage, not a record\r\n" * 20
    else:
        flipped = bytearray(bad)
        for i in range(40, 60):
            flipped[i] ^= 0xA5
        members[2] = bytes(flipped)
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(b"".join(members))
    items = list(iter_warc(path))
    failures = [i for i in items if isinstance(i, Failure)]
    assert len(failures) == 1, failures
    assert failures[0].source.startswith(str(path)) and "corrupt" in failures[0].reason
    assert "\n" not in failures[0].reason
    urls = {i.url for i in items if isinstance(i, RawDoc)}
    assert urls == set(EXPECTED) - {PAGES[1][0]}


def test_corrupt_plain_record_and_truncated_end(tmp_path: Path) -> None:
    members = _members(gz=False)
    members.insert(3, b"garbage where a record should be\r\nmore garbage\r\n\r\n")
    path = tmp_path / "damaged.warc"
    path.write_bytes(b"".join(members))
    items = list(iter_warc(path))
    assert len([i for i in items if isinstance(i, Failure)]) == 1
    assert {i.url for i in items if isinstance(i, RawDoc)} == set(EXPECTED)

    gz = _members()
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(b"".join(gz[:-1]) + gz[-1][:50])  # the last record cut off mid-way
    items = list(iter_warc(path))
    failures = [i for i in items if isinstance(i, Failure)]
    assert len(failures) == 1 and ("truncated" in failures[0].reason or "corrupt" in failures[0].reason), failures
    assert len([i for i in items if isinstance(i, RawDoc)]) == 3


def test_whole_file_gzip_is_read_too(tmp_path: Path) -> None:
    """A WARC gzipped as one stream (not per record) is valid, only not seekable."""
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(gzip.compress(b"".join(_members(gz=False))))
    items = list(iter_warc(path))
    assert {i.url: i.fetched for i in items if isinstance(i, RawDoc)} == EXPECTED
    assert not [i for i in items if isinstance(i, Failure)]


@pytest.mark.slow
def test_ingest_warc_stores_html_pages_with_url_and_fetch_date(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(_members()))
    db = f"sqlite:///{tmp_path / 'dyad.db'}"
    proc = subprocess.run([str(DYAD), "ingest", str(path), "--db", db, "--quiet"], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "stored 4" in proc.stdout, proc.stdout
    engine = create_engine(db)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT url, fetched, source, language FROM documents")).all()
    engine.dispose()
    assert {r.url: r.fetched for r in rows} == EXPECTED
    assert {r.language for r in rows} == {"en", "de", "ru"}
    assert all(r.source.startswith(f"{path}#urn:uuid:") for r in rows)
    assert not any("png" in r.url or "missing" in r.url for r in rows)

