"""Load benchmark: extraction, appending, a plain-sqlite3 baseline and a reload, side by side.

    python bench/bench_load.py [--articles 2000] [--seed 1]

Generates a corpus of article-sized Indonesian news texts (about 3,000 characters each,
from sentence templates written for this benchmark), then measures in one run:
extraction alone, a full load (extract + append + projections, one transaction per
article), the same event rows written by plain `sqlite3.executemany` in one transaction,
and a reload of the unchanged corpus. Machines here are shared and noisy: read the ratios.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from events.article import Article  # noqa: E402
from events.extract import extract  # noqa: E402
from events.ingest import ingest, open_timeline  # noqa: E402

COUNTRIES = ["Indonesia", "Malaysia", "Singapura", "Thailand", "Filipina", "Vietnam", "Laos",
             "Kamboja", "Myanmar", "Brunei Darussalam", "Korea Selatan", "Jepang", "Tiongkok",
             "Australia", "India", "Amerika Serikat"]
PLACES = ["Jakarta", "Labuan Bajo", "Bali", "Surabaya", "Makassar", "Medan", "Kupang"]
BODIES = ["AMMTC", "SOMTC", "ADMM", "ASEANAPOL", "BNPT", "BNN", "Polri", "Kemlu", "TNI"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

TEMPLATES = [
    "Pertemuan {body} ke-{n} antara {c1} dan {c2} digelar di {place} pada {d} {m} {y}.",
    "Delegasi {c1} dan {c2} menyepakati rencana kerja sama penanggulangan kejahatan"
    " transnasional periode {y}-{y2}.",
    "Dalam keterangan di {place}, {day} ({d}/{mi}/{y}), pejabat {body} menjelaskan bahwa"
    " kerja sama dengan {c1} terus diperkuat.",
    "Kedua negara juga akan menggelar latihan bersama di {place} pada {y2}.",
    "Dialog antara {c1} dan {c2} telah berlangsung sejak {y0}.",
    "Menurut pejabat {body}, sebanyak {k} peserta dari {c1} hadir dalam forum tersebut.",
    "{c1} dan {c2} mengeluarkan pernyataan bersama yang menegaskan komitmen kedua pihak.",
    "Forum itu pertama kali diadakan di {place} pada {y0} atas prakarsa {c2}.",
    "Para peserta membahas perdagangan orang, narkotika, dan kejahatan siber di kawasan.",
    "Kegiatan tersebut berlangsung selama {k2} hari dan diikuti perwakilan {c1}.",
]


def make_article(rng: random.Random, number: int) -> Article:
    """One article of about 3,000 characters with a front-matter-like metadata."""
    published = date(2023, 1, 1) + timedelta(days=rng.randrange(700))
    sentences: list[str] = []
    while sum(len(s) + 1 for s in sentences) < 3000:
        c1, c2 = rng.sample(COUNTRIES, 2)
        y = rng.choice([published.year - 1, published.year])
        sentences.append(rng.choice(TEMPLATES).format(
            body=rng.choice(BODIES), n=rng.randrange(2, 30), c1=c1, c2=c2,
            place=rng.choice(PLACES), d=rng.randrange(1, 28), m=rng.choice(MONTHS),
            mi=rng.randrange(1, 13), y=y, y2=y + rng.randrange(1, 4),
            y0=rng.randrange(1975, 2020), day=rng.choice(DAYS), k=rng.randrange(10, 400),
            k2=rng.randrange(2, 6),
        ))
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    text = f"{rng.choice(PLACES)} (ANTARA) - " + "\n".join(paragraphs)
    return Article(
        text=text, source=f"generated:{number}", url=f"https://example.org/bench/{number}",
        title=f"Berita {number}", outlet="Generated", published=published.isoformat(),
        language="id",
    )


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def plain_sqlite_baseline(rows: list[tuple], path: Path) -> float:
    """The same event rows, inserted with executemany in one transaction, no projections."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(
        "CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT UNIQUE,"
        " stream TEXT, version INTEGER, type TEXT, recorded_at TEXT, data TEXT,"
        " prev_hash TEXT, hash TEXT, UNIQUE (stream, version))"
    )
    start = time.perf_counter()
    with conn:
        conn.executemany(
            "INSERT INTO events (event_id, stream, version, type, recorded_at, data, prev_hash,"
            " hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    corpus = [make_article(rng, i) for i in range(args.articles)]
    chars = sum(len(a.text) for a in corpus) / len(corpus)

    _, t_extract = timed(lambda: [extract(a) for a in corpus])
    with tempfile.TemporaryDirectory() as folder:
        db = open_timeline(str(Path(folder) / "bench.db"))
        cpu_start = time.process_time()
        results, t_load = timed(lambda: [ingest(db, a) for a in corpus])
        cpu_load = time.process_time() - cpu_start
        events = sum(r.events_appended for r in results)
        rows = db.execute(
            "SELECT event_id, stream, version, type, recorded_at, data, prev_hash, hash"
            " FROM events ORDER BY seq").fetchall()
        reload_results, t_reload = timed(lambda: [ingest(db, a) for a in corpus])
        assert all(r.status == "unchanged" for r in reload_results)
        t_plain = plain_sqlite_baseline(rows, Path(folder) / "plain.db")

    n = len(corpus)
    print(f"corpus: {n} generated articles, {chars:,.0f} characters each on average,"
          f" {events:,} events")
    print(f"extraction:        {n / t_extract:8,.0f} articles/s"
          f"  ({1000 * t_extract / n:.2f} ms per article)")
    print(f"full load:         {n / t_load:8,.0f} articles/s, {events / t_load:,.0f} events/s"
          f"  (extract + append + projections, one transaction per article)")
    print(f"full load, CPU:    {1000 * cpu_load / n:8.2f} ms per article of this process's CPU"
          f" time (less disturbed than wall time by other work on the machine)")
    print(f"plain executemany: {events / t_plain:8,.0f} events/s"
          f"  (same rows, one transaction, no projections)")
    print(f"ours / plain:      {t_load / t_plain:8.1f}x as long for the full load,"
          f" {(t_load - t_extract) / t_plain:.1f}x without the extraction time")
    print(f"reload unchanged:  {n / t_reload:8,.0f} articles/s,"
          f" {t_reload / t_load:.2f} of the first load's time (appends nothing)")


if __name__ == "__main__":
    main()
