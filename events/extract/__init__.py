"""Pure extraction: an article's text and metadata in, its facts out.

No SQLite, no click, no clock: the same article always gives the same facts. Rules and a
shipped gazetteer rather than a model, because no offline Indonesian tagger is usable
here (see DESIGN.md); `EXTRACTOR_VERSION` changes whenever the rules change what they
produce, so a re-extraction can record the differences.
"""

from __future__ import annotations

import re
from datetime import date

from ..article import Article, Extraction, normalise_text
from .dates import find_dates
from .facts import ArticleMemory, sentence_facts
from .sentences import split_body

EXTRACTOR_VERSION = "6"

__all__ = ["EXTRACTOR_VERSION", "extract"]

# A date in the URL path: /2023/08/21/, a -2023-09-05/ slug ending, or the 14-digit
# timestamp some outlets open an article id with (/20240817190501-178-...).
URL_DATES = [
    re.compile(r"/((?:19|20)\d\d)/([01]?\d)/([0-3]?\d)(?:/|\b)"),
    re.compile(r"[/-]((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?:/|$|\.html?)"),
    re.compile(r"/((?:19|20)\d\d)([01]\d)([0-3]\d)(?:\d{6})?-"),
]


def extract(article: Article) -> Extraction:
    """The facts an article states, in order, each repeated statement once."""
    body = split_body(article.text)
    reference, source = article_date(article, body.byline_date,
                                     body.sentences[0].text if body.sentences else "")
    memory = ArticleMemory()
    facts = []
    seen: set[str] = set()
    for sentence in body.sentences:
        key = normalise_text(sentence.text).casefold()
        if key in seen:
            continue
        seen.add(key)
        for fact in sentence_facts(sentence.text, sentence.start, reference, memory):
            if _states_something(fact):
                facts.append(fact.__class__(**{**vars(fact), "position": len(facts)}))
    return Extraction(
        facts=tuple(facts),
        published=reference.isoformat() if reference else None,
        published_from=source,
        dateline=article.dateline or body.dateline,
    )


def article_date(article: Article, byline: str | None, first: str) -> tuple[date | None, str | None]:
    """The article's own date: metadata first, then a byline or dateline date, then a date
    in the URL path, then a full date early in the first sentence (which more often dates
    the happening than the article, so it comes last); with where it came from."""
    if article.published:
        return date.fromisoformat(article.published), "metadata"
    dated = _day_in(byline)
    if dated:
        return dated, "dateline"
    for pattern in URL_DATES:
        match = pattern.search(article.url or "")
        if match:
            try:
                return date(*map(int, match.groups())), "url"
            except ValueError:
                pass
    dated = _day_in(first[:120])
    return (dated, "dateline") if dated else (None, None)


def _day_in(text: str | None) -> date | None:
    spans = [d for d in find_dates(text, None) if d.date and d.date.precision == "day"] if text else []
    return date.fromisoformat(spans[0].date.start) if spans else None


def _states_something(fact) -> bool:
    """A sentence with no entity, no date of its own and no cue states nothing we keep;
    one with a doubtful date is kept, so that the doubt is seen."""
    explicit = fact.date is not None and (fact.date.basis == "explicit" or bool(fact.date.doubt))
    return bool(fact.mentions) or explicit or fact.kind != "other"
