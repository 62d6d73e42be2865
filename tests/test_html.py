"""Saved news pages: the body's paragraphs and the page's metadata, without the chrome."""

from __future__ import annotations

import sqlite3

import pytest

from events.extract import extract

from events.html import read_html
from events.sources import make_article, read_paths

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


# ------------------------------------------------------------- pages as scrapers save them

@pytest.mark.parametrize("head, published", [
    # Only a JSON-LD NewsArticle dates the page (no article:published_time).
    ('<script type="application/ld+json">{"@type": "NewsArticle",'
     ' "datePublished": "2024-05-14T19:32:00+07:00"}</script>', "2024-05-14"),
    # Yoast and friends wrap it in a graph of several things.
    ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph":'
     ' [{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2023-08-24"}]}</script>',
     "2023-08-24"),
    ('<script type="application/ld+json">[{"@type": "NewsArticle", "datePublished": "2024-01-09"}]</script>',
     "2024-01-09"),
    # The page's own meta tag wins over its JSON-LD.
    ('<meta property="article:published_time" content="2024-02-01T08:00:00Z">'
     '<script type="application/ld+json">{"datePublished": "2024-02-02"}</script>', "2024-02-01"),
    # Broken JSON is no date and no error.
    ('<script type="application/ld+json">{"datePublished": </script>', None),
])
def test_the_publication_date_comes_from_json_ld_when_no_meta_tag_gives_it(head, published):
    _, metadata = read_html(f"<html><head>{head}</head><body><p>ASEAN bertemu di Bali.</p></body></html>")
    assert metadata.get("published") == published


@pytest.mark.parametrize("page, first_line", [
    # detik: the date is a div in the article's header, not a paragraph.
    ('<article><h1>Judul</h1><div class="detail__date">Kamis, 29 Feb 2024 21:40 WIB</div>'
     "<p>KPU menggelar rapat pleno di Jakarta.</p></article>", "Kamis, 29 Feb 2024 21:40 WIB"),
    # A WordPress theme without <article>: the date after the headline.
    ('<h1 class="entry-title">Judul</h1><span class="posted-on">16 Mei 2024</span>'
     "<p>Gunung Marapi kembali erupsi.</p>", "16 Mei 2024"),
    # A date at the top of every page is the day it was saved: not the article's.
    ('<div class="tanggal-hari-ini">Kamis, 16 Mei 2024</div><h1>Judul</h1>'
     "<p>Gunung Marapi kembali erupsi.</p>", "Gunung Marapi kembali erupsi."),
])
def test_the_visible_date_line_of_the_article_heads_the_body(page, first_line):
    text, _ = read_html(page)
    assert text.splitlines()[0] == first_line


def test_a_byline_date_only_in_the_page_dates_the_article():
    page = ('<html><head><link rel="canonical" href="https://example.org/pemilu/d-7219876/kpu"></head>'
            '<body><article><div class="detail__date">Kamis, 29 Feb 2024 21:40 WIB</div>'
            "<p>Jakarta - KPU menggelar rapat pleno di Jakarta, Kamis (29/2/2024).</p>"
            "<p>Anggota KPU Dewi Anggraini mengatakan PSU digelar pada Minggu (10/3) mendatang.</p>"
            "</article></body></html>")
    text, metadata = read_html(page)
    extraction = extract(make_article("page.html", text, metadata))
    assert (extraction.published, extraction.published_from) == ("2024-02-29", "dateline")
    assert [f.date.value for f in extraction.facts] == ["2024-02-29", "2024-03-10"]


@pytest.mark.parametrize("body, lines", [
    # detik sets the first paragraph straight in the body's div, the rest in <p>.
    ('<div class="detail__body-text"><strong>Jakarta</strong> - KPU memutuskan menggelar'
     " pemungutan suara ulang di 14 TPS.<p>Kedua kalimat di sini.</p></div>",
     ["Jakarta - KPU memutuskan menggelar pemungutan suara ulang di 14 TPS.", "Kedua kalimat di sini."]),
    # A body of <br>-separated text: each run is a paragraph.
    ('<div class="isi">Gunung Marapi kembali erupsi pada Kamis pagi ini.<br><br>'
     "Warga diminta menjauhi kawah sejauh empat kilometer.</div>",
     ["Gunung Marapi kembali erupsi pada Kamis pagi ini.", "Warga diminta menjauhi kawah sejauh empat kilometer."]),
    # Loose words that do not read as a sentence are furniture (share rows, widgets).
    ('<div class="bar">Bagikan Facebook Twitter WhatsApp Salin Tautan</div>'
     '<div class="ads-scroll">SCROLL TO CONTINUE WITH CONTENT</div><p>Isi berita.</p>', ["Isi berita."]),
])
def test_text_set_straight_in_a_container_is_a_paragraph_when_it_reads_as_a_sentence(body, lines):
    text, _ = read_html(f"<html><body>{body}</body></html>")
    assert text.splitlines() == lines


@pytest.mark.parametrize("furniture", [
    '<div class="wp-caption"><p class="wp-caption-text">Kolom abu membubung, Kamis pagi. (Foto: Dok.)</p></div>',
    '<div id="comments" class="comments-area"><ol><li><p>Semoga warga selalu selamat.</p></li></ol></div>',
    '<div id="secondary" class="widget-area"><div class="widget"><p>Media ini berdiri sejak 2018.</p></div></div>',
    '<p class="newsletter-cta">Sign up for our daily newsletter and get the best news every morning.</p>',
    '<section class="komentar"><p>Silakan masuk untuk menulis komentar.</p></section>',
    '<div class="related-posts"><ul><li>KPK periksa dua saksi pada Senin, 4 Maret 2024.</li></ul></div>',
    '<div class="tag-list"><ul><li>Korupsi</li><li>KPK</li></ul></div>',
    '<div id="menu-utama"><ul class="menu"><li>Beranda</li><li>Padang</li></ul></div>',
    '<div class="share-row"><p>Bagikan artikel ini ke teman Anda sekarang juga.</p></div>',
    # Furniture named by the component it is, not by its class (generated class names).
    '<div data-component="podcast-promo" class="x-1wbn"><p>Kabar Pagi: berita terkini setiap pagi pukul 06.00 WIB.</p></div>',
    '<div data-component="embed-twitter" class="x-1y6b"><p>Izinkan konten Twitter? Kami meminta izin Anda.</p></div>',
])
def test_page_furniture_named_by_its_class_or_id_is_not_the_body(furniture):
    page = (f'<html><body><div class="entry-content"><p>Gunung Marapi erupsi.</p>{furniture}'
            "<p>Warga mengungsi.</p></div></body></html>")
    text, _ = read_html(page)
    assert text.splitlines() == ["Gunung Marapi erupsi.", "Warga mengungsi."]


def test_paragraphs_left_open_close_with_their_container():
    text, _ = read_html('<div class="entry-content"><p>Satu kalimat.<p>Dua kalimat.</div>'
                        '<div class="widget"><p>Tentang kami.</p></div>')
    assert text.splitlines() == ["Satu kalimat.", "Dua kalimat."]


def test_the_headline_in_h1_is_the_title_not_a_paragraph():
    page = ("<html><head><title>Polisi tangkap dua pelaku, apa motifnya?</title></head><body>"
            "<article><h1>Polisi tangkap dua pelaku, apa motif mereka sebenarnya?</h1>"
            "<p>Polisi menangkap dua pelaku di Kupang.</p></article></body></html>")
    text, metadata = read_html(page)
    assert text.splitlines() == ["Polisi menangkap dua pelaku di Kupang."]
    assert metadata["title"] == "Polisi tangkap dua pelaku, apa motifnya?"
