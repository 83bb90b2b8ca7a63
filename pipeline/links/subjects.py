"""Who a clause is about: the person a "she", a "he" or a verb stands for, read back from the
words before it ("Deepa Raval, she's from Elmfield University", "He's left Tesco and joined
Ocado"), less a name set off only to say whose mum or friend it is ("Hodan Osman, Abdi's mum,
she's a teaching assistant at ...") and a relative whose organisation is their own, not the
named person's ("her son is at Oakfield Primary", "My husband Tom Reed").

The bottom of the package: every pass asks who its clause is about, so these readings and the
little words they turn on (the "is" of "she's", "her", "his") live here, below the passes that
share them.
"""

from __future__ import annotations

from typing import Any

from ..entities import FILLERS, _Entity, sentences_back
from ..rules.person_words import KIN


def _person_before(entities: list[_Entity], doc: Any, token_i: int) -> str | None:
    """The person a clause is about: the last one named earlier in the sentence, else the last
    one named before it (a "she" or "he" that opens the sentence)."""
    sent = doc[token_i].sent
    before = [
        e
        for e in entities
        if e.kind == "person" and e.end <= token_i and not _kin_of_the_one_before(doc, e)
    ]
    in_sent = [e for e in before if e.start >= sent.start]
    if in_sent:
        return in_sent[-1].name
    return before[-1].name if before else None


def _poss_at(doc: Any, e: _Entity) -> int:
    """Where the "'s" said with a name is: its last token when the NER took it in ("Ezio's"
    as one span), else the token right after it (a "'s" there or not)."""
    return e.end - (doc[e.end - 1].tag_ == "POS")


# Words for whose someone is, said after a name with "'s": "Hodan, Abdi's mum, she's ...".
KIN_SAID = {
    "mum", "mom", "mother", "dad", "father", "wife", "husband", "partner", "sister", "brother",
    "son", "daughter", "aunt", "auntie", "uncle", "nan", "gran", "grandma", "grandad", "cousin",
    "friend", "boss", "neighbour", "teacher", "carer",
}  # fmt: skip


def _kin_of_the_one_before(doc: Any, e: _Entity) -> bool:
    """ "Hodan Osman, Abdi's mum, she's a teaching assistant at ...": a name set off after
    someone only to say whose mum (or friend) they are is not who the sentence goes on about."""
    return (
        e.start >= 2
        and doc[e.start - 1].text == ","
        and e.end + 1 < len(doc)
        and doc[e.end].text in ("'s", "’s")
        and doc[e.end + 1].lower_ in KIN_SAID
        and doc[e.start - 2].ent_type_ == "PERSON"
    )


# Words before a relative or a child that say whose they are: "her son", "their youngest".
WHOSE = {"her", "his", "their", "my", "our", "your"}
ELDEST = {"youngest", "eldest", "oldest", "little", "middle"}


def _kin_subject(doc: Any, prep_i: int) -> int | None:
    """Where the clause before the preposition at `prep_i` names someone's relative or child
    ("her son is at", "their youngest starts at", "my husband works for"), the index of that
    word: the organisation is theirs, not the named person's, unless their own name follows
    ("her husband Ravi works at")."""
    i = prep_i - 1
    while i >= doc[prep_i].sent.start and not doc[i].is_punct and prep_i - i <= 5:
        if doc[i].lower_ in KIN | ELDEST and i > 0 and doc[i - 1].lower_ in WHOSE:
            return i
        if doc[i].lower_ in KIN and i > 1 and doc[i - 1].dep_ == "case":
            return i  # "Ann Lee's husband works at Tesco": his, not hers
        i -= 1
    return None


def _be(doc: Any, i: int) -> bool:
    """An "is" ("'s", "was"), also the "s" of "shes", "hes" as typed without an apostrophe."""
    return doc[i].lower_ in BE or (doc[i].lower_ == "s" and i > 0 and doc[i - 1].lower_ in PRONOUNS)


# Verbs of saying something of oneself: "he said he's from X", "she says she's with Y".
SAID_OF_SELF = {"said", "says", "reckons", "reckoned", "reckon", "told"}


def _pronoun_subject(doc: Any, entities: list[_Entity], be_i: int) -> bool:
    """Whether the "is" at `be_i` ("she's", "he is") has for its subject a "she" or "he" that
    opens its clause and stands for someone named in this sentence or the one before: that
    one is who the clause says is from, at or with an organisation."""
    pron = be_i - 1
    if pron < 0 or not _be(doc, be_i) or doc[pron].lower_ not in PRONOUNS:
        return False
    if (
        pron >= 2
        and doc[pron - 1].lower_ in SAID_OF_SELF
        and doc[pron - 2].lower_ == doc[pron].lower_
    ):
        pron -= 2  # "he said he's from X": what the one named says of himself
    if pron > doc[pron].sent.start and not (
        doc[pron - 1].is_punct
        or doc[pron - 1].lower_ in FILLERS
        # "met ann lee at the fair shes from ...": a new clause run on, unpunctuated
        or (doc[pron - 1].pos_ in ("NOUN", "PROPN", "ADJ") and doc[be_i].lower_ == "s")
    ):
        return False  # "... and I think she's from ...": not the clause's own opening
    window = sentences_back(doc, pron, 1)
    return any(
        e.kind == "person"
        and window <= e.start
        and e.end <= pron
        and not _kin_of_the_one_before(doc, e)
        for e in entities
    )


def _relative_named(doc: Any, e: _Entity) -> bool:
    """ "My husband Tom Reed", "her son Kofi": someone named as a relative, whose job or
    organisation is not the one the memo is about."""
    return e.start >= 2 and doc[e.start - 1].lower_ in KIN and doc[e.start - 2].lower_ in WHOSE


# "he's our new assistant coach", "she's one of their mechanics", "he runs the place".
PRONOUNS = {"he", "she"}
BE = {"'s", "’s", "is", "was"}


# "in memory of", "on behalf of": someone a thing is done for, not someone met there.
MEMORY = {"memory", "behalf", "honour", "honor", "loving"}


def _in_memory(doc: Any, e: _Entity) -> bool:
    """Whether the name is said after "in memory of" or "on behalf of"."""
    return e.start >= 2 and doc[e.start - 1].lower_ == "of" and doc[e.start - 2].lower_ in MEMORY


def _same_sentence(doc: Any, a: _Entity, b: _Entity) -> bool:
    return doc[a.start].sent.start == doc[b.start].sent.start


def _third_person_subject(doc: Any, entities: list[_Entity], verb_i: int) -> bool:
    """Whether the verb at `verb_i` has "he", "she" or a named person as its subject."""
    i = verb_i - 1
    while i >= 0 and doc[i].lower_ in ("'s", "’s", "has", "had", "just", "recently", "and"):
        i -= 1
    if i < 0:
        return False
    if doc[i].lower_ in ("he", "she"):
        return True
    # "He's left Tesco and joined Ocado": the subject of the verb joined to this one
    if doc[verb_i - 1].lower_ == "and" and any(
        t.lower_ in ("he", "she") for t in doc[doc[verb_i].sent.start : verb_i]
    ):
        return True
    return any(e.kind == "person" and e.end == i + 1 for e in entities)
