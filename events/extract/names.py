"""Names beyond the gazetteer: capitalised names it does not know, kept as entities of
type `unknown`, and the names an article teaches as it goes (ArticleMemory), so that a
single name later in it is the full one (`Hendra` is Hendra Gunawan).

Local news is full of people, companies, courts and buildings that no shipped list
names; dropping them would hide exactly what a reader looks for. So a run of two or more
capitalised words that no known entity covers becomes an `unknown` entity. Capitals that
are not names are guarded against: an ordinary word opening the sentence, months and
weekdays, titles and ranks, holidays, numbers in Roman numerals, words of nationality,
the words that cite a law, and the subject of a law or a report (`tentang ...`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .gazetteer import (COMPANY_WORDS, COMPASS_WORDS, NAME_ENDINGS, NOT_NAME_WORDS, REGION_SUFFIXES,
                        NOT_TITLE_BESIDE, TITLE_ONLY_AFTER, TITLE_WORDS, Match, given_name, without_possessive)
from .words import (ASSOCIATION_HEADS, BALINESE_ORDER, BODY_HEADS, BODY_NAME_ENDINGS, DEMONYMS, FACILITY_HEADS,
                    FOR_HEADS, HEAD_WORDS, MONTHS, NAMED_AFTER_HEADS, NAMED_BY_REGION, PLACE_HEADS, POSSESSIVE,
                    REGIONAL_UNITS, SUBJECT_TAILS, SUBJECT_WORDS, UNIT_HEADS, WEEKDAYS)

# A hyphen before a capitalised word joins two names ("Anies Baswedan-Muhaimin Iskandar"): the
# words on either side are tokens of their own.
# (any letter opens one: "Šefčovič"; a hyphen before a capital parts two names, "Ridwan
# Kamil-Suswono", but not after a prefix: "World Anti-Doping Agency", "Trans-Pacific")
TOKEN = re.compile(r"[^\W\d_][\w'’]*(?:(?:-(?![A-Z][a-z])|(?<=Anti)-|(?<=Non)-|(?<=Trans)-|(?<=Pan)-|(?<=Inter)-)[\w'’]*)*")
ROMAN = re.compile(r"[IVXLC]+")
# Ordinary words that often open a sentence with a capital.
OPENERS = {
    "selain", "sementara", "menurut", "sebelumnya", "namun", "dalam", "pada", "di", "ke",
    "dari", "ia", "dia", "mereka", "kami", "kita", "saat", "ketika", "untuk", "dengan",
    "kepada", "atas", "bagi", "kemudian", "adapun", "para", "warga", "petugas", "tim",
    "sebanyak", "seorang", "sejumlah", "setelah", "sebelum", "hingga", "sejak", "bahkan",
    "tidak", "ini", "itu", "hal", "kasus", "program", "kegiatan", "pemerintah", "kirab",
    "the", "a", "an", "in", "on", "at", "for", "after", "before", "during", "meanwhile",
    "however", "but", "and", "this", "that", "it", "he", "she", "they", "we", "officials",
    "residents", "police", "pasangan", "paslon",
    # ... and a possessive opening the sentence ("Her Starlink dish went down ...")
    "his", "her", "its", "their", "our", "my", "your",
    # ... and English prepositions and conjunctions before a name ("Under Suharto, ...")
    "under", "despite", "amid", "unlike", "following", "with", "without", "since", "although",
    "while", "when", "once", "until", "through", "against", "among", "within", "like",
    # What economic news opens with before a product's or a body's name ("Harga Pertamax ...").
    "harga", "nilai", "jumlah", "angka", "biaya", "tarif", "stok", "total",
    # ... and what market news opens with before a company's name ("Shares of Naniwa Cement fell 2.1%").
    "shares", "share", "saham",
    # ... and a body's records and findings before its name ("Data Satpol PP mencatat ...").
    "data", "catatan", "hasil", "survei",
    # ... and the side of a party named after it ("Pihak Hanbit Trading dijadwalkan ...").
    "pihak", "manajemen", "jajaran",
}
# A person's part in the story or trade, opening the sentence before their name
# ("Terdakwa Harvey Moeis divonis ...", "Saksi Budi ...", "Fisherman Romeo Ablaza said").
PARTS = {
    "terdakwa", "tersangka", "terpidana", "terlapor", "pelapor", "saksi", "korban", "pelaku",
    "pelatih", "pengacara", "advokat", "pengamat", "ekonom", "aktivis", "pengusaha", "mahasiswa",
    "siswa", "wartawan", "jurnalis", "defendant", "suspect", "witness", "victim", "coach", "lawyer",
    "analyst", "economist", "activist", "businessman", "businesswoman", "skipper",
    "fisherman", "farmer", "vendor", "resident", "driver", "student", "teacher", "trader", "villager",
    "survivor", "worker", "nurse", "motorist", "passenger", "refugee", "owner", "nelayan", "petani",
    "pedagang", "sopir", "pengemudi", "guru", "buruh", "perawat", "pengendara", "penumpang", "pengungsi",
    "peternak", "pemilik",
    # ... and more trades English news puts before a name ("Artisan Sumiyati, 54, ...")
    "artisan", "weaver", "craftsman", "craftswoman", "potter", "tailor", "courier", "midwife", "carpenter",
    "mechanic", "labourer", "laborer", "miner", "logger", "herder", "grower", "seller", "shopkeeper",
    "stallholder", "homemaker", "housewife", "retiree", "pensioner", "pengrajin", "perajin", "penenun", "kurir",
    "bidan",
}
OPENERS |= PARTS
# Capitalised in the middle of a name-like run, but never part of a name.
BREAKERS = {
    "nomor", "no", "pasal", "ayat", "tahun", "uu", "perpres", "natal", "lebaran", "idul",
    "fitri", "adha", "ramadan", "ramadhan", "imlek", "nyepi", "waisak", "eid", "christmas",
    "new", "year", "utama", "umum",
    # ... a nationality by its noun ("Dutchman Dennis van Hulst")
    "dutchman", "frenchman", "englishman", "irishman", "scotsman", "welshman", "briton", "dutchwoman",
    "frenchwoman", "englishwoman",
} | TITLE_WORDS | {w.lower() for w in MONTHS} | {w.lower() for w in WEEKDAYS}
# A body's head word before "of" and its field, which may open with a title's word.
OF_BODY_HEADS = FOR_HEADS | {"department", "directorate", "court", "secretariat"}
# Words for a firm the state or a region owns, written before its legal form.
STATE_FIRM_WORDS = frozenset({"BUMD", "BUMN", "BUMDes", "BUMDesa"})
# A holy month's name that is a given name too, a person's after another given name.
HOLY_MONTH_NAMES = {"ramadan", "ramadhan"}
# A run right after these words is a subject, not a party: "UU tentang Pemberantasan ...".
SUBJECT_CUES = re.compile(r"(?<!\w)(?:tentang|mengenai|about|on)\s+$", re.IGNORECASE)
# ... and the field of an office after "Minister for": "Coordinating Minister for Economic
# Affairs Airlangga Hartarto" names a person with his title, not a body "Economic Affairs".
OFFICE_FIELD_BEFORE = re.compile(r"(?<!\w)(?:[Mm]inister|[Ss]ecretary|[Cc]ommissioner|[Ee]nvoy)\s+(?:for|of)\s+(?:the\s+)?$")
# ... and a vessel's name after its type and the type's acronym: "Kapal Motor (KM) Sinar Buru".
VESSEL_BEFORE = re.compile(r"(?<!\w)(?:Kapal(?:\s+[A-Z][a-z]+){0,2}|KM|KMP|KLM|KRI|MV|MT)\s*(?:\([A-Z]{2,4}\)\s*)?$")
# ... and the rest of that subject after "dan": "UU ... tentang Perlindungan dan Pengelolaan
# Lingkungan Hidup" names a topic, not a party.
SUBJECT_LIST = re.compile(r"(?<!\w)(?:tentang|mengenai|about)\s+(?:[A-Z][\w'’-]*\s+)+(?:dan|and)\s+$")
# Lower-case words inside a name: "Bank of Japan", "Bandara Amir Mohammad bin Abdulaziz".
# ... and the particles of Philippine, Iberian and Dutch names: "Ramon de Guzman", "van der Berg".
NAME_PARTICLES = ("de", "del", "dela", "van", "von", "der", "dos", "da", "das", "do")
PERSON_PARTICLES = {"bin", "binti", *NAME_PARTICLES}  # (inside a person's name: "Ahmad bin Ali")
JOINERS = {"of", *PERSON_PARTICLES}
def _unit_before_place(text: str, places: list[tuple[int, int]]) -> bool:
    """Whether a region's unit in one word stands right before one of the places."""
    for start, _ in places:
        if text[start - 1:start] == " ":
            word = text[max(text.rfind(" ", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1:start - 1].lower()
            if word in REGIONAL_UNITS or word in NAMED_BY_REGION or word == "balai" and text.startswith(PARKS, start):
                return True
    return False
BALINESE_NEXT = re.compile(r" (?:" + "|".join(sorted(BALINESE_ORDER)) + r")\b")


def unknown_names(text: str, taken: list[tuple[int, int]], places: list[tuple[int, int]],
                  countries: list[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """(start, end, name) for each run of two or more capitalised words outside the
    `taken` spans; a run right before a known place takes it in ("Pengadilan Negeri
    Jakarta Pusat" is one court, in Jakarta), and so does a name right before one of the
    `countries` ("Shell Indonesia", "Sukamaju Jaya Indonesia": a company)."""
    found: list[tuple[int, int, str]] = []
    if not _has_pair(text, taken) and not (places and _unit_before_place(text, places)) and not countries:
        return found
    passed: tuple[int, int] | None = None  # the last run left out, for a name it opens
    listed_to = -1  # the end of a body's list of fields taken in whole
    for run in _runs(text, taken):
        start, end = run[0].start(), without_possessive(text, run[0].start(), run[-1].end())
        if start < listed_to:
            continue
        head = run[0].group().lower()
        fields = FIELD_LIST.match(text, end) if (head in BODY_HEADS or head in LISTING_OFFICES) and "," in text \
            else None
        region = fields and head in OFFICE_HEADS and _region_after_fields(fields, places)
        if fields and not any(fields.start() < s < fields.end() and (s, e) != region for s, e in taken):
            # "Ministry of Investment, Trade and Industry": one body of several fields; an
            # office's, with its region after them ("Dinas Tanaman Pangan, Hortikultura, dan
            # Perkebunan Sulsel")
            listed_to = region[1] if region else fields.end()
            found.append((start, listed_to, text[start:listed_to]))
            continue
        if passed and _one_defined_name(text, *passed, start, end):
            # "Kepala Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG) Hadi Wijaya":
            # the unit in the title, left out alone, is named whole by its acronym.
            found.append((passed[0], end, text[passed[0]:end]))
            passed = None
            continue
        after = next((e for s, e in places if s == end + 1 and text[end] == " "), None)
        if after and len(run) > 1 and run[-1].group().lower() in REGIONAL_UNITS:
            # "Kabid Humas Polda Jateng", "Direktorat Reserse Kriminal Khusus Polda Jawa
            # Tengah": the regional unit is a body of its own, and a part of it named before
            # it is named whole, with the unit and region (news names it either way).
            head = run[:-1]
            if len(head) == 1 and (head[0].group(), run[-1].group()) in OFFICE_OF_UNIT:
                found.append((start, after, text[start:after]))  # "Balai Karantina Maluku": the office is the unit
                continue
            if (len(head) > 1 or SUB_UNIT.fullmatch(head[0].group())) and _a_name(text, head):
                found.append((start, after, text[start:after]))
            found.append((run[-1].start(), after, text[run[-1].start():after]))
            continue
        units = [k for k, t in enumerate(run[1:-1], 1) if t.group().lower() in REGIONAL_UNITS] \
            if len(run) > 2 else []
        if units and not after:
            # "Kepala Seksi Intelijen Kejari Bojonegoro": the regional unit and its region are
            # a body of their own, whatever section of it the title names.
            unit_start, head = run[units[-1]].start(), run[:units[-1]]
            if len(head) == 1 and (head[0].group(), run[units[-1]].group()) in OFFICE_OF_UNIT:
                found.append((start, end, text[start:end]))  # "Kantor Imigrasi Kelas II TPI Entikong"
                continue
            if (len(head) > 1 or SUB_UNIT.fullmatch(head[0].group())) and _a_name(text, head):
                found.append((start, end, text[start:end]))  # "Satuan Reserse Narkoba Polres Sukamaju"
            found.append((unit_start, end, text[unit_start:end]))
            continue
        unit = len(run) == 1 and after and (head in REGIONAL_UNITS or head in NAMED_BY_REGION
                                            or head == "balai" and text.startswith(PARKS, end + 1))
        if found and len(run) == 1 and _one_defined_name(text, found[-1][0], found[-1][1], start, end):
            start = found.pop()[0]  # "Kementerian Lingkungan Hidup dan Kehutanan (KLHK)"
            found.append((start, end, text[start:end]))
            continue
        partner = bool(found) and found[-1][1] == start - 1 and text[start - 1] == "-"  # a ticket's
        office = not after and head in OFFICE_HEADS and (len(run) >= 2 or head == "inspektorat") \
            and REGION_AFTER.match(text, end)  # "Inspektorat Kabupaten Bogor": an office of one word
        region = office and (next(((s, e) for s, e in places if s == office.end()), None)
                             or _region_words(text, office.end() - 1))
        if region and not any(s < region[1] and region[0] < e for s, e in taken):
            # "Dinas Kesehatan Kota Jayapura": an office of the region named after it, a
            # region the gazetteer knows or not ("Dinas Perhubungan Kota Sukamaju")
            listed_to = region[1]
            found.append((start, region[1], text[start:region[1]]))
            continue
        country = next((e for s, e in countries if s == end + 1 and text[end] == " "), None) if countries else None
        if country and not CAPITALISED_NEXT.match(text, country) and _named_before_country(text, run, country):
            found.append((start, country, text[start:country]))
            continue
        # A region's office or unit with its region is a body even in a person's title ("Kepala
        # Dinas Kesehatan Kabupaten Tasikmalaya ...", "Ketua DPRD Kabupaten X ..."), unlike a field.
        regional = after and (unit or head in OFFICE_HEADS and len(run) >= 2)
        joined = bool(found) and _office_fields_joined(text, found[-1], run)  # "Dinas Kebudayaan dan Pariwisata"
        if not (regional or joined) and ((len(run) < 2 and not unit and not partner) or not _a_name(text, run)):
            passed = (start, end)
            continue  # one word is a name only as a region's unit ("Polda Riau")
        end = after or end
        if after and "(" in text and (tail := _defined_past_place(text, start, end)):
            end = listed_to = tail  # "Koperasi Produsen Apel Semeru Makmur (KPASM)": its acronym spells it all
        if after and (numeral := ROMAN_AFTER.match(text, end)) and not (
                numeral.group() == " I" and BALINESE_NEXT.match(text, numeral.end())):  # "... Bali I Made ..."
            end = numeral.end()  # "Balai Wilayah Sungai Sumatera II": the office's number after its region
        if found and (joined or _one_defined_name(text, found[-1][0], found[-1][1], start, end)):
            start = found.pop()[0]
        elif "(" in text and _tail_of_defined_name(text, start, end):
            continue  # "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR)": a field's last words only
        found.append((start, end, text[start:end]))
    return found


# The word for an office before a regional unit's name, where it is part of the office's own
# name ("Balai Karantina Maluku", "Kantor Imigrasi Kelas II TPI Entikong"); before most units
# it names their building ("di Kantor Kejati Papua").
OFFICE_OF_UNIT = frozenset({("Balai", "Karantina"), ("Kantor", "Imigrasi")})


# Capitalised words after a place in a name, then the acronym the article defines for it.
WORDS_THEN_ACRONYM = re.compile(r"((?:\s+[A-Z][\w'’-]*){1,3})\s+\(([A-Z]{3,10})\)")


def _defined_past_place(text: str, start: int, end: int) -> int | None:
    """Where a name that takes in a place goes on to, when the words after the place and
    the acronym after them spell it whole: "Koperasi Produsen Apel Semeru Makmur (KPASM)"
    is one body, not "Koperasi Produsen Apel Semeru" and a word left over."""
    tail = WORDS_THEN_ACRONYM.match(text, end)
    if tail is None:
        return None
    initials = _initials(text, start, tail.end(1))
    return tail.end(1) if initials == tail.group(2) else None


# A park or reserve whose office is named "Balai" and the park: "Balai Taman Nasional Komodo",
# "Balai TN Bunaken" is the office that runs it, a party, besides the park, a place.
PARKS = ("Taman Nasional ", "TN ", "Taman Hutan Raya ", "Tahura ", "Cagar Alam ", "Suaka Margasatwa ")


def _office_fields_joined(text: str, before: tuple[int, int, str], run: list[re.Match]) -> bool:
    """A region's office named by two fields joined by `dan`, with no acronym to say so:
    "Dinas Perumahan dan Kawasan Permukiman" is one office, unless the second half opens
    another body, a place or a person's name ("Dinas Sosial dan Polres ...")."""
    word = run[0].group()
    return text[before[1]:run[0].start()] in (" dan ", " & ") and before[2].split(" ", 1)[0].lower() in OFFICE_HEADS \
        and before[1] - before[0] < 40 and word.lower() not in HEAD_WORDS and word.lower() not in REGIONAL_UNITS \
        and word.lower() not in NAMED_BY_REGION \
        and word.lower() not in PLACE_HEADS and not given_name(word)


# A police unit named in one contracted word before its regional unit: "Satreskrim Polres
# Sleman", "Ditreskrimsus Polda Riau", "Satlantas Polresta ..." (not a name: "Satria").
SUB_UNIT = re.compile(r"(?:Sat|Dit|Subdit)(?:res[a-z]+|lantas|samapta|sabhara|intelkam|binmas|pol[a-z]+|tahti[a-z]*|"
                      r"pamobvit|brimob|narkoba)")


# Capitalised words that before a country's name are no name of their own: its language,
# its people, a part of it ("Bahasa Indonesia", "Rakyat Indonesia", "Kawasan Timur Indonesia").
NOT_BEFORE_COUNTRY = {"bahasa", "bangsa", "rakyat", "warga", "masyarakat", "seluruh", "timnas", "eastern",
                      "western", "central", "northern", "southern", "visit"}


def _named_before_country(text: str, run: list[re.Match], end: int) -> bool:
    """Whether a run before a country's name (which ends at `end`) names a company or body
    of that country: two words or more that make a name, or one that is no ordinary word,
    inside the sentence or opening an English one ("Grab Indonesia said ..."; an Indonesian
    sentence opens with a capitalised noun: "Ekonomi Indonesia tumbuh")."""
    if len(run) >= 2:
        return _a_name(text, run)
    word = run[0].group().lower()
    inside = bool(text[:run[0].start()].strip(" \"'“‘("))
    return (inside or ENGLISH_VERB_NEXT.match(text, end) is not None) and word not in NOT_BEFORE_COUNTRY \
        and word not in BREAKERS and word not in NOT_NAME_WORDS and word not in HEAD_WORDS \
        and word not in PLACE_HEADS and run[0].group() not in COMPASS_WORDS and _a_name(text, run)


ENGLISH_VERB_NEXT = re.compile(r" (?:said|says|has|had|have|is|was|will|would|announced|reported|posted|plans|"
                               r"expects|launched|added|cut|raised)\b")


ROMAN_AFTER = re.compile(r" (?:I{1,3}|IV|V|VI{1,3}|IX|X{1,2}(?:I{1,3}|IV|V|VI{1,3}|IX)?)\b(?![\w/-])")
JOINING = {" dan ", " and ", " & "}
# A body's further fields after its first: ", Trade and Industry", ", Pemuda dan Olahraga".
FIELD_LIST = re.compile(r"(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)+,?\s+(?:and|dan|&)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?")
def _region_after_fields(fields: re.Match, places: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The known place right after a body's last field, if one is there."""
    last = LAST_FIELD.search(fields.group())
    after = fields.start() + last.end() if last else fields.end()
    return next(((s, e) for s, e in places if s == after + 1), None)


LAST_FIELD = re.compile(r"\s(?:and|dan|&)\s+[A-Z][\w-]*")
# Offices of a region, and the word for the region before its name ("... Kota Jayapura").
OFFICE_HEADS = {"dinas", "badan", "kantor", "balai", "bagian", "biro", "sekretariat", "inspektorat"}
# ... of which these list their fields as a ministry does ("Balai Karantina Hewan, Ikan, dan
# Tumbuhan NTT"; not "Kantor": "Kantor Imigrasi, Bea Cukai, dan Karantina" are three).
LISTING_OFFICES = OFFICE_HEADS - {"kantor"}
REGION_AFTER = re.compile(r" (?:Kota|Kabupaten|Provinsi|Kecamatan) ")


def _one_defined_name(text: str, start: int, end: int, next_start: int, next_end: int) -> bool:
    """Two runs joined by `dan`/`and` are one name when the acronym in brackets after the
    second is the initials of both: "Pusat Vulkanologi dan Mitigasi Bencana Geologi
    (PVMBG)"."""
    if text[end:next_start] not in JOINING:
        return False
    defined = DEFINED_ACRONYM.match(text, next_end)
    if not defined:
        return False
    initials = _initials(text, start, next_end)
    # ... or of both without the body's head word: "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR)"
    return spelled(defined.group(1)) in (initials, initials[1:] if text[start:start + 12].split(None, 1)[0].lower()
                                         in BODY_HEADS else None)


def _initials(text: str, start: int, end: int) -> str:
    """The first letters of the capitalised words between `start` and `end`, as an acronym
    of them would spell them."""
    return "".join(word[0] for word in text[start:end].split() if word[:1].isupper())


REPEATED_LETTER = re.compile(r"([A-Z])([2-9])")


def spelled(acronym: str) -> str:
    """An acronym with a digit counting its letter out: "DP3A" is DPPPA, "BP2MI" BPPMI."""
    return REPEATED_LETTER.sub(lambda m: m.group(1) * int(m.group(2)), acronym) if any(
        c.isdigit() for c in acronym) else acronym


def _tail_of_defined_name(text: str, start: int, end: int) -> bool:
    """A run after `dan`/`and` whose acronym in brackets is longer than its initials and
    ends with them: the last words of a longer name ("... Umum dan Penataan Ruang (PUPR)")."""
    defined = DEFINED_ACRONYM.match(text, end)
    if not defined or not text.endswith((" dan ", " and "), 0, start):
        return False
    initials = _initials(text, start, end)
    acronym = spelled(defined.group(1))
    return len(acronym) > len(initials) and acronym.endswith(initials)


# Two capitalised words in a row (maybe with "of" between): without them there is no run
# of two, so the word-by-word reading below can be skipped (it is the slow part).
PAIR = re.compile(rf"[A-Z][\w'’-]* (?:(?:{'|'.join(sorted(JOINERS))}|&) )*[^\W\d_a-z]")  # ("Bain & Company")


def _has_pair(text: str, taken: list[tuple[int, int]]) -> bool:
    """Whether two capitalised words stand in a row outside the known entities."""
    first = PAIR.search(text)
    if not taken or first is None:
        # A pair between the known entities is a pair in the whole text too: without one
        # there, there is none to find, and most sentences need no pieces joined.
        return first is not None
    pieces, last = [], 0
    for start, end in sorted(taken):
        if start > last:
            pieces.append(text[last:start])
        last = max(last, end)
    pieces.append(text[last:])
    return PAIR.search("\0".join(pieces)) is not None


def _a_name(text: str, run: list[re.Match]) -> bool:
    """Whether a run of capitalised words names something that takes part: not a
    document or topic, not office words only (`Menteri Luar Negeri`), not the unit in a
    title (`Dirjen Perikanan Tangkap KKP ...`), not the subject of `tentang`."""
    words = [t.group().lower() for t in run]
    before = text[max(0, run[0].start() - 12):run[0].start()]
    # ("Direktur PT X", "Ketua Yayasan X": a company's or an association's name after the title)
    title = TITLE_BEFORE.search(before) if words[0] not in COMPANY_WORDS and words[0] not in ASSOCIATION_HEADS \
        else None
    office_words = all(w in NOT_NAME_WORDS for w in words) and not (
        len(words) > 1 and words[0] in BODY_HEADS)  # "Kementerian Agama" is a body's name
    return not (words[0] in SUBJECT_WORDS or words[-1] in SUBJECT_TAILS or words[-1] in TEAM_TAILS or office_words
                or (len(words) == 2 and words[0] in TOURNAMENT_GROUPS and len(words[1]) == 1)
                or SUBJECT_CUES.search(before) or VESSEL_BEFORE.search(text, max(0, run[0].start() - 30), run[0].start())
                or before.endswith((" dan ", " and ")) and SUBJECT_LIST.search(text, max(0, run[0].start() - 90),
                                                                             run[0].start())
                or OFFICE_FIELD_BEFORE.search(text, max(0, run[0].start() - 30), run[0].start())
                or (title and title.group(1).lower() in TITLE_WORDS))


TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
# A national team's word ending a run: a player's or coach's role in it ("Pelatih Timnas",
# "Bek Timnas" Indonesia ...), not a name; the team is its country.
TEAM_TAILS = {"timnas"}
# A tournament's group by its letter ("Grup F", "Group C") is no party; "Grup Lippo" is.
TOURNAMENT_GROUPS = {"grup", "group", "pool"}


# The Arabic article joined by a hyphen to a surname that ends the name: "Ahmed al-Tayeb"
# (not "Salah al-Din Street", a street).
ARABIC_SURNAME_AFTER = re.compile(r"-[A-Z][\w'’]+(?![\w'’-]|\s+[A-Z])")


def _runs(text: str, taken: list[tuple[int, int]]) -> list[list[re.Match]]:
    runs: list[list[re.Match]] = []
    current: list[re.Match] = []
    previous_end = None
    for token in TOKEN.finditer(text):
        word = token.group()
        if current:  # (what joins a word to no run is never asked: most words are in none)
            gap = text[previous_end:token.start()]
            # "PT. X"; "Hanbit Marine & Defense": an ampersand joins a company's name
            if not (gap == " " or gap == "-" or gap == ". " and current[-1].group() in ("PT", "CV")
                    or gap == " & " and text[token.start() + 1:token.start() + 2].islower()):
                runs.append(current)
                current = []
        previous_end = token.end()
        if word in COMPANY_FORMS and len(current) == 1 and current[0].group() in STATE_FIRM_WORDS:
            current = []  # "BUMD PT Basel Sejahtera Mandiri": what kind of firm it is, not its name
        if not word[0].isupper():
            # Most words: in lower case only a joiner ("bin", "of") carries a run on, and
            # nothing below would take the word, so the checks for capitals are skipped.
            if current and (word.lower() in JOINERS or word in ("for", "untuk") and _headed_for(current)
                            or word in ("el", "al") and ARABIC_SURNAME_AFTER.match(text, token.end())
                            or word == "and" and BODY_AFTER_AND.match(text, token.end())
                            or word in ("and", "on") and _field_goes_on(text, token, current)):
                current.append(token)  # "Bank of Japan", "Centre for Energy Transition Studies",
                # "Youth and Sports Ministry"
            elif current:  # (no empty run is kept: most words end none)
                runs.append(current)
                current = []
            continue
        lower = word.lower()  # (once: the checks below and `_name_word` each ask it)
        if current and (lower in JOINERS or lower in NAME_ENDINGS and (
                len(current) >= 2 or given_name(current[-1].group()))
                or lower in HOLY_MONTH_NAMES and given_name(current[-1].group())):
            current.append(token)  # "Uka Suska Puji Utama", "Lukman Hakim", "Fadli Ramadhan": the name's word
            continue
        if lower == "umum" and current and current[0].group().lower() in GENERAL_HEADS:
            current.append(token)  # "Dinas Pekerjaan Umum", "Rumah Sakit Umum": not "Ketua Umum"
            continue
        if current and lower in TITLE_WORDS \
                and current[0].group().lower() in FACILITY_HEADS \
                and not any(s < token.end() and token.start() < e for s, e in taken):
            current.append(token)  # "Bandara Letkol Wisnu": named after an officer
            continue
        if lower in TITLE_WORDS and len(current) == 2 and current[-1].group() == "of" \
                and current[0].group().lower() in OF_BODY_HEADS:
            current.append(token)  # "Department of Foreign Trade", "Department of Justice": the body's field
            continue
        if word in ("I", "Ni") and current and BALINESE_NEXT.match(text, token.end()) \
                and current[0].group().lower() not in FACILITY_HEADS and current[0].group() not in ("KRI", "KM", "Pura"):
            runs.append(current)  # "DTW Tanah Lot I Made Sudiarta": a Balinese name opens with its particle
            current = [token]     # (not "Bandara I Gusti Ngurah Rai", named after one)
            continue
        if word[0] in "IVXLC" and (len(current) >= 2 or current and current[0].group() == "PTPN") \
                and ROMAN.fullmatch(word) and not any(s < token.end() and token.start() < e for s, e in taken):
            current.append(token)  # a regnal or class numeral: "Hamengku Buwono X", "Rutan Kelas I"
            if current[0].group() in COMPANY_FORMS:
                runs.append(current)  # ... which ends a company's name: "PT X Nusantara II Andi Wijaya"
                current = []
            continue
        if not _name_word(text, token, taken, lower):
            if current:
                runs.append(current)
                current = []
            continue
        current.append(token)
    runs.append(current)
    # The first run, which `_without_opening_noun` keeps whole unless it opens the sentence.
    if runs[0] and len(runs[0]) >= 3:
        runs[0] = _without_opening_noun(text, runs[0])
    runs = [run[1:] if len(run) >= 3 and run[0].group() in DESCRIPTORS or len(run) >= 2 and _possessor(run[0].group())
            or len(run) >= 2 and run[0].group() in RECORD_WORDS and _a_body_next(run[1].group())
            else run for run in runs]
    # (a run of joining words only, "Of" opening a sentence, trims to nothing)
    return [part for run in runs if run for part in _pair_parts(text, _trim(run)) if part]


# The Indonesian heads of a body's name that "untuk" carries on ("Koalisi Masyarakat Sipil
# untuk Reformasi Kepolisian"), beside the English ones "for" does.
UNTUK_HEADS = {"koalisi", "aliansi", "gerakan", "komite", "forum", "lembaga", "pusat", "yayasan", "jaringan",
               "komisi", "badan", "dewan", "institut", "konsorsium", "perkumpulan"}


def _field_goes_on(text: str, token: re.Match, run: list[re.Match]) -> bool:
    """Whether "and"/"on" goes on with the field of a body named by its head, "of" or "for"
    and the field: "Ministry of Housing and Settlements", "Centre for Research on Energy
    and Clean Air"."""
    return len(run) >= 3 and run[1].group() in ("of", "for") and run[0].group().lower() in OF_BODY_HEADS \
        and CAPITAL_NEXT.match(text, token.end()) is not None


CAPITAL_NEXT = re.compile(r" [A-Z][a-z]")


def _headed_for(run: list[re.Match]) -> bool:
    """Whether "for"/"untuk" goes on with the body's name the run opened: the word before
    is a body's head ("Centre for ..."), or the run's first word is an Indonesian one."""
    return run[-1].group().lower() in FOR_HEADS or run[0].group().lower() in UNTUK_HEADS


CLAUSE_MARKS = ",;:(\"“‘'"


def opens_clause(text: str, start: int, openers: set[str], marks: str = CLAUSE_MARKS) -> bool:
    """Whether the word at `start` opens a clause, as a subject does: nothing but quotes or
    brackets before it, or a clause's punctuation (`marks`) or one of the `openers` right
    before it."""
    before = text[:start].rstrip()
    return not before.strip("\"'“‘(") or before[-1] in marks or before.rsplit(None, 1)[-1].lower() in openers


def _possessor(word: str) -> bool:
    """Whose the name after it is: "Parliament's Commission XII" is Commission XII (but
    "People's Consultative Assembly" is one name)."""
    return word.endswith(("'s", "’s")) and word[:-2].lower() not in PLURAL_POSSESSORS


PLURAL_POSSESSORS = {"people", "women", "children", "men"}
# What kind of body a name is, written before it in capitals: "the NGO Kahayan Forest Watch".
DESCRIPTORS = {"NGO", "LSM", "INGO", "Maskapai"}  # ... or an airline: "Maskapai Nusantara Jaya Air"


# A body's records or survey before its name ("Data BTNK mencatat ...", "Survei Badan Pusat
# Statistik"): what it keeps, not part of its name.
RECORD_WORDS = {"Data", "Survei", "Catatan", "Rekapitulasi"}


def _a_body_next(word: str) -> bool:
    return word.isupper() or word.lower() in BODY_HEADS or word.lower() in HEAD_WORDS


# A company's legal form, or the name of a family of numbered state companies, opening its name.
COMPANY_FORMS = {"PT", "CV", "PTPN"}


# Where a name's second word heads a body or a place, a common noun opening the sentence is
# glued to it, not part of it: "Data Dinas Kesehatan ...", "Air Sungai Sagea ...".
GLUED_HEADS = HEAD_WORDS | {"sungai", "danau", "teluk", "selat"}


def _without_opening_noun(text: str, run: list[re.Match]) -> list[re.Match]:
    first, second = run[0].group().lower(), run[1].group().lower()
    if text[:run[0].start()].strip(" \"'“‘("):
        return run
    if second in GLUED_HEADS and first not in GLUED_HEADS:
        return run[1:]
    if first in PARTS and len(run) >= 3:
        return run[1:]  # "Fisherman Romeo Ablaza said": what the person does, then the name
    if given_name(second) and not given_name(first) and first not in NOT_GLUED and len(run) <= 5 \
            and run[0].group()[1:].islower() and first not in NAME_OPENERS \
            and not (run[0].group() == "Ni" and run[1].group() in BALINESE_ORDER):
        return run[1:]  # "Petani Budi Santoso Wiryo terluka": a common noun before a person's name
    return run


# Words that open a person's own name: Sumba's noble "Umbu" and "Rambu" ("Rambu Ana Tamu"),
# as Bali's "Ni" before a birth-order name ("Ni Wayan Sukerti (56)").
NAME_OPENERS = {"umbu", "rambu"}


# Words opening a name of which a given name after them is part ("Jalan Ahmad Yani",
# "Yayasan Budi Luhur", "Universitas Andi Djemma").
NOT_GLUED = HEAD_WORDS | PLACE_HEADS | FACILITY_HEADS | BODY_HEADS | {"yayasan", "pondok", "taman", "kampus"}


def _pair_parts(text: str, run: list[re.Match]) -> list[list[re.Match]]:
    """A run whose parts joined by hyphens are names of two words or more each is a pair
    of names ("Anies Baswedan-Muhaimin Iskandar", a ticket); a shorter part is part of one
    name ("Kerja Sama Ekonomi Asia-Pasifik")."""
    if len(run) < 2 or "-" not in text[run[0].end():run[-1].start()]:
        return [run]  # most runs: no hyphen between their words, so one part
    parts: list[list[re.Match]] = [[run[0]]]
    for before, token in zip(run, run[1:]):
        if text[before.end():token.start()] == "-":
            parts.append([])
        parts[-1].append(token)
    # After a word for a ticket ("pasangan Ridwan Kamil-Suswono") a part of one word is a name too.
    if len(parts) < 2:
        return [run]
    ticket = TICKET_BEFORE.search(text, max(0, run[0].start() - 20), run[0].start()) is not None
    return parts if ticket or all(len(p) >= 2 for p in parts) else [run]


TICKET_BEFORE = re.compile(r"(?i:pasangan(?:\s+calon)?|paslon|ticket|duet)\s+$")


def _name_word(text: str, token: re.Match, taken: list[tuple[int, int]], lower: str) -> bool:
    """Whether a capitalised word (`lower`: in lower case) may be part of a name."""
    word = token.group()
    if lower in BREAKERS and not _title_elsewhere(text, token) and not _month_as_given_name(text, token):
        return False
    if word[0] in "IVXLC" and ROMAN.fullmatch(word) and not (word == "I" and BALINESE_NEXT.match(text, token.end())):
        return False
    start, end = token.span()
    for s, e in taken:  # a plain loop, not `any`: this runs for every capitalised word
        if s < end and start < e:
            return False
    if lower in DEMONYMS or word.startswith("Rp") and word[2:3].isdigit():
        return False  # ... nor a price ("Solar Rp6.800")
    # (the text before the word is read only for an opener: most words are none; "Pemerintah
    # Aceh menyiapkan ..." opens with the province's government)
    return not (lower in OPENERS and not text[:token.start()].strip(" \"'“‘(")
                and not (lower in NAMED_BY_REGION and CAPITAL_AFTER.match(text, end)))


# Bodies whose names go on after "Umum" (elsewhere the end of a title: "Ketua Umum X").
GENERAL_HEADS = BODY_HEADS | OFFICE_HEADS | {"rumah", "perusahaan", "jaksa", "pengadilan"}


# The rest of a body's name after "and", up to its head word: "(Youth) and Sports Ministry".
BODY_AFTER_AND = re.compile(r" [A-Z][a-z]+(?: [A-Z][a-z]+){0,2} (?:Ministry|Agency|Department|Commission|Authority|"
                            r"Board|Council|Office|Administration|Bureau|Institute)\b")


def _month_as_given_name(text: str, token: re.Match) -> bool:
    """A month's name opening a person's name ("Mei Ling Tan, a currency strategist"): before
    a capitalised word that is no title, with no word of time before it ("Pada Mei Presiden
    ...", "In May President ...") and no number after."""
    following = GIVEN_MONTH_NEXT.match(text, token.end()) if token.group() in MONTHS else None
    if following is None:
        return False
    following = following.group(1).lower()
    return following not in BREAKERS and following not in OPENERS \
        and not TIME_WORD_BEFORE.search(text, max(0, token.start() - 14), token.start())


GIVEN_MONTH_NEXT = re.compile(r" ([A-Z][a-z]+)\b(?! \d)")
TIME_WORD_BEFORE = re.compile(r"(?i:\b(?:pada|di|dalam|in|on|since|sejak|hingga|sampai|until|by|bulan|from|mulai|"
                              r"akhir|awal|pertengahan|early|late|mid|last|next|this|during|selama|sepanjang|"
                              r"per|tanggal|for|of|to|and|dan|atau|or)\s+)$|\d\s*$")


def _title_elsewhere(text: str, token: re.Match) -> bool:
    """A word that is a title only after another ("Kota" in "Wali Kota") opens a place's
    name anywhere else: "di Kota Agung"; one beside a word that makes it another is a name's
    ("Balai Besar", an office, unlike "Duta Besar")."""
    lower = token.group().lower()
    before = TITLE_ONLY_AFTER.get(lower)
    if before is not None:
        return not text[:token.start()].rstrip().lower().endswith(before)
    previous = text[max(0, token.start() - 12):token.start()].split()
    return bool(previous) and (previous[-1].lower(), lower) in NOT_TITLE_BESIDE


def _trim(run: list[re.Match]) -> list[re.Match]:
    while run and (run[-1].group().lower() in JOINERS or run[-1].group() in ("for", "and")):
        run = run[:-1]
    return run


@dataclass
class ArticleMemory:
    """What earlier sentences taught: people's full names, for `menurut Krishna`."""

    people: dict[str, str] = field(default_factory=dict)  # any name token -> full name
    # "BPS" -> "Badan Pusat Statistik"; a company's name without its legal form -> with it
    acronyms: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)  # full name -> entity type
    last_speaker: str | None = None
    last_company: str | None = None  # the last company named, for "The company said ..."
    # a company's first word alone -> its name ("Garuda" -> "Garuda Indonesia"), standing alone
    company_names: dict[str, str] = field(default_factory=dict)
    last_person: str | None = None  # the last person named, for "Ia ditahan ..."
    # each sentence's mentions so far, for "Ketiganya ditahan ...", "The two countries
    # concluded ..." (looked through only when a sentence opens so)
    told: list = field(default_factory=list)
    nicknames: dict[str, str] = field(default_factory=dict)  # "Tok Mat" -> "Mohamad Hasan"
    dated: list = field(default_factory=list)  # (sentence, its DateSpans) of each sentence so far
    days_told: list = field(default_factory=list)  # (sentence, its day) of facts dated to a day
    weekdays: dict[int, str] = field(default_factory=dict)  # weekday -> the day within a week written with it
    single_names: frozenset | None = None  # one-word names the article writes inside its sentences (facts.py)

    written: set[str] = field(default_factory=set)  # names the article spelled out
    abroad: bool = False  # the article never names Indonesia: generic names are not its bodies
    regions: set[str] = field(default_factory=set)  # "Banjarnegara" after "Kabupaten Banjarnegara"
    persons: set[str] = field(default_factory=set)  # unknown names that look like a person's
    offices: dict[str, str] = field(default_factory=dict)  # "minister" -> who the article named so
    dateline: str | None = None  # the dateline's place, casefolded: an unknown name that is it is a place
    text: str = ""  # the whole article, for whether a word is also written in lower case in it
    short_forms: dict[str, tuple] = field(default_factory=dict)  # "Dinkes" -> ("Dinas Kesehatan Kabupaten X", "X")
    branches: dict[tuple[str, str], str] = field(default_factory=dict)  # ("Bulog", "Sulselbar") -> its branch
    units: dict[tuple[str, str], str] = field(default_factory=dict)  # ("polda", "Central Java") -> "Polda Jateng"

    def learn_region(self, name: str) -> None:
        """An unknown place named with its head word, or a regional unit with its region
        ("Kabupaten Banjarnegara", "Kejari Bojonegoro"), teaches the region's own name."""
        head, _, rest = name.partition(" ")
        if rest and (head.lower() in PLACE_HEADS or head.lower() in REGIONAL_UNITS):
            self.regions.add(rest)

    def learn(self, name: str, type_: str = "person", written: bool = False) -> None:
        self.kinds.setdefault(name, type_)
        if written:
            self.written.add(name)
        words = name.split()
        if "-" in name:  # "el-Sisi": "Sisi" alone later
            words += [word.split("-", 1)[1] for word in words if word.startswith(("el-", "al-"))]
        for i, token in enumerate(words):
            # ... and a surname of two letters opening a name of three ("Ng Kok Leong": Ng)
            # (not a word that is a title or a month's name too: "Majelis Hakim", "bulan
            # Ramadhan" after "Lukman Hakim", "Fadli Ramadhan"; nor a month's inside a name, "Juli
            # lalu" after "Raja Juli Antoni", though a given name first is one: "ujar August")
            if (len(token) > 2 or (i == 0 and len(words) >= 3 and len(token) == 2 and token.istitle())) \
                    and token.lower() not in HOLY_MONTH_NAMES and token.lower() not in NAME_ENDINGS \
                    and (i == 0 or token not in MONTHS):
                self.people.setdefault(token, name)

    def _shortened(self, word: str) -> str | None:
        """The one person the article named in full with a word that this one shortens:
        "Mirza" after "Rahmat Mirzani Djausal", "Melki" after "Emanuel Melkiades Laka Lena"."""
        if len(word) < 4:
            return None
        names = {full for token, full in self.people.items()
                 if len(token) > len(word) and token.startswith(word) and self.kinds.get(full) == "person"}
        return names.pop() if len(names) == 1 else None

    def resolve(self, name: str) -> str:
        if name in self.nicknames:
            return self.nicknames[name]
        if name in self.people.values():
            return name
        words = name.split()
        if len(words) == 1:
            return self.people.get(name) or self._shortened(name) or name
        if words[0].lower() in NAME_PARTICLES:  # "Van Hulst" opening a sentence: "Dennis van Hulst"
            words = [words[0].lower(), *words[1:]]
        # Two words of a longer name the article spelled out: "Sri Mulyani" after
        # "Sri Mulyani Indrawati", "Mahendra Jaya" after "Sang Made Mahendra Jaya".
        full = self.people.get(words[0]) or self.people.get(words[-1])
        if full and full in self.written and len(full.split()) > len(words) and (
                full.split()[:len(words)] == words or full.split()[-len(words):] == words):
            return full
        return self._spelled_out_around(words) or name

    def _spelled_out_around(self, words: list[str]) -> str | None:
        """The one longer name the article spelled out that holds these words in a row:
        "Raja Juli" after "Raja Juli Antoni", "Brantas Kretek" after "PT Brantas Kretek
        Nusantara"; None when no name, or more than one, does."""
        size = len(words)
        holders = set()
        for full in self.written:
            parts = full.split()
            if len(parts) > size and any(parts[i:i + size] == words for i in range(len(parts) - size + 1)):
                holders.add(full)
        return holders.pop() if len(holders) == 1 else None


def as_written(match: Match, memory: ArticleMemory) -> tuple:
    """A gazetteer match; a one-word name the article has already given to someone else
    is theirs ("Prabowo" after "Listyo Sigit Prabowo" is the police chief)."""
    entry = match.entry
    if entry.type == "person" and " " not in match.text.strip():
        earlier = memory.people.get(match.text.strip())
        if earlier and earlier != entry.name and earlier in memory.written:
            return (match.start, match.end, earlier, memory.kinds[earlier], None, match.text)
    return (match.start, match.end, entry.name, entry.type, entry.wikidata, match.text)


# ... also the parts of a ticket named by its short names ("pasangan Hendra-Rusli").
# (the look-behinds are checked after the capital, so that the scan looks for a capital
# rather than trying them at every character: this runs on every sentence)
SINGLE_NAME = re.compile(r"[A-Z](?<![\w'’].)(?<![a-z]-(?=[a-z]).)[a-z][\w'’]*(?:-[a-z][\w'’]*)*(?![\w'’]|-[a-z])")


def known_names(text: str, taken: list[tuple[int, int]], memory: ArticleMemory) -> list[tuple]:
    """A single capitalised word that is part of a name the article gave before, standing
    alone: "Hendra juga dihukum" after "Hendra Gunawan", "Agus mengatakan" after
    "Panglima TNI" stood for Agus Subiyanto."""
    found = []
    if not memory.people:
        return found  # the article has named no one yet
    for word in SINGLE_NAME.finditer(text):
        # ... without a possessive after it: "Thaksin's youngest daughter" names Thaksin
        # (`without_possessive`, on the word already in hand: this runs for every word).
        written = word.group()
        if len(written) > 3 and written.endswith(POSSESSIVE):
            written = written[:-2]
        full = memory.people.get(written) or _shortened_standing_alone(written, memory)
        if not full:
            continue
        start, end = word.start(), word.start() + len(written)
        if (text[start - 1:start] == "-" or text[end:end + 1] == "-") and not _ticket_part(text, start):
            continue  # "Tim Hukum Anies-Muhaimin" is a team, not the pair
        if any(s < end and start < e for s, e in taken):
            continue
        before = CAPITALISED_NEIGHBOUR.search(text, max(0, start - 30), start)
        opener = before and before.start() == 0 and _opening_noun(before.group().strip(), full, memory)
        if (before and not opener) or CAPITALISED_NEXT.match(text, word.end()):
            continue  # part of a longer name that is not this one ("Selain Andi" is not)
        found.append((start, end, full, memory.kinds.get(full, "person"), None, text[start:end]))
    return found


def _shortened_standing_alone(word: str, memory: ArticleMemory) -> str | None:
    """The person a word shortens ("Melki berjanji ..." after "Emanuel Melkiades Laka Lena"),
    unless the article writes the word in lower case too: then it is a word of the language
    ("Hari ini ..." is not Harianto), nor a month or a weekday ("next March" after Marchetti)."""
    if len(word) < 4 or word in MONTHS or word in WEEKDAYS:
        return None
    full = memory._shortened(word)  # (before the look through the whole article, which is dearer)
    return None if full is None or f" {word.lower()} " in memory.text else full


def _opening_noun(word: str, full: str, memory: ArticleMemory) -> bool:
    """Whether the word opening the sentence before a short name is an ordinary word: one
    of the openers, or, before a person the article named, no given name nor a word of a
    name it gave ("Jenazah Wayan dibawa" after "I Wayan Adi Pranata")."""
    return word.lower() in OPENERS or (
        (full in memory.persons or memory.kinds.get(full) == "person")
        and not given_name(word) and word not in memory.people and word.lower() not in NOT_BEFORE_SHORT)


# Words that make a short name after them another name: a street's or a place's ("Jalan Sudirman").
NOT_BEFORE_SHORT = PLACE_HEADS | {"jalan", "jl", "gang", "gg", "masjid", "gedung", "stadion", "bandara", "universitas"}


def _ticket_part(text: str, start: int) -> bool:
    """Whether the hyphenated words around `start` follow a word for a ticket."""
    compound = start
    while compound and (text[compound - 1].isalpha() or text[compound - 1] == "-"):
        compound -= 1
    return TICKET_BEFORE.search(text, max(0, compound - 20), compound) is not None


CAPITALISED_NEIGHBOUR = re.compile(r"[A-Z][\w'’-]*\s$")
CAPITALISED_NEXT = re.compile(r"\s[A-Z][a-z]")


def person_like(name: str) -> bool:
    """Two to four plain capitalised words with no office word: possibly a person, whose
    single names later in the article are then theirs."""
    words = name.split()
    if words[-1] in COMPASS_WORDS:
        return False  # "Halmahera Tengah" is a region: "Halmahera" alone is no short form of it
    if len(words) > 2 and words[0] in ("I", "Ni") and words[1] in BALINESE_ORDER:
        words = words[1:]  # "I Gusti Ngurah Wiratama": a Balinese name's particle
    # A hyphenated given name is one word of the name ("Shin Tae-yong"); a particle inside
    # is a name's ("Dennis van Hulst", "Ramon de Guzman").
    return 2 <= len(words) <= 4 and not {w.lower() for w in words} & HEAD_WORDS and all(
        w.replace("-", "").isalpha() and (w[0].isupper() or 0 < i < len(words) - 1 and w in PERSON_PARTICLES)
        and w[1:].replace("-", "").islower() and w.lower() not in NOT_NAME_WORDS for i, w in enumerate(words))


DEFINED_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z0-9]{1,13}(?: [IVX]{1,4})?)\)")


# A local unit's head word: the unit is named by where it serves, written after its acronym
# ("Satuan Pelayanan Pemenuhan Gizi (SPPG) Cikatomas", "Pos Pelayanan Terpadu (Posyandu) Melati").
LOCAL_UNIT_HEADS = ("Satuan ", "Unit ", "Pos ", "Posko ", "Cabang ", "Kantor Cabang ",
                    # ... and a facility named by its town ("Pelabuhan Perikanan Samudera (PPS) Bitung",
                    # "Rumah Sakit Umum Daerah (RSUD) Sikka")
                    "Pelabuhan ", "Rumah Sakit ", "Lembaga Pemasyarakatan ", "Rumah Tahanan ", "Bandar Udara ",
                    "Terminal ", "Stasiun ", "Pangkalan ")
# ... that one capitalised word, then no other capitalised word (a person's two names)
# nor a verb (a mononymous person: "(BNPB) Suharyanto mengatakan", "(Satgasus) Dadan menolak").
PLACE_AFTER_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z0-9]{1,7})\) ([A-Z][a-z]+)(?=[,.]| (?!me|ber|di|ter|said|says)[a-z])")


def with_place_after_acronym(text: str, name: tuple) -> tuple:
    """The unit named by where it serves after its acronym, whole: (start, end, name, ...)
    with the place word taken in."""
    if not name[2].startswith(LOCAL_UNIT_HEADS):
        return name
    after = PLACE_AFTER_ACRONYM.match(text, name[1])
    if not after or after.group(2).lower() in NOT_NAME_WORDS:
        return name
    full = f"{name[2]} {after.group(2)}"
    return (name[0], after.end(), full, name[3], name[4], full) + tuple(name[6:])


def learn_acronym(text: str, name: tuple, memory: ArticleMemory) -> None:
    """An unknown name with its acronym in brackets after it ("Badan Pusat Statistik
    (BPS)") teaches the acronym: later in the article, "BPS" alone is that name."""
    defined = DEFINED_ACRONYM.match(text, name[1])
    if defined and (defined.group(1).isupper() or _short_form_of(defined.group(1), name[2])
                    and not CAPITAL_AFTER.match(text, defined.end())):  # (not "(Kejati) Papua": its chapter's)
        memory.acronyms.setdefault(defined.group(1), name[2])


def _short_form_of(word: str, name: str) -> bool:
    """A short form written in lower case after its capital ("Dinas Kependudukan dan Pencatatan
    Sipil (Disdukcapil)", "Yayasan Pelestari Hutan Kalimantan (Yapehkalbar)") opens as the
    name does; a company's legal form in brackets ("PT Pertamina (Persero)") is none."""
    return word[:2].lower() == name[:2].lower() and word not in LEGAL_FORMS


LEGAL_FORMS = frozenset({"Persero", "Perseroda", "Tbk", "Perum", "Ltd", "Bhd"})
CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def acronyms_taught(text: str, taken: list[tuple[int, int]], memory: ArticleMemory) -> list[tuple]:
    """Acronyms the article defined earlier, standing alone in this sentence; and a
    company's first word, not inside another name ("PT Nusa Halmera Mineral" is not
    "Halmera Nusa Mining Corporation")."""
    found = []
    for acronym, name in memory.acronyms.items():
        if acronym not in text:
            continue
        # (a short form in lower case beside a capitalised word is a word of a longer name:
        # "Kejati Papua", the chapter, not "Kejaksaan Tinggi"; "BP Tapera")
        short = not acronym.isupper() and " " not in acronym
        for word in re.finditer(rf"(?<![\w-]){acronym}(?![\w-])" + (r"(?!\s+[A-Z])" if short else ""), text):
            if short and CAPITALISED_WORD_BEFORE.search(text, max(0, word.start() - 30), word.start()):
                continue
            if not any(s < word.end() and word.start() < e for s, e in taken):
                found.append((word.start(), word.end(), name, memory.kinds.get(name, "unknown"), None, acronym))
    for short, name in memory.company_names.items():
        if short not in text:
            continue
        for word in re.finditer(rf"(?<![\w-]){short}(?![\w-])(?!\s+[A-Z])", text):
            if not any(s < word.end() and word.start() < e for s, e in taken) \
                    and not CAPITALISED_WORD_BEFORE.search(text, 0, word.start()):
                found.append((word.start(), word.end(), name, memory.kinds.get(name, "organisation"), None, short))
    return found


CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")


# A company: its legal form and the capitalised words after it, a country among them
# ("PT International Nickel Indonesia", "PT Kereta Cepat Indonesia China").
COMPANY_RUN = re.compile(r"(?<![\w-])(?:PT|CV)\.?\s+[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|Tbk))*")
AND_REST = re.compile(r" (?:dan|and) ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})")
# A body whose name holds a country or its people's word before a word that names a
# body: "Indonesia Corruption Watch", "Indonesian Democratic Party of Struggle".
BODY_WORDS = rf"(?:{'|'.join(word.capitalize() for word in BODY_NAME_ENDINGS)})(?![\w-])"
BODY_WORD = re.compile(BODY_WORDS)
BODY_AFTER_COUNTRY = re.compile(rf"(?:\s+[A-Z][\w'’-]*){{0,3}}?\s+{BODY_WORDS}(?:\s+(?:of|for)(?:\s+[A-Z][\w'’-]*)+)?")


# An association or a body whose name ends with the country it spans, right before it:
# "Himpunan Nelayan Seluruh Indonesia", "Persatuan Guru Republik Indonesia", and in English
# "Employers' Association of Indonesia".
BODY_BEFORE_COUNTRY = re.compile(
    rf"(?<![\w'’-])(?:(?:{'|'.join(w.capitalize() for w in ASSOCIATION_HEADS if w != 'seluruh')})"
    rf"(?:\s+(?:[A-Z][\w'’-]*|dan))*\s+[A-Z][\w'’-]*|(?:[A-Z][\w'’-]*\s+)+Seluruh"
    rf"|(?:[A-Z][\w'’-]*\s+)*{BODY_WORDS}\s+of(?:\s+the)?)\s+$")


def _may_end_a_body(before: str) -> bool:
    """Whether the text before a country can end as BODY_BEFORE_COUNTRY does: in white
    space after a capitalised word, "of" or "the". Most words before a country are in
    lower case ("antara", "dan"), and the pattern, anchored at the end, is slow to fail."""
    words = before.split()
    return bool(words) and before[-1:].isspace() and ("A" <= words[-1][0] <= "Z" or words[-1] in ("of", "the"))


def _without_titles(text: str, start: int, end: int) -> int:
    """Where a name begins after the titles and the opening word before it ("Ketua Umum
    Asosiasi ...", "Menurut Paguyuban ...")."""
    for word in re.finditer(r"\S+", text[start:end]):
        if word.group().lower() not in BREAKERS and word.group().lower() not in OPENERS:
            return start + word.start()
    return end


# The capitalised words after a country's people in a body's name: "Association of
# Indonesian Coffee Exporters", "Federation of Indonesian Palm Oil Smallholders".
WORDS_AFTER_PEOPLE = re.compile(r"\s+((?:[A-Z][\w'’-]*)(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,4})(?![\w'’-])")


def bodies_with_countries(text: str, matches: list[Match],
                          association: bool = False) -> tuple[list[Match], list[tuple]]:
    """Names of companies and bodies that hold a country's name, as unknown entities, and
    the gazetteer matches without the countries (and places) inside them; `association`:
    a word that opens an association's name is in the text."""
    body_named = BODY_WORD.search(text) is not None
    joined = "(" in text and (" dan " in text or " and " in text)
    spans = []
    for company in COMPANY_RUN.finditer(text) if "PT" in text or "CV" in text else ():
        countries = [m for m in matches
                     if m.entry.type == "country" and company.start() < m.start < company.end()]
        if countries and TITLE_BEFORE.search(text, max(0, company.start() - 20), company.start()):
            # after a capitalised title the company ends at its country, a person follows
            spans.append((company.start(), countries[-1].end))
        elif countries or company.group().startswith("CV"):
            spans.append(company.span())  # "CV" alone reads as a Roman numeral
    association = association or body_named
    for m in matches if body_named or joined or association else ():
        if association and m.entry.type == "country":
            body = BODY_BEFORE_COUNTRY.search(text, max(0, m.start - 80), m.start) \
                if _may_end_a_body(text[max(0, m.start - 80):m.start]) else None
            start = body and _without_titles(text, body.start(), m.start)
            if body and not any(start < k.end and k.start < m.start for k in matches):
                end = m.end
                if text.endswith((" of ", " of the "), 0, m.start) and (more := WORDS_AFTER_PEOPLE.match(text, m.end)) \
                        and not given_name(more.group(1).split()[0]):
                    end = more.end(1)  # "Association of Indonesian Coffee Exporters": its people's trade goes on
                spans.append((start, end))  # "Himpunan Nelayan Seluruh Indonesia"; not "DPR RI"
                continue
        if body_named and m.entry.type == "country" and text[m.end:m.end + 2][1:].isupper():
            body = BODY_AFTER_COUNTRY.match(text, m.end)
            if body:
                spans.append((m.start, body.end()))
        elif joined and m.entry.type == "organisation" and text.startswith((" dan ", " and "), m.end):
            # "Kementerian Lingkungan Hidup dan Kehutanan (KLHK)": a known body's name is the
            # first half of a longer one when the acronym after it covers both halves.
            rest = AND_REST.match(text, m.end)
            if rest and _one_defined_name(text, m.start, m.end, rest.start(1), rest.end()):
                spans.append((m.start, rest.end()))
    if not spans:
        return matches, []
    spans = [(s, e) for s, e in spans if not any(m.start == s and m.end == e for m in matches)]
    kept = [m for m in matches if not any(s <= m.start and m.end <= e for s, e in spans)]
    return kept, [(s, e, text[s:e], "unknown", None, text[s:e]) for s, e in spans]


# A body's name, its acronym in brackets, and maybe its region after: "Pemerintah Kabupaten
# (Pemkab) Kutai Kartanegara", "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten X".
NAME_THEN_ACRONYM = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|dan|and|&))*)"
                               r"\s+\(([A-Z][A-Za-z0-9]{1,13}(?: [A-Z]{2,3})?)\)$")
# ... a contraction and initials too: "Satuan Polisi Pamong Praja (Satpol PP)".
BRACKETED_ACRONYM = re.compile(r"\([A-Z][A-Za-z0-9]{1,13}(?: [A-Z]{2,3})?\)(?= )")
DEFINED_HEADS = BODY_HEADS | OFFICE_HEADS | {"pemerintah", "kepolisian", "kejaksaan", "pengadilan", "pusat",
                                            "satuan", "dewan"}
# An office's class between its acronym and its region: "Kantor Kesyahbandaran dan Otoritas
# Pelabuhan (KSOP) Kelas I Samarinda", "(BPTD) Kelas II Jawa Timur".
OFFICE_CLASS = r" Kelas (?:I{1,3}|IV|Utama|Khusus)[ABC]?"  # (the evaluation drops it from names too)
CLASS_AFTER = re.compile(rf"{OFFICE_CLASS}(?= [A-Z])")
LOCALITY = re.compile(r" ([A-Z][a-z]+)(?=[\s,.;:)]+(?:[a-z]|$))")
UNIT_AFTER = re.compile(r" ([A-Z][a-z]+)(?= [A-Z])")
REGION_NAMED = re.compile(r" (?:Kota|Kabupaten|Kab\.|Provinsi|Kecamatan|Desa)(?= [A-Z])")
JOINED_INSIDE = re.compile(r"\s(?:dan|and|&)\s")


def bodies_defined_inside(text: str, matches: list[Match]) -> tuple[list[Match], list[tuple]]:
    """Bodies the gazetteer lacks whose acronym in brackets stands inside the name, before
    their region (the name is given without it), or after a name with `dan` inside that it
    spells; and the gazetteer matches without the bodies inside them."""
    bodies = []
    for bracket in BRACKETED_ACRONYM.finditer(text):
        found = NAME_THEN_ACRONYM.search(text, max(0, bracket.start() - 100), bracket.end())
        if found is None:
            continue
        words = list(re.finditer(r"\S+", found.group(1)))
        head = next((w for w in words if w.group().lower() in DEFINED_HEADS), None)
        if head is None:
            continue
        start, name_end, acronym = found.start(1) + head.start(), found.end(1), found.group(2)
        if any(m.start <= start and name_end <= m.end for m in matches):
            continue  # a known body: "Kementerian Energi dan Sumber Daya Mineral (ESDM)"
        capitals = [w.group() for w in words if w.start() >= head.start() and w.group()[:1].isupper()]
        initials = "".join(w[0] for w in capitals)
        grade = CLASS_AFTER.match(text, found.end())
        after = grade.end() if grade else found.end()
        place = next((m for m in matches if m.start == after + 1 and m.entry.type == "place"), None)
        named = REGION_NAMED.match(text, after)
        unit = UNIT_AFTER.match(text, after) if not grade else None
        if unit and unit.group(1).lower() in REGIONAL_UNITS and not named:
            # "Satuan Reserse Narkoba (Satresnarkoba) Polrestabes Medan": a part of the regional
            # unit after it, named whole; the unit with its region is a body of its own too.
            parent = next((m.end for m in matches if m.start == unit.end() + 1 and m.entry.type == "place"),
                          None) or (_region_words(text, unit.end()) or (0, None))[1]
            if parent and _contracted(acronym, "".join(capitals).lower()):
                name = f"{text[start:name_end]} {text[unit.start(1):parent]}"
                bodies.append((start, parent, name, "unknown", None, text[start:parent]))
                bodies.append((unit.start(1), parent, text[unit.start(1):parent], "unknown", None,
                               text[unit.start(1):parent]))
            continue
        if place and text[after] == " ":
            region = (place.start, place.end)
        elif named:
            region = (named.start(), (_region_words(text, named.end()) or named.span())[1])
        elif acronym.lower() in REGIONAL_UNITS or capitals[-1].lower() in PLACE_HEADS or grade:
            region = _region_words(text, after)  # "Pemerintah Kabupaten (Pemkab) Kutai Kartanegara"
        else:
            # "Satuan Pelayanan Pemenuhan Gizi (SPPG) Cikatomas yang ...": a unit named after
            # its locality, one word the gazetteer lacks and no given name
            local = LOCALITY.match(text, found.end()) if words[0].group().lower() == "satuan" else None
            region = local.span(1) if local and not given_name(local.group(1)) else None
        if region and _contracted(acronym, "".join(capitals).lower()):
            numeral = ROMAN_AFTER.match(text, region[1])  # "(BWS) Sulawesi II": the office's number too
            if numeral and not (numeral.group() == " I" and BALINESE_NEXT.match(text, numeral.end())):
                region = (region[0], numeral.end())  # (not "I Made ...": a Balinese name)
            name = f"{text[start:name_end]}{grade.group() if grade else ''} {text[region[0] + (text[region[0]] == ' '):region[1]]}"
            bodies.append((start, region[1], name, "unknown", None, text[start:region[1]]))
        elif not region and spelled(acronym) in (initials, initials[1:]) \
                and (JOINED_INSIDE.search(found.group(1), head.start()) or _known_body_opens(matches, start, name_end)):
            bodies.append((start, name_end, text[start:name_end], "unknown", None, text[start:name_end]))
    if not bodies:
        return matches, []
    return [m for m in matches if m.entry.type == "place"
            or not any(b[0] <= m.start and m.end <= b[1] for b in bodies)], bodies


def _known_body_opens(matches: list[Match], start: int, end: int) -> bool:
    """Whether a body the gazetteer knows opens a longer name that its acronym spells whole:
    "Dewan Perwakilan Rakyat Aceh (DPRA)" is Aceh's own council, not the House."""
    return any(m.start == start and m.end < end and m.entry.type == "organisation" for m in matches)


def _region_words(text: str, at: int) -> tuple[int, int] | None:
    """The span of a region's name at `at` (after a space): its first capitalised word, and
    the second when it is a region's suffix ("Sukamaju Raya") or ends the capitals ("Kutai
    Kartanegara berencana"); not a person's name after it ("Sukamaju Andi Wijaya")."""
    words = []
    for word in REGION_WORD.finditer(text, at, at + 60):
        if word.start() != (words[-1].end() if words else at) or word.group(1).lower() in BREAKERS:
            break
        words.append(word)
    if not words:
        return None
    # (a place's head word is never the whole name: "Pulau Baai Heru Santosa" is Pulau Baai)
    second = len(words) == 2 or len(words) > 2 and (words[1].group(1).lower() in REGION_SUFFIXES
                                                    or words[0].group(1).lower() in PLACE_HEADS)
    return (at, words[1 if second else 0].end())


REGION_WORD = re.compile(r" ([A-Z][\w'’-]*)")


def _contracted(acronym: str, words: str) -> bool:
    """Whether the acronym's letters stand in order in the name's words ("Pemkab" in
    "pemerintahkabupaten", "Polres" in "kepolisianresor")."""
    letters = iter(words)
    return all(letter in letters for letter in spelled(acronym).lower().replace(" ", ""))


# A unit of a known body named before it, its name whole: "Fakultas Hukum Universitas Gadjah
# Mada", "Faculty of Law of Universitas Indonesia" (the body stays an actor too).
UNIT_BEFORE = re.compile(rf"(?<![\w'’-])(?:{'|'.join(UNIT_HEADS)})(?:(?:[A-Z][\w'’-]*|dan|and|of|&)\s+)*(?<!dan )(?<!and )(?<!& )$")
# A body named after a known one, by its head word before it: "Universitas Muhammadiyah
# Malang", "Rumah Sakit Pertamina Jaya" (the known body is no actor of its own).
NAMED_AFTER = re.compile(rf"(?<![\w'’-])(?:{'|'.join(NAMED_AFTER_HEADS)})$")


def _after_a_title(text: str, at: int) -> bool:
    """Whether the word before `at` is an office's title (or "Kantor"): then the unit after it
    is the office's field, its holder named next, and no party of its own."""
    before = PREVIOUS_WORD_OF.search(text, max(0, at - 20), at)
    return before is not None and before.group(1).lower() in UNIT_TITLE_WORDS


PREVIOUS_WORD_OF = re.compile(r"([\w.]+)\s+$")
# (... or the building: "di Kantor Pusat Bulog")
UNIT_TITLE_WORDS = frozenset(TITLE_WORDS | {"koordinator", "kabid", "kasubdit", "deputi", "kantor"})


def units_of_bodies(text: str, matches: list[Match]) -> tuple[list[Match], list[tuple]]:
    """Units named with the known body they belong to and bodies named after one, as
    unknown entities; and the gazetteer matches without the bodies named after."""
    units, inside = [], []
    for m in matches:
        if m.entry.type != "organisation":
            continue
        unit = UNIT_BEFORE.search(text, max(0, m.start - 80), m.start)
        named = NAMED_AFTER.search(text, max(0, m.start - 20), m.start) if unit is None else None
        if unit and (any(o is not m and o.entry.type == "organisation" and unit.start() <= o.start < m.start
                         for o in matches) or _after_a_title(text, unit.start())):
            # "Direktorat Jenderal Pajak Kementerian Keuangan": a known body, then its parent;
            # "Kepala Divisi Humas Polri": an office's title, its holder named after it
            continue
        if unit:
            start, end = unit.start(), m.end
        elif named:
            start, end = named.start(), (_region_words(text, m.end) or (0, m.end))[1]
            inside.append(m)
        else:
            continue
        units.append((start, end, text[start:end], "unknown", None, text[start:end]))
    return [m for m in matches if m not in inside], units
