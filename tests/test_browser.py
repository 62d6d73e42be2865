"""The timeline in a real browser against a real `python load.py serve` process: open it,
filter, follow an entity, download the CSV. Screenshots go to tmp_path (the README's is
taken of the bundled article by docs/screenshot.py).

Needs Debian's chromium at /usr/bin/chromium (CI: `apt-get install -y chromium`); the
test skips, saying so, only when it is absent. Playwright's own browsers are never used.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from events.ingest import ingest, open_timeline
from tests.conftest import ROOT, free_port
from tests.test_timeline_page import ARTICLE, fake_extract

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="/usr/bin/chromium is absent: apt-get install -y chromium")


def wait_until_serving(url: str, process: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"serve exited: {process.stderr.read().decode()[-2000:]}")
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer in {seconds} s")


@pytest.fixture
def server(tmp_path):
    """`python load.py serve` on a database of our own corpus, on a free local port."""
    db_path = tmp_path / "timeline.db"
    db = open_timeline(str(db_path))
    ingest(db, ARTICLE, extractor=fake_extract)
    db.close()
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "load.py"), "serve", "--db", str(db_path), "--port", str(port)],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(f"{base}/-/versions.json", process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def page():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 390, "height": 844}, accept_downloads=True)
        yield context.new_page()
        context.close()
        browser.close()


def test_an_analyst_filters_follows_an_entity_and_downloads_the_csv(server, page, tmp_path):
    page.goto(f"{server}/-/timeline")
    assert page.locator("li.tl-entry").count() == 5
    assert page.locator("time").first.inner_text() == "2021\u20132025"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.screenshot(path=tmp_path / "timeline.png", full_page=True)

    page.select_option("select[name=kind]", "plan")
    page.click("button[type=submit]")
    page.wait_for_url("**/-/timeline?*kind=plan*")
    assert page.locator("li.tl-entry").count() == 2
    page.screenshot(path=tmp_path / "filtered.png", full_page=True)

    page.click("a.entity:text('Laos')")
    page.wait_for_url("**/-/timeline?entity=laos")
    assert page.locator("h1").inner_text() == "Timeline of Laos"
    assert page.locator("li.tl-entry").count() == 1
    page.screenshot(path=tmp_path / "entity.png", full_page=True)

    with page.expect_download() as download:
        page.click("text=the whole timeline as CSV")
    table = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text())))
    assert len(table) == 5 and {"date_value", "kind", "modality", "url"} <= set(table[0])


def test_the_fact_page_highlights_the_date_words_in_the_paragraph(server, page, tmp_path):
    page.goto(f"{server}/-/timeline?kind=meeting")
    page.click("a.fact-link")
    assert page.locator("mark.date").inner_text() == "24 Agustus 2023"
    assert page.locator("table.fact-history td", has_text="fact_recorded").count() == 1
    page.screenshot(path=tmp_path / "fact.png", full_page=True)
    page.goto(f"{server}/-/entity/south-korea")
    assert page.locator("ul.together li").count() == 3  # Indonesia, Jakarta, Laos
    page.screenshot(path=tmp_path / "entity-page.png", full_page=True)
