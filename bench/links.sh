#!/usr/bin/env bash
# bench/links.sh: one page with 1,000, 10,000 and 100,000 links to ten other pages, built three
# times each; prints the median wall time of each and the ratio to the 1,000-link page, which
# stays near the ratio of the sizes when a page's cost grows linearly with its size.
set -euo pipefail
cd "$(dirname "$0")/.."
spiegel=${SPIEGEL:-.build/release/spiegel}
work=$(mktemp -d /dev/shm/spiegel-links-XXXXXX 2>/dev/null || mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import os, sys
work = sys.argv[1]
for n in (1000, 10000, 100000):
    content = f"{work}/{n}/content"
    os.makedirs(content)
    for i in range(10):
        with open(f"{content}/doel-{i}.md", "w") as f:
            f.write(f"---\ntype: pagina\ntitel: Doel {i}\n---\n## Kop {i}\n\nTekst.\n")
    with open(f"{content}/index.md", "w") as f:
        f.write("---\ntype: pagina\ntitel: Veel links\n---\n")
        for i in range(n):
            # Ten links to a line, a paragraph every hundred: a long but ordinary page.
            f.write(f"[link {i}](doel-{i % 10}.md#kop-{i % 10}) ")
            if i % 10 == 9: f.write("\n")
            if i % 100 == 99: f.write("\n")
PY
python3 - "$spiegel" "$work" <<'PY'
import statistics, subprocess, sys, time
spiegel, work = sys.argv[1], sys.argv[2]
median = {}
for n in (1000, 10000, 100000):
    times = []
    for run in range(3):
        start = time.monotonic()
        subprocess.run([spiegel, "build", "--no-search", "--content", f"{work}/{n}/content", "--config", "/dev/null",
                        "--handbook", f"{work}/no-handbook", "--output", f"{work}/{n}/site"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.monotonic() - start)
    median[n] = statistics.median(times)
    print(f"one page with {n:>6} links: {median[n]:6.3f} s (median of 3)")
print(f"ratio to 1,000 links: 10,000 links {median[10000] / median[1000]:.1f} (size 10), "
      f"100,000 links {median[100000] / median[1000]:.1f} (size 100)")
PY
