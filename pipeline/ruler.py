"""memo's EntityRulers: phrases only tokenised, and the gazetteer's names of fixed words looked
up rather than walked.

`EntityRuler.add_patterns` runs each phrase pattern through every pipeline component before
the ruler (all of them, for a ruler kept outside the pipeline such as the vocabulary's), to
tag words a phrase matcher on `POS` or `LEMMA` would need. memo's rulers match on `ORTH` or
`LOWER`, which the tokenizer alone sets, so `PhraseRuler` only tokenises: loading the
gazetteer and growing the vocabulary memo by memo cost a tagger, parser and NER run per name.

spaCy's `Matcher` tries every token pattern at every word, so a thousand organisation names
written as token patterns (`[{"LOWER": "age"}, {"LOWER": "uk"}]`, any case) cost more than the
NER itself. Those whose every word is fixed go to a `PhraseMatcher` on `LOWER` instead (a hash
lookup per word); the ruler's own phrase matcher keeps matching places as written ("Bow" is a
place, "bow" is not). The token patterns left ("{place} primary care centre", "friends of
{place}") are grouped by a word each must hold, and a group is walked only over a memo that
says one of its words. Matches from all are ranked together, as `EntityRuler` ranks its own.

Imported lazily, by `nlp.load_nlp` and the extractor's vocabulary ruler: it imports spaCy.
"""

from __future__ import annotations

import warnings
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc

FACTORY = "memo_gazetteer_ruler"


class PhraseRuler(EntityRuler):
    """An `EntityRuler` whose phrase patterns are only tokenised (its phrase matcher's
    attribute must be one the tokenizer sets)."""

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        if self.phrase_matcher_attr not in (None, "ORTH", "TEXT", "LOWER", "NORM"):
            raise ValueError(f"phrase attribute {self.phrase_matcher_attr} needs more than tokens")
        with self.nlp.select_pipes(enable=[]):
            super().add_patterns(patterns)


class Gazetteer(PhraseRuler):
    """An `EntityRuler` whose fixed-word token patterns match through a LOWER phrase matcher,
    and whose other token patterns are walked only over memos that say a word they need."""

    def __init__(self, nlp: Any, name: str, **config: Any) -> None:
        super().__init__(nlp, name, **config)
        self.any_case = PhraseMatcher(nlp.vocab, attr="LOWER")
        # A word set any match must hold one of (None: no such set) -> those patterns' Matcher.
        self.needing: dict[frozenset[str] | None, Any] = {}

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        rest = []
        for entry in patterns:
            phrases = _fixed_phrases(entry["pattern"])
            if phrases is None:
                rest.append(entry)
                continue
            label = entry["label"]
            if "id" in entry:
                label = self._create_label(label, entry["id"])
                self._ent_ids[self.matcher._normalize_key(label)] = (entry["label"], entry["id"])
            self.any_case.add(label, [Doc(self.nlp.vocab, words=p) for p in phrases])
        super().add_patterns(rest)
        for entry in rest:
            if isinstance(entry["pattern"], list):
                label = entry["label"]
                if "id" in entry:
                    label = self._create_label(label, entry["id"])
                needs = _needed_words(entry["pattern"])
                if needs not in self.needing:
                    self.needing[needs] = Matcher(self.nlp.vocab)
                self.needing[needs].add(label, [entry["pattern"]])

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        """`EntityRuler.match`, with the any-case names' matches among the token patterns'."""
        self._require_patterns()
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            said = {t.lower_ for t in doc}
            matches = [
                match
                for needs, matcher in self.needing.items()
                if needs is None or not needs.isdisjoint(said)
                for match in matcher(doc)
            ]
            matches += [*self.any_case(doc), *self.phrase_matcher(doc)]
        final = {(m_id, start, end) for m_id, start, end in matches if start != end}
        # Longest first, then earliest, as EntityRuler ranks. Of two rulings of one span
        # ("Science Museum": on the list, and a capitalised word before "Museum"), the
        # listed name's, which EntityRuler leaves to the order of a set.
        return sorted(
            final, key=lambda m: (m[2] - m[1], -m[1], m[0] in self._ent_ids), reverse=True
        )


def _needed_words(pattern: list[dict[str, Any]]) -> frozenset[str] | None:
    """The fewest lower-case words of which a token the pattern cannot skip must be one
    ("of" for "friends of {place}"), or None where every such token may be any of many."""
    fewest: frozenset[str] | None = None
    for token in pattern:
        op = token.get("OP")
        if op is not None and not (op.startswith("{") and op[1] not in "0,"):
            continue  # "?", "*", "+", "!" or "{0,n}": a token it may do without (or not want)
        for attr in ("LOWER", "ORTH"):
            value = token.get(attr)
            if isinstance(value, dict) and set(value) == {"IN"}:
                value = value["IN"]
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list):
                continue
            words = frozenset(w.lower() for w in value)
            if fewest is None or len(words) < len(fewest):
                fewest = words
    return fewest if fewest is not None and len(fewest) <= NEEDED_AT_MOST else None


# A set of needed words larger than this (the places, the organisation kinds) is in most memos.
NEEDED_AT_MOST = 40


def _fixed_phrases(pattern: Any) -> list[list[str]] | None:
    """The word sequences a token pattern of fixed lower-case words stands for ("nhs" or
    "n.h.s." then "trust": two), else None."""
    if not isinstance(pattern, list) or not pattern:
        return None
    phrases: list[list[str]] = [[]]
    for token in pattern:
        if set(token) != {"LOWER"}:
            return None
        words = token["LOWER"]
        if isinstance(words, dict) and set(words) == {"IN"}:
            words = words["IN"]
        elif not isinstance(words, str):
            return None
        words = [words] if isinstance(words, str) else words
        phrases = [[*p, w] for p in phrases for w in words]
    return phrases


def register() -> None:
    """Make the factory known to spaCy (once per process)."""
    if not Language.has_factory(FACTORY):
        Language.factory(
            FACTORY,
            default_config={"overwrite_ents": True},
            func=lambda nlp, name, overwrite_ents: Gazetteer(
                nlp, name, overwrite_ents=overwrite_ents
            ),
        )
