#!/usr/bin/env bash
# make bench-pdf: `spiegel build --pdf` of the real content in a scratch copy of the repository's
# content, templates and configuration (the repository's own .spiegel-cache/ is left alone): cold
# (empty cache, no print server running: the build starts one), warm (nothing changed), after
# changing one question on one work card (the print server the cold build started prints), and
# after rewording it again with the server switched off (the build's own worker prints, as it
# does when no server runs). Each line gives the wall time and how many PDFs were printed rather
# than taken from the cache (Spiegel's own summary line). The server is stopped at the end by
# removing its socket.
set -euo pipefail
cd "$(dirname "$0")/.."
spiegel=$(pwd)/${SPIEGEL:-.build/release/spiegel}
work=$(pwd)/bench/work/pdf
rm -rf "$work" && mkdir -p "$work"
cp -r content templates spiegel.yml "$work/"
[ -d handleiding ] && cp -r handleiding "$work/"
cd "$work"

# run LABEL [OPTION]: one build, its wall time and summary.
run() {
  local label=$1 start end
  start=$(date +%s.%N)
  "$spiegel" build --pdf --no-search --verbose --output site ${2:-} >build.log 2>&1 || { cat build.log; exit 1; }
  end=$(date +%s.%N)
  printf '%-34s %5.2f s   %s\n' "$label" "$(echo "$end - $start" | bc)" \
    "$(grep -o "[0-9]* PDF's ([0-9]* gedrukt, [0-9]* uit de cache)" build.log)"
}

echo "== spiegel build --pdf, real content, $(nproc) cores, $(python3 -c 'import weasyprint; print("WeasyPrint", weasyprint.__version__)' 2>/dev/null)"
run "cold (empty cache)"
run "warm (nothing changed)"
# One question of work card 3 (the timeline) reworded.
sed -i '0,/^    tekst: /s//    tekst: Anders gezegd, /' content/werkkaarten/tijdlijn.md
grep -q "Anders gezegd, " content/werkkaarten/tijdlijn.md || { echo "bench/pdf.sh: the question to change was not found"; exit 1; }
run "one question changed on one card"
# The same question reworded again, printed without the server.
sed -i '0,/^    tekst: /s//    tekst: Nog eens anders, /' content/werkkaarten/tijdlijn.md
run "same question again, no server" --no-print-server
rm -f .spiegel-cache/print-server.sock
