"""The event log: the only code that writes the `events` table.

The table is append-only in SQLite itself (triggers), not by convention: users open the
file with other tools, and the log is the truth everything else is rebuilt from.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timezone

import sqlite_utils

from .db import run_script, transaction
from .errors import ConcurrencyError
from .model import DomainEvent, StoredEvent, canonical_json, content_id, decode

GENESIS_HASH = "0" * 64

EVENTS_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL UNIQUE,
    stream TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1),
    type TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    data TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (stream, version)
);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE INDEX IF NOT EXISTS events_recorded_at ON events(recorded_at);
-- The history of one fact (a canned query) looks events up by the fact they are about.
CREATE INDEX IF NOT EXISTS events_fact_id ON events(json_extract(data, '$.fact_id'));
CREATE TRIGGER IF NOT EXISTS events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events is append-only: UPDATE is not allowed'); END;
CREATE TRIGGER IF NOT EXISTS events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events is append-only: DELETE is not allowed'); END;
-- REPLACE deletes the conflicting row without firing delete triggers (unless
-- recursive_triggers is on), so any insert that would collide is refused up front.
CREATE TRIGGER IF NOT EXISTS events_no_replace BEFORE INSERT ON events
WHEN EXISTS (
    SELECT 1 FROM events
    WHERE seq = NEW.seq OR event_id = NEW.event_id
       OR (stream = NEW.stream AND version = NEW.version)
)
BEGIN SELECT RAISE(ABORT, 'events is append-only: this insert would replace an event'); END;
"""


def ensure_events_table(db: sqlite_utils.Database) -> None:
    """Create the log and its guards if missing; safe to call on every open."""
    with transaction(db):
        run_script(db, EVENTS_SCHEMA)


def now_utc() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def stream_version(db: sqlite_utils.Database, stream: str) -> int:
    row = db.execute(
        "SELECT COALESCE(MAX(version), 0) FROM events WHERE stream = ?", [stream]
    ).fetchone()
    return row[0]


def head(db: sqlite_utils.Database) -> tuple[int, str]:
    """The last `seq` and its hash: what a publisher records to check the file later."""
    row = db.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS_HASH)


def chain_hash(prev_hash: str, event_id_: str, recorded_at: str) -> str:
    """Each event's hash covers the previous hash, so changing any stored event breaks
    every hash after it. `event_id` already covers the stream, version, type and data."""
    return hashlib.sha256(f"{prev_hash}\n{event_id_}\n{recorded_at}".encode()).hexdigest()


def append(
    db: sqlite_utils.Database,
    stream: str,
    expected_version: int,
    events: list[DomainEvent],
    recorded_at: str | None = None,
) -> list[StoredEvent]:
    """Append events to a stream that must be at `expected_version`; all or nothing.

    Returns the stored events; an exact retry of an append that already happened returns
    [] and adds nothing. A stale `expected_version` raises ConcurrencyError.
    """
    if not events:
        return []
    recorded_at = recorded_at or now_utc()
    payloads = [e.to_data() for e in events]
    ids = [
        content_id(stream, expected_version + i + 1, e.type, data)
        for i, (e, data) in enumerate(zip(events, payloads))
    ]
    with transaction(db):
        actual = stream_version(db, stream)
        if actual != expected_version:
            if _already_appended(db, ids):
                return []
            raise ConcurrencyError(stream, expected_version, actual)
        _, prev = head(db)
        stored = []
        for i, (event, eid, data) in enumerate(zip(events, ids, payloads)):
            version = expected_version + i + 1
            digest = chain_hash(prev, eid, recorded_at)
            try:
                cursor = db.execute(
                    "INSERT INTO events (event_id, stream, version, type, recorded_at,"
                    " data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [eid, stream, version, event.type, recorded_at,
                     canonical_json(data), prev, digest],
                )
            except sqlite3.IntegrityError:
                raise ConcurrencyError(stream, expected_version, stream_version(db, stream))
            stored.append(StoredEvent(cursor.lastrowid, eid, stream, version, recorded_at, event))
            prev = digest
    return stored


def _already_appended(db: sqlite_utils.Database, ids: list[str]) -> bool:
    placeholders = ",".join("?" * len(ids))
    row = db.execute(
        f"SELECT COUNT(*) FROM events WHERE event_id IN ({placeholders})", ids
    ).fetchone()
    return row[0] == len(ids)


def read(
    db: sqlite_utils.Database, after_seq: int = 0, stream: str | None = None
) -> Iterator[StoredEvent]:
    """Events in log order, decoded (and upcast) in one place."""
    sql = "SELECT seq, event_id, stream, version, recorded_at, type, data FROM events WHERE seq > ?"
    params: list = [after_seq]
    if stream is not None:
        sql += " AND stream = ?"
        params.append(stream)
    for seq, eid, strm, version, recorded_at, type_name, data in db.execute(
        sql + " ORDER BY seq", params
    ):
        yield StoredEvent(seq, eid, strm, version, recorded_at, decode(type_name, data))


def first_broken_seq(db: sqlite_utils.Database, expected_head: tuple[int, str] | None = None) -> int | None:
    """Recompute every event id and the hash chain; the first `seq` that does not match.

    With `expected_head` (a `seq` and hash recorded earlier), also check that the log
    still passes through it, which catches a file rewritten from scratch.
    """
    prev = GENESIS_HASH
    for seq, eid, stream, version, type_name, recorded_at, data, prev_hash, digest in db.execute(
        "SELECT seq, event_id, stream, version, type, recorded_at, data, prev_hash, hash"
        " FROM events ORDER BY seq"
    ):
        if (
            content_id(stream, version, type_name, json.loads(data)) != eid
            or prev_hash != prev
            or chain_hash(prev, eid, recorded_at) != digest
        ):
            return seq
        if expected_head and seq == expected_head[0] and digest != expected_head[1]:
            return seq
        prev = digest
    if expected_head and expected_head[0] > head(db)[0]:
        return head(db)[0] + 1
    return None
