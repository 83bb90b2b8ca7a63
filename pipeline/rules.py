"""The entity rule layers that run over spaCy's NER: context rules, and the fix-ups for
people, organisations and places the small model gets wrong on memo language.

Kept apart from `extract.py` because they are most of the extraction code and are read on their
own; each layer may overwrite the labels before it (the order is in `_context_rules` and
`_match_rules`).
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from typing import Any

from . import followups, heard, lexicon
from .entities import (
    ACRONYMS,
    CONTACT_CUES,
    CONTEXT_ID,
    CUE_WORDS,
    DESCRIPTIVE,
    GAZETTEER_ID,
    GENERIC_WORKPLACES,
    HIRE_VERBS,
    INDEFINITE,
    LOCATIVES,
    MEETING_CUES,
    NICKNAME_SAID,
    NOT_NAME,
    NOT_ORG_HEADS,
    NOT_PERSON_ROLES,
    ORG_JOINS,
    ORG_PREFIXES,
    ORG_PREPS,
    PLACE_ONLY,
    THERE,
    VOCAB_ID,
    WORK_VERBS,
    _Entity,
    _listed_places,
    _role_word,
    clean_name,
    nickname_said,
    sentences_back,
)
from .lexicon import (
    ACTION_VERBS,
    EVENT_NOUNS,
    PLACE_SUFFIXES,
    ROLE_DROP,
    ROLE_HEADS,
    TITLES,
    VENUE_SUFFIXES,
    org_suffixes,
)
from .nlp import _authority_words, _cap, load_nlp


class _Rules:
    """The Matchers for the context rules, built once per pipeline."""

    def __init__(self, nlp: Any) -> None:
        from spacy.matcher import Matcher

        self.names = Matcher(nlp.vocab)
        title = {"LOWER": {"IN": sorted(TITLES)}, "OP": "?"}
        person = _cap(ACTION_VERBS | CUE_WORDS | TITLES)
        for key, cues in (("MEETING", MEETING_CUES), ("CONTACT", CONTACT_CUES)):
            self.names.add(
                key,
                [
                    [*({"LOWER": w} for w in cue.split()), title, person, person | {"OP": "?"}]
                    for cue in cues
                ],
                greedy="LONGEST",
            )
        org_word = _cap()
        # "at Jaguar Land Rover Emma liked ...": a name the NER calls a person ends the org.
        org_word_more = org_word | {"ENT_TYPE": {"NOT_IN": ["PERSON"]}}
        link = [{"LOWER": {"IN": sorted(ORG_PREPS)}}, {"LOWER": "the", "OP": "?"}, org_word]
        self.names.add(
            "ORG_AFTER",
            [
                link,
                [*link, org_word_more],
                [*link, org_word_more, org_word_more],
                [*link, org_word_more, org_word_more, org_word_more],
                [*link, org_word_more, {"LOWER": {"IN": ORG_JOINS}}, org_word_more],
                # "Count on Us", "Leeds and District": short joining words inside a name
                [*link, {"LOWER": {"IN": ["on", "and"]}}, org_word_more],
                [*link, {"LOWER": {"IN": ["of", "&", "for"]}}, org_word_more],  # Homes for X
            ],
            greedy="LONGEST",
        )
        # Whisper base writes "head of security at the post office": after a job title, a
        # lower-case name is still the organisation.
        low = {"IS_LOWER": True, "IS_ALPHA": True, "POS": {"IN": ["NOUN", "PROPN"]}}
        low_link = [{"LOWER": {"IN": ["at", "for"]}}, {"LOWER": "the", "OP": "?"}, low]
        # "a volunteer at open door": an adjective or verb may open a two-word name
        low_first = {"IS_LOWER": True, "IS_ALPHA": True, "POS": {"IN": ["ADJ", "VERB"]}}
        low_open = [{"LOWER": {"IN": ["at", "for"]}}, {"LOWER": "the", "OP": "?"}, low_first]
        # "Rory's teacher at avenue primary": an organisation word ends the name whatever its tag
        low_end = {"IS_LOWER": True, "LOWER": {"IN": sorted(org_suffixes())}}
        # "the plumber from avon heating": after "from", only a name with an organisation word
        from_link = [{"LOWER": "from"}, {"LOWER": "the", "OP": "?"}]
        word = {"IS_LOWER": True, "IS_ALPHA": True, "IS_STOP": False}  # tagged anyhow
        self.names.add(
            "ORG_LOWER",
            [
                low_link,
                [*low_link, low],
                [*low_link, low, low],
                [*low_open, low],
                [*low_link, low_end],
                [*low_link, low_end, low_end],
                [*from_link, word, low_end],
                [*from_link, word, word, low_end],
            ],
            greedy="LONGEST",
        )
        # Not in the EntityRuler: Green, Marsh, Hill and Park are surnames too, so a person
        # the NER found keeps the name unless a preposition says it is somewhere.
        place_word = _cap(ACTION_VERBS | TITLES)
        suffix = {"LOWER": {"IN": sorted(PLACE_SUFFIXES)}}
        poss = {"ORTH": {"IN": ["'s", "’s"]}, "OP": "?"}
        self.names.add(
            "PLACE_NAME",
            [[*[place_word, poss] * n, suffix] for n in (1, 2, 3)],
            greedy="LONGEST",
        )
        self.names.add(
            "PLACE_AFTER",
            [
                [
                    {"LOWER": {"IN": ["in", "near"]}},
                    _cap(ACTION_VERBS | TITLES),
                    _cap() | {"OP": "?"},
                ],
            ],
            greedy="LONGEST",
        )
        self.commitments = followups.commitment_matcher(nlp)


def _locked(doc: Any, start: int, end: int, *, inside_ok: bool = False) -> bool:
    """Whether a vocabulary or gazetteer entity covers any of these tokens (the user's word
    and the shipped lists are final). With `inside_ok`, a span that holds a listed place whole
    may still grow it ("Bounds Green" -> "Bounds Green Road")."""
    return any(
        e.ent_id_ in (VOCAB_ID, GAZETTEER_ID)
        and e.start < end
        and start < e.end
        and not (inside_ok and start <= e.start and e.end <= end and e.label_ != "ORG")
        for e in doc.ents
    )


def _overlapping(doc: Any, start: int, end: int) -> list[Any]:
    return [e for e in doc.ents if e.start < end and start < e.end]


def _set_entity(doc: Any, start: int, end: int, label: str, span_id: str = "") -> None:
    """Make tokens [start, end) one entity, replacing the entities they overlap."""
    from spacy.tokens import Span

    keep = [e for e in doc.ents if e.end <= start or e.start >= end]
    span = Span(doc, start, end, label=label, span_id=span_id)
    doc.ents = sorted([*keep, span], key=lambda s: s.start)


def _clear_entities(doc: Any, start: int, end: int) -> None:
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= end]


def _name_start(match: Any) -> int:
    """Skip the cue words (and title) of a context match: the index of the name's first token."""
    i = match.start
    while i < match.end and (match.doc[i].lower_ in CUE_WORDS or match.doc[i].lower_ in TITLES):
        i += 1
    return i


def _context_rules(doc: Any, rules: _Rules, *, spoken: bool = False) -> None:
    """Overwrite the NER where the words around a name say what it is. `spoken`: a
    transcript, where a capital letter is Whisper's guess and `evidence` weighs the NER's
    one-word guesses instead."""
    if not spoken:
        _lone_guesses_are_people(doc)
    _titles_that_are_someone_at_somewhere(doc)
    _names_taken_for_dates(doc)
    _match_rules(doc, rules)
    _people_by_context(doc)
    _people_the_ner_mislabelled(doc)
    _unlabelled_people(doc)
    _people_by_what_they_do(doc)
    _surnames_after_the_name(doc)
    _and_names(doc)
    _orgs_after_people(doc)
    _lower_orgs_after_people(doc)
    _joined_as(doc)
    _orgs_someone_runs(doc)
    _orgs_by_apposition(doc)
    _place_and_charity(doc)
    _org_said_short_then_corrected(doc)
    _not_organisations(doc)
    _org_runs_into_a_department(doc)
    _org_runs_back_over_its_area(doc)
    _roads_by_number(doc)
    _names_with_digits_inside(doc)
    _org_named_after_its_kind(doc)
    _people_typed_as_orgs(doc)
    _initials_after_org(doc)
    _names_ending_in_initials(doc)
    _called_after_its_kind(doc)
    _branch_of_an_org(doc)
    _medicines(doc)


# Capitalised words that are a day or a season in their own right, even when a name too.
DATE_WORDS = {
    "christmas", "easter", "eid", "diwali", "ramadan", "halloween", "hanukkah", "vaisakhi",
    "advent", "lent", "whitsun", "passover", "new", "year", "noon", "midnight",
}  # fmt: skip


def _names_taken_for_dates(doc: Any) -> None:
    """ "the woman on the fabric stall, Maureen, she's ...": a listed first name the NER took
    for a date or a time on its own is a person (a weekday, month or feast is left)."""
    for e in list(doc.ents):
        if e.label_ not in ("DATE", "TIME") or len(e) != 1 or e.ent_id_:
            continue
        t = e[0]
        if (
            t.is_title
            and t.is_alpha
            and t.lower_ in lexicon.first_names()
            and t.lower_ not in DATE_WORDS
            and not _calendar_word(t.lower_)
        ):
            _set_entity(doc, e.start, e.end, "PERSON", CONTEXT_ID)


def _calendar_word(word: str) -> bool:
    """A weekday or a month, in full or short ("Tues", "Sept")."""
    return any(
        full.startswith(word) and len(word) >= 3
        for full in (
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "weekend", "tonight", "today",
            "tomorrow", "yesterday", "morning", "afternoon", "evening",
        )
    )  # fmt: skip


def _titles_that_are_someone_at_somewhere(doc: Any) -> None:
    """ "swap my shift with Tamsin at Kingsway Cars": the small model reads a name, "at" or
    "from" and a name as one title (a work of art, a product, an event). Memos name few works
    of art: the capitalised words before the preposition are someone, and the ones after are
    left to the organisation rules (someone at or from a name)."""
    for e in list(doc.ents):
        if e.label_ not in ("WORK_OF_ART", "PRODUCT", "EVENT") or e.ent_id_:
            continue
        preps = [t.i for t in e[1:-1] if t.lower_ in ("at", "from")]
        if not preps:
            continue
        who = doc[e.start : preps[0]]
        _clear_entities(doc, e.start, e.end)
        if (
            all(t.is_title and t.is_alpha and t.lower_ not in NOT_NAME for t in who)
            and len(who) <= 3
        ):
            _set_entity(doc, who.start, who.end, "PERSON")


# Words after a one-word name that a company, not a person, is taken up by: "Zapcom, who were
# great", "Ocado, they're late again".
FIRM_AFTER = {"they", "they're", "their", "which", "were", "are", "have"}
# Words before "from" that make what follows someone, not somewhere: "the afternoon off from
# Vasil", "a text from Imre", "heard from Ola".
FROM_SOMEONE = {
    "off", "text", "texts", "message", "messages", "call", "calls", "email", "emails", "lift",
    "heard", "hear", "hearing", "news", "note", "card", "present", "gift", "hug", "visit",
}  # fmt: skip


def _where_or_whose(doc: Any, e: Any) -> bool:
    """ "first day back at Thornbury tomorrow", "straight from Ashvale for a swim", "her
    teacher at Kelmscott": a one-word name right after a locative word ("at", "in") or after
    "from" is somewhere one is (a school, a firm, a town), not someone; "with X", "told X",
    "X said" stay people. Not a house called after its people ("at Nadia's"), nor "from"
    after what a person sends or gives ("a text from Imre", "the day off from Vasil")."""
    if e.start == 0 or (e.end < len(doc) and doc[e.end].text in ("'s", "’s")):
        return False
    before = doc[e.start - 1].lower_
    if before in LOCATIVES:
        return True
    return before == "from" and (e.start < 2 or doc[e.start - 2].lower_ not in FROM_SOMEONE)


# Endings of made-up brand names ("Zapcom", "Screwfix", "Thameslink"); no first name ends so.
BRAND_ENDINGS = (
    "com", "tech", "fix", "link", "soft", "ware", "mart", "serve", "care", "build", "works",
    "point", "zone", "direct", "plus", "pay",
)  # fmt: skip
# Words of a firm's dealings in the sentence: "Brindco sent the invoice", "the quote from ...".
TRADE_WORDS = {
    "invoice", "invoices", "quote", "quoted", "refund", "delivery", "delivered", "order",
    "ordered", "contract", "bill", "billed", "account", "subscription", "warranty",
}  # fmt: skip


def _lone_guesses_are_people(doc: Any) -> None:
    """One capitalised word that no dictionary, list or suffix knows, and that the small
    model guessed is an organisation (or a town, when no "in" or "from" puts it somewhere), is
    a person far more often than a firm on memo language: the model takes first names it has
    never seen ("Tendai", "Callum's mum") for organisations and towns. So it is a person unless
    the words around it say otherwise: "the"
    before it (a family, a team, "the Pavilions"), a firm's "they" or "which" after it, an
    app or a place word. Context rules after this one still make it an organisation where
    someone works for it or is from it ("Ebere from Peabody")."""
    english = _english_words()
    never = (
        NOT_NAME | ACTION_VERBS | TITLES | ACRONYMS | lexicon.place_words() | lexicon.not_entities()
    )
    for e in list(doc.ents):
        if e.label_ not in ("ORG", "GPE") or e.ent_id_ or len(e) != 1:
            continue
        if e.label_ == "GPE" and _somewhere(doc, e.start):
            continue  # "a hallway in Chingford": a town the lists lack
        word = e[0]
        low = word.lower_
        if not (word.is_title and word.is_alpha) or low in never:
            continue
        if {low, low.removesuffix("s")} & english or low in org_suffixes() | _one_word_orgs():
            continue
        if low.endswith(BRAND_ENDINGS):
            continue  # "Zapcom", "Screwfix", "Thameslink": a brand's made-up word
        if {t.lower_ for t in doc[e.end : e.end + 4]} & TRADE_WORDS:
            continue  # "Brindco sent the invoice": a firm's dealings
        before = doc[e.start - 1].lower_ if e.start else ""
        after = [t.lower_ for t in doc[e.end : e.end + 3] if t.text != ","]
        if before in ("the", "a", "an") or (after and after[0] in FIRM_AFTER | {"app"}):
            continue
        if _where_or_whose(doc, e):
            continue  # "back at Thornbury tomorrow", "straight from Ashvale": somewhere
        if _family_of(doc, e):
            continue  # "the two Adeyemi boys": a family
        if after[:1] == ["who"] and after[1:2] and after[1] in FIRM_AFTER:
            continue
        _set_entity(doc, e.start, e.end, "PERSON")


# Words of an area that open a long public body's name: "London North West University
# Healthcare NHS Trust", "South West Yorkshire Partnership NHS Foundation Trust".
AREA_WORDS = {
    "north", "south", "east", "west", "central", "greater", "mid", "inner", "outer", "upper",
    "lower",
}  # fmt: skip


def _org_runs_back_over_its_area(doc: Any) -> None:
    """A name ending in an organisation word that the patterns cut after three words keeps the
    place and compass words right before it ("London North" of "London North West University
    Healthcare NHS Trust"): an area word never stands between a name and the organisation."""
    area = AREA_WORDS | lexicon.place_words() | _authority_words()
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ == VOCAB_ID or e[-1].lower_ not in org_suffixes():
            continue
        start = e.start
        while (
            start > 0
            and doc[start - 1].is_title
            and doc[start - 1].lower_ in area
            and not any(x.label_ == "PERSON" for x in _overlapping(doc, start - 1, start))
        ):
            start -= 1
        if start < e.start and (e[0].lower_ in AREA_WORDS or doc[e.start - 1].lower_ in AREA_WORDS):
            _set_entity(doc, start, e.end, "ORG", e.ent_id_)


# A road by its number: "the M25", "the A406", "the A1(M)".
ROAD_NUMBER = re.compile(r"^(M\d{1,3}|[AB]\d{2,4})(\(M\))?$")  # not "A4 paper"


def _roads_by_number(doc: Any) -> None:
    """ "the M4 was shut", "stuck on the A312": a motorway or an A or B road by its number is
    a place, whatever the NER guessed (an organisation, a product) or missed; "A4" without
    "the" is a paper size, nothing."""
    for t in doc:
        if any(e.ent_id_ == VOCAB_ID for e in _overlapping(doc, t.i, t.i + 1)):
            continue
        if ROAD_NUMBER.match(t.text):
            _set_entity(doc, t.i, t.i + 1, "LOC")
        elif re.fullmatch(r"A\d", t.text):  # "the A3" is a road, "print it on A4" a paper size
            if t.i > 0 and doc[t.i - 1].lower_ == "the":
                _set_entity(doc, t.i, t.i + 1, "LOC")
            else:
                _clear_entities(doc, t.i, t.i + 1)


# A trading name with a digit inside it and a capitalised word after: "A2Dominion",
# "4Children", "Go2Market" (not a postcode, "N17", nor a road, "A406").
DIGIT_NAME = re.compile(r"^[A-Za-z]{0,3}\d+[A-Z][a-z]{2,}[A-Za-z]*$")


def _names_with_digits_inside(doc: Any) -> None:
    """ "ring A2Dominion first thing": a word made of a digit and a capitalised word is a
    trading name, an organisation, whatever the NER guessed or missed."""
    for t in doc:
        if (
            DIGIT_NAME.match(t.text)
            and t.text.lower() not in lexicon.not_entities()
            and not any(e.ent_id_ or e.label_ == "ORG" for e in _overlapping(doc, t.i, t.i + 1))
        ):
            _set_entity(doc, t.i, t.i + 1, "ORG")


def _org_runs_into_a_department(doc: Any) -> None:
    """ "Emailed Hallam Council school admissions", "rang Fenwick Trust maternity": a name
    that already ended in a capitalised organisation word does not go on into the lower-case
    words after it; they are a team inside it (or what it was about), not more of its name."""
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ == VOCAB_ID or not e[-1].is_lower:
            continue
        ends = [t.i for t in e[:-1] if t.is_title and t.lower_ in org_suffixes()]
        if ends and all(t.is_lower for t in doc[ends[-1] + 1 : e.end]):
            _set_entity(doc, e.start, ends[-1] + 1, "ORG")


# Words between a name and the fuller name that corrects it: "Elm Lodge, sorry, Elm Lodge
# Surgery".
CORRECTING = {"no", "sorry", "actually", "mean", "er", "erm", "um", "uh", "i", "wait", "rather"}


def _org_said_short_then_corrected(doc: Any) -> None:
    """ "Ring Dad's surgery, Elm Lodge, sorry, Elm Lodge Surgery": a name said short and
    corrected at once to the organisation's full name is that organisation (the correction
    then replaces it), not a person or a place called "Elm Lodge"."""
    for a, b in itertools.pairwise(list(doc.ents)):
        between = doc[a.end : b.start]
        if (
            b.label_ == "ORG"
            and a.label_ in ("PERSON", "GPE", "LOC", "FAC", "ORG")
            and a.ent_id_ != VOCAB_ID
            and 0 < len(between) <= 6
            and all(t.is_punct or t.lower_ in CORRECTING for t in between)
            and any(t.lower_ in ("no", "sorry", "actually", "mean") for t in between)
            and b.text.lower().startswith(a.text.lower() + " ")
        ):
            _set_entity(doc, a.start, a.end, "ORG")


def _org_named_after_its_kind(doc: Any) -> None:
    """ "the housing association has to fix it. So that's Larchmont.": a name given by "that's"
    or "which is" right after an organisation was spoken of by its kind in lower case (nobody
    named in between) is that organisation's name, whatever the NER guessed (a product, a
    place)."""
    for t in doc:
        if t.lower_ not in ("that", "which") or t.i + 2 >= len(doc):
            continue  # not "it was Dilnoza": that is who came
        if doc[t.i + 1].lower_ not in ("'s", "’s", "is", "was"):
            continue
        start = end = t.i + 2
        while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if start == end or (end < len(doc) and not doc[end].is_punct):
            continue  # "that's Mark being Mark", "it's Tuesday"
        if [w.lower_ for w in doc[end : end + 2]] == [",", "who"]:
            continue  # "it's Bryony, who runs it": someone
        if doc[start].lower_ in NOT_NAME | lexicon.first_names() | TITLES or _locked(
            doc, start, end
        ):
            continue
        guess = _overlapping(doc, start, end)
        if any(e.label_ in ("DATE", "TIME") for e in guess) or (
            any(e.label_ == "PERSON" for e in guess)
            and (end - start > 1 or doc[start].lower_ in lexicon.first_names())
        ):
            continue  # "So that's Marek": someone named
        window = sentences_back(doc, t.i, 1)
        said = [e for e in doc.ents if window <= e.start and e.end <= t.i and e.label_ != "DATE"]
        if said and said[-1].label_ == "ORG" and said[-1].text.islower():
            _set_entity(doc, start, end, "ORG")  # the last name before it, its kind


def _people_typed_as_orgs(doc: Any) -> None:
    """One word the NER guessed is an organisation that is said to do a job ("The carer who
    comes in the mornings is Marta") or taken up by "who" ("Marta, who runs the shed"; an
    organisation is "which"). Only a word no dictionary has: "The landlord is Hearthstone" keeps
    its organisation."""
    english = _english_words()
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ or len(e) != 1 or not e[0].is_title:
            continue
        word = e[0]
        low = word.lower_
        if low in english or low in org_suffixes() or low in _one_word_orgs() or low in ACRONYMS:
            continue
        after = [t.lower_ for t in doc[e.end : e.end + 3]]
        if after[:2] == [",", "who"] and after[2:] not in (["are"], ["were"], ["have"], ["'re"]):
            # "Marta, who runs the shed," (a firm takes the plural: "Zapcom, who were great")
            _set_entity(doc, e.start, e.end, "PERSON")
            continue
        verb = doc[e.start - 1] if e.start > 0 else None
        if verb is None or verb.lower_ not in ("is", "was") or word.dep_ != "attr":
            continue
        if any(_role_word(c.lower_) for c in verb.children if c.dep_ == "nsubj"):
            _set_entity(doc, e.start, e.end, "PERSON")


# Nouns after a title that make it the name of a course or a qualification, not of its provider:
# "the Introduction to Beekeeping course".
COURSE_NOUNS = {
    "course", "courses", "workshop", "module", "qualification", "certificate", "exam",
    "programme", "program", "class", "classes", "training", "award", "badge", "syllabus",
}  # fmt: skip
# Last words of things one applies for, is paid or holds, not of who gives them.
HELD_THINGS = {
    "payment", "payments", "allowance", "credit", "benefit", "pass", "badge", "award",
    "licence", "license", "permit", "certificate", "card", "voucher", "vouchers", "loan",
}  # fmt: skip
# Particles of a surname ("Van der Waals", "de la Cruz"): a name of that shape after "the"
# is a thing named after someone.
NAME_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del"}
# Words for still water: "Derwent Water", "Stowe Lake" are places to walk to.
WATER_WORDS = {"water", "lake", "lakes", "mere", "pond", "ponds", "reservoir", "tarn"}
# Words before a name that say it is somewhere to be, not someone's employer: "up by ...".
NEAR_WORDS = {"by", "near", "round", "around", "past", "across", "along", "beside", "towards"}


def _not_organisations(doc: Any) -> None:
    """Names the NER calls an organisation that are something else: a course title ("the
    Introduction to Pottery course"), a thing named after someone ("the Van der Waals"), an
    abbreviation that spells a word used as a modifier ("a SAT paper", "the MOT test"), a
    common noun in lower case ("find a ref"), and still water one walks by ("up by Blake
    Water", "the Blake Water car park") that is a place."""
    english = _english_words()
    for e in list(doc.ents):
        if e.label_ == "PERSON" and not e.ent_id_ and len(e) > 1 and e[-1].lower_ in HELD_THINGS:
            _clear_entities(doc, e.start, e.end)  # "Dad gets Attendance Allowance now"
            continue
        nxt = doc[e.end] if e.end < len(doc) else None
        if e.label_ == "ORG" and nxt is not None and nxt.lower_ == "app":
            _clear_entities(doc, e.start, e.end)  # "the NHS App": the app, not the body
            continue
        if (
            e.label_ == "ORG"
            and e.ent_id_ != VOCAB_ID
            and e[-1].is_upper
            and nxt is not None
            and nxt.lower_ in HELD_THINGS | {"number"}
        ):
            # "ring her with the NHS number", "Abba's NHS number": a number or a card someone
            # holds, named by the body's initials, is no mention of the body
            _clear_entities(doc, e.start, e.end)
            if len(e) == 3 and e[1].text in ("'s", "’s") and e[0].lower_ not in english:
                _set_entity(doc, e.start, e.start + 1, "PERSON")
            continue
        if (
            e.label_ in ("PERSON", "ORG")
            and len(e) == 1
            and not e.ent_id_
            and e[0].lower_ not in lexicon.first_names() | org_suffixes()
            and _where_it_happens(doc, e.start)
        ):
            # "the party's at Gambado": one unknown word where a happening is held is the
            # venue, not someone and not an employer
            _set_entity(doc, e.start, e.end, "FAC")
            continue
        if e.label_ != "ORG" or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID, CONTEXT_ID):
            continue
        before = doc[e.start - 1].lower_ if e.start > 0 else ""
        booked = {t.lower_ for t in doc[max(e.sent.start, e.start - 3) : e.start]} & HIRE_VERBS
        if (booked or _where_it_happens(doc, e.start)) and e[-1].lower_ in VENUE_SUFFIXES | {
            "house"
        }:
            _set_entity(doc, e.start, e.end, "FAC")  # "booked the Larkspur Centre": a venue
            continue
        suffixed = any(t.lower_ in org_suffixes() for t in e)
        course = (
            nxt is not None
            and nxt.lower_ in COURSE_NOUNS
            and len(e) > 1
            and not suffixed
            and e[-1].is_title
        )
        eponym = (
            (before == "the" or e[0].lower_ == "the")
            and len(e) >= 2
            and not suffixed
            and any(t.lower_ in NAME_PARTICLES and t.is_lower for t in e[1:-1])
        )
        spelt_word = (  # "SAT papers": an abbreviation that spells a word, as a modifier
            len(e) == 1
            and nxt is not None
            and e[0].is_upper
            and len(e[0].text) >= 3
            and e[0].lower_ in english
            and e[0].lower_ not in ACRONYMS | _one_word_orgs()
            and nxt.is_lower
            and nxt.pos_ in ("NOUN", "VERB")
            and not _role_word(nxt.lower_)
        )
        common = (  # "find a parent ref"; but "she works at the council" names her employer
            len(e) == 1
            and e[0].is_lower
            and e[0].lower_ in english
            and e[0].pos_ == "NOUN"
            and not (e.start >= 2 and doc[e.start - 2].lower_ in ORG_PREPS)
        )
        # "the Blue Badge", "her Bronze Award", "Dad's Personal Independence Payment"
        held = e[-1].lower_ in HELD_THINGS and not suffixed
        if course or eponym or spelt_word or common or held:
            _clear_entities(doc, e.start, e.end)
        elif (
            len(e) >= 2
            and e[-1].lower_ in WATER_WORDS
            and e[0].is_title
            and (
                before in NEAR_WORDS
                or [t.lower_ for t in doc[e.end : e.end + 2]] == ["car", "park"]
            )
        ):
            _set_entity(doc, e.start, e.end, "LOC")


def _where_it_happens(doc: Any, start: int) -> bool:
    """ "the hearing's at ...", "the meeting is in ...": the name at `start` is where a
    happening takes place."""
    words = [t.lower_ for t in doc[max(0, start - 4) : start]]
    if len(words) < 3 or words[-1] not in ("at", "in"):
        return False
    k = len(words) - 2 - (words[-2] == "the")
    return k >= 1 and words[k] in ("is", "'s", "’s", "was") and words[k - 1] in EVENT_NOUNS


AND_NAME_CUES = {"from", "at", "with", "ask", "called", "named", "to", "for", "by", "via"}


def _and_names(doc: Any) -> None:
    """ "Pickle and Pride", "Bits and Bobbins", "Signpost for Carers": two capitalised words
    joined by "and" or "for" that are no one's first name and no place are one organisation's
    name, not two people."""
    first_names, places = lexicon.first_names(), lexicon.place_words() | _authority_words()
    never = NOT_NAME | ACTION_VERBS | TITLES | places | lexicon.not_entities()

    def plain(t: Any) -> bool:
        return (
            t.is_title
            and t.is_alpha
            and t.lower_ not in first_names
            and t.lower_ not in never
            and t.ent_type_ not in ("DATE", "TIME", "NORP")
            and not any(
                e.ent_id_ in (VOCAB_ID, GAZETTEER_ID) for e in _overlapping(doc, t.i, t.i + 1)
            )
        )

    for t in doc:
        if t.lower_ not in ("and", "for") or t.i == 0 or t.i + 1 >= len(doc):
            continue  # "Signpost for Carers", "Homes for Haringey"
        a, b = doc[t.i - 1], doc[t.i + 1]
        if not (plain(a) and plain(b)) or a.is_sent_start:
            continue
        if {a.ent_type_, b.ent_type_} & {"LANGUAGE", "NORP"}:
            for w in (a, b):  # "a poster in Polish and English": languages, nobody's name
                _set_entity(doc, w.i, w.i + 1, "LANGUAGE" if w.ent_type_ == "LANGUAGE" else "NORP")
            continue
        if any(e.label_ == "ORG" and e.start < a.i for e in _overlapping(doc, a.i, a.i + 1)):
            continue  # "College of Art for ...": the end of a longer name
        if t.i - 2 >= 0 and doc[t.i - 2].is_title and not doc[t.i - 2].is_sent_start:
            continue  # "Ravi Chandran and Hina": a name runs on before it
        if t.i + 2 < len(doc) and (
            doc[t.i + 2].is_title or (doc[t.i + 2].is_lower and doc[t.i + 2].pos_ == "NOUN")
        ):
            continue  # "Health and Safety training": a subject, not a name
        cue = a.i > 0 and doc[a.i - 1].lower_ in AND_NAME_CUES  # "Chap from Bits and Bobbins"
        if not (a.ent_type_ or b.ent_type_ or cue):
            continue  # "Pick up Bread and Milk": words nothing marks as a name
        _set_entity(doc, a.i, b.i + 1, "ORG")


def _place_and_charity(doc: Any) -> None:
    """ "Barnet Mencap", "Haringey Shelter": a listed place right before a listed
    organisation is the local branch, one organisation."""
    ents = list(doc.ents)
    for a, b in itertools.pairwise(ents):
        if (
            a.end == b.start
            and a.label_ in ("GPE", "LOC")
            and a.ent_id_ == GAZETTEER_ID
            and b.label_ == "ORG"
            and (b.ent_id_ == GAZETTEER_ID or b[0].lower_ in ORG_PREFIXES)
            and b[0].is_title
        ):
            _set_entity(doc, a.start, b.end, "ORG")  # also "Leeds College of Building"
    for e in list(doc.ents):
        # "the City of London Corporation", "Borough of Newham Council": a listed place the
        # patterns could not run through ("of") followed by an organisation word
        if (
            e.label_ in ("GPE", "LOC")
            and e.ent_id_ == GAZETTEER_ID
            and e.end < len(doc)
            and doc[e.end].is_title
            and doc[e.end].lower_ in org_suffixes()
            and not _overlapping(doc, e.end, e.end + 1)
        ):
            _set_entity(doc, e.start, e.end + 1, "ORG")
    _org_lower_head(doc)
    _org_lower_tail(doc)


# Organisation words that end a local institution's name said in lower case: "southmead
# hospital", "broomhill junior school" (not trades: "dave windows" is someone's windows).
LOWER_INSTITUTIONS = {
    "school", "primary", "academy", "college", "university", "hospital", "surgery", "practice",
    "church", "mosque", "temple", "gurdwara", "synagogue", "chapel", "nursery", "infants",
    "juniors", "trust", "council", "foodbank", "housing", "association", "society", "club",
    "league", "fc", "hospice", "infirmary", "hub",
}  # fmt: skip


def _org_lower_head(doc: Any) -> None:
    """ "the hazelmere youth club", "rang southmead hospital", "broomhill junior school":
    Whisper writes a local organisation's own name in lower case too. Up to three lower-case
    words before a listed kind of organisation (or an institution's word) are its name when
    the first of them is a name's word: a place's word, one no dictionary has, or one the
    dictionary knows only as a noun (WordNet lists places and people) that the tagger reads
    as a name or an adjective ("the local youth club", "the village school" stay as they
    are). A first name needs another word after it ("edith neville primary")."""
    words, places = heard.dictionary(load_nlp()), lexicon.place_words()
    firsts = lexicon.first_names()
    locked = {i for e in doc.ents if e.ent_id_ for i in range(e.start, e.end)}

    def name_word(t: Any) -> bool:
        forms = {t.lower_, t.lemma_.lower(), t.lower_.removesuffix("s")}
        return (
            t.lower_ in places
            or not forms & words.words
            or (
                not forms & words.not_nouns
                and t.pos_ in ("PROPN", "ADJ")
                and not (t.lower_.endswith("s") and t.lower_[:-1] in words.words)  # "girls"
            )
        )

    anchors = [
        (e.start, e.end)
        for e in doc.ents
        if e.label_ == "ORG" and e.ent_id_ == GAZETTEER_ID and e[0].is_lower
    ] + [
        (t.i, t.i + 1)
        for t in doc
        if t.is_lower and t.lower_ in LOWER_INSTITUTIONS and t.i not in locked
    ]
    for a, b in anchors:
        start = a
        while (
            start > 0
            and a - start < 3
            and doc[start - 1].is_lower
            and doc[start - 1].is_alpha
            and not doc[start - 1].is_stop
            and doc[start - 1].lower_ not in DESCRIPTIVE | ACTION_VERBS | NOT_NAME
            and (doc[start - 1].pos_ in ("NOUN", "PROPN", "ADJ") or name_word(doc[start - 1]))
            and start - 1 not in locked
        ):
            start -= 1
        if _bare_name(doc, start, a):
            _set_entity(doc, start, b, "ORG", GAZETTEER_ID)
            continue
        while start < a and not (
            name_word(doc[start]) and (doc[start].lower_ not in firsts or a - start > 1)
        ):
            start += 1
        if start < a:
            _set_entity(doc, start, b, "ORG", GAZETTEER_ID)


# Words that make a bare "at X school" a kind of schooling, not a school's name: "at
# boarding school", "at night school", "in sixth form college".
SCHOOLING = {
    "boarding", "night", "sunday", "saturday", "medical", "art", "drama", "grammar", "music",
    "dance", "driving", "language", "sixth", "form", "summer", "holiday", "after", "breakfast",
    "forest", "nursery", "infant", "junior", "senior", "high", "secondary", "primary", "state",
    "faith", "catholic", "special", "sports", "football", "cricket", "rugby", "youth", "book",
}  # fmt: skip


def _bare_name(doc: Any, start: int, a: int) -> bool:
    """ "his appointment is at mile end hospital", "the course at south thames college":
    lower-case words between a preposition and an institution's word with no "the", "a" or
    "our" before them are its name, as English puts a determiner before a described
    hospital ("at the local hospital"); not a kind of schooling ("at boarding school")."""
    if not 0 < a - start <= 3 or start == 0:
        return False
    words = [t.lower_ for t in doc[start:a]]
    return (
        doc[start - 1].lower_ in ("at", "to", "from", "near", "outside", "opposite")
        and all(t.is_alpha and t.pos_ in ("NOUN", "PROPN", "ADJ") for t in doc[start:a])
        and not set(words) <= GENERIC_FIRST_WORDS | SCHOOLING | DESCRIPTIVE
        and not set(words) & EVENT_NOUNS
    )


def _org_lower_tail(doc: Any) -> None:
    """ "the Leeds and District junior league", "Eastfield rugby club": a name followed by
    one or two lower-case words that end in an organisation word is that organisation's
    whole name."""
    suffixes = org_suffixes()
    for e in list(doc.ents):
        if e.label_ not in ("ORG", "GPE", "LOC", "FAC") or e.ent_id_ == VOCAB_ID:
            continue
        if e[-1].lower_ in suffixes:
            continue
        # a place needs two words ("Clarendon Park residents group"), not "Leeds bank"
        for n in (1, 2) if e.label_ == "ORG" else (2,):
            tail = doc[e.end : e.end + n]
            if (
                len(tail) == n
                and all(t.is_lower and t.is_alpha and not t.ent_type_ for t in tail)
                and tail[-1].lower_ in suffixes
                and tail[0].pos_ in ("ADJ", "NOUN", "PROPN")
            ):
                _set_entity(doc, e.start, e.end + n, "ORG")
                break


# "Better, the leisure company", "Camden Giving, a local charity": the noun said next to a
# name makes it an organisation. Jobs a person does ("the builder") are left out.
APPOSITIVE_ORG_HEADS = {
    "company", "firm", "charity", "business", "outfit", "shop", "organisation",
    "organization", "agency", "supplier", "contractor", "practice", "studio", "startup",
    "brand", "association", "trust", "church", "mosque", "temple", "gurdwara", "synagogue",
    "club", "council", "school", "surgery", "society", "cafe", "café", "restaurant", "bakery",
    "pharmacy", "garage", "nursery", "provider", "landlord", "group", "partnership", "network",
    "service", "caterers", "chain", "supermarket", "project", "scheme", "foundation", "team",
    "side", "choir", "band", "brigade", "unit", "bank", "pub", "hotel", "gym", "hospital",
    "college", "university", "academy", "insurer", "lender", "chemist", "garden", "centre",
    "union", "brewery", "distillery", "cinema", "theatre", "salon", "factory", "mill",
    "hospice",
}  # fmt: skip
# Short words inside a trading name: "Fork to Fork", "Bread and Roses", "Count on Us".
NAME_JOINS = {"to", "and", "on", "of", "for", "the", "in", "&", "n"}
APPOSITION_ENDS = {
    "that", "which", "who", "where", "on", "in", "at", "for", "with", "near", "by", "down",
    "round", "up", "off", "from", "and", "i", "we", "you",
}  # fmt: skip


def _orgs_by_apposition(doc: Any) -> None:
    """A capitalised name followed by ", the <...> company" is an organisation, and one set
    off by commas after such a noun: "Her swimming club, Stockport Metro, trains ..."."""
    for comma in doc:
        if comma.text == "," and comma.i > 0 and doc[comma.i - 1].lower_ in APPOSITIVE_ORG_HEADS:
            start = end = comma.i + 1
            while (
                end < len(doc)
                and end - start < 5
                and (
                    (doc[end].is_title and doc[end].is_alpha)
                    or (  # "Fork to Fork", "Bread and Roses": a short word inside the name
                        doc[end].lower_ in NAME_JOINS
                        and end > start
                        and end + 1 < len(doc)
                        and doc[end + 1].is_title
                    )
                )
            ):
                end += 1
            if (
                start < end < len(doc)
                # "a running club, Bedminster Striders.", "his bakery, Crust and Co he calls it"
                and (doc[end].text in (",", ".") or doc[end].lower_ in ("he", "she", "they", "we"))
                and doc[start].lower_ not in NOT_NAME | lexicon.first_names()
                and not any(
                    e.label_ == "PERSON" or e.ent_id_ == VOCAB_ID
                    for e in _overlapping(doc, start, end)
                )
                and not (end - start == 1 and _locked(doc, start, end))
            ):
                _set_entity(doc, start, end, "ORG")
                continue
        if comma.text != "," or comma.i == 0 or comma.i + 2 >= len(doc):
            continue
        if doc[comma.i + 1].lower_ not in ("the", "a", "an", "our", "their", "this", "that"):
            continue
        words = []
        for t in doc[comma.i + 2 : min(len(doc), comma.i + 8)]:
            if t.is_punct or t.lower_ in APPOSITION_ENDS:
                break
            words.append(t)
        # "Bright Sparks, the electricians": a firm named by the trade its people do
        trade = bool(words) and _trade(words[-1].lower_)
        if not words or (words[-1].lower_ not in APPOSITIVE_ORG_HEADS and not trade):
            continue
        end = comma.i
        start = end
        while start > 0 and (
            doc[start - 1].is_title
            or doc[start - 1].is_upper
            or doc[start - 1].text in ("'s", "’s", "&")
        ):
            start -= 1
            if doc[start].is_sent_start:
                break
            if (
                doc[start - 1].lower_ == "and"
                and start > 1
                and doc[start - 2].is_title
                and doc[start - 2].lower_ not in lexicon.first_names() | NOT_NAME | ACTION_VERBS
                and (not doc[start - 2].is_sent_start or doc[start - 2].ent_type_ == "ORG")
            ):
                start -= 2  # "Nuts and Bolts, the fitters": a trading name with "and"
        while start < end and (
            doc[start].lower_ in ACTION_VERBS | CUE_WORDS | NOT_NAME | TITLES
            or doc[start].text in ("'s", "’s", "&")
        ):
            start += 1
        if start >= end:  # "works at second chance, the furniture charity": lower case
            start = _lower_name_before(doc, end)
        if start >= end or any(t.is_digit for t in doc[start:end]):
            continue
        if (_locked(doc, start, end, inside_ok=True) or _locked(doc, end - 1, end)) and not any(
            e.label_ == "ORG" and e.start == start for e in doc.ents
        ):
            continue  # a listed place whole ("Tottenham, the area")
        if any(e.ent_id_ == VOCAB_ID for e in _overlapping(doc, start, end)):
            continue
        if trade and (
            doc[start].lower_ in lexicon.first_names()
            or (start > 0 and doc[start - 1].lower_ == "and")
        ):
            continue  # "Tom and Ravi, the trustees" are people
        _set_entity(doc, start, end, "ORG")


def _lower_name_before(doc: Any, end: int) -> int:
    """The start of one to three lower-case words that end at `end` and come right after
    "at", "for", "from" or "with" ("works at second chance"); `end` when there are none."""
    start = end
    while start > 0 and end - start < 3 and doc[start - 1].is_lower and doc[start - 1].is_alpha:
        start -= 1
        words = doc[start:end]
        if (
            doc[start - 1].lower_ in ("at", "for", "from", "with")
            and words[-1].pos_ in ("NOUN", "PROPN")
            and all(t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") for t in words)
            and not any(t.lower_ in NOT_ORG_HEADS | GENERIC_WORKPLACES for t in words)
        ):
            return start
    return end


def _trade(word: str) -> bool:
    """A plural of a job: "electricians", "builders", "roofers"."""
    return word.endswith("s") and word[:-1] in ROLE_HEADS and word[:-1] not in NOT_PERSON_ROLES


# After a name, words that only a person does: "Priti said", "Marek, the plumber".
PERSON_VERBS = {"said", "says", "reckons", "reckoned", "told", "mentioned", "thinks", "asked"}


def _people_by_context(doc: Any) -> None:
    """Names the NER calls an organisation that the words around them say are people, and
    first names it cut off ("Precious Mensah" read as "Mensah")."""
    suffixes = org_suffixes()
    for e in list(doc.ents):
        if e.ent_id_ in (VOCAB_ID, GAZETTEER_ID) or len(e) > 2:
            continue
        if (
            e.label_ == "PERSON"
            and len(e) == 1
            and e.end + 1 <= len(doc) - 1
            and doc[e.end].text in ("'s", "’s")
            and (doc[e.end + 1].is_punct or doc[e.end + 1].pos_ in ("ADP", "CCONJ"))
        ):
            _set_entity(doc, e.start, e.end + 1, "ORG")  # "went into Sainsbury's on the ..."
            continue
        if e.label_ == "PERSON" and len(e) == 1 and e.start > 1:
            before = doc[e.start - 1]
            # "Tomasz Nowak from Kier", "Orla at Hadley": a person is from an organisation
            if before.lower_ in ("from", "at") and doc[e.start - 2].ent_type_ == "PERSON":
                _set_entity(doc, e.start, e.end, "ORG")
                continue
            if before.lower_ in ("called", "named") and doc[e.start - 2].lower_ in ORG_NOUNS:
                _set_entity(doc, e.start, e.end, "ORG")  # "a company called Better"
                continue
        if e.label_ == "PERSON" and len(e) == 1 and e.start > 0:
            prep = doc[e.start - 1]
            verbs = {t.lower_ for t in doc[max(e.sent.start, e.start - 5) : e.start]}
            if prep.lower_ in ("with", "from", "through", "via") and verbs & HIRE_VERBS:
                _set_entity(doc, e.start, e.end, "ORG")
                continue
        if e.label_ == "PERSON":
            prev = doc[e.start - 1] if e.start > 0 else None
            if (
                prev is not None
                and prev.is_title
                and prev.is_alpha
                and prev.ent_type_ == ""
                and prev.lower_ not in NOT_NAME | ACTION_VERBS | TITLES | CUE_WORDS
                and (
                    (not prev.is_sent_start and e.start > 1 and doc[e.start - 2].is_punct)
                    or (prev.lower_ in lexicon.first_names() and len(e) == 1)
                )
            ):
                _set_entity(doc, e.start - 1, e.end, "PERSON")  # "Aoife Byrne" read as "Byrne"
            continue
        if e.label_ not in ("ORG", "GPE", "PRODUCT", "NORP", "WORK_OF_ART", "FAC"):
            continue
        if any(t.lower_ in suffixes for t in e) or not e[0].is_title:
            continue
        if (
            len(e) == 2
            and e[0].lower_ in lexicon.first_names()
            and e[1].is_title
            and e[1].lower_ not in PLACE_SUFFIXES | lexicon.place_words()
        ):
            _set_entity(doc, e.start, e.end, "PERSON")  # "Kemi Adeyemi" (NER: GPE)
            continue
        if _said_to_be_person(doc, e.start, e.end):
            _set_entity(doc, e.start, e.end, "PERSON")


# Words before a name that make it somewhere rather than someone: "in Florence"; "to" only
# after going somewhere ("went to Florence", not "a quick text to Colin").
WHERE_WORDS = LOCATIVES | {"from", "of", "for", "via", "into", "towards"}
GOING = {
    "went", "go", "going", "goes", "gone", "moved", "move", "moving", "drove", "drive",
    "driving", "flew", "fly", "flying", "travelled", "traveled", "headed", "heading", "trip",
    "back", "off", "train", "visit", "holiday", "way", "road",
}  # fmt: skip
# First words of an organisation's name that are no one's first name: "Northern Powergrid".
NOT_FIRST_WORDS = {
    "northern", "southern", "eastern", "western", "central", "national", "royal", "british",
    "united", "county", "great", "greater", "international", "general", "global", "regional",
}  # fmt: skip


def _venue(e: Any) -> bool:
    """A hall or a sports centre ("the Secular Hall", "Aylestone Leisure Centre"): a
    building, so a place; other centres ("the National Space Centre") may be organisations."""
    last = e[-1].lower_
    if last in ("centre", "center"):
        return len(e) > 1 and e[-2].lower_ in (
            "leisure",
            "sports",
            "community",
            "civic",
            "shopping",
        )
    return last in VENUE_SUFFIXES


def _ordinary_phrase(doc: Any, e: Any) -> bool:
    """ "Rang Sure Start", "Bright Sparks": two capitalised words, no first name and no
    title among them, that read as ordinary English once lower-cased (the tagger sees no
    proper noun in "i rang sure start") name an organisation, not a person."""
    words = [t for t in e if t.lower_ not in ACTION_VERBS]
    if len(words) != 2 or not all(t.is_title and t.is_alpha for t in words):
        return False
    if any(t.lower_ in lexicon.first_names() or t.lower_ in TITLES for t in words):
        return False
    known = _english_words()
    if not all(t.lower_ in known or t.lower_.removesuffix("s") in known for t in words):
        return False  # "Bronagh Quill": a word no dictionary has is a name
    nlp = load_nlp()
    probe = nlp.make_doc("i said " + " ".join(t.lower_ for t in words) + " today")
    for name in ("tok2vec", "tagger"):
        if name in nlp.pipe_names:
            probe = nlp.get_pipe(name)(probe)
    return not any(t.tag_ in ("NNP", "NNPS") for t in probe[2:-1])


def _english_words() -> frozenset[str]:
    """The English words the spaCy model's lemmatizer knows (its WordNet index of nouns,
    verbs, adjectives and adverbs, as `heard.dictionary` holds them); empty if the model has
    no such table."""
    return heard.dictionary(load_nlp()).words


def _somewhere(doc: Any, i: int) -> bool:
    """Whether the word before token `i` puts it somewhere: "in Leeds", "went to Halifax"."""
    if i == 0:
        return False
    before = doc[i - 1].lower_
    if before == "to":
        return any(t.lower_ in GOING for t in doc[max(0, i - 5) : i - 1])
    return before in WHERE_WORDS


def _pet_name(word: str) -> bool:
    """A name said twice in one word ("JoJo", "DeeDee", "LouLou"): what a family calls a
    child or a friend, not a firm."""
    m = re.fullmatch(r"([A-Z][a-z]+)([A-Z][a-z]+)", word)
    return m is not None and m[1].lower() == m[2].lower()


# Plural words for children a family name goes before: "the Adeyemi kids".
YOUNG = {"kids", "boys", "girls", "twins", "children", "lads", "lot", "terrors", "monsters"}


def _family_of(doc: Any, e: Any) -> bool:
    """ "the two Adeyemi boys, Tunde and Femi", "the Kowalczyk kids": a surname before a
    plural word for children, or before a plural and then names, is the family."""
    if e.end >= len(doc) or not e[0].is_title or e[0].lower_ in org_suffixes():
        return False
    before = [t.lower_ for t in doc[max(0, e.start - 2) : e.start]]
    if "the" not in before:
        return False
    noun = doc[e.end]
    if noun.lower_ in YOUNG:
        return True
    named = e.end + 2 < len(doc) and doc[e.end + 1].text == ","
    return (
        noun.tag_ == "NNS"
        and named
        and doc[e.end + 2].is_title
        and doc[e.end + 2].lower_
        in lexicon.first_names() | {t.lower_ for t in doc if t.ent_type_ == "PERSON"}
    )


def _people_the_ner_mislabelled(doc: Any) -> None:
    """Names the statistical NER gets wrong in a way no single context cue catches: first
    names it calls a place ("Nadia says", "the lad there, Jamal"), two first names joined by
    "and" it calls one organisation ("Ollie and Maisie"), a doctor's surgery read as an
    organisation named for the doctor ("Doctor Marwaha's surgery rang"), and a brand after "a"
    read as a person ("his boiler's a Worcester Bosch")."""
    first_names, places = lexicon.first_names(), _listed_places()
    for e in list(doc.ents):
        if e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        words = [t for t in e if t.lower_ not in ("and", ",", "&")]
        if e.label_ in ("ORG", "GPE", "PRODUCT") and len(e) == 1 and _pet_name(e[0].text):
            _set_entity(doc, e.start, e.end, "PERSON")  # "JoJo came home": a pet name
            continue
        if e.label_ == "ORG" and len(e) == 1 and _family_of(doc, e):
            _clear_entities(doc, e.start, e.end)  # "the two Adeyemi boys": a family
            continue
        if (
            e.label_ in ("ORG", "PERSON")
            and len(e) >= 2
            and e[0].is_sent_start
            and e[0].lower_.endswith("ed")
            and e[0].lower_ in _english_words()
            and e[1].is_title
            and e[1].lower_ in first_names
            and e[0].lower_ not in first_names
        ):
            # "Sorted Edna's pass", "Booked Ayo Bello": the verb opening the sentence is no name
            end = e.start + 2 + (len(e) > 2 and e[2].is_title and e[2].is_alpha)
            _clear_entities(doc, e.start, e.end)
            _set_entity(doc, e.start + 1, end, "PERSON")
            continue
        if (
            e.label_ == "ORG"
            and len(e) in (2, 3)
            and e[0].is_title
            and e[0].lower_ in first_names
            and e[1].text in ("'s", "’s")
            and (len(e) == 2 or e[2].is_lower)
        ):
            # "Rory's in for the tournament", "let Isla's school know": the child, no org
            _clear_entities(doc, e.start, e.end)
            _set_entity(doc, e.start, e.start + 1, "PERSON")
            continue
        if e.label_ == "ORG" and _venue(e) and not any(t.lower_ in org_suffixes() for t in e):
            _set_entity(doc, e.start, e.end, "LOC")  # "the Secular Hall", "Leys Leisure Centre"
            continue
        if (
            e.label_ == "GPE"
            and len(e) == 1
            and e[0].is_title
            and e[0].lower_ in first_names
            and e[0].lower_ not in places
            and not _somewhere(doc, e.start)
        ):
            _set_entity(doc, e.start, e.end, "PERSON")
        elif e.label_ == "ORG" and _a_person_by_name_or_pronoun(doc, e):
            _set_entity(doc, e.start, e.end, "PERSON")  # "Ilka, she's great", "Rhoda Quist"
        elif e.label_ in ("GPE", "LOC", "NORP", "FAC") and _said_as_a_person(doc, e.start, e.end):
            _set_entity(doc, e.start, e.end, "PERSON")  # "tell Wendell Okoro" (NER: GPE)
        elif (
            e.label_ in ("GPE", "LOC")
            and len(e) == 1
            and e[0].lower_ not in places
            and not _somewhere(doc, e.start)
            and _a_person_by_name_or_pronoun(doc, e)
        ):
            _set_entity(doc, e.start, e.end, "PERSON")  # "The cleaner is Yelena, she starts"
        elif (
            e.label_ == "ORG"
            and len(e) == 2
            and e.start > 1
            and doc[e.start - 1].lower_ in ("is", "was")
            and all(t.is_title and t.lower_ not in org_suffixes() for t in e)
            and any(_role_word(t.lower_) for t in doc[max(0, e.start - 4) : e.start - 1])
        ):
            _set_entity(doc, e.start, e.end, "PERSON")  # "The musical director is Ifan Rees"
        elif (
            e.label_ == "PERSON"
            and len(e) >= 2
            and (e[0].lower_ in NOT_FIRST_WORDS or _ordinary_phrase(doc, e))
        ):
            # "Spoke to Northern Powergrid"; but "the deli on Mill Road" is a street
            street = e[-1].lower_ in PLACE_SUFFIXES and e[-1].lower_ not in org_suffixes()
            _set_entity(doc, e.start, e.end, "LOC" if street else "ORG")
        elif (
            e.label_ != "PERSON"
            and len(words) >= 2
            and any(t.lower_ == "and" for t in e)
            and all(t.is_title and t.lower_ in first_names for t in words)
        ):
            start = e.start
            _clear_entities(doc, e.start, e.end)
            for t in doc[start : start + len(e)]:
                if t.lower_ not in ("and", ",", "&"):
                    _set_entity(doc, t.i, t.i + 1, "PERSON")
        elif (
            e.label_ == "ORG"
            and e.start > 0
            and doc[e.start - 1].lower_ in TITLES
            and len(e) >= 3
            and e[-2].text in ("'s", "’s")
            and e[-1].is_lower
        ):
            _set_entity(doc, e.start - 1, e.end - 2, "PERSON")  # "Doctor Marwaha's surgery"
        elif (
            e.label_ == "PERSON"
            and e[0].lower_ not in first_names | TITLES  # "a Mr Bhatt" is someone
            and e.start > 0
            and (
                doc[e.start - 1].lower_ in ("a", "an")
                or (
                    e.start > 1
                    and doc[e.start - 2].lower_ in ("a", "an")
                    and doc[e.start - 1].is_title
                )
            )
        ):
            _clear_entities(doc, max(0, e.start - 1), e.end)  # "a Worcester Bosch"
        elif (
            e.label_ == "ORG"
            and e.start > 0
            and doc[e.start - 1].lower_ in ("a", "an")
            and e.end < len(doc)
            and doc[e.end].is_title
            and not doc[e.end].ent_type_
        ):
            _clear_entities(doc, e.start, e.end)  # "his van's a Ford Transit": a product


def _a_person_by_name_or_pronoun(doc: Any, e: Any) -> bool:
    """An ORG the NER guessed that is a person: a listed first name and a surname no
    dictionary has ("Rhoda Quist", "Kwesi Adjei-Lamptey"), or one name no dictionary has
    that "she" or "he" picks up at once ("The childminder is Ilka, she's great"); organisations
    are "they" or "it". Ordinary words ("Halcyon, she said") and organisation endings stay."""
    words = [t for t in e if t.text not in ("-", "‑")]
    if not words or not all(t.is_title and t.is_alpha for t in words):
        return False
    known = _english_words()
    low = [t.lower_ for t in words]
    if any(w in org_suffixes() or w in lexicon.not_entities() or w in TITLES for w in low):
        return False
    if len(words) >= 2:
        if e.start > 0 and doc[e.start - 1].lower_ in ("a", "an"):
            return False  # "a Vauxhall Zafira": a product
        if any(w in lexicon.place_words() for w in low) or low[0] in NOT_FIRST_WORDS:
            return False
        if all(w not in known and w.removesuffix("s") not in known for w in low[1:]):
            return low[0] in lexicon.first_names() or _said_as_a_person(doc, e.start, e.end)
        return False
    if low[0] in known or low[0] in lexicon.place_words():
        return False
    after = [t.lower_ for t in doc[e.end : e.end + 2]]
    return after[:1] in (["she"], ["he"]) or after in ([",", "she"], [",", "he"])


# Words around a name that say a person: "Efe Ogbemudia from the church wants ...",
# "met Ugochi Nwankwo".
PERSON_BEFORE = {
    "met", "with", "to", "called", "named", "and", "emailed", "rang", "texted", "asked",
    "told", "phoned", "thanked", "introduced",
}  # fmt: skip
PERSON_AFTER = {
    "from", "who", "says", "said", "rang", "texted", "emailed", "wants", "asked", "told",
    "popped", "came", "mentioned", "reckons", "thinks", "runs", "works",
}  # fmt: skip


def _said_as_a_person(doc: Any, start: int, end: int) -> bool:
    """Two or three capitalised words no dictionary has ("Efe Ogbemudia"), said the way a
    person is: after "met", "with", "rang" or opening the sentence, and before "from",
    "says", "rang" or ", the ..."; a first name not on the list and its surname."""
    words = doc[start:end]
    known = _english_words()
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.is_alpha for t in words):
        return False
    if any(
        t.lower_ in known
        or t.lower_ in NOT_NAME
        or t.lower_ in TITLES
        or t.lower_ in ACTION_VERBS
        or t.lower_ in org_suffixes()
        or t.lower_ in lexicon.place_words()
        for t in words
    ):
        return False
    before = doc[start - 1].lower_ if start > 0 else ""
    after = doc[end].lower_ if end < len(doc) else ""
    opens = start == 0 or doc[start].is_sent_start or before in ("then", "so", "and")
    # "Ilse Brandvold chaired": a sentence opened by the name and something it did
    did = opens and end < len(doc) and doc[end].tag_ == "VBD"
    if before in TELLING:
        return True  # "tell Wendell Okoro today": told something, so someone
    if after in ("the", "our", "their") and any(
        _role_word(t.lower_) or t.lower_ in KIN for t in doc[end + 1 : end + 4]
    ):
        return True  # "Tadeo Vilanculo the boss at ...": named, then the job
    return (opens or before in PERSON_BEFORE) and (after in PERSON_AFTER or after == "," or did)


# "their girl Chioma", "my neighbour Dele": a name after a word for someone close.
KIN = {
    "boy", "girl", "son", "daughter", "kid", "dad", "mum", "husband", "wife", "partner",
    "brother", "sister", "nephew", "niece", "grandson", "granddaughter", "cousin", "mate",
    "friend", "neighbour", "colleague", "boss", "uncle", "aunt", "auntie", "grandad", "nan",
    "kids", "children", "sons", "daughters", "grandchildren", "girls", "boys", "twins",
}  # fmt: skip
# Verbs after a name that opens a sentence that a person, more than a company, does.
DOING = {
    "says", "said", "reckons", "thinks", "is", "was", "'s", "wants", "asked", "told", "rang",
    "called", "texted", "emailed", "brought", "came", "popped", "mentioned", "seems", "looked",
    "loved", "hates", "likes", "offered", "went", "will", "can", "might",
}  # fmt: skip
# "a company called Better", "a charity called Shelter Box": named as an organisation.
ORG_NOUNS = {
    "company", "firm", "charity", "business", "outfit", "shop", "organisation",
    "organization", "group", "agency", "supplier", "contractor", "caterer", "caterers",
    "builder", "builders", "practice", "studio", "startup", "brand", "app",
}  # fmt: skip


# Words after a first name that opens a sentence: "Ebere from Peabody rang", "Piotr and ...".
SENT_START_AFTER_NAME = DOING | {"from", "at", "and", "who", "has", "had", "runs", "works"}


def _stray_surname(doc: Any, t: Any) -> bool:
    """A capitalised word the NER called a nationality, a place or an organisation on its own
    (not a listed one), right after a first name: the surname."""
    return (
        t.is_title
        and t.is_alpha
        and t.lower_ not in org_suffixes()
        and any(
            e.start == t.i
            and e.end == t.i + 1
            and e.label_ in ("NORP", "GPE", "ORG", "PRODUCT", "FAC", "LOC")
            and e.ent_id_ not in (VOCAB_ID, GAZETTEER_ID)
            for e in doc.ents
        )
    )


def _unlabelled_people(doc: Any) -> None:
    """Names the NER did not see at all: after a kinship word ("their girl Chioma"), or a
    proper noun opening a sentence and doing something ("Emeka is happy to drive")."""
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    _lower_case_people(doc, taken)
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    for t in doc:
        if t.i in taken or not t.is_title or not t.is_alpha:
            continue
        if t.pos_ not in ("PROPN", "NOUN") and t.lower_ not in lexicon.first_names():
            continue
        if t.lower_ in NOT_NAME or t.lower_ in ACTION_VERBS or t.lower_ in TITLES:
            continue
        if t.lower_ in lexicon.place_words() or t.lower_ in org_suffixes():
            continue
        prev = doc[t.i - 1] if t.i > 0 else None
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        after_kin = not t.is_sent_start and (
            (prev is not None and prev.lower_ in KIN)
            or (
                prev is not None
                and prev.text == ","
                and any(w.lower_ in KIN for w in doc[max(0, t.i - 4) : t.i])
            )
        )
        acting = (
            t.pos_ == "PROPN"
            and t.is_sent_start
            and nxt is not None
            and nxt.lower_ in DOING  # "Emeka is happy to drive", not "Waitrose has agreed"
        )
        # "Linh and Bao are thrilled", "the kids, Mai and Leo": one of a pair of people
        paired = (
            nxt is not None
            and nxt.lower_ == "and"
            and nxt.i + 1 < len(doc)
            and doc[nxt.i + 1].ent_type_ == "PERSON"
        ) or (prev is not None and prev.lower_ == "and" and doc[prev.i - 1].ent_type_ == "PERSON")
        # "Grace, she runs the food bank", "and Mehmet from the ...": a known first name
        first = t.lower_ in lexicon.first_names() and (
            # "then Tunde rang": the tagger may call a capitalised name it has never seen a noun
            (not t.is_sent_start and (t.pos_ == "PROPN" or t.lower_ not in _english_words()))
            or (
                t.is_sent_start  # "Sunil, the manager", "Ebere from Peabody", "Piotr and ..."
                and nxt is not None
                and (nxt.text == "," or nxt.lower_ in SENT_START_AFTER_NAME or nxt.is_title)
            )
            # "Lorraine next door popped round": a first name no dictionary has
            or (t.is_sent_start and t.lower_ not in _english_words())
        )
        # "Gwyneth, the treasurer, says": a name set off by its job
        described = (
            t.pos_ == "PROPN"
            and t.i + 3 < len(doc)
            and doc[t.i + 1].text == ","
            and doc[t.i + 2].lower_ in ("the", "our", "their")
            and any(_role_word(w.lower_) for w in doc[t.i + 3 : t.i + 6])
            and t.lower_ not in org_suffixes()
        ) or (t.pos_ == "PROPN" and _set_off_as_kin(doc, t.i + 1))
        # "The physio is Oriane, she was brilliant": a name no dictionary has, then "she"
        picked_up = (
            t.pos_ == "PROPN"
            and t.lower_ not in _english_words()
            and [w.lower_ for w in doc[t.i + 1 : t.i + 3]] in ([",", "she"], [",", "he"])
        )
        # "Then Efe Ogbemudia from the church rang": two names no dictionary has
        unknown = nxt is not None and nxt.i not in taken and _said_as_a_person(doc, t.i, t.i + 2)
        if unknown:
            _set_entity(doc, t.i, t.i + 2, "PERSON")
            continue
        if after_kin or acting or first or described or picked_up or (paired and t.pos_ == "PROPN"):
            end = t.i + 1
            if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN" and nxt.i not in taken:
                end += 1
            elif nxt is not None and first and _stray_surname(doc, nxt):
                end += 1  # "Pradeep Sharma" (NER: Sharma NORP)
            _set_entity(doc, t.i, end, "PERSON")


# Verbs whose object is nearly always a person: "tell Wendell", "ask Tadeo about the keys".
# ("ring" and "email" take organisations too: "ring Veolia".)
TELLING = {
    "tell", "told", "tells", "ask", "asked", "asks", "remind", "reminded", "thank", "thanked",
}  # fmt: skip
# Verbs a one-word name does as a person: "Then Kezia rang about the float", "if Tadeo gives
# me the morning off".
PERSON_DOES = {
    "rang", "rings", "says", "said", "texted", "texts", "emailed", "emails", "phoned",
    "messaged", "asked", "asks", "told", "tells", "reckons", "thinks", "wants", "mentioned",
    "gave", "gives", "offered", "promised", "popped", "reminded", "agreed", "reckoned",
}  # fmt: skip
# Words before a name that opens its clause: "Then Kezia rang", "if Tadeo gives me".
CLAUSE_OPENERS = {
    "then", "so", "and", "but", "if", "when", "once", "because", "cos", "until", "unless",
    "after", "before", "since", "while", ",", "oh", "also", "anyway", "apparently",
}  # fmt: skip
# Verbs whose object is someone, never a town: "pay Tadeo back", "text Tadeo tonight".
SERVED_VERBS = {
    "pay", "text", "message", "thank", "lend", "owe", "help", "invite", "remind", "warn",
    "congratulate", "phone", "email", "meet", "give", "tell", "ask", "thanks", "chase",
}  # fmt: skip
# Before a word, these make it a place whatever else is said of it.
PLACE_ONLY_PREPS = {"in", "into", "near", "around", "through", "across", "past", "outside", "via"}
# Prepositions before someone's home said by the name alone: "dropped it at Sukhvinder's",
# "went round Bogumil's".
HOME_PREPS = {"at", "round", "to", "over", "from"}
# What only a person has, after a name's "'s": "Tadeo's class", "Yusra's swimming kit".
PERSONAL = KIN | {
    "class", "teacher", "school", "nursery", "birthday", "homework", "swimming", "lessons",
    "consent", "kit", "uniform", "house", "flat", "bedroom", "phone", "number", "tutor",
    "friend", "friends", "appointment", "surgery", "operation", "christening", "wedding",
    "room", "assembly", "review", "trip", "inhaler", "prescription", "medication", "scooter",
    "bike", "coat", "bag", "glasses", "shoes", "mood", "reading", "spelling", "exam", "exams",
    "party", "funeral", "care", "carer", "diary",
}  # fmt: skip
# Verbs of taking someone somewhere: "dropped Tadeo at school", "picked Tadeo up".
TAKING = {"dropped", "drop", "dropping", "picked", "pick", "picking", "took", "take", "taking"}
TAKEN_TO = {"at", "to", "off", "up", "from", "home", "round"}


def _unvouched_word(doc: Any, t: Any, *, stored: bool = False) -> bool:
    """A capitalised word no list, dictionary or ruled entity claims: a name the NER may
    have guessed wrong (ORG, GPE, NORP) or not seen. With `stored`, a one-word name the
    database holds as something else may be claimed too (an earlier guess, not a fact)."""
    low = t.lower_
    if not (t.is_title and t.is_alpha and len(t) >= 3) or low in _english_words():
        return False
    if low in NOT_NAME or low in ACTION_VERBS or low in TITLES or low in ACRONYMS:
        return False
    if low in lexicon.place_words() or low in org_suffixes() or low in _one_word_orgs():
        return False
    if low in lexicon.not_entities() or _role_word(low) or low in KIN:
        return False  # "Physio rang": a job, not a name
    return not any(
        e.start <= t.i < e.end
        and (
            e.ent_id_ == GAZETTEER_ID
            or (
                len(e) > 1
                and e.label_ not in ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW")
                and not (len(e) == 2 and e[1].text in ("'s", "’s"))  # "Bogumil's" (NER: ORG)
            )
            or (e.ent_id_ == VOCAB_ID and not (stored and e.label_ != "PERSON"))
        )
        for e in doc.ents
    )


def _people_by_what_they_do(doc: Any) -> None:
    """One capitalised word no dictionary has, said the way only a person is, is a person
    whatever the NER guessed: told or asked something ("ask Tadeo about the keys"), doing
    what people do as the subject of its clause ("Then Kezia rang", "if Tadeo gives me the
    morning off"), or the home someone lives in ("dropped it at Sukhvinder's", "round
    Bogumil's"; for a word not on the first-name list only after "round", since "at
    Nando's" is a restaurant), having what only a person has ("Tadeo's class"), taken
    somewhere ("dropped Tadeo at school") or dealt with at a workplace ("swap with Tadeo at
    Hillside Cars"). The first two hold even against an earlier memo's guess
    that the word is an organisation: "Tadeo gave me the morning off" is no firm."""
    for t in doc:
        if not _unvouched_word(doc, t, stored=True):
            continue
        stored = not _unvouched_word(doc, t)
        prev = doc[t.i - 1].lower_ if t.i > 0 else ""
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        after = nxt.lower_ if nxt is not None else ""
        opens = t.is_sent_start or prev in CLAUSE_OPENERS
        does = opens and (
            after in PERSON_DOES
            or (
                after in ("'s", "’s", "is")
                and t.i + 2 < len(doc)
                and doc[t.i + 2].lower_ in ("asking", "saying", "ringing", "texting", "wanting")
            )
        )
        told = prev in TELLING and not (nxt is not None and nxt.is_title)
        home = (
            not stored
            and prev in HOME_PREPS
            and after in ("'s", "’s")
            and (t.lower_ in lexicon.first_names() or prev == "round")
        )
        # "Tadeo's class", "handed Tadeo's consent form in": what a person has
        owned = after in ("'s", "’s") and any(w.lower_ in PERSONAL for w in doc[t.i + 2 : t.i + 4])
        taken = prev in TAKING and after in TAKEN_TO
        # "swap my shift with Tadeo at Hillside Cars": someone at their workplace
        placed = (
            prev in ("with", "to", "from", "for")
            and after in ("at", "from")
            and t.i + 2 < len(doc)
            and (doc[t.i + 2].is_title or doc[t.i + 2].lower_ == "the")
        )
        # Where the NER saw a town or saw nothing, the grammar a person takes: the one paid,
        # texted or thanked ("pay Tadeo back", "thanks to Tadeo", "the keys off Tadeo"), or
        # opening the sentence with a verb ("Tadeo helped me", "Tadeo can't make it",
        # "Oreste and I are doing the float"). An organisation's guess stays: firms help too.
        label = next((e.label_ for e in doc.ents if e.start <= t.i < e.end), "")
        guessed_place = not stored and label in ("", "GPE", "NORP")
        served = (
            t.dep_ == "dative"
            or (  # "sent Tadeo the photos": given something
                t.dep_ in ("dobj", "pobj")
                and (
                    t.head.lemma_.lower() in SERVED_VERBS
                    or prev == "off"
                    or doc[t.i - 2 : t.i].text == "thanks to"
                )
            )
        )
        acted = (
            t.is_sent_start
            and t.dep_ == "nsubj"
            and nxt is not None
            and (
                (nxt.tag_ in ("VBD", "VBZ", "MD") and nxt.lemma_ not in ("be", "have", "get"))
                or [w.lower_ for w in doc[t.i + 1 : t.i + 3]] in (["and", "i"], ["and", "me"])
                or (  # "Tadeo's going to do the teas"
                    after in ("'s", "’s", "is")
                    and t.i + 2 < len(doc)
                    and doc[t.i + 2].tag_ == "VBG"
                    and doc[t.i + 2].lower_ not in ("getting", "looking", "becoming", "closing")
                )
            )
        )
        placed_wrong = guessed_place and (served or acted) and prev not in PLACE_ONLY_PREPS
        if does or told or home or (not stored and (owned or taken or placed)) or placed_wrong:
            _set_entity(doc, t.i, t.i + 1, "PERSON", CONTEXT_ID)


def _surnames_after_the_name(doc: Any) -> None:
    """A person's name the NER ended a word early: "Jaskirat Singh" then "Pannu" (or nothing)
    for "Jaskirat Singh Pannu", "Harleen Kaur Dosanjh". A capitalised word no dictionary,
    place or organisation list has, right after a person's name with nothing between, is the
    rest of it (names of up to four words)."""
    for e in list(doc.ents):
        if e.label_ != "PERSON" or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        end = e.end
        while end < len(doc) and end - e.start < 4 and _unvouched_word(doc, doc[end]):
            if end + 1 < len(doc) and doc[end + 1].text in ("'s", "’s") and end > e.end:
                break
            end += 1
        if end > e.end and all(t.is_title for t in e):
            _set_entity(doc, e.start, end, "PERSON")


# Words after which a first name written in lower case ("so i met fatima begum") is a person.
LOWER_CUES = {
    "met", "meet", "with", "to", "called", "named", "and", "saw", "rang", "emailed", "let",
    "ask", "asked", "tell", "told", "text", "texted", "ring", "phone", "email", "remind",
}  # fmt: skip
# Verbs after a first name in lower case that a person does ("horace wants", "ade knows").
LOWER_DOING = {
    "says", "said", "wants", "knows", "thinks", "reckons", "asked", "rang", "texted", "works",
    "from",
}  # fmt: skip
# "o'dowd", "o’brien": a surname with its apostrophe, as Whisper writes one in lower case.
IRISH_SURNAME = re.compile(r"[od]['’][a-z]{3,}")
# Of these, the ones that make even a word no list has a name: "so anyway tadeo rang".
LOWER_SPEAKING = {"says", "said", "rang", "texted", "emailed", "reckons", "phoned"}
# Titles before a name Whisper wrote in lower case: "mrs ottilie brannagh", "councillor okafor".
LOWER_TITLES = {"mr", "mrs", "ms", "miss", "dr", "doctor", "councillor", "cllr", "professor"}
DETERMINERS = {"the", "a", "an", "our", "their", "his", "her", "my", "your", "its", "some"}


def _lower_case_people(doc: Any, taken: set[int]) -> None:
    """Whisper writes some memos all in lower case: a known first name after a meeting word
    or before a verb of saying is a person, with the lower-case noun after it as the surname;
    so is a known first name before a word no dictionary has ("tamsin okafor")."""
    first_names = lexicon.first_names()
    english = _english_words()
    ruled = {i for e in doc.ents if e.ent_id_ for i in range(e.start, e.end)}  # not guesses
    # A one-word name an earlier memo stored as an organisation was a guess too: a name and a
    # job said with it ("tadeo vilanculo the boss at ...") outweigh it.
    stored_guess = {
        e.start
        for e in doc.ents
        if e.ent_id_ == VOCAB_ID and len(e) == 1 and e.label_ in ("ORG", "GPE")
    }
    dictionary = heard.dictionary(load_nlp())
    for t in doc:
        if not t.is_lower or t.lower_ in NOT_NAME:
            continue
        if t.i in stored_guess and english and _lower_name_and_role(doc, t.i, ruled, english):
            _set_entity(doc, t.i, t.i + 2, "PERSON", CONTEXT_ID)
            continue
        if t.i in ruled:
            continue
        if english and (end := _lower_titled_name(doc, t.i, ruled, dictionary)):
            _set_entity(doc, t.i - 1, end, "PERSON", CONTEXT_ID)
            continue
        if english and _lower_unlisted_speaker(doc, t, ruled | taken, english):
            _set_entity(doc, t.i, t.i + 1, "PERSON", CONTEXT_ID)
            continue
        if english and _lower_name_and_role(doc, t.i, ruled, english):
            # "tamsin okafor the head said": the job says it is a name, listed or not (the
            # NER's guess at lower-case words gives way)
            _set_entity(doc, t.i, t.i + 2, "PERSON", CONTEXT_ID)
            continue
        if t.i in taken or t.lower_ not in first_names:
            continue
        if t.lower_ in english and t.i > 0 and doc[t.i - 1].lower_ in DETERMINERS:
            continue  # "the junior coaches": a word, not Junior
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) and t.i + 1 not in taken else None
        surname = (
            nxt is not None
            and nxt.is_lower
            and not nxt.is_stop
            and (
                # the tagger reads a surname no dictionary has as anything ("chioma eze": ADJ)
                (nxt.is_alpha and (nxt.pos_ in ("PROPN", "NOUN") or nxt.lower_ not in english))
                or IRISH_SURNAME.fullmatch(nxt.text) is not None
            )
        )
        unknown = (
            surname
            and bool(english)
            and len(nxt.text) >= 3
            and nxt.lower_ not in english
            and nxt.lemma_ not in english  # "subs", "coaches": plurals of words
        )
        cued = t.i > 0 and doc[t.i - 1].lower_ in LOWER_CUES | KIN
        if not (cued or unknown or (nxt is not None and nxt.lower_ in LOWER_DOING)):
            continue
        _set_entity(doc, t.i, t.i + 2 if surname and (cued or unknown) else t.i + 1, "PERSON")


def _lower_titled_name(doc: Any, i: int, taken: set[int], words: heard.Dictionary) -> int:
    """The end of a name after a title, in lower case: "mrs ottilie brannagh", "councillor
    winifred okereke", "miss kehoe" (not "miss the bus": a first word no dictionary has, or a
    listed first name, then at most one more that is no verb or adjective); 0 if none."""
    if i == 0 or doc[i - 1].lower_ not in LOWER_TITLES or not doc[i - 1].is_lower:
        return 0

    def namelike(t: Any) -> bool:  # "mr o'fearghail" too
        return (
            t.is_lower
            and (t.is_alpha or IRISH_SURNAME.fullmatch(t.text) is not None)
            and len(t) >= 3
            and not t.is_stop
            and t.i not in taken
        )

    t = doc[i]
    if not namelike(t) or (t.lower_ in words.words and t.lower_ not in lexicon.first_names()):
        return 0
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if (
        nxt is not None
        and namelike(nxt)
        and nxt.lower_ not in words.not_nouns
        and nxt.pos_ in ("PROPN", "NOUN")
        and nxt.lower_ not in TITLES
        # "mr o'sullivan ciaran o'sullivan": a surname, then the full name said again
        and not (t.lower_ not in lexicon.first_names() and nxt.lower_ in lexicon.first_names())
    ):
        return i + 2
    return i + 1


def _lower_unlisted_speaker(doc: Any, t: Any, taken: set[int], english: frozenset[str]) -> bool:
    """A lower-case word no dictionary or list has that opens its clause and rings or says
    something ("so anyway tadeo rang from the office", "and nkem says"), is told or asked
    something ("i told kuba i'd sort it") or has a home ("round kuba's"). Initials ("tfl
    says") and organisations are left: a vowel and four letters at least."""
    low = t.lower_
    if t.i in taken or len(low) < 4 or not t.is_alpha or not re.search(r"[aeiouy]", low):
        return False
    if low in english or t.lemma_ in english or t.is_stop or low in ACRONYMS or _role_word(low):
        return False
    if low in lexicon.place_words() or low in org_suffixes() or low in _one_word_orgs():
        return False
    prev = doc[t.i - 1].lower_ if t.i > 0 else ""
    nxt = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
    if prev in TELLING or (prev == "round" and nxt in ("'s", "’s")):
        return True  # "i told kuba i'd sort it", "went round kuba's"
    return nxt in LOWER_SPEAKING and (t.i == 0 or prev in CLAUSE_OPENERS)


_NOT_BEFORE_A_LOWER_NAME = {
    "the", "a", "an", "from", "of", "at", "by", "for", "in", "on", "my", "our", "your", "their",
    "his", "her", "its", "new", "old",
}  # fmt: skip


def _lower_name_and_role(doc: Any, i: int, taken: set[int], english: frozenset[str]) -> bool:
    """Two lower-case words no dictionary has, then "the" and a job: "tamsin okafor the
    practice nurse", a name as Whisper writes it in an all lower-case memo."""
    words = doc[i : i + 2]
    after = [t.lower_ for t in doc[i + 2 : i + 5]]
    return (
        len(words) == 2
        and i + 1 not in taken
        and all(
            w.is_lower and w.is_alpha and len(w) >= 3 and not w.is_stop and w.lower_ not in english
            for w in words
        )
        and (i == 0 or doc[i - 1].lower_ not in _NOT_BEFORE_A_LOWER_NAME)
        and len(after) >= 2
        and after[0] == "the"
        and any(_role_word(w) or w in KIN for w in after[1:])
    )


def _set_off_as_kin(doc: Any, i: int) -> bool:
    """A name ending before `i` is followed by ", her husband," or ", my cousin.": someone's
    relative, so a person."""
    nxt = doc[i : i + 4]
    return (
        len(nxt) == 4
        and nxt[0].text == ","
        and nxt[1].lower_ in ("her", "his", "my", "their", "our", "your")
        and nxt[2].lower_ in KIN
        and nxt[3].text in (",", ".", ";")
    )


def _said_to_be_person(doc: Any, start: int, end: int) -> bool:
    if (
        end - start == 1
        and doc[start].lower_ in lexicon.first_names()
        and doc.ents
        and any(
            e.start == start
            and (
                e.label_ != "GPE"
                or (
                    doc[start].is_sent_start
                    and end < len(doc)
                    and doc[end].lower_ in SENT_START_AFTER_NAME
                    and doc[start].lower_ not in _listed_places()
                )
            )
            for e in doc.ents
        )
    ):
        return True  # "Grace, she runs ...", "Sophie" (NER: ORG), "Siobhan from X rang" (GPE)
    if start > 0 and doc[start - 1].lower_ in KIN and not doc[start].is_sent_start:
        return True  # "their girl Chioma"
    near = [t.lower_ for t in doc[max(0, start - 4) : start]]
    if start > 1 and doc[start - 1].text == "," and any(w in KIN for w in near):
        return True  # "with the kids, Mai and Leo"
    if (
        start > 1
        and doc[start - 1].lower_ == "from"
        and doc[start - 2].lower_
        in (
            "call",
            "email",
            "text",
            "message",
            "voicemail",
            "letter",
            "note",
            "visit",
        )
    ):
        return end - start == 1  # "Call from Orla at Camden planning"
    if (
        start > 0
        and doc[start - 1].lower_ in ("get", "ask", "tell", "let")
        and (end < len(doc) and doc[end].lower_ == "to")
    ):
        return True  # "get Marcus to draft it"
    if start > 0 and doc[start - 1].lower_ == "and" and doc[start - 2].ent_type_ == "PERSON":
        return True  # "Mai and Leo"
    if _set_off_as_kin(doc, end):
        return True  # "Tunde, her husband, is on nights"
    nxt = [t for t in doc[end : end + 6]]
    # ", Priti, said": set off by commas and saying something (organisations say things too,
    # so "Tesco said" alone is not enough)
    if (
        len(nxt) > 1
        and nxt[0].text == ","
        and nxt[1].lower_ in PERSON_VERBS
        and start > 0
        and doc[start - 1].text == ","
    ):
        return True
    if nxt and nxt[0].text == ",":
        words = []
        for t in nxt[1:]:
            if t.is_punct:
                break
            words.append(t.lower_)
        if (
            words
            and words[0] in ("the", "a", "an", "our", "their", "his", "her", "my")
            and any(w in ROLE_HEADS and w not in NOT_PERSON_ROLES for w in words[1:])
            and not _somewhere(doc, start)  # "booked in Harwell, the audiologist is ..."
        ):
            return True  # "Marek, the plumber"
    before = [t.lower_ for t in doc[max(0, start - 3) : start]]
    if before and before[-1] in ("called", "named") and len(before) > 1:
        return before[-2] not in ("i", "we", "she", "he", "they", "just", "then", "who") and (
            before[-2] not in ORG_NOUNS  # "a company called Better"
        )
    # "the boiler engineer from British Gas, Jamal, is coming": a name set off after a job
    if (
        start > 1
        and doc[start - 1].text == ","
        and end - start == 1
        and end < len(doc)
        and doc[end].text in (",", ".")
        and any(
            w.lower_ in ROLE_HEADS and w.lower_ not in NOT_PERSON_ROLES
            for w in doc[max(doc[start].sent.start, start - 7) : start - 1]
        )
    ):
        return True
    # "The woman I spoke to, Priti, ...": a name set off after someone described.
    return bool(
        before
        and before[-1] == ","
        and start + 1 == end
        and end < len(doc)
        and doc[end].text == ","
        and any(
            t.lower_ in ("woman", "man", "guy", "lady", "bloke", "chap")
            for t in doc[max(0, start - 8) : start]
        )
    )


def _place_after_connector(doc: Any, start: int, end: int) -> bool:
    """ "Homes for Haringey", "Mind in Enfield": a name that ends in a listed place after
    "for", "of" or "in" is an organisation, not the place."""
    return any(
        e.start > start and e.end == end and doc[e.start - 1].lower_ in ("for", "of", "in")
        for e in doc.ents
        if e.ent_id_ == GAZETTEER_ID
    )


def _initials_after_org(doc: Any) -> None:
    """ "she's with Harrow Vale Housing, HVH, and ...": capitals right after an organisation
    and a comma that begin with its initials are its short form, not a person, wherever the
    memo says them."""
    short: set[str] = set()
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.end + 1 >= len(doc) or doc[e.end].text != ",":
            continue
        t = doc[e.end + 1]
        if not (t.is_upper and t.is_alpha and 2 <= len(t.text) <= 6) or t.ent_type_ == "ORG":
            continue
        initials = "".join(w.text[0] for w in e if w.is_title and w.lower_ not in ("the", "of"))
        if len(initials) >= 2 and t.text.startswith(initials):
            short.add(t.text)
    for t in doc:
        alone = all(e.start == t.i and e.end == t.i + 1 for e in _overlapping(doc, t.i, t.i + 1))
        if t.text in short and t.ent_type_ != "ORG" and alone:
            _set_entity(doc, t.i, t.i + 1, "ORG")


# Words said next to a medicine's or a product's brand: "his Zolvent and spacer", "the
# prescription for the Zolvent", "Brightex spray".
MEDICINE_WORDS = {
    "inhaler", "inhalers", "spacer", "prescription", "prescriptions", "repeat", "spray",
    "tablets", "tablet", "capsules", "cream", "ointment", "syrup", "drops", "dose", "doses",
    "puffs", "puff", "pump", "medicine", "medication", "pills", "jab", "wipes", "gel",
}  # fmt: skip


def _medicines(doc: Any) -> None:
    """ "the nurse will ring about his Zolvent and spacer", "a repeat prescription for the
    Zolvent", "Brightex spray just hides it": one capitalised word no dictionary has, beside a
    word of medicines or sprays in its sentence, is a brand of medicine or cleaner, not a
    person or a firm (a first name stays someone: "Tobi's inhaler")."""
    english = _english_words()
    for e in list(doc.ents):
        words = [t for t in e if t.lower_ not in ("the", "his", "her", "my", "their")]
        if e.label_ not in ("PERSON", "ORG", "PRODUCT", "GPE", "NORP") or e.ent_id_:
            continue
        if len(words) != 1:
            continue
        word = words[0]
        low = word.lower_
        if not word.is_title or low in english or low in lexicon.first_names():
            continue
        if e.end < len(doc) and doc[e.end].text in ("'s", "’s"):
            continue  # "Tobi's inhaler": whose
        sent = e.sent
        near = doc[max(sent.start, e.start - 3) : min(sent.end, e.end + 3)]
        if any(t.lower_ in MEDICINE_WORDS for t in near):
            _clear_entities(doc, e.start, e.end)


# Lower-case words for one site of an organisation: "Little Acorns' Kelby hub".
BRANCH_WORDS = {"hub", "branch", "office", "offices", "site", "shop", "store", "depot"}


def _branch_of_an_org(doc: Any) -> None:
    """ "Shirin runs Kelby Toys' Hackney hub", "manages Pantry Plus's Bow branch": capitalised
    words with a possessive before a place and a word for one of its sites are the
    organisation (the name a link and a later mention use), the place is where the site is,
    and the whole is no organisation's name of its own."""
    for t in doc:
        if t.text not in ("'s", "’s", "'", "’") or t.i == 0 or t.i + 2 >= len(doc):
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i <= 2 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end == t.i + 1 or end >= len(doc) or doc[end].lower_ not in BRANCH_WORDS:
            continue
        start = t.i
        while start > 0 and t.i - start < 4 and doc[start - 1].is_title and doc[start - 1].is_alpha:
            start -= 1
        if start == t.i or (doc[start].lower_ in lexicon.first_names() and t.i - start == 1):
            continue  # "Priya's Hackney office": someone's
        if _locked(doc, start, t.i) or doc[start].lower_ in NOT_NAME | ACTION_VERBS | TITLES:
            continue
        _clear_entities(doc, start, end + 1)
        _set_entity(doc, start, t.i, "ORG")
        _set_entity(doc, t.i + 1, end, "GPE")


# Things with names that no one works for: "a website called X", "the stock system. It's
# called Y", "a henna brand called Z".
NAMED_THINGS = {
    "app", "apps", "website", "site", "system", "software", "program", "platform", "brand",
    "page", "account", "channel", "chat", "game", "book", "tool", "product", "medicine",
    "cream", "spray", "inhaler", "drug", "tablet", "tablets", "device", "gadget", "portal",
    "podcast", "show", "film", "song", "magazine", "newsletter", "form", "scheme", "card",
}  # fmt: skip


def _called_after_its_kind(doc: Any) -> None:
    """ "a website called Homefinder", "the agency, no, it's called Locums Direct": a name
    given by "called" or "named" is what the noun before it says, whatever the NER guessed:
    an app, a website, a system or a brand is no organisation, an agency, a business or a
    charity is one (though its words are ordinary, "Pickle and Pride"). "It's called" looks
    back into the sentence before; people ("a guy called Femi") are the people rules'."""
    for t in doc:
        if t.lower_ not in ("called", "named") or t.i == 0 or t.i + 1 >= len(doc):
            continue
        start = t.i + 1
        end = start
        while end < len(doc) and end - start < 5 and not doc[end].is_punct:
            w = doc[end]
            if not (w.is_alpha or w.text == "&"):
                break
            if w.is_lower and not (
                w.lower_ in NAME_JOINS | {"a"}
                and end + 1 < len(doc)
                and doc[end + 1].is_title
                and end > start
            ):
                break
            end += 1
        kind = _kind_before(doc, t.i)
        if kind is None:
            continue
        if kind in NAMED_THINGS:
            # "a brand called kaveri everyone uses": in lower case the name is the next word
            stop = end if end > start else start + 1
            for e in _overlapping(doc, start, stop):
                if e.label_ in ("ORG", "PERSON", "GPE", "PRODUCT", "WORK_OF_ART") and not e.ent_id_:
                    _clear_entities(doc, e.start, e.end)
        elif end > start and not _locked(doc, start, end):
            if doc[start].lower_ in lexicon.first_names() | NOT_NAME:
                continue
            if any(e.label_ == "ORG" and e.end > end for e in _overlapping(doc, start, end)):
                continue  # "Suds and Co.": a longer name the NER found stays whole
            _set_entity(doc, start, end, "ORG")


# Heads that name a group of people or a thing as often as an organisation: "the WhatsApp
# group is called Book Club", "a brand called X".
LOOSE_HEADS = {"brand", "group", "team", "side", "scheme", "project", "network", "unit", "band"}


def _kind_before(doc: Any, called: int) -> str | None:
    """The noun a "called" names: the last common noun before it in its sentence ("a website
    called", "the agency ... it's called"), or in the sentence before when "it's called"
    opens its own; a person's word ("a guy called") or none gives None."""
    sent = doc[called].sent
    first = sent.start
    words = [w.lower_ for w in doc[max(first, called - 3) : called]]
    if words[-2:] in (["it", "'s"], ["it", "’s"], ["it", "is"], ["it", "was"]) or words[-3:] in (
        ["it", "'s", "been"],
    ):
        first = doc[first - 1].sent.start if first > 0 and called - first <= 3 else first
    for w in reversed(doc[first:called]):
        low = w.lower_
        if not w.is_lower:
            continue  # a word of a name said before ("Find a Nurse, no, it's called")
        if low in INDEFINITE or _role_word(low) or low in ("someone", "somebody"):
            return None
        if low in NAMED_THINGS:
            return low
        if low in APPOSITIVE_ORG_HEADS - LOOSE_HEADS:
            return low
    return None


# Letters after a person's name that are an honour, a seat or a job, not an organisation's
# initials: "Jo Hale MP", "Dr Ames GP", "Mr Tandy PE".
PERSONAL_INITIALS = {
    "mp", "mep", "msp", "am", "obe", "mbe", "cbe", "qc", "kc", "gp", "pe", "pt", "ot", "dj",
    "pa", "md", "ceo", "cfo", "coo", "hr", "it", "ta", "sen", "senco", "jp", "rn", "phd", "bsc",
    "ma", "ba", "ii", "iii", "iv", "jr", "sr", "tv", "uk", "ok", "asap", "pm",
}  # fmt: skip


def _names_ending_in_initials(doc: Any) -> None:
    """ "got through to Brenfield HTA", "a letter from Kelby RDA": one or two capitalised
    words and then capitals that are no word (an association's, an agency's initials) are one
    organisation's name, whatever the NER guessed (often a person, or nothing). Not capitals
    that qualify a noun after them ("Tobi's NHS number"), an honour or a job after someone's
    name ("Jo Hale MP"), or letters after a first name."""
    english = _english_words()
    for t in doc:
        if not (t.is_upper and t.is_alpha and 2 <= len(t.text) <= 6) or t.i == 0:
            continue
        low = t.lower_
        if low in PERSONAL_INITIALS or low in english or low in NOT_NAME:
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if (
            nxt is not None
            and nxt.is_lower
            and nxt.pos_ == "NOUN"
            and nxt.lower_ not in NOT_NAME
            and not nxt.ent_type_
        ):
            continue  # "her NHS number", "the PTA meeting"
        start = t.i
        while start > 0 and t.i - start < 2 and doc[start - 1].is_title and doc[start - 1].is_alpha:
            start -= 1
        while start < t.i and doc[start].lower_ in NOT_NAME | ACTION_VERBS | CUE_WORDS | TITLES:
            start += 1  # "Rang Kelby HTA"
        if start == t.i:
            continue
        if any(w.lower_ in lexicon.first_names() for w in doc[start : t.i]):
            continue  # "Zara PT", "Amy ES": someone and letters
        if _locked(doc, start, t.i + 1) or any(
            e.label_ == "ORG" and (e.start < start or e.end > t.i + 1)
            for e in _overlapping(doc, start, t.i + 1)
        ):
            continue  # a listed name, or a longer organisation ("Age UK Camden")
        _set_entity(doc, start, t.i + 1, "ORG")


# Rooms one books inside a building: "the hall at X", "the function room at Y".
ROOMS = {"room", "rooms", "pitch", "pitches", "court", "courts", "studio", "suite"}


def _orgs_after_people(doc: Any) -> None:
    """ "Ebere from Peabody rang": once the people are known, a capitalised name right after
    one of them and "from" or "at" is their organisation; so is one things are bought or
    hired from ("order the boxes from Packwise")."""
    preps = [
        t.i
        for t in doc
        if t.lower_ in ("from", "at")
        and t.i + 1 < len(doc)
        and (
            (t.i > 0 and doc[t.i - 1].ent_type_ == "PERSON")
            or any(w.lower_ in HIRE_VERBS for w in doc[max(t.sent.start, t.i - 6) : t.i])
            or (t.i > 0 and doc[t.i - 1].lower_ in INDEFINITE)  # "a chap from Severn Trent"
        )
    ]
    for prep_i in preps:
        start = prep_i + 1 + (doc[prep_i + 1].lower_ == "the")
        end = start
        while end < len(doc) and end - start < 4 and doc[end].is_title and doc[end].is_alpha:
            if doc[end].lower_ in NOT_NAME:
                break
            end += 1
        bought = doc[prep_i - 1].ent_type_ != "PERSON"  # "order the boxes from Packwise"
        if bought and doc[prep_i - 1].lower_ in VENUE_SUFFIXES | ROOMS:
            # "booked the hall at Larchfield": the building the hall is in, not a firm
            if not any(e.ent_id_ for e in _overlapping(doc, start, end)) and end > start:
                _set_entity(doc, start, end, "FAC")
            continue
        guessed = ("PERSON", "GPE", "NORP", "PRODUCT", "FAC") if bought else ("PERSON", "FAC")
        if doc[prep_i - 1].lower_ in INDEFINITE:  # a town the NER knows stays a town
            guessed = ("PERSON", "FAC", "LOC", "PRODUCT")
        if end == start or any(
            e.label_ not in guessed or e.ent_id_ for e in _overlapping(doc, start, end)
        ):
            continue  # a listed place or a name the user gave stays what it is
        if doc[end - 1].lower_ in PLACE_SUFFIXES and doc[end - 1].lower_ not in org_suffixes():
            continue
        if end - start == 1 and doc[start].lower_ in lexicon.first_names():
            continue  # "from Priya"
        _set_entity(doc, start, end, "ORG")


# Heads of an organisation said in lower case after "from the": "Pete from the allotment
# society", "Jan from the residents' association", "Mo from the running club".
LOWER_ORG_HEADS = {
    "society", "association", "club", "trust", "league", "federation", "union", "co-op",
    "cooperative", "choir", "band", "foundation", "collective", "partnership",
}  # fmt: skip


@functools.cache
def _one_word_orgs() -> frozenset[str]:
    """The gazetteer's one-word organisation names ("unison", "mind", "shelter")."""
    return frozenset(e.lower() for e in lexicon.org_names() if " " not in e and "{" not in e)


def _lower_orgs_after_people(doc: Any) -> None:
    """Someone "from the allotment society": a lower-case name of one or two words before an
    organisation word, right after a person and "from" or "at", is their organisation."""
    for t in doc:
        if t.lower_ not in ("from", "at") or t.i == 0 or doc[t.i - 1].ent_type_ != "PERSON":
            continue
        start = t.i + 1 + (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "the")
        if (
            start < len(doc)
            and doc[start].is_lower
            and doc[start].lower_ in _one_word_orgs()
            and not _overlapping(doc, start, start + 1)
        ):
            _set_entity(doc, start, start + 1, "ORG", CONTEXT_ID)  # "Seun from unison"
            continue
        for n in (2, 3):
            end = start + n
            words = doc[start:end]
            if (
                end <= len(doc)
                and words[-1].lower_ in LOWER_ORG_HEADS
                and all(w.is_lower and (w.is_alpha or w.text in ("'", "’")) for w in words)
                and words[0].lower_ not in DESCRIPTIVE | GENERIC_WORKPLACES
                and not _overlapping(doc, start, end)
            ):
                _set_entity(doc, start, end, "ORG", CONTEXT_ID)  # lower case on purpose
                break


JOIN_VERBS = {"joined", "joins", "joining", "left", "leaves", "leaving", "quit"}


def _joined_as(doc: Any) -> None:
    """ "He's left Tesco and joined Ocado as a driver": a capitalised name after joining (or
    leaving) and before "as a <job>" is an organisation, whatever the NER guessed."""
    for t in doc:
        if t.lower_ not in JOIN_VERBS:
            continue
        start = end = t.i + 1
        while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if start == end or end + 1 >= len(doc) or doc[end].lower_ != "as":
            continue
        job = doc[end + 1 : end + 4]
        if not any(_role_word(w.lower_) for w in job):
            continue
        if doc[start].lower_ in lexicon.first_names() or _locked(doc, start, end):
            continue
        _set_entity(doc, start, end, "ORG")


# Verbs by which someone keeps a group going: "Gwen, who runs the Tuesday Table".
RUN_VERBS = {"runs", "ran", "organises", "organizes", "founded", "co-founded", "leads", "owns"}
RUNNERS = {"who", "he", "she", "they", "i", "we"}


def _orgs_someone_runs(doc: Any) -> None:
    """ "Gwen, who runs the Tuesday Table", "he runs Northside Community Voices": capitalised
    words inside a sentence after someone (a person, "who", "he") runs or founded them are a
    group, though the words are an ordinary phrase ("Table", "Voices") the NER took for a
    person or nothing. A happening ("runs the Summer Fair") or a place stays what it is."""
    for t in doc:
        if t.lower_ not in RUN_VERBS or t.i == 0:
            continue
        subject = doc[t.i - 1]
        if subject.lower_ not in RUNNERS and subject.ent_type_ != "PERSON":
            continue
        start = t.i + 1 + (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "the")
        end = start
        while end < len(doc) and end - start < 4 and doc[end].is_title and doc[end].is_alpha:
            if doc[end].lower_ in TITLES or doc[end].lower_ in ("i", "the", "and"):
                break
            end += 1
        if end == start or doc[end - 1].lower_ in EVENT_NOUNS | NOT_ORG_HEADS | PLACE_SUFFIXES:
            continue
        if end - start == 1 and doc[start].lower_ in lexicon.first_names() | NOT_NAME:
            continue  # "she runs Priya to school", "runs Tuesdays"
        old = _overlapping(doc, start, end)
        if any(e.label_ == "EVENT" for e in old) or any(
            (e.ent_id_ or e.label_ in ("DATE", "TIME")) and e.start <= start and e.end >= end
            for e in old
        ):
            continue  # a name the user gave or a listed place alone stays what it is
        if any(e.start < start or e.end > end for e in old if e.label_ == "ORG"):
            continue
        _set_entity(doc, start, end, "ORG", CONTEXT_ID)


def _match_rules(doc: Any, rules: _Rules) -> None:
    """The Matcher rules, in order: people, places, organisations."""
    order = ("MEETING", "CONTACT", "PLACE_NAME", "ORG_AFTER", "ORG_LOWER", "PLACE_AFTER")
    matches = sorted(
        rules.names(doc, as_spans=True), key=lambda s: (order.index(s.label_), s.start)
    )
    for m in matches:
        if m.label_ in ("MEETING", "CONTACT"):
            start = _name_start(m)
            if start >= m.end or _locked(doc, start, m.end):
                continue
            if any(t.ent_type_ in ("DATE", "TIME") for t in doc[start : m.end]):
                continue
            old = _overlapping(doc, start, m.end)
            # "Call Barclays", "with Kent": a contact verb does not make an organisation or a
            # place a person; a meeting verb does ("spoke to Sophie", NER: ORG).
            if m.label_ == "CONTACT" and any(e.label_ != "PERSON" for e in old):
                continue
            # A titled name found by memo_patterns already starts with its title.
            if any(e.label_ == "PERSON" and e.start < start and e.end >= m.end for e in old):
                continue
            _set_entity(doc, start, m.end, "PERSON")
        elif m.label_ == "ORG_AFTER":
            prep = doc[m.start]
            start = m.start + 1 + (doc[m.start + 1].lower_ == "the")
            end = m.end
            if any(t.ent_type_ in ("DATE", "TIME") for t in doc[start:end]):
                continue
            # "Holloway Tyres", "Camden Giving": a known place followed by more of a name is
            # a business named after it; the place alone ("from Tottenham") stays a place.
            if _locked(doc, start, end, inside_ok=True) or (
                _locked(doc, end - 1, end) and not _place_after_connector(doc, start, end)
            ):
                continue
            if any(e.label_ == "ORG" and e.end > end for e in _overlapping(doc, start, end)):
                continue  # "at the Bounds Green surgery" is longer than its capitals
            if doc[start].lower_ in TITLES and any(
                e.label_ == "PERSON" and e.start == start for e in _overlapping(doc, start, end)
            ):
                continue  # "a review with Doctor Okwuosa": someone with a title
            # "Chiamaka Eze from Fusion Lifestyle": someone is from an organisation (but "from
            # Finsbury Park", "from the Vietnamese community" are a place and a people).
            person_from = (
                prep.lower_ in ("from", "at")
                and m.start > 0
                and doc[m.start - 1].ent_type_ == "PERSON"
                and not any(
                    e.label_ in ("GPE", "LOC", "NORP") and e.start <= start and e.end >= end
                    for e in _overlapping(doc, start, end)
                )
                and not (
                    doc[end - 1].lower_ in PLACE_SUFFIXES
                    and doc[end - 1].lower_ not in org_suffixes()
                )
            )
            if person_from:
                _set_entity(doc, start, end, "ORG")
                continue
            if (
                prep.lower_ == "of"
                and doc[m.start - 1].lower_ == "head"
                and start == m.start + 1
                and doc[end - 1].lower_ not in org_suffixes()
            ):
                # "head of Information Security at ...": a department, part of the role.
                _clear_entities(doc, start, end)
            elif _work_context(doc, prep) is not None:
                _set_entity(doc, start, end, "ORG")
        elif m.label_ == "ORG_LOWER":
            start = m.start + 1 + (doc[m.start + 1].lower_ == "the")
            end = m.end
            words = [t.lower_ for t in doc[start:end]]
            last = words[-1].removesuffix("s")  # "at weekends"
            # "the head at edith neville": a guess of the NER at lower-case words gives way
            guessed = all(
                e.label_ == "PERSON" and not e.ent_id_ and e.text.islower()
                for e in _overlapping(doc, start, end)
            )
            if not guessed or {words[-1], last} & (NOT_ORG_HEADS | EVENT_NOUNS):
                continue  # "at the moment", "at the coffee morning"
            if len(words) == 1 and words[0] in GENERIC_WORKPLACES:
                continue  # "at the company"
            if _role_before(doc, m.start) is not None:
                _set_entity(doc, start, end, "ORG")
        elif m.label_ == "PLACE_NAME":
            if _locked(doc, m.start, m.end, inside_ok=True):
                continue
            old = _overlapping(doc, m.start, m.end)
            if any(e.label_ == "ORG" and (e.start < m.start or e.end > m.end) for e in old):
                continue  # "Green Street Bakery"
            located = m.start > 0 and doc[m.start - 1].lower_ in LOCATIVES
            possessed = any(t.text in ("'s", "’s") for t in doc[m.start : m.end])
            only_places = m[-1].lower_ in PLACE_ONLY  # "Govanhill Baths" is no one's name
            if any(e.label_ == "PERSON" for e in old) and not (located or possessed or only_places):
                continue  # "Rachel Green", "Helen Marsh" (but "Jackson's Lane Arts Centre")
            _set_entity(doc, m.start, m.end, "LOC")
        elif m.label_ == "PLACE_AFTER":
            start, end = m.start + 1, m.end
            if _locked(doc, start, end) or m.start == 0:
                continue
            old = _overlapping(doc, start, end)
            if any(t.ent_type_ in ("DATE", "TIME") for t in doc[start:end]):
                continue
            # "in Exeter" is a place even when the NER says ORG, unless it is a named
            # organisation ("in the Post Office") or someone works in it.
            org_like = any(t.lower_ in org_suffixes() for t in doc[start:end])
            works = doc[m.start - 1].lower_ in WORK_VERBS
            if all(e.label_ != "ORG" for e in old) or not (org_like or works):
                _set_entity(doc, start, end, "GPE")


@dataclass(frozen=True)
class _WorkContext:
    role: str | None
    role_start: int | None = None  # token index where the role's words start


def _role_before(doc: Any, prep_i: int) -> tuple[str, int] | None:
    """The job title ending just before a preposition: "the head of marketing" at ..."""
    words: list[Any] = []
    i = prep_i - 1
    sent_start = doc[prep_i].sent.start
    while i >= sent_start and len(words) < 6:
        t = doc[i]
        if t.pos_ in ("DET", "PRON") and i > sent_start and doc[i - 1].lower_ == "of":
            words.insert(0, t)  # "the chair of our trustees"
            i -= 1
            continue
        hyphen = t.text == "-" and not t.whitespace_ and i > sent_start
        if hyphen and not doc[i - 1].whitespace_:  # "co-ordinator", split in three
            words.insert(0, t)
            i -= 1
            continue
        if t.is_punct or t.pos_ in ("DET", "PRON", "AUX", "SCONJ"):
            break
        if t.pos_ == "VERB" and t.dep_ not in ("compound", "amod"):  # "engineering lead"
            break
        if t.ent_type_ in ("PERSON", "GPE", "DATE", "TIME"):
            break
        if not t.is_alpha and t.text not in ("-",):
            break
        words.insert(0, t)
        i -= 1
    while words and (words[0].lower_ in ROLE_DROP or words[0].lower_ in ("of", "and", "-")):
        words.pop(0)
    said = doc[words[0].i : words[-1].i + 1].text.lower().split() if words else []
    if not any(w in ROLE_HEADS for w in said):
        return None
    # Whisper base hears "head of" as "head on".
    role = re.sub(r"\bhead on\b", "head of", " ".join(said))
    return role, words[0].i


def _work_context(doc: Any, prep: Any) -> _WorkContext | None:
    """Why the name after `prep` is an organisation, if the words before it say so."""
    role = _role_before(doc, prep.i)
    if role:
        return _WorkContext(*role)
    if prep.lower_ in ("for", "at", "with"):
        # "works for", "is at", "coaches the under tens at": the nearest verb of the clause.
        i = prep.i - 1
        while i >= prep.sent.start and not doc[i].is_punct:
            t = doc[i]
            if t.lower_ in ("'s", "’s", "is", "was") and i > 0 and doc[i - 1].lower_ in THERE:
                return None  # "there's a tournament at Saffron Lane": nobody works there
            if t.lower_ in ("'s", "’s", "is", "was") and i > 0 and doc[i - 1].lower_ in EVENT_NOUNS:
                return None  # "the hearing's at Linford House": where it happens
            if t.lower_ in WORK_VERBS and (t.lower_ not in ("is", "was") or i == prep.i - 1):
                return _WorkContext(WORK_VERBS[t.lower_])
            if t.pos_ in ("VERB", "AUX") and t.lower_ not in WORK_VERBS:
                return None
            i -= 1
    return None


def _role_after(doc: Any, org_end: int) -> str | None:
    """ "... works for the NHS as a consultant": the role given after the organisation."""
    sent_end = doc[org_end - 1].sent.end
    for i in range(org_end, min(sent_end, org_end + 4)):
        if doc[i].lower_ == "as":
            words = []
            for t in doc[i + 1 : sent_end]:
                if t.pos_ == "DET":
                    continue
                if t.is_punct or t.pos_ not in ("NOUN", "ADJ", "PROPN"):
                    break
                words.append(t.lower_)
            if any(w in ROLE_HEADS for w in words):
                return " ".join(words)
    return None


def _org_name(text: str) -> str:
    """How an organisation heard in lower case is shown: "age uk camden" -> "Age UK Camden"."""
    words = clean_name(text).split()
    out = []
    for i, w in enumerate(words):
        if w.lower() in ACRONYMS:
            out.append(w.upper())
        elif w[:1].isupper() or (i and w in ("of", "in", "and", "for", "the", "upon")):
            out.append(w)
        else:
            out.append(w[:1].upper() + w[1:])
    return " ".join(out)


def _nickname_pairs(doc: Any) -> dict[str, str]:
    """Names said to be one person's: "his card says Robert but he goes by Rob"."""
    pairs: dict[str, str] = {}
    for m in NICKNAME_SAID.finditer(doc.text):
        a, b = (w.lower() for w in nickname_said(m))
        pairs[a], pairs[b] = b, a
    return pairs


# Kinds of organisation too common to stand for one by themselves: "the council", "the club".
GENERIC_ORG_WORDS = (
    GENERIC_WORKPLACES
    | APPOSITIVE_ORG_HEADS
    | LOWER_ORG_HEADS
    | NOT_ORG_HEADS
    | EVENT_NOUNS
    | {"league", "fc", "rfc", "board", "committee", "panel", "hall", "house", "ward", "office"}
)


# Words before an organisation's kind that are kinds or descriptions themselves: "the
# community trust", "the park rangers", "the junior league" name no one organisation.
GENERIC_FIRST_WORDS = (
    GENERIC_ORG_WORDS
    | DESCRIPTIVE
    | PLACE_SUFFIXES
    | {
        "community", "youth", "primary", "secondary", "health", "city", "county", "borough",
        "district", "national", "local", "parish", "housing", "sports", "football", "rugby",
        "cricket", "food", "arts", "family", "children's", "women's", "men's", "residents",
        "tenants", "junior", "village", "care", "medical", "dental", "united", "royal",
        "general", "mental", "social", "public", "private", "church", "school", "infant",
    }
)  # fmt: skip


def known_org_forms(doc: Any, entities: list[_Entity], known: list[str]) -> None:
    """ "the fridge", "the repair shed" once "Eastgate Community Fridge" or "Millbrook Repair
    Shed" is known (named earlier in this memo or in an earlier one): "the" and the last one or
    two words of exactly one known organisation's name, said in lower case, are that
    organisation, and so is a name of the memo that is the end of exactly one longer known
    name ("Repair shed tonight" opening a memo). Ordinary kinds ("the council", "the club",
    "the project") and plurals ("one of the rangers") stand for none."""
    _parks_not_clubs(doc, entities)
    names = list(dict.fromkeys([*(e.name for e in entities if e.kind == "org"), *known]))
    words_of = {name: tuple(w.lower() for w in name.split()) for name in names}
    shorter = {
        a
        for a, wa in words_of.items()
        for b, wb in words_of.items()
        if len(wa) < len(wb) and wb[-len(wa) :] == wa
    }
    tails: dict[tuple[str, ...], set[str]] = {}
    places = lexicon.place_words() | _authority_words() | PLACE_SUFFIXES
    for name, words in words_of.items():
        # "the carers centre" of "Carers Centre Brackwell": the kind before the area's name
        kind = org_suffixes() | {"centre", "center"}
        if len(words) > 2 and words[1] in kind and words[0].isalpha() and name not in shorter:
            tails.setdefault(words[:2], set()).add(name)
        last = words[-1]
        if name in shorter or not last.isalpha() or last.endswith("s") or last in places:
            continue  # "Age UK Brackwell Forest" is not "the forest"
        # the last word alone when it says what the organisation is ("... Community Fridge"),
        # not when it ends a phrase ("Open Door", "Tack and Tackle": "the door" is a door)
        said_what = last in org_suffixes() or (
            len(words) >= 3 and not {"and", "&", "of", "for", "in", "on", "a"} & set(words)
        )
        if last not in GENERIC_ORG_WORDS and len(words) > 1 and said_what:
            tails.setdefault(words[-1:], set()).add(name)
        # "the Kestrel Trust" of "Upton Kestrel Trust": a kind after a word of its own
        if len(words) > 2 and words[-2].isalpha() and words[-2] not in GENERIC_FIRST_WORDS:
            tails.setdefault(words[-2:], set()).add(name)
    for e in entities:
        longer = tails.get(words_of.get(e.name, ()), set())
        if e.kind == "org" and len(longer) == 1:
            e.name = next(iter(longer))
    _known_org_by_its_start(doc, entities, names)
    _known_org_by_its_initials(doc, entities, names)
    _known_org_by_its_kind(doc, entities, names)
    _known_org_by_its_first_word_lower(doc, entities, names)
    covered = {i for e in entities for i in range(e.start, e.end)}
    for t in doc:
        if t.lower_ != "the" or t.i + 1 >= len(doc):
            continue
        for n in (2, 1):
            span = doc[t.i + 1 : t.i + 1 + n]
            key = tuple(w.lower_ for w in span)
            if (
                len(span) == n
                and all(w.is_lower and w.is_alpha and w.i not in covered for w in span)
                and len(tails.get(key, ())) == 1
                # "the locum pharmacist": a word before a job says what kind of job
                and not (span.end < len(doc) and _role_word(doc[span.end].lower_))
            ):
                name = next(iter(tails[key]))
                entities.append(
                    _Entity("org", span.start, span.end, span.start_char, span.text, name)
                )
                covered.update(range(span.start, span.end))
                break
    entities.sort(key=lambda e: e.start)


# Organisations people call by the road or the area they stand on: "Rhodes Avenue" for the
# primary school, "Elm Lodge" for the surgery (not a club called after a park).
INSTITUTIONS = {
    "school", "primary", "academy", "college", "surgery", "practice", "hospital", "church",
    "chapel", "mosque", "nursery", "infants", "juniors", "high", "centre", "clinic",
}  # fmt: skip


def place_of_a_club(doc: Any, start: int, said: str, org: str) -> bool:
    """ "walked the dog in Ashby Park" after "Ashby Park Rangers": a place said as one ("in",
    "at", "round") or named as one ("Park", "Marshes") is the park, not the club named after
    it; only a school or a surgery is called by its road's or area's name."""
    rest = {w.lower() for w in org.split()[len(said.split()) :]}
    located = start > 0 and doc[start - 1].lower_ in LOCATIVES | {"round", "by"}
    park = said.split()[-1].lower() in PLACE_SUFFIXES  # "Ashby Park was flooded"
    return (located or park) and not rest & INSTITUTIONS


def _parks_not_clubs(doc: Any, entities: list[_Entity]) -> None:
    """A place the NER found that the name resolver took for the known club named after it
    ("in Ashby Park" for "Ashby Park Rangers") is the place again."""
    for e in entities:
        said = clean_name(e.surface)
        if (
            e.kind == "org"
            and e.name.lower().startswith(said.lower() + " ")
            and any(
                x.label_ in ("GPE", "LOC", "FAC") and x.start == e.start and x.end == e.end
                for x in doc.ents
            )
            and place_of_a_club(doc, e.start, said, e.name)
        ):
            e.kind, e.name = "place", said


# Kinds of organisation said alone ("rang the school") and the last words of the names that
# are of that kind; any other kind is the last word itself ("the gurdwara", "the council").
KIND_ENDS = {
    "school": {"school", "primary", "academy"},
    "surgery": {"surgery", "practice", "medical centre", "health centre"},
    "practice": {"surgery", "practice", "medical centre", "health centre"},
}


def _known_org_by_its_kind(doc: Any, entities: list[_Entity], names: list[str]) -> None:
    """ "Back at the Lunch Club", "the Club's AGM": an organisation found under nothing but
    its kind (one or two words: "Club", "Lunch Club", "School") is the one organisation of that
    kind this memo or an earlier one named, not a second organisation; never when two fit
    ("the school" with a primary and a high school known). A kind that no layer took for an
    organisation ("rang the school") is left as it is said."""
    for e in entities:
        words = e.name.lower().split()
        if e.kind != "org" or not 1 <= len(words) <= 2:
            continue
        kind = words[-1]
        if kind not in org_suffixes() or (
            len(words) == 2 and words[0] not in GENERIC_FIRST_WORDS | EVENT_NOUNS | ACTION_VERBS
        ):
            continue  # "Hadley School" is a name, not a kind
        ends = {" ".join(words)} if len(words) == 2 else KIND_ENDS.get(kind, {kind})
        fits = {
            n
            for n in names
            if len(n.split()) > len(words) and any(n.lower().endswith(" " + end) for end in ends)
        }
        if len(fits) == 1:
            e.name = fits.pop()
    covered = {i for e in entities for i in range(e.start, e.end)}
    for t in doc:
        if t.lower_ != "the" or t.i + 3 > len(doc):
            continue
        span = doc[t.i + 1 : t.i + 3]  # "the lunch club", "the cricket club"
        if (
            not all(w.is_lower and w.is_alpha and w.i not in covered for w in span)
            or span[-1].lower_ not in org_suffixes()
            or (span.end < len(doc) and doc[span.end].pos_ == "NOUN")  # "the youth club hall"
        ):
            continue
        said = " " + span.text.lower()
        fits = {n for n in names if len(n.split()) > 2 and n.lower().endswith(said)}
        if len(fits) == 1:
            entities.append(
                _Entity("org", span.start, span.end, span.start_char, span.text, fits.pop())
            )
            covered.update(range(span.start, span.end))
    entities.sort(key=lambda e: e.start)


def _known_org_by_its_first_word_lower(doc: Any, entities: list[_Entity], names: list[str]) -> None:
    """ "back from the villiers open evening" after "Villiers High School": Whisper writes a
    known organisation's own first word in lower case; a word no dictionary has, no one's
    first name and no place, that begins exactly one known organisation's longer name is that
    organisation (the capitalised form is `resolve`'s)."""
    english = _english_words()
    never = NOT_NAME | TITLES | lexicon.first_names() | lexicon.place_words()
    firsts: dict[str, set[str]] = {}
    for name in names:
        words = name.lower().split()
        if len(words) > 1 and words[0].isalpha():
            firsts.setdefault(words[0], set()).add(name)
    covered = {i for e in entities for i in range(e.start, e.end)}
    for t in doc:
        low = t.lower_
        if (
            not t.is_lower
            or t.i in covered
            or low in never
            or {low, low.removesuffix("s")} & english
            or _role_word(low)  # "the carers support worker" after "Carers Centre X"
            or len(firsts.get(low, ())) != 1
            or (t.i > 0 and doc[t.i - 1].lower_ in TITLES)
        ):
            continue
        entities.append(_Entity("org", t.i, t.i + 1, t.idx, t.text, next(iter(firsts[low]))))
    entities.sort(key=lambda e: e.start)


def _known_org_by_its_initials(doc: Any, entities: list[_Entity], names: list[str]) -> None:
    """ "he'd write to HARCA as well", "emre from harca came" after "Ashby HARCA": the
    capitals that end exactly one known organisation's name (its own initials, no word and no
    shared kind such as "CVS" or "FC") said alone, in any case, are that organisation, though
    the NER took them for someone."""
    english = _english_words()
    owners: dict[str, set[str]] = {}
    for name in names:
        last = name.split()[-1]
        if (
            len(name.split()) > 1
            and last.isupper()
            and last.isalpha()
            and len(last) >= 3
            and last.lower() not in ACRONYMS | english
        ):
            owners.setdefault(last.lower(), set()).add(name)
    if not owners:
        return
    for t in doc:
        found = owners.get(t.lower_, set())
        if len(found) != 1 or not (t.is_upper or t.is_lower):
            continue
        inside = [e for e in entities if e.start <= t.i < e.end]
        if any(e.end - e.start > 1 for e in inside):
            continue
        if any(e.kind == "org" and e.name.lower() != t.lower_ for e in inside):
            continue  # already an organisation of its own name
        entities[:] = [e for e in entities if e not in inside]
        entities.append(_Entity("org", t.i, t.i + 1, t.idx, t.text, next(iter(found))))
    entities.sort(key=lambda e: e.start)


def _said_from(doc: Any, e: _Entity) -> int:
    """Where an entity's name starts, past a verb swept into it ("rang Pat's")."""
    k = e.start
    while k < e.end - 1 and doc[k].is_lower and doc[k].lower_ in ACTION_VERBS:
        k += 1
    return k


def _known_org_by_its_start(doc: Any, entities: list[_Entity], names: list[str]) -> None:
    """ "Struan from Harrow Vale rang" after "Harrow Vale Housing", "dropped the kids at Edith
    Neville" after "Edith Neville Primary": two or more capitalised words that begin exactly
    one known organisation's longer name are that organisation, though a listed place
    ("Harrow") or a person's name (after "at", "to", "from") was read in them."""
    starts: dict[tuple[str, ...], set[str]] = {}
    for name in names:
        words = tuple(w.lower().replace("’", "'") for w in name.split())
        for n in range(2, len(words)):
            starts.setdefault(words[:n], set()).add(name)
    if not starts:
        return
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and (
            (doc[j].is_title and doc[j].is_alpha)
            or (j > i and doc[j].text in ("'s", "’s") and doc[j - 1].is_title)
        ):
            j += 1
        if j - i > 2 and doc[i].lower_ in ACTION_VERBS | NOT_NAME:
            i += 1  # "Rang Harrow Vale"
        key = tuple(doc[i:j].text.lower().replace("’", "'").split())
        found = starts.get(key, set())
        inside = [e for e in entities if e.start < j and i < e.end]
        # "rang Pat's Pepperpot" after "Pat's Pepperpot Kitchen": the name it is called after
        possessive = i + 1 < j and doc[i + 1].text in ("'s", "’s")
        people = not possessive and any(e.kind == "person" for e in inside)
        placed = i > 0 and doc[i - 1].lower_ in ("at", "to", "from", "into", "outside", "near")
        if (
            j - i >= 2
            and len(found) == 1
            and all(i <= _said_from(doc, e) and e.end <= j for e in inside)
            and not any(e.kind == "org" for e in inside)
            and (not people or placed)
            and not (
                any(e.kind == "place" for e in inside)
                and (
                    place_of_a_club(doc, i, doc[i:j].text, next(iter(found)))
                    or doc[i:j].text.lower() in _listed_places()
                )
            )
        ):
            entities[:] = [e for e in entities if e not in inside]
            span = doc[i:j]
            entities.append(_Entity("org", i, j, span.start_char, span.text, next(iter(found))))
        i = max(j, i + 1)
    entities.sort(key=lambda e: e.start)
