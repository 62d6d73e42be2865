"""Regional governments, offices and branches, named the same way however an article
writes them.

Indonesian news names a region's government in full once (`Pemerintah Kabupaten
Purwakarta`) and then short (`Pemkab Purwakarta`, `Pemkab`), an office by its name and
then its contraction (`Dinas Kesehatan Kabupaten X`, later `Dinkes`), and a national
body's regional branch by the body, a unit word and the region (`Perum Bulog Kanwil
Sulselbar`), later by the body and the region (`Bulog Sulselbar`). The same shapes hold
for every region, so these rules read them from the words and the gazetteer's regions,
with two short lists: the standard contractions of a region's offices (`SHORT_FORMS`) and
the national bodies that have an office in every region (`REGIONAL_BODIES`). Each fills
the article's memory (ArticleMemory.short_forms, .branches, .units) so that a later short
form is the body named first.
"""

from __future__ import annotations

import re

from .acronyms import NOT_PARTIES
from .gazetteer import TITLE_WORDS, gazetteer
from .words import BODY_NAME_ENDINGS, DEMONYMS, REGIONAL_UNITS, whole_word_spans

# A region's government: "Pemerintah Kabupaten X", "Pemkab X", "Pemprov X", "Pemkot X",
# "Pemdes X"; the contraction's ending says the region's level.
GOVERNMENT = re.compile(r"(?<![\w'’-])(?:Pemerintah\s+(Kabupaten|Kota|Provinsi|Desa)|Pem(kab|kot|ko|prov|des))"
                        r"(?= [A-Z])")
LEVELS = {"kab": "Kabupaten", "kot": "Kota", "ko": "Kota", "prov": "Provinsi", "des": "Desa"}
# A region's unit word a place's alias may open with: "Kabupaten Purwakarta", "Kota Medan".
UNIT_PREFIXES = ("Kabupaten ", "Kota ", "Kab. ", "Provinsi ")
UNIT_SUFFIXES = (" Regency", " City", " regency", " city")


def regional_governments(text: str, found: list[tuple]) -> list[tuple]:
    """The mentions with each region's government named in full, by the region's
    Indonesian name where the gazetteer knows it ("Pemprov Sulsel" is Pemerintah Provinsi
    Sulawesi Selatan) and as written otherwise ("Pemkab Sukamaju Raya" is Pemerintah
    Kabupaten Sukamaju Raya); the region stays a place of its own."""
    for government in GOVERNMENT.finditer(text):
        start = government.start()
        level = government.group(1) or LEVELS[government.group(2)]
        # The region: a known place right after, or one whose alias holds the level's word
        # ("Pemerintah Kabupaten Purwakarta": "Kabupaten Purwakarta" is the place's alias).
        region_at = (government.end() + 1, government.start(1) if government.group(1) else -1)
        place = next((f for f in found if f[3] == "place" and f[0] in region_at), None)
        if place:
            end, region = place[1], _region_name(place)
        else:
            written = next((f for f in found if f[0] == start and f[3] == "unknown" and f[1] > government.end()), None)
            if written is None:
                continue
            end, region = written[1], text[government.end() + 1:written[1]]
            region = region[len(level) + 1:] if region.startswith(f"{level} ") else region
        found = [f for f in found if not (f[3] == "unknown" and start <= f[0] < end)]
        name = f"Pemerintah {level} {region}"
        found.append((start, end, name, "unknown", None, text[start:end]))
    return sorted(found)


# ... in English, after the region: "the Purwakarta regency administration", "the South
# Sulawesi provincial government", "the Bandung city government".
GOVERNMENT_EN = re.compile(r" (?:(regency|district|provincial|province|city|municipal|village) )?(?:government|administration)\b",
                           re.IGNORECASE)
LEVELS_EN = {"regency": "Kabupaten", "district": "Kabupaten", "provincial": "Provinsi", "province": "Provinsi",
             "city": "Kota", "municipal": "Kota", "village": "Desa"}
# A region's office, police or association in English, the region before its name: "Medan
# Police", "the Purwakarta Health Office", "the Morowali Metal Workers Federation".
# ... also in lower case, with its field ("Selayar police", "the Asmat health office",
# "the South Sulawesi marine and fisheries office", "the Biak Numfor legislature").
FIELDS_EN = ("health", "tourism", "fisheries", "marine", "education", "environment", "environmental", "forestry",
             "plantation", "plantations", "agriculture", "transport", "transportation", "immigration", "disaster",
             "mitigation", "culture", "social", "manpower", "labour", "labor", "public", "works", "trade", "industry",
             "energy", "mining", "conservation", "food", "water", "search", "rescue", "parks", "legislative")
BODY_AFTER_REGION = re.compile(
    r"(?: [A-Z][a-z]+){0,3} (?:Police|Agency|Office|Department|Service|"
    rf"{'|'.join(word.capitalize() for word in BODY_NAME_ENDINGS)})(?![\w'’-])"
    rf"|(?: (?:{'|'.join(FIELDS_EN)})(?: and (?:{'|'.join(FIELDS_EN)}))?){{1,2}}"
    r" (?:office|agency|department|service)(?![\w'’-])"
    r"| (?:police|legislature)(?![\w'’-])")  # (a region's "office" alone is mostly a company's branch)


def regional_bodies_in_english(text: str, found: list[tuple]) -> list[tuple]:
    """A known Indonesian region's government named in English is the one named in
    Indonesian ("the South Sulawesi provincial government" is Pemerintah Provinsi
    Sulawesi Selatan); its police or office is named as written ("Medan Police")."""
    added = []
    for place in found:
        if place[3] != "place" or text[place[1]:place[1] + 1] != " ":
            continue
        government = GOVERNMENT_EN.match(text, place[1])
        body = BODY_AFTER_REGION.match(text, place[1]) if government is None else None
        if government is None and body is None:
            continue
        entry = gazetteer().entries.get(place[2])
        if entry is None or entry.country or entry.capital_of not in (None, "Indonesia"):
            continue  # a region abroad, or none the gazetteer knows
        # the level after the region, or ending the place's name ("Purwakarta Regency government")
        level = government and LEVELS_EN.get((government.group(1) or place[5].rsplit(" ", 1)[-1]).lower())
        if level:
            name = f"Pemerintah {level} {_region_name(place)}"
            added.append((place[0], government.end(), name, "unknown", None, text[place[0]:government.end()]))
        elif body:
            added.append((place[0], body.end(), text[place[0]:body.end()], "unknown", None,
                          text[place[0]:body.end()]))
    if not added:
        return found
    return sorted([f for f in found if not any(f[3] == "unknown" and a[0] <= f[0] < a[1] for a in added)]
                  + added)


# The police unnamed, as English news writes them when they act or speak: "Police arrested
# two farmers", "The police fired tear gas", "..., police said". (Not "a police officer",
# "police station", nor a title before a name: "police chief Listyo".)
BARE_POLICE = re.compile(r"(?:^[\"“‘']?(?:[Tt]he )?|(?<=, )|(?<=\band )|(?<=\bby )|(?<=\bbut )|(?<=\bwhen ))"
                         r"(?P<police>[Pp]olice)(?= (?:[a-z]+ed|said|say|says|told|have|had|has|are|were|will|would|"
                         r"also|later|then|on|last|found|took|shot|hit|seized|held|caught|began|brought|sent|fired|"
                         r"set|led)\b|(?= in [A-Z]\w+(?: [A-Z]\w+)?(?: regency| city| province)?,? (?:[a-z]+ed|last|on|have|had)\b))")
# ... and a state's police by its people's word: "Malaysian police said they were cooperating".
STATE_POLICE = re.compile(r"(?<![\w-])(?P<people>[A-Z][a-z]+) police\b(?! (?:officers?|station|chief|spokes\w+))")


def english_police(text: str, found: list[tuple]) -> list[tuple]:
    """The police as a party where an English sentence names them as such and no place or
    unit before the word makes them a named body ("Bali police": see BODY_AFTER_REGION)."""
    added = []
    for match in BARE_POLICE.finditer(text):
        start, end = match.span("police")
        if not any(f[0] <= start < f[1] for f in found):
            added.append((start, end, "Police", "unknown", None, match.group("police")))
    for match in STATE_POLICE.finditer(text):
        if match.group("people").lower() in DEMONYMS:
            name = match.group()
            added.append((match.start(), match.end(), name, "unknown", None, name))
    return added


# National bodies with no office in the regions: "KPK Jakarta" is the KPK, in Jakarta.
NO_REGIONAL_OFFICES = {"KPK", "MK", "MA", "KY", "MPR", "DPD", "BRIN", "LPSK", "BPIP"}


def chapters_by_acronym(text: str, found: list[tuple]) -> list[tuple]:
    """A body written by its acronym (or its one-word name: "Walhi", "Basarnas") right before
    a region of Indonesia is its chapter or office there, named as written ("APCI Sulut",
    "PHRI Tomohon", "LBH Manado", "Walhi East Java"), beside the body itself: the region
    makes the branch, whatever the body. So is an acronym the gazetteer lacks, there ("PHRI
    Singkawang mencatat ..."), unless it names a thing ("PLTU Ombilin", "SPBU Sukamaju")."""
    added = []
    for region in found:
        if region[3] != "place" or text[region[0] - 1:region[0]] != " ":
            continue
        body = next((f for f in found if f[1] == region[0] - 1 and f[3] != "place"), None)
        defined = body is None and text[region[0] - 2:region[0]] == ") "
        if defined:
            body = _defined_before(text, region[0], found)  # "... Indonesia (PHRI) Gianyar"
        if body is None:
            word = CHAPTER_ACRONYM.search(text, max(0, region[0] - 10), region[0])
            if not word or word.group(1) in NOT_PARTIES or word.group(1).lower() in TITLE_WORDS \
                    or ROMAN.fullmatch(word.group(1)) or _inside_a_name(text, word.start(1)) \
                    or any(f[0] < region[0] - 1 and word.start(1) < f[1] for f in found):
                continue
            body = (word.start(1), word.end(1), word.group(1), "unknown", None, word.group(1))
        written = body[5]
        words = written.split()
        # (an acronym defined in brackets may be a contraction: "... Truk Indonesia (Aptrindo) Banyuwangi")
        if not (2 <= len(written) <= 8 and written.isalpha() and (written.isupper() or (body[3] == "organisation" or defined)
                                                                   and written[0].isupper() and len(words) == 1)
                # ... or a body's two-word name ("Bea Cukai Tarakan")
                or body[3] == "organisation" and len(words) == 2 and all(w.isalpha() and w.istitle() for w in words)) \
                or written in NO_REGIONAL_OFFICES:
            continue
        entry = gazetteer().entries.get(region[2])
        if entry and not entry.country and entry.capital_of in (None, "Indonesia") \
                and not any(f[0] == body[0] and f[1] >= region[1] for f in found):
            numeral = NUMERAL_AFTER.match(text, region[1])  # "(BWS) Kalimantan III": its number too
            end = numeral.end() if numeral else region[1]
            whole = f"{body[5]} {text[region[0]:end]}"  # (the bracket's closing mark left out)
            added.append((body[0], end, whole, "unknown", None, whole))
    return found + added if added else found


def _defined_before(text: str, at: int, found: list[tuple]) -> tuple | None:
    """The acronym in brackets right before a region, after the body it stands for ("Perhimpunan
    Hotel dan Restoran Indonesia (PHRI) Gianyar", "Kejaksaan Tinggi (Kejati) Papua"): the
    chapter is written with it, as news writes it later."""
    bracket = BRACKETED_BEFORE.search(text, max(0, at - 16), at)
    if bracket and any(f[1] == bracket.start() - 1 and f[3] != "place" for f in found) \
            and not any(f[0] < bracket.start() and f[1] > at and f[3] != "place" for f in found):
        # (... unless the office with its region is named already: "BPBD Sleman")
        return (bracket.start(1), bracket.end(1), bracket.group(1), "unknown", None, bracket.group(1))
    return None


NUMERAL_AFTER = re.compile(r" [IVX]{1,4}(?![\w/-])(?! [A-Z])")  # (not "I Gusti ...": a Balinese name)
BRACKETED_BEFORE = re.compile(r"\(([A-Z][A-Za-z]{1,7})\) $")
# An acronym right before a place: "PHRI Singkawang", "(PWI) Jabar" is not one.
CHAPTER_ACRONYM = re.compile(r"(?<![\w&/.-])([A-Z]{2,8}) $")
ROMAN = re.compile(r"[IVX]+")
WORD_BEFORE = re.compile(r"([\w-]+)\s+$")


def _inside_a_name(text: str, start: int) -> bool:
    """Whether a capitalised word other than a title stands right before: the acronym is a
    unit inside a longer name ("Satpol PP Kabupaten Bogor", "PLN UID Sumatera Utara")."""
    before = WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(before) and before.group(1)[0].isupper() and before.group(1).lower() not in TITLE_WORDS


def _region_name(place: tuple) -> str:
    """A known place's name as Indonesian news writes it in full, without its level's
    word: "Sulawesi Selatan" for Sulsel, "Bogor" for Kabupaten Bogor; the text as written
    where it is the longer ("DKI Jakarta")."""
    local = gazetteer().local_names.get(place[2], place[5])
    written = place[5]
    for prefix in UNIT_PREFIXES:
        local = local.removeprefix(prefix)
        written = written.removeprefix(prefix)
    for suffix in UNIT_SUFFIXES:
        written = written.removesuffix(suffix)
    return written if len(written) > len(local) and local in written else local


# A regional office's name and the contraction news uses for it once it has named the
# office in full ("Dinas Kesehatan Kabupaten X ... Dinkes mencatat ..."): the standard
# contractions of the offices every regency, city and province has.
SHORT_FORMS = {
    "Dinas Kesehatan": "Dinkes", "Dinas Pendidikan": "Disdik", "Dinas Perhubungan": "Dishub",
    "Dinas Kependudukan dan Pencatatan Sipil": "Disdukcapil", "Dinas Sosial": "Dinsos",
    "Dinas Komunikasi dan Informatika": "Diskominfo", "Dinas Pariwisata": "Dispar",
    "Dinas Pekerjaan Umum dan Penataan Ruang": "DPUPR", "Dinas Lingkungan Hidup": "DLH",
    "Dinas Ketenagakerjaan": "Disnaker", "Dinas Perindustrian dan Perdagangan": "Disperindag",
    "Dinas Pertanian": "Distan", "Dinas Kelautan dan Perikanan": "DKP",
    "Dinas Pemadam Kebakaran": "Damkar", "Satuan Polisi Pamong Praja": "Satpol PP",
    "Badan Penanggulangan Bencana Daerah": "BPBD", "Badan Pendapatan Daerah": "Bapenda",
    "Badan Perencanaan Pembangunan Daerah": "Bappeda", "Badan Kepegawaian Daerah": "BKD",
    "Badan Kesatuan Bangsa dan Politik": "Kesbangpol", "Inspektorat": "Inspektorat",
    "Kejaksaan Negeri": "Kejari", "Kejaksaan Tinggi": "Kejati", "Kantor Wilayah": "Kanwil",
    "Pemerintah Kabupaten": "Pemkab", "Pemerintah Kota": "Pemkot", "Pemerintah Provinsi": "Pemprov",
    "Pemerintah Desa": "Pemdes",
}
# ... and an acronym in brackets inside such a name: "Dinas Kesehatan (Dinkes) Kabupaten X".
ACRONYM_INSIDE = re.compile(r"\(([A-Z][A-Za-z0-9]{1,13}(?: [A-Z]{2,3})?)\)")

# A police unit's full name and the short form every outlet uses for it, which the unit
# is named by whichever the article wrote ("Kepolisian Resor Karangasem" is Polres Karangasem).
POLICE_FULL = re.compile(r"^Kepolisian (Resor Kota Besar|Resor Kota|Resor|Daerah|Sektor)(?= [A-Z])")
POLICE_SHORT = {"resor kota besar": "Polrestabes", "resor kota": "Polresta", "resor": "Polres", "daerah": "Polda",
                "sektor": "Polsek"}


def police_short_form(name: str) -> str:
    return POLICE_FULL.sub(lambda m: POLICE_SHORT[m.group(1).lower()], name, count=1)


def short_forms(name: str, written: str) -> list[str]:
    """The short forms of a regional office named in full with its region (`name`, as the
    `written` text gave it): the acronym defined inside it and its standard contraction."""
    forms = [defined.group(1) for defined in ACRONYM_INSIDE.finditer(written)]
    for office, short in SHORT_FORMS.items():
        if name.startswith(office) and len(name) > len(office) and name[len(office)] == " " \
                and name[len(office) + 1:][:1].isupper():
            # ... and the office's name without its region: "Dinas Kesehatan menargetkan ..."
            forms += [short, office] if " " in office else [short]
            break
    return forms


# Words for a national body's office in a region, between the body and the region: "Perum
# Bulog Kanwil Sulselbar", "Bank Indonesia Perwakilan Sulsel", "BPJS Kesehatan Cabang X".
# A branch by its number: "Wilayah III", "Regional 4", "Daop 8".
NUMBERED_BRANCH = re.compile(r" (?:Wilayah|Regional|Divre|Daop|Kanwil) (?:[IVX]{1,4}|\d{1,2})(?![\w/-])")
BRANCH_AFTER = re.compile(r" (?:Kanwil|Kantor Wilayah|Perwakilan|Cabang|Wilayah|Divre|Kancab) (?=[A-Z])")


# National bodies with an office in every province or regency, named by the body and the
# region alone ("KPU Kabupaten Batang", "BPBD Agam", "BPS Jawa Barat", "Kemenag Kota Bandung").
REGIONAL_BODIES = {"KPU", "Bawaslu", "BPBD", "Statistics Indonesia", "Bulog", "National Land Agency",
                   "Ministry of Religious Affairs", "BNNP", "BNNK"}
# Mass organisations with a chapter in every region ("MUI Sumenep", "PMI Kota Bogor"), which
# news also names with the acronym in brackets between the body and the region
# ("Majelis Ulama Indonesia (MUI) Sumenep"): the chapter is the body's name and the region's.
CHAPTERED_BODIES = {"Indonesian Ulema Council", "Nahdlatul Ulama", "Muhammadiyah", "Indonesian Red Cross", "KONI",
                    "Kadin Indonesia"}
ACRONYM_BETWEEN = re.compile(r" \([A-Z][A-Za-z0-9]{1,13}\)(?= [A-Z])")


# The word for a region's level before its name, where the place's alias lacks it.
LEVEL_WORD = re.compile(r"(?: \([A-Z][A-Za-z0-9]{1,13}\))? (?:Provinsi|Kabupaten|Kota|Kab\.) (?=[A-Z])")
# A ministry's or agency's regional office, named before it: "Kanwil Kemenkumham Jatim",
# "Kantor SAR Manado".
OFFICE_BEFORE = re.compile(r"(?<![\w-])(?:Kanwil|Kantor Wilayah|Kantor Perwakilan|Kantor Cabang|Kantor) $")


def branches(text: str, found: list[tuple], taught: dict[tuple[str, str], str]) -> list[tuple]:
    """A known body's regional branch named whole: the body, a word for its branch and the
    region ("Perum Bulog Kanwil Sulselbar"), with the body still an actor; and later the
    body and the region alone ("Bulog Sulselbar") for the branch `taught` names."""
    added = []
    for body in found:
        # every shape below has a capitalised word or a bracket right after the body, or its own
        # closing bracket and a space ("(BPK) Wilayah III")
        after = text[body[1]:body[1] + 2]
        if body[3] != "organisation" or not (after[:1] == " " and (after[1:].isupper() or after[1:] == "(")
                                             or after == ") "):
            continue
        numbered = NUMBERED_BRANCH.match(text, body[1] + (after == ") "))
        if numbered:  # "BPK Wilayah III", "(BPK) Wilayah III": an office known by its number
            whole = body[5] + numbered.group()
            added.append((body[0], numbered.end(), whole, "unknown", None, whole))
            continue
        branch = BRANCH_AFTER.match(text, body[1])
        if branch:
            # the region: a known place after the word, or the unknown name the word opens
            region = next((f for f in found if f[0] == branch.end() and f[3] == "place"), None) or next(
                (f for f in found if f[0] == branch.start() + 1 and f[3] == "unknown"), None)
            if region:
                whole = text[body[0]:region[1]]
                taught.setdefault((body[2], text[branch.end():region[1]]), whole)
                added.append((body[0], region[1], whole, "unknown", None, whole))
            continue
        level = LEVEL_WORD.match(text, body[1])  # "Bawaslu Provinsi Jawa Barat", "BPS (BPS) Provinsi ..."
        chapter = body[2] in CHAPTERED_BODIES
        acronym = ACRONYM_BETWEEN.match(text, body[1])
        # the region right after the body, after its level's word, or after the acronym the
        # article defines between them ("Badan Penanggulangan Bencana Daerah (BPBD) Paser",
        # "... (BPBD) Kabupaten Sleman", where the place's alias holds the level's word)
        at = (body[1] + 1, level.end() if level else -1, acronym.end() + 1 if acronym else -1)
        office = OFFICE_BEFORE.search(text, max(0, body[0] - 20), body[0])
        region = next((f for f in found if f[0] in at and f[3] == "place"), None) \
            if body[2] in REGIONAL_BODIES or chapter or office else None
        entry = region and gazetteer().entries.get(region[2])
        if entry and not entry.country and office:
            # "Kanwil Kemenkumham Jatim", "Kantor Wilayah Kementerian Agama Provinsi Jawa Barat":
            # a ministry's office in the region, named as written
            whole = text[office.start():region[1]]
            # ... without the acronym in brackets before the region ("Kantor Pencarian dan
            # Pertolongan (Basarnas) Tarakan")
            added.append((office.start(), region[1], ACRONYM_BETWEEN.sub("", whole), "unknown", None, whole))
        elif entry and not entry.country:
            # "BPBD Kabupaten Agam", "KPU NTT": a national body's office in the region, named
            # by the region's name in Indonesian, so "Bawaslu Kabupaten Batang" is Bawaslu Batang,
            # or as the article first named it ("BPS Jawa Barat" after "Badan Pusat Statistik ...")
            head = acronym.group().strip(" ()") if acronym and not chapter else body[5]
            name = f"{head} {region[2] if region[2].startswith(UNIT_PREFIXES) else _region_name(region)}"
            name = taught.setdefault((body[2], region[2]), name)
            added.append((body[0], region[1], name, "unknown", None, text[body[0]:region[1]]))
        if entry and not entry.country:
            continue
        for (parent, region), whole in taught.items() if taught else ():
            if parent == body[2] and text.startswith(region, body[1] + 1) \
                    and not text[body[1] + 1 + len(region):][:1].isalnum():
                end = body[1] + 1 + len(region)
                added.append((body[0], end, whole, "unknown", None, text[body[0]:end]))
    if not added:
        return found
    # the unknown names inside a whole ("Kanwil Sulselbar", "Kantor Wilayah") are parts of it
    return sorted([f for f in found if not (f[3] == "unknown" and any(w[0] <= f[0] and f[1] <= w[1] for w in added))]
                  + added)


def short_forms_named(text: str, found: list[tuple], taught: dict[str, tuple[str, str | None]]) -> list[tuple]:
    """A regional office's short form the article taught (`taught`: short form -> full
    name and its region's entry) standing for it: alone ("Dinkes hanya mencatat ...") or
    with its region, written as in the full name ("Kepala Dinkes Purwakarta") or otherwise
    ("Disdik Jabar" after "Dinas Pendidikan Provinsi Jawa Barat")."""
    for short, (full, region) in taught.items():
        if short not in text:
            continue
        for start, end in whole_word_spans(short, text):
            covering = max((f for f in found if f[0] <= start < f[1]), key=lambda f: f[1] - f[0], default=None)
            rest = REST.match(text, end)
            if rest and rest.group(1) not in full and rest.group(1).split()[0] in full.split():
                rest = REST_WORD.match(text, end)  # "Kepala Dishub Sukamaju Andi Wijaya"
            # the region as the gazetteer knows it, written in any of its names
            place = next((f for f in found if f[0] == end + 1 and f[3] == "place"), None) if rest and region else None
            same_region = place is not None and place[2] == region
            if covering is None and (rest is None or rest.group(1) in full or same_region):
                end = place[1] if same_region else rest.end() if rest else end
            elif covering and covering[3] in ("unknown", "organisation") and covering[0] == start \
                    and (same_region or text[end:covering[1]].strip() in full) and covering[2] != full \
                    and (covering[1] > end or rest is None or rest.group(1) in full or same_region):
                # "Dinkes Purwakarta", or a known name that is the short form ("BPBD"), which
                # alone stays the body too: "BPBD" is the regency's office and the agency
                if covering[3] != "organisation" or covering[1] > end:
                    found = [f for f in found if f is not covering]
                end = covering[1]
            else:
                continue
            found = [f for f in found if not (f[3] == "unknown" and start <= f[0] < end)]
            found.append((start, end, full, "unknown", None, text[start:end]))
    return sorted(found)


# The capitalised words after a short form: its region, if it names one.
REST = re.compile(r" ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)(?![\w'’-])")
REST_WORD = re.compile(r" ([A-Z][\w'’-]*)(?![\w'’-])")


def teach_short_forms(found: list[tuple], taught: dict[str, tuple[str, str | None]]) -> None:
    """Teach the short forms of the regional offices and governments named in full, with
    the known region that ends each."""
    for f in found:
        if f[3] == "unknown" and (f[2].startswith(OFFICE_OPENERS) or "(" in f[5]):
            region = next((p[2] for p in found if p[3] == "place" and p[1] == f[1] and f[0] < p[0]), None)
            for short in short_forms(f[2], f[5]):
                taught.setdefault(short, (f[2], region))


OFFICE_OPENERS = tuple({office.split()[0] + " " for office in SHORT_FORMS} | {"Inspektorat"})


def same_units(found: list[tuple], named: dict[tuple[str, str], str]) -> list[tuple]:
    """A regional unit named as the article first named it (`named`: the unit's word and
    its region's entry -> that name): "Polda Jateng" after "Polda Jawa Tengah" is one body."""
    renamed = []
    for f in found:
        word = f[2].split(" ", 1)[0].lower() if f[3] == "unknown" else None
        if word not in REGIONAL_UNITS:
            renamed.append(f)
            continue
        region = next((p[2] for p in found if p[3] == "place" and p[1] == f[1] and f[0] < p[0]), None)
        name = named.setdefault((word, region), f[2]) if region else f[2]
        renamed.append(f if name == f[2] else (f[0], f[1], name, *f[3:]))
    return renamed


# A military unit named by its number, and by its name after a slash: "Kodam XVII/Cenderawasih",
# "Korem 161/Wira Sakti", "Kodim 1603/Sikka", "Lantamal IV", "Yonif 732/Banau".
# ... also after its name in full, the short form in brackets: "Pangkalan Utama TNI Angkatan
# Laut (Lantamal) IV" is Lantamal IV.
MILITARY_UNIT = re.compile(r"(?:(?<![\w-])|\()(?P<unit>Kodam|Korem|Kodim|Koramil|Lantamal|Lanal|Lanud|Koarmada|Yonif|"
                           r"Brigif|Kogabwilhan|Pasmar|Kopasgat)\)?\s+(?P<number>(?:[IVXL]+|\d{1,4})"
                           r"(?:/[A-Z][\w-]*(?:\s[A-Z][a-z][\w-]*)?)?)(?![\w/-])")
MILITARY_HEADS = ("Kodam", "Korem", "Kodim", "Koramil", "Lantamal", "Lanal", "Lanud", "Koarmada", "Yonif", "Brigif",
                  "Kogabwilhan", "Pasmar", "Kopasgat")


def military_units(text: str, taken: list[tuple[int, int]]) -> list[tuple]:
    """The numbered military units the sentence names outside what is taken, as written;
    one a title names ("Pangdam IX/Udayana") is read with the title (facts._units_of_titles)."""
    found = []
    for unit in MILITARY_UNIT.finditer(text):
        if unit.group().startswith("(") != (text[unit.start("unit") + len(unit.group("unit")):][:1] == ")"):
            continue  # a bracket on one side only
        start, end = unit.start("unit"), unit.end()
        if not any(s < end and start < e for s, e in taken):
            name = f"{unit.group('unit')} {unit.group('number')}"
            found.append((start, end, name, "organisation", None, text[start:end]))
    return found
