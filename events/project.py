"""Projections: the only code that writes the read-model tables.

Every table here is derived from the log and disposable: `catch_up` folds the events after
the stored checkpoint into the tables, `rebuild` drops them and folds the whole log, and
`verify` folds the whole log into a scratch database and compares. Applying events one by
one must give exactly the rows a full rebuild gives, so every handler below is a pure
function of the tables and the event, with no clock and no randomness.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from . import project_facets, project_happenings, project_links, store
from .article import actor_names
from .project_facets import FACET_COUNTED
from .db import connect, run_script, transaction
from .errors import VerifyError
from .model import (
    ArticleIngested,
    ArticleRevised,
    FactCorrected,
    FactRecorded,
    FactRetracted,
    StoredEvent,
)

PROJECTION_TABLES = (
    "articles", "facts", "entities", "fact_entities", "corrections", "happenings",
    "happening_keys", "fact_states", "happening_links", "projection_state", "facet_counts")

PROJECTIONS_SCHEMA = project_happenings.SCHEMA + project_links.SCHEMA + """
CREATE TABLE IF NOT EXISTS projection_state (
    name TEXT PRIMARY KEY,
    last_seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    article_id TEXT PRIMARY KEY,
    url TEXT, title TEXT, outlet TEXT, dateline TEXT,
    published TEXT, published_from TEXT, language TEXT,
    text_hash TEXT NOT NULL, revision INTEGER NOT NULL, extractor_version TEXT,
    facts INTEGER NOT NULL DEFAULT 0,
    first_recorded_at TEXT, last_recorded_at TEXT, last_seq INTEGER
);
CREATE TABLE IF NOT EXISTS facts (
    fact_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(article_id),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    modality TEXT NOT NULL,
    date_value TEXT, date_start TEXT, date_end TEXT, date_precision TEXT,
    date_basis TEXT, date_text TEXT, date_qualifier TEXT, date_doubt TEXT, date_time TEXT,
    year INTEGER, month TEXT,
    place TEXT,
    actors TEXT NOT NULL DEFAULT '[]',
    sources INTEGER NOT NULL DEFAULT 1,
    char_start INTEGER, char_end INTEGER,
    extractor_version TEXT,
    corrected INTEGER NOT NULL DEFAULT 0,
    recorded_at TEXT, last_seq INTEGER,
    happening_id TEXT
);
CREATE TABLE IF NOT EXISTS entities (
    entity_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]',
    wikidata TEXT,
    facts INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS fact_entities (
    fact_id TEXT NOT NULL REFERENCES facts(fact_id),
    entity_id TEXT NOT NULL REFERENCES entities(entity_id),
    role TEXT NOT NULL,
    action TEXT,
    PRIMARY KEY (fact_id, entity_id, role)
);
CREATE TABLE IF NOT EXISTS corrections (
    seq INTEGER PRIMARY KEY,
    fact_id TEXT NOT NULL,
    changes TEXT NOT NULL,
    reason TEXT NOT NULL,
    author TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS corrections_fact ON corrections(fact_id, seq);
CREATE INDEX IF NOT EXISTS facts_article ON facts(article_id, position);
CREATE INDEX IF NOT EXISTS facts_kind ON facts(kind);
CREATE INDEX IF NOT EXISTS facts_modality ON facts(modality);
CREATE INDEX IF NOT EXISTS facts_date_precision ON facts(date_precision);
CREATE INDEX IF NOT EXISTS facts_date_basis ON facts(date_basis);
CREATE INDEX IF NOT EXISTS facts_year ON facts(year);
CREATE INDEX IF NOT EXISTS facts_month ON facts(month);
CREATE INDEX IF NOT EXISTS facts_place ON facts(place);
CREATE INDEX IF NOT EXISTS facts_date ON facts(date_start, date_end);
CREATE INDEX IF NOT EXISTS facts_happening ON facts(happening_id);
CREATE INDEX IF NOT EXISTS fact_entities_entity ON fact_entities(entity_id, role);
CREATE INDEX IF NOT EXISTS fact_entities_role ON fact_entities(role);
CREATE INDEX IF NOT EXISTS entities_type ON entities(type);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);
CREATE INDEX IF NOT EXISTS articles_language ON articles(language);
CREATE VIRTUAL TABLE IF NOT EXISTS facts_fts USING fts5(
    text, place, actors, content="facts", content_rowid="rowid"
);
CREATE TRIGGER IF NOT EXISTS facts_fts_insert AFTER INSERT ON facts BEGIN
    INSERT INTO facts_fts(rowid, text, place, actors)
    VALUES (new.rowid, new.text, new.place, new.actors);
END;
CREATE TRIGGER IF NOT EXISTS facts_fts_delete AFTER DELETE ON facts BEGIN
    INSERT INTO facts_fts(facts_fts, rowid, text, place, actors)
    VALUES ('delete', old.rowid, old.text, old.place, old.actors);
END;
CREATE TRIGGER IF NOT EXISTS facts_fts_update AFTER UPDATE OF text, place, actors ON facts BEGIN
    INSERT INTO facts_fts(facts_fts, rowid, text, place, actors)
    VALUES ('delete', old.rowid, old.text, old.place, old.actors);
    INSERT INTO facts_fts(rowid, text, place, actors)
    VALUES (new.rowid, new.text, new.place, new.actors);
END;
CREATE VIEW IF NOT EXISTS timeline AS
SELECT
    f.date_start, f.date_end, f.date_value, f.date_precision, f.date_basis,
    f.kind, f.modality, f.text, h.actors, h.place,
    a.outlet, a.published, a.title, a.url,
    f.fact_id, f.article_id, f.position,
    h.happening_id, h.sources, h.articles, h.disputed
FROM happenings h
JOIN facts f ON f.fact_id = h.representative
JOIN articles a ON a.article_id = f.article_id
ORDER BY f.date_start IS NULL, f.date_start, f.date_end, a.published, f.article_id, f.position;
""" + project_facets.SCHEMA

DROP_SCHEMA = project_happenings.DROP + project_links.DROP + """
DROP VIEW IF EXISTS timeline;
DROP TABLE IF EXISTS facts_fts;
DROP TABLE IF EXISTS corrections;
DROP TABLE IF EXISTS fact_entities;
DROP TABLE IF EXISTS entities;
DROP TABLE IF EXISTS facts;
DROP TABLE IF EXISTS articles;
DROP TABLE IF EXISTS projection_state;
DROP TABLE IF EXISTS facet_counts;
"""

CHECKPOINT = "timeline"


# Raise whenever the projection tables or the rules that fill them change: a database
# whose projections were built by another version is rebuilt from its log when opened.
PROJECTION_VERSION = 11


def ensure_projections(db: sqlite_utils.Database) -> None:
    """Create the read-model tables, indexes, full-text index and views if missing, or
    rebuild them all when they were made by another version of this code."""
    built_by = db.execute("PRAGMA user_version").fetchone()[0]
    if built_by not in (0, PROJECTION_VERSION) or (
            built_by == 0 and "events" in db.table_names() and store.head(db)[0]):
        rebuild(db)
        return
    with transaction(db):
        run_script(db, PROJECTIONS_SCHEMA)
        db.execute(f"PRAGMA user_version = {PROJECTION_VERSION}")


def checkpoint(db: sqlite_utils.Database) -> int:
    row = db.execute(
        "SELECT last_seq FROM projection_state WHERE name = ?", [CHECKPOINT]
    ).fetchone()
    return row[0] if row else 0


def catch_up(db: sqlite_utils.Database, appended: list[StoredEvent] | None = None) -> int:
    """Apply every event after the checkpoint; returns how many were applied.

    Called inside the append's transaction, so the tables never lag the log on disk.
    `appended`, the events just stored, saves reading them back when they are exactly
    what follows the checkpoint.
    """
    applied = 0
    with transaction(db):
        last = checkpoint(db)
        follows = bool(appended) and appended[0].seq == last + 1 and all(
            b.seq == a.seq + 1 for a, b in zip(appended, appended[1:]))
        regrouping = Regrouping()
        recorded: list[StoredEvent] = []  # consecutive fact_recorded events, applied together
        for stored in appended if follows else store.read(db, after_seq=last):
            if type(stored.event) is FactRecorded:
                recorded.append(stored)
                if len(recorded) >= REGROUP_BATCH:
                    _apply_recorded(db, recorded, regrouping)
                    recorded = []
            else:
                _apply_recorded(db, recorded, regrouping)
                recorded = []
                apply(db, stored, regrouping)
            last = stored.seq
            applied += 1
        _apply_recorded(db, recorded, regrouping)
        regrouping.flush(db)
        if applied:
            db.execute(
                "INSERT INTO projection_state (name, last_seq) VALUES (?, ?)"
                " ON CONFLICT(name) DO UPDATE SET last_seq = excluded.last_seq",
                [CHECKPOINT, last],
            )
    return applied


def rebuild(db: sqlite_utils.Database) -> int:
    """Drop every projection and fold the whole log again, in one transaction."""
    with transaction(db):
        run_script(db, DROP_SCHEMA)
        run_script(db, PROJECTIONS_SCHEMA)
        db.execute(f"PRAGMA user_version = {PROJECTION_VERSION}")
        return catch_up(db)


REGROUP_BATCH = 500  # facts per regrouping, well under SQLite's limit on bound values


@dataclass
class Regrouping:
    """Facts changed by a batch of events, and the happenings they were in before: the
    groups are recomputed once per batch (an article's events), not once per event."""

    changed: set[str] = field(default_factory=set)
    former: set[str] = field(default_factory=set)
    # Facts given new fields (recorded, restated, corrected, retracted): the seq of each
    # one's last such event, for project_links.
    states: dict[str, int] = field(default_factory=dict)

    def flush(self, db: sqlite_utils.Database) -> None:
        matches = project_happenings.regroup(db, self.changed, self.former)
        project_links.record(db, self.states, matches)
        self.changed, self.former, self.states = set(), set(), {}


def apply(db: sqlite_utils.Database, stored: StoredEvent,
          regrouping: Regrouping | None = None) -> None:
    """Fold one event into the tables and regroup the happenings it touched, now or, with
    `regrouping`, when the batch is flushed (the result is the same: groups depend only on
    the facts as they end up)."""
    handler = HANDLERS.get(type(stored.event))
    if handler is None:
        return
    batch = regrouping or Regrouping()
    changed = _facts_touched(db, stored.event)
    if regrouping is not None and (batch.changed or batch.states) and _any_current(db, changed):
        # A fact current before this event changes: the facts waiting in the batch are
        # compared with it as it is now, before it changes (see project_links).
        batch.flush(db)
    if isinstance(stored.event, (FactRecorded, FactCorrected, FactRetracted)):
        batch.states[stored.event.fact_id] = stored.seq
    if changed:
        batch.former |= project_happenings.happening_ids(db, changed)
        batch.changed |= changed
    handler(db, stored)
    if regrouping is None or len(batch.changed) >= REGROUP_BATCH:
        batch.flush(db)


def _any_current(db: sqlite_utils.Database, fact_ids: set[str]) -> bool:
    return any(db.execute("SELECT 1 FROM facts WHERE fact_id = ?", [f]).fetchone()
               for f in sorted(fact_ids))


def _facts_touched(db: sqlite_utils.Database, event) -> set[str]:
    if isinstance(event, ArticleRevised):
        return {r[0] for r in db.execute(
            "SELECT fact_id FROM facts WHERE article_id = ?", [event.article_id])}
    if isinstance(event, ArticleIngested):
        return set()
    return {event.fact_id}


def _article_row(stored: StoredEvent) -> dict[str, Any]:
    e = stored.event
    return {
        "article_id": e.article_id, "url": e.url, "title": e.title, "outlet": e.outlet,
        "dateline": e.dateline, "published": e.published,
        "published_from": e.published_from, "language": e.language,
        "text_hash": e.text_hash, "extractor_version": e.extractor_version,
        "last_recorded_at": stored.recorded_at, "last_seq": stored.seq,
    }


def _on_article_ingested(db: sqlite_utils.Database, stored: StoredEvent) -> None:
    row = _article_row(stored)
    row.update(revision=1, facts=0, first_recorded_at=stored.recorded_at)
    _insert(db, "articles", row)


def _on_article_revised(db: sqlite_utils.Database, stored: StoredEvent) -> None:
    row = _article_row(stored)
    article_id = row.pop("article_id")
    sets = ", ".join(f"{k} = ?" for k in row)
    db.execute(
        f"UPDATE articles SET {sets}, revision = revision + 1 WHERE article_id = ?",
        [*row.values(), article_id],
    )


def date_columns(date: dict[str, Any] | None) -> dict[str, Any]:
    """The facts table's date columns from a fact's date; `year` and `month` are facetable
    because only whole days group correctly with SQLite's date functions."""
    date = date or {}
    start = date.get("start")
    precision = date.get("precision")
    return {
        "date_value": date.get("value"), "date_start": start, "date_end": date.get("end"),
        "date_precision": precision, "date_basis": date.get("basis"),
        "date_text": date.get("text"), "date_qualifier": date.get("qualifier"),
        "date_doubt": date.get("doubt"), "date_time": date.get("time"),
        "year": int(start[:4]) if start else None,
        "month": start[:7] if start and precision in ("day", "month") else None,
    }


def _on_fact_recorded(db: sqlite_utils.Database, stored: StoredEvent) -> None:
    e: FactRecorded = stored.event
    restated = db.execute("SELECT 1 FROM facts WHERE fact_id = ?", [e.fact_id]).fetchone()
    if restated:
        _remove_fact(db, e.fact_id)
    _insert(db, "facts", _fact_row(stored))
    _link_entities(db, [(e.fact_id, e.mentions)])
    db.execute("UPDATE articles SET facts = facts + 1 WHERE article_id = ?", [e.article_id])
    corrections = db.execute(
        "SELECT seq, changes FROM corrections WHERE fact_id = ? ORDER BY seq", [e.fact_id]
    ).fetchall()
    for seq, changes in corrections:
        _apply_correction(db, e.fact_id, json.loads(changes), seq)
    if corrections:  # re-applied on top of this event, which is the row's last change
        db.execute("UPDATE facts SET last_seq = ? WHERE fact_id = ?", [stored.seq, e.fact_id])


def _fact_row(stored: StoredEvent) -> dict[str, Any]:
    e: FactRecorded = stored.event
    return {
        "fact_id": e.fact_id, "article_id": e.article_id, "position": e.position,
        "text": e.text, "kind": e.kind, "modality": e.modality,
        **date_columns(e.date),
        "place": e.place, "actors": json.dumps(actor_names((m["name"], m["role"]) for m in e.mentions),
                                     ensure_ascii=False),
        "sources": 1, "char_start": e.char_start, "char_end": e.char_end,
        "extractor_version": e.extractor_version, "corrected": 0,
        "recorded_at": stored.recorded_at, "last_seq": stored.seq,
    }


def _apply_recorded(db: sqlite_utils.Database, run: list[StoredEvent],
                    regrouping: Regrouping) -> None:
    """Apply consecutive `fact_recorded` events (an article's facts) with one statement per
    table instead of several per fact. Only for facts that are new and uncorrected, which
    is what a load appends; a restated or corrected fact goes through `apply` one by one.
    The rows are the same either way: the same inserts, in the same order."""
    if not run:
        return
    ids = [stored.event.fact_id for stored in run]
    marks = ",".join("?" * len(ids))
    if len(set(ids)) < len(ids) or db.execute(
            f"SELECT 1 FROM facts WHERE fact_id IN ({marks}) UNION ALL"
            f" SELECT 1 FROM corrections WHERE fact_id IN ({marks}) LIMIT 1",
            ids + ids).fetchone():
        for stored in run:
            apply(db, stored, regrouping)
        return
    rows = [_fact_row(stored) for stored in run]
    db.conn.executemany(f"INSERT INTO facts ({', '.join(rows[0])})"
                        f" VALUES ({', '.join('?' * len(rows[0]))})",
                        [list(row.values()) for row in rows])
    _link_entities(db, [(stored.event.fact_id, stored.event.mentions) for stored in run])
    counts = Counter(stored.event.article_id for stored in run)
    db.conn.executemany("UPDATE articles SET facts = facts + ? WHERE article_id = ?",
                        [(n, article_id) for article_id, n in sorted(counts.items())])
    regrouping.changed |= set(ids)
    regrouping.states.update((stored.event.fact_id, stored.seq) for stored in run)
    if len(regrouping.changed) >= REGROUP_BATCH:
        regrouping.flush(db)


def entity_id(name: str) -> str:
    """A readable, stable key from the canonical name: `South Korea` -> `south-korea`."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "entity"


def _link_entities(db: sqlite_utils.Database, facts: list[tuple[str, list[dict]]]) -> None:
    """One upsert per entity named by the facts: it counts each fact once and merges the
    forms used into the sorted alias list (SQLite's BINARY order is Python's str order).
    An entity new to the table takes its name, type and Wikidata id from its first mention.
    Aliases are written as compactly as SQLite's json_group_array writes them, so one upsert
    for two facts leaves the row that two upserts leave."""
    named: dict[str, dict[str, Any]] = {}
    links = []
    for fact_id, mentions in facts:
        for eid in dict.fromkeys(entity_id(m["name"]) for m in mentions):
            entry = named.setdefault(eid, {"mention": None, "texts": set(), "facts": 0})
            entry["facts"] += 1
        for mention in mentions:
            entry = named[entity_id(mention["name"])]
            entry["mention"] = entry["mention"] or mention
            entry["texts"].add(mention["text"])
        links += [(fact_id, entity_id(m["name"]), m["role"], m.get("action")) for m in mentions]
    db.conn.executemany(
        "INSERT INTO entities (entity_id, name, type, aliases, wikidata, facts)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(entity_id) DO UPDATE SET"
        " facts = facts + excluded.facts,"
        " aliases = (SELECT json_group_array(value) FROM (SELECT value FROM"
        " json_each(entities.aliases) UNION SELECT value FROM json_each(excluded.aliases)"
        " ORDER BY value))",
        [(eid, e["mention"]["name"], e["mention"]["type"],
          json.dumps(sorted(e["texts"]), ensure_ascii=False, separators=(",", ":")),
          e["mention"].get("wikidata"),
          e["facts"]) for eid, e in named.items()])
    db.conn.executemany(
        "INSERT OR IGNORE INTO fact_entities (fact_id, entity_id, role, action)"
        " VALUES (?, ?, ?, ?)", links)


def _remove_fact(db: sqlite_utils.Database, fact_id: str) -> None:
    row = db.execute("SELECT article_id FROM facts WHERE fact_id = ?", [fact_id]).fetchone()
    if row is None:
        return
    db.execute(
        "UPDATE entities SET facts = facts - 1 WHERE entity_id IN"
        " (SELECT DISTINCT entity_id FROM fact_entities WHERE fact_id = ?)", [fact_id],
    )
    db.execute("DELETE FROM fact_entities WHERE fact_id = ?", [fact_id])
    db.execute("DELETE FROM facts WHERE fact_id = ?", [fact_id])
    db.execute("UPDATE articles SET facts = facts - 1 WHERE article_id = ?", [row[0]])


def _on_fact_retracted(db: sqlite_utils.Database, stored: StoredEvent) -> None:
    _remove_fact(db, stored.event.fact_id)


def _on_fact_corrected(db: sqlite_utils.Database, stored: StoredEvent) -> None:
    """Kept in `corrections` as well, so that a fact recorded again (a newer extractor,
    a revision) gets the person's corrections re-applied on top."""
    e: FactCorrected = stored.event
    _insert(db, "corrections", {
        "seq": stored.seq, "fact_id": e.fact_id,
        "changes": json.dumps(e.changes, ensure_ascii=False, sort_keys=True),
        "reason": e.reason, "author": e.author, "recorded_at": stored.recorded_at,
    })
    _apply_correction(db, e.fact_id, e.changes, stored.seq)


def _apply_correction(db: sqlite_utils.Database, fact_id: str, changes: dict, seq: int) -> None:
    if db.execute("SELECT 1 FROM facts WHERE fact_id = ?", [fact_id]).fetchone() is None:
        return
    columns: dict[str, Any] = {}
    for name in ("kind", "modality", "place"):
        if name in changes:
            columns[name] = changes[name]
    if "date" in changes:
        columns.update(date_columns(changes["date"]))
    if "actors" in changes:
        columns["actors"] = json.dumps(changes["actors"], ensure_ascii=False)
        # The person names who took part; who did what is no longer the text's claim.
        _relink(db, fact_id, ("actor", "speaker", "agent"), changes["actors"], "actor")
    if "place" in changes:
        _relink(db, fact_id, ("place",), [changes["place"]] if changes["place"] else [], "place")
    sets = ", ".join(f"{k} = ?" for k in columns)
    db.execute(f"UPDATE facts SET {sets}, corrected = 1, last_seq = ? WHERE fact_id = ?",
               [*columns.values(), seq, fact_id])


def _relink(db: sqlite_utils.Database, fact_id: str, roles: tuple[str, ...],
            names: list[str], role: str) -> None:
    """Replace the fact's links in `roles` by `names`; entities not known yet are `unknown`."""
    marks = ",".join("?" * len(roles))
    touched = {r[0] for r in db.execute(
        f"SELECT entity_id FROM fact_entities WHERE fact_id = ? AND role IN ({marks})",
        [fact_id, *roles])}
    db.execute(f"DELETE FROM fact_entities WHERE fact_id = ? AND role IN ({marks})",
               [fact_id, *roles])
    for name in names:
        eid = entity_id(name)
        touched.add(eid)
        known = db.execute("SELECT type FROM entities WHERE entity_id = ?", [eid]).fetchone()
        if known is None:
            _insert(db, "entities", {"entity_id": eid, "name": name, "type": "unknown",
                                     "aliases": json.dumps([name]), "wikidata": None, "facts": 0})
        db.execute("INSERT OR IGNORE INTO fact_entities (fact_id, entity_id, role)"
                   " VALUES (?, ?, ?)", [fact_id, eid, role])
    db.execute(
        "UPDATE entities SET facts = (SELECT COUNT(DISTINCT fact_id) FROM fact_entities"
        f" WHERE entity_id = entities.entity_id) WHERE entity_id IN ({','.join('?' * len(touched))})",
        list(touched),
    )


def _insert(db: sqlite_utils.Database, table: str, row: dict[str, Any]) -> None:
    columns = ", ".join(row)
    placeholders = ", ".join("?" * len(row))
    db.execute(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", list(row.values()))


HANDLERS = {
    ArticleIngested: _on_article_ingested,
    ArticleRevised: _on_article_revised,
    FactRecorded: _on_fact_recorded,
    FactRetracted: _on_fact_retracted,
    FactCorrected: _on_fact_corrected,
}

COMPARED_TABLES = {
    "articles": "article_id",
    "facts": "fact_id",
    "entities": "entity_id",
    "fact_entities": "fact_id, entity_id, role",
    "corrections": "seq",
    "happenings": "happening_id",
    "happening_keys": "key, fact_id",
    "fact_states": "fact_id",
    "happening_links": "fact_id, state_seq, other_id, other_seq",
    "projection_state": "name",
    "facet_counts": "table_name, column_name, value",
}


def differences(db: sqlite_utils.Database) -> list[str]:
    """Fold the whole log into a scratch database and list where the stored projections
    differ from it: an empty list means they are exactly what the log says."""
    scratch = connect(":memory:")
    store.ensure_events_table(scratch)
    ensure_projections(scratch)
    with transaction(scratch):
        for stored in store.read(db):
            apply(scratch, stored)
        last_seq = store.head(db)[0]
        if last_seq:
            scratch.execute(
                "INSERT INTO projection_state (name, last_seq) VALUES (?, ?)",
                [CHECKPOINT, last_seq],
            )
    problems = []
    for table, order in COMPARED_TABLES.items():
        ours = db.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
        theirs = scratch.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
        if ours != theirs:
            problems.append(_describe(table, ours, theirs))
    return problems


def _describe(table: str, ours: list[tuple], theirs: list[tuple]) -> str:
    extra = len(set(ours) - set(theirs))
    missing = len(set(theirs) - set(ours))
    return f"{table}: {extra} row(s) not in the log's replay, {missing} row(s) missing"


def verify(db: sqlite_utils.Database) -> None:
    """Raise VerifyError naming each projection that is not what the log says."""
    problems = differences(db)
    if problems:
        raise VerifyError("; ".join(problems))
