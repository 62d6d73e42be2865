"""Extraction speed: this checkout against an earlier commit, side by side in one run.

    python bench/bench_extract.py [--baseline COMMIT] [--articles 300] [--rounds 5]

Extracts the same generated articles (about 3,000 characters each, from bench_load's
templates) and the development corpus with the current `events.extract` and with the one
at COMMIT (checked out into a temporary package, imported beside this one), alternating
rounds so that both meet the same machine load. Prints CPU milliseconds per article for each,
the ratio, and whether both give the same facts (they must, for a change that only makes
extraction faster), and how long a fixed pure-Python loop takes on this machine now (to
read the milliseconds against other machines). Machines here are shared and noisy: read
the ratio.
"""

from __future__ import annotations

import argparse
import importlib
import io
import random
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_load import make_article  # noqa: E402
from events.extract import extract  # noqa: E402
from events.sources import read_paths  # noqa: E402


def baseline_extract(commit: str, folder: Path):
    """`extract` from the `events` package at `commit`, imported as `events_baseline`."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "events"],
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    (folder / "events").rename(folder / "events_baseline")
    sys.path.insert(0, str(folder))
    return importlib.import_module("events_baseline.extract").extract


def facts_of(extraction) -> list[tuple]:
    """Facts as plain values, comparable across the two packages' classes."""
    return [(f.text, f.kind, f.modality, repr(f.date), f.place,
             tuple((m.name, m.type, m.role) for m in f.mentions)) for f in extraction.facts]


def _extracts(run, article) -> bool:
    try:
        run(article)
    except Exception:  # noqa: BLE001 - any failure of the old code leaves the article out
        return False
    return True


def per_article_ms(run, articles, rounds: int) -> float:
    """CPU time of this process (one core), so that other processes on a shared machine
    weigh less than on the wall clock; the best of `rounds`."""
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for article in articles:
            run(article)
        best = min(best, (time.process_time() - started) * 1000 / len(articles))
    return best


def calibration_ms() -> float:
    """CPU milliseconds of a fixed pure-Python loop, `sum(range(10**6))` (best of 5): how
    fast a core of this machine is now, so the per-article times can be read against other
    machines and days (a current desktop core takes about 10 ms)."""
    best = float("inf")
    for _ in range(5):
        started = time.process_time()
        sum(range(10**6))
        best = min(best, (time.process_time() - started) * 1000)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="HEAD", help="commit to compare with")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(1)
    generated = [make_article(rng, n) for n in range(args.articles)]
    corpus = [a for a in read_paths([str(ROOT / "bench" / "corpus")]) if hasattr(a, "text")]
    with tempfile.TemporaryDirectory() as tmp:
        old = baseline_extract(args.baseline, Path(tmp))
        for name, articles in (("generated", generated), ("corpus", corpus)):
            readable = [a for a in articles if _extracts(old, a)]
            if len(readable) < len(articles):  # an older extractor may fail on articles found since
                print(f"{name}: {len(articles) - len(readable)} articles left out that the baseline fails on")
                articles = readable
            size = sum(len(a.text) for a in articles) / len(articles)
            for run in (old, extract):  # warm both: gazetteers, compiled patterns
                run(articles[0])
            times = {"baseline": [], "current": []}
            for _ in range(args.rounds):
                times["baseline"].append(per_article_ms(old, articles, 1))
                times["current"].append(per_article_ms(extract, articles, 1))
            before, after = min(times["baseline"]), min(times["current"])
            same = all(facts_of(old(a)) == facts_of(extract(a)) for a in articles)
            print(f"{name:10} {len(articles):4} articles of {size:,.0f} chars:"
                  f" baseline {before:.2f} ms, current {after:.2f} ms per article"
                  f" ({before / after:.2f}x), {1000 / after:,.0f} articles/s;"
                  f" same facts: {'yes' if same else 'NO'}")
    print(f"calibration: sum(range(10**6)) takes {calibration_ms():.1f} ms of CPU on this machine now")


if __name__ == "__main__":
    main()
