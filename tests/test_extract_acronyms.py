"""Acronyms the gazetteer does not know and the article never spells out
(events.extract.acronyms): a body's acronym standing as the subject of a deed or as its
doer, and a suspect's initials, are parties; capitals that name things are not."""

from __future__ import annotations

import pytest

from events.article import Article
from events.extract import extract


def parties(text: str) -> list[list[tuple[str, str]]]:
    """Each fact's parties as (name, type), people included."""
    facts = extract(Article(text=text, published="2026-04-24")).facts
    return [[(m.name, m.type) for m in f.mentions if m.role in ("actor", "speaker", "agent")] for f in facts]


@pytest.mark.parametrize("text, party", [
    # The subject of a deed: an Indonesian verb's active or passive form, an English verb.
    ("DPRA menggelar rapat dengar pendapat umum kemarin.", "DPRA"),
    ("Sebelumnya, KSOP menghentikan sementara pelayaran tongkang.", "KSOP"),
    ("KSOP akan memanggil pemilik tongkang pekan depan.", "KSOP"),
    ("DPRK dijadwalkan meninjau lokasi pekan depan.", "DPRK"),
    ("The DPRA voted on Tuesday to revise the bylaw.", "DPRA"),
    ("Commercial operation is targeted by the end of 2030, KSOP said.", "KSOP"),
    # ... or its doer, after a passive verb or "oleh"/"by".
    ("Qanun Jinayat disahkan DPRA pada 27 September 2014.", "DPRA"),
    ("Rapat itu dipimpin oleh BPKAD pada Senin.", "BPKAD"),
    # A digit counting a letter out is part of an acronym.
    ("BP3MI memulangkan 40 pekerja migran kemarin.", "BP3MI"),
])
def test_an_unknown_acronym_doing_something_is_a_party(text, party):
    assert (party, "unknown") in parties(text)[0]


def test_an_acronym_that_was_a_party_is_one_wherever_it_stands_later():
    text = "DPRA menggelar rapat kemarin. Petisi diserahkan kepada pimpinan DPRA pada Senin (20/4)."
    assert parties(text)[1] == [("DPRA", "unknown")]


def test_a_suspects_initials_are_a_person_there_and_later():
    text = "Polisi menangkap seorang pria berinisial DKR di Karangasem kemarin. DKR masuk ke Bali pada 2 Februari 2025."
    found = parties(text)
    assert ("DKR", "person") in found[0]
    assert ("DKR", "person") in found[1]


@pytest.mark.parametrize("text", [
    # Capitals that name a budget, a fuel, a vote, a meeting, a wire: no party.
    "APBD mencapai Rp 2 triliun pada 2025.",
    "BBM bersubsidi menipis sejak Senin.",
    "PSU digelar di 12 TPS pada Sabtu (19/4).",
    "RDG berikutnya dijadwalkan berlangsung pada 21-22 April 2026.",
    "Hal itu dikatakan Andi kepada ANTARA di Jakarta, Rabu.",
    # An unknown acronym as an object or after a preposition names no party on its own.
    "Warga mendatangi kantor KSOP di pelabuhan kemarin.",
    "Ia menyerahkan berkas ke BPKAD pada Senin.",
])
def test_capitals_that_are_no_party_or_stand_as_no_doer_make_none(text):
    names = [name for fact in parties(text) for name, _ in fact]
    assert not [name for name in names if name.isupper()]


def test_a_known_bodys_acronym_in_brackets_names_it_later():
    text = ("Pertamina subsidiary PT Kilang Pertamina Internasional (KPI) signed the deal on Tuesday. "
            "KPI plans to start clearing land next month.")
    assert ("Kilang Pertamina Internasional", "organisation") in parties(text)[1]


def test_an_office_named_with_an_acronym_that_counts_its_letters_is_named_whole():
    text = ("Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak (DP3A) Aceh Meutia Juliana mengatakan "
            "hal itu. DP3A Aceh mencatat 1.200 kasus sepanjang 2025.")
    found = parties(text)
    assert found[0][0] == ("Dinas Pemberdayaan Perempuan dan Perlindungan Anak Aceh", "unknown")
    assert found[1] == [("Dinas Pemberdayaan Perempuan dan Perlindungan Anak Aceh", "unknown")]


def test_an_acronym_listed_beside_a_known_bodys_is_one_of_a_kind_with_it():
    found = parties("Perkuliahan semester gasal di UGM, UNY dan UII dimulai pekan depan.")[0]
    assert ("UNY", "unknown") in found and ("UII", "unknown") in found


def test_an_acronym_listed_beside_things_is_none():
    assert parties("Harga BBM, LPG dan listrik naik sejak Senin.") == [[]]


@pytest.mark.parametrize("text, persons", [
    # Initials of two letters are a suspect too, even those the gazetteer knows as a country.
    ("Pemilik gudang berinisial LS (44) kini ditahan sejak Senin.", ["LS"]),
    ("Polisi menangkap dua tersangka berinisial AS dan BT pada Senin.", ["AS", "BT"]),
    ("Tiga tersangka berinisial RK (32), MT (28), dan SW (41) ditahan pada Senin.", ["RK", "MT", "SW"]),
])
def test_a_suspects_initials_of_two_letters_name_a_person(text, persons):
    (fact,) = extract(Article(text=text, published="2025-07-25")).facts
    assert [m.name for m in fact.mentions if m.type == "person"] == persons
