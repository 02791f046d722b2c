"""`dyad ingest` killed with SIGKILL in the middle of a batch: the database it leaves is
consistent (every stored document has all its facts, no fact without its document, SQLite's
integrity check passes), and running the same ingest again completes it without duplicates:
the result equals one clean run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_hostile import load_bench

pytestmark = pytest.mark.slow  # a batch killed and run again: `make test` skips it, CI runs it (`make test-all`)

DYAD = Path(sys.executable).parent / "dyad"
N = 240  # articles: German ones (cheap to extract) with an English one every 12th
BATCH = 8  # documents per commit
hostile = load_bench("hostile_corpus")

FACT_TABLES = ("events", "figures", "quotes", "agreements", "actor_names")
# Columns that reconcile.link_event_reports rewrites across documents after each commit
# (cluster ids, years filled in from other reports): compared by count, not by value.
CROSS_DOCUMENT = {"events": {"cluster_id", "date", "date_inferred"}, "documents": {"ingested_at"}}


def ingest_cmd(corpus: Path, db: Path) -> list[str]:
    return [str(DYAD), "ingest", str(corpus), "--db", f"sqlite:///{db}", "--batch", str(BATCH), "--quiet"]


def query(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def doc_count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        return query(db, "SELECT count(*) FROM documents")[0][0]
    except sqlite3.OperationalError:  # not created yet, or locked for a moment
        return 0


def per_doc_facts(db: Path) -> dict[str, tuple[int, ...]]:
    cols = ", ".join(f"(SELECT count(*) FROM {t} x WHERE x.doc_id = d.doc_id)" for t in FACT_TABLES)
    part = "(SELECT count(*) FROM participants p JOIN events e ON e.event_id = p.event_id WHERE e.doc_id = d.doc_id)"
    return {r[0]: tuple(r[1:]) for r in query(db, f"SELECT d.doc_id, {cols}, {part} FROM documents d")}


def table_rows(db: Path, table: str) -> list[tuple]:
    cols = [r[1] for r in query(db, f"PRAGMA table_info({table})") if r[1] not in CROSS_DOCUMENT.get(table, set())]
    quoted = ", ".join(f'"{c}"' for c in cols)
    return sorted(query(db, f"SELECT {quoted} FROM {table}"), key=repr)


def assert_consistent(db: Path, reference: dict[str, tuple[int, ...]]) -> None:
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert query(db, "PRAGMA foreign_key_check") == []
    for table in FACT_TABLES:
        orphans = query(db, f"SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT doc_id FROM documents)")
        assert orphans == [(0,)], f"{table} rows without their document"
    assert query(db, "SELECT count(*) FROM participants WHERE event_id NOT IN (SELECT event_id FROM events)") == [(0,)]
    for table in ("participants", "actor_names"):
        assert query(db, f"SELECT count(*) FROM {table} WHERE actor_id NOT IN (SELECT actor_id FROM actors)") == [(0,)]
    # Every stored document has exactly the facts a clean run gives it: none half-written.
    facts = per_doc_facts(db)
    for doc_id, counts in facts.items():
        assert counts == reference[doc_id], (doc_id, dict(zip((*FACT_TABLES, "participants"), counts, strict=True)),
                                             reference[doc_id])


def test_sigkill_mid_batch_then_rerun(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    hostile.write_good(corpus, N, english_every=12)
    ref_db, db = tmp_path / "reference.db", tmp_path / "killed.db"
    # The clean single run, beside the one we kill (two processes: the test takes half the time).
    reference = subprocess.Popen(ingest_cmd(corpus, ref_db), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True)
    victim = subprocess.Popen(ingest_cmd(corpus, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 240
        while doc_count(db) < N // 4:
            assert victim.poll() is None, f"ingest ended before it could be killed: {victim.stderr.read()[-2000:]}"
            assert time.monotonic() < deadline, "ingest stored too little in 240 s"
            time.sleep(0.02)
        os.kill(victim.pid, signal.SIGKILL)
        assert victim.wait(timeout=30) == -signal.SIGKILL
        ref_out, ref_err = reference.communicate(timeout=300)
    finally:
        for proc in (victim, reference):
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
    assert reference.returncode == 0, ref_err[-3000:]
    assert f"stored {N}," in ref_out and "failed 0" in ref_out, ref_out
    ref_facts = per_doc_facts(ref_db)
    assert len(ref_facts) == N
    assert all(c[0] >= 1 and c[1] >= 1 for c in ref_facts.values()), "every article has an event and a figure"

    # What the killed run left behind: whole batches, each document with all its facts.
    killed = doc_count(db)
    assert N // 4 <= killed < N, killed
    assert killed % BATCH == 0, f"{killed} documents: a batch was stored in part"
    assert_consistent(db, ref_facts)

    # The same command again finishes the job: nothing twice, and the same rows as one clean run.
    res = subprocess.run(ingest_cmd(corpus, db), capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-3000:]
    assert f"stored {N - killed}, skipped as duplicates {killed}, failed 0" in res.stdout, res.stdout
    assert_consistent(db, ref_facts)
    assert query(db, "SELECT count(*), count(DISTINCT doc_id), count(DISTINCT source) FROM documents") == [(N, N, N)]
    tables = [r[0] for r in query(ref_db, "SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        assert query(db, f"SELECT count(*) FROM {table}") == query(ref_db, f"SELECT count(*) FROM {table}"), table
        assert table_rows(db, table) == table_rows(ref_db, table), table
