"""Three fixes to the SQL of Datasette 0.65's table view, which has no hook for it.

Pages in a sort order that has ties: the first page sorts by the sort column alone
(`order by date_start limit 101`), but its "next" link resumes after the last row's
(sort value, primary key), and later pages sort by both. Rows tied on the sort value at a
page's end were skipped or repeated, because the first page's ties came in whatever order
the plan gave (the rowid's, not `fact_id`'s). The first page now sorts by the primary key
too, as the later ones do, so following `next` yields every row once.

`?_search=words` is the clause `rowid in (select rowid from FTS where FTS match ...)`,
run for the page's rows in the table's sort order and again for `select count(*)`. For
words in a sixth of a million facts, both read 160,000 rows by rowid: 235 ms to fetch
them all and sort them to keep 101, and 194 ms to count them (SQLite alone, one day's
measurement). Instead:

- the count: where the search is the page's only condition, the full-text index counts
  its own matches (47 ms). It is the same number when the index is an external-content
  FTS table of that very table, kept equal to it by triggers; only then is it used.
- the rows: where the search matches many rows, `+rowid in (...)` (the same condition,
  not usable as a rowid lookup) lets SQLite walk the table in its sort order through the
  sort column's index and stop at the page's last row (96 ms). Where it matches few,
  fetching and sorting the matches is faster. The break-even is at about
  sqrt(page rows x table rows) matches (walking meets a match every rows/matches rows): a
  probe of the index counts up to that. The walk is used only where SQLite can walk
  without sorting all it finds (no temporary b-tree but for ties).

The count of a search-only first page does not wait for its rows: when the rows' query
comes, the count that the table view will ask next is started beside it (SQLite works in
another of Datasette's threads, on the second core), and handed over when asked. A count
nobody asks for (`_nocount=1`) is dropped after a few more.

The plugin wraps `execute` of each database whose tables have metadata, and rewrites
exactly these shapes of SQL for its tables (not views); everything else passes through.
The rows, their order and the counts are what Datasette's own queries give (tests compare
every page), except that ties are now in primary-key order on every page.
"""

from __future__ import annotations

import asyncio
import math
import re
from typing import Any

from datasette import hookimpl
from datasette.utils import escape_sqlite

SEARCH = (r"rowid in \(select rowid from (?P<fts>\w+) where (?P=fts) match "
          r"(?P<match>escape_fts\(:search\)|:search)\)")
COUNT = re.compile(rf"^select count\(\*\) from (?P<table>\w+) where {SEARCH}\s*$")
# The table view's rows: plain columns (no subquery before the table), one table, a WHERE
# of its filters, an ORDER BY and a LIMIT; nothing grouped, joined or combined.
ROWS = re.compile(r"^select [^()]+? from (?P<table>\w+) (?:where (?P<where>.+) )?"
                  r"order by (?P<order>[^()]+) limit (?P<limit>\d+)(?: offset \d+)?$", re.S)
COMBINED = re.compile(r" (?:group by|union|join|having|intersect|except) ", re.I)
IN_WHERE = re.compile(rf"(?:^|(?<= and )){SEARCH}(?=$| and )")
ONE_TERM = re.compile(r"^(?:\w+|\[[^\]]+\]|\"[^\"]+\")(?: desc)?$")
CONTENT = re.compile(r"""content\s*=\s*["'\[]?(\w+)["'\]]?""", re.I)
KEPT_COUNTS = 8  # counts started ahead and not yet asked for, at most


class TableQueries:
    """The rewriting `execute` of one database; `original` is the database's own.
    `keys`: {table: its primary key columns, or rowid}; `searched`: {table: its
    fts_table from metadata}; `counted`: the tables whose index counts their rows."""

    def __init__(self, original, keys: dict, searched: dict, counted: set) -> None:
        self.original, self.keys = original, keys
        self.searched, self.counted = searched, counted
        self.started: dict[tuple, asyncio.Task] = {}

    async def __call__(self, sql: str, params: Any = None, **kwargs: Any):
        count = COUNT.match(sql)
        if count:
            sql = self.counted_in_index(sql, count)
            started = self.started.pop(self.count_key(sql, params), None)
            if started is not None and not kwargs:
                return await started
        else:
            rows = ROWS.match(sql)
            if rows and rows.group("table") in self.keys and not COMBINED.search(sql):
                self.start_count(rows, params)
                sql = await self.walked(self.tie_ordered(sql, rows), params)
        return await self.original(sql, params, **kwargs)

    def counted_in_index(self, sql: str, count: re.Match) -> str:
        table, fts = count.group("table"), count.group("fts")
        if table not in self.counted or self.searched.get(table) != fts:
            return sql
        return f"select count(*) from {fts} where {fts} match {count.group('match')}"

    @staticmethod
    def count_key(sql: str, params: Any) -> tuple:
        return sql, (params or {}).get("search") if isinstance(params, dict) else None

    def start_count(self, rows: re.Match, params: Any) -> None:
        """Start the count of a first page whose only condition is a search, as the
        table view will ask it (`select count(*) from TABLE where SEARCH`)."""
        table, where = rows.group("table"), rows.group("where") or ""
        search = IN_WHERE.search(where)
        if not search or search.group(0) != where.strip() or not isinstance(params, dict):
            return
        asked = f"select count(*) from {table} where {where}"
        sql = self.counted_in_index(asked, COUNT.match(asked))
        key = self.count_key(sql, params)
        self.started.pop(key, None)  # one left by a page that did not count may be stale
        task = asyncio.ensure_future(self.original(sql, {"search": params.get("search")}))
        task.add_done_callback(lambda done: done.cancelled() or done.exception())
        self.started[key] = task
        while len(self.started) > KEPT_COUNTS:
            self.started.pop(next(iter(self.started)))

    def tie_ordered(self, sql: str, rows: re.Match) -> str:
        """A first page's one sort term followed by the primary key, as on later pages."""
        term, keys = rows.group("order"), self.keys[rows.group("table")]
        if not ONE_TERM.match(term) or term.split(" ")[0].strip('[]"') in keys:
            return sql
        keys = ", ".join(escape_sqlite(key) for key in keys)
        start, end = rows.span("order")
        return f"{sql[:start]}{sql[start:end]}, {keys}{sql[end:]}"

    async def walked(self, sql: str, params: Any) -> str:
        """The rows' query with `+rowid` in its search, where that is the faster plan."""
        rows = ROWS.match(sql)
        table = rows.group("table")
        search = IN_WHERE.search(rows.group("where") or "")
        if not search or self.searched.get(table) != search.group("fts"):
            return sql
        fts, limit = search.group("fts"), int(rows.group("limit"))
        size = (await self.original(f"select max(rowid) from {table}")).rows[0][0] or 0
        enough = max(limit, math.isqrt(limit * size))
        probe = (f"select count(*) from (select rowid from {fts} where {fts} match"
                 f" {search.group('match')} limit {enough})")
        if (await self.original(probe, params)).rows[0][0] < enough:
            return sql
        at = rows.start("where") + search.start()
        walking = f"{sql[:at]}+{sql[at:]}"
        plan = await self.original(f"explain query plan {walking}", params)
        if any("TEMP B-TREE FOR ORDER BY" in str(step[-1]) for step in plan.rows):
            return sql
        return walking


async def content_tables(db, searched: dict[str, str]) -> set[str]:
    """The tables whose fts_table is an external-content index of that very table."""
    same = set()
    for table, fts in searched.items():
        rows = (await db.execute("select sql from sqlite_master where name = ?", [fts])).rows
        match = CONTENT.search(rows[0][0] or "") if rows else None
        if match and match.group(1) == table:
            same.add(table)
    return same


async def wrap(datasette, name: str, db) -> None:
    tables = (datasette.metadata(database=name) or {}).get("tables") or {}
    if not tables or isinstance(db.execute, TableQueries):
        return
    keys = {table: await db.primary_keys(table) or ["rowid"]
            for table in await db.table_names()}
    searched = {table: meta["fts_table"] for table, meta in tables.items()
                if isinstance(meta, dict) and meta.get("fts_table") and table in keys}
    db.execute = TableQueries(db.execute, keys, searched, await content_tables(db, searched))


@hookimpl
def startup(datasette):
    async def wrap_all() -> None:
        for name, db in list(datasette.databases.items()):
            await wrap(datasette, name, db)

    return wrap_all
