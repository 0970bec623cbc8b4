"""Opens every page of the sites named on the command line in headless Chromium,
at a 390 px wide phone, in light and dark mode, and fails if axe-core finds a
violation or a page is wider than the phone."""
import os
import sys

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

WIDTH = 390


def pages(root):
    for folder, _, names in os.walk(root):
        for name in sorted(names):
            if name.endswith(".html"):
                yield os.path.join(folder, name)


def main(roots):
    axe = Axe()
    failures = 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for scheme in ("light", "dark"):
            context = browser.new_context(viewport={"width": WIDTH, "height": 800}, color_scheme=scheme)
            page = context.new_page()
            for root in roots:
                for path in pages(root):
                    page.goto("file://" + os.path.abspath(path))
                    width = page.evaluate("document.documentElement.scrollWidth")
                    if width > WIDTH:
                        failures += 1
                        print(f"{path} ({scheme}): {width} px wide, wider than a {WIDTH} px phone")
                    for violation in axe.run(page).response["violations"]:
                        failures += 1
                        targets = [node["target"] for node in violation["nodes"][:3]]
                        print(f"{path} ({scheme}): axe {violation['id']}: {violation['help']} {targets}")
            context.close()
        browser.close()
    return failures


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1:]) else 0)
