"""Reading articles from files: plain text with optional YAML front matter, JSON Lines,
saved HTML pages.

No database here. Every problem with a file becomes an ArticleError naming the file
(and line) so that the CLI can report it in one line and go on with the other files.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from .article import METADATA_KEYS, Article
from .errors import ArticleError
from .html import read_html

ARTICLE_SUFFIXES = (".txt", ".md", ".jsonl", ".html", ".htm")

Item = Article | ArticleError
FRONT_MATTER = re.compile(r"---\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)


def find_files(path: Path) -> list[Path]:
    """A folder's article files, sorted so that loads are reproducible."""
    return sorted(
        p for p in path.rglob("*")
        if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
    )


def read_paths(paths: list[str]) -> Iterator[Item]:
    """Every article named by the paths (files, folders, or `-` for standard input)."""
    for name in paths:
        if name == "-":
            yield from read_text_source("<stdin>", _read_stdin(), jsonl=None)
            continue
        path = Path(name)
        if path.is_dir():
            files = find_files(path)
            if not files:
                yield ArticleError(name, "no article files (.txt, .md, .jsonl, .html) in this folder")
            for file in files:
                yield from read_file(file)
        else:
            yield from read_file(path)


def _read_stdin() -> bytes:
    return sys.stdin.buffer.read()


def read_file(path: Path) -> Iterator[Item]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        yield ArticleError(str(path), "no such file")
        return
    except OSError as error:
        yield ArticleError(str(path), error.strerror or str(error))
        return
    if path.suffix.lower() in (".html", ".htm"):
        yield from read_html_source(str(path), raw)
        return
    yield from read_text_source(str(path), raw, jsonl=path.suffix.lower() == ".jsonl")


def read_html_source(where: str, raw: bytes) -> Iterator[Item]:
    """A saved news page: its body paragraphs and the metadata the page declares."""
    try:
        text, metadata = read_html(decode(where, raw))
        if not text.strip():
            raise ArticleError(where, "no article paragraphs (<p>) in this HTML page")
        yield make_article(where, text, metadata)
    except ArticleError as error:
        yield error


def read_text_source(where: str, raw: bytes, jsonl: bool | None) -> Iterator[Item]:
    """Decode and parse one source; `jsonl=None` means guess from the first character."""
    try:
        text = decode(where, raw)
    except ArticleError as error:
        yield error
        return
    if jsonl is None:
        jsonl = text.lstrip().startswith("{")
    if jsonl:
        yield from parse_jsonl(where, text)
    else:
        try:
            yield parse_text(where, text)
        except ArticleError as error:
            yield error


def decode(where: str, raw: bytes) -> str:
    if not raw.strip():
        raise ArticleError(where, "empty file")
    if b"\x00" in raw[:8192]:
        raise ArticleError(where, "binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleError(
            where, f"not UTF-8 text (byte 0x{raw[error.start]:02x} at offset {error.start})"
        ) from None


def parse_text(where: str, text: str) -> Article:
    """Plain text, optionally preceded by YAML front matter between `---` lines."""
    text = text.replace("\r\n", "\n")
    metadata: dict[str, Any] = {}
    if text.startswith("---\n"):
        match = FRONT_MATTER.match(text)
        if match is None:
            raise ArticleError(where, "front matter is not closed by a '---' line")
        metadata = _front_matter(where, match.group(1) or "")
        text = text[match.end():]
    return make_article(where, text, metadata)


def _front_matter(where: str, block: str) -> dict[str, Any]:
    try:
        loaded = yaml.safe_load(block)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f" (line {mark.line + 2})" if mark else ""
        problem = getattr(error, "problem", None) or "syntax error"
        raise ArticleError(where, f"front matter is not valid YAML{line}: {problem}") from None
    if loaded is not None and not isinstance(loaded, dict):
        raise ArticleError(where, "front matter must be 'key: value' lines")
    return loaded or {}


def parse_jsonl(where: str, text: str) -> Iterator[Item]:
    """One article per line; a bad line is reported and the other lines still load."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        here = f"{where}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield ArticleError(here, f"not valid JSON ({error.msg} at column {error.colno})")
            continue
        if not isinstance(record, dict):
            yield ArticleError(here, "each line must be a JSON object")
            continue
        if not isinstance(record.get("text"), str):
            yield ArticleError(here, 'no "text" field (a string is required)')
            continue
        try:
            yield make_article(here, record["text"], record)
        except ArticleError as error:
            yield error


def make_article(where: str, text: str, metadata: dict[str, Any]) -> Article:
    """Check the metadata values and build the Article; unknown keys are ignored."""
    if not text.strip():
        raise ArticleError(where, "no article text")
    values: dict[str, str | None] = {}
    for key in METADATA_KEYS:
        value = metadata.get(key)
        if value is None or value == "":
            values[key] = None
        elif key == "published":
            values[key] = _iso_date(where, value)
        elif isinstance(value, (str, int, float)):
            values[key] = str(value).strip()
        else:
            raise ArticleError(where, f"'{key}' must be text, not {type(value).__name__}")
    return Article(text=INVISIBLE.sub("", text).strip("\n"), source=where, **values)


# Characters a page carries that are never read: a soft hyphen breaks "Agus\u00adtus" in
# two for the rules, a zero-width space "pada\u200b 22 Agustus"; they are dropped before
# anything counts offsets into the text.
INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def _iso_date(where: str, value: Any) -> str:
    """`published` as an ISO date; a datetime keeps only its date."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        raise ArticleError(where, f"'published' is not a date (YYYY-MM-DD): {value!r}") from None
