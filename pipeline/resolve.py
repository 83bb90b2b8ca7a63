"""Resolving the labelled spans of one memo into names: titles and possessives dropped,
short forms merged into the full name said earlier, a name corrected on the spot kept as the
correction, and spans that are no name at all dropped.

Separate from the rule layers, which decide what a span is; this decides who it is.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from . import identity, lexicon
from .entities import (
    CONTEXT_ID,
    DESCRIPTIVE,
    FILLERS,
    GAZETTEER_ID,
    LABELS,
    LEAD_VERBS,
    MISHEARD_MET,
    NICKNAME_SAID,
    NOT_NAME,
    NOT_PEOPLE,
    ORG_PREPS,
    VOCAB_ID,
    _Entity,
    _listed_places,
    _role_word,
    clean_name,
    nickname_said,
    person_name,
    said_without_its_kind,
    sentences_back,
    without_the,
)
from .heard import SPOKEN_TITLES, WORD_NAMES
from .identity import (
    NICKNAME_WORDS,
    clipped_alone,
    clipped_form,
    close_word,
    forms_of_one_name,
    pet_form,
)
from .lexicon import (
    ACTION_VERBS,
    EVENT_NOUNS,
    LANGUAGES,
    PARTICLES,
    ROLE_HEADS,
    TITLES,
    org_suffixes,
    split_title,
)
from .records import ONE_NAME, Term, name_key
from .rules.org_words import PART_HEADS
from .rules.orgs import _org_name
from .rules.people import (
    DESCRIBING,
    PERSONAL_TITLES,
    _from_somewhere_and_rang,
    _nickname_pairs,
)
from .rules.person_words import (
    CALLED_IN_THE_FAMILY,
    DOING,
    ELDERS_CALLED,
    KIN,
    PERSON_DOES,
    PERSON_NOUNS,
    SAID_AFTER_A_NAME,
    THAT_IS,
    WHERE_OVER,
)
from .rules.places import _somewhere
from .rules.spans import _set_entity
from .rules.words import (
    RACES_AND_FESTIVALS,
    SAINTS,
    SCOTS_PREPOSITIONS,
    _a_sum,
    _english_words,
    _lower_name_shaped,
    _plural_of_a_word,
    _verbs,
)


def _resolve(doc: Any, terms: tuple[Term, ...]) -> list[_Entity]:
    """Entities with clean names; short names merged into the full name they stand for.

    Within the memo a first name, a surname or a nickname joins the full name said with it;
    across memos a first name (or its short form: Pete, Peter) joins the one known person
    who has it, or, when several do, the one linked to an organisation this memo names.
    Anything else stays separate rather than guessed.
    """
    _double_barrelled(doc)
    _names_cut_as_contractions(doc)
    _surname_particles(doc)
    spelling = {t.text.strip().lower(): t.text.strip() for t in terms if t.kind}
    vocab_people = {t.text.strip().lower() for t in terms if t.kind == "person"}
    not_entities = lexicon.not_entities()
    place_words = lexicon.place_words()
    raw: list[_Entity] = []
    known_orgs_lower = [t.text.strip().lower() + " " for t in terms if t.kind == "org"]
    for ent in doc.ents:
        kind = LABELS.get(ent.label_)
        if (
            not kind
            and ent.label_ in ("PRODUCT", "WORK_OF_ART", "FAC")
            and ent[0].is_title
            and sum(o.startswith(ent.text.lower() + " ") for o in known_orgs_lower) == 1
        ):
            kind = "org"  # "meter readings to Octopus" after "Octopus Energy"
        if not kind:
            continue
        title = None
        lead, trail = 0, len(ent)
        if ent.ent_id_ == VOCAB_ID and ent.text.lower() in spelling:
            name = spelling[ent.text.lower()]  # as the user or the database spells it
        elif kind == "org" and (ent.text.islower() or ent.ent_id_ == GAZETTEER_ID):
            name = _org_name(ent.text)  # "the post office" -> "Post Office"
            if ent[-1].text in ("'s", "’s"):
                name += ent[-1].text  # "Sainsbury's": the name is possessive
        elif kind == "person":
            lead = 0  # "Took Mum", "Rang Pete": a verb the NER swept into the name
            while lead < len(ent) - 1 and (
                (
                    ent[lead].tag_ in ("VBD", "VB", "VBZ", "VBG")
                    and (_a_word(ent[lead].lower_) or _a_word(ent[lead].lemma_.lower()))
                )
                or (ent[lead].is_sent_start and ent[lead].lower_ in LEAD_VERBS)
                or _sentence_adverb(ent[lead])  # "Meanwhile Anouk in finance wants ..."
                or ent[lead].lower_ in GREETINGS  # "Cheers Dave", "Morning Sunita"
                or (ent[lead].is_lower and ent[lead].lower_ in SCOTS_PREPOSITIONS)  # "wi Gran"
                or (ent[lead].is_lower and ent[lead].lower_ in KIN)  # "their daughter ifrah"
                or ent[lead].lower_ in CALLED_IN_THE_FAMILY  # "Abti Yusuf": his uncle Yusuf
                or (  # "Our Zarmina's been on at me": whose she is, no part of her name
                    ent[lead].lower_ in POSSESSIVES and lead + 2 == len(ent) and ent[-1].is_title
                )
                or (  # "on whatsapp tegwen cant come": an app, not "Pip Jones"
                    ent[lead].lower_ in not_entities
                    and ent[lead].lower_ not in lexicon.first_names()
                )
            ):  # not "winifred okereke", which the tagger takes for a past tense
                lead += 1
            trail = len(ent)  # "Gav rang", "Sam says": the verb after the name
            while (
                trail > lead + 1
                and not _named_after_a_title(ent, lead, trail)
                and (
                    (
                        ent[trail - 1].is_lower
                        and (
                            (ent[trail - 1].pos_ == "VERB" and _a_word(ent[trail - 1].lower_))
                            or ent[trail - 1].lower_ in DOING
                        )
                    )
                    or ent[trail - 1].lower_ in SAID_VERBS  # "so Baz Rang," as Whisper wrote it
                    or ent[trail - 1].lower_ in ELDERS_CALLED  # "send Ysolde Mam's GP details"
                    or (  # "Tahir bhai reckons"; not "Eun-ji", a name of two syllables
                        ent[trail - 1].lower_ in SAID_AFTER_A_NAME
                        and bool(ent[trail - 2].whitespace_)
                    )
                )
            ):
                trail -= 1
            title, name = person_name(ent[lead:trail].text)
            if title is None and _coach_and_a_name(ent[lead:trail]):
                title, name = ent[lead].text, ent[trail - 1].text  # "Coach Tadeo"
            if name.islower():
                name = name.title()  # "fatima begum", as Whisper wrote it
            if title and title.islower():
                title = title.title()  # "auntie ngozi"
            name = re.sub(r"\b(\w+) \1\b", r"\1", name)  # "goes by Rob, Rob reckons"
            name = _surname_prefix_joined(name, bool(title))
            words = name.split()
            if len(words) >= 3 and ent[0].is_sent_start and words[0].lower() in MISHEARD_MET:
                name = " ".join(words[1:])  # "Matt Kevin Brooks, head of ..." is "Met Kevin ..."
            if not title and (_initials(name) or _acronym(name)):
                kind = "org"  # "Rang TfL", "emailed the DfE": initials, no one's name
        else:
            lead = 0  # "Rang British Gas": a verb the NER swept into the name
            while lead < len(ent) - 1 and ent[lead].lower_ in ACTION_VERBS:
                lead += 1
            if (
                kind == "org"
                and lead == len(ent) - 1
                and ent[-1].lower_ in org_suffixes()
                and all(t.lower_ in EVENT_NOUNS for t in ent[:lead])
            ):
                lead = 0  # "Lunch Club", "Breakfast Club": a meal names the club
            if lead < len(ent) - 1 and ent[lead].is_sent_start and ent[lead].lower_ in LEAD_VERBS:
                lead += 1  # "Played Eastmoor Wolves on Sunday"
            if kind == "org" and lead == 0 and _verb_before_a_first_name(ent):
                kind, lead = "person", 1  # "Returned Lorcan's drill", "Lent Clive the drill"
            name = clean_name(ent[lead:].text)
            if kind == "org" and ent[-1].text in ("'s", "’s"):
                name += ent[-1].text  # "Sainsbury's", "St Monica's": the name is possessive
            words = name.split()
            if kind == "org" and len(words) > 1 and words[-1].lower() in org_suffixes():
                # "Leeds and District junior league" -> "... Junior League"
                joins = ("of", "and", "in", "for", "the", "on", "upon", "&")
                name = " ".join(
                    w if i == 0 or w in joins else w[:1].upper() + w[1:]
                    for i, w in enumerate(words)
                )
        if not name or not any(c.isalpha() for c in name):
            continue
        low = name.lower()
        named = kind == "person" and ent.text.istitle() and low in lexicon.first_names()
        if low in INDEFINITE:
            continue  # "Everyone loved it", "Anyone could come": a pronoun at a sentence start
        if kind == "place" and low in LANGUAGES:
            continue  # "her Latvian shop", "the Welsh": a language or its people, no place
        if kind == "person" and low.rstrip(".") in PERSONAL_TITLES:
            continue  # "Mr" of "see Mr and Mrs Brannigan": a title alone names no one
        if kind == "person" and not title and _named_as_holy(ent, lead):
            continue  # "Saint Nicholas came to the school", "the Prophet Muhammad said"
        if ent.ent_id_ != VOCAB_ID and (
            (low in not_entities and not named)
            or low in NOT_PEOPLE
            or low in CALLED_IN_THE_FAMILY  # "calls me walaal", "rang Hooyo"
            or (" " in ent.text and ent.text.lower() in not_entities)  # "Doctor Who"
            or _listed_things_joined(low, not_entities)
        ):
            continue  # "GP", "WhatsApp", "Mum", "PIP" (but "Pip" the person is kept)
        if ent.ent_id_ != VOCAB_ID and _inside_a_listed_phrase(
            doc, ent.start + lead, ent.start + trail
        ):  # "Watched Gavin" of "Watched Gavin and Stacey": the title less the verb
            continue  # "Tax Digital" of "Making Tax Digital", "Buy" of "Right to Buy"
        if (
            kind == "person"
            and not title
            and " " not in name
            and ent.ent_id_ != VOCAB_ID
            and _role_word(low)
            and low not in lexicon.first_names()
        ):
            continue  # "Surveyor's here", "Carer's Allowance": a job, not anyone's name
        if kind == "person" and not title and len(ent) == 1 and not ent.ent_id_ and _a_thing(ent):
            continue  # "his Clenil", "Dettol spray": a medicine, a brand
        if len(ent) == 1 and not ent.ent_id_ and not ent.text.isupper() and _counted(ent[0]):
            continue  # "some Rennie", "a Barbie for her birthday": a thing, not someone
        if kind == "person" and len(ent) == 1 and not ent.ent_id_ and _a_word_not_a_name(ent[0]):
            continue  # "Father Michael said grace at the lunch": the word, not Grace
        if kind == "person" and len(ent) == 1 and ent.ent_id_ != VOCAB_ID and _the_device(ent[0]):
            continue  # "asked Alexa to play the radio", "the Alexa in the kitchen"
        if (
            ent.ent_id_ == GAZETTEER_ID
            and kind == "org"
            and len(ent) == 1
            and ent[0].is_sent_start
            and ent.end < len(doc)
            and doc[ent.end].text == ","
        ):
            continue  # "Mind, it's a busy day": a one-word charity name is a word too
        if (
            kind == "person"
            and low not in vocab_people
            and all(w.lower().strip("'’") in place_words for w in name.split())
        ):
            continue  # "Kentish" of Kentish Town
        if ent.ent_id_ not in (VOCAB_ID, GAZETTEER_ID, CONTEXT_ID) and _not_a_name(ent, kind):
            continue
        if (
            kind == "org"
            and ent.ent_id_ != VOCAB_ID
            and len(ent) > 1
            and ent[0].is_sent_start
            and all(t.is_lower for t in ent[1:])
            and ent[-1].lower_ in BODIES
        ):
            continue  # "Finance committee Tuesday evening": a meeting, not an organisation
        raw.append(_Entity(kind, ent.start, ent.end, ent.start_char, ent.text, name, title))

    _one_spelling(raw, terms)
    _one_hyphenation(raw, terms)
    _double_first_name(raw, terms)
    said_first = list(raw)
    put_right = _self_corrected(doc, raw, "person")
    # A surname put right is put right for good: later memos keep to it (`Store`), not a
    # first name taken back for someone else's ("Dan, no, sorry, Dev Ainsworth")
    doc.user_data[PUT_RIGHT] = {
        wrong: right
        for wrong, right in put_right.items()
        if (wrong.split()[0] == right.split()[0] and len(wrong.split()) == len(right.split()) > 1)
        or (
            " " not in wrong + right
            and (_half_of(wrong, right) or close_word(wrong.lower(), right.lower()))
        )
    }
    # "a fella called Rory, no, Ronan": the name taken back is no one, known or not (but
    # "Esther, er, Esther Mwangi" and "Gloria Mensah, no, Gloria Menezes" are the one said)
    kept_firsts = {e.name.split()[0].lower() for e in raw if e.kind == "person"}
    taken_back = {
        i
        for e in said_first
        if e not in raw and e.name.split()[0].lower() not in kept_firsts
        for i in range(e.start, e.end)
    }
    _first_name_recalled(doc, raw)
    _first_name_offered(doc, raw)
    _goes_by(doc, raw)
    _nobody_calls_them_that(doc, raw)
    _named_in_apposition(doc, raw, terms)
    _or_as_called(doc, raw)

    def by(picks: slice, entities: Iterable[Any]) -> dict[str, set[str]]:
        index: dict[str, set[str]] = {}
        for name in entities:
            if " " in name:
                for word in name.split()[picks]:
                    # "O'Sullivan" is looked up as typed and by its key ("osullivan")
                    for form in {word.lower(), name_key(word)}:
                        index.setdefault(form, set()).add(name)
        return index

    singles = {e.name.lower() for e in raw if e.kind == "person" and " " not in e.name}
    titled = {e.name.lower() for e in raw if e.kind == "person" and e.title}
    titled -= {e.name.lower() for e in raw if e.kind == "person" and not e.title}
    for e in raw:
        if e.kind != "person" and e.name.lower() in singles and _lone_name(doc, e):
            e.kind = "person"  # "my sister Clare ... Clare's thinking of moving" (NER: ORG)
        # "Femi Ogunleye" (NER: ORG) after "met Femi": a person, not an organisation; not
        # "Mr Kostakis ... at Kostakis Reid": a surname said with a title opens the firm's name
        words = e.name.split()
        if (
            e.kind == "org"
            and len(words) == 2
            and words[0].lower() in singles - titled
            and words[-1].lower() not in org_suffixes()
        ):
            e.kind = "person"
    _two_people_run_together(doc, raw, terms)
    _a_couple_and_their_surname(doc, raw, terms)
    people = [e.name for e in raw if e.kind == "person"]
    # First (or middle) names, and surnames, of the full names in this memo.
    firsts, lasts = by(slice(0, -1), people), by(slice(-1, None), people)
    said = _nickname_pairs(doc)
    goes_by = {
        formal.lower(): short
        for formal, short in map(nickname_said, NICKNAME_SAID.finditer(doc.text))
    }
    for short, formal in said.items():
        if short not in firsts and (formal in firsts or formal in lasts):
            firsts[short] = (
                firsts.get(formal) or lasts[formal]
            )  # "Fletcher ... calls himself Fletch"
    _with_other_forms(firsts)  # "Peter" after "Pete Okafor"
    known_people = [t for t in terms if t.kind == "person"]
    alone = {  # not initials: "HARCA" stored as someone was a guess
        t.text.strip().lower(): t.text.strip()
        for t in terms
        if t.kind == ONE_NAME and not t.text.isupper()
    }
    known = by(slice(0, 1), (t.text.strip() for t in known_people))
    _with_other_forms(known)
    orgs_here = {name_key(e.name) for e in raw if e.kind == "org"}
    known_orgs = {t.text.strip(): {name_key(o) for o in t.orgs} for t in known_people}

    def same_org(a: str, b: str) -> bool:  # "Age UK" is "Age UK Camden"
        return a == b or a.startswith(b + " ") or b.startswith(a + " ")

    def known_person(word: str, after: int | None = None) -> str | None:
        names = known.get(word, set())
        if len(names) > 1:  # several Sunitas: the one from an organisation named here
            here = {
                n
                for n in names
                if any(same_org(a, b) for a in known_orgs.get(n, ()) for b in orgs_here)
            }
            if not here and after is not None and (kind := _kind_said_after(doc, after)):
                # "Dave from the council" of Dave Okafor (Haringey Council), not Dave Hollins
                here = {n for n in names if any(kind in o.split() for o in known_orgs.get(n, ()))}
            names = here
        return _only(names)

    def known_in_lower_case(low: str) -> str | None:
        if name := known_person(low) or alone.get(low):
            return name
        return (known_person(low[:-1]) or alone.get(low[:-1])) if low.endswith("s") else None

    _known_persons_things(
        doc,
        raw,
        lambda w: bool(
            w in singles
            or w in firsts
            or w in vocab_people
            or known_person(w)
            or alone.get(w)
            or any(clipped_alone(w, a) for a in alone)  # "Ysol" of Ysolde
        ),
    )
    # "Helen works for the NHS": a first name the NER missed, after "Dr Helen Marsh", or of
    # someone met in an earlier memo.
    covered = {i for e in raw for i in range(e.start, e.end)}
    _known_org_said_short(doc, raw, terms, covered)
    covered = {i for e in raw for i in range(e.start, e.end)} | taken_back
    lower = _lower_case_memo(doc)
    for t in doc:
        if lower and t.i not in covered and _known_name_in_lower_case(t):
            # "so aisha from the council never came"; "tahmid loved it" of someone known by
            # that one name; "chiomas plan", a possessive Whisper wrote without its apostrophe
            if name := known_in_lower_case(t.lower_):
                raw.append(_Entity("person", t.i, t.i + 1, t.idx, t.text, name))
            continue
        if t.i in covered or not t.is_title or t.lower_ in NOT_NAME or t.lower_ in ACTION_VERBS:
            continue
        if len(firsts.get(t.lower_, ())) == 1:
            name: str | None = next(iter(firsts[t.lower_]))
        else:
            # someone known by one name only, where the NER saw nothing or a people (NORP)
            name = (
                (known_person(t.lower_, t.i + 1) or alone.get(t.lower_) or None)
                if t.pos_ == "PROPN" or _set_off_as_someone(doc, t.i)
                else None
            )
        if name:
            raw.append(_Entity("person", t.i, t.i + 1, t.idx, t.text, name))
    raw.sort(key=lambda e: e.start)
    full_names = {name.lower(): name for name in people}
    singles = {n.lower(): {n} for n in people if " " not in n}  # first names said alone
    relatives = {  # "his mum Abena": not Kwabena clipped, here or later in the memo
        name_key(e.name) for e in raw if e.kind == "person" and _someones_relative(doc, e)
    }

    for e in raw:
        low = name_key(e.name)
        fond = e.name.split()
        if (
            e.kind == "person"
            and len(fond) == 2
            and fond[0].lower() in NICKNAME_WORDS
            and (
                found := _only(firsts.get(fond[1].lower(), ()))
                or known_person(fond[1].lower(), e.end)
            )
        ):
            e.name = found  # "Big Teilo" of Teilo Trevelyan, said here or known from before
            continue
        if " " not in e.name:
            # "Kevin" after "Kevin Brooks" (any label: the NER calls "Sophie" an ORG), then a
            # surname alone, then a first name that only one known person has.
            if len(firsts.get(low, ())) == 1:
                e.kind, e.name = "person", next(iter(firsts[low]))
            elif e.kind == "person" and len(lasts.get(low, ())) == 1:
                full = next(iter(lasts[low]))
                if not _relative_of(doc, e) and lexicon.title_fits(e.title, full):
                    e.name = full  # not "Lennox Brathwaite ... Mrs Brathwaite"
            elif (e.kind == "person" or (e.kind != "place" and _lone_name(doc, e))) and (
                found := known_person(low, e.end)
            ):
                e.kind, e.name = "person", found
            elif (
                e.kind == "place"
                and _lone_name(doc, e)
                and low not in _listed_places()
                and not _taken_somewhere(doc, e.start)
                and (found := known_person(low))
            ):
                e.kind, e.name = "person", found  # "Asked Philippa" (NER: GPE) is Philippa Croft
            elif (
                lower
                and e.kind != "person"
                and e.end - e.start == 1
                and not doc[e.start].ent_id_
                and _known_name_in_lower_case(doc[e.start])
                and (found := known_in_lower_case(low))
            ):
                e.kind, e.name = "person", found  # "in idryss room" (NER: GPE), lower case
            elif (
                e.kind == "person"
                and low not in relatives
                and (
                    found := _clipped(low, firsts)
                    or _clipped(low, known)
                    or _clipped_beside(doc, e, raw, singles)
                )
            ):
                # "Stan" after "Stanislaw Kasprzak", "Sola" for Olusola, "Rav" beside "Ravinder"
                e.name = found
        elif e.kind != "person" and e.name.lower() in full_names:
            e.kind, e.name = "person", full_names[e.name.lower()]
    _known_by_surname(raw, known_people, firsts, doc)
    known_alone = set(alone)  # known from earlier memos by one name alone
    # "The Sneddons got it! ... Ally says": Ally known from earlier memos (Alasdair Rennison)
    _family_names(doc, raw, known_alone | set(known))
    _titled_one_of_a_family(raw)
    _known_org_prefix(doc, raw, terms)
    # A nickname said with its formal name ("Robert ... goes by Rob") is one person, named by
    # the full name when the memo has one.
    for e in raw:
        if e.kind == "person" and " " not in e.name and e.name.lower() in said:
            other = said[e.name.lower()]
            full = firsts.get(other) or known.get(other) or lasts.get(other) or set()
            if len(full) == 1:
                e.name = next(iter(full))
            elif e.name.lower() in goes_by:  # no surname said: the name he goes by
                e.name = goes_by[e.name.lower()]
    _short_name_beside(doc, raw, known_alone)
    _nickname_set_off(doc, raw, known)
    _one_name_in_two_forms(raw)
    _said_again_alone(raw)
    return raw


def _only(names: Iterable[str]) -> str | None:
    """The one name of `names`; None when there are none or several."""
    names = set(names)
    return next(iter(names)) if len(names) == 1 else None


def _one_name_in_two_forms(raw: list[_Entity]) -> None:
    """ "Call her Kemi, Oluwakemi Adeyemi": one full name said with a first name and again
    with the short form of it ("Kemi Adeyemi", "Oluwakemi Adeyemi"; not "Will" and "Bill",
    two short forms) and the same surname is one person, named by the full form."""
    full = {e.name for e in raw if e.kind == "person" and " " in e.name}
    rename: dict[str, str] = {}
    for a, b in itertools.permutations(full, 2):
        wa, wb = a.lower().split(), b.lower().split()
        if (
            wa[1:] == wb[1:]
            and wa[0] != wb[0]
            and wb[0] in lexicon.formal_names()
            and forms_of_one_name(wb[0], wa[0])
        ):
            rename[a] = b  # a says the short form of b's first name
    if set(rename) & set(rename.values()):
        return
    for e in raw:
        if e.kind == "person" and e.name in rename:
            e.name = rename[e.name]


def _kind_said_after(doc: Any, i: int) -> str | None:
    """The kind of body said right after a first name, in lower case: "council" of "Dave
    from the council came round", "surgery" of "Helen over at the surgery" (the last noun
    after "from the" or "at the"), else None."""
    if i < len(doc) and doc[i].lower_ in WHERE_OVER:
        i += 1
    if i + 2 >= len(doc) or doc[i].lower_ not in ("from", "at") or doc[i + 1].lower_ != "the":
        return None
    j = i + 2
    while j < len(doc) and j < i + 5 and doc[j].is_lower and doc[j].pos_ == "NOUN":
        j += 1
    return doc[j - 1].lower_ if j > i + 2 else None


# After "Full Name, X,": "he" or "she" says X was the name they go by, not someone new.
HE_OR_SHE = {"he", "she", "he's", "she's"}


def _short_name_beside(doc: Any, raw: list[_Entity], known_alone: set[str]) -> None:
    """ "Tadeo Vilanculo, Tads, he's on days with me": one word set off right after a full
    name, then "he" or "she", is the name that person goes by. Not a listed first name (that
    may be someone else: "Grace Okafor, Kemi, she's her girl") unless a form of theirs, not
    anyone known by that name alone, nothing the lists know as a word."""
    for a in [e for e in raw if e.kind == "person" and " " in e.name]:
        i = a.end + 1
        if doc[a.end : i].text != "," or i + 2 > len(doc):
            continue
        if doc[i].lower_ == "well" and doc[i + 1].text == ",":
            i += 2  # "Tadeo Vilanculo, well, Tads, he's ..."
        if i + 2 >= len(doc) or doc[i + 1].text != "," or doc[i + 2].lower_ not in HE_OR_SHE:
            continue
        t = doc[i]
        low = t.lower_
        first = a.name.split()[0].lower()
        if (
            not (t.is_title and t.is_alpha)
            or low in NOT_NAME
            or low in known_alone
            or low in lexicon.place_words()
            or (low in lexicon.first_names() and low not in lexicon.nicknames().get(first, ()))
        ):
            continue
        here = [e for e in raw if e.start == i and e.end == i + 1]
        if here and here[0].kind != "person":
            continue
        if here:
            here[0].name = a.name
        else:
            raw.append(_Entity("person", i, i + 1, t.idx, t.text, a.name))
    raw.sort(key=lambda e: e.start)


def _opening(word: str) -> str:
    """A name's letters to compare openings by: lower case, accents and hyphens aside."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if c.isalpha())


def _opens_alike(short: str, full: str) -> bool:
    """A name someone goes by that opens as their first name does ("Ola" of Olenka, "Mo"
    of Mostafa, "Robbo" of Robert) or as their surname ("Fitzy" of Fitzgerald, "Pricey" of
    Price): two letters of the first name, three of the surname. Not the name itself."""
    said, words = _opening(short), [_opening(w) for w in full.split()]
    if len(words) < 2 or len(said) < 2 or said in words:
        return False
    return said[:2] == words[0][:2] or (len(said) >= 3 and said[:3] == words[-1][:3])


# What may follow a full name said beside the name someone goes by: a pause, the end, or
# where they are from ("Robbo, my instructor, Robert Tennant from the driving school").
AFTER_SET_OFF = {",", ".", "!", "?", ";", "from", "at", "of", "with"}


def _nickname_set_off(doc: Any, raw: list[_Entity], known: dict[str, set[str]]) -> None:
    """A name someone goes by, said in one sentence with their full name set off by commas
    beside it, is theirs when it opens as their first name or surname does: "Ola's fine with
    the swap, by the way, Olenka Brzezinska, absolute star", "Big Mo, Mostafa Hegazi, asked",
    "Robbo, my instructor, Robert Tennant from ...", and after the full name, past a role set
    off beside it: "Declan Fitzgerald, the coach, wee Fitzy, says". Not a list ("Al, Alan Hope
    and ..."), not a full name with a verb of its own ("Sam rang, Sarah Jones was there"),
    nor a name known from earlier memos as someone else's first name."""

    def theirs(word: str, full: str, said: bool = False) -> bool:
        first = full.split()[0].lower()
        alike = _opens_alike(word, full) or word.lower() == first  # "Big Angus, Angus Munro"
        alike = alike or forms_of_one_name(word.lower(), first)  # "Big Rab, Robert Hale"
        return (said or alike) and not known.get(word.lower(), set()) - {full}

    _named_by_thats(doc, raw)
    people = sorted((e for e in raw if e.kind == "person"), key=lambda e: e.start)
    for a, b in itertools.pairwise(people):  # the name gone by, then the full name
        gone_by = a.name.split()
        if gone_by and gone_by[0].lower() in NICKNAME_WORDS:
            gone_by = gone_by[1:]  # "Big Mo"
        said = _said_to_be(doc, a.end, b.start)  # "Butty, that's Manus Coyle": the speaker's word
        # "Miss Jo, that's Joanna Nowak": a title with the name the children call her by
        titled = a.title and said and lexicon.title_fits(a.title, b.name)
        if len(gone_by) != 1 or (a.title and not titled) or " " not in b.name or b.title:
            continue
        if doc[a.start].sent.start != doc[b.start].sent.start or (
            doc[b.start - 1].text != "," and not said
        ):
            continue
        after = doc[b.end : b.end + 2]
        if after and (
            after[0].lower_ not in AFTER_SET_OFF
            or (len(after) > 1 and after[0].text == "," and after[1].lower_ in ("and", "or"))
        ):
            continue
        if a.start > 1 and doc[a.start - 1].text == "," and doc[a.start - 2].ent_type_ == "PERSON":
            continue  # the middle of a list
        if not said and _a_verb_between(doc, a.end, b.start) and _a_verb_of_its_own(doc, b.end):
            continue  # "Jo rang, Josh Pike, the plumber, is coming": two clauses, two people
        if theirs(gone_by[0], b.name, said):
            a.name = b.name
    for a in [e for e in raw if e.kind == "person" and " " in e.name and not e.title]:
        i = a.end  # the full name, then ", the coach," and the name gone by
        if i >= len(doc) or doc[i].text != ",":
            continue
        i += 1
        if i < len(doc) and doc[i].lower_ in ("the", *POSSESSIVES):
            role = next((t.i for t in doc[i : i + 5] if t.text == ","), None)
            if role is None:
                continue
            i = role + 1
        if i < len(doc) and doc[i].lower_ in NICKNAME_WORDS:
            i += 1
        if i + 1 >= len(doc) or doc[i + 1].text not in (",", ".", "!", "?"):
            continue
        t = doc[i]
        if not (t.is_title and t.is_alpha) or not theirs(t.text, a.name):
            continue
        here = [e for e in raw if e.start <= i < e.end]
        if here and (here[0].kind != "person" or " " in here[0].name):
            continue
        if here:
            here[0].name = a.name
        elif not _a_word(t.lower_):
            raw.append(_Entity("person", i, i + 1, t.idx, t.text, a.name))
    raw.sort(key=lambda e: e.start)


def _named_by_thats(doc: Any, raw: list[_Entity]) -> None:
    """ "Chalky, that's Marek Bielski, the head coach, says the fight's on": a capitalised
    word opening a sentence, then ", that's" and a full name with a verb of its own past it,
    is someone, the name the NER missed (the full name says whom). Not a word of no name
    ("Right, that's Marek Bielski sorted")."""
    for b in [e for e in raw if e.kind == "person" and " " in e.name and not e.title]:
        i = next((b.start - k for k in (3, 4) if _said_to_be(doc, b.start - k + 1, b.start)), -1)
        if i < 0:
            continue
        t = doc[i]
        if not (t.is_sent_start and t.is_title and t.is_alpha) or any(
            e.start <= i < e.end for e in raw
        ):
            continue
        low = t.lower_
        if low in NOT_NAME or low in lexicon.not_entities() or low in lexicon.place_words():
            continue
        j = b.end  # past a role set off after the full name: ", the head coach,"
        if j < len(doc) and doc[j].text == ",":
            j = next((t.i + 1 for t in doc[j + 1 : j + 11] if t.text == ","), j + 1)
        if j >= len(doc) or doc[j].lower_ not in PERSON_DOES:
            continue  # "Brilliant, that's Marek Bielski, the coach, sorted"
        raw.append(_Entity("person", i, i + 1, t.idx, t.text, t.text))
    raw.sort(key=lambda e: e.start)


def _said_to_be(doc: Any, end: int, start: int) -> bool:
    """Whether tokens [end, start) between a name and a full name are ", that's": the
    speaker saying whom the first name means."""
    if not 0 < end < start:
        return False
    words = tuple(t.lower_ for t in doc[end:start] if t.text != ",")
    return doc[end].text == "," and words in THAT_IS


def _a_verb_between(doc: Any, start: int, end: int) -> bool:
    """A verb among tokens [start, end), one the tagger missed too ("Jo rang": NNP)."""
    return any(
        t.pos_ in ("VERB", "AUX") or (t.is_lower and t.lower_ in DOING) for t in doc[start:end]
    )


def _a_verb_of_its_own(doc: Any, i: int) -> bool:
    """Whether a name ending before token `i` goes on to a verb of its own, past a role set
    off after it: "Josh Pike, the plumber, is coming" (not "Olenka Brzezinska, absolute star,
    she's ...", where a pronoun takes the verb)."""
    if i < len(doc) and doc[i].text == ",":
        i = next((t.i + 1 for t in doc[i + 1 : i + 6] if t.text == ","), i + 1)
    return i < len(doc) and doc[i].is_lower and doc[i].pos_ in ("VERB", "AUX")


def _said_again_alone(raw: list[_Entity]) -> None:
    """A one-word name the memo tied to someone's full name (a nickname said beside it) is
    theirs wherever the memo says it again: "Gareth Price, Pricey, he's the coordinator
    ... Pricey's sorting a minibus". Not where the word was tied to two people."""
    tied: dict[str, set[str]] = {}
    for e in raw:
        if e.kind == "person" and " " in e.name and not e.title and " " not in e.surface:
            tied.setdefault(name_key(e.surface), set()).add(e.name)
    for e in raw:
        if e.kind == "person" and " " not in e.name and not e.title:
            names = tied.get(name_key(e.name), set())
            if len(names) == 1:
                e.name = next(iter(names))


# Pronouns for people in general, capitalised only by opening a sentence: no one's name.
INDEFINITE = {
    "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "no one",
    "noone", "whoever", "everyone else", "someone else",
}  # fmt: skip


# Words said to someone before their name, never part of it: "Cheers Dave", "Thanks Sunita".
GREETINGS = {
    "cheers", "thanks", "ta", "hi", "hiya", "hello", "hey", "bye", "morning", "evening",
    "afternoon", "night", "congrats", "congratulations", "sorry", "oh", "ah", "um", "er", "erm",
    "dear", "aye", "och",
}  # fmt: skip


# Words before a saint's or a prophet's name: whom a memo names by one is no one met.
HOLY = SAINTS | {"prophet", "archangel"}


def _named_as_holy(ent: Any, lead: int) -> bool:
    """ "Saint Nicholas", "the Prophet Muhammad": a name said after "Saint" or "Prophet" (in the
    name the NER found or just before it) is a saint's or a prophet's; "Ian St John" is not."""
    if len(ent) > lead + 1 and ent[lead].lower_ in HOLY:
        return True
    i = ent.start + lead - 1
    doc = ent.doc
    return (
        i >= 0
        and doc[i].lower_ in HOLY
        and not (
            i > 0
            and ((doc[i - 1].is_title and not doc[i - 1].is_stop) or doc[i - 1].lower_ in TITLES)
        )
    )


# Verbs of getting in touch that end no name, even capitalised: "Baz Rang" ("Said" is a
# surname too, so it stays).
SAID_VERBS = {"rang", "texted", "emailed", "phoned", "messaged", "reckons"}

HYPHENS = ("-", "‑", "–")


def _double_barrelled(doc: Any) -> None:
    """ "Ama Boateng-Kyei", "Councillor Vane-Tempest", "Mary-Jo Finch": spaCy splits a name at
    its hyphen and the NER (or the title pattern) often keeps one half. A person's name runs
    on over a hyphen written without spaces into the capitalised word after it (and back over
    one before it), so a double-barrelled surname stays one name; a first name runs on into
    a short syllable in lower case that is no word ("Eun-ji", "Min-jun"); a full name in lower
    case, as Whisper writes one, runs on over a hyphen into a surname ("kemi adeyemi-cole")."""

    def tight(i: int) -> bool:  # doc[i] is a hyphen written without spaces
        return doc[i].text in HYPHENS and not doc[i - 1].whitespace_ and not doc[i].whitespace_

    def joined(i: int) -> bool:  # doc[i] is a hyphen between two capitalised words
        return (
            0 < i < len(doc) - 1
            and tight(i)
            and doc[i - 1].is_title
            and doc[i + 1].is_title
            and doc[i - 1].is_alpha
            and doc[i + 1].is_alpha
        )

    def syllable(i: int) -> bool:  # "Eun-ji", "Seo-yeon": a given name's second syllable
        return (
            i < len(doc) - 1
            and tight(i)
            and doc[i + 1].is_lower
            and doc[i + 1].is_alpha
            and 2 <= len(doc[i + 1]) <= 4
            and (len(doc[i + 1]) == 2 or not _a_word(doc[i + 1].lower_))  # not "Kemi-led"
        )

    def joined_lower(i: int) -> bool:  # "a lassie called kemi adeyemi-cole", as Whisper writes
        return (
            0 < i < len(doc) - 1
            and tight(i)
            and doc[i - 1].is_lower
            and doc[i + 1].is_lower
            and doc[i + 1].is_alpha
            and len(doc[i + 1]) >= 3
            and (doc[i + 1].lower_ in lexicon.surnames() or not _a_word(doc[i + 1].lower_))
        )

    for e in list(doc.ents):
        if e.label_ != "PERSON" or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        start, end = e.start, e.end
        if len(e) == 1 and e[0].is_title and syllable(end):
            end += 2
        while joined(end) or (len(e) > 1 and e.text.islower() and joined_lower(end)):
            end += 2
        while joined(start - 1):
            start -= 2
        if (start, end) != (e.start, e.end) and not any(
            o.ent_id_ in (VOCAB_ID, GAZETTEER_ID) and o.start < end and start < o.end
            for o in doc.ents
            if o != e
        ):
            _set_entity(doc, start, end, "PERSON", e.id_)


def _sentence_adverb(t: Any) -> bool:
    """ "Meanwhile Anouk wants the expenses", "Otherwise Dayo's coming home with us": an
    adverb or a conjunction opening the sentence, which the NER sweeps into the name after it
    when that name is new to it. A word that is also a first name ("Will") stays."""
    return (
        t.is_sent_start
        and t.tag_ in ("RB", "CC", "UH")
        and _a_word(t.lower_)
        and t.lower_ not in lexicon.first_names()
        and t.lower_ not in lexicon.nicknames()
    )


def _a_word(word: str) -> bool:
    """An English word, not a name the tagger took for a verb ("ngaio tumahai")."""
    english = _english_words()
    return not english or word in english


def _two_people_run_together(doc: Any, raw: list[_Entity], terms: tuple[Term, ...]) -> None:
    """ "Give Edith Marigold's number": two first names, each of the one person known by it
    (said in full in this memo or known from earlier ones), the second possessive, are two
    people and not one "Edith Marigold", whichever label the NER gave the two (a person, an
    organisation as it would a firm named for two people, or a place as it would a street).
    The words decide, not the label."""
    full = _full_names_by_first(raw, terms)
    for e in list(raw):
        words = e.name.split()
        # the "'s" inside the span or right after it (the NER may leave it out)
        poss = e.start + 2
        if (
            e.kind not in ("person", "org", "place")
            or len(words) != 2
            or e.end - e.start not in (2, 3)
            or poss >= len(doc)
            or doc[poss].text not in ("'s", "’s")
        ):
            continue
        a, b = (full.get(w.lower(), set()) - {e.name} for w in words)
        if len(a) == 1 and len(b) == 1 and a != b:
            raw.remove(e)
            t1, t2 = doc[e.start], doc[e.start + 1]
            raw.append(_Entity("person", t1.i, t1.i + 1, t1.idx, t1.text, next(iter(a))))
            surface = t2.text + (doc[poss].text if e.end > poss else "")
            raw.append(_Entity("person", t2.i, e.end, t2.idx, surface, next(iter(b))))


def _full_names_by_first(raw: list[_Entity], terms: tuple[Term, ...]) -> dict[str, set[str]]:
    """The full names said in this memo or known from earlier ones, by their first name."""
    full: dict[str, set[str]] = {}
    for name in [e.name for e in raw if e.kind == "person"] + [
        t.text.strip() for t in terms if t.kind == "person"
    ]:
        if " " in name:
            full.setdefault(name.split()[0].lower(), set()).add(name)
    return full


def _a_couple_and_their_surname(doc: Any, raw: list[_Entity], terms: tuple[Term, ...]) -> None:
    """ "Raj and Meena Patel came round": a first name alone joined by "and" to a first name
    and surname shares the surname, unless it is the first name of someone said or known in
    full ("Dev and Sunita Rao" after "Dev Shah" are two families)."""
    by_first = _full_names_by_first(raw, terms)
    people = {e.start: e for e in raw if e.kind == "person"}
    for e in people.values():
        other = people.get(e.end + 1)
        if (
            e.end - e.start == 1
            and " " not in e.name
            and e.name.lower() in lexicon.first_names()
            and e.name.lower() not in by_first
            and e.end < len(doc)
            and doc[e.end].lower_ == "and"
            and other is not None
            and len(words := other.name.split()) == 2
            and words[0].lower() in lexicon.first_names()
            and other.end - other.start == 2
        ):
            e.name = f"{e.name} {words[1]}"


def _clipped_beside(
    doc: Any, e: _Entity, raw: list[_Entity], singles: dict[str, set[str]]
) -> str | None:
    """The first name said alone in this memo that `e` is clipped from ("Rav, her husband
    Ravinder"), unless the two are listed together as two people ("Stan and Stanislaw")."""
    found = _clipped(e.name.lower(), singles)
    if found is None:
        return None
    for o in raw:
        if o.name == found:
            a, b = sorted((o, e), key=lambda x: x.start)
            if all(t.lower_ in ("and", "or", "&", ",") for t in doc[a.end : b.start]):
                return None
    return found


def _one_spelling(raw: list[_Entity], terms: tuple[Term, ...]) -> None:
    """ "José Pardillo rang ... Jose wants it by Friday": a name said with its accents and
    without them is one name. Each word of a person's name takes one spelling: the one a
    known person's name has (as the database spells it), else the accented one this memo
    gives, so the first name joins its full name and the full name its stored person."""
    known = [t.text for t in terms if t.kind in ("person", ONE_NAME)]
    here = [e.name for e in raw if e.kind == "person"]
    spelling: dict[str, str] = {}
    for name in known:
        for word in name.split():
            spelling.setdefault(lexicon.fold(word.lower()), word)
    for name in here:
        for word in name.split():
            if not word.isascii():
                spelling.setdefault(lexicon.fold(word.lower()), word)
    if all(w.isascii() for w in spelling.values()) and all(n.isascii() for n in here):
        return  # nothing said or known with an accent: nothing to join

    def spelt(word: str) -> str:
        other = spelling.get(lexicon.fold(word.lower()), word)
        return other if other.lower() != word.lower() else word  # accents only, not case

    for e in raw:
        if e.kind == "person":
            e.name = " ".join(spelt(w) for w in e.name.split())


def _one_hyphenation(raw: list[_Entity], terms: tuple[Term, ...]) -> None:
    """ "Anne-Marie Clarke rang ... Anne Marie texted": a double name said once with its
    hyphen and once without is one name, spelt with the hyphen a known person's name or
    this memo gives it, so "Anne Marie" is no one with the surname Marie."""
    known = [t.text for t in terms if t.kind in ("person", ONE_NAME)]
    names = [*known, *(e.name for e in raw if e.kind == "person")]
    joined = {w.lower().replace("-", " "): w for n in names for w in n.split() if w.count("-") == 1}
    if not joined:
        return
    for e in raw:
        if e.kind != "person":
            continue
        words = e.name.split()
        for i in range(len(words) - 1, 0, -1):
            pair = f"{words[i - 1]} {words[i]}".lower()
            if pair in joined:
                words[i - 1 : i + 1] = [joined[pair]]
        e.name = " ".join(words)


def _double_first_name(raw: list[_Entity], terms: tuple[Term, ...]) -> None:
    """ "Anne Marie Duffy has a space ... Anne Marie says Tuesdays": a double first name said
    without its surname is the one person, said here or known, whose name opens with it, so
    "Anne Marie" is no one with the surname Marie. So is the first half of a hyphened one
    ("Evie-Mae" then "Evie's got a temperature"), when no one is known by that half alone."""
    known = [t.text.strip() for t in terms if t.kind in ("person", ONE_NAME)]
    names = [*known, *(e.name for e in raw if e.kind == "person")]
    exact = {name_key(n) for n in known}  # someone known as "Anne Marie" is her
    untitled = {*known, *(e.name for e in raw if e.kind == "person" and not e.title)}
    opening: dict[str, set[str]] = {}
    for n in names:
        words = name_key(n).split()
        if len(words) >= 3:
            opening.setdefault(" ".join(words[:2]), set()).add(n)
        halves = n.split()[0].split("-")
        if (  # "Evie-Mae", not a surname said with a title ("Mrs Hargreaves-Lum")
            n in untitled
            and len(halves) == 2
            and all(halves)
            and halves[0].lower() in lexicon.first_names()
        ):
            opening.setdefault(name_key(halves[0]), set()).add(n)
    for e in raw:
        key = name_key(e.name)
        full = opening.get(key, set())
        if e.kind != "person" or len(full) != 1 or e.title:
            continue
        if len(key.split()) == 2 and key not in exact:
            e.name = next(iter(full))
        elif " " not in key and "-" not in e.name and key not in exact:
            e.name = next(iter(full))  # "Evie" of "Evie-Mae"


def _clipped(word: str, index: dict[str, set[str]]) -> str | None:
    """The one full name whose indexed first name `word` is clipped from ("Stan" of
    "Stanislaw") or a pet form of ("Rasute" of "Rasa"), or None."""
    full = {
        n
        for first, names in index.items()
        if clipped_form(word, first) or pet_form(word, first)
        for n in names
    }
    return _only(full)


def _with_other_forms(index: dict[str, set[str]]) -> None:
    """Add each other form of an indexed first name ("peter" for "pete", "gertie" for
    "gertrude") that is not indexed itself, pointing to the same full names. Two short
    forms of one name ("Will", "Bill") are not each other's."""
    nick = lexicon.nicknames()
    extra: dict[str, set[str]] = {}
    for word, full in index.items():
        for form in nick.get(word, ()):
            if form not in index and forms_of_one_name(word, form):
                extra.setdefault(form, set()).update(full)
    index.update(extra)


# A Gaelic surname's prefix heard as a word of its own: "Fergus Mc Donagh", "Declan O Driscoll".
_SPACED_PREFIX = re.compile(r"(?:(?<=\w )|^)(Mc|Mac|O)['’]? (?=[A-Z][a-z]{2})")


def _surname_prefix_joined(name: str, titled: bool) -> str:
    """ "Fergus Mc Donagh" is "Fergus McDonagh", "Declan O Driscoll" "Declan O'Driscoll": one
    surname however the prefix was written, so one person. "Mac" or "O" opening a name is
    joined only after a title ("Mr Mac Askill"): "Mac Brennan" may be a Mac."""
    first, _, rest = name.partition(" ")
    if not titled and first in ("Mac", "O") and rest:
        return first + " " + _SPACED_PREFIX.sub(_joined_prefix, rest)
    return _SPACED_PREFIX.sub(_joined_prefix, name)


def _joined_prefix(m: re.Match[str]) -> str:
    return "O'" if m[1] == "O" else m[1]


def _names_cut_as_contractions(doc: Any) -> None:
    """ "Ffion Cant", "Dot Wont": spaCy cuts a capitalised surname spelt like a contraction
    with its apostrophe dropped ("Ca" "nt"); the name runs on over the written-on "nt"."""
    for e in list(doc.ents):
        if e.label_ != "PERSON" or e.end + 1 >= len(doc):
            continue
        end = e.end if len(e) > 1 else e.end + 1  # "Mags" of "Mags Cant": the "Ca" left out
        last, nt = doc[end - 1], doc[end]
        if last.is_title and not last.whitespace_ and nt.text == "nt" and len(last) == 2:
            _set_entity(doc, e.start, end + 1, "PERSON")


def _surname_particles(doc: Any) -> None:
    """ "Ana de la Cruz", "Pieter van der Berg": the NER stops a name at a particle (or
    ends it on one: "Aoife Ni"). A person's name runs on over up to three particles into
    the capitalised word after them."""
    for e in list(doc.ents):
        if e.label_ != "PERSON" or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        end = e.end - 1 if len(e) > 1 and e[-1].lower_ in PARTICLES else e.end  # "Aoife Ni"
        j = end
        while j < len(doc) and j - end < 3 and doc[j].lower_ in PARTICLES:
            j += 1
        if j == end or j >= len(doc) or not doc[j].is_title or not doc[j].is_alpha:
            continue
        if doc[j].lower_ in NOT_NAME or any(
            o.start <= j < o.end and o.label_ != "PERSON" for o in doc.ents
        ):
            continue
        _set_entity(doc, e.start, j + 1, "PERSON", e.id_)
    for t in doc[:-2]:
        # "Spoke to Mr van der Berg": a title, particles and a capitalised word the NER missed
        if t.lower_.rstrip(".") not in PERSONAL_TITLES or doc[t.i + 1].lower_ not in PARTICLES:
            continue
        j = t.i + 1
        while j < len(doc) and j - t.i <= 3 and doc[j].lower_ in PARTICLES:
            j += 1
        if j >= len(doc) or not doc[j].is_title or not doc[j].is_alpha:
            continue
        if doc[j].lower_ in NOT_NAME or any(
            o.start <= j and t.i < o.end and (o.start < j or len(o) > 1 or o.ent_id_)
            for o in doc.ents
        ):
            continue
        _set_entity(doc, t.i, j + 1, "PERSON")


# Where `_resolve` leaves a memo's names put right on the spot (wrong -> right) on the doc.
PUT_RIGHT = "names put right"

# Words between a name and the one that replaces it: "Siobhan Gallagher, no, sorry, Siobhan
# Gallacher", "the Levenshulme mosque, er, the Madina Mosque".
CORRECTION_FILLERS = {
    ",", "no", "sorry", "actually", "i", "mean", "er", "erm", "um", "uh", "the", "it", "'s",
    "it's", "its", "wait", "rather", "at", "from", "-", "—", "called", "named", "is", "was", "just",
}  # fmt: skip
# Among them, the words that take a name back: "no wait", "sorry", "I mean".
TAKING_BACK = {"no", "sorry", "actually", "mean", "wait"}


def _self_corrected(doc: Any, raw: list[_Entity], kind: str) -> dict[str, str]:
    """A name corrected on the spot is replaced: the first one said is dropped. (People
    before they are merged; organisations after the links, which follow the correction.)"""
    drop = set()
    fixed: dict[str, str] = {}
    for a, b in itertools.pairwise(raw):
        between = [t.lower_ for t in doc[a.end : b.start]]
        if kind == "person" and _body_renamed(a, b, between):
            b.kind = "org"  # "against Yarrowby Lions, no, Yarrowby Lynx": the team's right name
        if (
            a.kind == b.kind == kind
            and between
            and len(between) <= 6
            and all(w in CORRECTION_FILLERS for w in between)
            and any(w in ("no", "sorry", "actually", "mean", "er", "erm") for w in between)
            # "Dan, no, sorry, Dev Ainsworth": a first name alone corrected to another
            and (
                a.kind == "org"
                or a.name.split()[0] == b.name.split()[0]
                or (not a.title and a.name.lower() in lexicon.first_names())
                or (a.title is not None and a.title == b.title)  # "Mrs Ash, no Mrs Orr"
            )
        ):
            drop.add(id(a))
            fixed[a.name] = b.name
        elif kind == "person" and _surname_corrected(doc, a, b, between):
            # "Dan Rowlinson, sorry, Rawlinson": the surname alone, said again right
            b.kind, b.title = "person", a.title
            b.name = b.name if a.title else f"{' '.join(a.name.split()[:-1])} {b.name}"
            drop.add(id(a))
            fixed[a.name] = b.name
    if kind == "person":
        _surname_put_right(doc, raw, fixed)
    taken: set[str] = set()
    for a in raw if kind == "org" else ():
        if a.kind == "org" and _taken_back(doc, a.end):  # not "Rosa from the council, no, ..."
            drop.add(id(a))
            taken.add(a.name)
    # "the credit union appointment ... at the boxley credit union no its hollins credit
    # union": a short form that stood for the name taken back stands for no body, unless the
    # memo says that name whole again and keeps it
    kept = {
        e.name for e in raw if id(e) not in drop and clean_name(e.surface).lower() == e.name.lower()
    }
    for e in raw:
        if e.kind == "org" and e.name in taken - kept - set(fixed):
            drop.add(id(e))
    raw[:] = [e for e in raw if id(e) not in drop]
    return fixed


def _body_renamed(a: _Entity, b: _Entity, between: list[str]) -> bool:
    """ "the cup game against Eastfield Lions, no, Eastfield Lynx", "Harcourt Motors, sorry,
    Harcourt Autos": an organisation's name put right to one that opens with the same word
    is that organisation's right name, whatever the NER made of it (a team named like a
    person). Not when the first word is a first name ("Morgan Stanley, no, Morgan Evans"
    may be someone)."""
    first_a, first_b = a.name.split(), b.name.split()
    return (
        a.kind == "org"
        and b.kind == "person"
        and not b.title
        and len(first_a) > 1
        and len(first_b) > 1
        and first_a[0] == first_b[0]
        and first_a[0].lower() not in lexicon.first_names()
        and 0 < len(between) <= 6
        and all(w in CORRECTION_FILLERS for w in between)
        and any(w in ("no", "sorry", "actually", "mean") for w in between)
    )


def _surname_corrected(doc: Any, a: _Entity, b: _Entity, between: list[str]) -> bool:
    """ "Dan Rowlinson, sorry, Rawlinson", "Mr Petrauskas, no wait, Petraitis", "Rhys
    Amoako, no, Amoako-Evans" (the NER's organisation): someone said by a full name or a
    title and surname, a word that takes it back, then one word that is no first name: the
    surname corrected. An organisation's word only when it opens as the surname did."""
    if a.kind != "person" or not (" " in a.name or a.title) or " " in b.name or b.title:
        return False
    if not between or len(between) > 6 or any(w not in CORRECTION_FILLERS for w in between):
        return False
    if not any(w in TAKING_BACK for w in between):
        return False
    surname, said = a.name.split()[-1].lower(), b.name.lower()
    if said == surname or not doc[b.start].is_title:
        return False
    half = _half_of(said, surname)  # "Gareth Lloyd-Hughes, no, just Lloyd": a listed name too
    if b.kind == "org":
        return (half or said.startswith(surname[:3])) and b.end - b.start <= 3
    return b.kind == "person" and (a.title is not None or half or said not in lexicon.first_names())


def _half_of(one: str, other: str) -> bool:
    """Whether one of two surnames is a half of the other, double-barrelled one ("Lloyd" and
    "Lloyd-Hughes", "Price-Evans" and "Price")."""
    one, other = one.lower(), other.lower()
    halves = f"[{''.join(HYPHENS)}]"
    return one != other and (one in re.split(halves, other) or other in re.split(halves, one))


def _surname_put_right(doc: Any, raw: list[_Entity], fixed: dict[str, str]) -> None:
    """A double-barrelled surname put right to one half, or a surname put right after the
    right one is said: "Gareth Lloyd-Hughes, no, it's just Lloyd" (the NER often leaves the
    half alone unlabelled), "Sian, it's Sian Morgan, not Morgan-Price", "Jodie Price, not
    Price-Evans". The name said wrong is no one (`fixed`: wrong -> right, which later memos
    keep to); what was taken for an organisation in the words put right goes too."""
    drop: set[int] = set()
    for a in [e for e in raw if e.kind == "person"]:
        first = [] if a.title else a.name.split()[:-1]
        if not first and not a.title:
            continue
        surname = a.name.split()[-1]
        words = doc[a.end : a.end + 10]
        k, took_back = 0, False
        while k < len(words) and words[k].lower_ in CORRECTION_FILLERS:
            took_back |= words[k].lower_ in TAKING_BACK
            k += 1
        if (  # "Lloyd-Hughes, no, it's just Lloyd": the half alone, said again
            took_back
            and 0 < k < len(words)
            and words[k].is_title
            and _half_of(words[k].text, surname)
            and (k + 1 >= len(words) or not words[k + 1].is_title)
            and all(e.end == e.start + 1 for e in raw if e.start == words[k].i)
        ):
            t = words[k]
            drop |= {id(e) for e in raw if e.start == t.i}
            right = " ".join([*first, t.text])
            fixed[a.name] = right
            raw.append(_Entity("person", t.i, t.i + 1, t.idx, t.text, right, a.title))
            drop.add(id(a))
            continue
        # "Sian Morgan, not Morgan-Price": the right name, then the wrong surname
        if k >= len(words) or words[k].lower_ != "not" or any(w.lower_ == "no" for w in words[:k]):
            continue
        j, said = k + 1, []
        while j < len(words) and (
            (words[j].is_title and words[j].is_alpha and (not said or not words[j - 1].whitespace_))
            or (words[j].text in HYPHENS and said and not words[j - 1].whitespace_)
        ):
            said.append(words[j].text)
            j += 1
        wrong = "".join(said)
        if wrong.lower() == surname.lower() or not (
            _half_of(wrong, surname) or close_word(wrong.lower(), surname.lower())
        ):
            continue
        fixed[" ".join([*first, wrong])] = a.name
        span = range(words[k + 1].i, words[j - 1].i + 1)
        drop |= {id(e) for e in raw if e is not a and e.start in span}
    raw[:] = sorted((e for e in raw if id(e) not in drop), key=lambda e: e.start)


# Words that take back what was just said, and what then says the right one.
TAKE_BACK = {"no", "sorry", "actually"}
SAID_INSTEAD = (("it", "was"), ("it", "'s"), ("it", "’s"), ("it", "were"), ("i", "mean"))


def _taken_back(doc: Any, end: int) -> bool:
    """Whether a correction follows an organisation within a few words, before a full stop
    ("the food bank first thing, sorry, it was the clothes bank", "the old depot transport no
    it was the bus company"): the name said first was the wrong one, whatever the right one
    turns out to be (a name or an ordinary noun). Not "no, it was shut": what is said
    instead must be a name or a thing; not when a part of it was said in between (the part
    is taken back, not the organisation)."""
    words = []
    for t in doc[end : end + 10]:
        if t.text in (".", "?", "!"):
            break
        if not t.is_punct:
            words.append(t)
    for k, t in enumerate(words[:5]):
        if any(w.lower_ in PART_HEADS for w in words[:k]):  # the part is what is taken back
            return False  # "the Kelby Council family service, no, it's the early years team"
        if any(w.ent_type_ in ("GPE", "LOC", "FAC") for w in words[:k]):
            return False  # "at Bright Horizons in Dyce, no, sorry, it's the Kingswells one"
        if t.lower_ not in TAKE_BACK or k + 3 >= len(words):
            continue
        pair, then = (words[k + 1].lower_, words[k + 2].lower_), words[k + 3]
        if pair in SAID_INSTEAD and then.pos_ in ("DET", "NOUN", "PROPN"):
            return not _a_part_said_instead(words[k + 3 : k + 8])
        # "the boxley credit union no its hollins credit union": Whisper's "its" for "it's",
        # taking the name back for another of its kind (not "the bowls club no its the
        # indoor league so its at the hall": where the club plays, not which club)
        if (
            words[k + 1].lower_ == "its"
            and words[k + 2].pos_ in ("DET", "NOUN", "PROPN", "ADJ")
            and doc[end - 1].lower_ in {w.lower_ for w in words[k + 2 : k + 8]}
        ):
            return not _a_part_said_instead(words[k + 2 : k + 7])
    return False


def _a_part_said_instead(words: list[Any]) -> bool:
    """Whether what is said instead is a part of the body with no other name ("Camden
    Council, no actually it's the parking team"): the speaker corrects which team, and the body
    stays. Not "it's the Brent housing team", which names another body."""
    for n, w in enumerate(words):
        if w.lower_ in PART_HEADS:
            return n > 0 and not any(v.is_title and v.lower_ != "the" for v in words[:n])
        if w.is_sent_start:
            break
    return False


# Words just before a first name given for someone named by title: "first name Tomasz".
FIRST_NAME_SAID = re.compile(r"\bfirst name(?:'s| is| was)?\s*$", re.I)


# "her first name's Agnes": the pronoun says whose it is.
FIRST_NAME_OF = re.compile(r"\b(his|her)\s+first name(?:'s| is| was)?\s*$", re.I)


def _first_name_recalled(doc: Any, raw: list[_Entity]) -> None:
    """ "Mr Oyelaran, the business manager, er, Tunde, sent ...", "Mr Kaczmarek, her tutor,
    first name Tomasz": a first name recalled or given after a title and surname, in the same
    sentence, is that person's: "Tunde Oyelaran". Given outright ("her first name's Jonquil"),
    it may be one no list holds, and may come a sentence later ("Mrs Kinninmonth has been a
    saint. Her first name's Agnes") when no one else was named in between and "his" or "her"
    fits the title."""
    for a in raw:
        if a.kind != "person" or not a.title or " " in a.name:
            continue
        for b in raw:
            if b.kind != "person" or b.start <= a.end or " " in b.name or b.title:
                continue
            cue = doc[max(a.end, b.start - 4) : b.start].text
            same = doc[b.start].sent.start == doc[a.start].sent.start
            if (
                same
                and b.start - a.end <= 12
                and b.name.lower() in lexicon.first_names()
                and (
                    (doc[b.start - 1].text == "," and doc[b.start - 2].lower_ in FILLERS)
                    or FIRST_NAME_SAID.search(cue)
                    or _after_their_role(doc, raw, a, b)
                )
            ) or _first_name_given(doc, raw, a, b, cue, same):
                a.name = b.name = f"{b.name} {a.name}"
                break


def _after_their_role(doc: Any, raw: list[_Entity], a: _Entity, b: _Entity) -> bool:
    """ "Sister Magowan ran it, the ward sister, Patricia, ...": first name `b` set off by
    commas right after a role said as "the ..." set off the same way, after titled `a` in
    its sentence with no one else named between, is `a`'s when `a`'s title fits it."""
    comma = b.start - 1
    if doc[comma].text != "," or (b.end < len(doc) and not doc[b.end].is_punct):
        return False
    opened = next((i for i in range(comma - 1, a.end - 1, -1) if doc[i].text == ","), None)
    if opened is None or not 2 <= comma - opened - 1 <= 4 or doc[opened + 1].lower_ != "the":
        return False
    head = doc[comma - 1].lower_
    if head not in ROLE_HEADS and head not in lexicon.TITLE_SEXES:
        return False
    between = any(e.kind == "person" and a.end <= e.start < b.start for e in raw)
    return not between and lexicon.title_fits(a.title, b.name)


def _first_name_given(
    doc: Any, raw: list[_Entity], a: _Entity, b: _Entity, cue: str, same: bool
) -> bool:
    """`b` is given as titled `a`'s first name in so many words ("her first name's Agnes")."""
    given = FIRST_NAME_OF.search(cue)
    if given is None or not b.name.isalpha() or b.start - a.end > 30:
        return False
    if not same and sentences_back(doc, b.start, 1) > a.start:
        return False
    pronoun = TITLE_PRONOUNS.get(a.title.lower() if a.title else "")
    if pronoun and {"him": "his"}.get(pronoun, pronoun) != given.group(1).lower():
        return False
    return not any(e.kind == "person" and a.end <= e.start < b.start for e in raw)


# Titles that say whether "him" or "her" can be the person: "Mr Obiora ... call him Ifeanyi".
TITLE_PRONOUNS = {
    "mr": "him", "mr.": "him", "mrs": "her", "mrs.": "her", "ms": "her", "ms.": "her",
    "miss": "her",
}  # fmt: skip
# Words before "call him X" that make it a name offered, not a phone call: "said to call him".
OFFERED = {"said", "says", "told", "asked", "wants", "insisted", "prefers", "likes"}


def _first_name_offered(doc: Any, raw: list[_Entity]) -> None:
    """ "Rang Mr Obiora. Ifeanyi, he said to call him Ifeanyi": a first name someone said to call
    them by is the first name of the titled person said last before it (within two
    sentences, and "him" only for a Mr, "her" for a Mrs, Ms or Miss): "Ifeanyi Obiora"."""
    for i in range(3, len(doc)):
        t = doc[i]
        if doc[i - 2].lower_ != "call" or doc[i - 1].lower_ not in ("him", "her", "me"):
            continue
        if not any(w.lower_ in OFFERED for w in doc[max(0, i - 6) : i - 2]):
            continue
        if not t.is_title or t.lower_ not in lexicon.first_names() or t.lower_ in NOT_NAME:
            continue
        first_sent = doc[i].sent.start
        for _ in range(2):
            if first_sent > 0:
                first_sent = doc[first_sent - 1].sent.start
        titled = [
            e
            for e in raw
            if e.kind == "person"
            and e.title
            and " " not in e.name
            and first_sent <= e.start < i
            and (
                doc[i - 1].lower_ == "me"
                or TITLE_PRONOUNS.get(e.title.lower(), doc[i - 1].lower_) == doc[i - 1].lower_
            )
        ]
        if not titled:
            continue
        # "Mr Okafor brought his son, he said to call him Tobi": the son's name, or another
        # person's said in between, is not Mr Okafor's
        if any(t.lower_ in KIN for t in doc[titled[-1].end : i]) or any(
            e.kind == "person" and titled[-1].end <= e.start < i and e.name != t.text for e in raw
        ):
            continue
        surname = titled[-1].name
        full = f"{t.text} {surname}"
        for e in raw:
            if e.kind == "person" and (
                (e.title and e.name == surname) or (not e.title and e.name == t.text)
            ):
                e.name = full
        if not any(e.start == i for e in raw):
            raw.append(_Entity("person", i, i + 1, t.idx, t.text, full))


# Words just before the name someone goes by: "everyone calls her Corky", "goes by Bomber".
GOES_BY = (
    ("calls", "him"), ("calls", "her"), ("call", "him"), ("call", "her"), ("calls", "himself"),
    ("calls", "herself"), ("goes", "by"), ("go", "by"), ("known", "as"), ("prefers",),
    ("be", "called"), ("answers", "to"), ("call", "me"),
)  # fmt: skip
# The cues that say a name and nothing else ("goes by Corky", "call me Jilly"): the word
# after them is a name even when it is also an ordinary word or the NER took it for a place.
GOES_BY_ONLY = frozenset(GOES_BY) - {("known", "as"), ("prefers",), ("be", "called")}
CUE_ENDS = {cue[-1] for cue in GOES_BY}


# Where a neighbour lives, said straight after the name: "Mr Wroblewski upstairs, Bogdan".
LIVES_WHERE = {"upstairs", "downstairs", "next", "opposite", "across", "below", "above"}
# Said after a first name as a title is said before a surname: "Tariq Sir", "Priya Miss".
TITLES_AFTER = {"sir", "miss", "ji"}
# What may stand between a name and the same person's other name set off beside it.
APPOSITION_FILLERS = {",", "er", "erm", "um", "uh", "sorry", "that", "'s", "’s", "is"}


POSSESSIVES = {"his", "her", "their", "my", "our", "your", "its"}

# Words that count or measure what follows: no one is "some" or "more" anybody.
QUANTIFIERS = {"some", "more", "any", "extra", "another"}

# Words after "a Sarah" that say a person is being introduced: "a Sarah from the council
# rang", "a Kevin something", "a Mr ... " (a title is no single word).
INTRODUCED = {
    "from", "at", "who", "called", "something", "somebody", "someone", "with", "in", "on",
    "there", "here", "next", "over", "down", "up",
}  # fmt: skip


def _verb_before_a_first_name(ent: Any) -> bool:
    """ "Returned Lorcan's drill", "Lent Clive the Karcher": a sentence opens with a verb the
    tagger took for a name, and the NER ran it and the listed first name after it into one
    firm. A word that is someone's name itself ("Hope", "Grant", "Young") is no verb here."""
    if len(ent) != 2 or not ent[0].is_sent_start or not ent[1].is_title:
        return False
    verb, name = ent[0].lower_, ent[1].lower_
    if name not in lexicon.first_names() or verb in lexicon.first_names():
        return False
    if verb in lexicon.surnames() or verb in lexicon.place_words():
        return False
    stems = {verb, verb[:-1], verb[:-2], verb[:-3]} if verb.endswith("ed") else {verb}
    verbs = _verbs()
    return any(s in verbs for s in stems) or verb in lexicon.IRREGULAR_PASTS


def _counted(t: Any) -> bool:
    """ "Popped in for some Rennie", "she wants a Barbie", "get another Fitbit": one
    capitalised word counted by a quantifier, or by "a" with nothing after it that
    introduces someone (a place, a verb, a surname), is a thing bought or wanted; a listed
    first name so only at the end of its sentence ("and a Barbie."). "A Sarah from the
    council rang", "there's a Priya on reception", "a Dev Patel" are people."""
    doc = t.doc
    if t.i == 0 or not t.is_title:
        return False
    before = doc[t.i - 1].lower_
    if before in QUANTIFIERS:
        return True
    if before not in ("a", "an"):
        return False
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if t.lower_ in lexicon.first_names():
        return nxt is None or nxt.is_sent_start or (nxt.is_punct and nxt.text[:1] in ".!?")
    return nxt is None or not (
        nxt.lower_ in INTRODUCED
        or nxt.text in ("'s", "’s")
        or nxt.pos_ in ("VERB", "AUX", "PROPN")
        or nxt.is_title
    )


VOICE_ASSISTANTS = {"alexa", "siri", "cortana"}
DEVICE_ASKS = {"play", "remind", "set", "turn", "switch", "put", "add", "order", "read", "stop"}


def _the_device(t: Any) -> bool:
    """A voice assistant said as the device ("the Alexa", "asked Alexa to play the radio",
    "hey Siri"), not the person of that first name ("Alexa from the choir rang")."""
    if t.lower_ not in VOICE_ASSISTANTS:
        return False
    doc = t.doc
    before = doc[t.i - 1].lower_ if t.i else ""
    if before in ("the", "an", "our", "hey"):
        return True
    return (
        before in ("asked", "ask", "asking", "told", "tell")
        and t.i + 2 < len(doc)
        and doc[t.i + 1].lower_ == "to"
        and doc[t.i + 2].lower_ in DEVICE_ASKS
    )


def _a_thing(ent: Any) -> bool:
    """One capitalised word said as a thing is: owned ("his Clenil", "her Lego") or naming
    the kind of a common noun after it ("Dettol spray", "Calpol sachets"). "Our Angharad",
    "my Dylan" are family: a listed first name after "our" or "my" is someone."""
    t = ent[0]
    doc = t.doc
    if t.i > 0 and doc[t.i - 1].lower_ in ("our", "my") and t.lower_ in lexicon.first_names():
        return False
    if t.i > 0 and doc[t.i - 1].lower_ in POSSESSIVES:
        return t.i + 1 >= len(doc) or doc[t.i + 1].text not in (",", "'s", "’s")
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    return (
        nxt is not None
        and t.lower_ not in lexicon.first_names()  # "a Tamsin hack": a surname misheard
        and t.dep_ == "compound"
        and t.head.i == nxt.i
        and nxt.pos_ == "NOUN"
        and nxt.is_lower
        and not _role_word(nxt.lower_)
        and nxt.lower_ not in KIN
    )


def _titled_after_what_they_did(doc: Any, a: _Entity, b: _Entity) -> bool:
    """ "Bogdan was lovely, Mr Wroblewski, he's a loans officer there": a first name alone
    opening its sentence, a few words of what they did or were, then a title and surname set
    off by commas and described with "he" or "she": the same person named again. Not with
    anything but those few words between ("Bogdan was lovely to Mr Wroblewski")."""
    if a.title or not b.title or " " in a.name or " " in b.name:
        return False
    if not lexicon.title_fits(b.title, a.name):
        return False  # "Bogdan was lovely, Mrs Wroblewska, she's ...": his wife, say
    sent = doc[a.start].sent
    lead = doc[sent.start : a.start]
    if any(t.lower_ not in ("and", "oh", "so", "well", ",") for t in lead):
        return False
    between = doc[a.end : b.start]
    if not 2 <= len(between) <= 5 or between[-1].text != ",":
        return False
    if any(t.text == "," or t.ent_type_ or t.pos_ == "PROPN" for t in between[:-1]):
        return False
    after = doc[b.end : b.end + 2]
    return len(after) == 2 and after[0].text == "," and after[1].lower_ in HE_OR_SHE


def _named_in_apposition(doc: Any, raw: list[_Entity], terms: tuple[Term, ...] = ()) -> None:
    """ "Mrs Thistlecombe, Bronwen, she told us her first name" and "Tariq Sir, Mr Habibullah,
    he's the head": a title with a surname and a first name set off beside it by commas are
    one person, named by both, even with where they live between ("Mr Wroblewski upstairs,
    Bogdan, he's ..."). Not a list ("Mr Pell, Bronwen and Gethin", "Mrs Lee, Tom, Ana")
    and not someone named by another ("Mrs Okafor, Tom's mum"), nor two people known apart
    from earlier memos by those names ("the bus making Tariq late, not Tariq, Miss Hennigan
    agreed" after "Tariq's form tutor, Miss Hennigan")."""
    alone = {name_key(t.text) for t in terms if t.kind == ONE_NAME}
    people = [e for e in raw if e.kind == "person"]
    for a, b in itertools.pairwise(people):
        between = doc[a.end : b.start]
        comma = next((t.i - a.end for t in between if t.text == ","), None)
        if not _titled_after_what_they_did(doc, a, b):  # "Bogdan was lovely, Mr W..., he's"
            if comma is None or comma > 3:
                continue
            where = between[:comma]  # "Mr Wroblewski upstairs, Bogdan,": where he lives
            if where and (
                where[0].lower_ not in LIVES_WHERE
                or any(
                    t.lower_ not in LIVES_WHERE and t.lower_ not in ("door", "road", "the")
                    for t in where
                )
            ):
                continue
            if any(t.lower_ not in APPOSITION_FILLERS for t in between[comma:]):
                continue
        after = doc[b.end : b.end + 2]
        if after and (
            after[0].lower_ in ("and", "or", "&", "'s", "’s")
            or (after[0].text == "," and len(after) > 1 and after[1].ent_type_ == "PERSON")
        ):
            continue
        before = doc[a.start - 1] if a.start > 0 else None
        if before is not None and before.text == "," and doc[before.i - 1].ent_type_ == "PERSON":
            continue  # the middle of a list
        titled, first = (a, b) if a.title else (b, a)
        words = first.name.split()
        if len(words) == 2 and words[1].lower() in TITLES_AFTER:
            words = words[:1]  # "Tariq Sir"
        if not titled.title or first.title or len(words) != 1 or " " in titled.name:
            continue
        if words[0].lower() == titled.name.lower():
            continue  # "his brother Vikram, Vikram is moving": the one name said again
        if name_key(words[0]) in alone and name_key(titled.name) in alone:
            continue
        full = f"{words[0]} {titled.name}"
        a.name = b.name = full


def _first_name_before(doc: Any, raw: list[_Entity], cue_at: int, cue: tuple[str, ...]) -> list:
    """ "Tyler, the lads at college call him Wicksy": the one person said before "call him" in
    its sentence, by first name alone (whose surname an earlier memo may know), with no kin
    word between ("Tom's dad, everyone calls him Big Al" is the father's)."""
    if cue[0] not in ("call", "calls") or cue[-1] not in ("him", "her"):
        return []
    start = doc[cue_at].sent.start
    before = [e for e in raw if e.kind == "person" and start <= e.start and e.end <= cue_at]
    if len(before) != 1 or before[0].title or " " in before[0].name:
        return []
    if any(w.lower_ in KIN or w.lower_ in POSSESSIVES for w in doc[before[0].end : cue_at]):
        return []
    return before


def _goes_by(doc: Any, raw: list[_Entity]) -> None:
    """ "Cornelius Abara, who runs the pantry, everyone calls him Corky", "Kieran Bowman,
    goes by Bomber": a single name after a nickname cue is the full name said last before
    it in the sentence, or just before it (or a name the NER passed over there: "calls her
    Corky"), and so is that name said alone anywhere in the memo ("Corky rang, sorry,
    Cornelius Abara ..., everyone calls him Corky")."""
    lowers = [t.lower_ for t in doc]
    covered = {i for e in raw for i in range(e.start, e.end)}
    for i in range(1, len(doc)):
        t = doc[i]
        # "everybody calls him wee Gerry": a word that describes him between the cue and name
        k = i - 2 if i > 1 and lowers[i - 1] in DESCRIBING - {"our"} else i - 1
        if lowers[k] not in CUE_ENDS or not t.is_alpha:
            continue
        if (
            not t.is_title
            and not any(e.start == i and e.kind == "person" for e in raw)
            and not (t.lower_ in lexicon.first_names() or t.lower_ in lexicon.nicknames())
        ):
            continue  # "call me jilly" in lower case: a name the NER found or a listed one
        cue = next((c for c in GOES_BY if tuple(lowers[max(0, k + 1 - len(c)) : k + 1]) == c), None)
        if cue is None:
            continue
        if t.lower_ in NOT_NAME or t.lower_ in NOT_PEOPLE:
            continue
        # "the kids call her Nurse Rafa": a word before the name it goes by
        short = next((e for e in raw if e.start == i and e.end - e.start <= 2), None)
        described = short is None and k == i - 2
        if described:  # "calls him wee Davy", with the describing word taken into the name
            short = next((e for e in raw if e.start == k + 1 and e.end == i + 1), None)
        last = doc[short.end - 1].lower_ if short is not None else t.lower_
        full = [
            e
            for e in raw
            if e.kind == "person"
            and (" " in e.name or (cue in GOES_BY_ONLY and clipped_form(last, e.name)))
            and e.end < i
            and (doc[e.start].sent.start == t.sent.start or i - e.end <= 12)
        ] or _first_name_before(doc, raw, k + 1 - len(cue), cue)
        if not full:
            continue
        if (
            short is None
            and i not in covered
            and (
                cue in GOES_BY_ONLY  # "goes by Corky": whatever else the word is
                or (
                    t.lower_ not in _english_words()  # "prefers Tuesdays", "known as Gunners"
                    and t.lemma_.lower() not in _english_words()
                )
            )
            and t.lower_.removesuffix("s") not in NOT_NAME
            and t.lower_ not in lexicon.place_words()
        ):
            short = _Entity("person", i, i + 1, t.idx, t.text, t.text)
            raw.append(short)
        if (
            short is not None
            and (short.kind == "person" or (short.kind != "place" and short.end == i + 1))
            and (" " not in short.name or short.kind == "person")
            and not short.title
        ):
            said = t.lower_ if described else short.name.lower()
            gone_by = short.name.split()
            if (
                len(gone_by) > 1
                and short.kind == "person"
                and short.name != full[-1].name
                and gone_by[0].lower() not in TITLES | lexicon.JOB_TITLES  # "Nurse Wen"
                and gone_by[0].lower() not in NICKNAME_WORDS  # "call him Big Teilo"
            ):
                # "Coinneach Mac an t-Saoir, he goes by Kenny Macintyre in English": a full
                # name gone by is the one the person is known by
                formal = full[-1].name
                for e in raw:
                    if e.kind == "person" and e.name == formal:
                        e.name = short.name
                continue
            # "... Bernie asked me to knock": the same woman again, later on; and "Dee rang,
            # sorry, Dionne Fairweather, everyone calls her Dee": the name she was said by first
            for e in raw:
                if e.kind == "person" and not e.title and e.start != i and e.name.lower() == said:
                    e.name = full[-1].name
            short.kind, short.name = "person", full[-1].name
    _known_to(doc, raw)
    raw.sort(key=lambda e: e.start)


# What may stand between a name and "but nobody calls him that": "Dorothea, really, but".
NOT_CALLED_FILLERS = {",", "but", "really", "though", "actually", "officially", "properly", "well"}


def _cue_nobody_calls_that(doc: Any, i: int, formal: str = "") -> bool:
    """ "nobody calls him that", "no one's called her that in years", "nobody ever calls
    them that" opens at token `i`, or "nobody's called her Karamjit" of `formal`."""
    words = [t.lower_ for t in doc[i : i + 7]]
    if words[:2] == ["no", "one"]:
        words = words[2:]
    elif words[:1] in (["nobody"], ["no-one"]):
        words = words[1:]
    else:
        return False
    while words and words[0] in ("'s", "’s", "has", "ever", "really", "actually"):
        words = words[1:]
    return (
        len(words) >= 3
        and words[0] in ("call", "calls", "called")
        and words[1] in ("him", "her", "them")
        and (words[2] == "that" or words[2] == formal.split()[0].lower())
    )


def _nobody_calls_them_that(doc: Any, raw: list[_Entity]) -> None:
    """ "With Fitz, well, Fergus Fitzmaurice, but nobody calls him that", "Dodo Pratt rang.
    Dorothea, really, but nobody's called her that since 1970" and "Kaz ... Karamjit
    Sohal, but nobody's called her Karamjit since school": the name said just before
    "nobody calls him that" is the formal name of the person said just before it (in its
    sentence or the one before), so the two are one person, named by the full name."""
    people = sorted((e for e in raw if e.kind == "person"), key=lambda e: e.start)
    for i, t in enumerate(doc):
        if t.lower_ not in ("nobody", "no", "no-one"):
            continue
        before = [e for e in people if e.end <= i]
        if len(before) < 2:
            continue
        formal, other = before[-1], before[-2]
        if not _cue_nobody_calls_that(doc, i, formal.name):
            continue
        if any(w.lower_ not in NOT_CALLED_FILLERS for w in doc[formal.end : i]):
            continue
        sent = doc[formal.start].sent
        opens = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        if other.start < opens or formal.title or other.name == formal.name:
            continue
        if any(w.lower_ in KIN or w.lower_ in POSSESSIVES for w in doc[other.end : formal.start]):
            continue  # "Jo, her mum, Josephine, but nobody calls her that": the mum's name
        if " " in formal.name and " " in other.name:
            continue
        if " " in formal.name:
            full = formal.name  # "Fitz, well, Fergus Fitzmaurice"
        elif " " in other.name:
            full = other.name  # "Dodo Pratt rang. Dorothea, really"
        elif other.title:
            full = f"{formal.name} {other.name}"  # "Mrs Pratt. Dorothea, really"
        else:
            full = other.name  # "Fitz. Fergus, but": the name he goes by
        said = {formal.name, other.name}
        for e in people:
            if e.name in said and (not e.title or e is other):
                e.name = full


def _or_as_called(doc: Any, raw: list[_Entity]) -> None:
    """ "Mr Wroblewski, or Bogdan as he likes to be called," and "Roderick Blaine, or Rory as
    everyone calls him,": the name after "or" is the one this person goes by; with a title
    and surname it is their first name."""
    people = sorted((e for e in raw if e.kind == "person"), key=lambda e: e.start)
    for a, b in itertools.pairwise(people):
        if [t.lower_ for t in doc[a.end : b.start]] != [",", "or"]:
            continue
        after = [t.lower_ for t in doc[b.end : b.end + 6]]
        if after[:1] != ["as"] or not set(identity.CALLED_AS) & set(after):
            continue
        if b.title or " " in b.name or a.name.lower() == b.name.lower():
            continue
        if a.title and " " not in a.name:
            a.name = b.name = f"{b.name} {a.name}"
        elif " " in a.name:
            b.name = a.name


def _known_to(doc: Any, raw: list[_Entity]) -> None:
    """ "Oisin Brennagh, Ozzy to everyone, says ...": the name after a full name and before
    "to everyone" (the family, his mates) is the one that person goes by."""
    for m in identity.KNOWN_TO.finditer(doc.text):
        span = doc.char_span(m.start("short"), m.end("short"))
        if span is None or len(span) != 1 or span[0].lower_ in NOT_NAME:
            continue
        i = span.start
        full = next(
            (e for e in raw if e.kind == "person" and " " in e.name and e.end == i - 1), None
        )
        full = full or _full_name_set_off_before(doc, raw, i)
        if full is None or doc[i - 1].text != ",":
            continue
        short = next((e for e in raw if e.start == i and e.end == i + 1), None)
        if short is None:
            short = _Entity("person", i, i + 1, doc[i].idx, doc[i].text, doc[i].text)
            raw.append(short)
        if short.title:
            continue
        said = short.name.lower()
        for e in raw:  # "... and Ozzy says the subs are short": the same man again
            if e.kind == "person" and not e.title and e.name.lower() == said:
                e.name = full.name
        short.kind, short.name = "person", full.name


def _full_name_set_off_before(doc: Any, raw: list[_Entity], i: int) -> _Entity | None:
    """The full name a name at token `i` is set off after, past a role and a "well": "Dougie
    Tulloch, my co-coach, well, Tully to everyone". Only commas, a role's words and "well" or
    "or" between; no verb, no other name."""
    sent = doc[i].sent
    before = [e for e in raw if e.kind == "person" and sent.start <= e.start and e.end < i]
    if not before or " " not in before[-1].name or before[-1].title:
        return None
    full = before[-1]
    gap = doc[full.end : i]
    if len(gap) > 8 or gap[0].text != "," or _a_verb_between(doc, full.end, i):
        return None
    return full


def _known_by_surname(
    raw: list[_Entity], known: list[Term], firsts: dict[str, set[str]], doc: Any = None
) -> None:
    """Across memos: "Mr Kowalski", "Doctor Farah" (a title and a surname) and "Rob Hale" (a
    short form and a surname) are the one known person with that surname, and a title with
    a surname a letter off it ("Dr Pettigrew" after "Marion Pettigrue") is the one known person
    whose surname it is a spelling of."""
    by_last: dict[str, set[str]] = {}
    whole: set[str] = set()
    for term in known:
        words = term.text.split()
        if len(words) > 1:
            last = words[-1].lower()
            whole.add(last)
            # "Mrs Vane" for Rosamund Vane-Tempest: half a double-barrelled surname; "Oneill"
            # for Siobhan O'Neill, as Whisper writes it without its apostrophe
            for part in {last, name_key(last), *(last.split("-") if "-" in last else ())}:
                by_last.setdefault(part, set()).add(term.text)
    nick = lexicon.nicknames()
    for e in raw:
        low = e.name.lower()
        if (
            e.kind == "org"
            and "-" in low
            and low in whole
            and len(by_last[low]) == 1
            and doc is not None
            and doc[e.start].ent_id_ not in (VOCAB_ID, GAZETTEER_ID)
        ):
            e.kind = "person"  # "Vane-Tempest emailed" (NER: ORG): a known surname
        if e.kind != "person":
            continue
        words = e.name.split()
        if words[0].lower() in PARTICLES:
            words = words[-1:]  # "Mr van der Berg": the surname alone
        last = words[-1].lower()
        names = by_last.get(last, set())
        if len(words) == 1 and len(names) > 1 and doc is not None:
            names = names - _named_beside(doc, raw, e)  # "Mr Brennan picked Finn up": not Finn
        if len(words) == 1 and names and doc is not None:
            kin = _kin_of_beside(doc, raw, e)
            if _said_as_kin(doc, e):  # "I'll ring his gran, Mrs Ssempala": not Jayden
                kin |= _named_beside(doc, raw, e)
            if kin & names:
                names = names - kin  # "Kemi's mum, Mrs Okafor": not Kemi
                if not names:
                    continue
        lone_surname = (
            e.title or last not in lexicon.first_names()  # "Kowalski said", "Mr Oyelaran"
        ) and not any(t.text.split()[0].lower() == last for t in known)
        if len(words) == 1 and e.title and not names and len(last) >= 5:
            # "Dr Pettigrew" after "Marion Pettigrue": Whisper spelt the surname two ways
            near = {n for s, ns in by_last.items() if close_word(last, s) for n in ns}
            if len({n.split()[-1] for n in near}) == 1 and (found := _one_by_title(e, near)):
                near = {found}  # "Mr Adeyami" when Femi and Bola Adeyemi are known: Femi
            if len(near) == 1 and not (doc is not None and _relative_of(doc, e)):
                e.name = next(iter(near))
                continue
        if len(words) == 1 and lone_surname and not names and len(last) >= 4:
            # "Fletch" for Dwayne Fletcher: a surname cut short as a nickname
            names = {n for s, ns in by_last.items() if s.startswith(last) for n in ns}
            if len(names) != 1 or len(next(iter(names)).split()[-1]) - len(last) > 3:
                continue
        if len(words) == 1 and len(names) > 1 and (found := _one_by_title(e, names)):
            e.name = found  # "Mrs Nowak" when Piotr and Ania Nowak are known: Ania
        elif len(words) == 1 and lone_surname and len(names) == 1 and last not in firsts:
            if (doc is not None and _relative_of(doc, e)) or not lexicon.title_fits(
                e.title, next(iter(names))
            ):
                continue
            e.name = next(iter(names))
        elif len(words) == 2 and e.name not in names and names:
            first = words[0].lower()
            same = {n for n in names if n.split()[0].lower() in nick.get(first, ())}
            if len(same) == 1:
                e.name = next(iter(same))  # "Rob Hale" is Robert Hale


def _named_beside(doc: Any, raw: list[_Entity], e: _Entity) -> set[str]:
    """The people named in `e`'s sentence by another name than `e`'s surname: "Mr Brennan
    picked Finn up", "Kemi's mum, Mrs Okafor". Of a family, a parent and child are often named
    in one breath, so of several known with the surname, it is another one. (With one known,
    it may be the same person named twice: "Helen rang, er, Professor Marsh".)"""
    sent = doc[e.start].sent
    last = e.name.split()[-1].lower()
    return {
        x.name
        for x in raw
        if x is not e
        and x.kind == "person"
        and sent.start <= x.start < sent.end
        and name_key(split_title(x.surface)[1]).split()[-1:] != [name_key(last)]
    }


# Kin a name is said as, elders too: "his gran, Mrs Ssempala", "Kemi's mum, Mrs Okafor".
RELATIVES = KIN | ELDERS_CALLED | {"mother", "father", "grandmother", "grandfather"}


def _kin_of_beside(doc: Any, raw: list[_Entity], e: _Entity) -> set[str]:
    """The people of `e`'s sentence said as someone's kin ("Kemi's mum", "Rory's dad"),
    whom a title and surname there are not."""
    sent = doc[e.start].sent

    def kin_after(x: _Entity) -> bool:  # the span holds its "'s" or stops before it
        return any(
            doc[j].text in ("'s", "’s") and j + 1 < len(doc) and doc[j + 1].lower_ in RELATIVES
            for j in (x.end - 1, x.end)
            if j < len(doc)
        )

    return {
        x.name
        for x in raw
        if x is not e and x.kind == "person" and sent.start <= x.start < sent.end and kin_after(x)
    }


def _said_as_kin(doc: Any, e: _Entity) -> bool:
    """ "his gran, Mrs Ssempala", "Kemi's mum, Mrs Okafor": a name set off after someone's
    kin is a relative of someone, not the one whose kin it is."""
    i = e.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return (
        i >= 1
        and doc[i].lower_ in RELATIVES
        and (doc[i - 1].lower_ in POSSESSIVES or doc[i - 1].text in ("'s", "’s"))
    )


def _titled_one_of_a_family(raw: list[_Entity]) -> None:
    """ "The Nowaks, Piotr and Ania ... Mrs Nowak wants the parcel": a title and a surname
    that several people of this memo share are the one the title's sex fits."""
    full = {e.name for e in raw if e.kind == "person" and " " in e.name}
    for e in raw:
        if e.kind == "person" and e.title and " " not in e.name:
            same = {n for n in full if n.split()[-1].lower() == e.name.lower()}
            if found := _one_by_title(e, same):
                e.name = found


def _one_by_title(e: _Entity, names: set[str]) -> str | None:
    """The one of several people with a surname whose first name is of the sex the title
    before the surname says, else the one whose name is not of the other sex ("Mrs Nowak" of
    Piotr and Ania Nowak, where the lists know Piotr's sex and not Ania's), or None."""
    sex = lexicon.TITLE_SEXES.get((e.title or "").lower().rstrip("."))
    if not sex or len(names) < 2:
        return None
    sexes = lexicon.name_sexes()
    for fits in (
        {n for n in names if sexes.get(n.split()[0].lower()) == sex},
        {n for n in names if sexes.get(n.split()[0].lower(), sex) == sex},
    ):
        if len(fits) == 1:
            return next(iter(fits))
    return None


# Words by which a later sentence speaks of a family named before it ("Their youngest, ...").
FAMILY_BACK = {"their", "they", "them", "they're", "they've", "they'd", "they'll", "theirs"}


# Verbs by which a family asks something of someone, who is then no one of the family:
# "the Kitsons asked if Jory could help", "the Kellys invited Ruby".
ASKED_OF_SOMEONE = {"ask", "invite", "want", "offer", "thank", "pay", "hire", "beg"}


def _family_names(doc: Any, raw: list[_Entity], known_alone: set[str]) -> None:
    """ "The Patels came round, Meena says their boy Arjun ...": first names alone said with
    a family take the family's surname, when it is the only family named. A member is named
    after the family in its sentence, or in one of the two after that speaks of the family
    again ("Their youngest, Adaeze") or opens with the name ("Emeka is happy to drive"); a
    name before it is someone the family is said of ("Wenceslas's neighbours the Brogdens"),
    and one said otherwise in a later sentence is anyone ("The Tamberlanes came. Ilse's
    recital was lovely", "... Mull over whether to tell Ansel"), as is someone known by one
    name from earlier memos who opens one, someone the family asks something of ("the Kitsons
    asked if Jory could help"), and "our Angharad" is ours. "The Trusses" are Truss."""
    english = _english_words()

    def guessed(e: _Entity) -> bool:  # "the Tamberlanes" the NER took for an organisation
        span = doc[e.start : e.end]  # ("the Vane-Tempests": one word, split at its hyphen)
        return (
            " " not in span.text
            and not span[0].ent_id_
            and span.text.endswith("s")
            and span.text[:-1].lower() not in english
        )

    orgs = [
        (e.start_char, e.start_char + len(e.surface))
        for e in raw
        if e.kind == "org" and not guessed(e)
    ]
    found = {
        m[1]: m.start()
        # not "at the Demirs'": their house, where anyone may be
        for m in re.finditer(
            r"\b[Tt]he ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)s\b(?!\s+[A-Z]|['’])", doc.text
        )
        if not any(a <= m.start(1) < b for a, b in orgs)  # "the Scouts" is an organisation
        and m[1].lower() not in lexicon.place_words()
        and m[1].lower() + "s" not in lexicon.place_words()  # "the Inverness mod": a town's
        and m[1].lower() not in NOT_NAME
        and m[1].lower() + "s" not in NOT_NAME  # "the Sundays"
        and not _a_word_ending_in_s(doc, m.start(1), m[1])
        and not (_a_plural_of_no_surname(m[1]) and not _their_kin(doc, m.start()))
    }  # "the Patels", not "the Bounds Green allotments"
    if len(found) != 1:
        return
    family, at = next(iter(found.items()))
    if family.endswith(("se", "xe", "ze", "che", "she")):
        family = family[:-1]  # "the Trusses", "the Joneses"
    sents = list(doc.sents)
    idx = next((i for i, s in enumerate(sents) if s.start_char <= at < s.end_char), 0)
    said_at = next((t.i for t in sents[idx] if t.idx >= at), sents[idx].start)
    spans = [(said_at, sents[idx].end)] + [
        (s.start, s.end)
        for s in sents[idx + 1 : idx + 3]
        if any(t.lower_ in FAMILY_BACK for t in s)
    ]
    later = [(s.start, s.end) for s in sents[idx + 1 : idx + 3]]
    asking = next(  # "the Kitsons asked if Jory could help": the family asks about him
        (
            t.head
            for t in sents[idx]
            if t.idx >= at and t.text.startswith(family) and t.dep_ == "nsubj"
        ),
        None,
    )
    if asking is not None and asking.lemma_.lower() not in ASKED_OF_SOMEONE:
        asking = None
    said = {f"{family}s", f"{family}es"}
    raw[:] = [e for e in raw if e.name not in said]  # the family itself is no one person
    for e in raw:
        if (
            e.kind == "person"
            and " " not in e.name
            and e.name != family
            and not e.title
            and (e.start == 0 or doc[e.start - 1].lower_ not in ("our", "my"))
            and not _whose_thing_one_is_in(doc, e)
            and not (
                asking is not None
                and asking in doc[e.start].ancestors
                and not any(w.lower_ in KIN for w in doc[max(0, e.start - 2) : e.start])
            )
            and (
                any(a <= e.start < b for a, b in spans[:1])
                # a later sentence: not someone known from earlier memos ("The Sneddons got
                # it! ... Ally says he wants them by Thursday": Ally is Alasdair Rennison)
                or (
                    e.name.lower() not in known_alone
                    and (
                        any(a <= e.start < b for a, b in spans[1:])
                        or any(a <= e.start < b and _opens_with(doc, a, e) for a, b in later)
                    )
                )
            )
        ):
            e.name = f"{e.name} {family}"


def _whose_thing_one_is_in(doc: Any, e: _Entity) -> bool:
    """ "Their son Jago is in Ruairi's class", "Yasmin's with Kuba's team": a name said as
    whose thing after a preposition is where a member of the family is, someone else (a
    classmate), not one of the family."""
    after = doc[e.end : e.end + 2]
    return (
        e.start > 0
        and doc[e.start - 1].pos_ == "ADP"
        and len(after) == 2
        and after[0].text in ("'s", "’s")
        and after[1].pos_ == "NOUN"
    )


def _a_word_ending_in_s(doc: Any, at: int, stem: str) -> bool:
    """ "The Christmas fair", "the Olympics": a date, or a word the dictionary has as it
    stands, not a family's surname ("Christma"). The dictionary has few plural surnames ("the
    Woods"), and it is the noun's plain form it lists, never "Patels" or "Smiths"."""
    token = doc.char_span(at, at + len(stem) + 1, alignment_mode="expand")
    if token is not None and any(t.ent_type_ in ("DATE", "EVENT") for t in token):
        return True
    return f"{stem}s".lower() in _english_words()


def _their_kin(doc: Any, at: int) -> bool:
    """Whether the memo speaks of a group named at character `at` as a household, in its
    sentence or the two after: "their boy Idwal", "their youngest"."""
    sents = [s for s in doc.sents if s.end_char > at][:3]
    return any(
        t.lower_ == "their"
        and any(n.lower_ in KIN | {"youngest", "eldest"} for n in t.doc[t.i + 1 : t.i + 3])
        for s in sents
        for t in s
    )


def _a_plural_of_no_surname(stem: str) -> bool:
    """ "The Cubs are marching", "the Lionesses are playing": a group named by an ordinary
    noun that no one has for a surname is a section or a team, not a family, and gives no
    one near it a surname. "The Bakers" and "the Woods" are surnames as well as words."""
    surnames = lexicon.surnames()
    low = stem.lower()
    forms = {low, low[:-1]} if low.endswith(("se", "xe", "ze", "che", "she")) else {low}
    english = _english_words()
    return bool(surnames) and any(f in english and f not in surnames for f in forms)


def _opens_with(doc: Any, start: int, e: _Entity) -> bool:
    """The sentence from `start` opens with `e` as who it is about ("Chidi and Ngozi are
    thrilled"), not as whose thing it is ("Ilse's recital was lovely")."""
    if any(
        t.ent_type_ != "PERSON" and t.lower_ not in ("and", ",", "&") for t in doc[start : e.start]
    ):
        return False
    after = doc[e.end : e.end + 2]  # "Imelda's happy": that "'s" is "is"
    return not (len(after) == 2 and after[0].text in ("'s", "’s") and after[1].pos_ == "NOUN")


def _known_org_said_short(
    doc: Any, raw: list[_Entity], terms: tuple[Term, ...], covered: set[int]
) -> None:
    """ "Paid the Northern Catering invoice" after "Northern Catering Repairs": capitals the
    NER passed over that begin exactly one known organisation's name are that organisation."""
    orgs = [t.text.strip() for t in terms if t.kind == "org" and " " in t.text.strip()]
    if not orgs:
        return
    bare = {o: without_the(o).lower() for o in orgs}
    never = lexicon.first_names() | NOT_NAME | ACTION_VERBS | TITLES | lexicon.place_words()
    english = _english_words()  # a capital opening a sentence says nothing of an ordinary word

    def one_known(i: int, j: int) -> str | None:
        if not (
            j > i
            and (not doc[i].is_sent_start or doc[i].lower_ not in english)
            and not (j - i == 1 and doc[i].lower_ in never)
            # "in Punjabi and English"; "doing the Ashby 10k" is a race, not "Ashby Homes"
            and doc[i].ent_type_ not in ("NORP", "LANGUAGE", "EVENT")
            and not _a_race_or_festival_named_by(doc, j)
            and not (j - i == 1 and _describes_a_kind(doc, i))
        ):
            return None
        said = doc[i:j].text.lower() + " "
        if _said_as_its_own(doc, j):
            said = said[:-1] + "'s "  # "taking her to King's on Tuesday"
        match = _opened_by(orgs, said, lambda o: bare[o].replace("’", "'"))
        return match[0] if len(match) == 1 else None

    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j not in covered and doc[j].is_title and doc[j].is_alpha:
            j += 1
        found = None
        if j - i > 1 and (doc[i].is_sent_start or doc[i].ent_type_ in ("DATE", "TIME")):
            # "Glan Tywi want the hall" opening a sentence is the whole known name; "Monday
            # Thistle start", "Rang Thistle": else the name is after the capital
            if doc[i].is_sent_start and doc[i].ent_type_ not in ("DATE", "TIME"):
                found = one_known(i, j)
            if found is None:
                i += 1
        if found is None:
            found = one_known(i, j)
        if found is not None:
            span = doc[i:j]
            raw.append(_Entity("org", i, j, span.start_char, span.text, found))
        i = max(j, i + 1)
    raw.sort(key=lambda e: e.start)


def _describes_a_kind(doc: Any, i: int) -> bool:
    """ "Seion, the Baptist chapel in the village", "the Polish school": a faith or a language
    before a kind of body in lower case says which kind, and names no known body that opens
    with the word ("Baptist Union")."""
    return (
        (doc[i].lower_ in DESCRIPTIVE or doc[i].lower_ in LANGUAGES)
        and i + 1 < len(doc)
        and doc[i + 1].is_lower
        and doc[i + 1].lower_ in org_suffixes()
    )


def _a_race_or_festival_named_by(doc: Any, j: int) -> bool:
    """ "doing the Brenfield 5k", "off to the Brenfield carnival": capitals followed by a race
    or a festival in lower case (or a distance) name that happening after an area, not the
    known body that shares the area's name, whatever label the NER gave them."""
    if j >= len(doc):
        return False
    word = doc[j].lower_
    return word in RACES_AND_FESTIVALS or re.fullmatch(r"\d+(k|km|mile|miler)s?", word) is not None


def _opened_by(orgs: list[str], said: str, form: Callable[[str], str]) -> list[str]:
    """The known names that `said` (lower case, a space after it) opens, each name compared
    in its `form` ("The" dropped), or that it is without its kind ("salem " of "Capel
    Salem")."""
    return [
        o
        for o in orgs
        if form(o).startswith(said) or (said_without_its_kind(o) or "").lower() + " " == said
    ]


def _said_as_its_own(doc: Any, j: int) -> bool:
    """ "to King's on Tuesday", "at King's.": a possessive that owns nothing after it is a
    place's or a body's own name ("King's College Hospital"), not someone's thing."""
    if j >= len(doc) or doc[j].text not in ("'s", "’s"):
        return False
    after = doc[j + 1] if j + 1 < len(doc) else None
    return after is None or not (after.is_alpha and after.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"))


def _known_org_prefix(doc: Any, raw: list[_Entity], terms: tuple[Term, ...]) -> None:
    """ "Rhodes Avenue" after "Rhodes Avenue Primary" is known: the one known organisation
    whose name it begins. Not an area's name before a race or a festival ("the Brenfield
    carnival" is not "Brenfield Homes"), whatever label the NER gave it."""
    orgs = [t.text.strip() for t in terms if t.kind == "org"]
    places = {t.text.strip().lower() for t in terms if t.kind == "place"}
    for e in raw:
        # "at Crowcroft" (NER: PERSON) after "Crowcroft Park Primary", "tell Tinker Toad
        # no thanks" after "a company called Tinker Toad in Cheam": no first name opens it
        lone = (
            e.kind == "person"
            and not e.title
            and e.name.split()[0].lower() not in lexicon.first_names()
        )
        if (e.kind not in ("org", "place") or e.name in orgs) and not lone:
            continue
        if _a_race_or_festival_named_by(doc, e.end):
            continue
        if e.kind == "place" and e.name.lower() in _listed_places() | places:
            continue  # "Stockport" is the town, not "Stockport NHS Foundation Trust"
        if e.kind == "org" and e.name.lower() in lexicon.listed_org_names():
            continue  # "the NHS" is the NHS, not "NHS Blood and Transplant"
        low = without_the(e.name).lower() + " "
        match = _opened_by(orgs, low, lambda o: without_the(o).lower())
        if len(match) == 1:
            e.kind, e.name = "org", match[0]


# What a group on an app is called: "the Nomads WhatsApp group", "the street's Facebook chat".
CHAT_HEADS = {"group", "chat", "groupchat", "thread"}
BODIES = {"committee", "board", "group", "team", "forum", "panel", "meeting", "subcommittee"}


def _not_a_name(ent: Any, kind: str) -> bool:
    """NER spans that name nobody: "meter" (a person in lower case), "Budget" of "Budget
    chat", "the Catholic primary", "GP partners"."""
    if len(ent) == 1 and ent[0].is_sent_start and ent[0].lower_ in ACTION_VERBS:
        return True  # "Spoke to ...", "Rang ..."
    if kind == "person" and any(c.isdigit() for c in ent.text):
        return True  # "budget for Q3"
    if kind == "person" and len(ent) == 1 and _a_prayer_said(ent[0]):
        return True  # "meeting at the masjid after Isha" (or "after isha"): the prayer
    if kind == "person" and not any(t.text[:1].isupper() for t in ent):  # "JoJo", "McKay"
        # "so i met fatima begum"; "a woman called liyah tesfamariam": no word a dictionary
        # has; "with auntie ngozi", "mister o'brien called": the name after a title
        said = ent[1:] if len(ent) > 1 and ent[0].lower_ in TITLES | SPOKEN_TITLES.keys() else ent
        if len(ent) > 1 and ent[0].lower_ in KIN:
            said = ent[1:]  # "their daughter ifrah": the name after the kin word
        if len(said) < len(ent) and ent[0].lower_ in PERSONAL_TITLES | SPOKEN_TITLES.keys():
            return any(t.is_stop or not t.text[0].isalpha() for t in said)  # "mister o'brien"
        # "met eleri vaughan": after a first word no dictionary has, a listed surname that
        # is a word too ("vaughan", "baker") is still the surname
        surnames = lexicon.surnames()
        return said[0].lower_ not in lexicon.first_names() and not all(
            len(t) >= 3
            and not t.is_stop
            and t.text[0].isalpha()
            and (not _a_word(t.lower_) or (i > 0 and t.lower_ in surnames))
            for i, t in enumerate(said)
        )
    if (
        kind == "person"
        and len(ent) == 1
        and ent[0].is_sent_start
        and ent[0].pos_ == "NOUN"
        and ent[0].lower_ not in lexicon.first_names()
        and not _from_somewhere_and_rang(ent.doc, ent[0])  # "Hendricks from work wants"
        # "Hargreaves reckons": a surname the tagger took for the plural of no word
        and not (ent[0].tag_ == "NNS" and not _a_word(ent[0].lemma_.lower()))
    ):
        return True  # "Invoice is two hundred", "Flour delivery from ..."
    if kind == "person" and len(ent) == 1 and _a_day_of(ent[0]):
        return True  # "Valentine's Day", "St Patrick's Day": a feast named for someone
    if kind == "person" and len(ent) == 1 and _a_word_capitalised_to_open(ent[0]):
        return True  # "Rang Kerry-Ann. Voicemail.", "Cylinder's in at Mrs Pightling's"
    if (
        kind == "person"
        and len(ent) == 1
        and ent[0].is_sent_start
        and ent[0].lower_ in PERSON_NOUNS - lexicon.first_names() - {"guy"}
    ):
        return True  # "Lad called Ryan, didn't catch a surname": a word for him, not his name
    if (
        kind == "person"
        and len(ent) == 1
        and ent[0].is_sent_start
        and _plural_of_a_word(ent[0].lower_)
    ):
        return True  # "Consultations finished": a long plural of a common noun
    if kind == "person" and len(ent) == 1 and ent[0].is_sent_start and _is_an_amount(ent):
        return True  # "Deadline's the thirtieth": a thing with a date or a price
    if (
        kind == "org"
        and len(ent) > 1
        and ent[0].is_sent_start
        and all(t.is_lower for t in ent[1:])
        and ent[-1].lower_ not in org_suffixes()
    ):
        return True  # "Finance committee Tuesday evening"
    if kind != "org":
        return False
    words = [t for t in ent if t.lower_ not in ("the", "a", "an")]
    if len(words) == 1 and (words[0].lower_ in ACTION_VERBS or words[0].tag_ in ("VBD", "VB")):
        return True  # "Spoke to Pastor Emmanuel"
    if len(words) == 1:
        w = words[0]  # "Budget chat with Linda": a common noun that opens the sentence
        if w.is_lower and w.pos_ == "NOUN" and w.i > 0 and w.doc[w.i - 1].pos_ == "DET":
            # "the ref was Keith": a common noun, unless a job is "at the ..." it
            return w.i < 2 or w.doc[w.i - 2].lower_ not in ORG_PREPS
        return w.is_sent_start and (w.pos_ == "NOUN" or (w.dep_ == "compound" and w.head.is_lower))
    suffixes = org_suffixes()
    head = [w for w in words if w.lower_ not in suffixes]
    # a name said in lower case with no article is still a name ("at avenue primary")
    bare = ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("at", "from", "for")
    if (
        words[-1].lower_ in suffixes
        and head
        and all(
            w.lower_ in DESCRIPTIVE
            or (not _a_name_in_lower_case(w) and (w.pos_ == "ADJ" or (w.is_lower and not bare)))
            for w in head
        )
    ):
        return True  # "the Catholic primary", "a local school"
    not_entities = lexicon.not_entities()
    if head and all(w.lower_ in not_entities for w in head):
        return True  # "the WhatsApp group": an app's group is no organisation
    if _chat_of_a_body(ent, words, not_entities):
        return True  # "the Rovers WhatsApp group" of "Kelby Rovers": the club's chat
    return all(
        w.lower_ in not_entities or w.lower_ in ROLE_HEADS or w.lower_.rstrip("s") in ROLE_HEADS
        for w in words
    )


def _chat_of_a_body(ent: Any, words: list[Any], apps: frozenset[str]) -> bool:
    """ "The Rovers WhatsApp group is going mad ... our captain at Kelby Rovers": a group on an
    app named by words of another organisation the memo names is that body's chat, no body of
    its own ("the Bounds Green Mums Facebook group", named for no other, is one)."""
    if len(words) < 3 or words[-1].lower_ not in CHAT_HEADS or words[-2].lower_ not in apps:
        return False
    said = [w.lower_ for w in words[:-2]]
    for other in ent.doc.ents:
        theirs = [t.lower_ for t in other if t.lower_ != "the"]
        if (
            other.label_ == "ORG"
            and other.start != ent.start
            and len(theirs) > len(said)
            and any(theirs[i : i + len(said)] == said for i in range(len(theirs)))
        ):
            return True
    return False


def _listed_things_joined(low: str, listed: frozenset[str]) -> bool:
    """ "always on about Minecraft and Fortnite": two things, each listed as no entity, that
    the NER joined over "and" into one name are still two things, not one body."""
    parts = re.split(r" (?:and|&) ", low)
    return len(parts) > 1 and all(p.strip() in listed for p in parts)


def _inside_a_listed_phrase(doc: Any, start: int, end: int) -> bool:
    """A span that is part of a longer phrase listed as no entity, said whole around it (a
    scheme, an app: "register for Making Tax Digital", where the NER left out "Making" as a
    verb), is that phrase's piece, whatever the NER labelled it."""
    listed = lexicon.not_entities()
    for s in range(max(0, start - 3), start + 1):
        for e in range(end, min(len(doc), end + 3) + 1):
            if (s, e) != (start, end) and e - s > 1 and doc[s:e].text.lower() in listed:
                return True
    return False


def _a_day_of(t: Any) -> bool:
    """A name said as "X's Day" (a feast or a day named for someone), not someone met."""
    doc = t.doc
    return (
        t.i + 2 < len(doc)
        and doc[t.i + 1].text in ("'s", "’s")
        and doc[t.i + 2].text in ("Day", "Eve", "day")
    )


def _a_name_in_lower_case(w: Any) -> bool:
    """ "the splott youth project": a known place's word names the organisation, in lower
    case too (the tagger may call it an adjective); "the local school" holds none. (A word
    no dictionary has is no such evidence: a misspelling or a person's name is one too.)"""
    return w.is_alpha and len(w) > 2 and w.lower_ in lexicon.place_words()


AMOUNT_LEADS = {"the", "a", "an", "on", "about", "around", "only", "just", "due"}


def _is_an_amount(ent: Any) -> bool:
    """ "Deadline's the thirtieth", "Invoice is two hundred": an unknown word that opens the
    sentence and is a date, a time or a sum is a thing, not a person."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in ("is", "'s", "’s", "was"):
        return False
    i = ent.end + 1  # the amount comes next, after an article at most: not "Ilka's off next week"
    while i < len(doc) - 1 and doc[i].lower_ in AMOUNT_LEADS:
        i += 1
    t = doc[i]
    if ent[0].lower_ in lexicon.first_names():
        # "Loan's forty-five thousand", "Bill's two hundred quid": a name that is a word too is
        # the thing when what it is is a sum of money (someone is an age: "Sam's forty")
        return ent[0].lower_ in _english_words() and _a_sum(doc, ent.end + 1)
    return t.ent_type_ in ("DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "QUANTITY") or t.like_num


def _coach_and_a_name(span: Any) -> bool:
    """ "Coach Tadeo": "Coach" before one capitalised word no dictionary has (a listed first
    name is `split_title`'s) is a title and a name; "Coach House", "Coach Station" are not."""
    return (
        len(span) == 2
        and span[0].lower_ in lexicon.TITLES_BEFORE_A_FIRST_NAME
        and span[1].is_title
        and span[1].is_alpha
        and span[1].lower_ not in _english_words()
        and span[1].lower_ not in lexicon.place_words() | org_suffixes()
    )


def _set_off_as_someone(doc: Any, i: int) -> bool:
    """ "Temperance, the greyhound woman from the park, came along": a word the tagger took for
    a noun, set off at the start of its sentence by what is said of a person after it."""
    after = [t.lower_ for t in doc[i + 1 : i + 3]]
    return doc[i].is_sent_start and len(after) == 2 and after[0] == "," and after[1] in SET_OFF


# What follows a name and its comma: "Temperance, the woman from ...", "Oreste, he's ...".
SET_OFF = {"the", "she", "he", "who", "she's", "he's", "my", "our", "their", "his", "her"}


def _known_persons_things(doc: Any, raw: list[_Entity], known: Callable[[str], bool]) -> None:
    """ "Ottoline's museum trip", "Zeph's hospital bag" (NER: an organisation): the lower-case
    words after a known person's possessive are their things; the person is named. "Guy's
    hospital" stays an organisation unless a Guy is known."""
    for e in raw:
        span = doc[e.start : e.end]
        if (
            e.kind == "org"
            and len(span) >= 3
            and span[0].is_title
            and span[1].text in ("'s", "’s")
            and all(t.is_lower for t in span[2:])
            and known(span[0].lower_)
        ):
            e.kind, e.end, e.surface, e.name = "person", e.start + 1, span[0].text, span[0].text


def _relative_of(doc: Any, e: _Entity) -> bool:
    """ "Mrs Okafor, Tom's mum": a relative who shares the surname, not the same person."""
    after = [t.lower_ for t in doc[e.end : e.end + 5]]
    return bool(after) and after[0] == "," and any(w in KIN for w in after[1:])


def _someones_relative(doc: Any, e: _Entity) -> bool:
    """ "Kwabena Osei-Bonsu came late. His mum Abena ...": a name said as his, her or their
    relative is someone else than the one the pronoun points to, however like their name."""
    return (
        e.start >= 2
        and doc[e.start - 1].lower_ in KIN
        and doc[e.start - 2].lower_ in ("his", "her", "their")
    )


def _lone_name(doc: Any, e: _Entity) -> bool:
    """A one-word ORG the NER guessed (not one from the gazetteer or the vocabulary)."""
    return e.end - e.start == 1 and doc[e.start].ent_id_ not in (VOCAB_ID, GAZETTEER_ID)


# Words that put a known person's first name somewhere all the same: "in Mehmet" is no one.
PLACE_ONLY_BEFORE = {"in", "into", "near", "around", "through", "across", "past", "outside"}


def _taken_somewhere(doc: Any, i: int) -> bool:
    """Whether the word before token `i` makes the first name of someone known a place:
    "in", "near", "went to". "From", "with", "for" and "at" are said of people as often
    ("got the key from Mehmet", "swapped with Mehmet")."""
    before = doc[i - 1].lower_ if i > 0 else ""
    return before in PLACE_ONLY_BEFORE or (before == "to" and _somewhere(doc, i))


def _named_after_a_title(ent: Any, lead: int, trail: int) -> bool:
    """ "sister ruth from church", "brother femi rang": the one word after a title is a
    first name the tagger read as a verb ("ruth": VBP), not a verb to trim off; a title
    alone names no one. Not "nan rang": a word no first-name list has."""
    last = ent[trail - 1]
    return (
        trail - 1 == lead + 1
        and ent[lead].lower_ in TITLES
        and last.is_alpha
        and last.lower_ not in DOING
        and last.lower_ not in SAID_VERBS
        and (last.lower_ in lexicon.first_names() or last.lower_ in WORD_NAMES)
    )


def _a_word_capitalised_to_open(t: Any) -> bool:
    """An ordinary word that has its capital only for opening a sentence, whatever the tagger
    made of it ("Voicemail. Left a message", "Cylinder's in"): no first name, no surname
    ("Baker's coming", "Wren didn't cry" stay), and nowhere in the memo with a capital
    mid-sentence, as a name would be. Not a short word, which may be someone's short form
    ("Also Dec and I swapped comments": Declan)."""
    low = t.lower_
    return (
        t.is_sent_start
        and t.is_title
        and len(low) >= 5
        and low not in lexicon.nicknames()
        and low in _english_words()
        and low not in lexicon.first_names()
        and low not in lexicon.surnames()
        and not any(
            x.lower_ == low and x.is_title and not x.is_sent_start for x in t.doc if x.i != t.i
        )
        and _a_common_noun(low)  # not "Zephaniah", which the tagger knows for a name
        and not _set_off_before_a_name(t)  # "Stumpy, Stuart Mallett, the chairman": his
    )


def _set_off_before_a_name(t: Any) -> bool:
    """A word set off by a comma just before someone's full name is what they are called."""
    doc = t.doc
    return (
        t.i + 3 < len(doc)
        and doc[t.i + 1].text == ","
        and doc[t.i + 2].ent_type_ == "PERSON"
        and doc[t.i + 3].ent_type_ == "PERSON"
    )


@functools.cache
def _a_common_noun(low: str) -> bool:
    """Whether the tagger reads `low` in lower case mid-sentence as a common noun: bare, or
    after "my" ("i said homily today" reads a name, "my homily is done" the noun; "my
    zephaniah is done" is still a name)."""
    from .nlp import load_nlp

    nlp = load_nlp()
    for text, at in ((f"i said {low} today", 2), (f"my {low} is done", 1)):
        probe = nlp.make_doc(text)
        for name in ("tok2vec", "tagger"):
            if name in nlp.pipe_names:
                probe = nlp.get_pipe(name)(probe)
        if len(probe) == 4 and probe[at].tag_ in ("NN", "NNS"):
            return True
    return False


# The five daily prayers, said after a word of time ("after Isha", "before Fajr"); some are
# also girls' names, so only there are they the prayer.
PRAYERS = {"fajr", "zuhr", "dhuhr", "zohr", "asr", "maghrib", "isha", "esha", "jummah", "juma"}


def _a_prayer_said(t: Any) -> bool:
    """ "Food bank meeting at the masjid after Isha": a prayer as a time of day."""
    return (
        t.lower_ in PRAYERS
        and t.i > 0
        and t.doc[t.i - 1].lower_ in ("after", "before", "at", "till", "until", "for", "by")
    )


def _a_word_not_a_name(t: Any) -> bool:
    """A word in lower case that the tagger reads as a common noun or a verb, in a memo
    written with capitals ("said grace", "with a bit of hope"): a name there would have its
    capital. A memo Whisper wrote in lower case keeps its names ("met fatima", "will rang")."""
    return (
        t.is_lower
        and t.tag_ not in ("NNP", "NNPS")
        and t.lower_ in _english_words()
        and any(x.is_title and x.text != "I" for x in t.doc)
    )


def _lower_case_memo(doc: Any) -> bool:
    """A memo Whisper wrote all in lower case (no capital but "I" in a score of words)."""
    words = [t for t in doc if t.is_alpha and t.lower_ != "i"]
    return len(words) >= 20 and sum(not t.is_lower for t in words) <= len(words) // 50


def _known_name_in_lower_case(t: Any) -> bool:
    """A lower-case word that can stand for a known person's first name: no stop word, no
    ordinary word unless it is a listed first name no dictionary has ("aisha", not "will")."""
    return _lower_name_shaped(t) and t.lower_ not in _english_words()


def _acronym(name: str) -> bool:
    """One word of four capitals or more ("HARCA", "CAMHS"): a body's initials said as a
    word; a person's initials are two or three ("JP")."""
    return " " not in name and name.isalpha() and name.isupper() and len(name) >= 4


def _initials(name: str) -> bool:
    """One word of initials in mixed case, a capital last: "TfL", "DfE" ("JoJo" and
    "McKenzie" end in a small letter and are names; "JP" may be someone's initials)."""
    return (
        " " not in name
        and name.isalpha()
        and name[-1].isupper()
        and sum(c.isupper() for c in name) >= 2
        and any(c.islower() for c in name)
    )
