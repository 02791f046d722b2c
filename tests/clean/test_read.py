"""The read stage: bytes found and named, never parsed; a bad input is one Failure naming it."""

from __future__ import annotations

import io
import json
import os
import sys
import types
from pathlib import Path

import pytest

from dyad.model import RawDoc
from dyad.read import (
    MAX_BYTES,
    Failure,
    InputError,
    decode,
    iter_sources,
    looks_binary,
    media_type_of,
    path_name,
    read_file,
    unicode_safe,
)

RU = "Президент Беларуси Александр Лукашенко встретился с премьер-министром Казахстана.\n"
DE = "Der Präsident traf sich mit dem Außenminister; die Gespräche verliefen gut.\n"


def sources(*inputs: str | Path) -> list[RawDoc | Failure]:
    return list(iter_sources([str(i) for i in inputs]))


# -- decode


def test_decode_utf8_and_bom() -> None:
    assert decode("Grüße, привет".encode(), "x") == "Grüße, привет"
    assert decode(b"\xef\xbb\xbfHello", "x") == "Hello"


def test_decode_cp1251_russian() -> None:
    assert decode((RU * 3).encode("cp1251"), "x") == RU * 3


def test_decode_latin1_german_is_not_taken_for_cp1251() -> None:
    assert decode(DE.encode("latin-1"), "x") == DE


def test_decode_mixed_encodings_line_by_line() -> None:
    data = ("Headline in UTF-8: " + RU).encode() + RU.encode("cp1251") + DE.encode("latin-1") + b"plain ascii\n"
    assert decode(data, "x") == "Headline in UTF-8: " + RU + RU + DE + "plain ascii\n"


def test_decode_utf16_with_bom() -> None:
    text = "MINSK, 9 June (BelTA) – a text saved by Notepad.\r\n"
    assert decode(text.encode("utf-16"), "x") == text
    assert decode(b"\xff\xfe" + text.encode("utf-16-le"), "x") == text


def test_decode_refuses_empty_and_binary_by_name() -> None:
    for data in (b"", b"   \n\t\r\n"):
        with pytest.raises(InputError, match=r"^a\.txt: empty input$"):
            decode(data, "a.txt")
    for data in (b"\x00" * 100, bytes(range(256)) * 20, b"\x89PNG\r\n\x1a\n" + bytes(range(32)) * 50):
        with pytest.raises(InputError, match=r"^b\.bin: binary data"):
            decode(data, "b.bin")


def test_stray_and_padding_nuls_are_not_binary() -> None:
    text = ("A sentence of an article that someone copied badly. " * 20).encode()
    assert not looks_binary(text[:300] + b"\x00" + text[300:])
    assert "\x00" not in decode(text + b"\x00" * 100_000, "x")  # a NUL-padded file is its text
    assert looks_binary(text[:100] + b"\x00" * 200)


def test_unicode_safe_replaces_lone_surrogates_only() -> None:
    assert unicode_safe("plain") == "plain"
    assert unicode_safe("a\ud800b") == "a\ufffdb"
    assert unicode_safe("\ud83d\ude00") == "😀"  # a pair written as two escapes is its character


# -- media types and files


def test_media_type_by_suffix_and_content(tmp_path: Path) -> None:
    assert media_type_of(Path("a.html"), b"just text") == "text/html"
    assert media_type_of(Path("a.txt"), b"  <!DOCTYPE html><html>") == "text/html"
    assert media_type_of(Path("a.txt"), b"MINSK, 9 June") == "text/plain"
    assert media_type_of(Path("page"), b"<div>menu</div><body><p>x</p>") == "text/html"


def test_read_file_refuses_a_giant_file_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    with big.open("wb") as fh:  # sparse: 50 MB on paper, nothing on disk
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(InputError, match=r"big\.html: too large \(50 MB > 20 MB\)"):
        read_file(big)
    assert MAX_BYTES == 20 * 1024 * 1024


def test_seeds_read_as_plain_text(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        raw = read_file(path)
        assert raw.source == str(path) and raw.media_type == "text/plain"
        assert decode(raw.data, raw.source).strip()


def test_folder_order_skips_hidden_and_non_documents(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("two")
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / "c.html").write_text("<html>")
    (tmp_path / ".hidden.txt").write_text("secret")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "gold.json").write_text("{}")
    got = [r.source for r in sources(tmp_path)]
    assert got == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "2.txt"), str(tmp_path / "c.html")]


def test_missing_path_and_other_schemes_are_failures_by_name(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert sources(missing) == [Failure(str(missing), "no such file or folder")]
    for url in ("file:///etc/passwd", "ftp://example.org/a.txt"):
        assert sources(url) == [Failure(url, "only http and https URLs are fetched")]


def test_empty_and_binary_files_in_a_folder_are_failures(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text("A text.")
    res = sources(tmp_path)
    assert isinstance(res[0], RawDoc) and res[0].data == b""  # emptiness is found when decoding
    assert isinstance(res[1], RawDoc)


def test_a_file_name_that_is_not_utf8_is_escaped(tmp_path: Path) -> None:
    name = os.fsdecode(b"art\xff.txt")
    (tmp_path / name).write_text("A text.")
    (res,) = sources(tmp_path)
    assert isinstance(res, RawDoc) and res.source == f"{tmp_path}/art\\xff.txt"
    res.source.encode("utf-8")
    assert path_name(Path("plain.txt")) == "plain.txt"


# -- JSON lines


def test_jsonl_good_and_broken_lines(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "MINSK, 9 June (BelTA) – text one."}),
        '{"id": "cut", "text": "no end',
        "[1, 2]",
        json.dumps({"id": "none"}),
        "",
        json.dumps({"url": "https://eng.belta.by/x", "html": "<html><body><p>x</p></body></html>"}),
        json.dumps({"source": "multi\nline\tname", "text": "Text \ud800 with a lone surrogate."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = sources(path)
    assert [type(r).__name__ for r in res] == ["RawDoc", "Failure", "Failure", "Failure", "RawDoc", "RawDoc"]
    assert res[0].source == "a1" and res[0].hint_text == "MINSK, 9 June (BelTA) – text one."
    assert res[1].source == f"{path}:2" and res[1].reason.startswith("not a JSON object")
    assert res[2] == Failure(f"{path}:3", "not a JSON object")
    assert res[3] == Failure(f"{path}:4", 'no "text" or "html" field')
    assert res[4].source == "https://eng.belta.by/x" and res[4].media_type == "text/html"
    assert res[4].url == "https://eng.belta.by/x"
    assert res[5].source == "multi line name"  # one line, fit for a report
    assert res[5].hint_text == "Text \ufffd with a lone surrogate."


def test_jsonl_with_invalid_utf8_line(tmp_path: Path) -> None:
    path = tmp_path / "in.ndjson"
    path.write_bytes(b'{"text": "\xff\xfe"}\n' + json.dumps({"id": "ok", "text": "Fine."}).encode() + b"\n")
    res = sources(path)
    assert isinstance(res[0], Failure) and res[0].source == f"{path}:1"
    assert isinstance(res[1], RawDoc) and res[1].source == "ok"


def fake_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=io.BytesIO(data)))


def test_stdin_one_document_or_json_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, "MINSK, 9 June – one document.\n".encode())
    (res,) = list(iter_sources(["-"]))
    assert isinstance(res, RawDoc) and res.source == "<stdin>" and res.media_type == "text/plain"
    fake_stdin(monkeypatch, b"\n" + json.dumps({"id": "s1", "text": "One."}).encode() + b"\n{broken\n")
    res2 = list(iter_sources(["-"]))
    assert res2[0].source == "s1" and isinstance(res2[1], Failure) and res2[1].source == "<stdin>:3"


def test_stdin_is_capped_like_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, b"x" * (MAX_BYTES + 10))
    (res,) = list(iter_sources(["-"]))
    assert isinstance(res, Failure) and res.source == "<stdin>" and "too large" in res.reason


# -- issue 13: lines without end, UTF-16 without its mark, invisible characters


def test_a_jsonl_line_over_the_cap_is_one_failure_read_in_bounded_memory(tmp_path: Path) -> None:
    import tracemalloc

    from dyad.read import MAX_LINE_BYTES, iter_jsonl

    path = tmp_path / "big.jsonl"
    with path.open("wb") as fh:
        fh.write(json.dumps({"id": "before", "text": "One."}).encode() + b"\n")
        fh.write(b'{"id": "huge", "text": "' + b"a" * (MAX_LINE_BYTES * 5 // 2) + b'"}\n')
        fh.write(json.dumps({"id": "after", "text": "Two."}).encode() + b"\n")
    tracemalloc.start()
    try:
        items = list(iter_jsonl(path))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [getattr(i, "source", None) for i in items] == ["before", f"{path}:2", "after"]
    assert isinstance(items[1], Failure) and items[1].reason == "line too long (> 20 MB)"
    assert peak < MAX_LINE_BYTES * 3 // 2, f"{peak / 2**20:.0f} MB for a line of {MAX_LINE_BYTES * 5 // 2 / 2**20:.0f} MB"


def test_a_stdin_jsonl_line_over_the_cap_is_one_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    from dyad.read import MAX_LINE_BYTES

    good = json.dumps({"id": "s1", "text": "One."}).encode() + b"\n"
    fake_stdin(monkeypatch, good + b'{"text": "' + b"a" * (MAX_LINE_BYTES + 10) + b'"}\n' + good.replace(b"s1", b"s2"))
    res = list(iter_sources(["-"]))
    assert [r.source for r in res] == ["s1", "<stdin>:2", "s2"] and isinstance(res[1], Failure)


def test_decode_utf16_without_a_bom() -> None:
    texts = ("MINSK, 9 June (BelTA) – a text exported without a byte order mark.\r\n",
             "МИНСК, 9 июня (БЕЛТА) – Наталья Кочанова встретилась с послом Казахстана.\n")
    for text in texts:
        for codec in ("utf-16-le", "utf-16-be"):
            assert decode(text.encode(codec), "x") == text, codec
    with pytest.raises(InputError, match="binary data"):  # NULs in both positions: not UTF-16
        decode(b"\x00\x00ab" * 100, "b.bin")


def test_invisible_characters_inside_words_are_dropped() -> None:
    assert unicode_safe("Kassym\u00ad-Jomart Tok\u200bayev and Лука\u2060шенко\ufeff") == \
        "Kassym-Jomart Tokayev and Лукашенко"
    assert unicode_safe("Mir\u200cziyoyev") == "Mirziyoyev"
    assert unicode_safe("می\u200cخواهم 👩\u200d💻") == "می\u200cخواهم 👩\u200d💻"  # joiners that shape script
    assert decode("Tok\u200bayev met Smailov.".encode(), "x") == "Tokayev met Smailov."


def test_a_zero_width_space_in_a_name_makes_no_second_actor(tmp_path: Path) -> None:
    from dyad.run import process_one

    text = ("ASTANA, 12 March (Kazinform) – President of Kazakhstan Kassym-Jomart {} met with Prime Minister "
            "of Belarus Roman Golovchenko in Astana on 12 March.")
    path = tmp_path / "two.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"d{i}", "text": text.format(name)})
                              for i, name in enumerate(("Tokayev", "Tok\u200bay\u200dev"))) + "\n", encoding="utf-8")
    records = [process_one(raw) for raw in iter_sources([str(path)])]
    ids = [{p.actor_id for p in r.people} for r in records if not isinstance(r, Failure)]
    assert len(ids) == 2 and ids[0] == ids[1] and ids[0], ids
