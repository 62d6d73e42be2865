"""The House's commissions as actors of their own (events.extract.commissions)."""

from __future__ import annotations

import pytest

from events.article import Article
from events.extract import extract


def names(text: str) -> set[str]:
    (fact,) = extract(Article(text=text, published="2025-10-22")).facts
    return {m.name for m in fact.mentions}


@pytest.mark.parametrize("text", [
    "Komisi IX DPR dijadwalkan menggelar rapat kerja dengan Menteri Ketenagakerjaan besok.",
    "Komisi IX DPR RI memanggil Menteri Ketenagakerjaan.",
    "House Commission IX will summon the manpower minister.",
    "Commission IX of the House summoned the manpower minister.",
])
def test_a_house_commission_is_named_as_indonesian_news_names_it(text):
    assert "Komisi IX DPR" in names(text)


def test_a_commission_of_another_body_is_not_a_house_commission():
    assert not any(name.startswith("Komisi") and name.endswith("DPR")
                   for name in names("Komisi Pemberantasan Korupsi memeriksa saksi."))


def last_fact(text: str):
    return extract(Article(text=text, published="2025-10-22")).facts[-1]


@pytest.mark.parametrize("text, commission", [
    # By its number alone once the House is named: the House's.
    ("Menteri Agama hadir dalam rapat kerja dengan Komisi VIII DPR di Senayan. Komisi VIII, kata dia, akan "
     "memanggil kembali kementerian pada awal November.", "Komisi VIII DPR"),
    ("Rapat paripurna DPR mengesahkan RUU itu. Pembahasan tingkat I rampung dalam rapat kerja Komisi III.",
     "Komisi III DPR"),
    ("Indonesia's House of Representatives passed the bill. Andika Pratama, a member of Commission I, said "
     "the ministry had spent 61% of its budget.", "Komisi I DPR"),
    ("Indonesia will spend more on rice. The House of Representatives' Commission IV, which oversees "
     "agriculture, is scheduled to visit Merauke on March 30.", "Komisi IV DPR"),
    ("Indonesia's trade minister told parliament's Commission VI on Tuesday that talks had ended.",
     "Komisi VI DPR"),
])
def test_a_commission_named_by_its_number_alone_is_the_houses(text, commission):
    assert commission in last_fact(text).actors


def test_the_house_named_before_its_commission_does_not_stay_an_unknown_name():
    actors = last_fact("Indonesia's transport safety committee presented its findings to House of "
                       "Representatives Commission V on Monday.").actors
    assert "Komisi V DPR" in actors and not any(a.endswith("Commission V") for a in actors)


@pytest.mark.parametrize("text", [
    # A regional council's commissions are numbered too: by number alone, not the House's.
    "DPRD Kalimantan Timur menggelar rapat paripurna. Komisi II akan memanggil perusahaan tambang pekan depan.",
    "The East Kalimantan regional council met on Monday. Commission II will summon the miners next week.",
    # ... nor in an article that never names Indonesia.
    "The Philippine Senate met on Monday. Commission II will summon the miners next week.",
])
def test_a_numbered_commission_where_another_legislature_may_own_it_is_not_the_houses(text):
    assert not any(name.endswith(" DPR") for name in last_fact(text).actors)


def test_a_member_of_a_commission_who_speaks_after_said_is_the_speaker():
    fact = last_fact("Indonesia's House of Representatives heard the ship's owners. \"Every year we hold the "
                     "same hearing after a ship goes down,\" said Commission V member Rahmat Saleh Wongso.")
    assert fact.kind == "statement"
    assert [m.name for m in fact.mentions if m.role == "speaker"] == ["Rahmat Saleh Wongso"]
