"""Ingest orchestration with a fake transcriber: states, dedupe, failures, nothing lost."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import FakeTranscriber, ffmpeg
from pipeline.ingest import Ingestor, discover, is_candidate
from pipeline.records import Extraction
from pipeline.store import Store


class NoExtractor:
    def extract(self, transcript, recorded_at, vocabulary=()):
        return Extraction()


def ingestor(store: Store, text: str = "We talked about the pilot.") -> Ingestor:
    return Ingestor(store, transcriber=FakeTranscriber(text), extractor=NoExtractor())


@pytest.fixture
def silence_wav(tmp_path: Path) -> Path:
    out = tmp_path / "quiet.wav"
    subprocess.run(
        [
            ffmpeg(),
            "-v",
            "error",
            "-f",
            "lavfi",
            "-i",
            "anullsrc=r=16000:cl=mono",
            "-t",
            "3",
            str(out),
        ],
        check=True,
    )
    return out


def test_new_then_known_then_renamed_copy(tmp_path: Path, tone_wav: Path) -> None:
    store = Store.open(tmp_path / "m.db")
    ing = ingestor(store)
    first = ing.ingest_file(tone_wav)
    assert first.status == "new"
    assert ing.ingest_file(tone_wav).status == "known"
    copy = shutil.copy(tone_wav, tmp_path / "renamed copy.wav")
    again = ing.ingest_file(copy)
    assert (again.status, again.memo_id) == ("known", first.memo_id)
    assert store.db["memos"].count == 1
    assert ing.transcriber.calls == 1


def test_force_reprocesses_in_place(tmp_path: Path, tone_wav: Path) -> None:
    store = Store.open(tmp_path / "m.db")
    first = ingestor(store, "First words.").ingest_file(tone_wav)
    ing = Ingestor(
        store, transcriber=FakeTranscriber("Better words."), extractor=NoExtractor(), force=True
    )
    second = ing.ingest_file(tone_wav)
    assert second.memo_id == first.memo_id
    assert store.get_memo(first.memo_id)["text"] == "Better words."


def test_silence_is_an_empty_memo_not_invented_text(tmp_path: Path, silence_wav: Path) -> None:
    store = Store.open(tmp_path / "m.db")
    ing = ingestor(store, "Thank you.")
    result = ing.ingest_file(silence_wav)
    assert result.status == "empty"
    assert ing.transcriber.calls == 0
    assert store.get_memo(result.memo_id)["text"] == ""


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("zero.m4a", b"", "empty"),
        ("notes.mp3", b"these are my notes, not audio\n" * 20, "audio"),
    ],
)
def test_bad_files_are_failed_memos_with_a_reason(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    store = Store.open(tmp_path / "m.db")
    bad = tmp_path / name
    bad.write_bytes(content)
    result = ingestor(store).ingest_file(bad)
    assert result.status == "failed"
    assert reason in result.error
    assert "\n" not in result.error
    [row] = store.list_memos("failed")
    assert row["error"] == result.error
    # A failure is remembered: the same bytes are not retried in a loop.
    assert ingestor(store).ingest_file(bad).status == "known"


def test_batch_goes_on_after_a_failure(tmp_path: Path, tone_wav: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "broken.m4a").write_bytes(b"\x00" * 4000)
    shutil.copy(tone_wav, folder / "b.wav")
    subprocess.run(
        [ffmpeg(), "-v", "error", "-i", str(tone_wav), "-c:a", "aac", str(folder / "c.m4a")],
        check=True,
    )
    store = Store.open(tmp_path / "m.db")
    files, missing = discover([folder])
    results = list(ingestor(store).ingest(files))
    assert [r.status for r in results] == ["new", "failed", "new"]
    assert missing == []
    assert store.counts() == {"done": 2, "failed": 1}


def test_discover_skips_hidden_temp_and_non_audio(tmp_path: Path) -> None:
    for name in ["a.m4a", "B.MP3", ".hidden.m4a", "c.m4a.part", "d.tmp", "e.crdownload", "~$f.m4a",
                 "notes.txt", ".g.m4a.icloud", "h.opus", "sub/i.3gp", ".sync/j.m4a"]:  # fmt: skip
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b"x")
    files, missing = discover([tmp_path, tmp_path / "nope.m4a"])
    assert sorted(f.name for f in files) == ["B.MP3", "a.m4a", "h.opus", "i.3gp"]
    assert missing == [f"{tmp_path / 'nope.m4a'}: no such file or folder"]


def test_is_candidate_names() -> None:
    assert is_candidate(Path("Recording 2026-11-20 08.15.40.m4a"))
    assert not is_candidate(Path("song.m4a.part"))
    assert not is_candidate(Path("readme.md"))
