"""A `counted` facet type: a column facet whose counts come from the `facet_counts`
projection when the table page shows the whole table, instead of a GROUP BY over every row.

Configured in metadata.yml like Datasette's own `- array: tags` form:

    facets:
      - counted: kind

With no filter and no search (the facet SQL is the plain table), each facet is one indexed
read of `facet_counts`, which SQLite triggers keep equal to `SELECT col, COUNT(*) ... WHERE
col IS NOT NULL GROUP BY col` (see events/project.py). With filters, a search, a `_where` or
a `_next` page, or for a column the triggers do not maintain, it runs exactly Datasette's
ColumnFacet query. Either way the results have ColumnFacet's shape, order (count desc,
then value), toggle URLs, selected state and `truncated`, and say `"type": "column"`, so
the page looks and links the same as with `- kind`.
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import ColumnFacet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args


class CountedFacet(ColumnFacet):
    type = "counted"

    async def suggest(self):
        # Datasette's ColumnFacet already suggests column facets; suggesting again would
        # list every column twice.
        return []

    def _whole_table(self) -> bool:
        """True when the facet SQL is `select <columns> from <table>` with nothing after:
        Datasette appends any where clause (filters, search, _where, _next) at the end."""
        if not self.table or self.params:
            return False
        return self.sql.rstrip().endswith(f" from {escape_sqlite(self.table)}")

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

    async def _facet_rows(self, column: str, limit: int, counted: bool):
        if counted:
            return await self.ds.execute(
                self.database,
                "select value, count from facet_counts where table_name = :table"
                " and column_name = :column order by count desc, value limit :limit",
                {"table": self.table, "column": column, "limit": limit},
                truncate=False,
                custom_time_limit=self.ds.setting("facet_time_limit_ms"),
            )
        facet_sql = """
            select {col} as value, count(*) as count from (
                {sql}
            )
            where {col} is not null
            group by {col} order by count desc, value limit {limit}
        """.format(col=escape_sqlite(column), sql=self.sql, limit=limit)
        return await self.ds.execute(
            self.database, facet_sql, self.params, truncate=False,
            custom_time_limit=self.ds.setting("facet_time_limit_ms"),
        )

    async def facet_results(self):
        """ColumnFacet.facet_results, with the rows read from `facet_counts` when they can be."""
        facet_results = []
        facets_timed_out = []
        configs = self.get_configs()
        if not configs:
            return facet_results, facets_timed_out
        qs_pairs = self.get_querystring_pairs()
        facet_size = self.get_facet_size()
        columns = [c["config"].get("column") or c["config"]["simple"] for c in configs]
        maintained = await self._maintained(columns) if self._whole_table() else set()
        for source_and_config, column in zip(configs, columns):
            source = source_and_config["source"]
            try:
                facet_rows_results = await self._facet_rows(
                    column, facet_size + 1, column in maintained)
            except QueryInterrupted:
                facets_timed_out.append(column)
                continue
            facet_results_values = []
            facet_results.append({
                "name": column,
                "type": ColumnFacet.type,
                "hideable": source != "metadata",
                "toggle_url": self.ds.urls.path(
                    path_with_removed_args(self.request, {"_facet_counted": column})),
                "results": facet_results_values,
                "truncated": len(facet_rows_results) > facet_size,
            })
            facet_rows = facet_rows_results.rows[:facet_size]
            values = [row["value"] for row in facet_rows]
            expanded = await self.ds.expand_foreign_keys(
                self.database, self.table, column, values) if self.table else {}
            for row in facet_rows:
                column_qs = f"{column}__exact" if column.startswith("_") else column
                selected = (column_qs, str(row["value"])) in qs_pairs
                if selected:
                    toggle_path = path_with_removed_args(
                        self.request, {column_qs: str(row["value"])})
                else:
                    toggle_path = path_with_added_args(self.request, {column_qs: row["value"]})
                facet_results_values.append({
                    "value": row["value"],
                    "label": expanded.get((column, row["value"]), row["value"]),
                    "count": row["count"],
                    "toggle_url": self.ds.absolute_url(
                        self.request, self.ds.urls.path(toggle_path)),
                    "selected": selected,
                })
        return facet_results, facets_timed_out


@hookimpl
def register_facet_classes():
    return [CountedFacet]
