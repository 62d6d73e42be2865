"""Two loaders at once on one database: both finish, nothing lost or duplicated."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

from events import project
from events.db import connect
from tests.conftest import ROOT


def article(number: int) -> str:
    return json.dumps({
        "url": f"https://example.org/concurrent/{number}",
        "published": "2023-08-22",
        "text": f"Jakarta - Delegasi ASEAN dan Jepang bertemu di Jakarta pada 22 Agustus 2023"
                f" untuk pertemuan ke-{number}. Kedua pihak akan bertemu lagi pada 2024.",
    })


def test_two_loaders_at_once_both_finish_and_nothing_is_lost_or_duplicated(tmp_path):
    # 0-59 for the first loader, 40-99 for the second: 20 articles are loaded by both.
    (tmp_path / "a.jsonl").write_text("\n".join(article(i) for i in range(0, 60)))
    (tmp_path / "b.jsonl").write_text("\n".join(article(i) for i in range(40, 100)))
    loaders = [
        subprocess.Popen([sys.executable, str(ROOT / "load.py"), name, "--db", "shared.db"],
                         cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for name in ("a.jsonl", "b.jsonl")
    ]
    outputs = [loader.communicate(timeout=300) for loader in loaders]
    assert [loader.returncode for loader in loaders] == [0, 0], outputs
    new = sum(int(out.decode().split(": ")[1].split(" new")[0]) for out, _ in outputs)
    assert new == 100  # each overlapping article was new for exactly one loader

    conn = sqlite3.connect(tmp_path / "shared.db")
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 100
    assert conn.execute(
        "SELECT COUNT(*) FROM events WHERE type = 'article_ingested'").fetchone()[0] == 100
    gaps = conn.execute(
        "SELECT stream, COUNT(*), MIN(version), MAX(version) FROM events GROUP BY stream"
        " HAVING MIN(version) != 1 OR MAX(version) != COUNT(*)").fetchall()
    assert gaps == []
    db = connect(tmp_path / "shared.db")
    assert project.differences(db) == []
