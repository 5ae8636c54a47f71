#!/usr/bin/env bash
# The learned judge against the rules alone, on the corpus's dev and test splits and on the gold
# sets, and the learning curve (the judge trained on 25 %, 50 %, 100 % of the train split).
# Writes benchmarks/results/corpus/*.json and gold_sets.json; ships the 100 % judge in
# src/peristiwa/judge. About 12 minutes of CPU. Needs ../shared (or PERISTIWA_SHARED).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${PERISTIWA_SHARED:-../shared}
OUT=benchmarks/results/corpus
PY=.venv/bin/python
mkdir -p "$OUT"
$PY -m peristiwa.corpus build --shared "$SHARED"
for f in 0.25 0.5 1.0; do
  $PY -m peristiwa.training events --shared "$SHARED" --fraction $f --output build/judge-$f > "$OUT/train-$f.json"
done
$PY -m peristiwa.corpus evaluate --split dev --split test --no-judge > "$OUT/rules.json"
for f in 0.25 0.5 1.0; do
  rm -rf src/peristiwa/judge && cp -r build/judge-$f src/peristiwa/judge
  $PY -m peristiwa.corpus evaluate --split dev --split test > "$OUT/judge-$f.json"
done
# the gold sets: dev (tuning), the second set (tuning), gold_blind (held out, never tuned on)
echo "{" > "$OUT/gold_sets.json"
first=1
for s in dev:$SHARED/gold/dev extra:tests/data/gold_extra blind:tests/data/gold_blind; do
  name=${s%%:*}; dir=${s#*:}
  for judge in judge rules; do
    pred=build/pred-$name-$judge.jsonl
    if [ $judge = rules ]; then mv src/peristiwa/judge build/judge-off; fi
    .venv/bin/peristiwa extract "$dir"/*.txt -o "$pred" 2>/dev/null || true
    if [ $judge = rules ]; then mv build/judge-off src/peristiwa/judge; fi
    [ $first = 1 ] || echo "," >> "$OUT/gold_sets.json"; first=0
    printf '"%s-%s": ' "$name" "$judge" >> "$OUT/gold_sets.json"
    .venv/bin/peristiwa eval "$dir" "$pred" --json >> "$OUT/gold_sets.json"
  done
done
echo "}" >> "$OUT/gold_sets.json"
