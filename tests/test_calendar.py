"""The iCalendar export (plugins/calendar_ics.py and the `calendar` canned query): every
dated fact is an all-day event covering exactly the days its date covers, read back with
the icalendar library from the real `/timeline/calendar.ics` response.
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import date, datetime, timezone
from pathlib import Path

import icalendar
import pytest

from events.article import Article, Extraction, Fact, FactDate
from events.ingest import ingest, open_timeline
from events.serve import metadata_for
from tests.conftest import BUNDLED, ROOT, make_datasette

sys.path.insert(0, str(ROOT / "plugins"))
import calendar_ics  # noqa: E402

# An article of our own for the edges the reference article lacks: a span of days across
# a month end, the month of a leap February, December (the end is in the next year).
EDGES = Article(
    url="https://example.org/kalender/1", title="Kalender", outlet="Contoh",
    published="2024-03-01", language="id", source="test",
    text=("Latihan bersama berlangsung 30 Januari hingga 2 Februari 2024.\n"
          "Panitia bekerja sepanjang Februari 2024.\n"
          "Laporan akhir terbit Desember 2023.\n"
          "Catatan tanpa tanggal."),
)
EDGE_DATES = [  # sentence start, value, first day, last day, precision
    ("Latihan", "2024-01-30/2024-02-02", "2024-01-30", "2024-02-02", "day"),
    ("Panitia", "2024-02", "2024-02-01", "2024-02-29", "month"),
    ("Laporan", "2023-12", "2023-12-01", "2023-12-31", "month"),
    ("Catatan", None, None, None, None),
]


def edge_facts(article: Article) -> Extraction:
    facts = []
    for position, line in enumerate(article.text.split("\n")):
        _, value, first, last, precision = EDGE_DATES[position]
        start = article.text.index(line)
        when = FactDate(value, first, last, precision, "explicit") if value else None
        facts.append(Fact(position, line, start, start + len(line), "meeting", "occurred", when))
    return Extraction(tuple(facts), published=article.published, published_from="metadata")


@pytest.fixture
async def calendar_ds(loaded_db, db_path):
    """The reference article loaded by the real extractor, and the edge cases beside it."""
    ingest(loaded_db, EDGES, extractor=edge_facts)
    loaded_db.close()
    datasette = make_datasette(db_path)
    await datasette.invoke_startup()
    return datasette


async def calendar_at(ds, path: str = "/timeline/calendar.ics") -> icalendar.Calendar:
    response = await ds.client.get(path)
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def events_by_uid(calendar: icalendar.Calendar) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def facts_of(path: Path) -> dict[str, tuple[str, str]]:
    """(date_value, text) of every fact, by fact id."""
    conn = sqlite3.connect(path)
    return {fid: (value, text) for fid, value, text in
            conn.execute("SELECT fact_id, date_value, text FROM facts")}


# The reference article states a day, months, years and a span of years; its expected
# events, by date_value: first day and the day after the last (DTEND is exclusive).
REFERENCE_DAYS = {
    "2023-08-24": (date(2023, 8, 24), date(2023, 8, 25)),  # one day
    "2023-08": (date(2023, 8, 1), date(2023, 9, 1)),  # the whole month
    "2024": (date(2024, 1, 1), date(2025, 1, 1)),  # the whole year, not 1 January
    "2021/2025": (date(2021, 1, 1), date(2026, 1, 1)),  # five whole years
}
EDGE_DAYS = {
    "2024-01-30/2024-02-02": (date(2024, 1, 30), date(2024, 2, 3)),
    "2024-02": (date(2024, 2, 1), date(2024, 3, 1)),  # 29 days in a leap year
    "2023-12": (date(2023, 12, 1), date(2024, 1, 1)),
}


@pytest.mark.parametrize("value", [*REFERENCE_DAYS, *EDGE_DAYS])
async def test_each_precision_is_an_all_day_event_over_exactly_its_days(calendar_ds, db_path,
                                                                         value):
    first, after_last = {**REFERENCE_DAYS, **EDGE_DAYS}[value]
    events = events_by_uid(await calendar_at(calendar_ds))
    stating = [fid for fid, (v, _) in facts_of(db_path).items() if v == value]
    assert stating, f"no fact dated {value} was loaded"
    for fact_id in stating:
        event = events[f"{fact_id}@news-timeline"]
        assert event["DTSTART"].params["VALUE"] == "DATE"
        assert event["DTEND"].params["VALUE"] == "DATE"
        # a date, never a date-time at midnight UTC
        assert type(event.start) is date and type(event.end) is date
        assert (event.start, event.end) == (first, after_last)


async def test_every_dated_fact_is_one_event_and_undated_facts_are_none(calendar_ds, db_path):
    events = events_by_uid(await calendar_at(calendar_ds))
    facts = facts_of(db_path)
    dated = {f"{fid}@news-timeline" for fid, (value, _) in facts.items() if value}
    assert set(events) == dated and len(dated) < len(facts)


async def test_titles_say_the_date_as_written_unless_it_is_one_day(calendar_ds, db_path):
    events = events_by_uid(await calendar_at(calendar_ds))
    for fact_id, (value, text) in facts_of(db_path).items():
        if not value:
            continue
        summary = str(events[f"{fact_id}@news-timeline"]["SUMMARY"])
        if "/" in value or len(value) < 10:
            assert summary.startswith(f"[{value}] ")
        else:
            assert not summary.startswith("[")
        assert text[:40] in summary or summary.endswith("...")


async def test_the_calendar_is_named_by_its_query_title_and_uids_do_not_change(calendar_ds):
    first = await calendar_at(calendar_ds)
    again = await calendar_at(calendar_ds)
    assert str(first["X-WR-CALNAME"]) == "Timeline calendar"
    assert str(first["VERSION"]) == "2.0" and first["PRODID"]
    assert list(events_by_uid(first)) == list(events_by_uid(again))


async def test_the_response_is_folded_with_crlf_and_plain_on_request(calendar_ds):
    response = await calendar_ds.client.get("/timeline/calendar.ics")
    lines = response.content.split(b"\r\n")
    assert response.content.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # long descriptions are folded
    plain = await calendar_ds.client.get("/timeline/calendar.ics?_plain=1")
    assert plain.headers["content-type"] == "text/plain; charset=utf-8"
    assert b"BEGIN:VCALENDAR" in plain.content


async def test_a_query_of_date_times_still_gives_date_time_events(calendar_ds):
    sql = ("SELECT 'Briefing' AS event_name, '2023-08-24T09:30:00' AS event_dtstart,"
           " '2023-08-24T11:00:00' AS event_dtend, 'briefing-1' AS event_uid"
           " UNION ALL SELECT 'Call', '2023-08-25T08:00:00', NULL, 'call-1'")
    calendar = await calendar_at(calendar_ds, f"/timeline.ics?sql={sql}&_ics_title=Meetings")
    events = events_by_uid(calendar)
    assert str(calendar["X-WR-CALNAME"]) == "Meetings"
    briefing = events["briefing-1"]
    assert "VALUE" not in briefing["DTSTART"].params
    assert briefing.start == datetime(2023, 8, 24, 9, 30, tzinfo=timezone.utc)
    assert briefing.end == datetime(2023, 8, 24, 11, 0, tzinfo=timezone.utc)
    assert events["call-1"].start == datetime(2023, 8, 25, 8, 0, tzinfo=timezone.utc)


async def test_a_time_zone_and_a_duration_are_kept(calendar_ds):
    sql = ("SELECT 'Opening' AS event_name, '2023-08-24T09:00:00' AS event_dtstart,"
           " 'PT2H' AS event_duration, 'Asia/Makassar' AS event_tzid, 'o-1' AS event_uid")
    response = await calendar_ds.client.get(f"/timeline.ics?sql={sql}")
    assert b"DTSTART;TZID=Asia/Makassar:20230824T090000\r\n" in response.content
    assert b"BEGIN:VTIMEZONE\r\nTZID:Asia/Makassar" in response.content
    event = events_by_uid(icalendar.Calendar.from_ical(response.content))["o-1"]
    assert event.duration.total_seconds() == 7200


async def test_a_query_without_the_calendar_columns_has_no_ics_link_and_a_clear_error(
        calendar_ds):
    response = await calendar_ds.client.get("/timeline.ics?sql=select 1 AS x")
    assert response.status_code == 400
    assert "event_name, event_dtstart" in response.text
    page = await calendar_ds.client.get("/timeline/facts")
    assert ".ics" not in page.text


async def test_only_our_plugin_writes_ics(calendar_ds):
    plugins = (await calendar_ds.client.get("/-/plugins.json")).json()
    assert "datasette-ics" not in {p["name"] for p in plugins}
    render, _ = calendar_ds.renderers["ics"]
    assert Path(render.__code__.co_filename) == ROOT / "plugins" / "calendar_ics.py"


@pytest.mark.parametrize("start, end, problem", [
    ("2023-08-24", "2023-08-25T00:00:00", "both be dates"),  # RFC 5545: one value type
    ("24/08/2023", None, "neither YYYY-MM-DD"),
])
def test_rows_that_cannot_be_events_are_refused_with_the_reason(start, end, problem):
    row = {"event_name": "x", "event_dtstart": start, "event_dtend": end}
    with pytest.raises(calendar_ics.CalendarError, match=problem):
        calendar_ics.calendar_of([row])


def test_a_row_without_a_uid_gets_the_same_uid_every_time():
    row = {"event_name": "Rapat", "event_dtstart": "2023-08-24"}
    (first,) = calendar_ics.calendar_of([row]).walk("VEVENT")
    (again,) = calendar_ics.calendar_of([dict(row)]).walk("VEVENT")
    assert first["UID"] == again["UID"]


def test_the_metadata_names_no_other_ics_plugin():
    assert "datasette-ics" not in str(metadata_for(BUNDLED))
