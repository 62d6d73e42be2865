"""The `happenings` projection: facts from different articles that state one happening.

Part of the projection layer (only `project.py` calls it). New facts join or merge the
groups their matches are in (groups only grow when facts are added); after any other
change to a fact, the groups that the fact was in, and the groups it now reaches, are
recomputed from the current facts. Either way the groups are the connected components of
`same_happening` over the current facts, so applying events one by one gives the rows a
full rebuild gives.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Hashable
from dataclasses import replace

import sqlite_utils

from .happenings import FactView, blocking_keys, query_keys, same_happening, summarise

SCHEMA = """
CREATE TABLE IF NOT EXISTS happenings (
    happening_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    text TEXT,
    representative TEXT NOT NULL,
    date_value TEXT, date_start TEXT, date_end TEXT, date_precision TEXT, year INTEGER,
    place TEXT,
    actors TEXT NOT NULL DEFAULT '[]',
    facts INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    sources INTEGER NOT NULL,
    fact_ids TEXT NOT NULL,
    disputed INTEGER NOT NULL DEFAULT 0,
    disputes TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS happenings_date ON happenings(date_start, date_end);
CREATE INDEX IF NOT EXISTS happenings_kind ON happenings(kind);
CREATE INDEX IF NOT EXISTS happenings_year ON happenings(year);
CREATE INDEX IF NOT EXISTS happenings_disputed ON happenings(disputed);
CREATE INDEX IF NOT EXISTS happenings_sources ON happenings(sources);
CREATE INDEX IF NOT EXISTS happenings_representative ON happenings(representative);
CREATE TABLE IF NOT EXISTS happening_keys (
    key TEXT NOT NULL,
    fact_id TEXT NOT NULL,
    PRIMARY KEY (key, fact_id)
);
CREATE INDEX IF NOT EXISTS happening_keys_fact ON happening_keys(fact_id);
"""

DROP = """
DROP TABLE IF EXISTS happening_keys;
DROP TABLE IF EXISTS happenings;
"""


def fact_views(db: sqlite_utils.Database, fact_ids: set[str]) -> dict[str, FactView]:
    """The current facts among `fact_ids`, with their anchors (actors and place)."""
    if not fact_ids:
        return {}
    marks = ",".join("?" * len(fact_ids))
    actors: dict[str, set[str]] = {}
    places: dict[str, set[str]] = {}
    # Roles are filtered here, not in SQL: given `role IN (...)` the planner may walk the
    # role index (every actor row) instead of the primary key.
    for fact_id, eid, role in db.execute(
        f"SELECT fact_id, entity_id, role FROM fact_entities WHERE fact_id IN ({marks})",
        list(fact_ids)):
        if role in ("actor", "speaker"):
            actors.setdefault(fact_id, set()).add(eid)
        elif role == "place":
            places.setdefault(fact_id, set()).add(eid)
    views = {}
    for row in db.execute(
        "SELECT f.fact_id, f.article_id, a.outlet, f.kind, f.date_start, f.date_end,"
        " f.date_precision, f.date_basis, f.date_value, f.place, f.text"
        f" FROM facts f LEFT JOIN articles a ON a.article_id = f.article_id"
        f" WHERE f.fact_id IN ({marks})", list(fact_ids)):
        fid, article_id, outlet, kind, start, end, precision, basis, value, place, text = row
        views[fid] = FactView(fid, article_id, outlet, kind, start, end, precision, basis,
                              value, place, frozenset(actors.get(fid, ())),
                              frozenset(places.get(fid, ())), text)
    return views


def regroup(db: sqlite_utils.Database, changed: set[str], former: set[str]) -> None:
    """Recompute every group that a changed fact was in (`former` happening ids) or now
    reaches, and the keys of the changed facts."""
    if not changed and not former:
        return
    marks = ",".join("?" * len(changed))
    db.execute(f"DELETE FROM happening_keys WHERE fact_id IN ({marks})", list(changed))
    current = fact_views(db, changed)
    db.conn.executemany(
        "INSERT OR IGNORE INTO happening_keys (key, fact_id) VALUES (?, ?)",
        [(key, fid) for fid, view in current.items() for key in blocking_keys(view)])
    cache: dict[str, FactView] = dict(current)  # facts do not change while we regroup
    if not former:
        _merge_new(db, current, cache, former)
    else:
        _recompute(db, current, cache, former)
    for happening_id in former:
        db.execute("DELETE FROM happenings WHERE happening_id = ? AND NOT EXISTS"
                   " (SELECT 1 FROM facts WHERE facts.happening_id = happenings.happening_id)",
                   [happening_id])


def _merge_new(db: sqlite_utils.Database, new: dict[str, FactView],
               cache: dict[str, FactView], former: set[str]) -> None:
    """Only new facts, none of which was in a group: groups can only grow or merge, so each
    new group is the new facts it links plus the whole happenings their matches are in.
    Only the new facts' candidates are looked up; the members of the happenings they join
    are read, not walked again (their links were found when they arrived)."""
    links: dict[Hashable, set[Hashable]] = {fact_id: set() for fact_id in new}
    matched: set[str] = set()
    for fact_id in sorted(new):
        fact = new[fact_id]
        for other_id, other in _cached(db, _candidates(db, fact) - {fact_id}, cache).items():
            if same_happening(fact, other):
                _link(links, fact_id, other_id)
                if other_id not in new:
                    matched.add(other_id)
    # A matched fact stands for its whole happening (a node of its own).
    for other_id, happening_id in _happening_of(db, matched).items():
        _link(links, other_id, ("happening", happening_id))
    for group in _connected(links):
        joined = {node[1] for node in group if isinstance(node, tuple)}
        members = {node for node in group if isinstance(node, str)} | _members(db, joined)
        former |= joined
        _write(db, _cached(db, members, cache), former)


def _link(links: dict[Hashable, set[Hashable]], a: Hashable, b: Hashable) -> None:
    links.setdefault(a, set()).add(b)
    links.setdefault(b, set()).add(a)


def _connected(links: dict[Hashable, set[Hashable]]) -> list[set[Hashable]]:
    """The connected components of a small undirected graph given as adjacency sets."""
    groups, seen = [], set()
    for node in links:
        if node in seen:
            continue
        group, queue = {node}, deque([node])
        while queue:
            for other in links[queue.popleft()] - group:
                group.add(other)
                queue.append(other)
        seen |= group
        groups.append(group)
    return groups


def _recompute(db: sqlite_utils.Database, current: dict[str, FactView],
               cache: dict[str, FactView], former: set[str]) -> None:
    """Some changed fact was in a group, which may now split: walk every group a changed
    fact was in or now reaches again."""
    starts = set(current) | _members(db, former)
    seen: set[str] = set()
    for fact_id in sorted(starts):
        if fact_id in seen:
            continue
        component = _component(db, fact_id, cache)
        seen |= set(component)
        former |= happening_ids(db, set(component))
        _write(db, component, former)


def _members(db: sqlite_utils.Database, happening_ids: set[str]) -> set[str]:
    if not happening_ids:
        return set()
    marks = ",".join("?" * len(happening_ids))
    return {r[0] for r in db.execute(
        f"SELECT fact_id FROM facts WHERE happening_id IN ({marks})", list(happening_ids))}


def _happening_of(db: sqlite_utils.Database, fact_ids: set[str]) -> dict[str, str]:
    if not fact_ids:
        return {}
    marks = ",".join("?" * len(fact_ids))
    return dict(db.execute(
        f"SELECT fact_id, happening_id FROM facts WHERE fact_id IN ({marks})"
        " AND happening_id IS NOT NULL", list(fact_ids)).fetchall())


def happening_ids(db: sqlite_utils.Database, fact_ids: set[str]) -> set[str]:
    marks = ",".join("?" * len(fact_ids))
    return {r[0] for r in db.execute(
        f"SELECT DISTINCT happening_id FROM facts WHERE fact_id IN ({marks})"
        " AND happening_id IS NOT NULL", list(fact_ids))}


def _component(db: sqlite_utils.Database, start: str,
               cache: dict[str, FactView]) -> dict[str, FactView]:
    """Breadth-first over `same_happening`, candidates found by shared blocking keys."""
    views = _cached(db, {start}, cache)
    queue = deque(views)
    while queue:
        fact = views[queue.popleft()]
        candidates = _candidates(db, fact) - set(views)
        for fid, other in _cached(db, candidates, cache).items():
            if same_happening(fact, other):
                views[fid] = other
                queue.append(fid)
    return views


def _cached(db: sqlite_utils.Database, fact_ids: set[str],
            cache: dict[str, FactView]) -> dict[str, FactView]:
    cache.update(fact_views(db, {f for f in fact_ids if f not in cache}))
    return {f: cache[f] for f in fact_ids if f in cache}


def _candidates(db: sqlite_utils.Database, fact: FactView) -> set[str]:
    keys = query_keys(fact)
    if not keys:
        return set()
    marks = ",".join("?" * len(keys))
    return {r[0] for r in db.execute(
        f"SELECT DISTINCT fact_id FROM happening_keys WHERE key IN ({marks})", keys)}


def _write(db: sqlite_utils.Database, component: dict[str, FactView], former: set[str]) -> None:
    members = [component[f] for f in sorted(component)]
    actors = _actor_names(db, set(component))
    row = summarise(_with_agents(db, members), actors)
    former.add(row["happening_id"])
    db.execute("DELETE FROM happenings WHERE happening_id = ?", [row["happening_id"]])
    row.update(actors=json.dumps(row["actors"], ensure_ascii=False),
               fact_ids=json.dumps(row["fact_ids"]), disputes=json.dumps(row["disputes"]))
    columns = ", ".join(row)
    db.execute(f"INSERT INTO happenings ({columns}) VALUES ({', '.join('?' * len(row))})",
               list(row.values()))
    marks = ",".join("?" * len(component))
    db.execute(f"UPDATE facts SET happening_id = ?, sources = ? WHERE fact_id IN ({marks})",
               [row["happening_id"], row["articles"], *component])


def _actor_names(db: sqlite_utils.Database, fact_ids: set[str]) -> list[str]:
    marks = ",".join("?" * len(fact_ids))
    return [r[0] for r in db.execute(
        "SELECT DISTINCT e.name FROM fact_entities fe JOIN entities e USING (entity_id)"
        f" WHERE fe.fact_id IN ({marks}) AND +fe.role IN ('actor', 'speaker') ORDER BY e.name",
        list(fact_ids))]


def _with_agents(db: sqlite_utils.Database, members: list[FactView]) -> list[FactView]:
    """The members with who did their main deed, read only for the summary: grouping never
    looks at agents, so candidate lookups do not pay for them."""
    marks = ",".join("?" * len(members))
    agents: dict[str, set[tuple[str, str]]] = {}
    for fact_id, action, name in db.execute(
            "SELECT fe.fact_id, fe.action, e.name FROM fact_entities fe JOIN entities e"
            f" USING (entity_id) WHERE fe.fact_id IN ({marks}) AND +fe.role = 'agent'",
            [view.fact_id for view in members]):
        agents.setdefault(fact_id, set()).add((action, name))
    return [replace(view, agents=frozenset(agents[view.fact_id])) if view.fact_id in agents
            else view for view in members]
