"""Reading web archives (WARC and ARC, plain or gzip) into RawDoc, one record at a time.

Only HTML pages that the crawler received whole (response records, HTTP 200, text/html or
XHTML) become documents; requests, metadata, images, redirects and errors are skipped
without a word. Records are streamed, so memory stays flat on archives of many gigabytes;
a page above ``model.MAX_BYTES`` is refused by name. A corrupt record yields one Failure and
reading goes on from the next record that can be found (the next gzip member, or the next
"WARC/1." line in an uncompressed file).
"""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from dyad.model import MAX_BYTES, Failure, RawDoc

HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xhtml")
GZIP_MAGIC = b"\x1f\x8b\x08"
SCAN_CHUNK = 1024 * 1024
ARC_LINE = re.compile(rb"^\S+://\S+ \d{1,3}(?:\.\d{1,3}){3} \d{14} ")


def iter_warc(path: str | Path) -> Iterator[RawDoc | Failure]:
    """Every HTML page in one archive, in file order; corrupt records become Failures."""
    from warcio.archiveiterator import ArchiveIterator

    path = Path(path)
    label = str(path)
    try:
        fh = path.open("rb")
    except OSError as err:
        yield Failure(label, f"cannot read ({err.strerror})")
        return
    with fh:
        gzipped = fh.read(2) == GZIP_MAGIC[:2]
        # ARC headers are converted to WARC ones; in a WARC file, a line that merely looks
        # like an ARC header must not pass for a record, so ARC parsing is for ARC files.
        arc = path.name.lower().endswith((".arc", ".arc.gz"))
        start = 0
        seen = 0  # records read so far, to skip them if the gzip must be re-read as one stream
        last_bad: int | None = None
        while True:
            fh.seek(start)
            it = ArchiveIterator(fh, arc2warc=arc)
            try:
                for record in it:
                    seen += 1
                    try:
                        item = _item(record, label)
                    except Exception as err:  # a broken payload (chunking, Content-Encoding)
                        last_bad = it.offset
                        yield Failure(_where(label, record, it.offset), f"corrupt record ({_one_line(err)})")
                        continue
                    if item is not None:
                        yield item
                tail = _trailing_bytes(fh, it.offset)
                if tail:
                    yield Failure(f"{label}@{it.offset}", f"truncated or corrupt record at end of file ({tail} bytes)")
                return
            except Exception as err:  # warcio raises many kinds: ArchiveLoadFailed, zlib.error, ValueError
                bad = it.offset
                if gzipped and start == 0 and "non-chunked gzip" in str(err):
                    # A whole-file gzip (not one member per record): valid, only not seekable.
                    yield from _iter_stream(path, label, skip=seen, arc=arc)
                    return
                if bad != last_bad:
                    yield Failure(f"{label}@{bad}", f"corrupt record ({_one_line(err)})")
                last_bad = bad
                nxt = _resync(fh, bad + 1, gzipped)
                if nxt is None:
                    return
                start = nxt


def _iter_stream(path: Path, label: str, skip: int, arc: bool) -> Iterator[RawDoc | Failure]:
    """Read a whole-file gzip archive as one decompressed stream (no resync possible)."""
    from warcio.archiveiterator import ArchiveIterator

    with gzip.open(path, "rb") as stream:
        it = ArchiveIterator(stream, arc2warc=arc)
        try:
            for n, record in enumerate(it):
                if n < skip:
                    continue
                try:
                    item = _item(record, label)
                except Exception as err:
                    yield Failure(_where(label, record, it.offset), f"corrupt record ({_one_line(err)})")
                    continue
                if item is not None:
                    yield item
        except Exception as err:
            yield Failure(f"{label}@{it.offset}", f"corrupt record ({_one_line(err)}); rest of file skipped")


def _item(record: Any, label: str) -> RawDoc | Failure | None:
    if record.rec_type is None:  # what a record cut off inside its header block parses as
        return Failure(_where(label, record, None), "corrupt record (incomplete header)")
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    ctype = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if ctype not in HTML_TYPES:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    source = _where(label, record, None)
    data = record.content_stream().read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        return Failure(source, f"too large (> {MAX_BYTES // (1024 * 1024)} MB)")
    if getattr(record.raw_stream, "limit", 0) > 0:  # the file ended before Content-Length did
        return Failure(source, "truncated record (shorter than its Content-Length)")
    date = record.rec_headers.get_header("WARC-Date") or ""
    fetched = date[:10] if re.match(r"\d{4}-\d{2}-\d{2}", date) else None
    return RawDoc(source=source, data=data, media_type="text/html", url=url, fetched=fetched)


def _where(label: str, record: Any, offset: int | None) -> str:
    rid = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<> ")
    ref = rid or record.rec_headers.get_header("WARC-Target-URI")
    if ref:
        return f"{label}#{ref}"
    return f"{label}@{offset}" if offset is not None else label


def _one_line(err: Exception) -> str:
    text = str(err)
    if "Unknown archive format" in text or "Invalid WARC record" in text:
        return "no WARC or ARC record header here"
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    text = "".join(c if c.isprintable() else "?" for c in (lines[0] if lines else ""))[:120]
    return f"{type(err).__name__}: {text}" if text else type(err).__name__


def _trailing_bytes(fh: IO[bytes], offset: int) -> int:
    """Bytes after the last whole record that are not padding (a truncated last record)."""
    fh.seek(0, 2)
    size = fh.tell()
    if offset >= size:
        return 0
    fh.seek(offset)
    rest = fh.read(SCAN_CHUNK)
    return size - offset if rest.strip(b"\r\n\t \x00") else 0


def _resync(fh: IO[bytes], pos: int, gzipped: bool) -> int | None:
    """Offset of the next record at or after ``pos``, or None at the end of the file.

    gzip: the next gzip member whose first bytes decompress to a WARC or ARC header (so a
    chance "1f 8b 08" inside compressed data is not taken for a record); plain: the next
    line that starts with "WARC/1.".
    """
    needle = GZIP_MAGIC if gzipped else b"\nWARC/1."
    keep = len(needle) - 1  # a needle split across two chunks is still found
    fh.seek(pos)
    buf_start, buf = pos, b""
    while True:
        chunk = fh.read(SCAN_CHUNK)
        if not chunk:
            return None
        if len(buf) > keep:
            buf_start += len(buf) - keep
            buf = buf[-keep:]
        buf += chunk
        i = buf.find(needle)
        while i >= 0:
            if not gzipped:
                return buf_start + i + 1
            if _gzip_record_at(fh, buf_start + i):
                return buf_start + i
            i = buf.find(needle, i + 1)


def _gzip_record_at(fh: IO[bytes], offset: int) -> bool:
    here = fh.tell()
    try:
        fh.seek(offset)
        raw = fh.read(8192)
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(raw, 64)
    except zlib.error:
        return False
    finally:
        fh.seek(here)
    return head.startswith(b"WARC/") or bool(ARC_LINE.match(head))
