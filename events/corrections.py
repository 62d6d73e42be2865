"""A person's corrections and retractions of facts, appended as events.

They go into the fact's article stream (so stream versions keep one order per article),
carry a required reason and author, and survive rebuilds and re-extraction: the
projection re-applies corrections whenever a fact is recorded again, and a fact a person
retracted is never recorded again by a newer extractor.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from typing import Any

import sqlite_utils

from . import project, store
from .db import transaction
from .errors import TimelineError
from .ingest import stream_state
from .model import DomainEvent, FactCorrected, FactRetracted

KINDS = ("meeting", "statement", "agreement", "plan", "handover", "history", "incident", "other")
MODALITIES = ("occurred", "planned", "ongoing")
EDTF = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def edtf_date(value: str) -> dict[str, Any]:
    """A corrected date from an EDTF value: `2023-08-22`, `2023-08`, `2024`, `2021/2025`."""
    parts = value.strip().split("/")
    if len(parts) > 2 or not all(EDTF.fullmatch(p) for p in parts):
        raise TimelineError(f"{value!r} is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or A/B")
    bounds = [_interval(p) for p in parts]
    precisions = {b[2] for b in bounds}
    if len(precisions) != 1:
        raise TimelineError(f"{value!r}: both ends of a range need the same precision")
    start, end = bounds[0][0], bounds[-1][1]
    if start > end:
        raise TimelineError(f"{value!r}: the range ends before it starts")
    return {"value": value.strip(), "start": start, "end": end,
            "precision": precisions.pop(), "basis": "correction", "text": None}


def _interval(part: str) -> tuple[str, str, str]:
    year, month, day = EDTF.fullmatch(part).groups()
    try:
        if day:
            calendar.weekday(int(year), int(month), int(day))
            return part, part, "day"
        if month:
            last = calendar.monthrange(int(year), int(month))[1]
            return f"{part}-01", f"{part}-{last:02d}", "month"
    except (ValueError, calendar.IllegalMonthError):
        raise TimelineError(f"{part!r} is not a calendar date") from None
    return f"{year}-01-01", f"{year}-12-31", "year"


def check_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Validate and normalise the fields a person may correct."""
    checked: dict[str, Any] = {}
    for name, value in changes.items():
        if value is None:
            continue
        if name == "kind" and value not in KINDS:
            raise TimelineError(f"kind must be one of {', '.join(KINDS)}")
        if name == "modality" and value not in MODALITIES:
            raise TimelineError(f"modality must be one of {', '.join(MODALITIES)}")
        if name == "date":
            value = edtf_date(value)
        if name == "actors":
            value = [a.strip() for a in value if a.strip()]
        checked[name] = value
    if not checked:
        raise TimelineError("nothing to correct: give at least one of date, kind, modality, place, actors")
    return checked


def _stream_of_fact(db: sqlite_utils.Database, fact_id: str) -> str:
    row = db.execute(
        "SELECT stream FROM events WHERE json_extract(data, '$.fact_id') = ? LIMIT 1", [fact_id]
    ).fetchone()
    if row is None:
        raise TimelineError(f"no fact with id {fact_id}")
    return row[0]


def _require(reason: str, author: str) -> None:
    if not reason.strip() or not author.strip():
        raise TimelineError("a correction or retraction needs a reason and an author")


def correct(db: sqlite_utils.Database, fact_id: str, changes: dict[str, Any],
            reason: str, author: str) -> int:
    """Append a FactCorrected event; returns its seq."""
    _require(reason, author)
    checked = check_changes(changes)
    return _append_about(db, fact_id, "fact {} is retracted; it cannot be corrected", lambda article_id:
                         FactCorrected(fact_id, article_id, checked, reason, author))


def retract(db: sqlite_utils.Database, fact_id: str, reason: str, author: str) -> int:
    """Append a person's FactRetracted event; returns its seq."""
    _require(reason, author)
    return _append_about(db, fact_id, "fact {} is already retracted", lambda article_id:
                         FactRetracted(fact_id, article_id, reason, author))


def _append_about(db: sqlite_utils.Database, fact_id: str, refusal: str,
                  make: Callable[[str], DomainEvent]) -> int:
    """Append one event about a current fact to its article's stream, at the version
    read in the same transaction; returns its seq."""
    with transaction(db):
        stream = _stream_of_fact(db, fact_id)
        state = stream_state(db, stream)
        if fact_id not in state.facts:
            raise TimelineError(refusal.format(fact_id))
        event = make(state.facts[fact_id].article_id)
        stored = store.append(db, stream, state.version, [event])
        project.catch_up(db, stored)
    return stored[0].seq
