"""Corrections and decisions (`pipeline/corrections.py`, `pipeline/notes.py`) on a real database.

Unit tests use `NameSpotter`, a fake extractor that finds the names it is told about, so they
check what the store does with corrections without loading spaCy. The tests marked `real` run
the same steps with spaCy (and one with Whisper tiny.en on real speech).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FakeTranscriber, copy_sample
from pipeline import corrections
from pipeline.cli import cli
from pipeline.errors import MemoError, NotFound, QueryError
from pipeline.ingest import Ingestor
from pipeline.notes import NoteResult, add_note, parse_when
from pipeline.records import (
    AudioInfo,
    Event,
    Extraction,
    FollowUp,
    Memo,
    Mention,
    Segment,
    Transcript,
    name_key,
)
from pipeline.search import search
from pipeline.store import Store

WHEN = dt.datetime(2026, 11, 20, 10, 0)
TEXT = (
    "Met Dan Rowlinson from Age Concern at the WhatsApp meetup. "
    "Email Dan Rowlinson on Friday about the grant. "
    "Rowlinson wants the figures."
)


class NameSpotter:
    """A fake extractor: the names it knows (or the vocabulary's) wherever they are written,
    and a follow-up for each sentence that starts with "Email"."""

    def __init__(self, names: dict[str, str] | None = None) -> None:
        self.names = names or {
            "Dan Rowlinson": "person",
            "Dan Rawlinson": "person",
            "Dan Rawlins": "person",
            "Age Concern": "org",
            "WhatsApp": "org",
            "Kevin Brooks": "person",
        }
        self.calls = 0

    def extract(self, transcript, recorded_at, vocabulary=()):
        self.calls += 1
        known = dict(self.names)
        for t in vocabulary:
            if getattr(t, "kind", None):
                known.setdefault(t.text, t.kind)
        mentions, followups, events = [], [], []
        for s in transcript.segments:
            found = []
            for name, kind in known.items():
                for m in re.finditer(rf"\b{re.escape(name)}\b", s.text):
                    found.append((m.start(), name, kind))
            for _, name, kind in sorted(found):
                mentions.append(Mention(kind, name, name_key(name), name, s.idx, s.start_s))
            if s.text.startswith("Email"):
                person = next((n for _, n, k in sorted(found) if k == "person"), None)
                followups.append(FollowUp(s.text, None, person, s.idx, s.start_s))
            if "fair" in s.text:
                events.append(Event(s.text, WHEN.date(), None, "fair", s.idx, s.start_s))
        return Extraction(
            mentions=tuple(mentions), followups=tuple(followups), events=tuple(events)
        )


def transcript(text: str) -> Transcript:
    parts = [p.strip() for p in re.split(r"(?<=\.)\s+", text) if p.strip()]
    segs = tuple(Segment(i, 2.0 * i, 2.0 * i + 2, p) for i, p in enumerate(parts))
    return Transcript(segs, "en", 1.0, 2.0 * len(segs), "fake")


def save(store: Store, text: str, sha: str = "a" * 64, *, replace: bool = False) -> int:
    """What ingest does for a memo: the user's fixes, extraction, one transaction."""
    t = corrections.transcript_fixes(store, sha, transcript(text))
    info = AudioInfo(f"/audio/{sha[:6]}.m4a", sha, 100, t.duration_s, WHEN, "filename")
    return store.save(Memo(info, "done", t, NameSpotter().extract(t, WHEN)), replace=replace)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path / "memo.db")
    yield s
    s.close()


def hits(store: Store, query: str, **filters) -> list[int]:
    return [h.memo_id for h in search(store.db, query, memos=True, **filters)]


def texts(store: Store, memo_id: int) -> list[str]:
    return [s["text"] for s in store.get_memo(memo_id)["segments"]]


def names(store: Store, memo_id: int) -> set[str]:
    return {e["name"] for e in store.get_memo(memo_id)["entities"]}


# -- rename ------------------------------------------------------------------------------------


def test_rename_corrects_transcripts_keeps_the_old_spelling_and_feeds_the_vocabulary(store):
    memo_id = save(store, TEXT)
    r = corrections.rename(store, "Dan Rowlinson", "Dan Rawlinson")
    assert (r.old, r.new, r.kind, r.merged, r.memos_corrected) == (
        "Dan Rowlinson",
        "Dan Rawlinson",
        "person",
        False,
        (memo_id,),
    )
    assert texts(store, memo_id) == [
        "Met Dan Rawlinson from Age Concern at the WhatsApp meetup.",
        "Email Dan Rawlinson on Friday about the grant.",
        "Rawlinson wants the figures.",
    ]
    assert "Rowlinson" not in store.get_memo(memo_id)["text"]
    # The search index follows the text; the old spelling still names him in filters.
    assert hits(store, "Rawlinson figures") == [memo_id]
    assert hits(store, "grant", person="Rowlinson") == [memo_id]
    assert hits(store, "grant", person="Dan Rowlinson") == [memo_id]
    assert store.find_entity("Dan Rowlinson")["name"] == "Dan Rawlinson"
    assert store.get_memo(memo_id)["followups"][0]["text"].startswith("Email Dan Rawlinson")
    assert ("Dan Rawlinson", "person") in {(w.text, w.kind) for w in store.words()}
    assert "Dan Rawlinson" in (store.vocabulary().hotwords() or "")


def test_rename_holds_for_later_memos_and_reprocessing(store):
    first = save(store, TEXT)
    corrections.rename(store, "Dan Rowlinson", "Dan Rawlinson")
    # Processed again: the transcript comes back misspelt and is corrected before extraction.
    assert save(store, TEXT, replace=True) == first
    assert "Dan Rawlinson" in names(store, first) and "Dan Rowlinson" not in names(store, first)
    # A later memo that Whisper spells the old way lands on him, spelt right.
    later = save(store, "Coffee with Dan Rowlinson again.", "b" * 64)
    assert texts(store, later) == ["Coffee with Dan Rawlinson again."]
    people = store.people()
    assert [p.name for p in people] == ["Dan Rawlinson"] and people[0].memos == 2


def test_rename_onto_an_existing_name_merges(store):
    # Spellings further apart than a mishearing, which saving joins by itself (identity.py).
    a = save(store, "Met Dan Rowlinson today.", "a" * 64)
    b = save(store, "Met Dan Rawlins today.", "b" * 64)
    r = corrections.rename(store, "Dan Rowlinson", "Dan Rawlins")
    assert r.merged and r.new == "Dan Rawlins" and r.memos_corrected == (a,)
    assert [(p.name, p.memos) for p in store.people()] == [("Dan Rawlins", 2)]
    assert texts(store, b) == ["Met Dan Rawlins today."]


def test_rename_by_a_unique_part_changes_that_part(store):
    save(store, TEXT)
    r = corrections.rename(store, "Rowlinson", "Rawlinson")
    assert (r.old, r.new) == ("Dan Rowlinson", "Dan Rawlinson")


def test_rename_corrects_spellings_not_added_words(store):
    memo_id = save(store, "Met Kevin Brooks today.")
    r = corrections.rename(store, "Kevin Brooks", "Kevin Brooks-Smith")
    assert r.memos_corrected == (memo_id,)  # "Brooks" -> "Brooks-Smith" is a spelling
    assert texts(store, memo_id) == ["Met Kevin Brooks-Smith today."]
    r = corrections.rename(store, "Kevin Brooks-Smith", "Dr Kevin Brooks-Smith Jr")
    assert r.memos_corrected == ()


@pytest.mark.parametrize(
    ("old", "new", "error"),
    [
        ("Nobody Here", "Someone", NotFound),
        ("Dan Rowlinson", "Dan Rowlinson", QueryError),
        ("  ", "Dan", QueryError),
        ("Dan Rowlinson", "...", QueryError),
    ],
)
def test_rename_refuses_bad_input_in_one_line(store, old, new, error):
    save(store, TEXT)
    with pytest.raises(error) as e:
        corrections.rename(store, old, new)
    assert "\n" not in str(e.value)
    assert names(store, 1) >= {"Dan Rowlinson"}


# -- fix ---------------------------------------------------------------------------------------


def test_fix_corrects_one_memo_and_extracts_it_again(store):
    memo_id = save(store, TEXT)
    other = save(store, "Rowlinson again.", "b" * 64)
    spotter = NameSpotter()
    r = corrections.fix_text(store, memo_id, "Rowlinson", "Rawlinson", extractor=spotter)
    assert spotter.calls == 1
    assert (r.segments, r.people, r.followups) == (3, ("Dan Rawlinson",), 1)
    assert texts(store, memo_id)[2] == "Rawlinson wants the figures."
    assert texts(store, other) == ["Rowlinson again."]  # one memo only
    assert hits(store, "Rawlinson") == [memo_id]
    assert hits(store, "Rowlinson") == [other]
    assert "Rawlinson" in {w.text for w in store.words()}
    # Processed again (a better model, say): the fix is applied before extraction.
    save(store, TEXT, replace=True)
    assert texts(store, memo_id)[0] == "Met Dan Rawlinson from Age Concern at the WhatsApp meetup."
    assert "Dan Rawlinson" in names(store, memo_id)


def test_fix_matches_case_aside_only_when_not_found_as_written(store):
    memo_id = save(store, TEXT)
    r = corrections.fix_text(store, memo_id, "rowlinson", "Rawlinson", extractor=NameSpotter())
    assert r.segments == 3
    assert store.text_fixes(memo_id) == [("Rowlinson", "Rawlinson")]


def test_fix_of_a_common_word_does_not_join_the_vocabulary(store):
    memo_id = save(store, TEXT)
    corrections.fix_text(store, memo_id, "meetup", "meet-up", extractor=NameSpotter())
    assert store.words() == []
    assert texts(store, memo_id)[0].endswith("WhatsApp meet-up.")


@pytest.mark.parametrize(
    ("memo_id", "old", "new", "error", "says"),
    [
        (1, "Smith", "Smyth", QueryError, "not in memo 1"),
        (1, "", "x", QueryError, "give the words"),
        (1, "grant", "  ", QueryError, "memo forget"),
        (1, "grant", "grant", QueryError, "same"),
        (99, "a", "b", NotFound, "no memo with id 99"),
    ],
)
def test_fix_refuses_bad_input_and_changes_nothing(store, memo_id, old, new, error, says):
    save(store, TEXT)
    spotter = NameSpotter()
    with pytest.raises(error, match=says):
        corrections.fix_text(store, memo_id, old, new, extractor=spotter)
    assert spotter.calls == 0
    assert texts(store, 1)[0].startswith("Met Dan Rowlinson")


# -- forget ------------------------------------------------------------------------------------


def test_forget_takes_a_name_out_and_it_never_comes_back(store):
    memo_id = save(store, TEXT)
    r = corrections.forget(store, "whatsapp")
    assert (r.name, r.kind, r.memos) == ("WhatsApp", "org", (memo_id,))
    assert names(store, memo_id) == {"Dan Rowlinson", "Age Concern"}
    assert [o.name for o in store.orgs()] == ["Age Concern"]
    save(store, TEXT, replace=True)  # processed again
    later = save(store, "The WhatsApp group again.", "b" * 64)
    assert "WhatsApp" not in names(store, memo_id) | names(store, later)
    assert store.reader.dismissed() == ["WhatsApp"]
    with pytest.raises(NotFound, match="no person, organisation or place called exactly"):
        corrections.forget(store, "WhatsApp")
    assert corrections.unforget(store, "WhatsApp").name == "WhatsApp"
    save(store, TEXT, replace=True)
    assert "WhatsApp" in names(store, memo_id)


def test_forget_a_person_clears_their_follow_ups_person(store):
    memo_id = save(store, TEXT)
    corrections.forget(store, "Dan Rowlinson")
    f = store.get_memo(memo_id)["followups"]
    assert len(f) == 1 and f[0]["person"] is None
    assert store.people() == []


def test_forget_wants_an_exact_name(store):
    save(store, TEXT)
    with pytest.raises(NotFound):
        corrections.forget(store, "Rowlinson")  # a part of a name is not enough
    assert names(store, 1) >= {"Dan Rowlinson"}


# -- merge, done -------------------------------------------------------------------------------


def test_merge_goes_through_corrections_and_feeds_the_vocabulary(store):
    save(store, "Met Dan Rowlinson today.", "a" * 64)
    save(store, "Met Dan Rawlins today.", "b" * 64)
    r = corrections.merge(store, "Dan Rowlinson", "Dan Rawlins")
    assert (r.kind, r.merged, r.into, r.mentions) == ("person", "Dan Rowlinson", "Dan Rawlins", 1)
    assert ("Dan Rawlins", "person") in {(w.text, w.kind) for w in store.words()}


def test_done_survives_reprocessing_with_its_id(store):
    memo_id = save(store, TEXT)
    (f,) = store.get_memo(memo_id)["followups"]
    item = corrections.set_done(store, f["id"], True)
    assert item.status == "done"
    save(store, "Another memo. Email Kevin Brooks about the pilot.", "b" * 64)
    save(store, TEXT, replace=True)
    (again,) = store.get_memo(memo_id)["followups"]
    assert (again["id"], again["status"]) == (f["id"], "done")
    # A better model hears it a little differently: still the same promise.
    save(store, TEXT.replace("about the grant", "about that grant"), replace=True)
    (again,) = store.get_memo(memo_id)["followups"]
    assert (again["id"], again["status"]) == (f["id"], "done")
    # Reopened is a decision too.
    corrections.set_done(store, f["id"], False)
    save(store, TEXT, replace=True)
    assert store.get_memo(memo_id)["followups"][0]["status"] == "open"
    with pytest.raises(NotFound):
        corrections.set_done(store, 999, True)


def test_done_survives_a_fix_that_changes_the_promise(store):
    memo_id = save(store, TEXT)
    (f,) = store.get_memo(memo_id)["followups"]
    corrections.set_done(store, f["id"], True)
    corrections.fix_text(store, memo_id, "Rowlinson", "Rawlinson", extractor=NameSpotter())
    (again,) = store.get_memo(memo_id)["followups"]
    assert (again["id"], again["status"], again["person"]) == (f["id"], "done", "Dan Rawlinson")


# -- tags and triage ---------------------------------------------------------------------------


def test_tags_are_normalised_added_removed_and_filter_the_list(store):
    a = save(store, TEXT, "a" * 64)
    b = save(store, "Met Kevin Brooks today.", "b" * 64)
    assert corrections.tag(store, a, ["Idea", "#School Run"]) == ("idea", "school-run")
    assert corrections.tag(store, a, ["idea"]) == ("idea", "school-run")  # idempotent
    assert corrections.tag(store, b, ["idea"]) == ("idea",)
    assert corrections.tag(store, a, remove=["school-run"]) == ("idea",)
    assert [m.id for m in store.reader.memos(tag="idea")] == [b, a]
    assert store.reader.memo(a).tags == ("idea",)
    assert [(t.tag, t.memos) for t in store.reader.tags()] == [("idea", 2)]
    save(store, TEXT, "a" * 64, replace=True)
    assert store.reader.memo(a).tags == ("idea",)
    for bad in ("", "-x", "a b/c", "x" * 41):
        with pytest.raises(QueryError):
            corrections.tag(store, a, [bad])
    with pytest.raises(QueryError, match="both added and removed"):
        corrections.tag(store, a, ["x"], ["x"])
    with pytest.raises(NotFound):
        corrections.tag(store, 99, ["idea"])


def test_triage_marks_filter_the_list(store):
    a = save(store, TEXT, "a" * 64)
    b = save(store, "Met Kevin Brooks today.", "b" * 64)
    c = save(store, "Nothing much.", "c" * 64)
    assert corrections.triage(store, a, "forward") == corrections.TriageResult(a, "forward")
    corrections.triage(store, b, "park")
    corrections.triage(store, b, "forward")
    corrections.triage(store, c, "park")
    corrections.triage(store, c, None)

    def ids(mark):
        return sorted(m.id for m in store.reader.memos(triage=mark))

    assert (ids("forward"), ids("park"), ids("undecided")) == ([a, b], [], [c])
    assert store.get_memo(a)["triage"] == "forward" and store.get_memo(c)["triage"] is None
    with pytest.raises(QueryError, match="forward, park or undecided"):
        corrections.triage(store, a, "later")
    with pytest.raises(NotFound):
        corrections.triage(store, 99, "park")


# -- notes -------------------------------------------------------------------------------------


def test_a_note_is_a_memo_found_by_search_and_added_once(store):
    spotter = NameSpotter()
    r = add_note(store, TEXT, at=WHEN, extractor=spotter)
    assert r.new and r.people == ("Dan Rowlinson",)
    memo = store.get_memo(r.memo_id)
    assert (memo["path"], memo["filename"], memo["model"], memo["duration_s"]) == (
        None,
        "typed note",
        "typed",
        0.0,
    )
    assert memo["recorded_at"] == "2026-11-20T10:00:00" and len(memo["segments"]) == 3
    assert hits(store, "figures") == [r.memo_id]
    assert add_note(store, f"  {TEXT}\n", at=WHEN, extractor=spotter) == NoteResult(
        r.memo_id, False
    )
    assert spotter.calls == 1
    assert add_note(store, TEXT, at=WHEN.replace(hour=11), extractor=spotter).new
    with pytest.raises(QueryError, match="nothing to note"):
        add_note(store, " \n ", extractor=spotter)


def test_parse_when():
    now = dt.datetime(2026, 11, 27, 10, 0)
    assert parse_when("2026-11-25 14:30", now) == dt.datetime(2026, 11, 25, 14, 30)
    assert parse_when("2026-11-25", now) == dt.datetime(2026, 11, 25, 12, 0)
    assert parse_when("yesterday 9:15", now) == dt.datetime(2026, 11, 26, 9, 15)
    assert parse_when("monday 6pm", now) == dt.datetime(2026, 11, 23, 18, 0)
    assert parse_when("14:30", now) == dt.datetime(2026, 11, 27, 14, 30)
    for bad in ("bogus", "", "tomorrow 25:00"):
        with pytest.raises(QueryError):
            parse_when(bad, now)


# -- re-processing through the real Ingestor ---------------------------------------------------


def test_ingest_force_keeps_every_decision(tmp_path, tone_wav):
    db = tmp_path / "memo.db"
    store = Store.open(db)
    ingestor = Ingestor(store, transcriber=FakeTranscriber(TEXT), extractor=NameSpotter())
    (r,) = ingestor.ingest([tone_wav])
    memo_id = r.memo_id
    (f,) = store.get_memo(memo_id)["followups"]
    corrections.set_done(store, f["id"], True)
    corrections.rename(store, "Dan Rowlinson", "Dan Rawlinson")
    corrections.forget(store, "WhatsApp")
    corrections.fix_text(store, memo_id, "Age Concern", "Age UK", extractor=NameSpotter({}))
    corrections.tag(store, memo_id, ["idea"])
    corrections.triage(store, memo_id, "forward")
    before = store.get_memo(memo_id)

    again = Ingestor(store, transcriber=FakeTranscriber(TEXT), extractor=NameSpotter(), force=True)
    (r2,) = again.ingest([tone_wav])
    assert r2.memo_id == memo_id
    after = store.get_memo(memo_id)
    assert [s["text"] for s in after["segments"]] == [s["text"] for s in before["segments"]]
    assert after["segments"][0]["text"] == "Met Dan Rawlinson from Age UK at the WhatsApp meetup."
    assert {e["name"] for e in after["entities"]} == {"Dan Rawlinson"}
    assert [(x["id"], x["status"]) for x in after["followups"]] == [(f["id"], "done")]
    assert (after["tags"], after["triage"]) == (("idea",), "forward")
    ingestor.close()
    again.close()
    store.close()


# -- CLI ---------------------------------------------------------------------------------------


@pytest.fixture
def cli_db(tmp_path: Path) -> Path:
    db = tmp_path / "cli.db"
    s = Store.open(db)
    save(s, TEXT, "a" * 64)
    save(s, "Met Kevin Brooks today. Email Kevin Brooks about the pilot.", "b" * 64)
    s.close()
    return db


def run(db: Path, *args: str, input: str | None = None):
    return CliRunner().invoke(cli, ["--db", str(db), *args], input=input)


def test_cli_rename_forget_and_merge(cli_db):
    r = run(cli_db, "rename", "Dan Rowlinson", "Dan Rawlinson")
    assert r.exit_code == 0, r.output
    assert (
        r.output
        == "renamed Dan Rowlinson to Dan Rawlinson (person); transcripts corrected: memos 1\n"
    )
    r = run(cli_db, "search", "grant", "--person", "Rowlinson", "--json")
    assert [h["memo_id"] for h in json.loads(r.output)] == [1]
    # Either spelling finds the corrected transcript: the old one as a close match.
    for spelling in ("Rawlinson", "Rowlinson"):
        r = run(cli_db, "search", spelling, "--memos", "--json")
        assert [h["memo_id"] for h in json.loads(r.output)] == [1], spelling
    r = run(cli_db, "forget", "WhatsApp", "--json")
    assert json.loads(r.output) == {"name": "WhatsApp", "kind": "org", "memos": [1]}
    r = run(cli_db, "forget", "WhatsApp")
    assert r.exit_code == 1 and r.output.count("\n") == 1 and "Error: no person" in r.output
    assert run(cli_db, "forget", "--list").output == "WhatsApp\n"
    r = run(cli_db, "forget", "--undo", "whatsapp")
    assert r.output == "WhatsApp may be found again in memos processed from now on\n"
    assert json.loads(run(cli_db, "forget", "--list", "--json").output) == []
    r = run(cli_db, "forget", "--undo", "whatsapp")
    assert r.exit_code == 1 and "was not forgotten" in r.output
    assert run(cli_db, "forget").exit_code == 2
    r = run(cli_db, "merge", "Dan Rawlinson", "Kevin Brooks")
    assert r.exit_code == 0 and r.output.startswith("merged Dan Rawlinson into Kevin Brooks")
    r = run(cli_db, "rename", "Nobody", "X")
    assert r.exit_code == 1 and r.output.startswith("Error: no person")


def test_cli_tag_triage_list_and_show(cli_db):
    r = run(cli_db, "tag", "1", "idea", "+School", "--json")
    assert json.loads(r.output) == ["idea", "school"]
    r = run(cli_db, "tag", "1", "-school")
    assert r.output == "memo 1: #idea\n"
    r = run(cli_db, "tag", "2", "idea", "draft")
    r = run(cli_db, "tag", "2", "--remove", "draft")
    assert r.output == "memo 2: #idea\n"
    assert run(cli_db, "tag", "2").output == "memo 2: #idea\n"
    r = run(cli_db, "tag", "2", "--typo")
    assert r.exit_code == 2 and "No such option '--typo'" in r.output
    r = run(cli_db, "tag", "9", "idea")
    assert r.exit_code == 1 and "no memo with id 9" in r.output
    assert run(cli_db, "triage", "1", "forward").output == "memo 1: take forward\n"
    assert run(cli_db, "triage", "2", "park").output == "memo 2: parked\n"
    assert run(cli_db, "triage", "2", "clear").output == "memo 2: undecided\n"
    r = run(cli_db, "triage", "2", "later")
    assert r.exit_code == 2
    r = run(cli_db, "list", "--tag", "#Idea", "--triage", "forward")
    assert r.exit_code == 0 and r.output.count("\n") == 1
    assert r.output.rstrip().endswith("#idea [forward]")
    r = run(cli_db, "list", "--triage", "undecided", "--json")
    assert [(m["id"], m["tags"], m["triage"]) for m in json.loads(r.output)] == [
        (2, ["idea"], None)
    ]
    r = run(cli_db, "show", "1")
    assert "#idea [forward]" in r.output.splitlines()[2]
    assert json.loads(run(cli_db, "show", "1", "--json").output)["tags"] == ["idea"]
    r = run(cli_db, "tags")
    assert r.output == "#idea  (2 memos)\n"


@pytest.mark.parametrize(
    "args", [("list", "--tag", "Idea", "--triage", "park"), ("tags",), ("forget", "--list")]
)
def test_reading_marks_imports_nothing_heavy(cli_db, args):
    import subprocess
    import sys

    heavy = ("faster_whisper", "ctranslate2", "spacy", "numpy", "sqlite_utils", "torch")
    script = f"""
import atexit, json, runpy, sys
atexit.register(lambda: print(json.dumps(sorted(m for m in {heavy!r} if m in sys.modules))))
sys.argv = ["memo", "--db", {str(cli_db)!r}, *{list(args)!r}]
runpy.run_module("pipeline", run_name="__main__")
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_cli_done_is_kept_as_a_decision(cli_db):
    r = run(cli_db, "done", "1", "--json")
    assert json.loads(r.output)["status"] == "done"
    s = Store.open(cli_db)
    save(s, TEXT, "a" * 64, replace=True)
    assert s.get_memo(1)["followups"][0]["status"] == "done"
    s.close()


# -- real spaCy --------------------------------------------------------------------------------

# The name to dismiss must be one the real extractor finds. The package NER took
# "Grumbleweed" (an expo's name) for an organisation; the taught NER and the rules no longer
# do, so the user here dismisses "Age Concern", an organisation they do not want kept: the
# flow (gone from the memo, kept out when processed again and from later memos) is the same.
REAL_TEXT = TEXT.replace("the WhatsApp meetup", "the Grumbleweed expo")
DISMISSED = "Age Concern"


@pytest.mark.real
def test_cli_note_fix_and_forget_with_real_spacy(tmp_path):
    db = tmp_path / "real.db"
    r = run(db, "note", "--at", "2026-11-20 10:00", "-", input=REAL_TEXT + "\n")
    assert r.exit_code == 0, r.output
    assert r.output == "added memo 1 (people: Dan Rowlinson)\n"
    r = run(db, "note", "--at", "2026-11-20 10:00", REAL_TEXT, "--json")
    memo = json.loads(r.output)
    assert memo["id"] == 1 and memo["path"] is None and len(memo["segments"]) == 3
    assert any(f["due"] == "2026-11-27" for f in memo["followups"])  # "on Friday"
    r = run(db, "fix", "1", "Rowlinson", "Rawlinson")
    assert r.exit_code == 0, r.output
    assert r.output.startswith(
        "memo 1: 'Rowlinson' -> 'Rawlinson' in 3 segments; now Dan Rawlinson"
    )
    shown = json.loads(run(db, "show", "1", "--json").output)
    assert {e["name"] for e in shown["entities"] if e["kind"] == "person"} == {"Dan Rawlinson"}
    assert json.loads(run(db, "search", "Rawlinson", "--json").output)[0]["memo_id"] == 1
    assert run(db, "forget", DISMISSED).exit_code == 0
    # A later note: the fixed spelling is in the vocabulary, the dismissed name stays out.
    r = run(
        db,
        "note",
        "--at",
        "2026-11-21 09:00",
        "Saw Dan Rawlinson from Age Concern at the Grumbleweed expo. The grant is fine.",
    )
    assert r.output == "added memo 2 (people: Dan Rawlinson)\n"
    assert DISMISSED not in {
        e["name"] for e in json.loads(run(db, "show", "2", "--json").output)["entities"]
    }
    r = run(db, "note", "  ")
    assert r.exit_code == 1 and "nothing to note" in r.output
    r = run(db, "play", "1")
    assert r.exit_code == 1 and r.output == "Error: memo 1 is a typed note: it has no audio\n"
    r = run(db, "note", "--at", "someday", "x")
    assert r.exit_code == 1 and "is not a time" in r.output


@pytest.mark.real
def test_decisions_survive_reprocessing_with_real_spacy(tmp_path, tone_wav):
    from pipeline.extract import SpacyExtractor

    spacy = SpacyExtractor()
    store = Store.open(tmp_path / "memo.db")
    first = Ingestor(store, transcriber=FakeTranscriber(REAL_TEXT), extractor=spacy)
    (r,) = first.ingest([tone_wav])
    memo_id = r.memo_id
    assert "Dan Rowlinson" in names(store, memo_id)
    (f,) = store.get_memo(memo_id)["followups"]
    corrections.set_done(store, f["id"], True)
    corrections.rename(store, "Dan Rowlinson", "Dan Rawlinson")
    dismissed = corrections.forget(store, DISMISSED)
    assert dismissed.memos == (memo_id,)
    corrections.tag(store, memo_id, ["grant"])
    corrections.triage(store, memo_id, "park")

    again = Ingestor(store, transcriber=FakeTranscriber(REAL_TEXT), extractor=spacy, force=True)
    (r2,) = again.ingest([tone_wav])
    after = store.get_memo(memo_id)
    assert r2.memo_id == memo_id
    assert "Dan Rawlinson" in names(store, memo_id)
    assert not names(store, memo_id) & {"Dan Rowlinson", DISMISSED}
    assert [(x["id"], x["status"]) for x in after["followups"]] == [(f["id"], "done")]
    assert (after["tags"], after["triage"]) == (("grant",), "park")

    # A later memo in which Whisper spells him the old way, with the dismissed name again.
    later_text = (
        "Call with Dan Rowlinson from Age Concern at the Grumbleweed expo again. Rowlinson is keen."
    )
    later = Ingestor(store, transcriber=FakeTranscriber(later_text), extractor=spacy)
    other = tmp_path / "other.wav"
    other.write_bytes(tone_wav.read_bytes() + b"\0\0")  # other bytes, another memo
    (r3,) = later.ingest([other])
    assert r3.memo_id != memo_id
    assert (
        texts(store, r3.memo_id)[0]
        == "Call with Dan Rawlinson from Age Concern at the Grumbleweed expo again."
    )
    assert DISMISSED not in names(store, r3.memo_id)
    assert [(p.name, p.memos) for p in store.people()] == [("Dan Rawlinson", 2)]
    for i in (first, again, later):
        i.close()
    store.close()


# -- real audio, real Whisper -----------------------------------------------------------------


@pytest.mark.real
@pytest.mark.slow
def test_ingest_force_keeps_the_decisions_on_real_speech(tmp_path):
    """The sample "Met Kevin Brooks ... at the Post Office ... email Kevin on the third of
    December about a pilot", through the CLI with Whisper tiny.en, twice."""
    audio = copy_sample("20261118_173512.m4a", tmp_path / "in")
    db = tmp_path / "memo.db"
    r = run(db, "ingest", "--fast", str(audio))
    assert r.exit_code == 0, r.output
    memo = json.loads(run(db, "show", "1", "--json").output)
    people = {e["name"] for e in memo["entities"] if e["kind"] == "person"}
    assert "Kevin Brooks" in people, memo["text"]
    (f,) = [f for f in memo["followups"] if "pilot" in f["text"].lower()]
    assert run(db, "done", str(f["id"])).exit_code == 0
    assert run(db, "rename", "Kevin Brooks", "Kevin Brookes").exit_code == 0
    assert run(db, "tag", "1", "pilot").exit_code == 0
    assert run(db, "triage", "1", "forward").exit_code == 0
    others = {e["name"] for e in memo["entities"]} - {"Kevin Brooks"}
    forgotten = sorted(others)[0] if others else None
    if forgotten:
        assert run(db, "forget", forgotten).exit_code == 0

    r = run(db, "ingest", "--fast", "--force", str(audio))
    assert r.exit_code == 0, r.output
    after = json.loads(run(db, "show", "1", "--json").output)
    names_after = {e["name"] for e in after["entities"]}
    assert "Kevin Brookes" in names_after and "Kevin Brooks" not in names_after
    assert forgotten not in names_after
    assert "Brookes" in after["text"] and "Kevin Brooks" not in after["text"]
    assert [(x["id"], x["status"]) for x in after["followups"] if x["id"] == f["id"]] == [
        (f["id"], "done")
    ]
    assert (after["tags"], after["triage"]) == (["pilot"], "forward")
    hits = json.loads(run(db, "search", "pilot", "--person", "Kevin Brooks", "--json").output)
    assert [h["memo_id"] for h in hits] == [1]


def test_errors_are_memo_errors():
    assert issubclass(corrections.CorrectionError, MemoError)


@pytest.mark.parametrize(
    ("old", "new", "fixes"),
    [
        (
            "Dan Rowlinson",
            "Dan Rawlinson",
            [("Dan Rowlinson", "Dan Rawlinson"), ("Rowlinson", "Rawlinson")],
        ),
        ("Rowlinson", "Dan Rawlinson", [("Rowlinson", "Rawlinson")]),
        ("Kev", "Kevin Brooks", [("Kev", "Kevin")]),
        ("Will Smith", "Wil Smith", [("Will Smith", "Wil Smith")]),  # never "Will" alone
        ("Tom", "Tom Fletcher", []),
        ("Tom", "Zebedee", []),  # not a spelling of it: nothing said is changed
    ],
)
def test_spelling_fixes(old, new, fixes):
    from pipeline.textfix import spelling_fixes

    assert spelling_fixes(old, new) == fixes


def test_replace_words_is_whole_words_case_as_given_and_idempotent():
    from pipeline.textfix import replace_words

    text = "Will you see Will Smith? will-o Willow. Brooks-Smith and Brooks's"
    assert replace_words(text, "Will", "Wil") == (
        "Wil you see Wil Smith? will-o Willow. Brooks-Smith and Brooks's"
    )
    once = replace_words(text, "Brooks", "Brooks-Smith")
    assert once.endswith("Brooks-Smith and Brooks-Smith's")
    assert replace_words(once, "Brooks", "Brooks-Smith") == once
    assert replace_words("Dan\n Rowlinson", "Dan Rowlinson", "Dan Rawlinson") == "Dan Rawlinson"


def test_rename_back_to_the_old_spelling(store):
    memo_id = save(store, TEXT)
    corrections.rename(store, "Dan Rowlinson", "Dan Rawlinson")
    r = corrections.rename(store, "Dan Rawlinson", "Dan Rowlinson")
    assert (r.new, r.merged) == ("Dan Rowlinson", False)
    assert texts(store, memo_id)[0].startswith("Met Dan Rowlinson")
    assert [p.name for p in store.people()] == ["Dan Rowlinson"]
    assert store.find_entity("Dan Rawlinson")["name"] == "Dan Rowlinson"
    # Processed again: both fixes apply in order, so it ends as the user last said.
    save(store, TEXT, replace=True)
    assert texts(store, memo_id)[0].startswith("Met Dan Rowlinson")
    assert names(store, memo_id) >= {"Dan Rowlinson"}


def test_decisions_go_to_the_exact_text_before_a_similar_one():
    from pipeline.store import _Decisions
    from pipeline.textfix import followup_key

    done = "Email Kevin about the pilot on Friday."
    rows = [{"key": followup_key(done), "text": done, "status": "done"}]
    similar = "Email Kevin about the pilots on Friday."
    assert _Decisions(rows).assign([similar, done]) == [None, rows[0]]
    assert _Decisions(rows).assign([similar, "Call Tom."]) == [rows[0], None]
    assert _Decisions(rows).assign(["Book the hall for the fair."]) == [None]


def test_line_fixes():
    from pipeline.textfix import line_fixes

    assert line_fixes(
        "Met Dan Rowlinson, from Age Concern.", "Met Dan Rawlinson, from Age UK!"
    ) == [
        ("Rowlinson", "Rawlinson"),
        ("Concern", "UK"),
    ]
    assert line_fixes("a good idea", "a very good idea") == [("a good", "a very good")]
    assert line_fixes("Ask the vicar.", "Ask a vicar.") == [("Ask the vicar", "Ask a vicar")]
    assert line_fixes("Same words.", "Same words!") == []


def test_fix_line_sets_the_line_and_its_words_stick(store):
    memo_id = save(store, TEXT)
    other = save(store, "Met Dan Rowlinson again.", "b" * 64)
    spotter = NameSpotter()
    r = corrections.fix_line(
        store,
        memo_id,
        0,
        "Met Dan Rawlinson, from Age UK at the WhatsApp meet-up!",
        extractor=spotter,
    )
    assert spotter.calls == 1 and r.segments == 3
    assert texts(store, memo_id)[0] == "Met Dan Rawlinson, from Age UK at the WhatsApp meet-up!"
    # The changed words are fixes of this memo: its other lines and a re-processing get them.
    assert texts(store, memo_id)[1:] == [
        "Email Dan Rawlinson on Friday about the grant.",
        "Rawlinson wants the figures.",
    ]
    assert texts(store, other) == ["Met Dan Rowlinson again."]
    assert "Rawlinson" in {w.text for w in store.words()}
    save(store, TEXT, replace=True)
    assert texts(store, memo_id)[0] == "Met Dan Rawlinson from Age UK at the WhatsApp meet-up."
    with pytest.raises(NotFound, match="has no line 9"):
        corrections.fix_line(store, memo_id, 9, "x", extractor=spotter)
    with pytest.raises(QueryError, match="empty"):
        corrections.fix_line(store, memo_id, 0, "  ", extractor=spotter)
    with pytest.raises(QueryError, match="unchanged"):
        corrections.fix_line(store, memo_id, 1, texts(store, memo_id)[1], extractor=spotter)


def test_rename_and_forget_by_entity_id(store):
    memo_id = save(store, TEXT)
    dan = store.entity_named("Dan Rowlinson", ["person"])
    r = corrections.rename(store, "", "Dan Rawlinson", entity_id=dan["id"])
    assert (r.entity_id, r.new) == (dan["id"], "Dan Rawlinson")
    app = store.entity_named("WhatsApp", ["org"])
    assert corrections.forget(store, "", entity_id=app["id"]).memos == (memo_id,)
    with pytest.raises(NotFound):
        corrections.rename(store, "", "X", entity_id=999)


def test_a_typed_note_exports_without_a_recording_and_with_its_tags(tmp_path):
    db = tmp_path / "notes.db"
    s = Store.open(db)
    memo_id = add_note(s, TEXT, at=WHEN, extractor=NameSpotter()).memo_id
    corrections.tag(s, memo_id, ["idea"])
    s.close()
    vault = tmp_path / "vault"
    r = run(db, "export", str(memo_id), "--format", "obsidian", "--to", str(vault))
    assert r.exit_code == 0, r.output
    (note,) = (vault / "Memos").glob("*.md")
    text = note.read_text()
    assert "*Typed note: no recording.*" in text and 'tags: ["memo", "idea"]' in text
    r = run(db, "export", str(memo_id), "--format", "markdown")
    assert r.exit_code == 0 and "Typed note (`memo note`): no recording." in r.output
    assert run(db, "play", str(memo_id)).output.startswith("Error: memo 1 is a typed note")


def test_fix_rebuilds_events_once(store):
    memo_id = save(store, TEXT + " The Rowlinson fair is on Saturday.")

    def events():
        return store.db.execute("select text from events where memo_id = ?", [memo_id]).fetchall()

    assert len(events()) == 1
    corrections.fix_text(store, memo_id, "Rowlinson", "Rawlinson", extractor=NameSpotter())
    assert events() == [("The Rawlinson fair is on Saturday.",)]
