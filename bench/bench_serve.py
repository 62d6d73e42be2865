"""How fast the analyst's pages are at a million facts, side by side with plain Datasette.

    python bench/bench_serve.py [--db /tmp/bench_serve.db] [--facts 1000000] [--repeat 5]

Generates (once; reused while its row count matches) a database of synthetic facts written
straight into the projection tables built by `events.project.ensure_projections`, with
entities, fact_entities, articles from four outlets and happenings (the facts at one position
of 1-4 consecutive articles state one happening; 2 facts each on average) in proportion, and
the full-text index and `facet_counts` filled by the projection's own triggers. A file
generated without happenings (older code) is generated again. Then times, through Datasette's
own test client, each page on:

- project: this project's metadata.yml, settings, plugins and templates, as `load.py serve`
  (the facts facets are `counted`: read from `facet_counts` when the page has no filter,
  estimated from a sample when it has more than 30,000 rows; plugins/counted_facets.py);
- column facets: the same, but with the facts facets as Datasette's own column facets
  (`- kind`: a GROUP BY over the rows for each), as before `facet_counts`;
- project -i: the project, serving the file immutable (what a published copy does);
- plain: `datasette FILE` with nothing configured (no facets, default facet suggestions),
  asking the nearest equivalent URL where the project's page does not exist there.

Prints the median of --repeat timings in milliseconds after one warm-up request, the
instances taking turns in each round; "failed"
where the page answers an error (plain Datasette stops SQL after 1 s); then, for each faceted
facts page, whether its facets timed out or were estimated (shown as ≈).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
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
OUTLETS = ["Contoh", "Warta Timur", "Kabar Selatan", "Harian Nusantara"]
GROUP_SIZES = [1, 1, 1, 2, 2, 3, 4]  # facts per happening: 2.1 on average
AGREEING = 0.8  # share of a happening's later facts that agree with its first


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


def outlet_of(article: int) -> str:
    return OUTLETS[article % len(OUTLETS)]


class Happenings:
    """Groups the generated facts into happenings as the projection would: the facts at
    one position of 1-4 consecutive articles (from different outlets) state one happening,
    and most of them agree with the first on kind, date and place (the rest are disputes).
    Each finished group becomes a `happenings` row through `events.happenings.summarise`."""

    def __init__(self, count: int, rng: random.Random):
        self.count, self.rng = count, rng
        self.open: dict[int, dict] = {}  # position -> the group being filled
        self.rows: list[tuple] = []

    def join(self, i: int, fields: dict) -> tuple[dict, str, int]:
        """The fields fact `i` takes (its own or its group's), its happening id and size."""
        article, position = divmod(i, FACTS_PER_ARTICLE)
        group = self.open.get(position)
        if group is None:
            later = (self.count - 1 - position) // FACTS_PER_ARTICLE - article + 1
            size = min(self.rng.choice(GROUP_SIZES), later)
            group = self.open[position] = {"id": f"hf{i:07d}", "size": size,
                                           "lead": fields, "members": []}
        elif self.rng.random() < AGREEING:
            lead = group["lead"]
            fields = {**fields, **{k: lead[k] for k in ("kind", "date", "place")}}
        return fields, group["id"], group["size"]

    def add(self, i: int, fields: dict, text: str) -> None:
        from events.happenings import FactView

        article, position = divmod(i, FACTS_PER_ARTICLE)
        group = self.open[position]
        value, start, end, precision = fields["date"]
        group["members"].append(FactView(
            f"f{i:07d}", f"https://example.org/berita/{article}", outlet_of(article),
            fields["kind"], start, end, precision, "explicit", value, fields["place"],
            frozenset(), frozenset(), text))
        if len(group["members"]) == group["size"]:
            del self.open[position]
            self.rows.append(self._row(group["members"]))

    def _row(self, members: list) -> tuple:
        from events.happenings import summarise

        actors = sorted({f"Entity {int(m.fact_id[1:]) % ENTITIES}" for m in members})
        row = summarise(members, actors)
        return tuple(json.dumps(row[c], ensure_ascii=False) if c in JSON_COLUMNS else row[c]
                     for c in HAPPENING_COLUMNS)


HAPPENING_COLUMNS = ("happening_id", "kind", "text", "representative", "date_value",
                     "date_start", "date_end", "date_precision", "year", "place", "actors",
                     "facts", "articles", "sources", "fact_ids", "disputed", "disputes")
JSON_COLUMNS = {"actors", "fact_ids", "disputes"}


def fact_rows(count: int, rng: random.Random, happenings: Happenings):
    for i in range(count):
        own = {"date": random_date(rng), "kind": rng.choice(KINDS),
               "place": rng.choice(PLACES) if rng.random() < 0.7 else None}
        fields, happening_id, size = happenings.join(i, own)
        value, start, end, precision = fields["date"]
        text = " ".join(rng.choice(WORDS) for _ in range(12)) + f" nomor {i}."
        happenings.add(i, fields, text)
        article = f"https://example.org/berita/{i // FACTS_PER_ARTICLE}"
        yield (f"f{i:07d}", article, i % FACTS_PER_ARTICLE, text, fields["kind"],
               rng.choice(MODALITIES), value, start, end, precision, "explicit", value,
               int(start[:4]), start[:7] if precision != "year" else None, fields["place"],
               json.dumps([f"Entity {i % ENTITIES}"]), i + 1, happening_id, size)


def generate(path: Path, count: int) -> None:
    """Write the synthetic corpus in one transaction through the real schema."""
    from events.db import connect, transaction
    from events.project import ensure_projections
    from events.store import ensure_events_table

    for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    db = connect(str(path))
    ensure_events_table(db)
    ensure_projections(db)
    rng = random.Random(20230824)
    happenings = Happenings(count, random.Random(1989))
    conn = db.conn
    with transaction(db):
        conn.executemany(
            "INSERT INTO articles (article_id, url, title, outlet, published, language,"
            " text_hash, revision, facts) VALUES (?, ?, ?, ?, ?, 'id', 'x', 1, ?)",
            ((f"https://example.org/berita/{a}", f"https://example.org/berita/{a}",
              f"Artikel {a}", outlet_of(a), f"20{10 + a % 15}-01-01", FACTS_PER_ARTICLE)
             for a in range(count // FACTS_PER_ARTICLE + 1)))
        conn.executemany(
            "INSERT INTO facts (fact_id, article_id, position, text, kind, modality,"
            " date_value, date_start, date_end, date_precision, date_basis, date_text,"
            " year, month, place, actors, last_seq, happening_id, sources) VALUES"
            f" ({', '.join('?' * 19)})", fact_rows(count, rng, happenings))
        conn.executemany(
            f"INSERT INTO happenings ({', '.join(HAPPENING_COLUMNS)})"
            f" VALUES ({', '.join('?' * len(HAPPENING_COLUMNS))})", happenings.rows)
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


def fact_count(path: Path) -> int:
    """The file's facts, or -1 when it is missing or was generated without happenings
    (older code): then it is generated again."""
    try:
        conn = sqlite3.connect(path)
        if not conn.execute("SELECT 1 FROM happenings LIMIT 1").fetchone():
            return -1
        return conn.execute("SELECT COUNT(*) FROM facts").fetchone()[0]
    except sqlite3.Error:
        return -1


ENTITY_SQL = ("SELECT f.* FROM fact_entities fe JOIN facts f ON f.fact_id = fe.fact_id"
              " WHERE fe.entity_id = 'entity-42' ORDER BY f.date_start LIMIT 100")


COMMON = "narkoba+siber"  # words in 16% of the generated facts
FEWER = "Labuan"  # a place in 5% of them (the full-text index has places)


def pages(name: str, middle: str) -> dict[str, tuple[str, str]]:
    """What each page is on the project, and its nearest equivalent on plain Datasette.
    `{next}` stands for the `_next` token that the instance's own first page links to."""
    from urllib.parse import quote

    return {
        "facts page, all facets": (f"/{name}/facts", f"/{name}/facts"),
        "facts page 2 (_next)": (f"/{name}/facts?_next={{next}}", f"/{name}/facts?_next={{next}}"),
        "timeline page": ("/-/timeline", f"/{name}/timeline"),
        "timeline, from 2020": ("/-/timeline?from=2020", f"/{name}/timeline?date_start__gte=2020"),
        "timeline, planned plans": ("/-/timeline?kind=plan&modality=planned",
                                    f"/{name}/timeline?kind=plan&modality=planned"),
        "timeline search, 16%": (f"/-/timeline?q={COMMON}", f"/{name}/facts?_search={COMMON}"),
        "timeline search, 5%": (f"/-/timeline?q={FEWER}", f"/{name}/facts?_search={FEWER}"),
        "facts search 16%, facets": (f"/{name}/facts?_search={COMMON}",
                               f"/{name}/facts?_search={COMMON}"),
        "same, exact facets": (f"/{name}/facts?_search={COMMON}&_facet_exact=1",
                                 f"/{name}/facts?_search={COMMON}"),
        "entity timeline": (f"/{name}/entity_timeline?entity=entity-42&from=&to=",
                            f"/{name}?sql={quote(ENTITY_SQL)}"),
        "entity timeline page": ("/-/timeline?entity=entity-42",
                                 f"/{name}?sql={quote(ENTITY_SQL)}"),
        "fact row page": (f"/{name}/facts/{middle}", f"/{name}/facts/{middle}"),
    }


async def with_next(ds, path: str) -> str:
    """The path with `{next}` replaced by the token of the first page's "next" link."""
    if "{next}" not in path:
        return path
    first = path.split("?")[0] + ".json?_nofacet=1&_nosuggest=1&_nocount=1"
    return path.replace("{next}", (await ds.client.get(first)).json()["next"])


async def timed(targets: dict[str, tuple], repeat: int) -> dict[str, float | None]:
    """Median milliseconds of each (instance, path), or None when the page fails (plain
    Datasette's 1 s SQL limit). The instances take turns within each round, so a change in
    the load of this shared machine falls on all of them alike."""
    times: dict[str, list[float] | None] = {}
    for name, (ds, path) in targets.items():
        times[name] = [] if (await ds.client.get(path)).status_code == 200 else None
    for _ in range(repeat):
        for name, (ds, path) in targets.items():
            if times[name] is not None:
                start = time.perf_counter()
                await ds.client.get(path)
                times[name].append((time.perf_counter() - start) * 1000)
    return {name: statistics.median(t) if t else None for name, t in times.items()}


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


FACETED = ("facts page, all facets", "facts page 2 (_next)", "facts search 16%, facets",
           "same, exact facets")


async def facet_notes(ds, path: str) -> list[str]:
    """What a faceted page says about its facets: timed out, or estimated."""
    html = (await ds.client.get(path)).text
    notes = ["facets timed out"] if "These facets timed out" in html else []
    return notes + (["counts estimated (≈)"] if 'class="facet-approximate"' in html else [])


async def run(path: Path, count: int, repeat: int) -> None:
    instances = datasettes(path)
    for ds in instances.values():
        await ds.invoke_startup()
    print(f"{'page':<26}" + "".join(f"{n:>14}" for n in instances) + "   (median ms)")
    notes = []
    for label, (ours, plain) in pages(path.stem, f"f{count // 2:07d}").items():
        targets = {name: (ds, await with_next(ds, plain if name == "plain" else ours))
                   for name, ds in instances.items()}
        cells = await timed(targets, repeat)
        print(f"{label:<26}" + "".join(
            f"{c:>14.0f}" if c is not None else f"{'failed':>14}" for c in cells.values()))
        if label in FACETED:
            for name, (ds, page) in targets.items():
                if name != "plain":
                    notes += [f"{label}, {name}: {n}" for n in await facet_notes(ds, page)]
    print("\n".join(notes) or "no facet timed out or was estimated")
    print("load average (1, 5, 15 min) at the end: "
          + ", ".join(f"{n:.1f}" for n in os.getloadavg()) + f" on {os.cpu_count()} cores")


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
    asyncio.run(run(args.db, args.facts, args.repeat))


if __name__ == "__main__":
    main()
