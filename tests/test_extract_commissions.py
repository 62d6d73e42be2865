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
