"""Running the pure stages over many sources: in-process, in a process pool, or on Dask.

All three map the same function, ``process_batch``, over batches of RawDoc, keep a bounded
number of batches in flight (memory stays flat on millions of inputs) and yield results in
input order, so a run gives the same records whichever way it ran.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, islice
from typing import Any

from dyad.model import Failure, InputError, RawDoc, Record

BATCH = 32
# A worker is replaced after this many batches (4,800 articles). A worker's resident memory
# creeps up with the articles it has processed (caches, spaCy's vocabulary, heap fragments):
# workers that lived 8,000 articles peaked 5% above ones that lived 5,000, so a 100k run peaked
# 10% above a 10k one. A fresh worker costs about 7 CPU seconds of model loading, some 5% of
# what its articles cost.
RECYCLE_AFTER_BATCHES = 150
BLAS_ENV = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def limit_threads() -> None:
    """One numerical thread per process.

    numpy's OpenBLAS (under spaCy's thinc and natasha's slovnet) starts a thread per CPU;
    on one short document at a time, with one process per CPU, those threads only contend:
    on a 2-CPU machine natasha took 3.4x longer per Russian article and 2 workers ran slower
    than 1. The variables work when set before numpy loads; if it already has, the loaded
    OpenBLAS is told directly. A user's own setting of the variables is kept.
    """
    for var in BLAS_ENV:
        os.environ.setdefault(var, "1")
    import sys

    if "numpy" not in sys.modules or os.environ.get("OPENBLAS_NUM_THREADS") != "1":
        return
    try:
        import ctypes

        with open("/proc/self/maps", encoding="utf-8") as fh:
            paths = {line.split()[-1] for line in fh if line.count(" ") >= 5}
        for lib in (p for p in paths if "openblas" in os.path.basename(p).lower() and ".so" in p):
            handle = ctypes.CDLL(lib)
            for sym in ("scipy_openblas_set_num_threads64_", "openblas_set_num_threads64_",
                        "openblas_set_num_threads"):
                fn = getattr(handle, sym, None)
                if fn is not None:
                    fn(1)
                    break
    except (OSError, AttributeError, ValueError):
        pass  # best effort: without it a run is slower, not wrong


limit_threads()


def process_one(raw: RawDoc) -> Record | Failure:
    from dyad.stages import process

    try:
        return process(raw)
    except InputError as err:
        return Failure(raw.source, str(err).split(": ", 1)[-1] if str(err).startswith(raw.source) else str(err))
    except RecursionError:
        return Failure(raw.source, "document too deeply nested to parse")
    except Exception as err:  # one bad document must not end a batch of thousands
        return Failure(raw.source, f"internal error: {type(err).__name__}: {str(err)[:200]}")


def process_batch(batch: list[RawDoc | Failure]) -> list[Record | Failure]:
    out = [item if isinstance(item, Failure) else process_one(item) for item in batch]
    release_memory()
    return out


@lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        import ctypes

        return ctypes.CDLL("libc.so.6").malloc_trim  # type: ignore[no-any-return]
    except (OSError, AttributeError):
        return None  # not glibc: nothing to trim


def release_memory() -> None:
    """Give the heap pages a batch freed back to the system (glibc keeps them otherwise), so a
    worker's resident memory follows what it holds, not the largest batch it has met."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def batches(items: Iterable[RawDoc | Failure], size: int) -> Iterator[list[RawDoc | Failure]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def run_serial(items: Iterable[RawDoc | Failure]) -> Iterator[Record | Failure]:
    for chunk in batches(items, BATCH):
        yield from process_batch(chunk)


def run_pool(items: Iterable[RawDoc | Failure], workers: int) -> Iterator[Record | Failure]:
    """A process pool, replaced by a fresh one every RECYCLE_AFTER_BATCHES batches per worker.

    The replacement is done here rather than with ``max_tasks_per_child``, which deadlocks on
    Python 3.11 (CPython gh-115634), and rather than with ``multiprocessing.Pool``, which waits
    forever for a worker the kernel killed. The old pool is drained before the new one starts,
    so two sets of workers never hold models at once.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # "spawn": a fresh interpreter inherits neither the parent's threads (the progress bar's)
    # nor its database connections, which a fork in the middle of a run would copy.
    context = multiprocessing.get_context("spawn")
    chunks = batches(items, BATCH)
    while first := next(chunks, None):
        generation = chain([first], islice(chunks, RECYCLE_AFTER_BATCHES * workers - 1))
        with ProcessPoolExecutor(max_workers=workers, initializer=warm_up, initargs=(os.getpid(),),
                                 mp_context=context) as pool:
            yield from _bounded(lambda chunk: pool.submit(process_batch, chunk), generation, workers * 3,
                                lambda fut: fut.result())


def run_dask(items: Iterable[RawDoc | Failure], address: Any) -> Iterator[Record | Failure]:
    """``address`` is a scheduler address ("tcp://host:8786") or a distributed Client."""
    from distributed import Client

    client = address if isinstance(address, Client) else Client(address)
    try:
        n = max(1, sum(client.nthreads().values()))
        yield from _bounded(lambda chunk: client.submit(process_batch, chunk, pure=False), batches(items, BATCH),
                            n * 3, lambda fut: fut.result())
    finally:
        if not isinstance(address, Client):
            client.close()


def _bounded(submit: Callable[[list[Any]], Any], chunks: Iterable[list[RawDoc | Failure]], in_flight: int,
             result: Callable[[Any], list[Record | Failure]]) -> Iterator[Record | Failure]:
    pending: deque[Any] = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= in_flight:
            yield from result(pending.popleft())
    while pending:
        yield from result(pending.popleft())


PARENT_CHECK_SECONDS = 0.5


def exit_with_parent(parent: int) -> None:
    """End this worker when the process that started it is gone.

    A pool worker waits on a queue whose write end it holds itself, so a parent killed with
    SIGKILL leaves it waiting (or working) for ever, models and all: some 800 MB a run. An
    orphan is adopted by another process, so its parent id changes; a daemon thread notices.
    """
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="dyad-parent-watch", daemon=True).start()


def warm_up(parent: int | None = None) -> None:
    """Load models once per worker process, before the first document arrives."""
    if parent is not None:
        exit_with_parent(parent)
    limit_threads()
    from dyad.extractors import models

    models.english()


def run(items: Iterable[RawDoc | Failure], workers: int = 1, dask: Any = None) -> Iterator[Record | Failure]:
    if dask:
        return run_dask(items, dask)
    if workers > 1:
        return run_pool(items, workers)
    return run_serial(items)


def store_records(engine: Any, records: Iterable[Record], failed: list[Failure] | None = None) -> tuple[int, int]:
    """Store a batch (dyad.store.db.write_records: one transaction, a refused document reported in
    `failed`), then link the events of the documents it stored. Returns (stored, duplicates)."""
    from dyad.store.db import write_records

    stored, dup, new_ids = write_records(engine, records, failed)
    if new_ids:
        link_pending(engine, new_ids)
    return stored, dup


def link_pending(engine: Any, doc_ids: list[str] | None = None) -> int:
    """Link the events of `doc_ids`, or of every document still marked unlinked (what a run
    killed after a commit left); then clear their marks. Returns the documents linked."""
    from dyad.reconcile import link_event_reports
    from dyad.store.db import mark_linked, retry_concurrent, unlinked_docs

    if doc_ids is None:
        doc_ids = unlinked_docs(engine)
    if not doc_ids:
        return 0
    retry_concurrent(lambda: link_event_reports(engine, doc_ids=doc_ids), "event linking")
    # Killed before the marks are cleared, the next run links these again: linking twice changes nothing.
    mark_linked(engine, doc_ids)
    return len(doc_ids)


@dataclass
class Summary:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: list[Failure] = field(default_factory=list)

    def line(self) -> str:
        return (f"read {self.read}, stored {self.stored}, skipped as duplicates {self.duplicates}, "
                f"failed {len(self.failed)}")


def ingest(items: Iterable[RawDoc | Failure], engine: Any, workers: int = 1, dask: Any = None,
           commit_every: int = 64, on_result: Callable[[Record | Failure], None] | None = None) -> Summary:
    """Process and store; commits every `commit_every` documents so a crash loses at most one batch
    (and never half a document: a document and its facts share one transaction)."""
    link_pending(engine)  # what a run killed between a commit and its linking left undone
    summary = Summary()
    pending: list[Record] = []

    def flush() -> None:
        if pending:
            refused: list[Failure] = []
            stored, dup = store_records(engine, pending, failed=refused)
            summary.stored += stored
            summary.duplicates += dup
            pending.clear()
            for f in refused:  # the database refused one document; the rest of its batch is stored
                summary.failed.append(f)
                if on_result:
                    on_result(f)

    for res in run(items, workers, dask):
        summary.read += 1
        if isinstance(res, Failure):
            summary.failed.append(res)
        else:
            pending.append(res)
            if len(pending) >= commit_every:
                flush()
        if on_result:
            on_result(res)
    flush()
    return summary
