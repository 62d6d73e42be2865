"""How fast the analyst's pages are at a million facts, side by side with plain Datasette.

    python bench/bench_serve.py [--db /tmp/bench_serve.db] [--facts 1000000] [--repeat 5]

Generates (once; reused while its row count matches) a database of synthetic facts written
straight into the projection tables built by `events.project.ensure_projections`, with
entities, fact_entities and articles in proportion and the full-text index filled by the
projection's own triggers. Then times, through Datasette's own test client, each page on:

- project: this project's metadata.yml, settings, plugins and templates, as `load.py serve`
  (the facts facets are `counted`: read from `facet_counts` when the page has no filter);
- column facets: the same, but with the facts facets as Datasette's own column facets
  (`- kind`: a GROUP BY over the rows for each), as before `facet_counts`;
- project -i: the project, serving the file immutable (what a published copy does);
- plain: `datasette FILE` with nothing configured (no facets, default facet suggestions),
  asking the nearest equivalent URL where the project's page does not exist there.

Prints the median of --repeat timings in milliseconds after one warm-up request; "failed"
where the page answers an error (plain Datasette stops SQL after 1 s); then the facets that
timed out on each faceted facts page, if any.

A database generated before `facet_counts` existed gets the table, its triggers and its
counts (one GROUP BY per column) the first time it is reused.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

KINDS = ["meeting", "statement", "agreement", "plan", "handover", "history", "incident", "other"]
MODALITIES = ["occurred"] * 6 + ["planned"] * 3 + ["ongoing"]
WORDS = ("pertemuan kerja sama kejahatan transnasional terorisme keamanan regional dialog "
         "konsultasi rencana aksi menteri kepolisian narkoba perdagangan orang siber "
         "perbatasan delegasi kesepakatan pernyataan bersama").split()
PLACES = ["Labuan Bajo", "Jakarta", "Laos", "Vientiane", "Hanoi", "Seoul", "Bangkok", "Manila",
          "Singapore", "Kuala Lumpur", "Phnom Penh", "Bali", "Kupang", "Tokyo", "Beijing"]
FACTS_PER_ARTICLE = 100
ENTITIES = 2000


def random_date(rng: random.Random) -> tuple:
    """(value, start, end, precision): mostly days, some months, years and year spans."""
    year = rng.randint(1989, 2026)
    roll = rng.random()
    if roll < 0.6:
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        iso = f"{year}-{month:02d}-{day:02d}"
        return iso, iso, iso, "day"
    if roll < 0.8:
        month = rng.randint(1, 12)
        return f"{year}-{month:02d}", f"{year}-{month:02d}-01", f"{year}-{month:02d}-28", "month"
    if roll < 0.95:
        return str(year), f"{year}-01-01", f"{year}-12-31", "year"
    last = min(year + rng.randint(1, 5), 2030)
    return f"{year}/{last}", f"{year}-01-01", f"{last}-12-31", "year"


def fact_rows(count: int, rng: random.Random):
    for i in range(count):
        value, start, end, precision = random_date(rng)
        place = rng.choice(PLACES) if rng.random() < 0.7 else None
        text = " ".join(rng.choice(WORDS) for _ in range(12)) + f" nomor {i}."
        article = f"https://example.org/berita/{i // FACTS_PER_ARTICLE}"
        yield (f"f{i:07d}", article, i % FACTS_PER_ARTICLE, text, rng.choice(KINDS),
               rng.choice(MODALITIES), value, start, end, precision, "explicit", value,
               int(start[:4]), start[:7] if precision != "year" else None, place,
               json.dumps([f"Entity {i % ENTITIES}"]), i + 1)


def generate(path: Path, count: int) -> None:
    """Write the synthetic corpus in one transaction through the real schema."""
    from events.db import connect
    from events.project import ensure_projections
    from events.store import ensure_events_table

    path.unlink(missing_ok=True)
    db = connect(str(path))
    ensure_events_table(db)
    ensure_projections(db)
    rng = random.Random(20230824)
    conn = db.conn
    with conn:
        conn.executemany(
            "INSERT INTO articles (article_id, url, title, outlet, published, language,"
            " text_hash, revision, facts) VALUES (?, ?, ?, 'Contoh', ?, 'id', 'x', 1, ?)",
            ((f"https://example.org/berita/{a}", f"https://example.org/berita/{a}",
              f"Artikel {a}", f"20{10 + a % 15}-01-01", FACTS_PER_ARTICLE)
             for a in range(count // FACTS_PER_ARTICLE + 1)))
        conn.executemany(
            "INSERT INTO facts (fact_id, article_id, position, text, kind, modality,"
            " date_value, date_start, date_end, date_precision, date_basis, date_text,"
            " year, month, place, actors, last_seq) VALUES"
            " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", fact_rows(count, rng))
        conn.executemany(
            "INSERT INTO entities (entity_id, name, type, aliases, facts)"
            " VALUES (?, ?, ?, '[]', 0)",
            ((f"entity-{e}", f"Entity {e}", "organisation") for e in range(ENTITIES)))
        conn.executemany(
            "INSERT OR IGNORE INTO fact_entities (fact_id, entity_id, role) VALUES (?, ?, ?)",
            ((f"f{i:07d}", f"entity-{(i * k + k) % ENTITIES}", role)
             for i in range(count) for k, role in ((1, "actor"), (7, "actor"), (13, "subject"))))
        conn.execute("UPDATE entities SET facts = (SELECT COUNT(*) FROM fact_entities fe"
                     " WHERE fe.entity_id = entities.entity_id)")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def ensure_facet_counts(path: Path) -> None:
    """Add `facet_counts` and its triggers to a file generated by older code, and count once.

    Not `ensure_projections`: a file built by another projection version is rebuilt from its
    log, and the generated facts have no log; so only the facet_counts DDL, and the file's
    user_version is left as it is."""
    from events.db import connect, run_script, transaction
    from events.project_facets import SCHEMA as FACET_COUNTS_SCHEMA, refill_facet_counts

    db = connect(str(path))
    try:
        has_table = "facet_counts" in db.table_names()
        counted = has_table and db.execute("SELECT 1 FROM facet_counts LIMIT 1").fetchone()
        if has_table and (counted or not db.execute("SELECT 1 FROM facts LIMIT 1").fetchone()):
            return
        start = time.perf_counter()
        with transaction(db):
            run_script(db, FACET_COUNTS_SCHEMA)
            refill_facet_counts(db)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        print(f"added facet_counts in {time.perf_counter() - start:.1f} s: {path}")
    finally:
        db.close()


def fact_count(path: Path) -> int:
    try:
        return sqlite3.connect(path).execute("SELECT COUNT(*) FROM facts").fetchone()[0]
    except sqlite3.Error:
        return -1


ENTITY_SQL = ("SELECT f.* FROM fact_entities fe JOIN facts f ON f.fact_id = fe.fact_id"
              " WHERE fe.entity_id = 'entity-42' ORDER BY f.date_start LIMIT 100")


def pages(name: str, middle: str) -> dict[str, tuple[str, str]]:
    """What each page is on the project, and its nearest equivalent on plain Datasette."""
    from urllib.parse import quote

    return {
        "facts page, all facets": (f"/{name}/facts", f"/{name}/facts"),
        "timeline page": ("/-/timeline", f"/{name}/timeline"),
        "timeline, from 2020": ("/-/timeline?from=2020", f"/{name}/timeline?date_start__gte=2020"),
        "full-text search": ("/-/timeline?q=narkoba+siber", f"/{name}/facts?_search=narkoba+siber"),
        "search, facts page": (f"/{name}/facts?_search=narkoba+siber",
                               f"/{name}/facts?_search=narkoba+siber"),
        "entity timeline": (f"/{name}/entity_timeline?entity=entity-42&from=&to=",
                            f"/{name}?sql={quote(ENTITY_SQL)}"),
        "entity timeline page": ("/-/timeline?entity=entity-42",
                                 f"/{name}?sql={quote(ENTITY_SQL)}"),
        "fact row page": (f"/{name}/facts/{middle}", f"/{name}/facts/{middle}"),
    }


async def timed(ds, path: str, repeat: int) -> float | None:
    """Median milliseconds, or None when the page fails (plain Datasette's 1 s SQL limit)."""
    response = await ds.client.get(path)
    if response.status_code != 200:
        return None
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        await ds.client.get(path)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def datasettes(path: Path) -> dict[str, object]:
    from datasette.app import Datasette

    from events.serve import SETTINGS, metadata_for

    project = {"metadata": metadata_for(path), "settings": SETTINGS,
               "plugins_dir": str(ROOT / "plugins"), "template_dir": str(ROOT / "templates")}
    column_metadata = metadata_for(path)
    facts = column_metadata["databases"][path.stem]["tables"]["facts"]
    facts["facets"] = [f if isinstance(f, str) else next(iter(f.values()))
                       for f in facts["facets"]]
    return {
        "project": Datasette([str(path)], **project),
        "column facets": Datasette([str(path)], **{**project, "metadata": column_metadata}),
        "project -i": Datasette(immutables=[str(path)], **project),
        "plain": Datasette([str(path)]),
    }


async def run(path: Path, count: int, repeat: int) -> None:
    instances = datasettes(path)
    for ds in instances.values():
        await ds.invoke_startup()
    print(f"{'page':<24}" + "".join(f"{n:>14}" for n in instances) + "   (median ms)")
    for label, (ours, plain) in pages(path.stem, f"f{count // 2:07d}").items():
        cells = []
        for name, ds in instances.items():
            cells.append(await timed(ds, plain if name == "plain" else ours, repeat))
        print(f"{label:<24}" + "".join(
            f"{c:>14.0f}" if c is not None else f"{'failed':>14}" for c in cells))
    for label in ("facts page, all facets", "search, facts page"):
        ours, _ = pages(path.stem, "")[label]
        json_path = ours.replace("/facts", "/facts.json", 1)
        for name, ds in instances.items():
            if name == "plain":
                continue
            timed_out = (await ds.client.get(json_path)).json().get("facets_timed_out")
            if timed_out:
                print(f"{label}, {name}: facets timed out: {', '.join(timed_out)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench_serve.db"))
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if fact_count(args.db) != args.facts:
        start = time.perf_counter()
        generate(args.db, args.facts)
        print(f"generated {args.facts:,} facts in {time.perf_counter() - start:.0f} s: {args.db}")
    ensure_facet_counts(args.db)
    asyncio.run(run(args.db, args.facts, args.repeat))


if __name__ == "__main__":
    main()
