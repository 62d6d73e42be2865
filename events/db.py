"""Opening a timeline database and running work in one write transaction."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils


def connect(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) a database file for reading and appending.

    Autocommit mode so that transactions are ours to open (`BEGIN IMMEDIATE`); WAL and a
    busy timeout so that a second loader waits for the first instead of failing.
    """
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_SECONDS)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")
    if str(path) != ":memory:":
        _use_wal(conn)
    conn.execute("PRAGMA synchronous = NORMAL")
    return sqlite_utils.Database(conn)


BUSY_SECONDS = 60


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch a new file to WAL. The switch needs the file to itself and SQLite does not
    wait for that (no busy handler), so when two loaders open a new file at once the
    second one retries until the first has made it WAL."""
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """`BEGIN IMMEDIATE` ... COMMIT, or ROLLBACK on any error; nested use joins the outer one.

    IMMEDIATE takes the write lock at the start, so what is read inside the transaction
    (a stream's version, the projection checkpoint) cannot be overtaken by another writer.
    """
    if db.conn.in_transaction:
        yield
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def run_script(db: sqlite_utils.Database, script: str) -> None:
    """Run a DDL script statement by statement inside the current transaction.

    `executescript` would commit a pending transaction first, breaking all-or-nothing.
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip() and not all(
        l.strip().startswith("--") or not l.strip() for l in pending.splitlines()
    ):
        raise ValueError(f"incomplete SQL statement: {pending!r}")
