"""Score only agreement_signing events: the a3agree audit's gold lists no other event type.

usage: python3 bench/audit/a3agree/score_signing.py PRED.jsonl GOLD_DIR [-v]
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

spec = importlib.util.spec_from_file_location("sc", "/work/shared/eval/score.py")
sc = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
spec.loader.exec_module(sc)  # type: ignore[union-attr]


def names(events: list[dict]) -> list[list[str | None]]:
    return [[q.get("name_en") for q in e.get("participants") or []] for e in events]


def main(argv: list[str]) -> None:
    recs = {}
    for line in Path(argv[1]).read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        recs[Path(rec["source"]).stem] = rec
    tp = npred = ngold = 0
    for path in sorted(Path(argv[2]).glob("*.json")):
        gold, pred = json.loads(path.read_text(encoding="utf-8")), recs.get(path.stem, {})
        pe = [e for e in pred.get("events") or [] if e.get("type") == "agreement_signing"]
        ge = gold.get("events") or []

        def match(p: dict, g: dict) -> bool:
            gps = g.get("participants") or []
            return sum(any(sc.same_person(x, y) for x in p.get("participants") or []) for y in gps) * 2 >= len(gps)

        pairs = sc.greedy(pe, ge, match)
        tp, npred, ngold = tp + len(pairs), npred + len(pe), ngold + len(ge)
        if len(pairs) < max(len(pe), len(ge)) and "-v" in argv:
            print(path.stem, "pred", names(pe), "gold", names(ge))
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"signing events P {p:.3f} R {r:.3f} F1 {f1:.3f} ({tp} of {npred} predicted, {ngold} gold)")


if __name__ == "__main__":
    main(sys.argv)
