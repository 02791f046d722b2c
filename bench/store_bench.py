"""The store side at scale, without extraction: storing and linking cost per document as the
store grows, and the first page of every list command and API endpoint on a large store.

Records are made here (no spaCy, no trafilatura), so that 100k documents take minutes: each
document reports one to three of the day's meetings, talks, visits and calls among 180 officials
of 12 countries (the heads of state in most of them, as in agency news), 40 documents a day over
about seven years at 100k. A report may be dated the next day, without a year (5%) or not at all
(its document undated too, 2%); a place is left out in a third. Two figures and two quotes a
document. Record `i` depends only on `(seed, i)`.

    python bench/store_bench.py --docs 100000 --db /tmp/store100k.db          # build, linking ms/doc
    python bench/store_bench.py --db /tmp/store100k.db --lists                # first pages, 100k
    python bench/store_bench.py --docs 10000 --db /tmp/s10k.db --lists        # both
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

COUNTRIES = ["BLR", "KAZ", "RUS", "UZB", "KGZ", "CHN", "AZE", "ARM", "DEU", "TUR", "TJK", "MNG"]
OFFICIALS = 15  # per country; the first is the head of state
DOCS_PER_DAY = 40
EVENTS_PER_DAY = 12
START = date(2019, 1, 1)
KINDS = [("meeting", "CONSULT", "040"), ("talks", "CONSULT", "040"), ("visit", "CONSULT", "042"),
         ("phone_call", "CONSULT", "040"), ("agreement_signing", "AGREE", "057")]
PLACES = ["Minsk", "Astana", "Moscow", "Tashkent", "Bishkek", "Beijing", "Baku", "Yerevan", "Berlin", "Ankara",
          "Dushanbe", "Ulaanbaatar"]
OUTLETS = ["BelTA", "Kazinform", "TASS", "UzA", "Kabar", "Xinhua", "Azertac", "Armenpress", "DPA", "AA"]
FILLER = ("The sides discussed trade, transport and energy, and the implementation of earlier agreements. "
          "Both stressed the importance of regular contacts at the highest level. ") * 5


def person(country: int, k: int) -> Any:
    from dyad.model import Person

    c = COUNTRIES[country]
    name = f"Official{k} {c.title()}ov"
    return Person(name, name, "President" if k == 0 else f"Minister {k}", c, f"{c.lower()}-official-{k}",
                  (0, len(name)))


def day_events(day: int, seed: int) -> list[tuple[int, int, int, int, int, int]]:
    """The real events of one day: (country a, official a, country b, official b, kind, place)."""
    rng = random.Random(f"{seed}:day:{day}")
    out = []
    for _ in range(EVENTS_PER_DAY):
        a, b = rng.sample(range(len(COUNTRIES)), 2)
        # Heads of state meet most: agency news is about them.
        ka, kb = (0, 0) if rng.random() < 0.5 else (rng.randrange(OFFICIALS), rng.randrange(OFFICIALS))
        out.append((a, ka, b, kb, rng.randrange(len(KINDS)), rng.choice((a, b))))
    return out


def record(i: int, seed: int = 7) -> Any:
    from dyad.model import Doc, Event, Figure, Quote, Record

    rng = random.Random(f"{seed}:{i}")
    day_no = i // DOCS_PER_DAY
    day = START + timedelta(days=day_no)
    r = rng.random()
    published = day.isoformat() if r > 0.07 else (day.strftime("--%m-%d") if r > 0.02 else None)
    text = f"Report {i}. {FILLER}"
    doc = Doc(doc_id=f"{seed:02x}{i:014x}", source=f"synthetic/{i}.txt", text=text, language="en",
              outlet=rng.choice(OUTLETS), title=f"Report {i}", published=published,
              dateline_place=rng.choice(PLACES))
    events, people = [], []
    todays = day_events(day_no, seed)
    for ca, ka, cb, kb, kind, place in rng.sample(todays, rng.randint(1, 3)):
        pa, pb = person(ca, ka), person(cb, kb)
        when: str | None = (day + timedelta(days=rng.random() < 0.1)).isoformat()
        if published is None:
            when = None
        elif published.startswith("--"):
            when = published
        name, plover, cameo = KINDS[kind]
        if name == "meeting" and rng.random() < 0.3:
            name = "talks"  # the same meeting, called talks by another outlet
        events.append(Event(name, plover, cameo, pa.country, pb.country, when,
                            None if rng.random() < 0.33 else PLACES[place], [pa, pb], (0, 40)))
        people += [pa, pb]
    pair = sorted({people[0].country, people[1].country})
    quarter = (day.month - 1) // 3 + 1
    # Most outlets repeat the official figure; some round it or report another source's.
    value = 1.0e9 if rng.random() < 0.8 else rng.choice([1.1e9, 1.5e9, 2.0e9])
    figures = [Figure(f"trade reached {value}", "trade_turnover", value, "USD", None, f"{day.year}-Q{quarter}",
                      rng.choice(["exact", "approx", "over", "almost"]), pair, False, people[0].name_en, (40, 60)),
               Figure("investment of 300 million", "investment", 3.0e8, "USD", None, str(day.year), "approx", pair,
                      False, None, (60, 80))]
    quotes = [Quote(p.name, p.name_en, p.actor_id, f"We value our partnership ({i}).", (60, 90))
              for p in people[:2]]
    return Record(doc=doc, people=people, events=events, figures=figures, quotes=quotes)


def build(db: str, docs: int, seed: int, batch: int = 64, marks: tuple[int, ...] = (),
          window_docs: int = 2048) -> list[dict[str, Any]]:
    """Store documents [stored, docs) in batches as `dyad ingest` commits them; CPU ms/document of
    writing and of linking, apart, over the `window_docs` documents before each mark."""
    from dyad.run import link_pending
    from dyad.store.db import _store_batch, counts, engine_for

    engine = engine_for(db)
    start = counts(engine)["documents"]
    out: list[dict[str, Any]] = []
    window: list[tuple[int, float, float, float]] = []  # (documents, store CPU s, link CPU s, wall s)
    pending = sorted(m for m in marks if m > start)
    i = start
    while i < docs:
        recs = [record(k, seed) for k in range(i, min(i + batch, docs))]
        # dyad.run.store_records' two halves, timed apart: writing the batch, then linking its reports.
        # CPU time of this process (SQLite runs in it): what the parent pays whatever else runs on
        # the machine; the wall time is printed beside it.
        t0, c0 = time.perf_counter(), time.process_time()
        _stored, _dup, new_ids = _store_batch(engine, recs, [], raise_refused=True)
        c1 = time.process_time()
        link_pending(engine, new_ids)
        window.append((len(recs), c1 - c0, time.process_time() - c1, time.perf_counter() - t0))
        i += len(recs)
        window = window[-(window_docs // batch):]
        if pending and i >= pending[0]:
            n = sum(w[0] for w in window)
            ms_store = 1000 * sum(w[1] for w in window) / n
            ms_link = 1000 * sum(w[2] for w in window) / n
            ms_wall = 1000 * sum(w[3] for w in window) / n
            out.append({"documents": i, "store_cpu_ms_per_doc": round(ms_store, 3),
                        "link_cpu_ms_per_doc": round(ms_link, 3), "wall_ms_per_doc": round(ms_wall, 3), "window": n,
                        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                        "load": os.getloadavg()[0]})
            print(f"stored {i}: CPU ms/doc writing {ms_store:.2f}, linking {ms_link:.2f} (wall {ms_wall:.2f}) over "
                  f"the last {n}; max RSS {out[-1]['max_rss_mb']} MB; load {os.getloadavg()[0]:.1f}", flush=True)
            pending.pop(0)
    engine.dispose()
    return out


def time_lists(db: str) -> list[dict[str, Any]]:
    """First page of each list: the CLI in a fresh process (as a user runs it), the API in process."""
    from fastapi.testclient import TestClient

    from dyad.store.db import engine_for
    from dyad.web.api import create_app

    engine_for(db).dispose()  # an older store gets the indexes added since, as at its next ingest

    out: list[dict[str, Any]] = []
    cli = "from dyad.cli import app; app()"
    env = {"PYTHONPATH": str(ROOT / "src"), "COLUMNS": "160", "PATH": "/usr/bin:/bin"}

    def children_cpu() -> float:
        ru = resource.getrusage(resource.RUSAGE_CHILDREN)
        return ru.ru_utime + ru.ru_stime

    # --help: the fixed cost of a command (Python, Typer, Rich), before it imports SQLAlchemy.
    for cmd in (["--help"], ["events"], ["people"], ["figures"], ["quotes"], ["claims"],
                ["claims", "--format", "json"]):
        args = [sys.executable, "-c", cli, *cmd] + (["--db", db] if cmd != ["--help"] else [])
        t0, c0 = time.perf_counter(), children_cpu()
        res = subprocess.run(args, capture_output=True, text=True, env=env)
        dt, cpu = time.perf_counter() - t0, children_cpu() - c0
        out.append({"what": "dyad " + " ".join(cmd), "seconds": round(dt, 3), "cpu_s": round(cpu, 3),
                    "ok": res.returncode == 0, "output_kb": round(len(res.stdout) / 1024)})
    with TestClient(create_app(db), base_url="http://localhost") as client:  # known Host names only
        for path in ("/api/events", "/api/events?country=KAZ", "/api/events?actor=kaz-official-0",
                     "/api/actors", "/api/actors/kaz-official-0", "/api/figures", "/api/claims",
                     "/api/claims?conflicts=true", "/api/series?pair=BLR-KAZ&metric=trade_turnover",
                     "/api/quotes", "/api/documents", "/api/search?q=Report%2099", "/api/facets"):
            client.get(path)  # warm: the first request also pays for the app's imports
            t0, c0 = time.perf_counter(), time.process_time()
            res = client.get(path)
            dt, cpu = time.perf_counter() - t0, time.process_time() - c0
            out.append({"what": "GET " + path, "seconds": round(dt, 3), "cpu_s": round(cpu, 3),
                        "ok": res.status_code == 200, "output_kb": round(len(res.content) / 1024)})
    for row in out:
        print(f"{row['what']:<55} {row['seconds']:7.3f} s  CPU {row['cpu_s']:6.3f} s  "
              f"{'ok' if row['ok'] else 'FAILED'}  {row['output_kb']} KB", flush=True)
    # The largest CLI process and this one (the API): pages, not the store, must set these.
    cli_rss = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    api_rss = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    out.append({"what": "max RSS", "cli_mb": cli_rss, "api_mb": api_rss})
    print(f"max RSS of a CLI command {cli_rss} MB; of the API process {api_rss} MB; load {os.getloadavg()[0]:.1f}",
          flush=True)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="SQLAlchemy URL or a SQLite file path")
    ap.add_argument("--docs", type=int, default=0, help="Store documents up to this many (resumes a store)")
    ap.add_argument("--marks", default="10000,50000,100000", help="Report ms/doc at these store sizes")
    ap.add_argument("--window", type=int, default=2048, help="Documents before each mark to average over")
    ap.add_argument("--lists", action="store_true", help="Time the first page of every list")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", type=Path, help="Write the numbers here")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    db = args.db if "://" in args.db else f"sqlite:///{args.db}"
    result: dict[str, Any] = {"db": db}
    if args.docs:
        marks = tuple(int(m) for m in args.marks.split(",") if m)
        result["store"] = build(db, args.docs, args.seed, marks=marks + (args.docs,), window_docs=args.window)
    if args.lists:
        result["lists"] = time_lists(db)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
