"""People, organisations, follow-ups, topics, digest and vocabulary: store and CLI.

Memos go through the real `Ingestor` and spaCy extractor with a scripted fake transcriber,
so what is checked is what `memo ingest` would store.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, ffmpeg
from pipeline.cli import cli
from pipeline.extract import SpacyExtractor
from pipeline.ingest import Ingestor
from pipeline.records import (
    AudioInfo,
    Extraction,
    FollowUp,
    Memo,
    Mention,
    Segment,
    Term,
    Transcript,
    Vocabulary,
)
from pipeline.store import Store

MEMOS = {
    # Monday 16 November 2026
    "20261116_093000.wav": "Met Kevin Brooks, head of information security at the Post "
    "Office. Email Kevin on the third of December about a pilot.",
    # Wednesday 18 November
    "20261118_120000.wav": "Spoke to Dr Helen Marsh after the concert. Helen works for the NHS "
    "as a consultant. Call Helen on Monday about the referral scheme.",
    # Friday 20 November
    "20261120_080000.wav": "Bumped into Tom Fletcher, the treasurer of Hackney Wick Football "
    "Club. Remember to ask Tom about the raffle prizes.",
    # Tuesday 24 November: "Kevin" alone is the Kevin Brooks already known.
    "20261124_180000.wav": "Kevin's pilot is approved. Met Helen Marsh again about the "
    "referral scheme. Send Kevin the slides tomorrow.",
}


class ScriptedTranscriber:
    """A fake transcriber that says the next memo's text and records the hotwords it got."""

    name = "fake"

    def __init__(self, texts: list[str]) -> None:
        self.texts = list(texts)
        self.hotwords: list[str | None] = []

    def transcribe(self, samples, *, language=None, hotwords=None, on_progress=None):
        self.hotwords.append(hotwords)
        text = self.texts.pop(0)
        segments = tuple(
            Segment(i, 2.0 * i, 2.0 * i + 2, s.strip() + ".")
            for i, s in enumerate(x for x in text.split(".") if x.strip())
        )
        return Transcript(segments, "en", 1.0, len(samples) / 16000, self.name)


@pytest.fixture(scope="session")
def tones(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """One distinct tone per memo (distinct bytes, so distinct memos), named by date."""
    folder = tmp_path_factory.mktemp("tones")
    out = []
    for i, name in enumerate(MEMOS):
        path = folder / name
        subprocess.run(
            [ffmpeg(), "-v", "error", "-f", "lavfi", "-i",
             f"sine=frequency={300 + 50 * i}:duration=1", "-ar", "16000", "-ac", "1", str(path)],
            check=True,
        )  # fmt: skip
        out.append(path)
    return out


def ingest(store: Store, paths: list[Path], texts: list[str], extractor: SpacyExtractor, **kw):
    transcriber = ScriptedTranscriber(texts)
    ing = Ingestor(store, transcriber=transcriber, extractor=extractor, **kw)
    try:
        results = list(ing.ingest(paths))
    finally:
        ing.close()
    assert all(r.status == "new" for r in results), results
    return transcriber


@pytest.fixture
def db(tmp_path: Path, tones: list[Path], extractor: SpacyExtractor) -> Path:
    path = tmp_path / "memo.db"
    store = Store.open(path)
    ingest(store, tones, list(MEMOS.values()), extractor)
    store.close()
    return path


def memo(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


def memo_json(db: Path, *args: str):
    code, out, err = memo(db, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_people_with_orgs_roles_counts_and_dates(db: Path) -> None:
    people = {p["name"]: p for p in memo_json(db, "people")}
    assert set(people) == {"Kevin Brooks", "Helen Marsh", "Tom Fletcher"}
    kevin = people["Kevin Brooks"]
    assert kevin["orgs"] == ["Post Office"]
    assert kevin["roles"] == ["head of information security"]
    assert kevin["memos"] == 2
    assert kevin["first_seen"].startswith("2026-11-16")
    assert kevin["last_seen"].startswith("2026-11-24")
    assert people["Helen Marsh"]["orgs"] == ["NHS"]
    assert people["Helen Marsh"]["roles"] == ["consultant"]
    assert people["Tom Fletcher"]["orgs"] == ["Hackney Wick Football Club"]

    code, out, _ = memo(db, "people")
    assert code == 0
    assert "Kevin Brooks: head of information security, Post Office  (2 memos" in out


def test_people_filtered_by_org(db: Path) -> None:
    assert [p["name"] for p in memo_json(db, "people", "--org", "the nhs")] == ["Helen Marsh"]
    code, _, err = memo(db, "people", "--org", "Acme")
    assert code == 1 and "no org called 'Acme'" in err


def test_person_everything_about_one_person(db: Path) -> None:
    kevin = memo_json(db, "person", "kevin")  # a first name is enough when unique
    assert kevin["name"] == "Kevin Brooks"
    assert [m["recorded_at"][:10] for m in kevin["memos"]] == ["2026-11-16", "2026-11-24"]
    snippets = [s["text"] for m in kevin["memos"] for s in m["snippets"]]
    assert "Kevin's pilot is approved." in snippets
    assert [(f["due"], f["person"]) for f in kevin["followups"]] == [
        ("2026-11-25", "Kevin Brooks"),
        ("2026-12-03", "Kevin Brooks"),
    ]
    # Titles, case and possessives do not matter.
    assert memo_json(db, "person", "DR. HELEN MARSH'S")["name"] == "Helen Marsh"
    code, out, _ = memo(db, "person", "Kevin Brooks")
    assert code == 0 and "[00:00] Met Kevin Brooks" in out


def test_person_unknown_or_ambiguous_is_one_line(db: Path, tmp_path: Path) -> None:
    code, _, err = memo(db, "person", "Zebedee")
    assert code == 1 and err.count("\n") == 1 and "memo people" in err
    store = Store.open(db)
    store.entity_id("person", "Tom Jones")
    store.close()
    code, _, err = memo(db, "person", "Tom")
    assert code == 1 and "could be any of" in err


def test_orgs(db: Path) -> None:
    orgs = {o["name"]: o for o in memo_json(db, "orgs")}
    assert orgs["Post Office"]["people"] == ["Kevin Brooks"]
    assert orgs["NHS"]["memos"] == 1
    assert set(orgs) == {"Post Office", "NHS", "Hackney Wick Football Club"}


def test_followups_open_by_due_date_undated_last(db: Path) -> None:
    found = memo_json(db, "followups")
    assert [(f["due"], f["person"]) for f in found] == [
        ("2026-11-23", "Helen Marsh"),
        ("2026-11-25", "Kevin Brooks"),
        ("2026-12-03", "Kevin Brooks"),
        (None, "Tom Fletcher"),
    ]
    for f in found:
        assert {"id", "text", "due", "person", "memo_id", "status"} <= set(f)
        assert f["status"] == "open"
    assert found[0]["text"] == "Call Helen on Monday about the referral scheme."

    before = memo_json(db, "followups", "--due-before", "2026-12-01")
    assert [f["due"] for f in before] == ["2026-11-23", "2026-11-25"]


def test_done_and_reopen(db: Path) -> None:
    first = memo_json(db, "followups")[0]
    done = memo_json(db, "done", str(first["id"]))
    assert done["status"] == "done"
    assert first["id"] not in {f["id"] for f in memo_json(db, "followups")}
    everything = memo_json(db, "followups", "--all")
    assert {f["id"]: f["status"] for f in everything}[first["id"]] == "done"
    assert memo_json(db, "reopen", str(first["id"]))["status"] == "open"
    assert memo_json(db, "followups")[0]["id"] == first["id"]
    code, _, err = memo(db, "done", "999")
    assert code == 1 and "no follow-up with id 999" in err


def test_topics_ranked_across_the_database(db: Path) -> None:
    topics = memo_json(db, "topics")
    phrases = [t["phrase"] for t in topics]
    assert "referral scheme" in phrases
    scheme = next(t for t in topics if t["phrase"] == "referral scheme")
    assert len(scheme["memo_ids"]) == 2
    assert phrases[0] == "referral scheme"  # in two memos, rare elsewhere
    later = memo_json(db, "topics", "--since", "2026-11-21")
    assert {i for t in later for i in t["memo_ids"]} == {4}
    for stop in ("morning", "guy", "helen", "kevin brooks"):
        assert stop not in phrases


def test_digest_markdown_for_a_week(db: Path) -> None:
    code, out, _ = memo(db, "digest", "--since", "2026-11-18", "--until", "2026-11-24")
    assert code == 0
    assert out.startswith("# Memo digest: 2026-11-18 to 2026-11-24")
    assert "3 memos recorded." in out
    people = out.split("## People met")[1].split("##")[0]
    assert "**Helen Marsh**: consultant, NHS (memo 2, 2026-11-18 12:00; memo 4" in people
    assert "**Kevin Brooks**" in people  # mentioned on the 24th
    followups = out.split("## Open follow-ups")[1].split("##")[0].strip().splitlines()
    assert followups[0].startswith("- **2026-11-23** Call Helen on Monday")
    assert "memo 2, 2026-11-18 12:00 at 00:04" in followups[0]
    assert followups[-1].startswith("- **no date** Remember to ask Tom")
    assert "## Topics" in out and "referral scheme" in out
    data = memo_json(db, "digest", "--since", "2026-11-18", "--until", "2026-11-24")
    assert [m["memo_id"] for m in data["memos"]] == [2, 3, 4]


def test_digest_defaults_to_the_last_seven_days(db: Path) -> None:
    data = memo_json(db, "digest")
    today = dt.date.today()
    assert data["until"] == today.isoformat()
    assert data["since"] == (today - dt.timedelta(days=6)).isoformat()


def _mention_memo(store: Store, name: str, sha: str) -> int:
    at = dt.datetime(2026, 11, 25, 9, 0)
    info = AudioInfo(f"/tmp/{sha}.wav", sha, 1, 2.0, at, "filename")
    t = Transcript((Segment(0, 0.0, 2.0, f"Met {name} at the gym."),), "en", 1.0, 2.0, "fake")
    ex = Extraction(
        mentions=(Mention("person", name, name.lower(), name, 0, 0.0),),
        followups=(FollowUp(f"Call {name}.", None, name, 0, 0.0),),
    )
    return store.save(Memo(info, "done", t, ex))


def test_merge_moves_everything_and_the_name_sticks(db: Path) -> None:
    store = Store.open(db)
    _mention_memo(store, "Kev", "a" * 64)
    store.close()
    assert "Kev" in {p["name"] for p in memo_json(db, "people")}
    result = memo_json(db, "merge", "Kev", "Kevin Brooks")
    assert (result["merged"], result["into"], result["mentions"], result["followups"]) == (
        "Kev",
        "Kevin Brooks",
        1,
        1,
    )
    people = {p["name"]: p for p in memo_json(db, "people")}
    assert "Kev" not in people and people["Kevin Brooks"]["memos"] == 3
    assert sum(f["person"] == "Kevin Brooks" for f in memo_json(db, "followups")) == 3
    # The next memo that says "Kev" lands on Kevin Brooks.
    store = Store.open(db)
    _mention_memo(store, "Kev", "b" * 64)
    store.close()
    people = {p["name"]: p for p in memo_json(db, "people")}
    assert "Kev" not in people and people["Kevin Brooks"]["memos"] == 4
    assert memo_json(db, "person", "kev")["name"] == "Kevin Brooks"
    code, _, err = memo(db, "merge", "Kevin Brooks", "Kevin Brooks")
    assert code == 1 and "already the same person" in err


def test_vocabulary_commands(db: Path) -> None:
    code, out, _ = memo(db, "vocab", "add", "Haringey", "--kind", "place")
    assert code == 0 and "added Haringey (place)" in out
    assert memo(db, "vocab", "add", "Siobhan Kearney", "hummus")[0] == 0
    words = memo_json(db, "vocab", "list")
    assert [(w["text"], w["kind"]) for w in words] == [
        ("Haringey", "place"),
        ("Siobhan Kearney", None),
        ("hummus", None),
    ]
    assert memo_json(db, "vocab", "add", "Tottenham", "--kind", "place")[0]["kind"] == "place"
    assert memo_json(db, "vocab", "remove", "tottenham") == ["tottenham"]
    assert memo(db, "vocab", "remove", "HUMMUS")[0] == 0
    code, _, err = memo(db, "vocab", "remove", "hummus")
    assert code == 1 and "not in the vocabulary" in err


def test_vocabulary_is_user_words_then_known_names_most_mentioned_first(db: Path) -> None:
    store = Store.open(db)
    store.add_word("Haringey", "place")
    vocab = store.vocabulary()
    texts = [t.text for t in vocab.terms]
    assert texts[0] == "Haringey"
    # Kevin Brooks and Helen Marsh are in two memos each; a first name alone is never a term.
    assert set(texts[1:3]) == {"Kevin Brooks", "Helen Marsh"}
    assert "Kevin" not in texts
    # Said in one memo only: it steers spaCy but is not yet a Whisper hotword.
    assert Term("Post Office", "org", heard=False) in vocab.terms
    assert "Post Office" not in (vocab.hotwords() or "")
    assert "Kevin Brooks" in (vocab.hotwords() or "")
    store.close()


def test_hotwords_are_capped() -> None:
    terms = tuple(Term(f"Name{i} Surname{i}", "person") for i in range(50))
    hot = Vocabulary(terms).hotwords(max_words=40)
    assert hot is not None and len(hot.split()) == 41  # "Glossary:" and 40 words of names
    assert hot.startswith("Glossary: Name0 Surname0, Name1 Surname1")
    assert Vocabulary().hotwords() is None


def test_names_heard_once_steer_spacy_and_twice_steer_whisper(
    tmp_path: Path, tones: list[Path], extractor: SpacyExtractor
) -> None:
    store = Store.open(tmp_path / "v.db")
    store.add_word("Ottavine Kearney", "person")
    texts = [
        "Met Kevin Brooks at the Post Office.",
        # lower case, and on no list of first names: only the patterns find her
        "met ottavine kearney and kevin brooks.",
        "Kevin Brooks rang back.",
    ]
    transcriber = ingest(store, tones[:3], texts, extractor)
    assert transcriber.hotwords[0] == "Glossary: Ottavine Kearney."
    # A name from one memo may be a mishearing: not fed back to Whisper until heard again.
    assert transcriber.hotwords[1] == "Glossary: Ottavine Kearney."
    assert transcriber.hotwords[2] == "Glossary: Ottavine Kearney, Kevin Brooks."
    second = store.get_memo(2)
    assert {e["name"] for e in second["entities"] if e["kind"] == "person"} == {
        "Ottavine Kearney",
        "Kevin Brooks",
    }
    # Vocabulary off: no hotwords, no patterns.
    off = Store.open(tmp_path / "off.db")
    transcriber = ingest(off, tones[:3], texts, extractor, vocabulary=Vocabulary)
    assert transcriber.hotwords == [None, None, None]
    assert "Ottavine Kearney" not in {e["name"] for e in off.get_memo(2)["entities"]}


def test_reprocessing_replaces_links_and_topics(
    db: Path, tones: list[Path], extractor: SpacyExtractor
) -> None:
    store = Store.open(db)
    links, topics = store.db["links"].count, store.db["topics"].count
    transcriber = ScriptedTranscriber(list(MEMOS.values()))
    ing = Ingestor(store, transcriber=transcriber, extractor=extractor, force=True)
    list(ing.ingest(tones))
    ing.close()
    assert (store.db["links"].count, store.db["topics"].count) == (links, topics)
    store.close()


@pytest.mark.parametrize(
    "args", [("people", "--json"), ("followups", "--json"), ("digest", "--json")]
)
def test_read_commands_do_not_load_models(db: Path, args: tuple[str, ...]) -> None:
    script = f"""
import atexit, json, runpy, sys
heavy = ("faster_whisper", "ctranslate2", "spacy", "torch")
atexit.register(lambda: print(json.dumps(sorted(m for m in heavy if m in sys.modules))))
sys.argv = ["memo", "--db", {str(db)!r}, *{list(args)!r}]
runpy.run_module("pipeline", run_name="__main__")
"""
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert out.returncode == 0, out.stderr
    *data, loaded = out.stdout.strip().splitlines()
    assert json.loads(loaded) == []
    assert json.loads("\n".join(data))
