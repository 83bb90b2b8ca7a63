"""`memo list` for the week (filters, people, first words), a quiet end when piped into
`head`, and `memo play` failing with a reason."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_read import make_memo

from pipeline.cli import cli
from pipeline.records import AudioInfo, Memo
from pipeline.store import Store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def week(tmp_path: Path) -> Path:
    """Five memos over a week, saved out of recording order."""
    db = tmp_path / "week.db"
    store = Store.open(db)
    days = [3, 1, 5, 2, 4]
    for n, day in enumerate(days, 1):
        store.save(
            make_memo(
                n,
                dt.datetime(2026, 11, 20 + day, 9, 0),
                [f"Day {day} note about the pilot with more words to cut short here and now."],
                people=("Kevin Brooks",) if day % 2 else ("Zoë Hart",),
                orgs=("Post Office",) if day == 3 else (),
            )
        )
    store.save(make_memo(9, dt.datetime(2026, 11, 26, 9), [], status="failed"))
    store.close()
    return db


def memo(db: Path, *args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, ["--db", str(db), *args])
    return r.exit_code, r.stdout, r.stderr


def test_list_sorts_by_recording_time_and_shows_people_and_first_words(week: Path) -> None:
    code, out, err = memo(week, "list")
    assert code == 0, err
    lines = out.splitlines()
    assert [line.split()[2] for line in lines] == [
        "09:00",
    ] * 6
    assert [line.split()[1] for line in lines] == [
        "2026-11-26", "2026-11-25", "2026-11-24", "2026-11-23", "2026-11-22", "2026-11-21",
    ]  # fmt: skip
    assert "failed: permission denied" in lines[0]
    assert lines[1].endswith(
        "Kevin Brooks: Day 5 note about the pilot with more words to cut short …"
    )
    assert "Kevin Brooks, Post Office: Day 3" in lines[3]


@pytest.mark.parametrize(
    ("args", "days"),
    [
        (["--since", "2026-11-23"], [5, 4, 3]),
        (["--until", "2026-11-22"], [2, 1]),
        (["--since", "2026-11-22", "--until", "2026-11-24"], [4, 3, 2]),
        (["--person", "kevin"], [5, 3, 1]),
        (["--person", "Zoe", "--since", "2026-11-23"], [4]),
        (["--org", "the Post Office"], [3]),
    ],
)
def test_list_filters(week: Path, args: list[str], days: list[int]) -> None:
    code, out, err = memo(week, "list", "--status", "done", *args, "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert [int(r["recorded_at"][8:10]) - 20 for r in rows] == days
    assert all(r["preview"].startswith("Day ") for r in rows)


def test_list_piped_into_head_closes_quietly(tmp_path: Path) -> None:
    db = tmp_path / "many.db"
    store = Store.open(db)
    for n in range(1, 3001):
        store.save(make_memo(n, dt.datetime(2026, 1, 1) + dt.timedelta(hours=n), ["Hello there."]))
    store.close()
    memo_cmd = [sys.executable, "-m", "pipeline", "--db", str(db)]
    for args in (["list"], ["list", "--json"], ["search", "hello", "--limit", "1000"]):
        shell = " ".join(f"'{a}'" for a in [*memo_cmd, *args]) + " | head -n 1"
        done = subprocess.run(
            ["bash", "-c", shell],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
        assert done.stderr == "", done.stderr  # no `BrokenPipeError`, no traceback
        assert len(done.stdout.splitlines()) == 1


def _player(folder: Path, name: str, script: str) -> None:
    folder.mkdir(exist_ok=True)
    exe = folder / name
    exe.write_text("#!/bin/sh\n" + script)
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)


def test_play_fails_with_a_one_line_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    audio = tmp_path / "20261120_090000.m4a"
    audio.write_bytes(b"not really audio")
    db = tmp_path / "play.db"
    Store.open(db).save(
        Memo(
            AudioInfo(str(audio), "f" * 64, 16, 25.0, dt.datetime(2026, 11, 20, 9), "filename"),
            "empty",
        )
    )
    bin_dir = tmp_path / "bin"
    # A real executable standing in for mpv (the first player memo tries).
    _player(bin_dir, "mpv", 'echo "Failed to recognize file format." >&2\nexit 2\n')
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}/usr/bin:/bin")
    code, _out, err = memo(db, "play", "1")
    assert code == 1
    assert err.strip().splitlines()[-1] == (
        "Error: mpv could not play 20261120_090000.m4a (exit status 2): "
        "Failed to recognize file format."
    )
    _player(bin_dir, "mpv", "exit 0\n")
    code, _, err = memo(db, "play", "1", "--at", "3")
    assert code == 0, err
