"""Take the README's screenshot: the timeline page of the bundled article, as the first of
the README's two commands shows it, in Debian's headless chromium.

    python docs/screenshot.py   # writes docs/timeline.png

Loads articles/ into a scratch database with `python load.py`, serves it with `python
load.py serve` on a free port, and photographs /-/timeline at a desktop width.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import free_port  # noqa: E402
from tests.test_browser import CHROMIUM, CHROMIUM_ARGS, wait_until_serving  # noqa: E402


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "timeline.db"
        subprocess.run([sys.executable, str(ROOT / "load.py"), "--db", str(db),
                        str(ROOT / "articles")], check=True, capture_output=True)
        port = free_port()
        server = subprocess.Popen([sys.executable, str(ROOT / "load.py"), "serve", "--db",
                                   str(db), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            wait_until_serving(f"http://127.0.0.1:{port}/-/versions.json", server)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                                     args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1100, "height": 1500})
                page.goto(f"http://127.0.0.1:{port}/-/timeline")
                page.screenshot(path=ROOT / "docs" / "timeline.png")
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(ROOT / "docs" / "timeline.png")


if __name__ == "__main__":
    main()
