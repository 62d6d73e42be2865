"""When two facts state the same real-world happening, and what the group then says.

Pure functions: no SQLite. `project.py` keeps the `happenings` table with them. Grouping
is the connected components of `same_happening`, a symmetric relation on the facts'
current fields, so the groups depend only on which facts are current, never on the order
in which articles were loaded. Candidates are found through `blocking_keys` (kind, one
shared actor or place, one year), so a new fact is compared with a handful of facts, not
with the whole corpus.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

ORDINAL = re.compile(r"(?<![\w])ke-?(\d{1,3})(?!\d)|(?<![\w])(\d{1,3})(?:st|nd|rd|th)(?![\w])")
PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
MAX_YEARS = 6  # a span longer than this is keyed by its first and last years only


@dataclass(frozen=True)
class FactView:
    """The fields of a current fact that grouping looks at."""

    fact_id: str
    article_id: str
    outlet: str | None
    kind: str
    start: str | None
    end: str | None
    precision: str | None
    basis: str | None
    value: str | None
    place: str | None
    actors: frozenset[str]  # entity ids of the actors and speakers
    places: frozenset[str]  # entity ids of the places named
    text: str

    @property
    def anchors(self) -> frozenset[str]:
        return self.actors | self.places

    @property
    def ordinals(self) -> frozenset[int]:
        return frozenset(int(a or b) for a, b in ORDINAL.findall(self.text))


def _periods(fact: FactView) -> tuple[str, list[str]]:
    """`fine` and the months covered for day and month dates, else `coarse` and the years."""
    first, last = date.fromisoformat(fact.start), date.fromisoformat(fact.end)
    if fact.precision in ("day", "month") and (last - first).days <= 62:
        months = {f"{first.year:04d}-{first.month:02d}", f"{last.year:04d}-{last.month:02d}"}
        return "fine", sorted(months)
    years = range(first.year, last.year + 1)
    return "coarse", [str(y) for y in (years if len(years) <= MAX_YEARS else (first.year, last.year))]


def _pairs(fact: FactView) -> list[str]:
    anchors = sorted(fact.anchors)
    return [f"{a}+{b}" for i, a in enumerate(anchors) for b in anchors[i + 1:]]


def blocking_keys(fact: FactView) -> list[str]:
    """The keys a fact is filed under: a pair of its anchors (actors and place) and
    a period at its own grain (a month for day and month dates, a year otherwise). Two
    facts of one happening share at least two anchors, so they share a pair."""
    if not fact.start or len(fact.anchors) < 2:
        return []
    grain, periods = _periods(fact)
    return sorted(f"{pair}|{period}" for pair in _pairs(fact) for period in periods)


def query_keys(fact: FactView) -> list[str]:
    """The keys under which a fact looks for others: its own, plus the coarser years its
    months fall in (a day fact inside a year-precision fact), or, for a coarse fact, every
    month of its years (the day facts inside it). Blocks stay small: a month, a pair."""
    if not fact.start or len(fact.anchors) < 2:
        return []
    grain, periods = _periods(fact)
    if grain == "fine":
        extra = sorted({p[:4] for p in periods})
    else:
        extra = [f"{year}-{month:02d}" for year in periods for month in range(1, 13)]
    return sorted(f"{pair}|{period}" for pair in _pairs(fact) for period in [*periods, *extra])


def contains(a: FactView, b: FactView) -> bool:
    return a.start <= b.start and b.end <= a.end


def compatible_kinds(a: str, b: str) -> bool:
    """Equal kinds, or one is `history`: an article written a year later calls the same
    meeting history, because history says when it is told, not what happened."""
    return a == b or "history" in (a, b)


def same_happening(a: FactView, b: FactView) -> bool:
    """Compatible kinds, compatible dates (one interval inside the other), two shared
    anchors (actors or place; two actors where both name two), no contradicting ordinal (the 4th and the 5th consultation differ).
    Facts of one article are never merged: an article states each happening once."""
    if a.article_id == b.article_id or not compatible_kinds(a.kind, b.kind):
        return False
    if not (a.start and b.start):
        return False
    if not (contains(a, b) or contains(b, a)):
        return False
    if len(a.anchors & b.anchors) < 2:
        return False
    # Two facts that each name two actors must share two: "Japan and Thailand" and
    # "Myanmar and Thailand" meeting in one city are two meetings, not one.
    if min(len(a.actors), len(b.actors)) >= 2 and len(a.actors & b.actors) < 2:
        return False
    if a.ordinals and b.ordinals and not a.ordinals & b.ordinals:
        return False
    if a.basis != "explicit" and b.basis != "explicit":
        # Two dates inferred from context only: ask for the same place or ordinal too.
        return bool(a.place and a.place == b.place) or bool(a.ordinals & b.ordinals)
    return True


def best_dated(members: list[FactView]) -> FactView:
    """The most precise date the sources support: finest precision, then the narrowest
    interval, then explicit over inferred, then earliest, then by id for determinism."""
    def rank(f: FactView) -> tuple:
        width = (date.fromisoformat(f.end) - date.fromisoformat(f.start)).days if f.start else 0
        return (f.start is None, PRECISION_RANK.get(f.precision or "", 9), width,
                f.basis != "explicit", f.start or "", f.fact_id)
    return min(members, key=rank)


def summarise(members: list[FactView], actors: list[str]) -> dict[str, Any]:
    """The happening's row: best date, places, sources, and what the sources disagree on."""
    best = best_dated(members)
    places = Counter(f.place for f in members if f.place)
    disputes = _disputes(members)
    return {
        "happening_id": "h" + min(f.fact_id for f in members),
        "kind": best.kind, "text": best.text, "representative": best.fact_id,
        "date_value": best.value, "date_start": best.start, "date_end": best.end,
        "date_precision": best.precision,
        "year": int(best.start[:4]) if best.start else None,
        "place": min(places, key=lambda p: (-places[p], p)) if places else None,
        "actors": actors,
        "facts": len(members),
        "articles": len({f.article_id for f in members}),
        "sources": len({f.outlet or f.article_id for f in members}),
        "fact_ids": sorted(f.fact_id for f in members),
        "disputed": int(bool(disputes)),
        "disputes": disputes,
    }


def _disputes(members: list[FactView]) -> list[dict[str, Any]]:
    """Explicit dates or places that differ between sources, each with who says what."""
    disputes = []
    for field, values in (
        ("date", {f.fact_id: f.value for f in members if f.basis == "explicit" and f.value}),
        ("place", {f.fact_id: f.place for f in members if f.place}),
    ):
        if len(set(values.values())) > 1:
            versions: dict[str, list[str]] = {}
            for fact_id, value in sorted(values.items()):
                versions.setdefault(value, []).append(fact_id)
            disputes.append({"field": field, "versions": [
                {"value": value, "fact_ids": ids} for value, ids in sorted(versions.items())]})
    return disputes
