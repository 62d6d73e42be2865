"""Whole small articles through extract(): where the article date comes from, what an
undated fact is dated by, repeated paragraphs, and the same output for the same input."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from events.article import Article
from events.extract import extract

CORPUS = Path(__file__).resolve().parents[1] / "bench" / "corpus"

MEETING = "Polri menggelar rapat di Bali pada Senin."


ARTICLE_DATES = [
    # Metadata wins over everything in the text and the URL.
    (Article(text="Sabtu, 19 Agu 2023 13:48 WIB\n" + MEETING, published="2023-08-24",
             url="https://contoh.id/2023/08/21/rapat"), "2023-08-24", "metadata"),
    # A byline date alone on its line.
    (Article(text="Sabtu, 19 Agu 2023 13:48 WIB\n" + MEETING), "2023-08-19", "dateline"),
    (Article(text="Kamis, 24 Agustus 2023 09.15 WITA\n" + MEETING), "2023-08-24", "dateline"),
    # A byline date beats the URL.
    (Article(text="Sabtu, 19 Agu 2023 13:48 WIB\n" + MEETING,
             url="https://contoh.id/2023/08/21/rapat"), "2023-08-19", "dateline"),
    # A full date early in the first sentence stands in for the article date.
    (Article(text="JAKARTA, KOMPAS.com - Polri menggelar rapat pada Kamis (24/8/2023)."),
     "2023-08-24", "dateline"),
    # The date in the URL path, with and without leading zeros.
    (Article(text=MEETING, url="https://contoh.id/berita/2023/08/21/polri-rapat"), "2023-08-21", "url"),
    (Article(text=MEETING, url="https://contoh.id/read/2023/8/1/polri-rapat"), "2023-08-01", "url"),
    # A date-shaped URL that is no calendar day is ignored.
    (Article(text=MEETING, url="https://contoh.id/2023/02/30/polri-rapat"), None, None),
    # A partial date in the first sentence cannot date the article.
    (Article(text="Labuan Bajo (ANTARA) - Polri menggelar rapat pada Selasa (22/8)."), None, None),
    (Article(text=MEETING), None, None),
    # The dateline carries the date itself: "Place, Weekday (d/m/yyyy) - ".
    (Article(text="Labuan Bajo, Kamis (24/8/2023) - " + MEETING), "2023-08-24", "dateline"),
    # A date at the end of a URL slug, and the 14-digit timestamp opening an article id.
    (Article(text=MEETING, url="https://contoh.id/world/leaders-meet-in-jakarta-2023-09-05/"),
     "2023-09-05", "url"),
    (Article(text=MEETING, url="https://contoh.id/olahraga/20240817190501-178-1100001/pon"),
     "2024-08-17", "url"),
    # A date in the first sentence dates the happening more often than the article: the URL
    # comes first.
    (Article(text="MAUMERE - Banjir merendam rumah warga, Senin (8/1/2024) malam.",
             url="https://contoh.id/2024/01/09/banjir"), "2024-01-09", "url"),
    # A date inside a credit line.
    (Article(text="Penulis: Rudi Pada: Kamis, 02 Mei 2024, 14:20 WIB\n" + MEETING,
             url="https://contoh.id/read/detail/665001-rapat"), "2024-05-02", "dateline"),
    # A page saved as text with no metadata, its address on the first line.
    (Article(text="https://contoh.id/baca/daerah/2024/08/22/rapat-polri\nPolri Gelar Rapat\n" + MEETING),
     "2024-08-22", "url"),
    # A byline date followed by the reading time, under a standfirst and the author's line.
    (Article(text="Rapat Polri di Bali\nPolri dan mitra bertemu. Mereka membahas kejahatan lintas negara.\n"
                  "Oleh CONTOH PENULIS\n22 Agustus 2024 17:05 WIB · 6 menit baca\n" + MEETING),
     "2024-08-22", "dateline"),
    # An English byline date with a zero-padded day, under a standfirst.
    (Article(text="Leaders Meet in Bali\nThe talks went well. More are planned.\nBy Ann Lee\n"
                  "January 08, 2025\nPolice chiefs met in Bali on Monday."), "2025-01-08", "dateline"),
    # ... with an American time zone, as a sports site dates it.
    (Article(text="New Coach Named\nBy Ann Lee\nNov 3, 2025, 09:40 AM ET\nThe federation named a coach on Monday."),
     "2025-11-03", "dateline"),
    # An outlet's own line with the day in digits ("Kompas.com - 12/03/2026, 14:05 WIB").
    (Article(text="KPK Tangkap Direktur\nKompas.com - 12/03/2026, 14:05 WIB\n"
                  "JAKARTA, KOMPAS.com - KPK menangkap seorang direktur pada Rabu (11/3/2026)."), "2026-03-12", "dateline"),
]


@pytest.mark.parametrize("article, published, source", ARTICLE_DATES)
def test_the_article_date_comes_from_metadata_then_byline_or_dateline_then_url(article, published, source):
    extraction = extract(article)
    assert (extraction.published, extraction.published_from) == (published, source)


@pytest.mark.parametrize("article, dateline", [
    (Article(text="Labuan Bajo (ANTARA) - " + MEETING), "Labuan Bajo"),
    (Article(text="TRIBUNNEWS.COM, NTT - " + MEETING), "NTT"),
    # The metadata's dateline is kept as given.
    (Article(text="Labuan Bajo (ANTARA) - " + MEETING, dateline="Manggarai Barat"), "Manggarai Barat"),
])
def test_the_dateline_place_is_reported_with_the_facts(article, dateline):
    assert extract(article).dateline == dateline


@pytest.mark.parametrize("text, place", [
    # The first sentence names no place: it happened where the report was filed.
    ("KUALA LUMPUR: Malaysia and Indonesia agreed on Monday to push back.", "Kuala Lumpur"),
    # ... also when the dateline adds the country (a summit venue the gazetteer knows).
    ("CEBU, Philippines: Southeast Asian leaders on Friday called for a ceasefire.", "Cebu"),
    ("Kupang (ANTARA) - Polisi menangkap dua pelaku pada Senin.", "Kupang"),
    # A place of its own wins; a dateline the gazetteer does not know gives none.
    ("Kupang (ANTARA) - Polisi menangkap dua pelaku di Labuan Bajo pada Senin.", "Labuan Bajo"),
    ("Sukamaju (ANTARA) - Polisi menangkap dua pelaku pada Senin.", None),
])
def test_the_first_sentence_without_a_place_happened_at_the_dateline(text, place):
    assert extract(Article(text=text, published="2024-06-06")).facts[0].place == place


HERE_SENTENCES = [
    # "here" in a wire's report is where it was filed ...
    ("Andi Wijaya told ANTARA here on Saturday that two crew were missing.", "Kupang"),
    ("The search continued here, officials said.", "Kupang"),
    # ... but "here is" introduces, and a place of its own wins.
    ("Here is what Andi Wijaya told rescuers.", None),
    ("Andi Wijaya said here on Saturday that the boat sank off Rote Island.", "Rote Island"),
]


def test_here_is_the_dateline_place_even_one_the_gazetteer_lacks():
    text = "SUKAMAJU, Jan 19 (Wire) -- Ministers met for two days.\nThe talks ended here on Sunday, officials said."
    assert extract(Article(text=text, published="2025-01-20")).facts[1].place == "Sukamaju"


def test_a_dateline_in_capitals_names_its_place_in_title_case():
    text = "SUKAMAJU CITY, Albay, Philippines — At least 23 people were killed in Sukamaju City, officials said."
    assert extract(Article(text=text, published="2025-01-20")).facts[0].place == "Sukamaju City"


@pytest.mark.parametrize("sentence, place", HERE_SENTENCES)
def test_here_in_a_wire_report_is_the_dateline_place(sentence, place):
    text = f"Kupang, E Nusa Tenggara (ANTARA) - A fishing boat capsized in the Savu Sea.\n{sentence}"
    facts = extract(Article(text=text, published="2025-08-16")).facts
    assert facts[1].place == place


def test_a_partial_date_takes_its_year_from_the_url_date():
    (fact,) = extract(Article(text="Polri menggelar rapat pada Selasa (22/8).",
                              url="https://contoh.id/2023/08/24/rapat")).facts
    assert fact.date.value == "2023-08-22"


def test_a_bare_weekday_is_resolved_against_the_byline_date():
    (fact,) = extract(Article(text="Sabtu, 19 Agu 2023 13:48 WIB\n" + MEETING)).facts
    assert (fact.date.value, fact.date.basis) == ("2023-08-14", "explicit")


def test_without_any_article_date_partial_dates_stay_unread():
    (fact,) = extract(Article(text=MEETING)).facts
    assert fact.date is None


REPEATED = (
    "Labuan Bajo (ANTARA) - Polri menggelar rapat di Bali pada Selasa (22/8).\n"
    "Rapat itu dihadiri AFP.\n"
    "Baca juga: Polri menggelar rapat di Bali pada Selasa (22/8).\n"
    "Polri menggelar rapat di Bali pada Selasa (22/8).\n"
    # The same paragraph again with different spacing and case.
    "polri  menggelar rapat di Bali pada Selasa (22/8).\n"
    "Rapat itu dihadiri AFP.\n"
)


def test_a_repeated_paragraph_gives_no_duplicate_fact():
    facts = extract(Article(text=REPEATED, published="2023-08-24")).facts
    assert [f.text for f in facts] == [
        "Polri menggelar rapat di Bali pada Selasa (22/8).", "Rapat itu dihadiri AFP."]
    assert [f.position for f in facts] == [0, 1]


def test_each_fact_is_found_at_its_offsets_in_the_article():
    for fact in extract(Article(text=REPEATED, published="2023-08-24")).facts:
        assert REPEATED[fact.start:fact.end] == fact.text


UNDATED = [
    # No date in the sentence: the article's month, taken from context.
    ("Rapat itu dihadiri AFP.", "2023-08", "2023-08-01", "2023-08-31", "month", "context"),
    ("The talks were attended by Japan.", "2023-08", "2023-08-01", "2023-08-31", "month", "context"),
    # A planned fact without a date is only known to be after publication.
    ("Polri akan menggelar rapat dengan AFP.", "2023-08-24", "2023-08-24", "2023-08-24", "day",
     "publication"),
    # Its own date is kept: explicit.
    ("Rapat itu dihadiri AFP pada Selasa (22/8).", "2023-08-22", "2023-08-22", "2023-08-22", "day",
     "explicit"),
]


@pytest.mark.parametrize("sentence, value, start, end, precision, basis", UNDATED)
def test_an_undated_fact_is_dated_by_the_article(sentence, value, start, end, precision, basis):
    (fact,) = extract(Article(text=sentence, published="2023-08-24")).facts
    date = fact.date
    assert (date.value, date.start, date.end, date.precision, date.basis) == (
        value, start, end, precision, basis)
    assert date.year == 2023


@pytest.mark.parametrize("sentence, time", [
    ("Jamuan digelar di Bali pada 22 Agustus 2023 malam.", "malam"),
    ("Rapat digelar di Bali pada 22 Agustus 2023 pukul 14.30 WITA.", "pukul 14.30 WITA"),
])
def test_a_time_of_day_is_kept_as_a_note_beside_the_day(sentence, time):
    (fact,) = extract(Article(text=sentence, published="2023-08-24")).facts
    assert (fact.date.value, fact.date.time) == ("2023-08-22", time)


@pytest.mark.parametrize("sentence, doubt", [
    ("Polri menggelar rapat di Bali pada Kamis (23/8).", "Kamis does not match 2023-08-23"),
    # A malformed date is no date, but the doubt survives onto the context date.
    ("Polri menggelar rapat di Bali pada 22/82023.", "malformed date: 22/82023"),
])
def test_a_doubtful_date_keeps_its_doubt_on_the_fact(sentence, doubt):
    (fact,) = extract(Article(text=sentence, published="2023-08-24")).facts
    assert fact.date.doubt.startswith(doubt)


def test_a_doubtful_date_keeps_a_sentence_that_states_nothing_else():
    (fact,) = extract(Article(text="Data dihimpun hingga 22/82023.", published="2023-08-24")).facts
    assert fact.date.doubt == "malformed date: 22/82023"


def test_a_sentence_with_nothing_to_keep_is_no_fact():
    # No entity, no date of its own and no cue word.
    facts = extract(Article(text="Cuaca pagi itu cerah sekali. Rapat itu dihadiri AFP.",
                            published="2023-08-24")).facts
    assert [f.text for f in facts] == ["Rapat itu dihadiri AFP."]


@pytest.mark.parametrize("sentence", [
    # A figure is a fact though no one is named: a count, a share, an amount.
    "Selisih suara kedua pasangan mencapai 1.146 suara atau 6,8 persen.",
    "The draw assigned 2,448 units in 47 apartment towers to civil servants.",
    "Lewat amandemen itu, tenor pinjaman diperpanjang dari 40 tahun menjadi 60 tahun.",
    # ... also a count in words.
    "Tiga anak buah kapal mengalami luka bakar ringan dan sesak napas.",
    "Twenty-three people died and nine are still missing.",
])
def test_a_sentence_that_states_a_figure_is_a_fact(sentence):
    (fact,) = extract(Article(text=sentence, published="2023-08-24")).facts
    assert fact.text == sentence and fact.date.basis == "context"


@pytest.mark.parametrize("sentence", [
    # What an unnamed party holds, or a record says, is a fact though no one is named.
    "Pengusaha hotel di tiga gili menilai kenaikan itu terlalu tinggi dan diputuskan sepihak.",
    "Most of them were found dead the next morning, according to the group's records.",
    # ... and so is what a finding shows.
    "Hasil pemeriksaan sementara menunjukkan dua dari enam tiang fender pelindung patah.",
    "The survey showed that most households in the village had no clean water.",
])
def test_a_view_or_a_report_with_no_name_is_a_fact(sentence):
    (fact,) = extract(Article(text=sentence, published="2023-08-24")).facts
    assert fact.text == sentence


def test_a_lists_numeral_alone_is_no_fact():
    facts = extract(Article(text="1.\n\nRapat itu dihadiri AFP.", published="2023-08-24")).facts
    assert [f.text for f in facts] == ["Rapat itu dihadiri AFP."]


DETERMINISM = Article(
    text=("Sabtu, 19 Agu 2023 13:48 WIB\n"
          "Labuan Bajo (ANTARA) - Kapolda Irjen Pol. Budi Santoso membuka pertemuan AMMTC+ROK "
          "di Labuan Bajo, Kamis (17/8).\n"
          "Kerja sama itu telah terjalin sejak 1989, kata Budi.\n"
          "Pertemuan berikutnya akan digelar di Vientiane tahun depan.\n"),
    url="https://contoh.id/2023/08/19/ammtc")


def test_the_same_article_always_gives_the_same_facts():
    first, second = extract(DETERMINISM), extract(DETERMINISM)
    assert first == second
    assert [f.position for f in first.facts] == list(range(len(first.facts)))
    assert [(f.kind, f.date.value) for f in first.facts] == [
        ("meeting", "2023-08-17"), ("history", "1989"), ("plan", "2024")]


def test_extraction_does_not_depend_on_earlier_articles():
    # Memory of people's names is per article: "Budi" alone is not resolved from another one.
    extract(DETERMINISM)
    (fact,) = extract(Article(text="Rapat lancar, kata Budi.", published="2023-08-24")).facts
    assert [m.name for m in fact.mentions] == ["Budi"]


@pytest.mark.parametrize("dateline, place", [
    # A name the dateline gives is a place later in the article too, not an actor ...
    ("Sukamaju Raya (ANTARA) - ", "Sukamaju Raya"),
    ("SUKAMAJU RAYA, KOMPAS.com - ", "Sukamaju Raya"),
    # ... and without the dateline it is no place.
    ("", None),
])
def test_a_name_the_dateline_gives_is_a_place_later_in_the_article(dateline, place):
    text = (f"{dateline}Polisi menangkap dua orang pada Senin (3/6).\n"
            "Gempa tercatat pada Selasa pukul 21.47 WIB, sekitar 18 km timur laut Sukamaju Raya.")
    fact = extract(Article(text=text, published="2024-06-05")).facts[-1]
    assert fact.place == place
    assert ("Sukamaju Raya" in {m.name for m in fact.mentions if m.role != "place"}) == (place is None)


def test_the_headline_printed_again_above_the_story_is_no_fact():
    article = Article(text="Home > Business\nMinistry Sets Rules for Wage Hike, Governors Given Until Dec. 11\n"
                           "The ministry set the rules on Tuesday, officials said.",
                      title="Ministry Sets Rules for Wage Hike, Governors Given Until Dec. 11", published="2024-12-05")
    assert [f.text for f in extract(article).facts] == ["The ministry set the rules on Tuesday, officials said."]


@pytest.mark.parametrize("text, source", [
    # A byline that is the day written with dots, year first.
    ("Headline of the story\n2026.05.12\nPolice said on Monday the road was closed.", "dateline"),
    # ... or with dashes, as the ISO standard writes it, under a standfirst.
    ("Headline of the story\nA standfirst that sums the story up.\n2026-05-12\nPolice said on Monday the road was "
     "closed.", "dateline"),
    # ... or the month, day and year with no comma, under the writer's name.
    ("Headline of the story\nContoh Reporter in Jakarta\nMay 12 2026\nPolice said on Monday the road was closed.",
     "dateline"),
    # A month, day, year and time run together before the page's extension.
    ("https://example.org/news/palm-oil-land-conflict-05122026143010.html\nHeadline of the story\n"
     "Police said on Monday the road was closed.", "url"),
])
def test_an_article_dated_by_a_dotted_byline_or_a_stamped_address(text, source):
    extraction = extract(Article(text=text))
    assert (extraction.published, extraction.published_from) == ("2026-05-12", source)


def test_a_sentence_opened_by_a_joining_word_is_read_without_failing():
    """'Of' alone is a run of capitalised words that trims to nothing (a blind batch's
    sentence once stopped the whole article here)."""
    (fact,) = extract(Article(text="Of those on board, 61 were Indonesians, according to the "
                                   "Indonesian Consulate General.", published="2025-07-16")).facts
    assert "Indonesian Consulate-General" in fact.actors


def test_no_stretch_of_corpus_words_in_any_order_stops_extraction():
    """Real articles hold sentences no rule was written for: words of the corpus cut and
    shuffled at random (seeded) must all be read, whatever facts they give."""
    rng = random.Random(7)
    words = " ".join(path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))[:60]).split()
    for _ in range(400):
        size = rng.randint(3, 30)
        at = rng.randrange(len(words) - size)
        chunk = words[at:at + size]
        if rng.random() < 0.5:
            rng.shuffle(chunk)
        extract(Article(text=" ".join(chunk), published="2025-07-16"))


def test_a_dateline_day_without_its_year_takes_the_year_of_the_pages_copyright():
    text = ("KOTA KINABALU, March 10 (Bernama) -- Sabah and North Kalimantan today agreed to form a "
            "joint committee on border trade.\n\n-- BERNAMA\n\n© 2025 BERNAMA. All Rights Reserved.")
    extraction = extract(Article(text=text))
    assert (extraction.published, extraction.published_from) == ("2025-03-10", "dateline")
    assert extraction.facts[0].date.value == "2025-03-10"  # "today"


def test_without_a_copyright_year_a_dateline_day_alone_dates_nothing():
    text = "KOTA KINABALU, March 10 (Bernama) -- Sabah and North Kalimantan today agreed to meet."
    assert extract(Article(text=text)).published is None
