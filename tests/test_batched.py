"""The long-recording path's pieces, without a model (`pipeline/batched.py`).

The whole path runs on the real model in tests/test_timing.py (an 80-s recording, sentence
times) and tests/test_long_recordings.py (a French one).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pytest

from pipeline import batched

SR = batched.SAMPLE_RATE
BEGIN = 50364  # Whisper's first timestamp token, <|0.00|>


def ts(seconds: float) -> int:
    return BEGIN + round(seconds / batched.TIME_STEP_S)


@dataclass
class FwSegment:
    """The fields of faster-whisper's `Segment` that `Splice.restore` moves."""

    start: float
    end: float
    text: str
    words: list[Any] | None = None


def test_speech_windows_join_regions_up_to_30_s() -> None:
    speech = [(0.0, 5.0), (6.0, 20.0), (21.0, 29.0), (29.5, 40.0), (100.0, 101.0)]
    assert batched.speech_windows(speech) == [(0.0, 29.0), (29.5, 40.0), (100.0, 101.0)]
    assert batched.speech_windows([]) == []


def test_a_splice_cuts_out_the_silences_and_maps_times_back() -> None:
    samples = np.arange(100 * SR, dtype=np.float32)
    splice = batched.Splice(((10.0, 20.0), (50.0, 75.0), (80.0, 90.0)))
    audio = splice.audio(samples)
    assert len(audio) == 45 * SR
    assert audio[0] == 10 * SR and audio[10 * SR] == 50 * SR  # laid end to end
    # Windows of up to 30 s end where spans end; a span too long for the window is cut.
    assert splice.windows(30.0) == [(0.0, 10.0), (10.0, 35.0), (35.0, 45.0)]
    assert splice.windows(12.0) == [(0.0, 10.0), (10.0, 22.0), (22.0, 34.0), (34.0, 45.0)]
    assert splice.at(3.0) == 13.0 and splice.at(12.0) == 52.0 and splice.at(40.0) == 85.0
    # Spans are cut at whole samples: the windows never run past the audio.
    crumbs = batched.Splice(((0.0, 0.00003), (1.0, 1.00003), (2.0, 2.00003)))
    assert len(crumbs.audio(samples)) == 0 and crumbs.duration == 0.0
    assert all(b * SR <= len(crumbs.audio(samples)) for _, b in crumbs.windows(30.0))
    # A boundary starts the next span, or ends the one before.
    assert splice.at(10.0) == 50.0 and splice.at(10.0, end=True) == 20.0
    # A segment keeps its real length, the silence cut out and all.
    restored = splice.restore(FwSegment(8.0, 12.0, " across the cut"))
    assert (restored.start, restored.end, restored.text) == (18.0, 52.0, " across the cut")
    words = [FwSegment(8.0, 10.0, " across"), FwSegment(10.0, 12.0, " the cut")]
    restored = splice.restore(FwSegment(8.0, 12.0, " across the cut", words))
    assert [(w.start, w.end) for w in restored.words] == [(18.0, 20.0), (50.0, 52.0)]


def test_a_window_that_stopped_early_is_resumed_from_its_last_timestamp() -> None:
    text = [400, 401, 402]
    # Heard to 20 s of a 30-s window: resumed from <|20.00|>.
    tokens = [ts(0), *text, ts(12), ts(12), 403, ts(20)]
    assert batched.resume_point(tokens, BEGIN, 30.0) == ts(20)
    assert batched.resume_point([*tokens, ts(20)], BEGIN, 30.0) == ts(20)  # a lone start
    # Heard to (nearly) its end, no text at all, or a last segment left open: not resumed.
    assert batched.resume_point(tokens, BEGIN, 21.0) is None
    assert batched.resume_point([ts(0), ts(0)], BEGIN, 30.0) is None
    assert batched.resume_point([ts(0), *text], BEGIN, 30.0) is None
    # The new text follows the old, as one window's tokens.
    more = [ts(20), 404, 405, ts(27)]
    joined = batched.resumed([*tokens, ts(20)], more, ts(20), BEGIN)
    assert joined == [ts(0), *text, ts(12), ts(12), 403, ts(20), ts(20), 404, 405, ts(27)]
    assert batched.resumed(tokens, [ts(20)], ts(20), BEGIN) == tokens  # nothing new


def test_the_encoder_takes_at_most_a_few_windows_at_a_time() -> None:
    """A whole piece is searched at once, but encoded `ENCODE_BATCH` windows at a time (its
    activations are what a batch costs in memory), and the outputs come back in order."""
    pytest.importorskip("ctranslate2")
    seen: list[int] = []

    class Model:
        name = "a model"

        def encode(self, features: np.ndarray) -> np.ndarray:
            seen.append(len(features))
            return features[:, :1, :3] * 2  # a stand-in output, one row per window

    features = np.arange(19 * 2 * 4, dtype=np.float32).reshape(19, 2, 4)
    model = batched._ChunkedEncoder(Model())
    out = np.asarray(model.encode(features))
    assert seen == [8, 8, 3]
    np.testing.assert_array_equal(out, features[:, :1, :3] * 2)
    assert model.name == "a model"  # everything else is the model's own
    seen.clear()
    model.encode(features[:5])
    assert seen == [5]
