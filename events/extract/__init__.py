"""Pure extraction: an article's text and metadata in, its facts out.

No SQLite, no click, no clock: the same article always gives the same facts. Rules and a
shipped gazetteer rather than a model, because no offline Indonesian tagger is usable
here (see DESIGN.md); `EXTRACTOR_VERSION` changes whenever the rules change what they
produce, so a re-extraction can record the differences.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..article import Article, Extraction, Fact, Mention, normalise_text
from .dates import find_dates
from .facts import ArticleMemory, sentence_facts
from .gazetteer import gazetteer
from .sentences import Sentence, split_body
from .words import CLOSING_QUOTES, NUMBER_WORDS

EXTRACTOR_VERSION = "173"

__all__ = ["EXTRACTOR_VERSION", "extract"]

# A date in the URL path: /2023/08/21/, a -2023-09-05/ slug ending, or the 14-digit
# timestamp some outlets open an article id with (/20240817190501-178-...).
URL_DATES = [
    re.compile(r"/((?:19|20)\d\d)/([01]?\d)/([0-3]?\d)(?:/|\b)"),
    re.compile(r"[/-]((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?:/|$|\.html?)"),
    re.compile(r"/((?:19|20)\d\d)([01]\d)([0-3]\d)(?:\d{6})?-"),
]
# ... and a month, day, year and time run together before the page's extension
# ("...-05122026143010.html", as some wire sites stamp a story): read month first.
URL_STAMP = re.compile(r"-([01]\d)([0-3]\d)((?:19|20)\d\d)\d{6}\.html?$")
# A byline that is the day written with dots, year first: "2026.05.12".
DOTTED_DAY = re.compile(r"^\s*((?:19|20)\d\d)[.-]([01]\d)[.-]([0-3]\d)\s*$")  # "2026.05.12", "2025-01-16"


def extract(article: Article) -> Extraction:
    """The facts an article states, in order, each repeated statement once."""
    body = split_body(article.text)
    reference, source = article_date(article, body.byline_date,
                                     body.sentences[0].text if body.sentences else "")
    memory = ArticleMemory(abroad="Indonesia" not in article.text and "INDONESIA" not in article.text,
                           dateline=body.dateline.casefold() if body.dateline else None, text=article.text)
    facts = []
    seen: set[str] = set()
    quoted: list[Sentence] = []  # sentences of a quotation whose speaker comes later

    def keep(found: list) -> None:
        for fact in found:
            if _states_something(fact):  # numbered as kept: the fields given in order, not as a dict
                facts.append(Fact(len(facts), fact.text, fact.start, fact.end, fact.kind, fact.modality,
                                  fact.date, fact.place, fact.mentions))

    def unquote(speaker: str | None, said: Fact | None = None, closing: str = "") -> list:
        found = [f for s in quoted for f in sentence_facts(s.text, s.start, reference, memory, speaker)]
        quoted.clear()
        return [_said_when_and_where(f, said, closing) for f in found] if said else found

    # The headline printed again above the story is the page's, not a statement of it.
    headline = normalise_text(article.title).casefold() if article.title else None
    for sentence in body.sentences:
        key = normalise_text(sentence.text).casefold()
        if key in seen or headline and len(key) > 20 and headline.startswith(key.rstrip(".")):
            continue
        seen.add(key)
        if quoted and (sentence.paragraph != quoted[0].paragraph or len(quoted) == QUOTE_REACH):
            keep(unquote(None))
        balance = _quotes_opened(sentence.text)
        if balance > 0 or (quoted and balance == 0):
            quoted.append(sentence)  # "Kami akan ... lebih dulu. Klien kami ...," kata X.
            continue
        found = sentence_facts(sentence.text, sentence.start, reference, memory)
        if body.dateline and found and found[0].place is None:
            if sentence is body.sentences[0]:
                found[0] = _filed_at(found[0], body.dateline)
            elif " here" in sentence.text and HERE.search(sentence.text):
                found[0] = _filed_at(found[0], body.dateline, here=True)
        if quoted:
            speaker = next((m.name for m in found[0].mentions if m.role == "speaker"), None) if found else None
            attributed = speaker if balance < 0 else None
            keep(unquote(attributed, found[0] if attributed else None, sentence.text))
        keep(found)
    keep(unquote(None))
    return Extraction(
        facts=tuple(facts),
        published=reference.isoformat() if reference else None,
        published_from=source,
        dateline=article.dateline or body.dateline,
    )


# "said here on Saturday", "told ANTARA here": where the report was filed, as wires write it.
HERE = re.compile(r"(?<!\w)here(?=\s+(?:on|in|at|last|this|early|late|today|yesterday|recently)\b|\s*[,.;]|$)")


def _filed_at(fact: Fact, dateline: str, here: bool = False) -> Fact:
    """The first sentence, which names no place of its own, happened where the report was
    filed, when its dateline names a place the gazetteer knows ("KUALA LUMPUR: Malaysia
    and Indonesia agreed on Monday ..."); a sentence that says "here" did, known or not
    (a dateline's first words may be an outlet's name, never "here")."""
    known = [m for m in gazetteer().find(dateline) if (m.start, m.end) == (0, len(dateline))
             and m.entry.type in ("place", "country")]
    if not known:
        return replace(fact, place=dateline, mentions=(*fact.mentions, Mention(dateline, "place", "place", dateline))) \
            if here else fact
    entry = known[0].entry
    return replace(fact, place=entry.name,
                   mentions=(*fact.mentions, Mention(entry.name, entry.type, "place", dateline, entry.wikidata)))


def article_date(article: Article, byline: str | None, first: str) -> tuple[date | None, str | None]:
    """The article's own date: metadata first, then a byline or dateline date, then a date
    in the URL path (or in an address on the text's first line), then a full date early in
    the first sentence (which more often dates the happening than the article, so it comes
    last); with where it came from."""
    if article.published:
        return date.fromisoformat(article.published), "metadata"
    dotted = DOTTED_DAY.match(byline) if byline else None
    dated = _valid_day(*dotted.groups()) if dotted else _day_in(byline)
    if dated:
        return dated, "dateline"
    url = article.url or _url_line(article.text)
    for pattern in URL_DATES:
        match = pattern.search(url)
        if match and (day := _valid_day(*match.groups())):
            return day, "url"
    stamp = URL_STAMP.search(url)
    if stamp and (day := _valid_day(stamp.group(3), stamp.group(1), stamp.group(2))):
        return day, "url"
    dated = _day_in(first[:120])
    if dated is None and (copyright := COPYRIGHT_YEAR.search(article.text)):
        # "KOTA KINABALU, March 10 (Bernama) --" with the year only in "© 2025 BERNAMA": the
        # day written out in that year ("today" then says nothing; a day and month are read
        # nearest to mid-year, which is inside it)
        midyear = date(int(copyright.group(1)), 7, 2)
        dated = _day_in(byline, midyear, written=True) or _day_in(first[:120], midyear, written=True)
    return (dated, "dateline") if dated else (None, None)


COPYRIGHT_YEAR = re.compile(r"(?:©|\([Cc]\)|Copyright)\s*(?:©\s*)?((?:19|20)\d\d)\b")


def _valid_day(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


URL_LINE = re.compile(r"\s*(https?://\S+)\s*(?:\n|$)")


def _url_line(text: str) -> str:
    """A page saved as text without metadata often opens with its address on a line."""
    match = URL_LINE.match(text)
    return match.group(1) if match else ""


def _day_in(text: str | None, reference: date | None = None, written: bool = False) -> date | None:
    spans = [d for d in find_dates(text, reference) if d.date and d.date.precision == "day"
             and (not written or any(c.isdigit() for c in d.text))] if text else []
    return date.fromisoformat(spans[0].date.start) if spans else None


# A quotation of more sentences than this is not waited for: its speaker is too far off.
QUOTE_REACH = 4


def _quotes_opened(text: str) -> int:
    """1 when the sentence opens a quotation it does not close, -1 when it closes one it
    did not open, else 0."""
    straight = text.count('"') % 2
    curly = text.count("\u201c") - text.count("\u201d")
    if text[:1] == "\u201d":
        curly += 2  # some outlets open a quotation with the closing mark: ”Kami ...

    if curly > 0 or (straight and text.lstrip()[:1] == '"'):
        return 1
    if curly < 0 or straight:
        return -1
    return 0


def _said_when_and_where(fact: Fact, said: Fact, closing: str) -> Fact:
    """An earlier sentence of a quotation takes the day and place its attribution gives
    after the closing quote (`...," kata X di Mapolrestabes Surabaya, Selasa (14/5/2024).`),
    as context, when it gives none of its own: it was said then and there."""
    close = max(closing.rfind(mark) for mark in CLOSING_QUOTES)
    changes = {}
    own = fact.date is not None and (fact.date.basis == "explicit" or fact.date.doubt)
    if not own and said.date is not None and said.date.basis == "explicit" and said.date.text \
            and closing.find(said.date.text, close) >= 0:
        changes["date"] = replace(said.date, basis="context", time=fact.date.time if fact.date else None)
    place = next((m for m in said.mentions if m.role == "place" and m.name == said.place), None)
    if fact.place is None and place is not None and closing.find(place.text, close) >= 0:
        changes["place"] = place.name
        changes["mentions"] = (*fact.mentions, place)
    return replace(fact, **changes) if changes else fact


def _states_something(fact) -> bool:
    """A sentence with no entity, no date of its own, no cue and no figure states nothing
    we keep; one with a doubtful date is kept, so that the doubt is seen, and one with a
    figure ("mencapai 1.146 suara atau 6,8 persen", "The draw assigned 2,448 units") states
    a count, a share or an amount, which is a fact though no one is named."""
    explicit = fact.date is not None and (fact.date.basis == "explicit" or bool(fact.date.doubt))
    return bool(fact.mentions) or explicit or fact.kind != "other" or (
        (FIGURE.search(fact.text) or COUNT_WORD.search(fact.text)) is not None
        and fact.text.count(" ") >= 3) or (  # (not a list's "1.")
        fact.text.count(" ") >= 5 and REPORTED.search(fact.text) is not None)


FIGURE = re.compile(r"\d")  # (any digit: a date the sentence holds is read before this)
# ... or a count in words: "Api ... Tiga anak buah kapal mengalami luka bakar", "Twenty-three
# people died", "Polisi masih memburu dua orang lain".
# The number words of more than one (not "a", "satu"), and the tens, hundreds and ordinals.
COUNT_WORD = re.compile(rf"(?<![\w-])(?i:{'|'.join(word for word, value in NUMBER_WORDS.items() if value > 1)}|"
                        r"(?:se|dua|tiga)(?:puluh|ratus|ribu)|puluhan|ratusan|ribuan|belasan|kedua|ketiga|keempat|"
                        r"eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|dozens?)(?![\w])")
# ... or what someone unnamed holds or reports, or what a record says: "Pengusaha hotel di tiga
# gili menilai kenaikan itu terlalu tinggi", "Most of them were found dead the next morning,
# according to the group's records." (a party or a source, if no name)
REPORTED = re.compile(r"(?<![\w-])(?:menilai|mengatakan|menyatakan|mengaku|mengeluhkan|berpendapat|menurut|"
                      r"according\s+to|said|told|say|says|complained|"
                      # ... or what a finding shows: "Hasil pemeriksaan sementara menunjukkan dua dari
                      # enam tiang fender patah", "The survey showed most households ..."
                      r"menunjukkan|memperlihatkan|showed|shows|found)(?![\w-])")
