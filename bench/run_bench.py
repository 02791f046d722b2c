"""Throughput and memory of `dyad ingest`, end to end and per stage.

For each corpus size and worker count, a fresh process runs the real ingest path
(``dyad.run.ingest`` over ``dyad.read.iter_sources`` into a SQLite file, exactly what
``dyad ingest corpus.jsonl --workers N`` does) on a generated JSONL corpus; this process
samples the resident memory of that process and its workers. Then, on a sample, each stage
(read, clean, extract, store) is timed on its own, and trafilatura alone on the sample's
HTML pages. Writes bench/results/latest.md (kept in git) and latest.json (ignored).

    python bench/run_bench.py                      # 1k, 10k, 100k articles; 1 and 2 workers
    python bench/run_bench.py --quick              # 200 and 1000 articles, for trying
    python bench/run_bench.py --sizes 1000,10000 --workers 2 --profile
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import make_corpus  # noqa: E402

GOAL_RATE = 50.0  # articles/s with 2 workers
GOAL_FLAT = 0.10  # peak RSS at the largest size within 10% of the next smaller one


# --------------------------------------------------------------------------- machine

def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "unknown"
    ram_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    try:
        nproc = len(os.sched_getaffinity(0))
    except AttributeError:
        nproc = os.cpu_count() or 1
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True, timeout=10).stdout.strip()
        commit = commit + ("+dirty" if dirty else "") if commit else "unknown"
    except (OSError, subprocess.SubprocessError):
        commit = "unknown"
    return {"nproc": nproc, "cpu": cpu, "ram_gb": ram_gb, "python": platform.python_version(),
            "os": f"{platform.system()} {platform.release()}", "commit": commit,
            "date": time.strftime("%Y-%m-%d %H:%M %Z")}


# --------------------------------------------------------------------------- corpus

def make_jsonl(path: Path, n: int, seed: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(make_corpus.jsonl_line(*make_corpus.article(i, seed)) + "\n")


def corpora(work: Path, sizes: list[int], seed: int) -> dict[int, Path]:
    """One JSONL per size; smaller ones are prefixes of the largest (article i depends on i only)."""
    biggest = max(sizes)
    full = work / f"corpus_{biggest}.jsonl"
    if not full.exists():
        t0 = time.perf_counter()
        make_jsonl(full, biggest, seed)
        print(f"generated {biggest} articles in {time.perf_counter() - t0:.1f}s "
              f"({full.stat().st_size / 1e6:.0f} MB)", flush=True)
    out = {biggest: full}
    for n in sorted(set(sizes) - {biggest}):
        p = work / f"corpus_{n}.jsonl"
        if not p.exists():
            with full.open("rb") as src, p.open("wb") as dst:
                for k, line in enumerate(src):
                    if k >= n:
                        break
                    dst.write(line)
        out[n] = p
    return out


# --------------------------------------------------------------------------- end to end

def child_ingest(path: str, workers: int, db: str) -> None:
    """Runs in a fresh process: what `dyad ingest PATH --db DB --workers N` does, timed."""
    t0 = time.perf_counter()
    from dyad.read import iter_sources
    from dyad.run import ingest
    from dyad.store.db import counts, engine_for

    engine = engine_for(db)
    t1 = time.perf_counter()
    summary = ingest(iter_sources([path]), engine, workers=workers)
    t2 = time.perf_counter()
    rows = counts(engine)
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    self_kb, children_kb = me.ru_maxrss, kids.ru_maxrss
    cpu_s = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime  # workers are reaped by now
    print(json.dumps({"import_s": t1 - t0, "ingest_s": t2 - t1, "read": summary.read, "stored": summary.stored,
                      "duplicates": summary.duplicates, "failed": len(summary.failed),
                      "failures": [f"{f.source}: {f.reason}" for f in summary.failed[:5]],
                      "maxrss_self_mb": self_kb / 1024, "maxrss_children_mb": children_kb / 1024,
                      "cpu_s": cpu_s,
                      "rows": rows}), flush=True)


def tree_rss(proc: Any) -> int:
    import psutil

    total = 0
    try:
        procs = [proc] + proc.children(recursive=True)
    except psutil.Error:
        return 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def run_ingest(corpus: Path, workers: int, work: Path) -> dict[str, Any]:
    import psutil

    db = work / f"bench_{corpus.stem}_w{workers}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child-ingest", str(corpus), "--workers",
           str(workers), "--db", f"sqlite:///{db}"]
    load_before = os.getloadavg()[0]
    t0 = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=str(work))
    peak = 0
    timeline: list[tuple[float, int]] = []
    while proc.poll() is None:
        rss = tree_rss(proc)
        peak = max(peak, rss)
        timeline.append((round(time.perf_counter() - t0, 1), rss))
        time.sleep(0.25)
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"ingest of {corpus} with {workers} workers failed:\n{err[-3000:]}")
    res = json.loads(out.strip().splitlines()[-1])
    size = corpus.stat().st_size
    res.update({
        "articles": sum(1 for _ in corpus.open("rb")), "workers": workers, "wall_s": wall, "bytes": size,
        "rate": res["read"] / res["ingest_s"], "mb_s": size / 1e6 / res["ingest_s"],
        "peak_rss_mb": peak / 1e6 if peak else None,
        # the RSS of the whole process tree in the second half of the run: flat memory means flat here
        "rss_late_mb": _late_max(timeline) / 1e6,
        "db_mb": db.stat().st_size / 1e6 if db.exists() else None,
        "cpu_ms_per_article": 1000 * res["cpu_s"] / max(res["read"], 1),
        "load_before": load_before, "load_after": os.getloadavg()[0],
    })
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    return res


def _late_max(timeline: list[tuple[float, int]]) -> int:
    if not timeline:
        return 0
    half = timeline[len(timeline) // 2 :]
    return max(r for _, r in half)


# --------------------------------------------------------------------------- stages

class Clock:
    """Wall and CPU seconds per stage. CPU time (this process, one numerical thread) is what a
    stage costs; wall time also counts other programs that share the machine."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}

    def start(self) -> tuple[float, float]:
        return time.perf_counter(), time.process_time()

    def stop(self, key: str, t: tuple[float, float]) -> float:
        wall, cpu = time.perf_counter() - t[0], time.process_time() - t[1]
        self.wall[key] = self.wall.get(key, 0.0) + wall
        self.cpu[key] = self.cpu.get(key, 0.0) + cpu
        return cpu


def stages(corpus: Path, n: int, work: Path, profile: bool) -> tuple[dict[str, Any], list[Any]]:
    """Each stage timed on its own over the first n articles of the corpus, in this process."""
    import dyad.run  # noqa: F401  (first: one BLAS thread, as in a real run)
    from dyad.clean import clean
    from dyad.extractors import extract_record
    from dyad.read import Failure, InputError, iter_sources
    from dyad.run import store_records, warm_up
    from dyad.store.db import engine_for

    sample = work / f"sample_{n}.jsonl"
    with corpus.open("rb") as src, sample.open("wb") as dst:
        for k, line in enumerate(src):
            if k >= n:
                break
            dst.write(line)
    out: dict[str, Any] = {"sample": n, "bytes": sample.stat().st_size}
    clock = Clock()

    t = clock.start()
    warm_up()
    from dyad.clean.meta import _detector

    _detector()
    clock.stop("model_load", t)

    t = clock.start()
    raws = [r for r in iter_sources([str(sample)]) if not isinstance(r, Failure)]
    clock.stop("read", t)

    # A document of each language through every stage first: lazy imports and model loading
    # (natasha at the first Russian article) are not a stage's cost.
    warmed: set[str | None] = set()
    for raw in raws:
        try:
            doc = clean(raw)
        except InputError:
            continue
        if doc.language not in warmed:
            warmed.add(doc.language)
            extract_record(doc)

    docs = []
    failed = 0
    for raw in raws:
        t = clock.start()
        try:
            docs.append(clean(raw))
        except InputError:
            failed += 1
        clock.stop("clean_html" if raw.media_type == "text/html" else "clean_text", t)
    clock.wall["clean"] = clock.wall["clean_html"] + clock.wall.get("clean_text", 0.0)
    clock.cpu["clean"] = clock.cpu["clean_html"] + clock.cpu.get("clean_text", 0.0)
    out["html_pages"] = sum(1 for r in raws if r.media_type == "text/html")
    out["clean_failed"] = failed

    records = []
    by_lang: dict[str, list[float]] = {}
    for doc in docs:
        t = clock.start()
        records.append(extract_record(doc))
        by_lang.setdefault(doc.language or "?", []).append(clock.stop("extract", t))
    out["extract_cpu_ms_by_lang"] = {k: 1000 * sum(v) / len(v) for k, v in sorted(by_lang.items())}
    out["extract_docs_by_lang"] = {k: len(v) for k, v in sorted(by_lang.items())}
    out["extract_max_cpu_ms"] = 1000 * max(max(v) for v in by_lang.values())
    if profile:  # a second pass: the profiler's own cost is not in the timings above
        import cProfile

        prof = cProfile.Profile(time.process_time)
        prof.enable()
        for doc in docs:
            extract_record(doc)
        prof.disable()
        out["profile"] = profile_report(prof)
        out["profile_docs"] = len(docs)

    db = work / "stage_store.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    engine = engine_for(f"sqlite:///{db}")
    t = clock.start()
    for i in range(0, len(records), 64):
        store_records(engine, records[i : i + 64])
    clock.stop("store", t)
    engine.dispose()
    out["records"] = len(records)

    # trafilatura alone on the same HTML pages, with the arguments dyad.clean.html uses.
    import trafilatura

    pages = [r.data.decode("utf-8") for r in raws if r.media_type == "text/html"]
    t = clock.start()
    for page in pages:
        trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False,
                                    deduplicate=True, favor_precision=True)
    clock.stop("trafilatura", t)
    out["trafilatura_pages"] = len(pages)
    out["trafilatura_mb"] = sum(len(p.encode("utf-8")) for p in pages) / 1e6
    out["wall_s"], out["cpu_s"] = clock.wall, clock.cpu
    return out, records


def store_scaling(records: list[Any], total: int, work: Path, every: int = 64) -> list[dict[str, Any]]:
    """Storing as the database grows: the sample's records stored again and again as new documents
    (new ids, dates moved on by a week per copy, so reports link as often as in the sample), in
    batches as `dyad ingest` commits them. Per-batch time must not grow with the database."""

    import psutil
    from make_corpus import record_copy

    from dyad.run import store_records
    from dyad.store.db import engine_for

    db = work / "store_scaling.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    engine = engine_for(f"sqlite:///{db}")
    me = psutil.Process()
    marks = sorted({m for m in (1000, 10_000, 50_000, 100_000, total) if m <= total})
    out: list[dict[str, Any]] = []
    done, copy_no, window_t, window_n = 0, 0, 0.0, 0
    batch: list[Any] = []
    while done < total:
        for rec in records:
            r = record_copy(rec, copy_no)
            batch.append(r)
            if len(batch) == every:
                t0 = time.perf_counter()
                store_records(engine, batch)
                window_t += time.perf_counter() - t0
                window_n += len(batch)
                done += len(batch)
                batch = []
                if marks and done >= marks[0]:
                    out.append({"documents": done, "ms_per_doc": 1000 * window_t / window_n,
                                "rss_mb": me.memory_info().rss / 1e6})
                    print(f"store scaling: {done} documents, {1000 * window_t / window_n:.2f} ms/doc over "
                          f"the last {window_n}, RSS {me.memory_info().rss / 1e6:.0f} MB", flush=True)
                    marks.pop(0)
                    window_t, window_n = 0.0, 0
                if done >= total:
                    break
        copy_no += 1
    engine.dispose()
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    return out


def profile_report(prof: Any, top: int = 25) -> list[dict[str, Any]]:
    """Functions by own time (tottime), and dyad functions by cumulative time."""
    import pstats

    st = pstats.Stats(prof)
    rows = []
    for (file, line, func), (_cc, nc, tt, ct, _callers) in st.stats.items():  # type: ignore[attr-defined]
        short = file.split("/site-packages/")[-1].split("/src/")[-1]
        rows.append({"func": f"{short}:{line}({func})", "calls": nc, "tottime": tt, "cumtime": ct})
    own = sorted(rows, key=lambda r: -r["tottime"])[:top]
    ours = sorted((r for r in rows if r["func"].startswith("dyad/")), key=lambda r: -r["cumtime"])[:top]
    return [{"kind": "own", **r} for r in own] + [{"kind": "dyad_cum", **r} for r in ours]


# --------------------------------------------------------------------------- report

def mb(v: float | None) -> str:
    return "–" if v is None else f"{v:,.0f}"


def markdown(m: dict[str, Any], runs: list[dict[str, Any]], st: dict[str, Any] | None,
             scaling: list[dict[str, Any]] | None = None) -> str:
    lines = [
        "# dyad benchmark",
        "",
        f"Machine: {m['nproc']} CPUs (`nproc`), {m['cpu']}, {m['ram_gb']} GB RAM; Python {m['python']}, "
        f"{m['os']}. dyad {m['commit']}, run {m['date']}.",
        "",
        "Generated agency-style articles (`bench/make_corpus.py`: English 60%, German 20%, Russian 20%; "
        "a quarter are whole HTML pages) in one JSONL file, ingested by the real `dyad ingest` path "
        "(`dyad.run.ingest`) into a fresh SQLite file. Rate and MB/s are over the ingest call (worker "
        "start-up and model loading included, interpreter start-up not); peak RSS is the sum over the "
        "ingesting process and its workers, sampled every 0.25 s; max RSS/process is `getrusage`. "
        "CPU ms/article is user+system time of the process and its workers per article; 'load before' is "
        "the 1-minute load average when the run started (other work on the machine slows a run down).",
        "",
        "| articles | workers | seconds | articles/s | MB/s | CPU ms/article | peak RSS, MB | RSS 2nd half, MB "
        "| max RSS/process, MB | stored | failed | load before |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in runs:
        per_proc = max(r["maxrss_self_mb"], r["maxrss_children_mb"])
        lines.append(f"| {r['articles']:,} | {r['workers']} | {r['ingest_s']:,.1f} | {r['rate']:.1f} | "
                     f"{r['mb_s']:.2f} | {r['cpu_ms_per_article']:.0f} | {mb(r['peak_rss_mb'])} | "
                     f"{mb(r['rss_late_mb'])} | {mb(per_proc)} | {r['stored']:,} | {r['failed']:,} | "
                     f"{r['load_before']:.1f} |")
    lines.append("")
    two = [r for r in runs if r["workers"] == 2]
    if two:
        best = max(two, key=lambda r: r["articles"])
        ok = best["rate"] >= GOAL_RATE
        ceiling = 2 * 1000 / best["cpu_ms_per_article"]
        lines.append(f"- Goal ≥ {GOAL_RATE:.0f} articles/s with 2 workers: {best['rate']:.1f} at "
                     f"{best['articles']:,} articles, **{'met' if ok else 'not met'}**. At the CPU cost measured "
                     f"({best['cpu_ms_per_article']:.0f} ms/article), two CPUs to itself would give at most "
                     f"{ceiling:.0f} articles/s.")
    for w in sorted({r["workers"] for r in runs}):
        rs = sorted((r for r in runs if r["workers"] == w), key=lambda r: r["articles"])
        if len(rs) >= 2 and rs[-1]["peak_rss_mb"] and rs[-2]["peak_rss_mb"]:
            ratio = rs[-1]["peak_rss_mb"] / rs[-2]["peak_rss_mb"] - 1
            ok = ratio <= GOAL_FLAT
            lines.append(f"- Memory, {w} worker{'s' if w > 1 else ''}: peak RSS at {rs[-1]['articles']:,} is "
                         f"{ratio:+.1%} of that at {rs[-2]['articles']:,} (goal within {GOAL_FLAT:.0%}): "
                         f"**{'flat' if ok else 'grows'}**.")
    if st:
        n = st["records"] or 1
        cpu, wall = st["cpu_s"], st["wall_s"]
        keys = ("read", "clean", "extract", "store")
        total_cpu, total_wall = sum(cpu[k] for k in keys), sum(wall[k] for k in keys)
        lines += [
            "",
            f"Per stage, one process, on the first {st['sample']} articles ({st['bytes'] / 1e6:.1f} MB; "
            f"{st['html_pages']} HTML pages), each stage timed on its own after loading the models "
            f"({cpu['model_load']:.1f} CPU s, once per worker). CPU time is the stage's cost; wall time "
            f"also counts other programs on the machine:",
            "",
            "| stage | CPU ms/article | articles per CPU-second | wall ms/article | share of CPU |",
            "|---|---:|---:|---:|---:|",
        ]
        for name, key in (("read (JSONL → RawDoc)", "read"), ("clean (RawDoc → Doc)", "clean"),
                          ("extract (Doc → Record)", "extract"), ("store (SQLite, batches of 64)", "store")):
            c, w = cpu[key], wall[key]
            lines.append(f"| {name} | {1000 * c / n:.1f} | {n / c if c else float('inf'):,.0f} | "
                         f"{1000 * w / n:.1f} | {c / total_cpu:.0%} |")
        tp = st["trafilatura_pages"] or 1
        hp = st["html_pages"] or 1
        langs = ", ".join(f"{k} {v:.0f} ms ({st['extract_docs_by_lang'][k]} articles)"
                          for k, v in st["extract_cpu_ms_by_lang"].items())
        lines += [
            f"| all stages | {1000 * total_cpu / n:.1f} | {n / total_cpu:,.0f} | {1000 * total_wall / n:.1f} "
            f"| 100% |",
            "",
            f"- clean, CPU per HTML page {1000 * cpu['clean_html'] / hp:.1f} ms, per plain text "
            f"{1000 * cpu.get('clean_text', 0.0) / max(n - hp, 1):.1f} ms. trafilatura alone on the same "
            f"{st['trafilatura_pages']} pages ({st['trafilatura_mb']:.1f} MB): {1000 * cpu['trafilatura'] / tp:.1f} "
            f"CPU ms/page, {tp / cpu['trafilatura'] if cpu['trafilatura'] else 0:,.0f} pages and "
            f"{st['trafilatura_mb'] / cpu['trafilatura'] if cpu['trafilatura'] else 0:.1f} MB per CPU-second.",
            f"- extract, CPU per article by language: {langs}; slowest article {st['extract_max_cpu_ms']:.0f} ms.",
        ]
        if st.get("profile"):
            lines += ["", f"Extract profile (cProfile, CPU time, over the {st['profile_docs']} articles; the profiler "
                          f"roughly doubles the times; own time, top 15):", "",
                      "| function | calls | own s | cumulative s |", "|---|---:|---:|---:|"]
            for r in [r for r in st["profile"] if r["kind"] == "own"][:15]:
                lines.append(f"| `{r['func']}` | {r['calls']:,} | {r['tottime']:.2f} | {r['cumtime']:.2f} |")
            lines += ["", "dyad functions by cumulative time (top 15):", "",
                      "| function | calls | cumulative s |", "|---|---:|---:|"]
            for r in [r for r in st["profile"] if r["kind"] == "dyad_cum"][:15]:
                lines.append(f"| `{r['func']}` | {r['calls']:,} | {r['cumtime']:.2f} |")
    if scaling:
        lines += ["", "Storing as the database grows (the sample's records stored again as new documents, "
                      "batches of 64, SQLite, event linking included; ms/document over the documents since "
                      "the previous row):", "",
                  "| documents in the database | ms/document | RSS of the process, MB |", "|---:|---:|---:|"]
        for r in scaling:
            lines.append(f"| {r['documents']:,} | {r['ms_per_doc']:.2f} | {r['rss_mb']:,.0f} |")
    lines += ["", "Reproduce: `make bench` (or `python bench/run_bench.py --quick` for a short try).", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000", help="comma-separated corpus sizes")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    ap.add_argument("--quick", action="store_true", help="200 and 1000 articles, a 100-article stage sample")
    ap.add_argument("--sample", type=int, default=300, help="articles for the per-stage timing")
    ap.add_argument("--max-serial", type=int, default=None,
                    help="skip 1-worker runs above this size (they only take long)")
    ap.add_argument("--profile", action="store_true", help="cProfile the extract stage on the sample")
    ap.add_argument("--no-stages", action="store_true")
    ap.add_argument("--store-docs", type=int, default=100_000,
                    help="documents for the storing-as-the-database-grows check (0: skip)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--work", type=Path, default=None, help="folder for corpora and databases (default: a temp dir)")
    ap.add_argument("--out", type=Path, default=HERE / "results" / "latest.md")
    ap.add_argument("--child-ingest", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.child_ingest:
        child_ingest(args.child_ingest, int(args.workers), args.db)
        return

    sizes = [200, 1000] if args.quick else [int(s) for s in args.sizes.split(",")]
    workers = [int(w) for w in args.workers.split(",")]
    sample = 100 if args.quick else args.sample
    work = args.work or Path(tempfile.mkdtemp(prefix="dyad-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        m = machine()
        print(f"machine: {m['nproc']} CPUs, {m['cpu']}, {m['ram_gb']} GB; work dir {work}", flush=True)
        paths = corpora(work, sizes, args.seed)
        runs = []
        for n in sizes:
            for w in workers:
                if w == 1 and args.max_serial and n > args.max_serial:
                    continue
                r = run_ingest(paths[n], w, work)
                runs.append(r)
                print(f"{n:>7} articles, {w} worker(s): {r['ingest_s']:.1f}s, {r['rate']:.1f} articles/s, "
                      f"{r['mb_s']:.2f} MB/s, {r['cpu_ms_per_article']:.0f} CPU ms/article, peak RSS "
                      f"{mb(r['peak_rss_mb'])} MB, stored {r['stored']}, failed {r['failed']}, "
                      f"load {r['load_before']:.1f}->{r['load_after']:.1f}", flush=True)
                if r["failures"]:
                    print("   e.g. " + "; ".join(r["failures"][:3]), flush=True)
        st, scaling = None, None
        if not args.no_stages:
            st, records = stages(paths[max(sizes)], sample, work, args.profile)
            store_docs = min(args.store_docs, 5000) if args.quick else args.store_docs
            scaling = store_scaling(records, store_docs, work) if store_docs else None
        report = markdown(m, runs, st, scaling)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(report, encoding="utf-8")
        args.out.with_suffix(".json").write_text(json.dumps({"machine": m, "runs": runs, "stages": st, "store_scaling": scaling},
                                                            indent=2, default=str), encoding="utf-8")
        print(report)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
