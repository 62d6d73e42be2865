"""What kind of happening a fact states, and whether it happened, is planned or ongoing.

Cue words in Indonesian and English, tried in a fixed priority. The order matters and
each step says why it comes where it does.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache
from operator import itemgetter

from ..article import FactDate
from .wordscan import found_words, word_list
from .words import (ASSOCIATION_HEADS, lowered_in_place, BODY_NAME_ENDINGS, CLOSING_QUOTES, NAMED_AFTER_HEADS, OFFICE_NAMES_EN,
                    OFFICE_NAMES_ID, UNIT_HEADS)

# Each cue pattern's anchors: the literal text (lower-cased) one of its words starts
# with. A pattern runs only when one of its anchors is in the sentence, found for all
# patterns by one automaton pass: most sentences lack most cues, and running a dozen
# case-insensitive alternations on every sentence was a hot spot.
# Keyed by the pattern's id: hashing a compiled pattern hashes its whole compiled code
# each time (about 12 microseconds for INCIDENT), and every `has_cue` looks one up.
ANCHORS: dict[int, frozenset[str]] = {}
LITERAL = re.compile(r"[^\\()\[\]?*+.{|]+")


def _cues(*words: str) -> re.Pattern:
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)
    ANCHORS[id(pattern)] = frozenset(_anchor(word) for word in words)
    return pattern


def _anchor(word: str) -> str:
    literal = LITERAL.match(word).group()
    if word[len(literal):len(literal) + 1] == "?":
        literal = literal[:-1]  # "plans? to": the optional letter is no part of the anchor
    if len(literal) < 2:
        raise ValueError(f"cue {word!r} needs a literal start of two letters or more")
    return literal.lower()


# Where a craft or a person fell, not a price or an index ("jatuh dari Rp60.000", "jatuh di
# level 7.000").
FELL_WHERE = (r"(?:(?:di|dari)(?!\s+(?:Rp|US\$|level|posisi|angka|kisaran|harga|\d))"
              r"|ke\s+(?:laut|sawah|jurang|sungai|tanah))")
# "saat hendak naik" is when they were about to: the clause dates what happened to them.
# "apakah akan mengajukan banding" (whether to appeal) is undecided: nothing is planned.
PLANNED = _cues("akan(?<!apakah akan)(?<!belum tentu akan)", "bakal", r"hendak(?<!saat hendak)(?<!ketika hendak)(?<!berpamitan hendak)", "rencananya", "direncanakan", "dijadwalkan",
                "menjadwalkan", r"would(?!\s+have)",
                "berencana", "will", "would be held", "is to", "are to", "plans? to", "aims? to",
                "scheduled", "mendatang", "upcoming", "menargetkan", "ditargetkan", "forecasts?",
                # What still has to be done is ahead ("has to go through a legal scrub",
                # "Parliament must then ratify"); "had to" is not.
                "has to", "have to", "must", "is due to", "are due to",
                # ... and what is due at a time, what someone plans or expects to do ("is due in
                # September", "plans a shutdown starting in September", "expects to finish ...").
                r"is\s+due\s+(?:in|on|by)\b", r"are\s+due\s+(?:in|on|by)\b", r"plans?\s+(?:a|an)(?=\s)",
                r"expects?\s+to\b",
                # ... also with what is expected between ("expects the two units to return to service")
                r"expects?\s+(?:the|its|their|a|an|all|both|most)\s+(?:[\w-]+\s+){0,3}?to\s+(?!the\b|a\b|an\b|be\b)[a-z]+",
                # ... and what someone is asked or bound to do at once ("KPU diminta segera
                # menetapkan", "harus segera dievakuasi").
                r"diminta\s+segera", r"harus\s+segera", r"wajib\s+segera", r"perlu\s+segera",
                # "are also expected to discuss": an adverb may stand between; "is expected in
                # the third quarter": what is expected at a time is ahead too.
                r"is(?:\s+(?:also|still|now|widely))?\s+(?:expected|predicted)\s+(?:to|in|on|by|before|within)\b",
                r"are(?:\s+(?:also|still|now|widely))?\s+(?:expected|predicted)\s+(?:to|in|on|by|before|within)\b",
                # ... and what was expected, told after the saying ("said the repatriation was
                # expected to be completed by the end of August").
                # "is planned for Saturday", "are slated to begin": set for what is ahead.
                # ... and what someone planned, not yet done ("Fishermen planned a protest on
                # Wednesday"; "had planned" tells of a plan that was dropped).
                r"planned(?<!had planned)\s+(?:a|an)(?=\s)(?!.*\bthat\b)",
                r"is(?:\s+(?:also|now))?\s+(?:planned|slated|set)\s+(?:for|to)\b",
                r"are(?:\s+(?:also|now))?\s+(?:planned|slated|set)\s+(?:for|to)\b",
                r"was(?:\s+(?:also|still|now|widely))?\s+expected\s+to",
                r"were(?:\s+(?:also|still|now|widely))?\s+expected\s+to",
                # A forecast looks ahead ("hujan diperkirakan mulai turun"); an estimate of
                # what happened does not ("kerugian diperkirakan mencapai Rp5 miliar").
                r"diperkirakan\s+(?:akan|mulai|baru|berakhir|berlangsung|tiba|dibacakan|selesai|rampung)",
                "diprakirakan", "memprakirakan", "diprediksi akan",
                # A projection and a hope are ahead too ("diproyeksikan tumbuh 5%",
                # "hopes to become ASEAN's 11th member").
                "diproyeksikan", "memproyeksikan", "is projected to", "are projected to", "hopes to",
                # A deadline of this very week or month closing the sentence ("membentuk satgas
                # pekan ini juga"); "Pekan ini juga, harga naik" (this week too) is not one.
                # (anchored on the rare "ini juga", not on "pekan" or "bulan"):
                r"ini juga(?:(?<=pekan ini juga)|(?<=minggu ini juga)|(?<=bulan ini juga))(?=\s*[.!?\"”]|\s*$)")
# "sejak sore" is since this afternoon: a time of day, not a state that goes on.
ONGOING = _cues(r"sejak(?!\s+(?:pagi|siang|sore|malam|dini hari))", r"since(?!\s+(?:morning|noon|evening))",
                "sedang", "tengah berlangsung", "is being", "are being", "masih", "hingga kini", "sampai sekarang", "selama ini",
                "terus", "ongoing", "continues?", "telah terjalin", "berlangsung hingga",
                "still",
                # In the middle of doing it ("naskah tengah menunggu ratifikasi"); "Jawa Tengah
                # menyusun ..." is a region's name, capitalised (see `_ongoing`).
                # (each anchored on its two words, not on "tengah" alone):
                *(f"tengah {verb}" for verb in (
                    "menunggu", "menanti", "menyelidiki", "mendalami", "menyusun", "membahas", "menggodok",
                    "mengkaji", "memproses", "mempersiapkan", "menyiapkan", "menjalani", "dibahas", "disusun",
                    "diselidiki", "digodok", "dikaji", "diproses", "disiapkan", "didalami")),
                # A standing state told in the present ("The park employs 80,000 workers").
                "employs",
                # "Dugaan kelebihan muatan kini diselidiki": now under way ("kini telah" is done).
                r"kini(?!\s+(?:telah|sudah))",
                # An operation told of today, which goes on over days ("Pencarian hari ini melibatkan").
                r"pencarian\s+hari\s+ini", r"operasi\s+hari\s+ini", r"evakuasi\s+hari\s+ini",
                r"penyisiran\s+hari\s+ini", r"pemadaman\s+hari\s+ini", r"search\s+today", r"operation\s+today")
# Verbs of handing over, not the noun alone: "Persiapan serah terima dibahas" is a meeting.
HANDOVER = _cues("menyerahkan keketuaan", "menyerahkan kepemimpinan", "menyerahkan jabatan",
                 "keketuaan .{0,40}diserahkan", "sertijab",
                 "serah terima .{0,30}(?:dilakukan|berlangsung|digelar)",
                 "hand(?:ed|s)? over", "handing over", "takes? over the chairmanship",
                 "took over the chairmanship", "menerima keketuaan",
                 r"takes? over the (?:\w+ )?chairmanship", r"taking over the (?:\w+ )?chairmanship",
                 r"took over the (?:\w+ )?chairmanship")
# Catching fish is no arrest: "menangkap ikan", "kuota penangkapan", "alat penangkapan ikan".
NOT_ARRESTED = r"(?!\s+(?:ikan|udang|lobster|benih|kepiting|cumi|tuna|hiu|paus)\b)"
CATCH_OF = "".join(f"(?<!{word} penangkapan)" for word in ("kuota", "izin", "alat", "kapal", "zona", "wilayah", "hasil"))
OUTBREAK_RESPONSE = ("status ", "tanggap ", "penanganan ", "penanggulangan ", "pencegahan ", "antisipasi ",
                     "to the ", "(")
INCIDENT = _cues(f"ditangkap{NOT_ARRESTED}", f"menangkap{NOT_ARRESTED}", f"penangkapan{CATCH_OF}{NOT_ARRESTED}",
                 "menggagalkan", "digagalkan",
                 "disita", "menyita", "serangan", "menyerang", "ledakan", "meledak", "bom",
                 "gempa", "banjir", "longsor", "kebakaran", "tewas", "meninggal",
                 "kecelakaan", "penyelundupan", "arrested", "arrests?", "detained", "seized",
                 "attack(?:ed|s)?", "explosion", "bomb(?:ing)?", "earthquake", "flood(?:s|ing)?",
                 "killed", "smuggling", "raid(?:ed)?", "menindak", "penindakan", "razia",
                 "vonis", "divonis", "sentenced", "merendam", "mengungsi", "charged with",
                 # Police uncovering a network or a case, and people or goods they secure.
                 r"membongkar\s+(?:\w+\s+){0,2}?(?:jaringan|sindikat|kasus|praktik|peredaran)",
                 r"mengungkap\s+(?:\w+\s+){0,2}?(?:jaringan|sindikat|kasus|praktik|peredaran)",
                 r"diungkap\s+(?:polisi|polda|polres|polsek|polresta|bareskrim|aparat|petugas)",
                 "diamankan", "busted",
                 "merusak", "quakes?", "aftershocks?", "evacuated",
                 # A volcano's eruption and what it sends down are happenings like a quake.
                 "erupsi", "meletus", "letusan", "hujan abu", "awan panas", "lahar", "tsunami",
                 "erupt(?:ed|s|ions?)?", "ashfall",
                 # A ship lost and a land on fire, and the haze it sends.
                 "tenggelam", "karam", "kandas", "terbalik", "sank", "sunk", "capsized",
                 # ... a craft struck by the sea or a storm ("dihantam gelombang setinggi tiga
                 # meter"), a wreck, and people swept away or drowned.
                 *(rf"{verb}\s+(?:gelombang|ombak|badai|angin)" for verb in ("dihantam", "diterjang", "dihempas")),
                 "shipwreck", "sinking",
                 *(rf"{verb}\s+by\s+(?:high\s+|huge\s+|strong\s+)?(?:waves?|a\s+storm|storms)"
                   for verb in ("hit", "struck", "battered", "swamped")),
                 "hanyut", "terseret arus", "drowned", "swept away",
                 # ... and an accident in English ("a similar accident ... left three fishermen
                 # dead"); "by accident" is how something happened, not one.
                 "accident(?<!by accident)", "accidents", "collided", "collision", "ran aground",
                 # Land and wind that move and bury: "Landslide victory" is an election.
                 r"landslides?(?!\s+(?:victory|win|defeat|majority))", "mudslides?", "tanah bergerak",
                 "pergerakan tanah", "tertimbun", "puting beliung", "banjir rob", "tornado", "typhoon", "cyclone",
                 "ambruk", "roboh", "collapsed", "terbakar", "blaze",
                 # ... and what they bury, rivers that burst, fire that breaks out, craft that
                 # ram: "material menimbun badan jalan", "sungai meluap", "dilalap api".
                 "menimbun", "meluap", "luapan", "dilalap api", "kobaran api", r"api\s+(?:muncul|berkobar|menyambar)",
                 r"membakar\s+(?:ban|rumah|kantor|mobil|kendaraan|gedung|pos|lahan|hutan)", "menabrak", "ditabrak",
                 "rammed", "water cannon", "insiden",
                 # People moved out of harm's way, in both languages.
                 "mengevakuasi", "dievakuasi", "evacuating", "evacuation",
                 # An outbreak reported; declaring its status ("menetapkan status kejadian luar
                 # biasa (KLB)") or the response to it ("imunisasi tanggap KLB", "penanganan
                 # wabah") is a decision or a programme, not the outbreak.
                 *(word + "".join(f"(?<!{re.escape(before + word)})" for before in OUTBREAK_RESPONSE)
                   + r"(?!\s+(?:response|preparedness))"
                   for word in ("wabah", "outbreak", "kejadian luar biasa", "KLB")), "outbreaks",
                 "karhutla", "kabut asap", "haze", "wildfires?", "forest fires?",
                 # People taking to the streets.
                 "berunjuk rasa", "unjuk rasa", "demonstrasi", "protested", "protesters",
                 "demonstrators",
                 # A craft that falls or crashes somewhere ("jatuh di areal persawahan"); a day
                 # that falls on a date ("jatuh pada 5 Juni") or a price that falls does not.
                 rf"jatuh\s+{FELL_WHERE}", rf"terjatuh\s+{FELL_WHERE}",
                 "crash(?:ed|es)?", "crash-landed",
                 # Violence on the street, and the wounds it leaves.
                 "kekerasan", "penganiayaan", "menganiaya", "dianiaya", "pembacokan", "dibacok",
                 "sabetan", "klitih", "tawuran", "stabbed", "stabbing", "assaulted",
                 # A breakdown that stops a service, and a case of disease confirmed.
                 "power failure", "blackout", "outage", "derailed", "anjlok",
                 "tested positive", "dinyatakan positif", "terkonfirmasi positif",
                 # Poisoning, named or told by its symptoms after a meal.
                 "keracunan", "poisoning", "poisoned",
                 r"mual\s+dan\s+muntah(?:-muntah)?\s+(?:setelah|usai|seusai|sehabis)",
                 r"muntah(?:-muntah)?\s+(?:setelah|usai|seusai|sehabis)", r"vomit(?:ed|ing)\s+after",
                 r"fell\s+ill\s+after",
                 # A clash or a riot, and an arrest caught in the act (the KPK's OTT).
                 "bentrokan", "bentrok", "kericuhan", "ricuh", "clashed", r"clashes\s+(?:broke\s+out|erupted)",
                 "operasi tangkap tangan", "tangkap tangan",
                 # ... but not as the time of something else ("Sebelum OTT, penyidik ...").
                 "OTT" + "".join(f"(?<!{word} OTT)" for word in ("sebelum", "setelah", "usai", "pasca", "sejak", "jelang")))
# Words of what harm left (damaged houses, victims, suspects): an incident when told of,
# but what a plan is about when the sentence looks ahead ("Pendataan rumah rusak
# ditargetkan rampung Selasa", "Korban akan dimakamkan besok").
HARMED = _cues("rusak", "korban", "tersangka", "terendam", "damaged", "injured", "terluka", "luka-luka",
               "wounded")
# Visiting the scene or the people harmed: what is visited is what the visit is about
# ("meninjau lokasi longsor", "mengunjungi keluarga korban", "toured the flooded area").
VISITED = _cues("meninjau", "mengunjungi", "menjenguk", "menyambangi", "menengok", "melayat", "takziah",
                "visited", "toured", "inspected")
# A court's session is where a ruling or a charge is read, not a meeting of parties
# ("Putusan dibacakan dalam sidang terbuka", "didakwa ... dalam sidang di Pengadilan").
COURT = _cues("putusan", "vonis", "divonis", "terdakwa", "didakwa", "dakwaan", "tuntutan", "majelis hakim",
              "pengadilan", "verdict", "defendant")
# What is allotted for a year ("kuota Pertalite tahun ini", "anggaran 2025", "lahan yang
# disiapkan untuk tahun ini"): in the year the article is in, it holds while the year runs
# ("tahun anggaran 2025" only names the fiscal year).
ALLOTTED = _cues("kuota", "anggaran(?<!tahun anggaran)", "alokasi", "efisiensi", "disiapkan", "menugaskan", "ditugaskan", "quotas?",
                 "budgets?", "allocations?", "allocated")
# A status declared for a disaster ("menetapkan status tanggap darurat bencana asap akibat
# karhutla", "declared a state of emergency over the floods"): the declaration, not the disaster.
STATUS = _cues("status tanggap darurat", "status darurat", "status siaga darurat", "status keadaan darurat",
               "masa tanggap darurat", "state of emergency", "state of disaster", "state of calamity")
AGREEMENT = _cues("menyepakati", "sepakat", "bersepakat", "kesepakatan", "disepakati",
                  "menandatangani", "ditandatangani", "penandatanganan", "nota kesepahaman",
                  "MoU", "pernyataan bersama", "deklarasi", "mengadopsi", "mengesahkan",
                  "agreed?", "agreement", "signed", "signing", "joint statement", "declaration",
                  "adopted", "memorandum of understanding")
PLAN = _cues("rencana aksi", "rencana kerja(?: ?sama)?", "plan of action", "work plan",
             "roadmap", "road map", "peta jalan", "cetak biru", "blueprint", "program kerja", "action plan")
# Words that end the name of a body (not a cue of any kind): looked up with the cues so that
# a sentence without one is known at no cost ("Indonesia Corruption Watch").
BODY_NAME_WORDS = _cues(*BODY_NAME_ENDINGS)
# ... and the Indonesian words that open an association's name ("Himpunan ... Indonesia").
ASSOCIATION_WORDS = _cues(*ASSOCIATION_HEADS)
# ... and those of a unit named before the body it belongs to ("Fakultas Hukum Universitas ...").
UNIT_WORDS = _cues(*(head.strip().lower() for head in UNIT_HEADS + NAMED_AFTER_HEADS))
# ... and so are the words of an office before a name and of a currency after a country.
OFFICE_NAME_WORDS = _cues(*OFFICE_NAMES_EN, *OFFICE_NAMES_ID)
CURRENCY_WORDS = _cues("dolar", "dollars?")
# A programme is a plan, but only when nothing more specific is said: the last resort.
PROGRAMME = _cues("program", "programs?", "programmes?")
HISTORY = _cues("pertama kali", "didirikan", "dibentuk", "first (?:held|met|convened)",
                "was founded", "was established", "established in", "founded in")
STATEMENT = _cues("mengatakan", "menjelaskan", "menyatakan", "menegaskan", "mengungkapkan",
                  "menyebutkan", "menyebut", "menambahkan", "menuturkan", "memaparkan", "kata", "ujar",
                  "menilai", "memperkirakan", "berpendapat", "mengaku", "menduga", "mengeluhkan", "complained",
                  "ucap", "tutur", "jelas", "imbuh", "tegas", "menurut", "keterangan",
                  "katanya", "ujarnya", "tuturnya", "jelasnya", "imbuhnya", "tegasnya",
                  "lanjutnya", "tambahnya", "ungkapnya", "terangnya", "paparnya", "sebutnya", "tandasnya",
                  "pungkasnya", "ucapnya", "lanjut dia", "tambah dia",
                  "said", "says", "told", "stated", "explained", "according to", "announced", "argues", "argued",
                  "added", "noted", "warned", "stressed")
MEETING = _cues("pertemuan", "konsultasi", "rapat", "sidang", "KTT", "konferensi", "forum",
                # "menggelar enam OTT": arrests, not a gathering
                "diskusi", "dialog", "bertemu", r"menggelar(?!\s+(?:\w+\s+)?OTT\b)", "digelar", "latihan bersama",
                "kunjungan", "meetings?", "summit", "talks", "consultation", "conference", "met",
                "dialogue", "visit(?:ed)?", "exercise", "tuan rumah", "host(?:ed|s)?")
# Urging someone to do or stop something: what follows is what was urged, not what
# happened ("urged the junta to halt attacks", "mengimbau warga mewaspadai banjir").
URGE = _cues("urged?", "urging", "called on", "calls on", "called for", "calls for",
             "mendesak", "menyerukan", "mengimbau", "imbauan",
             # A request is said ("meminta petugas mendahulukan lansia"); asking witnesses
             # for a statement is questioning them.
             r"meminta(?!\s+keterangan)", "asked")
URGE_ANCHORS = ANCHORS[id(URGE)]
# A reaction to something is said: welcoming, regretting, denying, condemning it
# ("menyambut baik putusan tersebut", "membantah pihaknya menerbitkan izin", "condemned
# the attack"): what it reacts to is not the happening.
REACTION = _cues("menyambut baik", "mengapresiasi", "menyayangkan", "menyesalkan", "membantah", "menampik",
                 "mengecam", "mengutuk", "welcomed", "welcomes", "regretted", "denied", "denies", "rejected the",
                 "condemned", "condemns", "praised")
# Swearing someone into an office hands it over; "seusai pelantikan" is the time of something else.
INSTALLED = _cues("melantik", "dilantik", "sworn in", "swore in", "inaugurated",
                  "pelantikan" + "".join(f"(?<!{word} pelantikan)" for word in
                                         ("usai", "seusai", "setelah", "sebelum", "jelang", "menjelang", "pasca")))
# A possibility someone sees is their view, not a plan anyone has made.
HEDGE = _cues("kemungkinan", "mungkin", "bisa jadi", "berpeluang", "likely", "unlikely", "might",
              "could", "possibly", "probably")
# A view of what will happen is the speaker's, not a plan: "X menilai harga akan terus
# turun hingga akhir 2024", "X believes the coalition will hold".
OPINION = _cues("menilai", "berpendapat", "menduga", "meyakini", "memperkirakan", "memprediksi",
                "believes?", "believed", "predicted", "predicts?", "reckons?")
# Going on with something is a stance, not a happening a timeline can place.
CONTINUING = _cues("akan terus", "akan tetap", "would keep", "will keep", "would continue",
                   "will continue", "would remain", "will remain")
# Saying that something will not happen ("belum akan dibuka", "will not attend") plans
# nothing: when someone says it, it is a statement, whatever date it reaches to.
NEGATED_PLAN = _cues("tidak akan", "tak akan", "belum akan", "will not", "won't", "would not",
                     "wouldn't")
# A press conference is where something is said, not a meeting of parties.
PRESS = _cues("konferensi pers", "jumpa pers", "keterangan pers", "press conference", "press briefing",
              "news conference")
# A body recording a count of cases ("Dinkes mencatat 842 kasus DBD ..., dengan sembilan
# pasien meninggal", "Basarnas mencatat sepanjang tahun lalu terdapat 187 kecelakaan"): a
# figure, not one of the incidents it counts. A count of quakes ("BMKG mencatat 27 kali
# gempa") stays an incident, as the corpus reads it.
COUNT_OF_CASES = r"(?=\s+(?:[\w-]+\s+){0,6}?\d[\d.,]*\s+(?:kasus|kejadian|peristiwa|kecelakaan|cases|incidents|accidents)\b)"
RECORDED = _cues("mencatat" + COUNT_OF_CASES, "tercatat" + COUNT_OF_CASES, "recorded" + COUNT_OF_CASES)
ATTRIBUTION = re.compile(r"(?:according to|menurut)\s[^,.;]*", re.IGNORECASE)


# The cue anchors, looked for in the same pass over a sentence as other steps' words.
ANCHOR_LIST = word_list(set().union(*ANCHORS.values()))


def _anchors_at(text: str) -> tuple[tuple[int, str], ...]:
    """(where it ends, anchor) for each cue anchor in the lower-case text, as an automaton
    gives them: found once a sentence, both for which anchors are present (`anchors_in`) and
    for where a cue pattern is tried (`cue_matches`, which works out where they start)."""
    return found_words(text)[ANCHOR_LIST]


@lru_cache(maxsize=64)
def anchors_in(text: str) -> frozenset[str]:
    """The cue anchors present in the text, for `has_cue` (a sentence is asked about
    three times: whether it looks ahead, its modality and its kind)."""
    return frozenset(map(itemgetter(1), _anchors_at(text)))


def has_cue(pattern: re.Pattern, text: str, present: frozenset[str] | None = None) -> bool:
    """`pattern.search(text)`, skipped when none of its anchors is present."""
    if pattern is PLANNED:
        return _planned(text)  # asked twice of most sentences: whether it looks ahead, its modality
    if present is None:
        present = anchors_in(text)
    return not ANCHORS[id(pattern)].isdisjoint(present) and pattern.search(text) is not None


@lru_cache(maxsize=64)
def _planned(text: str) -> bool:
    return not ANCHORS[id(PLANNED)].isdisjoint(anchors_in(text)) \
        and next(cue_matches(PLANNED, text), None) is not None


def cue_matches(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """What `pattern.finditer(text)` finds for a cue pattern, tried only where one of its
    anchors starts, as every match of it does: the pattern ignores case and opens with a
    look-behind, so a scan tries its whole alternation at every word ("akan" also ends
    many words: "diadakan", "menggunakan"), and INCIDENT's and PLANNED's scans were hot spots."""
    if not lowered_in_place(text, text.lower()):
        yield from pattern.finditer(text)  # positions of the lower case are not the text's
        return
    anchors = ANCHORS[id(pattern)]
    end = 0
    for start in sorted({last - len(anchor) + 1 for last, anchor in _anchors_at(text) if anchor in anchors}):
        match = pattern.match(text, start) if start >= end else None
        if match:
            yield match
            end = match.end()


ENDED = re.compile(r"(?<!\w)(?:rampung|selesai|berakhir|ditutup|concluded|ended|completed|finished)(?!\w)")
# Where the part of a year named by `awal`/`pertengahan`/`akhir` begins, to tell whether
# it is still ahead of the article ("pertengahan 2024" in a May 2024 article is).
PART_OF_YEAR = {"early": "01-01", "mid": "06-01", "late": "10-01"}


def _weekend_ahead(week: FactDate, reference: str) -> bool:
    """Whether the Friday of a week is after the article's day."""
    return (dt.date.fromisoformat(week.end) - dt.timedelta(days=2)).isoformat() > reference


def modality_of(text: str, date: FactDate | None, reference: str | None) -> str:
    """Planned when the words or a date after the article say so; ongoing for `sejak`."""
    present = anchors_in(text)
    if (has_cue(PLANNED, text, present) and not _reported_ahead(text, date, reference)) \
            or (date and reference and date.start > reference):
        return "planned"
    if (date and reference and date.precision == "year" and date.qualifier in PART_OF_YEAR
            and f"{date.start[:4]}-{PART_OF_YEAR[date.qualifier]}" > reference):
        return "planned"
    if date and reference and date.qualifier == "late" and date.precision == "day" \
            and (date.text or "").lower().startswith("akhir") and _weekend_ahead(date, reference):
        return "planned"  # "akhir pekan ini" told on a Tuesday: its end is still to come
    if (date and reference and date.precision == "year" and not date.qualifier
            and date.start[:4] == date.end[:4] == reference[:4] and has_cue(ALLOTTED, text, present)):
        return "ongoing"  # "kuota Pertalite tahun ini sebesar 29,5 juta kiloliter"
    # A span written out to its end, which came before the article ("sejak Juli 2016 dan
    # rampung pada 23 September 2025"), is over, whatever "sejak" opened it.
    closed = bool(date and reference and date.basis == "explicit" and "/" in date.value
                  and date.end < reference and not date.qualifier and ENDED.search(date.text or ""))
    if not closed and (_ongoing(text, present) or (date and date.qualifier and date.qualifier.startswith("since"))):
        return "ongoing"
    if (date and reference and date.precision == "day" and date.start <= reference <= date.end
            and (date.text or "").lower() in THIS_WEEK and BEING_THERE.search(text)):
        return "ongoing"  # "X is in Washington this week for further talks"
    # A span of years that began before the article and ends after it (a 2021-2025 plan
    # in 2023), and a span of days written out that began before the article's day
    # ("berlangsung 2-16 Mei" on 3 May) or runs from it ("mulai hari ini hingga Jumat
    # (15/8)") and ends after it; a month or week around the article date is just when it
    # happened, and so is a span of days that opens on the article's day by its date
    # ("pada 19-23 Agustus").
    if (date and reference and date.precision == "year" and date.start[:4] != date.end[:4]
            and date.start < reference < date.end):
        return "ongoing"
    if date and reference and date.precision == "day" and date.start <= reference < date.end:
        written = (date.text or "").lower()
        # ... written out with its days' numbers, or with its ends joined ("opened on Tuesday
        # and run until Friday"), not a week named by its distance ("pekan ini").
        if (any(c.isdigit() for c in written) or SPAN_ENDS.search(written)) \
                and (date.start < reference or written.startswith(FROM_NOW)):
            return "ongoing"
    if ("tiap" in text or "very" in text or "daily" in text or "hourly" in text) and HABIT.search(text):
        return "ongoing"  # "memantau sebaran abu setiap tiga jam": done again and again, now
    # ... and so is a span of months written out that the article falls inside.
    if (date and reference and date.precision == "month" and "/" in date.value
            and date.start < reference < date.end and any(c.isdigit() for c in date.text or "")):
        return "ongoing"
    return "occurred"


# Something done at every interval of time: "setiap tiga jam", "tiap malam", "every six hours", "daily".
HABIT = re.compile(r"(?<!\w)(?:(?:setiap|tiap)\s+(?:\w+\s+)?(?:jam|hari|malam|pagi|siang|sore|pekan|minggu|bulan)"
                   r"|every\s+(?:\w+\s+)?(?:hours?|days?|nights?|mornings?|weeks?|months?)|daily|hourly)(?!\w)",
                   re.IGNORECASE)
REPORTED_WOULD = re.compile(r"(?<!\w)that\s[^.;]*?(?<!\w)would(?!\w)", re.IGNORECASE)


def _reported_ahead(text: str, date: FactDate | None, reference: str | None) -> bool:
    """Whether the only look ahead is a `would` reported in a that-clause of a deed dated
    to a day before the article ("Washington on Monday notified Jakarta that a tariff
    would apply"): the deed was done; what it told of is no plan of the fact's."""
    if not (date and reference and date.basis == "explicit" and date.precision == "day"
            and date.end < reference and "would" in text):
        return False
    cues = [cue.group().lower() for cue in PLANNED.finditer(text)]
    return all(cue == "would" for cue in cues) and REPORTED_WOULD.search(text) is not None


FROM_NOW = ("hari ini", "today", "sekarang", "now")
THIS_WEEK = ("this week",)  # with "is in", which Indonesian does not write
BEING_THERE = re.compile(r"(?<!\w)(?:is|are)\s+(?:now\s+)?(?:in|at|visiting|attending|hosting|holding|meeting)(?!\w)")
SPAN_ENDS = re.compile(r"(?<!\w)(?:hingga|sampai|until|through|to)(?!\w)")


# "For the first time since 2021", "terendah sejak 2020": a comparison, not a state that
# goes on since then.
COMPARED_SINCE = re.compile(
    r"(?:first time|pertama(?: kali)?|(?:low|high|weak|strong|bigg|larg|small|fast|slow)est|worst|best"
    r"|ter(?:endah|tinggi|besar|kecil|buruk|lemah|kuat|banyak|parah|cepat|lambat))"
    r"(?:\s+(?:level|rate|pace|angka|level|posisi))?\s+$", re.IGNORECASE)
# ... its words looked for in the lower case: a scan that ignores case is slower.
COMPARED_SINCE_LOWER = re.compile(COMPARED_SINCE.pattern)


def compared_before(text: str, at: int) -> bool:
    """`COMPARED_SINCE.search(text, max(0, at - 30), at)`: a comparison ending right before
    `at`, searched in the lower case of those characters where its positions are theirs."""
    before = text[max(0, at - 30):at]
    lower = before.lower()
    if not lowered_in_place(before, lower):
        return COMPARED_SINCE.search(before) is not None
    return COMPARED_SINCE_LOWER.search(lower) is not None


# "the most significant rollback of decentralization since 1998": farther back, so looked
# for only where "most" is.
COMPARED_MOST = re.compile(r"\bmost\s+[\w-]+(?:\s+(?:of\s+)?[\w-]+){0,3}\s+$", re.IGNORECASE)


# A clause that gives the reason or the manner after the main one ("dihentikan karena tanah
# masih labil", "..., as it has been since 2021"): a state it names is not the fact's.
REASON_CLAUSE = re.compile(r"(?<!\w)(?:karena|sebab|lantaran|because)\s|,\s+as\s", re.IGNORECASE)
REASON_WORDS = ("arena", "ebab", "antaran", "ecause", ", as ")  # one of which every reason clause holds


def _ongoing(text: str, present: frozenset[str]) -> bool:
    if ANCHORS[id(ONGOING)].isdisjoint(present):
        return False
    reason = REASON_CLAUSE.search(text) if any(word in text for word in REASON_WORDS) else None
    if reason:
        text = text[:reason.start()]
    for cue in cue_matches(ONGOING, text):
        # "Pemprov Jawa Tengah menyusun ...": the region, not "in the middle of".
        region = cue.group().startswith("Tengah") and cue.start() > 0
        if not region and (cue.group().lower() not in ("since", "sejak")
                or not (compared_before(text, cue.start())
                        or "most " in text[max(0, cue.start() - 60):cue.start()]
                        and COMPARED_MOST.search(text, max(0, cue.start() - 60), cue.start()))):
            return True
    return False


def _dated_before(date: FactDate | None, reference: str | None) -> bool:
    """Dated in a year before the article's, and not in its last weeks: last December's
    figures in a January article are this month's news, not history."""
    return bool(date and date.basis == "explicit" and reference and date.end[:4] < reference[:4]
                and (date.precision == "year" or not _recent(date.end, reference)))


def _recent(end: str, reference: str) -> bool:
    """Whether a day is within the RECENT_DAYS before the article's."""
    return (dt.date.fromisoformat(reference) - dt.date.fromisoformat(end)).days <= RECENT_DAYS


RECENT_DAYS = 45


def _dated_ahead(date: FactDate | None, reference: str | None) -> bool:
    return bool(date and date.basis == "explicit" and reference and date.end > reference)


TALLY = re.compile(r"\d[\d.,]*\s+(?:kasus|kejadian|peristiwa|gugatan|perkara|laporan|cases|incidents|lawsuits|"
                   r"suits|reports)\s+$", re.IGNORECASE)
# ... and a count of them someone recorded ("KPK mencatat telah menggelar enam OTT").
COUNTED = re.compile(r"(?<!\w)(?:mencatat|tercatat|recorded)\b", re.IGNORECASE)
COUNT_BEFORE = re.compile(r"(?<![\w.,])(?:\d[\d.,]*|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|"
                          r"puluhan|ratusan|belasan|two|three|four|five|six|seven|eight|nine|ten|dozens)\s+$",
                          re.IGNORECASE)


def _incident_at(text: str, modality: str, present: frozenset[str], date: FactDate | None) -> int | None:
    """Where the first word of an incident is, if any: what harm left counts only in a
    sentence that does not look ahead, and a word of harm that is denied ("belum
    menetapkan tersangka", "tanpa korban jiwa", "no one was injured") is none; nor is a
    count of incidents someone recorded over months ("mencatat enam OTT sepanjang
    semester I")."""
    # The cue's anchors, not `has_cue`: `_first_not_denied` searches for the cue itself.
    found = [_first_not_denied(INCIDENT, text) if not ANCHORS[id(INCIDENT)].isdisjoint(present) else None]
    ahead = next(cue_matches(PLANNED, text), None) if modality == "planned" and found[0] is not None else None
    if ahead and ahead.start() < found[0]:
        found = []  # "dijadwalkan meninjau lokasi longsor": what the plan is about
    elif found[0] is not None and (TALLY.search(text, max(0, found[0] - 30), found[0])
                                   or date is not None and date.basis == "explicit"
                                   and date.precision in ("month", "year")
                                   and COUNT_BEFORE.search(text, max(0, found[0] - 12), found[0])
                                   and COUNTED.search(text, 0, found[0])):
        found = []  # "Polda DIY mencatat 23 kasus klitih": a count of cases, not one of them
    if modality != "planned" and not ANCHORS[id(HARMED)].isdisjoint(present):
        found.append(_first_not_denied(HARMED, text))
    starts = [start for start in found if start is not None]
    for frame in (VISITED, STATUS) if starts else ():
        if not ANCHORS[id(frame)].isdisjoint(present):
            framed = frame.search(text)
            if framed and framed.start() < min(starts):
                return None  # "Bupati meninjau lokasi longsor": the visit, not the landslide
    return min(starts) if starts else None



# What a search looks for ("pencarian tujuh penumpang KM ... yang tenggelam"): the search
# is the fact, not the sinking.
SEARCHED = re.compile(r"(?<!\w)(?:pencarian|mencari|menyisir|search(?:ing|ed)?\s+for|the\s+search\s+for)\s"
                      r"[^.;]{0,80}?(?<!\w)(?:yang|who|which|that)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _searched_for(text: str, incident: int) -> bool:
    if not ("cari" in text or "earch" in text or "menyisir" in text):
        return False
    return SEARCHED.search(text, max(0, incident - 120), incident) is not None


# A denial a few words before the cue, with no clause break between ("not only" is none).
DENIED = re.compile(r"(?<!\w)(?:belum|tidak|tak|tanpa|bukan|no|not|without|never)"
                    r"(?!\s+(?:hanya|cuma|only|just|merely)\b)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


# What a case, a ruling or a question is about ("gugatan ... terkait kebakaran hutan",
# "memeriksa saksi soal penganiayaan"): the topic, not a happening the sentence tells.
ABOUT = re.compile(r"(?<!\w)(?:terkait|tentang|soal|mengenai|perihal|concerning|regarding)\s+(?:[\w-]+\s+){0,4}\(?$",
                   re.IGNORECASE)


ABOUT_WORDS = ("terkait", "tentang", "soal", "mengenai", "perihal", "oncerning", "egarding")


def _first_not_denied(pattern: re.Pattern, text: str) -> int | None:
    about = any(word in text for word in ABOUT_WORDS)
    for match in cue_matches(pattern, text):
        if not DENIED.search(text, max(0, match.start() - 30), match.start()) \
                and not (about and ABOUT.search(text, max(0, match.start() - 50), match.start())):
            return match.start()
    return None


def _opinion_ahead(text: str, present: frozenset[str], dated_ahead: bool) -> bool:
    """Whether a verb of opinion frames what looks ahead: it comes before the cue, or the
    sentence has no cue and is dated ahead ("memperkirakan puncak kasus terjadi pada Maret
    hingga April" in February: a forecast, not a plan)."""
    if not has_cue(OPINION, text, present):
        return False
    ahead = next(cue_matches(PLANNED, text), None)
    if ahead is None:
        return dated_ahead
    return OPINION.search(text).start() < ahead.start()


# A clause that tells what happens at the place or meeting the sentence names ("will meet
# in October, where the Philippines will hand over the chairmanship"): the meeting is the fact.
WHERE_CLAUSE = re.compile(r",\s+(?:where|di mana|dimana)\s", re.IGNORECASE)


def _described_where(text: str, cue: int) -> bool:
    where = WHERE_CLAUSE.search(text, 0, cue)
    return where is not None and where.start() > 0


SESSION_WORDS = frozenset({"sidang", "digelar", "menggelar"})


def _court_session(text: str, present: frozenset[str]) -> bool:
    """Whether the only words of a meeting are a court's session and how it was held."""
    return has_cue(COURT, text, present) and all(
        match.group().lower() in SESSION_WORDS for match in MEETING.finditer(text))


def _quoted(text: str, speech: str | None) -> str:
    """What a quotation says, without its attribution after the closing quote: "Kami akan
    pelajari dulu," kata X usai sidang" tells of no meeting."""
    if speech != "trailing":
        return text
    close = max(text.rfind(mark) for mark in CLOSING_QUOTES)
    return text[:close] if close > 0 else text


def kind_of(text: str, modality: str, date: FactDate | None, reference: str | None,
            speech: str | None) -> str:
    """The kind, in this order:
    - statement when the sentence opens with someone speaking (`X mengatakan ...`,
      `speech == "leading"`): what follows is what they said, not the happening itself;
      a quotation (`speech == "quote"`) of an intention with no date is one too ("We will
      not stop," she said): it is not a plan a timeline can place;
    - statement when someone says what will not be done (`belum akan dibuka`), or gives
      their view of what will be (`menilai ... akan`, `believes ... will`), dated or not;
    - statement when someone says what will be done with no date ahead of the article
      and no happening to place (`X said the police would set up posts`, `akan terus`);
    - handover and incident: their verbs are specific and outrank the rest, unless the
      incident is what someone urged (`urged the junta to halt attacks`); what harm left
      (`rumah rusak`, `korban`) is no incident in a sentence that looks ahead;
    - statement when someone urges (`urged the junta to extend a ceasefire`, `mengimbau`),
      and when a speaker sees a possibility ahead (`menilai BI kemungkinan akan ...`);
    - planned things are plans, even when agreed (`menyepakati ... akan berlangsung`);
    - agreement before history and statement: an agreement is often also said;
    - history for what ended before the article's year, or was a first or a founding;
    - statement when someone speaks, before meeting: a speaker describing a meeting is
      making a statement; so is what is said at a press conference;
    - meeting, then other.
    An attribution (`according to a joint statement`) names a source, not the happening,
    so its words are not cues."""
    said = text
    present = anchors_in(text)  # anchors of the text before the attribution is cut: more, never fewer
    if "menurut" in present or "according to" in present:
        text = ATTRIBUTION.sub("", text)
    if speech == "quote" and modality == "planned" and not (date and date.basis == "explicit"):
        return "statement"
    if speech in ("leading", "quote") and modality != "planned":
        return "statement"
    if speech == "trailing" and modality == "occurred" and not (date and date.basis == "explicit"):
        return "statement"  # "The epicentre was ..., X told reporters": only the saying is dated
    if speech and modality == "planned" and has_cue(NEGATED_PLAN, text, present):
        return "statement"  # "Jalur itu belum akan dibuka hingga akhir tahun, kata X"
    if speech and modality == "planned" and _opinion_ahead(text, present, _dated_ahead(date, reference)):
        return "statement"  # "X menilai harga akan terus menekan ekspor hingga akhir 2024"
    if (speech and modality == "planned" and not _dated_ahead(date, reference)
            and (has_cue(CONTINUING, text, present) or not has_cue(MEETING, _quoted(text, speech), present))):
        return "statement"  # "He said the police would set up posts": said, with no date
    if has_cue(HANDOVER, text, present) and not _described_where(text, HANDOVER.search(text).start()):
        return "handover"
    incident = _incident_at(text, modality, present, date)
    if incident is not None and (has_cue(RECORDED, text, present) or _searched_for(text, incident)):
        incident = None
    if incident is not None:
        urged = URGE.search(text) if has_cue(URGE, text, present) else None
        if urged is None and has_cue(REACTION, text, present):
            urged = REACTION.search(text)  # "Indonesia condemned the attack": the condemnation
        if urged is None or incident < urged.start():
            return "incident"
        return "statement"
    if not URGE_ANCHORS.isdisjoint(present) and URGE.search(text):
        return "statement"  # "urged the junta to extend a ceasefire": what was urged is not done
    if has_cue(REACTION, text, present):
        return "statement"  # "menyambut baik putusan tersebut"
    if speech and modality == "planned" and has_cue(HEDGE, text, present):
        return "statement"  # "X menilai BI kemungkinan baru akan memangkas ...": a view
    if modality == "planned":
        return "plan"
    if has_cue(AGREEMENT, text, present):
        return "agreement"
    if _dated_before(date, reference):
        return "history"
    if has_cue(HISTORY, text, present):
        return "history"
    if has_cue(INSTALLED, text, present):
        return "handover"  # "Presiden melantik tiga menteri baru"
    if speech and has_cue(STATEMENT, said, present):
        return "statement"
    if has_cue(PRESS, text, present):
        return "statement"  # "announced the conclusion at a joint press conference"
    if has_cue(MEETING, text, present) and not _court_session(text, present):
        return "meeting"
    if has_cue(PLAN, text, present) or has_cue(PROGRAMME, text, present):
        return "plan"
    return "other"
