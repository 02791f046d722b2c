#!/usr/bin/env bash
# Refactoring guard: extract every corpus we have (seeds, fixtures, the development set's pages,
# the generated bench corpus, PETRARCH-2 and every PLOVER sentence set's records) and compare with a snapshot.
#   bench/same_output.sh snap DIR    write the snapshot
#   bench/same_output.sh check DIR   extract again and diff against DIR (exit 1 on any change)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=$1; dir=$2
PY=${PY:-.venv/bin/python}
out=$([ "$mode" = snap ] && echo "$dir" || mktemp -d)
mkdir -p "$out"
export PYTHONPATH=src
gen=$(mktemp -d)  # records carry their source path: written as GEN/ below
"$PY" bench/make_corpus.py --n 300 --out "$gen" --format files >/dev/null
for name in seeds:../shared/corpus/seeds fixtures:tests/fixtures/articles gen:"$gen" \
            $(for b in bench/devset/b*/pages; do echo "$(basename "$(dirname "$b")"):$b"; done); do
  src=${name#*:}; [ -d "$src" ] || continue
  "$PY" -m dyad.cli extract "$src" --format jsonl 2>/dev/null \
    | "$PY" -c 'import json,sys
for l in sys.stdin:
    r=json.loads(l); r.pop("extracted_at",None); r.pop("fetched",None)
    r["source"]=str(r.get("source","")).replace(sys.argv[1],"GEN")
    print(json.dumps(r,sort_keys=True,ensure_ascii=False))' "$gen" \
    | sort > "$out/${name%%:*}.jsonl"
done
"$PY" bench/petr2_eval.py --out "$out/petr2.jsonl" >/dev/null 2>&1 || true
"$PY" bench/plover_sentences/score.py > "$out/plover.txt" 2>&1 || true
"$PY" bench/plover_dump.py > "$out/plover_all.jsonl" 2>/dev/null || true
rm -rf "$gen"
if [ "$mode" = check ]; then
  status=0
  for f in "$dir"/*; do
    b=$(basename "$f")
    if ! cmp -s "$f" "$out/$b"; then echo "CHANGED: $b ($(diff "$f" "$out/$b" | grep -c '^[<>]') lines)"; status=1; fi
  done
  [ $status = 0 ] && echo "same output on every corpus"
  echo "new output in $out"
  exit $status
fi
