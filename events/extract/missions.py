"""Embassies and consulates: a state's mission in a city acts in news as a body of its own.

"The Indonesian Embassy in Manila said ...", "KBRI Kuala Lumpur memulangkan ...",
"Kedutaan Besar Republik Indonesia (KBRI) di Manila", "KJRI Jeddah", "Kedubes Jepang": the
mission is an actor named as one ("Indonesian Embassy in Manila", whatever the language),
its city stays the place, and the country inside its name is no actor of its own.
"""

from __future__ import annotations

import re

from .wordscan import found_written, word_list

CITY = r"(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
EMBASSY_EN = re.compile(
    rf"(?<![\w-])(?P<state>[A-Z][a-z]+)\s+(?P<kind>[Ee]mbassy|[Cc]onsulate(?:[- ][Gg]eneral)?|[Hh]igh\s+[Cc]ommission)"
    rf"(?:\s+in\s+{CITY})?")
# ... and another state's in Indonesian, named as written: "Kedutaan Besar China di Jakarta".
FOREIGN_EMBASSY_ID = re.compile(r"(?<![\w-])(?:Kedutaan\s+Besar|Kedubes|Konsulat\s+Jenderal)\s+(?P<state>[A-Z][a-z]+)")
EMBASSY_ID = re.compile(
    rf"(?<![\w-])(?:(?P<embassy>KBRI|Kedutaan\s+Besar\s+(?:Republik\s+Indonesia|RI)(?:\s+\(KBRI\))?|Kedubes\s+RI)"
    rf"|(?P<consulate>KJRI|Konsulat\s+Jenderal\s+(?:Republik\s+Indonesia|RI)(?:\s+\(KJRI\))?))"
    rf"\s+(?:di\s+)?{CITY}")
# Words one of which either pattern holds: most sentences have none.
MISSION_WORDS = ("Embassy", "Consulate", "High Commission", "KBRI", "KJRI", "Kedutaan", "Kedubes", "Konsulat",
                 "embassy", "consulate", "high commission")
# ... looked for in the same pass over a sentence as other words as written, not one scan
# of the sentence for each.
MISSION_LIST = word_list(MISSION_WORDS, written=True)


def missions(text: str, found: list[tuple]) -> list[tuple]:
    """`found` with the missions the sentence names added and the countries inside their
    names removed (mention tuples: start, end, name, type, wikidata, text)."""
    if not found_written(text)[MISSION_LIST]:
        return found
    added, inside = [], []
    for match in EMBASSY_EN.finditer(text):
        state = next((f for f in found if f[3] == "country" and f[0] == match.start("state")), None)
        if state is None:
            continue
        kind = re.sub(r"\s+", " ", match.group("kind")).title().replace("Consulate General", "Consulate-General")
        name = f"{match.group('state')} {kind}" + (f" in {match.group('city')}" if match.group("city") else "")
        added.append((match.start(), match.end(), name, "organisation", None, match.group()))
        if match.group("kind")[0].isupper():
            inside.append(state)  # ("the Chinese embassy": the state is read as acting too)
    for match in EMBASSY_ID.finditer(text):
        kind = "Embassy" if match.group("embassy") else "Consulate-General"
        end = _city_end(match, found)
        name = f"Indonesian {kind} in {text[match.start('city'):end]}"
        added.append((match.start(), end, name, "organisation", None, text[match.start():end]))
        inside += [f for f in found if f[3] == "country" and match.start() <= f[0] < match.start("city")]
    for match in FOREIGN_EMBASSY_ID.finditer(text):
        state = next((f for f in found if f[3] == "country" and f[0] == match.start("state")), None)
        if state is not None and state[2] != "Indonesia":
            name = re.sub(r"\s+", " ", match.group())
            added.append((match.start(), match.start("state"), name, "organisation", None, match.group()))
    if not added:
        return found
    taken = [(a[0], a[1]) for a in added]
    kept = [f for f in found if f not in inside
            and not (f[3] != "place" and any(s <= f[0] and f[1] <= e for s, e in taken))]
    return kept + added


def _city_end(match: re.Match, found: list[tuple]) -> int:
    """Where the mission's city ends: the known place there, so that a word after it is no
    part of it ("KBRI Tokyo Kolonel Budi ...", "KBRI Paris Rina ...") and all its words are
    ("KBRI Bandar Seri Begawan"); else the words read."""
    place = next((f for f in found if f[3] == "place" and f[0] == match.start("city")), None)
    return place[1] if place else match.end()
