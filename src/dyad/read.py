"""Read sources into RawDoc: files, folders, JSONL, stdin and URLs.

Reading never parses the page; it only finds bytes and says what kind they are. A bad
input raises ``InputError`` with one line that names it, so a batch can report it and go on.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from dyad.model import MAX_BYTES, Failure, InputError, RawDoc

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
MAX_LINE_BYTES = MAX_BYTES  # one JSON line is one document: the same cap, checked before the line is whole
# Characters that show nothing and split a word: zero-width space, word joiner, zero-width
# no-break space (a BOM inside a text), soft hyphen, Mongolian vowel separator. "Tok\u200bayev"
# must be Tokayev, not a second actor.
INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u00ad\u180e]")
# The zero-width (non-)joiners shape Persian, Arabic and Indic script and emoji: dropped only
# between Latin, Greek or Cyrillic letters, where they do nothing but split a name.
JOINER_IN_WORD = re.compile(r"(?<=[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff])[\u200c\u200d]+"
                            r"(?=[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff])")


def is_url(path: str) -> bool:
    return path.startswith(("http://", "https://"))


def decode(data: bytes, source: str) -> str:
    """Bytes to text: UTF-8 first, then cp1251 (Cyrillic sites), then latin-1.

    cp1251 is tried before latin-1 because latin-1 accepts every byte and would turn
    Russian pages into mojibake; we accept cp1251 only when it yields mostly Cyrillic letters.
    A file that mixes encodings (a UTF-8 page with a pasted cp1251 paragraph) is decoded line
    by line: the UTF-8 lines as UTF-8, the others in the legacy encoding they read best in.
    """
    if not data.strip():
        raise InputError(f"{source}: empty input")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte order mark (Notepad)
        try:
            return unicode_safe(data.decode("utf-16"))
        except UnicodeDecodeError:
            pass
    codec = utf16_codec(data)
    if codec:  # UTF-16 without a byte order mark (exports of some databases and Windows tools)
        try:
            return unicode_safe(data.decode(codec))
        except UnicodeDecodeError:
            pass
    unpadded = data.rstrip(b"\x00")  # a file padded with NULs (a bad copy, a crash) is its text
    if unpadded.strip():
        data = unpadded
    if looks_binary(data):
        raise InputError(f"{source}: binary data, not text or HTML")
    try:
        return unicode_safe(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    lines = data.splitlines(keepends=True)
    utf8: list[str | None] = []
    for line in lines:
        try:
            utf8.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            utf8.append(None)
    legacy = legacy_codec(b"".join(line for line, u in zip(lines, utf8, strict=True) if u is None))
    return unicode_safe("".join(u if u is not None else line.decode(legacy_codec(line, legacy), errors="replace")
                                for line, u in zip(lines, utf8, strict=True)))


def utf16_codec(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when the bytes look like UTF-16 text without a byte order mark.

    Spaces, digits and punctuation are ASCII in every script: in UTF-16 their high byte is NUL,
    so NULs fill one byte position of the pairs (odd ones in little-endian) and not the other.
    """
    head = data[:4096]
    head = head[: len(head) // 2 * 2]
    pairs = len(head) // 2
    if pairs < 8:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd >= pairs * 0.1 and even <= pairs * 0.01:
        return "utf-16-le"
    if even >= pairs * 0.1 and odd <= pairs * 0.01:
        return "utf-16-be"
    return None


def legacy_codec(data: bytes, default: str = "latin-1") -> str:
    """cp1251 when the bytes read as mostly Cyrillic letters, latin-1 (which takes any byte)
    when mostly Latin, `default` when they hold no letters at all."""
    text = data[:200_000].decode("cp1251", errors="replace")
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return default
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    return "cp1251" if cyrillic / len(letters) > 0.3 else "latin-1"


def looks_binary(data: bytes) -> bool:
    head = data[:4096]
    # UTF-16 text has NULs in every other byte, but news sites do not serve it: binary. A
    # few stray NULs in a text (a bad copy, a padded file) are dropped by clean instead.
    if head.count(0) > len(head) * 0.01:
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control > len(head) * 0.05


def media_type_of(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "text/html"
    if suffix in TEXT_SUFFIXES:
        head = data[:512].lstrip().lower()
        return "text/html" if head.startswith((b"<!doctype html", b"<html")) else "text/plain"
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "text/html"
    return "text/plain"


def read_file(path: Path) -> RawDoc:
    source = path_name(path)
    try:
        size = path.stat().st_size
    except OSError as err:
        raise InputError(f"{source}: cannot read ({err.strerror})") from err
    if size > MAX_BYTES:
        raise InputError(f"{source}: too large ({size // (1024 * 1024)} MB > {MAX_BYTES // (1024 * 1024)} MB)")
    data = path.read_bytes()
    return RawDoc(source=source, data=data, media_type=media_type_of(path, data))


def iter_jsonl(path: Path) -> Iterator[RawDoc | Failure]:
    """One RawDoc per JSON line with "text" or "html"; a broken line is a Failure, not the end."""
    with path.open("rb") as fh:
        yield from iter_jsonl_lines(capped_lines(fh), path_name(path))


def capped_lines(stream: BinaryIO, cap: int = MAX_LINE_BYTES) -> Iterator[bytes | None]:
    """The lines of a byte stream, None for each line longer than `cap` bytes.

    Iterating a file by lines holds a whole line in memory, however long: a 300 MB line took
    939 MB. A line is read in chunks (readline(n) of a buffered stream copies its buffer once
    more); one over the cap is kept no further than the cap and skipped to its end."""
    chunk = min(cap + 1, 1024 * 1024)
    while part := stream.readline(chunk):
        parts, size = [part], len(part)
        while not part.endswith(b"\n") and size <= cap and (part := stream.readline(chunk)):
            parts.append(part)
            size += len(part)
        ended = parts[-1].endswith(b"\n")
        if size - ended > cap:
            parts.clear()  # drop what was read before skipping the rest
            while part and not part.endswith(b"\n"):
                part = stream.readline(chunk)
            yield None
        else:
            yield parts[0] if len(parts) == 1 else b"".join(parts)


def looks_jsonl(line: bytes) -> bool:
    """A first line that is a JSON object with "text" or "html": the stream is JSON lines."""
    if not line.lstrip().startswith(b"{"):
        return False
    try:
        obj = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False
    return isinstance(obj, dict) and ("text" in obj or "html" in obj)


def iter_jsonl_lines(lines: Iterable[bytes | None], name: str) -> Iterator[RawDoc | Failure]:
    """JSON lines from capped_lines (a file, stdin), named `name:line` in failures."""
    for n, line in enumerate(lines, 1):
        source = f"{name}:{n}"
        if line is None:
            yield Failure(source, f"line too long (> {MAX_LINE_BYTES // (1024 * 1024)} MB)")
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            yield Failure(source, f"not a JSON object ({str(err).splitlines()[0][:80]})")
            continue
        if not isinstance(obj, dict):
            yield Failure(source, "not a JSON object")
            continue
        url = unicode_safe(obj["url"]) if isinstance(obj.get("url"), str) else None
        label = one_line_label(str(obj.get("source") or obj.get("id") or url or source))
        if isinstance(obj.get("html"), str) and obj["html"].strip():
            yield RawDoc(label, unicode_safe(obj["html"]).encode("utf-8"), "text/html", url=url)
        elif isinstance(obj.get("text"), str) and obj["text"].strip():
            text = unicode_safe(obj["text"])
            yield RawDoc(label, text.encode("utf-8"), "text/plain", url=url, hint_text=text)
        else:
            yield Failure(source, 'no "text" or "html" field')


def unicode_safe(text: str, keep_invisible: bool = False) -> str:
    """Text fit to extract from, print and store.

    JSON may escape lone surrogates ("\\ud800"): they cannot be encoded, printed or stored,
    so each becomes U+FFFD (a pair written as two escapes becomes its one character). Invisible
    characters that split words are dropped (see INVISIBLE)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if keep_invisible:  # the cleaner drops them itself and keeps its offsets into the text
        return text
    return JOINER_IN_WORD.sub("", INVISIBLE.sub("", text))


def path_name(path: Path) -> str:
    """A path as dyad names it: a file name that is not UTF-8 ("art\\xff.txt" on Linux) gets
    its bad bytes escaped, so that it can be printed and stored like any other name."""
    name = str(path)
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def one_line_label(label: str) -> str:
    """A source name fit for a one-line report: no line breaks or control characters."""
    label = re.sub(r"[\x00-\x1f\x7f\u2028\u2029]+", " ", unicode_safe(label)).strip()
    return label[:300] or "<unnamed>"


def iter_paths(path: Path) -> Iterator[Path]:
    """Files under a folder in a stable order, streamed (os.scandir keeps memory flat)."""
    if path.is_file():
        yield path
        return
    try:
        entries = sorted(os.scandir(path), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from iter_paths(Path(entry.path))
        elif entry.is_file(follow_symlinks=False):
            yield Path(entry.path)


def iter_stdin() -> Iterator[RawDoc | Failure]:
    """Standard input: a stream of JSON lines (one document each, read as they come) when its
    first line is a JSON object with "text" or "html"; otherwise one document."""
    import sys

    stream = sys.stdin.buffer
    lines = capped_lines(stream)
    head: list[bytes | None] = []
    for line in lines:
        head.append(line)
        if line is None or line.strip():
            break
    first = head[-1] if head else b""
    if first is None:
        yield Failure("<stdin>", f"too large (> {MAX_BYTES // (1024 * 1024)} MB)")
        return
    if looks_jsonl(first):
        yield from iter_jsonl_lines(chain(head, lines), "<stdin>")
        return
    data = b"".join(x for x in head if x) + stream.read(MAX_BYTES + 1)  # the same cap as a file's
    if len(data) > MAX_BYTES:
        yield Failure("<stdin>", f"too large (> {MAX_BYTES // (1024 * 1024)} MB)")
        return
    yield RawDoc("<stdin>", data, media_type_of(Path("stdin"), data))


def iter_sources(inputs: list[str], allow_private: bool = False) -> Iterator[RawDoc | Failure]:
    """Every document named by the inputs, lazily: memory stays flat for huge folders."""
    for item in inputs:
        if is_url(item):
            from dyad.fetch import FetchError, fetch_url

            try:
                yield fetch_url(item, allow_private=allow_private)
            except FetchError as err:
                # The message names the URL; the failure names it once, as its source.
                yield Failure(item, str(err).removeprefix(f"{item}: "))
            except Exception as err:  # whatever a URL does to the HTTP stack, the batch goes on
                yield Failure(item, f"cannot fetch ({type(err).__name__}: {str(err).strip()[:200]})")
            continue
        if re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", item):  # file://, ftp://: never fetched, never a path
            yield Failure(item, "only http and https URLs are fetched")
            continue
        if item == "-":
            yield from iter_stdin()
            continue
        path = Path(item)
        if not path.exists():
            yield Failure(item, "no such file or folder")
            continue
        for file in iter_paths(path):
            name = file.name.lower()
            if name.endswith(WARC_SUFFIXES):
                try:
                    from dyad.warc import iter_warc
                except ImportError:
                    yield Failure(path_name(file), "WARC support is not installed")
                    continue
                yield from iter_warc(file)
            elif file.suffix.lower() in JSONL_SUFFIXES:
                yield from iter_jsonl(file)
            elif path.is_dir() and file.suffix.lower() not in TEXT_SUFFIXES | HTML_SUFFIXES:
                continue  # a folder may hold images, notes, gold files: take only documents
            else:
                try:
                    yield read_file(file)
                except InputError as err:
                    yield Failure(path_name(file), str(err).split(": ", 1)[-1])
