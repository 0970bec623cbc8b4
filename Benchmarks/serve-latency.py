#!/usr/bin/env python3
"""Save-to-served latency of `parley serve` on the seed site.

    python3 Benchmarks/serve-latency.py                 50 trials, release build
    python3 Benchmarks/serve-latency.py --trials 200 --parley .build/debug/parley

Copies this repository's Content/ into a temporary folder, starts
`parley serve --port 0` there, and listens to /_parley/events as a browser's
live-reload script does. Each trial saves Content/interviews/norov-2020/q3.md
as editors do (a new file renamed over the old one) with a new title, then
times, from the moment the rename returns:

  event   until the `reload` event reaches the listener;
  served  until the question's page, fetched after that event as the script
          reloads it, holds the new title (polled if it does not yet).

Prints min, median, p90 and max of both, in milliseconds. Trials are spaced
so that each starts with the server idle. Only loopback is contacted, and
the server is stopped (SIGINT, as Ctrl-C) at the end.
"""
import argparse
import http.client
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUESTION = "Content/interviews/norov-2020/q3.md"
PAGE = "/interviews/norov-2020/q3/"


def percentile(values, p):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


class Events(threading.Thread):
    """Reads /_parley/events and records when each `reload` arrives."""

    def __init__(self, port):
        super().__init__(daemon=True)
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.sendall(b"GET /_parley/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        self.reloads = []
        self.cond = threading.Condition()

    def run(self):
        pending = b""
        while True:
            data = self.sock.recv(65536)
            if not data:
                return
            now = time.perf_counter()
            pending += data
            while b"event: reload" in pending:
                pending = pending.split(b"event: reload", 1)[1]
                with self.cond:
                    self.reloads.append(now)
                    self.cond.notify_all()

    def wait_after(self, start, timeout=5):
        deadline = time.perf_counter() + timeout
        with self.cond:
            while True:
                later = [t for t in self.reloads if t >= start]
                if later:
                    return later[0]
                remaining = deadline - time.perf_counter()
                if remaining <= 0:
                    raise TimeoutError("no reload event")
                self.cond.wait(remaining)


def save_by_rename(path, text):
    temporary = os.path.join(os.path.dirname(path), ".parley-bench.tmp")
    with open(temporary, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(temporary, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--parley", default=None, help="the parley binary (default: build and use the release one)")
    parser.add_argument("--gap", type=float, default=0.15, help="seconds between trials")
    args = parser.parse_args()

    parley = args.parley
    if parley is None:
        subprocess.run(["swift", "build", "-c", "release", "--product", "parley"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        parley = os.path.join(ROOT, ".build/release/parley")
    parley = os.path.abspath(parley)

    site = tempfile.mkdtemp(prefix="parley-serve-bench-")
    server = None
    try:
        shutil.copytree(os.path.join(ROOT, "Content"), os.path.join(site, "Content"))
        server = subprocess.Popen([parley, "serve", "--port", "0"], cwd=site, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, text=True)
        port = None
        for line in server.stdout:
            match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            if match:
                port = int(match.group(1))
                break
        if port is None:
            sys.exit("parley serve did not print its address")

        events = Events(port)
        events.start()
        connection = http.client.HTTPConnection("127.0.0.1", port)
        path = os.path.join(site, QUESTION)
        original = open(path, encoding="utf-8").read()
        time.sleep(0.5)

        event_ms, served_ms = [], []
        for trial in range(args.trials):
            marker = f"Latency probe {trial:04d}"
            text = re.sub(r"^title: .*$", f'title: "{marker}"', original, count=1, flags=re.M)
            save_by_rename(path, text)
            saved = time.perf_counter()
            reloaded = events.wait_after(saved)
            while True:
                connection.request("GET", PAGE)
                body = connection.getresponse().read().decode("utf-8")
                if marker in body:
                    break
            served = time.perf_counter()
            event_ms.append((reloaded - saved) * 1000)
            served_ms.append((served - saved) * 1000)
            time.sleep(args.gap)

        version = subprocess.run([parley, "--version"], capture_output=True, text=True).stdout.strip()
        print(f"# parley serve {version}, seed site, {args.trials} trials, {os.cpu_count()} cores")
        print(f"{'ms':>8} {'min':>7} {'median':>7} {'p90':>7} {'max':>7}")
        for name, values in (("event", event_ms), ("served", served_ms)):
            print(f"{name:>8} {min(values):7.1f} {statistics.median(values):7.1f} "
                  f"{percentile(values, 90):7.1f} {max(values):7.1f}")
    finally:
        if server is not None:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(site, ignore_errors=True)


if __name__ == "__main__":
    main()
