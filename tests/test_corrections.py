"""A person's corrections and retractions: events with who and why, that survive
rebuilds, revisions and re-extraction."""

from __future__ import annotations

import json

import pytest

from events import project
from events.corrections import correct, edtf_date, retract
from events.errors import TimelineError
from events.ingest import ingest, reextract
from events.sources import read_paths
from tests.conftest import rows


def a_fact(db, fragment: str) -> dict:
    return rows(db, "SELECT * FROM facts WHERE instr(text, ?) ORDER BY length(text)",
                [fragment])[0]


@pytest.mark.parametrize(
    "value, start, end, precision",
    [
        ("2023-08-22", "2023-08-22", "2023-08-22", "day"),
        ("2024-02", "2024-02-01", "2024-02-29", "month"),  # leap year
        ("2024", "2024-01-01", "2024-12-31", "year"),
        ("2021/2025", "2021-01-01", "2025-12-31", "year"),
        ("2023-08-19/2023-08-23", "2023-08-19", "2023-08-23", "day"),
    ],
)
def test_corrected_dates_are_edtf_values_with_their_interval(value, start, end, precision):
    date = edtf_date(value)
    assert (date["start"], date["end"], date["precision"]) == (start, end, precision)


@pytest.mark.parametrize("value", ["2023-13", "2023-02-30", "24/8/2023", "2025/2021", "2023/2024-05"])
def test_impossible_dates_are_refused(value):
    with pytest.raises(TimelineError):
        edtf_date(value)


def test_a_correction_is_an_event_with_author_and_reason(loaded_db):
    fact = a_fact(loaded_db, "sejak 1989")
    correct(loaded_db, fact["fact_id"], {"date": "1989-03", "kind": "meeting"},
            "The dialogue began in March 1989", "Analyst A")
    after = a_fact(loaded_db, "sejak 1989")
    assert (after["date_value"], after["date_precision"], after["kind"]) == ("1989-03", "month", "meeting")
    assert after["corrected"] == 1 and after["date_basis"] == "correction"
    event = rows(loaded_db, "SELECT type, data FROM events ORDER BY seq DESC LIMIT 1")[0]
    data = json.loads(event["data"])
    assert event["type"] == "fact_corrected"
    assert (data["author"], data["reason"]) == ("Analyst A", "The dialogue began in March 1989")


def test_corrections_need_a_reason_and_an_author_and_a_valid_value(loaded_db):
    fact_id = a_fact(loaded_db, "sejak 1989")["fact_id"]
    with pytest.raises(TimelineError, match="reason and an author"):
        correct(loaded_db, fact_id, {"kind": "meeting"}, "", "Analyst A")
    with pytest.raises(TimelineError, match="kind must be one of"):
        correct(loaded_db, fact_id, {"kind": "party"}, "why", "who")
    with pytest.raises(TimelineError, match="no fact with id"):
        correct(loaded_db, "nope", {"kind": "meeting"}, "why", "who")


def test_corrected_actors_are_relinked_for_entity_facets(loaded_db):
    fact_id = a_fact(loaded_db, "sejak 1989")["fact_id"]
    correct(loaded_db, fact_id, {"actors": ["ASEAN", "Japan"]}, "misread", "Analyst B")
    linked = {r["entity_id"] for r in rows(
        loaded_db, "SELECT entity_id FROM fact_entities WHERE fact_id = ? AND role = 'actor'",
        [fact_id])}
    assert linked == {"asean", "japan"}
    assert json.loads(a_fact(loaded_db, "sejak 1989")["actors"]) == ["ASEAN", "Japan"]
    assert project.differences(loaded_db) == []


def test_corrections_survive_a_rebuild(loaded_db):
    fact_id = a_fact(loaded_db, "sejak 1989")["fact_id"]
    correct(loaded_db, fact_id, {"modality": "occurred"}, "ended in 2000", "Analyst A")
    project.rebuild(loaded_db)
    assert a_fact(loaded_db, "sejak 1989")["modality"] == "occurred"
    project.verify(loaded_db)


def test_corrections_survive_re_extraction_by_a_newer_extractor(loaded_db, monkeypatch):
    from events import ingest as ingest_module

    fact_id = a_fact(loaded_db, "sejak 1989")["fact_id"]
    correct(loaded_db, fact_id, {"place": "Seoul"}, "the dialogue is based in Seoul", "Analyst A")
    monkeypatch.setattr(ingest_module, "EXTRACTOR_VERSION", "999-test")
    results = reextract(loaded_db)
    assert [r.status for r in results] == ["revised"]
    fact = a_fact(loaded_db, "sejak 1989")
    assert fact["place"] == "Seoul" and fact["extractor_version"] == "999-test"
    # The restatement is the row's last change, with the correction applied on top.
    restated = loaded_db.execute(
        "SELECT MAX(seq) FROM events WHERE type = 'fact_recorded'"
        " AND json_extract(data, '$.fact_id') = ?", [fact_id]).fetchone()[0]
    assert fact["last_seq"] == restated
    project.verify(loaded_db)


def test_re_extraction_with_the_same_extractor_appends_nothing(loaded_db):
    before = loaded_db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    assert [r.status for r in reextract(loaded_db)] == ["unchanged"]
    assert loaded_db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == before


def test_a_fact_retracted_by_a_person_stays_retracted(loaded_db, reference_article, monkeypatch):
    from events import ingest as ingest_module

    fact_id = a_fact(loaded_db, "sejak 1989")["fact_id"]
    retract(loaded_db, fact_id, "background, not news", "Analyst C")
    assert not rows(loaded_db, "SELECT 1 FROM facts WHERE fact_id = ?", [fact_id])
    monkeypatch.setattr(ingest_module, "EXTRACTOR_VERSION", "999-test")
    reextract(loaded_db)
    assert not rows(loaded_db, "SELECT 1 FROM facts WHERE fact_id = ?", [fact_id])
    with pytest.raises(TimelineError, match="is already retracted"):
        retract(loaded_db, fact_id, "again", "Analyst C")


def test_re_extracting_an_article_whose_dateline_came_from_its_text_appends_nothing(
        db):
    # The dateline is read from the text, not given: the stored article must not pretend
    # it was given, or its input would look changed to the same extractor and to a reload.
    from tests.conftest import ROOT

    folder = ROOT / "bench" / "corpus" / "happenings"
    for article in read_paths([str(folder)]):
        ingest(db, article)
    assert rows(db, "SELECT COUNT(*) AS n FROM articles WHERE dateline IS NOT NULL")[0]["n"]
    before = db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    assert {r.status for r in reextract(db)} == {"unchanged"}
    for article in read_paths([str(folder)]):
        assert ingest(db, article).status == "unchanged"
    assert db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == before
