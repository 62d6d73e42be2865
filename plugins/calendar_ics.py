"""`.ics` output for any query or table that has the calendar columns, built on the
`icalendar` library (RFC 5545 escaping, CRLF line folding, VTIMEZONE blocks).

It keeps datasette-ics's column contract, so any query can be a calendar: `event_name`
and `event_dtstart` are required; `event_dtend` (exclusive, as DTEND is) or
`event_duration` (ISO 8601, `PT1H`, `P3D`), `event_description`, `event_uid` and
`event_tzid` are optional. What it adds: a start or end written as a plain date
`YYYY-MM-DD` becomes an all-day value (`DTSTART;VALUE=DATE`), so a month-precision fact is
a month-long all-day entry in every time zone, not midnight UTC to midnight UTC.
Date-times are written as given: with `event_tzid` in that zone, otherwise in UTC (a
naive date-time is read as UTC, as datasette-ics did).
"""

# No `from __future__ import annotations`: Datasette loads this file by path (see
# timeline_core.py for why that matters).
import hashlib
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
from datasette import __version__, hookimpl
from datasette.utils.asgi import Response

REQUIRED_COLUMNS = {"event_name", "event_dtstart"}
PLAIN_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PRODID = f"-//Datasette {__version__}//news-timeline calendar_ics//EN"


class CalendarError(ValueError):
    """A row whose calendar columns cannot be written as an event (shown as a 400)."""


def event_time(value: Any, tzid: str | None = None) -> date | datetime:
    """A plain date `YYYY-MM-DD` stays a date (an all-day value); anything else is read as
    an ISO 8601 date-time, in `tzid` when it has no offset of its own, else in UTC."""
    text = str(value).strip()
    if PLAIN_DATE.match(text):
        return date.fromisoformat(text)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise CalendarError(f"{text!r} is neither YYYY-MM-DD nor an ISO 8601 date-time")
    if moment.tzinfo is not None:
        return moment.astimezone(timezone.utc) if not tzid else moment
    if not tzid:
        return moment.replace(tzinfo=timezone.utc)
    try:
        return moment.replace(tzinfo=ZoneInfo(tzid))
    except (ZoneInfoNotFoundError, ValueError):
        raise CalendarError(f"unknown time zone {tzid!r}")


def stable_uid(row: Mapping[str, Any]) -> str:
    """A UID for a row without `event_uid`: the same row gives the same UID on every
    download, so a calendar app updates the event instead of adding it twice."""
    digest = hashlib.sha256(f"{row['event_name']}\x00{row['event_dtstart']}".encode())
    return f"{digest.hexdigest()[:32]}@news-timeline"


def event_from_row(row: Mapping[str, Any], stamp: datetime) -> icalendar.Event:
    """One VEVENT from a row that has the calendar columns."""
    tzid = row.get("event_tzid") or None
    event = icalendar.Event()
    event.add("uid", str(row.get("event_uid") or stable_uid(row)))
    event.add("dtstamp", stamp)
    event.add("summary", str(row["event_name"] or ""))
    start = event_time(row["event_dtstart"], tzid)
    event.add("dtstart", start)
    if row.get("event_dtend"):
        end = event_time(row["event_dtend"], tzid)
        if isinstance(end, datetime) != isinstance(start, datetime):
            raise CalendarError("event_dtstart and event_dtend must both be dates"
                                f" or both date-times, not {row['event_dtstart']!r}"
                                f" and {row['event_dtend']!r}")
        event.add("dtend", end)
    elif row.get("event_duration"):
        try:
            event.add("duration", icalendar.vDuration.from_ical(str(row["event_duration"])))
        except ValueError:
            raise CalendarError(f"event_duration {row['event_duration']!r} is not ISO 8601")
    if row.get("event_description"):
        event.add("description", str(row["event_description"]))
    return event


def calendar_of(rows: Iterable[Mapping[str, Any]], title: str = "",
                stamp: datetime | None = None) -> icalendar.Calendar:
    """The VCALENDAR for the rows, named `title` (X-WR-CALNAME) when there is one."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    if title:
        calendar.add("x-wr-calname", title)
    stamp = stamp or datetime.now(timezone.utc).replace(microsecond=0)
    for row in rows:
        calendar.add_component(event_from_row(row, stamp))
    calendar.add_missing_timezones()
    return calendar


def calendar_title(datasette, request, database: str, table: str | None,
                   query_name: str | None, data: Mapping[str, Any]) -> str:
    """As datasette-ics named it: a canned query's title, else `_ics_title`, else the
    table name and the filter in words."""
    if query_name:
        queries = (datasette.metadata(database=database) or {}).get("queries") or {}
        if isinstance(queries.get(query_name), dict) and queries[query_name].get("title"):
            return queries[query_name]["title"]
    title = request.args.get("_ics_title") or table or ""
    if data.get("human_description_en"):
        title += ": " + data["human_description_en"]
    return title


def render_ics(datasette, request, database, table, rows, columns, query_name, data):
    from datasette.views.base import DatasetteError

    if not REQUIRED_COLUMNS.issubset(columns):
        raise DatasetteError("SQL query must return columns event_name, event_dtstart",
                             status=400)
    title = calendar_title(datasette, request, database, table, query_name, data)
    try:
        body = calendar_of([dict(zip(columns, row)) for row in rows], title).to_ical()
    except CalendarError as error:
        raise DatasetteError(f"Cannot write this calendar: {error}", status=400)
    plain = request.args.get("_plain")
    content_type = "text/plain" if plain else "text/calendar"
    return Response(body.decode("utf-8"), content_type=f"{content_type}; charset=utf-8")


def can_render_ics(columns) -> bool:
    return REQUIRED_COLUMNS.issubset(columns)


@hookimpl
def register_output_renderer():
    return {"extension": "ics", "render": render_ics, "can_render": can_render_ics}
