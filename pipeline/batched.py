"""Long recordings decoded in batches of 30-s windows (`transcribe_batched`).

On a 2-core CPU one 30-s window at a time is too small a job to keep both cores busy, so a
recording over `DecodeSettings.batch_over_s` goes through faster-whisper's
`BatchedInferencePipeline`: one encoder call and one search for several windows. Three
things make it cheaper than that pipeline as it comes, while keeping more of the words:

- only speech is decoded: long silences are cut out (`Splice`) before the audio is cut into
  windows, so pauses cost no encoder time;
- a window whose text stops early is decoded on from where it stopped, from the encoder
  output it already has (`_Resuming`), where the pipeline as it comes loses the rest;
- the language is detected from the first window's own encoder output (`language.py`)
  rather than in an encoder pass of its own.

faster_whisper and numpy are imported only when a long recording is transcribed.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from dataclasses import dataclass, replace
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from .audio import SAMPLE_RATE

if TYPE_CHECKING:
    from collections.abc import Iterator

    import numpy as np

    from .transcribe import DecodeSettings

# Whisper hears 30 s at a time; windows are at most this long.
WINDOW_S = 30.0
# A window whose text stops this long before its end is decoded on from there, at most
# `RESUME_ROUNDS` times.
RESUME_MIN_S = 1.5
RESUME_ROUNDS = 2
# Whisper's timestamp tokens are 20 ms apart.
TIME_STEP_S = 0.02


def transcribe_batched(
    model: Any,
    samples: np.ndarray,
    settings: DecodeSettings,
    *,
    language: str,
    multilingual: bool = False,
    hotwords: str | None,
) -> tuple[Iterator[Any], Any]:
    """Decode a long recording `settings.batch_size` windows at a time; (segments, info).

    The VAD's speech regions are joined, with the pauses between them, into stretches of up
    to 30 s (`speech_windows`); the silences between stretches are cut out and the rest is
    cut into windows of up to 30 s, searched greedily (`settings.batch_beam_size`).
    Segments come back with the recording's times, window by window.
    """
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    vad = VadOptions(**settings.vad_parameters, max_speech_duration_s=WINDOW_S)
    speech = [
        (r["start"] / SAMPLE_RATE, r["end"] / SAMPLE_RATE)
        for r in get_speech_timestamps(samples, vad)
    ]
    # `info` says the recording's duration, not that of the speech decoded.
    duration = len(samples) / SAMPLE_RATE
    if not speech:
        info = SimpleNamespace(language=language, language_probability=1.0, duration=duration)
        return iter(()), info
    splice = Splice(tuple(speech_windows(speech)))
    windows = splice.windows(WINDOW_S)
    found, info = _resuming()(_ChunkedEncoder(model)).transcribe(
        splice.audio(samples),
        language=language,
        multilingual=multilingual,
        clip_timestamps=[{"start": a, "end": b} for a, b in windows],
        beam_size=settings.batch_beam_size,
        without_timestamps=settings.without_timestamps,
        word_timestamps=settings.word_timestamps,
        batch_size=settings.batch_size,
        hotwords=hotwords,
    )
    return (splice.restore(s) for s in found), replace(info, duration=duration)


def speech_windows(
    speech: list[tuple[float, float]], window_s: float = WINDOW_S
) -> list[tuple[float, float]]:
    """Join VAD speech regions (seconds, in order) into stretches of at most `window_s`,
    pauses and all. Windows packed with speech alone, pauses cut, lost more of their
    sentences to Whisper skipping them (docs/benchmarks.md)."""
    windows: list[tuple[float, float]] = []
    for start, end in speech:
        if windows and end - windows[-1][0] <= window_s:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, min(end, start + window_s)))
    return windows


@dataclass(frozen=True)
class Splice:
    """Stretches of a recording (`spans`, in its seconds) laid end to end, and the way back
    from a time in the splice to the recording's time."""

    spans: tuple[tuple[float, float], ...]

    @property
    def starts(self) -> list[float]:
        """Where each span starts in `audio` (cut at whole samples)."""
        starts, at = [], 0
        for a, b in self.spans:
            starts.append(at / SAMPLE_RATE)
            at += round(b * SAMPLE_RATE) - round(a * SAMPLE_RATE)
        return starts

    @property
    def duration(self) -> float:
        """The length of `audio`, which is cut at whole samples."""
        return sum(round(b * SAMPLE_RATE) - round(a * SAMPLE_RATE) for a, b in self.spans) / (
            SAMPLE_RATE
        )

    def audio(self, samples: np.ndarray) -> np.ndarray:
        import numpy as np

        parts = [samples[round(a * SAMPLE_RATE) : round(b * SAMPLE_RATE)] for a, b in self.spans]
        return np.concatenate(parts) if parts else np.zeros(0, np.float32)

    def windows(self, window_s: float) -> list[tuple[float, float]]:
        """The splice cut into windows of at most `window_s`, each ending where a span
        ends (a span longer than that is cut on its own). They add up to no more than
        `audio`: faster-whisper fails on windows longer in all than the audio it is given."""
        windows: list[tuple[float, float]] = []
        # One list of boundaries, so that a window ends on exactly the float the next starts.
        bounds = [*self.starts, self.duration]
        for start, end in itertools.pairwise(bounds):
            if windows and end - windows[-1][0] <= window_s:
                windows[-1] = (windows[-1][0], end)
                continue
            while end - start > window_s:
                windows.append((start, start + window_s))
                start += window_s
            windows.append((start, end))
        return windows

    def at(self, t: float, *, end: bool = False) -> float:
        """The recording's time of splice time `t`; a time on the boundary of two spans is
        the start of the later one, or for the `end` of something, the end of the earlier."""
        starts = self.starts
        i = max(bisect.bisect_right(starts, t) - 1, 0)
        if end and i > 0 and t <= starts[i] + 1e-6:
            i -= 1
        a, b = self.spans[i]
        return min(a + max(t - starts[i], 0.0), b) if end else a + max(t - starts[i], 0.0)

    def restore(self, s: Any) -> Any:
        """A faster-whisper segment with the recording's times (its words' too)."""
        words = s.words and [
            replace(w, start=self.at(w.start), end=self.at(w.end, end=True)) for w in s.words
        ]
        start, end = self.at(s.start), self.at(s.end, end=True)
        return replace(s, start=round(start, 3), end=round(max(end, start), 3), words=words)


def as_storage(array: Any) -> Any:
    """A numpy array of encoder output as the CTranslate2 view its calls take (contiguous)."""
    import ctranslate2
    import numpy as np

    return ctranslate2.StorageView.from_array(np.ascontiguousarray(array))


# The encoder takes at most this many windows at a time; its activations, not the search's,
# are what a bigger batch costs in memory.
ENCODE_BATCH = 8


class _ChunkedEncoder:
    """A faster-whisper `WhisperModel` whose `encode` takes the windows of a batch at most
    `ENCODE_BATCH` at a time, so that the search can run over more windows at once (one
    search of a whole piece, rather than a full batch and a short tail) without the
    encoder's peak memory growing with it."""

    def __init__(self, model: Any) -> None:
        self._model = model

    def __getattr__(self, name: str) -> Any:
        return getattr(self._model, name)

    def encode(self, features: Any) -> Any:
        if len(features) <= ENCODE_BATCH:
            return self._model.encode(features)
        import numpy as np

        parts = [
            np.asarray(self._model.encode(features[i : i + ENCODE_BATCH]))
            for i in range(0, len(features), ENCODE_BATCH)
        ]
        return as_storage(np.concatenate(parts))


@functools.cache
def _resuming() -> type:
    """`Resuming`, built on first use so that faster_whisper is imported only then."""
    from faster_whisper import BatchedInferencePipeline

    class Resuming(BatchedInferencePipeline):  # type: ignore[misc]
        """faster-whisper's batched pipeline, except that a window whose text stops at
        least `RESUME_MIN_S` before its end is decoded on from where it stopped.

        Decoded in one go, Whisper sometimes ends a window's text early (decoding in turn
        would resume from the last timestamp, with a new window encoded there). Here the
        window's encoder output is reused: the search starts again from a prompt ending in
        the timestamp where the text stopped, and what it finds is appended to the window's
        tokens as if it had been said in one go.
        """

        def forward(self, features: Any, tokenizer: Any, chunks: Any, options: Any) -> Any:
            self._durations = [c["duration"] for c in chunks]
            return super().forward(features, tokenizer, chunks, options)

        def generate_segment_batched(self, features: Any, tokenizer: Any, options: Any) -> Any:
            encoder_output, outputs = super().generate_segment_batched(features, tokenizer, options)
            if not options.without_timestamps:
                self._resume(encoder_output, outputs, tokenizer, options)
            return encoder_output, outputs

        def _resume(
            self, encoder_output: Any, outputs: list[dict], tokenizer: Any, options: Any
        ) -> None:
            import numpy as np

            begin = tokenizer.timestamp_begin
            prompt = self.model.get_prompt(
                tokenizer,
                previous_tokens=[],
                without_timestamps=False,
                hotwords=options.hotwords,
            )
            heard = getattr(self.model.model, "token", "")  # see language.py
            if options.multilingual and heard:
                prompt[prompt.index(tokenizer.language)] = tokenizer.tokenizer.token_to_id(heard)
            tried: set[tuple[int, int]] = set()
            for _ in range(RESUME_ROUNDS):
                todo = []
                for i, out in enumerate(outputs):
                    stop = resume_point(out["tokens"], begin, self._durations[i])
                    if stop is not None and (i, stop) not in tried:
                        tried.add((i, stop))
                        todo.append((i, stop))
                if not todo:
                    return
                results = self.model.model.generate(
                    as_storage(np.asarray(encoder_output)[[i for i, _ in todo]]),
                    [[*prompt, stop] for _, stop in todo],
                    beam_size=options.beam_size,
                    patience=options.patience,
                    length_penalty=options.length_penalty,
                    max_length=self.model.max_length,
                    suppress_blank=options.suppress_blank,
                    suppress_tokens=options.suppress_tokens,
                    sampling_temperature=options.temperatures[0],
                    repetition_penalty=options.repetition_penalty,
                    no_repeat_ngram_size=options.no_repeat_ngram_size,
                )
                for (i, stop), result in zip(todo, results, strict=True):
                    outputs[i]["tokens"] = resumed(
                        outputs[i]["tokens"], result.sequences_ids[0], stop, begin
                    )

    return Resuming


def resume_point(tokens: list[int], begin: int, duration: float) -> int | None:
    """The timestamp token to decode a window on from: its last one, where that is at least
    `RESUME_MIN_S` before the window's end. None when it was heard to the end, or gave no
    text at all (a window of noise is not tried again)."""
    if not tokens or tokens[-1] < begin or all(t >= begin for t in tokens):
        return None  # no text, or its last segment not closed: nothing to resume from
    if duration - (tokens[-1] - begin) * TIME_STEP_S < RESUME_MIN_S:
        return None
    return tokens[-1]


def resumed(tokens: list[int], more: list[int], stop: int, begin: int) -> list[int]:
    """A window's tokens with what was decoded on from timestamp `stop` after them: its
    text, closed at `stop`, then the new text (which starts with `stop`, its prompt's end).
    Nothing new: the tokens as they were."""
    if not any(t < begin for t in more):
        return tokens
    last_text = max(i for i, t in enumerate(tokens) if t < begin)
    head = [*tokens[: last_text + 1], stop]
    return head + (more if more and more[0] == stop else [stop, *more])
