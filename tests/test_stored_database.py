"""A database written by an earlier version of this code must still load, verify and
rebuild: events are never rewritten, so old schema versions are read as they are (and
upcast in `events.model.decode` once a newer schema version exists).

tests/data/timeline-2026-11-29.db was made on that day by loading the bundled article and
bench/corpus/happenings, correcting one fact, retracting one and revising one article.
Never regenerate it: it stands for the files users already have.
"""

from __future__ import annotations

import shutil
from collections import Counter

import pytest

from events import project, store
from events.ingest import ingest, open_timeline, reextract
from events.sources import parse_text
from tests.conftest import ROOT

STORED = ROOT / "tests" / "data" / "timeline-2026-11-29.db"


@pytest.fixture
def old_db(tmp_path):
    copy = tmp_path / "old.db"
    shutil.copy(STORED, copy)
    db = open_timeline(str(copy))
    yield db
    db.close()


def test_every_stored_event_still_decodes(old_db):
    types = Counter(stored.type for stored in store.read(old_db))
    assert types == {"article_ingested": 4, "article_revised": 1, "fact_recorded": 23,
                     "fact_retracted": 1, "fact_corrected": 1}


def test_the_stored_hash_chain_is_intact(old_db):
    assert store.first_broken_seq(old_db) is None


def test_the_stored_log_rebuilds_and_verifies_with_todays_projections(old_db):
    project.rebuild(old_db)
    assert project.differences(old_db) == []
    corrected = old_db.execute(
        "SELECT date_value, kind, corrected FROM facts WHERE instr(text, 'sejak 1989')").fetchone()
    assert corrected == ("1989-03", "meeting", 1)
    assert not old_db.execute("SELECT 1 FROM facts WHERE instr(text, 'ASEAN and China held')").fetchall()


def test_opening_a_database_built_by_another_version_rebuilds_its_projections(tmp_path):
    import sqlite3

    copy = tmp_path / "old.db"
    shutil.copy(STORED, copy)
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA user_version").fetchone()[0] != project.PROJECTION_VERSION
    conn.close()
    db = open_timeline(str(copy))
    assert db.execute("PRAGMA user_version").fetchone()[0] == project.PROJECTION_VERSION
    assert project.differences(db) == []


def test_the_stored_database_takes_new_articles_and_re_extraction(old_db):
    before = store.head(old_db)[0]
    ingest(old_db, parse_text("new", "ASEAN dan Jepang bertemu di Jakarta pada 1 Mei 2024."))
    reextract(old_db)
    assert store.head(old_db)[0] > before
    assert store.first_broken_seq(old_db) is None
    assert project.differences(old_db) == []
