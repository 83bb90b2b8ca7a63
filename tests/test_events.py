"""Events and calendars: the events table, `memo events`, overdue follow-ups and `--ics` files
that a real iCalendar parser (the `icalendar` library) reads back."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.read import Reader
from pipeline.records import (
    AudioInfo,
    Event,
    Extraction,
    FollowUp,
    Memo,
    Mention,
    Segment,
    Transcript,
)
from pipeline.store import Store

RECORDED = dt.datetime(2026, 11, 2, 8, 40)
TEXT = (
    "Met Sunita Rao. The jumble sale is Saturday the fourteenth, doors open at ten. "
    "Sunita wants our accounts by Friday. Email the vicar about the hall."
)


def memo(extraction: Extraction, sha: str = "a" * 64) -> Memo:
    segments = (Segment(0, 0.0, 4.0, TEXT),)
    info = AudioInfo("20261102_084000.m4a", sha, 10, 4.0, RECORDED, "filename")
    return Memo(info, "done", Transcript(segments, "en", 1.0, 4.0, "test"), extraction)


EXTRACTION = Extraction(
    mentions=(Mention("person", "Sunita Rao", "sunita rao", "Sunita Rao", 0, 0.0),),
    followups=(
        FollowUp("Sunita wants our accounts by Friday.", dt.date(2026, 11, 6), "Sunita Rao", 0, 2),
        FollowUp("Email the vicar about the hall.", None, None, 0, 3.0),
    ),
    events=(
        Event("The jumble sale is Saturday the fourteenth.", dt.date(2026, 11, 14), "10:00",
              "jumble sale", 0, 1.0),
        Event("The carol concert is on the 13th.", dt.date(2026, 12, 13), None, "carol concert",
              0, 1.5),
    ),
)  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "memo.db"
    store = Store.open(path)
    store.save(memo(EXTRACTION))
    store.close()
    return path


def run(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


def test_events_are_stored_with_the_memo_and_replaced_on_reprocessing(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "memo.db")
    memo_id = store.save(memo(EXTRACTION))
    with Reader.open(tmp_path / "memo.db") as reader:
        assert [e.title for e in reader.events()] == ["jumble sale", "carol concert"]
        assert [e.memo_id for e in reader.events()] == [memo_id, memo_id]
    one = Extraction(events=EXTRACTION.events[1:])
    assert store.save(memo(one), replace=True) == memo_id
    with Reader.open(tmp_path / "memo.db") as reader:
        assert [(e.title, e.date, e.time) for e in reader.events()] == [
            ("carol concert", "2026-12-13", None)
        ]
        assert reader.events(since=dt.date(2026, 12, 14)) == []
        assert len(reader.events(until=dt.date(2026, 12, 13))) == 1


def test_memo_events_json_and_text(db: Path) -> None:
    code, out, _ = run(db, "events", "--json")
    assert code == 0
    got = json.loads(out)
    assert [(e["date"], e["time"], e["title"]) for e in got] == [
        ("2026-11-14", "10:00", "jumble sale"),
        ("2026-12-13", None, "carol concert"),
    ]
    code, out, _ = run(db, "events", "--since", "2026-12-01", "--until", "2026-12-31")
    assert code == 0
    assert "carol concert" in out and "jumble sale" not in out


def test_followups_past_their_day_are_overdue(db: Path) -> None:
    code, out, _ = run(db, "followups", "--json")
    assert code == 0
    got = {f["text"]: f["overdue"] for f in json.loads(out)}
    # Recorded in 2026 with a due date that has passed by the time anyone runs this test.
    assert got == {
        "Sunita wants our accounts by Friday.": dt.date.today() > dt.date(2026, 11, 6),
        "Email the vicar about the hall.": False,
    }
    with Reader.open(db) as reader:
        on_time = reader.followups(today=dt.date(2026, 11, 6))
        late = reader.followups(today=dt.date(2026, 11, 7))
    assert [f.overdue for f in on_time] == [False, False]
    assert [f.overdue for f in late] == [True, False]
    code, out, _ = run(db, "followups")
    line = next(x for x in out.splitlines() if "accounts" in x)
    assert line.endswith("(overdue)") == (dt.date.today() > dt.date(2026, 11, 6))


def test_followups_and_events_as_icalendar_files(db: Path, tmp_path: Path) -> None:
    from icalendar import Calendar

    todos_path, events_path = tmp_path / "todo.ics", tmp_path / "events.ics"
    code, _, err = run(db, "followups", "--ics", str(todos_path))
    assert code == 0 and "2 follow-ups" in err
    code, _, err = run(db, "events", "--ics", str(events_path))
    assert code == 0 and "2 events" in err

    todos = Calendar.from_ical(todos_path.read_bytes()).walk("VTODO")
    assert [str(t["SUMMARY"]) for t in todos] == [
        "Sunita wants our accounts by Friday.",
        "Email the vicar about the hall.",
    ]
    assert todos[0]["DUE"].dt == dt.date(2026, 11, 6)
    assert "DUE" not in todos[1]
    assert str(todos[0]["STATUS"]) == "NEEDS-ACTION"

    events = Calendar.from_ical(events_path.read_bytes()).walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == ["jumble sale", "carol concert"]
    assert events[0]["DTSTART"].dt == dt.datetime(2026, 11, 14, 10, 0)
    assert events[1]["DTSTART"].dt == dt.date(2026, 12, 13)
    assert len({str(e["UID"]) for e in events}) == 2

    code, out, _ = run(db, "events", "--ics", "-")
    assert code == 0 and out.startswith("BEGIN:VCALENDAR")


def test_an_unreadable_date_is_one_line(db: Path) -> None:
    code, _, err = run(db, "events", "--since", "the day the music died")
    assert code != 0
    assert len(err.strip().splitlines()) == 1 and "cannot read date" in err
