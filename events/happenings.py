"""When two facts state the same real-world happening, and what the group then says.

Pure functions: no SQLite. `project.py` keeps the `happenings` table with them. Grouping
is the connected components of `same_happening`, a symmetric relation on the facts'
current fields, so the groups depend only on which facts are current, never on the order
in which articles were loaded. Candidates are found through `blocking_keys` and
`query_ranges` (one pair of anchors, one period, one ordinal), so a new fact is compared with
a handful of facts, not with the whole corpus.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from datetime import date, timedelta
from typing import Any

# A count with what it counts: "275 peserta", "3,5 ton", "40 participants".
FIGURE = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)*)\s+(peserta|orang|negara|tersangka|delegasi|korban|"
    r"kg|ton|gram|participants|people|countries|suspects|delegates|victims)\b",
    re.IGNORECASE)
ORDINAL = re.compile(r"(?<![\w])ke-?(\d{1,3})(?!\d)|(?<![\w])(\d{1,3})(?:st|nd|rd|th)(?![\w])")
UNITS = {"participants": "peserta", "people": "orang", "countries": "negara",
         "suspects": "tersangka", "delegates": "delegasi", "victims": "korban"}
PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
MAX_YEARS = 6  # a wider span of years (a vision for 2020-2045) is never grouped


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
    # (action, name) of who did the fact's main deed: read for the summary, not for grouping.
    agents: frozenset[tuple[str, str]] = frozenset()

    @property
    def anchors(self) -> frozenset[str]:
        return self.actors | self.places

    @cached_property
    def figures(self) -> dict[str, str]:
        """What the fact counts, unit to number as written (English units in Indonesian)."""
        return {UNITS.get(unit.lower(), unit.lower()): number
                for number, unit in FIGURE.findall(self.text)}

    @cached_property
    def ordinals(self) -> frozenset[int]:
        return frozenset(int(a or b) for a, b in ORDINAL.findall(self.text))


def grain(fact: FactView) -> str | None:
    """How finely a fact's date is keyed: `day` (a day or a range of up to two months of
    days), `month`, `year` (one year) or `span` (two to MAX_YEARS years); None: too wide
    or undated, never grouped."""
    if not fact.start:
        return None
    first, last = date.fromisoformat(fact.start), date.fromisoformat(fact.end)
    if fact.precision == "day" and (last - first).days <= 62:
        return "day"
    if fact.precision == "month" or (fact.precision == "day" and (last - first).days <= 366):
        return "month"
    years = last.year - first.year + 1
    return "year" if years == 1 else "span" if years <= MAX_YEARS else None


def _days(first: date, last: date) -> list[str]:
    return [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]


def _months(first: date, last: date) -> list[str]:
    months, index = [], first.year * 12 + first.month - 1
    while index <= last.year * 12 + last.month - 1:
        months.append(f"{index // 12:04d}-{index % 12 + 1:02d}")
        index += 1
    return months


def _years(first: date, last: date) -> list[str]:
    return [str(year) for year in range(first.year, last.year + 1)]


def _pairs(fact: FactView) -> list[str]:
    anchors = sorted(fact.anchors)
    return [f"{a}+{b}" for i, a in enumerate(anchors) for b in anchors[i + 1:]]


def _key(pair: str, period: str, ordinal: str) -> str:
    # Pair first: facts of one pair loaded in the order they happened file their keys side
    # by side, and a coarse fact finds the finer facts inside its period in one range.
    return f"{pair}|{period}#{ordinal}"


# Sorts after any character a key holds, so (prefix, prefix + END) is every key with it.
END = "\uffff"


def _filed_ordinals(fact: FactView) -> list[str]:
    """A fact with ordinals is filed under each of them, a fact without one under `-`."""
    return [str(n) for n in sorted(fact.ordinals)] or ["-"]


def _own_periods(fact: FactView, level: str, first: date, last: date) -> list[str]:
    return {"day": _days, "month": _months}.get(level, _years)(first, last)


def _coarser_periods(level: str, first: date, last: date) -> list[str]:
    """The coarser periods around a fact's own: a day is within its month and its year, a
    month within its year."""
    if level == "day":
        return _months(first, last) + _years(first, last)
    if level == "month":
        return _years(first, last)
    return []


def blocking_keys(fact: FactView) -> list[str]:
    """The keys a fact is filed under: each pair of its anchors (actors and place) with each
    period its date covers at its own grain (days, months or years) and with its ordinals
    (`#4`) or `#-` for none. Two facts of one happening share at least two anchors, so they
    share a pair."""
    level = grain(fact)
    if level is None or len(fact.anchors) < 2:
        return []
    first, last = date.fromisoformat(fact.start), date.fromisoformat(fact.end)
    periods = _own_periods(fact, level, first, last)
    return sorted({_key(pair, period, ordinal) for pair in _pairs(fact) for period in periods
                   for ordinal in _filed_ordinals(fact)})


def query_ranges(fact: FactView) -> list[tuple[str, str]]:
    """The ranges of keys (low and high, inclusive) under which a fact looks for others, for
    each pair of its anchors: its own periods and the coarser ones containing them (the
    month or year facts around a day), under its own ordinals and `-` (never the 5th for
    the 4th, which contradicts it) or under any ordinal when it names none; and, for a
    month, a year or a span, every finer period inside its own (the days of a month: keys
    starting `pair|2023-08-`), of which `wanted` keeps the ordinals that do not contradict
    its own. Whichever of two matching facts comes last finds the other, so groups do not
    depend on load order, and a fact looks through a handful of small blocks: one pair of
    anchors in one day, month or year, and one ordinal where it names one."""
    level = grain(fact)
    if level is None or len(fact.anchors) < 2:
        return []
    first, last = date.fromisoformat(fact.start), date.fromisoformat(fact.end)
    own = _own_periods(fact, level, first, last)
    sought = [str(n) for n in sorted(fact.ordinals)] + ["-"]
    ranges = set()
    for pair in _pairs(fact):
        for period in own + _coarser_periods(level, first, last):
            if fact.ordinals:
                ranges |= {(key, key) for key in (_key(pair, period, o) for o in sought)}
            else:
                ranges.add((f"{pair}|{period}#", f"{pair}|{period}#{END}"))
        if level != "day":
            ranges |= {(f"{pair}|{period}-", f"{pair}|{period}-{END}") for period in own}
    return sorted(ranges)


def wanted(fact: FactView, key: str) -> bool:
    """Whether a key found in one of the fact's ranges may hold a match: its ordinal does
    not contradict the fact's, and a span of years never groups with a day (see
    same_happening), so it skips the days inside its years."""
    period, _, ordinal = key.partition("|")[2].rpartition("#")
    if fact.ordinals and ordinal != "-" and int(ordinal) not in fact.ordinals:
        return False
    return not (len(period) == 10 and grain(fact) == "span")


def looks_under(fact: FactView, key: str) -> bool:
    """Whether the fact looks for others under `key` (in one of its ranges, and wanted)."""
    return any(low <= key <= high for low, high in query_ranges(fact)) and wanted(fact, key)


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
    grains = {grain(a), grain(b)}
    if None in grains or grains == {"span", "day"}:
        return False
    if len(a.anchors & b.anchors) < 2:
        return False
    # Two facts that each name two actors must share two: "Japan and Thailand" and
    # "Myanmar and Thailand" meeting in one city are two meetings, not one.
    if min(len(a.actors), len(b.actors)) >= 2 and len(a.actors & b.actors) < 2:
        return False
    if a.ordinals and b.ordinals and not a.ordinals & b.ordinals:
        return False
    if a.basis != "explicit" or b.basis != "explicit":
        # A date inferred from the article's month is weak evidence (every month holds
        # many meetings): ask for the same place or the same ordinal too.
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
    """Explicit dates, places or counts (`275 peserta` against `300 participants`) that
    differ between sources, each version with the facts that give it; then who did a deed
    (`_agent_disputes`)."""
    disputes = []
    fields = [
        ("date", {f.fact_id: f.value for f in members if f.basis == "explicit" and f.value}),
        ("place", {f.fact_id: f.place for f in members if f.place}),
    ]
    units = sorted({unit for f in members for unit in f.figures})
    fields += [(f"figure:{unit}", {f.fact_id: f.figures[unit] for f in members
                                   if unit in f.figures}) for unit in units]
    for field, values in fields:
        if len(set(values.values())) > 1:
            versions: dict[str, list[str]] = {}
            for fact_id, value in sorted(values.items()):
                versions.setdefault(value, []).append(fact_id)
            disputes.append({"field": field, "versions": [
                {"value": value, "fact_ids": ids} for value, ids in sorted(versions.items())]})
    return disputes + _agent_disputes(members)


def _agent_disputes(members: list[FactView]) -> list[dict[str, Any]]:
    """Sources that name different doers of the same deed (`dibuka oleh Menlu Retno
    Marsudi` against `opened by Listyo Sigit Prabowo`): field `agent`, with the `action`.

    Naming more doers is not disagreeing (`opened by X` and `opened by X and Y`); two
    sources disagree when neither's doers include the other's. Different deeds (who
    opened, who closed) are never compared. Each version is the doers, joined by ` and `.
    """
    by_action: dict[str, dict[str, frozenset[str]]] = {}
    for fact in members:
        for action in {action for action, _ in fact.agents}:
            by_action.setdefault(action, {})[fact.fact_id] = frozenset(
                name for deed, name in fact.agents if deed == action)
    disputes = []
    for action, doers in sorted(by_action.items()):
        named = set(doers.values())
        if not any(not (a <= b or b <= a) for a in named for b in named):
            continue
        versions: dict[str, list[str]] = {}
        for fact_id, names in sorted(doers.items()):
            versions.setdefault(" and ".join(sorted(names)), []).append(fact_id)
        disputes.append({"field": "agent", "action": action, "versions": [
            {"value": value, "fact_ids": ids} for value, ids in sorted(versions.items())]})
    return disputes
