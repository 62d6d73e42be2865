"""Which fact states state the same happening: the history behind `timeline_as_of`.

Part of the projection layer (only `project.py` calls it). A happening is a connected
component of `same_happening` over the facts current at a moment, so the timeline as it
stood at any seq follows from two things kept here:

- `fact_states`: each current fact and the seq of the event that gave it its fields (its
  recording, a restatement or a person's correction);
- `happening_links`: every pair of fact states found to state the same happening while
  both were current. A row is never changed or removed by a later event, only added: a
  correction makes a new state with links of its own, and the old state's links stay true
  of the moments when it was current.

`timeline_as_of` keeps, for a seq, the links whose two states were current then and
walks them (metadata.yml). For that to be exact every state must be compared with every
state it was ever current beside. `project.py` ensures it: a batch of events is flushed
before any event changes a fact that is already current, so each state is compared with
all the states current at its flush, and a state arriving later is compared with it while
it is still current. The links depend only on the log, not on how it was batched.
"""

from __future__ import annotations

import sqlite_utils

from .happenings import FactView, same_happening
from .project_happenings import candidates, chunks, fact_views

SCHEMA = """
CREATE TABLE IF NOT EXISTS fact_states (
    fact_id TEXT PRIMARY KEY,
    state_seq INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS happening_links (
    fact_id TEXT NOT NULL,
    state_seq INTEGER NOT NULL,
    other_id TEXT NOT NULL,
    other_seq INTEGER NOT NULL,
    PRIMARY KEY (fact_id, state_seq, other_id, other_seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS happening_links_other ON happening_links(other_id, other_seq);
"""

DROP = """
DROP TABLE IF EXISTS happening_links;
DROP TABLE IF EXISTS fact_states;
"""


def record(db: sqlite_utils.Database, states: dict[str, int],
           matches: dict[str, set[str]] | None = None) -> None:
    """After a regrouping: the new states of the changed facts (fact id to the seq of the
    event that last changed it) and their links to the states current beside them.
    `matches` are the comparisons the regrouping already made for new facts (each one's
    matches among all its candidates); the other changed facts are compared here. Call it
    after the happening keys of the changed facts are written."""
    if not states:
        return
    matches = {f: found for f, found in (matches or {}).items() if f in states}
    views = fact_views(db, set(states) - set(matches))
    current = set(matches) | set(views)
    db.conn.executemany("DELETE FROM fact_states WHERE fact_id = ?",
                        [(f,) for f in sorted(set(states) - current)])
    db.conn.executemany(
        "INSERT OR REPLACE INTO fact_states (fact_id, state_seq) VALUES (?, ?)",
        [(f, states[f]) for f in sorted(current)])
    pairs = {tuple(sorted((f, other))) for f, found in matches.items() for other in found}
    pairs |= _compared(db, views)
    if not pairs:
        return
    seqs = _state_seqs(db, {f for pair in pairs for f in pair})
    db.conn.executemany(
        "INSERT OR IGNORE INTO happening_links (fact_id, state_seq, other_id, other_seq)"
        " VALUES (?, ?, ?, ?)", [(a, seqs[a], b, seqs[b]) for a, b in sorted(pairs)])


def _compared(db: sqlite_utils.Database, views: dict[str, FactView]) -> set[tuple[str, str]]:
    """The pairs of the given current facts and their candidates that state one happening."""
    if not views:
        return set()
    found = candidates(db, list(views.values()))
    others = fact_views(db, set().union(*found.values()) - set(views))
    others.update(views)
    return {tuple(sorted((fact_id, other_id)))
            for fact_id, view in views.items()
            for other_id in found[fact_id] - {fact_id}
            if other_id in others and same_happening(view, others[other_id])}


def _state_seqs(db: sqlite_utils.Database, fact_ids: set[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for chunk in chunks(sorted(fact_ids)):
        found.update(db.execute(
            "SELECT fact_id, state_seq FROM fact_states"
            f" WHERE fact_id IN ({','.join('?' * len(chunk))})", chunk).fetchall())
    return found
