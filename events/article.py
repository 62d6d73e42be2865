"""The values that flow from reading to extraction: an article and the facts it states.

These are plain frozen values with no behaviour that touches a database, so that
`sources` (reading) and `extract` (pure rules) can share them without importing the
log or the projections.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable
from dataclasses import MISSING, dataclass, field, fields

METADATA_KEYS = ("url", "title", "outlet", "published", "dateline", "language")


def normalise_text(text: str) -> str:
    """Text as compared for identity: NFC, single spaces, no surrounding white space.
    `str.split` breaks at the same white space as the pattern `\\s+`, five times faster (it
    runs for every sentence extracted)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def text_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def actor_names(named: Iterable[tuple[str, str]]) -> list[str]:
    """From (name, role) pairs, the names of actors, speakers and agents, once, in order
    of first mention: what the `actors` column shows."""
    names: list[str] = []
    for name, role in named:
        if role in ("actor", "speaker", "agent") and name not in names:
            names.append(name)
    return names


@dataclass(frozen=True)
class Article:
    """One article as read from a file, before extraction.

    `source` names where it came from (`path` or `path:line`) for error messages.
    `published` is an ISO date (YYYY-MM-DD) when the metadata gives one.
    """

    text: str
    source: str = "-"
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    dateline: str | None = None
    language: str | None = None

    @property
    def article_id(self) -> str:
        """Stable across revisions: the URL where there is one, else a hash of the text."""
        if self.url:
            return self.url.strip()
        return "sha256:" + text_hash(self.text)[:32]

    @property
    def text_hash(self) -> str:
        return text_hash(self.text)

    @property
    def input_hash(self) -> str:
        """The text and the metadata as given: equal input means nothing to extract again."""
        given = [self.text_hash] + [getattr(self, key) or "" for key in METADATA_KEYS]
        return hashlib.sha256("\n".join(given).encode("utf-8")).hexdigest()


def one_step_init(cls: type) -> type:
    """A frozen dataclass's `__init__` sets each field through `object.__setattr__`, as
    freezing requires; extraction makes several of these values for every sentence, so
    theirs sets the instance's fields in one step instead (same fields and defaults).
    Only for a frozen dataclass with plain defaults and no `__post_init__`."""
    if hasattr(cls, "__post_init__") or any(f.default_factory is not MISSING for f in fields(cls)):
        raise TypeError(f"{cls.__name__}: its __init__ does more than set its fields")
    params = ", ".join(f.name if f.default is MISSING else f"{f.name}=_default_{f.name}" for f in fields(cls))
    values = ", ".join(f"{f.name!r}: {f.name}" for f in fields(cls))
    scope = {f"_default_{f.name}": f.default for f in fields(cls) if f.default is not MISSING}
    scope["_set"] = object.__setattr__
    exec(f"def __init__(self, {params}):\n    _set(self, '__dict__', {{{values}}})", scope)
    cls.__init__ = scope["__init__"]
    return cls


@one_step_init
@dataclass(frozen=True)
class FactDate:
    """A date at exactly the precision the text gives (see DESIGN.md, "Dates").

    `value` is EDTF (`2023-08-24`, `2023-08`, `2024`, `2021/2025`); `start`/`end` are the
    first and last ISO day covered; `basis` is explicit, context or publication.
    `qualifier` keeps words like "since", "early", "mid", "late" that narrow or open the
    interval without inventing a day; `doubt` says what is suspicious (a weekday that
    contradicts the date, a malformed date); `time` keeps a time of day as a note.
    """

    value: str
    start: str
    end: str
    precision: str
    basis: str
    text: str | None = None
    qualifier: str | None = None
    doubt: str | None = None
    time: str | None = None

    @property
    def year(self) -> int:
        return int(self.start[:4])


@one_step_init
@dataclass(frozen=True)
class Mention:
    """An entity named by a fact: canonical English name, type, role, and the words used.
    An `agent` (the doer of the fact's main deed) carries the deed as `action` (open,
    close, sign, lead, host), so two sources can be compared on who did the same thing."""

    name: str
    type: str
    role: str
    text: str
    wikidata: str | None = None
    action: str | None = None


@one_step_init
@dataclass(frozen=True)
class Fact:
    """One statement of an article. `start`/`end` are character offsets into the article text."""

    position: int
    text: str
    start: int
    end: int
    kind: str
    modality: str
    date: FactDate | None
    place: str | None = None
    mentions: tuple[Mention, ...] = ()

    @property
    def actors(self) -> list[str]:
        """Canonical names of the entities taking part, in order of first mention."""
        return actor_names((m.name, m.role) for m in self.mentions)


@dataclass(frozen=True)
class Extraction:
    """What extraction finds in one article: its facts and the article's own date and place.

    `published` is the article date used to resolve partial dates, with `published_from`
    saying where it came from (`metadata`, `dateline`, `url`) or None when unknown.
    """

    facts: tuple[Fact, ...]
    published: str | None = None
    published_from: str | None = None
    dateline: str | None = None
    notes: tuple[str, ...] = field(default=())
