"""How fast `dyad series` answers on a large store (issue 15: a yearly series within 1 s at 100k documents).

Builds (once; reused when the file exists) a SQLite store of --docs documents: the records of a
--sample of bench/make_corpus.py articles, extracted once, stored again and again as new documents
(new ids, dates moved on by a week per copy, as run_bench.store_scaling does), event linking
included. Then times `dyad.series.dyad_series` for the busiest pair by year, quarter and month,
both directions and one, on a warm and a cold engine, and writes bench/results/series.md.

    python bench/series_bench.py --docs 100000 --db /tmp/series100k.db
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


from make_corpus import record_copy  # noqa: E402  (bench/ is on the path above)


def sample_records(n: int, seed: int) -> list[Any]:
    import make_corpus

    import dyad.run  # noqa: F401  (first: one BLAS thread, as in a real run)
    from dyad.read import Failure, iter_sources
    from dyad.stages import process

    work = Path(f"/tmp/dyad-series-sample-{seed}-{n}.jsonl")
    with work.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(make_corpus.jsonl_line(*make_corpus.article(i, seed)) + "\n")
    records = []
    for raw in iter_sources([str(work)]):
        if isinstance(raw, Failure):
            continue
        try:
            records.append(process(raw))
        except Exception:  # an article the pipeline refuses is simply not in the sample
            continue
    work.unlink()
    return records


def build(db: Path, docs: int, sample: int, seed: int) -> None:
    from dyad.run import store_records
    from dyad.store.db import engine_for

    records = sample_records(sample, seed)
    print(f"sample: {len(records)} records", flush=True)
    engine = engine_for(f"sqlite:///{db}")
    done, copy_no, batch = 0, 0, []
    t0 = time.perf_counter()
    while done < docs:
        for rec in records:
            r = record_copy(rec, copy_no)
            batch.append(r)
            if len(batch) == 64 or done + len(batch) >= docs:
                store_records(engine, batch)
                done += len(batch)
                batch = []
                if done % 6400 == 0:
                    print(f"stored {done} in {time.perf_counter() - t0:.0f} s", flush=True)
                if done >= docs:
                    break
        copy_no += 1
    engine.dispose()


def timed(fn: Any, repeat: int = 3) -> tuple[float, float, Any]:
    """Best wall and best CPU seconds of `repeat` calls. CPU time is the cost of the call whatever else
    runs on the machine; wall time is what a user waits on this machine at this load."""
    wall, cpu, out = float("inf"), float("inf"), None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        out = fn()
        wall, cpu = min(wall, time.perf_counter() - t0), min(cpu, time.process_time() - c0)
    return wall, cpu, out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--sample", type=int, default=200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--db", type=Path, default=Path("/tmp/dyad-series-100k.db"))
    ap.add_argument("--build-only", action="store_true")
    ap.add_argument("--out", type=Path, default=HERE / "results" / "series.md")
    args = ap.parse_args(argv)
    if not args.db.exists():
        build(args.db, args.docs, args.sample, args.seed)
    if args.build_only:
        return
    from sqlalchemy import func, select

    from dyad.series import dyad_series
    from dyad.store import schema as t
    from dyad.store.db import engine_for

    url = f"sqlite:///{args.db}"
    engine = engine_for(url)
    with engine.connect() as conn:
        n_docs = conn.execute(select(func.count()).select_from(t.documents)).scalar_one()
        n_events = conn.execute(select(func.count()).select_from(t.events)).scalar_one()
        top = conn.execute(select(t.figures.c.pair, func.count()).where(t.figures.c.pair.like("%-%"))
                           .group_by(t.figures.c.pair).order_by(func.count().desc()).limit(1)).first()
    busiest = top[0] if top else "BLR-KAZ"
    load = os.getloadavg()[0]
    lines = [f"# `dyad series` on a store of {n_docs:,} documents ({n_events:,} event reports), SQLite", "",
             f"1-minute load average before: {load:.1f} on {os.cpu_count()} CPUs (other work on the machine). "
             "Best of 3 calls; `cold` is the first call on a new engine (an empty SQLite page cache), "
             "`warm` the best later call; CPU is the process's CPU time for the call.", "",
             "| pair | by | direction | cold wall s | warm wall s | warm CPU s | rows | events |",
             "|---|---|---|---:|---:|---:|---:|---:|"]
    for pair in dict.fromkeys([busiest, "BLR-KAZ"]):
        for by in ("year", "quarter", "month"):
            for frm in (None, pair[:3]):
                cold_engine = engine_for(url)
                t0 = time.perf_counter()
                dyad_series(cold_engine, pair, by, source=frm)
                cold = time.perf_counter() - t0
                cold_engine.dispose()
                wall, cpu, rows = timed(lambda pair=pair, by=by, frm=frm: dyad_series(engine, pair, by, source=frm))
                line = (f"| {pair} | {by} | {frm + ' ->' if frm else 'both'} | {cold:.3f} | {wall:.3f} | {cpu:.3f} | "
                        f"{len(rows)} | {sum(r['events'] for r in rows):,} |")
                print(line, flush=True)
                lines.append(line)
    lines += ["", "Reproduce: `python bench/series_bench.py --docs 100000 --db /tmp/dyad-series-100k.db`."]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
