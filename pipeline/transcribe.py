"""Speech to text with faster-whisper (CTranslate2) on the CPU.

`Transcriber` is the protocol the rest of the pipeline depends on, so tests can pass a fake.
`WhisperTranscriber` loads a model once per process (a module-level cache keyed by model path,
threads and workers) and reuses it for every file; faster_whisper is imported only here and
only when a model is first needed, so read-only commands never pay for it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any, Protocol

from . import batched, modelstore
from .audio import SAMPLE_RATE
from .errors import ModelNotFound
from .language import detect_once
from .memory import release_freed_memory
from .records import Segment, Transcript, Word

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

# Long recordings are transcribed in pieces of at most this many seconds (see `split_points`).
PIECE_S = 300.0
CUT_SEARCH_S = 20.0
# Computing a piece's spectrogram briefly takes about 20x its audio's size (380 MB for 5
# minutes); workers take turns at that step for pieces longer than this, so two long
# recordings transcribed at once do not double the peak. Short memos never wait.
TAKE_TURNS_OVER_S = 60.0
_features_lock = threading.Lock()
# Characters of the previous piece's text given to the next piece as its prompt.
PROMPT_CHARS = 400
# A segment that starts this close to the end of the audio has no speech to come from.
TAIL_S = 0.1
# Faster than anyone speaks (about 300 words a minute): text beyond this is invented.
MAX_WORDS_PER_S = 5.0
# Segments longer than this are split at their sentence ends (`sentence_segments`).
SPLIT_OVER_S = 8.0
SPLIT_LEAD_S = 0.75
SENTENCE_END = re.compile(
    r"(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<=[.?!])\s+(?=\S)"
)
CLAUSE_END = re.compile(r"(?<=[,;:])\s+(?=\S)")
# Where the glossary prompt "ends", in Whisper's 20-ms timestamp steps (see `keep_timestamps`).
GLOSSARY_END = 100

# Phrases Whisper is known to invent on silence or noise; dropped only when the segment is
# also unconfident, so a real "thank you" in a memo survives.
HALLUCINATIONS = {
    "thank you.", "thank you", "thanks for watching!", "thanks for watching.", "you",
    "bye.", "bye!", "thank you very much.", ".", "so", "okay.",
}  # fmt: skip


@dataclass(frozen=True)
class DecodeSettings:
    """The options we pass to `WhisperModel.transcribe`, and how long recordings are decoded.

    The defaults are what `memo ingest` ships; docs/benchmarks.md has the measurements
    (`python -m bench.eval`, `python -m bench`) behind each choice:
    - beam 5: on base the encoder, not the beam search, is most of the time, so smaller
      beams save little and cost accuracy on names.
    - VAD on, so the long pauses of voice memos are skipped rather than decoded (and cannot
      turn into invented text), with the speech threshold lowered from Silero's 0.5 so
      whispered speech is not cut away.
    - timestamp tokens on: segments are sentences (rarely over 10 s), so a search hit or a
      subtitle points at the moment, not at a 30-s window; and a window that ends early is
      resumed where its text stopped, where without timestamps its rest was skipped.
    - no word timestamps by default: aligning them costs an extra pass per window.
    - recordings longer than `batch_over_s` are decoded in VAD-bounded windows, `batch_size`
      at a time (`batched.py`): on a 2-core CPU one 30-s window is too small a job
      to keep both cores busy. A batch covers a whole piece (`PIECE_S`), so that each piece
      is searched once, not as a full batch and a short tail; the encoder still takes at most
      `batched.ENCODE_BATCH` windows at a time, which keeps the peak memory where it was.
      0 turns batches off (every window in turn, with Whisper's temperature fallback and
      the previous text as context).
    - those batches are searched greedily (`batch_beam_size` 1): a batch's beam search is
      most of its decoding time, and on long dense speech greedy kept as many words.
    """

    beam_size: int = 5
    vad_filter: bool = True
    vad_parameters: dict[str, Any] = field(default_factory=lambda: {"threshold": 0.35})
    word_timestamps: bool = False
    without_timestamps: bool = False
    condition_on_previous_text: bool = True
    # Whisper's fallback ladder: re-decode a window that looks wrong at rising temperatures.
    temperature: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
    # Not faster-whisper options (left out of `as_kwargs`): the long-recording path.
    batch_size: int = 16
    batch_over_s: float = 60.0
    batch_beam_size: int = 1

    def as_kwargs(self) -> dict[str, Any]:
        kwargs = asdict(self)
        kwargs["temperature"] = list(self.temperature)
        del kwargs["batch_size"], kwargs["batch_over_s"], kwargs["batch_beam_size"]
        return kwargs


PRESETS: dict[str, DecodeSettings] = {
    "default": DecodeSettings(),
    # Word-level times as well, and long recordings decoded window by window with the
    # temperature fallback and the previous text as context: slower. VAD stays on: without
    # it base wrote digit strings for 20 s of white, brown or mains-hum noise, and silence
    # must come out empty.
    "accurate": DecodeSettings(word_timestamps=True, batch_size=0),
}
# `--fast` keeps the default settings and swaps the model for this one (docs/benchmarks.md
# has why a smaller model beats cheaper decoding on base).
FAST_MODEL = "tiny.en"


class Transcriber(Protocol):
    """Anything that turns 16 kHz mono float32 samples into a `Transcript`."""

    name: str
    # How many `transcribe` calls may run at once from different threads.
    workers: int

    def transcribe(
        self,
        samples: np.ndarray,
        *,
        language: str | None = None,
        hotwords: str | None = None,
        on_progress: Callable[[float], None] | None = None,
    ) -> Transcript: ...


_models: dict[tuple[str, int, int], Any] = {}
_models_lock = threading.Lock()
# More replicas than this would each hold their own activations for little gain per core.
MAX_WORKERS = 4


def default_threads() -> int:
    """All cores, for one file at a time."""
    return max(1, os.cpu_count() or 1)


def plan_workers(files: int, cores: int | None = None) -> tuple[int, int]:
    """(workers, cpu_threads each) for a batch of `files`: parallel across files first.

    On 2 cores (base, 24 real-speech clips, `python -m bench.bench_ingest`), two files at once
    with one CTranslate2 thread each ran 1.4-1.6x as fast as one file at a time with two
    threads, while a second thread inside one file gains only about 1.1-1.2x: a 30-s window
    is too small a job to keep two threads busy. One file still gets every core.
    """
    cores = cores or default_threads()
    workers = max(1, min(files, cores, MAX_WORKERS))
    return workers, max(1, cores // workers)


# Set before faster-whisper (and through it onnxruntime, for the VAD model) is imported.
# onnxruntime otherwise writes a device id and an event database under ~/.cache/Microsoft and
# tries to reach a telemetry host; its `disable_telemetry_events()` does not stop either,
# the environment variable does. Hugging Face hub telemetry is off too (a hub name is the
# only path that may download, and only when the user asked for it).
PRIVACY_ENV = {"ORT_DISABLE_TELEMETRY": "1", "HF_HUB_DISABLE_TELEMETRY": "1", "DO_NOT_TRACK": "1"}


def keep_private() -> None:
    """Turn off the libraries' telemetry; call before importing faster_whisper or onnxruntime."""
    for name, value in PRIVACY_ENV.items():
        os.environ[name] = value


def load_model(path: str, cpu_threads: int, workers: int = 1) -> Any:
    """Load a WhisperModel once per process; `workers` replicas share its weights."""
    key = (path, cpu_threads, workers)
    with _models_lock:
        if key not in _models:
            keep_private()
            from faster_whisper import WhisperModel

            try:
                _models[key] = WhisperModel(
                    path,
                    device="cpu",
                    compute_type="int8",
                    cpu_threads=cpu_threads,
                    num_workers=workers,
                )
            except Exception as e:  # hub errors, bad files: one line for the user
                raise ModelNotFound(f"cannot load model {path}: {str(e).splitlines()[0]}") from e
            keep_timestamps(_models[key])
        return _models[key]


def keep_timestamps(model: Any) -> None:
    """Give Whisper the hotwords glossary as timestamped previous text, not as bare text.

    faster-whisper puts hotwords in the prompt as plain text; Whisper, seeing previous text
    without timestamp tokens, then writes one segment per 30-s window even when asked for
    timestamps (base, 95 s of read speech: 6 segments up to 30 s with a glossary, 25 without;
    this is why `--force --accurate` on a database that knew names stored 30-s segments).
    Wrapped in timestamp tokens, the same glossary leaves segments at sentence length.
    """
    original = model.get_prompt

    def get_prompt(
        tokenizer: Any,
        previous_tokens: list[int],
        without_timestamps: bool = False,
        prefix: str | None = None,
        hotwords: str | None = None,
    ) -> list[int]:
        if hotwords and not prefix and not without_timestamps:
            half = model.max_length // 2 - 1  # faster-whisper keeps this much previous text
            glossary = tokenizer.encode(" " + hotwords.strip())[: half // 2]
            begin = tokenizer.timestamp_begin
            context = list(previous_tokens)[-(half - len(glossary) - 2) :]
            previous_tokens = [begin, *glossary, begin + GLOSSARY_END, *context]
            hotwords = None
        return original(tokenizer, previous_tokens, without_timestamps, prefix, hotwords)

    model.get_prompt = get_prompt


class WhisperTranscriber:
    """faster-whisper on CPU, int8, VAD on; settings from `PRESETS` or given explicitly.

    With `workers` > 1, that many `transcribe` calls run in parallel from different threads
    (CTranslate2 replicas sharing one copy of the weights), each on `cpu_threads` threads;
    `plan_workers` picks both for a batch.
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        settings: DecodeSettings | None = None,
        cpu_threads: int | None = None,
        workers: int = 1,
    ) -> None:
        self.info = modelstore.resolve(model)
        self.name = self.info.name
        self.settings = settings or PRESETS["default"]
        self.workers = max(1, workers)
        self.cpu_threads = cpu_threads or max(1, default_threads() // self.workers)
        self._model: Any = None

    @property
    def model(self) -> Any:
        if self._model is None:
            self._model = load_model(self.info.path, self.cpu_threads, self.workers)
        return self._model

    def transcribe(
        self,
        samples: np.ndarray,
        *,
        language: str | None = None,
        hotwords: str | None = None,
        on_progress: Callable[[float], None] | None = None,
    ) -> Transcript:
        if language == "auto":
            language = None
        model, heard = self.model, None
        if not model.model.is_multilingual:
            language = "en"  # English-only models (tiny.en) cannot detect or speak others
        elif language is None:
            model, heard = detect_once(model)
        segments: list[Segment] = []
        detected, probability = language, 1.0
        prompt: str | None = None
        batch = self.settings.batch_size > 1
        for start, end in split_points(samples):
            offset = start / SAMPLE_RATE
            take_turns = self.workers > 1 and end - start > TAKE_TURNS_OVER_S * SAMPLE_RATE
            # Until a language is heard, it is detected from the encoder output of the first
            # window decoded (language.py): "en" stands in until then.
            detecting = detected is None
            # faster-whisper runs VAD and the spectrogram here; decoding is the lazy iterator.
            with _features_lock if take_turns else contextlib.nullcontext():
                if batch and end - start > self.settings.batch_over_s * SAMPLE_RATE:
                    segments_iter, info = batched.transcribe_batched(
                        model,
                        samples[start:end],
                        self.settings,
                        language=detected or "en",
                        multilingual=detecting,
                        hotwords=hotwords or None,
                    )
                else:
                    segments_iter, info = model.transcribe(
                        samples[start:end],
                        language=detected or "en",
                        multilingual=detecting,
                        hotwords=hotwords or None,
                        initial_prompt=prompt,
                        **self.settings.as_kwargs(),
                    )
            kept: list[Any] = []
            for s in segments_iter:
                if on_progress:
                    on_progress(offset + float(s.end))
                if _is_hallucination(s, info.duration):
                    log.debug("dropped unconfident segment %r", s.text)
                    continue
                if is_prompt_echo(s.text, hotwords, s.no_speech_prob, s.avg_logprob):
                    log.debug("dropped a segment made of the name prompt %r", s.text)
                    continue
                kept.append(s)
            # Batched decoding gives a window's re-decoded tail after the other windows.
            kept.sort(key=lambda s: float(s.start))
            piece_text = [s.text.strip() for s in kept]
            for s in kept:
                segments.extend(sentence_segments(s, len(segments), offset))
            if detecting and heard is not None and heard.language:
                # The first piece heard decides the language for the rest of a long recording.
                detected, probability = heard.language, heard.probability
            release_freed_memory()
            if self.settings.condition_on_previous_text and piece_text:
                # Whisper's own context is its last 224 tokens; the tail of the text
                # carries that context across the cut, as if it were one long pass.
                prompt = " ".join(piece_text)[-PROMPT_CHARS:]
        if segments and all(only_prompt_words(s.text, hotwords) for s in segments):
            log.debug("dropped a transcript made only of the name prompt's words")
            segments = []
        return Transcript(
            segments=tuple(segments),
            language=detected or "en",
            language_probability=probability,
            duration_s=len(samples) / SAMPLE_RATE,
            model=self.name,
        )


def split_points(samples: np.ndarray, piece_s: float | None = None) -> list[tuple[int, int]]:
    """Cut a long recording into pieces of at most `piece_s` seconds, each cut in the
    quietest 100 ms of the last `CUT_SEARCH_S` seconds before the limit, so no word is split.

    faster-whisper computes the log-Mel spectrogram of its whole input at once, and its STFT
    holds about 20x the audio's size, so one pass over a 60-minute recording needs several GB.
    Pieces keep memory flat at the cost of a new 30-s window at each cut.
    """
    import numpy as np

    n = len(samples)
    limit = int((piece_s or PIECE_S) * SAMPLE_RATE)
    points: list[tuple[int, int]] = []
    start = 0
    while n - start > limit:
        lo, hi = start + limit - int(CUT_SEARCH_S * SAMPLE_RATE), start + limit
        win = SAMPLE_RATE // 10
        region = np.asarray(samples[lo:hi], dtype=np.float32)
        frames = region[: len(region) // win * win].reshape(-1, win)
        cut = lo + int(np.argmin(np.einsum("ij,ij->i", frames, frames))) * win + win // 2
        points.append((start, cut))
        start = cut
    points.append((start, n))
    return points


def sentence_segments(s: Any, idx: int, offset: float) -> list[Segment]:
    """One faster-whisper segment as stored segments, numbered from `idx`: split at its
    sentence ends when it runs over `SPLIT_OVER_S`, so a hit points near its sentence.

    Whisper sometimes times two or three sentences as one segment (more often with a prompt);
    a sentence still too long is split at its commas.
    A split falls at the first word of the next sentence when word times are known, else
    where the characters before it would put it at an even pace, less `SPLIT_LEAD_S`: a
    sentence may start a little early, never after its first word.
    """
    seg = _segment(s, idx, offset)
    length = seg.end_s - seg.start_s
    if length <= SPLIT_OVER_S:
        return [seg]
    pieces = []
    for sentence in SENTENCE_END.split(seg.text):
        if length * len(sentence) / len(seg.text) > SPLIT_OVER_S:
            pieces += CLAUSE_END.split(sentence)  # a long sentence: at its commas
        else:
            pieces.append(sentence)
    pieces = [p for p in pieces if p]
    if len(pieces) < 2:
        return [seg]
    counts = [len(p.split()) for p in pieces]
    by_words = len(seg.words) == sum(counts)
    total = len(seg.text)
    starts, chars, first = [seg.start_s], 0, 0
    for text, n in zip(pieces[:-1], counts, strict=False):
        chars += len(text) + 1
        first += n
        if by_words:
            starts.append(seg.words[first].start_s)
        else:
            pace = seg.start_s + (seg.end_s - seg.start_s) * chars / total
            starts.append(max(starts[-1], round(pace - SPLIT_LEAD_S, 2)))
    ends = [*starts[1:], seg.end_s]
    bounds = [sum(counts[:i]) for i in range(len(counts) + 1)]
    return [
        replace(
            seg,
            idx=idx + i,
            start_s=starts[i],
            end_s=ends[i],
            text=text,
            words=seg.words[bounds[i] : bounds[i + 1]] if by_words else (),
        )
        for i, text in enumerate(pieces)
    ]


def _segment(s: Any, idx: int, offset: float) -> Segment:
    words = tuple(
        Word(
            round(offset + float(w.start), 2),
            round(offset + float(w.end), 2),
            w.word,
            float(w.probability),
        )
        for w in (s.words or ())
    )
    return Segment(
        idx=idx,
        start_s=round(offset + float(s.start), 2),
        end_s=round(offset + float(s.end), 2),
        text=s.text.strip(),
        avg_logprob=float(s.avg_logprob),
        no_speech_prob=float(s.no_speech_prob),
        words=words,
    )


# Words that carry no name: a segment is judged on the rest.
_FILLER = frozenset({
    "a", "an", "and", "the", "of", "at", "in", "on", "to", "for", "with", "from", "by", "or",
    "but", "so", "um", "uh", "er", "oh", "ok", "okay", "yes", "no",
})  # fmt: skip
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def is_prompt_echo(
    text: str, hotwords: str | None, no_speech_prob: float = 0.0, avg_logprob: float = 0.0
) -> bool:
    """Whether a segment is the name prompt read back rather than heard.

    On noise that the voice filter lets through, Whisper primed with "Glossary: Helen Chen,
    ..." can write the glossary itself ("Glossary, Helen Chen, Helen Chen"). A segment is
    dropped when every word of it (fillers aside) comes from the prompt *and* it shows a sign
    of being read rather than heard: the word "glossary", a name said twice, or low
    confidence. "Call Helen Chen." has a word of its own, and a confident "Helen Chen." alone
    stays: a real memo may say just a name (unless it says nothing else, see
    `only_prompt_words`).
    """
    if not only_prompt_words(text, hotwords):
        return False
    assert hotwords is not None
    words = _WORD.findall(text.lower())
    if "glossary" in words:
        return True
    terms = [t.strip().lower() for t in hotwords.partition(":")[2].rstrip(".").split(",")]
    lowered = " ".join(_WORD.findall(text.lower()))
    if any(t and lowered.count(t) > 1 for t in terms):
        return True
    return no_speech_prob > 0.3 or avg_logprob < -0.6


def only_prompt_words(text: str, hotwords: str | None) -> bool:
    """Whether every word of `text` (fillers aside, at least one) is a word of the prompt.

    A whole recording that yields nothing but names from the prompt is taken as noise: real
    speech says something about the people it names.
    """
    if not hotwords:
        return False
    words = [w for w in _WORD.findall(text.lower()) if w not in _FILLER]
    prompt = set(_WORD.findall(hotwords.lower()))
    return bool(words) and all(w in prompt for w in words)


def _is_hallucination(s: Any, duration: float) -> bool:
    text = s.text.strip()
    if not text:
        return True
    if s.start >= duration - TAIL_S:
        return True
    if s.end > duration + TAIL_S:
        # Whisper's last 30-s window can hold a fraction of a second of audio, and base fills
        # it with lines from earlier in the window (a 15-word sonnet line "spoken" in the last
        # 0.3 s of a 53-s reading). Real speech that runs past the end cannot be that dense.
        left = max(duration - float(s.start), 0.0)
        if len(text.split()) > MAX_WORDS_PER_S * left + 1:
            return True
    if s.no_speech_prob > 0.6 and s.avg_logprob < -1.0:
        return True
    return text.lower() in HALLUCINATIONS and (s.no_speech_prob > 0.3 or s.avg_logprob < -0.7)
