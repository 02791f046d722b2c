"""Score dyad's event coding on the held-out one-sentence PLOVER set (sentences.tsv).

    python bench/plover_sentences/score.py [--verbose] [PATH.tsv]

PATH.tsv defaults to this folder's sentences.tsv; any set in the same columns can be scored
(bench/plover_sentences2, 3 and 4 hold the later held-out sets).

A sentence counts for "category" when one of dyad's events for it has the expected PLOVER
category, and for "with actors" when that event's source and target countries (first three
letters of the actor codes) are the expected ones, either way round (the set gives one
direction for mutual acts).
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

import dyad

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    paths = [a for a in argv if not a.startswith("--")]
    tsv = Path(paths[0]) if paths else HERE / "sentences.tsv"
    rows = list(csv.DictReader(tsv.open(encoding="utf-8"), delimiter="\t"))
    cat = act = found_any = 0
    per_cat: Counter[str] = Counter()
    per_total: Counter[str] = Counter()
    per_lang: Counter[str] = Counter()
    lang_total: Counter[str] = Counter()
    for r in rows:
        rec = dyad.extract(r["sentence"], source=f"{r['id']}.txt")
        evs = [(e.plover, (e.source or "")[:3], (e.target or "")[:3], e.cameo) for e in rec.events]
        want = {r["source"][:3], r["target"][:3]}
        hit = any(p == r["plover"] for p, *_ in evs)
        with_actors = any(p == r["plover"] and {s, t} == want for p, s, t, _c in evs)
        cat += hit
        act += with_actors
        found_any += bool(evs)
        per_total[r["plover"]] += 1
        per_cat[r["plover"]] += hit
        lang_total[r["lang"]] += 1
        per_lang[r["lang"]] += hit
        if verbose and not with_actors:
            print(f"{'XX' if not hit else 'A?'} {r['id']} {r['plover']} {r['source']}->{r['target']} | "
                  f"{r['sentence'][:90]} -> {evs}")
    n = len(rows)
    print(f"sentences {n}; any event {found_any / n:.2f}; category {cat / n:.3f}; with actors {act / n:.3f}")
    print("by category:", {k: f"{per_cat[k]}/{per_total[k]}" for k in sorted(per_total)})
    print("by language:", {k: f"{per_lang[k]}/{lang_total[k]}" for k in sorted(lang_total)})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
