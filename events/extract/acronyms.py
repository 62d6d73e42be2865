"""Acronyms the gazetteer does not know and the article never spells out, read from where
they stand: local news names bodies by acronym alone ("DPRA menggelar rapat", "KSOP
menghentikan pelayaran", "..., KPI said") and suspects by their initials ("pria berinisial
DKR"). Pure: text in, names out; what was learnt goes into the article's memory."""

from __future__ import annotations

import re

from .gazetteer import TITLE_WORDS
from .names import ArticleMemory, opens_clause

# (its look-behind checked after the first capital, one character back: a pattern that opens
# with a look-behind is tried at every position, one that opens with a capital only at capitals)
ACRONYM = re.compile(r"[A-Z](?<![\w&/.-].)(?:[A-Z]|[0-9](?=[A-Z]))[A-Z0-9]{1,5}(?![\w&/-])")
# Capitals that name a thing, a programme, a measure or a document, not a party: they can
# open a sentence as its subject ("APBD mencapai Rp2 triliun", "BBM naik").
NOT_PARTIES = frozenset("""
APBD APBN APBA APBDES RAPBD RAPBN BBM BBG LPG LNG CNG CPO TBS WIB WITA WIT GMT UTC PHK UMKM UMK UMR UMP
COVID HIV AIDS DBD TBC ISPA ODGJ OTT KTP NIK SIM STNK BPKB PNS ASN PPPK CPNS TKI TKA WNA WNI DPO BAP
SPDP LHKPN LHP WTP RDP RDPU RKA DIPA PAD DAU DAK DBH SILPA SDM SDA IPM KDRT MBG PLTU PLTS PLTA PLTD PLTP
PLTSA TPA TPS TPST IGD ICU NICU PICU USD IDR NKRI UU PERPU PERPRES PERDA SK SE PKWT KKN SD SMP SMA SMK SLB
PAUD MTS PTN PTS OPD SKPD ATM QRIS CCTV GPS EV CEO CFO COO CTO MOU MOA FTA EEZ ZEE GDP PDB PPN PPH NJOP
BPHTB KUR BLT BST PKH KIP KIS JKN RTH RTRW RDTR AMDAL UKL UPL IUP IUPK IPPKH HGU HGB SHM KPR DP BI
PSN KEK KSPN SPBU SPBE SPPBE GWH MW KW KWH TEU TEUS DWT GT LOA ETA ETD NPL CAR ROA ROE IPO EBITDA
PM2 PM10 CO2 SO2 NO2 DNA RNA PCR MRI USG ASI MPASI BB TB HB GBHN KTT DOC COC ADIZ FIR KM KMP KRI MV MT
TKP BB SP3 SPT PBB IMB PBG SLF KRL LRT MRT BRT TOD JPO PJU APILL VAR VAK HPAI PMK LSD ASF PSU PSL RDG SKB
SKT SPPD SPJ RAB HPS LPSE PBJ IKN PSBB PPKM OTG PDP ODP NIB NPWP SIUP TDP KA KN RR RIP NGO KIT
ANTARA TEMPO KOMPAS BERNAMA AFP REUTERS XINHUA KYODO CNN BBC CNA ABC SCMP VOA
""".split())
# Words after the acronym that make it the subject of a deed: a verb of Indonesian's
# active (me-, ber-) or passive (di-, ter-) forms, or an English verb of saying and doing,
# maybe after an auxiliary or an adverb.
DEED_AFTER = re.compile(
    r"\s+(?:(?:juga|telah|sudah|akan|masih|pun|tengah|sedang|segera|belum|tidak|kemudian|kembali|pernah|baru|"
    r"lalu|sempat|also|has|had|have|will|would|could|may|is|was|were|are|then|last\s+\w+|on\s+\w+day)\s+)*"
    r"(?:me[a-z]{3,}|ber[a-z]{3,}|ter[a-z]{3,}|di[a-z]{4,}|said|says|told|plans?|planned|announced|announces|"
    r"reported|recorded|issued|held|holds|opened|signed|approved|voted|agreed|warned|urged|asked|called|"
    r"launched|named|found|seized|arrested|expects?|estimated|began|decided|filed|sent|set|closed|banned|"
    r"stopped|suspended|rejected|ordered|wants?|wanted|started|received|released)\b")
# What may stand before a subject: nothing, a clause's punctuation, a conjunction.
SUBJECT_OPENERS = {"dan", "and", "the", "bahwa", "that", "while", "sementara", "namun", "but", "kini", "now"}
SUBJECT_MARKS = ",;:(\"“"
# ... and a party named as the doer after a passive verb or "oleh"/"by" ("disahkan DPRA").
AGENT_BEFORE = re.compile(r"(?:\boleh|\bby|\bdi[a-z]{3,}(?:kan|i))\s+$")
INITIALS_BEFORE = re.compile(r"(?i:\bberinisial|\binisial|\binitials?|\bidentified\s+only\s+as|\bdisingkat)\s+$")


def undefined_acronyms(text: str, taken: list[tuple[int, int]], memory: ArticleMemory) -> list[tuple]:
    """(start, end, name, type, None, written) for each acronym standing as a party: a
    suspect's initials ("berinisial DKR", a person), and a body's acronym as the subject of
    a deed or its doer after a passive verb (unknown). Each is learnt, so that the same
    capitals later in the article, wherever they stand, name the same party."""
    found = []
    for match in ACRONYM.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        if word.upper() in NOT_PARTIES or any(s < end and start < e for s, e in taken):
            continue
        before = text[max(0, start - 40):start]
        if INITIALS_BEFORE.search(before):
            kind = "person"
        elif opens_clause(text, start, SUBJECT_OPENERS, SUBJECT_MARKS) and DEED_AFTER.match(text, end) \
                or AGENT_BEFORE.search(before):
            kind = memory.kinds.get(word, "unknown")
        elif word.lower() not in TITLE_WORDS and _listed_with_known(text, start, end, taken):
            found.append((start, end, word, memory.kinds.get(word, "unknown"), None, word))
            continue  # one of a list, not taught: the list may be of things
        else:
            continue
        memory.acronyms.setdefault(word, word)
        memory.kinds.setdefault(word, kind)
        found.append((start, end, word, memory.kinds[word], None, word))
    if "nisial" in text or "nitial" in text:
        for match in TWO_INITIALS.finditer(text):  # "berinisial LS (44)": too short for ACRONYM
            spans, at = [match.span(1)], match.end()
            while (more := MORE_INITIALS.match(text, at)) is not None:  # "berinisial AS dan BT"
                spans.append(more.span(1))
                at = more.end()
            for start, end in spans:
                word = text[start:end]
                if not any(s < end and start < e for s, e in taken) and not any(f[0] == start for f in found):
                    memory.acronyms.setdefault(word, word)
                    memory.kinds.setdefault(word, "person")
                    found.append((start, end, word, "person", None, word))
    return found


# A suspect's initials of two letters, after the word that says so.
TWO_INITIALS = re.compile(r"(?i:\bberinisial|\binisial|\binitials?)\s+([A-Z]{2})(?![\w&/.-])")
MORE_INITIALS = re.compile(r"(?:\s*\(\d{1,2}\))?(?:,\s*|\s+(?:dan|and)\s+|,\s+(?:dan|and)\s+)([A-Z]{2,4})(?![\w&/.-])")


LISTED_BEFORE = re.compile(r"(?<![\w-])[A-Z]{2,}(?:,|\s+(?:dan|and|&))\s+$")
LISTED_AFTER = re.compile(r"(?:,|\s+(?:dan|and|&))\s+[A-Z]{2,}(?![\w-])")


def _listed_with_known(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """Whether the acronym stands in a list right beside a known party's acronym ("di UGM,
    UNY dan UII"): one of a kind with it."""
    before = LISTED_BEFORE.search(text, max(0, start - 30), start)
    if before and any(s <= before.start() < e for s, e in taken):
        return True
    after = LISTED_AFTER.match(text, end)
    return bool(after) and any(s <= after.end() - 1 < e for s, e in taken)
