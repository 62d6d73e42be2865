"""A commission of the House (`Komisi IX DPR`, `House Commission IX`) or of a regional
council (`Komisi D DPRD Kota Surabaya`): an actor of its own.

News names the House's commissions as they act ("Komisi IX DPR memanggil menteri", "House
Commission IX will summon the minister"). The gazetteer matches only "DPR" in them, which
makes the whole House the party; the commission is named as Indonesian news names it
("Komisi IX DPR"), beside the House it belongs to.
"""

from __future__ import annotations

import re
from functools import lru_cache

COMMISSION = re.compile(r"(?<![\w-])(?:Komisi\s+(?P<id>[IVX]{1,4})\s+DPR(?:\s+RI)?"
                        r"|House\s+Commission\s+(?P<en>[IVX]{1,4})|Commission\s+(?P<of>[IVX]{1,4})\s+of\s+the\s+House)"
                        r"(?![\w-])")


REGIONAL_COMMISSION = re.compile(r"(?<![\w-])Komisi\s+(?P<id>[IVX]{1,4}|[A-E])\s+(?=DPRD\b)")

# A commission named by its number alone, once the House is the only legislature about:
# "Komisi VIII, kata dia, ...", "a member of Commission I", "the House of Representatives'
# Commission IV". The House has thirteen.
BARE_COMMISSION = re.compile(r"(?<![\w-])(?:Komisi|Commission)\s+(?P<id>X?(?:I{1,3}|IV|VI{0,3}|IX)|X)(?![\w-])")
# A regional council, whose commissions are numbered too (DPRD Kaltim's Komisi I to IV), or
# North Korea's short name: where the article names one, a bare number is not the House's.
COUNCIL = re.compile(r"(?<![\w-])DPR[DAK](?![\w-])|Dewan Perwakilan Rakyat (?:Daerah|Aceh|Kabupaten|Kota)"
                     r"|(?:regional|provincial|legislative|city|district|regency|municipal) (?:council|legislature)",
                     re.IGNORECASE)


# The House itself, or the country: an article that names neither is about another
# country's legislature.
HOUSE = re.compile(r"(?<![\w-])(?:DPR(?![\w-])|Dewan Perwakilan Rakyat|House of Representatives|Indonesia)")


@lru_cache(maxsize=4)
def only_the_house(article_text: str) -> bool:
    """Whether a commission the article names by its number alone can only be the House's:
    the article names the House or Indonesia, and no regional council."""
    return COUNCIL.search(article_text) is None and HOUSE.search(article_text) is not None


def commissions(text: str, found: list[tuple], article_text: str = "") -> list[tuple]:
    """`found` with each House commission the sentence names; an unknown name that is the
    commission as written ("House Commission IX") gives way to it. With the whole article's
    text, a commission named by its number alone is the House's where `only_the_house`."""
    if "Komisi" not in text and "Commission" not in text:
        return found
    bare = bool(article_text) and only_the_house(article_text)
    added = []
    for match in COMMISSION.finditer(text):
        number = match.group("id") or match.group("en") or match.group("of")
        added.append((match.start(), match.end(), f"Komisi {number} DPR", "organisation", None, match.group()))
    for match in BARE_COMMISSION.finditer(text) if bare else ():
        if not any(a[0] <= match.start() < a[1] for a in added):
            added.append((match.start(), match.end(), f"Komisi {match.group('id')} DPR", "organisation", None,
                          match.group()))
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
