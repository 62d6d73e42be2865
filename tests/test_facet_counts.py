"""`facet_counts`: the facts page's facet counts kept as a projection by SQLite triggers,
and served by the `counted` facet (plugins/counted_facets.py) when the page has no filter."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from events import project
from events.corrections import correct, retract
from events.ingest import ingest, open_timeline
from events.sources import parse_text
from tests.conftest import rows

FACETS = project.FACET_COUNTED["facts"]


def grouped(conn, column: str, where: str = "", params=()) -> dict:
    """What Datasette's ColumnFacet counts: non-NULL values, grouped."""
    clause = f"WHERE {column} IS NOT NULL" + (f" AND {where}" if where else "")
    return dict(conn.execute(
        f"SELECT {column}, COUNT(*) FROM facts {clause} GROUP BY {column}", params).fetchall())


def stored(conn, column: str) -> dict:
    return dict(conn.execute(
        "SELECT value, count FROM facet_counts WHERE table_name = 'facts' AND column_name = ?",
        [column]).fetchall())


def assert_counts_match(db) -> None:
    for column in FACETS:
        assert stored(db, column) == grouped(db, column), column
    assert db.execute("SELECT COUNT(*) FROM facet_counts WHERE count <= 0").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM facet_counts WHERE value IS NULL").fetchone()[0] == 0
    assert project.differences(db) == []


def a_fact(db, fragment: str) -> dict:
    return rows(db, "SELECT * FROM facts WHERE instr(text, ?) ORDER BY length(text)",
                [fragment])[0]


def test_counts_equal_group_by_after_a_load(loaded_db):
    assert_counts_match(loaded_db)
    assert stored(loaded_db, "kind")["plan"] == 3
    # NULL places are not counted, as Datasette's facet skips them
    assert None not in stored(loaded_db, "place") and stored(loaded_db, "place")
    # years stay integers, as in facts.year, so they sort and select like the column's values
    assert all(isinstance(v, int) for v in stored(loaded_db, "year"))


def test_counts_follow_revisions_retractions_and_corrections(loaded_db, reference_article):
    db = loaded_db
    ingest(db, parse_text("second", "---\npublished: 2023-08-22\n---\n"
                          "Menteri ASEAN bertemu di Jakarta pada 21 Agustus 2023 untuk membahas "
                          "narkoba.\n"))
    assert_counts_match(db)
    assert stored(db, "place").get("Jakarta") == 1

    statement = a_fact(db, "Dalam keterangan")
    assert stored(db, "kind").get("statement") == 1
    retract(db, statement["fact_id"], "not a fact", "Analyst A")
    assert_counts_match(db)
    assert "statement" not in stored(db, "kind")  # a value's row goes when its count is 0

    dialogue = a_fact(db, "sejak 1989")
    correct(db, dialogue["fact_id"], {"kind": "meeting", "date": "1990-03", "place": "Seoul"},
            "reviewed", "Analyst A")
    assert_counts_match(db)
    assert stored(db, "year").get(1990) == 1 and stored(db, "place").get("Seoul") == 1
    correct(db, dialogue["fact_id"], {"modality": "occurred"}, "reviewed again", "Analyst B")
    assert_counts_match(db)

    kept = reference_article.text.split("\n")[-1]
    ingest(db, dataclasses.replace(
        reference_article, text=kept + "\nASEAN akan bertemu di Laos pada 2024."))
    assert_counts_match(db)
    assert "Labuan Bajo" not in stored(db, "place")  # the revision retracted those facts


def test_counts_are_rebuilt_with_the_other_projections(loaded_db):
    before = loaded_db.execute("SELECT * FROM facet_counts ORDER BY 1, 2, 3").fetchall()
    loaded_db.execute("UPDATE facet_counts SET count = count + 5")
    assert any(p.startswith("facet_counts:") for p in project.differences(loaded_db))
    project.rebuild(loaded_db)
    assert loaded_db.execute("SELECT * FROM facet_counts ORDER BY 1, 2, 3").fetchall() == before
    assert_counts_match(loaded_db)


def test_a_database_built_before_facet_counts_rebuilds_them_when_opened(loaded_db, db_path):
    expected = {c: stored(loaded_db, c) for c in FACETS}
    loaded_db.execute("DROP TABLE facet_counts")
    for (name,) in loaded_db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'facet_counts%'"
    ).fetchall():
        loaded_db.execute(f"DROP TRIGGER {name}")
    loaded_db.execute(f"PRAGMA user_version = {project.PROJECTION_VERSION - 1}")
    loaded_db.close()
    reopened = open_timeline(str(db_path))
    try:
        assert {c: stored(reopened, c) for c in FACETS} == expected
        assert_counts_match(reopened)
    finally:
        reopened.close()


# Through Datasette, with the real metadata.yml


@pytest.fixture
async def column_ds(db_path, ds):
    """The same database served with Datasette's own column facets (`- kind`)."""
    from datasette.app import Datasette

    from events.serve import SETTINGS, metadata_for
    from tests.conftest import ROOT

    metadata = metadata_for(db_path)
    table = metadata["databases"][db_path.stem]["tables"]["facts"]
    table["facets"] = [next(iter(f.values())) for f in table["facets"]]
    datasette = Datasette([str(db_path)], metadata=metadata, settings=SETTINGS,
                          plugins_dir=str(ROOT / "plugins"), template_dir=str(ROOT / "templates"))
    await datasette.invoke_startup()
    return datasette


async def facet_results(ds, path: str) -> dict:
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.text[:500])
    return response.json()["facet_results"]


def counts(results: dict, column: str) -> dict:
    return {r["value"]: r["count"] for r in results[column]["results"]}


def test_metadata_configures_the_five_facts_facets_as_counted():
    import yaml

    from events.serve import METADATA_PATH

    tables = yaml.safe_load(METADATA_PATH.read_text())["databases"]["timeline"]["tables"]
    assert tables["facts"]["facets"] == [{"counted": c} for c in FACETS]
    assert tables["facet_counts"]["hidden"] is True


async def test_the_unfiltered_page_serves_the_counts_from_facet_counts(ds, db_path):
    conn = sqlite3.connect(db_path)
    results = await facet_results(ds, "/timeline/facts.json")
    assert list(results) == list(FACETS)
    for column in FACETS:
        assert counts(results, column) == grouped(conn, column) != {}
        assert results[column]["type"] == "column"
    # proof of where they come from: a count changed in facet_counts shows on the page
    with conn:
        conn.execute("UPDATE facet_counts SET count = count + 100"
                     " WHERE column_name = 'kind' AND value = 'plan'")
    results = await facet_results(ds, "/timeline/facts.json")
    assert counts(results, "kind")["plan"] == grouped(conn, "kind")["plan"] + 100
    assert results["kind"]["results"][0]["value"] == "plan"  # count desc, as ColumnFacet sorts


async def test_a_filtered_page_counts_the_filtered_rows(ds, db_path):
    conn = sqlite3.connect(db_path)
    with conn:  # a wrong stored count must not leak into a filtered page
        conn.execute("UPDATE facet_counts SET count = count + 100")
    results = await facet_results(ds, "/timeline/facts.json?kind=plan")
    for column in FACETS:
        assert counts(results, column) == grouped(conn, column, "kind = ?", ["plan"]), column
    plan = [r for r in results["kind"]["results"] if r["value"] == "plan"]
    assert plan[0]["selected"] and plan[0]["toggle_url"].endswith("/timeline/facts.json")
    searched = await facet_results(ds, "/timeline/facts.json?_search=Laos")
    found = conn.execute("SELECT kind, COUNT(*) FROM facts WHERE rowid IN (SELECT rowid FROM"
                         " facts_fts WHERE facts_fts MATCH 'Laos') GROUP BY kind").fetchall()
    assert counts(searched, "kind") == dict(found) != {}


@pytest.mark.parametrize("query", [
    "", "?kind=plan", "?year=2023", "?kind=plan&modality=ongoing", "?_search=ASEAN",
    "?_facet_size=1", "?kind=meeting&_facet_size=2", "?place__not=Laos", "?_sort=year",
])
async def test_facet_results_are_exactly_datasettes_column_facets(ds, column_ds, query):
    ours = await facet_results(ds, f"/timeline/facts.json{query}")
    theirs = await facet_results(column_ds, f"/timeline/facts.json{query}")
    assert ours == theirs
    assert list(ours) == list(FACETS)


async def test_selecting_a_facet_value_on_the_html_page(ds, db_path):
    conn = sqlite3.connect(db_path)
    page = await ds.client.get("/timeline/facts")
    html = page.text
    for column in FACETS:
        assert f'data-column="{column}"' in html
    assert "(counted)" not in html and "(column)" not in html
    results = await facet_results(ds, "/timeline/facts.json")
    plan = next(r for r in results["kind"]["results"] if r["value"] == "plan")
    assert not plan["selected"] and plan["toggle_url"].endswith("/timeline/facts.json?kind=plan")
    selected = await ds.client.get("/timeline/facts?kind=plan")
    assert selected.status_code == 200
    assert f"plan &middot; {grouped(conn, 'kind')['plan']}" in selected.text
    data = (await ds.client.get("/timeline/facts.json?kind=plan&_shape=objects")).json()
    assert data["filtered_table_rows_count"] == grouped(conn, "kind")["plan"]
    assert {r["kind"] for r in data["rows"]} == {"plan"}


async def test_truncated_facets_link_to_all_values(ds, db_path):
    results = await facet_results(ds, "/timeline/facts.json?_facet_size=2")
    assert results["kind"]["truncated"] and len(results["kind"]["results"]) == 2
    assert not results["modality"]["truncated"] or len(grouped(sqlite3.connect(db_path),
                                                               "modality")) > 2
    page = await ds.client.get("/timeline/facts?_facet_size=2")
    assert "_facet_size=max" in page.text
    everything = await facet_results(ds, "/timeline/facts.json?_facet_size=max")
    assert not everything["kind"]["truncated"]
    assert counts(everything, "kind") == grouped(sqlite3.connect(db_path), "kind")
