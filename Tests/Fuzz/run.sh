#!/usr/bin/env bash
# Fuzzes load → parse → link → render for SECONDS (default 600), from the seed
# site in Content/ and the cases in Tests/Fuzz/corpus/. Findings are saved in
# Tests/Fuzz/crashers/; each becomes a regression test (FuzzRegressionTests).
# Not part of CI.
#
#   Tests/Fuzz/run.sh [SECONDS] [SEED]
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
total=${1:-600}
seed=${2:-$(date +%s)}
scratch=.build-fuzz
crashers=Tests/Fuzz/crashers

swift build -c release --product parley-fuzz --scratch-path "$scratch" || exit 2
fuzz="$scratch/release/parley-fuzz"

start=$(date +%s)
runs=0
while :; do
  left=$(( total - ($(date +%s) - start) ))
  (( left > 0 )) || break
  "$fuzz" --seconds "$left" --seed "$seed" --corpus Tests/Fuzz/corpus --crashers "$crashers"
  status=$?
  runs=$((runs + 1))
  if (( status > 128 )) && [[ -f "$crashers/.last-case" ]]; then
    # Killed before its own handler could save the case (e.g. out of memory).
    mv "$crashers/.last-case" "$crashers/crash-$seed-signal$((status - 128)).case"
    echo "parley-fuzz: died of signal $((status - 128)); case saved in $crashers/" >&2
  fi
  rm -f "$crashers/.last-case"
  seed=$((seed + 1))
done
echo "run.sh: $runs fuzzer runs in $(( $(date +%s) - start )) s; findings in $crashers/:"
ls "$crashers" | grep -v '^\.' || echo "  none"
