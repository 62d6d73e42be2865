"""The event types of the log, as frozen dataclasses with stable `type` strings.

The stored `type` is a plain past-tense string, never a Python import path, so code can
move without breaking old data. Every payload carries `schema_version`; `decode` is the one
place where an event read from the log is turned back into an object, and so the one place
where an older schema version would be upcast.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, fields
from typing import Any, ClassVar

from .errors import UnknownEventError


def canonical_json(value: Any) -> str:
    """One encoding per value: sorted keys, no spaces, UTF-8 kept, so hashes are stable."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class DomainEvent:
    type: ClassVar[str]
    schema_version: ClassVar[int] = 1

    def to_data(self) -> dict[str, Any]:
        """The JSON payload. Field values are already plain JSON values, so a shallow
        copy is enough (dataclasses.asdict deep-copies and dominated load time)."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        return {"schema_version": self.schema_version, **data}


@dataclass(frozen=True)
class ArticleIngested(DomainEvent):
    """An article entered the log for the first time. Carries its text so that a newer
    extractor can re-read it later without the original file."""

    type: ClassVar[str] = "article_ingested"
    article_id: str
    url: str | None
    title: str | None
    outlet: str | None
    dateline: str | None
    published: str | None
    published_from: str | None
    language: str | None
    text_hash: str
    extractor_version: str
    text: str
    input_hash: str | None = None  # text and metadata as given, to skip re-extraction


@dataclass(frozen=True)
class ArticleRevised(ArticleIngested):
    """A changed text or metadata for an article already in the log (same article id)."""

    type: ClassVar[str] = "article_revised"


@dataclass(frozen=True)
class FactRecorded(DomainEvent):
    """A statement of an article, as extracted. Recorded again with the same `fact_id`
    when a revision or a newer extractor states it differently."""

    type: ClassVar[str] = "fact_recorded"
    fact_id: str
    article_id: str
    position: int
    text: str
    char_start: int
    char_end: int
    kind: str
    modality: str
    date: dict[str, Any] | None
    place: str | None
    mentions: list[dict[str, Any]]
    extractor_version: str


@dataclass(frozen=True)
class FactRetracted(DomainEvent):
    """A fact no longer stated (revised article, newer extractor) or withdrawn by a person."""

    type: ClassVar[str] = "fact_retracted"
    fact_id: str
    article_id: str
    reason: str
    author: str | None = None


@dataclass(frozen=True)
class FactCorrected(DomainEvent):
    """A person's correction of some fields of a fact, with who and why."""

    type: ClassVar[str] = "fact_corrected"
    fact_id: str
    article_id: str
    changes: dict[str, Any]
    reason: str
    author: str


EVENT_TYPES: dict[str, type[DomainEvent]] = {
    cls.type: cls
    for cls in (ArticleIngested, ArticleRevised, FactRecorded, FactRetracted, FactCorrected)
}


@dataclass(frozen=True)
class StoredEvent:
    """An event as it stands in the log, with its place in the global and stream order."""

    seq: int
    event_id: str
    stream: str
    version: int
    recorded_at: str
    event: DomainEvent

    @property
    def type(self) -> str:
        return self.event.type


def event_id(stream: str, version: int, event: DomainEvent) -> str:
    """Derived from content and position only (never the clock): a retried append of the
    same event at the same stream version has the same id and so cannot be added twice."""
    return content_id(stream, version, event.type, event.to_data())


def content_id(stream: str, version: int, type_name: str, data: dict[str, Any]) -> str:
    body = canonical_json({"stream": stream, "version": version, "type": type_name, "data": data})
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def upcast(type_name: str, data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older payload up to the current schema. Version 1 is the only one so far;
    a future version adds its step here instead of rewriting stored events."""
    version = data.get("schema_version", 1)
    cls = EVENT_TYPES[type_name]
    if version > cls.schema_version:
        raise UnknownEventError(
            f"{type_name} schema_version {version} is newer than this code understands"
        )
    return data


def decode(type_name: str, data_json: str) -> DomainEvent:
    """Turn a stored (type, data) pair back into its event object."""
    if type_name not in EVENT_TYPES:
        raise UnknownEventError(f"unknown event type {type_name!r}")
    data = upcast(type_name, json.loads(data_json))
    cls = EVENT_TYPES[type_name]
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})
