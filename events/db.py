"""Opening a timeline database and running work in one write transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils


def connect(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) a database file for reading and appending.

    Autocommit mode so that transactions are ours to open (`BEGIN IMMEDIATE`); WAL and a
    busy timeout so that a second loader waits for the first instead of failing.
    """
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=60)
    conn.execute("PRAGMA busy_timeout = 60000")
    if str(path) != ":memory:":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    return sqlite_utils.Database(conn)


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
