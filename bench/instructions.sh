#!/usr/bin/env bash
# bench/instructions.sh [BINARY] [PAGES]: the instructions one build of the synthetic pages
# executes, on one thread, counted by valgrind's callgrind. Unlike wall time on this shared
# machine (±15–30 % from run to run), the count repeats to a tenth of a percent, so it shows
# whether a change made the build do less work. Run `make bench` (or bench/run.sh PAGES) first,
# so that the pages exist. valgrind cannot read the debug information Swift writes, so the count
# runs on a copy of the binary without it (symbols stay, for callgrind_annotate).
#   CALLGRIND_OUT=FILE keeps the profile: callgrind_annotate --inclusive=yes FILE
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-.build/release/spiegel}
pages=${2:-1000}
[ -d "bench/work/$pages/content" ] || { echo "no pages yet: run bench/run.sh $pages first"; exit 1; }
command -v valgrind >/dev/null || { echo "needs valgrind (apt-get install valgrind)"; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
strip --strip-debug -o "$scratch/spiegel" "$binary"
SPIEGEL_THREADS=1 valgrind --tool=callgrind --callgrind-out-file="${CALLGRIND_OUT:-$scratch/callgrind.out}" \
  "$scratch/spiegel" build --no-search --content "bench/work/$pages/content" --templates templates \
  --config /dev/null --output "$scratch/site" >/dev/null 2>"$scratch/log"
instructions=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$scratch/log")
echo "$pages pages: $instructions instructions ($((instructions / pages)) a page)"
