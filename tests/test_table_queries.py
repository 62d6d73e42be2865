"""plugins/table_queries.py: a table's `?_search=` answered through the full-text index and
the sort column's index, with the same rows, order, pages and count as Datasette's plan."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest
from datasette.app import Datasette

from events.ingest import ingest, open_timeline
from events.serve import SETTINGS, metadata_for
from tests.conftest import ROOT, invented_article


@pytest.fixture
def searchable_path(loaded_db, db_path):
    """The reference article and 100 invented ones, each at its own address: about 600
    facts, a quarter of them about `narkoba` (many tied on their date); `Labuan` is in a few
    facts of the reference article only."""
    for number in range(100):
        article = invented_article(number)
        ingest(loaded_db, dataclasses.replace(article, url=f"https://contoh.id/{number}"))
    loaded_db.close()
    return db_path


async def served(path, rewriting: bool = True) -> Datasette:
    """Datasette as `serve` runs it (with its trace on); without rewriting, with its
    databases' own `execute`."""
    ds = Datasette([str(path)], metadata=metadata_for(path),
                   settings={**SETTINGS, "trace_debug": True}, plugins_dir=str(ROOT / "plugins"),
                   template_dir=str(ROOT / "templates"))
    await ds.invoke_startup()
    if not rewriting:
        for db in ds.databases.values():
            db.execute = getattr(db.execute, "original", db.execute)
    return ds


async def traced(ds, path: str) -> tuple[dict, list[str]]:
    """The JSON of a page and the SQL it ran (Datasette's own trace)."""
    response = await ds.client.get(path + "&_trace=1")
    assert response.status_code == 200, response.text[:300]
    data = response.json()
    return data, [t["sql"] for t in data["_trace"]["traces"]]


async def every_page(ds, query: str) -> tuple[list, int]:
    """All rows of a search, page by page through `next`, and the count the pages give."""
    rows, next_token, count = [], None, None
    while True:
        path = f"/timeline/facts.json?_size=25&{query}"
        response = await ds.client.get(path + (f"&_next={next_token}" if next_token else ""))
        data = response.json()
        rows += data["rows"]
        count = data["filtered_table_rows_count"]
        next_token = data["next"]
        if not next_token:
            return rows, count


def matching(path, words: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT COUNT(*) FROM facts WHERE rowid IN (SELECT rowid FROM"
                            " facts_fts WHERE facts_fts MATCH ?)", [words]).fetchone()[0]


async def test_a_common_search_walks_the_sort_index_and_is_counted_by_the_index(searchable_path):
    ds = await served(searchable_path)
    data, sql = await traced(ds, "/timeline/facts.json?_search=narkoba&_size=10")
    rows_sql = next(s for s in sql if s.startswith("select fact_id"))
    assert "where +rowid in (select rowid from facts_fts" in rows_sql
    assert "select count(*) from facts_fts where facts_fts match escape_fts(:search)" in sql
    assert data["filtered_table_rows_count"] == matching(searchable_path, "narkoba") > 100


async def test_a_rare_search_keeps_datasettes_plan(searchable_path):
    ds = await served(searchable_path)
    data, sql = await traced(ds, "/timeline/facts.json?_search=Labuan")
    rows_sql = next(s for s in sql if s.startswith("select fact_id"))
    assert "+rowid" not in rows_sql and "where rowid in (select rowid from facts_fts" in rows_sql
    assert data["filtered_table_rows_count"] == matching(searchable_path, "Labuan") > 0


async def test_a_search_with_another_filter_is_counted_over_the_table(searchable_path):
    ds = await served(searchable_path)
    data, sql = await traced(ds, "/timeline/facts.json?_search=narkoba&kind=plan")
    assert not any(s.startswith("select count(*) from facts_fts") for s in sql)
    with sqlite3.connect(searchable_path) as conn:
        (plans,) = conn.execute(
            "SELECT COUNT(*) FROM facts WHERE kind = 'plan' AND rowid IN"
            " (SELECT rowid FROM facts_fts WHERE facts_fts MATCH 'narkoba')").fetchone()
    assert data["filtered_table_rows_count"] == plans > 0


@pytest.mark.parametrize("query, order", [("", "date_start, fact_id"),
                                          ("_sort=year", "year, fact_id"),
                                          ("_sort_desc=place", "place DESC, fact_id")])
async def test_following_next_through_the_whole_table_gives_every_fact_once(searchable_path,
                                                                              query, order):
    rows, count = await every_page(await served(searchable_path), query)
    with sqlite3.connect(searchable_path) as conn:
        expected = [r[0] for r in conn.execute(f"SELECT fact_id FROM facts ORDER BY {order}")]
    assert [row[0] for row in rows] == expected
    assert count == len(expected)


def expected_order(path, query: str) -> list[str]:
    """The fact_ids a query's pages must give, in order: sorted as asked, ties by fact_id."""
    args = dict(part.split("=", 1) for part in query.split("&"))
    words = args.pop("_search").replace("+", " ")
    sort = args.pop("_sort", None)
    desc = args.pop("_sort_desc", None)
    order = f"{sort}, fact_id" if sort else f"{desc} DESC, fact_id" if desc else \
        "date_start, fact_id"
    where = "".join(f" AND {column} = ?" for column in args)
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute(
            f"SELECT fact_id FROM facts WHERE rowid IN (SELECT rowid FROM facts_fts WHERE"
            f" facts_fts MATCH ?){where} ORDER BY {order}",
            [" ".join(f'"{w}"' for w in words.split()), *args.values()])]


QUERIES = ["_search=narkoba", "_search=narkoba&_sort=year", "_search=narkoba&_sort_desc=date_start",
           "_search=narkoba&kind=plan", "_search=Labuan", "_search=Jakarta+narkoba",
           "_search=narkoba&_sort=position"]


@pytest.mark.parametrize("query", QUERIES)
async def test_following_next_gives_every_match_once_in_order(searchable_path, query):
    rows, count = await every_page(await served(searchable_path), query)
    assert [row[0] for row in rows] == expected_order(searchable_path, query)
    assert count == len(rows) > 0


@pytest.mark.parametrize("query", QUERIES)
async def test_the_same_rows_as_datasettes_own_queries(searchable_path, query):
    fast = await every_page(await served(searchable_path), query)
    plain = await every_page(await served(searchable_path, rewriting=False), query)
    assert fast[1] == plain[1]
    assert {tuple(r) for r in plain[0]} <= {tuple(r) for r in fast[0]}


async def test_datasettes_own_pages_lose_rows_tied_on_the_sort(searchable_path):
    """Why the first page's ties are ordered: without it, this search loses a row."""
    rows, count = await every_page(await served(searchable_path, rewriting=False),
                                   "_search=narkoba")
    assert len({r[0] for r in rows}) < count


async def test_an_index_that_is_not_the_tables_own_never_counts_for_it(tmp_path):
    path = tmp_path / "notes.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.executemany("INSERT INTO notes VALUES (?)", [("banjir di Bima",), ("rapat",)])
        conn.execute("CREATE VIRTUAL TABLE words USING fts5(body)")  # its own content
        conn.executemany("INSERT INTO words (rowid, body) VALUES (?, ?)",
                         [(1, "banjir di Bima"), (2, "rapat"), (3, "banjir lagi"), (4, "banjir")])
    metadata = {"databases": {"notes": {"tables": {"notes": {"fts_table": "words"}}}}}
    ds = Datasette([str(path)], metadata=metadata, settings={"trace_debug": True},
                   plugins_dir=str(ROOT / "plugins"))
    await ds.invoke_startup()
    data = (await ds.client.get("/notes/notes.json?_search=banjir&_shape=objects")).json()
    assert [r["body"] for r in data["rows"]] == ["banjir di Bima"]
    assert data["filtered_table_rows_count"] == 1  # the index alone would say 3


async def test_a_database_without_fts_table_in_metadata_is_not_wrapped(searchable_path):
    ds = Datasette([str(searchable_path)])
    await ds.invoke_startup()
    assert not hasattr(ds.databases["timeline"].execute, "original")


def recording(ds) -> list[str]:
    """The SQL the wrapper hands to the database's own `execute`, in the order started."""
    wrapper, started = ds.get_database("timeline").execute, []
    original = wrapper.original

    async def record(sql, params=None, **kwargs):
        started.append(sql)
        return await original(sql, params, **kwargs)

    wrapper.original = record
    return started


async def test_a_search_only_first_page_starts_its_count_beside_its_rows(searchable_path):
    ds = await served(searchable_path)
    started = recording(ds)
    data = (await ds.client.get("/timeline/facts.json?_search=narkoba&_size=10")).json()
    counts = [i for i, sql in enumerate(started)
              if sql.startswith("select count(*) from facts_fts")]
    rows = next(i for i, sql in enumerate(started) if sql.startswith("select fact_id"))
    assert len(counts) == 1 and counts[0] < rows
    assert data["filtered_table_rows_count"] == matching(searchable_path, "narkoba")
    assert not ds.get_database("timeline").execute.started


async def test_a_count_nobody_asked_for_is_never_served_stale(searchable_path):
    ds = await served(searchable_path)
    for word in ["narkoba", "Labuan", "ASEAN", "siber", "Laos", "terorisme", "Korea",
                 "kerja", "sama", "menteri", "narkoba"]:
        await ds.client.get(f"/timeline/facts.json?_search={word}&_nocount=1")
    assert 0 < len(ds.get_database("timeline").execute.started) <= 8
    db = open_timeline(str(searchable_path))
    ingest(db, dataclasses.replace(invented_article(7), url="https://contoh.id/more"))
    db.close()
    data = (await ds.client.get("/timeline/facts.json?_search=narkoba")).json()
    assert data["filtered_table_rows_count"] == matching(searchable_path, "narkoba")
