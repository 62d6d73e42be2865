"""How each date shape found by `dates` is read into a FactDate, at the precision the
text gives: the readers named in dates.PATTERNS, and the FactDate constructors they share.

A reader gets the pattern's match and the sentence's Context (the article date, and
whether the sentence looks ahead) and returns a FactDate, a Doubt for words that are a
date but cannot be read, or None when the match turns out to be no date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from ..article import FactDate, one_step_init
from .words import HABIT_WORDS, MONTHS, NUMBER_WORDS, WEEKDAYS

@dataclass(frozen=True)
class Doubt:
    """Something that reads like a date but cannot be trusted as one."""

    reason: str


@one_step_init
@dataclass(frozen=True)
class Context:
    reference: date | None
    future: bool
    anchor: date | None = None  # the last day the article told of, for "empat hari kemudian"
    period: FactDate | None = None  # the last span of months told of, for "periode yang sama tahun lalu"


def with_fields(value: FactDate, **changes) -> FactDate:
    """The same date with some fields changed (FactDate is frozen)."""
    return FactDate(**{**vars(value), **changes})


@lru_cache(maxsize=512)
def day_date(d: date, basis: str = "explicit", doubt: str | None = None) -> FactDate:
    iso = d.isoformat()
    return FactDate(iso, iso, iso, "day", basis, doubt=doubt)


def months_date(first_year: int, first: int, last_year: int, last: int) -> FactDate:
    """The months from one to another, at month precision ("2024-07/2024-09")."""
    if (first_year, first) == (last_year, last):
        return month_date(first_year, first)
    return FactDate(f"{first_year:04d}-{first:02d}/{last_year:04d}-{last:02d}", month_date(first_year, first).start,
                    month_date(last_year, last).end, "month", "explicit")


def days_date(first: date, last: date) -> FactDate:
    return FactDate(f"{first.isoformat()}/{last.isoformat()}", first.isoformat(),
                    last.isoformat(), "day", "explicit")


@lru_cache(maxsize=512)
def month_date(year: int, month: int, basis: str = "explicit") -> FactDate:
    last = calendar.monthrange(year, month)[1]
    return FactDate(f"{year:04d}-{month:02d}", f"{year:04d}-{month:02d}-01",
                    f"{year:04d}-{month:02d}-{last:02d}", "month", basis)


def year_date(first: int, last: int | None = None, qualifier: str | None = None) -> FactDate:
    last = last or first
    value = str(first) if last == first else f"{first}/{last}"
    return FactDate(value, f"{first}-01-01", f"{last}-12-31", "year", "explicit",
                    qualifier=qualifier)


def nearest_year(day: int, month: int, reference: date | None) -> int | None:
    """The year that puts day/month closest to the article date: a December article's
    (3/1) is next January, a January article's (28/12) last December."""
    if reference is None:
        return None
    best = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            distance = abs((date(year, month, day) - reference).days)
        except ValueError:
            continue
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


def _calendar_day(match: re.Match, year: int | None, month: int, day: int) -> FactDate | Doubt | None:
    if year is None:
        return None
    try:
        when = date(year, month, day)
    except ValueError:
        return Doubt(f"not a calendar date: {match.group(0).strip()}")
    weekday = match.groupdict().get("weekday")
    doubt = None
    if weekday and WEEKDAYS[weekday.lower()] != when.weekday():
        doubt = f"{weekday} does not match {when.isoformat()}, a {calendar.day_name[when.weekday()]}"
    return day_date(when, doubt=doubt)


def _month(match: re.Match) -> int:
    return MONTHS[match.group("month").lower().rstrip(".")]


def read_malformed(match: re.Match, context: Context) -> Doubt:
    return Doubt(f"malformed date: {match.group('raw')}")


def read_dmy_numeric(match: re.Match, context: Context) -> FactDate | None:
    return _calendar_day(match, int(match.group("year")), int(match.group("mnum")), int(match.group("day")))


def read_dmy_short(match: re.Match, context: Context) -> FactDate | Doubt | None:
    value = _calendar_day(match, 2000 + int(match.group("yy")), int(match.group("mnum")),
                          int(match.group("day")))
    if isinstance(value, FactDate):
        return with_fields(value, doubt=value.doubt or f"two-digit year: {match.group(0).strip(' ()')}")
    return value


def _qualified(value: FactDate, match: re.Match, *groups: str) -> FactDate:
    """The date with the part of it the words name (`awal`, `mid`), and `since` before it."""
    qual = next((match.group(g) for g in groups if match.group(g)), None)
    if qual is None:
        return value
    since = (match.groupdict().get("pre") or "").lower() in ("sejak", "since")
    qualifier = QUALIFIERS[qual.lower()]
    return with_fields(value, qualifier=f"since {qualifier}" if since else qualifier)


def read_month_only(match: re.Match, context: Context) -> FactDate | None:
    """The nearest such month: ahead when the words or the sentence look ahead, else the
    latest one up to the article's month."""
    if context.reference is None:
        return None
    pre = (match.group("pre") or "").lower()
    if pre == "at" and not match.group("part_en"):
        return None  # "at the end of April" is a time; "at April House" is not
    if pre == "before" and not (match.group("part_en") or match.group("qual")):
        return None  # "before the end of March", "before late October" are the month; "secure
        # as much as possible before March" is no time of its own
    if pre == "in" and WHEN_HABIT.search(match.string, max(0, match.start() - 60), match.start()) \
            and not AHEAD_AFTER.search(match.string, match.end()):
        return None  # "When the harvest peaks in April, the roads are flooded": each year, no date
    if pre in ("for", "from") and FOR_GOODS.match(match.string, match.end()):
        return None  # "the contract for August delivery": a product's month, not the fact's
    month = _month(match)
    direction = _direction(match.group("post") or match.group("pre"))
    ref = context.reference
    if direction == 0 and pre in ("sejak", "since") and month != ref.month:
        direction = -1  # "since January": the last one, whatever the sentence says ahead
    if (direction == 0 and not context.future and pre in UNTIL_WORDS
            and (pre in ("through", "paling lambat", "selambat-lambatnya") or not TOLD_AS_PAST.search(match.string))):
        # "menunda pemungutan hingga akhir Juni" in January, "until March" in February: an
        # end set for something is the nearest such month, most often the coming one
        # ("had eased by March" in October is told as past: the last March; "had booked
        # cargoes through the end of May" in February runs on to the coming May).
        direction = 1 if 0 < (month - ref.month) % 12 <= 6 else 0
    elif direction == 0 and not context.future and 0 < (month - ref.month) % 12 <= 4 \
            and not TOLD_AS_PAST.search(match.string) and not _past_verb_before(match) \
            and not _deed_told_after(match):
        # "takes over the chairmanship in January" in November, "mulai awal Januari" in
        # December: a month ahead of the article with no word that looks back is the coming one
        direction = 1
    if direction == 0 and context.future and pre in ("in", "pada") \
            and (TOLD_IN.search(match.string, max(0, match.start() - 60), match.start()) or match.start() <= 3
                 and _past_deed_after_opening(match)):
        direction = -1 if month != ref.month else 0  # "told reporters in July that homes would be
        # built": the telling, done (this month's, if it is the article's)
    if direction < 0 and month == ref.month and (match.group("post") or "").lower() == "lalu" \
            and (ref.day >= 15 or _part_before(match) == "early"):
        # "awal Juni lalu" on 28 June: earlier this month, not last year's June (English
        # "last October" in October is a year back)
        direction = 0
    if direction > 0 or (direction == 0 and context.future):
        year = ref.year if month > ref.month or (month == ref.month and direction == 0) else ref.year + 1
    else:
        year = ref.year if month < ref.month or (month == ref.month and direction == 0) else ref.year - 1
    week = match.group("nth") or match.group("nth_en")
    if week:
        return _week_of_month(year, month, WEEK_ORDINALS[week.lower()])
    value = _qualified(month_date(year, month), match, "qual", "qual_alone")
    part = match.group("part_en")  # "by the end of June"
    return with_fields(value, qualifier=ENGLISH_PARTS[part.lower()]) if part else value


# Which seven days of a month its week by order is; the last week is its last seven days.
WEEK_ORDINALS = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "terakhir": 0,
                 "first": 1, "second": 2, "third": 3, "fourth": 4, "last": 0}


def _week_of_month(year: int, month: int, order: int) -> FactDate:
    last = date.fromisoformat(month_date(year, month).end)
    first = last - timedelta(days=6) if order == 0 else date(year, month, 7 * order - 6)
    return days_date(first, first + timedelta(days=6))


UNTIL_WORDS = ("hingga", "sampai", "until", "through", "by", "paling lambat", "selambat-lambatnya")
# The past verbs that tell a deed done right after a day or its doer (DONE_AFTER, OPENING_THEN_DEED).
DONE_VERBS = r"[a-z]{2,}ed|met|held|sent|sold|told|gave|made|took|won|left|began|spoke|wrote|chose|struck"
# An English verb in the past tense: "arrested him in February" looks back.
PAST_VERB = re.compile(r"(?<![\w-])(?:[a-z]{2,}ed|said|told|met|held|gave|took|made|began|went|saw|won|lost|sold|"
                       r"bought|found|left|led|ran|rose|fell|hit|paid|set|sent|spent|struck|came|became|flew|spoke|wrote|"
                       r"chose|rode|swore|stood|sat|brought|caught|fought|drove|threw|broke|dug|froze|"
                       r"lent|meant|slid|sank|shook|tore|wore|withdrew|overtook|undertook)(?![\w-])")
# A past reporting verb, with its listener, right before "in <month>": the month dates the telling.
# ... with the place of the telling between ("said during a visit to Belitung in May that ...").
# (not a clause of what was told: "said it planned to resume them in March", "said it would ...")
TOLD_IN = re.compile(r"(?<![\w-])(?:told|said|announced|stated|wrote|confirmed|disclosed|revealed|mengatakan|"
                     r"menyatakan|mengumumkan)(?:(?:\s+[\w'’]+){0,2}"
                     r"|\s+(?:during|at|after|before|while|on|dalam|saat)(?:\s+[\w'’]+){1,4})\s+$")
# A month opening the sentence, then who did what in the past: "In March, fishermen in Sijuk
# district protested against a plan to bring a dredge".
OPENING_THEN_DEED = re.compile(r"\s*,\s*(?:[\w'’-]+\s+){1,5}?(?=(?:" + DONE_VERBS + r"|broke)\b)")


def _past_deed_after_opening(match: re.Match) -> bool:
    deed = OPENING_THEN_DEED.match(match.string, match.end())
    if deed is None:
        return False
    verb = PAST_VERB.match(match.string, deed.end())
    return verb is not None and _a_past_deed(match.string, verb)


def _past_verb_before(match: re.Match) -> bool:
    """A verb in the past tense in the date's own clause, before it: "arrested him in
    February"; not one that looks ahead ("agreed to hold its next meeting in May",
    "expected the water to recede by Thursday")."""
    text = match.string
    clause = max(text.rfind(", ", 0, match.start()), text.rfind("; ", 0, match.start())) + 1
    return any(_a_past_deed(text, verb) for verb in PAST_VERB.finditer(text, clause, match.start()))


def _past_verb_near(match: re.Match) -> bool:
    """A verb in the past tense shortly before the date, with nothing between that looks
    ahead: "who flew in ... on Wednesday", "docked in Manado, Indonesia, on Thursday"."""
    text = match.string
    return any(_a_past_deed(text, verb) and not AHEAD_BETWEEN.search(text, verb.end(), match.start())
               for verb in PAST_VERB.finditer(text, max(0, match.start() - 90), match.start()))


def _a_past_deed(text: str, verb: re.Match) -> bool:
    """A verb in the past tense that tells a deed done: not one that looks ahead ("expected",
    "agreed to"), reports ("said"), or is a participle ("will remain closed", "the grounded
    ships")."""
    if text.startswith(" to ", verb.end()) or verb.group() in LOOKING_AHEAD or verb.group() in REPORTING:
        return False
    participle = PARTICIPLE_AFTER.search(text, max(0, verb.start() - 30), verb.start())
    # (after a comma, a verb with its object is the sentence's own: "A cooperative of rubber
    # smallholders, Koperasi ..., signed a loan on Tuesday")
    return not participle or participle.group()[0] == "," and OBJECT_AFTER.match(text, verb.end()) is not None


OBJECT_AFTER = re.compile(r" (?:a|an|the|its|their|his|her|about|some|nearly|almost|more|\d)\b")


# A news lede's weekday between its subject and a verb in the past tense with an object: "The
# Vietnam Food Association on Wednesday cut its forecast ...", though the forecast looks ahead.
# (also the verbs whose past is their present: "cut", "put", "shut")
DEED_AFTER_WEEKDAY = re.compile(r" (?:[a-z]{2,}ed|said|told|gave|took|made|began|sold|set|cut|put|shut|raised|"
                                r"lowered|approved|signed)(?= (?:a|an|the|its|their|his|her|\d))")
MODAL_RIGHT_BEFORE = re.compile(r"\b(?:will|would|to|akan)\s+(?:on\s+)?$")


def _deed_right_after(match: re.Match) -> bool:
    text = match.string
    return DEED_AFTER_WEEKDAY.match(text, match.end()) is not None \
        and not MODAL_RIGHT_BEFORE.search(text, max(0, match.start() - 12), match.start())


AHEAD_BETWEEN = re.compile(r"\b(?:will|would|is|are|due|said|says|and|but|akan)\b|\bto\s+(?!the\b|a\b|an\b|its\b|their\b|his\b|"
                           r"her\b)[a-z]|[;:]")  # ("to reopen", not "to the ministry", "to Davao")
# An auxiliary that makes what follows a participle of now or of later, not a past tense:
# "will remain closed until Wednesday", "will be suspended from Friday", "is scheduled to".
# ... nor one after a determiner, an adjective: "the grounded ships", "a limited Cabinet meeting".
# ... nor one right after a comma, describing the noun before it ("the main road, closed since
# the landslide, on Friday").
PARTICIPLE_AFTER = re.compile(r"(?:\b(?:will|would|to|is|are|be|remain|remains|stay|stays|get|gets|the|a|an|its|their|his|"
                              r"her|this|that|these|those|some|all|four|three|two|several)|,)\s+(?:\w+ly\s+)?$",
                              re.IGNORECASE)


# A "when" clause in the present tense before the month: what happens every year.
WHEN_HABIT = re.compile(r"(?:^|[,;]\s*)[\"“]?[Ww]hen(?:ever)?\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+){0,2}[a-z]+(?<!ss)s\s+$")
AHEAD_AFTER = re.compile(r"\b(?:will|would|shall|is\s+(?:expected|set|due)|are\s+(?:expected|set|due)|plans?)\b")
FOR_GOODS = re.compile(r"\s+(?:delivery|shipment|shipments|contracts?|futures|loading|arrival|Day)\b")


# Verbs that report what is said, whose tense says nothing of what is reported: "Traders
# said rice arriving in August could drag prices down".
REPORTING = {"said", "told", "stated", "noted", "added", "warned", "reported", "announced"}


LOOKING_AHEAD = {"expected", "planned", "hoped", "aimed", "scheduled", "intended", "predicted", "forecast", "slated",
                 "set", "due"}


# ... but not a future told from the past: "The cut was due to take effect in August" (in July).
TOLD_AS_PAST = re.compile(r"(?<!\w)(?:had|was|were|telah|sudah|pernah|lalu|sempat)(?!\w)"
                          r"(?!\s+(?:due|scheduled|set|slated|expected|supposed|going)\s+to\b)", re.IGNORECASE)


def read_dm_numeric(match: re.Match, context: Context) -> FactDate | None:
    day, month = int(match.group("day")), int(match.group("mnum"))
    if not 1 <= month <= 12:
        return None
    return _calendar_day(match, _year_of(match, day, month, context), month, day)


# What opens a date that a forward-looking sentence starts something from ("will hold an
# election starting from Dec 28", "akan berlaku mulai 1 Maret"): that day is ahead.
STARTS_FROM = re.compile(r"(?i:(?<!\w)(?:mulai|starting|beginning|effective|berlaku)(?:\s+(?:from|on|tanggal|pada))?\s+)$")


def _year_of(match: re.Match, day: int, month: int, context: Context) -> int | None:
    """The year of a day and month written without one: the nearest to the article date,
    or the next when the sentence looks ahead and starts something from that day."""
    year = nearest_year(day, month, context.reference)
    if (year is not None and context.future and context.reference is not None
            and STARTS_FROM.search(match.string, max(0, match.start() - 24), match.start())):
        try:
            if date(year, month, day) < context.reference:
                return year + 1
        except ValueError:
            return year
    return _back_when_told_as_done(match, _ahead_when_long_past(year, day, month, context), day, month, context)


FAR_PAST = 90  # days: a day this long before the article is not what a sentence looking ahead sets


def _ahead_when_long_past(year: int | None, day: int, month: int, context: Context) -> int | None:
    """In a sentence that looks ahead, a day and month nearest the article but months
    past is next year's: "will host the summit in Manila on Nov. 10-12" in May."""
    if year is None or not context.future or context.reference is None:
        return year
    try:
        if (context.reference - date(year, month, day)).days > FAR_PAST:
            return year + 1
    except ValueError:
        pass
    return year


AHEAD_OF_DONE = 7  # days: a deed told in the past tense is not dated this far after the article


def _back_when_told_as_done(match: re.Match, year: int | None, day: int, month: int,
                            context: Context) -> int | None:
    """In a sentence that looks back, a day and month nearest the article but weeks ahead
    of it is last year's: "arrived on Jan 5" in an October article."""
    if year is None or context.future or context.reference is None:
        return year
    try:
        ahead = (date(year, month, day) - context.reference).days
    except ValueError:
        return year
    # ... and any day months ahead, in a sentence told in the past tense: "During Vesak
    # celebrations on May 12, pilgrims walked ..." in December is last May (not "It ends
    # with Garebeg Maulud on 26 August" in March: the present tells what is set)
    if ahead > FAR_PAST and _told_in_the_past(match.string):
        return year - 1
    return year - 1 if ahead > AHEAD_OF_DONE and _done_then(match) else year


def _part_before(match: re.Match) -> str | None:
    part = PART_BEFORE.search(match.string, max(0, match.start() - 13), match.start())
    return QUALIFIERS[part.group(1).lower()] if part else (QUALIFIERS.get((match.group("qual") or "").lower())
                                                            if match.groupdict().get("qual") else None)


def _deed_told_after(match: re.Match) -> bool:
    """A month opening its sentence before a deed in the past tense: "In February, another
    landslide buried 23 people" (not a saying: "..., he said")."""
    return match.start() < 4 and any(verb.group() not in ("said", "told") for verb in PAST_VERB.finditer(match.string))


def _told_in_the_past(sentence: str) -> bool:
    """(Asked only of a day months ahead of the article in a sentence not looking ahead.)"""
    return PAST_VERB.search(sentence) is not None


PROMISING = {"promised", "pledged", "vowed", "agreed", "invited", "summoned", "asked", "ordered", "urged"}
NOT_THE_DEED_BETWEEN = (" to ", "until", "before", "after", " by ", "lasting", "hingga", "sampai", " are ", " is ",
                        " will ", " would ", " due ")  # ("left aboard ... and are due in Tokyo on Nov. 21")


def _done_then(match: re.Match) -> bool:
    """The date's clause tells a deed done on it: its last verb before the date is in the
    past tense ("arrested him at the airport on March 3"), not passive after "to be" or
    "will", not one that promises or summons, and nothing between makes the date another
    event's ("summoned them to a hearing on Oct. 8", "declared an emergency lasting until")."""
    text = match.string
    clause = max(text.rfind(", ", 0, match.start()), text.rfind("; ", 0, match.start())) + 1
    verbs = list(PAST_VERB.finditer(text, clause, match.start()))
    if not verbs:
        return False
    verb = verbs[-1]
    if verb.group() in LOOKING_AHEAD or verb.group() in REPORTING or verb.group() in PROMISING \
            or text[max(0, verb.start() - 7):verb.start()].lower().endswith(("be ", "to ", "will ", "would ", "ll ")):
        return False
    between = text[verb.end():match.start()].lower()
    return not any(word in between for word in NOT_THE_DEED_BETWEEN)


def read_day_range(match: re.Match, context: Context) -> FactDate | None:
    return _days_of_month(int(match.group("day1")), int(match.group("day2")), _month(match),
                          match.group("year"), context)


def read_dm_range_numeric(match: re.Match, context: Context) -> FactDate | None:
    """"(3-4/6)", "(3-4/6/2024)": the first to the last day of one month."""
    groups = match.groupdict()
    first, last, month = (int(groups[g] or groups[g + "y"]) for g in ("day1", "day2", "mnum"))
    if not 1 <= month <= 12:
        return None
    return _days_of_month(first, last, month, groups["year"] or groups["yeary"], context)


def _days_of_month(first: int, last: int, month: int, written: str | None, context: Context) -> FactDate | None:
    """From the first to the last day of a month, in the year written or the nearest to the
    article's; none when the days run backwards or a day is not in the month."""
    year = int(written) if written else _ahead_when_long_past(nearest_year(first, month, context.reference),
                                                               first, month, context)
    if year is None or first >= last:
        return None
    try:
        return days_date(date(year, month, first), date(year, month, last))
    except ValueError:
        return None


def read_day_range_months(match: re.Match, context: Context) -> FactDate | None:
    """"28 November-3 Desember 2024": from a day of one month to a day of a later one."""
    first_month, last_month = MONTHS[match.group("month1").lower()], _month(match)
    first, last = int(match.group("day1")), int(match.group("day2"))
    year = int(match.group("year")) if match.group("year") else nearest_year(last, last_month, context.reference)
    if year is None:
        return None
    first_year = int(match.group("year1")) if match.group("year1") else year - (first_month > last_month)
    try:
        start = date(first_year, first_month, first)
        end = date(year, last_month, last)
    except ValueError:
        return None
    return days_date(start, end) if 0 < (end - start).days <= 62 else None


def read_month_range_bare(match: re.Match, context: Context) -> FactDate | None:
    """"from January to April" with no year: the latest such months up to the article's
    month, or ahead when the sentence looks ahead."""
    if context.reference is None:
        return None
    first, last = MONTHS[match.group("month1").lower()], _month(match)
    if first > last and (BETWEEN.match(match.group()) or not PAIRED.search(match.group())):
        return _across_new_year(context, first, last)
    if first >= last or last - first > 1 and PAIRED.search(match.group()) and not BETWEEN.match(match.group()):
        return None  # "in January and March" are two months, not the three ("between" them is a span)
    ref = context.reference
    year = ref.year + (1 if context.future and first <= ref.month and last < ref.month else 0) \
        - (1 if not context.future and first > ref.month else 0)
    if match.groupdict().get("at") and not context.future and not TOLD_AS_PAST.search(match.string):
        # "pada Maret hingga April", "in May-June": no word looks back, so the months nearest
        # the article ("memperkirakan puncak kasus pada Maret hingga April" in February).
        year = min((ref.year - 1, ref.year, ref.year + 1),
                   key=lambda y: _months_away(ref, y * 12 + first, y * 12 + last))
    named = YEAR_AFTER.match(match.string, match.end())  # "... to September this year", "... tahun lalu"
    if named:
        year = ref.year - (1 if (named.group(1) or named.group(2)).lower() in ("last", "lalu") else 0)
    return months_date(year, first, year, last)


def _across_new_year(context: Context, first: int, last: int) -> FactDate:
    """"from December to March": the months from one year into the next; the last such span
    begun by the article's month, or when the sentence looks ahead the first not yet over."""
    here = context.reference.year * 12 + context.reference.month
    if context.future:
        year = next(y for y in (context.reference.year - 1, context.reference.year)
                    if (y + 1) * 12 + last >= here)
    else:
        year = context.reference.year - (1 if context.reference.month < first else 0)
    return months_date(year, first, year + 1, last)


PAIRED = re.compile(r"\s(?:and|dan)\s")
BETWEEN = re.compile(r"(?i:between|antara)\s")
YEAR_AFTER = re.compile(r"\s+(?:(?:tahun|year)\s+(ini|lalu)|(this|last)\s+year)\b", re.IGNORECASE)


def _months_away(reference: date, first: int, last: int) -> int:
    """How many months a span of months (counted as year * 12 + month) lies from the
    article's month; 0 when it holds it."""
    here = reference.year * 12 + reference.month
    return first - here if first > here else here - last if last < here else 0


DEKADS = {"i": 1, "1": 1, "pertama": 1, "ii": 2, "2": 2, "kedua": 2, "iii": 3, "3": 3, "ketiga": 3}


def read_dasarian(match: re.Match, context: Context) -> FactDate | None:
    """One of a month's three ten-day periods: days 1-10, 11-20, or 21 to the month's end."""
    month, dek = _month(match), DEKADS[match.group("dek").lower()]
    year = int(match.group("year")) if match.group("year") else nearest_year(15, month, context.reference)
    if year is None:
        return None
    first = date(year, month, 10 * dek - 9)
    last = date.fromisoformat(month_date(year, month).end) if dek == 3 else first + timedelta(days=9)
    return days_date(first, last)


# "in the week of Jan 5", "the week of March 9": the Monday-to-Sunday week that holds the day.
WEEK_OF_BEFORE = re.compile(r"(?i:(?<![\w-])week\s+of\s+)$")


def read_named_day(match: re.Match, context: Context) -> FactDate | None:
    month, day = _month(match), int(match.group("day"))
    written = match.group("year") or match.groupdict().get("oldyear")
    year = int(written) if written else _year_of(match, day, month, context)
    value = _calendar_day(match, year, month, day)
    if isinstance(value, FactDate) and WEEK_OF_BEFORE.search(match.string, max(0, match.start() - 12), match.start()):
        return with_fields(week_of(date.fromisoformat(value.start)), text=value.text)
    return value


def read_qualified_year(match: re.Match, context: Context) -> FactDate:
    qualifier = QUALIFIERS[match.group("qual").lower()]
    if match.group("since"):
        qualifier = f"since {qualifier}"
    return year_date(int(match.group("year")), qualifier=qualifier)


def read_month_year_range(match: re.Match, context: Context) -> FactDate | None:
    """"between February 2022 and January 2024": from the first month's start to the
    second's end; joined by "and"/"dan" only after "between"/"antara", or when the months
    follow each other ("elections held in December 2025 and January 2026"): else a list."""
    first = (int(match.group("year1")), MONTHS[match.group("month1").lower()])
    last = (int(match.group("year")), _month(match))
    if match.group("join").lower() in ("and", "dan") and (match.group("open") or "").lower() not in ("between", "antara") \
            and (last[0] * 12 + last[1]) - (first[0] * 12 + first[1]) != 1:
        return None
    return months_date(*first, *last) if first < last else None


def read_same_period(match: re.Match, context: Context) -> FactDate | None:
    """"periode yang sama tahun lalu": the months the article last told of, a year earlier."""
    period = context.period
    if period is None:
        return None
    first, last = date.fromisoformat(period.start), date.fromisoformat(period.end)
    if period.precision == "day":  # "sejak awal Januari hingga 14 Februari": the same days
        return days_date(_year_back(first), _year_back(last))
    return months_date(first.year - 1, first.month, last.year - 1, last.month)


def read_same_month(match: re.Match, context: Context) -> FactDate | None:
    """"pada bulan itu", "that month": the month of the months the article last told of;
    none when that was more than one month."""
    period = context.period
    if period is None or period.start[:7] != period.end[:7]:
        return None
    return month_date(int(period.start[:4]), int(period.start[5:7]))


def _year_back(day: date) -> date:
    return day.replace(year=day.year - 1, day=min(day.day, calendar.monthrange(day.year - 1, day.month)[1]))


def read_month_range(match: re.Match, context: Context) -> FactDate | None:
    year, first, last = int(match.group("year")), MONTHS[match.group("month1")], _month(match)
    if first > last:  # "Desember hingga Maret 2026": from the year before
        return months_date(year - 1, first, year, last)
    return months_date(year, first, year, last) if first < last else None


def read_qualified_relative(match: re.Match, context: Context) -> FactDate | None:
    if context.reference is None:
        return None
    year = context.reference.year + _direction(match.group("dir") or match.group("dir_en"))
    qualifier = QUALIFIERS[match.group("qual").lower()]
    return year_date(year, qualifier=f"since {qualifier}" if match.group("since") else qualifier)


# The part of a month named before it: matched on the few characters before the month
# rather than as part of the month pattern, which then scans faster.
PART_BEFORE = re.compile(r"(?i:(?<!\w)(awal|pertengahan|akhir|early|mid|late)[\s-]+)$")


WEEK_BEFORE = re.compile(r"(?<!\w)(?:(?:pekan|minggu)\s+(pertama|kedua|ketiga|keempat|terakhir)\s+(?:bulan\s+)?"
                         r"|(first|second|third|fourth|last)\s+week\s+of\s+)$", re.IGNORECASE)


def read_month_year(match: re.Match, context: Context) -> FactDate:
    week = WEEK_BEFORE.search(match.string, max(0, match.start() - 25), match.start())
    if week:  # "pekan pertama Februari 2026": seven of its days
        order = WEEK_ORDINALS[(week.group(1) or week.group(2)).lower()]
        return _week_of_month(int(match.group("year")), _month(match), order)
    value = month_date(int(match.group("year")), _month(match))
    part = PART_BEFORE.search(match.string, max(0, match.start() - 13), match.start())
    return with_fields(value, qualifier=QUALIFIERS[part.group(1).lower()]) if part else value


ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "pertama": 1, "kedua": 2, "ketiga": 3,
                  "keempat": 4, "first": 1, "second": 2, "third": 3, "fourth": 4,
                  "terakhir": 4, "last": 4, "final": 4}


def _year_named(match: re.Match, context: Context, first: int, last: int) -> int | None:
    """The year written, or the one named by its distance from the article's (`tahun ini`),
    or with none named (`pada kuartal III`) the article's: the last one whose months
    `first`..`last` began by the article's month, or when the sentence looks ahead the
    first one whose months have not all passed."""
    groups = match.groupdict()
    if groups.get("year"):
        return int(groups["year"])
    if context.reference is None:
        return None
    if "rel" in groups:
        return context.reference.year + _direction(groups["rel"] or groups["rel_en"])
    if SPORT.search(match.string):
        return None  # "scored in the second half": a match's, not a year's
    ref = context.reference
    if match.group(0).endswith("of the year"):
        return ref.year  # "in the second half of the year": this one, passed or not
    if context.future:
        return ref.year + (last < ref.month)
    return ref.year - (first > ref.month)


# A game's halves and quarters are no part of a year.
SPORT = re.compile(r"(?i:\b(?:goals?|gol|scor\w*|skor|menit|minutes?|babak|laga|pertandingan|match(?:es)?|games?|"
                   r"striker|penalt\w*|kick-?off|points|led|trailed|equali[sz]\w*|unggul|tertinggal)\b)")




def read_quarter(match: re.Match, context: Context) -> FactDate | None:
    """A quarter of a year: its three months, at month precision."""
    groups = match.groupdict()
    word = (groups.get("q") or groups.get("qen") or "").lower()
    quarter = int(match.groupdict().get("qn") or (word if word.isdigit() else ROMAN_QUARTERS[word]))
    first = 3 * quarter - 2
    year = _year_named(match, context, first, first + 2)
    return None if year is None else months_date(year, first, year, first + 2)


def read_month_relative_year(match: re.Match, context: Context) -> FactDate | None:
    """A month in the year named by its distance from the article's ("June next year",
    "Desember tahun ini")."""
    if context.reference is None:
        return None
    year = context.reference.year + _direction(match.group("dir_en") or match.group("dir_id"))
    return month_date(year, MONTHS[match.group("month1")])


QUARTER_STEPS = {"this": 0, "the current": 0, "ini": 0, "berjalan": 0, "last": -1, "the previous": -1, "lalu": -1,
                 "next": 1, "the coming": 1, "depan": 1, "mendatang": 1}


def read_quarter_relative(match: re.Match, context: Context) -> FactDate | None:
    """A quarter named by its distance from the article's ("this quarter", "kuartal lalu")."""
    if context.reference is None:
        return None
    word = " ".join((match.group("dir_en") or match.group("dir")).lower().split())
    index = context.reference.year * 4 + (context.reference.month - 1) // 3 + QUARTER_STEPS[word]
    year, first = index // 4, index % 4 * 3 + 1
    return months_date(year, first, year, first + 2)


HALVES = {"i": 1, "ii": 2, "1": 1, "2": 2, "pertama": 1, "kedua": 2, "first": 1, "second": 2}


def read_half_year(match: re.Match, context: Context) -> FactDate | None:
    """A half of a year: its six months, at month precision."""
    half = HALVES[(match.group("h") or match.groupdict().get("hn") or match.group("hen")).lower()]
    first = 6 * half - 5
    year = _year_named(match, context, first, first + 5)
    return None if year is None else months_date(year, first, year, first + 5)


def read_year_part_en(match: re.Match, context: Context) -> FactDate | None:
    """"at the end of the year": the article's year (or the one named), with the part."""
    if context.reference is None:
        return None
    year = context.reference.year + _direction(match.group("dir_en"))
    return year_date(year, qualifier=ENGLISH_PARTS[match.group("part").lower()])


ENGLISH_PARTS = {"end": "late", "beginning": "early", "start": "early", "middle": "mid"}


def read_year_range(match: re.Match, context: Context) -> FactDate | None:
    first, second = int(match.group("year1")), match.group("year2")
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if not first < last <= first + 50:
        return None
    return year_date(first, last)


def read_since_year(match: re.Match, context: Context) -> FactDate:
    return year_date(int(match.group("year")), qualifier="since")


def read_context_year(match: re.Match, context: Context) -> FactDate:
    qualifier = "until" if match.group("cue").lower() in ("hingga", "sampai", "until", "by") else None
    year, second = int(match.group("year")), match.groupdict().get("year2")
    if second and int(second) == year + 1:  # "pada 2022 dan 2023": both years, one after the other
        return year_date(year, year + 1)
    return year_date(year, qualifier=qualifier)


def read_paren_year(match: re.Match, context: Context) -> FactDate:
    return year_date(int(match.group("year")))


QUALIFIERS = {"awal": "early", "early": "early", "pertengahan": "mid", "mid": "mid",
              "akhir": "late", "late": "late", "end": "late"}


def week_of(day: date) -> FactDate:
    monday = day - timedelta(days=day.weekday())
    return days_date(monday, monday + timedelta(days=6))


def shift_month(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _number(text: str) -> int:
    return int(text) if text.isdigit() else NUMBER_WORDS[text.lower()]


def shifted(reference: date, unit: str, amount: int) -> FactDate:
    """The day, week, month or year `amount` units away from the article date."""
    unit = UNITS[unit.lower().rstrip("s")]
    if unit == "day":
        return day_date(reference + timedelta(days=amount))
    if unit == "week":
        return week_of(reference + timedelta(weeks=amount))
    if unit == "month":
        return month_date(*shift_month(reference, amount))
    return year_date(reference.year + amount)


UNITS = {"hari": "day", "day": "day", "pekan": "week", "minggu": "week", "week": "week",
         "bulan": "month", "month": "month", "tahun": "year", "year": "year"}
PAST = {"yang lalu", "lalu", "silam", "ago", "kemarin", "last", "earlier", "sebelumnya"}
FUTURE = {"lagi", "mendatang", "later", "kemudian", "depan", "next", "nanti"}


def _direction(word: str | None) -> int:
    word = " ".join((word or "").lower().split())
    return -1 if word in PAST else 1 if word in FUTURE else 0


# A lead time before some other event, not a time before the article: "diumumkan paling
# lambat dua bulan sebelumnya", "at least three days before".
LEAD_TIME_BEFORE = re.compile(r"(?i:(?<!\w)(?:paling\s+lambat|selambat-lambatnya|paling\s+cepat|minimal|setidaknya|"
                              r"sekurang-kurangnya|at\s+least|no\s+later\s+than|up\s+to))\s+$")


# The baseline a figure is compared with: "up 18% from a year earlier", "dibanding setahun sebelumnya".
COMPARED_WITH_BEFORE = re.compile(r"(?i:(?<![\w-])(?:from|than|over|compared\s+(?:with|to)|versus|vs\.?|"
                                  r"dibanding(?:kan)?(?:\s+dengan)?|ketimbang|daripada))\s+$")


RANGE_OF_COUNTS_BEFORE = re.compile(r"(?i:(?<![\w-])(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|"
                                    r"one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:sampai|hingga|atau|to|or|-|–)\s*)$")
AGE_BEFORE = re.compile(r"(?i:(?<!\w)(?:berusia|berumur|usia|umur|usianya|aged)(?:\s+(?:sekitar|kira-kira|hampir|about|"
                       r"nearly))?)\s+$")


def read_relative_n(match: re.Match, context: Context) -> FactDate | None:
    # "empat hari kemudian", "four days later" count from the last day the article told
    # of, not from the article's own day: with none, there is nothing to count from.
    if match.group("dir").lower() in ("sebelumnya", "before", "earlier") and (
            LEAD_TIME_BEFORE.search(match.string, max(0, match.start() - 24), match.start())
            or COMPARED_WITH_BEFORE.search(match.string, max(0, match.start() - 24), match.start())):
        return None  # (... and "up 18% from a year earlier": what a figure is compared with, not when)
    if match.start() >= 2 and match.string[match.start() - 1] in ".," and match.string[match.start() - 2].isdigit():
        return None  # "74.000 tahun lalu": a count of thousands, not three years
    if AGE_BEFORE.search(match.string, max(0, match.start() - 24), match.start()):
        return None  # "yang kini berusia 47 tahun sebelumnya menjabat ...": an age, then an adverb
    if match.group("dir").lower() in AFTER_THEN \
            and RANGE_OF_COUNTS_BEFORE.search(match.string, max(0, match.start() - 24), match.start()):
        return None  # "ruam muncul tiga sampai lima hari kemudian": how long it takes, as a rule
    base = context.anchor if match.group("dir").lower() in AFTER_THEN else context.reference
    if base is None or match.group("se") and base is context.anchor and match.group("unit").lower() in (
            "bulan", "tahun"):
        return None  # "setahun kemudian" counts from a year told before, not from the last day told
    amount = (1 if match.group("se") else _number(match.group("n"))) * _direction(match.group("dir"))
    if base is context.anchor and match.group("unit").lower() in WEEK_UNITS:
        value = day_date(base + timedelta(weeks=amount))  # "tiga pekan kemudian": that many weeks after the day
    else:
        value = shifted(base, match.group("unit"), amount)
    return with_fields(value, qualifier="since") if match.group("since") else value


WEEK_UNITS = ("pekan", "minggu", "week", "weeks")
COUNT_JUST_BEFORE = re.compile(r"\d[.,]\d{3}\s+$")  # (thousands: "74.000", not "Pilkada 2031 bulan depan")


def read_relative_unit(match: re.Match, context: Context) -> FactDate | None:
    if context.reference is None:
        return None
    if match.group().split(None, 1)[0].lower() in UNITS \
            and COUNT_JUST_BEFORE.search(match.string, max(0, match.start() - 12), match.start()):
        return None  # "74.000 tahun lalu": that many years ago, no year of ours
    if match.group("unit_start"):
        return shifted(context.reference, "pekan", 0)  # "sejak awal pekan": this week
    if match.group("unit_this") or match.group("unit_this_id"):
        return shifted(context.reference, "bulan", 0)  # "by the end of the month": this month
    unit = match.group("unit") or match.group("unit_en")
    if unit == "Minggu" and match.start() > 0:
        return None  # capitalised inside a sentence, "Minggu kemarin" is Sunday: a weekday
    if match.group("unit_en") and unit[0].isupper() and match.group("dir_en")[0].isupper() and match.start() > 0:
        return None  # "This Week in Asia", "Next Year Fund": a name in title case, no time
    amount = _direction(match.group("dir") or match.group("dir_en"))
    if unit.lower() == "weekend":
        monday = date.fromisoformat(week_of(context.reference + timedelta(weeks=amount)).start)
        return days_date(monday + timedelta(days=5), monday + timedelta(days=6))
    if unit.startswith(("akhir", "Akhir")):
        # "akhir pekan ini", "akhir pekan lalu": a part of the week is that week, as a part of a
        # year is the year ("akhir 2024"), with the part kept as its qualifier; news writes it
        # for any day from Friday on, and annotators date the week
        return with_fields(shifted(context.reference, "pekan", amount), qualifier="late")
    return shifted(context.reference, unit, amount)


def read_the_weekend(match: re.Match, context: Context) -> FactDate | None:
    """The weekend the article is in or last passed; the next one in a sentence that looks
    ahead from a weekday."""
    if context.reference is None:
        return None
    ref = context.reference
    saturday = ref - timedelta(days=(ref.weekday() - 5) % 7)  # this Saturday or the last one
    if context.future and ref.weekday() < 5:
        saturday += timedelta(days=7)
    return days_date(saturday, saturday + timedelta(days=1))


def read_weekday_of_week(match: re.Match, context: Context) -> FactDate | None:
    """"Rabu pekan lalu": the Wednesday of the week before the article's (weeks start on
    Monday)."""
    if context.reference is None:
        return None
    amount = _direction(match.group("dir") or match.group("dir_en"))
    monday = date.fromisoformat(week_of(context.reference + timedelta(weeks=amount)).start)
    return day_date(monday + timedelta(days=WEEKDAYS[match.group("weekday").lower()]))


def read_decade(match: re.Match, context: Context) -> FactDate:
    first = int(match.group("decade"))
    return year_date(first, first + 9)


# Parts of the day the article is published: today ("siang ini", "tadi pagi", "tonight").
TODAY_PARTS = ("pagi ini", "siang ini", "sore ini", "malam ini", "tadi pagi", "tadi siang", "tadi sore",
               "this morning", "this afternoon", "this evening", "tonight")
# "tadi malam", "last night": the night before the day of the report, which news mostly
# publishes the morning after ("semalam" is left out: it is also "for one night").
LAST_NIGHT = ("tadi malam", "last night")
AFTER_THEN = {"kemudian", "later", "earlier", "sebelumnya"}
RELATIVE_DAYS = {"hari ini": 0, "today": 0, "kemarin": -1, "yesterday": -1, "besok": 1,
                 "tomorrow": 1, "lusa": 2, "kemarin lusa": -2,
                 **dict.fromkeys(TODAY_PARTS, 0), **dict.fromkeys(LAST_NIGHT, -1)}


YEAR_OFFSETS = {"this year": 0, "tahun ini": 0, "ini": 0, "last year": -1, "tahun lalu": -1,
                "next year": 1, "next": 1, "tahun depan": 1, "depan": 1}


def read_year_pair(match: re.Match, context: Context) -> FactDate | None:
    """"this year and next": from the first year's start to the second's end."""
    if context.reference is None:
        return None
    first = context.reference.year + YEAR_OFFSETS[" ".join(match.group("first").lower().split())]
    second = context.reference.year + YEAR_OFFSETS[" ".join(match.group("second").lower().split())]
    return year_date(first, second) if first < second else None


def read_recent_span(match: re.Match, context: Context) -> FactDate | None:
    """The days up to the article's: its last seven, or since its month or year began."""
    if context.reference is None:
        return None
    ref = context.reference
    if match.group("so_far"):
        first = ref.replace(day=1) if match.group("so_far").lower() == "month" else ref.replace(month=1, day=1)
        return days_date(first, ref) if first < ref else day_date(ref)
    return days_date(ref - timedelta(days=6), ref)


def read_first_months(match: re.Match, context: Context) -> FactDate | None:
    """The first N months of a year: the article's year, the last one, or the one written."""
    count = _number(match.group("n") or match.group("n_id"))
    written = match.group("year") or match.group("year_id")
    if not 1 < count <= 12 or (written is None and context.reference is None):
        return None
    year = int(written) if written else context.reference.year - bool(match.group("last") or match.group("last_id"))
    return months_date(year, 1, year, count)


RECENT_UNITS = {"hari": "day", "days": "day", "pekan": "week", "minggu": "week", "weeks": "week",
                "bulan": "month", "months": "month", "tahun": "year", "years": "year"}


def read_recent_n(match: re.Match, context: Context) -> FactDate | None:
    """The last N days or weeks up to the article's day ("tiga hari terakhir" on 5 November
    is 3 to 5 November). The last N months or years are no date: they frame a trend or a
    count ("naik beberapa kali dalam lima tahun terakhir", "rose 30% over the past 12
    months", "yang ketiga dalam 18 bulan terakhir"), which readers date by its telling."""
    if context.reference is None:
        return None
    ref, n = context.reference, _number(match.group("n") or match.group("n_en"))
    unit = RECENT_UNITS[(match.group("unit") or match.group("unit_en")).lower()]
    if not 1 < n <= 100 or unit not in ("day", "week"):
        return None
    return days_date(ref - timedelta(days=n * (7 if unit == "week" else 1) - 1), ref)


def read_same_day(match: re.Match, context: Context) -> FactDate | None:
    """"malam itu", "that night": the day the article last told of; none without one, nor
    in a sentence about what recurs ("sails every Monday and Friday and returns the same
    day": the same day as each sailing)."""
    if not context.anchor or RECURRING.search(match.string):
        return None
    if COUNT_RIGHT_BEFORE.search(match.string, max(0, match.start() - 12), match.start()):
        return None  # "Paket wisata tujuh hari itu dijual ...": that seven-day package, no day
    return day_date(context.anchor)


COUNT_RIGHT_BEFORE = re.compile(r"(?i:(?<![\w-])(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|"
                                r"beberapa|two|three|four|five|six|seven|eight|nine|ten)\s+)$")


RECURRING = re.compile(rf"(?i:\b(?:{'|'.join(HABIT_WORDS)})\s+(?:hari|day|week|minggu|pekan|bulan|month|"
                       + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b)")


# A date just before "kemarin", which then means "past", not yesterday: "pada 1 Juni kemarin".
DATE_BEFORE = re.compile(r"(?:\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?|\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))\s+$")


def read_relative_day(match: re.Match, context: Context) -> FactDate | None:
    if context.reference is None:
        return None
    if match.group("word").lower() == "kemarin" and DATE_BEFORE.search(match.string, max(0, match.start() - 24),
                                                                         match.start()):
        return None
    return day_date(context.reference + timedelta(days=RELATIVE_DAYS[match.group("word").lower()]))


def read_weekday(match: re.Match, context: Context) -> FactDate | None:
    """A bare weekday is the nearest such day before the article date (news reports what
    happened), or after it when the words or the sentence point ahead."""
    if context.reference is None:
        return None
    target = WEEKDAYS[match.group("weekday").lower()]
    direction = _direction(match.group("post") or (match.group("pre") or "").strip())
    back = (context.reference.weekday() - target) % 7
    if direction == 0 and not context.future and (
            UNTIL_BEFORE.search(match.string, max(0, match.start() - 12), match.start())
            and OPEN_UNTIL.search(match.string, max(0, match.start() - 50), match.start())
            or match.string.endswith(" by ", 0, match.start()) and not _past_verb_before(match)
            or match.string.endswith(" for ", 0, match.start())
            or (SCHEDULED_NOW.search(match.string, max(0, match.start() - 50), match.start())
                or MODAL_BEFORE.search(match.string, max(0, match.start() - 60), match.start()))
            and not _past_verb_near(match)) \
            and not TOLD_AS_PAST.search(match.string, 0, match.start()):
        # ... and "by Thursday", a deadline, unless told as past ("had arrived by Monday"),
        # and "for Thursday", what something is set for ("rebooked her flight for Thursday")
        direction = 1 if back else 0  # "dibuka hingga Senin" on a Sunday: an end set ahead, tomorrow
        if not back:
            return day_date(context.reference)
    if direction > 0 or (direction == 0 and context.future and not _when_said(match)
                         and not _past_verb_near(match) and not _deed_right_after(match)):
        ahead = (target - context.reference.weekday()) % 7
        return day_date(context.reference + timedelta(days=ahead or (7 if direction > 0 else 0)))
    if direction < 0 and back == 0:
        back = 7
    return day_date(context.reference - timedelta(days=back))


# A schedule told in the present tense before the day: "Online booking opens on Thursday",
# "the ban takes effect on Monday".
SCHEDULED_NOW = re.compile(r"\b(?:opens|reopens|starts|begins|ends|closes|resumes|expires|kicks\s+off|takes\s+effect|"
                           r"(?:is|are)\s+due|"
                           r"departs|launches|runs\s+(?:until|through|to))\b[^,;]{0,40}\s(?:on\s+)?$")
# ... or a possibility ahead: "the index could enter the unhealthy range on Saturday".
MODAL_BEFORE = re.compile(r"\b(?:could|may|might)\s+(?!have\b|had\b)[a-z]+\b[^,;.]*$")
UNTIL_BEFORE = re.compile(r"(?<!\w)(?:hingga|sampai|until|till)\s+(?:hari\s+)?$", re.IGNORECASE)
# What is open or in force until a day sets an end ahead ("dibuka hingga Senin", "open until
# Monday"), where data "hingga Senin malam" is counted up to a day past.
OPEN_UNTIL = re.compile(r"(?<!\w)(?:dibuka|buka|diperpanjang|berlaku|ditutup|berlangsung|ditunda|dihentikan|open|opens|"
                        r"extended|closed|runs|valid|remains?|waives?|waived|suspends?|suspended|halts?|halted)(?!\w)",
                        re.IGNORECASE)


# A weekday in the frame of a speech ("said on Thursday that ... would", "di Jakarta,
# Kamis, mengatakan ... akan") is when it was said, in the past, even if what was said
# looks ahead.
# "said late on Wednesday", "said in a statement on Friday" too.
SAID_BEFORE = re.compile(r"(?:said|says|told(?:\s+\w+){0,4}|stated|added|announced|explained|"
                         r"mengatakan|menyatakan|menjelaskan|menegaskan|menambahkan|mengungkapkan)"
                         # ... "said in a statement", "in an emailed reply", "said by phone"
                         r"\s*,?\s*(?:in\s+an?\s+(?:[\w-]+\s+){1,3}|"
                         r"by\s+(?:phone|telephone)\s+|dalam\s+keterangannya\s+)?"
                         # ... where it was said: "said in Jakarta on Tuesday"
                         r"(?:(?:in|di)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*,?\s+)?"
                         r"(?:(?:late|early|earlier|later)\s+)?(?:on\s+|pada\s+(?:hari\s+)?)?$",
                         re.IGNORECASE)
SAID_AFTER = re.compile(r"\s*(?:\([^)]{0,12}\)\s*)?,?\s*(?:mengatakan|menyatakan|menjelaskan|"
                        r"menegaskan|menambahkan|mengungkapkan|menyebutkan|menuturkan|said|told)\b",
                        re.IGNORECASE)


# An English verb in the past tense right after the weekday dates a deed done that day
# ("Washington on Monday notified Jakarta that a tariff would apply"), whatever it reports.
DONE_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:" + DONE_VERBS + r")\b")
# ... also after a comma and the one who did it, when the day opens the sentence ("On Sunday,
# Felle announced that Sarmi would host ..."; not "... by Friday, Hendra added").
DONE_AFTER_OPENING = re.compile(r"\s*,\s*(?:the\s+[a-z]+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})" + DONE_AFTER.pattern)


# ... or after a participle of what was done ("In a statement issued on Monday, SNP said it
# would ..."), unless it is still to be ("to be held on Monday").
DONE_BEFORE = re.compile(r"(?<!\bbe )(?<!\bbeen )(?:issued|released|published|posted|filed|dated|sent|"
                         r"circulated|uploaded|held|signed)\s+(?:late\s+|early\s+)?(?:on\s+)?$")


# ... or after the occasion it was said at, far from the verb ("said Andi, a researcher at
# Hasanuddin University in Makassar, in a phone interview on Tuesday").
SAID_AT = re.compile(r"(?:interview|statement|briefing|press\s+conference|news\s+conference)\s+"
                     r"(?:late\s+|early\s+)?(?:on\s+)?$")


def _when_said(match: re.Match) -> bool:
    return dates_the_saying(match.string, match.start(), match.end()) \
        or match.group("weekday")[-3:] == "day" and (
            SAID_AT.search(match.string, max(0, match.start() - 30), match.start()) is not None
            or DONE_AFTER.match(match.string, match.end()) is not None
            or match.start() <= 3 and DONE_AFTER_OPENING.match(match.string, match.end()) is not None
            or DONE_BEFORE.search(match.string, max(0, match.start() - 30), match.start()) is not None)


def dates_the_saying(text: str, start: int, end: int) -> bool:
    """Whether the date at `start`..`end` is in the frame of a speech: when it was said."""
    return bool(SAID_BEFORE.search(text, max(0, start - 40), start) or SAID_AFTER.match(text, end))


READERS = {
    "weekday_of_week": read_weekday_of_week, "the_weekend": read_the_weekend, "decade": read_decade, "recent_n": read_recent_n,
    "malformed": read_malformed, "dmy_numeric": read_dmy_numeric, "dmy_dash": read_dmy_numeric,
    "dm_numeric": read_dm_numeric, "dm_range_numeric": read_dm_range_numeric, "dmy_short": read_dmy_short, "month_only": read_month_only, "day_range": read_day_range,
    "day_range_en": read_day_range, "day_range_months": read_day_range_months,
    "month_range_bare": read_month_range_bare, "year_between": read_year_range,
    "dmy_named": read_named_day, "mdy_named": read_named_day,
    "qualified_year": read_qualified_year, "month_year": read_month_year,
    "month_range": read_month_range, "quarter": read_quarter, "half_year": read_half_year,
    "month_year_range": read_month_year_range, "quarter_bare": read_quarter, "quarter_adjective": read_quarter, "half_bare": read_half_year,
    "same_period": read_same_period, "year_part_en": read_year_part_en, "qualified_relative": read_qualified_relative,
    "year_range": read_year_range, "since_year": read_since_year,
    "context_year": read_context_year, "scheduled_year": read_context_year, "dasarian": read_dasarian,
    "year_before_noun": read_context_year, "old_year": read_context_year, "old_year_range": read_year_range,
    "event_year": read_context_year, "fiscal_year": read_context_year, "budget_year": read_context_year, "paren_year": read_paren_year,
    "relative_n": read_relative_n, "relative_unit": read_relative_unit,
    "relative_day": read_relative_day, "weekday": read_weekday, "same_day": read_same_day, "same_month": read_same_month,
    "recent_span": read_recent_span, "year_pair": read_year_pair, "first_months": read_first_months, "quarter_relative": read_quarter_relative,
    "month_relative_year": read_month_relative_year,
}
