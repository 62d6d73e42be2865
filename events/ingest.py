"""Turning an article into events and appending them: the application layer.

Extraction runs before the write transaction (it is pure and may be slow); inside the
transaction we read the article's stream from the log (the truth, not the projections),
decide which events the article adds, append them and bring the projections up to date,
so the file on disk never holds half an article.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import combinations

import sqlite_utils

from . import project, store
from .article import METADATA_KEYS, Article, Extraction, Fact, normalise_text
from .db import connect, transaction
from .extract import EXTRACTOR_VERSION, extract
from .model import (
    ArticleIngested, ArticleRevised, DomainEvent, FactRecorded, FactRetracted, decode,
)


def open_timeline(path: str) -> sqlite_utils.Database:
    """Open a timeline database with its log and projections in place and caught up."""
    db = connect(path)
    store.ensure_events_table(db)
    project.ensure_projections(db)
    project.catch_up(db)
    return db


def stream_of(article_id: str) -> str:
    return f"article:{article_id}"


def fact_id(article_id: str, text: str) -> str:
    """The same statement in the same article is the same fact: a repeated paragraph or a
    reload gives the same id, whatever its position."""
    key = f"{article_id}\n{normalise_text(text).casefold()}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


@dataclass
class StreamState:
    """What the log says about one article so far."""

    version: int = 0
    article: ArticleIngested | None = None
    facts: dict[str, FactRecorded] = field(default_factory=dict)
    withdrawn: set[str] = field(default_factory=set)  # retracted by a person: stays retracted


def stream_state(db: sqlite_utils.Database, stream: str) -> StreamState:
    state = StreamState()
    for stored in store.read(db, stream=stream):
        state.version = stored.version
        event = stored.event
        if isinstance(event, ArticleIngested):
            state.article = event
        elif isinstance(event, FactRecorded):
            state.facts[event.fact_id] = event
        elif isinstance(event, FactRetracted):
            state.facts.pop(event.fact_id, None)
            if event.author is not None:
                state.withdrawn.add(event.fact_id)
    return state


def latest_header(db: sqlite_utils.Database, stream: str) -> ArticleIngested | None:
    row = db.execute(
        "SELECT type, data FROM events WHERE stream = ?"
        " AND type IN ('article_ingested', 'article_revised') ORDER BY version DESC LIMIT 1",
        [stream],
    ).fetchone()
    return decode(*row) if row else None


def article_event(article: Article, extraction: Extraction, revised: bool) -> ArticleIngested:
    cls = ArticleRevised if revised else ArticleIngested
    return cls(
        article_id=article.article_id, url=article.url, title=article.title,
        outlet=article.outlet, dateline=article.dateline or extraction.dateline,
        published=article.published or extraction.published,
        published_from="metadata" if article.published else extraction.published_from,
        language=article.language, text_hash=article.text_hash,
        extractor_version=EXTRACTOR_VERSION, text=article.text,
        input_hash=article.input_hash,
    )


def fact_event(article_id: str, fact: Fact) -> FactRecorded:
    date = None
    if fact.date is not None:
        date = {k: v for k, v in vars(fact.date).items() if v is not None}
    return FactRecorded(
        fact_id=fact_id(article_id, fact.text), article_id=article_id,
        position=fact.position, text=fact.text, char_start=fact.start, char_end=fact.end,
        kind=fact.kind, modality=fact.modality, date=date, place=fact.place,
        mentions=[{k: v for k, v in vars(m).items() if v is not None} for m in fact.mentions],
        extractor_version=EXTRACTOR_VERSION,
    )


def plan_events(article: Article, extraction: Extraction, state: StreamState) -> list[DomainEvent]:
    """The events that bring the log from `state` to what the article states now:
    nothing for an unchanged article, otherwise the article event, a retraction for every
    statement that disappeared and a record for every statement that is new or changed."""
    header = article_event(article, extraction, revised=state.article is not None)
    if state.article is not None and _same_article(state.article, header):
        return []
    recorded: dict[str, FactRecorded] = {}
    for fact in extraction.facts:
        event = fact_event(article.article_id, fact)
        recorded.setdefault(event.fact_id, event)
    events: list[DomainEvent] = [header]
    for old_id in state.facts:
        if old_id not in recorded:
            events.append(FactRetracted(old_id, article.article_id, reason="no longer stated"))
    for new_id, event in recorded.items():
        if new_id not in state.withdrawn and state.facts.get(new_id) != event:
            events.append(event)
    return events


def _same_article(old: ArticleIngested, new: ArticleIngested) -> bool:
    return vars(old) == vars(new)


@dataclass(frozen=True)
class IngestResult:
    article_id: str
    status: str  # new, unchanged, revised
    facts_recorded: int
    events_appended: int


def ingest(
    db: sqlite_utils.Database,
    article: Article,
    extractor: Callable[[Article], Extraction] = extract,
) -> IngestResult:
    """Append one article's events and update the projections: all of it or none.

    An article whose text and metadata are exactly as last recorded, by the same
    extractor, is not extracted again: reloading a corpus costs a lookup per article."""
    stream = stream_of(article.article_id)
    header = latest_header(db, stream)
    if header and (header.input_hash, header.extractor_version) == (
            article.input_hash, EXTRACTOR_VERSION):
        return IngestResult(article.article_id, "unchanged", 0, 0)
    extraction = extractor(article)
    with transaction(db):
        state = stream_state(db, stream)
        events = plan_events(article, extraction, state)
        stored = store.append(db, stream, state.version, events)
        project.catch_up(db, stored)
    if not stored:
        status = "unchanged"
    else:
        status = "revised" if state.article is not None else "new"
    facts = sum(isinstance(s.event, FactRecorded) for s in stored)
    return IngestResult(article.article_id, status, facts, len(stored))


def stored_article(event: ArticleIngested, source: str) -> Article:
    """The article as the log holds it, for extracting it again without the file.

    The event keeps what extraction found (a dateline read from the text, say) beside what
    the input gave, and the input's hash: the metadata the input left empty are the ones
    whose removal gives that hash back. Re-extracting with the same rules then finds the
    input unchanged, and a later load of the same file finds it unchanged too."""
    recorded = dict(
        text=event.text, source=source, url=event.url, title=event.title,
        outlet=event.outlet, dateline=event.dateline, language=event.language,
        published=event.published if event.published_from == "metadata" else None,
    )
    optional = [key for key in METADATA_KEYS if key != "url" and recorded.get(key)]
    for size in range(len(optional) + 1):
        for blanks in combinations(optional, size):
            article = Article(**{**recorded, **dict.fromkeys(blanks)})
            if article.input_hash == event.input_hash:
                return article
    return Article(**recorded)


def reextract(db: sqlite_utils.Database) -> list[IngestResult]:
    """Extract every stored article again with the current extractor and append only the
    differences (retractions and new or changed facts); old events stay as they are."""
    streams = [r[0] for r in db.execute(
        "SELECT DISTINCT stream FROM events WHERE type = 'article_ingested' ORDER BY seq")]
    results = []
    for stream in streams:
        state = stream_state(db, stream)
        results.append(ingest(db, stored_article(state.article, stream)))
    return results
