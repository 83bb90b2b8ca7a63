"""Follow-ups and events as an iCalendar file (RFC 5545), for any calendar or task app.

A follow-up becomes a VTODO (DUE on its day when one was said, STATUS from open/done), an
event a VEVENT (an all-day event, or a one-hour one when a time was said). UIDs are stable
(`followup-<id>@memo`, `event-<id>@memo`), so importing the file again updates rather than
duplicates. Written with the `icalendar` library, imported only when a calendar is asked for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .read import EventItem, FollowUpItem

PRODID = "-//memo//voice memos//EN"


def _calendar() -> object:
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    return cal


def _stamp(recorded_at: str | None) -> dt.datetime:
    """DTSTAMP: when the memo that said it was recorded (naive local time, stored as UTC)."""
    when = dt.datetime.fromisoformat(recorded_at) if recorded_at else dt.datetime(2000, 1, 1)
    return when.replace(tzinfo=dt.timezone.utc)


def followups_ics(items: Iterable[FollowUpItem]) -> bytes:
    """The follow-ups as VTODOs."""
    from icalendar import Todo

    cal = _calendar()
    for f in items:
        todo = Todo()
        todo.add("uid", f"followup-{f.id}@memo")
        todo.add("dtstamp", _stamp(f.recorded_at))
        todo.add("summary", f.text)
        if f.due:
            todo.add("due", dt.date.fromisoformat(f.due))
        todo.add("status", "COMPLETED" if f.status == "done" else "NEEDS-ACTION")
        about = f"memo {f.memo_id}" + (f", about {f.person}" if f.person else "")
        todo.add("description", about)
        if f.person:
            todo.add("categories", [f.person])
        cal.add_component(todo)
    return cal.to_ical()  # type: ignore[attr-defined, no-any-return]


def events_ics(items: Iterable[EventItem]) -> bytes:
    """The events as VEVENTs: all-day, or an hour from the time said."""
    from icalendar import Event

    cal = _calendar()
    for e in items:
        ev = Event()
        ev.add("uid", f"event-{e.id}@memo")
        ev.add("dtstamp", _stamp(e.recorded_at))
        ev.add("summary", e.title or e.text)
        day = dt.date.fromisoformat(e.date)
        if e.time:
            hour, minute = (int(x) for x in e.time.split(":"))
            start = dt.datetime.combine(day, dt.time(hour, minute))
            ev.add("dtstart", start)
            ev.add("dtend", start + dt.timedelta(hours=1))
        else:
            ev.add("dtstart", day)
            ev.add("dtend", day + dt.timedelta(days=1))
        ev.add("description", f"{e.text} (memo {e.memo_id})")
        cal.add_component(ev)
    return cal.to_ical()  # type: ignore[attr-defined, no-any-return]
