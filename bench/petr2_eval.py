"""Score dyad's CAMEO coder on the PETRARCH-2 gold-standard validation sentences.

    python bench/petr2_eval.py [--out gsr_cameo.jsonl] [--explain] [--misses]

Runs dyad.extractors.cameo.code_sentence over every text/*.txt of external/petr2_gsr (English,
one record per file), writes the records as JSONL and prints score_cameo.py's table.
--misses prints, per sentence, the triples predicted and expected where they differ.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from dyad.extractors.cameo import code_sentence

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GSR = SHARED / "external" / "petr2_gsr"
SCORER = SHARED / "eval" / "score_cameo.py"


def records(text_dir: Path) -> list[dict]:
    out = []
    for path in sorted(text_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8").strip()
        events = code_sentence(text, "en") if text else []
        out.append({
            "source": str(path),
            "events": [{"cameo": e.cameo, "plover": e.plover, "source": e.source, "target": e.target,
                        "verb": e.verb, "rule": e.rule} for e in events],
        })
    return out


def _triples(events: list[dict]) -> list[tuple[str, str, str]]:
    return sorted((str(e["cameo"])[:2], str(e.get("source") or "")[:3], str(e.get("target") or "")[:3])
                  for e in events if e.get("cameo"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "bench" / "petr2_gsr.jsonl"))
    ap.add_argument("--gsr", default=str(GSR))
    ap.add_argument("--misses", action="store_true", help="print sentences whose triples differ from gold")
    args = ap.parse_args(argv)
    gsr = Path(args.gsr)
    t0 = time.perf_counter()
    recs = records(gsr / "text")
    took = time.perf_counter() - t0
    out = Path(args.out)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    if args.misses:
        gold = {json.loads(line)["id"]: json.loads(line) for line in (gsr / "gold.jsonl").open(encoding="utf-8")}
        for r in recs:
            gid = Path(r["source"]).stem
            g = _triples(gold.get(gid, {}).get("events", []))
            p = _triples(r["events"])
            if g != p:
                text = Path(r["source"]).read_text(encoding="utf-8").strip()
                print(f"== {gid}: {text}\n   gold {g}\n   pred {p}")
                for e in r["events"]:
                    print(f"      {e['cameo']} {e['source']} -> {e['target']}  [{e['verb']}] {e['rule']}")
    print(f"{len(recs)} sentences coded in {took:.2f}s -> {out}")
    res = subprocess.run([sys.executable, str(SCORER), str(out), str(gsr / "gold.jsonl")],
                         capture_output=True, text=True, check=False)
    print(res.stdout, end="")
    if res.returncode:
        print(res.stderr, end="", file=sys.stderr)
    return res.returncode


if __name__ == "__main__":
    sys.exit(main())
