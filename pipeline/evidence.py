"""On a transcript, a capital letter is Whisper's guess: a name needs more than that.

A typed memo's capitals are the writer's word that something is a name. Whisper's are not:
it capitalises a word it half-heard ("Gravel can't make Tuesday"), runs a place together
into one unknown word ("home from Brackenhurst tomorrow"), hears a brand or an app ("we put
the spares on Zibbo"), a lower-case activity ("a volunteer Binbash"), a scrap of a longer
word ("Labroom notes", "at OPN from tomorrow") and technical initials ("the PXT testing"),
and the NER takes each for a person or an organisation. So on a heard transcript a name the
NER found, and that neither the vocabulary, the gazetteers nor the shipped organisation list
vouch for, is kept only with evidence a reader would accept:

- a person: a title, a first name of the lexicon, a name already known or said in full in
  the memo, or words around it that only a person takes (met, rang, told, "a guy called",
  ", the plumber", "X said", "X and Jo", "X's mum", "get X to"); a one-word name that is
  also an ordinary English word needs one of the strongest of those (a cue before it, a role
  after it, speech, family, a room or an inhaler of theirs), since "Gravel can't make
  Tuesday" reads like a person too. The name of a thing ("a website called X", "it's
  called X") is no person, and "the Xs" gives a first name near it a surname only with a
  household's words after it ("next door", "their") or the surname said of someone else. A
  longer name with no first name in it that is all ordinary words, holds a place, or follows
  "by"/"at" with an ordinary word in it ("up by Pennock Puddle") is a misheard place or
  phrase.
- an organisation of one word that the NER guessed (one a rule set came with its evidence):
  a listed acronym, or a preposition before it that organisations take ("from", "for", "by",
  "at"; "with" and "to" only before an ordinary word, a brand: "booked it with Enterprise"),
  or a job held there ("the housing officer at Clarity").
  Unlisted initials before a noun ("the PXT testing", "a C1 licence") are a kind of thing,
  and a lower-case word is no name at all.

The NER's own labels are no evidence either: two unknown names it joined into one firm
("Zelinda and Corvin ran it") are two people when they act or one is a first name, and an
unknown word it took for a place is a person when it does what only a person does ("Tomasina
presented the survey", "send Tomasina the notes"). A country's initials ("the UK") are no
organisation, and one unknown word it took for a place after "a" is a thing ("organising a
Binbash"): somewhere is said "in" or "at", not "a".

A listed place misheard inside an organisation's name, or alone after "at" or "in", is
respelt as that place ("the Peckum Rovers"). Whatever the transcript, a name swallowed with
the time after it ("Emailed Brightwell Lettings First Thing") loses the time words, and a
name the database knows as a person is that person when the NER called it an organisation.
Names misheard into other plausible names ("Mave Tolliva" for Maeve Tolliver) are left:
that is hearing, and the user can rename them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from functools import cache
from typing import Any

from . import lexicon
from .entities import (
    ACRONYMS,
    CARRY_VERBS,
    CONTACT_CUES,
    CONTEXT_ID,
    KIND_LABELS,
    MEETING_CUES,
    PLACE_GUESSES,
    _Entity,
    _listed_places,
    _role_word,
    clean_name,
)
from .heard import ORG_PREPS, TRUSTED_IDS, Dictionary, is_name_word, sound_key
from .lexicon import TITLES
from .rules.org_words import two_word_kind
from .rules.people import _from_somewhere_and_rang
from .rules.person_words import KIN, TELLING
from .rules.words import _partners_surnames

# The `model` of a transcript nobody heard: a typed note (`notes.NOTE_MODEL`) and the
# reference text the evaluation feeds as typed.
TYPED_MODELS = frozenset({"typed", "reference"})

# Time words Whisper capitalises onto the end of a name: "Emailed Brightwell First Thing".
TIME_TAIL = re.compile(
    r"(?:\s+(?:First Thing|Tomorrow|Tonight|Today|This Morning|This Afternoon|This Evening"
    r"|Later|Asap|Again))+$",
    re.I,
)

# One-word cues right before a person: "rang Odalys", "let Odalys know".
BEFORE = frozenset(w for cue in MEETING_CUES + CONTACT_CUES for w in [cue.split()[-1]]) | {
    "let", "thank", "thanks", "dear", "mrs", "mr", "ms", "miss", "dr",
}  # fmt: skip
# Before "to" or "with" and a person: "spoke to X", "coffee with X".
TALKED = frozenset({
    "talked", "talk", "talking", "spoke", "speak", "speaking", "chatted", "chat", "chatting",
    "coffee", "lunch", "dinner", "drinks", "up", "introduced", "said", "explained", "sorry",
})  # fmt: skip
# Verbs after a name that a person says: "Odalys asked", "Benno said".
SPEECH = frozenset({
    "said", "says", "asked", "asks", "told", "tells", "reckons", "reckoned", "thinks",
    "thought", "wants", "wanted", "mentioned", "emailed", "texted", "messaged", "replied",
    "agreed", "promised", "offered", "suggested", "explained",
})  # fmt: skip
# Verbs after a name that a person (or a thing) does: weaker evidence than speech.
SAYS = SPEECH | {
    "rang", "called", "needs", "needed", "is", "was", "has", "had", "will", "would", "can",
    "could", "'ll", "'d", "does", "did", "came", "comes", "went", "goes", "got", "gets",
}  # fmt: skip
# After "X, ...": words that describe who someone is.
APPOSITIVE = frozenset({"the", "a", "an", "our", "their", "his", "her", "my", "who"})
# Before a place: "up by Pennock Puddle", "the match at Hornzey".
LOCATIVES = frozenset({"by", "at", "in", "near", "to", "from", "past", "around", "outside"})
# Nouns a name is given to that are things, not people: "a website called X", "the brand
# they use is called X", "it's called X".
THING_NOUNS = frozenset({
    "website", "site", "app", "brand", "business", "company", "firm", "shop", "scheme",
    "system", "service", "programme", "program", "course", "book", "page", "product",
    "platform", "thing", "software", "game", "show", "it", "that", "this",
})  # fmt: skip
# Countries said by their initials: never an organisation alone.
COUNTRIES = frozenset({"uk", "us", "usa", "eu", "gb", "uae"})
# Before a one-word organisation: "from Kwikfix", "works at Kwikfix".
ORG_CUES = ORG_PREPS - {"in", "into"}

# Getting in touch with a body: "rang Salt and Stone", "emailed Pickle and Pride".
RANG_A_NAME = {"rang", "ring", "phoned", "phone", "emailed", "email", "called", "call"}


def heard(transcript: Any) -> bool:
    """Whether a transcript came from speech recognition, not from someone typing."""
    return getattr(transcript, "model", "") not in TYPED_MODELS


def weigh(
    doc: Any,
    entities: list[Any],
    terms: tuple[Any, ...],
    words: Dictionary,
    guessed: set[tuple[int, int, str]] | None,
) -> list[Any]:
    """The entities worth keeping (changed in place where a name is trimmed or re-kinded).

    `entities` are the resolved entities after `heard.tidy`, `terms` the vocabulary, `words`
    the ordinary English words. `guessed`: on a transcript, the spans (start, end, label) the
    statistical NER found before any rule layer. Every person is weighed (the person rules
    trust a capital letter after a first name or a verb), but only the organisations the NER
    guessed: one a rule set ("a company called Brighter", "Brains, the brewery") came with
    its evidence. None for typed text."""
    known_kind: dict[str, set[str]] = {}
    for t in terms:
        if t.kind:
            known_kind.setdefault(t.text.strip().lower(), set()).add(t.kind)
    for e in entities if guessed is not None else ():
        if e.kind == "person" and (alone := _family_surname_heard(doc, e, known_kind)):
            e.name = alone  # "Rang, the Ospreners, the kids call her ...": no family
    people = [e for e in entities if e.kind == "person"]
    said = {w.lower() for e in people if " " in e.name for w in e.name.split()}
    said |= {w.lower() for n, kinds in known_kind.items() if "person" in kinds for w in n.split()}
    weighed = {
        id(e)
        for e in entities
        if guessed is not None
        and (
            e.kind == "person"
            or (e.start, e.end, KIND_LABELS.get(e.kind, "")) in guessed
            or (e.kind == "place" and any((e.start, e.end, g) in guessed for g in PLACE_GUESSES))
        )
        and not _town_said_as_someone(doc, e, guessed)
    }
    if guessed is not None:
        entities = _pairs_of_people(doc, entities, words, said, known_kind)  # not weighed
        entities = _places_heard_unmarked(doc, entities, words)
    for e in entities:
        if e.kind in ("person", "org") and (tail := TIME_TAIL.search(e.name)) and tail.start():
            e.end = max(e.start + 1, e.end - len(tail.group().split()))
            e.name = e.name[: tail.start()]
        if (
            guessed is not None
            and e.kind in ("person", "org")
            and (tail := _verb_tail(doc, e)) is not None
        ):
            e.end, e.name = tail, clean_name(doc[e.start : tail].text)  # "Rangers Reckons we"
        if e.kind == "org" and known_kind.get(e.name.lower()) == {"person"}:
            e.kind = "person"  # "the keys to Tansy Abara", known from an earlier memo
        if e.kind == "org" and (owner := _owner(doc, e)) is not None:
            e.end, e.name = owner, clean_name(doc[e.start : owner].text)  # "the Forge's insurance"
        if (
            guessed is not None
            and e.kind == "org"
            and " " in e.name
            and not _vouched(doc, e, known_kind)
        ):
            # "the Peckum Rovers": a listed place misheard inside the name
            parts = e.name.split()
            e.name = " ".join([*(_place_heard_as(w, words) or w for w in parts[:-1]), parts[-1]])
        if (
            guessed is not None
            and e.kind in ("org", "person", "place")
            and e.start > 0
            and doc[e.start - 1].lower_ in LOCATIVES
            and not _vouched(doc, e, known_kind)
            and (place := _place_heard_as(e.name, words)) is not None
        ):
            e.kind, e.name = "place", place  # "the match at Hornzey": Hornsey
        elif (
            guessed is not None
            and e.kind == "place"
            and not _vouched(doc, e, known_kind)
            and _someone_not_somewhere(doc, e, words)
        ):
            e.kind = "person"  # "Tomasina presented the survey"
            weighed.discard(id(e))
        if guessed is not None and e.kind == "org" and e.name.lower() in COUNTRIES:
            e.kind = "place"  # "the UK heart foundation": a country, not a body
    if guessed is not None:
        entities = [e for e in entities if not _kind_alone(e, words, known_kind)]
    if not weighed:
        return entities
    # A name is shown once for the memo: "everyone calls her Bibi" vouches for every Bibi.
    shown: set[tuple[str, str]] = set()
    for e in entities:
        if _vouched(doc, e, known_kind) or id(e) not in weighed:
            shown.add((e.kind, e.name.lower()))
            continue
        if (
            (e.kind == "place" and not (_a_thing(doc, e) or _a_channel(doc, e)))
            or (e.kind == "person" and _person_shown(doc, e, words, said, entities))
            or (e.kind == "org" and _org_shown(doc, e, words))
        ):
            shown.add((e.kind, e.name.lower()))
        elif (
            e.kind == "org"
            and e.end - e.start == 1
            and not _initials(doc[e.start].text)
            and not _ordinary(e.name, words.words)
            and (e.start == 0 or doc[e.start - 1].lower_ != "the")  # "the Sangha is doing"
            and _person_shown(doc, e, words, said, entities)
        ):
            e.kind = "person"  # "Perpetua's doing the Monday shift"
            shown.add((e.kind, e.name.lower()))
    return [e for e in entities if (e.kind, e.name.lower()) in shown]


def _verb_tail(doc: Any, e: Any) -> int | None:
    """Where a name ends when Whisper capitalised the verb said right after it and a rule ran
    the name on over it ("at Lloyd Park Rangers Reckons we need a pitch", "Ottoline Brisk Says
    she can"): the name stops before its last word when that word, in lower case, is a verb
    of speech or thought and no capitalised word runs on after it; None otherwise."""
    if e.end - e.start < 2:
        return None
    last = doc[e.end - 1]
    if not last.is_title or last.lower_ not in SPEECH | THINKING:
        return None
    nxt = doc[e.end] if e.end < len(doc) else None
    if nxt is not None and nxt.is_title and not nxt.is_sent_start:
        return None  # "Says Who Theatre Company": the word is inside a longer name
    return e.end - 1


# Verbs of thinking a name is said before: "Lloyd Park Rangers Reckons we need".
THINKING = frozenset({"reckon", "reckons", "think", "thinks", "reckoned", "feels", "says", "say"})


def _kind_alone(e: Any, words: Dictionary, known: Mapping[str, Any]) -> bool:
    """ "at the Library", "the Watsa Group is called Book Club": an organisation whose whole
    name is one ordinary word for a kind of body or building (a club, a library, a surgery),
    which Whisper capitalised, names none; "the club" says which only to the speaker. Not a
    team's word said alone ("United", "the Rovers"), nor a name the vocabulary holds."""
    low = e.name.lower()
    return (
        e.kind == "org"
        and " " not in low
        and (low in lexicon.org_suffixes() or low in PLACE_ENDS)
        and not low.endswith("s")
        and low in words.words
        and low not in TEAM_WORDS
        and low not in SHOPS_BY_THEIR_KIND
        and low not in known
    )


# Kinds of body that are also one national chain's own name: "the raffle prizes from the
# co-op" is the Co-op's shop, not some co-operative.
SHOPS_BY_THEIR_KIND = frozenset({"co-op"})


# Words that end a team's name and name the team alone: "United are at home".
TEAM_WORDS = frozenset({"united", "athletic", "albion", "thistle", "capital", "direct", "high"})


def _family_surname_heard(doc: Any, e: Any, known: Mapping[str, Any]) -> str | None:
    """The first name alone, when a first name took a surname from "the Xs" said near it (the
    family rule for "the Patels ... their boy Arjun") on a transcript: there "the Xs" is most
    often a misheard phrase ("the asthma nurse" heard as "the Ospreners", "the Carwoods support
    worker"), so the family needs a word that only a household takes ("the Okafors next
    door had their baby": a verb after it, "their", "next door"), or the memo or the
    vocabulary to say the surname of someone else too."""
    names = e.name.split()
    said = {t.lower_ for t in doc[e.start : e.end]}
    if len(names) != 2 or names[1].lower() in said or e.name.lower() in known:
        return None
    family = names[1].lower()
    at = [t.i for t in doc[1:] if t.lower_ == f"{family}s" and doc[t.i - 1].lower_ == "the"]
    if not at:
        return None
    if any(i + 1 < len(doc) and _household(doc, i + 1) for i in at):
        return None
    elsewhere = any(t.lower_ == family for t in doc) or any(family in n.split() for n in known)
    return None if elsewhere else names[0]


# Words after "the Xs" that only a household takes: "the Okafors next door", "their baby".
HOUSEHOLD = frozenset({"next", "their", "they", "they're", "family", "house", "round"})


def _household(doc: Any, i: int) -> bool:
    """A family's words right after its name: a verb ("the Okafors had"), or within four
    words "their", "next door", "family"."""
    if doc[i].pos_ in ("VERB", "AUX") and doc[i].tag_ != "VBG":
        return True
    return any(t.lower_ in HOUSEHOLD for t in doc[i : i + 4])


def _vouched(doc: Any, e: Any, known: Mapping[str, Any]) -> bool:
    """A name the vocabulary (`known`), the gazetteers or the shipped organisation list vouch
    for."""
    low = e.name.lower()
    return doc[e.start].ent_id_ in TRUSTED_IDS or low in known or low in lexicon.listed_org_names()


def _person_shown(doc: Any, e: Any, words: Dictionary, said: set[str], entities: list) -> bool:
    """Whether a person on a transcript has evidence beyond its capital letter."""
    names = e.name.split()
    first = names[0].lower().strip("'’.")
    if e.title or (len(names) == 1 and first in said):
        return True  # "Mrs Quenby"; "Odile" after "Odile Brandt" or known from before
    if len(names) == 2 and first in lexicon.JOB_TITLES and not _role_word(names[1].lower()):
        return True  # "Matron Hughes", "Midwife Sorensen": a job said as a title
    start, end = _name_tokens(doc, e)
    if _thing_named(doc, start):
        return False  # "a website called Homely Swap": the name of a thing
    if len(names) > 1 and len(first.replace(".", "")) >= 3 and _initials(names[0].replace(".", "")):
        return False  # "P.T.C. Meating": initials said letter by letter, then a misheard word
    if len(names) > 1:
        if is_name_word(first):
            return not _cut_from_longer_name(doc, end)  # "at Mabel Rowe Arts Centre"
        ordinary = [_ordinary(w, words.words) for w in names]
        before = doc[start - 1].lower_ if start > 0 else ""
        odd = (
            all(ordinary)
            or any(w.lower() in lexicon.place_words() for w in names)
            or (any(ordinary) and before in LOCATIVES)  # "up by Pennock Puddle"
        )
        return not odd or _cue_before(doc, start) or _role_after(doc, end)
    if first in lexicon.first_names() or first in lexicon.nicknames():
        return True
    strong = (
        _cue_before(doc, start)
        or _role_after(doc, end)
        or _speaks(doc, end)
        or _kin_of(doc, end)
        or _beside_person(doc, start, end, entities, words)
        or _from_somewhere_and_rang(doc, doc[start])  # "Bertilde from the surgery rang"
    )
    if _ordinary(first, words.words) or (
        doc[start].lemma_.lower() in words.words and not is_name_word(first)
    ):
        # "Gravel can't make Tuesday", "the Volcano's Lava demo"; "Rice and Peas, the works"
        return strong and (not _role_after(doc, end) or _role_after(doc, end, job=True))
    return strong or _acts(doc, end) or _picked_up(doc, end) or _given_to(doc, start)


def _given_to(doc: Any, i: int) -> bool:
    """ "send Tomasina my notes", "give Tomasina the keys": the one something is sent or
    given to (the parser's dative, or the first of two objects), as only a person is."""
    t = doc[i]
    objects = [c for c in t.head.children if c.dep_ == "dobj"]
    return t.dep_ == "dative" or (t.dep_ == "dobj" and len(objects) > 1)


def _picked_up(doc: Any, end: int) -> bool:
    """ "Odalys, she's the new carer", "Benno. He rang": "she" or "he" takes the name up at
    once, as it takes up a person and not a misheard word."""
    i = end
    while i < len(doc) and doc[i].text in (",", "."):
        i += 1
    return (
        i + 1 < len(doc) and doc[i].lower_ in ("she", "he") and doc[i + 1].pos_ in ("AUX", "VERB")
    )


def _name_tokens(doc: Any, e: Any) -> tuple[int, int]:
    """Where the name itself starts and ends in a span that may carry a verb or a title
    ("Tell Fletch", "Gav rang")."""
    names = [w.lower().strip(".") for w in e.name.split()]
    span = range(e.start, e.end)
    start = next((i for i in span if doc[i].lower_.strip(".") == names[0]), e.start)
    end = next((i + 1 for i in reversed(span) if doc[i].lower_.strip(".") == names[-1]), e.end)
    return start, max(end, start + 1)


def _org_shown(doc: Any, e: Any, words: Dictionary) -> bool:
    """Whether an organisation of one word on a transcript has evidence beyond its capital
    letter (longer names are left to the organisation rules)."""
    span = doc[e.start : e.end]
    toks = [t for t in span if t.text not in ("'s", "’s")]
    if len(toks) != 1:
        plain = _common_words_joined(toks, words) or _common_words_capitalised(toks, words)
        return not plain or _dealt_with(doc, e)
    t = toks[0]
    low = t.lower_
    if low in ACRONYMS or low.rstrip("s") in ACRONYMS:
        return True
    if t.is_lower or any(c.isdigit() for c in t.text):
        return False  # "the hire form", "a C1 licence"
    before = doc[e.start - 1].lower_ if e.start > 0 else ""
    if before == "the" and e.start > 1:
        before = doc[e.start - 2].lower_  # "from the Forge"
    after = doc[e.end] if e.end < len(doc) else None
    if _initials(t.text):
        noun_after = after is not None and after.is_lower and after.pos_ in ("NOUN", "PROPN")
        return not noun_after and before in ("from", "for")  # "the PXT testing", "at OPN"
    if before in ("at", "for") and e.start > 1 and _role_word(doc[e.start - 2].lower_):
        return True  # "the housing officer at Clarity": someone's job is at it
    if _ordinary(low, words.words):
        # "from Glaze", "with Enterprise", "a talk at the Forge"; not "at Lantern and then",
        # "the Volcano's", "one of the Wardens"
        the = doc[e.start - 1].lower_ == "the"
        return before in ORG_CUES and (before != "at" or the)
    # "at Hornzey", not "Labroom notes" or "and Limbit"; "to" and "with" take people too
    return before in ORG_CUES - {"to", "with"}


def _common_words_joined(toks: list[Any], words: Dictionary) -> bool:
    """ "Pick up Bread and Milk": ordinary words joined by "and", none a first name nor a
    word that ends a body's name ("Trust"), are Whisper's capitals on a list of things."""
    joins = [t for t in toks if t.lower_ in ("and", "&")]
    rest = [t for t in toks if t.lower_ not in ("and", "&")]
    return (
        len(joins) == 1
        and len(rest) >= 2
        and all(_ordinary(t.text, words.words) for t in rest)
        and toks[-1].lower_ not in lexicon.org_suffixes()
    )


def _common_words_capitalised(toks: list[Any], words: Dictionary) -> bool:
    """ "the gay old Red Jewels game": two or three ordinary words, none a first name, a
    place's word nor a word that ends a body's name, with a lower-case noun after them, are
    Whisper's capitals on a phrase (a body's name is said as a name, not as a noun's
    modifier)."""
    doc = toks[0].doc
    end = toks[-1].i + 1
    after = doc[end] if end < len(doc) else None
    return (
        2 <= len(toks) <= 3
        and all(t.is_alpha and _ordinary(t.text, words.words) for t in toks)
        and toks[-1].lower_ not in lexicon.org_suffixes()
        and not any(t.lower_ in lexicon.place_words() for t in toks)
        and after is not None
        and after.is_lower
        and after.pos_ == "NOUN"
    )


def _dealt_with(doc: Any, e: Any) -> bool:
    """ "ask Pickle and Pride if they want in", "a quote from Salt and Stone": a name said
    after a word one says of a body (asked, rang, from, at), or taken up by "they"."""
    before = doc[e.start - 1].lower_ if e.start > 0 else ""
    after = {t.lower_ for t in doc[e.end : e.end + 3]}
    return before in ORG_CUES | TELLING | RANG_A_NAME or bool(after & {"they", "who", "said"})


def _a_thing(doc: Any, e: Any) -> bool:
    """ "organising a Binbash on the green": one unknown word the NER guessed is a place,
    said after "a" or "an". Somewhere is said "in", "at" or "to" it; a thing, an event or
    an activity Whisper ran together and capitalised is "a" something."""
    return _one_unplaced_word_after(doc, e, ("a", "an"))


def _one_unplaced_word_after(doc: Any, e: Any, before: tuple[str, ...]) -> bool:
    """Whether `e` is one word said after one of `before` that no list holds as a place."""
    if e.end - e.start != 1 or e.start == 0 or doc[e.start - 1].lower_ not in before:
        return False
    low = e.name.lower()
    return low not in _listed_places() and low not in lexicon.place_words()


# Verbs of what one does through a firm, a site or an app, not through a town: "put the
# spares through Zibbo", "sold it through Quiddle", "booked the van through Tramlo".
THROUGH_A_CHANNEL = frozenset({
    "put", "send", "sent", "sell", "sold", "book", "booked", "pay", "paid", "order", "ordered",
    "buy", "bought", "process", "processed", "list", "listed", "apply", "applied", "rent",
    "rented", "hire", "hired", "claim", "claimed",
})  # fmt: skip


def _a_channel(doc: Any, e: Any) -> bool:
    """ "put the spares through Zibbo": one unknown word the NER guessed is a place, said
    after "through" when what goes through it is sold, sent, booked or paid, is the way it
    went (a brand heard with nothing around it), not somewhere; one drives or walks through
    a town ("drove through Zibbo")."""
    if not _one_unplaced_word_after(doc, e, ("through",)):
        return False
    verb = doc[e.start - 1].head  # "Booked", opening a sentence, is tagged a name
    return bool({verb.lower_, verb.lemma_.lower()} & THROUGH_A_CHANNEL)


def _initials(word: str) -> bool:
    """ "PXT", "MOTs": letters said one by one."""
    return len(word) > 1 and word.rstrip("s").isupper()


def _owner(doc: Any, e: Any) -> int | None:
    """Where an organisation's name ends when the NER ran it on through a possessive into
    lower-case words ("the Forge's insurance"): at the "'s"; None when it did not, or when the
    words end in a kind of organisation ("St Jude's lunch club" is one name), or when a rule
    found the whole as a firm named for its owner ("patel's newsagents"), or when they end in
    a kind said in two words ("the brambles children's centre")."""
    if doc[e.end - 1].lower_ in lexicon.org_suffixes() or doc[e.start].ent_id_ == CONTEXT_ID:
        return None
    if doc[e.start].ent_id_ in TRUSTED_IDS and doc[e.end - 1].ent_id_ in TRUSTED_IDS:
        return None  # "women's aid": a listed name (or the user's word) whole
    if two_word_kind(doc, e.end - 1) is not None:
        return None
    for i in range(e.start + 1, e.end - 1):
        if doc[i].text in ("'s", "’s") and all(t.is_lower for t in doc[i + 1 : e.end]):
            return i
    return None


def _places_heard_unmarked(doc: Any, entities: list[Any], words: Dictionary) -> list[Any]:
    """ "the match is at Hornzey": one capitalised word after "at", "in" and the like that no
    name covers and that sounds like exactly one listed place is that place misheard, whether
    or not the NER marked the word (one NER calls it a firm, the next nothing)."""
    taken = {i for e in entities for i in range(e.start, e.end)}
    out = list(entities)
    for t in doc[1:]:
        if t.i in taken or not (t.is_title and t.is_alpha) or doc[t.i - 1].lower_ not in LOCATIVES:
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and nxt.is_title and nxt.is_alpha and not nxt.is_sent_start:
            continue  # "at Hornzey Rovers": a longer name, weighed as one
        if (place := _place_heard_as(t.text, words)) is not None:
            out.append(_Entity("place", t.i, t.i + 1, t.idx, t.text, place))
    return sorted(out, key=lambda e: e.start) if len(out) > len(entities) else entities


def _place_heard_as(word: str, words: Dictionary) -> str | None:
    """ "Hornzey" -> "Hornsey": a word of five letters or more, no ordinary English word, that
    sounds like exactly one listed one-word place and is spelt close to it."""
    if len(word) < 5 or not word.isalpha() or _ordinary(word, words.words):
        return None
    if word.lower() in lexicon.place_words() or word.lower() in _listed_places():
        return None  # "Didsbury" is itself a place, however like "Dewsbury" it sounds
    return _sounds_like_place(word)


@cache
def _sounds_like_place(word: str) -> str | None:
    import difflib

    low = word.lower()
    key = sound_key(word)
    close = [
        p
        for p in lexicon.places()
        if " " not in p
        and p.lower() != low
        and sound_key(p) == key
        and difflib.SequenceMatcher(None, low, p.lower()).ratio() >= 0.7
    ]
    return close[0] if len(close) == 1 else None


def _ordinary(word: str, words: frozenset[str]) -> bool:
    """An ordinary English word (in any form) that is no first name."""
    low = word.lower().strip("'’.")
    low = re.sub(r"['’]s$", "", low)
    if not low.isalpha() or is_name_word(low):
        return False
    forms = {low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low}
    return any(f in words for f in forms)


def _thing_named(doc: Any, start: int) -> bool:
    """ "a website called X", "it's called X", "the brand is called X": the name given to a
    thing (not "a guy called X", "the physio's called X", "phoned X")."""
    if start < 2 or doc[start - 1].lower_ not in ("called", "named"):
        return False
    i = start - 2
    if doc[i].lower_ in ("is", "'s", "’s", "was") and i > 0:
        i -= 1
    return doc[i].lower_ in THING_NOUNS


def _cue_before(doc: Any, start: int) -> bool:
    """A person cue right before a name: "rang X", "talked to X", "a guy called X"."""
    if start == 0 or _thing_named(doc, start):
        return False
    prev = doc[start - 1]
    if prev.lower_ in KIN or prev.lower_ in CARRY_VERBS:
        return True  # "her partner Anwar", "Dropped Osric at school"
    if prev.text == "," and start > 1 and doc[start - 2].lower_ in KIN:
        return True  # "Gethin's mum, Maud, rang"
    if prev.lower_ in BEFORE and prev.lower_ not in ("with", "to", "send", "saw"):
        return True
    if prev.lower_ in ("her", "him", "them") and start > 1:
        return doc[start - 2].lower_ in ("calls", "call", "called", "calling")  # "calls her X"
    if prev.lower_ == "get" and start + 1 < len(doc):
        return doc[start + 1].lower_ == "to"  # "get X to check it"
    if prev.lower_ in ("to", "with") and start > 1:
        return doc[start - 2].lower_ in TALKED  # "spoke to X", not "on the way to X"
    # "Judge Carrington": a job said as a title, capitalised as one
    job = prev.is_title and prev.lower_ in lexicon.JOB_TITLES
    return job or prev.lower_.rstrip(".") in TITLES


def _role_after(doc: Any, end: int, job: bool = False) -> bool:
    """ "X, the occupational therapist", "X, who runs ...": a name set off and described.
    `job`: described by a job or by "who" ("Gravel, the plumber"), not by any noun ("Rice
    and Peas, the works")."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    if not job:
        return doc[end + 1].lower_ in APPOSITIVE
    return doc[end + 1].lower_ == "who" or any(_role_word(t.lower_) for t in doc[end + 1 : end + 5])


def _speaks(doc: Any, end: int) -> bool:
    """ "Odalys asked", "Benno said": saying something after the name."""
    return end < len(doc) and doc[end].lower_ in SPEECH


def _acts(doc: Any, end: int) -> bool:
    """The name is the one doing something: "Odalys will", "Perpetua's doing the shift"."""
    if end >= len(doc):
        return False
    nxt = doc[end]
    if nxt.lower_ in SAYS or nxt.lower_ == "from":
        return True  # "Odalys will", "Torquil from the union"
    if nxt.lower_ in ("'s", "’s") and end + 1 < len(doc):
        after = doc[end + 1]
        return after.tag_ in ("VBG", "VBN") or after.lower_ in ("been", "got", "not", "going")
    return False


def _kin_of(doc: Any, end: int) -> bool:
    """ "Fosco's mum", "Fosco's teacher", "Fosco's room": someone's family, teacher or own
    things."""
    return (
        end + 1 < len(doc)
        and doc[end].lower_ in ("'s", "’s")
        and (doc[end + 1].lower_ in KIN or doc[end + 1].lower_ in BELONGINGS)
    )


# What belongs to a person and to no place or body: "Fosco's room", "Fosco's inhaler".
BELONGINGS = frozenset({
    "teacher", "room", "bedroom", "bike", "scooter", "inhaler", "birthday", "homework",
    "uniform", "coat", "shoes", "swimming", "glasses", "medication", "medicine", "prescription",
    "phone", "friend", "friends", "hearing", "nappies", "cot", "buggy", "pram", "wheelchair",
})  # fmt: skip


def _beside_person(doc: Any, start: int, end: int, entities: list, words: Dictionary) -> bool:
    """ "Quinby and Marisol": named beside someone the NER took for a person whose name is
    not all ordinary words ("Curry Goat Rice and Peas" are food, not two people)."""
    others = [
        o
        for o in entities
        if o.kind == "person"
        and not (o.start <= start < o.end)
        and (o.title or not all(_ordinary(w, words.words) for w in o.name.split()))
    ]
    return any(
        (o.end + 1 == start and doc[o.end].lower_ in ("and", "or", "&"))
        or (end + 1 == o.start and doc[end].lower_ in ("and", "or", "&"))
        for o in others
    )


def _cut_from_longer_name(doc: Any, end: int) -> bool:
    """ "at Mabel Rowe Arts Centre": capitalised words run on after the name to a word that
    ends a place or an organisation, so the "person" is the start of that name."""
    i = end
    while i < len(doc) and doc[i].is_title and not doc[i].is_sent_start:
        i += 1
    if i == end:
        return False
    last = doc[i - 1].lower_
    return last in lexicon.org_suffixes() or last in PLACE_ENDS


PLACE_ENDS = frozenset({"centre", "center", "hall", "park", "road", "street", "library", "house"})


# Verbs whose subject is a place as often as a person: "Brackenhurst flooded again".
PLACE_VERBS = frozenset({"flood", "win", "lose", "draw", "play", "host", "border", "lie", "sit"})


def _someone_not_somewhere(doc: Any, e: Any, words: Dictionary) -> bool:
    """ "Tomasina presented the survey", "send Tomasina my comments", "the caretaker, our
    Tobenna": an unknown word the NER took for a place, doing what only a person does (the
    subject of a verb with an object, the one something is sent or given to, the name of
    someone described by a job, or a person cue). A place is said after "in", "at", "to" or
    "the", unless the name owns what follows ("the mould in Tomasina's room"); a listed
    place or an ordinary word is left as it is."""
    if e.end - e.start != 1:
        return False
    t = doc[e.start]
    low = t.lower_
    if (
        not t.is_title
        or not low.isalpha()
        or _ordinary(low, words.words)
        or low in lexicon.place_words()
        or low in _listed_places()
    ):
        return False
    before = doc[e.start - 1].lower_ if e.start > 0 else ""
    if _kin_of(doc, e.end) and before != "the":
        return True  # "the mould in Fosco's room": "in" is the room's
    if before in LOCATIVES | {"the", "into", "of", "via", "through", "towards"}:
        return False
    verb = t.head
    if (
        t.dep_ == "nsubj"
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() not in PLACE_VERBS
        and any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
    ):
        return True  # "Tomasina presented the survey"
    if _given_to(doc, e.start):
        return True  # "send Tomasina my comments": the one it goes to
    if t.dep_ == "appos" and _role_word(verb.lower_):
        return True  # "the caretaker, our Tobenna"
    return _cue_before(doc, e.start) or _speaks(doc, e.end) or _kin_of(doc, e.end)


def _pairs_of_people(
    doc: Any, entities: list, words: Dictionary, said: set[str], known: Mapping[str, Any]
) -> list:
    """ "Zelinda and Corvin ran it together": two unknown names joined by "and" that the NER
    read as one firm are two people when one of them is a first name (of the lexicon, or of
    someone known or named in full in the memo) or the pair does something with an object.
    A firm's two words ("Fettle and Fix", "Crumbs and Co") hold an ordinary word or a suffix."""
    out = []
    for e in entities:
        toks = doc[e.start : e.end]
        if (
            e.kind != "org"
            or len(toks) != 3
            or toks[1].lower_ not in ("and", "&")
            or _vouched(doc, e, known)
            or doc[e.start].ent_id_ == CONTEXT_ID  # a rule read the words around it: a firm
        ):
            out.append(e)
            continue
        a, b = toks[0], toks[2]
        if _partners_surnames(a, b, said):
            out.append(e)
            continue  # "the searches from Millar and Bryce": a firm named for its partners
        plain = all(
            t.is_title
            and t.text.isalpha()
            and not _ordinary(t.text, words.words)
            and t.lower_ not in lexicon.org_suffixes()
            and t.lower_ not in lexicon.place_words()
            for t in (a, b)
        )
        named = any(is_name_word(t.text) or t.lower_ in said for t in (a, b))
        named = named or _cue_before(doc, e.start)  # "Met Ysolde and Pharamond"
        acting = (
            a.dep_ == "nsubj"
            and a.head.pos_ == "VERB"
            and any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in a.head.children)
        )
        if not plain or not (named or acting):
            out.append(e)
            continue
        for t in (a, b):
            out.append(
                replace(
                    e,
                    kind="person",
                    start=t.i,
                    end=t.i + 1,
                    start_char=t.idx,
                    surface=t.text,
                    name=t.text,
                    title=None,
                )
            )
    return out


def _town_said_as_someone(doc: Any, e: Any, guessed: set[tuple[int, int, str]]) -> bool:
    """A word the NER took for a town that a person rule re-kinded for the grammar around it
    ("Shabnam turned out ...", "in Sache's class"): shown by that grammar, as
    `_someone_not_somewhere` shows one left a place."""
    return (
        e.kind == "person"
        and any((e.start, e.end, g) in guessed for g in PLACE_GUESSES)
        and doc[e.start].ent_id_ == CONTEXT_ID
    )
