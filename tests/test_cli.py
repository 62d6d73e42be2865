"""`load.py` as a user runs it: a real process, real files, a real database."""

from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import BUNDLED, ROOT


def table_counts(path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {
            t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("events", "articles", "facts", "entities", "fact_entities")
        }
    finally:
        conn.close()


def test_with_no_arguments_it_loads_the_bundled_articles_into_timeline_db(run_load, tmp_path):
    result = run_load()
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert out.startswith("1 article(s) read: 1 new, 0 unchanged, 0 revised, 0 skipped;")
    counts = table_counts(tmp_path / "timeline.db")
    assert f"{counts['facts']} facts recorded; {counts['events']} events appended" in out
    assert counts["articles"] == 1 and counts["facts"] >= 9


def test_a_second_run_reports_the_article_unchanged_and_appends_nothing(run_load, tmp_path):
    run_load()
    before = table_counts(tmp_path / "timeline.db")
    result = run_load()
    assert b"0 new, 1 unchanged" in result.stdout and b"0 events appended" in result.stdout
    assert table_counts(tmp_path / "timeline.db") == before


def test_a_folder_and_a_custom_db(run_load, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "---\npublished: 2023-08-21\n---\nJakarta - ASEAN bertemu di Jakarta, Senin (21/8/2023).",
        encoding="utf-8")
    (folder / "two.jsonl").write_text(
        '{"text": "ASEAN dan Jepang menyepakati rencana kerja pada 2024.", "published": "2023-08-22"}\n',
        encoding="utf-8")
    result = run_load(str(folder), "--db", "other.db")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"2 article(s) read: 2 new")
    assert table_counts(tmp_path / "other.db")["articles"] == 2


def test_standard_input_is_read_with_a_dash(run_load, tmp_path):
    text = "---\nurl: https://example.org/stdin\npublished: 2023-08-22\n---\nASEAN bertemu di Jakarta pada 22 Agustus 2023."
    result = run_load("-", input=text.encode())
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(tmp_path / "timeline.db")
    assert conn.execute("SELECT article_id FROM articles").fetchall() == [("https://example.org/stdin",)]


BAD_INPUTS = [
    ("empty.txt", b"", "empty file"),
    ("binary.txt", b"\x00\x01\x02\xff" * 10, "binary file, not text"),
    ("latin1.txt", b"Berita caf\xe9.", "not UTF-8 text"),
    ("broken.txt", b"---\ntitle: [oops\n---\nText.", "front matter is not valid YAML"),
    ("bad.jsonl", b'{"text": "ok line."}\n{not json}\n', "not valid JSON"),
    ("notext.jsonl", b'{"title": "x"}\n', 'no "text" field'),
]


@pytest.mark.parametrize("name, content, problem", BAD_INPUTS)
def test_bad_input_is_one_error_line_the_rest_loads_and_the_exit_is_non_zero(
    run_load, tmp_path, name, content, problem
):
    bad = tmp_path / name
    bad.write_bytes(content)
    result = run_load(str(bad), str(BUNDLED))
    err = result.stderr.decode()
    assert result.returncode == 1
    assert "Traceback" not in err
    error_lines = [line for line in err.splitlines() if line.startswith("Error: ")]
    assert len(error_lines) == 1 and error_lines[0].startswith(f"Error: {bad}")
    assert problem in error_lines[0]
    conn = sqlite3.connect(tmp_path / "timeline.db")
    ids = [r[0] for r in conn.execute("SELECT article_id FROM articles")]
    good_jsonl_lines = 1 if name == "bad.jsonl" else 0
    assert len(ids) == 1 + good_jsonl_lines  # the reference article (and the good line) only
    streams = {r[0] for r in conn.execute("SELECT DISTINCT stream FROM events")}
    assert streams == {f"article:{i}" for i in ids}


def test_a_missing_file_is_reported_and_nothing_is_written(run_load, tmp_path):
    result = run_load(str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    assert result.stderr.decode().strip() == f"Error: {tmp_path / 'missing.txt'}: no such file"
    assert table_counts(tmp_path / "timeline.db")["events"] == 0


def test_rebuild_and_verify(run_load, tmp_path):
    run_load()
    rebuilt = run_load("rebuild")
    assert rebuilt.returncode == 0 and rebuilt.stdout.startswith(b"Rebuilt the projections from")
    verified = run_load("verify")
    assert verified.returncode == 0 and verified.stdout.startswith(b"OK: ")
    conn = sqlite3.connect(tmp_path / "timeline.db")
    conn.execute("DELETE FROM facts WHERE position = 0")
    conn.commit()
    conn.close()
    failed = run_load("verify")
    assert failed.returncode == 1
    assert b"projections differ from the log: facts:" in failed.stderr
    assert run_load("rebuild").returncode == 0 and run_load("verify").returncode == 0


def test_verify_checks_a_recorded_head(run_load):
    run_load()
    head = run_load("verify").stdout.decode().rsplit("(head ", 1)[1].rstrip(")\n")
    assert run_load("verify", "--head", head).returncode == 0
    seq = head.split(":")[0]
    tampered = run_load("verify", "--head", f"{seq}:{'0' * 64}")
    assert tampered.returncode == 1 and b"broken at seq" in tampered.stderr


def test_the_head_a_load_prints_is_one_verify_accepts(run_load):
    printed = run_load().stdout.decode()
    head = printed.split("(log head ", 1)[1].split(",", 1)[0]
    assert run_load("verify", "--head", head).returncode == 0
    later = run_load(str(ROOT / "bench" / "corpus" / "happenings")).stdout.decode()
    assert head not in later  # the log moved on, and still passes through the old head
    assert run_load("verify", "--head", head).returncode == 0


def test_commands_on_a_missing_database_fail_with_a_clear_message(run_load):
    for command in ("rebuild", "verify", "serve"):
        result = run_load(command, "--db", "nope.db")
        assert result.returncode == 1
        assert b"Error: nope.db: no such database" in result.stderr


@pytest.mark.parametrize(
    "command", ["load", "rebuild", "verify", "serve", "reextract", "correct", "retract"])
def test_every_command_has_help_and_takes_db(run_load, command):
    result = run_load(command, "--help")
    assert result.returncode == 0
    assert b"--db FILE" in result.stdout or b"--db PATH" in result.stdout


def test_a_terminal_gets_a_progress_bar_when_there_are_many_articles(tmp_path):
    import os
    import pty
    import subprocess
    import sys

    from tests.conftest import ROOT

    batch = tmp_path / "many.jsonl"
    batch.write_text("\n".join(
        f'{{"text": "ASEAN bertemu di Jakarta pada {day} Agustus 2023.", "published": "2023-08-30"}}'
        for day in range(1, 26)), encoding="utf-8")
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, str(ROOT / "load.py"), str(batch)],
                               cwd=tmp_path, stdout=subprocess.PIPE, stderr=follower)
    os.close(follower)
    out, _ = process.communicate(timeout=120)
    terminal = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        terminal += chunk
    os.close(leader)
    assert process.returncode == 0
    assert b"Loading" in terminal and b"100%" in terminal
    assert out.startswith(b"25 article(s) read: 25 new")


def test_a_pipe_gets_no_progress_bar(run_load, tmp_path):
    batch = tmp_path / "many.jsonl"
    batch.write_text("\n".join(
        f'{{"text": "ASEAN bertemu pada {day} Agustus 2023.", "published": "2023-08-30"}}'
        for day in range(1, 26)), encoding="utf-8")
    result = run_load(str(batch))
    assert result.returncode == 0 and b"Loading" not in result.stderr
