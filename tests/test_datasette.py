"""Datasette through its own client, with the real metadata.yml, on a loaded database."""

from __future__ import annotations

import csv
import io
import json
import shutil
from urllib.parse import quote

import pytest
import yaml

from events.ingest import ingest
from events.serve import METADATA_PATH
from events.sources import parse_text
from tests.conftest import rows


def facet_columns(config: dict) -> list[str]:
    """The columns a table's facets name: `- kind` or `- counted: kind`."""
    return [f if isinstance(f, str) else next(iter(f.values())) for f in config.get("facets", [])]


async def get_json(ds, path: str):
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.text[:500])
    return response.json()


async def test_the_facts_page_shows_the_configured_title_and_facets(ds):
    response = await ds.client.get("/timeline/facts")
    assert response.status_code == 200
    html = response.text
    assert "<h1" in html and "Facts" in html
    for facet in ("kind", "modality", "date_precision", "year", "place"):
        assert f'data-column="{facet}"' in html


async def test_facts_are_sorted_by_date_start(ds):
    data = await get_json(ds, "/timeline/facts.json?_shape=objects")
    starts = [r["date_start"] for r in data["rows"] if r["date_start"]]
    assert "sorted by date_start" in data["human_description_en"]
    assert starts == sorted(starts)


@pytest.mark.parametrize("facet", ["kind", "modality", "date_precision", "year", "place"])
async def test_each_configured_facet_counts_what_sql_counts(ds, db_path, facet):
    import sqlite3

    conn = sqlite3.connect(db_path)
    expected = dict(conn.execute(
        f"SELECT {facet}, COUNT(*) FROM facts WHERE {facet} IS NOT NULL GROUP BY {facet}"
    ).fetchall())
    data = await get_json(ds, "/timeline/facts.json")
    counted = {r["value"]: r["count"] for r in data["facet_results"][facet]["results"]}
    assert counted == expected and counted


async def test_the_seed_facets_say_what_the_spec_says(ds, seed_spec):
    data = await get_json(ds, "/timeline/facts.json")
    kinds = {r["value"]: r["count"] for r in data["facet_results"]["kind"]["results"]}
    places = {r["value"] for r in data["facet_results"]["place"]["results"]}
    expected_plans = sum(f["kind"] == "plan" for f in seed_spec["facts"])
    assert kinds["plan"] >= expected_plans and kinds["history"] >= 2
    assert {"Labuan Bajo", "Laos"} <= places


async def test_facets_by_entity_on_fact_entities(ds, db_path):
    import sqlite3

    conn = sqlite3.connect(db_path)
    korea = conn.execute(
        "SELECT COUNT(*) FROM fact_entities WHERE entity_id = 'south-korea'").fetchone()[0]
    data = await get_json(ds, "/timeline/fact_entities.json")
    counts = {r["value"]: r["count"] for r in data["facet_results"]["entity_id"]["results"]}
    labels = {r["value"]: r["label"] for r in data["facet_results"]["entity_id"]["results"]}
    assert counts["south-korea"] == korea >= 5
    assert labels["south-korea"] == "South Korea"
    roles = {r["value"] for r in data["facet_results"]["role"]["results"]}
    assert {"actor", "place"} <= roles


async def test_full_text_search_on_the_fact_text(ds):
    found = await get_json(ds, "/timeline/facts.json?_search=Laos&_shape=array")
    assert found and all("Laos" in (r["text"] + (r["place"] or "")) for r in found)
    none = await get_json(ds, "/timeline/facts.json?_search=Kamboja&_shape=array")
    assert none == []


async def test_the_entity_timeline_query_filters_by_overlapping_dates(ds):
    base = "/timeline/entity_timeline.json?_shape=array&entity=south-korea"
    everything = await get_json(ds, base + "&from=&to=")
    window = await get_json(ds, base + "&from=2020&to=2023-06")
    by_name = await get_json(ds, "/timeline/entity_timeline.json?_shape=array"
                                 "&entity=South%20Korea&from=&to=")
    assert len(everything) >= 7 and by_name == everything
    starts = [r["date_start"] for r in everything]
    assert starts == sorted(starts)
    assert window and all(r["date_end"][:4] >= "2020" and r["date_start"][:7] <= "2023-06"
                          for r in window)
    assert {r["date_value"] for r in window} >= {"2021/2025", "2023/2025"}
    assert not {"1989", "2019", "2024"} & {r["date_value"] for r in window}


async def test_facts_as_of_replays_the_log_to_a_moment(ds, db_path):
    import sqlite3

    conn = sqlite3.connect(db_path)
    last = conn.execute("SELECT MAX(seq) FROM events").fetchone()[0]
    facts = conn.execute("SELECT COUNT(*) FROM facts").fetchone()[0]
    first_time = conn.execute("SELECT recorded_at FROM events WHERE seq = 1").fetchone()[0]
    now = await get_json(ds, "/timeline/facts_as_of.json?_shape=array&seq=&recorded_at=")
    at_last = await get_json(ds, f"/timeline/facts_as_of.json?_shape=array&seq={last}&recorded_at=")
    at_three = await get_json(ds, "/timeline/facts_as_of.json?_shape=array&seq=3&recorded_at=")
    before = await get_json(ds, "/timeline/facts_as_of.json?_shape=array&seq="
                                "&recorded_at=2000-01-01T00:00:00")
    at_first = await get_json(ds, "/timeline/facts_as_of.json?_shape=array&seq="
                                  f"&recorded_at={quote(first_time)}")
    assert len(now) == len(at_last) == facts == len(at_first)
    assert len(at_three) == 2  # seq 1 is the article, 2 and 3 its first facts
    assert before == []


async def test_facts_as_of_shows_a_fact_that_a_revision_retracted_later(
    loaded_db, db_path, datasette_for, reference_article
):
    import dataclasses

    before_revision = loaded_db.execute("SELECT MAX(seq) FROM events").fetchone()[0]
    count_before = loaded_db.execute("SELECT COUNT(*) FROM facts").fetchone()[0]
    ingest(loaded_db, dataclasses.replace(
        reference_article, text="Labuan Bajo (ANTARA) - ASEAN akan bertemu di Laos pada 2024."))
    loaded_db.close()
    ds = datasette_for(db_path)
    then = await get_json(ds, f"/timeline/facts_as_of.json?_shape=array&seq={before_revision}&recorded_at=")
    now = await get_json(ds, "/timeline/facts_as_of.json?_shape=array&seq=&recorded_at=")
    assert len(then) == count_before and len(now) == 1


async def test_the_timeline_as_of_a_moment_groups_the_facts_current_then(tmp_path, datasette_for):
    import dataclasses

    from events.corrections import correct
    from events.ingest import open_timeline
    from events.sources import read_paths
    from tests.conftest import ROOT

    path = tmp_path / "timeline.db"
    db = open_timeline(str(path))
    articles = list(read_paths([str(ROOT / "bench" / "corpus" / "happenings")]))
    for article in articles:
        ingest(db, article)
    loaded = db.execute("SELECT MAX(seq) FROM events").fetchone()[0]
    (english,) = [a for a in articles if a.url.endswith("/c")]
    ingest(db, dataclasses.replace(english, text="\n".join(
        line for line in english.text.splitlines() if "held the 17th AMMTC" not in line)))
    revised = db.execute("SELECT MAX(seq) FROM events").fetchone()[0]
    (plan,) = rows(db, "SELECT fact_id FROM facts WHERE instr(text, 'ROK ke-5')")
    correct(db, plan["fact_id"], {"date": "2024-11"}, "the month was announced", "Analyst A")
    happenings = {r["happening_id"]: r for r in rows(db, "SELECT * FROM happenings")}
    db.close()
    ds = datasette_for(path)

    async def timeline_at(seq) -> list[dict]:
        return await get_json(ds, f"/timeline/timeline_as_of.json?_shape=array&seq={seq}&recorded_at=")

    def meeting(timeline: list[dict]) -> list[tuple]:
        return [(r["facts"], r["articles"], r["now"]) for r in timeline
                if "AMMTC ke-17" in r["text"] or "17th AMMTC" in r["text"]]

    def plan_date(timeline: list[dict]) -> str:
        (row,) = [r for r in timeline if "ROK ke-5" in r["text"]]
        return row["date_value"]

    before, after_revision, now = (await timeline_at(loaded), await timeline_at(revised),
                                   await timeline_at(""))
    # Before the revision the English report of the meeting was current and grouped with
    # the two others, as the timeline showed then; it has been retracted since.
    assert meeting(before) == [(3, 3, "current")]
    assert meeting(after_revision) == [(2, 2, "current")]
    assert (plan_date(before), plan_date(after_revision), plan_date(now)) == ("2024", "2024", "2024-11")
    # Now, the rows are the happenings, earliest first.
    assert {r["happening_id"]: (r["facts"], r["articles"], r["sources"]) for r in now} == {
        h: (r["facts"], r["articles"], r["sources"]) for h, r in happenings.items()}
    starts = [r["date_start"] for r in now]
    assert starts == sorted(starts)
    somtc = [r for r in now if "SOMTC" in r["text"]]
    assert [sorted(json.loads(r["outlets"])) for r in somtc] == [
        ["Contoh Antara", "Contoh Kompas", "Example Post"]]
    assert await timeline_at(0) == []


def replayed_facts(db):
    """After each event of the log, the facts the projections held then and the
    happenings they formed: (seq, facts, groups as sets of fact ids by happening id)."""
    from events import project, store
    from events.db import connect

    scratch = connect(":memory:")
    store.ensure_events_table(scratch)
    project.ensure_projections(scratch)
    for stored in store.read(db):
        project.apply(scratch, stored)
        groups: dict[str, set[str]] = {}
        for fact_id, happening_id in scratch.execute("SELECT fact_id, happening_id FROM facts"):
            groups.setdefault(happening_id, set()).add(fact_id)
        yield stored.seq, {r[0]: tuple(r[1:]) for r in scratch.execute(
            "SELECT fact_id, date_value, kind, modality, text FROM facts")}, groups


def test_the_timeline_as_of_every_moment_holds_exactly_the_facts_current_then(tmp_path):
    """Every seq of a log with a revision, a correction, a restatement and a retraction:
    the rows hold the facts a replay up to that seq holds, as they were then, grouped into
    the happenings the replay had then (the query's SQL run directly, since Datasette adds
    nothing here and 40 requests are slow)."""
    import dataclasses

    from events.corrections import correct, retract
    from events.ingest import open_timeline
    from events.sources import read_paths
    from tests.conftest import ROOT

    path = tmp_path / "timeline.db"
    db = open_timeline(str(path))
    articles = list(read_paths([str(ROOT / "bench" / "corpus" / "happenings")]))
    for article in articles:
        ingest(db, article)
    (english,) = [a for a in articles if a.url.endswith("/c")]
    ingest(db, dataclasses.replace(english, text=english.text.replace("ASEAN ministers", "Ministers")))
    (plan,) = rows(db, "SELECT fact_id FROM facts WHERE instr(text, 'ROK ke-5')")
    correct(db, plan["fact_id"], {"date": "2024-11", "kind": "meeting"}, "announced", "Analyst A")
    ingest(db, english)  # the first text again: its statement is recorded again
    (handover,) = rows(db, "SELECT fact_id FROM facts WHERE instr(text, 'handed over')")
    retract(db, handover["fact_id"], "duplicate wire copy", "Analyst A")
    sql = yaml.safe_load(METADATA_PATH.read_text())["databases"]["timeline"]["queries"][
        "timeline_as_of"]["sql"]
    regrouped = 0
    for seq, then, groups in replayed_facts(db):
        timeline = rows(db, sql, {"seq": str(seq), "recorded_at": ""})
        assert sorted(f for r in timeline for f in json.loads(r["fact_ids"])) == sorted(then), seq
        assert {r["happening_id"]: set(json.loads(r["fact_ids"])) for r in timeline} == groups, seq
        regrouped += any(len(g) > 1 for g in groups.values())
        for r in timeline:
            shown = (r["date_value"], r["kind"], r["modality"], r["text"])
            assert shown == then[r["representative"]], seq
    assert regrouped > 10  # the log's moments do group facts from several articles
    db.close()


async def test_the_history_of_one_fact_lists_every_event_about_it(
    loaded_db, db_path, datasette_for, reference_article
):
    import dataclasses

    fact = rows(loaded_db, "SELECT fact_id FROM facts WHERE instr(text, 'sejak 1989')")[0]
    ingest(loaded_db, dataclasses.replace(reference_article, text="ASEAN bertemu lagi pada 2025."))
    loaded_db.close()
    ds = datasette_for(db_path)
    history = await get_json(
        ds, f"/timeline/fact_history.json?_shape=array&fact_id={fact['fact_id']}")
    assert [h["type"] for h in history] == ["fact_recorded", "fact_retracted"]
    assert history[1]["reason"] == "no longer stated"
    assert history[0]["seq"] < history[1]["seq"]


async def test_json_and_csv_exports_of_facts(ds, db_path):
    import sqlite3

    conn = sqlite3.connect(db_path)
    ids = sorted(r[0] for r in conn.execute("SELECT fact_id FROM facts"))
    as_json = await get_json(ds, "/timeline/facts.json?_shape=array&_size=max")
    assert sorted(r["fact_id"] for r in as_json) == ids
    response = await ds.client.get("/timeline/facts.csv?_size=max")
    assert response.status_code == 200 and "text/plain" in response.headers["content-type"] \
        or "text/csv" in response.headers["content-type"]
    table = list(csv.DictReader(io.StringIO(response.text)))
    assert sorted(r["fact_id"] for r in table) == ids
    assert {"date_value", "date_precision", "kind", "modality", "actors"} <= set(table[0])


async def test_csv_export_of_a_canned_query(ds):
    response = await ds.client.get("/timeline/entity_timeline.csv?entity=laos&from=&to=")
    assert response.status_code == 200
    table = list(csv.DictReader(io.StringIO(response.text)))
    assert table and all("Laos" in r["text"] or r["place"] == "Laos" for r in table)


async def test_internal_tables_are_hidden(ds):
    data = await get_json(ds, "/timeline.json")
    hidden = {t["name"] for t in data["tables"] if t["hidden"]}
    visible = {t["name"] for t in data["tables"] if not t["hidden"]}
    assert "projection_state" in hidden and "facts_fts" in hidden
    assert {"facts", "entities", "fact_entities", "articles", "events"} <= visible


async def test_the_metadata_applies_whatever_the_database_file_is_called(
    db_path, loaded_db, tmp_path, datasette_for
):
    loaded_db.close()
    other = tmp_path / "my-corpus.db"
    shutil.copy(db_path, other)
    ds = datasette_for(other)
    queries = await get_json(ds, "/my-corpus.json")
    assert {"entity_timeline", "facts_as_of", "fact_history"} <= {q["name"] for q in queries["queries"]}
    facts = await get_json(ds, "/my-corpus/facts.json")
    assert set(facts["facet_results"]) == {"kind", "modality", "date_precision", "year", "place"}


def test_every_table_and_column_in_metadata_exists(loaded_db):
    metadata = yaml.safe_load(METADATA_PATH.read_text())
    for table, config in metadata["databases"]["timeline"]["tables"].items():
        columns = {r["name"] for r in rows(loaded_db, f"PRAGMA table_info({table})")}
        assert columns, f"{table} is not a table"
        for column in [*config.get("columns", {}), *facet_columns(config)]:
            assert column in columns, f"{table}.{column}"


def test_every_faceted_column_in_metadata_is_indexed(loaded_db):
    metadata = yaml.safe_load(METADATA_PATH.read_text())
    for table, config in metadata["databases"]["timeline"]["tables"].items():
        leading = {
            r["name"]
            for index in rows(loaded_db, f"PRAGMA index_list({table})")
            for r in rows(loaded_db, f"PRAGMA index_info({index['name']})")
            if r["seqno"] == 0
        }
        for facet in facet_columns(config):
            assert facet in leading, f"{table}.{facet} has no index that starts with it"


async def test_changes_between_two_moments_lists_additions_retractions_and_corrections(
    loaded_db, db_path, datasette_for, reference_article
):
    import dataclasses

    from events.corrections import correct

    after = loaded_db.execute("SELECT MAX(seq) FROM events").fetchone()[0]
    dialogue = rows(loaded_db, "SELECT fact_id FROM facts WHERE instr(text, 'sejak 1989')")[0]
    correct(loaded_db, dialogue["fact_id"], {"kind": "meeting"}, "reviewed", "Analyst A")
    kept = reference_article.text.split("\n")[-1]
    ingest(loaded_db, dataclasses.replace(
        reference_article, text=kept + "\nASEAN akan bertemu di Laos pada 2024."))
    loaded_db.close()
    ds = datasette_for(db_path)
    changes = await get_json(ds, f"/timeline/changes_between.json?_shape=array&after={after}&upto=")
    kinds = [c["change"] for c in changes]
    assert kinds[0] == "corrected" and changes[0]["author"] == "Analyst A"
    assert "retracted" in kinds and "added" in kinds
    assert all(c["seq"] > after for c in changes)
    nothing = await get_json(ds, f"/timeline/changes_between.json?_shape=array&after=0&upto=1")
    assert nothing == []


CANNED = {
    "entity_timeline": "entity=south-korea&from=&to=",
    "facts_as_of": "seq=&recorded_at=",
    "timeline_as_of": "seq=&recorded_at=",
    "fact_history": "fact_id={fact_id}",
    "changes_between": "after=0&upto=",
}


@pytest.mark.parametrize("query", sorted(CANNED))
async def test_every_canned_query_exports_csv_and_json_with_the_same_rows(ds, db_path, query):
    import sqlite3

    fact_id = sqlite3.connect(db_path).execute("SELECT fact_id FROM facts LIMIT 1").fetchone()[0]
    params = CANNED[query].format(fact_id=fact_id)
    as_json = await get_json(ds, f"/timeline/{query}.json?_shape=array&{params}")
    response = await ds.client.get(f"/timeline/{query}.csv?{params}")
    assert response.status_code == 200
    as_csv = list(csv.DictReader(io.StringIO(response.text)))
    assert as_json and len(as_csv) == len(as_json)
    assert list(as_csv[0]) == list(as_json[0])


async def test_the_served_database_is_read_through_memory_mapping(ds):
    # plugins/sqlite_tuning.py: big searches read rows in place instead of copying pages.
    mapped = (await ds.get_database("timeline").execute("PRAGMA mmap_size")).rows[0][0]
    assert mapped > 0
