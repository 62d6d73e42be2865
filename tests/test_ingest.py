"""Appending articles: idempotent reloads, revisions as new events, all or nothing."""

from __future__ import annotations

import dataclasses

import pytest

from events import project
from events.ingest import fact_id, ingest
from tests.conftest import rows


def count(db, table: str) -> int:
    return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_loading_an_article_appends_its_article_and_fact_events(db, reference_article):
    result = ingest(db, reference_article)
    types = [r["type"] for r in rows(db, "SELECT type FROM events ORDER BY seq")]
    assert result.status == "new"
    assert types[0] == "article_ingested"
    assert types[1:] == ["fact_recorded"] * result.facts_recorded
    assert result.events_appended == len(types) == count(db, "facts") + 1
    streams = {r["stream"] for r in rows(db, "SELECT DISTINCT stream FROM events")}
    assert streams == {f"article:{reference_article.article_id}"}


def test_reloading_the_same_article_appends_nothing(loaded_db, reference_article):
    before = count(loaded_db, "events")
    result = ingest(loaded_db, reference_article)
    assert (result.status, result.events_appended) == ("unchanged", 0)
    assert count(loaded_db, "events") == before


def test_the_repeated_body_of_the_reference_article_adds_no_fact(loaded_db, reference_article):
    text = reference_article.text
    half = text.index("Dalam keterangan", text.index("Dalam keterangan") + 1)
    first_copy = dataclasses.replace(reference_article, text=text[:half].rstrip(), url=None)
    ids_full = {r["fact_id"] for r in rows(loaded_db, "SELECT fact_id FROM facts")}
    texts_full = sorted(r["text"] for r in rows(loaded_db, "SELECT text FROM facts"))
    assert len(texts_full) == len(set(texts_full))
    assert all(r["char_end"] <= half for r in rows(loaded_db, "SELECT char_end FROM facts"))
    ingest(loaded_db, first_copy)
    texts_first = sorted(
        r["text"] for r in rows(loaded_db, "SELECT text FROM facts WHERE article_id = ?",
                                [first_copy.article_id])
    )
    assert texts_first == texts_full and len(ids_full) == len(texts_full)


def test_fact_ids_depend_on_the_article_and_the_normalised_statement():
    assert fact_id("a", "ASEAN  bertemu.") == fact_id("a", "asean bertemu.")
    assert fact_id("a", "ASEAN bertemu.") != fact_id("b", "ASEAN bertemu.")


def test_a_revised_article_retracts_what_disappeared_and_records_what_is_new(
    loaded_db, reference_article
):
    kept = "Dialog sektoral antara ASEAN dan Korea Selatan sendiri telah terjalin sejak 1989."
    revised_text = reference_article.text.split("\n")[0] + "\n" + kept + (
        "\nPara menteri ASEAN akan bertemu lagi di Jakarta pada 2025."
    )
    old_ids = {r["fact_id"] for r in rows(loaded_db, "SELECT fact_id FROM facts")}
    kept_id = rows(loaded_db, "SELECT fact_id FROM facts WHERE text LIKE '%sejak 1989%'")[0]
    before = count(loaded_db, "events")

    result = ingest(loaded_db, dataclasses.replace(reference_article, text=revised_text))

    new = rows(loaded_db, f"SELECT type, data FROM events WHERE seq > {before} ORDER BY seq")
    assert result.status == "revised"
    assert new[0]["type"] == "article_revised"
    retracted = sum(r["type"] == "fact_retracted" for r in new)
    now_ids = {r["fact_id"] for r in rows(loaded_db, "SELECT fact_id FROM facts")}
    assert kept_id["fact_id"] in now_ids
    assert retracted == len(old_ids - now_ids) > 0
    # Kept statements that moved are recorded again at their new position, same id.
    assert result.facts_recorded >= len(now_ids - old_ids) >= 1
    assert rows(loaded_db, "SELECT revision FROM articles")[0]["revision"] == 2
    assert project.differences(loaded_db) == []


def test_an_article_is_all_or_nothing_when_its_append_fails_midway(
    db, reference_article, monkeypatch
):
    # The article event is applied and its facts are in `facts` when linking entities fails.
    real_link = project._link_entities

    def failing_link(database, facts):
        assert count(database, "articles") == 1 and count(database, "facts") > 0
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(project, "_link_entities", failing_link)
    with pytest.raises(RuntimeError, match="disk on fire"):
        ingest(db, reference_article)
    for table in ("events", "articles", "facts", "entities", "fact_entities", "projection_state"):
        assert count(db, table) == 0, table
    monkeypatch.setattr(project, "_link_entities", real_link)
    assert ingest(db, reference_article).status == "new"
