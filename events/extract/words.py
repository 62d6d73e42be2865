"""Word lists shared by the extraction rules, in Indonesian and English."""

from __future__ import annotations

import re

MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "october": 10, "oct": 10,
    "november": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12, "december": 12, "dec": 12,
}
# Whole month names, not abbreviations: a month named alone ("pada Desember") needs one.
FULL_MONTH_NAMES = {
    "januari", "january", "februari", "pebruari", "february", "maret", "march", "april",
    "mei", "may", "juni", "june", "juli", "july", "agustus", "august", "september",
    "oktober", "october", "november", "desember", "december",
}
# Month names are matched capitalised only (see dates.MONTH), so "mei" the word and
# "des" are not months in running lowercase text.
MONTHS.update({k.capitalize(): v for k, v in list(MONTHS.items())})

WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5,
    "minggu": 6, "ahad": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
WEEKDAYS.update({k.capitalize(): v for k, v in list(WEEKDAYS.items())})

# The endings of a possessive: "Thaksin's", "Last year's winner".
POSSESSIVE = ("'s", "\u2019s")

NUMBER_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1,
}

# Words that open the name of a body, a building, an event or an operation, not a person.
HEAD_WORDS = {
    "operasi", "operation", "pengadilan", "gedung", "stadion", "stadium", "pekan", "kantor",
    "pelabuhan", "bandara", "rumah", "universitas", "university", "pt", "bank", "partai",
    "kementerian", "dinas", "badan", "komisi", "dewan", "majelis", "polres", "polsek",
    "kabupaten", "kota", "provinsi", "kecamatan", "desa", "kelurahan", "jalan", "jl",
    "gunung", "mount", "pulau", "sungai", "hotel", "station", "sekolah", "masjid", "gereja",
    "institut", "institute",
}
# ... of those, the ones whose body has a name of its own after them ("Bank Permata",
# "Universitas Gadjah Mada"), unlike a court or an office named by what it does.
NAMED_BODY_HEADS = {"bank", "universitas", "university", "partai", "institut", "institute"}
# English words of a body that "for" (inside a title also "of", "and") joins to the rest of
# its name: "Centre for Energy Transition Studies", "Ministry for Trade" (a person is never
# named so).
FOR_HEADS = {"centre", "center", "institute", "foundation", "council", "agency", "commission",
             "committee", "ministry", "office", "alliance", "coalition", "society", "association",
             "forum", "network", "fund", "organisation", "organization", "authority", "bureau",
             "board", "federation", "chamber", "academy", "corporation"}
# Words that open the name of a place: an unknown name that starts with one is a place
# ("Kabupaten Agam", "Nagari Bukik Batabuah", "Pulau Komodo").
PLACE_HEADS = {
    "kabupaten", "kota", "provinsi", "kecamatan", "desa", "kelurahan", "nagari", "dusun",
    "kampung", "pulau", "gunung", "mount", "regency", "province", "district", "village",
    "island",
    # A police or army unit's headquarters, a building named after its unit's region
    # ("di Mapolres Sukamaju").
    "mapolda", "mapolres", "mapolresta", "mapolrestabes", "mapolsek", "makodam", "makorem",
    "makodim",
    # Land and water a place is named by: "Teluk Weda", "Sungai Sagea", "Distrik Jayapura Utara".
    "teluk", "sungai", "selat", "tanjung", "laut", "distrik", "lembah", "bukit", "muara",
}
# ... or that ends with one, in English: "Komodo Island", "Sikka Regency".
PLACE_TAILS = {"island", "islands", "regency", "province", "district", "village", "city", "sea", "bay",
               "river", "strait", "gulf", "peninsula", "valley"}
# Words that open or end the name of a facility where things happen: "di Bandara Adi
# Soemarmo", "di Stadion Si Jalak Harupat", "at Banongan Beach" name where, not who. A
# title after the head is part of the name of whom it is named after ("Bandara Letkol
# Wisnu", "Jalan Jenderal Sudirman").
FACILITY_HEADS = {"bandara", "stadion", "pantai", "asrama", "pelabuhan", "terminal", "stasiun",
                  "jalan", "jl", "lapangan", "alun-alun", "bendungan", "danau", "airport",
                  # stadiums and buildings named after a person or a colour: "Gelora Bung Karno",
                  # "Gedung Merah Putih" (a party named Gelora is the gazetteer's)
                  "gelora", "gedung",
                  # toll roads and their gates: "Gerbang Tol Cikampek Utama", "Tol Kalikangkung"
                  "gerbang", "tol",
                  # a compound of buildings: "Kompleks Parlemen", "Kompleks Istana Kepresidenan"
                  "kompleks", "komplek", "compound"}
FACILITY_TAILS = {"beach", "airport", "stadium", "harbour", "harbor", "dam", "lake"}
# Words that open the name of a body: with only the words of its field after them it is
# still a name ("Kementerian Agama", "Dinas Kesehatan").
BODY_HEADS = {"kementerian", "badan", "dinas", "direktorat", "komisi", "lembaga", "departemen",
              "ministry", "agency", "department"}
# Words that open the name of a document or a topic: "Rencana Aksi", "Pernyataan Bersama",
# "Kejahatan Transnasional" are what a fact is about, not who takes part in it.
SUBJECT_WORDS = {
    "rencana", "pernyataan", "deklarasi", "nota", "perjanjian", "kesepakatan", "kerjasama",
    "kerja", "kejahatan", "tindak", "undang-undang", "peraturan", "keputusan", "plan",
    "statement", "declaration", "agreement", "memorandum", "crime", "work",
    # Happenings named as such: "Pilkada Serentak", "Sidang Paripurna" are what takes place.
    "pilkada", "pemilu", "pilpres", "sidang", "rapat",
    # Talks, tournaments' rounds, programmes and permits are what a fact is about:
    # "Perundingan IEU-CEPA", "Kualifikasi Piala Dunia", "Program Makan Bergizi Gratis",
    # "Sertifikat Laik Higiene Sanitasi".
    "perundingan", "negosiasi", "kualifikasi", "program", "sertifikat",
    # Ceremonies named by what they do: "Pencanangan ORI", "Peresmian Gedung Baru",
    # "Peluncuran Aplikasi X" are the happening, not a party to it.
    "pencanangan", "peresmian", "peluncuran", "pembukaan", "penutupan", "upacara", "launching",
    # A vessel is what a happening befalls, not a party to it: "Kapal Motor (KM) Sinar Buru",
    # "KMP Tunu Pratama Jaya", "KRI Bung Tomo", "MV Sea Star".
    "kapal", "km", "kmp", "klm", "kri", "mv", "mt",
    # A measure is what a fact reports, not who: "Indeks Standar Pencemar Udara", "Indeks
    # Harga Konsumen" (in English by its last word: "Consumer Price Index").
    "indeks",
    # "Undang-Undang Antideforestasi" read word by word (a hyphen before a capital splits)
    "undang",
    # A letter or circular is a document: "Surat Keputusan Bersama", "Surat Edaran Gubernur".
    "surat",
}
# Words that end the name of a document or a day: "Deforestation Regulation", "Regional
# Regulation", "Republic Day" are what a fact is about or when, not who takes part.
SUBJECT_TAILS = {"regulation", "regulations", "law", "act", "decree", "bill", "day",
                 "gratis",  # a programme: "Makan Bergizi Gratis", "Cek Kesehatan Gratis"
                 "qualifiers", "negotiations", "talks", "agreement", "treaty",
                 "index",  # English talks and rounds named by their last word
                 "level"}  # a warning's grade: "Alert Level 2"
# Words of nationality, capitalised in English without being names.
DEMONYMS = {
    "asian", "indonesian", "malaysian", "singaporean", "thai", "vietnamese", "filipino",
    "cambodian", "laotian", "burmese", "bruneian", "japanese", "chinese", "korean",
    "australian", "indian", "american", "european", "british", "russian", "canadian",
}

# Balinese names open with a particle (`I` for a man, `Ni` for a woman) and a birth-order
# name: "I Made Suarta", "Ni Luh Putu Ayu". The particle is part of the name, not the
# Roman numeral it looks like.
BALINESE_ORDER = {"Wayan", "Made", "Nyoman", "Ketut", "Putu", "Kadek", "Komang", "Gede",
                  "Nengah", "Luh", "Gusti",
                  # ... and the caste titles after "I"/"Ni" ("I Dewa Gede Suryadarma", "Ni Desak Made")
                  "Dewa", "Desak"}
# The fields a region's office is contracted from, after "Dis"/"Din" for "Dinas": "Dis-bun"
# (perkebunan), "Dis-par-pora", "Din-kop-ukm-per-indag", "Dis-naker-trans-gi". News writes
# new combinations all the time, so the shape is read, not a list; a passive verb or a
# common word ("Disita", "Diskusi", "Dinding") falls apart into no such fields.
OFFICE_FIELD = re.compile(
    r"(?:kes|sos|dik|hub|par|naker|trans|bun|tan|pora|bud|kominfo|kom|info|kop|ukm|umkm|uk|per|"
    r"in|dag|indag|dukcapil|capil|pangan|pang|pa|kan|gi|lh|pupr|pu|pr|kim|pm|ptsp|arsip|pus|"
    r"sip|tph|nak|keswan|hut|esdm|kp|pmd|des|p3a|ppkb|kb|ko|ta|ru|lut|ketapang)+")


def office_contraction(lower: str) -> bool:
    """Whether a word is shaped as a region's office ("disbun", "disparpora", "dinkopukperindag")."""
    return len(lower) >= 6 and lower[:3] in ("dis", "din") and OFFICE_FIELD.fullmatch(lower, 3) is not None


class _Units(frozenset):
    """The regional units listed, and every word shaped as an office's contraction."""

    def __contains__(self, lower: object) -> bool:
        return frozenset.__contains__(self, lower) or (isinstance(lower, str) and office_contraction(lower))


# A regional unit named by one word before its region: "Polda Riau", "Kejati Bali",
# "Pemprov Jabar" are one body, not the region alone.
REGIONAL_UNITS = _Units({"polda", "polres", "polresta", "polrestabes", "polsek", "kodam", "korem",
                         "kodim", "lanal", "lantamal", "kejati", "kejari", "pemprov", "pemkab",
                         "pemkot", "kanwil", "dprd", "bappeda", "disdik", "dinkes",
                         # ... and the contractions of a region's offices ("Dishub Bandung", "Bapenda Riau")
                         "dishub", "dinsos", "dispar", "disnaker", "distan", "disdukcapil", "diskominfo",
                         "disperindag", "bapenda", "kesbangpol", "dpupr", "dlh", "bkd",
                         # ... and a region's hospital and inspectorate ("RSUD Kota Bandung")
                         "rsud", "inspektorat",
                         # ... and Aceh's and Papua's regency councils, a conservation
                         # office and more offices by their contraction ("DPRK Jayapura",
                         # "BKSDA Kalbar", "Disnakertrans Morowali")
                         "dprk", "dprp", "bksda", "bbksda", "disnakertrans", "disporapar", "disbudpar",
                         "disdikbud", "dpmptsp", "bpkad", "bapperida",
                         # ... and the state's offices in a region, by their service ("Imigrasi Nunukan",
                         # "Karantina Kaltara", "Lapas Nusakambangan", "KSOP Baubau")
                         "imigrasi", "karantina", "lapas", "rutan", "bapas", "ksop", "kppbc",
                         # ... and the ombudsman's office in a province ("Ombudsman Sulut")
                         "ombudsman"})
# Words that are a body with the region right after them, and otherwise only a word ("Pemerintah
# Aceh" is the province's own name for its government, "Partai Aceh" a party; "Pemerintah
# menetapkan ..." names none, and "Tim Anggaran Pemerintah Daerah" is one name).
NAMED_BY_REGION = frozenset({"pemerintah", "partai"})

# English words that end the name of a body: "Indonesia Corruption Watch", "... Party of
# Struggle" (names.BODY_WORDS reads them in a name; kinds.BODY_NAME_WORDS says cheaply
# whether a sentence has one).
BODY_NAME_ENDINGS = ("watch", "party", "institute", "foundation", "council", "forum",
                     "association", "alliance", "society", "union", "corporation", "company",
                     "network", "federation", "coalition", "movement",
                     # ... and a state's agencies named with its people's word ("Malaysian
                     # Maritime Enforcement Agency", "Cambodian Mine Action Centre")
                     "agency", "authority", "commission", "centre", "center", "board", "bureau",
                     "force", "team", "command")
# Indonesian words that open the name of an association or a body named after the country
# it spans: "Himpunan Nelayan Seluruh Indonesia", "Asosiasi Pengusaha Indonesia" are one name.
ASSOCIATION_HEADS = ("himpunan", "asosiasi", "persatuan", "perhimpunan", "ikatan", "gabungan",
                     "perkumpulan", "serikat", "federasi", "konfederasi", "forum", "lembaga",
                     "yayasan", "komite", "dewan", "majelis", "aliansi", "gerakan", "koalisi",
                     "komunitas", "paguyuban", "jaringan", "konsorsium", "partai", "seluruh")
# Words that open the name of a unit named before the body it belongs to: "Fakultas Hukum
# Universitas Gadjah Mada" is one name.
UNIT_HEADS = ("Fakultas ", "Faculty ", "Sekolah ", "Departemen ", "Program Studi ", "Pusat Studi ",
              "Laboratorium ",
              # ... and a government body's own offices ("Inspektorat Kementerian Agama", "Biro
              # Hukum Kementerian Kesehatan", "Labfor Polri"), its name and its parent's
              "Inspektorat ", "Biro ", "Direktorat ", "Sekretariat ", "Bidang ", "Labfor ",
              "Satgas ", "Pusat ", "Divisi ", "Bagian ", "Subdit ",
              # ... and a federation's committees ("Komite Lisensi Klub PSSI", "Komdis PSSI")
              "Komite ", "Komdis ")
# ... and of a body named after a known one, right before it: "Universitas Muhammadiyah
# Malang", "Rumah Sakit Pertamina Jaya".
NAMED_AFTER_HEADS = ("Universitas ", "University ", "Institut ", "Politeknik ", "Rumah Sakit ", "RS ",
                     "RSUD ", "Sekolah Tinggi ", "Akademi ", "Yayasan ", "Stadion ", "Masjid ")
# English words of an office that its holder is named after or called by ("Minister X",
# "the minister").
OFFICE_NAMES_EN = ("minister", "governor", "regent", "mayor", "ambassador", "spokesperson",
                   "spokesman", "chairman", "speaker")
# ... and in Indonesian, for "sang menteri" after "Menteri Kesehatan Budi ...".
OFFICE_NAMES_ID = ("menteri", "gubernur", "bupati", "wali kota", "walikota", "camat", "kapolda", "kapolres")
# The marks that close a quotation.
CLOSING_QUOTES = ('"', "\u201d")


# Letters that match an ASCII letter when case is ignored but do not lower-case to it alone.
ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")


def whole_word_spans(word: str, text: str) -> list[tuple[int, int]]:
    r"""Where the (non-empty) word stands in the text with neither a word character nor a
    hyphen right before or after it: what a search for `(?<![\w-])` + re.escape(word) +
    `(?![\w-])` finds, found with `str.find` rather than with a pattern compiled for each
    word (the words are an article's: its regions, its short forms)."""
    spans = []
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if _no_word_at(text, start - 1) and _no_word_at(text, end):
            spans.append((start, end))
            start = text.find(word, end)
        else:
            start = text.find(word, start + 1)
    return spans


def _no_word_at(text: str, at: int) -> bool:
    r"""No word character (`\w`: a letter, a digit or "_") nor hyphen at the position."""
    return not (0 <= at < len(text) and (text[at].isalnum() or text[at] in "_-"))


def lowered_in_place(text: str, lower: str) -> bool:
    """Whether `lower` (text.lower()) has the text's positions and what a case-ignoring
    pattern matches in the text is there in lower case: then a pattern can be scanned in
    it without ignoring case, or tried only where an automaton found its first words."""
    # (text in ASCII, as nearly every sentence is, has neither: no scan for the odd letters)
    return text.isascii() or len(lower) == len(text) and ODD_CASE.search(text) is None


# Words that make what follows recur rather than happen once: "setiap Senin", "every day".
HABIT_WORDS = ("setiap", "tiap", "saban", "every", "each")
