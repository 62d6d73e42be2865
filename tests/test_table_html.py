"""plugins/table_html.py: the rows of table, SQL and canned query pages rendered in Python
are the rows Datasette's own templates render, escaped the same way."""

from __future__ import annotations

import re
import sqlite3

import pytest
from datasette.app import Datasette

from events.serve import SETTINGS, metadata_for
from tests.conftest import ROOT


def body_rows(html: str) -> list[list[str]]:
    """The cells of each row in the page's table body, as written (markup and all)."""
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [re.findall(r"(<td [^>]*>.*?</td>)", row, re.S)
            for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)]


async def datasettes(path) -> tuple[Datasette, Datasette]:
    """The project as `serve` runs it, and the same with Datasette's template loader as it
    was before the plugin replaced the row loops."""
    ours, theirs = (Datasette([str(path)], metadata=metadata_for(path), settings=SETTINGS,
                              plugins_dir=str(ROOT / "plugins"),
                              template_dir=str(ROOT / "templates")) for _ in range(2))
    for ds in (ours, theirs):
        await ds.invoke_startup()
    theirs.jinja_env.loader = theirs.jinja_env.loader.inner
    theirs.jinja_env.cache.clear()
    return ours, theirs


@pytest.fixture
def hostile_path(loaded_db, db_path):
    """The reference article's facts, one of them with markup, an ampersand and quotes in
    its text."""
    loaded_db.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE facts SET text = '<script>alert(1)</script> & \"Tom\"'"
                     " WHERE rowid = (SELECT MIN(rowid) FROM facts)")
    return db_path


@pytest.mark.parametrize("page", ["/timeline/facts", "/timeline/facts?_sort_desc=year",
                                  "/timeline/entities", "/timeline/events?_size=5",
                                  "/timeline/facts?_search=ASEAN",
                                  "/timeline/entity_timeline?entity=south-korea&from=&to=",
                                  "/timeline?sql=select+text,+kind,+year+from+facts"])
async def test_rows_are_the_rows_datasettes_template_renders(hostile_path, page):
    ours, theirs = await datasettes(hostile_path)
    mine = body_rows((await ours.client.get(page)).text)
    own = body_rows((await theirs.client.get(page)).text)
    assert mine == own and len(mine) > 0


@pytest.mark.parametrize("page", ["/timeline/facts?text__contains=script",
                                  "/timeline?sql=select+text+from+facts"])
async def test_article_text_in_a_cell_is_escaped(hostile_path, page):
    ours, _ = await datasettes(hostile_path)
    html = (await ours.client.get(page)).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;Tom&#34;" in html
    assert "<script>alert(1)" not in html


async def test_both_row_loops_are_replaced(hostile_path):
    ours, _ = await datasettes(hostile_path)
    for template in ("_table.html", "query.html"):
        source = ours.jinja_env.loader.get_source(ours.jinja_env, template)[0]
        assert "{% for row in display_rows %}" not in source and "_rows" in source


async def test_an_empty_page_says_zero_records(hostile_path):
    ours, _ = await datasettes(hostile_path)
    html = (await ours.client.get("/timeline/facts?kind=no-such-kind")).text
    assert "0 records" in html and "<tbody>" not in html
