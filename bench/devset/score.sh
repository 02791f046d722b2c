#!/usr/bin/env bash
# Score dyad on the development set of real pages (bench/devset/README.md): each batch and all
# together. The page texts are git-ignored; restore them first (README) on a new machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
DYAD=${DYAD:-.venv/bin/dyad}
SCORER=${SCORER:-../shared/eval/score.py}
OUT=${OUT:-$(mktemp -d)}
mkdir -p "$OUT/all/gold"
for b in bench/devset/b*/; do
  name=$(basename "$b")
  [ -d "$b/pages" ] || { echo "$name: pages missing (restore them first)"; continue; }
  ls "$b"/gold/*.json >/dev/null 2>&1 || { echo "$name: no gold yet"; continue; }
  "$DYAD" extract "$b/pages" --format jsonl > "$OUT/$name.jsonl" 2>"$OUT/$name.err"
  cat "$OUT/$name.jsonl" >> "$OUT/all.jsonl"
  cp "$b"/gold/*.json "$OUT/all/gold/"
  printf '%s: ' "$name"; python3 "$SCORER" "$OUT/$name.jsonl" "$b/gold" | grep overall
done
python3 "$SCORER" "$OUT/all.jsonl" "$OUT/all/gold" ${VERBOSE:+--verbose}
echo "predictions in $OUT"
