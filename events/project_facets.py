"""The `facet_counts` projection: value counts of the faceted columns, kept by triggers.

Part of the projection layer (its DDL is run by `project.py`). The facts page reads its
facet counts from here when it shows the whole table (plugins/counted_facets.py), instead
of a GROUP BY over every fact; `verify` compares it with a replay like any projection.
"""

from __future__ import annotations

# The faceted columns of `facts` whose value counts `facet_counts` keeps current, so the
# facts page serves its facets without a GROUP BY over every fact (plugins/counted_facets.py).
FACET_COUNTED = {"facts": ("kind", "modality", "date_precision", "year", "place")}


def _facet_count_triggers(table: str, columns: tuple[str, ...]) -> str:
    """Triggers that keep `facet_counts` equal to `SELECT col, COUNT(*) ... WHERE col IS NOT
    NULL GROUP BY col` for each column (NULLs are not counted, as Datasette's column facet
    skips them), deleting a value's row when its count drops to 0."""

    def add(col: str, ref: str) -> str:
        return (f"    INSERT INTO facet_counts (table_name, column_name, value, count)\n"
                f"    SELECT '{table}', '{col}', {ref}.{col}, 1 WHERE {ref}.{col} IS NOT NULL\n"
                f"    ON CONFLICT (table_name, column_name, value)"
                f" DO UPDATE SET count = count + 1;\n")

    def remove(col: str, ref: str) -> str:
        where = (f"table_name = '{table}' AND column_name = '{col}'"
                 f" AND value = {ref}.{col}")
        return (f"    UPDATE facet_counts SET count = count - 1 WHERE {where};\n"
                f"    DELETE FROM facet_counts WHERE {where} AND count <= 0;\n")

    script = (f"CREATE TRIGGER IF NOT EXISTS facet_counts_{table}_insert"
              f" AFTER INSERT ON {table} BEGIN\n"
              + "".join(add(c, "new") for c in columns) + "END;\n")
    script += (f"CREATE TRIGGER IF NOT EXISTS facet_counts_{table}_delete"
               f" AFTER DELETE ON {table} BEGIN\n"
               + "".join(remove(c, "old") for c in columns) + "END;\n")
    for col in columns:
        script += (f"CREATE TRIGGER IF NOT EXISTS facet_counts_{table}_update_{col}"
                   f" AFTER UPDATE OF {col} ON {table} WHEN old.{col} IS NOT new.{col} BEGIN\n"
                   + remove(col, "old") + add(col, "new") + "END;\n")
    return script


SCHEMA = """
CREATE TABLE IF NOT EXISTS facet_counts (
    table_name TEXT NOT NULL,
    column_name TEXT NOT NULL,
    value,
    count INTEGER NOT NULL,
    PRIMARY KEY (table_name, column_name, value)
);
""" + "".join(_facet_count_triggers(t, c) for t, c in FACET_COUNTED.items())
