"""Projections: folded from the log in the append's transaction, equal to a full rebuild."""

from __future__ import annotations

import json

import pytest

from events import project
from events.errors import VerifyError
from events.ingest import ingest
from tests.conftest import rows

TABLES = project.COMPARED_TABLES


def snapshot(db) -> dict:
    return {t: db.execute(f"SELECT * FROM {t} ORDER BY {o}").fetchall() for t, o in TABLES.items()}


def test_projections_after_a_load_equal_a_full_rebuild(loaded_db):
    incremental = snapshot(loaded_db)
    assert incremental["facts"]
    project.rebuild(loaded_db)
    assert snapshot(loaded_db) == incremental


def test_the_checkpoint_is_the_last_seq_of_the_log(loaded_db):
    last = loaded_db.execute("SELECT MAX(seq) FROM events").fetchone()[0]
    assert project.checkpoint(loaded_db) == last


def test_verify_passes_on_a_fresh_load_and_names_a_tampered_projection(loaded_db):
    project.verify(loaded_db)
    loaded_db.execute("UPDATE facts SET kind = 'incident' WHERE position = 0")
    with pytest.raises(VerifyError, match="facts: 1 row"):
        project.verify(loaded_db)
    project.rebuild(loaded_db)
    project.verify(loaded_db)


def test_facts_carry_the_design_columns(loaded_db):
    columns = {r["name"] for r in rows(loaded_db, "PRAGMA table_info(facts)")}
    assert {
        "fact_id", "article_id", "position", "text", "kind", "modality", "date_value",
        "date_start", "date_end", "date_precision", "date_basis", "date_text", "year",
        "place", "actors", "sources",
    } <= columns


def test_fact_entities_are_indexed_for_entity_facets(loaded_db):
    plan = loaded_db.execute(
        "EXPLAIN QUERY PLAN SELECT entity_id, COUNT(*) FROM fact_entities GROUP BY entity_id"
    ).fetchall()
    assert "fact_entities_entity" in " ".join(str(p) for p in plan)


def spec_fact(loaded_db, phrase: str) -> dict:
    """The most specific current fact containing the spec's phrase."""
    found = rows(loaded_db, "SELECT * FROM facts WHERE instr(text, ?) ORDER BY length(text)",
                 [phrase])
    assert found, f"no fact contains {phrase!r}"
    return found[0]


def test_the_loaded_reference_article_matches_the_seed_spec(loaded_db, seed_spec):
    for expected in seed_spec["facts"]:
        fact = spec_fact(loaded_db, expected["phrase"])
        when = expected["when"]
        assert fact["date_precision"] == when["precision"], expected["id"]
        assert fact["date_basis"] == when["basis"], expected["id"]
        if when["basis"] == "context":
            assert fact["date_start"].startswith(str(when["start"])), expected["id"]
        else:
            assert fact["date_start"].startswith(str(when["start"])), expected["id"]
            assert fact["date_end"].startswith(str(when.get("end", when["start"]))), expected["id"]
        assert fact["kind"] == expected["kind"], expected["id"]
        if "modality" in expected:
            assert fact["modality"] == expected["modality"], expected["id"]
        if "where" in expected:
            assert fact["place"] == expected["where"], expected["id"]
        actors = set(json.loads(fact["actors"]))
        linked = {
            r["name"] for r in rows(
                loaded_db,
                "SELECT e.name FROM fact_entities fe JOIN entities e USING (entity_id)"
                " WHERE fe.fact_id = ?", [fact["fact_id"]])
        }
        assert set(expected["who"]) <= actors, (expected["id"], actors)
        assert set(expected["who"]) <= linked, (expected["id"], linked)


def test_the_reference_article_yields_at_most_fourteen_facts_and_no_link_lines(loaded_db):
    facts = rows(loaded_db, "SELECT text FROM facts")
    assert 9 <= len(facts) <= 14
    assert not [f for f in facts if "Baca juga" in f["text"]]


def test_the_timeline_view_orders_the_seed_facts_as_the_spec_says(loaded_db, seed_spec):
    timeline = [r["fact_id"] for r in rows(loaded_db, "SELECT fact_id FROM timeline")]
    by_id = {f["id"]: spec_fact(loaded_db, f["phrase"])["fact_id"] for f in seed_spec["facts"]}
    positions = [timeline.index(by_id[name]) for name in seed_spec["timeline_order"]]
    assert positions == sorted(positions)


def test_entities_merge_the_forms_the_article_used(loaded_db):
    korea = rows(loaded_db, "SELECT * FROM entities WHERE name = 'South Korea'")[0]
    assert korea["type"] == "country"
    assert {"Korea Selatan", "ROK"} <= set(json.loads(korea["aliases"]))
    linked = loaded_db.execute(
        "SELECT COUNT(DISTINCT fact_id) FROM fact_entities WHERE entity_id = 'south-korea'"
    ).fetchone()[0]
    assert korea["facts"] == linked > 0


def test_a_second_article_updates_projections_incrementally_like_a_rebuild(loaded_db):
    from events.sources import parse_text

    ingest(loaded_db, parse_text("x", "---\npublished: 2023-08-22\n---\n"
                                 "Jakarta - Menlu Indonesia bertemu Menlu Jepang di Jakarta,"
                                 " Selasa (22/8/2023)."))
    incremental = snapshot(loaded_db)
    project.rebuild(loaded_db)
    assert snapshot(loaded_db) == incremental


def load_opening_disagreement(db) -> None:
    """Two outlets that agree on the day and the place of an opening, not on who opened it."""
    from events.sources import parse_text

    for name, outlet, text in [
        ("https://example.org/opened/id", "Contoh", "Pertemuan SOMTC ke-23 di Jakarta dibuka"
         " oleh Kapolri Jenderal Listyo Sigit Prabowo pada 15 Mei 2023."),
        ("https://example.org/opened/en", "Example", "Indonesian Foreign Minister Retno"
         " Marsudi opened the 23rd SOMTC meeting in Jakarta on May 15, 2023."),
    ]:
        ingest(db, parse_text(name, f"---\nurl: {name}\noutlet: {outlet}\n"
                                    f"published: 2023-05-16\n---\n{text}"))


def test_fact_entities_carry_each_agent_with_its_deed_and_the_actors_list_names_it(db):
    load_opening_disagreement(db)
    agents = rows(db, "SELECT f.text, fe.entity_id, fe.action FROM fact_entities fe"
                      " JOIN facts f USING (fact_id) WHERE fe.role = 'agent' ORDER BY f.text")
    assert [(a["entity_id"], a["action"]) for a in agents] == [
        ("retno-marsudi", "open"), ("listyo-sigit-prabowo", "open")]
    assert not rows(db, "SELECT 1 FROM fact_entities WHERE role != 'agent' AND action IS NOT NULL")
    actors = [json.loads(r["actors"]) for r in rows(db, "SELECT actors FROM facts")]
    assert all({"Retno Marsudi", "Listyo Sigit Prabowo"} & set(a) for a in actors)


def test_a_happening_whose_sources_name_different_openers_is_disputed_like_a_rebuild(db):
    load_opening_disagreement(db)
    (h,) = rows(db, "SELECT facts, disputed, disputes FROM happenings")
    (dispute,) = json.loads(h["disputes"])
    assert (h["facts"], h["disputed"], dispute["field"], dispute["action"]) == (2, 1, "agent", "open")
    assert [v["value"] for v in dispute["versions"]] == ["Listyo Sigit Prabowo", "Retno Marsudi"]
    assert project.differences(db) == []


def test_correcting_who_took_part_withdraws_the_texts_claim_of_who_did_it(db):
    from events.corrections import correct

    load_opening_disagreement(db)
    (fact,) = rows(db, "SELECT fact_id FROM facts WHERE instr(text, 'opened the 23rd')")
    correct(db, fact["fact_id"], {"actors": ["Retno Marsudi", "SOMTC", "ASEAN"]},
            "the minister attended; the police chief opened it", "Analyst A")
    assert not rows(db, "SELECT 1 FROM fact_entities WHERE fact_id = ? AND role = 'agent'",
                    [fact["fact_id"]])
    (h,) = rows(db, "SELECT facts, disputed FROM happenings")
    assert (h["facts"], h["disputed"]) == (2, 0)
    assert project.differences(db) == []
