"""The same happening from several articles, once: grouping, disagreement, determinism."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from events import project
from events.happenings import FactView, blocking_keys, looks_under, same_happening
from events.ingest import ingest, open_timeline
from events.sources import read_paths
from tests.conftest import ROOT, rows

CORPUS = ROOT / "bench" / "corpus" / "happenings"


def view(fact_id="f1", article="a1", kind="meeting", start="2023-08-21", end="2023-08-22",
         basis="explicit", actors=("asean", "laos"), place="Labuan Bajo", text="",
         precision="day") -> FactView:
    places = frozenset({place.lower().replace(" ", "-")} if place else ())
    return FactView(fact_id, article, None, kind, start, end, precision, basis,
                    f"{start}/{end}", place, frozenset(actors), places, text)


@pytest.mark.parametrize(
    "other, same",
    [
        (view("f2", "a2"), True),
        # One interval inside the other is compatible (and will be marked disputed).
        (view("f2", "a2", start="2023-08-20"), True),
        (view("f2", "a2", start="2023-01-01", end="2023-12-31", precision="year"), True),
        (view("f2", "a2", start="2023-08-01", end="2023-08-31", precision="month"), True),
        # A span of years and a single day are too far apart in grain to be one happening.
        (view("f2", "a2", start="2021-01-01", end="2025-12-31", precision="year"), False),
        # Overlapping but neither inside the other: different happenings.
        (view("f2", "a2", start="2023-08-22", end="2023-08-25"), False),
        (view("f2", "a2", kind="agreement"), False),
        # The same article never states one happening twice.
        (view("f2", "a1"), False),
        # One shared actor of two is not enough, even in the same place.
        (view("f2", "a2", actors=("asean", "japan")), False),
        # One actor and the place are two anchors when a side names only one actor.
        (view("f2", "a2", actors=("asean",)), True),
        # A history fact is the same happening told later.
        (view("f2", "a2", kind="history"), True),
        # Contradicting ordinals: the 4th and the 5th consultation.
        (view("f2", "a2", text="Konsultasi ke-5"), False),
    ],
)
def test_same_happening(other, same):
    base = view(text="Konsultasi ke-4") if "ke-5" in other.text else view()
    assert same_happening(base, other) is same
    assert same_happening(other, base) is same  # symmetric, so grouping ignores order


def test_a_date_inferred_from_context_needs_the_same_place_or_ordinal_too():
    inferred = view("f2", "a2", basis="context", start="2023-08-01", end="2023-08-31",
                    precision="month", place="Jakarta")
    assert not same_happening(view(), inferred)
    assert same_happening(view(), view("f2", "a2", basis="context", start="2023-08-01",
                                       end="2023-08-31", precision="month"))


def test_two_dates_inferred_from_context_need_the_same_place_too():
    a = view(basis="context", start="2023-08-01", end="2023-08-31")
    assert same_happening(a, view("f2", "a2", basis="context", start="2023-08-01", end="2023-08-31"))
    assert not same_happening(a, view("f2", "a2", basis="context", start="2023-08-01",
                                      end="2023-08-31", place="Jakarta", actors=("asean", "laos")))


@pytest.mark.parametrize(
    "a, b",
    [
        (view(), view("f2", "a2")),
        (view(), view("f2", "a2", start="2023-01-01", end="2023-12-31", precision="year")),
        (view(), view("f2", "a2", start="2023-08-01", end="2023-08-31", precision="month")),
        (view(start="2023-08-30", end="2023-09-02"), view("f2", "a2", start="2023-09-01",
                                                          end="2023-09-02")),  # two months
        (view(start="2021-01-01", end="2025-12-31", precision="year"),
         view("f2", "a2", start="2023-08-01", end="2023-08-31", precision="month")),
        (view(start="2024-01-01", end="2027-12-31", precision="year"),
         view("f2", "a2", start="2024-01-01", end="2028-12-31", precision="year")),
        # Ordinals are part of the keys: the same one, or one side naming none.
        (view(text="AMMTC ke-17"), view("f2", "a2", text="the 17th AMMTC")),
        (view(text="AMMTC ke-17"), view("f2", "a2", text="AMMTC")),
        (view(text="the 4th and 5th rounds"), view("f2", "a2", text="putaran ke-5")),
    ],
)
def test_facts_that_could_match_find_each_other_from_either_side(a, b):
    assert same_happening(a, b)
    assert finds(a, b)
    assert finds(b, a)


def test_facts_with_contradicting_ordinals_are_never_each_others_candidates():
    fourth, fifth = view(text="Konsultasi ke-4"), view("f2", "a2", text="Konsultasi ke-5")
    assert not finds(fourth, fifth)
    assert not finds(fifth, fourth)


def test_a_span_of_years_never_looks_through_the_days_inside_it():
    # A span never groups with a day (same_happening), so it only fetches the months.
    span = view(start="2021-01-01", end="2025-12-31", precision="year")
    day = view("f2", "a2", start="2023-08-21", end="2023-08-21")
    month = view("f3", "a3", start="2023-08-01", end="2023-08-31", precision="month")
    assert not finds(span, day)
    assert finds(span, month)


def finds(a: FactView, b: FactView) -> bool:
    """Whether `a` looks under a key that `b` is filed under."""
    return any(looks_under(a, key) for key in blocking_keys(b))


def load(paths: list[Path], db_path) -> object:
    db = open_timeline(str(db_path))
    for article in read_paths([str(p) for p in paths]):
        ingest(db, article)
    return db


def happenings_table(db) -> list[tuple]:
    return db.execute("SELECT * FROM happenings ORDER BY happening_id").fetchall()


def test_grouping_does_not_depend_on_load_order(tmp_path):
    files = sorted(CORPUS.glob("*.txt"))
    forward = load(files, tmp_path / "forward.db")
    backward = load(files[::-1], tmp_path / "backward.db")
    assert happenings_table(forward) == happenings_table(backward)
    assert forward.execute("SELECT COUNT(*) FROM happenings WHERE facts > 1").fetchone()[0] >= 3


def test_the_corpus_groups_as_expected_and_disagreement_stays_visible(tmp_path):
    db = load(sorted(CORPUS.glob("*.txt")), tmp_path / "t.db")
    expected = yaml.safe_load((CORPUS / "expected.yml").read_text())

    def happening_of(phrase: str) -> str:
        (row,) = rows(db, "SELECT happening_id FROM facts WHERE instr(text, ?)", [phrase])
        return row["happening_id"]

    for group in expected["groups"]:
        ids = {happening_of(p) for p in group["facts"]}
        assert len(ids) == 1, group["facts"]
        (h,) = rows(db, "SELECT * FROM happenings WHERE happening_id = ?", [ids.pop()])
        assert h["facts"] == h["sources"] == len(group["facts"])
        assert bool(h["disputed"]) is group["disputed"]
        disputes = json.loads(h["disputes"])
        assert [d["field"] for d in disputes] == group.get("disputed_on", [])
        for dispute in disputes:
            versions = dispute["versions"]
            assert len(versions) == 2 and all(v["fact_ids"] for v in versions)
    for phrase in expected["singletons"]:
        (h,) = rows(db, "SELECT facts FROM happenings WHERE happening_id = ?", [happening_of(phrase)])
        assert h["facts"] == 1, phrase


def test_the_timeline_has_one_row_per_happening_with_its_sources(tmp_path):
    db = load(sorted(CORPUS.glob("*.txt")), tmp_path / "t.db")
    timeline = rows(db, "SELECT * FROM timeline")
    assert len(timeline) == db.execute("SELECT COUNT(*) FROM happenings").fetchone()[0]
    assert len(timeline) < db.execute("SELECT COUNT(*) FROM facts").fetchone()[0]
    meeting = [t for t in timeline if "AMMTC ke-17" in t["text"] or "17th AMMTC" in t["text"]]
    assert len(meeting) == 1 and meeting[0]["sources"] == 3 and meeting[0]["disputed"] == 1


def test_happenings_after_loads_and_a_retraction_equal_a_full_rebuild(tmp_path):
    from events.corrections import retract

    db = load(sorted(CORPUS.glob("*.txt")), tmp_path / "t.db")
    fact = rows(db, "SELECT fact_id FROM facts WHERE instr(text, 'held the 17th AMMTC')")[0]
    retract(db, fact["fact_id"], "duplicate wire copy", "Analyst A")
    assert project.differences(db) == []
    (h,) = rows(db, "SELECT h.facts, h.disputed FROM happenings h JOIN facts f"
                    " ON f.happening_id = h.happening_id WHERE instr(f.text, 'Pertemuan AMMTC ke-17')")
    assert (h["facts"], h["disputed"]) == (2, 1)


def test_sources_that_count_differently_mark_the_happening_disputed():
    from events.happenings import summarise

    a = view(text="Pertemuan dihadiri 275 peserta.")
    b = view("f2", "a2", text="The meeting drew 300 participants.")
    c = view("f3", "a3", text="Pertemuan dihadiri 275 peserta dari 10 negara.")
    row = summarise([a, b, c], ["ASEAN"])
    assert row["disputed"] == 1
    (dispute,) = [d for d in row["disputes"] if d["field"] == "figure:peserta"]
    assert dispute["versions"] == [{"value": "275", "fact_ids": ["f1", "f3"]},
                                   {"value": "300", "fact_ids": ["f2"]}]
    assert not [d for d in row["disputes"] if d["field"] == "figure:negara"]


def agent_view(fact_id: str, *doers: tuple[str, str]) -> FactView:
    from dataclasses import replace

    return replace(view(fact_id, "a" + fact_id), agents=frozenset(doers))


def agent_disputes(*members: FactView) -> list[dict]:
    from events.happenings import summarise

    return [d for d in summarise(list(members), [])["disputes"] if d["field"] == "agent"]


def summarise_disputed(*members: FactView) -> int:
    from events.happenings import summarise

    return summarise(list(members), [])["disputed"]


def test_sources_that_name_different_doers_of_one_deed_mark_the_happening_disputed():
    from events.happenings import summarise

    police = agent_view("f1", ("open", "Listyo Sigit Prabowo"))
    again = agent_view("f2", ("open", "Listyo Sigit Prabowo"))
    minister = agent_view("f3", ("open", "Retno Marsudi"))
    row = summarise([police, again, minister], [])
    assert row["disputed"] == 1
    assert row["disputes"] == [{"field": "agent", "action": "open", "versions": [
        {"value": "Listyo Sigit Prabowo", "fact_ids": ["f1", "f2"]},
        {"value": "Retno Marsudi", "fact_ids": ["f3"]}]}]


def test_naming_more_doers_or_other_participants_is_not_a_disagreement():
    one = agent_view("f1", ("sign", "Indonesia"))
    both = agent_view("f2", ("sign", "Indonesia"), ("sign", "Japan"))
    silent = agent_view("f3")  # names no doer: says nothing about who signed
    assert agent_disputes(one, both, silent) == []
    assert summarise_disputed(one, both, silent) == 0


def test_doers_of_different_deeds_are_never_compared():
    opened = agent_view("f1", ("open", "Retno Marsudi"))
    closed = agent_view("f2", ("close", "Listyo Sigit Prabowo"))
    assert agent_disputes(opened, closed) == []


def test_each_deed_is_disputed_on_its_own_with_its_versions_joined():
    a = agent_view("f1", ("sign", "Indonesia"), ("sign", "Japan"), ("open", "Retno Marsudi"))
    b = agent_view("f2", ("sign", "Laos"), ("open", "Retno Marsudi"))
    (dispute,) = agent_disputes(a, b)
    assert dispute["action"] == "sign"
    assert [v["value"] for v in dispute["versions"]] == ["Indonesia and Japan", "Laos"]
