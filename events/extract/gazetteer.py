"""Entities named in a sentence: the shipped gazetteer, plus people after titles.

The gazetteer (gazetteer.yml beside this file) is matched on characters with Aho-Corasick
automata (`wordscan`'s, which other steps' words share), so that `AMMTC+ROK` and
`SOMTC-ROK` yield both names while the lowercase word `rok` does not: acronyms match
case-sensitively, other aliases case-insensitively, and a match must not be glued to
letters or digits on either side.
Where matches overlap, the longest wins (`Negara-Negara Anggota ASEAN` over `ASEAN`).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

import yaml

from .wordscan import found_words, found_written, word_list
from .words import (ASSOCIATION_HEADS, BALINESE_ORDER, FACILITY_HEADS, FOR_HEADS, HEAD_WORDS, NAMED_BODY_HEADS, PLACE_HEADS,
                    POSSESSIVE, REGIONAL_UNITS, whole_word_spans)

GAZETTEER_PATH = Path(__file__).with_name("gazetteer.yml")
TYPES = {"countries": "country", "organisations": "organisation", "people": "person",
         "places": "place"}
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Entry:
    name: str
    type: str
    wikidata: str | None = None
    part_of: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # of a place abroad
    capital_of: str | None = None  # the state a capital stands for ("Beijing protested")


class Match(NamedTuple):
    """A gazetteer entry where the text names it. A named tuple, not a frozen dataclass: a
    sentence makes several, and a tuple is made in a fraction of the time."""

    start: int
    end: int
    text: str
    entry: Entry


@dataclass(frozen=True)
class Office:
    """A title that stands for whoever holds it: (name, from, to) terms, ISO dates, and
    the last day the terms were checked (None: not bounded)."""

    title: str
    holders: tuple[tuple[str, str, str | None], ...]
    checked: str | None = None

    def holder_on(self, day: str) -> str | None:
        if self.checked and day > self.checked:
            return None
        for name, start, end in self.holders:
            if start <= day and (end is None or day <= end):
                return name
        return None


@dataclass(frozen=True)
class Gazetteer:
    entries: dict[str, Entry]
    # aliases, found in the lower-case text (by wordscan): (the alias's length, entry name)
    folded: dict[str, tuple[int, str]]
    exact: dict[str, tuple[int, str]]  # acronyms, found in the text as written (by wordscan)
    offices: dict[str, Office]
    office_titles: dict[str, tuple[int, str]]  # found like the aliases: (length, title)
    # English names that every country's body of the kind has ("Constitutional Court"):
    # Indonesia's only in an article about Indonesia (see `find`).
    generic: frozenset[str] = frozenset()
    demonyms: frozenset[str] = frozenset()
    # A place's name as Indonesian news writes it in full (its first alias): "Sulawesi
    # Selatan" for South Sulawesi, whose government is "Pemerintah Provinsi Sulawesi Selatan".
    local_names: dict[str, str] = field(default_factory=dict)
    # The kinds of body an organisation's names say it is ("BMKG" is an agency, "Mahkamah
    # Konstitusi" a court), for "the agency", "the court" standing for it later.
    body_kinds: dict[str, frozenset[str]] = field(default_factory=dict)

    def find_offices(self, text: str) -> list[tuple[int, int, Office]]:
        """Office titles in the text (longest first where they overlap)."""
        found = []
        for end, (length, title) in found_words(text)[OFFICE_LIST]:
            start = end - length + 1
            if _bounded(text, start, end + 1):
                found.append((start, end + 1, self.offices[title]))
        chosen: list[tuple[int, int, Office]] = []
        for item in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
            if all(item[1] <= c[0] or item[0] >= c[1] for c in chosen):
                chosen.append(item)
        return sorted(chosen, key=lambda f: f[0])

    def find(self, text: str, abroad: bool = False) -> list[Match]:
        """Non-overlapping entity mentions, longest first where they compete; `abroad`: the
        article is about another country than Indonesia, and generic names are not
        Indonesia's bodies."""
        candidates = []
        lower = text.lower()
        language = "bahasa " in lower  # most sentences name no language: `_language` is not asked
        last = len(text) - 1
        for found in (found_words(text)[FOLDED_LIST], found_written(text)[EXACT_LIST]):
            for end, (length, name) in found:
                start = end - length + 1
                # `_bounded`, written out: it runs for every name found
                if (start and text[start - 1].isalnum()) or (end < last and (text[end + 1].isalnum()
                                                                            or text[end + 1] == "$")):
                    continue
                if not (language and _language(text, start, name)):
                    candidates.append((start - end - 1, start, end + 1, name))
        if not candidates:
            return []  # many sentences name nothing known
        chosen: list[tuple[int, int, str]] = []
        candidates.sort(key=itemgetter(0, 1))  # longest, then first; ties as found
        for _, start, end, name in candidates:
            for c in chosen:
                if end > c[0] and start < c[1]:
                    break
            else:
                chosen.append((start, end, name))
        places, generic, demonyms = self.places, self.generic if abroad else (), self.demonyms
        return [Match(start, end, text[start:end], self.entries[name])
                for start, end, name in sorted(chosen)
                if not (name in places and _named_after(text, start, end))
                and not (generic and text[start:end].lower() in generic)
                and not (text[start:end] in demonyms and _last_word_of_a_name(text, start, end))]

    @cached_property
    def capitals(self) -> dict[str, str]:
        """Capital -> the state it stands for."""
        return {name: entry.capital_of for name, entry in self.entries.items() if entry.capital_of}

    @cached_property
    def places(self) -> frozenset[str]:
        return frozenset(name for name, entry in self.entries.items() if entry.type == "place")


# A place with a point of the compass beside it that the gazetteer does not know as a
# whole is another place, named after it: "Flores Timur" and "East Flores" are a regency,
# "Lombok Timur" is not Lombok.
COMPASS_WORDS = {"Timur", "Barat", "Utara", "Selatan", "Tengah", "Tenggara", "Daya"}
COMPASS_AFTER = tuple(f" {word}" for word in COMPASS_WORDS)
COMPASS_BEFORE = ("East ", "West ", "North ", "South ", "Central ")


def _named_after(text: str, start: int, end: int) -> bool:
    """A point of the compass beside the place, or a village or district word before it.
    Plain string tests, not a pattern: they run for every place the gazetteer finds."""
    if text.startswith(COMPASS_AFTER, end):
        word = text[end + 1:end + 10].split(None, 1)[0].rstrip(".,;:)\"'")
        if word in COMPASS_WORDS:  # a whole word: "Timur", not "Timurnya"
            return True
    return text.endswith(WORDS_BEFORE, 0, start)


# A village or district is often named after a town or regency elsewhere: "Desa Sampang"
# in Banjarnegara is not Sampang in Madura, "Kecamatan Tenggarong Seberang" not
# Tenggarong. The known name after such a word is no match; the whole is an unknown place.
VILLAGE_HEADS = tuple(f"{word} " for word in (
    "Desa", "Kelurahan", "Dusun", "Kecamatan", "Distrik", "Nagari", "Kampung", "Gampong", "Jorong",
    "Kec.", "Kel.", "desa", "kelurahan", "dusun", "kecamatan", "distrik", "kampung"))
WORDS_BEFORE = COMPASS_BEFORE + VILLAGE_HEADS


NAME_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*)\s$")
# Capitalised only because they open a sentence: "The Thai government", "Both Thai ...".
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
               "our", "my", "your", "but", "and", "or", "so", "both", "all", "some", "many",
               "most", "several", "other", "two", "three", "no", "every", "each", "as", "for"}


def _last_word_of_a_name(text: str, start: int, end: int) -> bool:
    """A word of nationality after a capitalised word and before no other ends a name
    ("Pheu Thai said", a party), where one before a noun is an adjective ("Thai police",
    "The Thai government", "Royal Thai Police")."""
    before = NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
    return (before is not None and before.group(1).lower() not in DETERMINERS
            and not text[end:end + 2].lstrip(" ")[:1].isupper())


def _language(text: str, start: int, name: str) -> bool:
    """`bahasa Inggris` is the English language, not the United Kingdom."""
    return text[max(0, start - 7):start].lower() == "bahasa "


def _bounded(text: str, start: int, end: int) -> bool:
    """A whole word, and not a currency's prefix (`US$4.3 billion`, `S$`): a price names
    no country."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum() or after == "$")


def _cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "events-timeline"


def gazetteer_data(path: Path = GAZETTEER_PATH) -> dict:
    """The gazetteer's data. Reading its YAML takes PyYAML a quarter of a second (every
    regency and city of Indonesia), so a copy as JSON, named by a hash of the YAML's bytes
    and read in milliseconds, is kept in the user's cache folder; a changed file gets a new
    copy, and a folder that cannot be written only costs the time. Dates are kept as text."""
    raw = path.read_bytes()
    cached = _cache_dir() / f"gazetteer-{hashlib.sha1(raw).hexdigest()[:16]}.json"
    try:
        return json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    data = yaml.load(raw.decode("utf-8"), Loader=Loader)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(data, default=str, ensure_ascii=False), encoding="utf-8")
        partial.replace(cached)  # whole or not at all, whichever process writes it
        _prune(cached.parent)
    except OSError:
        pass
    return data


# Copies kept for other versions of the gazetteer (other checkouts sharing the cache): an
# older one is only a quarter of a second to make again, so they do not pile up.
CACHED_COPIES = 4


def _prune(folder: Path) -> None:
    copies = sorted(folder.glob("gazetteer-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in copies[CACHED_COPIES:]:
        old.unlink(missing_ok=True)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Load and compile the shipped gazetteer once per process."""
    data = gazetteer_data()
    entries: dict[str, Entry] = {}
    folded: dict[str, tuple[int, str]] = {}
    exact: dict[str, tuple[int, str]] = {}
    generic: set[str] = set()
    demonyms: set[str] = set()
    local_names: dict[str, str] = {}
    body_kinds: dict[str, frozenset[str]] = {}
    for section, kind in TYPES.items():
        for item in data.get(section, []):
            entry = Entry(item["name"], kind, item.get("wikidata"), item.get("part_of"),
                          item.get("lat"), item.get("lon"), item.get("country"), item.get("capital_of"))
            entries[entry.name] = entry
            generic.update(alias.lower() for alias in item.get("generic", []))
            if item.get("generic"):  # "the House" as written is as generic as "House of Representatives"
                generic.update(name.lower() for name in item.get("as_written", []))
            demonyms.update(item.get("demonyms", []))
            if kind == "place" and item.get("aliases"):
                local_names[entry.name] = item["aliases"][0]
            if kind == "organisation":
                body_kinds[entry.name] = frozenset().union(*(kinds_of_body(name) for name in [
                    entry.name, *item.get("aliases", []), *item.get("generic", [])]))
            # An organisation's canonical English name joined by "and" is written too ("Ministry
            # of Marine Affairs and Fisheries"): a name the gazetteer lacks is cut at "and".
            # (Others, "Ministry of Law", are also other countries' ministries.)
            own = [entry.name] if kind == "organisation" and " and " in entry.name else []
            for alias in item.get("aliases", []) + item.get("generic", []) + own:
                folded[alias.lower()] = (len(alias), entry.name)
            for acronym in item.get("acronyms", []) + item.get("demonyms", []) + item.get("as_written", []):
                exact[acronym] = (len(acronym), entry.name)
                if len(acronym) >= 5 and acronym.isalpha() and acronym.isupper():
                    # An acronym read as a word is written as one by some outlets: "Asean".
                    exact[acronym.capitalize()] = (len(acronym), entry.name)
    offices, titles = {}, {}
    for item in data.get("offices", []):
        terms = tuple((h["name"], str(h["from"]), str(h["to"]) if h.get("to") else None)
                      for h in item["holders"])
        offices[item["title"]] = Office(item["title"], terms,
                                        str(item["checked"]) if item.get("checked") else None)
        for alias in item["aliases"]:
            titles[alias.lower()] = (len(alias), item["title"])
    return Gazetteer(entries, folded, exact, offices, titles, frozenset(generic), frozenset(demonyms), local_names,
                     body_kinds)


# The aliases and office titles, looked for in the same pass over a sentence's lower case as
# other steps' words, and the acronyms in the pass over it as written (the gazetteer is read
# when those passes' automata are built).
FOLDED_LIST = word_list(lambda: gazetteer().folded)
OFFICE_LIST = word_list(lambda: gazetteer().office_titles)
EXACT_LIST = word_list(lambda: gazetteer().exact, written=True)


# The head words of bodies' names, and the kind of body each says in English.
BODY_KIND_WORDS = {"agency": ("agency",), "badan": ("agency",), "balai": ("agency", "office"),
                   "dinas": ("agency", "office", "department"), "court": ("court",), "pengadilan": ("court",),
                   "mahkamah": ("court",), "commission": ("commission",), "komisi": ("commission",),
                   "ministry": ("ministry",), "kementerian": ("ministry",), "department": ("department",),
                   "committee": ("committee",), "komite": ("committee",), "council": ("council",),
                   "dewan": ("council",), "authority": ("authority",), "otorita": ("authority",),
                   "board": ("board",), "office": ("office",), "kantor": ("office",),
                   # ... and members' bodies, named again by their kind ("the cooperative", "the union")
                   "cooperative": ("cooperative",), "koperasi": ("cooperative",), "union": ("union",),
                   "serikat": ("union",), "association": ("association",), "asosiasi": ("association",),
                   "foundation": ("foundation",), "yayasan": ("foundation",),
                   # a company's legal form: "PT Garuda Indonesia" is a company ("the airline")
                   "pt": ("company",), "tbk": ("company",), "persero": ("company",)}


def kinds_of_body(name: str) -> frozenset[str]:
    """The kinds of body a name says ("National Disaster Mitigation Agency": an agency)."""
    return frozenset(kind for word in name.lower().replace(",", " ").split()
                     for kind in BODY_KIND_WORDS.get(word, ()))


# An officer's corps after the rank ("Letkol Inf Yudhi Prasetyo", "Letkol Pnb Andi").
CORPS = {"inf", "kav", "arh", "czi", "cpl", "pnb", "cba", "ckm", "cku", "arm", "mar", "tek", "lek", "kes", "nav"}
# Titles and ranks that precede a person's name; matched case-insensitively as words.
TITLE_WORDS = {
    "presiden", "wapres", "menteri", "menlu", "menko", "menhan", "mendagri", "menpora",
    # ... and the other ministers by their short titles ("Menperin Agus Gumiwang")
    "menkeu", "menag", "mentan", "mendag", "menkes", "menaker", "menhub", "menkominfo", "menkomdigi",
    "menpar", "mensos", "menperin", "menkop", "menpan", "menparekraf", "mendikbud", "mendikdasmen",
    "mendiktisaintek", "menkumham", "menkum", "menlhk", "menlh", "menbud", "menekraf", "menteri-menteri",
    # ... and their deputies' ("Wamenpora Taufik Hidayat")
    "wamen", "wamenpora", "wamenkeu", "wamenlu", "wamendagri", "wamenhan", "wamenkes", "wamendag", "wamenperin",
    "wamentan", "wamenaker", "wamenhub", "wamenag", "wamensos", "wamenpar", "wamenkomdigi", "wamenbumn",
    "wamenkum", "wamenham", "wamendikdasmen", "wamendiktisaintek", "wamenpan", "wamenkop", "wamenlh",
    "kapolri", "wakapolri", "kapolda", "wakapolda", "kapolres", "kapolsek", "kadiv",
    "kabid", "kasat", "kasubdit", "dirreskrimum", "dirreskrimsus", "hubinter", "kabareskrim",
    "kepala", "kadis", "ketua", "wakil", "anggota", "komisioner", "hakim", "jaksa",
    "direktur", "dirjen", "dirut", "sekjen", "duta", "besar", "dubes", "gubernur", "bupati",
    "walikota", "wali", "kota", "camat", "lurah", "rektor", "jenderal", "jend", "letnan",
    "mayor", "kolonel", "laksamana", "marsekal", "madya", "irjen", "brigjen", "komjen", "kombes",
    # ... and a monarch's title ("Kaisar Naruhito", "Emperor Naruhito", "Permaisuri Masako")
    "kaisar", "permaisuri", "emperor", "empress",
    "akbp", "kompol", "pol", "polisi", "inspektur", "komisaris", "ajun", "juru", "bicara",
    "jubir", "panglima", "president", "minister", "chief", "gen", "general", "police", "ceo",
    "director", "ambassador", "spokesperson", "spokesman", "secretary", "governor", "head",
    "administrator", "undersecretary", "commissioner", "spokeswoman",
    "sekretaris", "sekda",
    "speaker", "chairman", "chairwoman", "premier", "justice", "minister-in-charge",
    "senator", "undersecretary", "congressman", "congresswoman", "councillor", "councilor",
    "foreign", "senior", "official", "prime", "judge", "prosecutor", "regent", "mayor",
    "speaker", "chairman", "chairwoman", "deputy",
    "dr", "prof", "h", "hj", "ir", "drs", "gov", "sen", "rep", "supt", "adm", "cmdr",
    # Professions that stand before a name like a title ("Ekonom Budi Santoso menilai").
    "ekonom", "pengamat", "analis", "peneliti", "economist", "analyst", "researcher",
    # Acting and elected holders: "Penjabat Bupati ...", "Plt Kepala ...", "President-elect".
    "penjabat", "pj", "plt", "plh", "president-elect", "governor-elect", "mayor-elect", "regent-elect",
    "vice-president-elect", "consul", "consul-general",
    # ... written out: "Pelaksana Harian Bupati ...", "Pelaksana Tugas Kepala ...".
    "pelaksana", "harian",
    # A regional secretary's assistants: "Asisten Pemerintahan dan Keistimewaan Setda Aceh Utara".
    "asisten",
    "kajati", "kajari", "pangdam", "danrem", "dandim", "kapolresta", "kapolrestabes",
    # ... the heads of military units, and a commander in Indonesian ("Komandan Lantamal IV ...")
    "danramil", "danlantamal", "danlanal", "danlanud", "danyonif", "pangkoarmada", "komandan",
    # Military and police ranks, written out or abbreviated ("Kapten Yoga Prasetyo",
    # "Letkol Pnb Andi", "Brig. Gen. Frega Wenas", "Lt. Col. ...").
    "kapten", "letkol", "lettu", "letda", "mayjen", "letjen", "laksda", "laksma", "laksdya",
    "marsda", "marsma", "marsdya", "serka", "sertu", "serda", "kopral", "bripka", "brigpol",
    "bripda", "aipda", "aiptu", "iptu", "ipda", "akp", "brig", "maj", "lt", "col", "capt",
    "colonel", "lieutenant", "captain", "sergeant", "brigadier", "commander", "admiral", "commodore", "marshal",
    # ... and the police ranks as English-language outlets abbreviate them ("Adj. Sr. Comr.").
    "adj", "sr", "comr", "insp",
    # ... and the grade after a naval rank ("Lt. Junior Grade Carla Mendoza").
    "grade",
    # A prosecutor by the acronym courts use: "JPU Friska Nainggolan".
    "jpu",
    # Honorifics: dropped from the name they stand before ("Mr Srettha", "Bapak Joko Susilo").
    "mr", "mrs", "ms", "mme", "madam", "bapak", "pak", "ibu", "bu", "tuan", "nyonya", "sdr",
    "sdri", "saudara", "saudari",
    # Words of a company's offices in English ("Chief Executive Officer", "Corporate Secretary").
    "executive", "officer", "corporate", "vice", "managing", "eksekutif",
} | CORPS
# Ranks and honorifics: the person's name follows them at once, never a body's.
NAME_RIGHT_AFTER = {
    "jenderal", "jend", "letnan", "kolonel", "laksamana", "marsekal", "irjen", "brigjen", "komjen",
    "kombes", "akbp", "kompol", "pol", "ajun", "gen", "dr", "prof", "h", "hj", "ir", "drs", "gov", "sen",
    "rep", "supt", "adm", "cmdr", "kapten", "letkol", "lettu", "letda", "mayjen", "letjen", "laksda",
    "laksma", "laksdya", "marsda", "marsma", "marsdya", "serka", "sertu", "serda", "kopral", "bripka",
    "brigpol", "bripda", "aipda", "aiptu", "iptu", "ipda", "akp", "brig", "maj", "lt", "col", "capt",
    "colonel", "lieutenant", "captain", "sergeant", "brigadier", "admiral", "commodore", "marshal",
    "mr", "mrs", "ms", "mme", "madam",
    "adj", "sr", "comr", "insp", "grade", "bapak", "pak", "ibu", "bu", "tuan", "nyonya", "sdr", "sdri", "saudara", "saudari",
} | CORPS
# Offices of a region: a field after them may be followed by the region, then the person.
REGIONAL_OFFICES = {"dinas", "badan", "kantor", "balai", "biro", "bagian", "bidang", "seksi", "unit"}
# Words that end a title ("Ketua Umum", "Direktur Utama", "Direktur Eksekutif").
TITLE_TAILS = {"umum", "utama", "pelaksana", "harian", "eksekutif"}
# Common given names (given_names.txt beside this file), in lower case: where a person's
# name starts inside the capitalised words after a title and a body.
GIVEN_NAMES = frozenset(
    word.lower() for line in Path(__file__).with_name("given_names.txt").read_text(encoding="utf-8").splitlines()
    if not line.startswith("#") for word in line.split())
# Endings of Javanese and Muslim given names that no list holds in every spelling
# ("Hariyadi", "Sugiyanto", "Sukarno", "Hasanudin", "Sulistyowati", "Endang Sriningsih",
# "Widiyanti").
GIVEN_ENDINGS = ("yadi", "anto", "ono", "uddin", "udin", "ningsih", "ningrum", "wati", "yati", "yanti",
                 # ... and Malay and Minang names ending as Rizal does ("Afrizal", "Yusrizal", "Syafrizal")
                 "rizal")


def given_name(word: str) -> bool:
    """Whether a capitalised word is a common given name, or ends like one."""
    lower = word.lower()
    if "dj" in lower or "tj" in lower or "oe" in lower:
        # the old spelling of the same name: "Djoko" is Joko, "Tjahjo" Cahyo, "Soeharto" Suharto
        lower = lower.replace("dj", "j").replace("tj", "c").replace("oe", "u")
    return lower in GIVEN_NAMES or (len(lower) >= 6 and lower.endswith(GIVEN_ENDINGS))
# Title words that are another word beside these: "ibu kota" is a capital city, and
# "kota" is a title only in "Wali Kota".
NOT_TITLE_BESIDE = {("ibu", "kota"), ("balai", "besar")}  # ("Balai Besar" is an office)
TITLE_ONLY_AFTER = {"kota": "wali"}
# Titles of a region's office: the region is named before the person ("Bupati Sikka ...").
# (In English the region comes before the title: "Bali Governor Wayan Koster".)
REGIONAL_TITLES = {"bupati", "gubernur", "walikota", "wali", "kapolda", "kapolres",
                   "kapolsek", "camat", "lurah", "dinas", "kadis",
                   "kajati", "kajari", "pangdam", "danrem", "dandim", "kapolresta", "kapolrestabes",
                   "danramil", "danlantamal", "danlanal", "danlanud", "danyonif", "pangkoarmada"}
# Words after a region's first word that are part of its name ("Flores Timur", "Sukamaju Raya").
REGION_SUFFIXES = {"timur", "barat", "utara", "selatan", "tengah", "tenggara", "daya", "raya", "laut",
                   "darat", "besar", "kota", "hulu", "hilir", "jaya", "baru"}
# Capitalised words that make a run an office or a unit, not a person's name; the fields
# of ministries and offices among them ("Menteri Sosial Tri Rismaharini").
NOT_NAME_WORDS = {
    "sosial", "keuangan", "agama", "pertanian", "perdagangan", "perindustrian", "kesehatan",
    "pendidikan", "perhubungan", "kehutanan", "pariwisata", "kelautan", "perikanan",
    "ketenagakerjaan", "perekonomian", "investasi", "koperasi", "perumahan", "komunikasi",
    "informatika", "kebudayaan", "energi", "pertambangan", "maritim", "kemaritiman",
    "transmigrasi", "imigrasi", "pemasyarakatan", "lingkungan", "finance", "trade", "health",
    "education", "transport", "agriculture", "energy", "defence", "defense", "tourism", "nomor",
    "divisi", "badan", "kementerian", "direktorat", "bagian", "biro", "dinas", "pusat",
    "kantor", "satuan", "unit", "departemen", "komisi", "lembaga", "hubungan",
    "internasional", "negara", "republik", "daerah", "nasional", "umum", "luar", "negeri",
    "dalam", "bidang", "pertahanan", "keamanan", "koordinator", "politik", "hukum", "humas",
    "utama", "konstitusi", "tipikor", "constitutional", "division", "ministry", "department", "agency", "office", "national", "affairs",
    "international", "relations", "bureau", "the", "of", "and", "dan",
    "pajak", "bea", "cukai", "anggaran", "perbendaharaan",
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday",
}
# Words of an office's rank after a title ("Direktur Utama") that end a person's name after
# two of its words ("Uka Suska Puji Utama").
NAME_ENDINGS = {"utama", "hakim"}  # "Hakim" is a surname as often as a judge: "Dwi Lestari Hakim"
# A company's legal form: what follows is a company, not a person.
COMPANY_WORDS = {"pt", "cv", "tbk", "persero", "ltd", "inc", "corp", "bhd", "berhad", "plc", "limited"}
# (letters beyond ASCII too: "Volker Türk", "José Ramos-Horta")
# (A capital with a diacritic opens a name too: "Maroš Šefčovič", "Nguyễn"; a word opening
# with a lower-case letter outside ASCII and Latin-1 is not met in news.)
NAME_TOKEN = re.compile(r"[^\W\d_a-zß-öø-ÿ](?:[^\W\d_]|['’-])+|[A-Z]\.")
NAME_PARTICLES = {"bin", "binti", "van", "de", "al", "von", "der", "del", "dela", "dos", "da", "das", "do"}
ARABIC_ARTICLE = re.compile(r"(?:el|al)-[A-Z][\w'’]+")  # "Abdel Fattah el-Sisi", "Ahmed al-Tayeb"
ROMAN_NUMERAL = re.compile(r"[IVX]{1,4}")
TOKENS = re.compile(r"[\w'’.-]+")
WORDS = re.compile(r"[\w'’-]+")  # tokens without their dots


# The titles that can be a whole word of WORDS, looked for in the same pass over a sentence
# as other steps' words.
TITLE_LIST = word_list({word: len(word) for word in TITLE_WORDS if WORDS.fullmatch(word)})


def _names_a_title(text: str) -> bool:
    """Whether a title is one of the words (WORDS) of the sentence, in lower case: the pass
    of an automaton, with a look at the characters beside each title it finds, rather than
    reading the sentence word by word (most sentences have no title)."""
    lower = text.lower()
    last = len(lower) - 1
    for end, length in found_words(text)[TITLE_LIST]:
        start = end - length + 1
        # a character of a word of WORDS ([\w'’-]) beside it makes it part of another word;
        # looked at with string methods: "h" (Haji) is found in most sentences
        before = lower[start - 1] if start else " "
        after = lower[end + 1] if end < last else " "
        if not (before.isalnum() or before in "_'’-" or after.isalnum() or after in "_'’-"):
            return True
    return False


OFFICE_PAIR = re.compile(r"\s+(?:dan|and)\s+[A-Z]")


HYPHENED_TITLE = re.compile(r"\b(?:Secretary|Director|Attorney|Governor|Solicitor|Inspector|Sekretaris|Direktur)"
                            r"-(?:General|Jenderal)\b")


TIME_BEFORE_TITLE = re.compile(r"(?<![\w-])(?:then|ex)-(?=[A-Z])")


# The grades of a flag rank, part of the rank and not of the name after it: "Laksamana
# Pertama", "Marsekal Muda", "Laksamana Madya" (not "Iskandar Muda").
FLAG_GRADE = re.compile(r"\b((?:Laksamana|Marsekal)\s+)(Pertama|Muda|Madya)\b")


def people_after_titles(text: str, known: list[Match], offices: list[tuple[int, int]] = (),
                        regions: set[str] = frozenset()) -> list[tuple[int, int, str]]:
    """Names (runs of capitalised words) that follow a title or rank word and are not
    themselves gazetteer entities or titles: `Irjen Pol. Krishna Murti` -> Krishna Murti.
    Words inside an office's title (`Menko Polhukam`) or a minister's field (`offices` holds
    those spans too: `Menteri Energi dan Sumber Daya Mineral Bahlil`) are never the name, nor are the
    `regions` the article named as places before (`Kabupaten Banjarnegara`, then
    `Kepala BPBD Banjarnegara Aris Sudaryanto`)."""
    if "-Gen" in text or "-Jen" in text:  # "Secretary-General Kao Kim Hourn": read as two title words
        text = HYPHENED_TITLE.sub(lambda m: m.group().replace("-", " "), text)
    if "then-" in text or "ex-" in text:  # "then-Governor Irwandi Yusuf": the title, of an earlier day
        text = TIME_BEFORE_TITLE.sub(lambda m: " " * len(m.group()), text)
    if not _names_a_title(text):
        return []  # most sentences have no title
    if "Laksamana " in text or "Marsekal " in text:  # "Laksamana Pertama Andi": the grade is the rank's
        text = FLAG_GRADE.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    if "(" in text:  # "Penjabat (Pj) Bupati ...": a title's short form in brackets is part of it
        text = TITLE_IN_BRACKETS.sub(lambda m: " " * len(m.group()) if (m.group(1) or m.group(2)).lower()
                                     in TITLE_WORDS else m.group(), text)
    taken = [(m.start, m.end) for m in known] + list(offices)
    # A one-word place right after an English title may open a name: in English the region
    # comes before the title ("Bali Governor Wayan Koster"), so "Deputy Minister Bima Arya
    # Sugiarto" and "trade chief Maros Sefcovic" name people.
    places = {m.start for m in known if m.entry.type == "place" and " " not in m.text}
    named = [span for region in regions if region in text for span in whole_word_spans(region, text)]
    people = []
    tokens = list(TOKENS.finditer(text))
    # The title words among the tokens, found in one pass: the loop looks at them only.
    words = [token.group().rstrip(".").lower() for token in tokens]
    titles = [i for i, word in enumerate(words) if word in TITLE_WORDS]
    after_run = 0  # where the last name found ends: a title inside it is part of it
    for i in titles:
        word = words[i]
        if i >= after_run and i + 1 < len(tokens) and _a_title_here(tokens, i, word):
            opening = i + 1 if word in ENGLISH_TITLES and tokens[i + 1].start() in places else None
            run = _name_run(text, tokens, i + 1, taken, regional=word in REGIONAL_TITLES, regions=named,
                            place_opening=opening)
            if len(run) >= 3:
                run = _past_body_words(tokens, run)
            if run and words[run[0]] in ASSOCIATION_HEADS and len(run) >= 2:
                after_run = run[-1] + 1  # "Ketua Asosiasi Eksportir Kopi Gayo, Armiadi": the body, not him
            elif run:
                start, end = tokens[run[0]].start(), tokens[run[-1]].end()
                end = without_possessive(text, start, end)
                people.append((start, end, text[start:end].rstrip(".,")))
                after_run = run[-1] + 1
    return people


# Words naming a body's division by the word after them ("Regional Sumbagsel", "Wilayah
# IV", "Cabang Ambon", "Unit Balikpapan"): before a person's name they and that word are the body's.
DIVISION_WORDS = {"regional", "wilayah", "cabang", "area", "region", "divisi", "perwakilan", "sektor", "rayon",
                  "unit"}
# Words of a company's kind that end its name ("Samudra Investama Sekuritas").
COMPANY_KIND_TAILS = {"sekuritas", "securities", "capital", "kapital", "holdings", "group"}


def body_words_before_name(words: list[str]) -> int:
    """How many of the words a reader took for a person's name are the body's: those up to
    a legal form, an acronym, a numeral, a company's kind or a division's name ("PT Bank
    Nusantara Makmur Tbk Raden Adityo", "Menteri P2MI Abdul Kadir Karding", "BPK Wilayah IV
    Nurmala Dewi"), so long as two words are left for the name."""
    cut = 0
    for k in range(len(words) - 2):
        word = words[k].rstrip(".,")
        lower = word.lower()
        if k and word in ("I", "Ni") and words[k + 1] in BALINESE_ORDER:
            return k  # "DTW Tanah Lot I Made Sudiarta Wijaya": a Balinese name opens with its particle
        if lower in COMPANY_WORDS or lower in COMPANY_KIND_TAILS or _acronym(word) \
                or (word[:1].isupper() and any(c.isdigit() for c in word)) \
                or len(word) >= 2 and ROMAN_NUMERAL.fullmatch(word):
            cut = k + 1
        elif lower in DIVISION_WORDS and k + 1 < len(words) - 2:
            cut = k + 2
    return cut


def _past_body_words(tokens: list[re.Match], run: list[int]) -> list[int]:
    return run[body_words_before_name([tokens[j].group() for j in run]):]


@lru_cache(maxsize=1)
def minister_fields() -> re.Pattern:
    """A minister's field as his ministry's name in the gazetteer spells it ("Kementerian
    Haji dan Umrah": "Menteri Haji dan Umrah"): fields joined by `dan` and words that may
    open a name ("Haji", "Daya") are stepped over whole, never read as the person."""
    fields = {alias[len("Kementerian "):] for item in gazetteer_data().get("organisations", [])
              for alias in item.get("aliases", []) if alias.startswith("Kementerian ") and " " in alias[12:]}
    alternatives = "|".join(re.escape(f) for f in sorted(fields, key=len, reverse=True))
    # ... with its acronym in brackets after it: "Menteri Energi dan Sumber Daya Mineral (ESDM) Bahlil"
    return re.compile(rf"(?<![\w-])Menteri (?:Koordinator )?((?:{alternatives})(?: \([A-Z][A-Za-z]{{1,9}}\))?)(?= [A-Z])")


@lru_cache(maxsize=1)
def english_minister_fields() -> re.Pattern:
    """The same in English, after "Minister of"/"for" ("Minister of Marine Affairs and
    Fisheries Sakti Wahyu Trenggono"): the field as the gazetteer's English ministry names
    spell it ("Ministry of Marine Affairs and Fisheries", "Marine Affairs and Fisheries Ministry")."""
    fields = set()
    for item in gazetteer_data().get("organisations", []):
        for name in [item["name"], *item.get("aliases", []), *item.get("generic", [])]:
            if name.startswith("Ministry of "):
                fields.add(name[len("Ministry of "):])
            elif name.endswith(" Ministry") and " " in name[:-len(" Ministry")]:
                fields.add(name[:-len(" Ministry")])
    alternatives = "|".join(re.escape(f) for f in sorted(fields, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])Minister (?:of|for) (?:the )?((?:{alternatives}))(?= [A-Z])")


TITLE_IN_BRACKETS = re.compile(r"\(([A-Z][A-Za-z]{1,8})\)(?=\s+[A-Z])"
                               r"|\(([A-Z][A-Za-z]{1,8}) [A-Z][A-Za-z]{1,9}\)(?=\s+[A-Z][a-z])")  # "(Menko Pangan) Zulkifli"


def _a_title_here(tokens: list[re.Match], i: int, word: str) -> bool:
    """Not beside a word that makes it another ("ibu kota"), and not in a facility's name
    after its head ("Bandara Letkol Wisnu" is an airport, not a colonel)."""
    after = tokens[i + 1].group().rstrip(".").lower() if i + 1 < len(tokens) else ""
    before = tokens[i - 1].group().rstrip(".").lower() if i else ""
    return (word, after) not in NOT_TITLE_BESIDE and (before, word) not in NOT_TITLE_BESIDE \
        and TITLE_ONLY_AFTER.get(word, before) == before and before not in FACILITY_HEADS \
        and not (word in NAME_ENDINGS and i and given_name(tokens[i - 1].group()))  # "Rizal Hakim Tarigan"


def without_possessive(text: str, start: int, end: int) -> int:
    """Where a name ends without the possessive after it: "Pichit Chuenban's conviction"
    names Pichit Chuenban."""
    return end - 2 if end - start > 3 and text.endswith(POSSESSIVE, start, end) else end


# English titles, after which a region is not named (it comes before them).
ENGLISH_TITLES = {"minister", "chief", "president", "secretary", "ambassador", "envoy", "spokesperson",
                  "spokesman", "spokeswoman", "commissioner", "director", "chairman", "chairwoman",
                  # ... and a region's heads in English ("Gresik Regent Fandi Akhmad Yani")
                  "regent", "governor", "mayor"}


def _name_run(text: str, tokens: list[re.Match], first: int, taken: list[tuple[int, int]],
              regional: bool = False, regions: list[tuple[int, int]] = (),
              place_opening: int | None = None) -> list[int]:
    """The name after a title. What stands between is part of the title and is stepped
    over: more titles and ranks, unit words, acronyms and known entities (`Kepala BNN
    Andi Wijaya`, `Kabid Humas Polda NTT Kombes Pol. Yohanes Bria`); a unit's own name
    right before a known body is too (`Dirjen Perikanan Tangkap KKP Rahmat Wibisono`).
    A company's legal form ends the search: `Direktur PT Sarana` names no person."""
    run: list[int] = []
    placed = False  # a known place was stepped over: the region is named
    region_named = False  # a place word was the last thing stepped over: a region follows
    field_word = None  # the token after a `dan` inside the title's field
    region_next = regional  # the title or unit just stepped over names its region next
    region_first = False  # ... and the run began right there
    english_of = False  # the title went on with "of"/"for": a body or field comes before the name
    for j in range(first, min(first + 12, len(tokens))):
        if _broken(text, tokens[j - 1], tokens[j]):
            office_field = len(run) == 2 and tokens[run[0] - 1].group().lower() in REGIONAL_OFFICES
            # ("Minister of Higher Education, Science and Technology Brian Yuliarto": an
            # English title's fields after "of" run to their list's end)
            if not ((len(run) <= 1 or office_field or english_of) and not placed
                    and _field_list(text, tokens[j - 1].end())):
                break
            run = []  # "Direktur Penyuluhan, Pelayanan, dan Hubungan Masyarakat DJP ...": fields
        token = tokens[j].group().rstrip(".,")
        lower = token.lower()
        inside = next(((s, e) for s, e in taken if s <= tokens[j].start() < e), None)
        if inside is None and not run and regions:
            # a region the article named, right after the title or unit; inside a name of
            # its own it is that name's ("Kelompok Tani Sei Mencirim Bersatu")
            inside = next(((s, e) for s, e in regions if s <= tokens[j].start() < e), None)
        if lower in COMPANY_WORDS and not inside:
            # ... unless the company is a known body ("Kepala PT Pelni Cabang Jayapura ..."), or
            # its name is followed by its officer's ("Direktur Utama PT Railink Fajar Setiadi")
            return _officer_after_company(text, tokens, j) if lower in ("pt", "cv") else []
        if j == place_opening and j + 1 < len(tokens) and NAME_TOKEN.fullmatch(tokens[j + 1].group().rstrip(".,")) \
                and not _broken(text, tokens[j], tokens[j + 1]) \
                and not any(s <= tokens[j + 1].start() < e for s, e in taken):
            run.append(j)  # see people_after_titles: the place word opens the name
            continue
        if not run and lower in ("of", "for", "the"):
            english_of = True  # "Director General of ...", "Minister for Trade and Industry ..."
            continue
        if run and lower in ("of", "for", "and") and any(tokens[k].group().lower() in FOR_HEADS for k in run):
            run.append(j)  # "Centre for Strategic and International Studies": a body's name goes on
            continue
        if run and not inside and _initial(tokens, run, j):
            run.append(j)
            continue
        if lower in ("dan", "and") and run and j + 1 < len(tokens) \
                and tokens[j + 1].group().rstrip(".,").lower() in TITLE_WORDS:
            break  # "Bupati Sukamajuwi dan Wakil Bupati ...": another title, another person
        if lower in ("dan", "and") and len(run) <= 1 and not placed and j + 1 < len(tokens) \
                and (tokens[j + 1].group()[:1].isupper() or english_of and tokens[j + 1].group() == "the"):
            # "Menteri Pendidikan Dasar dan Menengah ...": one field; "Minister for
            # Sustainability and the Environment Grace Fu" (the article is stepped over next)
            run, field_word = [], j + 1 + (tokens[j + 1].group() == "the")
            continue
        if not run and not inside and _initials_before_name(tokens, j, taken):
            run.append(j)  # "Attorney General ST Burhanuddin": initials, not a body
            continue
        if run and lower in NAME_ENDINGS and token[:1].isupper() and not inside \
                and tokens[run[-1]].group().lower() not in NOT_NAME_WORDS | TITLE_WORDS:
            run.append(j)  # "Bupati Bangkalan Lukman Hakim", "Dirjen ... Rizal Hakim Pratama": a name's word
            continue
        if len(run) >= 2 and ROMAN_NUMERAL.fullmatch(token):
            run.append(j)  # a regnal numeral ends the name: "Sri Sultan Hamengku Buwono X"
            break
        if not inside and lower in REGIONAL_UNITS and NAME_TOKEN.fullmatch(token):
            run, regional, region_next = [], True, True  # "Kepala Seksi Intelijen Kejari Bojonegoro ..."
            continue
        if inside or lower in TITLE_WORDS or (not run and (lower in NOT_NAME_WORDS and not _cooperative(tokens, j, lower)
                                                          or _acronym(token) or lower in PLACE_HEADS)):
            if run and not inside and (lower not in TITLE_WORDS or token[:1].islower()):
                break  # ... a title in lower case after a name is about it ("Mr Anwar's official")
            # ... a rank after it ("Kapolda Metro Jaya Irjen Pol Karyoto"): the run was the region
            if run:  # the run so far named a unit of this body: the name comes after it
                run = []
            placed = placed or bool(inside)
            regional = regional or lower in REGIONAL_TITLES
            region_next = lower in REGIONAL_TITLES and not inside
            # ("Kota" of "Wali Kota" is the title's, and names no region)
            region_named = not inside and (region_named or lower in PLACE_HEADS and not (
                TITLE_ONLY_AFTER.get(lower) == tokens[j - 1].group().lower()))
            continue
        if NAME_TOKEN.fullmatch(token) or (run and lower in NAME_PARTICLES) or run and ARABIC_ARTICLE.fullmatch(token) or (
                token == "I" and j + 1 < len(tokens) and tokens[j + 1].group() in BALINESE_ORDER):
            region_first = region_first or (not run and region_next)
            run.append(j)
        else:
            break
    if run and DEFINED_AFTER.match(text, tokens[run[-1]].end()):
        return []  # "Kepala Pusat ... dan Mitigasi Bencana Geologi (PVMBG) ...": a body, by its acronym
    if len(run) >= 3 and run[0] == field_word:
        run = run[1:]  # the field's last word after `dan` ("... dan Menengah Abdul Mu'ti")
    if not run or _all_initials(tokens, run):
        return []
    if run[0] == place_opening:
        return run  # "Deputy Minister Bima Arya Sugiarto": all of it is the name
    head = tokens[run[0]].group().lower()
    if head in HEAD_WORDS and head not in NAMED_BODY_HEADS:
        return []
    # Only where a title stands right before the run: what it steps over (a known body, a
    # field, an acronym) already named whom the person works for.
    written = tokens[run[0] - 1].group().rstrip(".,")
    before = written.lower()
    titled = not placed and ((before in TITLE_WORDS and before not in NAME_RIGHT_AFTER) or before in TITLE_TAILS
                             or (english_of and before in ("of", "for", "the")))
    # ... or a body's acronym, or a regional office's field, before an unknown region: "Ketua KPU
    # Sukamaju Budi Santoso", "Kepala Dinas Kesehatan Sukamaju Budi Santoso"; a rank in
    # capitals is no body ("AKBP Nova Irawan Siregar": the name follows it at once)
    glued = _acronym(written) and before not in NAME_RIGHT_AFTER or (before in NOT_NAME_WORDS or run[0] - 1 == field_word) and any(
        tokens[k].group().lower() in REGIONAL_OFFICES for k in range(first, run[0]))
    # A title in lower case ("Sessions Court judge Norliza Ahmad Tarmizi") has its body
    # before it: all of the run is the name; so does a short run right after an English
    # title, where no region stands before the name ("Deputy Minister Bima Arya Sugiarto").
    person = _person_in(tokens, run, 2 if head in HEAD_WORDS else 0) \
        if (titled or glued) and not (written[:1].islower() and before in TITLE_WORDS) \
        and not (before in ENGLISH_TITLES and written[:1].isupper() and head not in HEAD_WORDS
                 and len(run) <= 3) else None
    if person and all(tokens[j].group().lower() not in NOT_NAME_WORDS for j in person):
        return person  # "Ekonom Indef Rahma Wulandari", "Bupati Deli Serdang Asri Ludin Tambunan"
    if len(run) >= 3 and tokens[run[-1]].group().rstrip(".,").lower() in NAME_ENDINGS:
        words = {tokens[j].group().rstrip(".,").lower() for j in run[:-1]}
    else:
        words = {tokens[j].group().rstrip(".,").lower() for j in run}
    if any(tokens[j].group() in ("of", "for", "and") for j in run):
        words = set()  # "Centre for Energy Transition Studies ...": a body's words, the person after them
    if words & NOT_NAME_WORDS:
        return []
    if english_of and before in ("of", "for", "the") and len(run) >= 3:
        if any(tokens[j].group() in ("of", "for", "and") for j in run) and not given_name(tokens[run[-2]].group()):
            return []  # "deputy head of the Commission for Combating Online Scams": all a body's name
        return run[-2:]  # "Director General of Electricity Jisman Hutajulu"
    if head in HEAD_WORDS:
        # "Ekonom Bank Permata Josua Pardede": a body named by its head word and a name of
        # its own, then the person; with fewer words, which is which cannot be told.
        last = run[-3:] if len(tokens[run[-2]].group().rstrip(".")) == 1 else run[-2:]
        return last if len(run) >= len(last) + 2 else []
    if len(run) == 1 and OFFICE_PAIR.match(text, tokens[run[0]].end()):
        return []  # "Menteri Kelautan dan Perikanan": the office's field, not a name
    balinese = len(run) > 1 and tokens[run[0]].group() in ("I", "Ni") and tokens[run[1]].group() in BALINESE_ORDER
    # A name of two words, or three with an initial between ("Sulastri H Rasyid").
    last = run[-3:] if len(run) >= 3 and len(tokens[run[-2]].group().rstrip(".")) == 1 else run[-2:]
    suffix = len(run) > 1 and tokens[run[1]].group().lower() in REGION_SUFFIXES
    if region_first and not placed and (len(run) == 3 or len(run) == 2 and suffix) and not balinese:
        # "Bupati Mimika Johannes Rettob": a region the gazetteer does not know, in one word
        # (or two: "Bupati Flores Timur" names no one), then the name; two words alone may be
        # a name ("Bupati Andi Wijaya"), unless the article named the first as a region.
        return run[1 + suffix:]
    if regional and not placed and len(run) >= len(last) + 2 and not balinese:
        return last  # "Bupati Sukamaju Raya Andi Pratama": the region comes first
    if region_named and len(run) >= len(last) + 1:
        return last  # "Ketua Bawaslu Kota Sukamaju Arief Nugroho": so it does after Kota
    return run


def _person_in(tokens: list[re.Match], run: list[int], skip: int) -> list[int] | None:
    """Where a person's name starts inside the capitalised words after a title: at the
    first common given name (or Balinese particle), when words of a body or a region stand
    before it and two to five words are left for the name. None when the run opens with a
    given name or none is in it: the rules after decide."""
    words = [tokens[j].group().rstrip(".,") for j in run]
    for k, word in enumerate(words):
        balinese = word in ("I", "Ni") and k + 1 < len(words) and words[k + 1] in BALINESE_ORDER
        if not (balinese or given_name(word)):
            continue
        if k < skip:
            if skip:
                continue  # "Ekonom Bank Permata Josua Pardede": a body's own name after its head
            return None
        if k >= 2 and words[k - 2:k] == ["Anak", "Agung"]:
            k -= 2  # a Balinese noble's name: "Anak Agung Gde Agung"
        rest = words[k:]
        if 2 <= len(rest) <= 5 and all(w[:1].isupper() for w in rest):
            return run[k:]
        return None
    return None


def _cooperative(tokens: list[re.Match], at: int, lower: str) -> bool:
    """Whether "Koperasi" opens a cooperative's name ("Ketua Koperasi Produsen Turatea ..."),
    not a ministry's field ("Menteri Koperasi ..."): by the officer's title before it."""
    return lower == "koperasi" and tokens[at - 1].group().lower() in COOPERATIVE_OFFICERS


COOPERATIVE_OFFICERS = {"ketua", "pengurus", "manajer", "direktur", "sekretaris", "bendahara", "pengawas"}


def _officer_after_company(text: str, tokens: list[re.Match], at: int) -> list[int]:
    """The officer's name after a company's after a title: at the first common given name
    past the company's own first word, with two to five capitalised words to the end (none
    where a unit of the company stands between: "PT Angkasa Pura Indonesia Bandara Sultan
    Hasanuddin ...")."""
    run = []
    for j in range(at + 1, min(at + 9, len(tokens))):
        word = tokens[j].group().rstrip(".,")
        if _broken(text, tokens[j - 1], tokens[j]) or not NAME_TOKEN.fullmatch(word):
            break
        if word.lower() in HEAD_WORDS or word.lower() in DIVISION_WORDS:
            return []
        run.append(j)
    return _person_in(tokens, run, 1) or []


DEFINED_AFTER = re.compile(r"\s*\([A-Z][A-Za-z0-9]*[A-Z]\)")
# A list of a title's fields after a comma, ending with `dan`/`and` and a capitalised word:
# ", Pelayanan, dan Hubungan Masyarakat".
FIELD_LIST = re.compile(r",(?:\s+[A-Z][\w'’-]*)*(?:,(?:\s+[A-Z][\w'’-]*)+)*,?\s+(?:dan|and)\s+(?=[A-Z])")


def _field_list(text: str, at: int) -> bool:
    """Whether a list of the title's fields follows at `at`, with no title in it (a list of
    people's titles is of other people: ", Kasat Reskrim, dan ...")."""
    listed = FIELD_LIST.match(text, at)
    return bool(listed) and TITLE_WORDS.isdisjoint(w.lower() for w in WORDS.findall(listed.group()))


def _initials_before_name(tokens: list[re.Match], j: int, taken: list[tuple[int, int]]) -> bool:
    """One or two capitals that stand for given names before a surname that ends the name
    ("ST Burhanuddin", "K Shanmugam", "K. Shanmugam"), not a body's acronym before a longer name
    or a known one."""
    token = tokens[j].group().rstrip(".")
    if not (len(token) <= 2 and token.isalpha() and token.isupper()) or j + 1 >= len(tokens) \
            or token in ("I", "A"):
        return False
    surname = tokens[j + 1]
    word = surname.group().rstrip(".,")
    if not NAME_TOKEN.fullmatch(word) or word.lower() in TITLE_WORDS or word.isupper() \
            or any(s <= surname.start() < e for s, e in taken):
        return False
    if j + 2 >= len(tokens):
        return True
    after = tokens[j + 2]
    # ... and a single letter for a first name before two names ("Hakim Konstitusi M Guntur
    # Hamzah"; not "H", Haji, an honorific)
    return _broken(surname.string, surname, after) or not after.group()[:1].isupper() \
        or len(token) == 1 and token != "H" and not _broken(surname.string, surname, after) \
        and NAME_TOKEN.fullmatch(after.group().rstrip(".,")) is not None and after.group().lower() not in TITLE_WORDS


def _initial(tokens: list[re.Match], run: list[int], j: int) -> bool:
    """A capital letter standing for a name between two words of one ("Sulastri H Rasyid",
    "Muhammad A. Rahman")."""
    token = tokens[j].group().rstrip(".")
    return bool(run) and len(token) == 1 and token.isupper() and j + 1 < len(tokens) \
        and NAME_TOKEN.fullmatch(tokens[j + 1].group().rstrip(".,")) is not None


def _broken(text: str, before: re.Match, after: re.Match) -> bool:
    """Punctuation between two tokens (a comma, a bracket) ends a name."""
    return bool(text[before.end():after.start()].strip())


def _acronym(token: str) -> bool:
    """Capitals, maybe with a digit counting a letter out ("P2MI", "DP3A")."""
    return len(token) >= 2 and token.isupper() and token[0].isalpha() and token.isalnum()


def _all_initials(tokens: list[re.Match], run: list[int]) -> bool:
    return all(len(tokens[j].group().rstrip(".")) <= 1 for j in run)
