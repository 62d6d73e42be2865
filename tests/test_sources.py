"""Reading articles from files: formats, metadata and one-line errors for bad input."""

from __future__ import annotations

import pytest

from events.errors import ArticleError
from events.sources import parse_text, read_paths


def read_one(path) -> object:
    (item,) = list(read_paths([str(path)]))
    return item


def test_front_matter_gives_the_article_its_metadata(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "---\nurl: https://example.org/a\ntitle: A title\noutlet: Contoh\n"
        "published: 2023-08-21\ndateline: Jakarta\nlanguage: id\nauthor: ignored\n---\n"
        "Jakarta - Isi berita.\n",
        encoding="utf-8",
    )
    article = read_one(path)
    assert (article.url, article.title, article.outlet, article.published) == (
        "https://example.org/a", "A title", "Contoh", "2023-08-21")
    assert (article.dateline, article.language) == ("Jakarta", "id")
    assert article.text == "Jakarta - Isi berita."
    assert article.article_id == "https://example.org/a"


def test_an_article_without_url_is_identified_by_its_normalised_text():
    a = parse_text("a", "Satu  kalimat.\n")
    b = parse_text("b", "Satu kalimat.")
    assert a.article_id == b.article_id and a.article_id.startswith("sha256:")


def test_jsonl_gives_one_article_per_line_and_reports_bad_lines_by_number(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"text": "Pertama.", "url": "https://example.org/1", "published": "2023-08-22"}\n'
        "\n"
        "not json\n"
        '{"title": "no text"}\n'
        '{"text": "Kedua."}\n',
        encoding="utf-8",
    )
    items = list(read_paths([str(path)]))
    assert [i.text for i in items if not isinstance(i, ArticleError)] == ["Pertama.", "Kedua."]
    errors = [str(i) for i in items if isinstance(i, ArticleError)]
    assert errors == [
        f"{path}:3: not valid JSON (Expecting value at column 1)",
        f'{path}:4: no "text" field (a string is required)',
    ]


def test_a_folder_gives_every_article_file_in_it_sorted(tmp_path):
    (tmp_path / "b.txt").write_text("B.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.jsonl").write_text('{"text": "A."}\n', encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("H.", encoding="utf-8")
    assert [a.text for a in read_paths([str(tmp_path)])] == ["B.", "A."]


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"", "empty file"),
        (b"  \n\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file, not text"),
        (b"Berita \xe9t\xe9.", "not UTF-8 text (byte 0xe9 at offset 7)"),
        (b"---\ntitle: [unclosed\n---\nText.", "front matter is not valid YAML"),
        (b"---\ntitle: never closed\nText.", "front matter is not closed by a '---' line"),
        (b"---\n- a list\n---\nText.", "front matter must be 'key: value' lines"),
        (b"---\npublished: last tuesday\n---\nText.", "'published' is not a date"),
        (b"---\ntitle: only metadata\n---\n", "no article text"),
    ],
)
def test_bad_files_give_one_error_naming_the_file_and_the_problem(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    item = read_one(path)
    assert isinstance(item, ArticleError)
    assert str(item).startswith(f"{path}: {problem}")
    assert "\n" not in str(item)


def test_a_missing_file_is_an_error_not_a_crash(tmp_path):
    item = read_one(tmp_path / "nope.txt")
    assert str(item) == f"{tmp_path / 'nope.txt'}: no such file"


@pytest.mark.parametrize("name, content", [
    ("a.txt", "Rapat digelar pada 22 Agus\u00adtus 2023 di\u200b Jakarta.\n"),
    ("a.jsonl", '{"text": "Rapat digelar pada 22 Agus\\u00adtus 2023 di\\u200b Jakarta."}\n'),
    ("a.html", "<html><body><article><p>Rapat digelar pada 22 Agus&shy;tus 2023 di&#8203; Jakarta.</p>"
               "</article></body></html>"),
])
def test_invisible_characters_a_page_carries_are_dropped_in_every_format(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert read_one(path).text == "Rapat digelar pada 22 Agustus 2023 di Jakarta."
