"""Evaluate extraction on the development corpus in bench/corpus against expected.yml.

    python bench/eval_extract.py [--verbose] [--corpus FOLDER]

Prints, overall and per phenomenon tag: date accuracy (exact interval for explicit dates,
containment for dates from context), actor recall, kind and modality accuracy, place
accuracy (an expected actor or place may be written as any alias or acronym the gazetteer
knows for it), extra actors (actors found on a fact whose `who` does not name them: an
upper bound on wrong actors, as a `who` list may leave out an actor a reader would accept),
false dates (an explicit date on a sentence that gives none; a sentence that
gives none and states nothing else may be dropped) and the share of facts that are
boilerplate. The reference article is evaluated too, from
shared/spec/seed-facts.yml, and the grouping of facts into happenings (pairwise precision
and recall) on bench/corpus/happenings. Pure measurement: it never changes what it measures.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from events.article import Article, Fact  # noqa: E402
from events.errors import ArticleError  # noqa: E402
from events.extract import extract, names  # noqa: E402
from events.extract.gazetteer import gazetteer  # noqa: E402
from events.sources import read_file  # noqa: E402

CORPUS = ROOT / "bench" / "corpus"


class Tally:
    """Counts of hits over trials for each metric, overall and per tag."""

    def __init__(self) -> None:
        self.hits: dict[tuple[str, str], int] = defaultdict(int)
        self.trials: dict[tuple[str, str], int] = defaultdict(int)

    def add(self, metric: str, tags: list[str], hit: float, trials: int = 1) -> None:
        for tag in ["ALL", *tags]:
            self.hits[(metric, tag)] += hit
            self.trials[(metric, tag)] += trials

    def rate(self, metric: str, tag: str = "ALL") -> str:
        trials = self.trials.get((metric, tag), 0)
        if not trials:
            return "-"
        return f"{100 * self.hits[(metric, tag)] / trials:.0f}% ({self.hits[(metric, tag)]:g}/{trials})"


def as_list(value) -> list:
    return value if isinstance(value, list) else [value]


def find_fact(facts: tuple[Fact, ...], phrase: str) -> Fact | None:
    matching = [f for f in facts if phrase in f.text]
    return min(matching, key=lambda f: len(f.text)) if matching else None


def date_hit(fact: Fact, when: dict) -> bool:
    if fact.date is None:
        return False
    start, end = str(when["start"]), str(when.get("end", when["start"]))
    if when["basis"] == "explicit":
        return (fact.date.start, fact.date.end) == (start, end)
    return (fact.date.start <= start and fact.date.end >= end
            and fact.date.precision in ("day", "month") and fact.date.start[:7] == start[:7])


@cache
def canonical(name: str) -> str:
    """The gazetteer's canonical name for an expected actor written as one of its aliases or
    acronyms (`KKP`, `Kementerian Kelautan dan Perikanan`): an annotator who writes another
    form of a known entity's name means the same entity. Unknown names stay as written."""
    matches = gazetteer().find(name)
    if len(matches) == 1 and (matches[0].start, matches[0].end) == (0, len(name)):
        return matches[0].entry.name
    return name


# The word for a unit of government before a place's name: "Kecamatan Pujut" and "Pujut"
# name the same place (annotators write either), as the gazetteer's aliases do for regencies.
UNIT_HEAD = re.compile(r"^(?:Desa|Kelurahan|Kecamatan|Distrik|Kabupaten|Kota|Provinsi|Nagari|Gampong|Dusun|Kampung|"
                       r"Kapanewon|Kemantren|Kalurahan|Ohoi|Negeri)\s+")
# ... or after it, in English: "Quang Tri Province" and "Quang Tri".
UNIT_TAIL = re.compile(r"\s+(?:Province|province|Regency|regency|District|district|State|state)$")


def without_unit(name: str) -> str:
    return UNIT_TAIL.sub("", UNIT_HEAD.sub("", name))


# A regional unit's full name and the short form news writes for it: "Kepolisian Resor
# Bone Bolango" is Polres Bone Bolango, "Pemerintah Kabupaten Karangasem" Pemkab
# Karangasem. Annotators wrote either; both name the same body.
SHORT_FORMS = [(re.compile(rf"^{full} (?=[A-Z])"), f"{short} ") for full, short in (
    ("Kepolisian Resor Kota Besar", "Polrestabes"), ("Kepolisian Resor Kota", "Polresta"),
    ("Kepolisian Resor", "Polres"), ("Kepolisian Daerah", "Polda"), ("Kepolisian Sektor", "Polsek"),
    ("Pemerintah Kabupaten", "Pemkab"), ("Pemerintah Kota", "Pemkot"), ("Pemerintah Provinsi", "Pemprov"),
    ("Dinas Kesehatan(?: Kabupaten| Kota)?", "Dinkes"), ("Dinas Pendidikan", "Dindik"),
    ("Dinas Perindustrian dan Perdagangan", "Disperindag"), ("Dinas Perhubungan", "Dishub"),
    ("Dinas Lingkungan Hidup", "DLH"), ("Satuan Polisi Pamong Praja", "Satpol PP"),
    # ... and the prosecutors', the police units' and more offices' short forms
    ("Kejaksaan Tinggi", "Kejati"), ("Kejaksaan Negeri", "Kejari"),
    ("Direktorat Reserse Narkoba", "Ditresnarkoba"), ("Direktorat Reserse Kriminal Khusus", "Ditreskrimsus"),
    ("Direktorat Reserse Kriminal Umum", "Ditreskrimum"), ("Satuan Reserse Narkoba", "Satresnarkoba"),
    ("Satuan Reserse Kriminal", "Satreskrim"), ("Direktorat Kepolisian Perairan dan Udara", "Ditpolairud"),
    ("Dinas Tenaga Kerja(?: Provinsi)?", "Disnaker"), ("Dinas Sosial", "Dinsos"),
    ("Balai Besar Pelaksanaan Jalan Nasional", "BBPJN"), ("Balai Pelaksanaan Jalan Nasional", "BPJN"),
    ("Balai Konservasi Sumber Daya Alam", "BKSDA"))]
SHORT_HEADS = {short.split()[0] for _, short in SHORT_FORMS}


def short_form(name: str) -> str:
    for full, short in SHORT_FORMS:
        if full.match(name):
            return full.sub(short, name)
    return name


@cache
def regional_form(name: str) -> str:
    """A body's office in a region with the region written as any of its names: "BPBD
    Sumsel" and "BPBD Sumatera Selatan", "DPRD Solo" and "DPRD Kota Surakarta" name the
    same office (annotators write the region either way; so do articles)."""
    head, _, rest = name.partition(" ")
    if not rest or not (head.isupper() or short_form(f"{head} X") != f"{head} X" or head[:3] in ("Pol", "Pem")
                        or head in SHORT_HEADS or _a_body(head)):
        return name
    region = without_unit(rest)
    matches = gazetteer().find(region)
    if len(matches) == 1 and (matches[0].start, matches[0].end) == (0, len(region)) \
            and matches[0].entry.type == "place":
        return f"{head} {matches[0].entry.name}"
    return name


def _a_body(word: str) -> bool:
    """Whether a word alone is an organisation the gazetteer knows ("Bawaslu", "Basarnas")."""
    matches = gazetteer().find(word)
    return len(matches) == 1 and matches[0].end == len(word) and matches[0].entry.type == "organisation"


# A generational suffix or a company's legal form, which annotators write or leave out:
# "Gilberto Teodoro Jr.", "Sarawak Energy Berhad".
SUFFIX = re.compile(r"(?:,?\s+(?:Jr|Sr|Berhad|Bhd|Tbk|Inc|Ltd|Limited|Corp|Pte|Co)\.?)+$")


# ... and a company's legal form before its name, which annotators also write or leave out:
# "PT Timah Tbk" and "Timah", "PT Railink" and "Railink".
LEGAL_PREFIX = re.compile(r"^(?:PT|CV)\.?\s+(?=\S)")
# An office's class inside its name ("KSOP Kelas I Samarinda"), which annotators leave out
# where the article does ("KSOP Samarinda" is the same office).
OFFICE_CLASS = re.compile(rf"{names.OFFICE_CLASS}(?= )")


# A name the article defines an acronym for: "Balai Konservasi Sumber Daya Alam (BKSDA)",
# "Dinas Peternakan dan Kesehatan Hewan (Disnakkeswan)" (a regional office's, up to 12 letters),
# "Dinas Kepemudaan, Olahraga dan Pariwisata (Disporapar)" (its fields listed with commas),
# "Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans)" (up to 14 letters), "Balai Wilayah
# Sungai Sumatera V (BWSS V)" (with the office's number).
DEFINED = re.compile(r"((?:[A-Z][\w'’-]*|dan|and|of|for|the)(?:,?\s+(?:[A-Z][\w'’-]*|dan|and|of|for|the))*)"
                     r"\s+\(([A-Z][A-Za-z0-9]{1,13}(?: [IVX]{1,4})?)\)")


def acronyms_defined(text: str) -> dict[str, list[list[str]]]:
    """Each acronym the article defines in brackets, with the capitalised words before it."""
    defined: dict[str, list[list[str]]] = defaultdict(list)
    for match in DEFINED.finditer(text):
        defined[match.group(2)].append(match.group(1).split())
    return defined


def spelled_out(name: str, defined: dict[str, list[list[str]]]) -> set[str]:
    """An expected name with an acronym the article defined written out as the article
    wrote it ("BKSDA Sumbar" is "Balai Konservasi Sumber Daya Alam Sumbar"): the same body
    by the article's own definition. The words before the bracket may start with a title
    or a verb's object, so every ending run of them is a candidate."""
    words = name.split()
    forms = set()
    for i, word in enumerate(words):
        for run in defined.get(word, ()):
            for k in range(len(run)):
                forms.add(" ".join(words[:i] + run[k:] + words[i + 1:]))
        numbered = " ".join(words[i:i + 2])  # an acronym with its number: "BWSS V"
        for run in defined.get(numbered, ()) if " " in numbered else ():
            for k in range(len(run)):
                forms.add(" ".join(words[:i] + run[k:] + words[i + 2:]))
    return forms


def actor_forms(name: str) -> set[str]:
    """A found actor's name and the other ways an annotator may have written the same body:
    its short forms, and the acronym its words' initials spell ("Balai Besar Pelaksanaan
    Jalan Nasional" is BBPJN), which annotators write though the article never defined it."""
    short = short_form(name)
    return {name, short, regional_form(name), regional_form(short), SUFFIX.sub("", name), initials(name),
            LEGAL_PREFIX.sub("", SUFFIX.sub("", name)), OFFICE_CLASS.sub("", name)}


def found_forms(name: str) -> set[str]:
    """A found actor's forms, and the shorter names an annotator may have written for it
    (an expected name is never matched by a shorter found one: "LBH" is not "LBH Manado")."""
    forms = actor_forms(name) | set(shorter_names(short_form(name)))
    if LEGAL_PREFIX.match(name):  # ("Segah Energi" for "PT Segah Energi Nusantara", as the article names it later)
        forms |= set(shorter_names(LEGAL_PREFIX.sub("", SUFFIX.sub("", name))))
    # ("Disdik" and "Dindik" both shorten Dinas Pendidikan; news writes either)
    return forms | {f.replace("Dindik", "Disdik", 1) for f in forms if f.startswith("Dindik")}


@cache
def shorter_names(name: str) -> tuple[str, ...]:
    """The shorter names an annotator may have written for a found body: its office without
    the region after it ("BKSDA" for "BKSDA Sumbar", "Pemkot" for "Pemkot Banjarmasin"), and
    the opening words a company's later mentions go by ("Hanamizu" for "Hanamizu
    Electronics"), or its words after a place it opens with ("Huacheng"). A prefix that is itself a known entity is no shorter name: "Indonesia"
    does not stand for "Indonesia Investment Authority"."""
    words = name.split()
    forms = []
    for k in range(1, len(words)):
        prefix, rest = " ".join(words[:k]), " ".join(words[k:])
        if a_place(rest) or not gazetteer().find(prefix) or rest.startswith("in ") and a_place(rest[3:]):
            forms.append(prefix)  # ("Chinese Embassy" for "Chinese Embassy in Jakarta")
    if len(words) >= 2 and a_place(words[0]):
        # ... and a company's own words after the place its name opens with ("Huacheng" for
        # "Zhejiang Huacheng")
        forms += [" ".join(words[1:k]) for k in range(2, len(words) + 1)]
    if name.startswith("Pemkot "):
        forms += ["Pemko", "Pemko" + name[len("Pemkot"):]]  # the Sumatran and Kalimantan spelling
    return tuple(forms)


@cache
def a_place(name: str) -> bool:
    """Whether a name is a place the gazetteer knows, as a whole (with or without its unit word)."""
    bare = without_unit(name)
    matches = gazetteer().find(bare)
    return len(matches) == 1 and (matches[0].start, matches[0].end) == (0, len(bare)) \
        and matches[0].entry.type == "place"


def initials(name: str) -> str:
    words = [w for w in re.split(r"[\s,]+", name) if w and w.lower() not in ("dan", "and", "of", "for", "the", "&")]
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return name
    return "".join(w[0] for w in words)


def expected_forms(name: str, defined: dict[str, list[list[str]]] | None) -> set[str]:
    """An expected actor's name, as the gazetteer names it and as the article spelled out an
    acronym in it (and as the gazetteer names what it spelled out), besides the forms every
    actor has."""
    spelled = spelled_out(name, defined) if defined else set()
    translated = {f for form in translated_governments(name) for f in actor_forms(form)}
    mission = MISSION.match(name)  # "KBRI Riyadh" is the Indonesian Embassy in Riyadh
    missions = {f"Indonesian {MISSION_KINDS[mission.group(1)]} in {mission.group(2)}"} if mission else set()
    # "Bakamla RI", "Komisi X DPR RI": the body of the Republic of Indonesia, as it is written without
    national = actor_forms(name[:-3]) | {canonical(name[:-3])} if name.endswith(" RI") and len(name) > 5 else set()
    house = HOUSE_COMMISSION.match(name)  # "House Commission IX" is Komisi IX DPR, as the extractor names it
    if house:
        national.add(f"Komisi {house.group(1)} DPR")
    if name.lower() in ("pemerintah", "pemerintah pusat"):
        national.add("Indonesia")  # the government, as the gazetteer reads "Pemerintah Indonesia"
    return actor_forms(name) | {canonical(name)} | spelled | {canonical(form) for form in spelled} | translated \
        | missions | national


MISSION = re.compile(r"^(KBRI|KJRI) (.+)$")
# ... and so are "Commission IX" and "House of Representatives Commission IX", as English
# news names it once the House is the legislature it writes about
HOUSE_COMMISSION = re.compile(r"^(?:House (?:of Representatives )?)?Commission ([IVX]{1,4})$")
MISSION_KINDS = {"KBRI": "Embassy", "KJRI": "Consulate-General"}


# A regional government as English news names it: "Bima regency government" is Pemkab Bima,
# "Makassar city government" Pemkot Makassar, "South Sumatra provincial government" Pemprov
# Sumatera Selatan; "the North Toraja administration" is one of the three.
GOVERNMENTS = [(re.compile(rf"^(?P<region>.+?) {unit}(?:government|administration)$", re.I), heads) for unit, heads in (
    (r"(?:regency|district) ", ("Pemkab",)), (r"city ", ("Pemkot",)), (r"(?:provincial|province) ", ("Pemprov",)),
    ("", ("Pemprov", "Pemkab", "Pemkot")))]


def translated_governments(name: str) -> list[str]:
    for pattern, heads in GOVERNMENTS:
        match = pattern.match(name)
        if match and a_place(match.group("region")):
            return [f"{head} {match.group('region')}" for head in heads]
    return []


def score_fact(tally: Tally, fact: Fact | None, expected: dict, problems: list[str],
               defined: dict[str, list[list[str]]] | None = None) -> None:
    tags = expected.get("tags", [])
    phrase = expected["phrase"]
    if fact is None and set(expected) <= {"phrase", "tags", "when"} and expected.get("when", 0) is None:
        tally.add("false dates", tags, 0)  # a sentence that states nothing may be dropped
        return
    tally.add("found", tags, fact is not None)
    if fact is None:
        problems.append(f"missing: {phrase}")
        return
    if "when" in expected and expected["when"] is None:
        false = fact.date is not None and fact.date.basis == "explicit"
        tally.add("false dates", tags, false)
        if false:
            problems.append(f"false date {fact.date.value} ({fact.date.text}) on: {phrase}")
    elif "when" in expected:
        hit = date_hit(fact, expected["when"])
        tally.add("date accuracy", tags, hit)
        if not hit:
            got = f"{fact.date.start}..{fact.date.end} {fact.date.basis}" if fact.date else None
            problems.append(f"date {got} != {expected['when']} on: {phrase}")
    if "doubt" in expected:
        flagged = fact.date is not None and bool(fact.date.doubt) or fact.date is None
        tally.add("doubt flagged", tags, flagged)
    for field in ("kind", "modality"):
        if field in expected:
            hit = getattr(fact, field) in as_list(expected[field])
            tally.add(f"{field} accuracy", tags, hit)
            if not hit:
                problems.append(f"{field} {getattr(fact, field)} not in {expected[field]}: {phrase}")
    if "where" in expected:
        hit = fact.place is not None and any(
            fact.place in (place, canonical(place)) or without_unit(fact.place) == without_unit(place)
            for place in as_list(expected["where"]))
        tally.add("place accuracy", tags, hit)
        if not hit:
            problems.append(f"place {fact.place} not in {expected['where']}: {phrase}")
    who = expected.get("who") or []
    if who:
        # (forms compared without case: "police" and "Police" are the same body)
        actors = {form.casefold() for name in fact.actors for form in found_forms(name)}
        missed = [name for name in who if not {f.casefold() for f in expected_forms(name, defined)} & actors]
        tally.add("actor recall", tags, len(who) - len(missed), len(who))
        if missed:
            shown = sorted({form for name in fact.actors for form in actor_forms(name)})
            problems.append(f"actors {shown} miss {sorted(missed)}: {phrase}")
        wanted = {form.casefold() for name in who for form in expected_forms(name, defined)}
        extra = sorted(name for name in fact.actors if not {f.casefold() for f in found_forms(name)} & wanted)
        tally.add("extra actors", tags, len(extra), len(set(fact.actors)))
        if extra:
            problems.append(f"extra actors {extra}: {phrase}")


def read_article(path: Path) -> Article:
    """The article in a file, or line N of a JSON Lines file named `file.jsonl:N`; an
    article the loader cannot read stops the evaluation with the loader's one-line error."""
    name, _, line = path.name.partition(".jsonl:")
    items = list(read_file(path if not line else path.with_name(name + ".jsonl")))
    for item in items:
        if isinstance(item, ArticleError):
            raise SystemExit(f"eval_extract: {item}")
    if not line:
        (article,) = items
        return article
    (article,) = [item for item in items if item.source.endswith(f":{line}")]
    return article


def evaluate_article(tally: Tally, path: Path, spec: dict, problems: list[str]) -> None:
    article = read_article(path)
    extraction = extract(article)
    if "published" in spec:
        hit = extraction.published == str(spec["published"]) or article.published == str(spec["published"])
        tally.add("article date", [spec.get("published_from", "metadata")], hit)
        if not hit:
            problems.append(f"article date {extraction.published} != {spec['published']}")
    defined = acronyms_defined(article.text)
    for expected in spec["facts"]:
        score_fact(tally, find_fact(extraction.facts, expected["phrase"]), expected, problems, defined)
    boiler = [f for f in extraction.facts if any(b in f.text for b in spec.get("boilerplate", []))]
    tally.add("boilerplate facts", [], len(boiler), len(extraction.facts))
    problems.extend(f"boilerplate fact: {f.text}" for f in boiler)


def seed_spec() -> tuple[Path, dict]:
    """The reference article and its spec, in this corpus's shape."""
    shared = ROOT.parent / "shared"
    spec = yaml.safe_load((shared / "spec" / "seed-facts.yml").read_text())
    facts = []
    for fact in spec["facts"]:
        when = fact["when"]
        start, end = str(when["start"]), str(when.get("end", when["start"]))
        interval = _interval(start), _interval(end, last=True)
        facts.append({**fact, "tags": ["reference-article"],
                      "when": {"start": interval[0], "end": interval[1], "basis": when["basis"]}})
    return ROOT / "articles" / "antara-2023-08-24-ammtc-rok.txt", {
        "facts": facts, "boilerplate": ["Baca juga"], "published": str(spec["article"]["published"])}


def _interval(value: str, last: bool = False) -> str:
    import calendar

    if len(value) == 4:
        return f"{value}-12-31" if last else f"{value}-01-01"
    if len(value) == 7:
        year, month = map(int, value.split("-"))
        return f"{value}-{calendar.monthrange(year, month)[1]:02d}" if last else f"{value}-01"
    return value


def evaluate_grouping() -> tuple[float, float]:
    """Pairwise precision and recall of happenings on bench/corpus/happenings."""
    import itertools
    import tempfile

    from events.ingest import ingest, open_timeline
    from events.sources import read_paths

    folder = CORPUS / "happenings"
    expected = yaml.safe_load((folder / "expected.yml").read_text())
    with tempfile.TemporaryDirectory() as tmp:
        db = open_timeline(str(Path(tmp) / "eval.db"))
        for article in read_paths([str(folder)]):
            ingest(db, article)
        facts = db.execute("SELECT fact_id, text, happening_id FROM facts").fetchall()
    truth: dict[str, int] = {}
    for number, group in enumerate(expected["groups"]):
        for phrase in group["facts"]:
            truth.update({fid: number for fid, text, _ in facts if phrase in text})
    pairs = list(itertools.combinations(facts, 2))
    predicted = {(a[0], b[0]) for a, b in pairs if a[2] == b[2]}
    real = {(a[0], b[0]) for a, b in pairs
            if a[0] in truth and truth.get(b[0]) == truth[a[0]]}
    precision = len(predicted & real) / len(predicted) if predicted else 1.0
    recall = len(predicted & real) / len(real) if real else 1.0
    return precision, recall


def expected_articles(folder: Path = CORPUS) -> dict[str, dict]:
    """expected.yml and every expected-*.yml beside it (one per later batch, so that a batch
    can be written while another is being worked on), merged; an article named twice is an
    error rather than a silent override."""
    merged: dict[str, dict] = {}
    paths = [folder / "expected.yml", *sorted(folder.glob("expected-*.yml"))]
    for path in [p for p in paths if p.exists()]:
        for name, spec in yaml.safe_load(path.read_text())["articles"].items():
            if name in merged:
                raise SystemExit(f"{path}: {name} is already expected elsewhere")
            merged[name] = spec
    return merged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--corpus", type=Path, default=None,
                        help="score only the articles of another folder (a batch being written"
                             " outside the corpus, so that nobody tunes rules to it)")
    args = parser.parse_args()
    folder = args.corpus or CORPUS
    tally = Tally()
    problems: dict[str, list[str]] = {}
    for name, spec in expected_articles(folder).items():
        problems[name] = []
        evaluate_article(tally, folder / name, spec, problems[name])
    if args.corpus is None:
        seed_path, spec = seed_spec()
        problems[seed_path.name] = []
        evaluate_article(tally, seed_path, spec, problems[seed_path.name])

    metrics = ["found", "date accuracy", "false dates", "doubt flagged", "actor recall",
               "extra actors", "kind accuracy", "modality accuracy", "place accuracy",
               "article date", "boilerplate facts"]
    print(f"{'metric':20} overall")
    for metric in metrics:
        print(f"{metric:20} {tally.rate(metric)}")
    tags = sorted({tag for (_, tag) in tally.trials if tag != "ALL"})
    print(f"\n{'phenomenon':26} {'date accuracy':16} {'false dates':14} {'actor recall':14} kind")
    for tag in tags:
        print(f"{tag:26} {tally.rate('date accuracy', tag):16} {tally.rate('false dates', tag):14}"
              f" {tally.rate('actor recall', tag):14} {tally.rate('kind accuracy', tag)}")
    if args.corpus is None:  # the grouping corpus is bench/corpus's own
        precision, recall = evaluate_grouping()
        print(f"\nhappenings (bench/corpus/happenings), pairs of facts:"
              f" precision {precision:.2f}, recall {recall:.2f}")
    if args.verbose:
        for name, misses in problems.items():
            for miss in misses:
                print(f"{name}: {miss}")


if __name__ == "__main__":
    main()
