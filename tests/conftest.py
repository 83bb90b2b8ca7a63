"""Shared fixtures: every test gets its own user dir and database; fakes for fast tests."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest

from pipeline.records import Segment, Transcript

if TYPE_CHECKING:
    from pipeline.extract import SpacyExtractor

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the user dir and database at a temp dir; keep the shared model store."""
    home = tmp_path / "home"
    monkeypatch.setenv("MEMO_HOME", str(home))
    monkeypatch.setenv("MEMO_DB", str(tmp_path / "memo.db"))
    monkeypatch.delenv("MEMO_MODEL", raising=False)
    return home


class FakeTranscriber:
    """Returns a fixed transcript (or one per call) without loading any model."""

    name = "fake"

    def __init__(
        self, text: str | Callable[[np.ndarray], str] = "hello world", workers: int = 1
    ) -> None:
        self.text = text
        self.workers = workers
        self.calls = 0

    def transcribe(self, samples, *, language=None, hotwords=None, on_progress=None):
        self.calls += 1
        text = self.text(samples) if callable(self.text) else self.text
        duration = len(samples) / 16000
        segments = tuple(
            Segment(i, i * 2.0, i * 2.0 + 2.0, sentence.strip() + ".")
            for i, sentence in enumerate(s for s in text.split(".") if s.strip())
        )
        if on_progress:
            on_progress(duration)
        return Transcript(segments, "en", 1.0, duration, self.name)


@pytest.fixture(scope="module")
def extractor() -> SpacyExtractor:
    """The real extractor, one per test module; imported here only when a test asks for it."""
    from pipeline.extract import SpacyExtractor

    return SpacyExtractor()


@pytest.fixture
def fake_transcriber() -> FakeTranscriber:
    return FakeTranscriber("Met Kevin Brooks at the Post Office. Email Kevin on Monday.")


def ffmpeg() -> str:
    from pipeline.audio import ffmpeg_exe

    return ffmpeg_exe()


@pytest.fixture(scope="session")
def tone_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two seconds of a 440 Hz tone: audible, not speech."""
    import subprocess

    out = tmp_path_factory.mktemp("audio") / "tone.wav"
    subprocess.run(
        [ffmpeg(), "-v", "error", "-f", "lavfi", "-i", "sine=frequency=440:duration=2",
         "-ar", "16000", "-ac", "1", str(out)],
        check=True,
    )  # fmt: skip
    return out


def copy_sample(name: str, dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(SAMPLES / name, dest / name))


def typed(text: str) -> Transcript:
    """Typed text as a transcript: one segment per sentence ending in a full stop, 3 s each, so
    a run-on stays one segment as Whisper leaves it."""
    parts = [p.strip() for p in text.replace(". ", ".\n").split("\n") if p.strip()]
    segments = tuple(Segment(i, 3.0 * i, 3.0 * i + 3, p) for i, p in enumerate(parts))
    return Transcript(segments, "en", 1.0, 3.0 * len(parts), "typed")
