"""Happenings at scale: time per article early and late in one load, and grouping quality.

    python bench/bench_happenings.py [--articles 20000] [--window 1000]

Generates articles that report made-up happenings (each told by one to four outlets, in
Indonesian or English, at day, day-range or month precision), loads them all into one
database in one run, and prints the mean time per article over the first `window`
articles and over the last `window`: grouping must not be quadratic, so the two should be
about the same. Because the generator knows which facts state which happening, it also
prints pairwise grouping precision and recall.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import tempfile
import time
from collections import defaultdict
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
    happenings = make_happenings(rng, articles * per_article // 2)
    truth: dict[str, int] = {}
    corpus = []
    for n in range(articles):
        english = rng.random() < 0.3
        chosen = rng.sample(happenings, per_article)
        lines = [sentence(rng, h, english) for h in chosen]
        for h, line in zip(chosen, lines):
            truth[f"{n}|{line}"] = h["id"]
        published = max(h["day"] for h in chosen) + timedelta(days=rng.randrange(1, 4))
        corpus.append(Article(
            text="\n".join(lines), source=f"generated:{n}", url=f"https://example.org/h/{n}",
            outlet=f"Outlet {n % 25}", published=published.isoformat(),
            language="en" if english else "id"))
    return corpus, truth


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--window", type=int, default=1000)
    parser.add_argument("--per-article", type=int, default=3)
    args = parser.parse_args()
    corpus, truth = make_corpus(random.Random(7), args.articles, args.per_article)
    times = []
    with tempfile.TemporaryDirectory() as folder:
        db = open_timeline(str(Path(folder) / "bench.db"))
        for article in corpus:
            start = time.perf_counter()
            ingest(db, article)
            times.append(time.perf_counter() - start)
        happenings = db.execute("SELECT COUNT(*), SUM(facts > 1), SUM(disputed) FROM happenings").fetchone()
        precision, recall = pairwise_scores(db, truth)
    first = 1000 * sum(times[:args.window]) / args.window
    last = 1000 * sum(times[-args.window:]) / args.window
    print(f"{args.articles} articles, {len(truth)} facts, {happenings[0]} happenings"
          f" ({happenings[1]} with several facts, {happenings[2]} disputed)")
    print(f"time per article, first {args.window}: {first:.2f} ms;"
          f" last {args.window}: {last:.2f} ms; ratio last/first {last / first:.2f}")
    print(f"grouping, pairs of facts: precision {precision:.3f}, recall {recall:.3f}")


if __name__ == "__main__":
    main()
