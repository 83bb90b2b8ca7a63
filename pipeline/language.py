"""The language of a recording, heard from the windows Whisper decodes anyway.

faster-whisper detects the language of a recording with an encoder pass of its own over the
first 30 s, then encodes those 30 s again to decode them: for a short memo that is half the
encoder's work. With `multilingual=True` it instead detects each window's language from the
encoder output it decodes from; `language_vote` gives it a view of the model whose detection
decides once, on the first windows heard, and holds for the rest, as the one detection did.
"""

from __future__ import annotations

import copy
from typing import Any


class LanguageVote:
    """CTranslate2's Whisper, but its language detection gives every window the language the
    first windows detected together were most heard in (probabilities summed), from then on.
    `language` is None until then."""

    def __init__(self, model: Any) -> None:
        self._model = model
        self.language: str | None = None
        self.probability = 0.0
        self.token = ""  # the language's token, "<|fr|>"

    def __getattr__(self, name: str) -> Any:
        return getattr(self._model, name)

    def detect_language(self, encoder_output: Any, **kwargs: Any) -> list[Any]:
        found = self._model.detect_language(encoder_output, **kwargs)
        if self.language is None and found:
            votes: dict[str, float] = {}
            for ranked in found:
                for token, p in ranked:
                    votes[token] = votes.get(token, 0.0) + p
            self.token = max(votes, key=votes.__getitem__)
            self.language = self.token.strip("<|>")
            self.probability = votes[self.token] / len(found)
        return [[(self.token, self.probability)] for _ in found]


def language_vote(model: Any) -> tuple[Any, LanguageVote]:
    """A view of a faster-whisper `WhisperModel` (sharing its weights) whose language
    detection votes, and the vote: call its `transcribe` with `language="en"` (a stand-in the
    vote replaces) and `multilingual=True`."""
    view = copy.copy(model)
    view.model = vote = LanguageVote(model.model)
    return view, vote
