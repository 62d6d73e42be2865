"""Assembling facts from a sentence: its dates, entities, speaker, place, kind, modality.

One sentence usually states one fact. It states two when a date belongs to a named plan
or document (`Rencana Aksi ASEAN-ROK 2021-2025`) while the rest of the sentence has a
date or a speaker of its own: the plan becomes its own fact with its clause as text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import starmap

from ..article import Fact, FactDate, Mention
from .date_readers import PAST_VERB
from .dates import DateSpan, day_date, days_date, find_dates, month_date, names_the_day_told, time_note, year_date
from .gazetteer import (BODY_KIND_WORDS, NOT_NAME_WORDS, TITLE_WORDS, Match, body_words_before_name, english_minister_fields, gazetteer, given_name,
                        kinds_of_body, minister_fields, people_after_titles)
from .kinds import (ANCHORS, ASSOCIATION_WORDS, BODY_NAME_WORDS, COMPARED_MOST, CURRENCY_WORDS,
                    OFFICE_NAME_WORDS, PLAN, PLANNED, UNIT_WORDS, anchors_in, compared_before, has_cue, kind_of,
                    modality_of)
from .commissions import commissions
from .missions import missions
from .acronyms import ACRONYM, undefined_acronyms
from .names import (BODY_WORD, CAPITAL_AFTER, CAPITALISED_NEIGHBOUR, DEFINED_ACRONYM, ArticleMemory, acronyms_taught, as_written,
                    bodies_defined_inside, bodies_with_countries, known_names, learn_acronym, opens_clause, person_like,
                    LOCAL_UNIT_HEADS, NAME_PARTICLES, OPENERS, PARTS, TICKET_BEFORE, with_place_after_acronym,
                    units_of_bodies, unknown_names)
from .units import (MILITARY_HEADS, branches, chapters_by_acronym, english_police, military_units, police_short_form, regional_bodies_in_english,
                    regional_governments, same_units, short_forms_named, teach_short_forms)
from .words import (BALINESE_ORDER, DEMONYMS, FACILITY_HEADS, FACILITY_TAILS, HEAD_WORDS, MONTHS, PLACE_HEADS,
                    PLACE_TAILS, POSSESSIVE, lowered_in_place,
                    OFFICE_NAMES_EN, OFFICE_NAMES_ID, REGIONAL_UNITS, WEEKDAYS, office_contraction)
from .wordscan import found_words, found_written, word_list

SPEECH_BEFORE = re.compile(
    r"(?<!\w)(?:kata|ujar|ucap|tutur|jelas|imbuh|tegas|ungkap|terang|papar|sebut|lanjut|tambah|beber|"
    r"pungkas|tandas|menurut|said|argues|according to)\s+"
    # "Hal itu disampaikan X ...", "Demikian dikatakan X": the saying named before its speaker.
    r"|(?<!\w)(?:hal\s+(?:itu|tersebut|ini)|demikian|pernyataan\s+(?:itu|tersebut))\s+(?:juga\s+)?"
    r"(?:disampaikan|diungkapkan|dikatakan|dijelaskan|ditegaskan|dituturkan|dipaparkan)(?:\s+oleh)?\s+",
    re.IGNORECASE)
# (`\s\s*` rather than `\s+`: a pattern that opens with a character class, not a repeat, is
# only tried at white space)
SPEECH_AFTER = re.compile(
    r"\s\s*(?:mengatakan|menjelaskan|menyatakan|menegaskan|mengungkapkan|menyebutkan|menyebut|"
    r"menambahkan|menuturkan|memaparkan|menilai|memperkirakan|berpendapat|mengimbau|meminta|"
    r"mengaku|menduga|mengeluhkan|menyampaikan|berujar|mengklaim|membenarkan|membantah|menampik|"
    r"said|says|told|stated|explained|added|noted|warned|stressed|urged|argued|argues|"
    r"complained|confirmed|wrote|announced|insisted|acknowledged|admitted|claimed|denied|reiterated|"
    r"emphasised|emphasized)\b")
# A pronoun opening the sentence as its subject, before a verb in lower case.
PRONOUNS = ("Ia ", "Dia ", "Beliau ", "He ", "She ")
PRONOUN_SUBJECT = re.compile(r"(?:Ia|Dia|Beliau|He|She)\s+(?:(?:juga|pun|lalu|kemudian|sempat|sudah|telah|akan|masih|"
                             r"pernah|baru|kembali|segera|tidak|belum|also|then|was|had|has)\s+)?"
                             r"(?:(?:di|ter|ber|me|was|had|has|is)[a-z]*|tiba|datang|pulang|pergi|lahir|tewas|wafat|"
                             r"hadir|kabur|tinggal|bekerja)\b"
                             # in English any word in lower case after it is its verb: "He made the remarks"
                             r"|(?:He|She)\s+[a-z]+\b")
PRONOUN_WORDS = {"ia", "dia", "beliau", "he", "she", "katanya", "ujarnya", "jelasnya", "tuturnya",
                 "imbuhnya", "tegasnya", "menurutnya", "ungkapnya", "terangnya", "paparnya", "sebutnya",
                 "lanjutnya", "tambahnya", "bebernya", "pungkasnya", "tandasnya", "ucapnya"}
# Roles a story calls someone it has named by ("the judge", "pemain ... itu").
ROLE_EN = (r"(?:presiding\s+)?(?:judge|minister|official|spokesman|spokeswoman|spokesperson|governor|"
           r"regent|mayor|president|prosecutor|lawyer|officer|police\s+chief|chairman|chairwoman|"
           r"ambassador|player|coach|man|woman)")
ROLE_ID = (r"(?:pria|wanita|perempuan|pemain|pelatih|hakim|jaksa|menteri|pejabat|politikus|politisi|"
           r"pengacara|ketua|kepala|gubernur|bupati|wali\s+kota|jenderal|perwira|mantan\s+[\w-]+)")
# A pronoun for whoever spoke last: "Ia menyebutkan", "kata dia", "ujarnya", "he added".
PRONOUN_SPEECH = re.compile(
    r"(?<!\w)(?:(?:Ia|Dia|Beliau|ia|dia|beliau)\s+(?:(?:juga|pun|pula|kemudian|kembali)\s+)?(?:mengatakan|menjelaskan|menyatakan|"
    r"menegaskan|mengungkapkan|menyebutkan|menyebut|menambahkan|menuturkan|mengimbau|meminta|"
    r"mengaku|menduga|menilai|berpendapat|memaparkan|memperkirakan|membantah)"
    r"|(?:kata|ujar|jelas|tutur|imbuh|tegas|ungkap|terang|papar|sebut|lanjut|tambah|beber|pungkas|tandas|ucap)"
    r"(?:nya|\s+(?:dia|ia|beliau))"
    r"|(?:Menurut|menurut)(?:nya|\s+(?:dia|ia|beliau))"
    # the speaker described, not named: "kata pemain berusia 24 tahun itu"
    r"|(?:kata|ujar|tutur|imbuh|tegas)\s+(?:pria|wanita|perempuan|pemain|pelatih|politikus|politisi|pejabat|"
    r"pengusaha|ekonom|atlet|bek|kiper|penyerang|gelandang|legislator|jenderal|mantan|dokter|perawat|guru|dosen|"
    r"warga|petani|nelayan|pedagang|sopir|buruh|karyawan|mahasiswa|mahasiswi|siswa|aktivis|pengacara|saksi|"
    r"korban|ibu|bapak|remaja|lelaki|anggota)\s+[\w\s-]{0,40}?(?:itu|tersebut)"
    r"|(?:He|She|he|she)\s+(?:also\s+)?(?:said|added|told|stated|explained|noted|warned)"
    r"|(?:said|added)\s+(?:he|she)"
    # ... or a role with the definite article, for the person it was last said of: "the
    # judge said", "said the minister", "kata pemain berusia 24 tahun itu", "ujar pria itu".
    rf"|(?:[Tt]he\s+{ROLE_EN}\s+(?:also\s+)?(?:said|added|told|stated|explained)|said\s+the\s+{ROLE_EN})"
    rf"|(?:kata|ujar|tutur|jelas|imbuh|tegas)\s+(?:sang\s+)?{ROLE_ID}(?:\s+[\w-]+){{0,4}}?\s+itu)(?!\w)")
# Words one of which every speech cue above holds (lower case): most sentences have none,
# and the cue patterns are then not run.
SPEECH_WORDS = ("kata", "ujar", "ucap", "tutur", "jelas", "imbuh", "tegas", "menurut", "said",
                "according to", "mengatakan", "menjelaskan", "menyatakan", "menegaskan",
                "mengungkapkan", "menyebut", "menambahkan", "menuturkan", "memaparkan", "says",
                "menilai", "memperkirakan", "berpendapat", "mengimbau", "meminta", "urged",
                "mengaku", "menduga", "argue", "counter", "mengeluhkan", "complained",
                "told", "stated", "explained", "added", "noted", "warned", "stressed",
                # with the space before them, so that "keterangan", "selanjutnya", "tambahan"
                # (words of most sentences) do not wake the cue patterns
                " ungkap", " terang ", " terangnya", " papar", " sebut ", " sebutnya", " lanjut ", " lanjutnya",
                " tambah ", " tambahnya", " beber", " pungkas", " tandas",
                "hal itu di", "hal tersebut di", "hal ini di", "demikian di", "pernyataan itu di",
                "pernyataan tersebut di", "menyampaikan", "berujar", "mengklaim", "membenarkan", "membantah",
                "menampik", "confirmed", "wrote", "announced", "insisted", "acknowledged", "admitted",
                "claimed", "denied", "reiterated", "emphasi")  # " lanjut " also wakes "lanjut dia"


def _may_do(text: str) -> bool:
    """Whether a verb of a deed (see `agents`) is in the sentence: most have none. Found in
    the pass of an automaton over the sentence, rather than by a search for each verb."""
    return bool(found_words(text)[DEED_LIST])


SPEECH_LIST = word_list(SPEECH_WORDS)


def _may_speak(text: str) -> bool:
    """Whether a word of SPEECH_WORDS is in the sentence: found in the pass of an automaton
    over the sentence rather than by a search for each word."""
    return bool(found_words(text)[SPEECH_LIST])


@lru_cache(maxsize=16)
def _speech_cues(text: str) -> tuple[tuple[re.Match, ...], tuple[re.Match, ...]]:
    """The cues before a speaker's name and the verbs after it, found once for both
    `_speech_names` and `_speaker`."""
    return _cues_before(text), tuple(SPEECH_AFTER.finditer(text))


# The first words of SPEECH_BEFORE's cues, where a match of it can start.
SPEECH_OPENER_LIST = word_list({word: len(word) for word in (
    "kata", "ujar", "ucap", "tutur", "jelas", "imbuh", "tegas", "ungkap", "terang", "papar", "sebut", "lanjut",
    "tambah", "beber", "pungkas", "tandas", "menurut", "said", "argues", "according", "hal", "demikian", "pernyataan")})


def _cues_before(text: str) -> tuple[re.Match, ...]:
    """What `SPEECH_BEFORE.finditer(text)` finds, tried only where one of its first words
    starts: the pattern ignores case and opens with a look-behind, so a scan tries every
    position of the sentence, and it was the slowest part of finding who speaks."""
    lower = text.lower()
    if not lowered_in_place(text, lower):
        return tuple(SPEECH_BEFORE.finditer(text))  # positions in the lower case are not the text's
    cues: list[re.Match] = []
    end = 0
    for start in sorted({at - length + 1 for at, length in found_words(text)[SPEECH_OPENER_LIST]}):
        cue = SPEECH_BEFORE.match(text, start) if start >= end else None
        if cue:
            cues.append(cue)
            end = cue.end()
    return tuple(cues)


CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}")
PREPOSITION = re.compile(r"(?<!\w)(?:di|in|at|near|off|(?:north|south|east|west)(?:east|west)?\s+of)\s+",
                         re.IGNORECASE)  # "off Flores", "south of Ndao Island": where at sea
# ... the same words looked for in the lower-case sentence: a scan that ignores case is slower.
PREPOSITION_LOWER = re.compile(PREPOSITION.pattern)
# A title followed by a name ("Kapolri Jenderal Listyo Sigit Prabowo") names the person.
CAPITALISED_NAME_AHEAD = re.compile(r"\s*(?:(?:[A-Z][a-z]+\.?|Pol\.)\s+){0,3}(?P<last>[A-Z][a-z]+)")
NOT_NAMES_AHEAD = {w for w in (*MONTHS, *WEEKDAYS) if w[:1].isupper()}
QUOTES = "\"“‘'"
# The last sentence of a quotation opened in an earlier one: `... dulu," kata Rudy.`
QUOTE_CLOSED = re.compile(r"^[^\"“]*[,.!?][\"”]\s*,?\s*(?:kata|ujar|tutur|ucap|jelas|imbuh|tegas|said|told|added)\b")
PLAN_REACH = 130  # characters from a plan's name to the date that belongs to it


# The last word of an English body's name ("... Workers Federation", "... Industrial Park"):
# the known countries and places right before such a name are the first words of it.
# Words that end the name of a body and never a place's ("District Court" is no district).
BODY_ONLY_TAILS = ("Court", "Committee", "Commission", "Agency", "Board", "Tribunal")
ENGLISH_BODY_TAILS = {"Park", "Federation", "Union", "Association", "Council", "Authority", "Corporation", "Group",
                      "Company", "Institute", "Foundation", "Alliance", "Coalition", "Chamber", "Network", "Forum",
                      "Society", "Lab", "Laboratory", "Bank",
                      # ... and a company's kind: "China Huayang Hydropower Engineering"
                      "Engineering", "Line", "Lines", "Shipping", "Airlines", "Airways", "Incorporated",
                      # ... and a court's or a committee's: "South Jakarta District Court"
                      *BODY_ONLY_TAILS,
                      # ... and a company's legal form: "Sarawak Lestari Plantations Bhd"
                      "Bhd", "Berhad", "Tbk", "Ltd", "Limited", "Inc", "Corp", "Plc", "Holdings",
                      # ... and a university named with its country's word ("Australian National University")
                      "University"}
# (looked for from the space, with the letter before it looked back at: asked only whether
# there is one, and most characters are no space)
ENGLISH_BODY_TAIL = re.compile(r" (?<=[a-z] )(?:" + "|".join(sorted(ENGLISH_BODY_TAILS)) + r")\b")


def _names_opened_by_places(text: str, found: list, first_unknown: int, memory: "ArticleMemory") -> list:
    """"Indonesia Morowali Industrial Park", "Morowali Metal Workers Federation": an unknown
    English body's name ending in its kind's word takes in the country and places written
    right before it, which are then no actor or place of their own."""
    absorbed: set[int] = set()
    for k in range(first_unknown, len(found)):
        start, end, name, type_ = found[k][:4]
        if type_ != "unknown" or name.rsplit(None, 1)[-1] not in ENGLISH_BODY_TAILS:
            continue
        # A court or a committee keeps its places and countries as where it sits and who
        # takes part ("at the Denpasar District Court", "the Malaysia-Indonesia Joint Border
        # Committee"); a pair of countries is joined by a hyphen.
        keeps = name.rsplit(None, 1)[-1] in BODY_ONLY_TAILS
        new_start, taken_in = start, set()
        while True:
            before = next((j for j in range(first_unknown) if j not in absorbed | taken_in
                           and found[j][1] == new_start - 1 and text[new_start - 1] in " -"
                           and found[j][3] in ("country", "place")), None)
            if before is None:
                break
            taken_in.add(before)
            new_start = found[before][0]
        if not keeps:
            absorbed |= taken_in
        if new_start != start:
            full = text[new_start:end]
            memory.learn(full, "unknown", written=True)
            found[k] = (new_start, end, full, "unknown", None, full)
            for acronym, short in list(memory.acronyms.items()):
                if short == name:
                    memory.acronyms[acronym] = full  # "(IMIP)" was taught to the short run
    return [f for j, f in enumerate(found) if j not in absorbed] if absorbed else found


# One word of a company's kind right after a place: "Sarawak Energy" ("Lion Air" is known);
# or of a forum's: "the Bali Process".
COMPANY_KINDS = (r" (?:Energy|Power|Airlines|Airways|Skyways|Aviation|Shipping|Holdings|Group|Resources|Mining|Process|Smelting|Metals|"
                 r"Minerals|Steel|Cement|Logistics|Plantations|Industries)\b(?! [A-Z])")
PLACE_COMPANY = re.compile(r"(?: [A-Z][a-z]+){0,2}" + COMPANY_KINDS)  # ("Kolaka Nusantara Smelting": a word or two between)
A_COMPANY_KIND = re.compile(COMPANY_KINDS)  # (a cheap look for the kind's word before the pattern above)


def _companies_named_by_places(text: str, found: list, memory: "ArticleMemory") -> list:
    """A known place followed by one word for a company's or a forum's kind is its name, not
    where it happened: "Sarawak Energy exported 180MW" names a utility, "Ministers of the Bali
    Process met" a forum."""
    inside = []  # unknown names the company's name holds ("Nusantara Smelting" of "Kolaka Nusantara Smelting")
    for i, f in enumerate(found):
        after = PLACE_COMPANY.match(text, f[1]) if f[3] == "place" else None
        overlaps = [g for g in found if g[0] < after.end() and after.start() < g[1]] if after else None
        if after and all(g[3] == "unknown" and after.start() < g[0] and g[1] <= after.end() for g in overlaps):
            name = text[f[0]:after.end()]
            memory.learn(name, "unknown", written=True)
            found[i] = (f[0], after.end(), name, "unknown", None, name)
            inside += overlaps
    return [f for f in found if f not in inside] if inside else found


# What a sentence that points back to the months told last has: "periode yang sama", "the
# same period", "pada bulan itu", "that month" ("bersama" needs no such look).
PERIOD_TOLD_WORDS = ("yang sama", "he same", "bulan itu", "bulan tersebut", "hat month")


def sentence_facts(text: str, offset: int, reference: date | None,
                   memory: ArticleMemory, quoted_by: str | None = None) -> list[Fact]:
    """The facts one sentence states; positions are set by the caller. `quoted_by`: the
    speaker named after the quotation this sentence is part of."""
    future = has_cue(PLANNED, text) and not _ahead_only_after(text) or (
        "," in text and CONDITION_FIRST.match(text) is not None)  # "Kalau Kamis nanti udara membaik, Jumat ..."
    # Which day the story last told of is worked out only for "kemudian"/"later".
    counted = ("later" in text or "kemudian" in text or "earlier" in text or "sebelumnya" in text
               or names_the_day_told(text))
    last_day = _last_day_told(memory.dated, YEARS_LATER.search(text) is not None) if counted else None
    # ... and the months it last told of only for "periode yang sama", "pada bulan itu" (PERIOD_TOLD_WORDS).
    last_period = _last_period_told(memory.dated, reference) \
        if any(words in text for words in PERIOD_TOLD_WORDS) else None
    dates = find_dates(text, reference, future, last_day=last_day, last_period=last_period)
    if dates and reference is not None:
        dates = _weekdays_as_named(text, dates, memory, reference)
    before = memory.dated[-1] if memory.dated else None
    memory.dated.append((text, dates))
    matches = gazetteer().find(text, memory.abroad)
    if "PSI" in text:  # Singapore's Pollutant Standards Index, not the party: "the 24-hour PSI reading"
        matches = [m for m in matches if not (m.text == "PSI" and POLLUTION_INDEX.search(text, max(0, m.start - 12),
                                                                                        m.end + 24))]
    if "BP" in text:  # "BP Sukamaju", "Badan Penyelenggara (BP) Haji": an Indonesian body, not the oil company
        matches = [m for m in matches if not (m.text == "BP" and (CAPITAL_AFTER.match(text, m.end)
                                                                   or text[m.start - 1:m.start] == "("))]
    if "PT" in text:
        matches = _outside_companies(text, matches)
    mentions = _mentions(text, matches, memory, reference)
    if "known as" in text or "disapa" in text or " alias " in text or "dikenal sebagai" in text:
        mentions = _nickname_taught(text, mentions, memory)
    speech = _speaker(text, mentions)
    # "He held a meeting ..., according to a statement from the Cabinet Secretariat": the
    # pronoun is still who did it, the body named only the source
    source_only = speech is not None and not any(m[0] == 0 for m in mentions)
    if speech is None:
        speech, mentions = _pronoun_speech(text, mentions, memory)
    if speech is None and quoted_by:
        speech = Speech(quoted_by, leading=False)
        mentions = [*mentions, (len(text), len(text), quoted_by, memory.kinds.get(quoted_by, "person"),
                                None, quoted_by)]
    group = GROUP_SUBJECT.match(text) if text.startswith(GROUP_OPENERS) else None
    if group:  # "Ketiganya ditahan ...", "The two countries concluded ...": the group named before
        mentions = _group_named_before(text, group, mentions, memory)
    ministry = THE_MINISTRY.match(text) if text.startswith(("Kementerian", "The ministry")) else None
    if ministry and not any(m[0] == 0 for m in mentions):
        # "Kementerian, kata dia, akan membayar ...": the ministry the story named last
        named = _ministry_named_last(memory)
        if named:
            mentions = sorted([*mentions, (0, ministry.end(1), named, "organisation", None, ministry.group(1))])
    memory.told.append(mentions)
    if (speech is None or source_only) and memory.last_person and text.startswith(PRONOUNS) \
            and PRONOUN_SUBJECT.match(text):
        # "Ia ditahan di Rutan ...": the person the story last named does it.
        name = memory.last_person
        mentions = sorted([*mentions, (0, text.index(" "), name, memory.kinds.get(name, "person"), None,
                                       text[:text.index(" ")])])
    if text.startswith(("Pihaknya ", "It ", "Its ")) and not any(m[3] not in ("place",) for m in mentions[:1]):
        mentions = _pronoun_for_body(text, mentions, memory)  # "Pihaknya akan ...", "It lifted the warning"
    # The last person named, for a later pronoun; in what someone says, the one who says it.
    said_by = speech.speaker if speech and (memory.kinds.get(speech.speaker) == "person"
                                            or speech.speaker in memory.persons) else None
    for m in reversed(mentions):
        if said_by or m[3] == "person" or m[2] in memory.persons:
            memory.last_person = said_by or m[2]
            break
    memory.last_speaker = speech.speaker if speech else memory.last_speaker
    named_plan = dates and not ANCHORS[id(PLAN)].isdisjoint(anchors_in(text))
    plans = [(d, _plan_start(text, d, dates) if named_plan else None) for d in dates]
    attached = [(d, start) for d, start in plans if start is not None and d.date]
    free = [d for d, start in plans if start is None or not d.date]
    facts = []
    if attached and (free or speech or len(attached) > 1):
        for span, start in attached:
            end = span.end + (1 if text[span.end:span.end + 1] == ")" else 0)
            # A plan named without its parties is theirs: the sentence's actors.
            clause = [m for m in mentions if start <= m[0] < end] or [
                m for m in mentions if m[3] in ("country", "organisation")]
            # ... and what the sentence's speaker said ("Menurut Rahmat, peta jalan ...").
            said_by = [m for m in mentions if speech and m[2] == speech.speaker][:1]
            facts.append(_fact(text[start:end], offset + start, [span],
                               clause + [m for m in said_by if m not in clause],
                               speech if said_by else None, reference, forced_kind="plan"))
    elif attached:
        free = [span for span, _ in attached]
    quoted = _quoted_before_saying(text, free) if speech and not facts else None
    joined = _joined_clause(text, free) if not facts and not quoted and len(free) > 1 else None
    if joined:
        # "..., while the MMEA and Bakamla signed a memorandum in October 2019": a clause joined
        # after the main one with a day of its own is a fact of its own
        start, inside, free = joined
        # "..., and will hand it over to the Philippines in 2026": a clause joined by "and"
        # has the main clause's subject
        shared = text.startswith(("and ", "dan "), start)
        facts.append(_fact(text[start:], offset + start, inside,
                           [m for m in mentions if shared or m[0] >= start], None, reference))
    if quoted:
        # '"... into the field in September," he told reporters on Wednesday (July 9).': what
        # was said is a fact of its own, dated by its words; the saying, by its day
        end, inside, free = quoted
        start = 1 if text[:1] in QUOTES else 0
        facts.append(_fact(text[start:end], offset + start, inside,
                           [m for m in mentions if m[2] == speech.speaker or start <= m[0] < end], None, reference))
    main = _happening_date(text, _fact(text, offset, free, mentions, speech, reference,
                                       forced_kind="statement" if quoted else "plan" if attached and not facts
                                       else None,
                                       deeds=agents(text, mentions) if _may_do(text) else []),
                           memory)
    if joined and main.modality == "planned":
        # "Malaysia holds the chair this year and will hand it over ...": what the main clause
        # says ahead, apart from the clause joined after it
        main = replace(main, modality=modality_of(text[:joined[0]], main.date,
                                                  reference.isoformat() if reference else None))
    if quoted and main.date and reference and main.date.end <= reference.isoformat():
        main = replace(main, modality="occurred")  # the saying, done, whatever was said
    if (not dates and before and before[1] and main.date and main.date.time and CLOCK.search(main.date.time)
            and not HABITUAL.search(text)):
        main = _time_on_day_before(main, before, reference)
    elif not dates and before and before[1] and text.startswith(AT_THAT_TIME_OPENERS) and AT_THAT_TIME.match(text):
        main = _at_that_time(main, before[1])
    facts.insert(0, main)
    return facts


# A ministry named by its head word alone as the subject: the one the story named last.
THE_MINISTRY = re.compile(r"(Kementerian|The ministry)(?=\s*,|\s+(?:itu|tersebut|juga|pun|akan|telah|sudah|also|"
                          r"will|has|had|said|says)\b)")
MINISTRY_NAMES = ("Ministry of", "Ministry for", "Coordinating Ministry")
# A person's nickname given beside the name: "Mohamad, better known as Tok Mat", "politikus
# yang akrab disapa Rifqi", "Siti Hediati Hariyadi alias Titiek".
NICKNAME = re.compile(r"(?:better known as|also known as|popularly known as|(?:yang\s+)?(?:akrab|biasa)\s+disapa"
                      r"|dikenal sebagai|alias)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def _nickname_taught(text: str, mentions: list, memory: ArticleMemory) -> list:
    """The nickname is the person named before it, in this sentence and later ones."""
    for nick in NICKNAME.finditer(text):
        person = next((m for m in reversed(mentions) if m[1] <= nick.start() and m[3] == "person"), None)
        if person is None:
            continue
        words = nick.group(1).split()
        while len(words) > 1 and words[0].lower() in TITLE_WORDS:
            words.pop(0)  # "Pak Man": the honorific is no part of the name
        names = {nick.group(1), " ".join(words)}
        for name in names:
            memory.nicknames[name] = person[2]
        mentions = [(m[0], m[1], person[2], *m[3:]) if m[2] in names else m for m in mentions]
    return mentions


# A subject that is a group the story has just named: "Ketiganya", "Keduanya", "The two
# leaders", "Both countries", "Kedua negara". People need the same count as named; a pair
# of countries is the last pair the story named together.
GROUP_SUBJECT = re.compile(
    r"(?:(?P<id>Kedua|Ketiga|Keempat|Kelima)nya"
    r"|(?:The\s+)?(?P<en>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|Both)\s+(?P<who>leaders|men|women|suspects|ministers|officials"
    r"|countries|nations|governments|sides|neighbours|neighbors)"
    r"|Kedua\s+(?P<who_id>negara|pemimpin|tersangka|menteri|pihak))\b")
GROUP_OPENERS = ("Kedua", "Ketiga", "Keempat", "Kelima", "The two", "The three", "The four", "The five", "Two ",
                 "Three ", "Four ", "Five ", "Both ")
GROUP_COUNT = {"kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "two": 2, "three": 3, "four": 4, "five": 5,
               "both": 2}
COUNTRY_GROUPS = {"countries", "nations", "governments", "sides", "neighbours", "neighbors", "negara", "pihak"}


def _group_named_before(text: str, group: re.Match, mentions: list, memory: ArticleMemory) -> list:
    """The people or countries a group subject stands for, as mentions at its place."""
    count = GROUP_COUNT[(group.group("id") or group.group("en") or "kedua").lower()]
    who = (group.group("who") or group.group("who_id") or "").lower()
    named = _countries_named_together(memory) if who in COUNTRY_GROUPS else _people_named_last(memory)
    kind = "country" if who in COUNTRY_GROUPS else "person"
    if len(named) != count or any(m[2] in named for m in mentions) or sum(m[3] == kind for m in mentions) >= count:
        return mentions  # ... not when the sentence names them: "Kedua negara, Indonesia dan Vietnam, ..."
    return sorted([*mentions, *((group.start(), group.end(), name, memory.kinds.get(name, kind), None, group.group())
                                for name in named)])


def _ministry_named_last(memory: ArticleMemory) -> str | None:
    for mentions in reversed(memory.told):
        named = next((m[2] for m in reversed(mentions) if m[3] == "organisation" and m[2].startswith(MINISTRY_NAMES)),
                     None)
        if named:
            return named
    return None


# "It" that stands for no one: "It is expected ...", "It took three days ...".
EXPLETIVE_IT = re.compile(r"It\s+(?:is|was|'s|’s|has\s+been|had\s+been|will\s+be|would\s+be|seems|seemed|appears|"
                          r"appeared|remains|remained|took|takes|could|may|might|must|should|also|not)\b")


def _pronoun_for_body(text: str, mentions: list, memory: ArticleMemory) -> list:
    """"Pihaknya" opening a sentence is the one who spoke last (a person or the body they
    speak for); English "It"/"Its" is the body the sentence before named first ("BMKG issued
    a warning ... It lifted the warning at 12:51 a.m.")."""
    word = text.split(" ", 1)[0]
    if word == "Pihaknya":
        name = memory.last_speaker
        type_ = memory.kinds.get(name, "person")
    elif EXPLETIVE_IT.match(text) or len(memory.told) < 2:
        return mentions
    else:
        name, type_ = next(((m[2], m[3]) for m in memory.told[-2] if m[3] in ("organisation", "unknown", "country")
                            and (m[2] not in memory.persons or _a_company(m[2]))), (None, None))
    if name is None or any(m[2] == name for m in mentions):
        return mentions
    return sorted([*mentions, (0, len(word), name, type_, None, word)])


def _people_named_last(memory: ArticleMemory) -> tuple:
    """The people the sentence before named."""
    last = memory.told[-1] if memory.told else ()
    return tuple(dict.fromkeys(m[2] for m in last if m[3] == "person" or m[2] in memory.persons))


def _countries_named_together(memory: ArticleMemory) -> tuple:
    """The last two or more countries a sentence named together."""
    for mentions in reversed(memory.told):
        countries = tuple(dict.fromkeys(m[2] for m in mentions if m[3] == "country"))
        if len(countries) >= 2:
            return countries
    return ()


# A clock time, not a part of the day ("malam" may be any night) ...
CLOCK = re.compile(r"\d[.:]\d\d|\d\s*[ap]\.m\.")
# ... nor one kept every day ("Posko buka setiap hari pukul 08.00").
HABITUAL = re.compile(r"(?<!\w)(?:setiap|tiap|saban|every|each|daily)(?!\w)", re.IGNORECASE)


def _time_on_day_before(fact: Fact, before: tuple[str, list[DateSpan]], reference: date | None) -> Fact:
    """A sentence with a clock time and no date of its own ("Laga dimulai pukul 23.00
    WIB") tells of the day the sentence before it named, as context; of a span of days
    ("Senin malam hingga Selasa dini hari"), its first. Not when one looks ahead and the
    other back ("... sejak Selasa kemarin." then "... akan diberlakukan sejak pukul 06.00"):
    the time is then of another day."""
    days = _days_told(*before)
    if not days:
        return fact
    day = date.fromisoformat(days[-1].date.start)
    if reference is not None and (day < reference if fact.modality == "planned" else day > reference):
        return fact
    return replace(fact, date=replace(day_date(day, "context"), time=fact.date.time, doubt=fact.date.doubt))


def _last_period_told(dated: list[tuple[str, list[DateSpan]]], reference: date | None) -> FactDate | None:
    """The last span of months the article told of that began by its date (a quarter,
    a half, a month, or days over a month: "sejak awal Januari hingga Rabu (14/2)"): what
    "periode yang sama tahun lalu" compares with. A month ahead of the article is a plan,
    no period with figures yet."""
    latest = reference.isoformat() if reference else "9999"
    for _, dates in reversed(dated):
        for span in reversed(dates):
            if span.date and span.date.start <= latest and (span.date.precision == "month" or (
                    span.date.precision == "day"
                    and (date.fromisoformat(span.date.end) - date.fromisoformat(span.date.start)).days >= 28)):
                return span.date
    return None


# Nouns of a happening an article dates once and then names again without a date:
# "pelantikan presiden ... Minggu (20/10)", then "Pelantikan ... akan digelar dalam Sidang
# Paripurna MPR" is that day's.
HAPPENING_NOUNS = frozenset({
    "pelantikan", "pertemuan", "rapat", "sidang", "ktt", "upacara", "konferensi", "kunjungan",
    "latihan", "pemungutan", "pencoblosan", "pilkada", "pemilu", "penandatanganan", "peluncuran",
    "pameran", "festival", "kirab", "operasi", "inauguration", "meeting", "summit", "talks",
    "ceremony", "conference", "visit", "exercise", "election", "vote", "retreat", "operation"})


# A clause joined after the main one, each telling its own time.
# ... or by "and" going on with what is to be ("..., and will hand it over ...").
EXPECTED_AFTER_AND = r"(?:is|are) (?:expected|scheduled|set|due) to"
CLAUSE_JOIN = re.compile(r"(?:,|;) (?:while|whereas|sementara|sedangkan|but|namun|tetapi) |; "
                         rf"|,? and (?=(?:to|will|would|must|is to|are to|{EXPECTED_AFTER_AND})\s)"
                         r"|,? dan (?=(?:akan|harus|baru)\s)"
                         # ... and one with a speaker of its own: ", and the minister, X, said last month that ..."
                         r"|, and (?=the\s[^.;\"“”]{0,60}?\b(?:said|told|announced)\b)"
                         # ... and one with a subject and a verb of its own ("... next week, and the
                         # agreement will take effect on Jan. 1", "Negotiations began in July 2016 and
                         # the agreement was signed in Bali in September 2025")
                         r"|,? and (?=(?:the|its|their|his|her|[A-Z][\w'’-]+)\s(?:[\w'’-]+\s){0,5}?"
                         r"(?:will|would|was|were|has|have|had|signed|began|opened|took|won|[a-z]{3,}ed)\s)"
                         # ... and what a deed made possible, told after it ("gave final approval on Monday,
                         # allowing the deal to enter into force at the start of next year")
                         r"|, (?=(?:allowing|paving\s+the\s+way|clearing\s+the\s+way)\s)")


def _dated_around(dates: list[DateSpan], start: int, end: int) -> tuple[list, list]:
    """The read dates before `start` and those after `end` (a date's span may take the comma
    that `start` opens with: "on March 3, and ...")."""
    return ([d for d in dates if d.date and d.start < start and d.end <= start + 1],
            [d for d in dates if d.date and d.start >= end])


NAME_LIST_BEFORE = re.compile(r"[A-Z][\w'’-]*$")


def _joined_clause(text: str, dates: list[DateSpan]) -> tuple[int, list, list] | None:
    """Where a clause joined by `while`/`sementara` starts, when both it and the main clause
    before it name a time of their own: (its start, its dates, the main clause's dates)."""
    joined = CLAUSE_JOIN.search(text) if ", " in text or "; " in text or " and " in text or " dan " in text else None
    while joined and " and " in joined.group() and text[joined.end():joined.end() + 1].isupper() \
            and NAME_LIST_BEFORE.search(text, max(0, joined.start() - 30), joined.start()):
        joined = CLAUSE_JOIN.search(text, joined.end())  # "Braja Selebah and Way Jepara reported": a list of names
    if joined is None:
        return None
    before, after = _dated_around(dates, joined.start(), joined.end())
    if not before or not after or len(before) + len(after) != len([d for d in dates if d.date]):
        return None
    # The joined clause opens with its joining word ("sementara jenjang SD/MI digelar ...").
    word = len(joined.group()) - len(joined.group().lstrip(",; "))
    return joined.start() + word, after, before


# The closing quotation mark of what was said, then who said it: '..., " he told', '...," kata X', '...," ucapnya',
# '...," Suparman said'.
SAYING_AFTER_QUOTE = re.compile(r"[,.!?]?[\"”]\s*,?\s+(?=(?:[a-z]\w*\s+){0,3}?(?:[A-Z][\w'’.-]*\s+){0,4}?(?:kata|ujar|ucap|tutur|jelas|imbuh|tegas|"
                          r"ungkap|terang|papar|tambah|said|says|told|added|noted|mengatakan|menjelaskan)(?:nya)?\b)")


def _quoted_before_saying(text: str, dates: list[DateSpan]) -> tuple[int, list, list] | None:
    """Where a quotation that names a day of its own ends before the words that say who
    said it on another day: (its end, the quotation's dates, the saying's dates)."""
    if '"' not in text and "”" not in text:
        return None
    closed = SAYING_AFTER_QUOTE.search(text)
    if closed is None:
        return None
    inside, said = _dated_around(dates, closed.start(), closed.end())
    # A quotation whose time runs up to the day of saying ("Selama sepekan terakhir, ...,"
    # jelasnya, Selasa) tells of then, not of a time of its own.
    if not inside or not said or any(d.date.end == s.date.end for d in inside for s in said):
        return None
    return closed.start(), inside, said


# A sentence that opens by pointing back to the time just told: "Saat itu, Pemkab
# menetapkan ...", "At the time, Sjafrie told Marles ...".
AT_THAT_TIME = re.compile(r"(?:(?:Pada\s+)?(?:[Ss]aat|[Kk]etika|[Ww]aktu|[Kk]ala)\s+itu|At\s+(?:the|that)\s+time)\s*,")
AT_THAT_TIME_OPENERS = ("Saat", "Pada", "Ketika", "Waktu", "Kala", "At ")


def _at_that_time(fact: Fact, dates: list[DateSpan]) -> Fact:
    """The sentence's time is the last one the sentence before told, as context."""
    told = next((span.date for span in reversed(dates) if span.date is not None), None)
    if told is None:
        return fact
    return replace(fact, date=replace(told, basis="context", text=None, time=fact.date.time if fact.date else None))


def _happening_date(text: str, fact: Fact, memory: ArticleMemory) -> Fact:
    """A sentence that opens with a happening the article dated before ("Pelantikan ...")
    and gives no date of its own takes that day, as context. Dated sentences are only
    kept; they are searched when a sentence opens with such a noun, which is rare."""
    if fact.date is not None and (fact.date.basis == "explicit" or fact.date.doubt):
        if fact.date.precision == "day" and not fact.date.doubt:
            memory.days_told.append((text, fact.date))
        return fact
    if not memory.days_told:
        return fact
    planned = fact.date is not None and fact.date.basis == "publication"
    words = text[:30].lower().split(None, 2)[:2]
    noun = words[1] if len(words) > 1 and words[0] in ("the", "this") else words[0] if words else None
    if noun not in HAPPENING_NOUNS:
        # ("Dalam sidang tersebut": not opened by the happening, which may be another)
        return _planned_when_told(fact, memory) if planned else fact
    word = re.compile(rf"\b{noun}\b", re.IGNORECASE)
    told = next((day for said, day in reversed(memory.days_told) if word.search(said)), None)
    if told is None:
        return _planned_when_told(fact, memory) if planned else fact
    return replace(fact, date=replace(told, basis="context", time=fact.date.time if fact.date else None))


def _planned_when_told(fact: Fact, memory: ArticleMemory) -> Fact:
    """A plan with no date of its own was told on the last day the article told of, when
    that day is one of the few before the article's: "Bobby mengatakan Pemprov akan
    mempercepat pembangunan jalan" after "..., Selasa (12/8)" in a Wednesday's article is
    Tuesday's plan, as context; else the article's day, as before."""
    published = date.fromisoformat(fact.date.start)
    told = next((day for said, day in reversed(memory.days_told) if day.start == day.end
                 and not _a_start(said, day.text)), None)
    if told is None or not 0 < (published - date.fromisoformat(told.start)).days <= TOLD_REACH:
        return fact
    return replace(fact, date=replace(told, basis="context", text=None, time=fact.date.time))


TOLD_REACH = 2  # days before the article's: a plan told longer ago is dated by the article


def _a_start(sentence: str, words: str | None) -> bool:
    """Whether a day is told as when a state began ("sejak Selasa kemarin"): no day of telling."""
    at = sentence.find(words) if words else -1
    return at > 0 and SINCE_BEFORE.search(sentence, max(0, at - 8), at) is not None


def _weekdays_as_named(text: str, dates: list[DateSpan], memory: ArticleMemory, reference: date) -> list[DateSpan]:
    """A bare weekday the article already named with its date, within a week of the
    article's, is that day: after "Bandara tutup pada Kamis (19/3)", a Tuesday's "mulai Kamis
    hingga Jumat" is that Thursday, not the one before; not a day ahead after a verb in the
    past tense ("he signed the rule on Wednesday"). Days written with their numbers teach
    the weekdays (`memory.weekdays`)."""
    shifted = []
    for span in dates:
        value = span.date
        if value is None or value.precision != "day":
            shifted.append(span)
            continue
        if DIGIT_IN.search(span.text):
            if value.start == value.end and abs((date.fromisoformat(value.start) - reference).days) <= 6:
                memory.weekdays[date.fromisoformat(value.start).weekday()] = value.start
            shifted.append(span)
            continue
        bare = BARE_WEEKDAY.match(span.text)
        named = memory.weekdays.get(WEEKDAYS[bare.group(1).lower()]) if bare else None
        if bare and (THAT_AFTER.match(text, span.end) or THAT_BEFORE.search(text, max(0, span.start - 6), span.start)):
            # "Galodo pada Sabtu malam itu ...", "on that Saturday": the Saturday told of before,
            # however long ago
            told = _day_told_on(memory.dated, WEEKDAYS[bare.group(1).lower()])
            if told:
                shifted.append(DateSpan(span.start, span.end, span.text, replace(value, start=told, end=told, value=told),
                                        span.doubt))
                continue
        first = date.fromisoformat(value.start)
        step = (date.fromisoformat(named) - first).days if named else 0
        if step == -7 or step == 7 and not PAST_VERB.search(text, 0, span.start):
            start, end = first + timedelta(days=step), date.fromisoformat(value.end) + timedelta(days=step)
            days = day_date(start) if start == end else days_date(start, end)
            moved = replace(value, start=days.start, end=days.end, value=days.value)
            span = DateSpan(span.start, span.end, span.text, moved, span.doubt)
        shifted.append(span)
    return shifted


DIGIT_IN = re.compile(r"\d(?![\d]*[.:]\d\d)(?<!\d[.:]\d)(?<!\d[.:]\d\d)")  # (not a clock's: "pukul 06.00")
THAT_AFTER = re.compile(r"\s+(?:(?:malam|pagi|siang|sore|dini\s+hari)\s+)?(?:itu|tersebut)\b")
THAT_BEFORE = re.compile(r"\bthat\s+$")


def _day_told_on(dated: list[tuple[str, list[DateSpan]]], weekday: int) -> str | None:
    """The last single day the article told of with its number that fell on the weekday."""
    for text, dates in reversed(dated):
        for span in reversed(dates):
            d = span.date
            if d and d.precision == "day" and d.start == d.end and DIGIT_IN.search(span.text) \
                    and date.fromisoformat(d.start).weekday() == weekday:
                return d.start
    return None


# A weekday opening a date's words with nothing before it but a preposition.
BARE_WEEKDAY = re.compile(r"(?i:(?:pada|on|mulai|sejak|hingga|sampai|until|from|by|this|hari)\s+)*"
                          rf"({'|'.join(sorted({w.lower() for w in WEEKDAYS}, key=len, reverse=True))})"
                          r"\b(?!\s+(?:lalu|depan|kemarin|mendatang|pekan|minggu|last|next))", re.IGNORECASE)


def _last_day_told(dated: list[tuple[str, list[DateSpan]]], years: bool = False) -> date | None:
    """The last day the article's sentences told of, for "N hari kemudian"; a date after
    `kata`/`said` dates the speaking ("..., kata X di Semarang, Selasa (14/1)"), not the story.
    With `years` ("empat tahun kemudian"), a year told last is counted from too: "mulai
    dibangun pada 1889. Pembangunannya rampung empat tahun kemudian" is 1893."""
    for text, dates in reversed(dated):
        if years and dates and dates[-1].date and dates[-1].date.precision == "year":
            return date(dates[-1].date.year, 1, 1)
        days = _days_told(text, dates)
        if days:
            return date.fromisoformat(days[-1].date.end)
    return None


YEARS_LATER = re.compile(r"\b(?:tahun\s+kemudian|years?\s+later)\b")


def _days_told(text: str, dates: list[DateSpan]) -> list[DateSpan]:
    """The sentence's dates at day precision that are not when someone spoke."""
    if not dates:
        return []
    cue = SPEECH_BEFORE.search(text) if _may_speak(text) else None
    return [d for d in dates if d.date and d.date.precision == "day" and not (cue and d.start > cue.start())]


def _fact(text: str, offset: int, dates: list[DateSpan], mentions: list, speech: Speech | None,
          reference: date | None, forced_kind: str | None = None,
          deeds: list[tuple[tuple, str]] = ()) -> Fact:
    reference_iso = reference.isoformat() if reference else None
    place = _place(text, mentions)
    dated = [d for d in dates if d.date]
    # Side clauses matter only where there is a choice: several dates, or a place.
    side = _side_clauses(text, dates) if (len(dated) > 1 or place or (dated and ", who" in text)) \
        and (", " in text or "since" in text or "sejak" in text or " who " in text or "semula" in text
             or "riginally" in text) else []
    # "the worst since 1998": what a comparison reaches back to is never the fact's date.
    candidates = [d for d in dated if not _compared_since(text, d.start)] \
        if dated and ("ince" in text or "ejak" in text) else dated
    if candidates and ("dari" in text or "from" in text) and len(candidates) == 1:
        # "turun menjadi Rp5.800 dari Rp7.200 pada Februari": the value it changed from
        # (a single day is when the change was made: "raised the levy to 10% from 7.5% on May 17")
        candidates = [d for d in candidates if d.date.start == d.date.end
                      or not CHANGED_FROM.search(text, max(0, d.start - 90), d.start)]
    if candidates and ("lebih" in text or "than" in text or "dibanding" in text or "compared" in text
                       or (" from " in text or " dari " in text) and ("%" in text or "ersen" in text or "ercent" in text)):
        # "lebih rendah dari Pemilu 14 Februari 2024": what it is compared with
        candidates = [d for d in candidates if not COMPARED_WITH.search(text, max(0, d.start - 50), d.start)]
    if len(candidates) > 1 and ("periode" in text or "period" in text):
        # "tunggakan tunjangan periode Agustus hingga Desember 2024 akan dibayar pekan depan":
        # the period names what is owed; the other date is the fact's
        candidates = [d for d in candidates if not PERIOD_LABEL.search(text, max(0, d.start - 30), d.start)] \
            or candidates
    first = candidates[0] if candidates else None
    chosen = next((d for d in candidates if not _inside(d.start, side)), first) if side else first
    who = [c for c in side if text[c[0]:c[0] + 6].startswith((", who", ",  who")) and c[1] < len(text) - 1] \
        if chosen else []
    if who and any(c[0] <= chosen.start < c[1] and (chosen.date.precision != "day" or BIOGRAPHY.search(text, *c))
                   for c in who):
        chosen = None  # "Joko Widodo, who chairs ASEAN this year, told ...": about the person
        # (not a day's doing: "Bobby Nasution, who met APA executives on Monday, asked ..." is that day's)
    if chosen and len(dated) > 1:
        chosen = _narrower(text, candidates, chosen, side)
        chosen = _change_between_years(text, dated, chosen)
    # (A day that dates the saying dates the fact: "X said on Wednesday the jets would arrive in
    # the first quarter of next year" is Wednesday's statement, as the corpus's annotators read it.)
    if chosen and len(candidates) > 1 and reference is not None:
        chosen = _ahead_in_next_clause(text, candidates, chosen, reference_iso, side)
    if chosen and speech is not None and speech.leading and _looked_back_on(text, chosen, reference):
        chosen = None
    if chosen and len(dated) > 1 and ("yakni" in text or "yaitu" in text or "tepatnya" in text
                                      or "namely" in text or "that is" in text or "atau" in text or " or " in text):
        # "20 bulan kemudian, yakni pada 14 Februari 2024", "pekan pertama Agustus, atau 4-10
        # Agustus 2025": the date that says it exactly
        chosen = next((d for d in dated if d.start >= chosen.end and RESTATED.fullmatch(text, chosen.end, d.start)),
                      chosen)
    doubt = next((d.doubt for d in dates if d.doubt), None)
    date_ = chosen.date if chosen else None
    modality = modality_of(
        _without_described(_without_other_since(_main_clause(text, chosen), dates, chosen, reference_iso)),
        date_, reference_iso)
    if modality == "planned" and chosen is None and HYPOTHETICAL.match(text) and _quoting(text):
        modality = "occurred"  # '"Kalau pengawasan lemah, orang tua akan ...': a view, no plan
    if date_ is None and reference is not None:
        date_ = (day_date(reference, "publication") if modality == "planned"
                 else month_date(reference.year, reference.month, "context"))
    if date_ is not None:
        doubt, time = doubt or date_.doubt, time_note(text)
        if doubt != date_.doubt or time != date_.time:  # else the date as it is (a frozen value)
            date_ = FactDate(**{**vars(date_), "doubt": doubt, "time": time})
    speech_kind = None if speech is None else "leading" if speech.leading else \
        "quote" if text[:1] in QUOTES or QUOTE_CLOSED.search(text) else "trailing"
    if speech is None and _may_speak(text) and UNNAMED_SPEECH.match(text):
        speech_kind = "leading"  # "Philippine officials said last month that ..."
    elif speech is None and _may_speak(text) and UNNAMED_TRAILING.search(text):
        speech_kind = "trailing"  # "..., a provincial official said on Thursday."
    kind = forced_kind or kind_of(text, modality, date_, reference_iso, speech_kind)
    if (kind == "statement" and modality == "planned" and speech_kind and date_ is not None
            and date_.basis == "explicit" and reference_iso and date_.end <= reference_iso):
        modality = "occurred"  # "X said on Thursday the pact would help exporters": the saying is done
    if side:
        place = _place(text, [m for m in mentions if not _inside(m[0], side)]) or place
    if speech_kind == "quote" and place:
        # '"... di Depok, Sleman," ujar Edwin ... di Mapolres Sleman': said where the
        # attribution after the quotation says
        closed = max(text.rfind('"'), text.rfind("\u201d"))
        if closed > 0:
            place = _place(text, [m for m in mentions if m[0] > closed]) or place
    elif speech_kind == "trailing" and kind == "statement" and place:
        # "The epicentre was 47 km southeast of Sumbawa Besar, X told reporters in Jakarta":
        # a statement is where it was made, when its attribution says
        said = ATTRIBUTION_AFTER.search(text)
        if said:
            place = _place(text, [m for m in mentions if m[0] > said.start()]) or place
    doers = tuple(dict.fromkeys(Mention(m[2], m[3], "agent", m[5], m[4], action) for m, action in deeds)) \
        if deeds else ()
    return Fact(0, text, offset, offset + len(text), kind, modality, date_, place,
                _roles(mentions, speech.speaker if speech else None, place, _title_countries(text, mentions),
                       _acting_places(text, mentions))
                + doers)


# What joins a date to the same time said exactly: ", yakni pada", ", namely on".
RESTATED = re.compile(r"\)?\s*,?\s*(?:yakni|yaitu|tepatnya|persisnya|atau|namely|that\s+is|or),?\s+(?:pada\s+|on\s+|in\s+)?"
                      r"(?:hari\s+|tanggal\s+)?")
# A country inside the name of a body or a post in a person's title: after the body's
# name or a word that joins a post to its country ("Pelatih Timnas Indonesia Shin
# Tae-yong", "Juru bicara UNHCR Indonesia Mitra", "Duta Besar Uni Eropa untuk Indonesia
# Denis Chaibi"), with only the person's name or more of the title after it. A demonym
# ("Malaysian Foreign Minister X said") is left alone: a minister speaks for the state.
BODY_BEFORE_COUNTRY = re.compile(r"(?:[A-Z][\w.-]*[a-z.-]|[A-Z]{2,}\)?|untuk|for)\s+$")
TITLE_BETWEEN = re.compile(r"(?:\s+(?:[A-Z][\w.-]*|untuk|for|of))*\s+$")


# People named by where they come from: "42 warga negara Indonesia", "jemaah haji
# Indonesia", "pekerja migran Indonesia", "Indonesian workers" are the people, not the
# state acting. One person known only so ("seorang warga Bangladesh", "a Russian tourist")
# is named by the country: it stays.
PEOPLE_OF_COUNTRY = re.compile(
    r"(?<!\w)(?<!seorang )(?:warga(?:\s+negara)?|WN|penduduk|pekerja(?:\s+migran)?|PMI|TKI|tenaga\s+kerja|buruh|"
    r"jemaah(?:\s+haji)?|jamaah(?:\s+haji)?|calon\s+jemaah(?:\s+haji)?|nelayan|turis|wisatawan|mahasiswa|"
    r"pelajar|atlet|pengungsi|penumpang|awak(?:\s+kapal)?|ABK|anak\s+buah\s+kapal|korban|"
    r"diaspora|keturunan|pemain|suporter)\s+$")
PEOPLE_AFTER_DEMONYM = re.compile(
    r"\s+(?:citizens?|nationals?|workers?|migrants?|tourists?|fishermen|students?|pilgrims?|"
    r"nationals|passengers?|crew|victims?|diaspora|expatriates?|athletes?|fans)\b")
# The country the news is from, named as where things are ("kecelakaan kapal di
# Indonesia", "di seluruh Indonesia", "forest in Indonesia"): the frame of the story, no
# party to it. A foreign country named so ("take place in Laos") is one.
HOME_COUNTRY = "Indonesia"
WHERE_IN_COUNTRY = re.compile(r"(?<!\w)(?:[a-z]+\s+(?:di|in)(?:\s+seluruh)?|di\s+seluruh|across|throughout|perairan)\s+$")
# The last word of each pattern above, for a set lookup before the search (most countries
# have none of them before).
WORDS_BEFORE_COUNTRY = frozenset({
    "warga", "negara", "wn", "penduduk", "pekerja", "migran", "pmi", "tki", "kerja", "buruh", "jemaah", "haji",
    "jamaah", "nelayan", "turis", "wisatawan", "mahasiswa", "pelajar", "atlet", "pengungsi", "penumpang", "awak",
    "kapal", "abk", "korban", "diaspora", "keturunan", "pemain", "suporter",
    "di", "in", "seluruh", "across", "throughout", "perairan"})


def _word_before(text: str, start: int) -> str:
    words = text[max(0, start - 20):start].rsplit(None, 1)
    return words[-1].lower() if words else ""


ONE_BEFORE = re.compile(r"(?<!\w)(?:[Aa]n?|[Oo]ne)\s+$")


def _title_countries(text: str, mentions: list[tuple]) -> frozenset[int]:
    """The starts of countries that only qualify the title of a person named right after
    them (the person acts, not the state), or name where people come from."""
    starts = set()
    countries = [(i, m) for i, m in enumerate(mentions) if m[3] == "country"]
    people = countries and any(n[3] == "person" or n[3] == "unknown" for n in mentions)  # a title qualifies only them
    for i, m in countries:
        if _people_or_setting(text, m):
            starts.add(m[0])
            continue
        if not people:
            continue
        after = next((n for n in mentions[i + 1:] if n[0] >= m[1] and n[3] != "country"), None)
        if (after is not None and after[0] - m[1] <= 60
                and (after[3] == "person" or after[3] == "unknown" and person_like(after[2]))
                and TITLE_BETWEEN.match(text[m[1]:after[0]] or " ")
                and BODY_BEFORE_COUNTRY.search(text, max(0, m[0] - 40), m[0])):
            starts.add(m[0])
    return frozenset(starts)


def _people_or_setting(text: str, country: tuple) -> bool:
    """Whether a country names where people come from or, for the home country, where
    things are (see PEOPLE_OF_COUNTRY, WHERE_IN_COUNTRY)."""
    start = country[0]
    if country[5].lower() in DEMONYMS:
        return PEOPLE_AFTER_DEMONYM.match(text, country[1]) is not None \
            and not ONE_BEFORE.search(text, max(0, start - 4), start)
    if _word_before(text, start) not in WORDS_BEFORE_COUNTRY:
        return False
    return bool(PEOPLE_OF_COUNTRY.search(text, max(0, start - 30), start)
                or country[2] == HOME_COUNTRY and WHERE_IN_COUNTRY.search(text, max(0, start - 40), start))


# The attribution closing a sentence that reports what someone said: ", X told reporters in ...".
ATTRIBUTION_AFTER = re.compile(r",[^,]{0,60}?(?<!\w)(?:told|said|says|kata|ujar|tutur)(?!\w)[^,]*?"
                               r"\s(?:in|di|at)\s+[A-Z][^,]*$")


# A quotation that opens with a condition ("Kalau ..., orang tua akan ...", "If ..., we
# will ...") says what would follow it: with no date of its own, that plans nothing.
HYPOTHETICAL = re.compile(r"[\"“‘']?\s*(?:Kalau|Jika|Jikalau|Apabila|Bila|Seandainya|Andaikan|If|Unless)\b"
                          r"[^.!?]{0,120}?,")


def _quoting(text: str) -> bool:
    return any(mark in text for mark in QUOTES)


# A clause that sets something else against the main one ("..., sedangkan jemaah
# gelombang kedua akan ...", "...; ..."): its words do not say whether the main one
# happened, goes on or is planned.
CONTRAST = re.compile(r",?\s+(?:sedangkan|whereas)\s|;\s")


def _main_clause(text: str, chosen: DateSpan | None) -> str:
    """The sentence up to a contrasting clause after its chosen date."""
    if chosen is None or not ("sedangkan" in text or "whereas" in text or ";" in text):
        return text
    contrast = CONTRAST.search(text, chosen.end)
    return text[:contrast.start()] if contrast else text


# A clause after a comma that describes what the sentence names ("..., a decision that still
# rankles in Tokyo", "..., which is still in force"): what goes on there is not the fact.
DESCRIBING = re.compile(r",\s+(?:(?:a|an|the)\s+[\w-]+\s+(?:that|which)|which|who|yang)\s[^,]*")


def _without_described(text: str) -> str:
    if not ("still" in text or "masih" in text or "continu" in text or "terus" in text) or "," not in text:
        return text
    return DESCRIBING.sub("", text)


def _looked_back_on(text: str, span: DateSpan, reference: date | None) -> bool:
    """Whether a date before the article, inside someone's view of what will be, dates
    what the view looks back on ("X mengatakan sengketa itu akan menjadi ujian ... setelah
    putusan pada Oktober 2023"): not the saying, which is the fact."""
    if reference is None or span.date.end >= reference.isoformat():
        return False
    verb = SPEECH_AFTER.search(text) or SPEECH_BEFORE.search(text)
    if verb is None or verb.end() > span.start:
        return False
    return PLANNED.search(text, verb.end(), span.start) is not None


# A clause set off by a comma that tells about something else than the sentence's own
# happening: "ASEAN, founded in Bangkok on Aug. 8, 1967, ...", ", which began in 2002",
# ", penurunan pertama sejak Februari 2021". Its date is not the sentence's when another
# is. A "when"/"ketika" clause is not one: it says when the main clause happened.
SIDE_CLAUSE = re.compile(
    r",\s+(which|who|whose|where|founded|established|formed|signed|agreed|adopted|"
    r"yang|di mana|didirikan|dibentuk|ditandatangani|disepakati|disahkan|"
    r"termasuk|including|penurunan|kenaikan|the first|the last|pertama|terakhir|"
    # ... and the span a thing covers: ", covering the years 2023 to 2025,"
    r"covering|spanning|mencakup|meliputi|"
    # ... and what a thing is, in apposition: "The national park, a UNESCO World Heritage
    # site since 1991, received about 330,000 visitors last year"
    # (up to a comma of its own, and no one speaking in it: ", a ministry official said")
    r"an?(?=\s[^,.]{3,80},)(?![^,]*\b(?:said|says|told|added|wrote)\b)|"
    # ... and what came before or after it: ", sebelum masa jabatannya berakhir pada 14 Desember"
    r"sebelum|setelah|sesudah|before|after|ahead\s+of|"
    # ... and what was planned before the change the sentence tells of
    r"originally|initially|previously|formerly|semula|awalnya|first\s+(?:planned|scheduled|set|slated|targeted))\b")
ORDER_WORDS = {"sebelum", "setelah", "sesudah", "before", "after", "ahead of"}
# A period after a noun of what is owed or counted: "tunjangan periode Agustus-Desember 2024".
PERIOD_LABEL = re.compile(r"(?<![\w-])(?!(?:sepanjang|selama|dalam|pada|di|untuk|during|in|over|for|throughout|"
                          r"the|that|this|same|yang)\b)[a-z]+\s+(?:periode|period)\s+(?:of\s+)?$")
# A date that is only a frame to count happenings in: "yang kedua tahun ini", "the third in
# the past three months".
FRAME = re.compile(r"(?i:\b(?:tahun|bulan|pekan|minggu)\s+ini\b|\bthis\s+(?:year|month|week)\b|terakhir|belakangan|"
                   r"\b(?:past|last)\s+(?:\w+\s+)?(?:days|weeks|months|years)\b|so\s+far)")
# What a "who" clause tells of a person's life, not of the day's doing: "Prabowo, who took
# office Oct. 20, has pledged ...".
BIOGRAPHY = re.compile(r"\b(?:took\s+office|was\s+born|became|has\s+(?:led|been|served))\b")
SINCE_BEFORE = re.compile(r"(?:sejak|since)\s+$", re.IGNORECASE)
# A comparison right before a date: the date is what the fact is compared with.
# (a quantity after "than" is how much, not what: "fell more than 1 percent on Monday")
# ... nor is a multiple ("more than double in the second half"), nor a deadline ("no later
# than Aug. 23").
COMPARED_WITH = re.compile(r"(?:lebih\s+[\w-]+\s+(?:dari|daripada)|dibanding(?:kan)?(?:\s+dengan)?|"
                           r"(?:higher|lower|more|less|fewer|larger|smaller|(?<![\w-])(?!later\b)[\w-]+er)\s+than|"
                           r"compared\s+(?:with|to)|"
                           # ... and a change by a share from what it was: "up 11% from the same
                           # period last year", "naik 5 persen dari periode yang sama tahun lalu"
                           r"(?:up|down|naik|turun)\s+(?:about\s+|sekitar\s+)?\d[\d.,]*\s*(?:%|percent|persen|per\s+cent)"
                           r"\s+(?:from|dari|dibanding))"
                           r"(?!\s+(?:\d|(?:double|triple|twice|thrice|quadruple)\b))"  # ("more than 140 over ...")
                           r"(?:\s+(?:[\w-]+\s+){0,3}?(?:pada|in|on))?\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# A change told new value first, then the value it changed from and when that was:
# "turun menjadi Rp5.800 per kilogram dari Rp7.200 pada Februari", "fell to 4% from 5% in
# March". The date is the old value's, not when the change was told.
CHANGED_FROM = re.compile(r"(?<!\w)(?:(?:menjadi|to)\s+[^;]{0,40}?|(?:kini|saat\s+ini|sekarang|now)\s[^;]{0,60}?(?:naik|turun|up|down)\s+)"
                          r"(?<!\w)(?:dari|from)\s+(?:Rp\s?|US\$\s?|\$)?"
                          r"\d[\d.,]*\s*(?:%|persen|percent|juta|miliar|triliun|ribu|million|billion)?"
                          r"(?:\s+(?:per\s+)?[a-z]+)?(?:\s+(?:pada|in|on))?\s+$", re.IGNORECASE)
# "since it took effect in February": `since` opening a clause of its own, whose date is
# when that clause happened, not the main clause's.
# ... also with no subject, a verb after it ("since taking office in January", "sejak
# dilantik pada Oktober").
SINCE_CLAUSE = re.compile(r"(?<!\w)(?:since|sejak)\s+(?:(?:it|they|he|she|we|the\s+\w+|its\s+\w+|their\s+\w+)"
                          r"\s+[a-z]+\b|(?!morning\b)[a-z]+ing\b|(?:men|mem|meng|ber|di)[a-z]{3,}\b)[^,;]*")


def _side_clauses(text: str, dates: list[DateSpan]) -> list[tuple[int, int]]:
    """Where the side clauses are: from their comma to the next comma outside a date."""
    clauses = []
    for opening in SIDE_CLAUSE.finditer(text):
        end = len(text)
        # (what came before or after runs to the sentence's end, its own commas and all:
        # ", after the United States, its biggest buyer, imposed a tariff in August 2025")
        for comma in () if opening.group(1) in ORDER_WORDS else re.finditer(",", text[opening.end():]):
            at = opening.end() + comma.start()
            # a comma the date's pattern took in at its end ("on Jan 1,") still ends the clause
            if not any(d.start <= at < d.end - (text[d.end - 1] == ",") for d in dates):
                end = at
                break
        if opening.group(1) in ORDER_WORDS and not any(
                d.date and not (opening.start() <= d.start < end) and not FRAME.search(d.text) for d in dates):
            continue  # "yang kedua tahun ini, setelah BI memangkas suku bunga pada Mei 2026": the
            # date outside is only a frame to count in, so the earlier happening's date stands
        clauses.append((opening.start(), end))
    if "since" in text or "sejak" in text:
        clauses += [clause.span() for clause in SINCE_CLAUSE.finditer(text)]
    if " who " in text:
        clauses += _restrictive_who(text)
    if "semula" in text or "riginally" in text:
        clauses += [clause.span() for clause in SUPERSEDED.finditer(text)]
    condition = CONDITION_FIRST.match(text) or _source_first(text) if "," in text else None
    if condition:
        clauses.append(condition.span())  # "Kalau studi selesai tahun depan, groundbreaking ... pada 2027"
    return clauses


# What was set before the change the sentence tells of, with no comma before it, up to the
# word that brings the sentence back to now: "Larangan yang semula berakhir pada 30 April
# itu kini diperpanjang hingga 31 Juli", "the talks, originally set for May, are now ...".
SUPERSEDED = re.compile(r"(?<!\w)(?:semula|[Oo]riginally)\s[^,;]{0,80}?"
                        r"(?=\s(?:itu|tersebut|kini|sekarang|now|but|namun|tetapi)\b)")


# A condition opening the sentence (or its quotation) up to its comma: when the main clause
# names a time of its own, the condition's is not the fact's.
CONDITION_FIRST = re.compile(r"[\"“]?(?:Kalau|Jika|Apabila|Bila|Seandainya|If|Unless|Once)\b[^,\"”]{3,120},")
# ... and so is what the fact rests on, opening it: "Under a schedule announced earlier this
# month, the civil servants will move between August and December 2026."
SOURCE_FIRST = re.compile(r"(?:Under|Based\s+on|In\s+line\s+with|Berdasarkan|Sesuai(?:\s+dengan)?)\s[^,\"”]{3,120},")


def _source_first(text: str) -> re.Match | None:
    """SOURCE_FIRST's clause, when the rest looks ahead (what was done under an agreement is
    dated by the agreement: "Under an agreement signed in 2024, the developer committed to ...")."""
    source = SOURCE_FIRST.match(text)
    return source if source and has_cue(PLANNED, text[source.end():]) else None


# "A trader who fled to Indonesia seven years ago was charged on June 18": a "who" clause
# without a comma runs to the main clause's verb, the first auxiliary after its own verb.
RESTRICTIVE_WHO = re.compile(r"(?<=[a-z]) who\s+\S+")
MAIN_AUXILIARY = re.compile(r"\s(?:was|were|is|are|has|have|had|will)\s")


def _restrictive_who(text: str) -> list[tuple[int, int]]:
    clauses = []
    for opening in RESTRICTIVE_WHO.finditer(text):
        verb = MAIN_AUXILIARY.search(text, opening.end())
        if verb and "," not in text[opening.end():verb.start()]:
            clauses.append((opening.start(), verb.start()))
    return clauses


def _compared_since(text: str, start: int) -> bool:
    """Whether the date at `start` is what a comparison reaches back to ("inflasi terendah
    sejak 2021 tercatat pada Agustus", "for the first time since 2021"): not the fact's."""
    if text[start:start + 5].lower() in ("sejak", "since"):
        at = start  # the date's own text opens with the word
    else:
        since = SINCE_BEFORE.search(text, max(0, start - 12), start)
        if since is None:
            return False
        at = since.start()
    return compared_before(text, at) or (
        "most " in text[max(0, at - 60):at] and COMPARED_MOST.search(text, max(0, at - 60), at) is not None)


def _narrower(text: str, dated: list[DateSpan], chosen: DateSpan,
              side: list[tuple[int, int]]) -> DateSpan:
    """A date inside the chosen one says more exactly when: "periode 2024-2029 ... Minggu
    (20/10)", "lima tahun lalu, ketika ... pada 20 Oktober 2019", "Sepanjang tahun ini
    ... pada September 2024" are that day and that month."""
    outer = chosen.date
    return next((d for d in dated if d is not chosen and not _inside(d.start, side)
                 and outer.start <= d.date.start and d.date.end <= outer.end
                 and (d.date.start, d.date.end) != (outer.start, outer.end)
                 and not _compared_since(text, d.start)), chosen)


# A change told by its two ends: "naik dari 1.024 kasus pada 2020 menjadi 3.716 kasus pada
# 2023", "rose from 1,024 in 2020 to 3,716 in 2023".
CHANGE_TO = re.compile(r"\s(?:menjadi|to)\s")
CHANGE_FROM = re.compile(r"(?<!\w)(?:dari|from)\s")


def _change_between_years(text: str, dated: list[DateSpan], chosen: DateSpan) -> DateSpan:
    """The years a change runs between, when the sentence gives both ends as years."""
    later = next((d for d in dated if d.start > chosen.end), None)
    if (later is None or chosen.date.precision != "year" or later.date.precision != "year"
            or chosen.date.start >= later.date.start or not CHANGE_TO.search(text, chosen.end, later.start)
            or not CHANGE_FROM.search(text, max(0, chosen.start - 40), chosen.start)):
        return chosen
    value = year_date(int(chosen.date.start[:4]), int(later.date.end[:4]))
    return DateSpan(chosen.start, later.end, text[chosen.start:later.end], value)


# A clause joined on that says what will be: "Malaysia holds the chair this year and will
# hand it over to the Philippines in 2026", "... tahun ini dan akan ... pada 2026".
AND_AHEAD = re.compile(r"(?<!\w)(?:and|dan|serta|but|tetapi|namun)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:will|akan|plans?\s+to|berencana)(?!\w)", re.IGNORECASE)


def _ahead_in_next_clause(text: str, candidates: list[DateSpan], chosen: DateSpan, reference: str,
                          side: list[tuple[int, int]]) -> DateSpan:
    """The date ahead of the article in a clause joined on with `and will`, over one that
    is not ahead before it: the sentence's main verb looks ahead and takes that date."""
    if chosen.date.start > reference:
        return chosen
    return next((d for d in candidates if d.start >= chosen.end and d.date.start > reference
                 and not _inside(d.start, side) and AND_AHEAD.search(text, chosen.end, d.start)), chosen)


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _without_other_since(text: str, dates: list[DateSpan], chosen: DateSpan | None,
                         reference: str | None = None) -> str:
    """The sentence without the `sejak`/`since` of a date that is not the fact's: "pada
    bulan lalu, penurunan pertama sejak Februari 2021" is no state that goes on; nor is a
    span the sentence closes that ended before the article ("sejak Kamis (22/2) hingga
    Minggu (25/2)" in an article of 26 February)."""
    if not ("ejak" in text or "ince" in text):
        return text
    if chosen is not None and len(dates) > 1:
        # "since taking office in January, met X on Thursday": the clause's since is its own
        for clause in SINCE_CLAUSE.finditer(text):
            if not clause.start() <= chosen.start < clause.end() and any(
                    clause.start() <= d.start < clause.end() for d in dates):
                text = text[:clause.start()] + " " * 5 + text[clause.start() + 5:]
    closed = _closed(chosen, reference)
    if len(dates) < 2 and not closed:
        return text
    for d in sorted(dates, key=lambda d: -d.start):
        if d is not chosen or closed:
            since = SINCE_BEFORE.search(text, max(0, d.start - 7), d.start)
            if since:
                text = text[:since.start()] + text[d.start:]
            elif d is chosen and text[d.start:d.start + 5].lower() in ("sejak", "since"):
                text = text[:d.start] + text[d.start + 5:]
    return text


UNTIL = re.compile(r"(?<!\w)(?:hingga|sampai|until|to|through|till)(?!\w)|s\.d\.|s/d", re.IGNORECASE)


def _closed(span: DateSpan | None, reference: str | None) -> bool:
    """Whether the date is a span from one day to another, named with its end ("hingga"),
    that was over before the article."""
    return bool(span and span.date and reference and span.date.end < reference
                and UNTIL.search(span.text))


def _plan_start(text: str, span: DateSpan, dates: list[DateSpan]) -> int | None:
    """Where the plan that owns this date is named, if the date belongs to one: a plan's
    name shortly before the date, with no other date and no clause break in between."""
    window_start = max(0, span.start - PLAN_REACH)
    best = None
    for cue in PLAN.finditer(text, window_start, span.start):
        between = text[cue.end():span.start]
        if ";" in between or any(cue.end() <= d.start < span.start for d in dates):
            continue
        best = cue.start()
    return best


# Words before a title that make it another person's than the holder on the article's
# date: a candidate for it, one who held it before, the election to it. A title written in
# lower case is the office in general ("pemilihan presiden").
NOT_THE_HOLDER = re.compile(r"(?<!\w)(?:calon|capres|cawapres|bakal|mantan|eks|bekas|pemilihan|"
                            r"pilpres|candidates?|former|ex-|election|elected)\s*$", re.IGNORECASE)


def _office_holders(text: str, taken: list[tuple[int, int]], reference: date | None,
                    offices: list[tuple] | None = None) -> list[tuple]:
    """A title with no name after it stands for its holder on the article's date:
    "Kapolri mengatakan" in August 2023 is Listyo Sigit Prabowo speaking."""
    if reference is None:
        return []
    found = []
    for start, end, office in gazetteer().find_offices(text) if offices is None else offices:
        if text[start:end].islower() or NOT_THE_HOLDER.search(text, max(0, start - 20), start):
            continue  # "calon presiden", "mantan Presiden": the office, not who holds it now
        following = text[end:end + 60]
        # A name after the title names the person; a country or body right after it makes
        # it another office ("Menlu Jepang" is Japan's foreign minister).
        ahead = CAPITALISED_NAME_AHEAD.match(following)
        if (ahead and ahead.group("last") not in NOT_NAMES_AHEAD) or any(
                end <= s <= end + 1 for s, _ in taken):
            continue
        holder = office.holder_on(reference.isoformat())
        if holder:
            entry = gazetteer().entries.get(holder)
            found.append((start, end, holder, "person", entry.wikidata if entry else None,
                          text[start:end]))
    return found


# The head words of another state's own bodies as Indonesian news names them, the country's
# name last ("Kepolisian Kerajaan Thailand", "Pengadilan Pidana Thailand", "Bulan Sabit Merah
# Mesir", "Angkatan Laut Filipina"): one name; the state stays an actor, its body acting for it.
FOREIGN_BODY_HEADS = ("Kepolisian", "Pengadilan", "Kementerian", "Angkatan", "Palang Merah", "Bulan Sabit Merah",
                      "Mahkamah", "Kejaksaan", "Parlemen", "Penjaga Pantai", "Badan", "Komisi", "Otoritas",
                      "Bank Sentral", "Tentara")
FOREIGN_BODY_LIST = word_list(FOREIGN_BODY_HEADS, written=True)
FOREIGN_BODY_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(FOREIGN_BODY_HEADS)})(?:\s+[A-Z][\w-]*){{0,4}}\s+$")


def _foreign_ministries(text: str, found: list[tuple]) -> list[tuple]:
    """A ministry the gazetteer knows as Indonesia's, with another country's name right after
    it, is that country's ministry: named as written, the country staying an actor."""
    states = {c[0]: c for c in found if c[3] == "country" and c[2] != "Indonesia"}  # by where each starts
    out = []
    for f in found:
        country = states.get(f[1] + 1) if f[3] == "organisation" and f[5].startswith("Kementerian ") \
            and text[f[1]:f[1] + 1] == " " else None
        if country is None:
            out.append(f)
            continue
        whole = text[f[0]:country[1]]
        out.append((f[0], country[1], whole, "unknown", None, whole))
    return out


# The numbered military units' heads, looked for in the same pass over a sentence as other
# words as written (rather than one substring test a head).
MILITARY_LIST = word_list(MILITARY_HEADS, written=True)
AGE_AFTER = re.compile(r"\s*\(\d{1,3}\)")
CURRENCY_BEFORE = re.compile(r"(?i:dolar|dollar)\s+$")
CURRENCY_AFTER = re.compile(r"\s+(?i:dollars?)\b")


def _mentions(text: str, matches: list[Match], memory: ArticleMemory,
              reference: date | None = None) -> list[tuple]:
    """(start, end, name, type, wikidata, text) for every entity, people included."""
    present = anchors_in(text)
    matches = [m for m in matches if not _ends_a_longer_name(text, m)]
    if "(" in text:  # "berinisial AS (44)": a person's initials with their age, not the country
        matches = [m for m in matches if not (m.entry.type == "country" and m.text.isupper()
                                              and AGE_AFTER.match(text, m.end))]
    if not ANCHORS[id(CURRENCY_WORDS)].isdisjoint(present):
        matches = [m for m in matches if not (m.entry.type == "country" and (
            CURRENCY_BEFORE.search(text, max(0, m.start - 8), m.start) or CURRENCY_AFTER.match(text, m.end)))]
        # "per dolar AS", "the US dollar": a currency, not the country
    bodies: list[tuple] = []
    association = not ANCHORS[id(ASSOCIATION_WORDS)].isdisjoint(present) and any(
        m.entry.type == "country" and CAPITALISED_NEIGHBOUR.search(text, max(0, m.start - 30), m.start)
        for m in matches)  # "Himpunan Nelayan Seluruh Indonesia": a capitalised word before the country
    if "PT" in text or "CV" in text or matches and (
            "(" in text and (" dan " in text or " and " in text) or association
            or not ANCHORS[id(BODY_NAME_WORDS)].isdisjoint(present) and BODY_WORD.search(text)):
        matches, bodies = bodies_with_countries(text, matches, association)  # most sentences name no such body
    if ") " in text:
        matches, inside = bodies_defined_inside(text, matches)  # "Pemerintah Kabupaten (Pemkab) Kutai ..."
        bodies += inside
    if not ANCHORS[id(UNIT_WORDS)].isdisjoint(present) and any(m.entry.type == "organisation" for m in matches):
        matches, units = units_of_bodies(text, matches)  # "Fakultas Hukum Universitas Gadjah Mada"
        bodies += units
    found = [as_written(m, memory) for m in matches]
    if matches and " Indonesia" in text:
        _teach_company_short_names(found, memory)  # "Garuda Indonesia ..., Garuda aims ..."
    if bodies:
        found += bodies
    taught = []
    if memory.acronyms or memory.company_names:  # taught by earlier sentences, before a speech cue takes the word
        taught = acronyms_taught(text, [(f[0], f[1]) for f in found], memory)
        found += taught
    for body in bodies:
        learn_acronym(text, body, memory)
    if "(" in text:  # "PT Kilang Pertamina Internasional (KPI)": a known body's own short name
        for f in found:
            if f[3] == "organisation" and f[2] not in memory.acronyms.values() and _unknown_acronym_after(text, f[1]):
                learn_acronym(text, f, memory)
                memory.kinds.setdefault(f[2], "organisation")
            elif f[3] == "place" and (short := DEFINED_ACRONYM.match(text, f[1])) and short.group(1)[:1].isupper() \
                    and " " not in short.group(1):
                memory.regions.add(short.group(1))  # "Tulang Bawang Barat (Tubaba)": then "Sekda Tubaba Herwan ..."
    office_named = not ANCHORS[id(OFFICE_NAME_WORDS)].isdisjoint(present)
    # The holders of offices named here ("Health Minister Budi ..."), for "the minister" in
    # later sentences: learned when this one is read, where "The governor said he would meet
    # West Java Governor Dedi Mulyadi" is still the governor named before.
    titled_here: dict[str, str] = {}
    for m in found:
        if m[3] == "person":
            memory.learn(m[2], written=True)
            titled = OFFICE_BEFORE.search(text, max(0, m[0] - 30), m[0]) if office_named else None
            if titled:  # (a name the gazetteer knows too)
                titled_here[titled.group(1).lower()] = m[2]
    taken = [(f[0], f[1]) for f in found]
    offices = gazetteer().find_offices(text)
    for holder in _office_holders(text, taken, reference, offices):
        memory.learn(holder[2])
        found.append(holder)
    # a minister's field is no name of its own ("Menteri Energi dan Sumber Daya Mineral ..."),
    # and the title's reader steps over it whole
    field_matches = list(minister_fields().finditer(text)) if "Menteri " in text else []
    if "Minister of " in text or "Minister for " in text:
        field_matches += english_minister_fields().finditer(text)  # "Minister of Marine Affairs and Fisheries"
    fields = [m.span() for m in field_matches]
    taken = [(f[0], f[1]) for f in found] + fields
    people = people_after_titles(text, matches, [o[:2] for o in offices] + [t[:2] for t in taught]
                                 + [m.span(1) for m in field_matches], memory.regions)
    for start, end, name in people + _speech_names(text, taken):
        opened = [f for f in found if f[0] == start and f[1] < end and f[3] == "place"]
        if len(opened) == 1:  # "Deputy Minister Bima Arya Sugiarto": not the regency
            found.remove(opened[0])
            taken = [(f[0], f[1]) for f in found] + fields
        if any(s < end and start < e for s, e in taken) or CAMEL_NAME.search(name) and not SCOTTISH.search(name):
            continue  # ("Head of Corporate Communications KilatMart, Nadya ...": a brand is no one's name)
        full = memory.resolve(name)
        memory.learn(full, memory.kinds.get(full, _kind_by_tail(full)), written=True)
        titled = OFFICE_BEFORE.search(text, max(0, start - 30), start) if office_named else None
        if titled:
            titled_here[titled.group(1).lower()] = full
        found.append((start, end, full, memory.kinds[full], None, name))
        taken.append((start, end))
    if "Kapol" in text or "Kaja" in text or "Pang" in text or "Dan" in text:
        found += _units_of_titles(text, found)  # most sentences name no such title
    found += known_names(text, taken, memory)
    if any(kind in text for kind in LOWER_CASE_KINDS):
        found += _bodies_in_lower_case(text, found)  # "the West Manggarai regional council"
    if any(kind in text for kind in PLACE_BODY_KINDS):
        found += _bodies_named_after(text, found, PLACE_BODY, lambda f: f[3] == "place")  # "the Wonosobo administration"
    if STATE_ORGAN.search(text):
        found += _bodies_named_after(text, found, STATE_ORGAN, _by_peoples_word)  # "Philippine Navy"
    if POLITY_WORDS.search(text):
        found += _polities(text, found)  # "Kesultanan Ternate", "the Sultanate of Ternate"
    if "-" in text and _may_name_a_ticket(text) and TICKET_WORDS.search(text):
        found += _ticket_partners(text, found, memory)  # "Pasangan Ridwan Kamil-Suswono"
    if found_written(text)[MILITARY_LIST]:
        found += military_units(text, [(f[0], f[1]) for f in found])  # "Kodam XVII/Cenderawasih"
    taken = [(f[0], f[1]) for f in found] + fields
    places = [(f[0], f[1]) for f in found if f[3] == "place"]
    countries = [(f[0], f[1]) for f in found if f[5] == "Indonesia" and f[3] == "country"
                 and CAPITALISED_NEIGHBOUR.search(text, max(0, f[0] - 30), f[0])] \
        if " Indonesia" in text else []  # "Shell Indonesia"
    states = [(f[0], f[1]) for f in found if f[3] == "country" and f[5] != "Indonesia"
              and FOREIGN_BODY_BEFORE.search(text, max(0, f[0] - 50), f[0])] \
        if found_written(text)[FOREIGN_BODY_LIST] else []  # "Kepolisian Kerajaan Thailand": a state's own body
    countries += states
    named_countries = len(found)
    for start, end, name in unknown_names(text, taken, places, countries):
        type_ = "place" if _a_place_name(name) or name.casefold() == memory.dateline or (
            PARTICLE.search(name) and text.endswith((" di ", " in ", " at "), 0, start)) \
            or AREA_BEFORE.search(text, max(0, start - 24), start) else "unknown"
        if person_like(name):  # ... "in Rio de Janeiro", where "Ramon de Guzman said" is a person
            if text.endswith((" di ", " in "), 0, start) and not text.startswith(POSSESSIVE, end) \
                    and not HOLDING_BEFORE.search(text, max(0, start - 16), start):
                type_ = "place"  # "dirawat di Lubuk Pakam", "in Ayer Keroh": where, not who
                # (but "Shares in Andalas Agri", "a stake in Selat Express": a company)
            memory.learn(name, "unknown", written=True)
            if type_ != "place" and not PLACE_PREPOSITION.search(text, max(0, start - 4), start):
                memory.persons.add(name)  # ... nor "in Lubuk Pakam": no person for "he said"
        memory.learn_region(name)
        if name.startswith(("PT ", "CV ")) and name.count(" ") >= 2:
            # "PT Sukamaju Patra Niaga", then "Sukamaju Patra Niaga" without its legal form
            memory.acronyms.setdefault(name[3:], name)
        shown = name.title() if name.isupper() and type_ == "place" and name.casefold() == memory.dateline else name
        found.append((start, end, shown, type_, None, name))  # "LEGAZPI CITY" of a dateline is Legazpi City
        learn_acronym(text, found[-1], memory)
        if "(" in text and type_ in ("unknown", "place") and name.startswith(LOCAL_UNIT_HEADS):
            found[-1] = with_place_after_acronym(text, found[-1])
    if memory.text:
        found += _single_names(text, [(f[0], f[1]) for f in found] + fields, memory)  # "Starlink did not respond"
    if CAMEL_NAME.search(text):
        found += _camel_names(text, [(f[0], f[1]) for f in found] + fields, memory)  # "IDXCarbon", "MetMalaysia"
    if "nisial " in text:  # "berinisial AS": a suspect, not the United States
        found = [f for f in found if not (f[1] - f[0] == 2 and INITIALS_JUST_BEFORE.search(text, max(0, f[0] - 14), f[0]))]
    if ACRONYM.search(text) or "nisial" in text or "nitial" in text:
        found += undefined_acronyms(text, [(f[0], f[1]) for f in found] + fields, memory)  # "DPRA menggelar rapat"
    if len(found) > named_countries and ENGLISH_BODY_TAIL.search(text):
        found = _names_opened_by_places(text, found, named_countries, memory)
    if places and A_COMPANY_KIND.search(text):
        found = _companies_named_by_places(text, found, memory)  # "Sarawak Energy"
    if countries and len(found) > named_countries:  # the country inside a company's name is not an actor
        names = [(f[0], f[1]) for f in found[named_countries:]]
        found = [f for f in found  # (the state whose own body it is stays: its body acts for it)
                 if not ((f[0], f[1]) in countries and (f[0], f[1]) not in states
                         and any(s < f[0] and f[1] <= e for s, e in names))]
    if ("(" in text or ", " in text) and AGE_MARK.search(text):
        found += _aged_names(text, [(f[0], f[1]) for f in found], memory)
    if ", " in text and (" seorang " in text or " a " in text or " an " in text):
        found += _apposed_names(text, [(f[0], f[1]) for f in found], memory)
    if memory.offices and ("he " in text or "ang " in text):  # "the minister", "sang menteri"
        lower = text.lower()
        if any(f"the {office}" in lower or f"sang {office}" in lower for office in memory.offices):
            found += _office_named_before(text, found, memory)
    if "ompany" in text or "erusahaan" in text or "erseroan" in text or THE_TRADE.search(text):
        found = _the_company(text, found, memory)  # "The company said ...": the one named last
    if "he " in text and memory.told and THE_BODY.search(text):
        found = _the_body(text, found, memory)  # "The agency handled ...": the agency named last
    if (" itu" in text or " tersebut" in text) and memory.told and THAT_BODY.search(text):
        found = _that_body(text, found, memory)  # "Koperasi itu menyegel gudang ...": the one named last
    if ("emkab" in text or "emkot" in text or "emprov" in text or "emko" in text) and memory.told:
        found = _regional_government_named_before(text, found, memory)  # "Pemkab membuka dapur umum"
    if "Balai" in text and memory.told and BARE_BALAI.search(text):
        found = _office_head_named_before(text, found, memory)  # "petugas Balai akan berjaga"
    if memory.offices and any(f"{office} " in text for office in memory.offices if office in OFFICE_NAMES_ID):
        found += _office_named_before(text, found, memory, BARE_OFFICE)  # "gubernur menyerahkan bantuan"
    if not places and found_written(text)[PLACE_WORD_LIST]:
        found += _places_after_di(text, found, memory)  # only where no known place is named
    found = _regional_bodies(text, found, memory)
    if " ministry" in text:
        found += _ministries_in_lower_case(text, found, memory)  # "the health ministry said"
    if "emerintah" in text and not memory.abroad:
        found += _the_government(text, found)  # "Pemerintah menetapkan kuota impor ..."
    if "olice " in text:
        found += english_police(text, found)  # "Police arrested two farmers last week"
    if "Kementerian " in text and any(f[3] == "country" for f in found):
        found = _foreign_ministries(text, found)  # "Kementerian Haji dan Umrah Arab Saudi": Saudi Arabia's
    capitals = gazetteer().capitals
    for i, f in enumerate(found):
        if f[2] in capitals and f[3] == "place":
            found[i] = _state_of_capital(text, f, capitals[f[2]])
    if any(_honorific_head(f[2]) for f in found):  # also a short name that stands for one
        found = [_without_honorific(f, memory) for f in found if not _honorifics_only(f)]
    if any(f[3] in ("person", "unknown") and DEGREES.search(f[2]) for f in found):
        found = [_without_degrees(f, memory) for f in found]
    found = commissions(text, missions(text, found), memory.text)
    for f in list(found):
        if f[2].startswith("Komisi ") and " DPRD" in f[2]:  # "Komisi D" alone later is the same commission
            memory.acronyms.setdefault(f[2].split(" DPRD")[0], f[2])
            council = f[2].split(" ", 2)[2]  # ... and its council takes part with it
            if not any(g[2] == council for g in found):
                found.append((f[0], f[1], council, "unknown", None, f[5]))
    if "Kepolisian " in text:  # "Kepolisian Resor Karangasem" is Polres Karangasem, as news names it
        found = [(*f[:2], police_short_form(f[2]), *f[3:]) if f[3] == "unknown" else f for f in found]
    if any(f[3] in ("organisation", "unknown") and _a_company(f[2]) for f in found):
        _learn_companies(found, memory)
    if "inister " in text:
        found = _without_portfolios(text, found)
    memory.offices.update(titled_here)
    return sorted(found)


# A minister's portfolio before the title ("Marine Affairs and Fisheries Minister Sakti ...",
# "Energy and Mineral Resources Minister Bahlil ..."): words of the title, as "Kelautan dan
# Perikanan" are in "Menteri Kelautan dan Perikanan", not a body that acts.
PORTFOLIO = re.compile(r"(?:[A-Z][\w'’-]*,?\s+(?:(?:and|&)\s+)?)+(?=(?:Deputy\s+|Vice\s+)?[Mm]inister\s+[A-Z])")


# ... or after it, before the minister's name: "Coordinating Minister for Political and
# Security Affairs Budi Gunawan".
PORTFOLIO_AFTER = re.compile(r"[Mm]inister\s+(?:of|for)\s+(?:the\s+)?((?:[A-Z][\w'’-]*,?\s+(?:(?:and|&)\s+)?)+)")


def _without_portfolios(text: str, found: list) -> list:
    """`found` without the unknown names that are words of a minister's portfolio."""
    spans = [(m.start(), m.end()) for m in PORTFOLIO.finditer(text)]
    people = [f[0] for f in found if f[3] == "person"]
    spans += [m.span(1) for m in PORTFOLIO_AFTER.finditer(text) if any(m.start(1) < at < m.end(1) for at in people)]
    return [f for f in found if not (f[3] == "unknown" and any(s <= f[0] and f[1] <= e for s, e in spans))]


# Malaysian and Bruneian honorifics, conferred, not part of the name: "Datuk Seri Anwar
# Ibrahim" is Anwar Ibrahim, "Tan Sri Muhyiddin Yassin" is Muhyiddin Yassin.
# Religious and customary ones too: "Teungku Abdullah Ishak", "Jro Mangku Wayan Sukarsa",
# "KH Ahmad Fauzi", "Ustaz Budi", "Romo Andreas", "Bhante Dhammasubho".
HONORIFICS = ("Datuk", "Dato'", "Dato’", "Dato", "Datin", "Tun", "Tan Sri", "Puan Sri", "Toh Puan", "Teungku",
              "Tgk.", "Tgk", "Jro Mangku", "Jero Mangku", "Jro", "Mangku", "Ida Pedanda", "KH.", "KH", "Kiai", "Kyai", "Ustazah",
              "Ustaz", "Ustadz", "Romo", "Pendeta", "Pdt.", "Pdt", "Bhante", "Pastor", "Rev.", "Rev", "Reverend",
              # ... a church's bishops' ("Archbishop Hironimus Pakaenoni", "Mgr. Paskalis ...")
              "Archbishop", "Bishop", "Cardinal", "Kardinal", "Mgr.", "Mgr", "Monsignor",
              # ... a church elder's and deacon's, as Minahasa's churches write them ("Pnt Hendrik Wowor")
              "Penatua", "Pnt.", "Pnt", "Diaken",
              # ... and a pilgrim's, a priest's and a sheikh's ("Haji Asep Saepudin", "Father
              # Yohanes ...", "Sheikh Mohammad ..."), dropped only before two names or more
              *(PILGRIM_OR_CLERIC := ("Haji", "Hajjah", "Father", "Sheikh", "Syekh",
                                      # ... and a customary elder's ("Abah Ujang Suryana", "Mbah ...")
                                      "Abah", "Mbah",
                                      # ... and a grandparent's ("Nek Siti Hawa (81)", "Kakek ...",
                                      # the Batak "Ompung ...")
                                      "Nek", "Nenek", "Kakek", "Opung", "Ompung")),
              # ... the Yogyakarta and Surakarta courts' titles ("KRT Wijoyo Pamungkas")
              "KRT", "KRMT", "KPH", "KGPH", "GKR", "GBPH",
              # ... and a police rank as English papers shorten it ("Comm Yohanes Wenda")
              "Sr Comm", "Sr Comr", "Comm", "Comr",
              # ... and the Javanese and Sundanese forms of address news writes before a
              # short name ("Gus Fawait" after "Bupati Jember Muhammad Fawait", "Cak Eri")
              "Gus", "Cak", "Kang", "Ning", "Bli",
              # ... and Papua's for a woman of standing ("Mama Deliana Nirigi (49), mengaku ..."),
              # and the Banjar aunt's ("Acil Jumiah (67) sudah berdagang ...")
              "Mama", "Acil",
              # ... and Sarawak's "Datu", and a professor's title before a surname ("Professor Mu'ti")
              "Datu", "Professor", "Prof.", "Prof",
              # ... and English forms of address left before a name ("said Mr Yohanes Dami Kota")
              "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Madam",
              # ... and English ranks, as a court report writes them ("Private First Class Agus
              # Salim Rumbewas", "Major Hendrik Wanma"): dropped only before two names or more
              *(ENGLISH_RANKS := ("Private First Class", "Private", "Second Sergeant", "First Sergeant", "Staff Sergeant",
                                  "Sergeant Major", "Sergeant", "Corporal", "Second Lieutenant", "First Lieutenant",
                                  "Lieutenant Colonel", "Lieutenant", "Captain", "Major General", "Major",
                                  "Brigadier General", "Colonel", "Warrant Officer")))
# ... and the second word some of them take ("Datuk Seri", "Datuk Patinggi").
HONORIFIC_SECONDS = ("Seri", "Sri", "Paduka", "Patinggi", "Amar")
HONORIFIC = re.compile(r"(?:(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+")
                                            for h in sorted(HONORIFICS, key=len, reverse=True))
                       + r")(?:\s+(?:" + "|".join(HONORIFIC_SECONDS) + r"))?\s+(?:Dr\.?\s+)?"
                       # ... its second word left when a reader took "Datuk" for a title
                       # ("Seri Hairul Azman Rosli"), before two names at least
                       + r"|Seri\s+(?=[A-Z][a-z]+\s+[A-Z][a-z]))+(?=[A-Z][a-z])")
# What a name holding one starts with: a cheap look before the pattern.
HONORIFIC_HEADS = tuple({h.rstrip(".'’") for h in HONORIFICS} | {"Seri "})
# ... kept by their first letter, so that each name found is compared with the few heads
# that open as it does rather than with all of them.
HONORIFIC_HEADS_BY_INITIAL = {initial: tuple(h for h in HONORIFIC_HEADS if h[0] == initial)
                              for initial in {h[0] for h in HONORIFIC_HEADS}}


def _honorific_head(name: str) -> bool:
    """`name.startswith(HONORIFIC_HEADS)`, tried with the heads of the name's first letter."""
    return name.startswith(HONORIFIC_HEADS_BY_INITIAL.get(name[:1], ()))


# A one-word name with a capital inside it, as platforms, lenders and agencies brand
# themselves ("IDXCarbon", "MetMalaysia", "DanaKilat", "IQAir"): a name, though one word.
# (Not an abbreviation with one capital inside, "MoU"; not a news outlet or a messaging
# platform, the channel, not a party: "told BenarNews", "via WhatsApp".)
# (opening with its capital, which the engine skips to, and looking behind it from there,
# not with a look-behind tried at every character of every sentence)
CAMEL_NAME = re.compile(r"[A-Z](?<![\w'’-].)(?:[a-z]{2,}[A-Z][a-z]+[A-Za-z]*|[A-Z]+[a-z]{2,}[A-Za-z]*)(?![\w'’-])")
SCOTTISH = re.compile(r"\bMa?c[A-Z]")  # ("Douglas MacArthur": a surname, not a brand)
CHANNELS = re.compile(r"News|TV|Tribun|Kompas|Post|Times|Pos\b|WhatsApp|YouTube|TikTok|LinkedIn|PowerPoint|FaceBook")


def _single_names(text: str, taken: list[tuple[int, int]], memory: ArticleMemory) -> list[tuple]:
    """A one-word name the article writes capitalised inside its sentences, twice or more
    counting the sentences it opens, and never in lower case (a company, an app, a brand:
    "Starlink", "Panenin") is a party wherever it stands; unknown names are never dropped.
    Found once per article."""
    if memory.single_names is None:
        memory.single_names = _article_single_names(memory.text)
    found = []
    if not any(word in text for word in memory.single_names):
        return found  # (an article has few such names, and most sentences hold none of them)
    for match in SINGLE_WORD.finditer(text):
        word = match.group()
        if word in memory.single_names and not any(s < match.end() and match.start() < e for s, e in taken) \
                and _alone(text, match) and not AGE_AFTER.match(text, match.end()):  # ("Sarmin (61)": a person, aged)
            found.append((match.start(), match.end(), word, memory.kinds.get(word, "unknown"), None, word))
    return found


# (a possessive's "'s" after it is no part of it: "Kendara's drivers")
# (its capital first, as CAMEL_NAME's)
SINGLE_WORD = re.compile(r"[A-Z](?<![\w'’.-].)[a-z]{2,}(?:[A-Z][a-z]+)*(?![\w-]|['’](?!s\b)|\.\w)")
MID_SENTENCE_WORD = re.compile(r"[A-Z](?<=[a-z,] [A-Z])[a-z]{2,}(?:[A-Z][a-z]+)*(?![\w-]|['’](?!s\b)|\.\w| [A-Z]| (?:of|dan|and) [A-Z])")


def _alone(text: str, match: re.Match) -> bool:
    """Not a word of a longer capitalised name: "Jaya" of "Polda Metro Jaya"."""
    before = PREVIOUS_WORD.search(text, max(0, match.start() - 30), match.start())
    return not (before and before.group(1)[:1].isupper()) and not NEXT_CAPITAL.match(text, match.end())


PREVIOUS_WORD = re.compile(r"([\w'’-]+)[ ]$")
NEXT_CAPITAL = re.compile(r" (?:[A-Z]|of [A-Z]|dan [A-Z]|and [A-Z])")


def _article_single_names(article: str) -> frozenset[str]:
    seen: dict[str, list[int]] = {}
    for match in MID_SENTENCE_WORD.finditer(article):  # (a word alone after one in lower case or a comma)
        at = match.start()
        if article[at - 2] != ",":
            before = max(article.rfind(" ", 0, at - 1), article.rfind("\n", 0, at - 1)) + 1
            if not article[before].islower():
                continue
        seen.setdefault(match.group(), []).append(at)
    opening = Counter(m.group(1) for m in SENTENCE_OPENING_WORD.finditer(article)) if seen else {}
    names = []
    prose = None
    for word, alone in seen.items():
        if len(alone) + opening.get(word, 0) < 2:
            continue  # (most words: looked at no further; "Kendara shut its unit": opening a sentence too)
        if any(PLACE_WORD_BEFORE.search(article, max(0, at - 12), at) for at in alone):
            continue  # "di Tondo", "in Vanimo": a village or a town, not a party
        towards = sum(1 for at in alone if TOWARDS_BEFORE.search(article, max(0, at - 8), at))
        if 2 * towards >= len(alone):
            continue  # "to Vanimo" (but "lost subscribers to Starlink" once of many)
        prose = TAG_ROW.sub("", article) if prose is None else prose
        if _may_be_a_name(word, prose):
            names.append(word)
    if "Di" in article:  # a region's office by its contraction is a party even written once
        names += [word for word in OFFICE_WORD.findall(article) if office_contraction(word.lower())]
    return frozenset(names)


# ("Di" first, a literal the engine skips to, and the look-behind asked there)
OFFICE_WORD = re.compile(r"Di(?<![\w-]..)[sn][a-z]{3,}(?![\w-])")  # "Dispaperkan menggelar operasi pasar"


# A word opening a sentence before a word in lower case or its possessive, counted with the
# same word written inside sentences.
# (opening with the mark before it, which the engine skips to, not with a look-behind tried
# at every character: the stop or the line's break as one class, which the engine scans for
# faster than for either of two alternatives, the stop's quote and space only after a stop)
SENTENCE_OPENING_WORD = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])[\"”]? )([A-Z][a-z]{2,}(?:[A-Z][a-z]+)*)(?=['’]s | [a-z])")
PLACE_WORD_BEFORE = re.compile(r"(?<![\w-])(?:di|menuju|perairan|desa|kampung|kelurahan|in|at|near|village|island|"
                               r"district)\s+$", re.IGNORECASE)
TOWARDS_BEFORE = re.compile(r"(?<![\w-])(?:ke|dari|to|from)\s+$", re.IGNORECASE)
TAG_ROW = re.compile(r"^(?:Tags?|Tagar|Topik|Topics?)\s*:.*$", re.MULTILINE | re.IGNORECASE)  # (lower-case tags)


def _may_be_a_name(word: str, article: str) -> bool:
    """Not a word news capitalises that is no name (a title, an office's or a month's word,
    a people's name, a holiday), not one the gazetteer knows, and never written in lower
    case in the article (then it is a common word, capitalised in a heading or a name)."""
    if _no_name_word(word):
        return False
    # (a web address or a slug is no prose: "/phk-panenin-240-karyawan")
    return not _stands_alone(word.lower(), article, "/.-")


def _stands_alone(word: str, text: str, joiners: str) -> bool:
    """Whether `word` is in `text` with neither a word character nor one of `joiners` on
    either side, as a look-behind and a look-ahead around it would find it: a scan with
    `find`, because a pattern made for each word was compiled afresh for most words."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _binds(text[at - 1], joiners)) and not (end < len(text) and _binds(text[end], joiners)):
            return True
        at = text.find(word, at + 1)
    return False


def _binds(character: str, joiners: str) -> bool:
    """A word character as a pattern has it (a letter, a digit or "_"), or one of `joiners`."""
    return character.isalnum() or character == "_" or character in joiners


@lru_cache(maxsize=4096)
def _no_name_word(word: str) -> bool:
    lower = word.lower()
    return lower in SINGLE_NOT_NAMES or lower in TITLE_WORDS or lower in NOT_NAME_WORDS or lower in HEAD_WORDS \
        or lower in DEMONYMS or lower in OPENERS or lower in MONTH_AND_DAY_WORDS or CHANNELS.search(word) is not None \
        or word.endswith(("zone", "News")) or bool(gazetteer().find(word))  # (nor a news outlet: "BenarNews")


MONTH_AND_DAY_WORDS = frozenset(w.lower() for w in (*MONTHS, *WEEKDAYS))
# Capitalised words of news that name no party: holidays, faiths, currencies, units, events.
SINGLE_NOT_NAMES = frozenset("""
lebaran natal idul fitri adha ramadan ramadhan imlek nyepi waisak islam kristen katolik hindu buddha muslim
allah tuhan rupiah dollar ringgit baht peso yuan yen euro celsius wib wita wit gmt covid pemilu pilkada pilpres
christmas easter eid muslims christians god internet online google facebook instagram tiktok youtube twitter
whatsapp telegram english bahasa the this that these those there their they when while after before during
however meanwhile but and also although though since until under with without from into over per via
pasal ayat perpres perbup perda perwali pergub kepgub kepres inpres seksi tahap gelombang
indigenous indonesians palestinians sumatran bornean javanese balinese papuans tionghoa
mongabay jubi reuters waspada analisa inquirer bernama antara kompas tempo detik tribun okezone kumparan liputan
republika sindonews suara katadata kontan bisnis xinhua kyodo nikkei bloomberg guardian benarnews rappler
""".split())


def _the_government(text: str, found: list[tuple]) -> list[tuple]:
    """`Pemerintah` (or `pemerintah pusat`) alone as the subject of a deed, in Indonesian
    news, is Indonesia's government: the country, as the gazetteer reads `Pemerintah
    Indonesia`; not a region's (`Pemerintah Kabupaten ...`), named with its region."""
    match = THE_GOVERNMENT.search(text)
    if match is None or any(f[0] <= match.start("word") < f[1] for f in found):
        return []
    entry = gazetteer().entries.get("Indonesia")
    return [(match.start("word"), match.end("word"), "Indonesia", "country", entry.wikidata if entry else None,
             match.group("word"))]


THE_GOVERNMENT = re.compile(r"(?:^|[,;]\s+|\bbahwa\s+)[\"“]?(?P<word>[Pp]emerintah(?:\s+pusat)?)\s+"
                            r"(?:(?:juga|telah|sudah|akan|tengah|sedang|masih|belum|tidak|pun|kemudian|kembali|baru|"
                            r"segera|resmi|bakal|terus)\s+)*(?:me|ber|di)[a-z]{3,}")


def _ministries_in_lower_case(text: str, found: list[tuple], memory: ArticleMemory) -> list[tuple]:
    """A ministry named by its field in lower case, as English wires write it: the one the
    gazetteer knows by that field ("the health ministry" is the Ministry of Health), else named
    as written ("the labour ministry")."""
    added = []
    for match in LOWER_MINISTRY.finditer(text):
        if any(f[0] <= match.start("field") < f[1] for f in found):
            continue
        field = match.group("field")
        titled = " ".join(w.capitalize() for w in field.split()) + " Ministry"
        known = [m for m in gazetteer().find(titled, memory.abroad) if m.entry.type == "organisation"
                 and (m.start, m.end) == (0, len(titled))]
        if known:
            entry = known[0].entry
            added.append((match.start("field"), match.end(), entry.name, entry.type, entry.wikidata, match.group()))
        else:
            added.append((match.start("field"), match.end(), f"{field} ministry", "unknown", None, match.group()))
    return added


MINISTRY_FIELDS = ("health|labour|labor|manpower|forestry|environment|finance|trade|foreign|home|religious affairs|"
                   "agriculture|energy|transport|transportation|education|defence|defense|tourism|industry|fisheries|"
                   "marine affairs|maritime affairs|law|justice|social affairs|communications|information|"
                   "public works|housing|investment|culture|sports|youth and sports|interior|state-owned enterprises|"
                   "mining|mines|environment and forestry|agrarian|villages|cooperatives")
LOWER_MINISTRY = re.compile(rf"(?<![\w-])(?P<field>{MINISTRY_FIELDS})\s+ministry\b(?!\s+(?:official|officer|spokes|"
                            rf"building|headquarters|data|figures|regulation|rule)|')")


POLLUTION_INDEX = re.compile(r"(?i:hour\s+PSI|PSI\s+(?:reading|level|value|index|readings|levels|of\s+\d|hit|rose|"
                             r"climbed|fell|reached|was|stood|in\s+the\s+(?:un)?healthy|range)|\bPSI\s*\(|haze)")


INITIALS_JUST_BEFORE = re.compile(r"(?i:\bberinisial|\binisial)\s+$")


def _camel_names(text: str, taken: list[tuple[int, int]], memory: ArticleMemory) -> list[tuple]:
    found = []
    for match in CAMEL_NAME.finditer(text):
        name = match.group()
        if name.endswith(("nya", "lah", "kah")) or CHANNELS.search(name) \
                or any(s < match.end() and match.start() < e for s, e in taken):
            continue  # "KPKnya": a known body with a suffix
        memory.learn(name, "unknown", written=True)
        found.append((match.start(), match.end(), name, "unknown", None, name))
    return found


def _unknown_acronym_after(text: str, end: int) -> bool:
    """An acronym in brackets after a known body that the gazetteer does not know already
    (it knows "ESDM"; "KPI" it leaves alone, as it is also a performance indicator)."""
    defined = DEFINED_ACRONYM.match(text, end)
    return bool(defined) and not gazetteer().find(defined.group(1))


# The words of the honorifics above, which alone before a known person's name are no one
# ("Datuk Seri" before "Anwar Ibrahim", which the gazetteer took).
HONORIFIC_WORDS = {w.rstrip(".'’") for h in HONORIFICS for w in h.split()} | {*HONORIFIC_SECONDS, "Panglima"}


def _honorifics_only(mention: tuple) -> bool:
    return mention[3] in ("person", "unknown") and all(w.rstrip(".'’") in HONORIFIC_WORDS for w in mention[2].split())


def _kind_by_tail(name: str) -> str:
    """A name read after a title or a speech verb is a person's, unless its last word says
    it is a company or a body's ("Teluk Bayur Shipping Lines said")."""
    return "unknown" if name.endswith(COMPANY_ENDINGS) or name.rsplit(None, 1)[-1] in ENGLISH_BODY_TAILS \
        else "person"


def _without_honorific(mention: tuple, memory: ArticleMemory) -> tuple:
    if mention[3] not in ("person", "unknown") or mention[2].endswith(COMPANY_ENDINGS):
        return mention  # "Seri Hijau Plantations Bhd" is a company's whole name
    honorific = HONORIFIC.match(mention[2])
    if honorific is None or honorific.end() == len(mention[2]):
        return mention
    name = mention[2][honorific.end():]
    if " " not in name and honorific.group().strip().startswith(ENGLISH_RANKS + PILGRIM_OR_CLERIC):
        return mention  # "Major League": no rank before one word ("Haji Lulung" is the name he goes by)
    if " " not in name:
        resolved = memory.resolve(name)  # "Gus Fawait": the Fawait the article named in full
        name = name if HONORIFIC.match(resolved) else resolved  # (not the name with the honorific again)
    if " " in name:  # "Saifuddin" later is the name without "Datuk Seri", as the article wrote it
        for token in name.split():
            if len(token) > 2 and memory.people.get(token, mention[2]) == mention[2]:
                memory.people[token] = name
        memory.learn(name, written=True)
    if not mention[5].startswith(honorific.group()):
        return (*mention[:2], name, "person", mention[4], mention[5])  # "Anwar", taught the full name
    return (mention[0] + honorific.end(), mention[1], name, "person", mention[4], mention[5][honorific.end():])


# Academic and professional degrees written after a name: "dr Bambang Eko Santoso MKes",
# "Hartono Wijaya SpPD", "Siti Aminah SH MH".
DEGREES = re.compile(r"(?:\s+(?:Sp\.?[A-Z][A-Za-z]{0,3}|M\.?(?:Kes|Si|Hum|Pd|Sc|Ag|Kom|Psi|Eng|Ikom|Kn)|"
                     r"S\.?(?:H|E|T|Pd|Si|Sos|Kom|Ked|Kep|IP|Ag|Psi)|MH|MM|MPH|MBA|MSc|PhD|Ph\.D|SKM)\.?,?)+$")


def _without_degrees(mention: tuple, memory: ArticleMemory) -> tuple:
    degrees = DEGREES.search(mention[2]) if mention[3] in ("person", "unknown") else None
    if degrees is None or " " not in mention[2][:degrees.start()]:
        return mention
    name = mention[2][:degrees.start()]
    memory.learn(name, "person", written=True)
    return (*mention[:2], name, "person", *mention[4:])


PARTICLE = re.compile(rf" (?:{'|'.join(NAME_PARTICLES)}) ")


def _regional_bodies(text: str, found: list[tuple], memory: ArticleMemory) -> list[tuple]:
    """Regional governments, branches and offices named in full, and their short forms
    taught by earlier sentences (see events.extract.units)."""
    if not found and not memory.short_forms:
        return found
    types = {f[3] for f in found}
    if "Pem" in text:
        found = regional_governments(text, found)  # "Pemkab Purwakarta", "Pemerintah Provinsi ..."
    if "place" in types:
        found = regional_bodies_in_english(text, found)  # "the Purwakarta regency administration"
    if "organisation" in types:
        found = branches(text, found, memory.branches)  # "Perum Bulog Kanwil Sulselbar"
    if memory.short_forms:
        found = short_forms_named(text, found, memory.short_forms)  # "Dinkes mencatat ..."
    if "unknown" in types or "Pem" in text or "organisation" in types:
        teach_short_forms(found, memory.short_forms)
    if "unknown" in types and "place" in types:
        found = same_units(found, memory.units)  # "Polda Jateng" after "Polda Jawa Tengah"
    if "place" in types:
        found = chapters_by_acronym(text, found)  # "APCI Sulut", "LBH Manado"
    return found


PLACE_PREPOSITION = re.compile(r" (?:in|at)\s$")
HOLDING_BEFORE = re.compile(r"(?<![\w-])(?:[Ss]hares?|[Ss]takes?|[Ii]nterests?|[Ii]nvested|[Ii]nvestments?) in $")

# A capital as the subject of a diplomatic deed stands for its state: "Beijing protested",
# "Washington imposed tariffs", "Brussels agreed to delay", "Jakarta picked China's bid".
# Only these verbs: "banjir di Jakarta", "Jakarta hosted the summit" stay places.
STATE_DEEDS = (
    "agreed|agrees|imposed|imposes|protested|protests|picked|picks|chose|chooses|rejected|rejects|"
    "condemned|condemns|warned|warns|urged|urges|demanded|demands|accused|accuses|retaliated|"
    "retaliates|sanctioned|sanctions|vetoed|vetoes|expelled|expels|summoned|summons|recalled|"
    "denied|denies|criticised|criticized|criticises|criticizes|threatened|threatens|pledged|pledges|"
    "vowed|vows|opposed|opposes|refused|refuses|objected|objects|blamed|blames|banned|bans|"
    "suspended|suspends|slapped|slaps|lodged|lodges|retaliate|impose|agree|protest|reject|"
    "condemn|sanction|retaliate|expel|summon|ban|suspend|veto|oppose|refuse|demand|"
    "memprotes|mengecam|menolak|menyetujui|menyepakati|menjatuhkan|memberlakukan|mengenakan|"
    "menuntut|mendesak|memperingatkan|membalas|menuduh|memanggil|mengusir|membantah|mengancam|"
    "menangguhkan|melarang|"
    # ... and what a state gives or says ("Canberra would provide A$12 million", "Beijing said")
    "provided|provides|provide|offered|offers|offer|sent|sends|send|funded|funds|fund|deployed|deploys|deploy|"
    "announced|announces|announce|said|says|insisted|insists|responded|responds|notified|notifies|informed|"
    "memberikan|mengirim|mengirimkan|menyatakan|mengumumkan|"
    # ... and what it seeks in dealings with others ("Jakarta wanted clarification", "Jakarta
    # appealed the decision")
    "wanted|wants|appealed|appeals|sought|seeks|asked|asks|welcomed|welcomes|requested|requests|"
    "meminta|menyambut")
WEEKDAY_NAMES = "|".join(day for day in WEEKDAYS if day[:1].isupper())
STATE_DEED_AFTER = re.compile(
    rf"\s+(?:(?:has|have|had|also|then|quickly|swiftly|will|would|could|may|might|must|"
    rf"plans to|is set to|juga|telah|sudah|akan|segera)\s+"
    # ... or the day it did so: "Washington on Monday notified Jakarta", "Beijing pada Senin memprotes"
    rf"|(?:on|pada)\s+(?:{WEEKDAY_NAMES})(?:\s+\([^)]{{1,12}}\))?\s+)*(?:{STATE_DEEDS})\b")
# What may stand before a subject: the sentence's start, punctuation, a conjunction, a
# report ("officials said Tokyo would impose ...").
CLAUSE_OPENERS = {"and", "but", "while", "as", "after", "when", "that", "since", "because", "though",
                  "said", "says", "so", "dan", "tetapi", "namun", "sementara", "bahwa", "karena", "setelah",
                  "ketika"}


def _state_of_capital(text: str, mention: tuple, state: str) -> tuple:
    if not STATE_DEED_AFTER.match(text, mention[1]):
        return mention
    if not opens_clause(text, mention[0], CLAUSE_OPENERS):
        return mention  # "di Jakarta menolak ...", "Pemprov DKI Jakarta": not the state
    entry = gazetteer().entries.get(state)
    return (mention[0], mention[1], state, entry.type if entry else "country",
            entry.wikidata if entry else None, mention[5])


# What a region does as a party, right after it as the sentence's subject: a state's deeds
# (see STATE_DEEDS) and what a region's government does ("Sarawak began exporting power",
# "Sumba Tengah menyusul menetapkan status tanggap darurat").
REGION_DEEDS = re.compile(rf"\s+(?:(?:has|have|had|also|then|will|would|juga|telah|sudah|akan|pun|kemudian)\s+)*"
                          rf"(?:{STATE_DEEDS}|began|begins|aims|aimed|exported|exports|imported|imports|"
                          rf"menyusul|menetapkan|mengekspor|mengimpor|mengajukan|menolak)\b")


def _acting_places(text: str, mentions: list[tuple]) -> frozenset[int]:
    """The starts of regions that stand as the subject of a deed: a party as well as a place."""
    return frozenset(m[0] for m in mentions if m[3] == "place" and REGION_DEEDS.match(text, m[1])
                     and opens_clause(text, m[0], CLAUSE_OPENERS))


def _a_place_name(name: str) -> bool:
    """A name the gazetteer lacks that says it is a place or a facility where things happen
    ("Desa Pemuteran", "Komodo Island", "Stadion Si Jalak Harupat", "Banongan Beach")."""
    words = name.lower().split()
    if name.rsplit(None, 1)[-1] in BODY_ONLY_TAILS or name.endswith(COMPANY_ENDINGS) or name.endswith(" Resources"):
        return False  # "Selat Express Holdings Bhd", "Tanjung Puteri Resources": companies
    return words[0] in PLACE_HEADS or words[-1] in PLACE_TAILS or _a_facility(words)


def _a_facility(words: list[str]) -> bool:
    """(A weather station is BMKG's office: "Stasiun Meteorologi Maritim Kendari" forecasts.)"""
    return (words[0] in FACILITY_HEADS and not (len(words) > 1 and words[1] in OBSERVATORY_FIELDS)) \
        or words[-1] in FACILITY_TAILS


OBSERVATORY_FIELDS = {"meteorologi", "klimatologi", "geofisika", "meteorological", "climatological", "geophysical"}


# A company's name after its legal form: "PT Bali Dirgantara Aviasi", "PT Kereta Cepat
# Indonesia China". A place or country inside it names the company, not where.
# ... up to a word for its branch: "PT Pelni Cabang Jayapura" is in Jayapura.
COMPANY_NAME = re.compile(r"\bPT\.?(?:\s+(?!(?:Cabang|Kanwil|Wilayah|Perwakilan|Regional)\b)(?:[A-Z][\w&'’.-]*|\d+))+")


def _outside_companies(text: str, matches: list[Match]) -> list[Match]:
    """Known names inside a company's name are dropped, so that the whole name is read as
    the company's: the places and countries in it, and a known company that opens the name
    of another ("PT Angkasa Pura Aviasi" is not Angkasa Pura)."""
    companies = [(c.start(), c.end()) for c in COMPANY_NAME.finditer(text)]
    return [m for m in matches if not any(
        start < m.start and m.end <= end if m.entry.type in ("place", "country")
        else m.entry.type == "organisation" and start <= m.start and _more_of_the_name(text[m.end:end])
        for start, end in companies)]


def _more_of_the_name(rest: str) -> bool:
    """Words after a known company inside a company's run that name another company, not
    its legal form nor a person named right after it ("PT Pertamina Patra Niaga Nadia
    Prameswari mengatakan")."""
    rest = rest.strip().rstrip(". ")  # the run takes a full stop in: "... operator PT MRT Jakarta."
    words = rest.split()
    if not words or given_name(words[0]) or all(word in ("Tbk", "Tbk.") for word in words):
        return False
    places = gazetteer().find(rest)  # "PT MRT Jakarta": the known company in its city
    return not (len(places) == 1 and places[0].entry.type in ("place", "country")
                and places[0].end - places[0].start == len(rest))


# An office's word in capitals right before a name, and the same office later in lower case
# after "the", standing for that person ("Health Minister X ...", then "summon the minister").
OFFICE_WORDS = f"({'|'.join(OFFICE_NAMES_EN + OFFICE_NAMES_ID)})"
OFFICE_BEFORE = re.compile(rf"(?<![Ww]akil )(?i:{OFFICE_WORDS})\s+(?:[A-Z][\w.]*\s+){{0,2}}$")  # (a deputy's is not it)
THE_OFFICE = re.compile(rf"\b(?:[Tt]he|[Ss]ang) {OFFICE_WORDS}\b(?!\s+(?:[A-Z]|of\b))")
# ... and in Indonesian the office's word alone in lower case, before what the person does
# ("gubernur menyerahkan bantuan", "kata bupati"), not another's office or a vote for it,
# nor offices in a list or all of them ("bupati dan wali kota se-Riau", "kedua menteri"), nor
# the office's next holder ("dikunjungi menteri baru").
BARE_OFFICE = re.compile(rf"(?<![\w-])(?<!wakil )(?<!calon )(?<!mantan )(?<!penjabat )(?<!kantor )(?<!rumah )"
                         rf"(?<!jabatan )(?<!pemilihan )(?<!pilkada )(?<!staf )(?<!ajudan )(?<!eks )"
                         rf"(?<![Kk]edua )(?<![Ss]eluruh )(?<![Pp]ara )(?<![Ss]emua )(?<![Ss]ejumlah )(?<![Ss]etiap )"
                         rf"(?<![Tt]iap )(?<!dan )"
                         rf"({'|'.join(OFFICE_NAMES_ID)})(?!\s+(?:dan|atau|se-|baru|terpilih|definitif)\b|\s+se-)(?=\s+[a-z]|[,.])")


def _office_named_before(text: str, mentions: list[tuple], memory: ArticleMemory,
                         pattern: re.Pattern = THE_OFFICE) -> list[tuple]:
    found = []
    for office in pattern.finditer(text):
        holder = memory.offices.get(office.group(1))
        if holder and not any(m[2] == holder for m in mentions):
            found.append((office.start(), office.end(), holder, memory.kinds.get(holder, "person"), None,
                          office.group()))
    return found


# One capitalised word after `di`/`in`, standing alone: a place the gazetteer does not know
# ("di Sentani", "in Brussels", "in Ubud").
# ... or after a word for an area: "hujan mengguyur wilayah Cipongkor", "seized near Serikin".
BEFORE_A_PLACE = ("di", "in", "near", "wilayah", "kawasan", "perairan")
WORD_AFTER_DI = re.compile(rf" (?:{'|'.join(BEFORE_A_PLACE)})\s+"
                           r"([A-Z][a-z]{2,}(?:\s+(?:de|da|do|del|dos|das)\s+[A-Z][a-z]+)?)(?![\w'’-]|\s+[A-Z]|\s*\()")
# ... looked for only where one of those words is (cheaply, as the words themselves, in the
# pass over the sentence as written).
PLACE_WORD_LIST = word_list((f" {word} " for word in BEFORE_A_PLACE), written=True)
NOT_PLACE_WORDS = HEAD_WORDS | NOT_NAME_WORDS | TITLE_WORDS | {w.lower() for w in (*MONTHS, *WEEKDAYS)} | {
    "english", "indonesian", "bahasa", "parliament", "congress", "court", "total", "general",
    "particular", "addition", "response", "fact", "line", "time", "public", "order", "turn", "part",
    # holidays, seasons and faiths ("di bulan Ramadan" aside, "in Ramadan", "in Islam")
    "ramadan", "ramadhan", "lebaran", "natal", "christmas", "nyepi", "imlek", "waisak", "eid", "summer",
    "winter", "spring", "autumn", "islam", "kristen", "katolik", "hindu", "buddha", "christianity"}


def _places_after_di(text: str, mentions: list[tuple], memory: ArticleMemory) -> list[tuple]:
    found = []
    for word in WORD_AFTER_DI.finditer(text):
        start, end = word.span(1)
        lower = word.group(1).lower()
        if lower in NOT_PLACE_WORDS or lower in DEMONYMS or any(m[0] < end and start < m[1] for m in mentions):
            continue
        if memory.kinds.get(memory.resolve(word.group(1))) == "person":
            continue
        if text.startswith(", ", end) and any(m[0] == end + 2 for m in mentions):
            continue  # "di Monas, Jakarta Pusat": a site in the known place that follows
        found.append((start, end, word.group(1), "place", None, word.group(1)))
    return found


# A title that holds its unit's name: "Kapolda Kepri" heads Polda Kepri, "Kajati Bali"
# Kejati Bali, so the unit takes part too.
UNIT_OF_TITLE = {"kapolda": "Polda", "kapolres": "Polres", "kapolresta": "Polresta",
                 "kapolrestabes": "Polrestabes", "kapolsek": "Polsek", "kajati": "Kejati",
                 "kajari": "Kejari", "pangdam": "Kodam", "danrem": "Korem", "dandim": "Kodim",
                 "danramil": "Koramil", "danlantamal": "Lantamal", "danlanal": "Lanal", "danlanud": "Lanud",
                 "danyonif": "Yonif", "pangkoarmada": "Koarmada"}
UNIT_TITLE = re.compile(r"\b(Kapolda|Kapolres(?:ta|tabes)?|Kapolsek|Kajati|Kajari|Pangdam|Danrem|Dandim|Danramil"
                        r"|Danlantamal|Danlanal|Danlanud|Danyonif|Pangkoarmada)"
                        # ... a military unit by its number and its name: "Pangdam IX/Udayana"
                        r"((?: [A-Z0-9][\w-]*(?:/[A-Z][\w-]*)?){1,3})")
REGION_WORD = re.compile(r"[A-Z0-9][\w-]*(?:/[A-Z][\w-]*)?")


def _units_of_titles(text: str, found: list[tuple]) -> list[tuple]:
    """The unit a title heads, named by its region: the capitalised words after the
    title, up to a rank or the person's name (`Kapolda Metro Jaya Irjen Pol Karyoto`)."""
    units: list[tuple] = []
    for title in UNIT_TITLE.finditer(text):
        end = None
        for word in REGION_WORD.finditer(text, title.end(1), title.end()):
            if word.group().lower() in TITLE_WORDS or any(
                    f[3] == "person" and f[0] <= word.start() < f[1] for f in found):
                break
            end = word.end()
        if end is None:
            continue
        written = f"{UNIT_OF_TITLE[title.group(1).lower()]}{text[title.end(1):end]}"
        known = [m for m in gazetteer().find(written) if (m.start, m.end) == (0, len(written))]
        name, type_ = (known[0].entry.name, known[0].entry.type) if known else (written, "unknown")
        units.append((title.start(), end, name, type_, known[0].entry.wikidata if known else None,
                      text[title.start():end]))
    return units


# "Menurut Pasal 475 UU ...": a law's article is a source, not a name that speaks.
CITING_WORDS = {"pasal", "ayat", "uu", "undang-undang", "perpres", "perppu", "peraturan",
                "keputusan", "nomor", "article", "section", "law",
                # ... and the day or month a wire writes right after the verb: "he said Wednesday"
                *(w.lower() for w in WEEKDAYS), *(m.lower() for m in MONTHS)}
TICKET = re.compile(r"[a-z]-[A-Z]")
# One name with the age after it, as news gives a witness's: "Sutrisno (58), mengaku ...".
AGED_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,})\s*\(\d{1,3}\)\s*,?\s*$")
# (a Balinese name's particle included: "I Ketut Wirajaya, told ...")
BALINESE_PARTICLE = rf"(?:(?:I|Ni)\s+(?=(?:{'|'.join(sorted(BALINESE_ORDER))})\b))?"
# (the look-ahead: a capital opens it, particle or not; the engine then skips to one)
NAME_BEFORE = re.compile(rf"(?=[A-Z])({BALINESE_PARTICLE}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}})\s*,?\s*$")


# ... or between commas: "Sulastri, 52 tahun, mengaku ...", "Maria, 45, said ...".
# (its look-behind checked after the capital, so that the scan looks for a capital rather
# than trying it at every character)
AGED_NAME = re.compile(r"([A-Z](?<![\w'’-].)[a-z]{2,})(?:\s*\(\d{1,3}\)|,\s+\d{1,3}(?:\s+(?:tahun|years?\s+old))?,)")
# What every age after such a name opens with: most sentences have none, and AGED_NAME
# would try its look-behind and a capital at every word.
AGE_MARK = re.compile(r"\(\d|,\s+\d")


def _aged_names(text: str, taken: list[tuple[int, int]], memory: ArticleMemory) -> list[tuple]:
    """One word with an age in brackets after it, as news names a victim or a witness:
    "dua di antaranya, Sarmin (61) dan ..."; and a suspect's initials so ("yakni YN (45)
    selaku perekrut"), a person the article names by them later ("YN ditangkap ...")."""
    found = _one_word_names(AGED_NAME, text, taken, memory, lambda word: not (
        word.lower() in CITING_WORDS or word.lower() in TITLE_WORDS or word.lower() in NOT_NAME_WORDS))
    if "(" in text:
        initials = _one_word_names(AGED_INITIALS, text, taken + [(f[0], f[1]) for f in found], memory, lambda word: True)
        for person in initials:
            memory.acronyms.setdefault(person[5], person[2])  # found again later as an acronym taught
        found += initials
    return found


AGED_INITIALS = re.compile(r"(?<![\w'’.-])([A-Z]{2,3})\s*\(\d{1,2}\)")


# A given name alone, set off by a comma and said to be someone: "Siti, seorang pedagang,
# mengatakan ...", "Rina, a nurse at the hospital, said ...".
# (the look-ahead for its capital lets the engine skip to one, as NAME_BEFORE's)
APPOSED_NAME = re.compile(r"(?=[A-Z])(?<![\w'’-])([A-Z][a-z]{2,}),\s+(?:seorang|salah\s+seorang|a|an)\s+[a-z]")


def _apposed_names(text: str, taken: list[tuple[int, int]], memory: ArticleMemory) -> list[tuple]:
    """A common given name (from the shipped list) with such a comma after it: a person,
    where an opening word ("Later, a ...") is not."""
    return _one_word_names(APPOSED_NAME, text, taken, memory,
                           lambda word: word.lower() not in OPENERS and given_name(word))


# A clause joined after the main one: what it says ahead is its own.
# ... and so is what a participle after the main clause reports ("ordered a crackdown in
# July, warning that officials ... would be dismissed").
JOINED_CLAUSE = re.compile(r", (?:while|after|as|but|whereas|although|before"
                           r"|(?:warning|saying|adding|noting|stressing|arguing) that) "
                           rf"|,? and (?={EXPECTED_AFTER_AND}\s)")


def _ahead_only_after(text: str) -> bool:
    """Whether the sentence looks ahead only in a clause joined after a main clause told
    in the past: "South Korea pledged $1 million on Tuesday, while Australia said it would
    give ...": Tuesday is the last one."""
    joined = JOINED_CLAUSE.search(text) if ", " in text or " and " in text else None
    if joined is None:
        joined = NEW_CLAUSE_AFTER_AND.search(text) if ", and " in text else None
        if joined is None or not TIME_WORD_IN.search(text, 0, joined.start()) \
                or TIME_WORD_IN.search(text, joined.end()):
            return False  # (only when the time is told in the first clause, and not after)
    elif "and " in joined.group() and not WEEKDAY_IN.search(text, 0, joined.start()):
        return False  # "are being escorted ... and are expected to arrive on Friday": ahead
    main = text[:joined.start()]
    return not has_cue(PLANNED, main) and any(verb.group() not in REPORTING_OR_PLANNING
                                              for verb in PAST_VERB.finditer(main))


WEEKDAY_IN = re.compile(rf"\b(?:{WEEKDAY_NAMES})\b")
# ... and a clause with a subject of its own after ", and": "Customs seized 41 tonnes at
# Entikong in March, and officials say joint checks will make smuggling harder" (not the
# same subject's next verb, "..., and is expected to ...").
TIME_WORD_IN = re.compile(rf"\b(?:{WEEKDAY_NAMES}|{'|'.join(m for m in MONTHS if m[:1].isupper() and len(m) > 3)}|"
                          r"quarter|half|(?:19|20)\d\d)\b")
NEW_CLAUSE_AFTER_AND = re.compile(r", and (?!(?:is|are|was|were|will|would|has|have|had|could|may|might|must|"
                                  r"should|can|plans?|aims?|hopes?|expects?|intends?|says|said|told|[a-z]+ed)\b)")


# Past verbs that report or plan what may be ahead: "He said the ceremony was set for Wednesday".
REPORTING_OR_PLANNING = {"said", "told", "set", "scheduled", "expected", "planned", "slated", "proposed",
                         "announced", "agreed", "decided", "hoped", "aimed", "confirmed"}


# (a look-ahead for the words' first letters, case ignored as in them: the engine then skips
# to where one may start instead of trying the pattern everywhere)
TICKET_WORDS = re.compile(r"(?i:(?=[ptd]))(?i:pasangan|paslon|ticket|duet)\b")
# ... its words, found in the pass over the sentence's lower case: a scan that ignores case
# is slow, and most sentences with a hyphen name no ticket.
TICKET_LIST = word_list(("pasangan", "paslon", "ticket", "duet"))


def _may_name_a_ticket(text: str) -> bool:
    """Whether TICKET_WORDS may match: one of its words is in the lower case, or the lower
    case does not stand for the text (see `lowered_in_place`)."""
    return bool(found_words(text)[TICKET_LIST]) or not lowered_in_place(text, text.lower())


PARTNER_AFTER = re.compile(r"-([A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?)(?![\w-])")


# A body of a region written in lower case, after the region's name if any: "the West
# Manggarai regional council", "the provincial inspectorate", "the district fisheries office".
# (each kind after a space, as the pattern has it: the words a sentence must hold to be searched)
LOWER_CASE_KINDS = (" council", " legislature", " assembly", " parliament", " government", " administration",
                    " office", " inspectorate", " agency", " court")
LOWER_CASE_BODY = re.compile(r"(?<![\w'’-])((?:(?!(?:The|A|An|In|On|At|But|And|Its|Their|His|Her)\b)[A-Z][\w'’-]*\s+){0,3}"
                             r"(?:regional|provincial|city|district|regency|municipal)\s+"
                             r"(?:(?!(?:to|the|of|for|in|on|at|by|with|from|a|an|is|was|has|had)\b)[a-z]+\s+){0,3}?"
                             rf"(?:{'|'.join(kind.strip() for kind in LOWER_CASE_KINDS)}))\b(?![\w'’-])")


def _bodies_in_lower_case(text: str, found: list[tuple]) -> list[tuple]:
    """Bodies of a region written in lower case (see LOWER_CASE_BODY), named as written; not
    inside a name already found (the region before it is still a place)."""
    bodies = []
    for body in LOWER_CASE_BODY.finditer(text):
        start, end = body.span(1)
        if any(f[0] <= start and end <= f[1] for f in found):
            continue
        # ("Bali's provincial council" is named as "the Bali provincial council" is; in
        # "Indonesia's West Java provincial government" the country owns the region's)
        name = body.group(1)
        owner = list(POSSESSIVE_S.finditer(name))
        if owner and name[owner[-1].end():][:1].isupper():
            start, name = start + owner[-1].end(), name[owner[-1].end():]
        name = POSSESSIVE_S.sub(" ", name)
        bodies.append((start, end, name, "organisation", None, body.group(1)))
    return bodies


# The body of a place named right after it, in lower case: "the Wonosobo administration",
# "the Sabah government", "the Jakarta administration", "Selangor police".
PLACE_BODY_KINDS = (" administration", " government", " legislature", " council", " police")
PLACE_BODY = re.compile(rf"(?:['’]s)?\s+({'|'.join(kind.strip() for kind in PLACE_BODY_KINDS)})(?![\w'’-])")


def _bodies_named_after(text: str, found: list[tuple], kinds: re.Pattern,
                        opens: Callable[[tuple], bool]) -> list[tuple]:
    """The bodies named by a mention that `opens` one and a kind of body right after it
    (`kinds`, its group 1: "the Wonosobo administration", "Philippine Navy"), named as
    written without a possessive; not inside a name already found."""
    bodies = []
    for mention in found:
        kind = kinds.match(text, mention[1]) if opens(mention) else None
        if kind and not any(f[0] <= mention[0] and kind.end() <= f[1] for f in found + bodies):
            name = f"{text[mention[0]:mention[1]]} {kind.group(1)}"
            bodies.append((mention[0], kind.end(), name, "organisation", None, text[mention[0]:kind.end()]))
    return bodies


# A state's armed service or chamber named after its people's word: "Philippine Navy",
# "Thai Senate", "Indonesian Army".
STATE_ORGAN = re.compile(r" (Navy|Army|Air Force|Coast Guard|Marine Corps|Senate|Congress|Parliament|Cabinet)(?![\w'’-])")


def _by_peoples_word(mention: tuple) -> bool:
    """A country written by its people's word ("Philippine", "Thai"), which opens the name of
    its organ (see STATE_ORGAN); not by its own name ("The Philippines"). The country stays
    an actor beside the organ."""
    written = mention[5]
    return mention[3] == "country" and bool(written) and written != mention[2] and not written[:1].islower() \
        and not written.startswith("The ")


# A traditional polity or court named after its seat, which acts as a body (holds rites,
# owns land, is consulted): "Kesultanan Ternate", "Keraton Yogyakarta", "Kedatuan Luwu",
# "the Sultanate of Ternate"; not where something is held ("di Keraton Yogyakarta").
POLITY_WORDS = re.compile(r"(?<![\w'’-])(?:Kesultanan|Kasultanan|Keraton|Kraton|Kerajaan|Kedatuan|Kasunanan|Kadipaten|"
                          r"Sultanate\s+of|Kingdom\s+of)\s")
# ... with its court's word before it ("Keraton Kasunanan Surakarta", "Kedaton Kesultanan
# Ternate"); not at the end of a longer name ("Pendopo Agung Keraton Sumenep", a hall of
# it) nor where something is.
POLITY_BEFORE = re.compile(rf"(?:(?:Keraton|Kraton|Kedaton)\s+)?(?:{POLITY_WORDS.pattern})$")
POLITY_AT = re.compile(r"(?:(?<![\w-])(?i:di|ke|dari|in|at|to|from)\s+(?:the\s+)?|(?<![\w'’-])(?!The\s)[A-Z][\w'’-]*\s+)$")


def _polities(text: str, found: list[tuple]) -> list[tuple]:
    """The polities named by a place after a polity's word (see POLITY_WORDS), as written;
    the place stays where it is (the rule needs the place known to the gazetteer)."""
    polities = []
    for mention in found:
        polity = POLITY_BEFORE.search(text, max(0, mention[0] - 26), mention[0]) if mention[3] == "place" else None
        if polity and not POLITY_AT.search(text, max(0, polity.start() - 10), polity.start()) \
                and not any(f[0] <= polity.start() and mention[1] <= f[1] for f in found):
            written = text[polity.start():mention[1]]
            polities.append((polity.start(), mention[1], written, "organisation", None, written))
    return polities


POSSESSIVE_S = re.compile(r"['’]s\s+")


def _ticket_partners(text: str, found: list[tuple], memory: ArticleMemory) -> list[tuple]:
    """The running mate named after a known person and a hyphen in a ticket ("Pasangan
    Ridwan Kamil-Suswono"): a person too, where no reader took the name."""
    partners = []
    for person in found:
        if person[3] != "person" or not TICKET_BEFORE.search(text, max(0, person[0] - 30), person[0]):
            continue
        after = PARTNER_AFTER.match(text, person[1])
        if after and not any(f[0] <= after.start(1) < f[1] for f in found):
            name = memory.resolve(after.group(1))
            memory.learn(name, "person", written=True)
            partners.append((after.start(1), after.end(1), name, "person", None, after.group(1)))
    return partners


# A company's name by its legal form or its kind's last word: "PT Tomini Gas Nusantara",
# "Hoshino Motor", "Sarawak Energy Berhad".
COMPANY_TAILS = {"Corp", "Corporation", "Motor", "Motors", "Group", "Holdings", "Bhd", "Berhad", "Tbk", "Ltd",
                 "Limited", "Inc", "Incorporated", "Plc", "Airlines", "Airways", "Skyways", "Aviation", "Lines", "Shipping",
                 # ... and a company's trade as its name's last word ("Hokuetsu Stainless", "Sarawak Energy")
                 "Energy", "Power", "Smelting", "Metals", "Minerals", "Steel", "Stainless", "Cement", "Logistics",
                 "Plantations", "Industries", "Mining", "Trading", "Electronics", "Auto", "Technologies",
                 "Securities", "Sekuritas", "Kapital", "Capital", "Partners",
                 # ... and an airline's ("Lintas Nusa Air"; not a body's water: "Sumber Daya Air")
                 "Air"}
# The company named last, standing for it later: "The company said", "perusahaan tersebut".
THE_COMPANY = re.compile(r"(?<![\w-])(?:[Tt]he (?:company|firm|airline|carrier|utility|operator|miner|smelter|developer|"
                         r"lender|consortium|railway company|insurer|exporter|producer|refiner|trader|automaker|"
                         r"carmaker|shipyard|contractor|shipbuilder|steelmaker|retailer)"
                         r"|[Pp]erusahaan (?:itu|tersebut)|[Pp]erseroan)(?![\w-])(?!\s+[A-Z])")


# (a cheap look before THE_COMPANY: whether one of its words is in the sentence at all)
THE_TRADE = re.compile(r"he (?:firm|airline|carrier|utility|operator|miner|smelter|developer|lender|consortium|insurer|"
                       r"exporter|producer|refiner|trader|automaker|carmaker|shipyard|contractor|shipbuilder|steelmaker|"
                       r"retailer)\b")  # (its literal opening lets the engine skip to each "he ")
COMPANY_ENDINGS = tuple(COMPANY_TAILS) + tuple(f"{tail}." for tail in COMPANY_TAILS)


# A body by its kind's word alone, standing for the one of that kind the article named last:
# "The agency handled 27 cases", "the court ordered a re-vote" (not "the Ministry of ...").
# (the look-ahead for its first letter lets the engine skip to one, as NAME_BEFORE's)
THE_BODY = re.compile(r"(?=[Tt])(?<![\w-])[Tt]he (agency|court|commission|ministry|department|committee|council|"
                      r"authority|board|cooperative|union|association|foundation)(?!\s+(?:of|for)\b|\s+[A-Z]|[\w-])")


# ... and in Indonesian, the kind's word with "itu"/"tersebut" after it: "koperasi itu",
# "kementerian tersebut".
THAT_BODY = re.compile(r"(?<![\w-])([Kk]operasi|[Ss]erikat|[Aa]sosiasi|[Yy]ayasan|[Kk]ementerian|[Pp]engadilan|"
                       r"[Kk]omisi|[Bb]adan|[Dd]ewan|[Oo]torita) (?:itu|tersebut)(?![\w-])")


def _the_body(text: str, found: list[tuple], memory: ArticleMemory) -> list[tuple]:
    return _stand_ins(text, found, THE_BODY, lambda kind: _body_named_last(kind, memory), outside_found=True)


def _that_body(text: str, found: list[tuple], memory: ArticleMemory) -> list[tuple]:
    return _stand_ins(text, found, THAT_BODY, lambda word: _body_named_last(BODY_KIND_WORDS[word.lower()][0], memory),
                      outside_found=True)


def _stand_ins(text: str, found: list[tuple], pattern: re.Pattern, named_before, outside_found: bool = False) -> list[tuple]:
    """The found mentions and, for each match of `pattern`, the body `named_before` (given
    the match's group 1) says it stands for, once in the sentence."""
    added = []
    for match in pattern.finditer(text):
        if outside_found and any(f[0] <= match.start() < f[1] for f in found):
            continue
        named = named_before(match.group(1))
        if named and not any(f[2] == named[2] for f in found + added):
            added.append((match.start(), match.end(), named[2], named[3], named[4], match.group()))
    return found + added


# A regional government by its short form alone, with no region after it: the one of that
# tier the article named ("Pemkab membuka dapur umum" after "Pemkab Deli Serdang ...").
BARE_GOVERNMENT = re.compile(r"(?<![\w-])[Pp]em(kab|kot|ko|prov)(?=\s+[a-z]|\s*,)")
GOVERNMENT_TIERS = {"kab": ("Pemerintah Kabupaten ", "Pemkab "), "kot": ("Pemerintah Kota ", "Pemkot ", "Pemko "),
                    "ko": ("Pemerintah Kota ", "Pemkot ", "Pemko "), "prov": ("Pemerintah Provinsi ", "Pemprov ")}


def _regional_government_named_before(text: str, found: list[tuple], memory: ArticleMemory) -> list[tuple]:
    return _stand_ins(text, found, BARE_GOVERNMENT, lambda tier: _told_last_opening(memory, GOVERNMENT_TIERS[tier]))


def _told_last_opening(memory: ArticleMemory, openings: str | tuple[str, ...],
                       types: tuple[str, ...] | None = None) -> tuple | None:
    """The last mention of the ten sentences before whose name opens so (of those types)."""
    return next((m for mentions in reversed(memory.told[-10:]) for m in reversed(mentions)
                 if m[2].startswith(openings) and (types is None or m[3] in types)), None)


# A state office by its head word alone, capitalised as its name is: "petugas Balai akan
# berjaga" after "Balai TN Bunaken" (not "balai desa", nor "Balai Kota" or another name).
BARE_BALAI = re.compile(r"(?<![\w-])(Balai)(?!\s+[A-Z(])(?![\w-])")


def _office_head_named_before(text: str, found: list[tuple], memory: ArticleMemory) -> list[tuple]:
    """The office the article named in full before, where its head word stands alone."""
    named = _stand_ins(text, [f for f in found if f[2] != "Balai"], BARE_BALAI,
                       lambda head: _told_last_opening(memory, f"{head} ", ("organisation", "unknown")))
    return named if len(named) >= len(found) else found


def _body_named_last(kind: str, memory: ArticleMemory) -> tuple | None:
    """The last body of that kind the article named, in the sentences before."""
    kinds = gazetteer().body_kinds
    for mentions in reversed(memory.told[-6:]):
        for m in reversed(mentions):
            if m[3] in ("organisation", "unknown") and kind in (kinds.get(m[2]) or kinds_of_body(m[2])):
                return m
    return None


def _a_company(name: str) -> bool:
    """A company by its legal form, the last word of its name (not a ministry's: "Ministry of
    Energy and Mineral Resources"), or the gazetteer's legal form for it ("PT Garuda Indonesia")."""
    return name.startswith(("PT ", "PT. ", "CV ")) or (
        name.rsplit(" ", 1)[-1].rstrip(".") in COMPANY_TAILS and name.split(" ", 1)[0].lower() not in NOT_COMPANY_HEADS) \
        or "company" in gazetteer().body_kinds.get(name, ())


NOT_COMPANY_HEADS = {"ministry", "kementerian", "department", "agency", "badan", "dinas", "balai", "kantor", "office",
                     "direktorat", "perumda", "pdam", "sumber", "perusahaan"}


def _the_company(text: str, found: list[tuple], memory: ArticleMemory) -> list[tuple]:
    """"The company" stands for the company the article named last, unless the sentence
    names a company itself (`_learn_companies` keeps the last one)."""
    named = any(f[3] in ("organisation", "unknown") and _a_company(f[2]) for f in found)
    if not named and memory.last_company and not any(f[2] == memory.last_company for f in found):
        found = found + [(m.start(), m.end(), memory.last_company, memory.kinds.get(memory.last_company, "unknown"),
                          None, m.group()) for m in THE_COMPANY.finditer(text)][:1]
    return found


def _learn_companies(found: list[tuple], memory: ArticleMemory) -> None:
    for f in found:
        if f[3] in ("organisation", "unknown") and _a_company(f[2]):
            memory.last_company = f[2]
            head = f[2].split(" ", 1)[0]
            if " " in f[2] and not f[2].startswith(("PT", "CV")) and _short_name_free(head, memory) \
                    and not gazetteer().find(head):
                memory.company_names[head] = f[2]  # "Hoshino Motor", then "Hoshino's Karawang plant"
            elif (one_word := ONE_WORD_COMPANY.fullmatch(f[5] or "")) and _short_name_free(one_word[1], memory):
                memory.company_names[one_word[1]] = f[2]  # "PT Timah", then "Timah produced ..."
            elif (two_words := TWO_WORD_COMPANY.fullmatch(f[5] or "")) and two_words[1] not in memory.company_names:
                memory.company_names[two_words[1]] = f[2]  # "PT Geo Dipa Energi", then "Geo Dipa plans ..."


# A company written with one word after its legal form: that word alone names it later.
ONE_WORD_COMPANY = re.compile(r"PT\.?\s+([A-Z][a-z]{3,})(?:\s+Tbk\.?)?")
# ... and one of two words before a word any company may end with: those two name it later.
TWO_WORD_COMPANY = re.compile(r"PT\.?\s+([A-Z][a-z]{2,}\s+[A-Z][a-z]{2,})\s+(?:Energi|Energy|Indonesia|Nusantara|Persada|"
                              r"Mandiri|Utama|Abadi|Sejahtera|Perkasa|Lestari|Makmur|Sentosa|Group|Internasional|"
                              r"International|Resources|Mining|Tambang)(?:\s+Tbk\.?)?")


def _teach_company_short_names(found: list[tuple], memory: ArticleMemory) -> None:
    """A known company named with its country ("Garuda Indonesia", "Telkom Indonesia") is
    named by its first word alone later; not when that word is also an ordinary word the
    article writes in lower case ("Pupuk Indonesia" and "pupuk bersubsidi")."""
    for f in found:
        head, _, country = f[2].partition(" ")
        if f[3] != "organisation" or country != "Indonesia" or not _short_name_free(head, memory) \
                or head.lower() in HEAD_WORDS:
            continue
        memory.company_names[head] = f[2]
        memory.kinds.setdefault(f[2], "organisation")


def _short_name_free(head: str, memory: ArticleMemory) -> bool:
    """Whether a company's first word may name it alone: long enough, not taught yet, no
    ordinary word, and not written in lower case anywhere in the article."""
    return len(head) >= 4 and head not in memory.company_names and head.lower() not in NOT_NAME_WORDS \
        and not re.search(rf"(?<![\w-]){head.lower()}(?![\w-])", memory.text)


HOME_REGION = {"Indonesia", "Malaysia", "Singapore", "Brunei", "Philippines", "Thailand", "Timor-Leste"}


def _ends_a_longer_name(text: str, match: Match) -> bool:
    """A known person's one-word name right after a given name is the end of another
    person's name: "Sri Wahyuningsih Prabowo" is not Prabowo Subianto; and so is a
    country's, but for the region's own ("Stefanus Mali" is a lawyer; "Putri Indonesia" a title)."""
    if match.entry.type not in ("person", "country") or " " in match.text \
            or not _after_capitalised_word(text, match.start):
        return False
    if match.entry.type == "country" and (match.entry.name in HOME_REGION or not match.text[1:].islower()):
        return False
    before = text[:match.start].split()[-1]
    return before.lower() not in TITLE_WORDS and given_name(before)


def _one_word_names(pattern: re.Pattern, text: str, taken: list[tuple[int, int]], memory: ArticleMemory,
                    allowed) -> list[tuple]:
    """People named by one word, which `pattern` finds as its group 1 and `allowed` accepts,
    outside what is taken and not after another capitalised word (which makes the word the
    end of a longer name); each is the full name the article gave it, if any."""
    found = []
    for match in pattern.finditer(text):
        start, end = match.span(1)
        if any(s < end and start < e for s, e in taken) or _after_capitalised_word(text, start) \
                or not allowed(match.group(1)):
            continue
        full = memory.resolve(match.group(1))
        memory.learn(full, memory.kinds.get(full, "person"), written=True)
        found.append((start, end, full, memory.kinds[full], None, match.group(1)))
    return found


def _aged_name_before(text: str, end: int) -> re.Match | None:
    """A one-word name with an age before a verb of saying, unless it ends a longer name."""
    run = AGED_NAME_BEFORE.search(text, 0, end) if text.rfind(")", 0, end) > 0 else None
    return run if run and not _after_capitalised_word(text, run.start(1)) else None


# A word for an area right before a name: what follows is a place ("di kawasan Kuta Selatan",
# "the coastal town of Port Barton").
AREA_BEFORE = re.compile(r"(?<!\w)(?:kawasan|wilayah|daerah|perairan|pesisir|"
                         r"(?:town|city|village|district|regency|province|island|port)\s+of)\s+$")
HOLDER_AFTER = re.compile(r", ([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})(?=,|\s+[a-z]|[.!?]|$)")
CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")


def _after_capitalised_word(text: str, end: int) -> bool:
    """Whether a capitalised word and white space come right before `end`: what
    `CAPITALISED_BEFORE.search(text, 0, end)` finds, searched for from the last space before
    that word only (a search from the text's start tried every capital before it; the word
    holds no space, so it starts after that one)."""
    word_end = len(text[:end].rstrip())
    before = CAPITALISED_BEFORE.search(text, text.rfind(" ", 0, word_end) + 1, end)
    # (a trade opening the sentence is no part of the name: "Artisan Sumiyati, 54, said ...")
    return before is not None and not (before.start() == 0 and before.group().rstrip().lower() in PARTS)


# A role in lower case after the verb of saying, then the name: "kata koordinator aksi, Suparno,",
# "said the protest coordinator, Suparno, at the rally".
# (set off by commas, as an apposition is: "said he would plant again in April" names no one)
ROLE_THEN_NAME = re.compile(r"\s*(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*,\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
                            r"(?=\s*,|\s*[.!?\"”]|\s*$)")
NOT_SPEAKER_WORDS = NOT_NAME_WORDS | TITLE_WORDS | HEAD_WORDS | PLACE_HEADS


# A capitalised word and "of"/"for" right before a name: the name ends a body's ("The
# Ministry of Public Works said"), it is no one who speaks.
NAMED_OF_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+(?:of|for)\s+$")


def _speech_names(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Names that speak: right after `kata`/`menurut`/`said`, or a name of two words or
    more right before `mengatakan`/`said` (`Andi Wijaya mengatakan`)."""
    names: list[tuple[int, int, str]] = []
    if not _may_speak(text):
        return names
    before, after = _speech_cues(text)
    for cue in before:
        run = CAPITALISED_RUN.match(text, cue.end())
        holder = HOLDER_AFTER.match(text, run.end()) if run and run.group().split()[0].lower() in TITLE_WORDS else None
        if holder and not any(s <= holder.start(1) < e for s, e in taken):
            # "ujar Direktur Keuangan KBPS, Lukas Hendrawan Tjahjadi": the office, then who holds it
            names.append((holder.start(1), holder.end(1), holder.group(1)))
        elif run and not any(s <= run.start() < e for s, e in taken) \
                and run.group().split()[0].lower() not in CITING_WORDS:
            names.append((run.start(), run.end(), run.group()))
        elif not run and (role := ROLE_THEN_NAME.match(text, cue.end())) \
                and not any(s <= role.start(1) < e for s, e in taken) \
                and not {w.lower() for w in role.group(1).split()} & NOT_SPEAKER_WORDS:
            # "kata koordinator aksi, Suparno, di sela unjuk rasa": the role in lower case, then who
            names.append((role.start(1), role.end(1), role.group(1)))
    for verb in after:
        run = NAME_BEFORE.search(text, 0, verb.start()) or _aged_name_before(text, verb.start())
        if run and not any(s < run.end(1) and run.start(1) < e for s, e in taken):
            words = {w.lower() for w in run.group(1).split()}
            # "warga Desa Cibeureum, mengaku": a place or a body is no name that speaks here
            head = run.group(1).split()[0].lower()
            if TICKET.search(run.group(1)):
                continue  # "Pasangan Ridwan Kamil-Suswono menyatakan": two names, found as such
            if NAMED_OF_BEFORE.search(text, max(0, run.start(1) - 30), run.start(1)):
                continue  # "The Ministry of Public Works said": the end of a body's name
            if not words & NOT_NAME_WORDS and not words & TITLE_WORDS and head not in HEAD_WORDS:
                start = run.start(1)
                if head in OPENERS and " " in run.group(1) and not text[:start].strip(QUOTES + " "):
                    start = text.index(" ", start) + 1  # "Saksi Budi Santoso mengaku": the witness's name
                words = text[start:run.end(1)].split()
                if len(words) >= 3 and body_words_before_name(words):
                    # "PT Bank Nusantara Makmur Tbk Raden Adityo Wibisono menilai": the body's words, then the person
                    for _ in range(body_words_before_name(words)):
                        start = text.index(" ", start) + 1
                    words = text[start:run.end(1)].split()
                if len(words) >= 3 and text[:start].rstrip().endswith(")") and not given_name(words[0]) \
                        and given_name(words[1]):
                    # "(BEM) Unarma Fikri Maulana Akbar menilai": the body's place or campus
                    # after its acronym, then the person
                    start = text.index(" ", start) + 1
                names.append((start, run.end(1), text[start:run.end(1)]))
    return names


# A sentence that opens with a few words and a verb of saying, with no named speaker:
# what follows is what they said.
# So does one that opens with `Menurut` and a few words in lower case before a comma
# ("Menurut majelis hakim, ...").
# So does a longer subject with no comma in it that says it will do something ("Pasangan
# calon nomor urut 1 dan 3 menyatakan akan mengajukan gugatan").
UNNAMED_SPEECH = re.compile(r"(?:[\w'’-]+\s+){1,4}?(?:said|told|says|mengatakan|menyatakan)\s+"
                            r"(?:on\s+\w+\s+|last\s+\w+\s+)?(?:that|bahwa|it|they|he|she|we)\b"
                            r"|(?:[\w'’-]+\s+){1,12}?(?:said|says|mengatakan|menyatakan)\s+"
                            r"(?:it|they|he|she)?\s*(?:akan|would|will)\b"
                            # "Analysts said the retreat showed ...": people unnamed by trade.
                            # ... also with a word or two before ("Political analysts").
                            r"|(?:[A-Z][\w'’-]*\s+(?:[a-z][\w'’-]*\s+)?)?(?:(?i:analysts|experts|"
                            r"observers|economists|diplomats|critics|sources|pengamat|analis|ekonom)"
                            r"|Para\s+\w+)\s+(?:[a-z][\w'’-]*\s+){0,2}?"
                            r"(?:said|say|says|told|warned|noted|argue|argued|counter|countered|mengatakan|menilai|"
                            r"menyebut)\b"
                            r"|(?:Menurut|According to)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*,")


# Someone unnamed, in lower case, speaking on a day named after what they said: "...,
# a provincial official said on Thursday." (without the day, "..., officials said" only
# attributes what happened).
UNNAMED_TRAILING = re.compile(
    r",\s+(?!(?:which|who|that|as|and|but|while)\b)(?:[a-z][\w'’-]*\s+){1,6}?"
    r"(?:said|says|told\s+\w+|added|noted)(?:\s+in\s+a\s+statement)?\s+(?:on|late|early|last)\s+"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,2}\s*(?:,[^,\"”]{0,60})?[.!]?[\"”]?$")


ADDRESSEE_BEFORE = re.compile(r"(?<!\w)(?:kepada|to)\s+(?:[A-Z][\w.-]*\s+)?$")


@dataclass(frozen=True)
class Speech:
    speaker: str
    leading: bool  # `X mengatakan ...` opens the sentence; `..., kata X` trails it


def _speaker(text: str, mentions: list[tuple]) -> Speech | None:
    """The person (else organisation) who speaks: right after `kata`/`menurut`, or
    right before `mengatakan`/`said`."""
    if not _may_speak(text):
        return None
    cues, verbs = _speech_cues(text)
    for cue in cues:
        # ... not whom it was said to ("ujar dokter itu kepada Harian Disway")
        after = [m for m in mentions if m[0] >= cue.end() and m[3] in SPEAKER_TYPES
                 and not ADDRESSEE_BEFORE.search(text, max(cue.end(), m[0] - 20), m[0])]
        persons = [m for m in after if m[3] in ("person", "unknown")]
        if not persons and after and not text[cue.end():after[0][0]].strip():
            persons = after[:1]  # a known body right after the cue: "according to KCIC"
        if len(persons) > 1 and persons[0][3] == "unknown" and persons[1][3] == "person" \
                and not text[persons[0][1]:persons[1][0]].strip():
            persons.pop(0)  # "kata Kepala PVMBG Hendra Saputra": the body in the title
        elif len(persons) > 1 and persons[0][3] == "unknown" and text[persons[0][1]:persons[1][0]] == ", " \
                and (_titles_only(text[cue.end():persons[0][0]]) or persons[0][2].split()[0].lower() in TITLE_WORDS
                     or text[cue.end():persons[0][0]].split()[:1] and text[cue.end():persons[0][0]].split()[0].lower()
                     in TITLE_WORDS):
            # "kata Kepala BPBD Kabupaten Bogor, Budi Santoso", "ujar Direktur Keuangan KBPS,
            # Lukas Hendrawan": the office (its title read into it or not), then its holder
            persons.pop(0)
        between = text[cue.end():persons[0][0]] if persons else ""
        if persons and cue.group().lower().startswith(("said", "argues")) and any(
                w[:1].islower() and w.lower() not in TITLE_WORDS and w not in MEMBERS for w in between.split()):
            continue  # "X said on Tuesday that ... in Central Africa": no one named after "said"
        if persons and cue.group().lower().startswith("said") and REPORTED_SUBJECT.match(text, persons[0][1]):
            continue  # "X said Bambang was proven ...": the one said of, not the speaker
        if persons and (between.count(",") == 0 or between.count(",") == 1
                        and between.split(None, 1)[0].lower() in TITLE_WORDS):
            # ... also after the title and a comma: "ujar Kepala BPBD Agam, Rahmat Hidayat"
            # "Menurut X, ..." opens the sentence: what follows is what X says.
            return Speech(persons[0][2], leading=text[:cue.start()].strip(QUOTES + " ") == "")
    for verb in verbs:
        before = [m for m in mentions if m[1] <= verb.start() and m[3] in SPEAKER_TYPES]
        persons = [m for m in before if m[3] in ("person", "unknown")] or before
        if persons:
            return Speech(persons[-1][2], leading=verb.start() < len(text) / 2)
    return None


def _titles_only(words: str) -> bool:
    """Whether the words are one or more titles ("Kepala", "Kepala Bidang") and nothing else."""
    split = words.lower().split()
    return bool(split) and all(w in TITLE_WORDS for w in split)


SPEAKER_TYPES = ("person", "unknown", "organisation")
# A member's role after the body, before the name: "said Commission V member Rahmat ...".
MEMBERS = frozenset({"member", "lawmaker", "legislator"})
# The verb of a reported clause right after a name: "said Bambang was ...".
REPORTED_SUBJECT = re.compile(r"\s+(?:was|were|is|are|had|has|have|would|will|could|should|did|must|might|may)\b")


def _pronoun_speech(text: str, mentions: list[tuple],
                    memory: ArticleMemory) -> tuple[Speech | None, list[tuple]]:
    """`Ia menyebutkan`, `ujarnya`, `he added`: the last speaker speaks again, or the last
    person named when the last speaker was a body or no one spoke yet."""
    pronoun = PRONOUN_SPEECH.search(text) if _may_speak(text) else None
    if pronoun is None:
        return None, mentions
    name = memory.last_person or memory.last_speaker  # "..., katanya": the person named last
    speaker = memory.last_speaker
    if (speaker and PRONOUN_WORDS.isdisjoint(pronoun.group().lower().split())
            and (memory.kinds.get(speaker) == "person" or speaker in memory.persons)):
        name = speaker  # "the judge said": a role is the person who last spoke, if one did
    if name is None:
        return None, mentions
    mention = (pronoun.start(), pronoun.end(), name, memory.kinds.get(name, "person"), None,
               pronoun.group())
    # "Tahun lalu, kata dia, dua kapal ... mengalami kecelakaan": an attribution set between
    # commas inside what was said leads nothing; the happening told around it is the fact's.
    aside = text[max(0, pronoun.start() - 2):pronoun.start()] == ", " and text[pronoun.end():pronoun.end() + 1] == ","
    return Speech(name, leading=pronoun.start() < len(text) / 2 and not aside), sorted([*mentions, mention])


OWNED_REGION = re.compile(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:province|state|region|regency|district)\b")


def _place(text: str, mentions: list[tuple]) -> str | None:
    """The first place or country named after `di`/`in`/`at` (within a few words); else
    the first place named otherwise ("tingkat Provinsi NTT", "when Bali held"), unless
    it is the region of a title ("Gubernur Sumatera Barat")."""
    if not any(m[3] in ("place", "country") for m in mentions):
        return None  # only a place or country is ever chosen: most sentences name none
    inner = set()
    if "'s " in text or "’s " in text:  # "East Java's Pasuruan regency": the place in the region
        regions = {m[1] + 3 for m in mentions
                   if m[3] in ("place", "country") and text[m[1]:m[1] + 3] in ("'s ", "’s ")}
        inner = {m[0] for m in mentions if m[0] in regions and m[3] == "place"}
        if not inner:  # "in Thailand's Surin province": a region the gazetteer lacks, named as one
            owned = next((OWNED_REGION.match(text, at) for at in sorted(regions) if OWNED_REGION.match(text, at)), None)
            if owned:
                return owned.group(1)
        mentions = [m for m in mentions if m[1] + 3 not in inner]
    departure = DEPARTURE.search(text) if _may_depart(text) else None
    if departure:  # "diberangkatkan ke Madinah dari Bandara X": it happened where it left
        for m in mentions:
            if m[3] in ("place", "country") and 0 <= m[0] - departure.end() <= 40:
                return _region_of(text, m, mentions)
    # (a preposition from the last mention's start on is before none: the scan stops there)
    prepositions = _prepositions(text, max((m[0] for m in mentions), default=0))
    said = SAID_WHERE.search(text) if len(prepositions) > 1 and " di " in text else None
    if said:  # "X di Simpang Empat, Kamis, mengatakan tenda didirikan di Nagari Kajai": the
        # place the speaker spoke in comes after the place of what they told
        # (a deed's: after a verb, "didirikan di", "berlangsung di", "terjadi di")
        deeds = [p for p in prepositions if p.start() > said.end()
                 and DEED_VERB_BEFORE.search(text, max(0, p.start() - 25), p.start())]
        prepositions = deeds + [p for p in prepositions if p not in deeds]
    for preposition in prepositions:
        for m in mentions:
            if m[0] >= preposition.end() and m[0] - preposition.end() <= 40:
                if m[3] in ("place", "country"):
                    return _region_of(text, m, mentions)
                if text[preposition.end():m[0]].strip(" ,") and m[3] not in ("organisation", "unknown"):
                    break
    governed = None  # the region of a regional government named as the subject
    for m in mentions:
        if m[3] == "place" and m[0] in inner:
            return _region_of(text, m, mentions)
        if m[3] == "place":
            if governed is None and REGIONAL_GOVERNMENT.search(text, max(0, m[0] - 25), m[0]):
                governed = m
            before = WORD_BEFORE.search(text, max(0, m[0] - 20), m[0])
            if before and before.group(1).lower().rstrip(".") in TITLE_OR_ORIGIN_WORDS:
                if governed is None and before.group(1).lower() in REGIONAL_HEADS:
                    governed = m
                continue
            if ORIGIN_LIST.search(text, max(0, m[0] - 60), m[0]) or _inside_a_name(text, m[0]):
                continue
            return governed[2] if governed else _region_of(text, m, mentions)
    return governed[2] if governed else None


def _prepositions(text: str, end: int) -> list[re.Match]:
    """`PREPOSITION.finditer(text, 0, end)`, scanned in the lower case where its positions
    are the text's."""
    lower = text.lower()
    if not lowered_in_place(text, lower):
        return list(PREPOSITION.finditer(text, 0, end))
    return list(PREPOSITION_LOWER.finditer(lower, 0, end))


REGIONAL_HEADS = {"gubernur", "bupati", "walikota", "kota", "camat", "governor", "regent", "mayor"}
# A regional government, the sentence's subject, acts in its region ("Pemerintah Kota
# Palangka Raya, Kalimantan Tengah, meliburkan sekolah"): that region, not the province
# named after it to locate it, is the place.
REGIONAL_GOVERNMENT = re.compile(r"(?<!\w)(?:Pemerintah|Pemkot|Pemkab|Pemprov)(?:\s+(?:Kota|Kabupaten|Provinsi))?\s+$")


# Where a speaker spoke, before the verb of speaking: "di Simpang Empat, Kamis, mengatakan".
SAID_WHERE = re.compile(r"\bdi [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*,?(?: [A-Z][a-z]+(?: \(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?,)?"
                        r" (?:mengatakan|menyatakan|menjelaskan|menuturkan|mengungkapkan|menegaskan|menambahkan)"
                        r"(?: bahwa)? ")


DEED_VERB_BEFORE = re.compile(r"\b(?:di|ber|ter|me)[a-z]{3,} $")


# Leaving from somewhere: "diberangkatkan ... dari", "lepas landas dari", "departed from".
DEPARTURE = re.compile(r"(?<!\w)(?:(?:di)?berangkat(?:kan)?|bertolak|lepas landas|took off|take off|"
                       r"departed|departs|flew out|"
                       # ... and what was sent off from there ("tenda telah dikirim dari Ternate")
                       r"dikirim(?:kan)?|diterbangkan|sent|shipped|dispatched|flown)"
                       r"(?!\w)[^.;]{0,80}?(?<!\w)(?:dari|from)\s+",
                       re.IGNORECASE)


# Words one of which DEPARTURE needs as written, found in the pass over the sentence as
# written (rather than a substring test each).
DEPARTURE_LIST = word_list(("berangkat", "bertolak", "landas", "took off", "depart", "flew out", "dikirim",
                            "diterbangkan", "sent", "shipped", "dispatched", "flown"), written=True)


def _may_depart(text: str) -> bool:
    return bool(found_written(text)[DEPARTURE_LIST])


def _region_of(text: str, mention: tuple, mentions: list[tuple]) -> str:
    """A facility's known region when the sentence names it right after or in its name
    ("di Asrama Haji Donohudan, Boyolali", "Stadion Nasional Bahrain"); a region's office
    building named by its head's title ("di depan Kantor Gubernur Jawa Tengah") as written;
    else the place itself."""
    if mention[3] == "place" and ("antor" in text or "endopo" in text or "umah Dinas" in text):
        building = OFFICE_BUILDING.search(text, max(0, mention[0] - 30), mention[0])
        if building:
            return text[building.start():mention[1]]
    if mention[3] != "place" or mention[2] in gazetteer().entries or not _a_facility(mention[2].lower().split()):
        return mention[2]
    region = next((m for m in mentions if m[0] >= mention[1] and m[3] in ("place", "country")), None)
    if region and region[2] in gazetteer().entries \
            and (text[mention[1]:region[0]] in (" ", ", ", " di ", " in ")
                 or OWNER_BETWEEN.fullmatch(text, mention[1], region[0])):
        return region[2]
    return mention[2]


# The office building of a region's head, named by the title: "Kantor Gubernur Jawa Tengah",
# "Kantor Bupati Sikka", "Rumah Dinas Wali Kota Medan", "Pendopo Kabupaten Garut".
OFFICE_BUILDING = re.compile(r"(?:Kantor|Rumah Dinas|Pendopo)\s+(?:Gubernur|Bupati|Wali\s?[Kk]ota|Camat|Lurah|"
                             r"Kabupaten|Kota|Provinsi)\s+$")
# The body whose building it is, or a district, between a facility and its city: "Gedung
# Merah Putih KPK, Jakarta", "Kompleks Parlemen, Senayan, Jakarta".
OWNER_BETWEEN = re.compile(r"(?:\s+[A-Z]{2,8}|,\s+[A-Z][a-z]+)?,\s+")


# A place in a list after an origin word: "asal Boyolali dan Klaten", "from Bali and Lombok".
ORIGIN_LIST = re.compile(r"(?<!\w)(?:asal|dari|from)\s+(?:[A-Z][\w'’-]*(?:\s+|,\s*))+(?:dan|and|serta)\s+$")
NAME_RUN_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s+)+$")


def _inside_a_name(text: str, start: int) -> bool:
    """Whether a known place ends a name that is no place of its own: a club ("Persib
    Bandung"), an embarkation ("Embarkasi Solo"); a building named by a head word and its
    region ("Rumah Sakit Bhayangkara Kupang") is in that place."""
    run = NAME_RUN_BEFORE.search(text, max(0, start - 60), start)
    if run is None or run.start() == 0 or not text[:run.start()].strip(" \"'“‘("):
        return False
    head = run.group().split()[0].rstrip(".")
    # An office or building by its acronym is in the place (KBRI Kuala Lumpur, RSUD Kupang).
    return not head.isupper() and head.lower() not in NAMED_IN_PLACE


NAMED_IN_PLACE = HEAD_WORDS | PLACE_HEADS | FACILITY_HEADS | TITLE_WORDS | REGIONAL_UNITS | {
    "lapas", "rutan", "puskesmas", "kedutaan", "konsulat", "embassy", "consulate"}


WORD_BEFORE = re.compile(r"([\w.]+)\s+(?:(?:Provinsi|Kabupaten|Kota|Province)\s+)?$")
# A place after these words is where someone comes from or what an office covers, not
# where the fact happens ("Delegasi Bali tiba", "Pemerintah Provinsi Sumatera Barat").
ORIGIN_WORDS = {"asal", "from", "dari", "polda", "pemerintah", "pemprov", "pemkab", "pemkot",
                "dprd", "government", "delegasi", "delegation", "tim",
                "team", "warga", "residents", "penduduk", "masyarakat", "kontingen", "utusan",
                "perwakilan"}
TITLE_OR_ORIGIN_WORDS = TITLE_WORDS | ORIGIN_WORDS


def _roles(mentions: list[tuple], speaker: str | None, place: str | None,
           qualifiers: frozenset[int] = frozenset(), acting: frozenset[int] = frozenset()) -> tuple[Mention, ...]:
    """Each entity with its role; a country that is the place is an actor too, and an
    entity that is part of another (AMMTC of ASEAN) brings its parent as an actor; a
    country that only qualifies a person's title (`qualifiers`) is what the fact is about;
    a region that does the deed (`acting`) is an actor as well as a place."""
    roles: list[tuple] = []
    entries = gazetteer().entries
    named = {m[2] for m in mentions}  # a parent the sentence names itself is not brought twice
    for start, _, name, type_, wikidata, text in mentions:
        role = "subject" if start in qualifiers else "speaker" if name == speaker else \
            "place" if type_ == "place" else "actor"
        roles.append((name, type_, role, text, wikidata))
        if start in acting:
            roles.append((name, type_, "actor", text, wikidata))
        if name == place and type_ == "country":
            roles.append((name, type_, "place", text, wikidata))
        entry = entries.get(name)
        parent = entry and entry.part_of
        if parent and parent in entries and parent not in named:
            roles.append((parent, entries[parent].type, "actor", parent, entries[parent].wikidata))
    # each once, in order: a dict of the values, not comparing dataclasses; a body named and
    # then by its acronym ("Badan Nasional Penanggulangan Bencana (BNPB)") is one actor, as first written
    once = {}
    for role in roles:
        once.setdefault(role[:3], role)
    return tuple(starmap(Mention, once.values()))


# Deeds that one party does for a happening, so that sources naming different doers
# disagree: action -> (Indonesian active verbs, Indonesian passive verbs, English finite
# verbs and participles, English base forms that need a modal: "will open").
DEEDS = {
    "open": (("membuka", "meresmikan"), ("dibuka", "diresmikan"),
             ("opened", "opens", "inaugurated", "inaugurates"), ("open", "inaugurate")),
    "close": (("menutup",), ("ditutup",), ("closed", "closes"), ("close",)),
    "sign": (("menandatangani", "meneken"), ("ditandatangani", "diteken"),
             ("signed", "signs"), ("sign",)),
    "lead": (("memimpin", "mengetuai"), ("dipimpin", "diketuai"),
             ("led", "leads", "chaired", "chairs", "co-chaired", "headed"), ("lead", "chair")),
    "host": (("menjadi tuan rumah", "menyelenggarakan"), ("diselenggarakan",),
             ("hosted", "hosts", "organised", "organized"), ("host",)),
}
DEED_OF = {verb: action for action, forms in DEEDS.items() for group in forms for verb in group}
DEED_LIST = word_list(DEED_OF)
BASE_FORMS = {verb for forms in DEEDS.values() for verb in forms[3]}
ENGLISH_VERBS = {verb for forms in DEEDS.values() for group in forms[2:] for verb in group}
# `unknown`: a name the gazetteer lacks ("Andi Wijaya membuka"), most often a person's.
AGENT_TYPES = ("person", "unknown", "organisation", "country")


def _verbs(*groups: int) -> str:
    return "|".join(sorted({v for forms in DEEDS.values() for g in groups for v in forms[g]},
                           key=len, reverse=True))


# "dibuka (secara resmi) oleh X", "dibuka Menlu X" (Indonesian may drop `oleh`), "opened by X".
# (Both open with a look-ahead for a verb's first letter, case ignored as in the verbs: the
# engine then skips the characters no verb starts with instead of trying every verb there.)
VERB_INITIALS = "".join(sorted({verb[0] for verb in DEED_OF}))
PASSIVE_DEED = re.compile(
    rf"(?=[{VERB_INITIALS}])(?<![\w-])(?:({_verbs(1)})(?:\s+(?:secara\s+resmi|resmi|langsung))*\s+(oleh\s+)?"
    rf"|({_verbs(2)})(?:\s+(?:officially|formally|jointly))?\s+by\s+)", re.IGNORECASE)
ACTIVE_DEED = re.compile(rf"(?=[{VERB_INITIALS}])(?<![\w-])({_verbs(0, 2, 3)})(?![\w-])", re.IGNORECASE)
# What may stand between a subject and its verb: "Retno Marsudi secara resmi membuka".
ADVERBS = re.compile(r"\s+(?:(?:secara|resmi|langsung|juga|telah|sudah|akan|pun|kemudian|"
                     r"lalu|bersama-sama|officially|formally|also|has|have|had|will|would|"
                     r"then|later|jointly|is|are|set|to)\s+)*", re.IGNORECASE)
MODAL = re.compile(r"\b(?:will|would|to|shall)\b", re.IGNORECASE)
# An English verb followed by a preposition is intransitive ("the meeting opened in Jakarta").
NO_OBJECT = re.compile(r"\s*(?:[,.;]|(?:by|in|on|at|with|for|to|from|during|after|before|"
                       r"until|up)\b)", re.IGNORECASE)
CONJUNCTION = re.compile(r"\s*(?:,\s*(?:(?:dan|and|serta|&)\s+)?|(?:dan|and|serta|&|"
                         r"bersama(?:\s+dengan)?|together with)\s+)", re.IGNORECASE)
# Where the doers named after a passive verb end: a clause break, a preposition of time or
# place, or a new verb after `dan` ("dipimpin X dan dihadiri Y").
DOERS_END = re.compile(r"[,;:()]|\s(?:di|pada|dalam|untuk|yang|sejak|sebagai|setelah|sebelum|"
                       r"saat|ketika|dengan|tentang|in|on|at|during|for|which|who|as|after|"
                       r"before|with|when|while|about)\s|\s(?:dan|and|serta)\s+(?=(?-i:[a-z]))",
                       re.IGNORECASE)


def agents(text: str, mentions: list[tuple]) -> list[tuple[tuple, str]]:
    """Who did the sentence's main deed, with the deed: (mention, action) pairs.

    The doer is named after a passive verb (`dibuka oleh Menlu Retno Marsudi`, `was opened
    by National Police chief Listyo Sigit Prabowo`) or is the subject right before an
    active one (`Kapolri membuka`, `Indonesia and Japan signed`). A person is preferred to
    the body or country in their title (`Kepala BNN Petrus Golose` is Petrus Golose). The
    first deed in the sentence is its main one; naming who attended is not a deed.
    """
    doers = [m for m in mentions if m[3] in AGENT_TYPES]
    found = []
    for cue in PASSIVE_DEED.finditer(text):
        if cue.group(1) and not cue.group(2) and not text[cue.end():cue.end() + 1].isupper():
            continue  # "dibuka pada Senin": no doer named
        stop = DOERS_END.search(text, cue.end())
        end = stop.start() if stop else len(text)
        named = [m for m in doers if cue.end() <= m[0] < end]
        if named:
            found.append((cue.start(), DEED_OF[(cue.group(1) or cue.group(3)).lower()], named))
    for verb in ACTIVE_DEED.finditer(text):
        named = _subject(text, verb, doers)
        if named:
            found.append((verb.start(), DEED_OF[verb.group(1).lower()], named))
    if not found:
        return []
    _, action, named = min(found, key=lambda f: f[0])
    people = [m for m in named if m[3] in ("person", "unknown")]
    return [(m, action) for m in sorted(people or named)]


def _subject(text: str, verb: re.Match, doers: list[tuple]) -> list[tuple]:
    """The mentions right before an active verb, joined by `dan`/`and`/commas."""
    word = verb.group(1).lower()
    if word in ENGLISH_VERBS and NO_OBJECT.match(text, verb.end()):
        return []
    chain: list[tuple] = []
    edge = verb.start()
    for m in sorted((m for m in doers if m[1] <= verb.start()), key=lambda m: -m[1]):
        if m[1] > edge:
            continue  # inside the title of a mention already taken ("Indonesia's minister")
        gap = text[m[1]:edge]
        if chain and not _joins(gap):
            break
        if not chain and not (ADVERBS.fullmatch(gap) or gap == "" or gap.isspace()):
            break
        if not chain and word in BASE_FORMS and not MODAL.search(gap):
            break  # "ASEAN chair Indonesia": a noun, not a deed
        chain.append(m)
        edge = m[0]
    return chain


def _joins(gap: str) -> bool:
    """Whether the words between two doers join them: a conjunction, then titles only
    (`dan Kapolri Jenderal`, `and National Police chief`)."""
    joined = CONJUNCTION.match(gap)
    if not joined:
        return False
    return all(w[0].isupper() or w.rstrip(".").lower() in TITLE_WORDS
               for w in gap[joined.end():].split())

