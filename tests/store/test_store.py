"""Storing, on SQLite and on PostgreSQL: idempotent, safe for concurrent ingests, and a document
the database refuses (or one that fails to process) does not take its batch down with it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from conftest import ROOT
from dyad.model import RawDoc, Record
from dyad.read import Failure, iter_sources
from dyad.run import ingest, run, store_records
from dyad.store import schema as t
from dyad.store.db import counts, engine_for

sys.path.insert(0, str(ROOT / "bench"))
import make_corpus  # noqa: E402

DYAD = Path(sys.executable).parent / "dyad"
SKIP_COLUMNS = {"ingested_at"}  # when a row was written, not what it says


def write_corpus(folder: Path, start: int, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in make_corpus.articles(n, seed=11, start=start):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def records(seeds_dir: Path) -> list[Record]:
    """Processed once for the module: the seeds and 10 generated articles."""
    items: list[RawDoc | Failure] = list(iter_sources([str(seeds_dir)]))
    items += [RawDoc(n, s.encode(), "text/html" if n.endswith(".html") else "text/plain")
              for n, s in make_corpus.articles(10, seed=11)]
    out = [r for r in run(items) if isinstance(r, Record)]
    assert len(out) == len(items)
    return out


def snapshot(engine: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order, without write times."""
    out = {}
    with engine.connect() as conn:
        for table in t.TABLES:
            cols = [c for c in table.c if c.name not in SKIP_COLUMNS]
            rows = conn.execute(select(*cols)).all()
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def test_storing_twice_changes_nothing(db_url: str, records: list[Record]) -> None:
    engine = engine_for(db_url)
    assert store_records(engine, records) == (len(records), 0)
    first = snapshot(engine)
    assert first["documents"] and first["events"] and first["figures"] and first["quotes"]
    assert store_records(engine, records) == (0, len(records))
    assert snapshot(engine) == first


def test_ingest_twice_changes_nothing(db_url: str, seeds_dir: Path, tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "in", 0, 6)
    engine = engine_for(db_url)
    s1 = ingest(iter_sources([str(seeds_dir), str(folder)]), engine, commit_every=4)
    assert not s1.failed and s1.stored == s1.read
    first = snapshot(engine)
    s2 = ingest(iter_sources([str(seeds_dir), str(folder)]), engine, commit_every=4)
    assert (s2.stored, s2.duplicates, s2.failed) == (0, s1.read, [])
    assert snapshot(engine) == first


def test_a_document_the_database_refuses_does_not_lose_its_batch(db_url: str, records: list[Record]) -> None:
    import copy

    bad = copy.deepcopy(records[2])
    bad.doc.doc_id = "refused00000001"
    bad.doc.text = None  # type: ignore[assignment]  # NOT NULL: every database refuses it
    batch = records[:2] + [bad] + records[3:6]
    engine = engine_for(db_url)
    failed: list[Failure] = []
    assert store_records(engine, batch, failed=failed) == (5, 0)
    assert [f.source for f in failed] == [bad.doc.source] and failed[0].reason.startswith("not stored")
    n = counts(engine)
    assert n["documents"] == 5
    with engine.connect() as conn:
        # nothing of the refused document stayed behind, everything of the others did
        assert conn.execute(select(t.events.c.event_id).where(t.events.c.doc_id == "refused00000001")).all() == []
        stored_docs = {r[0] for r in conn.execute(select(t.documents.c.doc_id))}
    assert stored_docs == {r.doc.doc_id for r in batch if r is not bad}
    # Without a list to report into, the caller (the web API) gets the error as before.
    with pytest.raises(Exception):  # noqa: B017
        store_records(engine, [bad])


def test_a_document_that_fails_in_a_batch_does_not_lose_the_batch(db_url: str, seeds_dir: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """One document crashes processing, another is refused by the database: the rest are stored,
    both are reported by name, and the run goes on."""
    import dyad.stages

    folder = write_corpus(tmp_path / "in", 0, 8)
    names = sorted(p.name for p in folder.iterdir())
    crash, refuse = names[1], names[4]
    real = dyad.stages.process

    def process(raw: RawDoc) -> Record:
        if raw.source.endswith(crash):
            raise ValueError("boom")
        rec = real(raw)
        if raw.source.endswith(refuse):
            rec.doc.title = None
            rec.doc.source = None  # type: ignore[assignment]  # NOT NULL
        return rec

    monkeypatch.setattr(dyad.stages, "process", process)
    engine = engine_for(db_url)
    summary = ingest(iter_sources([str(folder)]), engine, commit_every=64)  # one batch for all
    reasons = {f.source: f.reason for f in summary.failed}
    assert summary.read == 8 and summary.stored == 6, summary
    assert len(reasons) == 2 and any(s.endswith(crash) for s in reasons), reasons
    assert "internal error: ValueError: boom" in reasons.values()
    assert any(r.startswith("not stored") for r in reasons.values()), reasons
    assert counts(engine)["documents"] == 6


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "200"}


@pytest.fixture(scope="module")
def overlapping(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> tuple[Path, Path, dict[str, Any]]:
    """Two folders that share half their articles and all the seeds, and the rows they give when
    ingested one after the other into a fresh SQLite file."""
    root = tmp_path_factory.mktemp("overlap")
    a = write_corpus(root / "a", 0, 10)
    b = write_corpus(root / "b", 5, 10)  # articles 5..14: half of them are also in a
    for p in seeds_dir.iterdir():
        (a / p.name).write_bytes(p.read_bytes())
        (b / p.name).write_bytes(p.read_bytes())
    ref_engine = engine_for(f"sqlite:///{root / 'ref.db'}")
    ingest(iter_sources([str(a), str(b)]), ref_engine)
    return a, b, snapshot(ref_engine)


@pytest.mark.slow
def test_concurrent_ingests_lose_nothing_and_duplicate_nothing(db_url: str, overlapping: tuple[Path, Path, Any]) -> None:
    """Two `dyad ingest` at once on overlapping inputs store each document once, with all its facts:
    the same rows as the inputs ingested one after the other."""
    a, b, ref = overlapping
    # No schema yet: both create it at the same moment, as two first runs on a new database do.
    procs = [subprocess.Popen([str(DYAD), "ingest", str(folder), "--db", db_url, "--batch", "2", "-q"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
             for folder in (a, b)]
    outs = [p.communicate(timeout=600) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err[-3000:]
        assert "failed 0" in out, out
    got = snapshot(engine_for(db_url))
    assert len(ref["documents"]) >= 18
    for table in t.TABLES:
        assert project(got, table) == project(ref, table), table.name


# Columns that depend on which writer got a document first, or on the order batches met:
# the path it was read from, and the event clusters with the years filled in from them.
ORDER_DEPENDENT = {"documents": {"source"}, "events": {"cluster_id", "date", "date_inferred"}}


def project(snap: dict[str, list[tuple[Any, ...]]], table: Any) -> list[tuple[Any, ...]]:
    names = [c.name for c in table.c if c.name not in SKIP_COLUMNS]
    keep = [i for i, n in enumerate(names) if n not in ORDER_DEPENDENT.get(table.name, set())]
    return sorted((tuple(r[i] for i in keep) for r in snap[table.name]), key=repr)


def test_linking_batch_by_batch_equals_linking_everything_at_once(tmp_path: Path) -> None:
    """Storing relinks only the reports a batch's new ones could join; relinking the whole database
    afterwards must change nothing (reports of one meeting in English and Russian among them)."""
    from dyad.reconcile import link_event_reports

    folder = write_corpus(tmp_path / "in", 0, 12)
    engine = engine_for(f"sqlite:///{tmp_path / 'dyad.db'}")
    summary = ingest(iter_sources([str(ROOT / "tests" / "fixtures" / "reconcile"), str(folder)]), engine,
                     commit_every=2)
    assert not summary.failed, summary.failed
    before = snapshot(engine)["events"]
    assert len({r[-1] for r in before}) < len(before), "no two reports linked: the test shows nothing"
    link_event_reports(engine)
    assert snapshot(engine)["events"] == before


KILLED_AFTER_COMMIT = """
import os, signal, sys
sys.path.insert(0, {tests!r})
from test_reconcile import MIR_EN, MIR_RU, TOK_EN, TOK_RU, _record
from dyad.store.db import _store_batch, engine_for

engine = engine_for({url!r})
_store_batch(engine, [
    _record("bbbb000000000001", "Tokayev met Mirziyoyev in Tashkent on 14 March 2024.",
            [("meeting", "2024-03-14", "Tashkent", [TOK_EN, MIR_EN])]),
    _record("bbbb000000000002", "Токаев и Мирзиёев провели переговоры в Ташкенте 14 марта.",
            [("talks", "--03-14", "Tashkent", [TOK_RU, MIR_RU])]),
], [], True)
# The batch is committed; store_records would link its events next. It never does:
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.slow
def test_events_left_unlinked_by_a_kill_are_linked_by_the_next_run(tmp_path: Path) -> None:
    """SIGKILL between a batch's commit and its linking: the next `dyad ingest`, even of nothing
    new, links what was left (two reports of one meeting become one event)."""
    from dyad.store import queries

    url = f"sqlite:///{tmp_path / 'dyad.db'}"
    script = KILLED_AFTER_COMMIT.format(tests=str(ROOT / "tests" / "store"), url=url)
    victim = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=_env())
    assert victim.returncode == -9, victim.stderr[-2000:]
    engine = engine_for(url)
    assert len(queries.events(engine)) == 2  # stored, not linked
    empty = tmp_path / "nothing"
    empty.mkdir()
    res = subprocess.run([str(DYAD), "ingest", str(empty), "--db", url, "-q"], capture_output=True, text=True,
                         timeout=60, env=_env())
    assert res.returncode == 0, res.stderr[-2000:]
    (event,) = queries.events(engine)
    assert sorted(r["doc_id"] for r in event["reports"]) == ["bbbb000000000001", "bbbb000000000002"]
    with engine.connect() as conn:
        assert conn.execute(select(t.unlinked)).all() == []
    engine.dispose()


@pytest.mark.slow
def test_a_page_of_events_reads_one_page_not_the_database(tmp_path: Path) -> None:
    """/api/events without a token: the page is chosen in SQL. Paging through gives every event
    once, in the order of one unpaged read, and a small page costs a small part of the memory."""
    import tracemalloc

    from test_reconcile import _person, _record

    from dyad.store import queries

    engine = engine_for(f"sqlite:///{tmp_path / 'dyad.db'}")
    records = [_record(f"eeee{i:012d}", f"A met B on day {i}.",
                       [("meeting", f"2020-{1 + i % 12:02d}-{1 + i % 28:02d}" if i % 7 else None, f"Town {i % 50}",
                         [_person(f"A{i}", f"A{i}", "KAZ", f"kaz-a{i}"), _person(f"B{i}", f"B{i}", "UZB", f"uzb-b{i}")])])
               for i in range(1500)]
    store_records(engine, records)
    everything = [ev for o in range(0, 2000, 500) for ev in queries.events(engine, limit=500, offset=o)]
    assert len(everything) == len({ev["event_id"] for ev in everything}) == 1500
    dates = [ev["date"] for ev in everything]
    assert dates == sorted((d for d in dates if d), reverse=True) + [None] * dates.count(None)
    pages = [ev["event_id"] for o in range(0, 1500, 97) for ev in queries.events(engine, limit=97, offset=o)]
    assert pages == [ev["event_id"] for ev in everything]

    def peak(limit: int) -> int:
        tracemalloc.start()
        try:
            queries.events(engine, limit=limit)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    assert peak(5) * 10 < peak(500), (peak(5), peak(500))
    engine.dispose()
