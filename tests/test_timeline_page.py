"""The analyst's pages: /-/timeline, /-/entity/<id>, the fact row page, and the feed, map
and streaming exports (the calendar: test_calendar.py). Pure rules are tested on tables of
cases; pages through Datasette's own client with the real metadata.yml, plugins/ and
templates/.

The articles here go through a small extractor of our own, so every precision, modality
and the `<script>` case are present whatever the real extraction rules find.
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from events.article import Article, Extraction, Fact, FactDate, Mention
from events.ingest import ingest, open_timeline
from events.serve import metadata_for
from tests.conftest import ROOT, make_datasette

sys.path.insert(0, str(ROOT / "plugins"))
import timeline_core as core  # noqa: E402

# ---------------------------------------------------------------- pure rules


@pytest.mark.parametrize("value, precision, qualifier, expected, is_span", [
    ("2023-08-24", "day", None, "24 Aug 2023", False),
    ("2023-08", "month", None, "Aug 2023", False),
    ("2024", "year", None, "2024", False),
    ("2021/2025", "year", None, "2021\u20132025", True),
    ("2023-08-19/2023-08-23", "day", None, "19\u201323 Aug 2023", True),
    ("2023-07-30/2023-08-02", "day", None, "30 Jul \u2013 2 Aug 2023", True),
    ("2023-12-30/2024-01-02", "day", None, "30 Dec 2023 \u2013 2 Jan 2024", True),
    ("2023-06/2023-08", "month", None, "Jun\u2013Aug 2023", True),
    ("1989", "year", "since", "since 1989", False),
    ("2024", "year", "early", "early 2024", False),
    # EDTF uncertainty marks are shown, not dropped
    ("2023-08?", "month", None, "Aug 2023?", False),
    ("2019~", "year", None, "c. 2019", False),
    # the same day at both ends is one day, not a span
    ("2023-08-24/2023-08-24", "day", None, "24 Aug 2023", False),
    (None, None, None, "undated", False),
    # a value we cannot read is shown as written
    ("around the war", None, None, "around the war", False),
])
def test_a_date_is_written_at_exactly_its_precision(value, precision, qualifier, expected, is_span):
    label = core.date_label(value, precision, qualifier)
    assert (label.text, label.is_span) == (expected, is_span)


@pytest.mark.parametrize("date_from, date_to", [
    ("2023", ""), ("2023-08", ""), ("2023-08-24", ""), ("", "2023"), ("", "2023-08"),
    ("", "2023-08-24"), ("2021", "2023-12"), ("2023-08-25", "2024"),
])
def test_range_bounds_select_what_the_entity_timeline_prefix_comparison_selects(date_from, date_to):
    spans = [("2021-01-01", "2025-12-31"), ("2023-08-01", "2023-08-31"),
             ("2023-08-24", "2023-08-24"), ("2024-01-01", "2024-12-31"),
             ("1989-01-01", "1989-12-31"), ("2023-09-01", "2023-09-30")]
    low, high = core.range_bounds(date_from, date_to)

    def prefix_rule(start, end):  # the rule of entity_timeline in metadata.yml
        return (not date_from or end[:len(date_from)] >= date_from) and \
            (not date_to or start[:len(date_to)] <= date_to)

    def bound_rule(start, end):
        return (low is None or end >= low) and (high is None or start <= high)

    assert [prefix_rule(*s) for s in spans] == [bound_rule(*s) for s in spans]


@pytest.mark.parametrize("args, expected_from, expected_to, errors", [
    ({"from": "2023", "to": "2024-06"}, "2023", "2024-06", 0),
    ({"from": "24/8/2023"}, "", "", 1),  # not ISO: reported, not guessed
    ({"from": "2023-13"}, "", "", 1),  # no 13th month
    ({"to": " 2023-08-24 "}, "", "2023-08-24", 0),
])
def test_filters_keep_valid_dates_and_report_the_others(args, expected_from, expected_to, errors):
    filters = core.parse_filters(args)
    assert (filters.date_from, filters.date_to, len(filters.errors)) == \
        (expected_from, expected_to, errors)


@pytest.mark.parametrize("text, expected", [
    ("Laos", '"Laos"'),
    ("AMMTC+ROK", '"AMMTC" "ROK"'),  # + and quotes would be FTS5 syntax errors
    ('say "hi', '"say" "hi"'),
    ("  ", ""),
])
def test_search_words_become_quoted_fts_terms(text, expected):
    assert core.fts_query(text) == expected


def test_the_fact_and_its_date_words_are_marked_within_their_paragraph():
    text = "Title line\nFirst. Met on 24 Aug 2023 in Bali. After.\nNext paragraph"
    start = text.index("Met")
    end = text.index(" After")
    segments = core.fact_in_paragraph(text, start, end, "24 Aug 2023")
    assert [(s.text, s.role) for s in segments] == [
        ("First. ", ""), ("Met on ", "fact"), ("24 Aug 2023", "date"),
        (" in Bali.", "fact"), (" After.", "")]


def test_offsets_outside_the_text_give_no_paragraph():
    assert core.fact_in_paragraph("short", 3, 99, None) == []


def test_a_page_cursor_reads_back_as_the_row_order_key():
    row = {"date_start": "2023-08-24", "date_end": "2023-08-24", "article_id": "a", "position": 3}
    assert core.parse_cursor(core.page_cursor(row)) == ["2023-08-24", "2023-08-24", "a", 3]
    assert core.parse_cursor("not json") is None and core.parse_cursor('["x"]') is None


def test_the_places_query_is_valid_sql_that_quotes_names():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE facts (place TEXT)")
    conn.executemany("INSERT INTO facts VALUES (?)", [("Laos",), ("Laos",), ("Cote d'Ivoire",)])
    sql = core.places_map_sql({"Laos": {"latitude": 17.9757, "longitude": 102.6331},
                               "Cote d'Ivoire": {"latitude": 6.8, "longitude": -5.3}})
    assert conn.execute(sql).fetchall() == [
        ("Laos", 17.9757, 102.6331, 2), ("Cote d'Ivoire", 6.8, -5.3, 1)]


def test_gazetteer_entries_with_coordinates_become_places():
    gazetteer = {"places": [{"name": "Labuan Bajo", "lat": -8.4964, "lon": 119.8877},
                            {"name": "Somewhere"}],
                 "countries": [{"name": "Laos", "lat": 17.97, "lon": 102.63}],
                 "version": 3}  # a non-list section is not a list of entries
    assert core.gazetteer_coordinates(gazetteer) == {
        "Labuan Bajo": {"latitude": -8.4964, "longitude": 119.8877},
        "Laos": {"latitude": 17.97, "longitude": 102.63}}


# ---------------------------------------------------------------- a corpus of our own

ARTICLE = Article(
    url="https://example.org/berita/1", title="Pertemuan <b>ASEAN</b>", outlet="Contoh",
    published="2023-08-24", dateline="Jakarta", language="id", source="test",
    text=("Jakarta (Contoh) - Menteri Indonesia dan Korea Selatan bertemu di Jakarta pada "
          "24 Agustus 2023. Mereka membahas kerja sama.\n"
          "Rencana Aksi ASEAN berlaku 2021-2025.\n"
          "Pertemuan berikutnya akan berlangsung di Laos pada 2024.\n"
          "Dialog dengan Korea Selatan dimulai pada Juni 2023.\n"
          "Penulis mengutip <script>alert('x')</script> tanpa tanggal."),
)
SPECS = [  # sentence, kind, modality, date, place, mentions (name, type, role, text)
    ("Menteri Indonesia dan Korea Selatan bertemu di Jakarta pada 24 Agustus 2023.",
     "meeting", "occurred", ("2023-08-24", "2023-08-24", "2023-08-24", "day", "24 Agustus 2023"),
     "Jakarta", [("Indonesia", "country", "actor", "Indonesia"),
                 ("South Korea", "country", "actor", "Korea Selatan"),
                 ("Jakarta", "place", "place", "Jakarta")]),
    ("Rencana Aksi ASEAN berlaku 2021-2025.", "plan", "ongoing",
     ("2021/2025", "2021-01-01", "2025-12-31", "year", "2021-2025"), None,
     [("ASEAN", "organisation", "subject", "ASEAN")]),
    ("Pertemuan berikutnya akan berlangsung di Laos pada 2024.", "plan", "planned",
     ("2024", "2024-01-01", "2024-12-31", "year", "pada 2024"), "Laos",
     [("South Korea", "country", "actor", "ROK"), ("Laos", "country", "place", "Laos")]),
    ("Dialog dengan Korea Selatan dimulai pada Juni 2023.", "history", "occurred",
     ("2023-06", "2023-06-01", "2023-06-30", "month", "Juni 2023"), None,
     [("South Korea", "country", "actor", "Korea Selatan")]),
    ("Penulis mengutip <script>alert('x')</script> tanpa tanggal.", "statement", "occurred",
     None, None, []),
]


def fake_extract(article: Article) -> Extraction:
    """Facts exactly as SPECS says, with offsets found in the article text."""
    facts = []
    for position, (sentence, kind, modality, date, place, mentions) in enumerate(SPECS):
        start = article.text.index(sentence)
        fact_date = None
        if date:
            value, first, last, precision, words = date
            fact_date = FactDate(value, first, last, precision, "explicit", text=words)
        facts.append(Fact(position, sentence, start, start + len(sentence), kind, modality,
                          fact_date, place, tuple(Mention(*m) for m in mentions)))
    return Extraction(tuple(facts), published=article.published, published_from="metadata")


@pytest.fixture
def corpus_path(tmp_path) -> Path:
    path = tmp_path / "timeline.db"
    db = open_timeline(str(path))
    ingest(db, ARTICLE, extractor=fake_extract)
    db.close()
    return path


@pytest.fixture
async def ds(corpus_path):
    datasette = make_datasette(corpus_path)
    await datasette.invoke_startup()
    return datasette


def fact_ids(path: Path, where: str = "1") -> dict[str, str]:
    """fact_id by the first word of its sentence, for readable expectations."""
    conn = sqlite3.connect(path)
    return {text.split()[0]: fid for fid, text in
            conn.execute(f"SELECT fact_id, text FROM facts WHERE {where}")}


def shown(html: str) -> list[str]:
    """The fact ids of the timeline entries, in page order."""
    return re.findall(r'data-fact-id="([0-9a-f]+)"', html)


async def get(ds, path: str):
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.text[:500])
    return response


# ---------------------------------------------------------------- /-/timeline


async def test_the_timeline_lists_every_fact_earliest_first_with_undated_last(ds, corpus_path):
    ids = fact_ids(corpus_path)
    html = (await get(ds, "/-/timeline")).text
    assert shown(html) == [ids["Rencana"], ids["Dialog"], ids["Menteri"], ids["Pertemuan"],
                           ids["Penulis"]]


async def test_each_entry_shows_its_date_at_its_precision_kind_modality_actors_and_place(ds):
    html = (await get(ds, "/-/timeline")).text
    for label in ("24 Aug 2023", "Jun 2023", "2024", "2021\u20132025", "undated"):
        assert f">{label}</time>" in html
    entry = html.split('class="tl-entry modality-planned')[1].split("</li>")[0]
    assert "tl-badge kind\">plan" in entry and ">planned</span>" in entry
    assert 'href="/-/timeline?entity=south-korea">South Korea</a>' in entry
    assert 'href="/-/timeline?entity=laos">Laos</a>' in entry


async def test_a_span_and_a_planned_fact_look_different_from_a_day(ds):
    html = (await get(ds, "/-/timeline")).text
    assert re.search(r'class="tl-entry modality-ongoing kind-plan precision-year tl-span"', html)
    assert re.search(r'class="tl-entry modality-planned kind-plan precision-year"', html)
    assert re.search(r'class="tl-entry modality-occurred kind-meeting precision-day"', html)
    assert ".tl-entry.modality-planned" in html and ".tl-entry.tl-span::before" in html


async def test_each_entry_links_to_its_fact_row_and_its_source_article(ds, corpus_path):
    ids = fact_ids(corpus_path)
    html = (await get(ds, "/-/timeline")).text
    assert f'href="/timeline/facts/{ids["Menteri"]}"' in html
    assert 'href="https://example.org/berita/1"' in html


@pytest.mark.parametrize("query, expected", [
    ("entity=south-korea", ["Dialog", "Menteri", "Pertemuan"]),
    ("entity=laos", ["Pertemuan"]),
    ("kind=plan", ["Rencana", "Pertemuan"]),
    ("modality=planned", ["Pertemuan"]),
    ("from=2024", ["Rencana", "Pertemuan"]),  # overlap: 2021-2025 reaches into 2024
    ("from=2023-07&to=2023-08", ["Rencana", "Menteri"]),
    ("to=2023-06", ["Rencana", "Dialog"]),
    ("q=Laos", ["Pertemuan"]),
    ("q=korea+selatan", ["Dialog", "Menteri"]),
    ("entity=south-korea&kind=plan&q=Laos&from=2024-01-01&to=2024-12-31", ["Pertemuan"]),
    ("entity=nobody", []),
])
async def test_filters_in_the_url_select_the_matching_facts(ds, corpus_path, query, expected):
    ids = fact_ids(corpus_path)
    html = (await get(ds, f"/-/timeline?{query}")).text
    assert shown(html) == [ids[word] for word in expected]


async def test_the_filter_form_shows_the_filters_of_the_url(ds):
    html = (await get(ds, "/-/timeline?kind=plan&modality=planned&from=2024&q=Laos")).text
    assert "<option selected>plan</option>" in html and "<option selected>planned</option>" in html
    assert 'name="from" value="2024"' in html and 'name="q" value="Laos"' in html
    assert 'method="get"' in html


async def test_a_malformed_date_is_reported_and_ignored(ds, corpus_path):
    html = (await get(ds, "/-/timeline?from=24/8/2023")).text
    assert "is not YYYY, YYYY-MM or YYYY-MM-DD" in html
    assert len(shown(html)) == len(fact_ids(corpus_path))


async def test_article_text_with_a_script_tag_is_shown_as_text(ds, corpus_path):
    html = (await get(ds, "/-/timeline")).text
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    row = (await get(ds, f"/timeline/facts/{fact_ids(corpus_path)['Penulis']}")).text
    assert "<script>alert" not in row


async def test_the_page_loads_nothing_from_the_internet(ds):
    html = (await get(ds, "/-/timeline")).text
    assert not re.search(r'<(script|link|img)[^>]+(src|href)="(https?:)?//', html)


async def test_later_pages_continue_after_the_last_entry(tmp_path):
    path = tmp_path / "many.db"
    db = open_timeline(str(path))
    days = [f"2023-01-{d:02d}" for d in range(1, 29)] * 4  # 112 facts, ties on each day
    sentences = [f"Fakta nomor {i} pada {day}." for i, day in enumerate(days)]
    article = Article(text="\n".join(sentences), url="https://example.org/many")

    def extract_many(article: Article) -> Extraction:
        return Extraction(tuple(
            Fact(i, s, article.text.index(s), article.text.index(s) + len(s), "other",
                 "occurred", FactDate(d, d, d, "day", "explicit"))
            for i, (s, d) in enumerate(zip(sentences, days))))

    ingest(db, article, extractor=extract_many)
    db.close()
    ds = make_datasette(path)
    await ds.invoke_startup()
    first = (await get(ds, "/-/timeline")).text
    next_url = re.search(r'class="next-page" href="([^"]+)"', first).group(1).replace("&amp;", "&")
    second = (await get(ds, f"/-/timeline{next_url}")).text
    expected = [r[0] for r in sqlite3.connect(path).execute(
        "SELECT fact_id FROM facts ORDER BY date_start, date_end, article_id, position")]
    assert shown(first) + shown(second) == expected and len(shown(first)) == core.PAGE_SIZE
    assert 'class="next-page"' not in second


async def test_the_timeline_uses_whichever_database_has_facts(corpus_path, tmp_path):
    other = tmp_path / "notes.db"
    sqlite3.connect(other).execute("CREATE TABLE notes (x)").connection.commit()
    renamed = tmp_path / "corpus-2023.db"
    corpus_path.rename(renamed)
    from datasette.app import Datasette

    ds = Datasette([str(other), str(renamed)], metadata=metadata_for(renamed),
                   plugins_dir=str(ROOT / "plugins"), template_dir=str(ROOT / "templates"))
    await ds.invoke_startup()
    html = (await get(ds, "/-/timeline")).text
    assert len(shown(html)) == 5 and 'href="/corpus-2023/facts/' in html


# ---------------------------------------------------------------- fact and entity pages


async def test_the_fact_row_page_shows_the_sentence_in_its_paragraph_with_the_date_marked(
        ds, corpus_path):
    html = (await get(ds, f"/timeline/facts/{fact_ids(corpus_path)['Menteri']}")).text
    paragraph = html.split('class="tl-paragraph">')[1].split("</blockquote>")[0]
    assert paragraph.startswith("Jakarta (Contoh) - <mark class=\"fact\">Menteri")
    assert '<mark class="date">24 Agustus 2023</mark>' in paragraph
    assert paragraph.endswith(" Mereka membahas kerja sama.")
    assert '<time datetime="2023-08-24">24 Aug 2023</time>' in html


async def test_the_fact_row_page_shows_the_facts_history(ds, corpus_path):
    fid = fact_ids(corpus_path)["Menteri"]
    (seq, recorded_at), = sqlite3.connect(corpus_path).execute(
        "SELECT seq, recorded_at FROM events WHERE json_extract(data, '$.fact_id') = ?", [fid])
    html = (await get(ds, f"/timeline/facts/{fid}")).text
    history = html.split('class="tl-history fact-history"')[1]
    assert f"<td>{seq}</td><td>{recorded_at}</td><td>fact_recorded</td>" in history


async def test_other_row_pages_are_left_as_datasette_draws_them(ds):
    html = (await get(ds, "/timeline/entities/laos")).text
    assert "fact-context" not in html and "<h1" in html


async def test_the_entity_page_shows_its_timeline_aliases_and_companions(ds, corpus_path):
    html = (await get(ds, "/-/entity/south-korea")).text
    assert "<h1>South Korea</h1>" in html
    assert '<q class="alias">Korea Selatan</q>' in html and '<q class="alias">ROK</q>' in html
    together = html.split('class="together"')[1].split("</ul>")[0]
    assert together.index(">Indonesia</a>") >= 0 and together.index(">Laos</a>") >= 0
    ids = fact_ids(corpus_path)
    assert shown(html) == [ids["Dialog"], ids["Menteri"], ids["Pertemuan"]]
    assert (await ds.client.get("/-/entity/atlantis")).status_code == 404


# ---------------------------------------------------------------- exports


async def test_the_atom_feed_has_one_entry_per_fact_newest_first(ds, corpus_path):
    response = await get(ds, "/timeline/feed.atom")
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ET.fromstring(response.content)
    assert feed.find("a:title", ns).text == "New facts"
    entries = feed.findall("a:entry", ns)
    ids = fact_ids(corpus_path)
    assert [e.find("a:id", ns).text for e in entries] == [
        f"urn:news-timeline:fact:{ids[w]}"
        for w in ("Penulis", "Dialog", "Pertemuan", "Rencana", "Menteri")]
    first = entries[-1]
    assert first.find("a:title", ns).text.startswith("2023-08-24 · meeting: Menteri")
    assert first.find("a:link", ns).get("href") == "https://example.org/berita/1"
    assert "<script>" in entries[0].find("a:content", ns).text  # text content, escaped in XML


async def test_the_places_map_gives_coordinates_to_the_cluster_map(ds):
    data = (await get(ds, "/timeline/places_map.json?_shape=array")).json()
    assert {(r["place"], r["facts"]) for r in data} == {("Jakarta", 1), ("Laos", 1)}
    laos = next(r for r in data if r["place"] == "Laos")
    assert (round(laos["latitude"]), round(laos["longitude"])) == (18, 103)
    html = (await get(ds, "/timeline/places_map")).text
    assert "datasette-cluster-map.js" in html


async def test_the_whole_timeline_streams_as_csv_past_max_returned_rows(ds, corpus_path):
    response = await get(ds, "/timeline/timeline.csv?_stream=on&_size=max")
    table = list(csv.DictReader(io.StringIO(response.text)))
    assert sorted(r["fact_id"] for r in table) == sorted(fact_ids(corpus_path).values())


async def test_the_whole_facts_table_pages_as_json_by_following_next(ds, corpus_path):
    seen, url = [], "/timeline/facts.json?_shape=objects&_size=2"
    while url:
        data = (await get(ds, url)).json()
        seen += [r["fact_id"] for r in data["rows"]]
        url = data["next_url"] and data["next_url"].replace("http://localhost", "")
    assert sorted(seen) == sorted(fact_ids(corpus_path).values())


async def test_the_menu_links_to_the_timeline(ds):
    html = (await get(ds, "/")).text
    assert 'href="/-/timeline"' in html


async def test_a_happening_told_by_several_articles_is_one_entry_with_its_sources(tmp_path):
    from events.sources import read_paths

    path = tmp_path / "timeline.db"
    db = open_timeline(str(path))
    for article in read_paths([str(ROOT / "bench" / "corpus" / "happenings")]):
        ingest(db, article)
    happening = db.execute(
        "SELECT h.happening_id, h.representative, h.sources FROM happenings h JOIN facts f"
        " ON f.happening_id = h.happening_id WHERE instr(f.text, 'Pertemuan AMMTC ke-17')"
    ).fetchone()
    members = [r[0] for r in db.execute(
        "SELECT fact_id FROM facts WHERE happening_id = ?", [happening[0]])]
    db.close()
    datasette = make_datasette(path)
    html = (await get(datasette, "/-/timeline")).text
    entries = shown(html)
    assert len(members) == happening[2] == 3
    assert [m for m in members if m in entries] == [happening[1]]
    assert "3 sources" in html and "sources disagree" in html
    assert f"/timeline/happenings/{happening[0]}" in html


@pytest.mark.parametrize("disputes, words", [
    ('[{"field": "date", "versions": []}]', ["the date"]),
    ('[{"field": "figure:peserta", "versions": []}]', ["how many peserta"]),
    ('[{"field": "agent", "action": "open", "versions": []},'
     ' {"field": "agent", "action": "sign", "versions": []}]', ["who opened it", "who signed it"]),
    ("[]", []),
    ("not json", []),  # a damaged value shows the plain badge, never an error page
])
def test_the_badge_says_what_the_sources_disagree_on(disputes, words):
    assert core.disputed_fields(disputes) == words


async def test_a_happening_whose_sources_name_different_openers_shows_who_disagrees(tmp_path):
    from events.sources import read_paths

    path = tmp_path / "timeline.db"
    db = open_timeline(str(path))
    for article in read_paths([str(ROOT / "bench" / "corpus" / "happenings")]):
        ingest(db, article)
    (happening_id,) = db.execute(
        "SELECT happening_id FROM facts WHERE instr(text, 'opened the 23rd SOMTC')").fetchone()
    db.close()
    html = (await get(make_datasette(path), "/-/timeline")).text
    badges = re.findall(r'<a class="tl-badge disputed" href="([^"]+)">([^<]+)</a>', html)
    assert (f"/timeline/happenings/{happening_id}", "sources disagree on who opened it") in badges
    assert "sources disagree on the date" in {text for _, text in badges}


# ---------------------------------------------------------------- any fact of a happening


@pytest.fixture
def happenings_path(tmp_path) -> Path:
    """The multi-source articles of bench/corpus/happenings, through the real extractor."""
    from events.sources import read_paths

    path = tmp_path / "timeline.db"
    db = open_timeline(str(path))
    for article in read_paths([str(ROOT / "bench" / "corpus" / "happenings")]):
        ingest(db, article)
    db.close()
    return path


def only_others_say(path: Path, what: str) -> list[tuple[str, str]]:
    """(representative, value) for each happening where a fact other than its
    representative has a value the representative lacks: `what` is `entity` or `word`."""
    conn = sqlite3.connect(path)
    found = []
    for happening_id, representative in conn.execute(
            "SELECT happening_id, representative FROM happenings WHERE facts > 1"):
        def values(fact_id: str) -> set[str]:
            if what == "entity":
                return {r[0] for r in conn.execute(
                    "SELECT entity_id FROM fact_entities WHERE fact_id = ?", [fact_id])}
            text, place, actors = conn.execute(
                "SELECT text, place, actors FROM facts WHERE fact_id = ?", [fact_id]).fetchone()
            return {w.lower() for w in re.findall(r"[A-Za-z]{5,}", f"{text} {place} {actors}")}
        own = values(representative)
        others = set().union(*(values(fid) for (fid,) in conn.execute(
            "SELECT fact_id FROM facts WHERE happening_id = ? AND fact_id != ?",
            [happening_id, representative])))
        found += [(representative, value) for value in sorted(others - own)[:2]]
    return found


@pytest.mark.parametrize("what, key", [("entity", "entity"), ("word", "q")])
async def test_a_happening_is_found_by_what_only_its_other_sources_say(happenings_path, what, key):
    cases = only_others_say(happenings_path, what)
    assert cases  # the SOMTC meeting: only two of its three sources name the police chief
    datasette = make_datasette(happenings_path)
    for representative, value in cases:
        entries = shown((await get(datasette, f"/-/timeline?{key}={value}")).text)
        assert entries.count(representative) == 1, (value, entries)


# Two articles of our own telling the same happenings: the first at the day (so its facts
# represent them), the second at the month, as history, ongoing, naming one more country
# and one word of its own. Many happenings share a day, so paging must break ties.
PAIRS = 130


def paired_facts(article: Article) -> Extraction:
    second = article.url.endswith("/2")
    facts, at = [], 0
    for position, line in enumerate(article.text.split("\n")):
        start = article.text.index(line, at)
        at = start + len(line)
        if line.startswith("Catatan"):  # undated, only in the second article
            facts.append(Fact(position, line, start, at, "history", "ongoing", None, None,
                              (Mention("Thailand", "country", "actor", "Thailand"),)))
            continue
        day = f"2024-03-0{1 + position % 3}"
        date = FactDate("2024-03", "2024-03-01", "2024-03-31", "month", "explicit") if second \
            else FactDate(day, day, day, "day", "explicit")
        mentions = [Mention("Indonesia", "country", "actor", "Indonesia"),
                    Mention(f"Delegasi {position}", "organisation", "actor", f"Delegasi {position}")]
        if second:
            mentions.append(Mention("Thailand", "country", "actor", "Thailand"))
        facts.append(Fact(position, line, start, at, "history" if second else "meeting",
                          "ongoing" if second else "occurred", date, None, tuple(mentions)))
    return Extraction(tuple(facts), published="2024-04-01", published_from="metadata")


@pytest.fixture
def pairs_path(tmp_path) -> Path:
    path = tmp_path / "timeline.db"
    db = open_timeline(str(path))
    first = "\n".join(f"Indonesia bertemu Delegasi {i} di Vientiane." for i in range(PAIRS))
    second = "\n".join(f"Indonesia dan Thailand menyambut Delegasi {i} dengan kain zamrud."
                       for i in range(PAIRS)) + "\nCatatan Thailand tanpa tanggal, zamrud."
    for n, text in ((1, first), (2, second)):
        ingest(db, Article(url=f"https://example.org/pasangan/{n}", text=text, outlet=f"O{n}",
                           published="2024-04-01", language="id", source="test"),
               extractor=paired_facts)
    db.close()
    return path


def representatives(path: Path) -> list[str]:
    """The first article's facts (they represent the happenings), in timeline order."""
    conn = sqlite3.connect(path)
    return [r[0] for r in conn.execute(
        "SELECT fact_id FROM facts WHERE article_id LIKE '%/1'"
        " ORDER BY date_start, date_end, article_id, position")]


async def every_page(datasette, url: str) -> list[str]:
    """The fact ids shown on every page, following the next-page links to the end."""
    seen = []
    while url:
        html = (await get(datasette, url)).text
        seen += shown(html)
        more = re.search(r'class="next-page" href="([^"]+)"', html)
        url = "/-/timeline" + more.group(1).replace("&amp;", "&") if more else ""
    return seen


def test_the_paired_articles_make_one_happening_per_pair(pairs_path):
    conn = sqlite3.connect(pairs_path)
    assert conn.execute("SELECT COUNT(*) FROM happenings WHERE facts = 2").fetchone()[0] == PAIRS
    assert conn.execute("SELECT COUNT(*) FROM happenings h JOIN fact_entities fe"
                        " ON fe.fact_id = h.representative WHERE fe.entity_id = 'thailand'"
                        " AND h.facts = 2").fetchone()[0] == 0


@pytest.mark.parametrize("query, with_undated", [
    ("entity=thailand", True), ("q=zamrud", True), ("kind=history", True),
    ("modality=ongoing", True), ("", True),
    # one fact passes all three filters; the undated fact has no `kain`
    ("kind=history&q=kain&entity=thailand", False),
])
async def test_every_happening_a_filter_reaches_through_any_fact_is_listed_once_across_pages(
        pairs_path, query, with_undated):
    conn = sqlite3.connect(pairs_path)
    undated = [r[0] for r in conn.execute("SELECT fact_id FROM facts WHERE date_start IS NULL")]
    seen = await every_page(make_datasette(pairs_path), f"/-/timeline?{query}")
    assert seen == representatives(pairs_path) + (undated if with_undated else [])


@pytest.mark.parametrize("args", [{"entity": "thailand"}, {"q": "zamrud"}, {"kind": "history"},
                                  {"entity": "delegasi-7"}, {"q": "Vientiane", "to": "2024-03-02"},
                                  {}])
def test_starting_from_the_matches_or_walking_the_dates_gives_the_same_pages(pairs_path, args):
    conn = sqlite3.connect(pairs_path)
    conn.row_factory = sqlite3.Row

    def pages(few: bool) -> list[list[str]]:
        filters, result = core.parse_filters(args), []
        while True:
            rows = conn.execute(*core.timeline_sql(filters, 7, grouped=True, few=few)).fetchall()
            result.append([r["fact_id"] for r in rows[:7]])
            if len(rows) <= 7:
                return result
            filters = core.with_cursor(filters, core.page_cursor(rows[6]))

    walked = pages(few=False)
    assert walked == pages(few=True)
    flat = [f for page in walked for f in page]
    assert len(flat) == len(set(flat)) and flat
    undated = {few: [r["fact_id"] for r in conn.execute(
        *core.undated_sql(core.parse_filters(args), grouped=True, few=few))]
        for few in (False, True)}
    assert undated[False] == undated[True]


def test_a_filter_matching_few_facts_starts_from_them():
    sql, params = core.fewest_matches_sql(core.Filters(entity="laos", kind="plan"), cap=50)
    conn = sqlite3.connect(":memory:")
    conn.executescript("CREATE TABLE facts (fact_id, kind); CREATE TABLE fact_entities"
                       " (fact_id, entity_id);")
    conn.executemany("INSERT INTO facts VALUES (?, 'plan')", [(str(i),) for i in range(80)])
    conn.executemany("INSERT INTO fact_entities VALUES (?, 'laos')", [(str(i),) for i in range(3)])
    assert conn.execute(sql, params).fetchone()[0] == 3  # the smaller count, capped at 50
    assert core.fewest_matches_sql(core.Filters(date_from="2023")) is None
