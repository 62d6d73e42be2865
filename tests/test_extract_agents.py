"""Who did a fact's main deed (opened, closed, signed, led, hosted): the `agent` mentions,
in Indonesian and English, active and passive. Sources that name different agents for
the same deed disagree (see tests/test_happenings.py)."""

from __future__ import annotations

from datetime import date

import pytest

from events.extract.facts import ArticleMemory, agents, sentence_facts

AUGUST_2023 = date(2023, 8, 22)  # Kapolri and Menlu stand for their holders on this day


def deeds(sentence: str) -> set[tuple[str, str]]:
    """(agent, action) of every agent mention of the sentence's facts."""
    facts = sentence_facts(sentence, 0, AUGUST_2023, ArticleMemory())
    return {(m.name, m.action) for fact in facts for m in fact.mentions if m.role == "agent"}


RETNO, LISTYO, GOLOSE = "Retno Marsudi", "Listyo Sigit Prabowo", "Petrus Reinhard Golose"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Indonesian passive, with `oleh` and without it (Indonesian may drop it).
        ("Pertemuan AMMTC ke-17 dibuka oleh Menlu Retno Marsudi di Labuan Bajo.",
         {(RETNO, "open")}),
        ("Pertemuan itu dibuka Kapolri Jenderal Listyo Sigit Prabowo pada Senin (21/8).",
         {(LISTYO, "open")}),
        # An office with no name after it is its holder on the article's date.
        ("AMMTC ke-17 resmi dibuka oleh Kapolri di Labuan Bajo.", {(LISTYO, "open")}),
        ("Nota kesepahaman itu ditandatangani oleh Indonesia dan Jepang di Tokyo.",
         {("Indonesia", "sign"), ("Japan", "sign")}),
        # The person, not the body in their title.
        ("Rapat dipimpin oleh Kepala BNN Petrus Golose.", {(GOLOSE, "lead")}),
        ("Sidang ditutup oleh Menlu Retno Marsudi.", {(RETNO, "close")}),
        ("Pertemuan itu dibuka secara resmi oleh Menlu Retno Marsudi.", {(RETNO, "open")}),
        # Indonesian active.
        ("Menlu Retno Marsudi membuka pertemuan AMMTC ke-17.", {(RETNO, "open")}),
        ("Kepala BNN Petrus Golose secara resmi menutup pertemuan itu.", {(GOLOSE, "close")}),
        ("Indonesia dan Jepang menandatangani nota kesepahaman di Tokyo.",
         {("Indonesia", "sign"), ("Japan", "sign")}),
        ("Laos akan menjadi tuan rumah AMMTC ke-18 pada 2024.", {("Laos", "host")}),
        ("Menlu Retno Marsudi dan Kapolri Listyo Sigit Prabowo membuka pertemuan itu.",
         {(RETNO, "open"), (LISTYO, "open")}),
        ("Vietnam memimpin diskusi tentang perdagangan manusia.", {("Vietnam", "lead")}),
        # A name the gazetteer lacks is an agent too.
        ("Andi Wijaya membuka acara itu.", {("Andi Wijaya", "open")}),
        # English passive.
        ("The 17th AMMTC was opened by National Police chief Listyo Sigit Prabowo in Labuan Bajo.",
         {(LISTYO, "open")}),
        ("The meeting was chaired by Indonesia's foreign minister.", {(RETNO, "lead")}),
        ("The memorandum was signed by Indonesia and Japan in Tokyo.",
         {("Indonesia", "sign"), ("Japan", "sign")}),
        ("The exercise, hosted by Malaysia, drew 300 participants.", {("Malaysia", "host")}),
        # English active.
        ("Indonesian Foreign Minister Retno Marsudi opened the 17th AMMTC on Monday.",
         {(RETNO, "open")}),
        ("Indonesia and Japan signed the agreement in Tokyo.",
         {("Indonesia", "sign"), ("Japan", "sign")}),
        ("Indonesia will host the 18th AMMTC.", {("Indonesia", "host")}),
        ("Laos chaired the meeting in Vientiane.", {("Laos", "lead")}),
        # A fact has one main deed: the first; who closed it is another statement.
        ("Pertemuan dibuka oleh Menlu Retno Marsudi dan ditutup oleh Kapolri.",
         {(RETNO, "open")}),
        # Not deeds: attending, a verb with no doer named, an intransitive verb, nouns.
        ("Pertemuan itu dihadiri oleh Menlu Retno Marsudi.", set()),
        ("Pertemuan dibuka pada Senin (21/8).", set()),
        ("The meeting opened in Jakarta on Monday.", set()),
        ("The meeting was attended by Indonesia and Japan.", set()),
        ("ASEAN chair Indonesia called for closer cooperation.", set()),  # `chair` the noun
        ("The ASEAN-led forum was held in Jakarta.", set()),  # `-led` is not a deed
    ],
)
def test_the_agent_of_the_main_deed(sentence, expected):
    assert deeds(sentence) == expected


def test_an_agent_is_also_an_actor_and_in_the_actors_list():
    (fact,) = sentence_facts("Menlu Retno Marsudi membuka pertemuan AMMTC ke-17.", 0,
                             AUGUST_2023, ArticleMemory())
    roles = {(m.name, m.role) for m in fact.mentions}
    assert {(RETNO, "actor"), (RETNO, "agent")} <= roles
    assert RETNO in fact.actors


def test_only_agents_carry_an_action():
    (fact,) = sentence_facts("Menlu Retno Marsudi membuka pertemuan AMMTC ke-17 di Jakarta.",
                             0, AUGUST_2023, ArticleMemory())
    assert {m.role for m in fact.mentions if m.action} == {"agent"}


def test_a_name_the_gazetteer_lacks_can_be_the_agent_before_the_body_in_its_title():
    text = "Acara itu dibuka oleh Kepala BNN Andi Wijaya."
    bnn = (29, 32, "BNN", "organisation", None, "BNN")
    andi = (33, 44, "Andi Wijaya", "unknown", None, "Andi Wijaya")
    assert agents(text, [bnn, andi]) == [(andi, "open")]
    active = (0, 11, "Andi Wijaya", "unknown", None, "Andi Wijaya")
    assert agents("Andi Wijaya membuka acara itu.", [active]) == [(active, "open")]
