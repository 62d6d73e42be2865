"""Start-up of `load.py`: how long a user waits before anything is loaded.

    python bench/bench_startup.py [--rounds N]

Runs `load.py --help` and `load.py --db NEW.db ARTICLE` (the bundled reference article
into a new database: imports, the gazetteer, the schema, one article) as fresh processes,
round after round, and prints the median wall time and CPU time (user + system of the
child) of each. Wall time depends on what else the shared machine runs; CPU time much
less. The gazetteer's parsed copy is kept in the user's cache folder (see
`events/extract/gazetteer.py`): "cold" runs give each process an empty cache folder, as
on the first run after installing or changing the gazetteer; "warm" runs share one.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = next((ROOT / "articles").glob("*.txt"))


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(args: list[str], cache: str) -> tuple[float, float]:
    """Wall and CPU seconds of one fresh `load.py` process."""
    env = {**os.environ, "XDG_CACHE_HOME": cache}
    cpu, wall = child_cpu(), time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "load.py"), *args], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - wall, child_cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    rounds = parser.parse_args().rounds
    cases = ("--help", "load one article, warm cache", "load one article, cold cache")
    times: dict[str, list[tuple[float, float]]] = {case: [] for case in cases}
    with tempfile.TemporaryDirectory() as folder:
        warm = os.path.join(folder, "warm")
        run(["--help"], warm)
        run(["--db", os.path.join(folder, "first.db"), str(ARTICLE)], warm)  # fills the cache
        for n in range(rounds):
            times["--help"].append(run(["--help"], warm))
            for case, cache in ((cases[1], warm), (cases[2], os.path.join(folder, f"cold{n}"))):
                db = os.path.join(folder, f"{n}-{len(times[case])}-{case[-4:]}.db")
                times[case].append(run(["--db", db, str(ARTICLE)], cache))
    print(f"load.py start-up, median of {rounds} rounds (target: under 1 s)")
    print(f"{'case':32} {'wall, s':>8} {'CPU, s':>8}")
    for case in cases:
        wall = statistics.median(t[0] for t in times[case])
        cpu = statistics.median(t[1] for t in times[case])
        print(f"{case:32} {wall:8.2f} {cpu:8.2f}")
    print(f"load average: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
