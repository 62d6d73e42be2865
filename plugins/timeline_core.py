"""Pure logic behind the timeline pages: filters from a query string to SQL, dates drawn at
their real precision, a fact's sentence located in its paragraph, and the places map query.

Nothing here touches Datasette or a database, so every rule is tested on tables of cases
(tests/test_timeline_page.py); the hooks in timeline.py only run the SQL and render.
"""

# No `from __future__ import annotations`: Datasette also loads this file as a plugin, by
# path and outside sys.modules, where dataclasses cannot resolve string annotations.
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlencode

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
FILTER_KEYS = ("entity", "kind", "modality", "from", "to", "q")
PAGE_SIZE = 100
EN_DASH = "\u2013"


@dataclass(frozen=True)
class Filters:
    """What the analyst asked for, exactly as the URL says it (empty means no filter)."""

    entity: str = ""
    kind: str = ""
    modality: str = ""
    date_from: str = ""
    date_to: str = ""
    q: str = ""
    after: str = ""  # keyset cursor of the next page, see `page_cursor`
    errors: tuple[str, ...] = field(default=())

    def query_string(self, **changes: str) -> str:
        """The URL query for these filters, with some changed: links keep the other filters."""
        values = {"entity": self.entity, "kind": self.kind, "modality": self.modality,
                  "from": self.date_from, "to": self.date_to, "q": self.q, **changes}
        return urlencode({k: v for k, v in values.items() if v})


def parse_filters(args: Mapping[str, str]) -> Filters:
    """Read the filters from query arguments; a malformed date is reported and ignored
    rather than failing the page, so a typo in the URL still shows the timeline."""
    errors: list[str] = []
    dates = {}
    for key in ("from", "to"):
        value = (args.get(key) or "").strip()
        if value and not PARTIAL_DATE.match(value):
            errors.append(f"{key}: {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD; ignored")
            value = ""
        dates[key] = value
    return Filters(
        entity=(args.get("entity") or "").strip(), kind=(args.get("kind") or "").strip(),
        modality=(args.get("modality") or "").strip(), date_from=dates["from"],
        date_to=dates["to"], q=(args.get("q") or "").strip(),
        after=(args.get("_after") or "").strip(), errors=tuple(errors),
    )


def range_bounds(date_from: str, date_to: str) -> tuple[str | None, str | None]:
    """Day bounds equivalent to the entity_timeline query's prefix comparisons, but usable
    with the index on date_start: `substr(date_end, 1, len(from)) >= from` is
    `date_end >= from` padded with `-00`, and the `to` side pads with `-99`."""
    low = (date_from + "-00" * ((10 - len(date_from)) // 3)) if date_from else None
    high = (date_to + "-99" * ((10 - len(date_to)) // 3)) if date_to else None
    return low, high


def fts_query(text: str) -> str:
    """Each word as a quoted FTS5 term, so `AMMTC+ROK` or a stray quote is not a syntax
    error; all words must match (FTS5's implicit AND)."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    return " ".join(f'"{w}"' for w in words)


TIMELINE_COLUMNS = """
    f.fact_id, f.article_id, f.position, f.text, f.kind, f.modality,
    f.date_value, f.date_start, f.date_end, f.date_precision, f.date_basis,
    f.date_qualifier, f.date_doubt, f.place, f.actors,
    a.url AS article_url, a.title AS article_title, a.outlet AS article_outlet,
    a.published AS article_published"""
ORDER_KEY = ("date_start", "date_end", "article_id", "position")
# Below this many matching facts a filtered page starts from the matches, whose cost grows
# with them (at 1M facts: 38 ms for 1,500, 213 ms for 46,000); above it, walking the
# happenings in date order finds a page sooner, at a cost that falls as matches grow (1 s
# for 1,500, 20 ms for 46,000). Interpolated, the two cross near 20,000.
FEW_MATCHES = 20_000


def filter_clauses(filters: Filters, alias: str = "f",
                   test_only: bool = False) -> tuple[list[str], dict[str, Any]]:
    """WHERE clauses and parameters for the entity, kind, modality and search filters on
    the fact `alias`, each written to use an index. `test_only`: written to test rows one by
    one (a `+` keeps SQLite from starting at the set), right when the page walks the date
    index and many rows match."""
    clauses: list[str] = []
    params: dict[str, Any] = {}
    plus = "+" if test_only else ""
    if filters.entity:  # to test a row, one probe of the primary key beats a whole set
        clauses.append(f"EXISTS (SELECT 1 FROM fact_entities fe WHERE fe.fact_id = {alias}.fact_id"
                       " AND fe.entity_id = :entity)" if test_only else
                       f"{alias}.fact_id IN"
                       " (SELECT fact_id FROM fact_entities WHERE entity_id = :entity)")
        params["entity"] = filters.entity
    for column in ("kind", "modality"):
        if getattr(filters, column):
            clauses.append(f"{plus}{alias}.{column} = :{column}")
            params[column] = getattr(filters, column)
    terms = fts_query(filters.q)
    if terms:
        clauses.append(f"{plus}{alias}.rowid IN"
                       " (SELECT rowid FROM facts_fts WHERE facts_fts MATCH :q)")
        params["q"] = terms
    return clauses, params


def date_clauses(filters: Filters, alias: str) -> tuple[list[str], dict[str, Any]]:
    """The date range on `alias` (a fact, or a happening: its date is its best-dated fact's)."""
    clauses, params = [], {}
    low, high = range_bounds(filters.date_from, filters.date_to)
    if low:
        clauses.append(f"{alias}.date_end >= :low")
        params["low"] = low
    if high:
        clauses.append(f"{alias}.date_start <= :high")
        params["high"] = high
    return clauses, params


def fewest_matches_sql(filters: Filters, cap: int = FEW_MATCHES) -> tuple[str, dict] | None:
    """How many facts the most selective filter matches, counting no further than `cap`
    (each count stops there, so asking costs little whatever the answer); None without
    entity, kind, modality or search filters. Decides `few` for `timeline_sql`.
    Each count reads its own index, the search's straight from the full-text index, so
    a common word is not gathered whole just to be counted."""
    _, params = filter_clauses(filters)
    sources = {"entity": "fact_entities WHERE entity_id = :entity",
               "kind": "facts WHERE kind = :kind", "modality": "facts WHERE modality = :modality",
               "q": "facts_fts WHERE facts_fts MATCH :q"}
    counts = " UNION ALL ".join(
        f"SELECT COUNT(*) AS n FROM (SELECT 1 FROM {source} LIMIT :cap)"
        for key, source in sources.items() if key in params)
    return (f"SELECT MIN(n) AS n FROM ({counts})", {**params, "cap": cap}) if counts else None


def _happenings_from(filters: Filters, few: bool) -> tuple[str, list[str], dict[str, Any]]:
    """FROM and WHERE for one entry per happening, listed when ANY of its facts passes the
    entity, kind, modality and search filters; the entry shows the best-dated fact.

    `few`: start from the matching facts' happenings and sort them. Otherwise walk the
    happenings in date order (happenings_date index) and test each one's facts through
    facts.happening_id, stopping at a page: cheap when matches are common, and unfiltered
    pages never look at the members at all.
    """
    joins = (" CROSS JOIN facts f ON f.fact_id = h.representative"
             " LEFT JOIN articles a ON a.article_id = f.article_id")
    clauses, params = filter_clauses(filters, "m", test_only=not few)
    where, date_params = date_clauses(filters, "h")
    params.update(date_params)
    if not clauses:
        return "FROM happenings h" + joins, where, params
    members = " AND ".join(clauses)
    if few:
        return (f"FROM (SELECT DISTINCT m.happening_id FROM facts m WHERE {members}) hit"
                " CROSS JOIN happenings h ON h.happening_id = hit.happening_id" + joins,
                where, params)
    where.append("EXISTS (SELECT 1 FROM facts m WHERE m.happening_id = h.happening_id"
                 f" AND {members})")
    return "FROM happenings h" + joins, where, params


def _facts_from(filters: Filters) -> tuple[str, list[str], dict[str, Any]]:
    """Every fact an entry of its own: a file written before happenings existed."""
    clauses, params = filter_clauses(filters)
    dates, date_params = date_clauses(filters, "f")
    return ("FROM facts f LEFT JOIN articles a ON a.article_id = f.article_id",
            clauses + dates, {**params, **date_params})


def _columns(grouped: bool) -> str:
    extra = (",\n    h.happening_id, h.sources, h.articles, h.disputed, h.disputes" if grouped else
             ",\n    NULL AS happening_id, 1 AS sources, 1 AS articles, 0 AS disputed,"
             " '[]' AS disputes")
    return TIMELINE_COLUMNS + extra


def _entries_query(filters: Filters, grouped: bool, few: bool, dated: bool
                   ) -> tuple[str, list[str], dict[str, Any], str]:
    """FROM, WHERE, params and the date alias (`h` for happenings, `f` for facts); a
    happening's date is its best-dated fact's, so both page in the same order."""
    if grouped:
        from_sql, where, params = _happenings_from(filters, few)
        alias = "h"
    else:
        (from_sql, where, params), alias = _facts_from(filters), "f"
    where.append(f"{alias}.date_start IS {'NOT ' if dated else ''}NULL")
    return from_sql, where, params, alias


def timeline_sql(filters: Filters, limit: int = PAGE_SIZE, grouped: bool = False,
                 few: bool = False) -> tuple[str, dict[str, Any]]:
    """One page of dated entries, earliest first, after the page cursor.

    Keyset paging on (date_start, date_end, article_id, position) walks the date index, so
    page 1,000 costs what page 1 costs; undated entries are listed by `undated_sql`.
    `few`: the filters match fewer than FEW_MATCHES facts (see `fewest_matches_sql`).
    """
    from_sql, where, params, d = _entries_query(filters, grouped, few, dated=True)
    cursor = parse_cursor(filters.after)
    if cursor:
        where.append(f"({d}.date_start, {d}.date_end, f.article_id, f.position)"
                     " > (:c_start, :c_end, :c_article, :c_position)")
        params.update(zip(("c_start", "c_end", "c_article", "c_position"), cursor))
    sql = (f"SELECT {_columns(grouped)}\n{from_sql}\nWHERE {' AND '.join(where)}\n"
           f"ORDER BY {d}.date_start, {d}.date_end, f.article_id, f.position\nLIMIT :limit")
    params["limit"] = limit + 1
    return sql, params


def undated_sql(filters: Filters, limit: int = PAGE_SIZE, grouped: bool = False,
                few: bool = False) -> tuple[str, dict[str, Any]]:
    """The entries without a date, shown after the last dated page."""
    from_sql, where, params, _ = _entries_query(filters, grouped, few, dated=False)
    sql = (f"SELECT {_columns(grouped)}\n{from_sql}\nWHERE {' AND '.join(where)}\n"
           "ORDER BY f.article_id, f.position\nLIMIT :limit")
    params["limit"] = limit
    return sql, params


def page_cursor(row: Mapping[str, Any]) -> str:
    """The `_after` value that continues the timeline after this row."""
    return json.dumps([row[k] for k in ORDER_KEY], ensure_ascii=False, separators=(",", ":"))


def parse_cursor(value: str) -> list[Any] | None:
    """A cursor from the URL, or None when absent or not one of ours."""
    if not value:
        return None
    try:
        cursor = json.loads(value)
    except ValueError:
        return None
    if isinstance(cursor, list) and len(cursor) == len(ORDER_KEY):
        return cursor
    return None


def with_cursor(filters: Filters, after: str) -> Filters:
    return replace(filters, after=after)


@dataclass(frozen=True)
class DateLabel:
    """A date as a reader sees it: `text` at the precision the source gives, `is_span` when
    it covers a range that is drawn as a bar, and `machine` for <time datetime=...>."""

    text: str
    is_span: bool
    machine: str


def _single(value: str) -> str:
    parts = value.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def _span(first: str, last: str) -> str:
    """`19–23 Aug 2023`, `Jun–Aug 2023`, `2021–2025`: the shared tail is written once."""
    a, b = first.split("-"), last.split("-")
    if len(a) != len(b) or len(a) == 1 or a[0] != b[0]:
        return f"{_single(first)}{EN_DASH}{_single(last)}" if len(a) == 1 and len(b) == 1 \
            else f"{_single(first)} {EN_DASH} {_single(last)}"
    if len(a) == 3 and a[1] == b[1]:
        return f"{int(a[2])}{EN_DASH}{int(b[2])} {MONTHS[int(a[1]) - 1]} {a[0]}"
    if len(a) == 3:
        return f"{int(a[2])} {MONTHS[int(a[1]) - 1]} {EN_DASH} {_single(last)}"
    return f"{MONTHS[int(a[1]) - 1]}{EN_DASH}{MONTHS[int(b[1]) - 1]} {a[0]}"


QUALIFIER_WORDS = {"since": "since", "early": "early", "mid": "mid", "late": "late"}


def date_label(value: str | None, precision: str | None = None,
               qualifier: str | None = None) -> DateLabel:
    """Format an EDTF value at exactly its precision: never invent a day or a month.

    EDTF marks `?` (uncertain) and `~` (approximate) are shown as `?` and `c.`; a value we
    cannot read is shown as written rather than dropped.
    """
    if not value:
        return DateLabel("undated", False, "")
    raw = value.strip()
    marks = set(re.findall(r"[?~%]", raw))
    bare = re.sub(r"[?~%]", "", raw)
    ends = bare.split("/")
    if not all(PARTIAL_DATE.match(e) for e in ends) or len(ends) > 2:
        return DateLabel(raw, "/" in raw, "")
    is_span = len(ends) == 2 and ends[0] != ends[1]
    text = _span(*ends) if is_span else _single(ends[0])
    if qualifier in QUALIFIER_WORDS:
        text = f"{QUALIFIER_WORDS[qualifier]} {text}"
    if "~" in marks or "%" in marks:
        text = f"c. {text}"
    if "?" in marks or "%" in marks:
        text += "?"
    return DateLabel(text, is_span, bare)


@dataclass(frozen=True)
class Segment:
    """A run of the paragraph text: `role` is "" (context), "fact" or "date"."""

    text: str
    role: str


def fact_in_paragraph(article: str, start: int | None, end: int | None,
                      date_text: str | None) -> list[Segment]:
    """The paragraph around [start, end) cut into segments, with the fact marked and the
    date words marked inside it, so the template can highlight without building HTML.

    Offsets that do not fit the text (a revised article) give the fact alone, unmarked.
    """
    if start is None or end is None or not (0 <= start <= end <= len(article)):
        return []
    para_start = article.rfind("\n", 0, start) + 1
    para_end = article.find("\n", end)
    para_end = len(article) if para_end == -1 else para_end
    segments = [Segment(article[para_start:start], "")]
    segments += _mark_date(article[start:end], date_text)
    segments.append(Segment(article[end:para_end], ""))
    return [s for s in segments if s.text]


def _mark_date(sentence: str, date_text: str | None) -> list[Segment]:
    at = sentence.find(date_text) if date_text else -1
    if at == -1:
        return [Segment(sentence, "fact")]
    stop = at + len(date_text)
    return [Segment(sentence[:at], "fact"), Segment(sentence[at:stop], "date"),
            Segment(sentence[stop:], "fact")]


def actors_of(actors_json: str | None) -> list[str]:
    """The facts table keeps actors as a JSON array of names; tolerate a bad value."""
    try:
        names = json.loads(actors_json or "[]")
    except ValueError:
        return []
    return [n for n in names if isinstance(n, str)] if isinstance(names, list) else []


DEEDS_DONE = {"open": "opened", "close": "closed", "sign": "signed", "lead": "led",
              "host": "hosted"}


def disputed_fields(disputes_json: str | None) -> list[str]:
    """What a happening's sources disagree on, in words for the badge: `the date`, `the
    place`, `how many peserta`, `who opened it`."""
    try:
        disputes = json.loads(disputes_json or "[]")
    except ValueError:
        return []
    words = []
    for dispute in disputes if isinstance(disputes, list) else []:
        field = str(dispute.get("field", ""))
        if field == "agent":
            action = dispute.get("action")
            words.append(f"who {DEEDS_DONE.get(action, action or 'did')} it")
        elif field.startswith("figure:"):
            words.append(f"how many {field.split(':', 1)[1]}")
        elif field:
            words.append(f"the {field}")
    return list(dict.fromkeys(words))


CO_OCCURRING_SQL = """
SELECT e.entity_id, e.name, e.type, COUNT(DISTINCT b.fact_id) AS together
FROM fact_entities a
JOIN fact_entities b ON b.fact_id = a.fact_id AND b.entity_id != a.entity_id
JOIN entities e ON e.entity_id = b.entity_id
WHERE a.entity_id = :entity
GROUP BY e.entity_id ORDER BY together DESC, e.name LIMIT :limit"""


def places_map_sql(places: Mapping[str, Mapping[str, float]]) -> str:
    """A query joining each fact's place to coordinates given as a VALUES list, so the map
    works before the gazetteer has coordinates and without writing a table ourselves
    (projections are written by events/project.py only)."""
    rows = ",\n    ".join(
        f"({_sql_text(name)}, {float(p['latitude'])!r}, {float(p['longitude'])!r})"
        for name, p in sorted(places.items()))
    return (
        "WITH coordinates(place, latitude, longitude) AS (VALUES\n    " + rows + "\n)\n"
        "SELECT c.place, c.latitude, c.longitude, COUNT(*) AS facts\n"
        "FROM coordinates c JOIN facts f ON f.place = c.place\n"
        "GROUP BY c.place ORDER BY facts DESC, c.place")


def gazetteer_coordinates(gazetteer: Mapping[str, Any]) -> dict[str, dict[str, float]]:
    """Coordinates of every gazetteer entry that has `lat` and `lon`, by canonical name:
    the gazetteer is the project's own data, so it wins over plugins/places.yml."""
    found = {}
    for entries in gazetteer.values():
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and entry.get("lat") is not None \
                    and entry.get("lon") is not None:
                found[entry["name"]] = {"latitude": entry["lat"], "longitude": entry["lon"]}
    return found


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
