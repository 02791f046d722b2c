"""Every record dyad makes for the one-sentence PLOVER sets, one JSON line each (for same_output.sh)."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import dyad

HERE = Path(__file__).resolve().parent


def main() -> int:
    for tsv in sorted(HERE.glob("plover_sentences*/sentences.tsv")):
        for r in csv.DictReader(tsv.open(encoding="utf-8"), delimiter="\t"):
            rec = dyad.extract(r["sentence"], source=f"{r['id']}.txt").to_json()
            rec.pop("extracted_at", None)
            print(json.dumps({"set": tsv.parent.name, **rec}, sort_keys=True, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
