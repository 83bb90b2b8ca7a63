"""Search that forgives: British/American spellings, one word or two, names a letter or
two off; exact hits first, close ones after and marked; suggestions when nothing matches."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_read import make_memo

from pipeline import search as s
from pipeline.cli import cli
from pipeline.read import Reader
from pipeline.store import Store

TEXTS = {
    1: ["We reviewed the safe guarding policy with the head.", "Nothing else."],
    2: ["Meet at the touch-line at ten on Saturday."],
    3: ["The program for the neighborhood center starts soon."],
    4: ["Kevin Brooks is organizing the fundraiser.", "Siobhan Kearney will help."],
    5: ["The programme was agreed at the referral meeting."],
    6: ["Our safeguarding lead called back."],
    7: ["The touchline was muddy on Sunday."],
}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "memo.db"
    store = Store.open(path)
    for n, texts in TEXTS.items():
        people = ("Kevin Brooks", "Siobhan Kearney") if n == 4 else ()
        store.save(make_memo(n, dt.datetime(2026, 11, n, 9), texts, people=people))
    store.close()
    return path


def found(db: Path, query: str) -> list[tuple[int, str, str | None]]:
    with Reader.open(db) as reader:
        return [(h.memo_id, h.match, h.variant) for h in reader.search(query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("safeguarding", [(6, "exact", None), (1, "close", "safe guarding")]),
        ('"safe guarding"', [(1, "exact", None), (6, "close", "safeguarding")]),
        ("safe-guarding", [(1, "exact", None), (6, "close", "safeguarding")]),
        ("touchline", [(7, "exact", None), (2, "close", "touch-line")]),
        ("safe guarding", [(1, "exact", None), (6, "close", "safeguarding")]),
        ("touch line", [(2, "exact", None), (7, "close", "touchline")]),
        ("touch line -muddy", [(2, "exact", None)]),
        ("neighbourhood", [(3, "close", "neighborhood")]),
        ("centre", [(3, "close", "center")]),
        ("organise fundraiser", [(4, "close", "organizing, fundraiser")]),
        ("programme", [(5, "exact", None), (3, "close", "program")]),
        ("program", [(3, "exact", None), (5, "close", "programme")]),
        ("Kevinn", [(4, "close", "kevin")]),
        ("Siobhan Kearny", [(4, "close", "siobhan, kearney")]),
        ("Shiobhan Kearny", [(4, "close", "siobhan, kearney")]),
    ],
)
def test_close_matches_come_after_exact_ones_and_say_so(
    db: Path, query: str, expected: list[tuple[int, str, str | None]]
) -> None:
    assert found(db, query) == expected


def test_variants_never_widen_exclusions_or_prefixes(db: Path) -> None:
    assert found(db, "safeguarding -lead") == [(1, "close", "safe guarding")]
    assert found(db, "progr*") == [(5, "exact", None), (3, "exact", None)]
    assert found(db, "kev") == []  # too short to be a name one letter off


@pytest.mark.parametrize(
    "query",
    ['colour" OR NEAR(', "centre*) AND (", "-programme", "neighbour:hood^", "organise\x00 *"],
)
def test_hostile_input_with_variants_is_still_safe(db: Path, query: str) -> None:
    with Reader.open(db) as reader, contextlib.suppress(s.QueryError):
        reader.search(query)


def test_spelling_rules() -> None:
    assert "program" in s.spellings("programme")
    assert "programme" in s.spellings("program")
    assert "neighborhood" in s.spellings("neighbourhood")
    assert "neighbourhood" in s.spellings("neighborhood")
    assert "organize" in s.spellings("organise")
    assert "organisation" in s.spellings("organization")
    assert "center" in s.spellings("centre") and "centre" in s.spellings("center")
    assert "traveled" in s.spellings("travelled") and "travelled" in s.spellings("traveled")
    assert "pediatric" in s.spellings("paediatric")
    assert "gray" in s.spellings("grey")
    assert s.spellings("doctor") == [] or "doctour" not in s.spellings("doctor")
    assert s.compounds("touch-line") == ["touchline"]
    assert "safe guarding" in s.compounds("safeguarding")
    assert s.distance("kearny", "kearney", 2) == 1
    assert s.distance("abc", "xyzuvw", 2) == 3


def test_nothing_matches_suggests_the_nearest_words(db: Path) -> None:
    with Reader.open(db) as reader:
        assert reader.search("refferal") == []
        assert reader.suggest("refferal")[0] == "referral"
        assert "siobhan" in reader.suggest("Siobahn")
    result = CliRunner().invoke(cli, ["--db", str(db), "search", "fundraser", "zzzzqq"])
    assert result.exit_code == 0
    assert result.stderr.strip() == "no matches; nearest words in your memos: fundraiser"


def test_cli_marks_close_matches(db: Path) -> None:
    r = CliRunner().invoke(cli, ["--db", str(db), "search", "touchline"])
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[-1].endswith("(close match: touch-line)")
    r = CliRunner().invoke(cli, ["--db", str(db), "search", "programme", "--json"])
    hits = json.loads(r.stdout)
    assert [(h["memo_id"], h["match"], h["variant"]) for h in hits] == [
        (5, "exact", None),
        (3, "close", "program"),
    ]
