"""Saved news pages: the body's paragraphs and the page's metadata, without the chrome."""

from __future__ import annotations

import sqlite3

from events.html import read_html
from events.sources import read_paths

PAGE = """<!doctype html>
<html lang="id-ID"><head>
<title>Polri dan AFP perkuat kerja sama - Contoh News</title>
<meta property="og:title" content="Polri dan AFP perkuat kerja sama">
<meta property="og:site_name" content="Contoh News">
<meta property="article:published_time" content="2023-08-21T10:15:00+07:00">
<link rel="canonical" href="https://example.org/berita/polri-afp">
<script>var ads = "<p>not text</p>";</script>
<style>p { color: red }</style>
</head><body>
<header><nav><ul><li>Beranda</li><li>Nasional</li></ul></nav></header>
<article>
  <h1>Polri dan AFP perkuat kerja sama</h1>
  <p>Jakarta (Contoh) - Polri dan Kepolisian Federal Australia menggelar pertemuan di
     Jakarta, Senin (21/8/2023).</p>
  <figure><img src="x.jpg"><figcaption>Foto: suasana pertemuan</figcaption></figure>
  <div class="share"><button>Bagikan</button></div>
  <p>Kedua lembaga telah bekerja sama sejak 2004 &amp; akan menggelar operasi bersama pada 2024.</p>
</article>
<aside><p>Berita terpopuler: banjir di Luwu</p></aside>
<footer><p>Copyright 2023 Contoh News</p></footer>
</body></html>"""


def test_the_body_is_the_articles_paragraphs_without_menus_scripts_or_captions():
    text, _ = read_html(PAGE)
    assert text.splitlines() == [
        "Jakarta (Contoh) - Polri dan Kepolisian Federal Australia menggelar pertemuan di"
        " Jakarta, Senin (21/8/2023).",
        "Kedua lembaga telah bekerja sama sejak 2004 & akan menggelar operasi bersama pada 2024.",
    ]


def test_the_metadata_comes_from_the_pages_own_tags():
    _, metadata = read_html(PAGE)
    assert metadata == {
        "title": "Polri dan AFP perkuat kerja sama", "url": "https://example.org/berita/polri-afp",
        "outlet": "Contoh News", "language": "id", "published": "2023-08-21",
    }


def test_a_page_without_an_article_element_uses_every_paragraph():
    text, metadata = read_html("<html><body><p>ASEAN bertemu di Bali.</p><p>Kedua.</p></body></html>")
    assert text == "ASEAN bertemu di Bali.\nKedua." and metadata == {}


def test_a_date_that_is_not_iso_is_ignored_not_an_error():
    _, metadata = read_html('<meta name="pubdate" content="Senin, 21 Agustus"><p>Teks.</p>')
    assert "published" not in metadata


def test_a_page_with_no_paragraphs_is_a_clear_error(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><body><div>menu</div></body></html>", encoding="utf-8")
    (item,) = list(read_paths([str(page)]))
    assert str(item) == f"{page}: no article paragraphs (<p>) in this HTML page"


def test_load_reads_saved_pages_from_a_folder(run_load, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "polri-afp.html").write_text(PAGE, encoding="utf-8")
    result = run_load(str(folder))
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(tmp_path / "timeline.db")
    article = conn.execute("SELECT article_id, outlet, published, published_from FROM articles").fetchone()
    assert article == ("https://example.org/berita/polri-afp", "Contoh News", "2023-08-21", "metadata")
    texts = [r[0] for r in conn.execute("SELECT text FROM facts ORDER BY position")]
    assert len(texts) == 2 and not any("Foto" in t or "Bagikan" in t or "Luwu" in t for t in texts)
    meeting = conn.execute("SELECT date_value, place FROM facts WHERE position = 0").fetchone()
    assert meeting == ("2023-08-21", "Jakarta")
