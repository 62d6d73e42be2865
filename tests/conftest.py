"""Fixtures shared by the tests: real database files in tmp_path, the bundled reference
article, the seed spec, Datasette with the real metadata.yml, and load.py as a process."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from events.ingest import ingest, open_timeline
from events.serve import SETTINGS, metadata_for
from events.sources import parse_text, read_file

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "articles" / "antara-2023-08-24-ammtc-rok.txt"


def find_shared() -> Path:
    """`shared/` sits beside the checkout (in CI too); fall back to the working layout."""
    for candidate in (ROOT.parent / "shared", Path("/work/shared")):
        if (candidate / "spec" / "seed-facts.yml").exists():
            return candidate
    raise FileNotFoundError("shared/ with spec/seed-facts.yml not found beside the checkout")


@pytest.fixture(scope="session")
def seed_spec() -> dict:
    return yaml.safe_load((find_shared() / "spec" / "seed-facts.yml").read_text())


@pytest.fixture
def reference_article():
    (article,) = list(read_file(BUNDLED))
    return article


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "timeline.db"


@pytest.fixture
def db(db_path):
    database = open_timeline(str(db_path))
    yield database
    database.close()


@pytest.fixture
def loaded_db(db, reference_article):
    ingest(db, reference_article)
    return db


def make_datasette(path: Path):
    """A Datasette over a database file, configured exactly as `load.py serve` does:
    metadata, settings, plugins and templates."""
    from datasette.app import Datasette

    return Datasette([str(path)], metadata=metadata_for(path), settings=SETTINGS,
                     plugins_dir=str(ROOT / "plugins"), template_dir=str(ROOT / "templates"))


@pytest.fixture
def datasette_for():
    return make_datasette


@pytest.fixture
async def ds(loaded_db, db_path, datasette_for):
    """Datasette, configured as `serve` runs it, over the loaded reference article."""
    loaded_db.close()
    datasette = datasette_for(db_path)
    await datasette.invoke_startup()
    return datasette


@pytest.fixture
def run_load(tmp_path):
    """Run `python load.py ARGS` as a real process from the project root."""

    def run(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, str(ROOT / "load.py"), *args],
            cwd=tmp_path, input=input, capture_output=True, timeout=120,
        )

    return run


def free_port() -> int:
    """A port on loopback that nothing listens on now, for a real server in a test."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rows(db, sql: str, params=()) -> list[dict]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
PLACES = ["Jakarta", "Bali", "Hanoi", "Manila", "Bangkok", "Seoul"]
TOPICS = ["narkoba", "terorisme", "perdagangan orang", "kejahatan siber"]


def invented_article(number: int):
    """A short article of our own making: meetings, planned drills and agreed plans, with
    dates, places and topics varying from one article to the next."""
    lines = []
    for k in range(6):
        n = number * 6 + k
        place, topic = PLACES[n % len(PLACES)], TOPICS[n % len(TOPICS)]
        day, month, year = 1 + n % 27, MONTHS[n % 12], 2015 + n % 9
        lines.append([
            f"Para menteri bertemu di {place} pada {day} {month} {year} untuk membahas {topic}.",
            f"Kepolisian akan menggelar latihan bersama tentang {topic} di {place} pada"
            f" {year + 1}.",
            f"Delegasi menyepakati rencana aksi {topic} di {place} pada {month} {year}.",
        ][k % 3])
    return parse_text(f"karangan-{number}", f"---\npublished: 2024-0{1 + number % 9}-15\n---\n"
                      + "\n".join(lines) + "\n")
