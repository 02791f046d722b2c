"""A batch of hostile inputs among good articles: `dyad ingest` finishes, names every bad
input once with its reason, and stores every good document of the same batch.

The corpus comes from bench/hostile_corpus.py (empty and binary files, invalid UTF-8, mixed
encodings, NUL bytes, a 50 MB page, HTML nested 10,000 deep, a JSONL with broken lines,
truncated HTML, UTF-16 and cp1251 files)."""

from __future__ import annotations

import importlib.util
import re
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow  # a whole `dyad ingest` batch: `make test` skips it, CI runs it (`make test-all`)

DYAD = Path(sys.executable).parent / "dyad"


def load_bench(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


hostile = load_bench("hostile_corpus")


@dataclass
class Run:
    folder: Path
    db: Path
    expect: dict
    rc: int
    out: str
    err: str
    seconds: float


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    base = tmp_path_factory.mktemp("hostile")
    folder = base / "corpus"
    expect = hostile.write_corpus(folder, good=6)
    db = base / "dyad.db"
    t0 = time.monotonic()
    res = subprocess.run([str(DYAD), "ingest", str(folder), "--db", f"sqlite:///{db}", "--quiet"],
                         capture_output=True, text=True, timeout=300, cwd=base)
    return Run(folder, db, expect, res.returncode, res.stdout, res.stderr, time.monotonic() - t0)


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_the_batch_completes(run: Run) -> None:
    assert run.rc == 1, run.err[-3000:]  # the bad inputs failed, the good ones were stored
    assert "Traceback" not in run.err and "internal error" not in run.out + run.err, run.err[-3000:]
    n_failed = sum(1 for e in run.expect.values() if e.outcome == "failed")
    n_stored = sum(1 for e in run.expect.values() if e.outcome == "stored")
    assert f"stored {n_stored}," in run.out and f"failed {n_failed}" in run.out, run.out
    assert run.seconds < 120, f"the hostile batch took {run.seconds:.0f} s"


def test_each_bad_input_is_reported_once_by_name_with_its_reason(run: Run) -> None:
    err_lines = [ln for ln in run.err.splitlines() if ln.startswith("error ")]
    bad = {k: e for k, e in run.expect.items() if e.outcome == "failed"}
    for name, e in bad.items():
        reported = [ln for ln in err_lines if ln.startswith(f"error {e.source}: ")]
        assert len(reported) == 1, (name, reported)
        assert e.reason in reported[0], (name, reported[0])
        # Once: the end-of-run summary counts failures by reason and does not repeat names.
        assert e.source not in run.out, (name, run.out)
        assert "\n" not in reported[0] and len(reported[0]) < 300
    # Nothing else is reported: no good input and no skipped file among the failures.
    assert len(err_lines) == len(bad), [ln for ln in err_lines
                                        if not any(ln.startswith(f"error {e.source}: ") for e in bad.values())]
    counted = sum(int(m) for m in re.findall(r"^\s*failed (\d+): ", run.out, re.M))
    assert counted == len(bad), run.out


def test_every_good_document_of_the_batch_is_stored(run: Run) -> None:
    stored = {src for (src,) in rows(run.db, "SELECT source FROM documents")}
    good = {e.source for e in run.expect.values() if e.outcome == "stored"}
    assert stored == good, {"missing": good - stored, "unexpected": stored - good}
    # ... with what they say: every good article has a trade figure, the English and Russian
    # ones their meeting too.
    facts = dict(((src, (ev, fig)) for src, ev, fig in rows(run.db, """
        SELECT d.source, (SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id),
               (SELECT count(*) FROM figures f WHERE f.doc_id = d.doc_id) FROM documents d""")))
    for src, (ev, fig) in facts.items():
        assert fig >= 1, (src, "no figure")
        assert ev >= 1, (src, "no event")


def test_legacy_and_mixed_encodings_are_read_right(run: Run) -> None:
    docs = {Path(src).name: (lang, text) for src, lang, text in
            rows(run.db, "SELECT source, language, text FROM documents")}
    for name in ("cp1251_ru.txt", "cp1251_ru.html", "mixed_encoding.txt"):
        lang, text = docs[name]
        assert lang == "ru", name
        assert "Президент Беларуси Александр Лукашенко" in text, (name, text[:300])
        assert "товарооборот" in text, (name, text[-300:])
        assert "Р" + "џ" not in text and "\ufffd" not in text, (name, "mojibake")
    lang, text = docs["utf16.txt"]
    assert lang == "en" and "\x00" not in text and "has learned" in text
    for name in ("nul_inside.txt", "nul_padded.txt"):
        assert "\x00" not in docs[name][1]
    # The article with broken bytes keeps its sentences on both sides of them.
    text = docs["invalid_utf8_article.txt"][1]
    assert "has learned" in text and "According to him" in text


def test_a_deep_page_is_read_and_a_giant_page_refused_quickly(run: Run) -> None:
    docs = {Path(src).name: text for src, text in rows(run.db, "SELECT source, text FROM documents")}
    assert "has learned" in docs["deep_nested.html"]
    assert "huge_page.html" not in docs and (run.folder / "huge_page.html").stat().st_size >= 50 * 1024 * 1024


def test_files_that_are_no_documents_are_skipped_silently(run: Run) -> None:
    assert "picture.png" not in run.out + run.err


def test_names_with_brackets_are_reported_verbatim(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "notes [draft].txt").write_bytes(b"")
    res = subprocess.run([str(DYAD), "ingest", str(folder), "--db", f"sqlite:///{tmp_path / 'x.db'}", "--quiet"],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 1
    assert f"error {folder / 'notes [draft].txt'}: empty input" in res.stderr, res.stderr
