"""From article text to sentences with their offsets: boilerplate out, dateline off.

Scraped news carries lines that are not statements (related-article links, bylines,
editor credits, widgets); they are dropped here so that no later rule sees them. The
dateline that opens an article ("Labuan Bajo (ANTARA) - ", "JAKARTA, KOMPAS.com - ") is
cut from the first sentence and returned, because the place it names is where the
report was filed, not necessarily where the fact happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

BOILERPLATE = re.compile(
    r"^\s*(?:"
    r"(?i:baca\s+juga|read\s+also|read\s+more|lihat\s+juga|simak\s+juga|artikel\s+terkait)\s*:"
    r"|(?i:editor|penulis|pewarta|reporter|penyunting|redaktur|sumber|foto|video|caption|"
    r"photo|writer|editing\s+by|reporting\s+by)\s*:"
    r"|(?i:laporan\s+wartawan)\b"
    r"|(?i:scroll\s+to\s+continue)"
    r"|(?i:copyright|hak\s+cipta)\b|©"
    r"|(?i:ikuti\s+(?:berita|kami)|follow\s+us|share\s*(?:this)?\s*:?\s*$|bagikan\b)"
    r"|(?i:ukuran\s+font|font\s+size|a\+\s*a-|a-\s*a\+)"
    r"|(?i:advertisement|iklan)\s*$"
    r")"
)
# A byline date such as "Sabtu, 19 Agu 2023 13:48 WIB" alone on its line.
BYLINE_DATE = re.compile(
    r"^\s*(?:[A-Z][a-z']+,?\s+)?\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}(?:,?\s+\d{1,2}[:.]\d{2}"
    r"(?:\s*(?:WIB|WITA|WIT))?)?\s*$"
)
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z .'-]{1,40}?)"
    r"(?:\s*,\s*(?P<outlet1>[A-Za-z.]+(?:\.(?:com|co|id|co\.id))?)"
    r"|\s*\((?P<outlet2>[^)]{2,30})\)"
    r"|(?P<tribun>TRIBUNNEWS\.COM|TEMPO\.CO)\s*,\s*(?P<place2>[A-Za-z .]+?))?"
    r"(?:\s*,\s*(?P<date>[A-Z][a-z]+\s*\(\d{1,2}/\d{1,2}(?:/\d{4})?\)))?"
    r"\s*(?:-|–|—)\s+"
)
OUTLET_FIRST = re.compile(r"^(?P<outlet>[A-Z][A-Za-z]*\.(?:COM|CO|com|co)(?:\.id)?)\s*,\s*"
                          r"(?P<place>[A-Za-z .]{2,40}?)\s*(?:-|–|—)\s+")
ABBREVIATIONS = {
    "pol", "irjen", "brigjen", "komjen", "kombes", "jend", "jl", "kab", "kec", "kel", "dkk",
    "no", "dr", "drs", "ir", "h", "hj", "prof", "st", "sh", "mh", "mr", "mrs", "ms", "gen",
    "lt", "col", "capt", "maj", "sgt", "inc", "ltd", "co", "corp", "vs", "tn", "ny", "sdr",
    "a.n", "u.p", "s.d", "dll", "dsb", "tsb", "yth", "km", "rp", "nomor", "no", "hlm", "p",
    "u.s", "jan", "feb", "mar", "apr", "jun", "jul", "agu", "aug", "sep", "sept", "okt", "oct",
    "nov", "des", "dec", "bpk", "sdri", "kol", "let", "mayjen", "laksda", "marsda", "akbp",
}
SENTENCE_END = re.compile(r"[.!?]+[\"'”’)]*(?=\s+|$)")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class Body:
    sentences: list[Sentence]
    dateline: str | None
    byline_date: str | None  # a byline line, or the date inside the dateline


def is_boilerplate(line: str) -> bool:
    return bool(BOILERPLATE.match(line))


def split_body(text: str) -> Body:
    """Sentences of the article body in order, without boilerplate or the dateline."""
    sentences: list[Sentence] = []
    dateline = byline = None
    offset = 0
    paragraph = 0
    for line in text.split("\n"):
        line_start, offset = offset, offset + len(line) + 1
        if not line.strip() or is_boilerplate(line):
            continue
        if BYLINE_DATE.match(line):
            byline = byline or line.strip()
            continue
        skip = 0
        if dateline is None and paragraph == 0:
            dateline, skip, dated = _dateline(line)
            byline = byline or dated
        for start, end in _sentence_spans(line, skip):
            sentences.append(Sentence(line[start:end], line_start + start, line_start + end, paragraph))
        paragraph += 1
    return Body(sentences, dateline, byline)


def _dateline(line: str) -> tuple[str | None, int, str | None]:
    """The dateline's place, where the body starts after it, and a date it carries."""
    match = OUTLET_FIRST.match(line)
    if match:
        return match.group("place").strip(), match.end(), None
    match = DATELINE.match(line)
    if match and len(match.group("place").split()) <= 4:
        place = (match.group("place2") or match.group("place")).strip()
        return place.title() if place.isupper() else place, match.end(), match.group("date")
    return None, 0, None


def _sentence_spans(line: str, start: int) -> list[tuple[int, int]]:
    """Sentence boundaries in one line: a stop that is not an abbreviation, a decimal or
    an initial, followed by space and a capital letter, a quote or a digit."""
    spans = []
    begin = start
    for match in SENTENCE_END.finditer(line, start):
        end = match.end()
        word = re.search(r"([\w.]+)[.!?]*[\"'”’)]*$", line[begin:end])
        raw = word.group(1).rstrip(".") if word else ""
        token = raw.lower()
        following = line[end:].lstrip()
        initial = len(raw) == 1 and raw.isalpha() and raw.isupper()
        if match.group().startswith(".") and (token in ABBREVIATIONS or initial):
            continue
        if following and not (following[0].isupper() or following[0] in "\"'“‘(" or following[0].isdigit()):
            continue
        if line[begin:end].strip():
            spans.append(_trim(line, begin, end))
        begin = end
    if line[begin:].strip():
        spans.append(_trim(line, begin, len(line)))
    return spans


def _trim(line: str, begin: int, end: int) -> tuple[int, int]:
    while begin < end and line[begin].isspace():
        begin += 1
    while end > begin and line[end - 1].isspace():
        end -= 1
    return begin, end
