"""The language detected once (`pipeline/language.py`); the real model hears French in
tests/test_long_recordings.py."""

from __future__ import annotations

from typing import Any

import numpy as np

from pipeline.language import DetectOnce, detect_once


def test_the_first_window_decides_the_language_for_every_window_after() -> None:
    class Whisper:
        is_multilingual = True

        def __init__(self) -> None:
            self.seen: list[Any] = []

        def detect_language(self, encoder_output: Any) -> list[Any]:
            self.seen.append(encoder_output.shape)
            return [[("<|fr|>", 0.8), ("<|en|>", 0.1)] for _ in range(encoder_output.shape[0])]

    whisper = Whisper()
    once = DetectOnce(whisper)
    assert once.is_multilingual and once.language is None  # everything else is the model's
    batch = np.zeros((3, 1500, 512), np.float32)
    assert once.detect_language(batch) == [[("<|fr|>", 0.8)]] * 3
    assert (once.language, once.probability, once.token) == ("fr", 0.8, "<|fr|>")
    assert [tuple(s) for s in whisper.seen] == [(1, 1500, 512)]  # the first window alone
    assert once.detect_language(batch[:2]) == [[("<|fr|>", 0.8)]] * 2
    assert len(whisper.seen) == 1  # and only once


def test_a_view_shares_the_model_and_detects_on_its_own() -> None:
    class Model:
        def __init__(self) -> None:
            self.model = "ctranslate2 whisper"
            self.weights = object()

    model = Model()
    view, once = detect_once(model)
    assert view.weights is model.weights and view.model is once
    assert model.model == "ctranslate2 whisper"  # the shared model is left as it was
