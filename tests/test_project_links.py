"""The history of which fact states state one happening (events/project_links.py): kept
as facts arrive, are corrected and go, the same however the log is batched."""

from __future__ import annotations

import json
import random

import pytest
import yaml

from events import project
from events.article import Article
from events.corrections import correct, retract
from events.ingest import ingest, open_timeline
from events.serve import METADATA_PATH
from tests.conftest import rows
from tests.test_datasette import replayed_facts
from tests.test_project_happenings import ARTICLES as LOOK_ALIKES

MEETING = ("Delegasi Indonesia dan Malaysia menggelar pertemuan bersama ke-3 di Jakarta"
           " pada 12 Agustus 2023.")
MEETING_EN = "Indonesia and Malaysia held the 3rd joint meeting in Jakarta on August 12, 2023."


def article(n: int, text: str) -> Article:
    return Article(text=text, source=f"test:{n}", url=f"https://example.org/links/{n}",
                   outlet=f"Outlet {n}", published="2023-08-30", language="id")


def fact_of(db, n: int) -> dict:
    (fact,) = rows(db, "SELECT fact_id, last_seq FROM facts WHERE article_id = ?",
                   [f"https://example.org/links/{n}"])
    return fact


def links(db) -> set[tuple]:
    return {tuple(r.values()) for r in rows(db, "SELECT * FROM happening_links")}


def test_two_reports_of_one_meeting_are_linked_state_to_state(tmp_path):
    db = open_timeline(str(tmp_path / "t.db"))
    ingest(db, article(1, MEETING))
    ingest(db, article(2, MEETING_EN))
    first, second = fact_of(db, 1), fact_of(db, 2)
    states = {r["fact_id"]: r["state_seq"] for r in rows(db, "SELECT * FROM fact_states")}
    assert states == {first["fact_id"]: first["last_seq"], second["fact_id"]: second["last_seq"]}
    a, b = sorted([first, second], key=lambda f: f["fact_id"])
    assert links(db) == {(a["fact_id"], a["last_seq"], b["fact_id"], b["last_seq"])}


def test_a_correction_adds_a_state_and_keeps_the_former_states_links(tmp_path):
    db = open_timeline(str(tmp_path / "t.db"))
    ingest(db, article(1, MEETING))
    ingest(db, article(2, MEETING_EN))
    before = links(db)
    corrected = fact_of(db, 2)["fact_id"]
    correct(db, corrected, {"date": "2023-09-20"}, "the wire had the wrong day", "Analyst A")
    seq = db.execute("SELECT MAX(seq) FROM events").fetchone()[0]
    assert db.execute("SELECT state_seq FROM fact_states WHERE fact_id = ?",
                      [corrected]).fetchone()[0] == seq
    # A month later is another meeting: the new state links to nothing; the old link stays.
    assert links(db) == before
    retract(db, corrected, "duplicate", "Analyst A")
    assert links(db) == before
    assert db.execute("SELECT 1 FROM fact_states WHERE fact_id = ?", [corrected]).fetchone() is None


def test_a_rebuild_in_one_batch_gives_the_links_of_a_replay_event_by_event(tmp_path):
    db = open_timeline(str(tmp_path / "t.db"))
    for n, text in enumerate([MEETING, MEETING_EN, MEETING.replace("ke-3", "ketiga")], 1):
        ingest(db, article(n, text))
    moved = fact_of(db, 1)["fact_id"]
    correct(db, moved, {"date": "2023-09-20"}, "wrong day", "Analyst A")
    correct(db, moved, {"date": "2023-08-12"}, "it was right", "Analyst B")
    kept = links(db)
    assert len({(r[0], r[1]) for r in kept} | {(r[2], r[3]) for r in kept}) >= 4
    project.rebuild(db)
    assert links(db) == kept
    assert project.differences(db) == []


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_timeline_as_of_every_moment_groups_as_a_replay_did_then(tmp_path, seed):
    """Look-alike meetings loaded in a random order, with corrections that move facts
    between months and retractions of the facts that bridged two meetings: at every seq,
    `timeline_as_of` groups the facts as a replay of the log up to that seq did."""
    rng = random.Random(seed)
    db = open_timeline(str(tmp_path / "t.db"))
    shuffled = LOOK_ALIKES[:]
    rng.shuffle(shuffled)
    for each in shuffled:
        ingest(db, each)
        current = [r["fact_id"] for r in rows(db, "SELECT fact_id FROM facts ORDER BY fact_id")]
        roll = rng.random()
        if roll < 0.3:
            correct(db, rng.choice(current), {"date": rng.choice(["2023-08", "2023-09-02"])},
                    "checked", "Analyst A")
        elif roll < 0.45:
            retract(db, rng.choice(current), "duplicate", "Analyst A")
    kinds = {r[0] for r in db.execute("SELECT DISTINCT type FROM events")}
    assert {"fact_corrected", "fact_retracted"} <= kinds
    sql = yaml.safe_load(METADATA_PATH.read_text())["databases"]["timeline"]["queries"][
        "timeline_as_of"]["sql"]
    merged = 0
    for seq, _, groups in replayed_facts(db):
        timeline = rows(db, sql, {"seq": str(seq), "recorded_at": ""})
        assert {r["happening_id"]: set(json.loads(r["fact_ids"])) for r in timeline} == groups, seq
        merged += any(len(g) > 2 for g in groups.values())
    assert merged  # some moment held a happening told by three facts or more
    db.close()
