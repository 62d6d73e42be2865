"""How this project runs Datasette: its metadata, settings, plugins and templates.

`metadata.yml` is keyed by database name (`timeline`); `metadata_for` re-keys it to the
name of the file being served, so the titles, facets and canned queries apply whatever the
file is called. Tests build their Datasette from the same functions.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

PROJECT_ROOT = Path(__file__).resolve().parents[1]
METADATA_PATH = PROJECT_ROOT / "metadata.yml"
METADATA_DATABASE = "timeline"

# Facet suggestions cost seconds on big tables; faceting and SQL get room to finish.
SETTINGS: dict[str, Any] = {
    "suggest_facets": False,
    "facet_time_limit_ms": 1000,
    "sql_time_limit_ms": 5000,
    "default_page_size": 100,
    "allow_download": True,
}


def database_name(db_path: str | Path) -> str:
    """Datasette names a database after its file's stem."""
    return Path(db_path).stem


def metadata_for(db_path: str | Path) -> dict[str, Any]:
    metadata = yaml.safe_load(METADATA_PATH.read_text(encoding="utf-8"))
    databases = metadata.get("databases", {})
    if METADATA_DATABASE in databases:
        databases[database_name(db_path)] = databases.pop(METADATA_DATABASE)
    return metadata


def datasette_command(
    db_path: str | Path, metadata_file: str | Path, host: str, port: int, immutable: bool
) -> list[str]:
    """The `datasette serve` command line for a database and a written metadata file."""
    command = [sys.executable, "-m", "datasette", "serve"]
    command += ["-i", str(db_path)] if immutable else [str(db_path)]
    command += ["--metadata", str(metadata_file), "--host", host, "--port", str(port)]
    for name, value in SETTINGS.items():
        if isinstance(value, bool):
            value = "on" if value else "off"
        command += ["--setting", name, str(value)]
    for option, folder in (("--plugins-dir", "plugins"), ("--template-dir", "templates")):
        if (PROJECT_ROOT / folder).is_dir():
            command += [option, str(PROJECT_ROOT / folder)]
    return command
