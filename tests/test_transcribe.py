"""WhisperTranscriber without a model: a stub records what is passed to faster-whisper."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from pipeline import transcribe
from pipeline.transcribe import PRESETS, DecodeSettings, WhisperTranscriber, split_points

SR = transcribe.SAMPLE_RATE


def seg(start: float, end: float, text: str, logprob: float = -0.2, no_speech: float = 0.01):
    return SimpleNamespace(
        start=start,
        end=end,
        text=text,
        avg_logprob=logprob,
        no_speech_prob=no_speech,
        words=None,
    )


@dataclass
class StubModel:
    """Stands in for faster_whisper.WhisperModel; returns `segments` for every call."""

    segments: list[Any] = field(default_factory=lambda: [seg(0.0, 1.5, " Hello there.")])
    multilingual: bool = False
    calls: list[dict[str, Any]] = field(default_factory=list)
    model: Any = None  # CTranslate2's Whisper: detects German

    def __post_init__(self) -> None:
        self.model = SimpleNamespace(
            is_multilingual=self.multilingual,
            detect_language=lambda output: [[("<|de|>", 0.9)] for _ in range(output.shape[0])],
        )

    def get_prompt(self, *args: Any, **kwargs: Any) -> list[int]:
        return []

    def transcribe(self, audio: np.ndarray, **kwargs: Any) -> tuple[Any, Any]:
        self.calls.append({"samples": len(audio), **kwargs})
        info = SimpleNamespace(
            language=kwargs["language"], language_probability=1.0, duration=len(audio) / SR
        )

        def segments() -> Any:
            if kwargs.get("multilingual"):  # as faster-whisper does, window by window
                self.model.detect_language(np.zeros((1, 1500, 512), np.float32))
            yield from self.segments

        return segments(), info


def make(stub: StubModel, preset: str = "default") -> WhisperTranscriber:
    t = WhisperTranscriber("tiny.en", settings=PRESETS[preset])
    t._model = stub
    return t


def test_shipped_settings_reach_faster_whisper() -> None:
    """Guards the shipped decoding options: changing them needs new figures in
    docs/benchmarks.md (python -m bench.eval), then this test."""
    stub = StubModel()
    make(stub).transcribe(np.zeros(SR * 5, np.float32))
    (call,) = stub.calls
    assert call["beam_size"] == 5
    assert call["vad_filter"] is True
    assert call["vad_parameters"] == {"threshold": 0.35}
    assert call["word_timestamps"] is False
    assert call["without_timestamps"] is False  # sentence-level segments
    assert call["condition_on_previous_text"] is True
    assert call["temperature"] == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
    assert call["language"] == "en"  # tiny.en cannot detect languages
    assert call["initial_prompt"] is None


def test_fast_and_accurate_presets() -> None:
    # --fast is the smaller model with the shipped settings (greedy base measured worse).
    assert transcribe.FAST_MODEL == "tiny.en"
    assert set(PRESETS) == {"default", "accurate"}
    stub = StubModel()
    make(stub, "accurate").transcribe(np.zeros(SR, np.float32))
    assert stub.calls[0]["beam_size"] == 5
    assert stub.calls[0]["vad_filter"] is True  # noise must stay empty in every preset
    assert stub.calls[0]["without_timestamps"] is False
    assert stub.calls[0]["word_timestamps"] is True  # --accurate adds word times
    assert PRESETS["accurate"].batch_size == 0  # and decodes long recordings in turn
    assert PRESETS["default"].batch_size == 16


def test_as_kwargs_are_plain_values() -> None:
    kwargs = DecodeSettings(beam_size=3).as_kwargs()
    assert kwargs["beam_size"] == 3
    assert isinstance(kwargs["temperature"], list)
    assert "batch_size" not in kwargs and "batch_over_s" not in kwargs  # not fw options


def test_glossary_is_given_as_timestamped_previous_text() -> None:
    """A bare-text glossary made Whisper write 30-s segments (docs/benchmarks.md)."""
    calls: list[tuple[Any, ...]] = []
    tokenizer = SimpleNamespace(
        timestamp_begin=1000, encode=lambda text: [ord(c) for c in text.strip()]
    )

    class Model:
        max_length = 448

        def get_prompt(self, *args: Any) -> list[int]:
            calls.append(args)
            return []

    model = Model()
    transcribe.keep_timestamps(model)
    model.get_prompt(tokenizer, [7, 8], False, None, "AB")
    model.get_prompt(tokenizer, [7, 8], without_timestamps=True, hotwords="AB")
    model.get_prompt(tokenizer, list(range(300)), hotwords="AB")
    (_, previous, _, _, hotwords), untouched, long = calls
    assert previous == [1000, 65, 66, 1000 + transcribe.GLOSSARY_END, 7, 8]
    assert hotwords is None
    assert untouched[1:] == ([7, 8], True, None, "AB")  # no timestamps asked: as it was
    assert long[1][:4] == [1000, 65, 66, 1100] and len(long[1]) == 223  # glossary kept


def test_long_segments_are_split_at_sentences_never_late() -> None:
    s = seg(10.0, 30.0, " One two three four. Five six seven eight. Mr. Nine ten eleven twelve.")
    out = transcribe.sentence_segments(s, 3, 100.0)
    assert [x.text for x in out] == [
        "One two three four.",
        "Five six seven eight.",
        "Mr. Nine ten eleven twelve.",
    ]
    assert [x.idx for x in out] == [3, 4, 5]
    assert out[0].start_s == 110.0 and out[-1].end_s == 130.0
    # At an even pace the second sentence starts at 20/71 of the way: 115.6 s; a little earlier.
    assert 114.0 <= out[1].start_s <= 115.6
    assert all(a.end_s == b.start_s for a, b in itertools.pairwise(out))
    # Word times, when known, place the split exactly.
    words = [
        SimpleNamespace(start=i, end=i + 0.5, word=f" w{i}", probability=0.9) for i in range(10, 23)
    ]
    timed = SimpleNamespace(**{**vars(s), "words": words})
    out = transcribe.sentence_segments(timed, 0, 0.0)
    assert [(x.start_s, len(x.words)) for x in out] == [(10.0, 4), (14.0, 4), (18.0, 5)]
    # Short segments and single long sentences without commas stay whole.
    assert len(transcribe.sentence_segments(seg(0.0, 8.0, " A. B. C."), 0, 0.0)) == 1
    assert len(transcribe.sentence_segments(seg(0.0, 12.0, " one long sentence"), 0, 0.0)) == 1


def test_a_long_sentence_is_split_at_its_commas() -> None:
    s = seg(0.0, 16.0, " But thou, contracted to thine own bright eyes, feed'st thy light.")
    out = transcribe.sentence_segments(s, 0, 0.0)
    assert [x.text for x in out] == [
        "But thou,",
        "contracted to thine own bright eyes,",
        "feed'st thy light.",
    ]


def test_multilingual_model_detects_once_for_all_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transcribe, "PIECE_S", 40.0)
    stub = StubModel(multilingual=True)
    t = make(stub)
    out = t.transcribe(np.zeros(SR * 100, np.float32), language="auto")
    # The first piece's first window is heard for its language, from the encoder output it
    # is decoded from; the rest are told the language heard.
    first, *rest = [(c["language"], c["multilingual"]) for c in stub.calls]
    assert first == ("en", True) and rest and set(rest) == {("de", False)}
    assert (out.language, out.language_probability) == ("de", 0.9)


def test_long_audio_is_cut_into_pieces_with_offsets_and_prompt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(transcribe, "PIECE_S", 40.0)
    audio = np.full(SR * 100, 0.1, np.float32)
    audio[SR * 35 : SR * 35 + SR // 5] = 0.0  # the quietest place before the first limit
    stub = StubModel(segments=[seg(0.0, 2.0, " One piece.")])
    progress: list[float] = []
    out = make(stub).transcribe(audio, on_progress=progress.append)
    assert len(stub.calls) == len(split_points(audio)) >= 3
    assert sum(c["samples"] for c in stub.calls) == len(audio)
    first_cut = stub.calls[0]["samples"] / SR
    assert 35.0 <= first_cut <= 35.2
    assert [s.start_s for s in out.segments][:2] == [0.0, round(first_cut, 2)]
    assert [s.idx for s in out.segments] == list(range(len(stub.calls)))
    assert stub.calls[1]["initial_prompt"] == "One piece."
    assert progress == sorted(progress) and progress[-1] > 70
    assert out.duration_s == 100.0


def test_split_points_cover_everything_once() -> None:
    audio = np.random.default_rng(0).normal(0, 0.1, SR * 1000).astype(np.float32)
    points = split_points(audio, piece_s=300)
    assert points[0][0] == 0 and points[-1][1] == len(audio)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(points))
    assert all(0 < (end - start) / SR <= 300 for start, end in points)
    assert split_points(audio[: SR * 10]) == [(0, SR * 10)]


@pytest.mark.parametrize(
    ("segment", "dropped"),
    [
        (seg(0.0, 2.0, " Thank you.", logprob=-0.9, no_speech=0.5), True),
        (seg(0.0, 2.0, " Thank you.", logprob=-0.2, no_speech=0.05), False),
        (seg(0.0, 2.0, " Buy milk.", logprob=-1.5, no_speech=0.8), True),
        (seg(0.0, 2.0, "   "), True),
        (seg(9.95, 14.0, " A line from earlier."), True),  # starts at the very end
        (seg(9.7, 17.0, " But thou contracted to thine own bright eyes, feed'st thy light."), True),
        (seg(8.0, 10.4, " Call Rachel tomorrow."), False),  # overruns the end a little
        (seg(3.0, 9.0, " Call Rachel tomorrow."), False),
    ],
)
def test_hallucination_filter(segment: Any, dropped: bool) -> None:
    stub = StubModel(segments=[segment])
    out = make(stub).transcribe(np.zeros(SR * 10, np.float32))
    assert out.is_empty is dropped


def test_workers_share_one_model_with_their_own_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    """`memo ingest` on a batch runs files in parallel (transcribe.plan_workers): one
    WhisperModel with `num_workers` replicas, each on its share of the cores."""
    import faster_whisper

    loaded: list[dict[str, Any]] = []

    def fake_model(path: str, **kwargs: Any) -> StubModel:
        loaded.append({"path": path, **kwargs})
        return StubModel()

    monkeypatch.setattr(faster_whisper, "WhisperModel", fake_model)
    monkeypatch.setattr(transcribe, "_models", {})
    monkeypatch.setattr(transcribe, "default_threads", lambda: 4)
    batch = WhisperTranscriber("tiny.en", workers=2)
    single = WhisperTranscriber("tiny.en")
    assert (batch.workers, batch.cpu_threads) == (2, 2)
    assert (single.workers, single.cpu_threads) == (1, 4)
    for t in (batch, single, WhisperTranscriber("tiny.en", workers=2)):
        assert isinstance(t.model, StubModel)
    assert [(c["num_workers"], c["cpu_threads"]) for c in loaded] == [(2, 2), (1, 4)]
    assert all(c["compute_type"] == "int8" and c["device"] == "cpu" for c in loaded)
