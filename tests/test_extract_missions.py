"""Embassies and consulates as actors of their own (events.extract.missions)."""

from __future__ import annotations

import pytest

from events.article import Article
from events.extract import extract


def mentions(text: str) -> set[tuple[str, str]]:
    (fact,) = extract(Article(text=text, published="2026-10-20")).facts
    return {(m.name, m.role) for m in fact.mentions}


@pytest.mark.parametrize("text, mission, city", [
    ("The Indonesian Embassy in Manila said 14 seafarers were safe.", "Indonesian Embassy in Manila", "Manila"),
    ("The Philippine Embassy in Jakarta issued a travel advisory.", "Philippine Embassy in Jakarta", "Jakarta"),
    ("KBRI Manila memastikan 14 pelaut selamat.", "Indonesian Embassy in Manila", "Manila"),
    ("Kedutaan Besar Republik Indonesia (KBRI) di Manila menyatakan 14 pelaut selamat.",
     "Indonesian Embassy in Manila", "Manila"),
    ("KJRI Jeddah memulangkan 20 jemaah.", "Indonesian Consulate-General in Jeddah", "Jeddah"),
    # The city is the known place there, whole, and no word after it: a rank or a name.
    ("Atase Pertahanan KBRI Tokyo Kolonel Andi Wijaya hadir.", "Indonesian Embassy in Tokyo", "Tokyo"),
    ("Atase KBRI Paris Rina Kusumawardani mengatakan tiket habis.", "Indonesian Embassy in Paris", "Paris"),
    ("KBRI Bandar Seri Begawan menerima laporan itu.", "Indonesian Embassy in Bandar Seri Begawan",
     "Bandar Seri Begawan"),
])
def test_a_states_mission_in_a_city_is_an_actor_and_its_city_the_place(text, mission, city):
    found = mentions(text)
    assert any(name == mission and role != "place" for name, role in found)
    assert (city, "place") in found


@pytest.mark.parametrize("text, country", [
    ("The Indonesian Embassy in Manila said 14 seafarers were safe.", "Indonesia"),
    ("Kedutaan Besar Republik Indonesia (KBRI) di Manila menyatakan 14 pelaut selamat.", "Indonesia"),
])
def test_the_country_in_a_missions_name_is_no_actor_of_its_own(text, country):
    assert country not in {name for name, _ in mentions(text)}


@pytest.mark.parametrize("text", [
    "Protesters marched to the embassy in Jakarta on Monday.",
    "Protesters gathered near the Embassy Row hotel in Jakarta.",  # no state before it
])
def test_an_embassy_word_without_a_state_before_it_names_no_mission(text):
    assert not any(name.endswith("in Jakarta") for name, _ in mentions(text))


@pytest.mark.parametrize("text, mission", [
    # A state's embassy in lower case, as English papers write it, is the mission too ...
    ("A spokesman for the Chinese embassy in Jakarta said on Tuesday it was informed.", "Chinese Embassy in Jakarta"),
    # ... and another state's in Indonesian, named as written.
    ("Kedutaan Besar China di Jakarta menyatakan pada Selasa bahwa kapal itu berpatroli.", "Kedutaan Besar China"),
])
def test_a_foreign_states_mission_written_in_lower_case_or_in_indonesian_is_an_actor(text, mission):
    (fact,) = extract(Article(text=text, published="2026-06-24")).facts
    assert mission in {m.name for m in fact.mentions}
