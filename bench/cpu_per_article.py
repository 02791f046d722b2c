"""CPU milliseconds per seed-like article in one process, after the models are loaded.

    PYTHONPATH=src python bench/cpu_per_article.py [--n 300] [--passes 2] [--profile 100] [--pages DIR ...]

The pages are ``seed_bench.make_pages``' (the five seeds copied with a line added), or with
``--pages`` every file of the given folders (real pages: the development set's), read once;
each pass runs ``dyad.stages.process`` (clean, extract; no store) over all of them and reports
``process_time`` per article, the figure that holds whatever else runs on the machine (wall
time does not). ``--profile N`` then runs N pages under cProfile (which counts CPU time here)
and prints the top functions by own time and by cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from seed_bench import make_pages  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--profile", type=int, default=0, help="pages to run under cProfile after the passes")
    ap.add_argument("--top", type=int, default=35)
    ap.add_argument("--save", type=Path, help="write the profile's raw stats here (pstats)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/cpu-per-article"))
    ap.add_argument("--pages", type=Path, nargs="+", help="folders of real pages instead of the seed-like ones")
    a = ap.parse_args(argv)

    from dyad.read import read_file
    from dyad.run import limit_threads
    from dyad.stages import process

    limit_threads()
    paths = (sorted(p for d in a.pages for p in d.iterdir() if p.is_file()) if a.pages
             else make_pages(a.work, a.n))
    raws = [read_file(p) for p in paths]
    for raw in raws[:10]:  # load every model
        process(raw)
    runs = []
    for _ in range(a.passes):
        t = time.process_time()
        for raw in raws:
            process(raw)
        runs.append((time.process_time() - t) * 1000 / len(raws))
    print("CPU ms/article:", " ".join(f"{x:.1f}" for x in runs), flush=True)
    if a.profile:
        prof = cProfile.Profile(time.process_time)
        prof.enable()
        for raw in raws[: a.profile]:
            process(raw)
        prof.disable()
        if a.save:
            prof.dump_stats(a.save)
        for key in ("tottime", "cumulative"):
            out = io.StringIO()
            pstats.Stats(prof, stream=out).sort_stats(key).print_stats(a.top)
            print(out.getvalue())


if __name__ == "__main__":
    main()
