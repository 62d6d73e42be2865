"""Date spans in a sentence, normalised at the precision the text gives.

Rules rather than a general date parser: news dates come in a handful of shapes
(`Kamis (24/8/2023)`, `(22/8)`, `19-23 Agustus 2023`, `pada 2024`, `sejak 1989`, `pekan
lalu`), and the hard part is what is NOT a date (`UU No. 8 Tahun 2010`, `pukul 14.30`,
`berusia 24 tahun`, phone numbers). Each pattern below names the shape it reads; spans are
found longest-first and never overlap, and "not a date" spans are claimed before any
date pattern can read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from ..article import FactDate, one_step_init
# day_date, month_date and year_date are imported from here by the rest of the package.
from .date_readers import (LAST_NIGHT, READERS, TODAY_PARTS, Context, Doubt, day_date, days_date,  # noqa: F401
                           month_date, with_fields, year_date)
from .wordscan import found_words, found_written, word_list
from .words import FULL_MONTH_NAMES, HABIT_WORDS, MONTHS, NUMBER_WORDS, POSSESSIVE, WEEKDAYS



def _trie(words, any_case: bool = False) -> str:
    """A pattern for `word1|word2|...` (longest first) written as a trie, so that a
    position where no word starts fails at its first letter instead of trying every word.
    `any_case` spells each letter as `[xX]`, which the regular expression engine scans far
    faster than `(?i:...)` (for the ASCII letters of these words it is the same): the
    case-insensitive alternations were the slowest part of the date patterns."""
    root: dict = {}
    for word in words:
        node = root
        for letter in (word.lower() if any_case else word):
            node = node.setdefault(letter, {})
        node[""] = {}

    def letter_pattern(letter: str) -> str:
        if any_case and letter.upper() != letter:
            return f"[{letter}{letter.upper()}]"
        return re.escape(letter)

    def pattern(node: dict) -> str:
        branches = [letter_pattern(letter) + pattern(child) for letter, child in sorted(node.items()) if letter]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(root)


MONTH = "(?P<month>" + _trie(m for m in MONTHS if m[0].isupper()) + r")\b(?:\.(?=\s*\d))?"
WEEKDAY = "(?P<weekday>" + _trie(d for d in WEEKDAYS if d[0].isupper()) + r")\b"
TIME_OF_DAY = r"(?P<tod>pagi|siang|sore|malam|dini hari|morning|afternoon|evening|night)"
FULL_MONTH_LIST = [m for m in MONTHS if m[0].isupper() and m.lower() in FULL_MONTH_NAMES]
FULL_MONTHS = _trie(FULL_MONTH_LIST)
DAY = r"(?P<day>[0-3]?\d)"
YEAR = r"(?P<year>(?:19|20)\d\d)"
OLD_YEAR = r"(?P<oldyear>1[0-8]\d\d)(?!\d|[.,]\d)"
# "pada 2022 dan 2023", "fiscal years 2022 and 2023": the next year joined on (see date_readers).
YEAR_AFTER_AND = r"(?:\s+(?:dan|and)\s+(?P<year2>(?:19|20)\d\d))?"
NUMBER = "(?:\\d+|" + _trie(NUMBER_WORDS, True) + ")"
B, E = r"(?<![\w/.-])", r"(?![\w/-]|\.\d)"  # not glued to other digits, words or slashes
WEEKDAYS_ANY = "(?:" + _trie(d for d in WEEKDAYS if d[0].isupper()) + r")\b"
WEEKDAY_PREFIX = rf"(?:{WEEKDAY}(?:\s+{TIME_OF_DAY})?\s*,?\s*)?"
# What a day's match opens with, whether its weekday is there or not: a weekday's or month's
# capital, a bracket or a digit. A pattern that opens with an optional weekday gives the
# engine no first character to skip to, and it tried the whole pattern at every character;
# this look-ahead, put first, turns most of them away at once (it finds the same matches).
DAY_OPENING = r"(?=[A-Z(\d])"
SINCE = _trie(("sejak", "since"), True)
QUALIFIER = _trie(("awal", "pertengahan", "akhir", "early", "mid", "late", "end"), True)  # ("by end-2026")
TAHUN = _trie(("tahun",), True)
# "kuartal III tahun ini", "the second half of this year", "paruh kedua tahun depan".
RELATIVE_YEAR = (rf"\s+(?:{TAHUN}\s+(?P<rel>ini|lalu|depan)|(?:of\s+)?(?P<rel_en>this|last|next)\s+year)"
                 r"(?![\w-])")

PERIOD_BEFORE = _trie(("pada", "selama", "sepanjang", "hingga", "sampai", "di", "dalam", "in", "during", "through",
                       "throughout", "over", "for", "by", "until"), True)
# ... and after it no year, no other number and no "of" but "of the year".
PERIOD_AFTER = r"\b(?:\s+of\s+the\s+year\b)?(?![-/]|\s*\d|\s+of\b)" + rf"(?!\s+(?:bulan\s+)?{FULL_MONTHS}\b)"

# Claimed first: spans that look like dates but are not.
NOT_DATES = [
    # A law's number and year: UU No. 8 Tahun 2010, Perpres Nomor 7 Tahun 2021, Keppres
    # Nomor 45/P Tahun 2026 (a decree's number with its series letter; or its parts in digits,
    # Keputusan Wali Kota Surakarta Nomor 360/27 Tahun 2026), Peraturan Menteri
    # Perhubungan Nomor PM 20 Tahun 2015 (with the letters of its series before it).
    # ... with its short name in brackets: Peraturan Pemerintah (PP) 25 Tahun 2024.
    # (The look-ahead, for the first letters of its words, case ignored as in them: where it
    # fails, the words are not tried.)
    r"(?i:(?=[UPKIN]))(?i:\b(?:UU|Undang-Undang|Perpres|Perppu|PP|Perpol|Perkap|Permen\w*|Keppres|Inpres|Perda|"
    r"Peraturan\s+\w+|Keputusan\s+\w+|Nomor|No\.?))\s*(?:\([\w-]+\)\s*)?(?:No\.?|Nomor)?\s*(?:[A-Z]{1,8}(?:[.-][A-Z]{1,8})*[.-]?\s?)?\d+[A-Z]?(?:/[A-Z][\w.]*|/\d[\d.]*)*\s*"
    r"(?i:Tahun|Th\.?)\s*\d{4}",
    # ... and in English: Law No. 10 of 2016, Government Regulation (PP) No. 25 of 2024,
    # "the law, No. 7 of 2017", Law 7 of 2017.
    # ... "the instruction, numbered 14 of 2025", the Philippines' "Memorandum Order No. 32, series of 2025".
    r"(?i:\b(?:(?:law|regulation|decree|instruction|act)\s+(?:\([\w-]+\)\s+)?(?:No\.?|Number)?|No\.?|Number|numbered)\s*\d+[A-Z]?(?:/\d+|/[A-Z][\w.]*)?,?\s+(?:series\s+)?of\s+\d{4})",
    # ... and a law by its name and year: "the Immigration Act 1959/63", "the Disaster Risk
    # Reduction and Management Act of 2010", "Indonesia's Narcotics Law of 2009".
    # ... also in lower case: "under Indonesia's environmental protection law of 2009".
    r"(?<=[a-z] )(?:[Aa]ct|[Ll]aw|[Cc]ode|[Oo]rdinance)(?:\s+of)?\s+(?:19|20)\d\d(?:/\d{2,4})?(?!\d)",
    # ... or the year first: "under a 2009 provincial bylaw", "the 2014 village law".
    r"(?<![\w-])(?:a|the|an)\s+(?:19|20)\d\d\s+(?:[a-z]+\s+){0,2}(?:bylaw|law|regulation|decree|act|ordinance)s?\b",
    r"(?i:\bpukul|\bjam|\bat)\s+\d{1,2}[.:]\d{2}(?:\s*(?:WIB|WITA|WIT|UTC|GMT|a\.?m\.?|p\.?m\.?))?",
    r"\b\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT|UTC|GMT)\b",
    # Phone numbers; "not after a letter, digit or hyphen" is asked after the first
    # character, so that the engine skips to where a "+", "6" or "0" is (the pattern ran
    # on every sentence with a digit and was the costliest).
    r"(?:\+(?<![\w-].)62|6(?<![\w-].)2|0(?<![\w-].))\d{2,3}[- ]?\d{3,4}[- ]?\d{3,5}(?![\w-])",
    r"\(0\d{1,3}\)\s?\d{3,4}[- ]?\d{3,5}(?![\w-])",  # ... with the area code in brackets
    r"(?i:\b(?:Rp|US\$|\$|USD|IDR)\s?[\d.,]+(?:\s*(?:juta|miliar|triliun|ribu|million|billion))?)",
    # Days that recur, not a day: "setiap Senin hingga Jumat", "every Tuesday".
    # ... a day of the year that comes round: "diperingati setiap 26 April", "every August 17".
    rf"(?<!\w)(?:[Ss]etiap|[Tt]iap|[Ee]very)\s+(?:tanggal\s+)?(?:\d{{1,2}}\s+{FULL_MONTHS}|{FULL_MONTHS}\s+\d{{1,2}})(?![\d/])",
    # ... and the day a rule leaves out: "bekerja dua sif, kecuali pada Jumat siang", "except on Fridays".
    rf"(?<!\w)(?:[Kk]ecuali|[Ee]xcept)\s+(?:(?:pada|on)\s+)?(?:hari\s+)?{WEEKDAYS_ANY}(?!\s*(?:\(|,?\s*\d))",
    # ... and any one of them: "On a good Sunday I can earn 800 ringgit", "a typical Monday".
    # (not what was said in one on that day: "said in a statement Wednesday")
    rf"(?<![\w-])[Aa]n?\s+(?!(?:statement|interview|briefing|speech|message|letter|post|report|filing|notice|note|"
    rf"release|call)\s)(?:[a-z]+\s+)?{WEEKDAYS_ANY}(?!\s*\()",
    # ... a list of them: "setiap Senin, Rabu, dan Jumat".
    rf"(?<!\w)(?:[Ss]etiap|[Tt]iap|[Ss]aban|[Ee]very|[Ee]ach)\s+(?:hari\s+)?{WEEKDAYS_ANY}(?:\s*,\s*{WEEKDAYS_ANY})*"
    rf"(?:\s*,?\s*(?:-|–|hingga|sampai(?:\s+dengan)?|s\.d\.?|s/d|to|through|and|dan)\s*{WEEKDAYS_ANY})?",
    # ... and the days of the week a rule or a service keeps: "berlaku Senin hingga Jumat",
    # "open Monday to Friday" (not "dibuka Jumat hingga Minggu (15/2)", one weekend).
    rf"(?<!\w)(?:[Bb]erlaku|[Bb]eroperasi|[Dd]ibuka|[Bb]uka|[Aa]ppl(?:y|ies)|[Oo]pen|[Oo]perates?|[Rr]uns?)\s+"
    # (its hours before them too: "will operate from 8am to 5pm, Monday to Saturday")
    r"(?:(?:from|pukul|at)\s+)?(?:\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:-|–|to|until|hingga|sampai)\s*(?:pukul\s+)?"
    r"\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?|WIB|WITA|WIT)?\s*,?\s*)?"
    rf"(?:(?:pada|on|setiap|from)\s+)?(?:hari\s+)?{WEEKDAYS_ANY}\s*(?:-|–|hingga|sampai(?:\s+dengan)?|s\.d\.?|s/d|to|through)\s*"
    rf"{WEEKDAYS_ANY}(?!\s*[(\d]|,?\s+(?:\d|pekan|minggu|this|next|last|lalu|depan|ini|mendatang|nanti)\b)",
    # Months that come round every year: "typically peaks between July and September",
    # "biasanya berlangsung Juni hingga September" (a month with a year is a time).
    rf"(?<!\w)(?:[Tt]ypically|[Uu]sually|[Nn]ormally|[Bb]iasanya|[Uu]mumnya|[Ll]azimnya)\s+(?:[a-z]+\s+){{0,3}}?"
    rf"(?:(?:between|from|in|antara|pada|dari|mulai)\s+)?{FULL_MONTHS}"
    # (not the first month of a range whose end has a year: "between June and August 2026")
    rf"(?!\s*(?:-|–|and|to|until|through|dan|hingga|sampai)\s*{FULL_MONTHS}\s*\d)"
    rf"(?:\s*(?:-|–|and|to|until|through|dan|hingga|sampai)\s*{FULL_MONTHS})?(?!\s*(?:\d|lalu|ini|mendatang|depan))",
    # ... and a day that comes round, told after such a word: "usually peaks around the
    # national online shopping day on December 12" (a day with its year is a time).
    rf"(?<!\w)(?:[Tt]ypically|[Uu]sually|[Nn]ormally|[Bb]iasanya|[Uu]mumnya|[Ll]azimnya)\s+(?:[\w-]+\s+){{0,8}}?"
    rf"(?:on|pada|tanggal)\s+(?:{FULL_MONTHS}\s+\d{{1,2}}|\d{{1,2}}\s+{FULL_MONTHS})(?!\s*,?\s*\d|\s*\()",
    # ... and weekdays that come round, told right after such a word: "Biasanya Rabu-Kamis masih
    # ada 30-an jip", "usually on Fridays" (not one told with its date or its week).
    rf"(?<!\w)(?:[Tt]ypically|[Uu]sually|[Nn]ormally|[Bb]iasanya|[Uu]mumnya|[Ll]azimnya),?\s+(?:[a-z]+\s+){{0,2}}?"
    rf"(?:(?:on|pada|setiap|tiap)\s+)?(?:hari\s+)?{WEEKDAYS_ANY}(?:\s*(?:-|–|and|to|dan|hingga|sampai|atau|or)\s*{WEEKDAYS_ANY})?"
    rf"(?!\s*[(\d]|,?\s+(?:\d|pekan|minggu|this|next|last|lalu|depan|ini|mendatang|nanti|kemarin)\b)",
    # A futures contract's month: "harga karet untuk pengiriman November 2025", "kontrak Maret".
    # ... "kontrak pengiriman Juni 2025".
    rf"(?<!\w)(?:[Uu]ntuk\s+pengiriman|[Kk]ontrak(?:\s+(?:berjangka|pengiriman))?)\s+{FULL_MONTHS}(?:\s+(?:19|20)\d\d)?(?!\d)",
    # A development plan's period names the plan: "Perpres tentang RPJMN 2025-2029".
    r"(?<!\w)(?:RPJMN|RPJMD|RPJPN|RPJPD|RPJP|Renstra)\s+(?:[Tt]ahun\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?(?!\d)",
    # How much longer something is made to last, not when: "dana otsus diperpanjang 20 tahun lagi".
    rf"(?<!\w)(?:di)?perpanjang(?:kan)?\s+(?:selama\s+|untuk\s+)?{NUMBER}\s+(?:tahun|bulan|pekan|minggu|hari)\s+lagi\b",
    # An article of a code named with its year: "Pasal 72 Kode Disiplin PSSI Tahun 2023".
    r"\bPasal\s+\d+[a-z]?(?:\s+(?:ayat|huruf)\s+\(?\w+\)?)*\s+(?:[A-Z][\w-]*\s+){1,6}(?i:Tahun)\s+(?:19|20)\d\d",
    # Months that come round, told after them: "berlangsung Juli hingga September setiap tahun".
    rf"(?<!\w){FULL_MONTHS}(?:\s*(?:-|–|to|until|through|hingga|sampai|dan|and)\s*{FULL_MONTHS})?"
    rf"\s+(?:setiap|tiap|each|every)\s+(?:tahun|year)\b",
    # The day a habit skips: "bekerja setiap hari kecuali Jumat", "open every day except Monday".
    rf"(?<!\w)(?:[Ss]etiap|[Tt]iap|[Ee]very|[Ee]ach)\s+(?:hari|day)\s*,?\s+(?:kecuali|except(?:\s+on)?|selain)\s+(?:hari\s+)?"
    rf"{WEEKDAYS_ANY}(?:\s*(?:,|dan|and)\s*{WEEKDAYS_ANY})?",
    # A bond's or a programme's series label, like a law's number: "Obligasi Berkelanjutan I
    # Tahap II Tahun 2025", "Sukuk Tabungan Seri 3 Tahun 2026".
    r"\b(?:Tahap|Seri)\s+(?:[IVX]{1,4}|\d{1,2})\s+(?i:Tahun)\s+(?:19|20)\d\d(?!\d)",
    # When a law named before was amended, told to name the law as it stands: "Article 12 of
    # the 1999 Corruption Law, as amended in 2001" (not "the law was amended in 2001").
    r"(?<=,)\s+as\s+amended\s+(?:in|by\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?(?:of|in))\s+(?:19|20)\d\d(?!\d)",
]

# Read in this order; the first pattern to claim a span keeps it.
PATTERNS: list[tuple[str, str]] = [
    ("malformed", rf"\(?{B}(?P<raw>\d{{1,2}}/\d{{5,6}}|\d{{1,2}}/\d{{1,2}}/(?:\d|\d{{3}})|\d{{1,2}}//\d{{4}}){E}\)?"),
    ("dmy_numeric", rf"{DAY_OPENING}{WEEKDAY_PREFIX}\(?{B}{DAY}/(?P<mnum>[01]?\d)/{YEAR}{E}\)?"),
    # 17-08-2024, as forms and some outlets write a day.
    ("dmy_dash", rf"{DAY_OPENING}{WEEKDAY_PREFIX}\(?{B}{DAY}-(?P<mnum>[01]?\d)-{YEAR}{E}\)?"),
    # 17/9/23: read as 2023, with a doubt, since the century is a guess.
    ("dmy_short", rf"{DAY_OPENING}{WEEKDAY_PREFIX}\(?{B}{DAY}/(?P<mnum>[01]?\d)/(?P<yy>\d\d){E}\)?"),
    ("dm_numeric", rf"{DAY_OPENING}{WEEKDAY_PREFIX}\({DAY}/(?P<mnum>[01]?\d)\)"),
    # "Senin-Selasa (3-4/6)", "(3-4/6/2024)", "3-4/6/2024": two days of one month.
    ("dm_range_numeric", rf"{DAY_OPENING}(?:{WEEKDAYS_ANY}\s*(?:-|–|hingga|sampai(?:\s+dengan)?)\s*{WEEKDAYS_ANY}\s*,?\s*)?"
                         rf"(?:\((?P<day1>[0-3]?\d)\s*[-–]\s*(?P<day2>[0-3]?\d)/(?P<mnum>[01]?\d)(?:/{YEAR})?\)"
                         rf"|{B}(?P<day1y>[0-3]?\d)\s*[-–]\s*(?P<day2y>[0-3]?\d)/(?P<mnumy>[01]?\d)/(?P<yeary>(?:19|20)\d\d){E})"),
    # ... with its weekdays before it: "ditutup pada Sabtu-Minggu, 20-21 Juni".
    ("day_range", rf"{DAY_OPENING}(?:{WEEKDAYS_ANY}\s*(?:-|–|hingga|sampai|dan)\s*{WEEKDAYS_ANY}\s*,?\s*)?"
                  rf"{B}(?P<day1>[0-3]?\d)\s*(?:-|–|—|sampai(?:\s+dengan)?|hingga|s\.d\.?|s/d|to|and|dan)\s*"
                  rf"(?P<day2>[0-3]?\d)\s+{MONTH}(?:\s+{YEAR})?{E}"),
    # "28 November-3 Desember 2024": a span across two months.
    ("day_range_months", rf"{B}(?P<day1>[0-3]?\d)\s+(?P<month1>{FULL_MONTHS})(?:\s+(?P<year1>(?:19|20)\d\d))?\s*(?:-|–|—)\s*"
                         rf"(?P<day2>[0-3]?\d)\s+{MONTH}(?:\s+{YEAR})?{E}"),
    ("day_range_en", rf"{MONTH}\s+(?P<day1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|—|to|and)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?,?"
                     rf"(?:\s+{YEAR})?{E}"),
    # ... with a year before 1900 too, after a day and month ("8 November 1521")
    ("dmy_named", rf"{DAY_OPENING}{WEEKDAY_PREFIX}{B}{DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:\s+(?:{YEAR}|{OLD_YEAR}))?{E}"),
    # ... also with the day in brackets after its weekday, as wires write it: "on Monday (Feb 9)".
    ("mdy_named", rf"{DAY_OPENING}(?:{WEEKDAY}(?:,?\s+|\s*(?P<po>\()))?{MONTH}\s+{DAY}(?:st|nd|rd|th)?,?(?:\s+(?:{YEAR}|{OLD_YEAR}))?(?(po)\)){E}"),
    ("qualified_year", rf"(?<!\w)(?:(?P<since>{SINCE})\s+)?(?P<qual>{QUALIFIER})"
                       rf"(?:\s*-\s*|\s+)(?:{TAHUN}\s+)?{YEAR}{E}"),
    # "Januari hingga Februari 2024", "Januari-Februari 2024": both months in the year.
    # ... and "between July and December 2025", "antara Juli dan Desember 2025".
    # ... also without "between": "scheduled for July and August 2026" (not a day's month: "3 July and ...")
    ("month_range", rf"(?<!\w)(?<!\d )(?:(?:[Bb]etween|[Aa]ntara)\s+(?:{_trie(('bulan',), True)}\s+)?)?(?P<month1>{FULL_MONTHS})\s+"
                    rf"(?:and|dan)\s+{MONTH}\s+{YEAR}{E}"),
    # ... its end given roughly: "sejak awal Mei hingga sekitar Oktober 2025".
    ("month_range", rf"(?P<month1>{FULL_MONTHS})\s*(?:-|–|—|hingga|sampai(?:\s+dengan)?|to|until|through)\s*"
                    rf"(?:(?:sekitar|kira-kira|around|about)\s+)?{MONTH}\s+{YEAR}{E}"),
    # "from January to April": both months in the year the article is in, or the last.
    ("month_range_bare", rf"(?<!\w)(?:{_trie(('from', 'dari', 'sejak', 'since', 'between', 'antara'), True)})\s+(?P<month1>{FULL_MONTHS})\s+"
                         rf"(?:to|until|through|and|hingga|sampai(?:\s+dengan)?|dan)\s+{MONTH}\b(?!\.?\s*,?\s*\d)"),
    # "pada Mei-Juni", "in March to April": two months after a word that makes them a time.
    ("month_range_bare", rf"(?<!\w)(?P<at>[Pp]ada|[Ii]n|[Bb]ulan)\s+(?:the\s+)?(?P<month1>{FULL_MONTHS})"
                         rf"(?:\s*(?:-|–|—)\s*|\s+(?:to|until|through|hingga|sampai(?:\s+dengan)?|and|dan)\s+){MONTH}"
                         rf"\b(?!\.?\s*,?\s*\d)"),
    # "between February 2022 and January 2024", "Maret 2023 hingga Mei 2024": from the first
    # month to the second, each with its year ("and"/"dan" only after "between"/"antara").
    ("month_year_range", rf"(?:(?P<open>{_trie(('between', 'antara', 'from', 'dari', 'sejak', 'since'), True)})\s+)?"
                         rf"(?P<month1>{FULL_MONTHS})\s+(?P<year1>(?:19|20)\d\d)\s*"
                         rf"(?P<join>-|–|—|to|until|through|hingga|sampai(?:\s+dengan)?|and|dan)\s*{MONTH}\s+{YEAR}{E}"),
    # "June next year", "in March last year": the month in the year named by its distance.
    ("month_relative_year", rf"(?<!\w)(?P<month1>{FULL_MONTHS})\s+(?:(?P<dir_en>{_trie(('next', 'last', 'this'), True)})\s+year"
                            rf"|tahun\s+(?P<dir_id>{_trie(('ini', 'depan', 'lalu', 'mendatang'), True)}))\b"),
    # "dasarian III Oktober 2024": BMKG's ten-day periods, the third running to the month's end.
    ("dasarian", rf"(?<!\w)[Dd]asarian\s+(?P<dek>III|II|I|[123]|pertama|kedua|ketiga)\s+(?:bulan\s+)?{MONTH}"
                 rf"(?:\s+{YEAR})?{E}"),
    # (before the year alone claims "of 2026" in "the first three months of 2026")
    ("first_months", rf"(?<!\w)(?:the\s+first\s+(?P<n>{NUMBER})\s+months\s+of\s+(?:(?:the|this)\s+year|"
                     rf"(?P<last>last)\s+year|(?P<year>(?:19|20)\d\d))"
                     rf"|(?P<n_id>{NUMBER})\s+bulan\s+pertama\s+(?:tahun\s+)?(?:ini|(?P<last_id>lalu)|"
                     rf"(?P<year_id>(?:19|20)\d\d)))\b"),
    # "pertengahan Oktober 2024": the month, with the part of it (read from the word
    # before, see date_readers) kept as a qualifier.
    ("month_year", rf"{MONTH}\s+{YEAR}{E}"),
    # "kuartal III-2024", "triwulan kedua 2024", "Q3 2024", "the third quarter of 2024".
    # "the last quarter of 2024", "kuartal terakhir 2024": the fourth.
    ("quarter", rf"(?:{_trie(('kuartal', 'triwulan'), True)}\s+(?P<q>I{{1,3}}|IV|[1-4]|{_trie(('pertama', 'kedua', 'ketiga', 'keempat', 'terakhir'), True)})"
                rf"|(?<!\w)Q(?P<qn>[1-4])|(?:the\s+)?(?P<qen>{_trie(('first', 'second', 'third', 'fourth', 'last', 'final'), True)})\s+quarter(?:\s+of)?)"
                rf"(?:(?:\s*[-/]\s*|\s+){YEAR}{E}|{RELATIVE_YEAR})"),
    # "semester II/2025", "paruh pertama 2024", "H1 2024", "the first half of 2025": its six months.
    ("half_year", rf"(?:{_trie(('semester', 'paruh'), True)}\s+(?P<h>II|I|1|2|{_trie(('pertama', 'kedua'), True)})(?:\s+{TAHUN})?"
                  rf"|(?<!\w)H(?P<hn>[12])|(?:the\s+)?(?P<hen>{_trie(('first', 'second'), True)})\s+half(?:\s+of)?)"
                  rf"(?:(?:\s*[-/]\s*|\s+){YEAR}{E}|{RELATIVE_YEAR})"),
    # "pada kuartal III", "in the first quarter", "through the second half": with no year,
    # the article's (see date_readers). A word before it makes it a time ("mahasiswa
    # semester I" is a student's term).
    ("quarter_bare", rf"(?<!\w)(?:{PERIOD_BEFORE})\s+(?:{_trie(('kuartal', 'triwulan'), True)}\s+(?P<q>I{{1,3}}|IV|[1-4]|"
                     rf"{_trie(('pertama', 'kedua', 'ketiga', 'keempat'), True)})"
                     # ... also its end or start in English: "by the end of the first quarter"
                     rf"|(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?the\s+(?P<qen>{_trie(('first', 'second', 'third', 'fourth'), True)})\s+quarter){PERIOD_AFTER}"),
    # ... and a quarter as a word before a noun: "its second-quarter output", "third-quarter profit";
    # not what reports on it ("will release third-quarter results on Oct. 31": the release's day).
    ("quarter_adjective", rf"(?<![\w-])(?P<qen>{_trie(('first', 'second', 'third', 'fourth'), True)})-quarter(?=\s+[a-z])"
                          r"(?!\s+(?:results|earnings|data|reports?|figures|numbers|statistics|gross|gdp|foreign|financial|"
                          r"economic|growth\s+(?:figures|data|numbers|estimates?))\b)"),
    # "this quarter", "kuartal lalu", "triwulan depan": a quarter by its distance from the article's.
    ("quarter_relative", rf"(?<!\w)(?:(?P<dir_en>{_trie(('this', 'last', 'next', 'the current', 'the previous', 'the coming'), True)})"
                         rf"\s+quarter|{_trie(('kuartal', 'triwulan'), True)}\s+(?P<dir>ini|lalu|depan|mendatang|berjalan))(?!\w)"),
    ("half_bare", rf"(?<!\w)(?:{PERIOD_BEFORE})\s+(?:{_trie(('semester', 'paruh'), True)}\s+(?P<h>II|I|1|2|"
                  rf"{_trie(('pertama', 'kedua'), True)})|the\s+(?P<hen>{_trie(('first', 'second'), True)})\s+half)"
                  rf"{PERIOD_AFTER}"),
    # A month named alone needs a word that makes it a time: "pada Desember mendatang",
    # "bulan Maret lalu", "in March"; its year is the one the words or the sentence point to.
    # "sejak awal tahun", "akhir tahun lalu", "early next year": part of a year named by
    # its distance from the article's.
    ("qualified_relative", rf"(?:(?P<since>{SINCE})\s+)?(?P<qual>{QUALIFIER})"
                           rf"[\s-]+(?:{TAHUN}(?:\s+(?P<dir>ini|lalu|depan|kemarin))?"
                           rf"|(?P<dir_en>{_trie(('this', 'last', 'next'), True)})\s+{_trie(('year',), True)})(?!\s*\d)"),
    # "at the end of the year", "by the end of next year", "early this year" is above.
    ("year_part_en", rf"(?P<part>{_trie(('end', 'beginning', 'start', 'middle'), True)})\s+of\s+"
                     rf"(?P<dir_en>{_trie(('the', 'this', 'last', 'next'), True)})\s+{_trie(('year',), True)}\b(?!\s*\d)"),
    # ... or a part of it: "pada awal April lalu", "in early March", "in mid-August",
    # "akhir Juni mendatang".
    ("month_only", rf"(?<!\w)(?:(?P<pre>{_trie(('pada', 'bulan', 'sejak', 'mulai', 'hingga', 'sampai', 'sepanjang', 'selama', 'in', 'since', 'until', 'through', 'by', 'before', 'during', 'throughout', 'last', 'next', 'this', 'at', 'for', 'as of', 'from', 'paling cepat', 'paling lambat', 'selambat-lambatnya'), True)})\s+"
                   rf"(?:(?P<qual>{QUALIFIER})(?:\s+|-)|the\s+(?P<part_en>end|beginning|start|middle)\s+of\s+)?"
                   rf"|(?P<qual_alone>{QUALIFIER})(?:\s+|-)"
                   # "pekan pertama Februari", "the last week of March": seven of its days.
                   rf"|{_trie(('pekan', 'minggu'), True)}\s+(?P<nth>{_trie(('pertama', 'kedua', 'ketiga', 'keempat', 'terakhir'), True)})\s+"
                   rf"|(?:the\s+)?(?P<nth_en>{_trie(('first', 'second', 'third', 'fourth', 'last'), True)})\s+week\s+of\s+"
                   # ... "the second half of November", "paruh kedua November": a part of the month,
                   # the month (as "akhir Mei" is)
                   rf"|(?:(?:in|by|during)\s+)?(?:the\s+)?(?:first|second)\s+half\s+of\s+"
                   rf"|(?:(?:pada|hingga|sampai)\s+)?paruh\s+(?:pertama|kedua)\s+"
                   # ... or no word before a month that a word after makes a time: "Januari lalu
                   # seorang remaja tenggelam", "Agustus nanti kami bayar"
                   rf"|(?={FULL_MONTHS}\s+(?:lalu|nanti|mendatang)\b))"
                   rf"(?:{_trie(('bulan',), True)}\s+)?(?P<month>{FULL_MONTHS})\b(?!\.?\s*\d)"
                   r"(?:\s+(?P<post>lalu|mendatang|depan|ini|nanti|kemarin))?"),
    ("year_between", rf"(?<!\w)(?:[Bb]etween|[Aa]ntara)\s+(?:{TAHUN}\s+)?(?P<year1>(?:19|20)\d\d)\s+(?:and|dan)\s+"
                     rf"(?:{TAHUN}\s+)?(?P<year2>(?:19|20)\d\d){E}"),
    ("year_range", rf"(?:{_trie(('tahun', 'periode', 'pada', 'sejak'), True)}\s+)?\(?{B}(?P<year1>(?:19|20)\d\d)\s*"
                   r"(?:-|–|—|/|sampai(?:\s+dengan)?|hingga|to|until|through)\s*(?P<year2>(?:19|20)?\d\d)(?![\w/-]|\.\d)\)?"),
    # "the 1990s", "tahun 1990-an": the ten years of a decade.
    ("decade", rf"(?<![\w/-])(?P<decade>(?:19|20)\d0)(?:-an|s|'s|’s)(?![\w-])"),
    # ... also a year hedged ("since at least 2019", "sejak sekitar 2015"): still that year
    ("since_year", rf"(?P<since>{SINCE})\s+(?:{_trie(('at least', 'about', 'around', 'roughly', 'sekitar', 'setidaknya', 'kira-kira'), True)}\s+)?"
                   rf"(?:{TAHUN}\s+)?{YEAR}{E}"),
    ("context_year", rf"(?P<cue>{_trie(('pada', 'tahun', 'hingga', 'sampai', 'selama', 'sepanjang', 'in', 'by', 'until', 'during', 'of', 'throughout', 'mulai', 'starting', 'beginning', 'from'), True)})\s+"
                     # "until at least 2028", "hingga setidaknya 2027": that year still
                     rf"(?:(?:at\s+least|setidaknya)\s+)?(?:{TAHUN}\s+)?{YEAR}{YEAR_AFTER_AND}{E}"
                     # ... not the first year of a span ("from 2021 to 2024": year_range's)
                     r"(?!\s*(?:-|–|—|to|until|through|hingga|sampai)\s*(?:19|20)?\d\d(?![\d.,%]))"),
    ("paren_year", rf"\({YEAR}\)"),
    # "pada tahun anggaran 2026", "in fiscal year 2025", "FY2024": a budget's year.
    ("fiscal_year", rf"(?P<cue>{_trie(('tahun anggaran', 'fiscal year'), True)}|TA|FY)\s*{YEAR}{YEAR_AFTER_AND}{E}"),
    # "diusulkan dalam APBD Perubahan 2026": what goes into a regional or state budget is of
    # its year ("menjelang penyusunan RAPBN 2027" only names the budget, and so does any
    # budget in a sentence that names another time).
    ("budget_year", rf"(?<!\w)(?:dalam|melalui|lewat)\s+(?P<cue>R?APB(?:N|D|A|Des)(?:\s+Perubahan|-P)?)\s+"
                    rf"(?:{TAHUN}\s+)?{YEAR}{E}"),
    # "Pada Pilkada 2020, ...": the time of a happening named by its year.
    # ... or before it: "sebelum musim giling 2026", "menjelang Pilkada 2024", "ahead of the 2029 ..."
    ("event_year", rf"(?P<cue>(?:[Pp]ada|[Ss]aat|[Dd]alam|[Ss]elama|[Ss]epanjang|[Ss]ebelum|[Mm]enjelang|[Jj]elang|[Ii]n|[Dd]uring|"
                   rf"[Bb]efore|[Aa]head\s+of)\s+(?:the\s+)?"
                   rf"(?:[Mm]usim\s+[Hh]aji|[Pp]ilkada|[Pp]ilkades|Pemilu|Pilpres|Pileg|[Ee]lections?|KTT|[Ss]ummit|Olimpiade|Olympics"
                   # ... or by its season: "pada kemarau 2019", "saat musim hujan 2024", "musim giling 2026"
                   rf"|(?:[Mm]usim\s+)?(?:[Kk]emarau|[Hh]ujan|[Pp]anen|[Tt]anam|[Gg]iling))"
                   rf"(?:\s+(?:[A-Z][a-z]+|serentak))?)\s+{YEAR}{E}"),  # ("Pilkada serentak 2024")
    # "In the 2019 elections, ...": the same, the year first.
    ("event_year", rf"(?P<cue>(?:[Ii]n|[Dd]uring|[Aa]t)\s+the)\s+{YEAR}\s+(?:general\s+|regional\s+|presidential\s+)?"
                   rf"(?:elections?|summit|Olympics|polls?)\b"),
    # "scheduled for 2029": what is set for a year happens in it ("a budget for 2025" need not).
    ("scheduled_year", rf"(?P<cue>(?:scheduled|planned|slated|set|due)\s+for)\s+(?:the\s+year\s+)?{YEAR}{E}"),
    # "dipatok untuk 2025", "the budget for 2025": what is set or spent for a year is of it.
    ("scheduled_year", rf"(?P<cue>{_trie(('untuk', 'for'), True)})\s+(?:{TAHUN}\s+)?{YEAR}{E}"),
    # "A 1915 agreement", "in a 2023 case": a year standing before what it dates.
    # (Not a document's: "a 2022 decree", "the 2020 amendment", "a 2024 education ministry
    # regulation" name it.)
    ("year_before_noun", rf"(?P<cue>(?<!\w)(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Ss]ebuah))\s+{YEAR}\s+"
                         rf"(?!(?:[a-z]+\s+){{0,3}}(?:decree|law|amendment|regulation|act|bill|code|constitution|ordinance|statute|"
                         rf"rules?|edition|model|version|budget|revision)s?\b)(?=[a-z]{{3,}}\b)"),
    # "signed in 1891", "sejak 1800": a year before 1900 after a word that makes it a time.
    # ... and two of them as a span ("led the sultanate from 1607 to 1636"): a ruler's or a war's years
    ("old_year_range", rf"(?<!\w)(?:[Ff]rom|[Dd]ari|[Pp]ada|[Ss]ejak|[Bb]etween|[Aa]ntara|[Tt]ahun|[Ii]n)\s+(?P<year1>1[0-8]\d\d)\s*"
                       rf"(?:-|–|to|until|hingga|sampai|and|dan)\s*(?P<year2>1[0-9]\d\d)(?![\d]|[.,]\d)"),
    ("old_year", rf"(?P<cue>(?<!\w)(?:[Ii]n|[Pp]ada|[Ss]ince|[Ss]ejak|[Tt]ahun|[Uu]ntil|[Hh]ingga))\s+"
                 rf"(?P<year>1[5-8]\d\d)(?![\d]|[.,]\d|\s+(?:orang|ton|unit|jiwa|hektare|ha|km|kg|people|tons|units|hectares)\b)"),
    # "periode yang sama tahun lalu", "the same quarter last year": the period the article
    # last told of, a year earlier (see date_readers).
    ("same_period", rf"(?:{_trie(('periode', 'kuartal', 'triwulan', 'semester', 'bulan'), True)})\s+yang\s+sama\s+"
                    rf"(?:pada\s+)?{TAHUN}\s+(?:lalu|sebelumnya|kemarin)\b"
                    rf"|[Tt]he\s+same\s+(?:period|quarter|half|months?)\s+(?:of\s+|in\s+)?"
                    rf"(?:last\s+year|the\s+previous\s+year|a\s+year\s+(?:earlier|ago|before))\b"),
    # "pada bulan itu", "that month": the month the article last told of.
    ("same_month", r"(?<!\w)(?:[Bb]ulan\s+(?:itu|tersebut)|[Tt]hat\s+month|[Tt]he\s+same\s+month)\b"
                   r"(?!\s+(?:tahun|last|a\s+year|of\b|in\b|as\b))"),
    # ... with "one" written as the prefix "se-": "sehari kemudian", "setahun lalu".
    # (A count of at most three digits: "APBD 2026 bulan lalu" is the budget, passed last month.)
    ("relative_n", rf"(?:(?P<since>{SINCE})\s+)?(?<![\w-])(?:(?P<n>(?!\d{{4}}){NUMBER})\s+|(?P<se>[Ss]e))(?P<unit>{_trie(('hari', 'pekan', 'minggu', 'bulan', 'tahun', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'), True)})"
                   rf"\s+(?P<dir>{_trie(('yang',), True)}\s+{_trie(('lalu',), True)}|{_trie(('lalu', 'silam', 'ago', 'lagi', 'mendatang', 'later', 'kemudian', 'earlier', 'sebelumnya'), True)})"),
    # "Rabu pekan lalu", "Kamis minggu depan", "Wednesday last week": that weekday of that week.
    ("weekday_of_week", rf"{WEEKDAY}\s+(?:(?P<unit>{_trie(('pekan', 'minggu'), True)})\s+"
                        rf"(?P<dir>{_trie(('lalu', 'depan', 'ini', 'mendatang', 'kemarin'), True)})"
                        rf"|(?P<dir_en>{_trie(('last', 'next', 'this'), True)})\s+week)\b"),
    # "dalam tiga hari terakhir", "in the past two weeks", "lima tahun belakangan": the
    # last N days, weeks, months or years up to the article's day.
    ("recent_n", rf"(?<![\w-])(?P<n>{NUMBER})\s+(?P<unit>{_trie(('hari', 'pekan', 'minggu', 'bulan', 'tahun'), True)})\s+"
                 rf"{_trie(('terakhir', 'belakangan'), True)}\b"
                 rf"|(?:in|over|during|for)\s+the\s+(?:past|last)\s+(?P<n_en>{NUMBER})\s+"
                 rf"(?P<unit_en>{_trie(('days', 'weeks', 'months', 'years'), True)})\b"),
    # "dalam sepekan terakhir", "over the past seven days": the week up to the article's
    # day; "so far this month", "so far this year": from its first day to the article's.
    ("recent_span", rf"(?<!\w)(?:(?P<week>{_trie(('sepekan', 'seminggu', 'tujuh hari'), True)})\s+"
                    rf"{_trie(('terakhir', 'belakangan', 'belakangan ini'), True)}"
                    rf"|(?:in|over|during|for)\s+the\s+(?:past|last)\s+(?P<week_en>week|seven\s+days|7\s+days)"
                    rf"|so\s+far\s+this\s+(?P<so_far>month|year))\b"),
    # "in the first four months of the year", "empat bulan pertama 2024": from January.
    # "this year and next", "tahun lalu dan tahun ini": both years.
    ("year_pair", rf"(?P<first>{_trie(('this year', 'last year', 'tahun ini', 'tahun lalu'), True)})\s+(?:and|dan)\s+"
                  rf"(?P<second>{_trie(('next year', 'next', 'this year', 'tahun depan', 'depan', 'tahun ini', 'ini'), True)})\b"),
    # "over the weekend", "since the weekend": the last Saturday and Sunday (ahead, in a
    # sentence that looks ahead: "at the weekend" in a plan).
    ("the_weekend", rf"(?<!\w)(?:over|since|during|at|on|through)\s+the\s+{_trie(('weekend',), True)}\b"),
    # "akhir pekan ini", "this weekend": that week's Saturday and Sunday.
    ("relative_unit", rf"(?P<unit>{_trie(('akhir pekan', 'akhir minggu', 'pekan', 'minggu', 'bulan', 'tahun'), True)})\s+(?P<dir>{_trie(('lalu', 'depan', 'ini', 'mendatang', 'kemarin'), True)})\b"
                      rf"|(?P<dir_en>{_trie(('last', 'next', 'this'), True)})\s+(?P<unit_en>{_trie(('weekend', 'week', 'month', 'year'), True)})\b"
                      # ... and "sejak awal pekan" with no word after it: the start of this week
                      r"|(?<=[Aa]wal )(?P<unit_start>pekan|minggu)\b(?!\s+(?:lalu|depan|ini|mendatang|kemarin|pertama|kedua|"
                      r"ketiga|keempat|terakhir)\b)"
                      # ... and "by the end of the month", "akhir bulan" with no word after it: this month
                      r"|(?<=[Ee]nd of )the\s+(?P<unit_this>month)\b(?!\s+of\b)"
                      r"|(?<=[Aa]khir )(?<!etiap akhir )(?<![Tt]iap akhir )(?P<unit_this_id>bulan)\b(?!\s+(?:lalu|depan|ini|itu|mendatang|kemarin|[A-Z])|-)"),
    # (the look-ahead as DAY_OPENING's: "last", "next", "on", "this" or the weekday's capital)
    ("weekday", rf"(?=[A-Zlnot])(?P<pre>{_trie(('last', 'next', 'on', 'this'), True)}\s+)?{WEEKDAY}(?:\s+(?P<post>lalu|kemarin|mendatang|depan|ini|nanti))?\b"),
    # "malam itu", "pada hari yang sama", "later that night": the day the article last told of.
    ("same_day", rf"(?<!\w)(?:{_trie(('malam', 'pagi', 'siang', 'sore', 'hari'), True)})\s+(?:itu|harinya|yang\s+sama)\b"
                 rf"|(?<!\w)(?:[Tt]hat|[Tt]he\s+same)\s+(?:night|morning|afternoon|evening|day)\b"),
    # ... and a part of today: "pagi ini", "tadi siang", "this morning", "tonight".
    ("relative_day", rf"(?P<word>{_trie(('hari ini', 'kemarin lusa', 'kemarin', 'besok', 'lusa', 'today', 'yesterday', 'tomorrow', *TODAY_PARTS, *LAST_NIGHT), True)})\b"),
]

TIME_NOTE = re.compile(rf"{TIME_OF_DAY}|(?:pukul|jam)\s+\d{{1,2}}[.:]\d{{2}}(?:\s*(?i:WIB|WITA|WIT))?"
                       r"|\b\d{1,2}(?::\d{2})?\s*[ap]\.m\.")
# What may join two days into one span: "Senin (8/1/2024) malam hingga Selasa dini hari",
# "from April 4 to April 16, 2024", "from Friday to Sunday".
# "opened on Tuesday and runs until Friday", "dibuka Senin dan berlangsung hingga Jumat".
RANGE_JOIN = re.compile(rf"\s*(?:{TIME_OF_DAY}\s*)?(?:(?:pukul|jam)\s+\d{{1,2}}[.:]\d{{2}}(?:\s*(?i:WIB|WITA|WIT))?\s*)?"
                        r"(?:(?:and|dan)\s+(?:(?:will|to)\s+)?(?:runs?|ran|running|continues?|continued|lasts?|lasted|"
                        r"berlangsung|berlanjut)\s+)?"
                        r"(?:-|–|—|hingga|sampai(?:\s+dengan)?|s\.d\.?|s/d|to|until|through|till)\s*"
                        # "mulai hari ini sampai arus balik berakhir pada 29 Maret": until what ends then
                        r"(?:(?:[\w-]+\s+){1,4}?(?:berakhir|selesai|rampung|ends|ended)\s+(?:pada|on)\s*)?$")
# Two days named as a pair: "Selasa dan Rabu (5/2)".
PAIR_JOIN = re.compile(r"\s*(?:dan|and|&)\s*")
BETWEEN_BEFORE = re.compile(r"(?i:between|antara)\s+$")
AND_JOIN = re.compile(r"\s*(?:and|dan)\s+(?:on\s+|pada\s+)?")  # ... before a bare weekday
BARE_WEEKDAY = re.compile(r"(?:(?:on|pada)\s+)?(?P<weekday>[A-Z][a-z]+)")
# ... and what joins a day to the month a span runs to ("hingga akhir Februari 2025").
MONTH_JOIN = re.compile(r"\s*(?:-|–|—|hingga|sampai(?:\s+dengan)?|s\.d\.?|s/d|to|until|through|till)\s*"
                        r"(?:(?i:awal|pertengahan|akhir|early|mid|late|the\s+end\s+of)\s+)?")
YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d")
# What closes a span opened by "sejak"/"since"/"began in": its end told with a verb of ending.
ENDED_JOIN = re.compile(r"\s*,?\s*(?:(?:dan|and)\s+(?:[\w-]+\s+){0,3}?(?:rampung|selesai|berakhir|ditutup|"
                        r"concluded|ended|completed|finished)|(?:hingga|sampai|until)\s+(?:di)?(?:berhentikan|copot|"
                        r"lengserkan|nonaktifkan)|until\s+(?:he|she)\s+was\s+(?:removed|dismissed|sacked))"
                        r"(?:\s+(?:pada|on|in))?\s*")
SINCE_JUST_BEFORE = re.compile(r"(?<!\w)(?:sejak|since|began\s+in|started\s+in|dimulai\s+pada|"
                               r"began\s+on|started\s+on)\s+$", re.IGNORECASE)
ALTERNATIVE_JOIN = re.compile(r"\s*,?\s*(?:atau|or)\s+")
RANGE_REACH = 62  # days: a span longer than this is two dates, not one happening
# ... unless the first day is when a state began: "(status ditetapkan) sejak 1 Agustus
# hingga 30 November 2023", "berlaku mulai 1 Juli sampai 31 Desember" is how long it
# holds, however long; a count "dari 1 Januari hingga 30 Juni" stays two dates.
OPENS_SPAN = re.compile(r"(?<!\w)(?:sejak|mulai|since|starting|from|pada)(?:\s+(?:tanggal|hari))?\s+$"
                        # ... and so is how long something held was held: "digelar pada 1
                        # Januari hingga 30 Juni 2022", "was held from March 1 to June 30".
                        # ... also with no word between ("dijadwalkan berlangsung 1 Desember 2026 hingga 28
                        # Februari 2027"), and what runs from a day to a day ("The trial runs from ...")
                        r"|(?<!\w)(?:digelar|diadakan|dilaksanakan|diselenggarakan|berlangsung|berjalan|held|ran|"
                        r"runs?|lasted)(?:\s+(?:pada|dari|from|on))?\s+(?:tanggal\s+)?$", re.IGNORECASE)
OPEN_REACH = 366


@one_step_init
@dataclass(frozen=True)
class DateSpan:
    """A date found in a sentence: where it is and what it means. `date` is None when
    the words are a date that cannot be read (`doubt` says why)."""

    start: int
    end: int
    text: str
    date: FactDate | None
    doubt: str | None = None


# A verb in the past right before a date: "ruled on June 26", "agreed on Tuesday", "struck
# on March 28" (not what is set for it, "scheduled on", nor "will be held on").
PAST_DEED_BEFORE = re.compile(r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )\b(?!(?:scheduled|planned|expected|set|slated|proposed|"
                              r"due|aimed|targeted|intended)\b)(?:[a-z]{3,}ed|struck|held|met|began|took|gave|made|"
                              r"sent|spent|won|lost|sold|bought|paid|led|rose|fell|hit|told|said)\s+(?:on\s+|in\s+)?$")


# The words that say who said a quotation, after it: '..." ujarnya saat dihubungi, Selasa'.
SAID_AFTER_QUOTE = re.compile(r"[,.!?][\"”]\s*(?:(?:ujar|kata|ucap|tutur|jelas|tegas|ungkap|imbuh|tambah|sebut|terang)\w*"
                              r"|(?:[\w.'’-]+\s+){1,4}(?:said|says|told))\b[^\"“”]{0,80}$")


def _in_attribution(sentence: str, at: int) -> bool:
    """Whether a day is in the words after a quotation that say who said it: when it was
    said, not what the quotation says ahead (the attribution's day is the saying's)."""
    return ("”" in sentence[:at] or '"' in sentence[:at]) and SAID_AFTER_QUOTE.search(sentence, max(0, at - 120), at) is not None


def find_dates(sentence: str, reference: date | None, future: bool = False,
               last_day: date | None = None, last_period: FactDate | None = None) -> list[DateSpan]:
    """Every date in the sentence, in reading order. `reference` is the article date;
    `future` says the sentence speaks of what will happen, for a bare weekday; `last_day`
    is the last day the article told of, which "N hari kemudian" counts from, and
    `last_period` the last span of months, which "periode yang sama tahun lalu" moves back."""
    features = _features(sentence)
    claimed: list[tuple[int, int]] = []
    have = frozenset(features)
    for pattern in _not_dates_worth_trying(have):  # (cached by the features: none for most sentences)
        claimed += [m.span() for m in pattern.finditer(sentence)]
    found: list[DateSpan] = []
    labels: set[int] = set()  # where a year before a noun starts: a date only when no other is
    context = None  # made when a pattern is tried: most sentences try none
    # Where each year, slash or month is that no span has claimed yet, once a pattern needs
    # it: spans are only ever added, so a place once claimed stays claimed, and the places
    # are looked at again only when spans were added since.
    unclaimed: dict[str, tuple[int, list[int]]] = {}
    for name, pattern, anchor in _worth_trying(have):
        if anchor in OCCURRENCES and claimed:
            # Every match holds a year, slash or month name of its own: when the patterns
            # before have claimed them all ("18 Januari 2023", "(8/5/2023)", "2023-2026"),
            # it could only find spans to skip.
            looked, left = unclaimed.get(anchor) or (0, OCCURRENCES[anchor](sentence))
            if looked < len(claimed):
                left = _not_claimed(left, claimed)
                unclaimed[anchor] = len(claimed), left
            if not left:
                continue
        context = context or Context(reference, future, last_day, last_period)
        # A match holds its anchor and starts at most REACH before it: no need to scan
        # the sentence from its start.
        for match in pattern.finditer(sentence, max(0, features[anchor] - REACH)):
            span = match.span()
            if span[0] == span[1] or any(span[0] < e and s < span[1] for s, e in claimed):
                continue
            if context.future and span[0] > 8 and (PAST_DEED_BEFORE.search(sentence, max(0, span[0] - 30), span[0])
                                                   or _in_attribution(sentence, span[0])):
                # "The court ruled on June 26 that ... must": what was done on a day was done
                # before, whatever the sentence then says ahead
                value = READERS[name](match, Context(reference, False, last_day, last_period))
            else:
                value = READERS[name](match, context)
            if value is None:
                continue
            claimed.append(span)
            if name == "fiscal_year" and match.group("cue") in ("Tahun Anggaran", "TA") \
                    and not TIME_FRAME_BEFORE.search(sentence, max(0, span[0] - 8), span[0]):
                claimed.pop()  # "dari APBD Perubahan Tahun Anggaran 2026": in title case, part of the
                continue  # budget's name, never a time of the fact ("mulai tahun anggaran 2027" is one)
            if name == "fiscal_year" and match.group("cue")[:2].lower() in ("ta", "tahun"):
                labels.add(span[0])  # "APBD ... tahun anggaran 2026 ... Rabu (26/11/2025)"
            if name in ("year_before_noun", "budget_year"):
                labels.add(span[0])  # "the 2026 state budget bill later this month"
            text = sentence[span[0]:span[1]].strip(" ,")
            if isinstance(value, Doubt):
                found.append(DateSpan(span[0], span[1], text, None, value.reason))
            else:
                found.append(DateSpan(span[0], span[1], text, with_fields(value, text=text), value.doubt))
    if len(found) >= 2:  # most sentences: nothing to join
        if labels:  # "the 2026 state budget bill later this month": the year only names the bill
            found = [d for d in found if d.start not in labels]
        found = _join_ranges(sentence, _month_of_relative_year(sentence, sorted(found, key=lambda d: d.start)))
    if "year end" in sentence or "tahun buku" in sentence:
        found = [_fiscal_year(sentence, d) for d in found]  # "the financial year ended June 30, 2025"
    if found and ("awal tahun" in sentence or "start of the year" in sentence):
        found = [_from_the_years_start(sentence, d) for d in found]
    if found and ("this year" in sentence or "tahun ini" in sentence):
        found = [d for d in found if not (d.text.lower().endswith(("this year", "tahun ini"))
                                          and SUPERLATIVE_BEFORE.search(sentence, max(0, d.start - 70), d.start))]
    return found


def _from_the_years_start(sentence: str, span: DateSpan) -> DateSpan:
    """A day after "sejak awal tahun hingga", "since the start of the year through": the
    days from the first of its year to it."""
    if not (span.date and span.date.precision == "day" and span.date.start == span.date.end
            and YEARS_START_UNTIL.search(sentence, max(0, span.start - 50), span.start)):
        return span
    last = date.fromisoformat(span.date.start)
    if last.month == 1 and last.day == 1:
        return span
    value = with_fields(days_date(last.replace(month=1, day=1), last), text=span.text)
    return DateSpan(span.start, span.end, span.text, value, span.doubt)


YEARS_START_UNTIL = re.compile(r"(?i:(?:sejak|dari)\s+awal\s+tahun(?:\s+ini)?|since\s+the\s+start\s+of\s+(?:the|this)\s+year)"
                               r"\s+(?i:hingga|sampai(?:\s+dengan)?|through|until|to)\s+$")


# A superlative the year measures, not the time of the sentence's deed: "in what authorities
# called the largest drug lab bust in the country this year", "penyitaan terbesar tahun ini".
SUPERLATIVE_BEFORE = re.compile(r"(?i:\b(?:largest|biggest|highest|lowest|worst|deadliest|terbesar|tertinggi|"
                                r"terendah|terbanyak|terburuk|terparah)\b)(?:[^,;.]{0,50}?\s)?(?:so\s+far\s+)?$")


def _not_claimed(places: list[int], claimed: list[tuple[int, int]]) -> list[int]:
    """The places inside none of the claimed spans (plain loops: this runs for most
    sentences with a date)."""
    left = []
    for at in places:
        for start, end in claimed:
            if start <= at < end:
                break
        else:
            left.append(at)
    return left


# A clause of its own after a comma: a year named in it is not the month's before it.
CLAUSE_AFTER = re.compile(r",\s+(?:as|while|whereas|sementara|seiring|sedangkan|padahal)\s")
THAT_CLAUSE = re.compile(r"\s(?:that|bahwa)\s")


def _month_of_relative_year(sentence: str, found: list[DateSpan]) -> list[DateSpan]:
    """A month named alone and a year named by its distance from the article's, in one
    sentence, are one month: "pada Oktober tahun lalu", "in October ... last year"; not
    a year that is a noun's ("Last year's winner injured his hamstring in October")."""
    if len(found) > 1 and "s " in sentence:  # (a possessive is rare: the check is cheap first)
        nouns = [d for d in found if sentence.startswith(POSSESSIVE, d.end) and not DIGIT.search(d.text)
                 and d.date and d.date.precision in ("year", "month")]  # ("Saturday's re-vote" is its day)
        found = [d for d in found if d not in nouns] if len(nouns) < len(found) else found
    months = [d for d in found if d.date and d.date.precision == "month" and not DIGIT.search(d.text)
              and d.date.start[:7] == d.date.end[:7]]  # one month, not a span of months
    years = [d for d in found if d.date and d.date.precision == "year" and d.date.start[:4] == d.date.end[:4]
             and not DIGIT.search(d.text) and not d.date.qualifier]
    if len(years) == 1 and not months:
        return _day_of_relative_year(found, years[0])
    if len(months) != 1 or len(years) != 1:
        return found
    month, year = months[0], years[0]
    if month.end < year.start and (CLAUSE_AFTER.search(sentence, month.end, year.start) or (
            THAT_CLAUSE.search(sentence, month.end, year.start)
            and PAST_DEED_BEFORE.search(sentence, max(0, month.start - 30), month.start))):
        return found  # "... by the end of September, as the government prepares ... next year";
        # "The ministry said in November that it would begin ... this year": what was said then
    value = with_fields(month_date(int(year.date.start[:4]), int(month.date.start[5:7])), text=month.text)
    return [DateSpan(d.start, d.end, d.text, value, d.doubt) if d is month else d
            for d in found if d is not year]


def _day_of_relative_year(found: list[DateSpan], year: DateSpan) -> list[DateSpan]:
    """A day without its year right before a year named by its distance from the article's
    is that year's day: "on April 7 last year", "pada 7 April tahun lalu"."""
    day = next((d for d in found if d.end <= year.start <= d.end + 2 and d.date and d.date.precision == "day"
                and d.date.start == d.date.end and not YEAR_WRITTEN.search(d.text)), None)
    if day is None:
        return found
    try:
        value = date.fromisoformat(day.date.start).replace(year=int(year.date.start[:4]))
    except ValueError:  # 29 February
        return found
    merged = with_fields(day_date(value), text=f"{day.text} {year.text}", time=day.date.time)
    return [DateSpan(d.start, year.end, merged.text, merged, d.doubt) if d is day else d
            for d in found if d is not year]


# The words that make a budget's year the time a fact is done in: "mulai tahun anggaran 2027".
TIME_FRAME_BEFORE = re.compile(r"(?i:pada|dalam|selama|sepanjang|di|untuk|mulai|sejak|hingga)\s+$")
# A financial year named by its last day or month: the twelve months up to it.
FISCAL_END_BEFORE = re.compile(r"(?i:(?:financial|fiscal)\s+year\s+(?:ended|ending)|"
                               r"tahun\s+buku\s+yang\s+berakhir(?:\s+pada)?)\s+(?:on\s+|in\s+)?$")


def _fiscal_year(sentence: str, span: DateSpan) -> DateSpan:
    if not (span.date and span.date.precision in ("day", "month") and span.date.start[:7] == span.date.end[:7]
            and FISCAL_END_BEFORE.search(sentence, max(0, span.start - 40), span.start)):
        return span
    start = date.fromisoformat(_months_later(span.date.end, -11))  # the month after the same one a year before
    value = days_date(start, date.fromisoformat(span.date.end))
    return DateSpan(span.start, span.end, span.text, with_fields(value, text=span.text), span.doubt)


def _join_ranges(sentence: str, found: list[DateSpan]) -> list[DateSpan]:
    """Two days joined by `hingga`/`to` are one span from the first to the second; a bare
    weekday after the first day is the first such weekday after it."""
    joined: list[DateSpan] = []
    for span in found:
        first = joined[-1] if joined else None
        if (first and first.date and span.date and first.date.precision == span.date.precision == "day"
                and first.date.start == first.date.end and span.date.start == span.date.end
                and ALTERNATIVE_JOIN.fullmatch(sentence, first.end, span.start)
                and 0 < (date.fromisoformat(span.date.start) - date.fromisoformat(first.date.start)).days <= 3):
            # "jatuh pada Jumat (20/3) atau Sabtu (21/3)": not yet known which, so both
            text = sentence[first.start:span.end].strip(" ,")
            value = with_fields(days_date(date.fromisoformat(first.date.start), date.fromisoformat(span.date.start)),
                                text=text)
            joined[-1] = DateSpan(first.start, span.end, text, value, first.doubt or span.doubt)
            continue
        if (first and first.date and span.date and first.date.precision == span.date.precision == "day"
                and "/" not in first.date.value and "/" not in span.date.value
                and RANGE_JOIN.fullmatch(sentence, first.end, span.start)):
            start = date.fromisoformat(first.date.start)
            end = date.fromisoformat(span.date.start)
            if YEAR_WRITTEN.search(span.text) and not YEAR_WRITTEN.search(first.text):
                start = _same_day_in(start, end.year)  # "April 4 to April 16, 2024"
            if span.text in WEEKDAYS:
                end = start + timedelta(days=(WEEKDAYS[span.text] - start.weekday()) % 7 or 7)
            elif first.text in WEEKDAYS and span.text.split()[0] in WEEKDAYS:
                # "Senin hingga Rabu pekan depan": that week's Monday
                start = end - timedelta(days=(end.weekday() - WEEKDAYS[first.text]) % 7)
            reach = OPEN_REACH if OPENS_SPAN.search(sentence, max(0, first.start - 30), first.start) else RANGE_REACH
            if 0 < (end - start).days <= reach:
                text = sentence[first.start:span.end].strip(" ,")
                value = with_fields(days_date(start, end), text=text)
                joined[-1] = DateSpan(first.start, span.end, text, value, first.doubt or span.doubt)
                continue
            if 0 < (end - start).days and start.isoformat() != first.date.start:
                # Too far apart to be one span, the first day still has the year written
                # after the second: "1 Januari hingga 30 Juni 2022" is 1 January 2022.
                value = with_fields(day_date(start), text=first.text, time=first.date.time)
                joined[-1] = DateSpan(first.start, first.end, first.text, value, first.doubt)
        if (first and first.date and span.date and first.date.precision in ("day", "month")
                and span.date.precision in ("day", "month") and first.date.end < span.date.start
                and ENDED_JOIN.fullmatch(sentence, first.end, span.start)
                and SINCE_JUST_BEFORE.search(sentence, max(0, first.start - 12), first.start)):
            # "dimulai sejak Juli 2016 dan baru dinyatakan rampung pada 23 September 2025",
            # "began in July 2016 and was concluded on September 23, 2025": one span.
            joined[-1] = _first_to_last(sentence, first, span)
            continue
        if (first and first.date and span.date and first.date.precision == "day"
                and span.date.precision == "month" and first.date.end < span.date.end
                and _month_joined(sentence, first, span)
                and OPENS_SPAN.search(sentence, max(0, first.start - 30), first.start)):
            # "mulai pekan depan hingga akhir Februari 2025", "sejak Senin (7/7) hingga akhir
            # Juli": from that day to that month's end
            joined[-1] = _first_to_last(sentence, first, span)
            continue
        if (first and first.date and span.date and first.date.precision == span.date.precision == "month"
                and first.date.end < span.date.start <= _months_later(first.date.end, 12)
                and _month_joined(sentence, first, span)):
            # "pada akhir Agustus hingga September": from the first month to the second
            joined[-1] = _first_to_last(sentence, first, span)
            continue
        if first and first.date and span.date and span.date.precision == "day":
            merged = _joined_to_day(sentence, first, span)
            if merged is not None:
                joined[-1] = merged
                continue
        joined.append(span)
    return joined



def _month_joined(sentence: str, first: DateSpan, span: DateSpan) -> bool:
    """Whether a joining word stands between the two, or opens the second's words
    ("hingga akhir Juli" was read with its "hingga")."""
    return MONTH_JOIN.fullmatch(sentence, first.end, span.start) is not None or (
        not sentence[first.end:span.start].strip() and MONTH_JOIN.match(span.text) is not None
        and MONTH_JOIN.match(span.text).end() > 0)


def _months_later(day: str, months: int) -> str:
    """The ISO day `months` months after the month of `day` begins."""
    year, month = int(day[:4]), int(day[5:7]) + months
    return f"{year + (month - 1) // 12:04d}-{(month - 1) % 12 + 1:02d}-01"


def _first_to_last(sentence: str, first: DateSpan, span: DateSpan) -> DateSpan:
    """One span from the first day of `first` to the last day of `span`, with the words
    between them as its text."""
    text = sentence[first.start:span.end].strip(" ,")
    value = with_fields(days_date(date.fromisoformat(first.date.start),
                                  date.fromisoformat(span.date.end)), text=text)
    return DateSpan(first.start, span.end, text, value, first.doubt or span.doubt)


def _joined_to_day(sentence: str, first: DateSpan, span: DateSpan) -> DateSpan | None:
    """The span from an earlier date to a day: a bare weekday paired with the next day
    ("Selasa dan Rabu (5/2)"), a day paired with the bare weekday after it ("on Tuesday
    (Feb 25) and Wednesday"), or a month that a state holds since up to a day ("sejak
    awal Januari hingga Rabu (14/2/2024)")."""
    end = date.fromisoformat(span.date.start)
    if (first.date.precision == "day" and "/" not in first.date.value and DIGIT.search(first.text)
            and DIGIT.search(span.text) and PAIR_JOIN.fullmatch(sentence, first.end, span.start)):
        # "jatuh pada Rabu (18/3) dan Kamis (19/3)": two days in a row are one span, and so
        # are two days with their months' names ("on September 17 and September 24", as "17
        # dan 24 September" is) or after "between" ("between Aug. 12 and Aug. 18")
        start = date.fromisoformat(first.date.start)
        if YEAR_WRITTEN.search(span.text) and not YEAR_WRITTEN.search(first.text):
            start = _same_day_in(start, end.year)  # "antara 3 Maret dan 9 Maret 2025"
        named = "/" not in first.text + span.text and "(" not in first.text + span.text
        between = BETWEEN_BEFORE.search(sentence, max(0, first.start - 10), first.start)
        if (end - start).days != 1 and not ((named or between) and 1 < (end - start).days <= RANGE_REACH):
            return None
    elif (first.date.precision == "day" and not DIGIT.search(first.text)
          and PAIR_JOIN.fullmatch(sentence, first.end, span.start)
          and _weekday_of(first.text) is not None and (end.weekday() - _weekday_of(first.text)) % 7 == 1):
        start = end - timedelta(days=1)
    elif (first.date.start == first.date.end and span.text in WEEKDAYS
          and AND_JOIN.fullmatch(sentence, first.end, span.start)
          and (WEEKDAYS[span.text] - date.fromisoformat(first.date.start).weekday()) % 7 == 1):
        start = date.fromisoformat(first.date.start)
        end = start + timedelta(days=1)
    elif (first.date.precision == "month" and "/" not in first.date.value
          and RANGE_JOIN.fullmatch(sentence, first.end, span.start)
          and (first.text[:5].lower() in ("sejak", "since", "mulai")
               or OPENS_SPAN.search(sentence, max(0, first.start - 12), first.start))):
        start = date.fromisoformat(first.date.start)
        end = date.fromisoformat(span.date.end)  # "sejak Januari hingga pekan lalu": to that week's end
        if YEAR_WRITTEN.search(span.text) and not YEAR_WRITTEN.search(first.text):
            start = start.replace(year=end.year - (start.month > end.month))
        if not 0 < (end - start).days <= OPEN_REACH:
            return None
    else:
        return None
    text = sentence[first.start:span.end].strip(" ,")
    return DateSpan(first.start, span.end, text, with_fields(days_date(start, end), text=text),
                    first.doubt or span.doubt)


def _weekday_of(text: str) -> int | None:
    """The weekday a bare weekday's text names ("Selasa", "on Tuesday"), or None."""
    weekday = BARE_WEEKDAY.fullmatch(text)
    return WEEKDAYS.get(weekday.group("weekday").lower()) if weekday else None


def _same_day_in(day: date, year: int) -> date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day


DIGIT = re.compile(r"\d")
YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
# (its look-behind checked after the "1", as YEAR_JOINED's: the scan then looks for a "1")
OLD_YEAR_LIKE = re.compile(r"1(?<![\d.,]1)[5-8]\d\d(?!\d|[.,]\d)")
# A year with a joining word after it, which every match of year_range holds: most years
# stand alone ("pada 2024"), and year_range is then not run. The look-behind (no word
# character, slash, dot or dash before the year) is checked after the century's digits, so
# that the engine finds a pattern opening with plain characters fast.
YEAR_JOINED = re.compile(r"(?:19|20)(?<![\w/.-]\d\d)\d\d\s*(?:-|–|—|/|sampai(?:\s+dengan)?|hingga|to|until|through)")
# Hours and minutes, which every clock time claimed as no date holds ("pukul 14.30").
CLOCK_DIGITS = re.compile(r"\d[.:]\d\d")
# What every match of dmy_dash and of decade holds: both patterns open with look-behinds
# and optional words, which the engine tries at every position, and most sentences with a
# year have neither shape. Each shape opens with a plain character, which the engine
# finds fast.
DMY_DASH = re.compile(r"-(?<=\d-)[01]?\d-(?:19|20)\d\d")
DECADE = re.compile(r"(?:19|20)\d0(?:-an|s|'s|’s)")
# ... and what every match of day_range and day_range_en holds: two days joined ("3-5", "3 to 5").
DAY_PAIR = re.compile(r"\d(?:st|nd|rd|th)?\s*(?:-|–|—|sampai(?:\s+dengan)?|hingga|s\.d\.?|s/d|to|and|dan)\s*\d")
# ... and what every match of malformed holds ("12/20234", "1/8/202", "3//2024").
MALFORMED = re.compile(r"/(?<=\d/)(?:\d{5}|\d\d?/(?:\d|\d{3})(?!\d)|/\d{4})")
# A phone number has nine digits at least ("0" and 2+3+3 more): most sentences have fewer.
PHONE_DIGITS = 9
# As many digits as a phone number has, wherever they are in the sentence (one pass).
PHONE_LIKE = re.compile(rf"(?:[^0-9]*+[0-9]){{{PHONE_DIGITS}}}")
# What a pattern needs in the sentence before it is worth running. The features come from
# one pass of an automaton over the sentence, which is much cheaper than letting every
# pattern scan every sentence (extraction must stay under 5 ms an article); a feature is
# a plain substring, so a pattern is never skipped where it could match.
NEEDS = {
    "malformed": {"slash", "malformed"}, "dmy_numeric": {"slash", "year"}, "dmy_dash": {"year", "dmy_dash"}, "dmy_short": {"slash"},
    "dm_numeric": {"slash"}, "dm_range_numeric": {"slash"}, "day_range": {"month", "day_pair"}, "day_range_en": {"month", "day_pair"},
    "dmy_named": {"digit", "month"}, "mdy_named": {"digit", "month"},
    "qualified_year": {"year", "qualifier"}, "qualified_relative": {"qualifier"},
    "month_range": {"year", "month", "two_months"}, "month_year": {"year", "month"}, "quarter": {"quarter"}, "half_year": {"half"},
    "month_year_range": {"year", "month", "two_months"}, "quarter_bare": {"quarter"}, "quarter_adjective": {"quarter"}, "half_bare": {"half"}, "quarter_relative": {"quarter"},
    "month_relative_year": {"month", "unit"},
    "same_period": {"same_period"}, "dasarian": {"dasarian", "month"},
    "day_range_months": {"digit", "month", "dash", "two_months"}, "month_range_bare": {"month_only", "two_months"},
    "year_between": {"year", "between"},
    "scheduled_year": {"year", "for_year"}, "event_year": {"year", "event"}, "budget_year": {"year", "budget"},
    "year_part_en": {"year_part"},
    "month_only": {"month_only"}, "year_range": {"year_joined"}, "since_year": {"year", "since"},
    "context_year": {"year"}, "paren_year": {"year", "paren_year"}, "fiscal_year": {"year", "fiscal"},
    "year_before_noun": {"year"}, "old_year": {"old_year"}, "old_year_range": {"old_year"},
    "relative_n": {"relative_n", "count"},
    "relative_unit": {"relative_unit", "unit"}, "weekday": {"weekday"}, "weekday_of_week": {"weekday", "relative_unit"},
    "decade": {"year", "decade"}, "relative_day": {"relative_day"}, "recent_span": {"recent_span"}, "the_weekend": {"weekend"}, "year_pair": {"relative_unit", "unit"}, "recent_n": {"recent_n", "count"},
    "same_day": {"same_day"}, "first_months": {"first_months"}, "same_month": {"same_month"},
}
# The feature every match of a pattern contains, at most REACH characters after the
# match's start (a weekday, a day number and brackets before a slash or a month name).
ANCHOR = {
    "malformed": "slash", "dmy_numeric": "slash", "dmy_dash": "year", "dmy_short": "slash", "dm_numeric": "slash", "dm_range_numeric": "slash",
    "day_range": "month", "day_range_en": "month", "dmy_named": "month", "mdy_named": "month",
    "qualified_year": "qualifier", "qualified_relative": "qualifier", "month_range": "month",
    "day_range_months": "month", "month_range_bare": "month_only", "year_between": "between",
    "scheduled_year": "for_year", "event_year": "event", "budget_year": "budget",
    "month_year": "month", "quarter": "quarter", "half_year": "half", "month_year_range": "month",
    "quarter_bare": "quarter", "quarter_adjective": "quarter", "half_bare": "half", "quarter_relative": "quarter", "month_relative_year": "month",
    "same_period": "same_period", "dasarian": "dasarian", "year_part_en": "year_part", "month_only": "month_only", "year_range": "year_joined",
    "since_year": "year", "context_year": "year", "paren_year": "year", "fiscal_year": "fiscal",
    "year_before_noun": "year", "old_year": "old_year", "old_year_range": "old_year",
    "relative_n": "relative_n", "relative_unit": "relative_unit", "weekday": "weekday",
    "weekday_of_week": "weekday", "decade": "year",
    "relative_day": "relative_day", "same_day": "same_day", "recent_span": "recent_span", "the_weekend": "weekend", "year_pair": "relative_unit", "recent_n": "recent_n",
    "first_months": "first_months", "same_month": "same_month",
}
REACH = 60
SLASH = re.compile("/")
# Where each anchor of those patterns is in a sentence: a year's, a slash's or a month
# name's first character (a year after a space or a bracket starts its run of digits, so
# YEAR_LIKE finds it).
def _starts(words: int, sentence: str) -> list[int]:
    """Where each word of a list of words as written (`wordscan`) starts in the sentence,
    in the order they end."""
    return [end - length + 1 for end, (_, length) in found_written(sentence)[words]]


OCCURRENCES = {
    "year": lambda sentence: [m.start() for m in YEAR_LIKE.finditer(sentence)],
    "slash": lambda sentence: [m.start() for m in SLASH.finditer(sentence)],
    "month": lambda sentence: _starts(MONTH_LIST, sentence),
    "weekday": lambda sentence: _starts(WEEKDAY_LIST, sentence),
}
OCCURRENCES["month_only"] = OCCURRENCES["month"]  # a month named alone is written as a month name is
# What every "that night" has (lower case); see names_the_day_told.
SAME_DAY_WORDS = ("malam itu", "pagi itu", "siang itu", "sore itu", "hari itu", "harinya", "hari yang sama",
                  "malam yang sama", "pagi yang sama", "siang yang sama", "sore yang sama",
                  "that night", "that morning", "that afternoon", "that evening", "that day", "same night",
                  "same morning", "same afternoon", "same evening", "same day")
# What every "that month" has (lower case).
SAME_MONTH_WORDS = ("bulan itu", "bulan tersebut", "that month", "same month")
# Lower-case words whose presence gives a feature.
FEATURE_WORDS = {
    "relative_n": ("lalu", "ago", "lagi", "silam", "mendatang", "later", "kemudian", "earlier", "sebelumnya"),
    "relative_unit": ("lalu", "depan", " ini", "mendatang", "kemarin", "last", "next", "this", "awal pekan",
                      "awal minggu", "end of the month", "akhir bulan"),
    "same_day": SAME_DAY_WORDS,
    "same_month": SAME_MONTH_WORDS,
    "recent_span": ("sepekan", "seminggu", "tujuh hari", "past", "so far this"),
    "first_months": ("the first", "bulan pertama"),
    "recent_n": ("terakhir", "belakangan", "the past", "the last"),
    "weekend": ("the weekend",),
    "relative_day": ("hari ini", "kemarin", "besok", "lusa", "today", "yesterday", "tomorrow", *TODAY_PARTS, *LAST_NIGHT),
    "weekday": tuple(d for d in WEEKDAYS if d.islower()),
    "month_only": tuple(m.lower() for m in FULL_MONTH_LIST),
    "quarter": ("kuartal", "triwulan", "q1", "q2", "q3", "q4", "quarter"),
    "half": ("semester", "paruh", "h1", "h2", "half"),
    "year_part": ("end of", "beginning of", "start of", "middle of"),
    "same_period": ("yang sama", "the same"),
    "dasarian": ("dasarian",),
    "paren_year": ("(19", "(20"),
    "qualifier": ("awal", "pertengahan", "akhir", "early", "mid", "late", "end-"),
    "since": ("sejak", "since"),
    "law": ("tahun", "th"),
    "law_en": (" of 19", " of 20"),
    "act": ("act", "law", "code ", "ordinance", "regulation", "decree"),
    "except": ("kecuali", "except"),
    "habit": HABIT_WORDS,
    "extended": ("perpanjang",),
    "goods": ("pengiriman", "kontrak"),
    "plan_doc": ("rpjm", "rpjp", "renstra"),
    "usually": ("typically", "usually", "normally", "biasanya", "umumnya", "lazimnya"),
    "in_force": ("berlaku", "beroperasi", "buka", "apply", "applies", "open", "operate", "run"),
    "between": ("between 19", "between 20", "antara 19", "antara 20", "antara tahun", "between the years"),
    "event": ("musim", "kemarau", "pilkada", "pilkades", "pemilu", "pilpres", "pileg", "election", "ktt", "summit", "olimpiade", "olympics"),
    "for_year": (" for 19", " for 20", " for the year", " untuk 19", " untuk 20", " untuk tahun"),
    "budget": ("apbn", "apbd", "apba"),
    "fiscal": ("tahun anggaran", "fiscal year", "ta 20", "ta20", "fy 20", "fy20"),
    "clock": ("pukul", "jam", "at"),
    "zone": ("wib", "wita", "wit", "utc", "gmt"),
    "area": ("(0",),
    "money": ("rp", "$", "usd", "idr"),
    # A unit of the calendar, which every match of relative_unit and year_pair holds
    # ("pekan lalu", "this month", "tahun ini dan depan"): their direction words (" ini",
    # "this", "last") are in most sentences, the units in fewer.
    "unit": ("pekan", "minggu", "bulan", "tahun", "week", "month", "year"),
    # Words one of which every time note has (TIME_NOTE's time-of-day words, pukul/jam, a.m./p.m.).
    "time": ("pagi", "siang", "sore", "malam", "dini hari", "morning", "afternoon", "evening", "night",
             "pukul", "jam", "m."),
}
# What each "not a date" pattern above needs, in the same order.
NOT_DATE_NEEDS = [{"law", "year"}, {"law_en", "year"}, {"act", "year"}, {"act", "year"}, {"clock", "clock_digits"}, {"zone", "clock_digits"}, {"phone"},
                  {"area", "digit"}, {"money", "digit"}, {"habit", "month_only"}, {"except", "weekday"}, {"weekday"}, {"habit", "weekday"},
                  {"in_force", "weekday"},
                  {"usually", "month_only"}, {"usually"}, {"usually", "weekday"}, {"goods", "month_only"}, {"plan_doc", "year"}, {"extended", "relative_n"},
                  {"law", "year"}, {"habit", "month_only"}, {"habit", "weekday"}, {"law", "year"}, {"act", "year"}]


def _found_with(words: dict[str, tuple[str, ...]]) -> dict[str, tuple[frozenset[str], int]]:
    """Each word with the features it gives and its length."""
    by_word: dict[str, set[str]] = {}
    for feature, group in words.items():
        for word in group:
            by_word.setdefault(word, set()).add(feature)
    return {word: (frozenset(features), len(word)) for word, features in by_word.items()}


# The feature words, looked for in the same pass over a sentence as other steps' words.
FEATURE_LIST = word_list(_found_with(FEATURE_WORDS))
# Month names are matched as written (capitalised), so they are looked for as written.
MONTH_LIST = word_list(_found_with({"month": tuple(m for m in MONTHS if m[0].isupper())}), written=True)
# ... and so are weekdays: "Kamis (1/1/2023)" is claimed whole before the weekday pattern runs.
WEEKDAY_LIST = word_list(_found_with({"weekday": tuple(d for d in WEEKDAYS if d[0].isupper())}), written=True)
COMPILED = [(name, re.compile(p), frozenset(NEEDS[name])) for name, p in PATTERNS]
COMPILED_NOT_DATES = [(re.compile(p), frozenset(n)) for p, n in zip(NOT_DATES, NOT_DATE_NEEDS, strict=True)]


# Sentences differ in many sets of features (700 in the 2,000 sentences of the corpus):
# a smaller cache is emptied before a set comes back.
@lru_cache(maxsize=4096)
def _not_dates_worth_trying(features: frozenset[str]) -> tuple[re.Pattern, ...]:
    """The patterns of what is no date whose needs the sentence's features meet, in order."""
    return tuple(pattern for pattern, needs in COMPILED_NOT_DATES if needs <= features)


@lru_cache(maxsize=4096)
def _worth_trying(features: frozenset[str]) -> tuple[tuple[str, re.Pattern, str], ...]:
    """The patterns whose needs the sentence's features meet, in reading order, with the
    feature whose first place bounds where a match can start."""
    return tuple((name, pattern, ANCHOR[name]) for name, pattern, needs in COMPILED
                 if needs <= features)


# ("a" first: most sentences hold it, and the look stops there)
NUMBER_WORDS_SHORTEST = sorted(NUMBER_WORDS, key=len)


@lru_cache(maxsize=8)
def _features(sentence: str) -> dict[str, int]:
    """Each feature of the sentence with where it first appears (not to be changed: it is
    kept for the sentence's time note and whether it names the day told)."""
    found: dict[str, int] = {}
    lower = sentence.lower()
    for end, (features, length) in found_words(sentence)[FEATURE_LIST]:
        for feature in features:
            found.setdefault(feature, end - length + 1)
    months = _starts(MONTH_LIST, sentence)
    if months:
        found["month"] = months[0]
        if len(set(months)) > 1:
            found["two_months"] = 0  # only ever needed beside "month" or "month_only", which anchor
    if ("relative_n" in found or "recent_n" in found) and any(word in lower for word in NUMBER_WORDS_SHORTEST):
        found["count"] = 0  # "dua hari lalu": a number in words
    digit = DIGIT.search(sentence)
    if digit:
        found["digit"] = found["count"] = digit.start()
        if "/" in sentence:
            found["slash"] = sentence.index("/")
            if MALFORMED.search(sentence, found["slash"]):
                found["malformed"] = 0  # needed only beside "slash", which anchors
        if PHONE_LIKE.match(sentence):
            found["phone"] = 0
        if "month" in found and ("-" in sentence or "–" in sentence or "—" in sentence):
            found["dash"] = 0  # only ever needed beside "month", which anchors
        if months and DAY_PAIR.search(sentence, digit.start()):
            found["day_pair"] = 0  # ... and so is this
        old = OLD_YEAR_LIKE.search(sentence)
        if old:
            found["old_year"] = old.start()
        year = YEAR_LIKE.search(sentence)
        if year:
            found["year"] = year.start()
            if "-" in sentence and DMY_DASH.search(sentence):
                found["dmy_dash"] = 0  # needed only beside "year", which anchors
            if DECADE.search(sentence, year.start()):
                found["decade"] = 0
            joined = YEAR_JOINED.search(sentence, year.start())
            if joined:
                found["year_joined"] = joined.start()
        if ("clock" in found or "zone" in found) and CLOCK_DIGITS.search(sentence, digit.start()):
            found["clock_digits"] = 0  # needed only beside "clock" or "zone", never an anchor
    if len(lower) != len(sentence):  # a letter whose lower case is longer: no positions
        found = dict.fromkeys(found, 0)
    return found


def names_the_day_told(sentence: str) -> bool:
    """Whether the sentence may say "malam itu", "that night": the caller then works out
    the last day told, which most sentences do not need."""
    return "same_day" in _features(sentence)


def time_note(sentence: str) -> str | None:
    if "time" not in _features(sentence):
        return None  # no word a time of day could be read from
    match = TIME_NOTE.search(sentence)
    return match.group(0) if match else None
