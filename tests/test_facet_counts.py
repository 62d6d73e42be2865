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
from tests.conftest import invented_article, rows

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


# Later pages, exact and estimated counts, over a corpus of invented articles

@pytest.fixture
def corpus_path(loaded_db, db_path) -> object:
    """The reference article and 30 invented ones: about 130 facts."""
    for number in range(30):
        ingest(loaded_db, invented_article(number))
    loaded_db.close()
    return db_path


async def served(path, sampling: dict | None = None):
    """Datasette as `serve` runs it, with the counted facets' thresholds set when given."""
    from datasette.app import Datasette

    from events.serve import SETTINGS, metadata_for
    from tests.conftest import ROOT

    metadata = metadata_for(path)
    if sampling:
        metadata["plugins"] = {"counted-facets": sampling}
    datasette = Datasette([str(path)], metadata=metadata, settings=SETTINGS,
                          plugins_dir=str(ROOT / "plugins"), template_dir=str(ROOT / "templates"))
    await datasette.invoke_startup()
    return datasette


async def page(ds, path: str) -> dict:
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.text[:500])
    return response.json()


def all_counts(data: dict) -> dict:
    return {c: counts(data["facet_results"], c) for c in FACETS}


@pytest.mark.parametrize("query", ["", "kind=plan", "_search=narkoba", "_sort=year",
                                   "_sort_desc=place", "place__not=Bali&_search=bersama"])
async def test_a_later_page_shows_the_counts_of_the_first_page(corpus_path, query):
    ds = await served(corpus_path)
    first = await page(ds, f"/timeline/facts.json?_size=7&{query}")
    assert first["next"], "the query must have a second page"
    second = await page(ds, f"/timeline/facts.json?_size=7&{query}&_next={first['next']}")
    assert second["rows"] != first["rows"]  # (Datasette 0.65 may repeat rows tied on the sort)
    assert all_counts(second) == all_counts(first)
    assert sum(counts(second["facet_results"], "kind").values()) == \
        first["filtered_table_rows_count"]
    html = (await ds.client.get(f"/timeline/facts?_size=7&{query}&_next={first['next']}")).text
    assert "facets timed out" not in html and "&asymp;" not in html


async def test_a_later_page_of_the_whole_table_reads_facet_counts(corpus_path):
    conn = sqlite3.connect(corpus_path)
    with conn:  # proof of where they come from, as for the first page
        conn.execute("UPDATE facet_counts SET count = count + 100 WHERE column_name = 'kind'")
    ds = await served(corpus_path)
    first = await page(ds, "/timeline/facts.json?_size=7")
    second = await page(ds, f"/timeline/facts.json?_size=7&_next={first['next']}")
    assert counts(second["facet_results"], "kind") == {
        k: n + 100 for k, n in grouped(conn, "kind").items()}


async def test_counts_of_a_set_no_larger_than_the_threshold_are_exact(corpus_path):
    conn = sqlite3.connect(corpus_path)
    plans = grouped(conn, "kind")["plan"]
    ds = await served(corpus_path, {"sample_above": plans, "sample_rows": 5})
    data = await page(ds, "/timeline/facts.json?kind=plan")
    assert data["filtered_table_rows_count"] == plans
    for column in FACETS:
        assert "approximate" not in data["facet_results"][column]
        assert counts(data["facet_results"], column) == grouped(
            conn, column, "kind = ?", ["plan"]), column
    html = (await ds.client.get("/timeline/facts?kind=plan")).text
    assert "&asymp;" not in html and "exact counts" not in html


async def test_counts_of_a_larger_set_are_estimates_and_the_page_says_so(corpus_path):
    conn = sqlite3.connect(corpus_path)
    ds = await served(corpus_path, {"sample_above": 20, "sample_rows": 12})
    data = await page(ds, "/timeline/facts.json?kind=plan")
    total = data["filtered_table_rows_count"]
    for column in FACETS:
        note = data["facet_results"][column]["approximate"]
        assert note["rows"] == total and 0 < note["sampled"] < total
        assert all(len(str(n).rstrip("0")) <= 2 for n in counts(data["facet_results"], column)
                   .values())  # rounded to two significant figures
        exact_values = set(grouped(conn, column, "kind = ?", ["plan"]))
        assert set(counts(data["facet_results"], column)) <= exact_values
    # every sampled row is a plan, so the estimate for the selected value is the whole set
    assert counts(data["facet_results"], "kind") == {"plan": round(total, -(len(str(total)) - 2))}

    html = (await ds.client.get("/timeline/facts?kind=plan")).text
    assert "&asymp;" in html and "exact counts</a>" in html
    exact_url = data["facet_results"]["kind"]["approximate"]["exact_url"]
    assert exact_url.endswith("/timeline/facts.json?kind=plan&_facet_exact=1")
    exact = await page(ds, "/timeline/facts.json?kind=plan&_facet_exact=1")
    for column in FACETS:
        assert "approximate" not in exact["facet_results"][column]
        assert counts(exact["facet_results"], column) == grouped(
            conn, column, "kind = ?", ["plan"]), column
    assert "&asymp;" not in (await ds.client.get("/timeline/facts?kind=plan&_facet_exact=1")).text


async def test_an_estimate_for_a_search_counts_only_the_rows_that_match(corpus_path):
    conn = sqlite3.connect(corpus_path)
    where = "rowid IN (SELECT rowid FROM facts_fts WHERE facts_fts MATCH 'latihan')"
    matching = conn.execute(f"SELECT COUNT(*) FROM facts WHERE {where}").fetchone()[0]
    assert matching > 20
    ds = await served(corpus_path, {"sample_above": 20, "sample_rows": 10})
    data = await page(ds, "/timeline/facts.json?_search=latihan")
    assert data["facet_results"]["place"]["approximate"]["rows"] == matching
    for column in FACETS:
        assert set(counts(data["facet_results"], column)) <= set(grouped(conn, column, where))
    assert set(counts(data["facet_results"], "modality")) == {"planned"}


async def test_a_later_page_of_a_larger_set_estimates_from_the_same_slices(corpus_path):
    ds = await served(corpus_path, {"sample_above": 20, "sample_rows": 12})
    first = await page(ds, "/timeline/facts.json?_size=5&kind=plan")
    second = await page(ds, f"/timeline/facts.json?_size=5&kind=plan&_next={first['next']}")
    assert all_counts(second) == all_counts(first)
    assert second["facet_results"]["year"]["approximate"]["sampled"] == \
        first["facet_results"]["year"]["approximate"]["sampled"]


def counted_facets_module():
    import importlib.util

    from tests.conftest import ROOT

    spec = importlib.util.spec_from_file_location(
        "counted_facets_for_tests", ROOT / "plugins" / "counted_facets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("low, high, share, count, expected", [
    (1, 1000, 0.1, 4, [(1, 25), (251, 275), (501, 525), (751, 775)]),
    (1, 20, 0.25, 100, [(1, 1), (5, 5), (9, 9), (13, 13), (17, 17)]),  # fewer, 1 row wide
    (5, 5, 0.5, 100, [(5, 5)]),  # one row: read it
    (1, 10, 3.0, 100, [(i, i) for i in range(1, 11)]),  # never more than the table
])
def test_slices_are_evenly_spaced_and_cover_the_share(low, high, share, count, expected):
    assert counted_facets_module().slices(low, high, share, count) == expected


@pytest.mark.parametrize("number, rounded", [
    (162_355, 160_000), (47, 47), (0.4, 0), (99.6, 100), (1_250, 1_200), (1_351, 1_400),
])
def test_estimates_keep_two_significant_figures(number, rounded):
    assert counted_facets_module().two_figures(number) == rounded


async def test_text_that_is_not_utf8_is_counted_as_datasette_reads_it(loaded_db, db_path,
                                                                       datasette_for):
    loaded_db.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE facts SET place = CAST(x'4c616fff' AS TEXT) WHERE place = 'Laos'")
        laos = conn.execute("SELECT COUNT(*) FROM facts WHERE kind = 'plan'"
                            " AND CAST(place AS BLOB) = x'4c616fff'").fetchone()[0]
    ds = datasette_for(db_path)
    await ds.invoke_startup()
    results = await facet_results(ds, "/timeline/facts.json?kind=plan")
    assert counts(results, "place")["Lao\ufffd"] == laos > 0
    page = (await ds.client.get("/timeline/facts.json?kind=plan&_shape=objects")).json()
    assert page["rows"][0]["kind"] == "plan"  # rows read as Datasette reads them afterwards
