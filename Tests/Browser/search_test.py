#!/usr/bin/env python3
"""The seed site's search in headless Chromium, from file://.

    python3 Tests/Browser/search_test.py PUBLIC_FOLDER

Opens search/index.html?q=... for each case with `chromium --headless
--dump-dom` and checks the results it shows: word forms (stemming), a prefix
typed so far, a quoted phrase, a query with no result, and a query of markup
that must stay text. Prints one line a case and `N passed, N failed`.
"""

import html.parser
import os
import subprocess
import sys
import urllib.parse

CHROMIUM = os.environ.get("CHROMIUM", "chromium")


class Results(html.parser.HTMLParser):
    """The result items, the status line and any element a query must not create."""

    def __init__(self):
        super().__init__()
        self.items, self.status, self.injected = [], "", False
        self._in_results = self._in_status = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "ol" and attrs.get("id") == "search-results":
            self._in_results = True
        elif tag == "li" and self._in_results:
            self.items.append("")
        elif tag == "p" and attrs.get("id") == "search-status":
            self._in_status = True
        if tag == "img" or "data-pwned" in attrs:
            self.injected = True

    def handle_endtag(self, tag):
        if tag == "ol":
            self._in_results = False
        if tag == "p":
            self._in_status = False

    def handle_data(self, data):
        if self._in_results and self.items:
            self.items[-1] += data
        if self._in_status:
            self.status += data


def search(public, query):
    url = "file://" + os.path.abspath(os.path.join(public, "search", "index.html")) + "?q=" + urllib.parse.quote(query)
    dom = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                          "--virtual-time-budget=5000", "--dump-dom", url],
                         capture_output=True, text=True, timeout=120).stdout
    results = Results()
    results.feed(dom)
    return results


def main():
    public = sys.argv[1] if len(sys.argv) > 1 else "Public"
    cases = [
        ("a word form finds the others: terrorists finds terrorist", "terrorists",
         lambda r: len(r.items) > 0 and all("terrorist" in i.lower() for i in r.items[:3])),
        ("a prefix finds the word it starts: Tashk finds Tashkent", "Tashk",
         lambda r: len(r.items) > 0 and "tashkent" in r.items[0].lower()),
        ("a quoted phrase finds its words in order", '"Shanghai Cooperation Organization"',
         lambda r: len(r.items) > 0 and "shanghai cooperation organization" in " ".join(r.items).lower()),
        ("the same words out of order are no phrase", '"Organization Cooperation Shanghai"',
         lambda r: len(r.items) == 0 and r.status.startswith("No results")),
        ("a word no page holds gives no result, said in the live region", "xylophonequartz",
         lambda r: len(r.items) == 0 and r.status.startswith("No results")),
        ("a query of markup stays text", '<img src=x onerror="document.body.setAttribute(\'data-pwned\',1)">',
         lambda r: not r.injected and "<img" in r.status),
        ("only stop words: no result", "the of and",
         lambda r: len(r.items) == 0),
        ("thousands of characters answer", "security " * 600,
         lambda r: r.status != ""),
    ]
    passed = failed = 0
    for name, query, check in cases:
        results = search(public, query)
        ok = check(results)
        passed, failed = passed + ok, failed + (not ok)
        print(("ok    " if ok else "FAIL  ") + name + ("" if ok else f": status {results.status!r}, items {results.items[:3]!r}"))
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
