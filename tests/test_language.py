"""The language vote (`pipeline/language.py`); the real model hears French in
tests/test_long_recordings.py."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.language import LanguageVote, language_vote


def test_the_first_windows_vote_on_the_language_and_the_vote_holds() -> None:
    class Whisper:
        is_multilingual = True

        def __init__(self) -> None:
            self.batches = [
                [[("<|en|>", 0.5), ("<|fr|>", 0.4)], [("<|fr|>", 0.9)], [("<|fr|>", 0.6)]],
                [[("<|de|>", 0.99)]],
            ]

        def detect_language(self, encoder_output: Any) -> list[Any]:
            return self.batches.pop(0)

    vote = LanguageVote(Whisper())
    assert vote.is_multilingual  # everything else is the model's
    first = vote.detect_language("batch of three")
    assert [w[0][0] for w in first] == ["<|fr|>"] * 3
    assert vote.language == "fr" and vote.probability == pytest.approx(1.9 / 3)
    assert vote.detect_language("a later batch") == [[("<|fr|>", pytest.approx(1.9 / 3))]]


def test_a_view_shares_the_model_and_votes_on_its_own() -> None:
    class Model:
        def __init__(self) -> None:
            self.model = "ctranslate2 whisper"
            self.weights = object()

    model = Model()
    view, vote = language_vote(model)
    assert view.weights is model.weights and view.model is vote
    assert model.model == "ctranslate2 whisper"  # the shared model is left as it was
