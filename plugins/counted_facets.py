"""A `counted` facet type: a column facet that stays fast at a million rows.

Configured in metadata.yml like Datasette's own `- array: tags` form:

    facets:
      - counted: kind

All the counted facets of one page are computed together, over the page's filtered set
(its filters, search and `_where`, never its `_next` pagination: the counts describe the
set, not the page), in the cheapest honest way:

- the whole table: one indexed read of `facet_counts` per column, a projection that SQLite
  triggers keep equal to `SELECT col, COUNT(*) ... WHERE col IS NOT NULL GROUP BY col`
  (see events/project_facets.py);
- a filtered set of at most `sample_above` rows (Datasette's own count of the page tells):
  exact counts, every facet from one pass over the rows instead of a GROUP BY each;
- a larger one: counts estimated from the rows in evenly spaced rowid slices of the table
  (about `sample_rows` of them; a full-text search reads only those slices of its index),
  scaled to the page's exact row count and rounded to two significant figures. Such a facet
  says `"approximate"` in the JSON with the link to its exact counts (`_facet_exact=1`),
  and the page shows the counts as `≈` (templates/_facet_results.html).

The results otherwise have ColumnFacet's shape, order (count desc, then value), toggle URLs,
selected state and `truncated`, and say `"type": "column"`, so the page looks and links the
same as with `- kind`. Both thresholds can be set as plugin configuration, e.g.
`plugins: {counted-facets: {sample_above: 30000, sample_rows: 10000}}`.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from typing import Any

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import ColumnFacet
from datasette.filters import Filters
from datasette.plugins import pm
from datasette.utils import (
    await_me_maybe,
    escape_sqlite,
    path_with_added_args,
    path_with_removed_args,
    sqlite_timelimit,
)
from datasette.views.base import ureg

PLUGIN = "counted-facets"
# One pass over 30,000 rows costs about what the sample costs; past that, estimate.
SAMPLE_ABOVE = 30_000
SAMPLE_ROWS = 10_000
SLICES = 100  # many thin slices rather than a few wide ones: articles cluster in rowids
EXACT_ARG = "_facet_exact"
# Datasette's `_search` clause (datasette/filters.py): the slice goes inside its subquery
# so that the full-text index reads only the slices, not every match.
FTS_CLAUSE = re.compile(
    r"^\[?rowid\]? in \(select rowid from \S+ where \S+ match "
    r"(escape_fts\(:search\w*\)|:search\w*)\)$")
IN_SLICE = "rowid >= :_slice_lo and rowid <= :_slice_hi"


def sqlite_order(value: Any) -> tuple:
    """SQLite's ORDER BY for mixed values (numbers, then text, then blobs), in Python."""
    rank = 0 if isinstance(value, (int, float)) else 1 if isinstance(value, str) else 2
    return (rank, value)


def two_figures(number: float) -> int:
    """An estimate rounded to two significant figures: 162,355 -> 160,000; 47 -> 47."""
    rounded = round(number)
    digits = len(str(abs(rounded)))
    return round(rounded, -(digits - 2)) if digits > 2 else rounded


def slices(low: int, high: int, share: float, count: int = SLICES) -> list[tuple[int, int]]:
    """`count` (fewer for a small table) equal rowid ranges, evenly spaced over
    [low, high], together covering about `share` of it."""
    span = high - low + 1
    covered = max(1, min(span, round(span * share)))
    count = max(1, min(count, covered))
    width = covered // count
    return [(low + (i * span) // count, low + (i * span) // count + width - 1)
            for i in range(count)]


def ranked(counts: Counter, size: int) -> list[tuple[Any, int]]:
    """The `size` most common values, as ColumnFacet's `order by count desc, value`."""
    return sorted(counts.items(), key=lambda vc: (-vc[1], sqlite_order(vc[0])))[:size]


class CountedFacet(ColumnFacet):
    type = "counted"

    async def suggest(self):
        # Datasette's ColumnFacet already suggests column facets; suggesting again would
        # list every column twice.
        return []

    def _setting(self, name: str, default: int) -> int:
        config = self.ds.plugin_config(PLUGIN, database=self.database, table=self.table) or {}
        return int(config.get(name, default))

    async def _filtered_set(self) -> tuple[list[str], dict] | None:
        """The WHERE clauses and parameters of the page's filtered set without `_next`.

        Datasette 0.65 hands facets the page's SQL with the `_next` keyset clause added
        last, so page 2's facets would count only the rows after page 1. The clauses are
        built again here the way the table view builds them (filters, then the
        filters_from_request hooks), and used only if they are exactly the start of the
        facet SQL Datasette gave: None otherwise, and that SQL is counted as it is."""
        if not self.table:
            return None
        args = [(key, value) for key in self.request.args
                if not (key.startswith("_") and "__" not in key)
                for value in self.request.args.getlist(key)]
        units = self.ds.table_metadata(self.database, self.table).get("units", {})
        clauses, params = Filters(sorted(args), units, ureg).build_where_clauses(self.table)
        for hook in pm.hook.filters_from_request(
                request=self.request, table=self.table, database=self.database,
                datasette=self.ds):
            found = await await_me_maybe(hook)
            if found:
                clauses.extend(found.where_clauses)
                params.update(found.params)
        table = f" from {escape_sqlite(self.table)} "
        rest = self.sql[self.sql.find(table):] if table in self.sql else ""
        where = f"where {' and '.join(clauses)}" if clauses else ""
        paged = "_next" in self.request.args and rest.startswith(
            table + (where + " and " if clauses else "where "))
        if rest != table + (where + " " if where else "") and not paged:
            return None
        if any(self.params.get(k, object()) != v for k, v in params.items()):
            return None
        return clauses, params

    async def _maintained(self, columns: list[str]) -> set[str]:
        """The columns whose counts `facet_counts` keeps for this table: those with the
        per-column update trigger, when the insert and delete triggers exist too."""
        names = [f"facet_counts_{self.table}_insert", f"facet_counts_{self.table}_delete",
                 *(f"facet_counts_{self.table}_update_{c}" for c in columns)]
        marks = ", ".join("?" for _ in names)
        found = {r[0] for r in (await self.ds.execute(
            self.database,
            f"select name from sqlite_master where type = 'trigger' and name in ({marks})",
            names)).rows}
        if not set(names[:2]) <= found:
            return set()
        return {c for c in columns if f"facet_counts_{self.table}_update_{c}" in found}

    async def _stored(self, column: str) -> Counter:
        rows = await self.ds.execute(
            self.database,
            "select value, count from facet_counts where table_name = :table"
            " and column_name = :column",
            {"table": self.table, "column": column},
            custom_time_limit=self.ds.setting("facet_time_limit_ms"))
        return Counter({row["value"]: row["count"] for row in rows})

    async def _one_pass(self, sql: str, params: dict, columns: list[str],
                        windows: list[tuple[int, int]] | None = None) -> tuple[dict, int]:
        """Value counts of every column over the rows `sql` selects (once per window when
        given), read in one pass: (counts by column, rows read). Asked for by the exact
        counts link, it may take as long as any query; otherwise as long as a facet."""
        exact_asked = self.request.args.get(EXACT_ARG) and not windows
        limit = self.ds.setting("sql_time_limit_ms" if exact_asked else "facet_time_limit_ms")

        def read(conn: sqlite3.Connection) -> list[tuple]:
            rows: list[tuple] = []
            with sqlite_timelimit(conn, limit):
                for window in windows or [None]:
                    bound = params if window is None else {
                        **params, "_slice_lo": window[0], "_slice_hi": window[1]}
                    rows += conn.execute(sql, bound).fetchall()
            return rows

        def count(conn: sqlite3.Connection) -> tuple[dict, int]:
            # Datasette's connections decode text with a Python function and wrap each row
            # in sqlite3.Row: a third of the time of reading 10,000 rows. Plain tuples and
            # str here; text that is not UTF-8 is read again Datasette's way.
            factories = conn.row_factory, conn.text_factory
            conn.row_factory, conn.text_factory = None, str
            try:
                rows = read(conn)
            except sqlite3.OperationalError as error:
                if "decode" not in str(error):
                    raise
                conn.row_factory, conn.text_factory = factories
                rows = read(conn)
            finally:
                conn.row_factory, conn.text_factory = factories
            counts = {}
            for column, values in zip(columns, zip(*rows) if rows else [()] * len(columns)):
                counts[column] = Counter(values)  # counted in C, unlike a loop over rows
                counts[column].pop(None, None)
            return counts, len(rows)

        try:
            return await self.ds.get_database(self.database).execute_fn(count)
        except sqlite3.OperationalError as error:
            if "interrupted" in str(error):
                raise QueryInterrupted(error, sql, params) from error
            raise

    async def _sampled(self, clauses: list[str], params: dict,
                       columns: list[str]) -> tuple[dict, dict] | None:
        """Estimated counts from evenly spaced rowid slices, with what the page says about
        them; None when the slices hold too few rows to estimate from."""
        wanted = self._setting("sample_rows", SAMPLE_ROWS)
        table = escape_sqlite(self.table)
        try:
            low, high = (await self.ds.execute(  # each alone, or SQLite reads every row
                self.database, f"select (select min(rowid) from {table}),"
                f" (select max(rowid) from {table})")).rows[0]
        except sqlite3.OperationalError:  # a view or WITHOUT ROWID table: no slices
            return None
        if low is None:
            return None
        windows = slices(low, high, wanted / self.row_count)
        sliced = [c[:-1] + f" and {IN_SLICE})" if FTS_CLAUSE.match(c) else c for c in clauses]
        sql = (f"select {', '.join(escape_sqlite(c) for c in columns)} from {table}"
               f" where {' and '.join([*sliced, IN_SLICE])}")
        counts, read = await self._one_pass(sql, params, columns, windows)
        if read < max(1, wanted // 10):
            return None
        scale = self.row_count / read
        estimated = {c: Counter({v: two_figures(n * scale) for v, n in counts[c].items()})
                     for c in columns}
        note = {"sampled": read, "rows": self.row_count,
                "exact_url": self.ds.absolute_url(self.request, self.ds.urls.path(
                    path_with_added_args(self.request, {EXACT_ARG: "1"})))}
        return estimated, note

    async def _counts(self, columns: list[str]) -> tuple[dict, dict | None]:
        """Value counts of every counted column for the page, and the sample note when
        they are estimates."""
        found = await self._filtered_set()
        if found is None:  # a facet SQL we cannot read: count it as Datasette gives it
            sql = f"select {', '.join(escape_sqlite(c) for c in columns)} from ({self.sql})"
            return (await self._one_pass(sql, self.params, columns))[0], None
        clauses, params = found
        counts: dict[str, Counter] = {}
        if not clauses:
            for column in await self._maintained(columns):
                counts[column] = await self._stored(column)
        rest = [c for c in columns if c not in counts]
        if not rest:
            return counts, None
        note = None
        big = self.row_count is not None and self.row_count > self._setting(
            "sample_above", SAMPLE_ABOVE)
        if big and not self.request.args.get(EXACT_ARG):
            sampled = await self._sampled(clauses, params, rest)
            if sampled:
                estimated, note = sampled
                return {**counts, **estimated}, note
        where = f" where {' and '.join(clauses)}" if clauses else ""
        sql = (f"select {', '.join(escape_sqlite(c) for c in rest)}"
               f" from {escape_sqlite(self.table)}{where}")
        counts.update((await self._one_pass(sql, params, rest))[0])
        return counts, note

    async def facet_results(self):
        """ColumnFacet.facet_results, with every column's counts from `_counts`."""
        facet_results = []
        configs = self.get_configs()
        if not configs:
            return facet_results, []
        columns = [c["config"].get("column") or c["config"]["simple"] for c in configs]
        try:
            counts, note = await self._counts(columns)
        except QueryInterrupted:
            return facet_results, columns
        for source_and_config, column in zip(configs, columns):
            facet_results.append(await self._facet_info(
                column, source_and_config["source"], counts[column], note))
        return facet_results, []

    async def _facet_info(self, column: str, source: str, counts: Counter,
                          note: dict | None) -> dict:
        qs_pairs = self.get_querystring_pairs()
        facet_size = self.get_facet_size()
        top = ranked(counts, facet_size + 1)
        info = {
            "name": column,
            "type": ColumnFacet.type,
            "hideable": source != "metadata",
            "toggle_url": self.ds.urls.path(
                path_with_removed_args(self.request, {"_facet_counted": column})),
            "results": [],
            "truncated": len(top) > facet_size,
        }
        if note:
            info["approximate"] = note
        top = top[:facet_size]
        expanded = await self.ds.expand_foreign_keys(
            self.database, self.table, column, [v for v, _ in top]) if self.table else {}
        for value, count in top:
            column_qs = f"{column}__exact" if column.startswith("_") else column
            selected = (column_qs, str(value)) in qs_pairs
            if selected:
                toggle_path = path_with_removed_args(self.request, {column_qs: str(value)})
            else:
                toggle_path = path_with_added_args(self.request, {column_qs: value})
            info["results"].append({
                "value": value,
                "label": expanded.get((column, value), value),
                "count": count,
                "toggle_url": self.ds.absolute_url(
                    self.request, self.ds.urls.path(toggle_path)),
                "selected": selected,
            })
        return info


@hookimpl
def register_facet_classes():
    return [CountedFacet]
