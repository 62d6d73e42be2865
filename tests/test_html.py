"""Saved news pages: the body's paragraphs and the page's metadata, without the chrome."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from events.extract import extract

from events.html import iso_day, read_html, read_page
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
    # A social post embedded in the body, and an author's box.
    '<blockquote class="twitter-tweet"><p>Antrean panjang di SPBU Jalan Sudirman pagi ini, sudah sejam belum maju.</p></blockquote>',
    '<blockquote class="instagram-media"><p>Suasana pelantikan di Gedung DPR hari ini.</p></blockquote>',
    '<div class="author-box"><p>Contoh Penulis adalah jurnalis yang meliput isu hukum sejak 2015.</p></div>',
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


# ------------------------------------------------ pages as real outlets mark them up
# One saved page per outlet family (our own text in each outlet's markup), with a golden
# file beside it: the body's paragraphs in order, the furniture strings the page carries
# that must not reach the body, the title, the publication date and the tag it came from,
# and dates the extracted facts must have.

PAGES = Path(__file__).parent / "data" / "pages"
OUTLETS = sorted(p.stem for p in PAGES.glob("*.html"))


def _outlet(name):
    html = (PAGES / f"{name}.html").read_text(encoding="utf-8")
    return html, json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))


def test_there_is_a_page_for_each_outlet_family():
    assert len(OUTLETS) >= 10


@pytest.mark.parametrize("name", OUTLETS)
def test_an_outlets_page_gives_its_paragraphs_whole_and_in_order(name):
    html, expected = _outlet(name)
    page = read_page(html)
    assert page.paragraphs == expected["paragraphs"]
    sentences = [s for p in page.paragraphs for s in re.split(r"(?<=[.!?])\s+", p)]
    assert len(sentences) == len(set(sentences))  # each sentence once


@pytest.mark.parametrize("name", OUTLETS)
def test_an_outlets_page_leaves_its_furniture_out_of_the_body(name):
    html, expected = _outlet(name)
    body = "\n".join(read_page(html).paragraphs)
    for furniture in expected["furniture"]:
        assert furniture in html.replace("&amp;", "&")  # the page does carry it
        assert furniture not in body


@pytest.mark.parametrize("name", OUTLETS)
def test_an_outlets_page_gives_its_title_and_date_and_where_the_date_came_from(name):
    html, expected = _outlet(name)
    page = read_page(html)
    assert page.metadata["title"] == expected["title"]
    assert (page.metadata["published"], page.date_source) == (expected["published"], expected["date_source"])


@pytest.mark.parametrize("name", OUTLETS)
def test_an_outlets_page_extracts_no_boilerplate_fact_and_the_right_dates(name):
    html, expected = _outlet(name)
    text, metadata = read_html(html)
    extraction = extract(make_article(f"{name}.html", text, metadata))
    assert (extraction.published, extraction.published_from) == (expected["published"], "metadata")
    for fact in extraction.facts:
        assert not any(furniture in fact.text for furniture in expected["furniture"]), fact.text
    for snippet, value in expected["dates"]:
        dated = [f.date.value for f in extraction.facts if snippet in f.text]
        assert dated == [value], snippet


@pytest.mark.parametrize("value, day", [
    ("2024-10-14T15:20:00+07:00", "2024-10-14"),
    ("2024-10-14 15:20:00", "2024-10-14"),          # Kompas, Tribun: a space, not a T
    ("2024/10/14 15:20:00", "2024-10-14"),          # detik, CNN Indonesia
    ("2024-10-14T23:50:00.000Z", "2024-10-14"),     # the day as written: no offset applied
    ("20241014152000", "2024-10-14"),
    ("14/10/2024 15:20", "2024-10-14"),             # day first, as Indonesian pages write it
    ("14-10-2024", "2024-10-14"),
    ("Mon, 14 Oct 2024 15:20:00 +0700", "2024-10-14"),
    ("2024-02-30 10:00:00", None),                  # no such day
    ("Senin, 14 Oktober", None),                    # no year
    ("1728894000", None),                           # seconds since 1970: not read
])
def test_a_meta_tags_date_is_read_in_the_formats_pages_write_it(value, day):
    assert iso_day(value) == day


@pytest.mark.parametrize("name, content, source", [
    ("dtk:publishdate", "2024/10/14 15:20:00", "meta dtk:publishdate"),
    ("content_PublishedDate", "2024-10-14 15:20:00", "meta content_publisheddate"),
    ("publishdate", "2024-10-14 15:20:00", "meta publishdate"),
    ("parsely-pub-date", "2024-10-14T08:20:00Z", "meta parsely-pub-date"),
    ("publish-date", "14/10/2024 15:20", "meta publish-date"),
])
def test_more_meta_names_date_a_page(name, content, source):
    page = read_page(f'<meta name="{name}" content="{content}"><p>ASEAN bertemu di Bali.</p>')
    assert (page.metadata["published"], page.date_source) == ("2024-10-14", source)


def test_a_published_meta_tag_outranks_json_ld_and_json_ld_a_time_element():
    page = read_page('<script type="application/ld+json">{"datePublished": "2024-10-13"}</script>'
                     '<meta name="publishdate" content="2024-10-14 15:20:00">'
                     '<time datetime="2024-10-12">12 Okt</time><p>ASEAN bertemu di Bali.</p>')
    assert (page.metadata["published"], page.date_source) == ("2024-10-14", "meta publishdate")
    page = read_page('<time datetime="2024-10-12">12 Okt</time>'
                     '<script type="application/ld+json">{"datePublished": "2024-10-13"}</script>'
                     "<p>ASEAN bertemu di Bali.</p>")
    assert (page.metadata["published"], page.date_source) == ("2024-10-13", "json-ld datePublished")


@pytest.mark.parametrize("body, lines", [
    # Two line breaks inside one <p> are a paragraph break.
    ("<p>Gunung Marapi kembali erupsi pada Kamis pagi.<br><br>Warga diminta menjauhi kawah.</p>",
     ["Gunung Marapi kembali erupsi pada Kamis pagi.", "Warga diminta menjauhi kawah."]),
    # Paragraphs that are <div>s; one ends without a full stop but reads as prose.
    ("<div><span>Gunung Marapi kembali erupsi pada Kamis pagi ini.</span></div>"
     "<div><span>Kepala pos pengamatan mengatakan kolom abu mencapai dua kilometer di atas puncak</span></div>",
     ["Gunung Marapi kembali erupsi pada Kamis pagi ini.",
      "Kepala pos pengamatan mengatakan kolom abu mencapai dua kilometer di atas puncak"]),
    # A headline-like run without a full stop is not prose, nor a list of linked headlines.
    ("<div>Gunung Marapi Kembali Erupsi, Warga Padang Panjang Diminta Waspada Abu Vulkanik</div>"
     '<div><a href="/1">Warga diminta menjauhi kawah sejauh empat kilometer sejak pagi ini.</a></div>'
     "<p>Isi berita.</p>", ["Isi berita."]),
    # A "Baca juga" link set in <strong> between two runs of a <br>-separated body.
    ('<div class="isi">Gunung Marapi kembali erupsi pada Kamis pagi ini.<br><br><strong>Baca juga:'
     ' <a href="/x">Status Marapi Naik</a></strong><br><br>Warga diminta menjauhi kawah sejauh empat kilometer.</div>',
     ["Gunung Marapi kembali erupsi pada Kamis pagi ini.", "Warga diminta menjauhi kawah sejauh empat kilometer."]),
    # The same paragraph twice (a lead repeated by the page) is read once.
    ("<p>Gunung Marapi erupsi.</p><p>Gunung Marapi erupsi.</p><p>Warga mengungsi.</p>",
     ["Gunung Marapi erupsi.", "Warga mengungsi."]),
])
def test_paragraphs_set_with_line_breaks_or_in_divs_are_read_as_paragraphs(body, lines):
    text, _ = read_html(f"<html><body>{body}</body></html>")
    assert text.splitlines() == lines


@pytest.mark.parametrize("furniture", [
    # Lead-ins of links, in any element.
    '<p><strong>Baca juga: </strong><a href="/x">KPK periksa dua saksi</a></p>',
    '<div>Baca Juga : <a href="/x">Apa Itu PSU dan Kapan Digelar di Batang?</a></div>',
    '<p><strong>Read also:</strong> <a href="/x">Fuel quota runs out early in eastern provinces</a></p>',
    '<p>Pilihan Editor: <a href="/x">KPK Periksa Sekda Sidoarjo sebagai Saksi</a></p>',
    # Mostly link text: related stories, tag lists, menus with unnamed classes.
    '<ul class="list-unstyled"><li><a href="/1">Kapal Nelayan Tenggelam di Perairan Batang, Dua ABK Hilang</a></li></ul>',
    '<table><tr><td><a href="/1">Pupuk Subsidi Langka di Indramayu, Petani Beralih ke Pupuk Organik.</a></td></tr></table>',
    # Ad markers, paging, labels and editors' codes.
    '<div class="text-[10px] text-center">ADVERTISEMENT</div><p class="x">SCROLL TO CONTINUE WITH CONTENT</p>',
    '<div class="mb20"><a href="#">1</a> <a href="?page=2">2</a> <a href="?page=2">Selanjutnya</a></div>',
    "<p>Halaman 1 2 3 Selanjutnya</p>",
    "<p>Lanjut ke halaman 2</p>",
    "<p>Advertisement - Scroll to continue</p>",
    "<p>Baca selengkapnya</p>",
    "<p>Tonton juga Video: Antrean Mengular di SPBU Sudirman</p>",
    "<h2>Berita Terkait</h2>",
    "<p><strong>(rdp/imk)</strong></p>",
    "<p><strong>[Gambas:Video CNN]</strong></p>",
    "<p>(Tribunnews.com/Contoh Reporter)</p>",
    # Credits, copyright, calls to follow the outlet elsewhere, syndication notes.
    '<p class="small">Pewarta: Contoh Pewarta<br>Editor: Contoh Editor<br>COPYRIGHT &copy; ANTARA 2024</p>',
    "<div>Redaktur : Contoh Redaktur<br>Reporter : Contoh Reporter</div>",
    "<p>Simak berita lainnya di Google News</p>",
    "<p>Follow Berita Okezone di Google News</p>",
    "<p>Ikuti kabar terkini langsung dari ponselmu lewat WhatsApp Channel kami.</p>",
    "<p>Get the best of Indonesian news delivered every morning. Sign up for our newsletter.</p>",
    "<p>Artikel ini telah tayang di Contoh.com dengan judul Harga Gabah Turun.</p>",
    "<p>Baca berita dengan sedikit iklan, klik di sini</p>",
    # Photo captions with their credit, in elements whose class names nothing.
    "<p class=\"text-muted\">Petugas menguji sirine di Pangandaran, Senin (14/10/2024). ANTARA FOTO/Contoh/aww.</p>",
    "<span>Banjir rob di Pekalongan, Senin pagi, merendam tiga kecamatan (Foto: Dok. BPBD)</span>",
    '<div class="x"><img src="a.jpg"><span>Petani menjemur gabah di Karawang, Senin (14/10/2024). (Contoh.com/Nama)</span></div>',
    "<p>Ilustrasi. Pemerintah menaikkan tarif cukai hasil tembakau tahun depan.</p>",
])
def test_furniture_whose_class_names_nothing_is_told_by_its_text(furniture):
    page = (f'<html><body><div class="entry-content"><p>Gunung Marapi erupsi.</p>{furniture}'
            "<p>Warga mengungsi.</p></div></body></html>")
    text, _ = read_html(page)
    assert text.splitlines() == ["Gunung Marapi erupsi.", "Warga mengungsi."]


@pytest.mark.parametrize("paragraph", [
    # Prose that looks a little like furniture stays.
    "<p>Polisi menyita dua mobil dan sebuah foto dari rumah tersangka di Sidoarjo.</p>",
    "<p>DPR membahas revisi undang-undang hak cipta dalam rapat kerja, Senin (14/10).</p>",
    "<p>Harga naik 10 persen (yoy).</p>",
    '<p>Menurut <a href="/tokoh/x">Kepala BMKG Dwikorita Karnawati</a>, sirine itu dipasang di Pacitan dan Cilacap.</p>',
    "<p>Lima Daerah dengan Kasus Tertinggi</p>",  # a subheading of five words
    "<ul><li>Senin, 14 Oktober: pendaftaran</li></ul>",  # a short item of a schedule
    "<p>Polisi mengimbau warga tidak ikuti ajakan di grup WhatsApp yang menyebarkan hoaks.</p>",
])
def test_prose_that_resembles_furniture_stays_in_the_body(paragraph):
    text, _ = read_html(f"<html><body><p>Gunung Marapi erupsi.</p>{paragraph}</body></html>")
    assert len(text.splitlines()) == 2


def test_the_body_is_the_article_holding_most_of_the_text_not_a_related_story_card():
    page = ("<html><body><div class='detail-text'><p>Pemerintah menaikkan tarif cukai rokok mulai"
            " Januari 2025.</p><p>Kenaikan rata-rata sepuluh persen untuk semua golongan.</p></div>"
            "<article class='card'><p>Harga rokok eceran naik di warung.</p></article></body></html>")
    text, _ = read_html(page)
    assert text.splitlines() == ["Pemerintah menaikkan tarif cukai rokok mulai Januari 2025.",
                                 "Kenaikan rata-rata sepuluh persen untuk semua golongan."]


@pytest.mark.parametrize("page, lines", [
    # The articleBody holds most of the article: the caption-like line outside it is left.
    ("<article><p>Gambar suasana sidang di ruang utama pengadilan negeri.</p><div itemprop='articleBody'>"
     "<p>Hakim membacakan putusan pada Senin pagi.</p><p>Terdakwa divonis lima tahun penjara dan denda"
     " Rp 500 juta.</p></div></article>",
     ["Hakim membacakan putusan pada Senin pagi.", "Terdakwa divonis lima tahun penjara dan denda Rp 500 juta."]),
    # The articleBody wraps only the lead: the article around it is the body.
    ("<article><div itemprop='articleBody'><p>Hakim membacakan putusan.</p></div>"
     "<div class='lanjutan'><p>Terdakwa divonis lima tahun penjara dan denda Rp 500 juta subsider tiga bulan.</p>"
     "<p>Jaksa menyatakan pikir-pikir atas putusan itu.</p></div></article>",
     ["Hakim membacakan putusan.", "Terdakwa divonis lima tahun penjara dan denda Rp 500 juta subsider tiga bulan.",
      "Jaksa menyatakan pikir-pikir atas putusan itu."]),
])
def test_the_body_is_the_innermost_article_holding_half_the_text(page, lines):
    text, _ = read_html(f"<html><body>{page}<p>Berlangganan sekarang juga.</p></body></html>")
    assert text.splitlines() == lines
