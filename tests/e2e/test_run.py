"""The runners: in-process, a process pool and Dask give the same records, in input order, and
keep a bounded number of documents in flight however long the input."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT
from dyad.model import RawDoc, Record
from dyad.read import Failure, iter_sources
from dyad.run import BATCH, run

sys.path.insert(0, str(ROOT / "bench"))
import make_corpus  # noqa: E402

GENERATED = 20


def inputs(seeds_dir: Path) -> list[RawDoc | Failure]:
    """The seeds, generated articles (text and whole HTML pages, three languages) and one bad input."""
    items: list[RawDoc | Failure] = [r for r in iter_sources([str(seeds_dir)])]
    for name, text in make_corpus.articles(GENERATED, seed=7):
        media = "text/html" if name.endswith(".html") else "text/plain"
        items.append(RawDoc(name, text.encode("utf-8"), media))
    items.insert(3, RawDoc("empty.txt", b"   \n", "text/plain"))
    return items


def as_json(results: list[Record | Failure]) -> list[str]:
    return [json.dumps(r.to_json() if isinstance(r, Record) else {"failed": r.source, "reason": r.reason},
                       ensure_ascii=False, sort_keys=True) for r in results]


@pytest.fixture(scope="module")
def corpus(seeds_dir: Path) -> list[RawDoc | Failure]:
    return inputs(seeds_dir)


@pytest.fixture(scope="module")
def serial(corpus: list[RawDoc | Failure]) -> list[str]:
    out = as_json(list(run(corpus)))
    assert len(out) == len(corpus)
    return out


def sources(results: list[str]) -> list[str]:
    return [json.loads(r).get("source") or json.loads(r)["failed"] for r in results]


def test_serial_keeps_input_order_and_reports_bad_inputs(corpus: list[RawDoc | Failure], serial: list[str]) -> None:
    assert sources(serial) == [c.source for c in corpus]
    failed = [json.loads(r) for r in serial if "failed" in json.loads(r)]
    assert [f["failed"] for f in failed] == ["empty.txt"], failed
    langs = {json.loads(r).get("language") for r in serial}
    assert {"en", "de", "ru"} <= langs, langs


@pytest.mark.slow
def test_process_pool_gives_the_same_records(corpus: list[RawDoc | Failure], serial: list[str]) -> None:
    assert as_json(list(run(iter(corpus), workers=2))) == serial


@pytest.mark.slow
def test_replaced_workers_lose_and_repeat_nothing(corpus: list[RawDoc | Failure], serial: list[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers are replaced after a number of batches (memory stays flat over millions of
    articles); with small batches and a new pool every four, the records are still the same."""
    import psutil

    import dyad.run

    monkeypatch.setattr(dyad.run, "BATCH", 4)
    monkeypatch.setattr(dyad.run, "RECYCLE_AFTER_BATCHES", 2)  # per worker: a new pool every 4 batches
    me = psutil.Process()
    workers_seen: set[int] = set()
    out = []
    for record in run(iter(corpus), workers=2):
        out.append(record)
        workers_seen |= {p.pid for p in me.children() if "resource_tracker" not in " ".join(p.cmdline())}
    assert as_json(out) == serial
    assert len(workers_seen) > 2, workers_seen


@pytest.mark.slow
def test_dask_local_cluster_gives_the_same_records(corpus: list[RawDoc | Failure], serial: list[str]) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=50) as cluster, distributed.Client(cluster) as client:
        assert as_json(list(run(iter(corpus), dask=client))) == serial


@pytest.mark.slow
def test_pool_keeps_a_bounded_number_of_documents_in_flight() -> None:
    """Memory stays flat on a huge input: the runner never reads far ahead of what it has yielded."""
    consumed = 0

    def endless() -> Iterator[Failure]:
        nonlocal consumed
        for i in range(20 * BATCH * 6):
            consumed += 1
            yield Failure(f"doc{i}", "placeholder")  # passed through a worker without processing

    ahead = 0
    seen = []
    workers = 2
    for res in run(endless(), workers=workers):
        seen.append(res.source)
        ahead = max(ahead, consumed - len(seen))
    assert seen == [f"doc{i}" for i in range(20 * BATCH * 6)]  # input order
    assert ahead <= (workers * 3 + 1) * BATCH, ahead


def test_dask_keeps_a_bounded_number_of_documents_in_flight() -> None:
    distributed = pytest.importorskip("distributed")
    consumed = 0

    def endless() -> Iterator[Failure]:
        nonlocal consumed
        for i in range(10 * BATCH * 4):
            consumed += 1
            yield Failure(f"doc{i}", "placeholder")

    ahead = 0
    n = 0
    with distributed.Client(processes=False, n_workers=1, threads_per_worker=2, dashboard_address=None) as client:
        for res in run(endless(), dask=client):
            assert res.source == f"doc{n}"
            n += 1
            ahead = max(ahead, consumed - n)
    assert n == 10 * BATCH * 4
    assert ahead <= (2 * 3 + 1) * BATCH, ahead


def test_generated_corpus_is_deterministic() -> None:
    first: list[Any] = list(make_corpus.articles(30, seed=3))
    assert first == list(make_corpus.articles(30, seed=3))
    assert first[:10] == list(make_corpus.articles(10, seed=3))  # article i depends on i only
    assert first != list(make_corpus.articles(30, seed=4))
    assert any(n.endswith(".html") for n, _ in first) and any(n.endswith(".txt") for n, _ in first)


def _children(pid: int) -> list[int]:
    import psutil

    try:
        return [c.pid for c in psutil.Process(pid).children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def _alive(pid: int) -> bool:
    import psutil

    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


@pytest.mark.slow
def test_pool_workers_die_with_a_parent_killed_by_sigkill(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    from test_hostile import load_bench

    corpus = tmp_path / "corpus"
    load_bench("hostile_corpus").write_good(corpus, 40)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    parent = subprocess.Popen([sys.executable, "-m", "dyad.cli", "ingest", str(corpus), "--workers", "2", "-q",
                               "--db", f"sqlite:///{tmp_path / 'dyad.db'}"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, env=env)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while len(workers) < 2:  # the two workers (the resource tracker may be among the children too)
            assert parent.poll() is None, parent.stderr.read() if parent.stderr else ""
            assert time.monotonic() < deadline, "no workers started in 60 s"
            time.sleep(0.1)
            workers = _children(parent.pid)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 10
        while any(_alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [p for p in workers if _alive(p)], "pool workers outlived their parent"
    finally:
        for pid in [parent.pid, *workers]:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        parent.wait(timeout=10)
