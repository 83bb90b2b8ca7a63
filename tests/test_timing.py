"""Times to the sentence: what `memo ingest` stores on a real recording with the real model.

One 80-s recording made of the sample memos, 1 s apart, so where each memo starts is known:
a search for words of its first sentence must point at most a few seconds before the
sample starts, never after.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest

pytestmark = [pytest.mark.real, pytest.mark.slow]

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SR = 16000
# (sample, words from its first sentence to search for): where the sample starts is known.
PARTS = [
    ("Voice_20261119_213045.3gp", None),
    ("PTT-20261121-WA0004.ogg", "quick"),
    ("Recording 2026-11-20 08.15.40.mp3", "victoria"),
    ("audio_2026-11-23_07-45-10.webm", None),
    ("Recording_20261124_123005.flac", "school gates"),
]


def memo(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=600,
    )


def onset(samples: np.ndarray) -> float:
    """Where sound starts: the first 10 ms louder than a tenth of the loudest."""
    frames = samples[: len(samples) // 160 * 160].reshape(-1, 160)
    rms = np.sqrt((frames**2).mean(axis=1))
    return float(np.argmax(rms > 0.1 * rms.max())) / 100


@pytest.fixture(scope="module")
def recording(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, float]]:
    from pipeline.audio import decode

    pieces, starts, pos = [], {}, 0.0
    gap = np.zeros(SR, np.float32)
    for name, phrase in PARTS:
        samples = decode(SAMPLES / name)
        if phrase:
            starts[phrase] = pos + onset(samples)
        pieces += [samples, gap]
        pos += (len(samples) + len(gap)) / SR
    path = tmp_path_factory.mktemp("timing") / "20261126_090000.wav"
    pcm = (np.clip(np.concatenate(pieces), -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes(pcm.tobytes())
    return path, starts


def segments(db: Path) -> list[tuple[int, float, float, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("select memo_id, start_s, end_s, text from segments").fetchall()


def check_times(db: Path, starts: dict[str, float]) -> None:
    rows = segments(db)
    lengths = [end - start for _, start, end, _ in rows]
    assert len(rows) >= 12, rows  # about a sentence each, not one per 30-s window
    assert max(lengths) <= 12.0, rows
    for phrase, said_at in starts.items():
        result = memo(db, "search", phrase, "--json")
        assert result.returncode == 0, result.stderr
        hit = json.loads(result.stdout)[0]
        assert said_at - 3.0 <= hit["start_s"] <= said_at + 0.2, (phrase, said_at, hit)


def test_sentence_times_by_default_and_after_force_with_a_glossary(
    tmp_path: Path, recording: tuple[Path, dict[str, float]]
) -> None:
    path, starts = recording
    db = tmp_path / "memo.db"
    result = memo(db, "ingest", str(path))
    assert result.returncode == 0, result.stderr
    check_times(db, starts)
    # A database that knows names prompts Whisper with them; that prompt used to make
    # Whisper time whole 30-s windows, so `--force --accurate` stored 30-s segments.
    for name in ("Priya Shah", "Tom Fletcher", "Helen Marsh", "Amir Khan", "Sarah Collins"):
        assert memo(db, "vocab", "add", name).returncode == 0
    for flags in (["--force"], ["--force", "--accurate"]):
        result = memo(db, "ingest", *flags, str(path))
        assert result.returncode == 0, result.stderr
        assert {row[0] for row in segments(db)} == {1}  # replaced in place
        check_times(db, starts)
    with sqlite3.connect(db) as conn:  # --accurate's word times were stored: replaced
        assert conn.execute("select count(*) from segments where words is null").fetchone()[0] == 0
