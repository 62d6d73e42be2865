"""A commission of the House (`Komisi IX DPR`, `House Commission IX`) or of a regional
council (`Komisi D DPRD Kota Surabaya`): an actor of its own.

News names the House's commissions as they act ("Komisi IX DPR memanggil menteri", "House
Commission IX will summon the minister"). The gazetteer matches only "DPR" in them, which
makes the whole House the party; the commission is named as Indonesian news names it
("Komisi IX DPR"), beside the House it belongs to.
"""

from __future__ import annotations

import re

COMMISSION = re.compile(r"(?<![\w-])(?:Komisi\s+(?P<id>[IVX]{1,4})\s+DPR(?:\s+RI)?"
                        r"|House\s+Commission\s+(?P<en>[IVX]{1,4})|Commission\s+(?P<of>[IVX]{1,4})\s+of\s+the\s+House)"
                        r"(?![\w-])")


REGIONAL_COMMISSION = re.compile(r"(?<![\w-])Komisi\s+(?P<id>[IVX]{1,4}|[A-E])\s+(?=DPRD\b)")


def commissions(text: str, found: list[tuple]) -> list[tuple]:
    """`found` with each House commission the sentence names; an unknown name that is the
    commission as written ("House Commission IX") gives way to it."""
    if "Komisi" not in text and "Commission" not in text:
        return found
    added = []
    for match in COMMISSION.finditer(text):
        number = match.group("id") or match.group("en") or match.group("of")
        added.append((match.start(), match.end(), f"Komisi {number} DPR", "organisation", None, match.group()))
    for match in REGIONAL_COMMISSION.finditer(text):
        # "Komisi D DPRD Kota Surabaya": a regional council's commission, named with the
        # council as the sentence names it, beside the council
        council = next((f for f in found if f[0] == match.end() and f[2].startswith("DPRD")), None)
        if council:
            added.append((match.start(), council[1], f"Komisi {match.group('id')} {council[2]}", "unknown", None,
                          text[match.start():council[1]]))
    if not added:
        return found
    spans = [(a[0], a[1]) for a in added]
    kept = [f for f in found if not (f[3] == "unknown" and not f[2].startswith("DPRD")
                                     and any(s <= f[0] and f[1] <= e for s, e in spans))]
    return kept + added
