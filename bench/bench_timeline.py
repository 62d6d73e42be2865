"""The `/-/timeline` filters at a million facts: testing every fact of a happening against
the filters, side by side with testing only its representative (the rule before).

    python bench/bench_timeline.py [--db /tmp/bench_timeline.db] [--facts 1000000]
        [--repeat 5] [--one-happening-per-fact]

Uses the file bench_serve.py generates (generated once with its code when missing: 1M
facts in 1-4-fact happenings, 2.0 facts each on average). `--one-happening-per-fact`
derives (once) a copy where every fact is a happening of its own, a million happenings.
Times the SQL of one page (101 rows) through sqlite3, the two rules alternating, median
of --repeat runs after a warm-up: "any fact" includes the capped count that picks its
plan. Prints milliseconds, the ratio, and how many entries each rule finds on the page.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "bench"))

import timeline_core as core  # noqa: E402

CASES = {  # label: the page's query arguments
    "no filter": {},
    "from=2020": {"from": "2020"},
    "entity (1,500 facts)": {"entity": "entity-42"},
    "entity, from=2020": {"entity": "entity-42", "from": "2020"},
    "entity and kind": {"entity": "entity-42", "kind": "plan"},
    "kind=plan&modality=planned": {"kind": "plan", "modality": "planned"},
    "search, 16% of facts": {"q": "narkoba siber"},
    "search, 5% of facts": {"q": "Labuan"},
    "search, 1 fact": {"q": "nomor 123457"},
    "entity and search": {"entity": "entity-42", "q": "narkoba"},
}


def representative_only_sql(filters: core.Filters) -> tuple[str, dict[str, Any]]:
    """The rule before: the filters tested on each happening's representative fact only."""
    clauses, params = core.filter_clauses(filters)
    dates, date_params = core.date_clauses(filters, "f")
    where = " AND ".join([*clauses, *dates, "f.date_start IS NOT NULL"])
    sql = (f"SELECT {core._columns(True)}\n"
           "FROM facts f CROSS JOIN happenings h ON h.representative = f.fact_id"
           " LEFT JOIN articles a ON a.article_id = f.article_id\n"
           f"WHERE {where}\nORDER BY f.date_start, f.date_end, f.article_id, f.position\n"
           "LIMIT :limit")
    return sql, {**params, **date_params, "limit": core.PAGE_SIZE + 1}


def before(conn: sqlite3.Connection, filters: core.Filters) -> int:
    return len(conn.execute(*representative_only_sql(filters)).fetchall())


def after(conn: sqlite3.Connection, filters: core.Filters) -> int:
    """What plugins/timeline.py does: the capped count, then the page."""
    probe = core.fewest_matches_sql(filters)
    few = bool(probe) and conn.execute(*probe).fetchone()[0] < core.FEW_MATCHES
    return len(conn.execute(*core.timeline_sql(filters, grouped=True, few=few)).fetchall())


def timed(run, conn: sqlite3.Connection, filters: core.Filters) -> tuple[float, int]:
    start = time.perf_counter()
    found = run(conn, filters)
    return (time.perf_counter() - start) * 1000, found


def one_happening_per_fact(path: Path) -> Path:
    """A copy of the file where each fact is its own happening (made once)."""
    target = path.with_name(path.stem + "-one-per-fact.db")
    if target.exists():
        return target
    shutil.copyfile(path, target)
    conn = sqlite3.connect(target)
    with conn:
        conn.execute("DELETE FROM happenings")
        conn.execute(
            "INSERT INTO happenings (happening_id, kind, text, representative, date_value,"
            " date_start, date_end, date_precision, year, place, actors, facts, articles,"
            " sources, fact_ids) SELECT 'h' || fact_id, kind, text, fact_id, date_value,"
            " date_start, date_end, date_precision, year, place, actors, 1, 1, 1,"
            " json_array(fact_id) FROM facts")
        conn.execute("UPDATE facts SET happening_id = 'h' || fact_id, sources = 1")
    conn.execute("ANALYZE")
    conn.close()
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default="/tmp/bench_timeline.db", type=Path)
    parser.add_argument("--facts", default=1_000_000, type=int)
    parser.add_argument("--repeat", default=5, type=int)
    parser.add_argument("--one-happening-per-fact", action="store_true")
    args = parser.parse_args()
    import bench_serve

    if bench_serve.fact_count(args.db) != args.facts:
        print(f"generating {args.facts:,} facts in {args.db} ...", flush=True)
        bench_serve.generate(args.db, args.facts)
    path = one_happening_per_fact(args.db) if args.one_happening_per_fact else args.db
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    happenings = conn.execute("SELECT COUNT(*) FROM happenings").fetchone()[0]
    print(f"{path}: {args.facts:,} facts, {happenings:,} happenings; median of {args.repeat}, ms")
    print(f"| filters | representative only | any fact | ratio | entries (before / after) |")
    print("|---|---|---|---|---|")
    for label, query in CASES.items():
        filters = core.parse_filters(query)
        times: dict[str, list[float]] = {"before": [], "after": []}
        found = {}
        for attempt in range(args.repeat + 1):
            for name, run in (("before", before), ("after", after)):
                ms, found[name] = timed(run, conn, filters)
                if attempt:  # the first round warms the cache for both
                    times[name].append(ms)
        old, new = (statistics.median(times[n]) for n in ("before", "after"))
        print(f"| {label} | {old:,.0f} | {new:,.0f} | {new / old:.2f}x |"
              f" {found['before']} / {found['after']} |", flush=True)


if __name__ == "__main__":
    main()
