#!/usr/bin/env python3
"""make bench-serve: how long an edit takes to reach the reader in `spiegel serve`.

Writes N synthetic pages (bench/generate.py), starts `.build/release/spiegel serve` on them on a
free loopback port, and then, EDITS times, appends a sentence with a fresh word to one page and
measures the wall time from just before the write to the moment a GET of that page returns the
new word. It listens to /_spiegel/events (server-sent events, as an open page does) and asks for
the page after each event, and every 20 ms in between should an event be missed, so the client
costs the server almost no CPU. Prints min, median and max in milliseconds.

With SERVE_INSTRUCTIONS=1 it counts instead of timing: the preview program runs on one thread
under valgrind's callgrind, which counts only from the first edit to the last (the first load is
not counted), and it prints the instructions one edit costs, including serving the page. Unlike
wall time on a shared machine, the count repeats, so it shows whether a change made an edit do
less work.

Usage: bench/serve-latency.py [PAGES] [EDITS]   (defaults 10000 and 30)
"""
import http.client
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
pages = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
edits = int(sys.argv[2]) if len(sys.argv) > 2 else 30
work = os.path.join(ROOT, "bench", "work", f"serve-{pages}")
shutil.rmtree(work, ignore_errors=True)
subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate.py"), str(pages), os.path.join(work, "content")], check=True)
shutil.copytree(os.path.join(ROOT, "templates"), os.path.join(work, "templates"))

with socket.socket() as s:  # a free port: bind to 0, read it, let it go
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]

log = open(os.path.join(work, "serve.log"), "w")
spiegel = os.environ.get("SPIEGEL", os.path.join(ROOT, ".build", "release", "spiegel"))
arguments = ["--content", os.path.join(work, "content"), "--templates", os.path.join(work, "templates"),
             "--config", "/dev/null", "--handbook", os.path.join(work, "geen-handleiding"), "--port", str(port)]
counting = os.environ.get("SERVE_INSTRUCTIONS") == "1"
if counting:
    # valgrind cannot read Swift's debug information: count on a copy without it.
    scratch = tempfile.mkdtemp()
    preview = os.path.join(scratch, "spiegel-preview")
    subprocess.run(["strip", "--strip-debug", "-o", preview, os.path.join(os.path.dirname(spiegel), "spiegel-preview")], check=True)
    profile = os.path.join(scratch, "callgrind.out")
    server = subprocess.Popen(["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={profile}",
                               preview] + arguments,
                              stdout=log, stderr=subprocess.STDOUT, env=dict(os.environ, SPIEGEL_THREADS="1"))
else:
    server = subprocess.Popen([spiegel, "serve"] + arguments, stdout=log, stderr=subprocess.STDOUT)


def get(path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        connection.close()


events = threading.Condition()
event_count = 0


def listen():
    """Counts the server-sent events; the main thread wakes on each one."""
    global event_count
    connection = http.client.HTTPConnection("127.0.0.1", port)
    connection.request("GET", "/_spiegel/events")
    response = connection.getresponse()
    while True:
        line = response.fp.readline()
        if not line:
            return
        if line.startswith(b"data:"):
            with events:
                event_count += 1
                events.notify_all()


try:
    deadline = time.monotonic() + 300
    while True:
        try:
            if get("/pagina-0.html")[0] == 200:
                break
        except OSError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            sys.exit(f"spiegel serve did not start; see {log.name}")
        time.sleep(0.1)
    threading.Thread(target=listen, daemon=True).start()
    time.sleep(1)  # let the first event arrive and the machine settle

    middle = pages // 2
    source = os.path.join(work, "content", f"deel-{middle // 100:03d}", f"pagina-{middle}.md")
    url = f"/pagina-{middle}.html"
    if counting:
        subprocess.run(["callgrind_control", "--instr=on", str(server.pid)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    timings = []
    for k in range(edits):
        word = f"meting{k}x{os.getpid()}"
        with events:
            seen = event_count
        started = time.monotonic()
        with open(source, "a", encoding="utf-8") as f:
            f.write(f"\nEen zin erbij met het woord {word}.\n")
        while True:
            with events:
                events.wait_for(lambda: event_count > seen, timeout=0.02)
                seen = event_count
            status, body = get(url)
            if word in body:
                break
            if time.monotonic() - started > (120 if counting else 10):
                sys.exit(f"edit {k} did not show within 10 s; see {log.name}")
        timings.append((time.monotonic() - started) * 1000)
        time.sleep(0.3)  # an editor does not save twice within a rebuild
    if counting:
        subprocess.run(["callgrind_control", "--dump", str(server.pid)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        totals = 0
        for name in os.listdir(scratch):
            if name.startswith("callgrind.out"):
                with open(os.path.join(scratch, name)) as f:
                    totals += sum(int(line.split()[1]) for line in f if line.startswith("totals:"))
        print(f"serve     {pages:>7} pages  one-page edit: {totals // edits:,} instructions ({edits} edits, one thread; "
              f"profile: callgrind_annotate --inclusive=yes {profile}*)")
        sys.exit(0)
    timings.sort()
    print(f"serve     {pages:>7} pages  one-page edit visible after: min {timings[0]:.0f} ms, "
          f"median {statistics.median(timings):.0f} ms, max {timings[-1]:.0f} ms ({edits} edits)")
finally:
    server.terminate()
    server.wait()
