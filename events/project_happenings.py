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

from .happenings import FactView, blocking_keys, query_ranges, same_happening, summarise, wanted

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
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS happening_keys_fact ON happening_keys(fact_id);
"""

DROP = """
DROP TABLE IF EXISTS happening_keys;
DROP TABLE IF EXISTS happenings;
"""


def fact_views(db: sqlite_utils.Database, fact_ids: set[str]) -> dict[str, FactView]:
    """The current facts among `fact_ids`, with their anchors (actors and place)."""
    views = {}
    for chunk in chunks(sorted(fact_ids)):
        views.update(_fact_views(db, chunk))
    return views


def _fact_views(db: sqlite_utils.Database, fact_ids: list[str]) -> dict[str, FactView]:
    marks = ",".join("?" * len(fact_ids))
    actors: dict[str, set[str]] = {}
    places: dict[str, set[str]] = {}
    # Roles are filtered here, not in SQL: given `role IN (...)` the planner may walk the
    # role index (every actor row) instead of the primary key.
    for fact_id, eid, role in db.execute(
        f"SELECT fact_id, entity_id, role FROM fact_entities WHERE fact_id IN ({marks})",
        fact_ids):
        if role in ("actor", "speaker"):
            actors.setdefault(fact_id, set()).add(eid)
        elif role == "place":
            places.setdefault(fact_id, set()).add(eid)
    views = {}
    for row in db.execute(
        "SELECT f.fact_id, f.article_id, a.outlet, f.kind, f.date_start, f.date_end,"
        " f.date_precision, f.date_basis, f.date_value, f.place, f.text"
        f" FROM facts f LEFT JOIN articles a ON a.article_id = f.article_id"
        f" WHERE f.fact_id IN ({marks})", fact_ids):
        fid, article_id, outlet, kind, start, end, precision, basis, value, place, text = row
        views[fid] = FactView(fid, article_id, outlet, kind, start, end, precision, basis,
                              value, place, frozenset(actors.get(fid, ())),
                              frozenset(places.get(fid, ())), text)
    return views


def regroup(db: sqlite_utils.Database, changed: set[str],
            former: set[str]) -> dict[str, set[str]]:
    """Recompute every group that a changed fact was in (`former` happening ids) or now
    reaches, and the keys of the changed facts. Returns, when every changed fact was new,
    what each was found to state the same happening as among all its candidates (for
    project_links); otherwise nothing, since a walk does not compare every pair."""
    if not changed and not former:
        return {}
    marks = ",".join("?" * len(changed))
    db.execute(f"DELETE FROM happening_keys WHERE fact_id IN ({marks})", list(changed))
    current = fact_views(db, changed)
    db.conn.executemany(
        "INSERT OR IGNORE INTO happening_keys (key, fact_id) VALUES (?, ?)",
        [(key, fid) for fid, view in current.items() for key in blocking_keys(view)])
    cache: dict[str, FactView] = dict(current)  # facts do not change while we regroup
    matches: dict[str, set[str]] = {}
    groups = (_merge_new(db, current, cache, former, matches) if not former
              else _recompute(db, current, cache, former))
    former |= _write(db, groups, cache)
    db.conn.executemany(
        "DELETE FROM happenings WHERE happening_id = ? AND NOT EXISTS"
        " (SELECT 1 FROM facts WHERE facts.happening_id = happenings.happening_id)",
        [(happening_id,) for happening_id in sorted(former)])
    return matches


def _merge_new(db: sqlite_utils.Database, new: dict[str, FactView], cache: dict[str, FactView],
               former: set[str], matches: dict[str, set[str]]) -> list[set[str]]:
    """Only new facts, none of which was in a group: groups can only grow or merge, so each
    new group is the new facts it links plus the whole happenings their matches are in.
    Only the new facts' candidates are looked up; the members of the happenings they join
    are read, not walked again (their links were found when they arrived)."""
    links: dict[Hashable, set[Hashable]] = {fact_id: set() for fact_id in new}
    matched: set[str] = set()
    found = candidates(db, list(new.values()))
    _cached(db, set().union(*found.values()), cache)
    for fact_id in sorted(new):
        fact = new[fact_id]
        matches[fact_id] = set()
        for other_id in sorted(found[fact_id] - {fact_id}):
            if other_id in cache and same_happening(fact, cache[other_id]):
                matches[fact_id].add(other_id)
                _link(links, fact_id, other_id)
                if other_id not in new:
                    matched.add(other_id)
    # A matched fact stands for its whole happening (a node of its own).
    for other_id, happening_id in _happening_of(db, matched).items():
        _link(links, other_id, ("happening", happening_id))
    groups = []
    for group in _connected(links):
        joined = {node[1] for node in group if isinstance(node, tuple)}
        groups.append({node for node in group if isinstance(node, str)} | _members(db, joined))
        former |= joined
    return groups


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
               cache: dict[str, FactView], former: set[str]) -> list[set[str]]:
    """Some changed fact was in a group, which may now split: walk every group a changed
    fact was in or now reaches again."""
    starts = set(current) | _members(db, former)
    seen: set[str] = set()
    groups = []
    for fact_id in sorted(starts):
        if fact_id in seen:
            continue
        component = set(_component(db, fact_id, cache))
        seen |= component
        former |= happening_ids(db, component)
        groups.append(component)
    return groups


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
        near = candidates(db, [fact])[fact.fact_id] - set(views)
        for fid, other in _cached(db, near, cache).items():
            if same_happening(fact, other):
                views[fid] = other
                queue.append(fid)
    return views


def _cached(db: sqlite_utils.Database, fact_ids: set[str],
            cache: dict[str, FactView]) -> dict[str, FactView]:
    cache.update(fact_views(db, {f for f in fact_ids if f not in cache}))
    return {f: cache[f] for f in fact_ids if f in cache}


def candidates(db: sqlite_utils.Database, facts: list[FactView]) -> dict[str, set[str]]:
    """The facts filed under any of each fact's query ranges, in one lookup for all of them."""
    sought = {fact.fact_id: query_ranges(fact) for fact in facts}
    ranges = sorted({r for rs in sought.values() for r in rs})
    filed: dict[tuple[str, str], list[tuple[str, str]]] = {}
    if ranges:
        # SQLite walks the list and seeks each range in the key's index.
        for index, key, fact_id in db.execute(
                "SELECT r.key, k.key, k.fact_id FROM json_each(?) r JOIN happening_keys k"
                " ON k.key BETWEEN json_extract(r.value, '$[0]') AND json_extract(r.value, '$[1]')",
                [json.dumps(ranges)]):
            filed.setdefault(ranges[index], []).append((key, fact_id))
    # Only a range of finer periods (`pair|2023-08-`) holds keys a fact may not want.
    return {fact.fact_id: {other for r in sought[fact.fact_id] for key, other in filed.get(r, ())
                           if not r[0].endswith("-") or wanted(fact, key)}
            for fact in facts}


def chunks(items: list[str], size: int = 10000) -> list[list[str]]:
    """Pieces small enough to bind in one statement (SQLite allows 32,766 values)."""
    return [items[i:i + size] for i in range(0, len(items), size)]


def _write(db: sqlite_utils.Database, groups: list[set[str]],
           cache: dict[str, FactView]) -> set[str]:
    """Write each group's happening row and its facts' links, all in a few statements;
    returns the happening ids written."""
    views = _cached(db, set().union(*groups), cache)
    actors, agents = _entity_names(db, sorted(views))
    rows, links = [], []
    for group in groups:
        members = [_with_agents(views[f], agents) for f in sorted(group) if f in views]
        if not members:
            continue
        row = summarise(members, sorted({name for f in group for name in actors.get(f, ())}))
        row.update(actors=json.dumps(row["actors"], ensure_ascii=False),
                   fact_ids=json.dumps(row["fact_ids"]), disputes=json.dumps(row["disputes"]))
        rows.append(row)
        links += [(row["happening_id"], row["articles"], f) for f in sorted(group)]
    _store_rows(db, rows)
    _store_links(db, links)
    return {row["happening_id"] for row in rows}


def _store_rows(db: sqlite_utils.Database, rows: list[dict]) -> None:
    """Insert the new happenings and update, in place, only the changed columns of those
    already stored: a replaced row, or an update naming unchanged columns, rewrites the
    entry of every index on them, and a happening's row is written again each time another
    source reports it."""
    stored = {}
    for chunk in chunks(sorted(row["happening_id"] for row in rows)):
        cursor = db.execute(
            f"SELECT * FROM happenings WHERE happening_id IN ({','.join('?' * len(chunk))})",
            chunk)
        names = [d[0] for d in cursor.description]
        stored.update((r[0], dict(zip(names, r))) for r in cursor)
    new = [row for row in rows if row["happening_id"] not in stored]
    if new:
        db.conn.executemany(
            f"INSERT INTO happenings ({', '.join(new[0])})"
            f" VALUES ({', '.join('?' * len(new[0]))})", [list(r.values()) for r in new])
    for row in rows:
        before = stored.get(row["happening_id"])
        changed = {k: v for k, v in row.items() if before is not None and before[k] != v}
        if changed:
            db.execute(f"UPDATE happenings SET {', '.join(f'{k} = ?' for k in changed)}"
                       " WHERE happening_id = ?", [*changed.values(), row["happening_id"]])


def _store_links(db: sqlite_utils.Database, links: list[tuple[str, int, str]]) -> None:
    """Set each fact's happening and its number of sources where they changed (the index
    on happening ids is rewritten only for the facts that moved)."""
    now = {}
    for chunk in chunks(sorted({fact_id for _, _, fact_id in links})):
        now.update((r[0], r[1:]) for r in db.execute(
            "SELECT fact_id, happening_id, sources FROM facts"
            f" WHERE fact_id IN ({','.join('?' * len(chunk))})", chunk))
    moved = [link for link in links if link[2] in now and now[link[2]][0] != link[0]]
    recounted = [(n, f) for h, n, f in links if f in now and now[f] != (h, n) and now[f][0] == h]
    db.conn.executemany("UPDATE facts SET happening_id = ?, sources = ? WHERE fact_id = ?", moved)
    db.conn.executemany("UPDATE facts SET sources = ? WHERE fact_id = ?", recounted)


def _entity_names(db: sqlite_utils.Database, fact_ids: list[str]) -> tuple[
        dict[str, set[str]], dict[str, set[tuple[str, str]]]]:
    """Each fact's actor and speaker names, and its agents (who did its main deed, as
    (action, name)): read only for the summary, since grouping never looks at names."""
    actors: dict[str, set[str]] = {}
    agents: dict[str, set[tuple[str, str]]] = {}
    for chunk in chunks(fact_ids):
        for fact_id, role, action, name in db.execute(
                "SELECT fe.fact_id, fe.role, fe.action, e.name FROM fact_entities fe"
                " JOIN entities e USING (entity_id)"
                f" WHERE fe.fact_id IN ({','.join('?' * len(chunk))})", chunk):
            if role in ("actor", "speaker"):
                actors.setdefault(fact_id, set()).add(name)
            elif role == "agent":
                agents.setdefault(fact_id, set()).add((action, name))
    return actors, agents


def _with_agents(view: FactView, agents: dict[str, set[tuple[str, str]]]) -> FactView:
    """The view with who did its main deed, for the summary only: candidate lookups and
    `same_happening` never look at agents, so they do not pay for them."""
    if view.fact_id not in agents:
        return view
    return replace(view, agents=frozenset(agents[view.fact_id]))
