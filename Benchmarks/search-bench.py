#!/usr/bin/env python3
"""The search page's budgets on a built site, in headless Chromium.

    search-bench.py --public DIR --content DIR [--mode http|file] [--label NAME]

Picks two words that only one answer of the corpus holds together (the
rarest pair of one question's answer), opens search/index.html over HTTP
(python3 -m http.server on 127.0.0.1) or from file://, and through the
Chrome DevTools Protocol (PyPI: websocket-client) measures: bytes loaded
before the first keystroke (page, styles, scripts, index files), bytes
loaded for the query, the JavaScript heap after it, the time from the last
keystroke to the first results (shards fetched on the way) and again with
the shards cached, and where the answer ranks. Bytes are the sizes on disk
of every URL the page requested (the server sends them uncompressed).
Prints one JSON line.
"""

import argparse
import collections
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

import websocket


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def answers(content):
    """Question page path → set of lower-case words of its answer."""
    found = {}
    base = os.path.join(content, "interviews")
    for interview in sorted(os.listdir(base)):
        for name in sorted(os.listdir(os.path.join(base, interview))):
            if name == "index.md" or not name.endswith(".md"):
                continue
            text = open(os.path.join(base, interview, name), encoding="utf-8").read().split("---", 2)[2]
            text = re.sub(r"\]\([^)]*\)", "]", text)
            found[f"interviews/{interview}/{name[:-3]}/index.html"] = set(re.findall(r"[a-z]+", text.lower()))
    return found


def pick_query(content):
    """Two words of one answer that no other answer holds together: its two rarest."""
    docs = answers(content)
    frequency = collections.Counter(w for words in docs.values() for w in words)
    paths = sorted(docs)
    target = paths[len(paths) // 2]
    rare = sorted((w for w in docs[target] if len(w) > 3), key=lambda w: (frequency[w], w))
    for i in range(len(rare)):
        for j in range(i + 1, len(rare)):
            pair = (rare[i], rare[j])
            if sum(1 for words in docs.values() if pair[0] in words and pair[1] in words) == 1:
                return target, " ".join(pair)
    raise SystemExit("no unique pair")


class Browser:
    def __init__(self):
        self.port = free_port()
        self.profile = tempfile.mkdtemp()
        self.process = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--remote-debugging-port={self.port}",
             "--remote-allow-origins=*", f"--user-data-dir={self.profile}", "--allow-file-access-from-files",
             "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{self.port}/json"))
                page = next(t for t in targets if t["type"] == "page")
                break
            except Exception:
                time.sleep(0.1)
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=60)
        self.next_id = 0
        self.requested = []

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("method") == "Network.requestWillBeSent":
                self.requested.append(message["params"]["request"]["url"])
            if message.get("id") == self.next_id:
                return message.get("result", {})

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        return result.get("result", {}).get("value")

    def close(self):
        self.process.terminate()
        self.process.wait()


# Types the query as the last keystroke and waits for the first result item.
TYPE = """new Promise(function (resolve) {
  var input = document.getElementById("search-input"), list = document.getElementById("search-results");
  list.textContent = "";
  var start = performance.now();
  var watch = setInterval(function () {
    if (list.querySelector("li")) {
      clearInterval(watch);
      resolve({ ms: performance.now() - start,
                links: Array.prototype.map.call(list.querySelectorAll("li a"), function (a) { return a.getAttribute("href"); }) });
    } else if (performance.now() - start > 20000) { clearInterval(watch); resolve({ ms: -1, links: [] }); }
  }, 2);
  input.value = %s;
  input.dispatchEvent(new Event("input", { bubbles: true }));
})"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--public", required=True)
    parser.add_argument("--content", required=True)
    parser.add_argument("--mode", choices=["http", "file"], default="http")
    parser.add_argument("--label", default="")
    args = parser.parse_args()
    public = os.path.abspath(args.public)
    target, query = pick_query(args.content)

    server = None
    if args.mode == "http":
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                                   "--directory", public], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1)
        base = f"http://127.0.0.1:{port}/"
    else:
        base = "file://" + public + "/"

    def size(url):
        path = urllib.parse.urlparse(url).path
        if args.mode == "http":
            path = os.path.join(public, urllib.parse.unquote(path).lstrip("/"))
        path = urllib.parse.unquote(path)
        if path.endswith("/"):
            path += "index.html"
        return os.path.getsize(path) if os.path.isfile(path) else 0

    browser = Browser()
    try:
        browser.call("Network.enable")
        browser.call("Network.setCacheDisabled", cacheDisabled=True)
        browser.call("Page.enable")
        browser.call("Page.navigate", url=base + "search/index.html")
        time.sleep(2)
        browser.evaluate("new Promise(function (r) { if (document.readyState === 'complete') r(); else addEventListener('load', r); })")
        time.sleep(1)
        before = sum(size(u) for u in browser.requested)
        first = len(browser.requested)
        typed = browser.evaluate(TYPE % json.dumps(query))
        time.sleep(1)
        query_bytes = sum(size(u) for u in browser.requested[first:])
        again = browser.evaluate(TYPE % json.dumps(query))
        browser.call("HeapProfiler.collectGarbage")
        heap = browser.call("Runtime.getHeapUsage")
        links = [urllib.parse.urljoin("search/", l).split("#")[0] for l in typed["links"]]
        rank = links.index(target) + 1 if target in links else None
        print(json.dumps({
            "label": args.label, "mode": args.mode, "query": query, "target": target,
            "bytes_before_keystroke": before, "bytes_for_query": query_bytes,
            "files_for_query": len(browser.requested) - first,
            "heap_used_mb": round(heap["usedSize"] / 1e6, 1),
            "ms_to_results": round(typed["ms"], 1), "ms_to_results_cached": round(again["ms"], 1),
            "rank": rank,
        }))
    finally:
        browser.close()
        if server:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
