"""`load.py serve` starts a real Datasette on loopback with this project's metadata."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request

from events.serve import SETTINGS, datasette_command
from tests.conftest import ROOT, free_port


def port_closed(port: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=1)
        except OSError:
            return True
        time.sleep(0.2)
    return False


def fetch_json(url: str, deadline: float) -> dict:
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return json.load(response)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_serve_publishes_any_database_file_with_the_projects_metadata(run_load, tmp_path):
    assert run_load("--db", "corpus.db").returncode == 0
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "load.py"), "serve", "--db", "corpus.db", "--port", str(port)],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        base = f"http://127.0.0.1:{port}"
        settings = fetch_json(f"{base}/-/settings.json", deadline)
        facts = fetch_json(f"{base}/corpus/facts.json", deadline)
        queries = fetch_json(f"{base}/corpus.json", deadline)["queries"]
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert port_closed(port, seconds=10), "stopping serve left Datasette running"
    assert settings["suggest_facets"] is False
    assert settings["facet_time_limit_ms"] == SETTINGS["facet_time_limit_ms"]
    assert set(facts["facet_results"]) == {"kind", "modality", "date_precision", "year", "place"}
    assert {q["name"] for q in queries} >= {"entity_timeline", "facts_as_of", "fact_history"}


def test_the_immutable_command_line_serves_the_file_with_dash_i(tmp_path):
    command = datasette_command(tmp_path / "t.db", tmp_path / "m.json", "127.0.0.1", 9, True)
    assert command[command.index("-i") + 1] == str(tmp_path / "t.db")
    assert command[command.index("--setting") + 1 : command.index("--setting") + 3] == [
        "suggest_facets", "off"]
