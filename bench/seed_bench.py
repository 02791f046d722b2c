"""Seed-like pages: dyad beside trafilatura alone and spaCy alone, and ingest into a growing store.

    python bench/seed_bench.py [--n 1000] [--stores 0,10000,50000,100000] [--out bench/results/seed.md]

The pages are the five founding articles (../shared/corpus/seeds: agency pages with their menus,
save-day headers and footers) copied N times with a line added, the shape of the pages users feed
dyad, as issue 17 measures it. One run writes one table:

- dyad in one process (``dyad.run.run_serial``: read, clean, extract; no store), trafilatura alone
  (``trafilatura.extract`` on the same pages) and spaCy alone (the English pipeline over the same
  pages' text, every component) after their models are loaded: articles per CPU-second, so the
  figure holds whatever else runs on the machine; the ratio dyad/trafilatura is issue 17's;
- ``dyad ingest`` end to end (a fresh process, as a user runs it) with 1 and 2 workers and on a
  local Dask cluster of 2 single-threaded worker processes, into an empty store;
- ``dyad ingest`` with 2 workers into stores that already hold 10k, 50k and 100k documents (built
  by ``store_bench.build``, kept in --work between runs): articles/s and peak memory of the tree.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
sys.path.insert(0, str(ROOT / "bench"))


def as_html(text: str) -> str:
    """The page as a site serves it: the short head lines as a menu, the rest as paragraphs."""
    from html import escape

    lines = [x.strip() for x in text.splitlines() if x.strip()]
    body = next((k for k, x in enumerate(lines) if len(x.split()) > 6), 0)
    nav = "".join(f'<li><a href="/s/{k}">{escape(x)}</a></li>' for k, x in enumerate(lines[:body]))
    paras = "".join(f"<p>{escape(x)}</p>" for x in lines[body:])
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(lines[body])}</title></head><body>"
            f"<header><nav><ul>{nav}</ul></nav></header><main><article><h1>{escape(lines[body])}</h1>{paras}"
            f"</article></main><footer><p>All rights reserved.</p></footer></body></html>")


def make_pages(out: Path, n: int, html: bool = False) -> list[Path]:
    seeds = sorted(SEEDS.glob("*.txt"))
    if not seeds:
        raise SystemExit(f"no seed articles in {SEEDS}")
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        text = f"{text.rstrip()}\n\nCopy {i} of the benchmark pages.\n"
        p = out / f"seed{i:05d}.{'html' if html else 'txt'}"
        p.write_text(as_html(text) if html else text, encoding="utf-8")
        paths.append(p)
    return paths


def cpu() -> float:
    return time.process_time()


def in_process(paths: list[Path], html_paths: list[Path]) -> dict[str, Any]:
    """Per CPU-second, one process, models loaded first. trafilatura reads HTML, so the ratio is
    taken on the same pages served as HTML (dyad runs trafilatura on them itself)."""
    import trafilatura

    from dyad.extractors import models
    from dyad.read import iter_sources
    from dyad.run import limit_threads, run_serial

    limit_threads()
    texts = [p.read_text(encoding="utf-8") for p in paths]
    list(run_serial(iter_sources([str(p) for p in paths[:10]])))  # load every model
    t = cpu()
    records = list(run_serial(iter_sources([str(p) for p in paths])))
    dyad_s = cpu() - t
    t = cpu()
    list(run_serial(iter_sources([str(p) for p in html_paths])))
    dyad_html_s = cpu() - t
    pages = [p.read_text(encoding="utf-8") for p in html_paths]
    trafilatura.extract(pages[0])
    t = cpu()
    for page in pages:
        trafilatura.extract(page, include_comments=False, include_tables=False)
    traf_s = cpu() - t
    nlp = models.english()
    t = cpu()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    spacy_s = cpu() - t
    n = len(paths)
    return {"articles": n, "records": len(records), "dyad_rate": n / dyad_s, "trafilatura_rate": n / traf_s,
            "dyad_html_rate": len(pages) / dyad_html_s, "spacy_rate": n / spacy_s, "ratio": traf_s / dyad_html_s,
            "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def child(pages: str, db: str, workers: int, dask: bool) -> None:
    """A fresh process: what `dyad ingest PAGES --db DB --workers N [--dask ADDR]` does, timed."""
    from dyad.read import iter_sources
    from dyad.run import ingest
    from dyad.store.db import engine_for

    engine = engine_for(db)
    cluster = client = None
    if dask:
        from distributed import Client, LocalCluster

        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    t = time.perf_counter()
    summary = ingest(iter_sources([pages]), engine, workers=workers, dask=client)
    wall = time.perf_counter() - t
    if client is not None:
        client.close()
        cluster.close()
    print(json.dumps({"read": summary.read, "stored": summary.stored, "failed": len(summary.failed),
                      "ingest_s": wall}), flush=True)


def end_to_end(pages: Path, db: Path, workers: int, dask: bool = False) -> dict[str, Any]:
    import psutil
    from run_bench import tree_rss  # the RSS of the process and its workers

    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(pages), "--db", f"sqlite:///{db}",
           "--workers", str(workers)] + (["--dask"] if dask else [])
    load = os.getloadavg()[0]
    proc = psutil.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss(proc))
        time.sleep(0.2)
    out, err = proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"ingest failed:\n{err[-3000:]}")
    res = json.loads(out.strip().splitlines()[-1])
    res.update({"rate": res["read"] / res["ingest_s"], "peak_rss_mb": peak / 1e6, "load_before": load})
    return res


def store_of(size: int, work: Path) -> Path:
    """A SQLite store holding `size` generated documents, built once and kept in `work`."""
    import store_bench

    path = work / f"store_{size}.db"
    if size and not path.exists():
        smaller = sorted((p for p in work.glob("store_*.db") if int(p.stem.split("_")[1]) < size),
                         key=lambda p: int(p.stem.split("_")[1]))
        tmp = work / f"building_{size}.db"
        if smaller:
            shutil.copy(smaller[-1], tmp)
        store_bench.build(f"sqlite:///{tmp}", size, seed=7)
        tmp.rename(path)
    return path


def fresh_copy(store: Path, work: Path) -> Path:
    db = work / "ingest.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    if store.exists():
        shutil.copy(store, db)
    return db


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--stores", default="0,10000,50000,100000", help="store sizes for the 2-worker ingest")
    ap.add_argument("--work", type=Path, default=Path("/tmp/dyad-seed-bench"))
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "seed.md")
    ap.add_argument("--child")
    ap.add_argument("--db")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--dask", action="store_true")
    a = ap.parse_args(argv)
    if a.child:
        child(a.child, a.db, a.workers, a.dask)
        return
    a.work.mkdir(parents=True, exist_ok=True)
    pages_dir = a.work / f"pages{a.n}"
    paths = make_pages(pages_dir, a.n)
    html_paths = make_pages(a.work / f"html{a.n}", a.n, html=True)
    rev = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                         text=True).stdout.strip()
    lines = [f"# Seed-like pages ({a.n}; dyad {rev}; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; "
             f"{os.cpu_count()} CPUs)", ""]
    ip = in_process(paths, html_paths)
    lines += ["One process, after loading the models, per CPU-second:", "",
              "| what | articles per CPU-second |", "|---|---:|",
              f"| dyad (read, clean, extract), text pages | {ip['dyad_rate']:.1f} |",
              f"| dyad, the same pages as HTML | {ip['dyad_html_rate']:.1f} |",
              f"| trafilatura alone, the HTML pages | {ip['trafilatura_rate']:.1f} |",
              f"| spaCy alone (en_core_web_sm, all components) | {ip['spacy_rate']:.1f} |", "",
              f"Ratio dyad / trafilatura on the HTML pages: **{ip['ratio']:.3f}** (goal ≥ 0.25).", ""]
    lines += ["`dyad ingest` end to end (fresh process, models loaded inside, SQLite):", "",
              "| store before | run | articles/s | peak RSS of the tree, MB | load before |",
              "|---:|---|---:|---:|---:|"]
    runs = [(0, "1 worker", 1, False), (0, "2 workers", 2, False), (0, "Dask, 2 workers", 1, True)]
    runs += [(int(s), "2 workers", 2, False) for s in a.stores.split(",") if int(s)]
    for size, label, workers, dask in runs:
        db = fresh_copy(store_of(size, a.work), a.work)
        r = end_to_end(pages_dir, db, workers, dask)
        lines.append(f"| {size:,} | {label} | {r['rate']:.1f} | {r['peak_rss_mb']:,.0f} | {r['load_before']:.1f} |")
        print(lines[-1], flush=True)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
