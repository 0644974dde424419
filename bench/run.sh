#!/usr/bin/env bash
# make bench: build N synthetic pages with Spiegel (and Hugo when it is installed) and print
# wall time, pages per second and peak memory from /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-10000}
work=bench/work/$pages
rm -rf "$work" && mkdir -p "$work"
echo "== $pages pages"
python3 bench/generate.py "$pages" "$work/content"
mkdir -p "$work/templates" && cp -r templates/. "$work/templates/"

measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >/dev/null 2>"$work/$label.log" || { cat "$work/$label.log"; exit 1; }
  read -r secs kb <"$work/time.txt"
  python3 -c "import sys; l,p,s,k=sys.argv[1],int(sys.argv[2]),float(sys.argv[3]),int(sys.argv[4]); print(f'{l:<10} {p:>7} pages {s:>8.2f} s {p/max(s,0.001):>10.0f} pages/s {k/1024:>8.1f} MiB peak')" \
    "$label" "$pages" "$secs" "$kb"
  echo "$secs $kb" >"$work/$label.result"
}

[ -x /usr/bin/time ] || { echo "bench needs /usr/bin/time (apt-get install time)"; exit 1; }
# Like for like with Hugo, which builds no search index: Pagefind is left out here.
measure spiegel .build/release/spiegel build --no-search --content "$work/content" --templates "$work/templates" \
  --config /dev/null --output "$work/site"

if command -v cmark-gfm >/dev/null; then
  measure cmark-gfm sh -c "find '$work/content' -name '*.md' -print0 | xargs -0 cat | cmark-gfm -e table -e autolink -e strikethrough -e tagfilter -e tasklist >/dev/null"
fi

if command -v hugo >/dev/null; then
  hugo_dir=$work/hugo
  mkdir -p "$hugo_dir/layouts/_default"
  ln -sfn "$(pwd)/$work/content" "$hugo_dir/content"
  printf 'baseURL = "/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n[markup.goldmark.renderer]\nunsafe = false\n' >"$hugo_dir/hugo.toml"
  printf '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>{{ .Content }}</body></html>\n' >"$hugo_dir/layouts/_default/single.html"
  printf '<!DOCTYPE html><html><body>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</body></html>\n' >"$hugo_dir/layouts/_default/list.html"
  measure hugo hugo --quiet --source "$hugo_dir" --destination "$(pwd)/$work/hugo-site"
  read -r s_secs s_kb <"$work/spiegel.result"
  read -r h_secs h_kb <"$work/hugo.result"
  python3 -c "import sys; a,b,c,d=map(float,sys.argv[1:]); print(f'spiegel/hugo: wall time {a/b:.2f}, peak memory {c/d:.2f}')" "$s_secs" "$h_secs" "$s_kb" "$h_kb"
else
  echo "hugo is not installed (apt-get install hugo) - no comparison"
fi
