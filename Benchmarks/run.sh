#!/usr/bin/env bash
# Parley's build benchmark, beside Hugo and the floor, on the same corpus.
#
#   Benchmarks/run.sh                 N = 100 and 1000, 5 timed runs each
#   SIZES="100" RUNS=3 Benchmarks/run.sh
#   TRAITS=Mimalloc Benchmarks/run.sh  the same, parley built on mimalloc (libmimalloc-dev)
#
# Builds parley in release, writes a corpus with gen_corpus.py (N interviews x
# 10 questions, max(20, N/5) topics, 2N figures; deterministic from SEED), and
# reports for each N:
#   - `parley build` into a new folder: median wall, CPU and peak RSS (measure.py);
#   - parley-benchmark (Benchmarks/Sources): the phases of a full build (list
#     files, load and parse, link, plan, render and write, with the threads'
#     time rendering and writing), pages per second, MB/s of Markdown, peak
#     RSS, and a rebuild in the same process after one answer changed (as
#     `parley serve` rebuilds): its phases, files parsed, pages rendered, files
#     written; then the median of 20 more rebuilds; then RUNS pairs of full
#     builds with and without the search index: what the index adds;
#   - hugo (if installed: apt-get install hugo) on the twin Hugo site, and the
#     floor: `cmark --smart` over all bodies plus `cp -r` of the output tree,
#     and parley's median against the floor's.
# Needs python3; hugo and cmark are optional.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
WORK=${WORK:-/tmp/parley-bench}
SIZES=${SIZES:-100 1000}
RUNS=${RUNS:-5}
SEED=${SEED:-20261201}

TRAITS=${TRAITS:-}
SCRATCH=${SCRATCH:-$ROOT/.build-release${TRAITS:+-$TRAITS}}
BUILD=(swift build -c release --scratch-path "$SCRATCH" ${TRAITS:+--traits "$TRAITS"})
(cd "$ROOT" && "${BUILD[@]}" --product parley >/dev/null && "${BUILD[@]}" --product parley-benchmark >/dev/null)
PARLEY="$SCRATCH/release/parley"
BENCH="$SCRATCH/release/parley-benchmark"
mkdir -p "$WORK"
LOG=$WORK/results.jsonl
: > "$LOG"
measure() { python3 "$HERE/measure.py" -n "$RUNS" --warmup 1 --log "$LOG" "$@"; }
median_wall() { python3 -c "import json,sys; print(json.loads(open('$LOG').read().splitlines()[-1])['wall_median'])"; }

echo "# $(date -u +%FT%TZ)  $(nproc) cores  $("$PARLEY" --version)"
for N in $SIZES; do
  D=$WORK/n$N
  [ -d "$D/parley/Content" ] || python3 "$HERE/gen_corpus.py" --interviews "$N" --out "$D" --seed "$SEED" >/dev/null
  C=$D/parley/Content
  MD_BYTES=$(find "$C" -name '*.md' -print0 | xargs -0 cat | wc -c)
  O=$WORK/out-$N
  rm -rf "$O"; mkdir -p "$O"; sync; sleep 2
  echo "## N=$N: $(find "$C" -name '*.md' | wc -l) Markdown files, $MD_BYTES bytes"

  measure --label "parley N=$N" --cwd "$D/parley" --before sync -- "$PARLEY" build --quiet --output "$O/parley.{run}"
  WALL=$(median_wall)
  PAGES=$(find "$O/parley.1" -name '*.html' | wc -l)
  python3 -c "print('    %d pages: %.0f pages/s, %.1f MB/s of Markdown' % ($PAGES, $PAGES / $WALL, $MD_BYTES / 1e6 / $WALL))"
  echo "    in one process, a full build and a rebuild after one answer changed:"
  "$BENCH" --site "$D/parley" --output "$O/bench" --index-share "$RUNS" | sed 's/^/    /'

  if command -v hugo >/dev/null; then
    measure --label "hugo N=$N" --cwd "$D/hugo" --before sync -- hugo --quiet -d "$O/hugo.{run}"
  fi
  if command -v cmark >/dev/null; then
    find "$C" -name '*.md' | LC_ALL=C sort | xargs awk 'FNR == 1 { fm = 0; print "" }
        fm < 2 { if ($0 == "---") fm++; next } { print }' > "$WORK/bodies-$N.md"
    measure --label "cmark --smart N=$N" -- cmark --smart "$WORK/bodies-$N.md"
    measure --label "cp -r N=$N" --before sync -- cp -r "$O/parley.1" "$O/copy.{run}"
    python3 - "$LOG" "$N" <<'RATIO'
import json, sys
walls = {run["label"]: run["wall_median"] for run in map(json.loads, open(sys.argv[1]))}
n = sys.argv[2]
floor = walls[f"cmark --smart N={n}"] + walls[f"cp -r N={n}"]
print(f"    parley build against the floor (cmark + cp): {walls[f'parley N={n}'] / floor:.2f}x (goal: at most 1.4x)")
RATIO
  fi
  rm -rf "$O"
done
echo "# every run: $LOG"
