"""Happenings at scale: time per article early and late in one load, and grouping quality.

    python bench/bench_happenings.py [--articles 20000] [--window 1000] [--corpus both]

Generates articles that report made-up happenings, loads them all into one database in one
run, and prints the mean time per article over the first `window` articles and over the
last `window`: grouping must not be quadratic, so the two should be about the same. It
prints this process's CPU time per article too, which other work on a shared machine
disturbs less than the wall-clock time, and the first `window` articles timed again in a
fresh database, each right after one of the last `window` (side by side, under the same
load).
Because the generator knows which facts state which happening, it also prints pairwise
grouping precision and recall. Two corpora, each loaded in its own database:

- `dense`: 30,000 happenings among 15 countries and 14 cities in under three years, each
  told by one to four articles picked at random, loaded in random order, with an ordinal
  drawn at random (so two meetings of the same two countries can both be "the 12th"). It
  grows the look-alikes (facts sharing two anchors in one month) with every article.
- `realistic`: what a news archive looks like: happenings follow each other in time at a
  steady rate (so a bigger corpus covers more years, not more happenings per day), each
  told by a heavy-tailed number of articles (most by a few, some by a hundred), published
  in the days after it and loaded in publication order, and the nth meeting of two
  countries is one meeting.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import tempfile
import time
from collections import defaultdict, deque
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from events.article import Article  # noqa: E402
from events.ingest import ingest, open_timeline  # noqa: E402

COUNTRIES = [("Indonesia", "Indonesia"), ("Malaysia", "Malaysia"), ("Singapura", "Singapore"),
             ("Thailand", "Thailand"), ("Filipina", "the Philippines"), ("Vietnam", "Vietnam"),
             ("Laos", "Laos"), ("Kamboja", "Cambodia"), ("Myanmar", "Myanmar"),
             ("Brunei", "Brunei"), ("Korea Selatan", "South Korea"), ("Jepang", "Japan"),
             ("Tiongkok", "China"), ("Australia", "Australia"), ("India", "India")]
PLACES = ["Jakarta", "Labuan Bajo", "Bali", "Surabaya", "Makassar", "Medan", "Kupang",
          "Kuala Lumpur", "Bangkok", "Manila", "Hanoi", "Vientiane", "Seoul", "Tokyo"]
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def make_happenings(rng: random.Random, count: int) -> list[dict]:
    start = date(2022, 1, 1)
    return [{
        "id": i, "countries": rng.sample(range(len(COUNTRIES)), 2), "place": rng.choice(PLACES),
        "day": start + timedelta(days=rng.randrange(1000)), "length": rng.choice([0, 0, 1, 2]),
        "ordinal": rng.randrange(2, 40),
    } for i in range(count)]


def sentence(rng: random.Random, h: dict, english: bool) -> str:
    (id1, en1), (id2, en2) = (COUNTRIES[c] for c in h["countries"])
    first, last = h["day"], h["day"] + timedelta(days=h["length"])
    if english:
        when = (f"on {MONTHS[first.month - 1]} {first.day}, {first.year}" if first == last
                else f"on {MONTHS[first.month - 1]} {first.day}-{last.day}, {first.year}"
                if first.month == last.month else f"in {MONTHS[first.month - 1]} {first.year}")
        return (f"{en1} and {en2} held the {h['ordinal']}th joint meeting in {h['place']}"
                f" {when}.")
    when = (f"pada {first.day} {BULAN[first.month - 1]} {first.year}" if first == last
            else f"pada {first.day}-{last.day} {BULAN[first.month - 1]} {first.year}"
            if first.month == last.month and rng.random() < 0.8
            else f"pada {BULAN[first.month - 1]} {first.year}")
    return (f"Delegasi {id1} dan {id2} menggelar pertemuan bersama ke-{h['ordinal']} di"
            f" {h['place']} {when}.")


def make_corpus(rng: random.Random, articles: int, per_article: int) -> tuple[list[Article], dict]:
    """The dense corpus: each article picks its happenings at random from the whole pool."""
    happenings = make_happenings(rng, articles * per_article // 2)
    reports = [rng.sample(happenings, per_article) for _ in range(articles)]
    return write_articles(rng, reports)


def write_articles(rng: random.Random, reports: list[list[dict]]) -> tuple[list[Article], dict]:
    """One article per list of happenings, published a few days after the last of them."""
    truth: dict[str, int] = {}
    corpus = []
    for n, chosen in enumerate(reports):
        english = rng.random() < 0.3
        lines = [sentence(rng, h, english) for h in chosen]
        for h, line in zip(chosen, lines):
            truth[f"{n}|{line}"] = h["id"]
        published = max(h["day"] for h in chosen) + timedelta(days=rng.randrange(1, 4))
        corpus.append(Article(
            text="\n".join(lines), source=f"generated:{n}", url=f"https://example.org/h/{n}",
            outlet=f"Outlet {n % 25}", published=published.isoformat(),
            language="en" if english else "id"))
    return corpus, truth


PER_DAY = 4  # happenings per day in the realistic corpus, whatever its size


def make_realistic_corpus(rng: random.Random, articles: int,
                          per_article: int) -> tuple[list[Article], dict]:
    """The realistic corpus: happenings one after another in time, each reported a
    heavy-tailed number of times (Pareto, capped at 100: mean about 4), in articles
    published in the days after it and loaded in that order."""
    pending: list[tuple[date, int, dict]] = []
    ordinals: dict[tuple[int, int], int] = defaultdict(int)
    day, wanted, ids = date(2005, 1, 1), articles * per_article, itertools.count()
    while len(pending) < wanted:
        for _ in range(PER_DAY):
            countries = sorted(rng.sample(range(len(COUNTRIES)), 2))
            ordinals[tuple(countries)] += 1
            h = {"id": next(ids), "countries": countries,
                 "place": rng.choice(PLACES), "day": day, "length": rng.choice([0, 0, 1, 2]),
                 "ordinal": ordinals[tuple(countries)]}
            end = day + timedelta(days=h["length"])
            for _ in range(min(100, int(rng.paretovariate(1.3)))):
                pending.append((end + timedelta(days=min(30, int(rng.expovariate(0.5)))),
                                rng.random(), h))
        day += timedelta(days=1)
    pending.sort(key=lambda report: report[:2])
    return write_articles(rng, _articles_of(pending[:wanted], articles, per_article))


def _articles_of(pending: list[tuple], articles: int, per_article: int) -> list[list[dict]]:
    """Consecutive reports, `per_article` to an article, never one happening twice in one."""
    queue = deque(report[2] for report in pending)
    reports = []
    while queue and len(reports) < articles:
        chosen: list[dict] = []
        skipped: list[dict] = []
        while queue and len(chosen) < per_article:
            h = queue.popleft()
            (skipped if any(h["id"] == c["id"] for c in chosen) else chosen).append(h)
        queue.extendleft(reversed(skipped))
        reports.append(chosen)
    return reports


def pairwise_scores(db, truth: dict[str, int]) -> tuple[float, float]:
    """Precision and recall over pairs of facts: same happening in truth vs in the table."""
    grouped = defaultdict(list)
    actual = defaultdict(list)
    for url, text, happening_id in db.execute(
            "SELECT a.url, f.text, f.happening_id FROM facts f JOIN articles a USING (article_id)"):
        key = f"{url.rsplit('/', 1)[1]}|{text}"
        if key in truth:
            grouped[happening_id].append(key)
            actual[truth[key]].append(key)
    pairs = lambda groups: {frozenset(p) for g in groups.values()
                            for p in itertools.combinations(sorted(g), 2)}
    predicted, real = pairs(grouped), pairs(actual)
    precision = len(predicted & real) / len(predicted) if predicted else 1.0
    recall = len(predicted & real) / len(real) if real else 1.0
    return precision, recall


def measure(corpus: list[Article], truth: dict[str, int], window: int) -> None:
    """Load the corpus into one database, timing each article. While the last `window`
    articles load, the first `window` load again into a fresh database, one after each
    of them: the early cost measured side by side with the late one, so that a change in
    the machine's load between the start and the end of the run does not pass for growth."""
    times, cpu, joins = [], [], []
    again, again_cpu, again_joins = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        db = open_timeline(str(Path(folder) / "bench.db"))
        fresh = open_timeline(str(Path(folder) / "fresh.db"))
        for n, article in enumerate(corpus):
            wall, spent = timed(db, article)
            times.append(wall)
            cpu.append(spent)
            joins.append(joined(db, article))
            early = n - (len(corpus) - window)
            if early >= 0:
                wall, spent = timed(fresh, corpus[early])
                again.append(wall)
                again_cpu.append(spent)
                again_joins.append(joined(fresh, corpus[early]))
        happenings = db.execute(
            "SELECT COUNT(*), SUM(facts > 1), SUM(disputed), MAX(facts) FROM happenings").fetchone()
        precision, recall = pairwise_scores(db, truth)
    print(f"  {len(corpus)} articles, {len(truth)} facts, {happenings[0]} happenings"
          f" ({happenings[1]} with several facts, the largest with {happenings[3]},"
          f" {happenings[2]} disputed)")
    for label, spent, side in (("time", times, again), ("CPU time", cpu, again_cpu)):
        first = 1000 * sum(spent[:window]) / window
        last = 1000 * sum(spent[-window:]) / window
        first_again = 1000 * sum(side) / window
        print(f"  {label} per article, first {window}: {first:.2f} ms;"
              f" last {window}: {last:.2f} ms; ratio last/first {last / first:.2f};"
              f" first {window} again, side by side with the last: {first_again:.2f} ms;"
              f" ratio {last / first_again:.2f}")
    by_kind(again_cpu, again_joins, cpu[-window:], joins[-window:])
    print(f"  grouping, pairs of facts: precision {precision:.3f}, recall {recall:.3f}")


def joined(db, article: Article) -> int:
    """How many of the article's facts joined a happening that another article reported."""
    return db.execute(
        "SELECT COUNT(*) FROM facts f JOIN happenings h ON h.happening_id = f.happening_id"
        " WHERE f.article_id = ? AND h.articles > 1", [article.article_id]).fetchone()[0]


def by_kind(first: list[float], first_joins: list[int], last: list[float],
            last_joins: list[int]) -> None:
    """CPU time per article apart by how many of its facts joined a happening already
    reported: how many articles do so changes as the corpus fills, what each costs should
    not."""
    for count in sorted(set(first_joins) | set(last_joins)):
        early = [t for t, j in zip(first, first_joins) if j == count]
        late = [t for t, j in zip(last, last_joins) if j == count]
        if len(early) >= 20 and len(late) >= 20:
            a, b = 1000 * sum(early) / len(early), 1000 * sum(late) / len(late)
            print(f"  CPU time per article with {count} fact(s) joining: first {a:.2f} ms"
                  f" ({len(early)} articles, side by side); last {b:.2f} ms ({len(late)});"
                  f" ratio {b / a:.2f}")


def timed(db, article: Article) -> tuple[float, float]:
    """Wall-clock and CPU seconds to ingest one article."""
    start, start_cpu = time.perf_counter(), time.process_time()
    ingest(db, article)
    return time.perf_counter() - start, time.process_time() - start_cpu


CORPORA = {"dense": make_corpus, "realistic": make_realistic_corpus}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--window", type=int, default=1000)
    parser.add_argument("--per-article", type=int, default=3)
    parser.add_argument("--corpus", choices=[*CORPORA, "both"], default="both")
    args = parser.parse_args()
    for name, make in CORPORA.items():
        if args.corpus in (name, "both"):
            print(f"{name}:")
            corpus, truth = make(random.Random(7), args.articles, args.per_article)
            measure(corpus, truth, args.window)


if __name__ == "__main__":
    main()
