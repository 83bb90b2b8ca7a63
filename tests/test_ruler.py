"""The gazetteer's ruler: names of fixed words looked up, not walked, with the same entities an
EntityRuler sets from the same patterns. Real spaCy."""

from __future__ import annotations

import pytest

from pipeline.entities import GAZETTEER_ID
from pipeline.nlp import gazetteer_patterns, load_nlp
from pipeline.ruler import _fixed_phrases, _needed_words

pytestmark = pytest.mark.real

SAID = [
    "Rang age uk camden and then Citizens Advice, then the n.h.s. about Mum.",
    "Went to the food bank in Bow, then took a bow at the Hornsey Rise Surgery panto.",
    "Mind in Enfield said to mind the gap; the Science Museum trip is on.",
    "Dropped the form at haringey council and at Barnet Council on the way home.",
    "Kemi from the Trussell Trust and Dev from the royal borough of kingston.",
    "The Friends of Pymmes Park meet at the Edmonton primary care centre, and St Anne's Primary.",
]


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_the_same_entities_as_an_entity_ruler_with_the_same_patterns(nlp) -> None:
    from spacy.pipeline import EntityRuler

    plain = EntityRuler(nlp, name="plain", overwrite_ents=True)
    plain.add_patterns(gazetteer_patterns(nlp))
    ours = nlp.get_pipe("memo_gazetteer")
    for text in SAID:
        doc = nlp.make_doc(text)
        want = {(e.start, e.end, e.label_) for e in plain(nlp.make_doc(text)).ents}
        got = {(e.start, e.end, e.label_) for e in ours(doc).ents}
        assert got == want, text
        assert want, text


def test_fixed_names_are_looked_up_in_any_case_and_spelling(nlp) -> None:
    ours = nlp.get_pipe("memo_gazetteer")
    doc = ours(nlp.make_doc("Rang age uk camden, AGE UK Camden and the N.H.S. too."))
    assert [e.text for e in doc.ents if e.label_ == "ORG"][:2] == ["age uk camden", "AGE UK Camden"]
    # no token pattern is left that a phrase lookup could do
    patterns = [p for ps in ours.token_patterns.values() for p in ps]
    assert patterns and all(_fixed_phrases(p) is None for p in patterns)


def test_a_span_both_listed_and_patterned_is_the_listed_name(nlp) -> None:
    doc = nlp.get_pipe("memo_gazetteer")(nlp.make_doc("The Science Museum trip is on."))
    assert [(e.text, e.ent_id_) for e in doc.ents] == [("Science Museum", GAZETTEER_ID)]


def test_fixed_phrases_of_a_token_pattern() -> None:
    assert _fixed_phrases([{"LOWER": "nhs"}, {"LOWER": "trust"}]) == [["nhs", "trust"]]
    assert _fixed_phrases([{"LOWER": {"IN": ["uk", "u.k."]}}]) == [["uk"], ["u.k."]]
    assert _fixed_phrases([{"LOWER": "mind", "IS_LOWER": False}]) is None
    assert _fixed_phrases([{"LOWER": "x"}, {"LOWER": "y", "OP": "?"}]) is None
    assert _fixed_phrases("Bow") is None


def test_phrase_patterns_are_only_tokenised() -> None:
    """`EntityRuler` runs every enabled component over each phrase it is given (all of them
    for a ruler kept outside the pipeline, as the vocabulary's is); memo's rulers match words
    as written, so only the tokenizer runs, and the phrases match as before."""
    import spacy
    from spacy.language import Language
    from spacy.pipeline import EntityRuler

    from pipeline.ruler import PhraseRuler

    calls: list[str] = []

    @Language.component("counts_calls")
    def counts_calls(doc):
        calls.append(doc.text)
        return doc

    @Language.component("does_nothing")
    def does_nothing(doc):
        return doc

    nlp = spacy.blank("en")
    nlp.add_pipe("counts_calls")
    nlp.add_pipe("does_nothing")  # spaCy's ruler leaves out the pipeline's last component
    names = [{"label": "PERSON", "pattern": "Ada Okafor"}, {"label": "ORG", "pattern": "Age UK"}]
    EntityRuler(nlp, name="plain", phrase_matcher_attr="LOWER").add_patterns(names)
    assert calls  # what spaCy's own does, so this test can fail
    calls.clear()
    ours = PhraseRuler(nlp, name="ours", phrase_matcher_attr="LOWER")
    ours.add_patterns(names)
    assert calls == []
    doc = ours(nlp.make_doc("met ada okafor from age uk"))
    assert [(e.text, e.label_) for e in doc.ents] == [("ada okafor", "PERSON"), ("age uk", "ORG")]
    with pytest.raises(ValueError):
        PhraseRuler(nlp, name="tagged", phrase_matcher_attr="POS").add_patterns(names)


def test_the_words_a_token_pattern_needs() -> None:
    place = {"LOWER": {"IN": [f"place{i}" for i in range(100)]}, "OP": "{1,3}"}
    friends = [{"LOWER": "friends"}, {"LOWER": "of"}, place]
    assert _needed_words(friends) in (frozenset({"friends"}), frozenset({"of"}))
    saint = [{"LOWER": {"IN": ["st", "st.", "saint"]}}, {"IS_TITLE": True}]
    assert _needed_words(saint) == frozenset({"st", "st.", "saint"})
    assert _needed_words([{"LOWER": "the", "OP": "?"}, place]) is None  # only many words
    assert _needed_words([{"ORTH": "CAB"}]) == frozenset({"cab"})
