"""The language of a recording, heard from the windows Whisper decodes anyway.

faster-whisper detects the language of a recording with an encoder pass of its own over the
first 30 s, then encodes those 30 s again to decode them: for a short memo that is half the
encoder's work. With `multilingual=True` it instead detects each window's language from the
encoder output it decodes from; `detect_once` gives it a view of the model whose detection
decides once, on the first window heard, and holds for the rest, as the one detection did.
"""

from __future__ import annotations

import copy
from typing import Any


class DetectOnce:
    """CTranslate2's Whisper, but its language detection runs once, on the first window it
    is given (as the first 30 s decided before), and gives every window after it that
    language. `language` is None until then."""

    def __init__(self, model: Any) -> None:
        self._model = model
        self.language: str | None = None
        self.probability = 0.0
        self.token = ""  # the language's token, "<|fr|>"

    def __getattr__(self, name: str) -> Any:
        return getattr(self._model, name)

    def detect_language(self, encoder_output: Any, **kwargs: Any) -> list[Any]:
        windows = encoder_output.shape[0]
        if self.language is None:
            (ranked, *_) = self._model.detect_language(_first(encoder_output), **kwargs)
            self.token, self.probability = ranked[0]
            self.language = self.token.strip("<|>")
        return [[(self.token, self.probability)] for _ in range(windows)]


def _first(encoder_output: Any) -> Any:
    """The encoder output of the first window of a batch: detection costs about as much
    per window as a step of the search."""
    if encoder_output.shape[0] == 1:
        return encoder_output
    import numpy as np

    from .batched import as_storage

    return as_storage(np.asarray(encoder_output)[:1])


def detect_once(model: Any) -> tuple[Any, DetectOnce]:
    """A view of a faster-whisper `WhisperModel` (sharing its weights) whose language
    detection runs once, and that detection: call the view's `transcribe` with
    `language="en"` (a stand-in the detected language replaces) and `multilingual=True`."""
    view = copy.copy(model)
    view.model = once = DetectOnce(model.model)
    return view, once
