"""The event log's guarantees, enforced by SQLite itself and by `store.append`."""

from __future__ import annotations

import json
import sqlite3

import pytest

from events import store
from events.errors import ConcurrencyError, UnknownEventError
from events.model import FactRetracted, decode, event_id

COLUMNS = "seq, event_id, stream, version, type, recorded_at, data, prev_hash, hash"


def two_events():
    return [FactRetracted("f1", "a1", "test"), FactRetracted("f2", "a1", "test")]


@pytest.fixture
def appended(db):
    store.append(db, "article:a1", 0, two_events())
    return db


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE events SET type = 'fact_corrected' WHERE seq = 1",
        "DELETE FROM events WHERE seq = 1",
        "DELETE FROM events",
        f"INSERT OR REPLACE INTO events ({COLUMNS}) SELECT {COLUMNS} FROM events WHERE seq = 1",
        f"REPLACE INTO events ({COLUMNS}) SELECT {COLUMNS} FROM events WHERE seq = 2",
        # A REPLACE that collides only on (stream, version) would silently delete row 1.
        "REPLACE INTO events (event_id, stream, version, type, recorded_at, data, prev_hash, hash)"
        " VALUES ('new', 'article:a1', 1, 'fact_retracted', 'now', '{}', '', '')",
        "UPDATE OR REPLACE events SET seq = 2 WHERE seq = 1",
    ],
)
def test_statements_that_would_change_the_log_fail(appended, statement):
    before = appended.execute(f"SELECT {COLUMNS} FROM events ORDER BY seq").fetchall()
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        appended.execute(statement)
    assert appended.execute(f"SELECT {COLUMNS} FROM events ORDER BY seq").fetchall() == before


def test_seq_is_autoincrement_so_numbers_are_never_reused(appended):
    sql = appended.execute("SELECT sql FROM sqlite_master WHERE name = 'events'").fetchone()[0]
    assert "AUTOINCREMENT" in sql
    assert [r[0] for r in appended.execute("SELECT seq FROM events ORDER BY seq")] == [1, 2]


def test_event_ids_come_from_content_and_position_not_the_clock():
    event = FactRetracted("f1", "a1", "test")
    assert event_id("s", 1, event) == event_id("s", 1, FactRetracted("f1", "a1", "test"))
    assert event_id("s", 1, event) != event_id("s", 2, event)
    assert event_id("s", 1, event) != event_id("s", 1, FactRetracted("f1", "a1", "other"))


def test_retrying_an_append_adds_nothing(appended):
    assert store.append(appended, "article:a1", 0, two_events()) == []
    assert appended.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 2


def test_a_stale_expected_version_fails_cleanly(appended):
    with pytest.raises(ConcurrencyError) as raised:
        store.append(appended, "article:a1", 1, [FactRetracted("f3", "a1", "late writer")])
    assert (raised.value.expected, raised.value.actual) == (1, 2)
    assert appended.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 2


def test_an_append_at_the_current_version_continues_the_stream(appended):
    stored = store.append(appended, "article:a1", 2, [FactRetracted("f3", "a1", "next")])
    assert [(s.seq, s.version) for s in stored] == [(3, 3)]


def test_every_event_carries_a_schema_version(appended):
    for (data,) in appended.execute("SELECT data FROM events"):
        assert json.loads(data)["schema_version"] == 1


def test_reading_an_event_from_newer_code_is_refused_not_misread():
    data = json.dumps({"schema_version": 99, "fact_id": "f", "article_id": "a", "reason": "r"})
    with pytest.raises(UnknownEventError, match="schema_version 99"):
        decode("fact_retracted", data)
    with pytest.raises(UnknownEventError, match="unknown event type"):
        decode("fact_teleported", "{}")


def test_the_hash_chain_is_intact_after_appends(appended):
    assert store.first_broken_seq(appended) is None
    rows = appended.execute("SELECT prev_hash, hash FROM events ORDER BY seq").fetchall()
    assert rows[0][0] == store.GENESIS_HASH and rows[1][0] == rows[0][1]


def test_the_hash_chain_names_the_first_changed_event(appended):
    store.append(appended, "article:a1", 2, [FactRetracted("f3", "a1", "third")])
    appended.execute("DROP TRIGGER events_no_update")  # what a tamperer would do first
    appended.execute("UPDATE events SET data = replace(data, 'test', 'edit') WHERE seq = 2")
    assert store.first_broken_seq(appended) == 2


def test_a_recorded_head_that_the_log_no_longer_passes_through_is_reported(appended):
    seq, digest = store.head(appended)
    assert store.first_broken_seq(appended, (seq, digest)) is None
    assert store.first_broken_seq(appended, (seq, "0" * 64)) == seq
    assert store.first_broken_seq(appended, (seq + 5, digest)) == seq + 1
