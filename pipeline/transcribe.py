"""Speech to text with faster-whisper (CTranslate2) on the CPU.

`Transcriber` is the protocol the rest of the pipeline depends on, so tests can pass a fake.
`WhisperTranscriber` loads a model once per process (a module-level cache keyed by model path
and thread count) and reuses it for every file; faster_whisper is imported only here and only
when a model is first needed, so read-only commands never pay for it.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from . import modelstore
from .errors import ModelNotFound
from .records import Segment, Transcript, Word

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

SAMPLE_RATE = 16000

# Phrases Whisper is known to invent on silence or noise; dropped only when the segment is
# also unconfident, so a real "thank you" in a memo survives.
HALLUCINATIONS = {
    "thank you.", "thank you", "thanks for watching!", "thanks for watching.", "you",
    "bye.", "bye!", "thank you very much.", ".", "so", "okay.",
}  # fmt: skip


@dataclass(frozen=True)
class DecodeSettings:
    """The options we pass to `WhisperModel.transcribe`; see docs/benchmarks.md for why."""

    beam_size: int = 5
    vad_filter: bool = True
    vad_parameters: dict[str, Any] = field(
        default_factory=lambda: {"min_silence_duration_ms": 500, "speech_pad_ms": 300}
    )
    word_timestamps: bool = True
    condition_on_previous_text: bool = True
    temperature: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)

    def as_kwargs(self) -> dict[str, Any]:
        kwargs = asdict(self)
        kwargs["temperature"] = list(self.temperature)
        return kwargs


PRESETS: dict[str, DecodeSettings] = {
    "default": DecodeSettings(),
    "fast": DecodeSettings(beam_size=1, word_timestamps=False),
    "accurate": DecodeSettings(beam_size=5, vad_parameters={"speech_pad_ms": 400}),
}


class Transcriber(Protocol):
    """Anything that turns 16 kHz mono float32 samples into a `Transcript`."""

    name: str

    def transcribe(
        self,
        samples: np.ndarray,
        *,
        language: str | None = None,
        hotwords: str | None = None,
        on_progress: Callable[[float], None] | None = None,
    ) -> Transcript: ...


_models: dict[tuple[str, int], Any] = {}
_models_lock = threading.Lock()


def default_threads() -> int:
    """All cores: CTranslate2 scales across intra-op threads on a small machine."""
    return max(1, os.cpu_count() or 1)


def load_model(path: str, cpu_threads: int) -> Any:
    """Load a WhisperModel once per process."""
    key = (path, cpu_threads)
    with _models_lock:
        if key not in _models:
            from faster_whisper import WhisperModel

            try:
                _models[key] = WhisperModel(
                    path, device="cpu", compute_type="int8", cpu_threads=cpu_threads
                )
            except Exception as e:  # hub errors, bad files: one line for the user
                raise ModelNotFound(f"cannot load model {path}: {str(e).splitlines()[0]}") from e
        return _models[key]


class WhisperTranscriber:
    """faster-whisper on CPU, int8, VAD on; settings from `PRESETS` or given explicitly."""

    def __init__(
        self,
        model: str | None = None,
        *,
        settings: DecodeSettings | None = None,
        cpu_threads: int | None = None,
    ) -> None:
        self.info = modelstore.resolve(model)
        self.name = self.info.name
        self.settings = settings or PRESETS["default"]
        self.cpu_threads = cpu_threads or default_threads()
        self._model: Any = None

    @property
    def model(self) -> Any:
        if self._model is None:
            self._model = load_model(self.info.path, self.cpu_threads)
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
        if not self.model.model.is_multilingual:
            language = "en"  # English-only models (tiny.en) cannot detect or speak others
        segments_iter, info = self.model.transcribe(
            samples,
            language=language,
            hotwords=hotwords or None,
            **self.settings.as_kwargs(),
        )
        segments: list[Segment] = []
        for s in segments_iter:
            if on_progress:
                on_progress(float(s.end))
            if _is_hallucination(s):
                log.debug("dropped unconfident segment %r", s.text)
                continue
            words = tuple(
                Word(float(w.start), float(w.end), w.word, float(w.probability))
                for w in (s.words or ())
            )
            segments.append(
                Segment(
                    idx=len(segments),
                    start_s=round(float(s.start), 2),
                    end_s=round(float(s.end), 2),
                    text=s.text.strip(),
                    avg_logprob=float(s.avg_logprob),
                    no_speech_prob=float(s.no_speech_prob),
                    words=words,
                )
            )
        return Transcript(
            segments=tuple(segments),
            language=info.language,
            language_probability=float(info.language_probability),
            duration_s=float(info.duration),
            model=self.name,
        )


def _is_hallucination(s: Any) -> bool:
    text = s.text.strip()
    if not text:
        return True
    if s.no_speech_prob > 0.6 and s.avg_logprob < -1.0:
        return True
    return text.lower() in HALLUCINATIONS and (s.no_speech_prob > 0.3 or s.avg_logprob < -0.7)
