"""Datasette hooks for the timeline: `/-/timeline`, `/-/entity/<id>`, the fact row page's
context, and the `places_map` canned query. Hooks only run SQL and render; the rules live
in timeline_core.py beside this file.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Any

import yaml
from datasette import hookimpl
from datasette.database import Database
from datasette.utils import urlsafe_components
from datasette.utils.asgi import Response

# Datasette loads plugins-dir files by path, not as a package: make the sibling importable.
HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import timeline_core as core  # noqa: E402

PLACES_FILE = HERE / "places.yml"
GAZETTEER_FILE = HERE.parent / "events" / "extract" / "gazetteer.yml"
KINDS = ("meeting", "statement", "agreement", "plan", "handover", "history", "incident", "other")
MODALITIES = ("occurred", "planned", "ongoing")
# libyaml's loader when PyYAML was built with it: the gazetteer parses several times faster.
_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


async def timeline_database(datasette) -> Database | None:
    """The first database served that has a `facts` table: the file name is the user's."""
    for name, db in datasette.databases.items():
        if name != "_internal" and await db.table_exists("facts"):
            return db
    return None


async def query(db: Database, sql: str, params: dict[str, Any] | list | None = None) -> list[dict]:
    return [dict(r) for r in (await db.execute(sql, params or {})).rows]


async def entities_by_fact(db: Database, fact_ids: list[str]) -> dict[str, list[dict]]:
    """Every entity each fact names, with its role, in one query for the whole page."""
    if not fact_ids:
        return {}
    marks = ", ".join("?" for _ in fact_ids)
    rows = await query(db, "SELECT fe.fact_id, fe.role, e.entity_id, e.name, e.type"
                       " FROM fact_entities fe JOIN entities e ON e.entity_id = fe.entity_id"
                       f" WHERE fe.fact_id IN ({marks}) ORDER BY e.name", fact_ids)
    grouped: dict[str, list[dict]] = {}
    for row in rows:
        grouped.setdefault(row["fact_id"], []).append(row)
    return grouped


async def timeline_entries(db: Database, filters: core.Filters,
                           limit: int = core.PAGE_SIZE) -> tuple[list[dict], str]:
    """One page of entries ready for the template, and the cursor of the next page."""
    grouped = await db.table_exists("happenings")  # older files list every fact
    few = False
    if grouped and (probe := core.fewest_matches_sql(filters)):
        few = (await query(db, *probe))[0]["n"] < core.FEW_MATCHES
    sql, params = core.timeline_sql(filters, limit, grouped, few)
    rows = await query(db, sql, params)
    next_after = core.page_cursor(rows[limit - 1]) if len(rows) > limit else ""
    rows = rows[:limit]
    if not next_after:
        undated_sql, undated_params = core.undated_sql(filters, limit, grouped, few)
        rows += await query(db, undated_sql, undated_params)
    entities = await entities_by_fact(db, [r["fact_id"] for r in rows])
    for row in rows:
        row["date"] = core.date_label(row["date_value"], row["date_precision"],
                                      row["date_qualifier"])
        row["entities"] = entities.get(row["fact_id"], [])
        row["disputed_on"] = core.disputed_fields(row["disputes"])
    return rows, next_after


async def timeline_page(datasette, request) -> Response:
    db = await timeline_database(datasette)
    if db is None:
        return Response.html("No database with a facts table is served.", status=404)
    filters = core.parse_filters(request.args)
    entries, next_after = await timeline_entries(db, filters)
    entity = None
    if filters.entity:
        found = await query(db, "SELECT * FROM entities WHERE entity_id = ?", [filters.entity])
        entity = found[0] if found else None
    context = {
        "database": db.name, "filters": filters, "entries": entries, "entity": entity,
        "next_url": f"?{filters.query_string(_after=next_after)}" if next_after else "",
        "kinds": KINDS, "modalities": MODALITIES,
    }
    return Response.html(await datasette.render_template(
        "timeline.html", context, request=request, view_name="timeline"))


async def entity_page(datasette, request) -> Response:
    db = await timeline_database(datasette)
    entity_id = request.url_vars["entity_id"]
    found = await query(db, "SELECT * FROM entities WHERE entity_id = ?", [entity_id]) if db else []
    if not found:
        return Response.html(f"No entity {entity_id!r}.", status=404)
    filters = core.Filters(entity=entity_id)
    entries, next_after = await timeline_entries(db, filters)
    context = {
        "database": db.name, "entity": found[0], "aliases": core.actors_of(found[0]["aliases"]),
        "entries": entries, "more": bool(next_after), "filters": filters,
        "together": await query(db, core.CO_OCCURRING_SQL, {"entity": entity_id, "limit": 20}),
    }
    return Response.html(await datasette.render_template(
        "entity.html", context, request=request, view_name="entity"))


@hookimpl
def register_routes():
    return [
        (r"^/-/timeline$", timeline_page),
        (r"^/-/entity/(?P<entity_id>[^/]+)$", entity_page),
    ]


async def fact_context(db: Database, fact_id: str) -> dict[str, Any] | None:
    """What the fact row page adds: the sentence in its paragraph, the date, the history.

    Events are looked up within the article's stream, which the (stream, version) index
    finds at once; scanning the whole log for a JSON field would not scale.
    """
    found = await query(db, "SELECT * FROM facts WHERE fact_id = ?", [fact_id])
    if not found:
        return None
    fact = found[0]
    stream = f"article:{fact['article_id']}"
    texts = await query(db, "SELECT json_extract(data, '$.text') AS text FROM events"
                        " WHERE stream = ? AND type IN ('article_ingested', 'article_revised')"
                        " AND seq <= ? ORDER BY seq DESC LIMIT 1", [stream, fact["last_seq"]])
    article_text = texts[0]["text"] if texts else ""
    history = await query(db, "SELECT seq, recorded_at, type, json_extract(data, '$.reason')"
                          " AS reason, json_extract(data, '$.author') AS author,"
                          " json_extract(data, '$.changes') AS changes FROM events"
                          " WHERE stream = ? AND json_extract(data, '$.fact_id') = ? ORDER BY seq",
                          [stream, fact_id])
    article = await query(db, "SELECT url, title, outlet, published FROM articles"
                          " WHERE article_id = ?", [fact["article_id"]])
    return {
        "fact": fact, "history": history, "article": article[0] if article else {},
        "date": core.date_label(fact["date_value"], fact["date_precision"],
                                fact["date_qualifier"]),
        "segments": core.fact_in_paragraph(article_text, fact["char_start"],
                                           fact["char_end"], fact["date_text"]),
    }


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    """On the row page of a fact, add its context (see templates/row.html)."""
    if view_name != "row" or table != "facts" or request is None:
        return {}

    async def inner() -> dict[str, Any]:
        db = datasette.get_database(database)
        fact_id = urlsafe_components(request.url_vars["pks"])[0]
        return {"fact_context": await fact_context(db, fact_id)}

    return inner


def load_places() -> dict[str, dict[str, float]]:
    """Coordinates from plugins/places.yml, overridden by the gazetteer's where it has them.

    Datasette asks for canned queries on every page, and reading the gazetteer takes a
    quarter of a second without its cached copy, so the result is kept until either file
    changes on disk."""
    return dict(_places_as_of(_mtime(PLACES_FILE), _mtime(GAZETTEER_FILE)))


def _mtime(path: Path) -> float:
    return path.stat().st_mtime if path.exists() else 0.0


@functools.lru_cache(maxsize=2)
def _places_as_of(places_mtime: float, gazetteer_mtime: float) -> dict[str, dict[str, float]]:
    places = yaml.load(PLACES_FILE.read_text(encoding="utf-8"), Loader=_YamlLoader)["places"]
    if gazetteer_mtime:
        from events.extract.gazetteer import gazetteer_data  # its cached copy, see there
        places.update(core.gazetteer_coordinates(gazetteer_data(GAZETTEER_FILE) or {}))
    return places


@hookimpl
def canned_queries(datasette, database):
    """`places_map`: facts per place with coordinates, for datasette-cluster-map."""

    async def inner() -> dict[str, Any]:
        db = datasette.get_database(database)
        if database == "_internal" or not await db.table_exists("facts"):
            return {}
        return {"places_map": {
            "title": "Map of places",
            "description": "How many current facts happened at each place, with coordinates"
                           " from plugins/places.yml, drawn on a map by datasette-cluster-map.",
            "sql": core.places_map_sql(load_places()),
        }}

    return inner


@hookimpl
def menu_links(datasette):
    return [{"href": datasette.urls.path("/-/timeline"), "label": "Timeline"}]
