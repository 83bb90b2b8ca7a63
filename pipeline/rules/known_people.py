"""Someone known from earlier memos by one name that a rule or the NER took for an
organisation: "find out who runs the market for Tobz", "At the market with Tobz". A name
people go by ("Tobz", "Big Sal") is no pattern of the vocabulary (it would make every "Tom"
the one Tom known), so the context rules may read it as a firm; one word that is the whole
name of someone already known is that person, not an organisation of the same name.
"""

from __future__ import annotations

from typing import Any

from .. import lexicon
from ..entities import GAZETTEER_ID, VOCAB_ID
from ..lexicon import TITLES
from ..records import ONE_NAME, Term
from .spans import _set_entity
from .words import TO_A_PLACE, _english_words, _one_word_bodies


def _known_people_are_no_organisation(doc: Any, terms: tuple[Term, ...]) -> None:
    """A one-word organisation the vocabulary and the gazetteer did not give, said as the
    one name of someone known (not in capitals: "HARCA" stored as someone was a guess, and
    not a listed body), is that person; so is its possessive before what is theirs ("stood
    with Tobz's under nines", "Tobz's teacher rang"), though not after a word that says where
    one goes or buys ("lunch at Tobz's" may be the shop)."""
    alone = {
        t.text.strip().lower()
        for t in terms
        if (t.kind == ONE_NAME or (t.kind == "person" and " " not in t.text.strip()))
        and not t.text.strip().isupper()
    }
    if not alone:
        return
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        owned = len(e) == 2 and e[1].text in ("'s", "’s")
        if owned and e.start > 0 and doc[e.start - 1].lower_ in TO_A_PLACE:
            continue
        if len(e) != 1 and not owned:
            continue
        low = e[0].lower_
        if low in alone and low not in _one_word_bodies() and not e[0].is_upper:
            _set_entity(doc, e.start, e.start + 1, "PERSON")


# Words before a town that say it is the place or its team: "went to Everton", "beat Everton".
_AT_A_PLACE = TO_A_PLACE | {"play", "playing", "played", "beat", "against", "v", "vs"}


def _known_first_names_are_no_town(doc: Any, terms: tuple[Term, ...]) -> None:
    """ "Everton asked me to ring him" after "Everton Gayle" was stored: a first name that is
    a town too ("Everton", "Chelsea", "Devon"), which the NER or the gazetteer took for the
    place, is the one person known by that first name; not where there are two, not a place
    the user has stored by that name, and not after a word that puts the place somewhere
    ("went to Everton", "Everton beat ...": the club is no one either way)."""
    firsts: dict[str, set[str]] = {}
    places = set()
    for t in terms:
        words = t.text.strip().lower().split()
        if t.kind == "person" and len(words) >= 2:
            firsts.setdefault(words[0], set()).add(t.text.strip())
        elif t.kind in ("place", "org"):
            places.add(" ".join(words))
    if not firsts:
        return
    for e in list(doc.ents):
        if e.label_ not in ("GPE", "LOC") or len(e) != 1 or e.ent_id_ == VOCAB_ID:
            continue
        low = e[0].lower_
        if (
            len(firsts.get(low, ())) != 1
            or low in places
            or not e[0].is_title
            or (e.start > 0 and doc[e.start - 1].lower_ in _AT_A_PLACE)
            or (e.end < len(doc) and doc[e.end].lower_ in ("beat", "won", "lost", "drew", "v"))
        ):
            continue
        _set_entity(doc, e.start, e.end, "PERSON")


def _bodies_said_by_their_first_words(doc: Any, terms: tuple[Term, ...]) -> None:
    """ "I need to ring Phoenix today ... Phoenix Community Housing", "the gym now, not
    Goresbrook" after "Goresbrook Leisure Centre" was stored: a name the NER or a rule took for
    someone that is the first words of an organisation or a place said whole in the same memo,
    or known whole from earlier memos, is that body said short. Not a listed first name alone
    ("Victoria" of "Victoria Park" is still someone), not after a title ("Mrs Hollis" of
    "Hollis Dental"), and not someone stored under that full name, unless the memo itself says
    the whole."""
    wholes: dict[tuple[str, ...], str] = {}
    for t in terms:
        words = tuple(t.text.strip().lower().split())
        if t.kind in ("org", "place") and len(words) > 1:
            wholes.setdefault(words, "ORG" if t.kind == "org" else "LOC")
    said = {
        tuple(w.lower_ for w in e): e.label_
        for e in doc.ents
        if e.label_ in ("ORG", "FAC", "LOC", "GPE") and len(e) > 1
    }
    if not wholes and not said:
        return
    known = {t.text.strip().lower() for t in terms if t.kind == "person"}
    _places_said_by_their_first_word(doc, wholes, said)
    for e in list(doc.ents):
        if e.label_ != "PERSON" or len(e) > 3 or not all(w.is_alpha for w in e):
            continue
        words = tuple(w.lower_ for w in e)
        if len(words) == 1 and words[0] in lexicon.common_first_names():
            continue
        if e.start and doc[e.start - 1].lower_.rstrip(".") in TITLES:
            continue
        here = [
            label
            for whole, label in said.items()
            if whole[: len(words)] == words and len(whole) > len(words)
        ]
        known_whole = [
            label
            for whole, label in wholes.items()
            if whole[: len(words)] == words and len(whole) > len(words)
        ]
        if here:
            _set_entity(doc, e.start, e.end, "ORG" if "ORG" in here else here[0])
        elif (
            known_whole
            and " ".join(words) not in known
            # "Edith Neville rang" of a known "Edith Neville Primary": a first name and a
            # surname are the person they name unless a word puts them somewhere ("at Edith
            # Neville", `known_orgs`); "the head of Eldon" is still the school
            and not (len(words) > 1 and words[0] in lexicon.first_names())
        ):
            label = "ORG" if "ORG" in known_whole else known_whole[0]
            if _area_of_bodies(words, known_whole):
                label = "LOC"  # "through the middle of Hallside": the area they are named for
            _set_entity(doc, e.start, e.end, label)


def _area_of_bodies(words: tuple[str, ...], labels: list[str]) -> bool:
    """ "Hallside" once "Hallside Community Council", "Hallside Larder" and "Hallside Youth
    Club" are known: one word no dictionary has that opens two known bodies or more names
    the area they are all named for, not any one of them (a common first name never comes
    here: "Victoria" of "Victoria Park" stays someone)."""
    return len(words) == 1 and labels.count("ORG") >= 2 and words[0] not in _english_words()


def _places_said_by_their_first_word(
    doc: Any, wholes: dict[tuple[str, ...], str], said: dict[tuple[str, ...], str]
) -> None:
    """ "Nan's in Oakfield Court now ... the warden at Oakfield": one word that a rule
    or the NER took for an organisation, and that opens a place said whole in the same memo
    (or known whole from earlier memos), is that place said short, where no organisation said
    or known opens with it ("Mossbrook Court" and "Mossbrook Housing" leave "Mossbrook" as
    it is). Not a listed first name ("Victoria" of "Victoria Park"), a listed body or a kind
    of organisation."""
    for e in list(doc.ents):
        if e.label_ != "ORG" or len(e) != 1 or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        word = e[0]
        low = word.lower_
        if not (word.is_title and word.is_alpha) or low in lexicon.first_names():
            continue
        if low in lexicon.org_suffixes() or low in _one_word_bodies():
            continue
        here = [label for whole, label in said.items() if len(whole) > 1 and whole[0] == low]
        known = [label for whole, label in wholes.items() if whole[0] == low]
        labels = here or known
        if labels and "ORG" not in here + known:
            _set_entity(doc, e.start, e.end, "LOC")
