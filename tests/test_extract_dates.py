"""Date spans in one sentence (events.extract.dates.find_dates), as a table of sentences.

Every reference date below is Thursday 24 August 2023 unless a case says otherwise, so
"Selasa" is the 22nd, "kemarin" the 23rd and "besok" the 25th.
"""

from __future__ import annotations

from datetime import date

import pytest

from events.article import Article
from events.extract import extract
from events.extract.date_readers import month_date
from events.extract.dates import find_dates

THURSDAY = date(2023, 8, 24)


def only_date(sentence: str, reference: date = THURSDAY, future: bool = False):
    spans = [s for s in find_dates(sentence, reference, future) if s.date]
    assert len(spans) == 1, spans
    return spans[0]


def last_fact(text: str, published: str):
    """The fact of the article's last sentence, which earlier ones give its context."""
    return extract(Article(text=text, published=published)).facts[-1]


def day(iso: str) -> tuple:
    return (iso, iso, iso, "day", None)


# (sentence, the words the date is read from, (value, start, end, precision, qualifier))
DATES = [
    # A budget's year: "tahun anggaran", "fiscal year", "FY".
    ("Target penerimaan dipatok pada tahun anggaran 2026.", "tahun anggaran 2026",
     ("2026", "2026-01-01", "2026-12-31", "year", None)),
    ("The ministry expects a surplus in fiscal year 2025.", "fiscal year 2025",
     ("2025", "2025-01-01", "2025-12-31", "year", None)),
    ("Laba FY2024 naik 12 persen.", "FY2024", ("2024", "2024-01-01", "2024-12-31", "year", None)),
    # Numeric day/month/year, the commonest shape in Indonesian copy.
    ("Rapat koordinasi digelar 24/8/2023 di Mapolda.", "24/8/2023", day("2023-08-24")),
    ("Kesepakatan itu diteken pada 5/9/2022 lalu.", "5/9/2022", day("2022-09-05")),
    # A leading zero in the month must not matter.
    ("Laporan diterima tanggal 07/08/2023.", "07/08/2023", day("2023-08-07")),
    # The weekday, a comma and brackets all belong to the span.
    ("Delegasi tiba Kamis, (24/8/2023) pagi.", "Kamis, (24/8/2023)", day("2023-08-24")),
    ("Upacara berlangsung Rabu, 23/8/2023.", "Rabu, 23/8/2023", day("2023-08-23")),
    # Day and month in brackets without a year: the year comes from the article date.
    ("Para menteri bertemu pada (22/8) di hotel.", "(22/8)", day("2023-08-22")),
    ("Para menteri bertemu Selasa (22/8) di hotel.", "Selasa (22/8)", day("2023-08-22")),
    ("Jum'at (25/8) rombongan pulang.", "Jum'at (25/8)", day("2023-08-25")),
    # A time of day between weekday and date is part of the span.
    ("Rombongan berangkat Rabu malam (23/8) dari bandara.", "Rabu malam (23/8)", day("2023-08-23")),
    # Named months, full and abbreviated, Indonesian and English.
    ("KTT itu dibuka 22 Agustus 2023 oleh presiden.", "22 Agustus 2023", day("2023-08-22")),
    ("Dokumen ditandatangani 22 Agu 2023 di Jakarta.", "22 Agu 2023", day("2023-08-22")),
    ("Sidang pertama digelar 2 Mei 2023.", "2 Mei 2023", day("2023-05-02")),
    ("Latihan gabungan dimulai Kamis, 24 Agustus 2023.", "Kamis, 24 Agustus 2023", day("2023-08-24")),
    # A named day without a year takes the article's year.
    ("Forum itu dibuka pada tanggal 22 Agustus di Jakarta.", "22 Agustus", day("2023-08-22")),
    # The same at the end of a sentence: the full stop is the sentence's, not the month's.
    ("Forum itu dibuka pada tanggal 22 Agustus.", "22 Agustus", day("2023-08-22")),
    # "malam" after the date is a time of day, not part of the date value.
    ("Jamuan makan digelar 22 Agustus 2023 malam.", "22 Agustus 2023", day("2023-08-22")),
    ("The forum opened on August 22, 2023 in Jakarta.", "August 22, 2023", day("2023-08-22")),
    ("The envoys arrived on 22 August 2023.", "22 August 2023", day("2023-08-22")),
    ("The accord was signed Aug. 22, 2023, officials said.", "Aug. 22, 2023", day("2023-08-22")),
    ("It began Thursday, August 24, 2023.", "Thursday, August 24, 2023", day("2023-08-24")),
    # A month and year is a month, never the first of the month.
    ("Program itu diluncurkan Agustus 2023.", "Agustus 2023",
     ("2023-08", "2023-08-01", "2023-08-31", "month", None)),
    ("Perjanjian berlaku mulai Juni 2023.", "Juni 2023",
     ("2023-06", "2023-06-01", "2023-06-30", "month", None)),
    ("The task force was set up in February 2024.", "February 2024",
     ("2024-02", "2024-02-01", "2024-02-29", "month", None)),
    # Ranges of days in one month.
    ("Pameran berlangsung 19-23 Agustus 2023 di Labuan Bajo.", "19-23 Agustus 2023",
     ("2023-08-19/2023-08-23", "2023-08-19", "2023-08-23", "day", None)),
    ("Pelatihan digelar 19 sampai 23 Agustus 2023.", "19 sampai 23 Agustus 2023",
     ("2023-08-19/2023-08-23", "2023-08-19", "2023-08-23", "day", None)),
    ("The drills ran August 19-23, 2023.", "August 19-23, 2023",
     ("2023-08-19/2023-08-23", "2023-08-19", "2023-08-23", "day", None)),
    # Ranges of years: a plan's period, bare, in brackets, or with a two-digit end.
    ("Rencana kerja 2023-2025 sudah disahkan.", "2023-2025",
     ("2023/2025", "2023-01-01", "2025-12-31", "year", None)),
    ("Rencana kerja (2023-2025) sudah disahkan.", "(2023-2025)",
     ("2023/2025", "2023-01-01", "2025-12-31", "year", None)),
    ("Peta jalan 2024-27 masih disusun.", "2024-27",
     ("2024/2027", "2024-01-01", "2027-12-31", "year", None)),
    ("The work plan for 2023-2027 was adopted.", "2023-2027",
     ("2023/2027", "2023-01-01", "2027-12-31", "year", None)),
    ("Anggaran periode 2021-2025 dipangkas.", "periode 2021-2025",
     ("2021/2025", "2021-01-01", "2025-12-31", "year", None)),
    # A year with a cue word in front of it.
    ("Pertemuan serupa akan digelar pada 2024.", "pada 2024",
     ("2024", "2024-01-01", "2024-12-31", "year", None)),
    ("Kerja sama diperluas tahun 2024.", "tahun 2024",
     ("2024", "2024-01-01", "2024-12-31", "year", None)),
    ("The exercise will return in 2024.", "in 2024",
     ("2024", "2024-01-01", "2024-12-31", "year", None)),
    # "hingga" sets an end, so the year is an upper bound.
    ("Moratorium diperpanjang hingga 2025.", "hingga 2025",
     ("2025", "2025-01-01", "2025-12-31", "year", "until")),
    # "sejak" opens the interval: the year is where it starts, qualified "since".
    ("Kedua negara bermitra sejak 1989.", "sejak 1989",
     ("1989", "1989-01-01", "1989-12-31", "year", "since")),
    ("Kedua negara bermitra sejak tahun 1989.", "sejak tahun 1989",
     ("1989", "1989-01-01", "1989-12-31", "year", "since")),
    ("The two police forces have cooperated since 1989.", "since 1989",
     ("1989", "1989-01-01", "1989-12-31", "year", "since")),
    # ... and a year hedged after it is still that year.
    ("The leak had been a recurring problem since at least 2019.", "since at least 2019",
     ("2019", "2019-01-01", "2019-12-31", "year", "since")),
    ("Lubang bekas tambang ditinggalkan sejak sekitar 2015.", "sejak sekitar 2015",
     ("2015", "2015-01-01", "2015-12-31", "year", "since")),
    ("Whale sharks have come to the bay since about 2016.", "since about 2016",
     ("2016", "2016-01-01", "2016-12-31", "year", "since")),
    # Early, mid, late: year precision with a qualifier, never an invented month.
    ("Gedung baru rampung awal 2024.", "awal 2024",
     ("2024", "2024-01-01", "2024-12-31", "year", "early")),
    ("Uji coba dimulai pertengahan 2024.", "pertengahan 2024",
     ("2024", "2024-01-01", "2024-12-31", "year", "mid")),
    ("Evaluasi dilakukan akhir 2024.", "akhir 2024",
     ("2024", "2024-01-01", "2024-12-31", "year", "late")),
    ("Evaluasi dilakukan akhir tahun 2024.", "akhir tahun 2024",
     ("2024", "2024-01-01", "2024-12-31", "year", "late")),
    ("Results are due by mid-2024.", "mid-2024",
     ("2024", "2024-01-01", "2024-12-31", "year", "mid")),
    # Both words together keep both meanings.
    ("Harga naik sejak awal 2020.", "sejak awal 2020",
     ("2020", "2020-01-01", "2020-12-31", "year", "since early")),
    # A year alone in brackets, as after a name.
    ("Deklarasi Bali (2011) menjadi rujukan.", "(2011)",
     ("2011", "2011-01-01", "2011-12-31", "year", None)),
]


@pytest.mark.parametrize("sentence, text, expected", DATES)
def test_a_written_date_is_read_at_the_precision_the_text_gives(sentence, text, expected):
    span = only_date(sentence)
    assert span.text == text
    assert text in sentence[span.start:span.end]
    value, start, end, precision, qualifier = expected
    assert (span.date.value, span.date.start, span.date.end) == (value, start, end)
    assert (span.date.precision, span.date.qualifier) == (precision, qualifier)
    assert span.date.basis == "explicit" and span.doubt is None


# Words that need the article date to mean anything: (sentence, text, value, start, end).
RELATIVE = [
    # A bare weekday in a report is the most recent such day.
    ("Tim gabungan tiba Senin dan langsung bekerja.", "Senin", "2023-08-21", "2023-08-21", "2023-08-21"),
    ("Tim gabungan tiba Senin lalu.", "Senin lalu", "2023-08-21", "2023-08-21", "2023-08-21"),
    # The article's own weekday is the article day, "lalu" pushes it a week back.
    ("Rapat digelar Kamis di Jakarta.", "Kamis", "2023-08-24", "2023-08-24", "2023-08-24"),
    ("Rapat digelar Kamis lalu di Jakarta.", "Kamis lalu", "2023-08-17", "2023-08-17", "2023-08-17"),
    ("Rapat lanjutan digelar Selasa mendatang.", "Selasa mendatang", "2023-08-29", "2023-08-29", "2023-08-29"),
    ("Rombongan pulang Sabtu depan.", "Sabtu depan", "2023-08-26", "2023-08-26", "2023-08-26"),
    ("The delegates met on Tuesday.", "on Tuesday", "2023-08-22", "2023-08-22", "2023-08-22"),
    ("The ministers spoke last Friday.", "last Friday", "2023-08-18", "2023-08-18", "2023-08-18"),
    ("The talks resume next Tuesday.", "next Tuesday", "2023-08-29", "2023-08-29", "2023-08-29"),
    ("Laporan itu dirilis hari ini.", "hari ini", "2023-08-24", "2023-08-24", "2023-08-24"),
    ("Laporan itu dirilis kemarin.", "kemarin", "2023-08-23", "2023-08-23", "2023-08-23"),
    # "kemarin lusa" is the day before yesterday, not yesterday.
    ("Kapal itu tiba kemarin lusa.", "kemarin lusa", "2023-08-22", "2023-08-22", "2023-08-22"),
    ("Hasilnya diumumkan besok.", "besok", "2023-08-25", "2023-08-25", "2023-08-25"),
    ("Hasilnya diumumkan lusa.", "lusa", "2023-08-26", "2023-08-26", "2023-08-26"),
    ("The report came out yesterday.", "yesterday", "2023-08-23", "2023-08-23", "2023-08-23"),
    # A part of the article's day ("siang ini", "tadi pagi", "tonight") is that day.
    ("Hingga siang ini tercatat 40 rumah rusak.", "siang ini", "2023-08-24", "2023-08-24", "2023-08-24"),
    ("Tim sudah dikirim dari Jakarta tadi pagi.", "tadi pagi", "2023-08-24", "2023-08-24", "2023-08-24"),
    ("Bupati akan meninjau lokasi sore ini.", "sore ini", "2023-08-24", "2023-08-24", "2023-08-24"),
    ("The minister will address the House tonight.", "tonight", "2023-08-24", "2023-08-24", "2023-08-24"),
    ("Police closed the road this morning.", "this morning", "2023-08-24", "2023-08-24", "2023-08-24"),
    # A week is the Monday-to-Sunday week, written as a range of days.
    ("Kasus itu terungkap pekan lalu.", "pekan lalu", "2023-08-14/2023-08-20", "2023-08-14", "2023-08-20"),
    ("Kasus itu terungkap minggu lalu.", "minggu lalu", "2023-08-14/2023-08-20", "2023-08-14", "2023-08-20"),
    ("The case surfaced last week.", "last week", "2023-08-14/2023-08-20", "2023-08-14", "2023-08-20"),
    # The last seven days up to the article's, and its month or year so far.
    ("Asing mencatat jual bersih dalam sepekan terakhir.", "sepekan terakhir", "2023-08-18/2023-08-24",
     "2023-08-18", "2023-08-24"),
    ("Harga cabai naik tajam seminggu belakangan.", "seminggu belakangan", "2023-08-18/2023-08-24",
     "2023-08-18", "2023-08-24"),
    ("The rupiah lost 2% over the past week.", "over the past week", "2023-08-18/2023-08-24",
     "2023-08-18", "2023-08-24"),
    ("Investors sold a net $300 million of bonds so far this month.", "so far this month",
     "2023-08-01/2023-08-24", "2023-08-01", "2023-08-24"),
    # Two years named by their distance joined by and/dan: both.
    ("Inflation will stay within the target range this year and next.", "this year and next", "2023/2024",
     "2023-01-01", "2024-12-31"),
    ("Harga beras naik tahun lalu dan tahun ini.", "tahun lalu dan tahun ini", "2022/2023",
     "2022-01-01", "2023-12-31"),
    # A week of a month named by its order: seven of its days.
    ("Petugas ditambah terutama pada pekan pertama Agustus.", "pekan pertama Agustus",
     "2023-08-01/2023-08-07", "2023-08-01", "2023-08-07"),
    ("Harga naik pada minggu terakhir Juli.", "minggu terakhir Juli", "2023-07-25/2023-07-31",
     "2023-07-25", "2023-07-31"),
    ("Exports slowed in the second week of August.", "the second week of August", "2023-08-08/2023-08-14",
     "2023-08-08", "2023-08-14"),
    ("Prices rose in the first week of March 2024.", "March 2024", "2024-03-01/2024-03-07",
     "2024-03-01", "2024-03-07"),
    # A span opened by "sejak"/"began in" and closed by a verb of ending is one span.
    ("Perundingan dimulai sejak Juli 2016 dan baru dinyatakan rampung pada 23 Maret 2023.",
     "Juli 2016 dan baru dinyatakan rampung pada 23 Maret 2023", "2016-07-01/2023-03-23", "2016-07-01",
     "2023-03-23"),
    ("Talks began in May 2019 and were concluded on March 23, 2023.",
     "May 2019 and were concluded on March 23, 2023", "2019-05-01/2023-03-23", "2019-05-01", "2023-03-23"),
    # ... and "weekend" that week's Saturday and Sunday.
    ("The talks resume next weekend.", "next weekend", "2023-09-02/2023-09-03", "2023-09-02", "2023-09-03"),
    ("Inspeksi dijadwalkan minggu depan.", "minggu depan", "2023-08-28/2023-09-03", "2023-08-28", "2023-09-03"),
    ("Aturan baru berlaku bulan depan.", "bulan depan", "2023-09", "2023-09-01", "2023-09-30"),
    ("New rules apply next month.", "next month", "2023-09", "2023-09-01", "2023-09-30"),
    ("Sidang berikutnya tahun depan.", "tahun depan", "2024", "2024-01-01", "2024-12-31"),
    ("Kasus serupa terjadi tahun lalu.", "tahun lalu", "2022", "2022-01-01", "2022-12-31"),
    ("Target itu dicapai tahun ini.", "tahun ini", "2023", "2023-01-01", "2023-12-31"),
    ("Korban dievakuasi dua hari lalu.", "dua hari lalu", "2023-08-22", "2023-08-22", "2023-08-22"),
    # A count in digits, "yang lalu" as two words, and a year-sized unit.
    ("Organisasi itu lahir 56 tahun yang lalu.", "56 tahun yang lalu", "1967", "1967-01-01", "1967-12-31"),
    ("Pembangunan selesai 2 tahun lagi.", "2 tahun lagi", "2025", "2025-01-01", "2025-12-31"),
    ("The suspects fled three days ago.", "three days ago", "2023-08-21", "2023-08-21", "2023-08-21"),
    ("The office opened two years ago.", "two years ago", "2021", "2021-01-01", "2021-12-31"),
    # "tadi malam", "last night": the night before the day of the report.
    ("Polisi menggerebek gudang itu tadi malam.", "tadi malam", "2023-08-23", "2023-08-23", "2023-08-23"),
    ("The warehouse caught fire last night.", "last night", "2023-08-23", "2023-08-23", "2023-08-23"),
    # A weekday of the week before, this one or the next (weeks start on Monday).
    ("Rapat digelar Rabu pekan lalu.", "Rabu pekan lalu", "2023-08-16", "2023-08-16", "2023-08-16"),
    ("Rapat digelar Selasa minggu depan.", "Selasa minggu depan", "2023-08-29", "2023-08-29", "2023-08-29"),
    ("Rapat digelar pada Jumat pekan ini.", "Jumat pekan ini", "2023-08-25", "2023-08-25", "2023-08-25"),
    ("The board met on Wednesday last week.", "Wednesday last week", "2023-08-16", "2023-08-16", "2023-08-16"),
    # A decade is its ten years.
    ("The movement began in the 1990s.", "1990s", "1990/1999", "1990-01-01", "1999-12-31"),
    ("Gerakan itu dimulai pada tahun 1980-an.", "1980-an", "1980/1989", "1980-01-01", "1989-12-31"),
]


@pytest.mark.parametrize("sentence, text, value, start, end", RELATIVE)
def test_a_relative_date_is_counted_from_the_article_date(sentence, text, value, start, end):
    span = only_date(sentence)
    assert span.text == text
    assert (span.date.value, span.date.start, span.date.end) == (value, start, end)
    assert span.date.qualifier is None


@pytest.mark.parametrize("sentence, text, value, modality", [
    ("Pendataan rampung paling lambat akhir pekan ini.", "akhir pekan ini", "2023-08-21/2023-08-27", "planned"),
    ("Akhir pekan lalu warga mengungsi.", "Akhir pekan lalu", "2023-08-14/2023-08-20", "occurred"),
    ("Hujan masih berpotensi turun hingga akhir minggu depan.", "akhir minggu depan", "2023-08-28/2023-09-03",
     "planned"),
])
def test_the_end_of_a_week_is_that_week_with_its_part_kept(sentence, text, value, modality):
    """As a part of a year is the year ("akhir 2024"); told on a Thursday, this week's end is
    still ahead."""
    span = only_date(sentence)
    assert (span.text, span.date.value, span.date.qualifier) == (text, value, "late")
    assert extract(Article(text=sentence, published="2023-08-24")).facts[0].modality == modality


@pytest.mark.parametrize("sentence, text, value", [
    # Colloquial "Senin kemarin" means last Monday; the weekday rule lists "kemarin" after
    # a weekday, and it must not be read as "kemarin" alone (yesterday).
    ("Tersangka ditangkap Senin kemarin.", "Senin kemarin", "2023-08-21"),
    # "sejak" in front of a counted past keeps its meaning: since 20 years ago.
    ("Konflik itu berlangsung sejak 20 tahun lalu.", "20 tahun lalu", "2003"),
])
def test_a_relative_date_keeps_every_word_that_shapes_it(sentence, text, value):
    span = only_date(sentence)
    assert span.date.value == value
    assert text in span.text
    if "sejak" in sentence:
        assert span.date.qualifier == "since"


def test_a_bare_weekday_points_ahead_when_the_sentence_speaks_of_the_future():
    assert only_date("Tim akan berangkat Senin.", future=True).date.value == "2023-08-28"
    # The article's own weekday is still the article day when the sentence points ahead.
    assert only_date("Tim akan berangkat Kamis.", future=True).date.value == "2023-08-24"
    # A verb in the past tense right after the weekday dates a deed done, even when the
    # sentence reports what would be.
    assert only_date("Washington on Monday notified Jakarta that a tariff would apply.",
                     future=True).date.value == "2023-08-21"
    assert only_date("The ministry on Friday announced the ban would end.", future=True).date.value == "2023-08-18"


@pytest.mark.parametrize("sentence, value", [
    # A year after "from", "mulai", "starting" is a time; so are two joined by "through".
    ("It will supply about 4,000 households from 2028.", "2028"),
    ("Kuota naik menjadi 40 orang per tahun mulai 2027.", "2027"),
    ("Deliveries will run from 2027 through 2029.", "2027/2029"),
    ("He served as mayor of Medan from 2021 to 2024.", "2021/2024"),
    # ... and a year before 1900 after a day and month.
    ("Magellan's fleet anchored off Tidore on 8 November 1521.", "1521-11-08"),
    ("Masjid itu diresmikan pada 26 Mei 1748.", "1748-05-26"),
    # (a quantity after "from" is no year: "fell to 15.2 million tons in 2024 from 16.5")
    ("LNG exports fell about 8% in 2024 to 15.2 million tons.", "2024"),
])
def test_a_year_after_from_or_before_1900_is_read(sentence, value):
    assert last_fact(sentence, "2026-05-06").date.value == value


@pytest.mark.parametrize("sentence, value", [
    # What was set before the change the sentence tells of is not the change's date.
    ("Larangan yang semula berakhir pada 30 April 2026 itu kini diperpanjang hingga 31 Juli 2026.", "2026-07-31"),
    ("The talks originally set for May 3 were now moved to June 10.", "2026-06-10"),
])
def test_a_date_set_before_a_change_is_not_the_changes(sentence, value):
    assert last_fact(sentence, "2026-05-06").date.value == value


@pytest.mark.parametrize("sentence, value, modality", [
    # What someone planned and has not done yet is ahead, its weekday the next one; a plan
    # that turned out otherwise ("a protest that turned violent") is told as done.
    ("Fishermen planned a protest at the regency office on Wednesday.", "2026-09-16", "planned"),
    ("Fishermen planned a protest that turned violent on Wednesday.", "2026-09-09", "occurred"),
])
def test_a_plan_made_points_its_weekday_ahead(sentence, value, modality):
    fact = last_fact(sentence, "2026-09-14")
    assert (fact.date.value, fact.modality) == (value, modality)


@pytest.mark.parametrize("sentence, value", [
    # "nanti" after a weekday points ahead, as "mendatang" does.
    ("Kalau Kamis nanti udara membaik, sekolah dibuka lagi.", "2026-01-15"),
    # "by" before a weekday sets a deadline ahead, unless the clause tells it as past.
    ("He expected the floodwater to recede by Thursday evening.", "2026-01-15"),
    ("Rescuers found the boat by Tuesday.", "2026-01-13"),
    ("The team had arrived by Monday.", "2026-01-12"),
])
def test_a_weekday_after_by_or_before_nanti_points_ahead(sentence, value):
    assert find_dates(sentence, date(2026, 1, 14))[0].date.value == value


@pytest.mark.parametrize("text, value", [
    ("Banjir melanda Tanggamus pada Maret 2025. Saat itu, Bupati Andi Wijaya menetapkan status tanggap darurat.",
     "2025-03"),
    ("The ministers met in Jakarta in April 2025. At the time, Andi Wijaya told reporters no base was offered.",
     "2025-04"),
])
def test_a_sentence_opening_with_at_that_time_takes_the_time_just_told(text, value):
    last = extract(Article(text=text, published="2026-01-22")).facts[-1]
    assert last.date.value == value and last.date.basis == "context"


@pytest.mark.parametrize("sentence, value", [
    ("Vietnam shipped 120,000 tonnes to Indonesia in the first four months of the year.", "2024-01/2024-04"),
    ("In the first six months of last year, sales fell.", "2023-01/2023-06"),
    ("Ekspor naik 12 persen dalam empat bulan pertama 2024.", "2024-01/2024-04"),
    ("Tiga bulan pertama tahun ini impor turun.", "2024-01/2024-03"),
])
def test_the_first_months_of_a_year_are_its_months_from_january(sentence, value):
    (span,) = find_dates(sentence, date(2024, 5, 16))
    assert span.date.value == value


@pytest.mark.parametrize("sentence, reference, value", [
    # A day without its year right before a year named by its distance is that year's day.
    ("The boat left Pepela harbour on April 7 last year.", date(2026, 2, 19), "2025-04-07"),
    ("Kapal itu tiba pada 7 April tahun lalu.", date(2026, 2, 19), "2025-04-07"),
    # "se-" is one: "sehari kemudian" is the day after the last day told.
    ("Sehari kemudian, Sungai Welang meluap.", date(2024, 12, 16), "2024-12-14"),
    # "since" a month is the last one, whatever the sentence says ahead; this month is this one.
    ("Whoever steals fish will face the law, he said, adding that nine boats were seized since January.",
     date(2025, 4, 16), "2025-01"),
    ("Sejak Januari, harga beras naik.", date(2026, 1, 10), "2026-01"),
    # "between" two months is the span, however far apart.
    ("Some 4,000 hectares were cleared between August and October.", date(2024, 11, 27), "2024-08/2024-10"),
    # Months from a later one to an earlier one run into the next year: ahead when the
    # sentence looks ahead, else the last such span begun.
    ("The test will come in the wet season, from December to March.", date(2025, 8, 28), "2025-12/2026-03"),
    ("Pemerintah menerapkan larangan dari Desember hingga Maret.", date(2025, 8, 28), "2024-12/2025-03"),
    ("Musim hujan berlangsung Desember hingga Maret 2026.", date(2025, 8, 28), "2025-12/2026-03"),
    # A month that a word after it makes a time, with no word before it.
    ("Januari lalu seorang remaja juga tenggelam di lubang tambang.", date(2026, 3, 10), "2026-01"),
    ("Agustus nanti kami baru bisa bayar.", date(2025, 2, 18), "2025-08"),
    # A financial year named by its last day or month is the twelve months up to it.
    ("Net profit rose in the financial year ended June 30, 2025.", date(2025, 9, 25), "2024-07-01/2025-06-30"),
    ("It adds to earnings from the fiscal year ending March 2028.", date(2025, 9, 25), "2027-04-01/2028-03-31"),
    # A year before "bulan lalu" is no count of months: the budget, passed last month.
    ("DPRD Surabaya telah mengesahkan APBD 2026 bulan lalu.", date(2025, 11, 19), "2025-10"),
    # "the second half of the year" is this year's, passed or not.
    ("Families will follow in the second half of the year.", date(2026, 1, 27), "2026-07/2026-12"),
    ("Sales slowed in the second half of the year.", date(2026, 11, 27), "2026-07/2026-12"),
    # A day and month told as done in the past tense is never weeks after the article:
    # last year's, not next year's nearer one; a deed promised, summoned or lasting until
    # it, or a verb after "to be", looks ahead.
    ("Police arrested him at the airport on March 3.", date(2025, 10, 30), "2025-03-03"),
    ("The earthquake that struck central Myanmar on March 28 killed thousands.", date(2025, 12, 2), "2025-03-28"),
    ("The company had promised departures on May 10.", date(2026, 4, 16), "2026-05-10"),
    ("The House has summoned the executives to a hearing on Oct. 8.", date(2025, 9, 30), "2025-10-08"),
    ("The ban is unlikely to be lifted before results are announced on June 4.", date(2024, 5, 16), "2024-06-04"),
    # "the week of" a day is the Monday-to-Sunday week that holds it.
    ("The teachers are expected to arrive in the week of Jan 5.", date(2025, 10, 22), "2026-01-05/2026-01-11"),
    # Two days of one month with their ordinals are one span.
    ("A poll conducted between July 1st and 7th found support fell.", date(2026, 7, 16), "2026-07-01/2026-07-07"),
])
def test_days_and_months_take_their_year_from_the_words_around_them(sentence, reference, value):
    last_day = date(2024, 12, 13) if "kemudian" in sentence else None
    assert find_dates(sentence, reference, future=" will " in sentence, last_day=last_day)[0].date.value == value


def test_since_the_start_of_the_week_with_no_word_after_it_is_this_week():
    (span,) = find_dates("Arus sungai deras karena hujan sejak awal pekan.", date(2026, 2, 12))
    assert span.date.value == "2026-02-09/2026-02-15"


def test_a_quotation_with_its_own_date_is_a_fact_apart_from_the_saying_on_another_day():
    text = ('Andi Wijaya memimpin rapat itu. "Tim survei akan turun ke lapangan pada September," kata Andi '
            'Wijaya kepada wartawan, Rabu (9/7/2025).')
    facts = extract(Article(text=text, published="2025-07-09")).facts
    said = next(f for f in facts if f.text.startswith('"Tim'))
    content = next(f for f in facts if f.text.startswith("Tim"))
    assert (said.date.value, said.kind, said.modality) == ("2025-07-09", "statement", "occurred")
    assert (content.date.value, content.modality) == ("2025-09", "planned")
    assert "Andi Wijaya" in content.actors


@pytest.mark.parametrize("text, value", [
    # "pada bulan itu", "that month": the month the article told of last.
    ("BPS mencatat inflasi terbesar pada November 2025. Inflasi tahunan pada bulan itu tercatat 2,41 persen.",
     "2025-11"),
    ("Exports rose in March 2025. Imports fell 3 percent that month.", "2025-03"),
])
def test_that_month_is_the_month_told_of_last(text, value):
    facts = extract(Article(text=text, published="2025-12-10")).facts
    assert facts[-1].date.value == value


def test_the_same_month_as_something_is_that_somethings():
    spans = find_dates("In the same month as the election, imports fell.", date(2025, 12, 10),
                       last_period=month_date(2025, 3))
    assert [s for s in spans if s.date] == []


def test_a_weekday_after_a_statement_is_when_it_was_said():
    spans = find_dates("The company said in a statement Wednesday that it would appeal.", date(2026, 3, 5))
    assert [s.date.value for s in spans if s.date] == ["2026-03-04"]


def test_a_month_when_something_was_said_is_not_the_year_said_of():
    text = "The forestry ministry said in November that it would begin replanting around Tambora this year."
    (fact,) = extract(Article(text=text, published="2026-02-14")).facts
    assert fact.date.value == "2025-11"


def test_a_quotation_said_by_a_name_before_the_verb_is_a_fact_apart():
    text = ('Cooperative chairman Suparman Hadi opened the warehouse. "Now a farmer can wait until September '
            'if he wants to," Suparman said on Tuesday.')
    facts = extract(Article(text=text, published="2026-05-20")).facts
    assert [f.date.value for f in facts[1:]] == ["2026-05-19", "2026-09"]


@pytest.mark.parametrize("text, first, second", [
    ("The index fell more than 1 percent on Monday, while the rupiah weakened on Tuesday.",
     "2025-09-08", "2025-09-09"),
    ("Peletakan batu pertama direncanakan pada Agustus 2025, sementara operasi komersial ditargetkan "
     "dimulai pada semester II/2027.", "2025-08", "2027-07/2027-12"),
    # ... and one joined by "and" that goes on with what is to be, keeping the subject.
    ("The audit team will begin inspections on Nov. 11 and must submit its findings by the end of January.",
     "2025-11-11", "2026-01"),
    ("The ship called at the wharf on Monday and is expected to arrive in Bitung on Wednesday, September 10.",
     "2025-09-08", "2025-09-10"),
    ("Malaysia holds the ASEAN chair this year and will hand it over to the Philippines in 2026.", "2025", "2026"),
    # ... and one with a speaker of its own after ", and".
    ("Indonesia stopped importing corn in 2024, and the agriculture minister, Andi Amran Sulaiman, said last "
     "month that the country had a surplus.", "2024", "2025-08"),
    ("Laos memegang keketuaan tahun ini dan akan menyerahkannya kepada Malaysia pada 2026.", "2025", "2026"),
    # ... and one with a subject and a verb of its own after "and", with or without a comma.
    ("The parliament ratified the agreement on March 3, and the president signed the law in April.",
     "2025-03-03", "2025-04"),
    ("Negotiations began in July 2016 and the agreement was signed in Bali in September 2024.",
     "2016-07", "2024-09"),
    ("The two sides will exchange notes in Jakarta next week, and the agreement will take effect on Jan. 1.",
     "2025-09-15/2025-09-21", "2026-01-01"),
    # ... and what a deed made possible, told after it.
    ("Member states gave their final approval on Monday, allowing the deal to enter into force at the start of "
     "next year.", "2025-09-08", "2026"),
])
def test_a_clause_joined_by_while_with_a_time_of_its_own_is_a_fact_of_its_own(text, first, second):
    facts = extract(Article(text=text, published="2025-09-09")).facts
    assert [f.date.value for f in facts] == [first, second]


def test_names_listed_with_and_are_no_clause_of_their_own():
    text = ("Between January and August this year, villagers in Labuhan Ratu, Braja Selebah and Way Jepara "
            "reported 87 incidents, up from 61 in the same period of 2024.")
    (fact,) = extract(Article(text=text, published="2025-09-09")).facts
    assert fact.date.value == "2025-01/2025-08"


def test_what_a_clause_joined_after_says_ahead_is_not_the_main_clauses():
    text = "Malaysia holds the ASEAN chair this year and will hand it over to the Philippines in 2026."
    main, joined = extract(Article(text=text, published="2025-07-10")).facts
    assert (main.modality, joined.modality) == ("occurred", "planned")
    assert "Malaysia" in joined.actors


@pytest.mark.parametrize("text", [
    '"Kami mulai hari ini," kata Andi Wijaya kepada wartawan, Rabu (9/7/2025).',
    # A time that runs up to the day of saying is the saying's own.
    '"Selama sepekan terakhir, tim sudah memadamkan 40 titik api," jelas Andi, Rabu (9/7/2025).',
])
def test_a_quotation_and_its_saying_on_one_day_stay_one_fact(text):
    assert len(extract(Article(text=text, published="2025-07-09")).facts) == 1


def test_a_quotation_before_a_saying_verb_with_nya_is_a_fact_apart():
    text = ('Andi Wijaya memimpin rapat itu. "Kami akan memantau ke lapangan pertengahan September nanti," '
            'ucapnya, Rabu (9/7/2025).')
    facts = extract(Article(text=text, published="2025-07-09")).facts
    assert [f.date.value for f in facts[1:]] == ["2025-07-09", "2025-09"]


@pytest.mark.parametrize("sentence", [
    "We met at April House.",
    # ... nor a product's month after "for", nor a holiday.
    "The benchmark contract for August delivery rose 1.8% in trading.",
    "Workers marched for May Day in the capital.",
])
def test_a_month_word_after_at_or_for_that_is_no_time_is_no_date(sentence):
    assert find_dates(sentence, date(2025, 5, 20)) == []


@pytest.mark.parametrize("text, value", [
    # What a clause joined after a main one told in the past says ahead is its own.
    ("South Korea pledged $1 million in aid on Tuesday, while Australia said it would give more.",
     "2026-10-20"),
    ("The judge fixed the trial dates on Friday, after the prosecution said it would call 23 witnesses.",
     "2026-10-16"),
    # ... and so is what a clause with a subject of its own after ", and" says ahead, when the
    # time is told before it; told after, it is ahead.
    ("Customs seized 41 tonnes of sugar at Entikong in the first quarter, and officials say joint checks "
     "will make smuggling harder.", "2026-01/2026-03"),
    ("Customs seized 41 tonnes of sugar at Entikong in July, and officials say checks will be stricter.",
     "2026-07"),
    ("Police arrested two men, and the court will try them in December.", "2026-12"),
    # What was done on a day was done before, whatever the sentence then says ahead.
    ("The Constitutional Court ruled on June 26 that regional polls must be held later.", "2026-06-26"),
    ("The two countries agreed on Tuesday to extend the memorandum, though Jakarta will import none.",
     "2026-10-20"),
    ("The ceremony will be held on Tuesday in Jakarta.", "2026-10-27"),
    ("The minister said in September that the government would review the permits.", "2026-09"),
    # The day in the words after a quotation is the saying's, whatever the quotation says ahead.
    ('"Kepala daerah akan mencari cara mengembalikan modal," ujarnya saat dihubungi, Selasa.', "2026-10-20"),
    # A condition opening the sentence looks ahead, and its own day is not the fact's.
    ("Kalau Kamis nanti udara membaik, Jumat sekolah bisa masuk lagi.", "2026-10-23"),
    # ... and so is what a participle after it reports.
    ("The premier ordered a crackdown on the compounds in July, warning that officials would be dismissed.",
     "2026-07"),
    # ... but a main clause that reports or plans still looks ahead.
    ("He said the ceremony was set for Friday, but the date would be confirmed later.", "2026-10-23"),
    ("The ministry will open the posts on Monday, while the police said they would guard them.", "2026-10-26"),
])
def test_a_weekday_in_a_main_clause_told_in_the_past_is_the_last_one(text, value):
    (fact,) = extract(Article(text=text, published="2026-10-22")).facts
    assert fact.date.value == value


@pytest.mark.parametrize("sentence, reference, value", [
    # A December article's (3/1) is the coming January, not January of the same year.
    ("Pelantikan dijadwalkan Rabu (3/1).", date(2023, 12, 28), "2024-01-03"),
    ("Pelantikan dijadwalkan pada (3/1).", date(2023, 12, 28), "2024-01-03"),
    # And a January article's (28/12) is the December just gone.
    ("Kasus itu dilaporkan pada (28/12).", date(2024, 1, 3), "2023-12-28"),
    # The day-month shape in the same year when that is nearest.
    ("Penyerahan berlangsung Sabtu (19/8).", THURSDAY, "2023-08-19"),
])
def test_a_day_and_month_take_the_year_nearest_the_article(sentence, reference, value):
    assert only_date(sentence, reference).date.value == value


def test_a_day_and_month_without_an_article_date_are_not_guessed():
    # No reference, no year: nothing is invented.
    assert [s for s in find_dates("Rapat digelar Selasa (22/8) dan besok.", None) if s.date] == []


@pytest.mark.parametrize("sentence, text, value", [
    # 23 August 2023 was a Wednesday: the date is kept, the contradiction is noticed.
    ("Penandatanganan dilakukan Kamis (23/8).", "Kamis (23/8)", "2023-08-23"),
    ("Penandatanganan dilakukan Senin (22/8/2023).", "Senin (22/8/2023)", "2023-08-22"),
    ("Penandatanganan dilakukan Jumat, 22 Agustus 2023.", "Jumat, 22 Agustus 2023", "2023-08-22"),
])
def test_a_weekday_that_contradicts_its_date_is_doubted(sentence, text, value):
    span = only_date(sentence)
    assert (span.text, span.date.value) == (text, value)
    assert span.doubt and "does not match" in span.doubt
    assert span.date.doubt == span.doubt


def test_a_weekday_that_agrees_with_its_date_is_not_doubted():
    assert only_date("Rapat digelar Kamis (24/8).").doubt is None


@pytest.mark.parametrize("sentence, text", [
    # A slash lost in typing: day/month glued to the year.
    ("Acara digelar pada 22/82023 di aula.", "22/82023"),
    ("Acara digelar pada 2/82023 di aula.", "2/82023"),
    # A one- or three-digit year is no year at all.
    ("Acara digelar pada 22/8/202 di aula.", "22/8/202"),
    ("Acara digelar pada 22//2023 di aula.", "22//2023"),
    # Well formed, but no such day.
    ("Acara digelar pada 31/2/2023 di aula.", "31/2/2023"),
    ("Acara digelar pada 32/8/2023 di aula.", "32/8/2023"),
])
def test_a_malformed_date_is_found_but_not_read(sentence, text):
    (span,) = find_dates(sentence, THURSDAY)
    assert span.text == text
    assert span.date is None
    assert span.doubt


@pytest.mark.parametrize("sentence, value", [
    # A two-digit year is read in this century, and the guess is flagged.
    ("Data dihimpun hingga 17/9/23 pukul 24.00 Wita.", "2023-09-17"),
    ("Acara digelar pada 22/8/20 di aula.", "2020-08-22"),
])
def test_a_two_digit_year_is_read_with_a_doubt(sentence, value):
    (span,) = find_dates(sentence, THURSDAY)
    assert span.date.value == value
    assert span.doubt and "two-digit year" in span.doubt


NOT_DATES = [
    # An article of a code named with its year, and a Philippine order's series.
    "Sanksi diatur dalam Pasal 72 Kode Disiplin PSSI Tahun 2023.",
    "Under Memorandum Order No. 32, series of 2025, imports need permits.",
    # A month after "before" alone is no time of the sentence's own (its end is: see below).
    "Our customers asked us to secure as much as possible before March.",
    # A bond's series label.
    "Perseroan menawarkan Obligasi Berkelanjutan I Tahap II Tahun 2025 senilai Rp1 triliun.",
    "Pemerintah menerbitkan Sukuk Tabungan Seri 3 Tahun 2026 kepada investor ritel.",
    # Months that come round every year, told after them, are no time of their own.
    "Panen raya lada berlangsung Juli hingga September setiap tahun.",
    # The day a habit skips is no day of its own.
    "Pekerja bekerja pukul 07.30-16.00 WIB setiap hari kecuali Jumat.",
    "The museum is open every day except Monday.",
    # A lead time before another event is no time before the article.
    "Jadwal kedatangan kapal diumumkan paling lambat dua bulan sebelumnya.",
    "Applicants must register at least three days before.",
    # Law numbers carry a year that is the law's name, not a time.
    "Penyidik menjerat tersangka dengan UU No. 8 Tahun 2010 tentang pencucian uang.",
    "Aturannya tercantum dalam Perpres Nomor 7 Tahun 2021.",
    "Presiden menandatangani Keppres Nomor 45/P Tahun 2026 tentang pengangkatan menteri.",
    "Aturan itu tertuang dalam Peraturan Menteri Perhubungan Nomor PM 20 Tahun 2015.",
    "Employers face fines under Section 55B of the Immigration Act 1959/63.",
    "He was charged under Article 114 of the Narcotics Law of 2009.",
    "The Disaster Risk Reduction and Management Act of 2010 requires a plan.",
    "Keputusan Menteri Nomor KM 12 Tahun 2021 mengatur hal itu.",
    "Aturan itu tertuang dalam SKB Nomor KP-DRJD 4120 Tahun 2025.",
    "The president signed Presidential Decree No. 45/P of 2026 on the new ministers.",
    "Hal itu diatur Pasal 2 UU Nomor 21 Tahun 2007.",
    "The law, No. 7 of 2017, sets the rules for the polls.",
    "Set scores were 6-4/6-3 in the final.",
    # Days that recur are no day.
    "Pengaduan diterima setiap Senin hingga Jumat pukul 09.00-15.00 WIB.",
    "Pasar murah digelar tiap Sabtu di halaman kantor kecamatan.",
    "The clinic opens every Tuesday and Thursday.",
    # ... nor the days a rule or a service keeps.
    "Aturan ganjil-genap berlaku Senin hingga Jumat pada pukul 06.00-10.00 WIB.",
    "The consular office is open Monday to Friday.",
    # When a law named before was amended, told to name the law as it stands.
    "He is charged under Article 12 of the 1999 Corruption Law, as amended in 2001, prosecutors said.",
    # A budget's year in its title-case name is no time of the fact.
    "Pemkot mengalokasikan Rp 2,4 miliar dari APBD Perubahan Tahun Anggaran 2026 untuk program tersebut.",
    "Renovasi itu bersumber dari Dana Keistimewaan DIY Tahun Anggaran 2026.",
    # ... also with its hours before them.
    "The counters will operate from 8am to 5pm, Monday to Saturday.",
    "Loket dibuka pukul 08.00 hingga 16.00 WIB, Senin sampai Sabtu.",
    # A name in title case that holds a time word.
    "The report first ran in This Week in Asia, the paper's weekly magazine.",
    # ... also in English.
    "The change would require revising Law No. 10 of 2016 on regional elections.",
    "The levy is set by Regional Regulation No. 6 of 2023.",
    # ... with the short name in brackets, or number and year after a slash.
    "The quota follows Government Regulation (PP) No. 25 of 2024 on fisheries.",
    "Kuota itu diatur Peraturan Pemerintah (PP) 25 Tahun 2024 tentang perikanan.",
    "Aturan itu merujuk Perpres 12/2025 tentang ibu kota.",
    "The authority was set up under Law No. 3 of 2022, the capital law.",
    "Ia dijerat Pasal 2 ayat 3.",
    # Times of day, with and without a zone.
    "Rapat dimulai pukul 14.30 dan selesai sore.",
    "Rapat dimulai pukul 14.30 WITA di aula.",
    "Kapal bersandar pukul 20.23 WIB.",
    "Briefing dimulai 14.30 WIB.",
    # Quantities that look like numbers near date words.
    "Petugas menyita 3,5 kg sabu.",
    "Pelaku berusia 24 tahun.",
    "Korban berusia 56 tahun asal Kupang.",
    "Ini adalah pertemuan ke-17 forum itu.",
    "Perwakilan 10 negara hadir.",
    "Sebanyak 275 peserta mengikuti pelatihan.",
    "Sebanyak 2.024 personel dikerahkan.",
    "Masa tahanan 20 tahun dijatuhkan.",
    # Phone numbers, whose digit groups can look like years.
    "Informasi dapat ditanyakan ke 0812-3456-7890.",
    "Hubungi posko di 0812 2023 2025.",
    "Layanan pengaduan WA 0812-2023-2024 dibuka.",
    # Money, which can look like a year too.
    "Kerugian ditaksir Rp 3,5 miliar.",
    "Bantuan senilai US$ 2.000 disalurkan.",
    "Biaya perkara Rp 2023 dibebankan.",
    "Dana USD 2024 juta dicairkan.",
    # An edition number and a pandemic name.
    "Penanganan COVID-19 dibahas.",
    # A year range that runs backwards is not a range.
    "Nomor seri 2019-2018 tertera di dokumen.",
]


def test_what_a_comparison_reaches_back_to_is_no_date_of_the_fact():
    # "the most ... since 1998", "the worst since 1998": the year is what it is compared with.
    for text in ("It would be the most significant rollback of reform since 1998, argues Andi Wijaya.",
                 "The flood was the worst since 1998 in the province."):
        (fact,) = extract(Article(text=text, published="2025-01-08")).facts
        assert fact.date is None or fact.date.basis != "explicit"


@pytest.mark.parametrize("text, published, value", [
    # A date right after a comparison is what the fact is compared with.
    ("KPU mencatat partisipasi di kisaran 68 persen, lebih rendah dari Pemilu 14 Februari 2024.",
     "2024-11-28", None),
    ("Exports rose 5% in October, higher than in September.", "2024-11-28", "2024-10"),
    # ... and so is the date of the value a change started from, told after the new value.
    ("Harga gabah di Sukamaju turun menjadi Rp5.800 per kilogram dari Rp7.200 pada Februari, kata Andi Wijaya.",
     "2024-04-23", None),
    ("Rice prices in Jakarta fell to Rp5,800 from Rp7,200 in February.", "2024-04-23", None),
    # ... and so is it told after the value now and what it rose or fell from.
    ("Harga air kini Rp 200.000 per tangki, naik dari Rp 120.000 pada Agustus lalu.", "2025-11-20", None),
    ("Harga biji pala kini hanya sekitar Rp88.000 per kilogram, turun dari Rp115.000 pada Juni.", "2026-11-12",
     None),
    # Told from the old value to the new, the date is the fact's as before; with no "now",
    # the value it changed from is the fact.
    ("Harga beras di Jakarta naik dari Rp7.200 pada Februari.", "2024-04-23", "2024-02"),
    ("That was up from 71 boats in 2024.", "2026-01-21", "2024"),
    # ... and so is what a change by a share is told from, even when it lies inside the fact's
    # own period.
    ("Visitors numbered 740,000 from January to September this year, up 11% from the same period "
     "last year.", "2025-10-22", "2025-01/2025-09"),
    ("Sales reached 2 million units from January to September this year, up 40% from the first quarter "
     "of 2025.", "2025-10-22", "2025-01/2025-09"),
    ("Penjualan mencapai 2 juta unit pada Januari-September 2025, naik 40 persen dari Maret 2025.",
     "2025-10-22", "2025-01/2025-09"),
    # A multiple and a deadline are no comparison.
    ("Revenue is expected to more than double in the second half of 2025.", "2024-04-23", "2025-07/2025-12"),
    ("The last re-votes must be held no later than Aug. 23, the commission said.", "2025-03-06", "2025-08-23"),
])
def test_a_date_a_fact_is_compared_with_is_not_its_date(text, published, value):
    (fact,) = extract(Article(text=text, published=published)).facts
    assert (fact.date.value if fact.date and fact.date.basis == "explicit" else None) == value


@pytest.mark.parametrize("text, value", [
    # A change told by the years at its two ends runs between them.
    ("Kasus meningkat dari 1.024 kasus pada 2020 menjadi 3.716 kasus pada 2023, kata Andi Wijaya.",
     "2020/2023"),
    ("Exports rose from 1,024 units in 2020 to 3,716 units in 2023, Andi Wijaya said.", "2020/2023"),
    # Two years that are no change's ends stay the first.
    ("Produksi pada 2020 naik dibanding 2019, kata Andi Wijaya.", "2020"),
])
def test_a_change_between_two_years_is_their_span(text, value):
    (fact,) = extract(Article(text=text, published="2024-08-22")).facts
    assert fact.date.value == value


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_numbers_that_are_not_dates_give_no_date(sentence):
    assert [s for s in find_dates(sentence, THURSDAY) if s.date] == []


@pytest.mark.parametrize("sentence", [
    # A Jakarta number with its area code in brackets: the two groups read as 2024-2025.
    ("Pengaduan diterima di telepon (021) 2024-2025."),
])
def test_phone_numbers_with_an_area_code_in_brackets_are_not_dates(sentence):
    assert [s for s in find_dates(sentence, THURSDAY) if s.date] == []


@pytest.mark.parametrize("sentence, text, value", [
    # A date beside a not-date is still read, and the not-date does not swallow it.
    ("Pelaku berusia 24 tahun ditangkap pada 2023.", "pada 2023", "2023"),
    ("Aset senilai Rp 1,5 triliun disita pada 2024.", "pada 2024", "2024"),
    ("UU No. 8 Tahun 2010 berlaku sejak 2010.", "sejak 2010", "2010"),
    ("Pertemuan ke-17 digelar pada 2023.", "pada 2023", "2023"),
    ("Sabu 3,5 kg disita Selasa (22/8).", "Selasa (22/8)", "2023-08-22"),
    ("Rapat pada 22/8/2023 pukul 14.30 WITA dihadiri 10 negara.", "22/8/2023", "2023-08-22"),
])
def test_a_date_beside_a_number_that_is_not_a_date_is_still_read(sentence, text, value):
    span = only_date(sentence)
    assert (span.text, span.date.value) == (text, value)


def test_several_dates_come_in_reading_order_without_overlap():
    spans = find_dates("Tim tiba Sabtu (19/8), rapat Selasa (22/8) lalu pulang besok.", THURSDAY)
    assert [(s.text, s.date.value) for s in spans] == [
        ("Sabtu (19/8)", "2023-08-19"), ("Selasa (22/8)", "2023-08-22"), ("besok", "2023-08-25")]
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


@pytest.mark.parametrize("sentence, dates", [
    # A year, slash or month name left over after a full date is still read (patterns
    # are skipped only where every one is taken).
    ("Forum digelar 18 Januari 2023 dan kembali pada 2024.", [("18 Januari 2023", "2023-01-18"), ("pada 2024", "2024")]),
    ("Rapat pada Kamis (24/8/2023) membahas aturan yang berlaku sejak 2010.",
     [("Kamis (24/8/2023)", "2023-08-24"), ("sejak 2010", "2010")]),
    ("Sidang (24/8/2023) ditunda ke Senin (28/8).", [("(24/8/2023)", "2023-08-24"), ("Senin (28/8)", "2023-08-28")]),
    ("Pada 18 Januari 2023 dan Maret 2024 harga naik.", [("18 Januari 2023", "2023-01-18"), ("Maret 2024", "2024-03")]),
    # A phone number opening the sentence or after a bracket is still no date.
    ("+62 812 2023 2024 melayani pengaduan sejak 2019.", [("sejak 2019", "2019")]),
    ("Posko (0812-2023-2024) dibuka pada 2023.", [("pada 2023", "2023")]),
])
def test_every_date_of_a_sentence_is_read_beside_the_ones_taken_first(sentence, dates):
    assert [(s.text, s.date.value) for s in find_dates(sentence, THURSDAY)] == dates


@pytest.mark.parametrize("sentence, text, value", [
    # British order with an ordinal: the day must not be dropped to a month.
    ("The accord was signed on 22nd August 2023.", "22nd August 2023", "2023-08-22"),
    # "sepanjang" (throughout) is a cue like "selama".
    ("Kasus narkoba menurun sepanjang 2023.", "sepanjang 2023", "2023"),
])
def test_less_common_shapes_of_a_written_date(sentence, text, value):
    span = only_date(sentence)
    assert (span.text, span.date.value) == (text, value)


@pytest.mark.parametrize("sentence, text, value", [
    # Two days joined by hingga/sampai/to are one span.
    ("Tim berada di sana Sabtu (19/8) hingga Selasa (22/8).", "Sabtu (19/8) hingga Selasa (22/8)",
     "2023-08-19/2023-08-22"),
    # A day to the end of a month, the month's year written or not.
    ("Pemkab menutup wisata perahu sejak Senin (7/8) hingga akhir Agustus.", "Senin (7/8) hingga akhir Agustus",
     "2023-08-07/2023-08-31"),
    ("Penutupan berlaku mulai 7 Agustus hingga akhir Agustus 2023.", "7 Agustus hingga akhir Agustus 2023",
     "2023-08-07/2023-08-31"),
    # A part of a month to a later month.
    ("Puncak kemarau diprakirakan terjadi pada akhir Agustus hingga September.",
     "pada akhir Agustus hingga September", "2023-08-01/2023-09-30"),
    # "sampai dengan" (up to and including) joins them as "sampai" does.
    ("Ia ditahan terhitung sejak 17 Agustus sampai dengan 5 September 2023.",
     "17 Agustus sampai dengan 5 September 2023", "2023-08-17/2023-09-05"),
    ("Pameran digelar 3 sampai dengan 5 Oktober 2023.", "3 sampai dengan 5 Oktober 2023", "2023-10-03/2023-10-05"),
    # A time of day may stand between the first day and the joining word; a bare weekday
    # after it is the first such day after the first one.
    ("Banjir melanda Senin (21/8/2023) malam hingga Selasa dini hari.",
     "Senin (21/8/2023) malam hingga Selasa", "2023-08-21/2023-08-22"),
    ("The operation runs from April 4 to April 16, 2024, nationwide.",
     "April 4 to April 16, 2024", "2024-04-04/2024-04-16"),
    ("Heavy rain is forecast from Friday to Sunday.", "Friday to Sunday", "2023-08-25/2023-08-27"),
    # After sejak/mulai/since the days are how long a state holds: one span, however long.
    ("Status siaga darurat berlaku sejak 1 Agustus hingga 30 November 2023.",
     "1 Agustus hingga 30 November 2023", "2023-08-01/2023-11-30"),
    ("Larangan itu berlaku mulai 1 Juli sampai 31 Desember 2023.",
     "1 Juli sampai 31 Desember 2023", "2023-07-01/2023-12-31"),
    ("The ban has been in force since April 4 to September 30, 2023.",
     "April 4 to September 30, 2023", "2023-04-04/2023-09-30"),
    # ... and so are the days something was held on, from the first to the last.
    ("Program itu digelar pada 1 Januari hingga 30 Juni 2022.", "1 Januari hingga 30 Juni 2022",
     "2022-01-01/2022-06-30"),
    ("The amnesty was held from March 1 to June 30, 2022.", "March 1 to June 30, 2022", "2022-03-01/2022-06-30"),
    ("Status itu berlaku sejak tanggal 1 Juli hingga 30 Oktober 2023.", "1 Juli hingga 30 Oktober 2023",
     "2023-07-01/2023-10-30"),
    # An em dash joins days as a hyphen does (Bisnis writes "17—18 Desember 2024").
    ("Rapat Dewan Gubernur digelar pada 17—18 Desember 2024.", "17—18 Desember 2024",
     "2024-12-17/2024-12-18"),
    ("Pameran dibuka Sabtu (19/8)—Selasa (22/8).", "Sabtu (19/8)—Selasa (22/8)", "2023-08-19/2023-08-22"),
    # A clock time may stand between the first day and the joining word.
    ("Banjir melanda sejak Senin (21/8) pukul 21.30 WIT hingga Selasa pagi.",
     "Senin (21/8) pukul 21.30 WIT hingga Selasa", "2023-08-21/2023-08-22"),
    # Days of two months joined by a hyphen, the year written once.
    ("Rekapitulasi berlangsung 28 November-3 Desember 2024.", "28 November-3 Desember 2024",
     "2024-11-28/2024-12-03"),
    ("Pameran digelar 30 Agustus–2 September.", "30 Agustus–2 September", "2023-08-30/2023-09-02"),
    # A bare weekday paired with the next day's date: the two days.
    ("Sidang digelar Selasa dan Rabu (23/8).", "Selasa dan Rabu (23/8)", "2023-08-22/2023-08-23"),
    # A day from which something holds until what ends on a later day.
    ("Jalan tol dibuka mulai Senin (21/8) sampai arus balik berakhir pada 3 September 2023.",
     "Senin (21/8) sampai arus balik berakhir pada 3 September 2023", "2023-08-21/2023-09-03"),
    ("The lane is open from Monday until the holiday ends on August 30.",
     "Monday until the holiday ends on August 30", "2023-08-21/2023-08-30"),
    # ... and two dated days in a row.
    ("Puncak arus balik terjadi pada Senin (21/8) dan Selasa (22/8).", "Senin (21/8) dan Selasa (22/8)",
     "2023-08-21/2023-08-22"),
    # ... two days with their months' names, as "17 dan 24 September" is, or after "between".
    ("They were flown home on September 17 and September 24.", "September 17 and September 24",
     "2023-09-17/2023-09-24"),
    ("The airline adds flights between Aug. 12 and Aug. 18.", "Aug. 12 and Aug. 18", "2023-08-12/2023-08-18"),
    ("Pendaftaran dibuka antara 3 Maret dan 9 Maret 2024.", "3 Maret dan 9 Maret 2024", "2024-03-03/2024-03-09"),
    # ... with the days' weekdays before them.
    ("Jembatan ditutup total pada Sabtu-Minggu, 26-27 Agustus, untuk perbaikan.", "Sabtu-Minggu, 26-27 Agustus",
     "2023-08-26/2023-08-27"),
    # ... with a clock time and its zone, however the zone is written, after each day.
    ("Penutupan dimulai Kamis (24/8) pukul 06.00 Wita hingga Jumat (25/8) pukul 06.00 Wita.",
     "Kamis (24/8) pukul 06.00 Wita hingga Jumat (25/8)", "2023-08-24/2023-08-25"),
    # What opened on one day and runs until another.
    ("The meetings opened on Monday and run until Friday.", "on Monday and run until Friday",
     "2023-08-21/2023-08-25"),
    ("Pameran dibuka Senin dan berlangsung hingga Sabtu.", "Senin dan berlangsung hingga Sabtu",
     "2023-08-21/2023-08-26"),
    # A month that a count or a state runs since, up to a day.
    ("Dinkes mencatat 120 kasus sejak awal Juli hingga Rabu (23/8/2023).",
     "sejak awal Juli hingga Rabu (23/8/2023)", "2023-07-01/2023-08-23"),
    ("Cases have been counted since early July until August 23, 2023.",
     "since early July until August 23, 2023", "2023-07-01/2023-08-23"),
])
def test_two_days_joined_by_until_are_one_span(sentence, text, value):
    (span,) = find_dates(sentence, THURSDAY, future="forecast" in sentence)
    assert (span.text, span.date.value) == (text, value)


@pytest.mark.parametrize("sentence, text, value", [
    # Two days of one month before one slash, with or without the year and the weekdays.
    ("Rapat kerja digelar di Bogor pada (21-22/8).", "(21-22/8)", "2023-08-21/2023-08-22"),
    ("Rapat kerja digelar Senin-Selasa (21-22/8) di Bogor.", "Senin-Selasa (21-22/8)", "2023-08-21/2023-08-22"),
    ("Pelatihan berlangsung 14-16/9/2023 di Kupang.", "14-16/9/2023", "2023-09-14/2023-09-16"),
    ("Pelatihan berlangsung (14-16/9/2023) di Kupang.", "(14-16/9/2023)", "2023-09-14/2023-09-16"),
])
def test_two_days_before_one_slash_are_one_span(sentence, text, value):
    (span,) = find_dates(sentence, THURSDAY, future="forecast" in sentence)
    assert (span.text, span.date.value) == (text, value)


@pytest.mark.parametrize("sentence", [
    # A list of two days is two dates, not a span.
    "Rapat digelar Sabtu (19/8) dan Selasa (22/8).",
    # ... and so is a bare weekday with a date that is not the next day.
    "Rapat digelar Senin dan Rabu (23/8).",
    # Too far apart to be one happening.
    "Dari 1 Januari 2023 hingga 30 Juni 2023 tercatat 50 kasus.",
    # Two months that do not follow each other are a list.
    "Prices peaked in March 2023 and June 2023.",
])
def test_days_that_are_no_span_stay_apart(sentence):
    assert len(find_dates(sentence, THURSDAY)) == 2


@pytest.mark.parametrize("sentence, reference, value", [
    # A month named alone after pada/bulan/in, with its direction word.
    ("Operasi akan digelar pada Desember mendatang.", "2023-09-19", "2023-12"),
    ("Kasus itu terungkap pada Maret lalu.", "2023-09-19", "2023-03"),
    # A past month later in the year than the article is last year's.
    ("Kasus itu terungkap pada Desember lalu.", "2023-09-19", "2022-12"),
    # No direction word: ahead when the sentence looks ahead, else the latest one.
    ("Pemilu akan digelar pada Februari.", "2023-09-19", "2024-02"),
    ("Rapat terakhir digelar pada Mei.", "2023-09-19", "2023-05"),
    ("The talks resumed in March.", "2023-09-19", "2023-03"),
    # ... but a month in the next four with nothing that looks back is the coming one.
    ("The Philippines takes over the chairmanship in January.", "2025-11-19", "2026-01"),
    ("The board agreed to hold its next meeting in May.", "2026-02-10", "2026-05"),
    ("DPRD meminta Disnaker membuka posko mulai awal Januari.", "2025-12-17", "2026-01"),
    ("Police arrested him in February.", "2026-01-10", "2025-02"),
    # ... and a future told from the past ("was due to") looks ahead, as "will" does.
    ("The cut was due to take effect in August.", "2026-07-08", "2026-08"),
    ("The plant was scheduled to restart in September, the company said.", "2026-07-08", "2026-09"),
    ("The mine was closed in August.", "2026-07-08", "2025-08"),
    ("Since January, the brigade has seized 40 boats.", "2025-07-09", "2025-01"),
    ("Harga beras naik pada Januari.", "2025-07-08", "2025-01"),
    # The end of a month "at the end of April" is that month; "at April House" is no time.
    ("Stocks climbed to 1.87 million tonnes at the end of April.", "2025-05-20", "2025-04"),
    # Two months in a row joined by "and" are a span.
    ("Traders could see orders rise in June and July.", "2025-05-20", "2025-06/2025-07"),
    # "mulai" and "for" make a month a time too; a verb that reports says nothing of the
    # tense of what it reports.
    ("Panitia akan menerapkan sistem tiket daring mulai November.", "2024-10-21", "2024-11"),
    ("The inauguration, originally scheduled for February, may be delayed.", "2025-01-10", "2025-02"),
    ("Traders said rice arriving during the harvest in August could drag prices down.", "2024-05-16", "2024-08"),
    ("Rapat digelar bulan Agustus ini.", "2023-08-24", "2023-08"),
    # An end set with hingga/until and no direction word: the nearest such month, so most
    # often the coming one, even when no word looks ahead.
    ("Asosiasi meminta pungutan ditunda hingga akhir Juni.", "2026-01-14", "2026-06"),
    ("The subsidy covers treatment until March.", "2024-02-15", "2024-03"),
    ("Kasus terus naik hingga akhir Januari.", "2024-02-15", "2024-01"),
    # ... unless the sentence is told as past: the last such month.
    ("Inflation had eased by March.", "2024-10-08", "2024-03"),
    ("Harga beras sempat turun hingga Maret.", "2024-10-08", "2024-03"),
    ("Harga beras ditahan hingga Maret.", "2024-10-08", "2025-03"),
    # "sepanjang", "selama", "during" and "throughout" make a month a time too.
    ("Harga minyak turun sepanjang Juli.", "2023-08-24", "2023-07"),
    ("Selama Oktober tercatat 40 kasus.", "2023-12-05", "2023-10"),
    ("Sales slowed during March.", "2023-08-24", "2023-03"),
    # ... and so does "as of".
    ("About 3,200 workers were employed at the site as of May.", "2025-06-18", "2025-05"),
])
def test_a_month_named_alone_takes_its_year_from_the_article(sentence, reference, value):
    (span,) = find_dates(sentence, date.fromisoformat(reference), future="akan" in sentence)
    assert span.date.value == value


@pytest.mark.parametrize("sentence", [
    # Without a word that makes it a time, a month-like word is left alone.
    "Mei Lestari hadir di rapat itu.",
    "Rapat itu dipimpin Maret Sinaga.",
])
def test_a_month_word_without_a_time_word_is_no_date(sentence):
    assert find_dates(sentence, THURSDAY) == []


@pytest.mark.parametrize("sentence, reference, value, start, end", [
    # Two months of one year.
    ("Sepanjang Januari hingga Februari 2024 tercatat 87 kasus.", "2024-03-05", "2024-01/2024-02",
     "2024-01-01", "2024-02-29"),
    ("Pada Maret-Mei 2023 hujan turun deras.", "2023-08-24", "2023-03/2023-05", "2023-03-01",
     "2023-05-31"),
    # Part of a year named by its distance from the article's year.
    ("Kasus ini terbesar sejak awal tahun.", "2024-07-22", "2024", "2024-01-01", "2024-12-31"),
    ("Proyek itu selesai akhir tahun lalu.", "2024-07-22", "2023", "2023-01-01", "2023-12-31"),
    ("The port will reopen early next year.", "2024-07-22", "2025", "2025-01-01", "2025-12-31"),
])
def test_month_spans_and_parts_of_relative_years(sentence, reference, value, start, end):
    (span,) = find_dates(sentence, date.fromisoformat(reference))
    assert (span.date.value, span.date.start, span.date.end) == (value, start, end)


def test_part_of_a_relative_year_keeps_its_qualifier():
    (span,) = find_dates("Kasus ini terbesar sejak awal tahun.", date(2024, 7, 22))
    assert (span.date.precision, span.date.qualifier) == ("year", "since early")


@pytest.mark.parametrize("sentence, reference, value", [
    # A month named alone and a year named by its distance are one month.
    ("Rapat serupa digelar pada Oktober tahun lalu di Jakarta.", "2024-05-20", "2023-10"),
    ("Last year's meeting was held in Jakarta in October.", "2024-05-20", "2023-10"),
    ("Pemilu akan digelar pada Februari tahun depan.", "2023-09-19", "2024-02"),
])
def test_a_month_and_a_relative_year_make_one_month(sentence, reference, value):
    (span,) = find_dates(sentence, date.fromisoformat(reference), future="akan" in sentence)
    assert span.date.value == value


@pytest.mark.parametrize("sentence, reference, value, qualifier", [
    # Part of a month named alone: the month, with the part kept as a qualifier.
    ("Banjir juga melanda kabupaten itu pada awal April lalu.", "2024-05-13", "2024-04", "early"),
    ("Laporan masuk ke Bareskrim pada awal Mei lalu.", "2024-06-19", "2024-05", "early"),
    ("Jumlah korban terus bertambah hingga pertengahan Juni ini.", "2024-06-19", "2024-06", "mid"),
    ("Operasi itu dimulai akhir Maret lalu.", "2024-06-19", "2024-03", "late"),
    ("The rains began in early March.", "2024-06-19", "2024-03", "early"),
    ("Talks have stalled since late January.", "2024-06-19", "2024-01", "since late"),
    # With its year written, the part is kept too.
    ("Pemilihan digelar pertengahan Oktober 2024.", "2024-05-02", "2024-10", "mid"),
    # ... and when a hyphen joins the part to the month.
    ("The talks stalled in mid-May.", "2024-06-19", "2024-05", "mid"),
    ("Prices fell sharply mid-March.", "2024-06-19", "2024-03", "mid"),
])
def test_part_of_a_month_is_the_month_with_a_qualifier(sentence, reference, value, qualifier):
    (span,) = find_dates(sentence, date.fromisoformat(reference))
    assert (span.date.value, span.date.precision, span.date.qualifier) == (value, "month", qualifier)


@pytest.mark.parametrize("sentence, value, start, end", [
    # A quarter is its three months, never a made-up day.
    ("Pertumbuhan ekonomi kuartal III-2024 sekitar 5%.", "2024-07/2024-09", "2024-07-01", "2024-09-30"),
    # The last quarter is the fourth ("terakhir" holds no "akhir 2024").
    ("Penjualan naik pada kuartal terakhir 2024.", "2024-10/2024-12", "2024-10-01", "2024-12-31"),
    ("Catches have declined since the last quarter of 2024.", "2024-10/2024-12", "2024-10-01", "2024-12-31"),
    ("Ekspor triwulan I 2024 naik.", "2024-01/2024-03", "2024-01-01", "2024-03-31"),
    ("Laba kuartal kedua 2023 turun.", "2023-04/2023-06", "2023-04-01", "2023-06-30"),
    ("Exports rose in Q4 2023.", "2023-10/2023-12", "2023-10-01", "2023-12-31"),
    ("Growth slowed in the third quarter of 2024.", "2024-07/2024-09", "2024-07-01", "2024-09-30"),
    # Bisnis writes the year after a slash.
    ("Pertumbuhan pada kuartal IV/2024 diproyeksikan 5%.", "2024-10/2024-12", "2024-10-01", "2024-12-31"),
    # A half of a year is its six months, however it is written.
    ("BI diperkirakan memangkas bunga pada semester II/2025.", "2025-07/2025-12", "2025-07-01", "2025-12-31"),
    ("Penjualan semester I 2024 naik 5%.", "2024-01/2024-06", "2024-01-01", "2024-06-30"),
    ("Laba paruh pertama 2024 turun.", "2024-01/2024-06", "2024-01-01", "2024-06-30"),
    ("Exports grew in the first half of 2025.", "2025-01/2025-06", "2025-01-01", "2025-06-30"),
    ("Net profit for H2 2023 rose.", "2023-07/2023-12", "2023-07-01", "2023-12-31"),
    # ... of a year named by its distance from the article's (here 2023).
    ("Evaluasi ditargetkan rampung pada kuartal III tahun ini.", "2023-07/2023-09", "2023-07-01", "2023-09-30"),
    ("The bill could be debated in the second half of this year.", "2023-07/2023-12", "2023-07-01",
     "2023-12-31"),
    ("Ekspor diperkirakan pulih pada semester I tahun depan.", "2024-01/2024-06", "2024-01-01", "2024-06-30"),
])
def test_a_quarter_or_half_of_a_year_is_its_months(sentence, value, start, end):
    (span,) = find_dates(sentence, THURSDAY)
    assert (span.date.value, span.date.start, span.date.end, span.date.precision) == (
        value, start, end, "month")


@pytest.mark.parametrize("sentence, future, value", [
    # With no year, a quarter or half is the article's year's (August 2023 here) ...
    ("Ekspor sawit turun 18% pada kuartal II.", False, "2023-04/2023-06"),
    ("Exports fell 18% in the first quarter from a year earlier.", False, "2023-01/2023-03"),
    ("Laba bank naik 10% sepanjang semester I.", False, "2023-01/2023-06"),
    ("Growth slowed in the first half of the year.", False, "2023-01/2023-06"),
    # ... or last year's when it begins after the article's month and is told of as past ...
    ("Penjualan anjlok pada kuartal IV.", False, "2022-10/2022-12"),
    # ... and, looking ahead, the first one not yet over.
    ("Prices will stay high through the second half.", True, "2023-07/2023-12"),
    ("Pabrik itu akan beroperasi pada kuartal I.", True, "2024-01/2024-03"),
    ("Harga diperkirakan akan naik pada paruh kedua.", True, "2023-07/2023-12"),
])
def test_a_quarter_or_half_without_a_year_is_the_articles(sentence, future, value):
    assert only_date(sentence, future=future).date.value == value


@pytest.mark.parametrize("sentence", [
    # A game's halves and quarters, a student's term and a quarter-final are no time.
    "Striker itu mencetak gol pada babak kedua, bukan di paruh kedua laga.",
    "He scored twice in the second half.",
    "Indonesia led 1-0 in the first half.",
    "Mahasiswa semester I wajib mengikuti orientasi.",
    "They lost in the first quarter-final.",
])
def test_a_quarter_or_half_that_is_not_a_years_is_no_date(sentence):
    assert find_dates(sentence, THURSDAY) == []


@pytest.mark.parametrize("sentence, value, qualifier", [
    # The end or start of a year named by its distance from the article's.
    ("Laos will hand over the role to Malaysia at the end of the year.", "2023", "late"),
    ("The port reopens at the beginning of next year.", "2024", "early"),
    ("The law was passed by the middle of last year.", "2022", "mid"),
])
def test_the_end_of_the_year_is_the_year_with_a_qualifier(sentence, value, qualifier):
    span = only_date(sentence)
    assert (span.date.value, span.date.qualifier) == (value, qualifier)


@pytest.mark.parametrize("sentence, value", [
    # Capitalised inside a sentence, "Minggu kemarin" is last Sunday, not last week ...
    ("Bantuan disalurkan di posko Agam, Minggu kemarin.", "2023-08-20"),
    # ... while "minggu kemarin" in lower case is last week.
    ("Bantuan disalurkan minggu kemarin.", "2023-08-14/2023-08-20"),
])
def test_minggu_is_sunday_when_capitalised_inside_a_sentence(sentence, value):
    assert only_date(sentence).date.value == value


@pytest.mark.parametrize("sentence, value", [
    # A weekday that dates the speaking is the past, even when what was said looks ahead
    # (Friday 25 August 2023 here: "Kamis" is the day before).
    ("Menlu di Jakarta, Kamis, mengatakan Indonesia akan terus mendorong dialog.", "2023-08-24"),
    ("Retno Marsudi said on Thursday that Jakarta would keep pushing for dialogue.", "2023-08-24"),
    ("Kapolri mengatakan pada Kamis bahwa Polri akan menambah personel.", "2023-08-24"),
    # ... also late or early that day, or in a statement.
    ("The party said late on Thursday that it would nominate its leader.", "2023-08-24"),
    ("The ministry said in a statement on Thursday that talks would resume.", "2023-08-24"),
    ("The company said in an emailed reply on Thursday that the plant would not expand.", "2023-08-24"),
    ("The mayor told reporters by phone on Thursday that the road would reopen.", "2023-08-24"),
    # ... and a deed with its object after a comma is the sentence's own verb, done that day.
    ("A cooperative of farmers, Koperasi Sukamaju, signed a loan on Thursday that will fund a mill.",
     "2023-08-24"),
    ("Partai itu menyatakan pada Kamis malam bahwa mereka akan mencalonkan ketuanya.", "2023-08-24"),
    # ... or with where it was said between.
    ("The minister said in Jakarta on Thursday that the pact would help exporters.", "2023-08-24"),
    # Not in a speech frame, a weekday in a sentence that looks ahead is ahead.
    ("Tim akan berangkat Kamis ke Jakarta.", "2023-08-31"),
    ("The ministers will meet on Thursday.", "2023-08-31"),
])
def test_a_weekday_that_dates_the_speaking_is_not_moved_ahead(sentence, value):
    assert only_date(sentence, date(2023, 8, 25), future=True).date.value == value


@pytest.mark.parametrize("sentence, value", [
    # A date before the article inside someone's view of what will be dates what the view
    # looks back on: the fact is the saying, dated by the article.
    ("Pengamat Andi Wijaya mengatakan sengketa itu akan menjadi ujian bagi lembaga tersebut "
     "setelah putusan pada Oktober 2023.", "2024-03-21"),
    ("Analyst Andi Wijaya said the dispute would test the court after its ruling in October 2023.",
     "2024-03-21"),
    # The day someone spoke, and a date ahead in the view, still date the fact.
    ("Andi Wijaya mengatakan pada Selasa (19/3) bahwa tim akan kembali.", "2024-03-19"),
    ("Andi Wijaya said the court would rule in April 2024.", "2024-04"),
    # The day someone spoke, then what will be on a date ahead: the fact is the saying, on its
    # day (as the development corpus's annotators read "said on Monday it would ... in 2026").
    ("Andi Wijaya said on Tuesday the court would rule in April 2024.", "2024-03-19"),
    ("Andi Wijaya mengatakan pada Selasa (19/3) bahwa tim akan kembali pada Mei 2024.", "2024-03-19"),
    ("The fisheries office said on Tuesday it would propose the reef as a protected area in 2025.", "2024-03-19"),
    # ... but a wish with a date ahead is still dated by the saying.
    ("Andi Wijaya said on Tuesday that the party wanted the talks concluded by 2025.", "2024-03-19"),
])
def test_a_past_date_inside_a_view_ahead_does_not_date_the_saying(sentence, value):
    (fact,) = extract(Article(text=sentence, published="2024-03-21")).facts
    assert fact.date.value == value


@pytest.mark.parametrize("sentence, value", [
    # "N hari kemudian" counts from the last day the article told of (here 3 January 2025).
    ("Tim menangkap tersangka pertama empat hari kemudian.", "2025-01-07"),
    ("Police arrested a second suspect two days later.", "2025-01-05"),
    # ... capitalised at the start, and counted back with "earlier"/"sebelumnya".
    ("Two days later, officials ordered his deportation.", "2025-01-05"),
    ("A power failure had halted the trains three days earlier.", "2024-12-31"),
    ("Tersangka sudah tiba di kota itu dua hari sebelumnya.", "2025-01-01"),
    # ... and weeks counted from that day are the day that many weeks on.
    ("Sidang perdana digelar tiga pekan kemudian.", "2025-01-24"),
    ("The trial opened two weeks later.", "2025-01-17"),
    # "malam itu", "that night", "pada hari yang sama" are that last day itself.
    ("Malam itu, polisi menggerebek rumah tersangka.", "2025-01-03"),
    ("Pada hari yang sama, tim kedua tiba di lokasi.", "2025-01-03"),
    ("Police raided the house later that night.", "2025-01-03"),
    ("The same day, a second team arrived.", "2025-01-03"),
    # "N hari lagi" still counts from the article's own day (14 January 2025).
    ("Sidang digelar dua hari lagi.", "2025-01-16"),
])
def test_days_later_count_from_the_last_day_told_of(sentence, value):
    spans = [s for s in find_dates(sentence, date(2025, 1, 14), last_day=date(2025, 1, 3)) if s.date]
    assert [s.date.value for s in spans] == [value]


@pytest.mark.parametrize("sentence", [
    # ... but not in a sentence about what recurs: the same day as each time it does.
    "The ferry sails every Monday, Wednesday and Friday and returns on the same day.",
    "Kapal berangkat setiap Senin dan kembali pada hari yang sama.",
])
def test_the_same_day_of_a_habit_is_no_day(sentence):
    spans = find_dates(sentence, date(2025, 1, 14), last_day=date(2025, 1, 3))
    assert [s.date.value for s in spans if s.date] == []


def test_two_months_listed_with_and_are_two_dates():
    spans = find_dates("Rapat digelar Februari 2022 dan Januari 2024.", THURSDAY)
    assert [s.date.value for s in spans] == ["2022-02", "2024-01"]


def test_a_day_too_far_from_the_day_it_runs_to_still_takes_its_year():
    # Half a year apart the two days stay two dates, but the first has the second's year.
    spans = find_dates("Dari 1 Januari hingga 30 Juni 2022 tercatat 20 kasus.", date(2025, 7, 14))
    assert [s.date.value for s in spans] == ["2022-01-01", "2022-06-30"]


@pytest.mark.parametrize("text, published, value", [
    # "The same period last year" is the months the article last told of, a year back ...
    ("Realisasi PNBP hingga semester I/2025 mencapai Rp742 miliar.\n"
     "Pada periode yang sama tahun lalu, PNBP tercatat Rp688 miliar.", "2025-07-15", "2024-01/2024-06"),
    ("Exports rose 8% in the third quarter of 2024.\n"
     "In the same quarter a year earlier, exports fell 2%.", "2024-11-05", "2023-07/2023-09"),
    ("Exports rose 8% in the third quarter of 2024.\n"
     "The same period last year saw a 2% fall.", "2024-11-05", "2023-07/2023-09"),
    # ... or the days over a month it last told of, the same days a year back.
    ("Dinkes Sukamaju mencatat 842 kasus DBD sejak awal Januari hingga Rabu (14/2/2024).\n"
     "Pada periode yang sama tahun lalu, Dinkes hanya mencatat 297 kasus.", "2024-02-15",
     "2023-01-01/2023-02-14"),
    # ... not a month ahead of the article, which has no figures yet.
    ("Penjualan sepanjang Mei 2025 naik 4%.\nKuota akan dibuka pada Agustus.\n"
     "Pada periode yang sama tahun lalu, penjualan turun.", "2025-06-10", "2024-05"),
])
def test_the_same_period_last_year_is_the_last_period_told_a_year_back(text, published, value):
    last = last_fact(text, published)
    assert last.date.value == value


@pytest.mark.parametrize("text, published, value, basis", [
    # A clock time with no date of its own is on the day the sentence before named ...
    ("Timnas akan menghadapi Bahrain pada 10 Oktober.\n"
     "Laga dijadwalkan dimulai pukul 23.00 WIB di Riffa.", "2024-09-27", "2024-10-10", "context"),
    ("Banjir merendam 300 rumah di Sikka, Senin (8/1/2024) malam hingga Selasa dini hari.\n"
     "Air mulai naik sekitar pukul 21.00 Wita di Maumere.", "2024-01-09", "2024-01-08", "context"),
    ("The ferry left Padangbai on Tuesday (20/8/2024).\nIt lost contact at 3 p.m. near Lombok.",
     "2024-08-22", "2024-08-20", "context"),
    # ... but not a time kept every day ...
    ("Posko dibuka di Balai Desa Sukamaju pada Senin (8/1/2024).\n"
     "Petugas BPBD Sikka melayani warga setiap hari pukul 08.00 hingga 16.00 WIB.", "2024-01-09", "2024-01", "context"),
    # ... nor one looked back on when it looks ahead (the time is of another day).
    ("TNI menyiagakan kapal perang di Teluk Jakarta sejak Selasa kemarin.\n"
     "Rekayasa lalu lintas akan diberlakukan di Senayan sejak pukul 06.00 WIB.", "2024-10-16", "2024-10-16",
     "publication"),
])
def test_a_clock_time_alone_is_on_the_day_before(text, published, value, basis):
    last = last_fact(text, published)
    assert (last.date.value, last.date.basis) == (value, basis)


@pytest.mark.parametrize("sentence", ["Tim menangkap tersangka empat hari kemudian.",
                                      "Malam itu, polisi menggerebek rumah tersangka."])
def test_days_later_with_no_day_told_of_are_no_date(sentence):
    assert find_dates(sentence, date(2025, 1, 14)) == []


def test_that_night_is_the_day_the_sentence_before_told_of():
    text = ("Banjir merendam 300 rumah di Sikka pada Senin (8/1/2024).\n"
            "Malam itu, BPBD Sikka mengevakuasi 120 warga ke gedung sekolah.")
    last = last_fact(text, "2024-01-10")
    assert last.date.value == "2024-01-08"


def test_the_day_someone_spoke_is_not_what_days_later_count_from():
    text = ("Pengungkapan bermula dari laporan pedagang pada Jumat (3/1), kata Ribut.\n"
            "\"Pedagang itu curiga,\" kata Ribut di Semarang, Selasa (14/1).\n"
            "Tim menangkap tersangka AW (38) di Boyolali empat hari kemudian.")
    last = last_fact(text, "2025-01-14")
    assert last.date.value == "2025-01-07"


@pytest.mark.parametrize("sentence, reference, value", [
    # A forward-looking sentence that starts something from a day and month: that day ahead.
    ("The junta said it will hold an election starting from Dec 28.", date(2025, 1, 19), "2025-12-28"),
    ("Aturan itu akan berlaku mulai 1 Januari.", date(2025, 2, 10), "2026-01-01"),
    # Without such a word, the nearest day: a past happening in a forward sentence.
    ("Polisi akan memeriksa tersangka yang ditangkap pada 28 Desember.", date(2025, 1, 19), "2024-12-28"),
])
def test_a_day_something_will_start_from_is_ahead(sentence, reference, value):
    assert only_date(sentence, reference, future=True).date.value == value


@pytest.mark.parametrize("sentence, text, value", [
    # After mulai/since, a day or week joined to a month (with its part) is one span.
    ("BI akan menggelar sosialisasi mulai pekan depan hingga akhir Februari 2025.",
     "pekan depan hingga akhir Februari 2025", "2025-01-20/2025-02-28"),
    ("The ban applies starting next week until the end of March 2025.",
     "next week until the end of March 2025", "2025-01-20/2025-03-31"),
])
def test_a_span_from_a_day_to_a_month(sentence, text, value):
    (span,) = find_dates(sentence, date(2025, 1, 14), future=True)
    assert (span.text, span.date.value) == (text, value)


@pytest.mark.parametrize("sentence, text, value", [
    # Months joined with no year: the latest such months up to the article's.
    ("Bali received 1.8 million visitors from January to April, data showed.", "from January to April",
     "2025-01/2025-04"),
    ("Harga beras naik sejak Agustus hingga Desember.", "sejak Agustus hingga Desember", "2024-08/2024-12"),
    # ... also as the name of a quarter.
    ("The economy grew 5% in the July-September quarter, data showed.", "in the July-September",
     "2024-07/2024-09"),
    # Two months with their years joined by between/and, to or hingga are a span ...
    ("Indonesia signed in stages between February 2022 and January 2024.",
     "between February 2022 and January 2024", "2022-02/2024-01"),
    ("Kontrak ditandatangani antara Februari 2022 dan Januari 2024.", "antara Februari 2022 dan Januari 2024",
     "2022-02/2024-01"),
    # ... and so are two months in a row joined by and/dan.
    ("The junta held elections in December 2024 and January 2025.", "December 2024 and January 2025",
     "2024-12/2025-01"),
    ("The plant was built from March 2023 to May 2024.", "from March 2023 to May 2024", "2023-03/2024-05"),
    # Two years joined by between/and are a span.
    ("Between 2010 and 2023, the agency prosecuted 170 regional heads.", "Between 2010 and 2023", "2010/2023"),
    ("Antara tahun 2015 dan 2020, produksi turun.", "Antara tahun 2015 dan 2020", "2015/2020"),
    # What is set for a year happens in it.
    ("The next regional elections are scheduled for 2029.", "scheduled for 2029", "2029"),
    # A happening named by its year, as the time of the sentence.
    ("Pada Pilkada 2020, pemungutan suara ulang juga pernah digelar.", "Pada Pilkada 2020", "2020"),
    ("In the 2019 elections, turnout was higher.", "In the 2019 elections", "2019"),
    # ... also before it, and a village head's election written in lower case.
    ("Pemprov menyediakan mesin panen sebelum musim giling 2026.", "sebelum musim giling 2026", "2026"),
    ("Bentrokan serupa terjadi pada pilkades serentak 2021.", "pada pilkades serentak 2021", "2021"),
    # Two months with the end given roughly.
    ("Musim panen berlangsung Mei hingga sekitar Oktober 2025.", "Mei hingga sekitar Oktober 2025", "2025-05/2025-10"),
    # The end of a month named alone.
    ("The fund will complete its review by the end of June.", "by the end of June", "2025-06"),
    ("The fund will publish the quotas before the end of June.", "before the end of June", "2025-06"),
    ("Significant rain will not come before late June.", "before late June", "2025-06"),
    # A half of a month named alone is the month, as the end of it is.
    ("The agency will open the gates in the second half of March.", "in the second half of March", "2025-03"),
    ("Hujan akan turun pada paruh kedua Maret.", "pada paruh kedua Maret", "2025-03"),
    # Two months after pada/in (a hyphen or hingga between): the months nearest the article.
    ("Puncak hujan diperkirakan pada Februari hingga Maret.", "pada Februari hingga Maret", "2025-02/2025-03"),
    ("Panen raya berlangsung pada Mei-Juni.", "pada Mei-Juni", "2025-05/2025-06"),
    ("Rainfall peaked in November to December.", "in November to December", "2024-11/2024-12"),
    # ... the latest up to the article's month when told as past.
    ("Harga cabai sempat melonjak pada Maret-April.", "pada Maret-April", "2024-03/2024-04"),
])
def test_spans_and_parts_named_without_a_year_or_with_between(sentence, text, value):
    (span,) = find_dates(sentence, date(2025, 1, 14), future="will" in sentence)
    assert (span.text, span.date.value) == (text, value)


@pytest.mark.parametrize("text, published, value", [
    # A sentence opened by a happening the article dated before takes its day as context.
    ("Polri mengerahkan personel untuk pelantikan presiden pada Minggu (20/10).\n"
     "Pelantikan akan digelar dalam Sidang Paripurna MPR.", "2024-10-16", "2024-10-20"),
    ("The ministers will hold a retreat in Langkawi on Jan 19.\n"
     "The retreat will focus on Myanmar.", "2025-01-10", "2025-01-19"),
])
def test_a_happening_named_again_takes_the_day_it_was_given(text, published, value):
    last = last_fact(text, published)
    assert (last.date.value, last.date.basis) == (value, "context")


@pytest.mark.parametrize("text, published, value, basis", [
    # A plan with no date of its own was told on the last day the article told of, when that
    # day is one or two before the article's ...
    ("Gubernur Bobby Nasution meresmikan jalan tol di Medan, Selasa (12/8).\n"
     "Bobby mengatakan Pemprov akan mempercepat pembangunan jalan akses.", "2025-08-13", "2025-08-12", "context"),
    ("Minister Hanif Faisol Nurofiq toured the plant on Saturday.\n"
     "The ministry will seal the ponds if the company fails to act, he said.", "2025-09-22",
     "2025-09-20", "context"),
    # ... else it is the article's day.
    ("Gubernur Bobby Nasution meresmikan jalan tol di Medan, Selasa (29/7).\n"
     "Bobby mengatakan Pemprov akan mempercepat pembangunan jalan akses.", "2025-08-13", "2025-08-13",
     "publication"),
])
def test_a_plan_without_a_date_takes_the_day_it_was_told(text, published, value, basis):
    last = last_fact(text, published)
    assert (last.date.value, last.date.basis) == (value, basis)


def test_a_happening_not_opening_the_sentence_gives_no_day():
    # "Dalam sidang tersebut" may be another hearing than the last one dated.
    text = ("MK menjadwalkan sidang lanjutan pada Senin (13/1).\n"
            "Dalam sidang tersebut, pemohon meminta MK mendiskualifikasi petahana.")
    last = last_fact(text, "2025-01-09")
    assert last.date.value != "2025-01-13"


@pytest.mark.parametrize("sentence, text, value, doubt", [
    # A wire's weekday with its month and day in brackets is that one day.
    ("In a statement on Monday (Feb 9), the ministry said the leaders would meet.", "Monday (Feb 9)",
     "2026-02-09", None),
    ("The ministry said on Friday (Feb 6) that talks would resume.", "Friday (Feb 6)", "2026-02-06", None),
    # ... and a weekday that is not that day's is doubted.
    ("The ministry said on Tuesday (Feb 9) that talks would resume.", "Tuesday (Feb 9)", "2026-02-09",
     "Tuesday does not match 2026-02-09, a Monday"),
])
def test_a_weekday_with_its_day_in_brackets_is_one_date(sentence, text, value, doubt):
    (span,) = find_dates(sentence, date(2026, 2, 10), future=True)
    assert (span.text, span.date.value, span.date.doubt) == (text, value, doubt)


@pytest.mark.parametrize("text, value", [
    # A time counted from another, then said exactly: the exact date is the fact's.
    ("Pemungutan suaranya digelar 20 bulan kemudian, yakni pada 14 Februari 2024.", "2024-02-14"),
    ("The vote came two years later, namely on 14 February 2024.", "2024-02-14"),
    ("Pada pekan pertama Agustus, atau 4-10 Agustus 2025, jumlah titik panas naik.", "2025-08-04/2025-08-10"),
    ("Sidang ditunda sepekan, tepatnya Senin (11/3/2024).", "2024-03-11"),
])
def test_a_date_said_exactly_after_yakni_or_namely_is_the_facts(text, value):
    (fact,) = extract(Article(text=text, published="2026-03-05")).facts
    assert fact.date.value == value


def test_kemarin_after_a_date_means_past_not_yesterday():
    (span,) = find_dates("Ia ditangkap pada 21 Agustus kemarin.", THURSDAY)
    assert span.date.value == "2023-08-21"


@pytest.mark.parametrize("sentence, text, value", [
    # The last N days or weeks, up to the article's day.
    ("Bongkar muat terhenti dalam tiga hari terakhir.", "tiga hari terakhir", "2023-08-22/2023-08-24"),
    ("Harga cabai naik dalam dua pekan terakhir.", "dua pekan terakhir", "2023-08-11/2023-08-24"),
    ("Prices rose in the past two weeks.", "in the past two weeks", "2023-08-11/2023-08-24"),
])
def test_the_last_n_units_end_on_the_article_date(sentence, text, value):
    (span,) = find_dates(sentence, THURSDAY)
    assert (span.text, span.date.value) == (text, value)


@pytest.mark.parametrize("sentence", [
    # The last N months or years frame a trend or a count: no date of the fact's.
    "Kasus DBD naik dalam tiga bulan terakhir.",
    "Ekspor turun lima tahun belakangan.",
    "Upah minimum sudah naik beberapa kali dalam lima tahun terakhir.",
    "Gold holdings have risen about 30 per cent over the past 12 months.",
    "The group had met more than 700 coffins in the past seven years.",
])
def test_the_last_n_months_or_years_are_no_date(sentence):
    assert find_dates(sentence, THURSDAY) == []


@pytest.mark.parametrize("sentence, published, value", [
    # A weekday between a lede's subject and its verb in the past is the day before, though
    # the sentence speaks of a forecast.
    ("The Vietnam Food Association on Wednesday cut its forecast for rice exports this year.", "2026-08-06",
     "2026-08-05"),
    # What someone expects something to do looks ahead: the quarter is the coming one.
    ("PLN expects the two units to return to service in the fourth quarter.", "2026-07-29", "2026-10/2026-12"),
    # A quarter's end in English, and a quarter as a word before a noun.
    ("He expects the rupiah to test 17,100 per dollar by the end of the first quarter.", "2026-01-13",
     "2026-01/2026-03"),
    ("The company expects the move to cut its second-quarter offshore ore output by 1,500 tonnes.", "2026-03-04",
     "2026-04/2026-06"),
    # ... not the quarter whose results are released: the release's day.
    ("The miner will release third-quarter results on Oct. 31.", "2025-10-29", "2025-10-31"),
    ("Second-quarter growth figures are due early next month.", "2025-07-28", "2025-08"),
])
def test_a_weekday_or_quarter_is_read_by_the_verb_or_noun_around_it(sentence, published, value):
    (fact,) = extract(Article(text=sentence, published=published)).facts
    assert fact.date.value == value


@pytest.mark.parametrize("sentence", [
    # Weekdays that come round, told after "usually".
    "Biasanya Rabu-Kamis masih ada 30-an jip yang jalan.",
    "The market is usually on Friday and Saturday.",
])
def test_a_usual_weekday_is_no_date(sentence):
    assert find_dates(sentence, THURSDAY) == []


def test_a_count_of_days_or_nights_with_itu_is_no_day():
    found = extract(Article(text="Rombongan tiba di Bitung pada Rabu (8/4). Paket wisata tujuh malam itu dijual "
                                 "mulai Rp 7,9 juta per orang. Malam itu, hujan turun deras.",
                            published="2026-04-10")).facts
    assert found[1].date.basis != "explicit" and found[2].date.value == "2026-04-08"


def test_years_later_count_from_the_year_told_before():
    found = extract(Article(text="Istana Siak mulai dibangun pada 1889. Pembangunannya rampung empat tahun kemudian.",
                            published="2025-10-21")).facts
    assert found[-1].date.value == "1893"


def test_a_weekday_with_that_is_the_one_told_before_however_long_ago():
    found = extract(Article(text="Banjir lahar melanda Lembah Anai pada Sabtu (11/5/2024) malam. Galodo pada Sabtu "
                                 "malam itu menghanyutkan badan jalan sepanjang 200 meter.", published="2025-05-13")).facts
    assert found[-1].date.start == "2024-05-11"


@pytest.mark.parametrize("sentence, text, value", [
    # A day written with dashes, as forms and some outlets write it.
    ("Upacara digelar 17-08-2023 di halaman kantor.", "17-08-2023", "2023-08-17"),
    ("Upacara digelar Kamis, 17-08-2023.", "Kamis, 17-08-2023", "2023-08-17"),
])
def test_a_day_written_with_dashes_is_read(sentence, text, value):
    (span,) = find_dates(sentence, THURSDAY)
    assert (span.text, span.date.value) == (text, value)


@pytest.mark.parametrize("sentence, future, value", [
    # "the weekend" is the one last passed, or the next in a sentence that looks ahead.
    ("Power cuts have hit the island since the weekend.", False, "2023-08-19/2023-08-20"),
    ("The deal was signed over the weekend.", False, "2023-08-19/2023-08-20"),
    ("Talks will resume at the weekend.", True, "2023-08-26/2023-08-27"),
])
def test_the_weekend_is_the_last_or_the_next(sentence, future, value):
    (span,) = find_dates(sentence, THURSDAY, future=future)
    assert span.date.value == value


def test_two_months_between_which_something_runs_are_one_span():
    (span,) = find_dates("Bulog aims to release 1.3 million tons between July and December 2023.", THURSDAY)
    assert span.date.value == "2023-07/2023-12"


@pytest.mark.parametrize("sentence, value", [
    # Two months opening the sentence, and the year named after them.
    ("From January to July this year, exports rose 4%.", "2023-01/2023-07"),
    ("Dari Januari hingga Juli tahun lalu, ekspor naik.", "2022-01/2022-07"),
])
def test_a_span_of_months_takes_the_year_named_after_it(sentence, value):
    assert find_dates(sentence, THURSDAY)[0].date.value == value


@pytest.mark.parametrize("sentence, text, value", [
    # What is set or spent for a year, and a hajj season, are of that year.
    ("Target itu semula dipatok untuk 2023, kata Andi Wijaya.", "untuk 2023", "2023"),
    ("The province's patrol budget for 2023 was only Rp 1.8 billion.", "for 2023", "2023"),
    ("Pada musim haji 2022, kuota Indonesia 100.051 jemaah.", "musim haji 2022", None),
])
def test_a_year_something_is_set_for_is_its_year(sentence, text, value):
    spans = find_dates(sentence, THURSDAY)
    if value is None:
        assert any(s.date.value == "2022" for s in spans)
    else:
        (span,) = spans
        assert (span.text, span.date.value) == (text, value)


@pytest.mark.parametrize("sentence, value", [
    # What is open until a weekday ends ahead; data counted until one was counted before.
    ("Pendaftaran dibuka hingga Senin pukul 12.00 WIB.", "2023-08-28"),
    ("Registration remains open until Monday.", "2023-08-28"),
    ("Berdasarkan data BNPB hingga Senin malam, 10.295 jiwa mengungsi.", "2023-08-21"),
    ("Ia telah ditahan hingga Senin.", "2023-08-21"),
])
def test_a_weekday_something_is_open_until_lies_ahead(sentence, value):
    (span,) = find_dates(sentence, THURSDAY)
    assert span.date.value == value


@pytest.mark.parametrize("sentence, value", [
    # A weekday after a participle of what was done is past, whatever the sentence says ahead ...
    ("In a statement issued on Monday, the company said it would cover medical costs.", "2025-06-16"),
    ("The summit, held on Monday, will decide the budget.", "2025-06-16"),
    # ... and after the occasion a thing was said at, far from the verb of saying.
    ("\"The ferries will run for decades,\" said Andi Sukamaju, a transport researcher at a university in "
     "Makassar, in a phone interview on Monday.", "2025-06-16"),
    # ... unless it is still to be.
    ("The agreement will be signed on Monday, he said.", "2025-06-23"),
])
def test_a_weekday_after_what_was_done_is_past_in_a_sentence_that_looks_ahead(sentence, value):
    (span,) = find_dates(sentence, date(2025, 6, 17), future=True)
    assert span.date.value == value


@pytest.mark.parametrize("sentence, value", [
    # A bare weekday before one of next week is that week's.
    ("Sidang digelar Senin hingga Rabu pekan depan.", "2026-02-16/2026-02-18"),
    ("The talks run from Monday to Wednesday next week.", "2026-02-16/2026-02-18"),
    # Days a rule keeps are no date, but a weekend with its day is.
    ("Pameran dibuka Jumat hingga Minggu (15/2).", "2026-02-13/2026-02-15"),
])
def test_two_weekdays_joined_are_one_span_of_the_week_the_second_names(sentence, value):
    (span,) = find_dates(sentence, date(2026, 2, 12))
    assert span.date.value == value


@pytest.mark.parametrize("sentence, value", [
    # A year before 1900 after a word that makes it a time.
    ("A convention signed by Britain and the Netherlands in 1891 set the boundary.", "1891"),
    ("Sejak 1602, kongsi dagang itu berlayar ke Maluku.", "1602"),
    # A year standing before what it dates ...
    ("A 1915 agreement later demarcated much of the land border.", "1915"),
    ("In a 2023 case in Jembrana district, two smugglers received 10 months.", "2023"),
    # ... only when the sentence names no other time: then it names a thing.
    ("Parliament is expected to pass the 2026 state budget bill later this month.", "2025-09"),
])
def test_years_before_1900_and_years_before_a_noun(sentence, value):
    spans = find_dates(sentence, date(2025, 9, 9), future=True)
    assert [s.date.value for s in spans] == [value]


@pytest.mark.parametrize("sentence, value", [
    # The end of the month with no month named is this month's.
    ("All 18 lifters would be retested by the end of the month.", "2025-09"),
    ("Semua atlet akan diuji ulang akhir bulan.", "2025-09"),
])
def test_the_end_of_the_month_is_this_month(sentence, value):
    spans = find_dates(sentence, date(2025, 9, 9), future=True)
    assert [s.date.value for s in spans] == [value]


@pytest.mark.parametrize("sentence", [
    # ... but not every month's end, nor "that month", nor a month named after it.
    "Gaji dibayar setiap akhir bulan.",
    "Ia tinggal di Magelang hingga akhir bulan itu.",
    "The end of the month of fasting is a holiday.",
])
def test_a_months_end_that_is_not_this_month(sentence):
    assert all(s.date.value != "2025-09" for s in find_dates(sentence, date(2025, 9, 9), future=True))


def test_a_number_of_people_before_1900_is_no_year():
    assert find_dates("Pada 1800 orang hadir di lapangan.", date(2025, 9, 9)) == []


@pytest.mark.parametrize("sentence, future, value", [
    # A day and month without a year, months past, is next year's where the sentence looks ahead ...
    ("The Philippines will host the 49th ASEAN Summit in Manila on Nov. 10-12.", True, "2026-11-10/2026-11-12"),
    ("The talks will resume on November 10.", True, "2026-11-10"),
    # ... and the nearest otherwise.
    ("The summit was held in Manila on Nov. 10-12.", False, "2025-11-10/2025-11-12"),
])
def test_a_day_without_its_year_long_past_is_next_years_where_the_sentence_looks_ahead(sentence, future, value):
    (span,) = find_dates(sentence, date(2026, 5, 8), future=future)
    assert span.date.value == value


@pytest.mark.parametrize("sentence, value", [
    # Two years one after the other, joined by "dan"/"and", are both.
    ("Pengadaan lampu PJU tahun anggaran 2022 dan 2023 diusut jaksa.", "2022/2023"),
    ("Banjir besar terjadi pada 2022 dan 2023.", "2022/2023"),
    # Years apart are a list: the first is read, as before.
    ("Pemilu digelar pada 2019 dan 2024.", "2019"),
])
def test_two_years_one_after_the_other_are_both(sentence, value):
    (span,) = find_dates(sentence, date(2025, 8, 26))
    assert span.date.value == value


@pytest.mark.parametrize("sentence, value", [
    # A span of days across years with the first year written.
    ("Pada minggu epidemiologi ke-1 (29 Desember 2025-4 Januari 2026), tercatat 148 kasus baru.",
     "2025-12-29/2026-01-04"),
    # Since a month until a removal on a later month: one span.
    ("Haryo menjabat direktur utama sejak Maret 2018 hingga diberhentikan pada Januari 2023.",
     "2018-03-01/2023-01-31"),
])
def test_spans_across_years_and_offices_held_until_a_removal(sentence, value):
    (span,) = find_dates(sentence, date(2026, 2, 10))
    assert span.date.value == value


@pytest.mark.parametrize("sentence, value", [
    # What goes into a budget is of the budget's year; a season's year is a time.
    ("Perbaikan permanen akan diusulkan dalam APBD Perubahan 2026.", "2026"),
    ("Pemerintah Aceh mengusulkannya dalam APBA Perubahan 2025.", "2025"),
    ("Lahan itu pernah terbakar seluas 380 hektare pada kemarau 2019.", "2019"),
    ("Saat musim hujan 2024 banjir serupa melanda tujuh desa.", "2024"),
    # "until at least 2028" is still that year.
    ("The losses could weigh on its balance sheet until at least 2028.", "2028"),
    # A budget's year only names the budget when the sentence names another time.
    ("DPRD mengesahkan APBD Kota Medan Tahun Anggaran 2026 dalam rapat paripurna, Rabu (26/11/2025).",
     "2025-11-26"),
])
def test_a_budget_a_season_and_at_least_give_their_years(sentence, value):
    assert [span.date.value for span in find_dates(sentence, date(2025, 11, 26))] == [value]


@pytest.mark.parametrize("sentence", [
    # Days and months that come round, a document's number, and how much longer a thing lasts.
    "Rute itu akan dilayani tiga kali sepekan, yakni setiap Senin, Rabu, dan Jumat.",
    "The instruction, numbered 14 of 2025, also urges private companies to follow it.",
    "Companies face fines under Indonesia's environmental protection law of 2009.",
    "Status itu ditetapkan lewat Keputusan Wali Kota Surakarta Nomor 360/27 Tahun 2026.",
    "Pemerintah menyiapkan revisi Perpres Nomor 12 Tahun 2025 tentang RPJMN 2025-2029.",
    "Dry-season pollution typically peaks between July and September.",
    "Musim kemarau biasanya berlangsung Juni hingga September.",
    "Pemerintah pusat memastikan dana otsus diperpanjang 20 tahun lagi.",
    "Hari Kesiapsiagaan Bencana diperingati setiap 26 April.",
    "Harga karet untuk pengiriman November 2025 ditutup melemah.",
])
def test_what_recurs_a_numbered_document_and_an_extension_are_no_dates(sentence):
    assert find_dates(sentence, date(2025, 8, 20)) == []


def test_a_budget_named_in_passing_is_no_date():
    assert find_dates("Presiden ingin tim yang solid menjelang penyusunan RAPBN 2027.", date(2026, 4, 15)) == []


@pytest.mark.parametrize("sentence", [
    # A year before a document's name names the document.
    "The plan replaces a 2022 decree on the same obligation.",
    "Under the 2020 amendment to the Mining Law, permits were reissued.",
    "Under a 2024 education ministry regulation, universities may set their own fees.",
])
def test_a_year_naming_a_document_is_no_date(sentence):
    assert find_dates(sentence, date(2025, 7, 16)) == []


def test_a_single_day_after_a_change_from_one_value_is_when_the_change_was_made():
    text = "Indonesia raised its export levy to 10% from 7.5% on May 17, traders said."
    (fact,) = extract(Article(text=text, published="2025-10-15")).facts
    assert fact.date.value == "2025-05-17"


@pytest.mark.parametrize("sentence, values", [
    # A day and the weekday after it, joined by "and", are two days of one happening ...
    ("Defence ministers will gather in Penang on Tuesday (Feb 25) and Wednesday.", ["2025-02-25/2025-02-26"]),
    ("Rapat digelar Selasa (25/2) dan Rabu.", ["2025-02-25/2025-02-26"]),
    # ... days further apart are two days.
    ("Talks are set for Monday (Feb 24) and Wednesday.", ["2025-02-24", "2025-02-26"]),
])
def test_a_day_and_the_weekday_after_it_are_one_span(sentence, values):
    assert [s.date.value for s in find_dates(sentence, date(2025, 2, 24), future=True)] == values


def test_a_joined_clause_opens_with_its_joining_word():
    text = "TKA SMP digelar pada 6-9 April 2026, sementara jenjang SD digelar pada 20-23 April 2026."
    facts = extract(Article(text=text, published="2026-02-11")).facts
    assert facts[1].text.startswith("sementara jenjang SD")


@pytest.mark.parametrize("sentence, values", [
    # "from" makes a month a time ...
    ("Officers will start checking receipts at the ferry ports from August.", ["2025-08"]),
    # ... but not a holiday's month.
    ("Workers will march from May Day onwards.", []),
])
def test_from_before_a_month_makes_it_a_time(sentence, values):
    assert [s.date.value for s in find_dates(sentence, date(2025, 6, 12), future=True)] == values


@pytest.mark.parametrize("sentence, value", [
    # BMKG's ten-day periods of a month: the third runs to the month's end.
    ("Musim hujan diprakirakan baru dimulai pada dasarian III Oktober 2024.", "2024-10-21/2024-10-31"),
    ("Curah hujan dasarian II Desember 2025 rendah.", "2025-12-11/2025-12-20"),
    ("Hujan turun pada dasarian I Februari.", "2025-02-01/2025-02-10"),
])
def test_a_dasarian_is_ten_days_of_its_month(sentence, value):
    (span,) = find_dates(sentence, date(2024, 9, 12))
    assert span.date.value == value


@pytest.mark.parametrize("sentence, published, value", [
    # A month with the year named by its distance from the article's.
    ("Organisers plan to move the event to June next year to catch bigger swells.", "2026-07-15", "2027-06"),
    # Two months joined by "and" before their year are one span.
    ("The matches are scheduled for July and August 2026.", "2025-11-03", "2026-07/2026-08"),
    # What a company aims to do by a month is ahead.
    ("The company aims to lift output to 170,000 bpd by December.", "2026-04-09", "2026-12"),
    # A month opening a sentence told in the past tense is the last one.
    ("In February, another landslide buried 23 people at a nearby pit.", "2026-10-21", "2026-02"),
    # ... not one said to come ("..., he said").
    ("In January, the chairmanship passes to Malaysia, the minister said.", "2026-10-21", "2027-01"),
    # A month right after a past reporting verb dates the telling, whatever was told of ahead ...
    ("The regent told reporters in July that permanent homes would be built on safer ground.", "2026-08-20",
     "2026-07"),
    # ... this month's, when it is the article's month.
    ("The minister said in Parliament in early March that the treaty would be signed.", "2025-03-20", "2025-03"),
    # ... with where it was told between ("during a visit to Belitung") ...
    ("The minister said during a visit to Belitung in May that the geopark would be a pilot.", "2025-06-26",
     "2025-05"),
    # ... but not the reported clause's own subject ("said the ceremony in March would be exempt").
    ("IDM said the Tawur Agung Kesanga in March would be exempt from the quota.", "2025-12-17", "2026-03"),
    # A month opening the sentence, then who did what in the past, is the last one.
    ("In March, fishermen in Sijuk district protested against a plan to bring a dredge.", "2025-06-26", "2025-03"),
    # A deadline or an earliest day with "paling lambat"/"paling cepat" is the month ahead.
    ("Kalau lelang lancar, zona baru bisa dipakai paling cepat Desember, ujar Deden.", "2026-08-20", "2026-12"),
    ("Pembahasan bisa selesai, sehingga paling lambat Juni sudah disahkan di paripurna.", "2026-01-15", "2026-06"),
])
def test_a_month_takes_the_year_its_words_or_tense_point_to(sentence, published, value):
    (fact,) = extract(Article(text=sentence, published=published)).facts
    assert fact.date.value == value


@pytest.mark.parametrize("sentence, published, value", [
    # "Juni lalu" late in June, or "awal Juni lalu", is earlier this month ...
    ("Pada libur panjang awal Juni lalu, antrean truk mencapai 5 kilometer.", "2025-06-28", "2025-06"),
    # ... early in June it is last year's June, and English "last October" in October is a year back.
    ("Pada Juni lalu, antrean truk mencapai 5 kilometer.", "2025-06-03", "2024-06"),
    ("The plan was adopted in Kuala Lumpur last October.", "2026-10-15", "2025-10"),
    # A month a few months ahead is the last one when the sentence's own verb, after a
    # comma and with its object, tells it as done.
    ("The centre, which cares for 64 elephants, lost about 40% of its budget in February.", "2025-11-12",
     "2025-02"),
    # A span since a month up to last week runs to that week's end.
    ("Sejak Januari hingga pekan lalu, provinsi ini mencatat 4.120 kasus DBD.", "2025-05-14", "2025-01-01/2025-05-11"),
])
def test_a_month_told_as_past_in_its_own_month(sentence, published, value):
    (fact,) = extract(Article(text=sentence, published=published)).facts
    assert fact.date.value == value


@pytest.mark.parametrize("sentence, published, value", [
    # A month with "tahun ini", "tahun depan", "tahun lalu" is that year's month.
    ("Kementerian akan menyelesaikan evaluasi paling lambat Desember tahun ini.", "2026-10-07", "2026-12"),
    ("Banjir serupa melanda kawasan itu pada Februari tahun lalu.", "2026-10-07", "2025-02"),
    # "end-2026" is the year's end, as "mid-2027" is its middle.
    ("The rail link is due to start passenger service by end-2026.", "2026-07-19", "2026"),
    # A year that is a noun's ("Last year's winner") does not move the month of the deed.
    ("Last year's winner, also from Kenya, injured his hamstring in October.", "2025-11-30", "2025-10"),
    # ... nor does a year named in a clause of its own after the month's.
    ("The plant will close by the end of September, as the government prepares a new levy next year.",
     "2025-06-10", "2025-09"),
    # ... but a weekday's is the event's own day.
    ("Turnout in Saturday's re-vote was about 71 percent, the commission said.", "2025-04-21", "2025-04-19"),
    # Two years before 1900 after "from" are a span: a ruler's years.
    ("Sultan Iskandar Muda led the Aceh sultanate from 1607 to 1636.", "2026-02-10", "1607/1636"),
])
def test_a_month_or_a_year_named_by_its_words_around_it(sentence, published, value):
    (fact,) = extract(Article(text=sentence, published=published)).facts
    assert fact.date.value == value


@pytest.mark.parametrize("text", [
    # An age before "sebelumnya" is no time before the article.
    "Kongres digelar pada Sabtu (14/6). Haris Munandar yang kini berusia 47 tahun sebelumnya menjabat sekjen.",
    # The year a superlative is measured in is not the deed's: the paragraph's day stands.
    "Polisi menggerebek gudang itu pada Sabtu (14/6). Officers seized 40 kilograms, in what they called "
    "the largest drug bust in the country this year.",
])
def test_an_age_or_a_superlatives_year_is_not_the_facts_date(text):
    fact = last_fact(text, "2025-06-16")
    assert not fact.date.value.startswith(("1978", "2025-01")) and fact.date.value != "2025"


def test_dotted_initials_inside_a_name_end_no_sentence():
    facts = extract(Article(text="Sidang digelar di Auditorium H.M. Rasjidi, Jakarta, Selasa.",
                            published="2025-05-27")).facts
    assert len(facts) == 1 and "Rasjidi" in facts[0].text


@pytest.mark.parametrize("text, published, value", [
    # A bare weekday the article named with its date within the week is that day, ahead ...
    ("Bandara berhenti beroperasi pada Kamis (19/3). Penerbangan dihentikan mulai Kamis pukul 06.00 Wita "
     "hingga Jumat pukul 06.00 Wita.", "2026-03-17", "2026-03-19/2026-03-20"),
    # ... or behind, where a weekday alone would look ahead.
    ("Rapat digelar pada Senin (16/3). Pemkab akan menindaklanjuti hasil rapat Senin itu.",
     "2026-03-17", "2026-03-16"),
    # ... but not ahead after a verb in the past tense.
    ("The rule takes effect on Wednesday, Dec. 11. The minister signed the rule on Wednesday.",
     "2024-12-05", "2024-12-04"),
])
def test_a_bare_weekday_is_the_day_the_article_named_with_it(text, published, value):
    assert last_fact(text, published).date.value == value


def test_two_days_joined_by_or_are_both_while_it_is_not_known_which():
    (fact,) = extract(Article(text="Idul Fitri diperkirakan jatuh pada Jumat (20/3) atau Sabtu (21/3).",
                              published="2026-03-17")).facts
    assert fact.date.value == "2026-03-20/2026-03-21"


@pytest.mark.parametrize("sentence", [
    "Sejak awal tahun hingga 17 Februari 2025, rupiah melemah 1,2 persen.",
    "Since the start of the year through Feb. 17, the rupiah lost 1.2%.",
])
def test_since_the_years_start_until_a_day_is_the_days_between(sentence):
    (fact,) = extract(Article(text=sentence, published="2025-02-19")).facts
    assert fact.date.value == "2025-01-01/2025-02-17"


@pytest.mark.parametrize("sentence, published, value", [
    # A day in a "who" clause is the day's doing the sentence reports ...
    ("Governor Bobby Sukamaju, who met airport executives in Medan on Monday, asked them to run trains "
     "until midnight.", "2026-01-21", "2026-01-19"),
    # ... told in the past even where the rest looks ahead.
    ("Governor Yulius Sukamaju, who flew in on the return leg on Wednesday afternoon, said his province would "
     "waive landing fees.", "2026-01-22", "2026-01-21"),
    # What was first planned is not the plan now.
    ("Commercial operations, first planned for 2021, are now penciled in for 2031.", "2026-05-13", "2031"),
    # A participle after an auxiliary or a determiner is no past tense.
    ("The airport will remain closed until at least 6pm on Wednesday, officials said.", "2026-08-04", "2026-08-05"),
    ("Four of the grounded ships were expected to return to service by Monday.", "2026-04-26", "2026-04-27"),
])
def test_a_clauses_tense_decides_its_day(sentence, published, value):
    (fact,) = extract(Article(text=sentence, published=published)).facts
    assert fact.date.value == value


def test_a_day_in_a_who_clause_about_a_persons_life_is_not_the_facts():
    (fact,) = extract(Article(text="President Prabowo Sukamaju, who took office Oct. 20, has pledged to lift "
                                   "economic growth to 8%.", published="2024-11-20")).facts
    assert fact.date.value != "2024-10-20"


@pytest.mark.parametrize("sentence, published, value", [
    # A past verb before the day, however many commas between, makes it the day before.
    ("A passenger-cargo vessel docked in Manado, Indonesia, on Thursday, completing the first scheduled "
     "sea link in 20 years.", "2026-12-04", "2026-12-03"),
    # ... also far before it, in a sentence that looks ahead.
    ("The ministry will audit 42 stadiums after part of a roof collapsed onto spectators during a storm "
     "in Karawang, West Java, on Sunday.", "2025-05-14", "2025-05-11"),
    # The day something was told is past, whatever the telling says ahead, after an object
    # of up to four words.
    ("The company told the Sukamaju Stock Exchange on Tuesday that output would move to Malang.",
     "2026-06-10", "2026-06-09"),
    # ... not a participle after a comma, describing a noun.
    ("Officials plan to reopen the main road to the crater, closed since the landslide, on Friday.",
     "2025-02-12", "2025-02-14"),
    # A day and month days ahead, after "are due", is this year's, though a verb before it is past.
    ("The containers left aboard the Celebes Frost and are due in Tokyo on Nov. 21.", "2025-11-12", "2025-11-21"),
    # A schedule told in the present tense, and a deadline, look ahead.
    ("Online booking for the extra slots opens on Thursday through the official app.", "2025-12-17", "2025-12-18"),
    ("He said the stretch could reopen by Saturday if divers confirmed the barge was not blocking it.",
     "2026-05-21", "2026-05-23"),
    # ... not a schedule inside what was done.
    ("Clan elders held the ceremony that opens the groves on Sunday.", "2026-09-14", "2026-09-13"),
])
def test_the_tense_around_a_day_decides_which_one_it_is(sentence, published, value):
    (fact,) = extract(Article(text=sentence, published=published)).facts
    assert fact.date.value == value


@pytest.mark.parametrize("text", [
    # A range of counts before "kemudian"/"sebelumnya" is how long something takes, as a rule.
    "Kasus pertama tercatat pada Senin (8/9). Gejalanya demam tinggi, lalu muncul ruam tiga sampai lima hari kemudian.",
    "Wisatawan mancanegara merencanakan liburan enam sampai sembilan bulan sebelumnya, kata Budi pada Senin (8/9).",
])
def test_a_range_of_counts_before_kemudian_or_sebelumnya_is_no_date(text):
    fact = last_fact(text, "2025-09-17")
    assert fact.date is None or fact.date.basis != "explicit" or fact.date.value == "2025-09-08"


@pytest.mark.parametrize("sentence, published, value", [
    # A possibility told with "could" looks ahead.
    ("Air quality could enter the unhealthy range on Saturday and Sunday, the agency said.", "2026-07-24",
     "2026-07-25/2026-07-26"),
    # Leaving "hendak" somewhere is no plan of the sentence's: the day was the last one.
    ("Ayah korban terakhir melihat anaknya saat berpamitan hendak ke rumah teman pada Sabtu sore.", "2025-11-17",
     "2025-11-15"),
])
def test_a_modal_looks_ahead_and_a_farewell_does_not(sentence, published, value):
    (fact,) = extract(Article(text=sentence, published=published)).facts
    assert fact.date.value == value


@pytest.mark.parametrize("text, published, value", [
    # What a figure is compared with ("from a year earlier") is no date of the fact, even after
    # a day the article told of.
    ("Before dawn on Saturday, traders drove across the border. Trade through the post rose to 41.6 billion "
     "rupiah in January, up 18% from a year earlier.", "2026-02-12", "2026-01"),
    ("Warga berbelanja pada Sabtu (7/2). Ekspor naik 5 persen pada Januari dibanding setahun sebelumnya.",
     "2026-02-12", "2026-01"),
    # A count after "more than" is how many, not what was compared: the date is the fact's.
    ("Volcanic earthquakes rose to more than 140 over the weekend, the agency said.", "2025-04-23",
     "2025-04-19/2025-04-20"),
    # A date in a clause of what came before or after is not the fact's when the fact has one ...
    ("Rektor terpilih dijadwalkan dilantik pada awal Desember 2025, sebelum masa jabatan rektor saat ini "
     "berakhir pada 14 Desember 2025.", "2025-10-23", "2025-12"),
    # ... unless the fact's is only a frame to count in.
    ("Penurunan ini merupakan yang kedua tahun ini, setelah BI memangkas suku bunga pada Mei 2026.",
     "2026-08-19", "2026-05"),
])
def test_a_date_compared_with_or_of_a_clause_before_after_is_not_the_facts(text, published, value):
    assert last_fact(text, published).date.value == value


@pytest.mark.parametrize("text, published, value", [
    # A clause of what came after runs to the sentence's end, commas and all.
    ("Shrimp exports fell to $1.68 billion in 2025, after the United States, its biggest buyer, imposed a tariff "
     "in August 2025.", "2026-08-25", "2025"),
    # A period naming what is owed is no date of the fact when it has one.
    ("Ia memastikan tunggakan tunjangan periode Agustus hingga Desember 2024 akan dibayar pekan depan.",
     "2025-01-16", "2025-01-20/2025-01-26"),
    # ... but a day left out with its date is a day.
    ("Semua kantor tutup kecuali Senin (26/5).", "2025-05-22", "2025-05-26"),
    # What a fact ahead rests on, opening it, and what it comes ahead of, are not its time ...
    ("Under a schedule announced earlier this month, the civil servants will move in three stages between "
     "August and December 2026.", "2026-01-29", "2026-08/2026-12"),
    ("The first group will leave Jakarta in early August, ahead of the Independence Day ceremony on Aug. 17.",
     "2026-01-29", "2026-08"),
    # ... but what was done under an agreement is dated by it.
    ("Under an agreement signed in 2024, the developer committed to build new houses.", "2026-03-04", "2024"),
    # A law's amendment told as what happened is dated by it.
    ("The Corruption Law was amended in 2001.", "2025-10-09", "2001"),
    # A budget's year after a word of time is the time the fact is done in.
    ("Pemprov siap berbagi biaya operasional LRT mulai Tahun Anggaran 2027.", "2026-07-08", "2027"),
    ("Pemkab akan membangun 20 sekolah pada tahun anggaran 2026.", "2025-07-08", "2026"),
    # A season named by its year after "sepanjang" is that year.
    ("Sepanjang musim giling 2024 tercatat 1.350 hektare lahan tebu terbakar.", "2025-05-22", "2024"),
    # How long something runs, from a day to a day months later, is one span.
    ("Uji coba dijadwalkan berlangsung 1 Desember 2026 hingga 28 Februari 2027 sebelum dievaluasi.", "2026-11-19",
     "2026-12-01/2027-02-28"),
    # ... and so is what is done "pada" a day to a day months later ...
    ("Balai menutup seluruh jalur pendakian pada 1 Januari hingga 31 Maret 2026.", "2025-08-26",
     "2026-01-01/2026-03-31"),
    ("Sejak pendakian dibuka kembali pada 1 April 2025 hingga Minggu (24/8), tercatat 41.000 pendaki naik.",
     "2025-08-26", "2025-04-01/2025-08-24"),
    # ... and so is what ran "from" a day to a day months later.
    ("The platform spilled oil from August 21 to November 3, 2009.", "2026-04-15", "2009-08-21/2009-11-03"),
    # What is due on a weekday is ahead.
    ("The ship is due in General Santos on Saturday, the ministry said in a statement.", "2025-08-27", "2025-08-30"),
    # A commodity contract's month is the goods', not the fact's.
    ("Harga karet untuk kontrak pengiriman Juni 2025 ditutup di level 172,3 sen per kg pada Senin (21/4/2025).",
     "2025-04-22", "2025-04-21"),
    # A weekday opening the sentence before who did what, in the past, is the last one,
    # whatever was told of ahead ...
    ("On Sunday, Felle announced that Sarmi would host the next festival.", "2025-06-30", "2025-06-29"),
    # ... not a deadline ahead with the speaker after it.
    ("Indonesia will report the outbreak to the agency by Friday, Hendra added.", "2026-03-11", "2026-03-13"),
    # An irregular past verb before the day dates it in the past, whatever will follow.
    ("PT Sukamaju Sugar broke ground on Tuesday on an expansion that will raise its capacity.", "2025-11-19",
     "2025-11-18"),
    # ... but a participle that describes ("fully built EVs") is no deed done.
    ("The import duty exemption for fully built EVs expires on Dec. 31, and brands have pledged to assemble "
     "cars locally.", "2025-11-19", "2025-12-31"),
])
def test_a_date_of_a_side_clause_label_or_goods_yields_to_the_facts(text, published, value):
    (fact,) = extract(Article(text=text, published=published)).facts
    assert fact.date.value == value


@pytest.mark.parametrize("text", [
    # A bylaw's year before its noun.
    "Owners can be fined up to 50 million rupiah under a 2009 provincial bylaw.",
    # The day a rule leaves out.
    "Kapal keruk akan bekerja dalam dua sif, kecuali pada Jumat siang.",
    # A day that comes round every year, told after "usually".
    "Demand usually peaks around the national online shopping day on December 12.",
    # Any one weekday of many: "a good Sunday", "a typical Monday".
    "On a good Sunday I can earn 800 ringgit.",
    "A typical Monday brings 300 buyers to the market.",
])
def test_a_day_that_is_one_of_many_is_no_date(text):
    (fact,) = extract(Article(text=text, published="2026-02-12")).facts
    assert fact.date is None or fact.date.basis != "explicit"


def test_a_month_in_a_when_clause_of_what_happens_every_year_is_no_date():
    facts = extract(Article(text="When the harvest peaks in April, the roads are flooded, she said.",
                            published="2025-09-17")).facts
    assert not any(f.date and f.date.basis == "explicit" for f in facts)


def test_a_month_in_a_when_clause_before_what_will_be_is_that_month():
    (fact,) = extract(Article(text="When he visits in October, the minister will open the port.",
                              published="2025-09-17")).facts
    assert fact.date.value == "2025-10"


def test_thousands_of_years_ago_is_no_year_of_ours():
    fact = last_fact("Danau itu dikunjungi pada Senin (21/7). Letusan Toba sekitar 74.000 tahun lalu membentuk "
                     "kaldera ini, kata Budi Sukamaju.", "2025-07-28")
    assert fact.date.basis != "explicit"


def test_a_count_before_last_year_in_english_leaves_last_year_a_date():
    (fact,) = extract(Article(text="Visitors to Thailand totalled about 812,000 last year, the authority said.",
                              published="2025-03-19")).facts
    assert fact.date.value == "2024"
