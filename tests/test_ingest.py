"""Ingest orchestration with a fake transcriber: states, dedupe, failures, nothing lost."""

from __future__ import annotations

import shutil
import subprocess
import threading
import time
import wave
from pathlib import Path

import numpy as np
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
    found = discover([folder])
    results = list(ingestor(store).ingest(found.files))
    assert [r.status for r in results] == ["new", "failed", "new"]
    assert found.missing == found.skipped == []
    assert store.counts() == {"done": 2, "failed": 1}


class BrokenOnce:
    """An extractor with a bug that one transcript trips (as a rule reading past a memo's
    last word once did)."""

    calls = 0

    def extract(self, transcript, recorded_at, vocabulary=()):
        self.calls += 1
        if self.calls == 1:
            raise IndexError("[E040] Attempt to access token at 14, max length 14.")
        return Extraction()


def test_a_bug_in_extraction_fails_that_memo_keeps_its_transcript_and_goes_on(
    tmp_path: Path, tone_wav: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(tone_wav, folder / "a.wav")
    subprocess.run(
        [ffmpeg(), "-v", "error", "-i", str(tone_wav), "-c:a", "aac", str(folder / "b.m4a")],
        check=True,
    )
    store = Store.open(tmp_path / "m.db")
    heard = FakeTranscriber("Rang the council about the bins.")
    ing = Ingestor(store, transcriber=heard, extractor=BrokenOnce())
    results = list(ing.ingest(discover([folder]).files))
    assert [r.status for r in results] == ["failed", "new"]
    assert "IndexError" in results[0].error and "extract" in results[0].error
    [row] = store.list_memos("failed")
    assert store.get_memo(row["id"])["text"] == "Rang the council about the bins."


def test_discover_skips_hidden_temp_and_non_audio(tmp_path: Path) -> None:
    for name in ["a.m4a", "B.MP3", ".hidden.m4a", "c.m4a.part", "d.tmp", "e.crdownload", "~$f.m4a",
                 "notes.txt", ".g.m4a.icloud", "h.opus", "sub/i.3gp", ".sync/j.m4a"]:  # fmt: skip
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b"x")
    found = discover([tmp_path, tmp_path / "nope.m4a"])
    assert sorted(f.name for f in found.files) == ["B.MP3", "a.m4a", "h.opus", "i.3gp"]
    assert found.missing == [f"{tmp_path / 'nope.m4a'}: no such file or folder"]


def test_is_candidate_names() -> None:
    assert is_candidate(Path("Recording 2026-11-20 08.15.40.m4a"))
    assert not is_candidate(Path("song.m4a.part"))
    assert not is_candidate(Path("readme.md"))


class CountingTranscriber(FakeTranscriber):
    """Names each memo by its length, reports progress in steps, and records how many
    transcriptions ran at the same moment."""

    def __init__(self, workers: int, steps: int = 3, pause: float = 0.05) -> None:
        super().__init__(workers=workers)
        self.steps, self.pause = steps, pause
        self.active = self.most_active = 0
        self.lock = threading.Lock()

    def transcribe(self, samples, *, language=None, hotwords=None, on_progress=None):
        with self.lock:
            self.active += 1
            self.most_active = max(self.most_active, self.active)
        try:
            for i in range(self.steps):
                time.sleep(self.pause)
                if on_progress:
                    on_progress(float(i))
            self.text = f"Memo of {len(samples)} samples."
            return super().transcribe(samples, language=language)
        finally:
            with self.lock:
                self.active -= 1


def tones(folder: Path, count: int) -> list[Path]:
    """`count` distinct short recordings (different lengths, so different bytes)."""
    folder.mkdir()
    out = []
    for i in range(count):
        t = np.arange(16000 + 1600 * i) / 16000
        pcm = (0.3 * np.sin(2 * np.pi * 440 * t) * 32767).astype("<i2")
        path = folder / f"memo_{i:02d}.wav"
        with wave.open(str(path), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(16000)
            w.writeframes(pcm.tobytes())
        out.append(path)
    return out


def test_batch_transcribes_in_parallel_each_file_once(tmp_path: Path) -> None:
    files = tones(tmp_path / "in", 7)
    copy = shutil.copy(files[3], tmp_path / "in" / "copy of memo 3.wav")
    store = Store.open(tmp_path / "m.db")
    transcriber = CountingTranscriber(workers=2)
    seen: list[tuple[str, float]] = []
    ing = Ingestor(
        store,
        transcriber=transcriber,
        extractor=NoExtractor(),
        on_progress=lambda path, done, total: seen.append((path.name, done)),
    )
    try:
        results = list(ing.ingest([*files, copy, files[0]]))
    finally:
        ing.close()
    assert transcriber.most_active == 2
    # Reported as each finishes: every file once, copies and repeats as known.
    assert sorted(r.path for r in results) == sorted(map(str, [*files, copy, files[0]]))
    new = [r for r in results if r.status == "new"]
    known = [r for r in results if r.status == "known"]
    assert len(new) == 7 and len(known) == 2
    assert len({r.memo_id for r in new}) == 7
    assert {r.memo_id for r in known} <= {r.memo_id for r in new}
    assert store.db["memos"].count == 7
    # Each memo holds its own transcript, whichever worker made it.
    for r in new:
        memo = store.get_memo(r.memo_id)
        assert memo["filename"] == Path(r.path).name
        assert memo["text"] == f"Memo of {int(memo['duration_s'] * 16000)} samples."
    assert {name for name, _ in seen} >= {f.name for f in files}


def test_a_long_file_does_not_hold_up_the_short_ones(tmp_path: Path) -> None:
    files = tones(tmp_path / "in", 6)
    store = Store.open(tmp_path / "m.db")
    transcriber = CountingTranscriber(workers=2)
    slow_first = transcriber.transcribe
    others_done = threading.Semaphore(0)

    def transcribe(samples, **kwargs):
        if len(samples) == 16000:  # the first file: a long recording, still going while the
            for _ in range(5):  # other worker gets through the rest (however loaded the machine)
                others_done.acquire(timeout=30)
            time.sleep(0.3)  # and the last of them has been saved
            return slow_first(samples, **kwargs)
        result = slow_first(samples, **kwargs)
        others_done.release()
        return result

    transcriber.transcribe = transcribe
    ing = Ingestor(store, transcriber=transcriber, extractor=NoExtractor())
    order = [Path(r.path).name for r in ing.ingest(files)]
    ing.close()
    assert order[-1] == files[0].name  # the other worker got through the rest meanwhile
    assert sorted(order) == [f.name for f in files]


def test_one_at_a_time_unless_the_transcriber_has_workers(tmp_path: Path) -> None:
    files = tones(tmp_path / "in", 4)
    store = Store.open(tmp_path / "m.db")
    transcriber = CountingTranscriber(workers=1)
    ing = Ingestor(store, transcriber=transcriber, extractor=NoExtractor())
    assert [r.status for r in ing.ingest(files)] == ["new"] * 4
    ing.close()
    assert transcriber.most_active == 1


def test_abandoned_batch_stops_transcribing_and_saves_only_what_it_reported(
    tmp_path: Path,
) -> None:
    files = tones(tmp_path / "in", 6)
    store = Store.open(tmp_path / "m.db")
    slow = CountingTranscriber(workers=2, steps=200, pause=0.02)  # 4 s a file
    slow.steps = 1  # the first file is quick; the rest are slow until abandoned
    ing = Ingestor(store, transcriber=slow, extractor=NoExtractor())
    batch = ing.ingest(files)
    first = next(batch)
    slow.steps = 200
    started = time.monotonic()
    batch.close()  # what a KeyboardInterrupt in the caller's loop does
    ing.close()
    assert time.monotonic() - started < 2.0  # stopped at the next segment, not 4 s later
    assert first.status == "new"
    assert store.db["memos"].count == 1
    # Nothing was lost: a later run takes up the rest, exactly once.
    again = Ingestor(store, transcriber=CountingTranscriber(workers=2), extractor=NoExtractor())
    assert [r.status for r in again.ingest(files)] == ["known"] + ["new"] * 5
    again.close()
    assert store.db["memos"].count == 6


def test_plan_workers_spreads_files_before_threads() -> None:
    from pipeline.transcribe import MAX_WORKERS, plan_workers

    assert plan_workers(1, cores=2) == (1, 2)
    assert plan_workers(5, cores=2) == (2, 1)
    assert plan_workers(3, cores=8) == (3, 2)
    assert plan_workers(100, cores=16) == (MAX_WORKERS, 16 // MAX_WORKERS)
    assert plan_workers(0, cores=1) == (1, 1)


def test_long_recordings_are_not_decoded_ahead_beyond_the_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Decoded audio is bounded: past `MAX_HELD_S`, the next file waits to be decoded until
    earlier ones are transcribed (here every file is over budget, so one at a time)."""
    from pipeline import ingest as ingest_module

    monkeypatch.setattr(ingest_module, "MAX_HELD_S", 0.5)
    files = tones(tmp_path / "in", 5)
    store = Store.open(tmp_path / "m.db")
    transcriber = CountingTranscriber(workers=2)
    ing = Ingestor(store, transcriber=transcriber, extractor=NoExtractor())
    held: list[float] = []
    transcribe = transcriber.transcribe

    def watching(samples, **kwargs):
        held.append(ing._held_s)
        return transcribe(samples, **kwargs)

    transcriber.transcribe = watching
    assert [r.status for r in ing.ingest(files)] == ["new"] * 5
    ing.close()
    assert transcriber.most_active == 1
    assert max(held) <= 1.0 + 0.1 * 4 + 1e-6  # the longest file alone
    assert ing._held_s == pytest.approx(0.0)


class StuckTranscriber(FakeTranscriber):
    """Like Whisper deep in one 30-s window on a busy machine: no progress for `seconds`."""

    def __init__(self, seconds: float) -> None:
        super().__init__("A long memo.")
        self.seconds = seconds

    def transcribe(self, samples, *, language=None, hotwords=None, on_progress=None):
        time.sleep(self.seconds)
        return super().transcribe(samples, language=language, on_progress=on_progress)


def test_a_cancel_is_seen_within_a_tick_even_mid_window_and_nothing_is_saved(
    tmp_path: Path,
) -> None:
    from pipeline.errors import Cancelled
    from pipeline.ingest import Outcome, threads_left

    files = tones(tmp_path / "in", 2)
    store = Store.open(tmp_path / "m.db")
    ing = Ingestor(store, transcriber=StuckTranscriber(3.0), extractor=NoExtractor())
    threading.Timer(0.5, ing.cancel.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        ing.ingest_file(files[0])
    assert time.monotonic() - started < 1.5  # not the 3 s the window takes
    ing.close(wait_s=0)
    assert threads_left()  # the worker is left to end on its own (the CLI exits without it)
    batch = Ingestor(store, transcriber=StuckTranscriber(3.0), extractor=NoExtractor())
    batch.cancel.cancel(grace=10)  # asked, not yet due: nothing new starts, nothing is cut
    assert list(batch.ingest(files)) == []
    batch.close()
    assert store.db["memos"].count == 0
    quick = Ingestor(store, transcriber=FakeTranscriber(), extractor=NoExtractor())
    assert [r.status for r in quick.ingest(files)] == [Outcome.NEW, Outcome.NEW]
    quick.close()
