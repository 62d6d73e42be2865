"""The command line: a thin click skin over the `events` package.

The only module that imports click. It turns the project's own errors into
`Error: <where>: <problem>` lines and a non-zero exit; anything else is a bug.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import click
from click_default_group import DefaultGroup

from . import ingest as ingest_module
from . import project, store
from .corrections import correct as correct_fact
from .corrections import retract as retract_fact
from .errors import ArticleError, TimelineError
from .ingest import ingest, open_timeline
from .serve import PROJECT_ROOT, datasette_command, metadata_for
from .sources import read_paths

BUNDLED_ARTICLES = PROJECT_ROOT / "articles"
PROGRESS_THRESHOLD = 20

db_option = click.option(
    "--db", "db_path", default="timeline.db", show_default=True,
    type=click.Path(dir_okay=False), help="The SQLite database file.",
)


@click.group(cls=DefaultGroup, default="load", default_if_no_args=True)
@click.version_option(package_name="news-timeline")
def cli() -> None:
    """Turn news articles into a timeline of events in SQLite, published with Datasette."""


@cli.command()
@click.argument("paths", nargs=-1)
@db_option
def load(paths: tuple[str, ...], db_path: str) -> None:
    """Load articles into the timeline (the default command).

    PATHS are article files (.txt with optional YAML front matter, .md, .jsonl, saved
    .html pages), folders
    (every article file in them) or - for standard input. With none, the bundled
    articles/ folder is loaded. Loading an unchanged article again adds nothing; a changed
    one is recorded as a revision. Bad files are reported and skipped.
    """
    db = open_timeline(db_path)
    items = list(read_paths(list(paths) or [str(BUNDLED_ARTICLES)]))
    counts: Counter[str] = Counter()
    show_bar = sys.stderr.isatty() and len(items) > PROGRESS_THRESHOLD
    with click.progressbar(items, label="Loading", file=sys.stderr) if show_bar else _plain(items) as bar:
        for item in bar:
            _load_one(db, item, counts)
    seq, digest = store.head(db)
    click.echo(
        f"{len(items)} article(s) read: {counts['new']} new, {counts['unchanged']} unchanged,"
        f" {counts['revised']} revised, {counts['skipped']} skipped;"
        f" {counts['facts']} facts recorded; {counts['events']} events appended"
        f" (log head {seq}:{digest}, for verify --head)"
    )
    if counts["skipped"]:
        sys.exit(1)


class _plain:
    """Stands in for a progress bar when output is not a terminal."""

    def __init__(self, items: list) -> None:
        self.items = items

    def __enter__(self) -> list:
        return self.items

    def __exit__(self, *exc: object) -> None:
        return None


def _load_one(db, item, counts: Counter[str]) -> None:
    if isinstance(item, ArticleError):
        click.echo(f"Error: {item}", err=True)
        counts["skipped"] += 1
        return
    try:
        result = ingest(db, item)
    except TimelineError as error:
        click.echo(f"Error: {item.source}: {error}", err=True)
        counts["skipped"] += 1
        return
    counts[result.status] += 1
    counts["facts"] += result.facts_recorded
    counts["events"] += result.events_appended


@cli.command()
@db_option
def rebuild(db_path: str) -> None:
    """Drop the projections (articles, facts, entities, fact_entities, timeline) and
    rebuild them from the event log."""
    db = _existing(db_path)
    applied = project.rebuild(db)
    click.echo(f"Rebuilt the projections from {applied} events")


@cli.command()
@db_option
@click.option("--head", "expected_head", metavar="SEQ:HASH",
              help="A log head recorded earlier; check that the log still passes through it.")
def verify(db_path: str, expected_head: str | None) -> None:
    """Replay the log and check that the projections equal it, and that every event's
    id and the hash chain are intact. Exits non-zero with the reason if not."""
    db = _existing(db_path)
    head = _parse_head(expected_head) if expected_head else None
    broken = store.first_broken_seq(db, head)
    if broken is not None:
        raise click.ClickException(f"{db_path}: the event log is broken at seq {broken}")
    problems = project.differences(db)
    if problems:
        raise click.ClickException(f"{db_path}: projections differ from the log: " + "; ".join(problems))
    seq, digest = store.head(db)
    click.echo(f"OK: {seq} events; projections match the log; hash chain intact (head {seq}:{digest})")


def _parse_head(text: str) -> tuple[int, str]:
    seq, _, digest = text.partition(":")
    if not seq.isdigit() or not digest:
        raise click.BadParameter("expected SEQ:HASH, as printed by load or verify", param_hint="--head")
    return int(seq), digest


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8001, show_default=True, type=int, help="Port to listen on.")
@click.option("--immutable", is_flag=True,
              help="Serve the file read-only as immutable (checkpoint it first: see the README).")
def serve(db_path: str, host: str, port: int, immutable: bool) -> None:
    """Start Datasette on the database with this project's metadata, settings, plugins and
    templates. The metadata applies whatever the database file is called."""
    _existing(db_path).close()
    with tempfile.TemporaryDirectory() as folder:
        metadata_file = Path(folder) / "metadata.json"
        metadata_file.write_text(json.dumps(metadata_for(db_path)), encoding="utf-8")
        command = datasette_command(db_path, metadata_file, host, port, immutable)
        sys.exit(_run_until_stopped(command))


def _run_until_stopped(command: list[str]) -> int:
    """Run Datasette and pass SIGTERM and SIGINT on to it, so that stopping `serve` (a
    service manager, a test, Ctrl-C) stops the server too instead of orphaning it."""
    process = subprocess.Popen(command)

    def stop(signum, frame) -> None:
        process.send_signal(signum)

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, stop)
    return process.wait()


@cli.command()
@db_option
def reextract(db_path: str) -> None:
    """Extract every stored article again with the current extractor and append only the
    differences (retractions and new or changed facts) under its version."""
    results = ingest_module.reextract(_existing(db_path))
    counts = Counter(r.status for r in results)
    events = sum(r.events_appended for r in results)
    click.echo(f"{len(results)} article(s) re-extracted: {counts['revised']} changed,"
               f" {counts['unchanged']} unchanged; {events} events appended")


AUTHORSHIP = [
    click.option("--reason", required=True, help="Why (required)."),
    click.option("--author", required=True, help="Who (required)."),
]


def _authored(command):
    for option in reversed(AUTHORSHIP):
        command = option(command)
    return command


@cli.command()
@click.argument("fact_id")
@click.option("--date", help="EDTF: YYYY, YYYY-MM, YYYY-MM-DD or START/END.")
@click.option("--kind", help="meeting, statement, agreement, plan, handover, history, incident, other.")
@click.option("--modality", help="occurred, planned or ongoing.")
@click.option("--place", help="Canonical name of the place.")
@click.option("--actor", "actors", multiple=True, help="Canonical name of an actor (repeat for each).")
@_authored
@db_option
def correct(db_path: str, fact_id: str, reason: str, author: str, **fields) -> None:
    """Correct fields of a fact (appends fact_corrected; survives rebuilds and
    re-extraction)."""
    changes = {k: v for k, v in fields.items() if v not in (None, ())}
    if "actors" in changes:
        changes["actors"] = list(changes["actors"])
    seq = correct_fact(_existing(db_path), fact_id, changes, reason, author)
    click.echo(f"Corrected {fact_id} (seq {seq})")


@cli.command()
@click.argument("fact_id")
@_authored
@db_option
def retract(db_path: str, fact_id: str, reason: str, author: str) -> None:
    """Withdraw a fact (appends fact_retracted with who and why; a newer extractor will
    not record it again)."""
    seq = retract_fact(_existing(db_path), fact_id, reason, author)
    click.echo(f"Retracted {fact_id} (seq {seq})")


def _existing(db_path: str):
    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path}: no such database (load articles first)")
    return open_timeline(db_path)


def main() -> None:
    try:
        cli()
    except TimelineError as error:
        click.echo(f"Error: {error}", err=True)
        sys.exit(1)
