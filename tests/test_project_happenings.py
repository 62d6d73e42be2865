"""Keeping the `happenings` projection as facts arrive, merge and go: the same groups as a
full rebuild, whatever the order and however the events are batched."""

from __future__ import annotations

import random

import pytest

from events import project
from events.article import Article
from events.corrections import retract
from events.ingest import ingest, open_timeline
from tests.conftest import rows

# Many look-alikes: the same two countries in one city, in one month, told at day, range
# and month precision, with and without the meeting's ordinal.
SENTENCES = {
    "d3": "Delegasi Indonesia dan Malaysia menggelar pertemuan bersama ke-3 di Jakarta"
          " pada 12 Agustus 2023.",
    "d3-range": "Delegasi Indonesia dan Malaysia menggelar pertemuan bersama ke-3 di Jakarta"
                " pada 11-13 Agustus 2023.",
    "d3-en": "Indonesia and Malaysia held the 3rd joint meeting in Jakarta on August 12, 2023.",
    "d4": "Delegasi Indonesia dan Malaysia menggelar pertemuan bersama ke-4 di Jakarta"
          " pada 20 Agustus 2023.",
    "d4-en": "Indonesia and Malaysia held the 4th joint meeting in Jakarta on August 20, 2023.",
    "d5": "Delegasi Indonesia dan Malaysia menggelar pertemuan bersama ke-5 di Jakarta"
          " pada 27 Agustus 2023.",
    "m3": "Delegasi Indonesia dan Malaysia menggelar pertemuan bersama ke-3 di Jakarta"
          " pada Agustus 2023.",
    "m": "Delegasi Indonesia dan Malaysia menggelar pertemuan bersama di Jakarta"
         " pada Agustus 2023.",
    "other-pair": "Delegasi Indonesia dan Thailand menggelar pertemuan bersama ke-3 di Jakarta"
                  " pada 12 Agustus 2023.",
}


def article(n: int, *names: str) -> Article:
    return Article(text="\n".join(SENTENCES[name] for name in names), source=f"test:{n}",
                   url=f"https://example.org/look-alike/{n}", outlet=f"Outlet {n}",
                   published="2023-08-30", language="id")


ARTICLES = [article(1, "d3", "d5"), article(2, "d3-range"), article(3, "d3-en", "d4-en"),
            article(4, "d4"), article(5, "m3"), article(6, "m"), article(9, "other-pair"),
            article(7, "d5", "d4"), article(8, "d3")]


def load(path, articles: list[Article]):
    db = open_timeline(str(path))
    for each in articles:
        ingest(db, each)
    return db


def groups(db) -> set[frozenset[str]]:
    """Each happening as the set of (article, sentence) pairs it groups."""
    found: dict[str, set[str]] = {}
    for row in rows(db, "SELECT f.happening_id, a.url, f.text FROM facts f"
                        " JOIN articles a USING (article_id)"):
        found.setdefault(row["happening_id"], set()).add(f"{row['url']}|{row['text']}")
    return {frozenset(g) for g in found.values()}


def happenings(db) -> list[tuple]:
    return db.execute("SELECT * FROM happenings ORDER BY happening_id").fetchall()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_look_alikes_group_the_same_whatever_the_load_order(tmp_path, seed):
    shuffled = ARTICLES[:]
    random.Random(seed).shuffle(shuffled)
    forward = load(tmp_path / "forward.db", ARTICLES)
    other = load(tmp_path / "other.db", shuffled)
    assert happenings(other) == happenings(forward)
    assert project.differences(other) == project.differences(forward) == []


def test_look_alikes_with_contradicting_ordinals_stay_apart(tmp_path):
    # Without the month fact that names no ordinal, which every meeting of August lies in.
    db = load(tmp_path / "t.db", [a for a in ARTICLES if "bersama di Jakarta" not in a.text])
    ordinals = [r["happening_id"] for r in rows(
        db, "SELECT happening_id FROM facts WHERE instr(text, 'ke-4') OR instr(text, '4th')")]
    fifth = {r["happening_id"] for r in rows(
        db, "SELECT happening_id FROM facts WHERE instr(text, 'ke-5')")}
    assert len(set(ordinals)) == 1 and len(ordinals) == 3
    assert not fifth & set(ordinals)
    other_pair = rows(db, "SELECT h.facts FROM happenings h JOIN facts f USING (happening_id)"
                          " WHERE instr(f.text, 'Thailand')")
    assert other_pair == [{"facts": 1}]


def test_a_new_fact_that_links_two_happenings_merges_them_into_one_row(tmp_path):
    # The 3rd and the 4th meeting of one month are apart until a month fact without an
    # ordinal says only "a meeting in August", which both lie inside.
    db = load(tmp_path / "t.db", [article(1, "d3"), article(2, "d4")])
    assert db.execute("SELECT COUNT(*) FROM happenings").fetchone()[0] == 2
    ingest(db, article(3, "m"))
    assert [r["facts"] for r in rows(db, "SELECT facts FROM happenings")] == [3]
    assert project.differences(db) == []


def test_retracting_the_fact_that_linked_two_happenings_splits_them_again(tmp_path):
    db = load(tmp_path / "t.db", [article(1, "d3"), article(2, "m"), article(3, "d4")])
    (month,) = rows(db, "SELECT fact_id FROM facts WHERE instr(text, 'bersama di Jakarta')")
    retract(db, month["fact_id"], "too vague to place", "Analyst A")
    assert sorted(r["facts"] for r in rows(db, "SELECT facts FROM happenings")) == [1, 1]
    assert project.differences(db) == []


def test_a_load_in_one_batch_groups_as_articles_loaded_one_by_one(tmp_path):
    one_by_one = load(tmp_path / "one.db", ARTICLES)
    project.rebuild(one_by_one)  # the whole log in one catch_up: batches of new facts
    assert happenings(one_by_one) == happenings(load(tmp_path / "two.db", ARTICLES))
