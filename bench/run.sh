#!/usr/bin/env bash
# make bench: build N synthetic pages with Spiegel and with Hugo, side by side, and print the
# median wall time and peak memory of RUNS runs each (from /usr/bin/time), their ratios, and
# cmark-gfm rendering the same Markdown as a floor.
#
# Both write into a fresh folder on a RAM disk (/dev/shm) unless BENCH_DISK=1: on this machine's
# ext4 (no journal), creating files soon after many were deleted makes the kernel search for
# inodes that were not freed in the last seconds, and which tool pays for that depends only on
# the order they run in. On the RAM disk the comparison measures the generators.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-10000}
runs=${RUNS:-3}
work=bench/work/$pages
[ -x /usr/bin/time ] || { echo "bench needs /usr/bin/time (apt-get install time)"; exit 1; }

# The pages are the same on every run of the benchmark; make them once.
if [ "$(cat "$work/generated" 2>/dev/null)" != "$(sha1sum bench/generate.py | cut -c1-40)" ]; then
  rm -rf "$work" && mkdir -p "$work"
  python3 bench/generate.py "$pages" "$work/content"
  sha1sum bench/generate.py | cut -c1-40 >"$work/generated"
fi
rm -rf "$work/templates" && mkdir -p "$work/templates" && cp -r templates/. "$work/templates/"

if [ "${BENCH_DISK:-0}" = 1 ] || [ ! -w /dev/shm ]; then out=$(pwd)/$work/out; where="disk"; else out=/dev/shm/spiegel-bench-$$; where="RAM disk"; fi
rm -rf "$out" && mkdir -p "$out"
trap 'rm -rf "$out"' EXIT
echo "== $pages pages, $runs runs each, output on $where"

# measure LABEL COMMAND...: one run; appends "seconds kilobytes" to $work/LABEL.runs.
measure() {
  local label=$1; shift
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >/dev/null 2>"$work/$label.log" || { cat "$work/$label.log"; exit 1; }
  cat "$work/time.txt" >>"$work/$label.runs"
}

hugo_dir=$work/hugo
mkdir -p "$hugo_dir/layouts/_default"
ln -sfn "$(pwd)/$work/content" "$hugo_dir/content"
printf 'baseURL = "/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n[markup.goldmark.renderer]\nunsafe = false\n' >"$hugo_dir/hugo.toml"
printf '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>{{ .Content }}</body></html>\n' >"$hugo_dir/layouts/_default/single.html"
printf '<!DOCTYPE html><html><body>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</body></html>\n' >"$hugo_dir/layouts/_default/list.html"

rm -f "$work"/*.runs
# Alternate the tools, so that whatever else the machine does falls on both alike.
for run in $(seq "$runs"); do
  # Like for like with Hugo, which builds no search index: Pagefind is left out here.
  measure spiegel "${SPIEGEL:-.build/release/spiegel}" build --no-search --content "$work/content" --templates "$work/templates" \
    --config /dev/null --output "$out/spiegel-$run"
  if command -v hugo >/dev/null; then
    measure hugo hugo --quiet --source "$hugo_dir" --destination "$out/hugo-$run"
  fi
  measure cmark-gfm sh -c "find '$work/content' -name '*.md' -print0 | xargs -0 cat | cmark-gfm -e table -e autolink -e strikethrough -e tagfilter -e tasklist >/dev/null"
  rm -rf "$out"/*
done

python3 - "$pages" "$work" <<'EOF'
import statistics, sys, os
pages, work = int(sys.argv[1]), sys.argv[2]
result = {}
for label in ["spiegel", "cmark-gfm", "hugo"]:
    path = f"{work}/{label}.runs"
    if not os.path.exists(path):
        continue
    runs = [tuple(map(float, line.split())) for line in open(path) if line.strip()]
    seconds = statistics.median(r[0] for r in runs)
    kib = statistics.median(r[1] for r in runs)
    result[label] = (seconds, kib)
    spread = f"{min(r[0] for r in runs):.2f}–{max(r[0] for r in runs):.2f}"
    print(f"{label:<10} {pages:>7} pages {seconds:>7.2f} s ({spread}) {pages / max(seconds, 0.001):>8.0f} pages/s {kib / 1024:>8.1f} MiB peak")
if "hugo" in result:
    (s, sk), (h, hk) = result["spiegel"], result["hugo"]
    print(f"spiegel/hugo: wall time {s / h:.2f}, peak memory {sk / hk:.2f}")
else:
    print("hugo is not installed (apt-get install hugo): no comparison")
if "cmark-gfm" in result:
    print(f"spiegel/cmark-gfm floor: {result['spiegel'][0] / result['cmark-gfm'][0]:.1f}")
EOF
