"""The first pass: each organisation and the word said before it. "at", "from", "with" and "for"
tie the person the clause is about ("Dwayne's from Hollybush Athletic", "Hazel Brook rang
from citizens advice", "Sinead's the one from Islington Council"), or the one named after the
organisation ("a guy from the fire brigade, Dan Whitmore", "The caretaker at St Michael's is
Pete Doyle"); "on", "chairs", "runs", "employed by", "called" and a comma ("Her swimming club,
Stockport Metro", "Jodie from the nursery, Little Acorns") each say it their own way; a school
ties the child who goes there ("Jago goes to Colmore Junior School").

What is no link is read here too: being taken or met somewhere ("Dropped the kids at the
school", "Bumped into Callum at the Co-op"), a relative's organisation ("her son is at
Oakfield Primary"), someone else's job ("raise it with the head of housing at X"), another
organisation's venue ("the Friendship Table here at St Aldhelm's") and the ward a councillor
stands for. A self-correction ("at Wood Green Youth Club, no, it's the Lordship Lane one") and
a kind named after a comma ("the nhs trust, the east and north herts trust") give the
organisation meant.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Any

from .. import lexicon
from ..entities import (
    CARRY_VERBS,
    FILLERS,
    INDEFINITE,
    NOT_PERSON_ROLES,
    ORG_PREPS,
    WORK_VERBS,
    _Entity,
    _role_word,
)
from ..evidence import SPEECH
from ..records import Link
from ..rules.org_words import APPOSITIVE_ORG_HEADS, PART_HEADS
from ..rules.person_words import ORG_NOUNS, WHERE_OVER
from ..rules.work import _role_after, _role_before, _work_context, _WorkContext
from .context import (
    BOARDS,
    CALLED,
    KIN_OR_WORK,
    LINK_VERBS,
    PARTS,
    SOMEONE,
    _as_said,
    _link_context,
)
from .kinds import WORKPLACE_WORDS, _council, _councillor, _fits
from .roles import _appositive_role
from .subjects import (
    BE,
    PRONOUNS,
    _be,
    _in_memory,
    _kin_subject,
    _person_before,
    _poss_at,
    _pronoun_subject,
    _third_person_subject,
)


def _owner_of_a_thing(doc: Any, e: _Entity) -> bool:
    """ "A note in Ezio's book bag from Mr Dale, their class teacher at X": a name said only
    as whose a thing is ("Ezio's book bag") is not who the clause goes on about."""
    end = _poss_at(doc, e)
    if end + 1 >= len(doc) or doc[end].tag_ != "POS":
        return False
    words = list(itertools.takewhile(lambda t: t.pos_ in ("NOUN", "ADJ"), doc[end + 1 : end + 4]))
    return bool(words) and not any(_role_word(t.lower_) or t.lower_ in KIN_OR_WORK for t in words)


# Last words of a school's name: "Colmore Junior School", "Elm Park Primary".
SCHOOL_WORDS = {"school", "primary", "academy", "college", "nursery", "juniors", "infants"}
GOES = {"goes", "go", "went", "going", "gone"}


def _school(org: _Entity) -> bool:
    return org.name.split()[-1].lower() in SCHOOL_WORDS


def _pupil(doc: Any, entities: list[_Entity], prep_i: int) -> str | None:
    """ "Jago goes to Colmore Junior School", "their son Jago is in Ruairi's class at X",
    "Toby's in year five at X": a child named as the one at a school (a name, or "he" or
    "she" for one, right before the verb; not "her son goes to", which names nobody)."""
    prep = doc[prep_i]
    if prep.lower_ == "to" and doc[prep_i - 1].lower_ in GOES:
        verb = prep_i - 1
    elif prep.lower_ == "at":
        i = prep_i - 1
        while i > prep.sent.start and prep_i - i <= 6 and doc[i].lower_ != "in":
            if doc[i].is_punct or doc[i].pos_ == "VERB":
                return None
            i -= 1
        if doc[i].lower_ != "in" or i == prep_i - 1 or not _be(doc, i - 1):
            return None
        if not {t.lower_ for t in doc[i + 1 : prep_i]} & {"class", "year", "reception", "form"}:
            return None
        verb = i - 1
    else:
        return None
    if not _third_person_subject(doc, entities, verb):
        return None
    return _person_before(entities, doc, verb)


def _body_of_the_next(doc: Any, orgs: list[_Entity], org: _Entity) -> bool:
    """ "on the PTA at St Bede's", "treasurer of the PTA at Moorside": a body of members
    named only by its kind, said of the organisation after it, is that one's; its people
    are linked to the one after, not to a "PTA" of no school."""
    if org.name.lower() not in BOARDS or org.end + 1 >= len(doc):
        return False
    if doc[org.end].lower_ not in ("at", "of", "for"):
        return False
    nxt = org.end + 1 + (doc[org.end + 1].lower_ == "the")
    return any(o.start == nxt for o in orgs)


def _whose_said_of(doc: Any, owner_end: int) -> bool:
    """ "He's Dad's social worker at X", "Kieran is Mum's GP at Y": a job said as whose it is
    after an "is" is the subject's (the one it is said of), not someone named after it."""
    i = owner_end
    while i > doc[owner_end].sent.start and doc[i - 1].pos_ == "PROPN":
        i -= 1
    return i > 0 and _be(doc, i - 1) and doc[i - 1].tag_ != "POS"


def _named_after(doc: Any, entities: list[_Entity], org: _Entity) -> _Entity | None:
    """The person named right after an organisation and a comma ("a guy from the fire brigade,
    Dan Whitmore"), also past a phrase set off between them that says what the organisation
    or the part of it is ("a call from Whipps Cross, the discharge team, Sinead Gallagher")."""
    people = {e.start: e for e in entities if e.kind == "person"}
    # "the physio from the Ulster stroke team, a young fella called Tiernan": the part of it
    # said after the name, up to the comma
    # ("through to brightwater's claims team, a Tobias Wren": its part, said as its)
    first = org.end + (org.end < len(doc) and doc[org.end].tag_ == "POS")
    part = first
    while part < min(len(doc), first + 3) and doc[part].is_alpha and doc[part].pos_ != "VERB":
        part += 1
    if (
        part > first
        and part < len(doc)
        and doc[part].text == ","
        and (doc[part - 1].lower_ in PART_HEADS)
    ):
        org = replace(org, end=part)
    if org.end + 1 >= len(doc) or doc[org.end].text != ",":
        return None
    if (called := _called_after(doc, people, org.end + 1)) is not None:
        return called  # "his opposite number at Apex Housing, a woman called Fiona Boomer"
    if org.end + 1 in people:
        return people[org.end + 1]
    # "the planning officer at Hallam Council, a Mr Pennock": someone not met before
    if doc[org.end + 1].lower_ in ("a", "an") and org.end + 2 in people:
        return people[org.end + 2]
    # "The ref was from the London FA, er, Tobias something": a filler before the name
    if (
        org.end + 3 < len(doc)
        and doc[org.end + 1].lower_ in FILLERS - {"no", "sorry"}
        and doc[org.end + 2].text == ","
        and org.end + 3 in people
    ):
        return people[org.end + 3]
    first = doc[org.end + 1]
    if first.lower_ not in ("the", "their", "its", "our"):
        return None
    sent_end = doc[org.end].sent.end
    for i in range(org.end + 2, min(sent_end - 1, org.end + 8)):
        t = doc[i]
        if t.text == ",":
            return people.get(i + 1) if i > org.end + 2 else None
        if not t.is_alpha or t.pos_ in ("VERB", "AUX", "PRON") or i in people:
            return None
    return None


def _called_after(doc: Any, people: dict[int, _Entity], i: int) -> _Entity | None:
    """The person introduced at token `i` as "a (young) fella called Tiernan", "a woman named
    Fiona Boomer"."""
    if i >= len(doc) or doc[i].lower_ not in ("a", "an", "this"):
        return None
    i += 1
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].lower_ not in THE_ONE:
        i += 1
    if i + 2 >= len(doc) or doc[i].lower_ not in THE_ONE - {"one"}:
        return None
    return people.get(i + 2) if doc[i + 1].lower_ in ("called", "named") else None


def _speaks_next(doc: Any, person: _Entity) -> bool:
    """Whether a verb of speech follows the name right away ("Hamish says"): it opens its own
    clause, not one set off after what went before."""
    return person.end < len(doc) and doc[person.end].lower_ in SPEECH


def _venue_of_another(doc: Any, orgs: list[_Entity], prep_i: int) -> bool:
    """Whether "at" or "in" at `prep_i` follows another organisation's name ("the Friendship
    Table here at St Aldhelm's", "Age UK at the Elm Centre"): the one after is where that
    one meets or stands, and its people are that one's."""
    if doc[prep_i].lower_ not in ("at", "in") or prep_i < 1:
        return False
    i = prep_i - 1 - (doc[prep_i - 1].lower_ in ("here", "there"))
    # (not a part of the one after: "Pinckney Ward at St George's", "the PTA at St Bede's")
    return any(
        o.end == i + 1 and o.name.lower().split()[-1] not in PARTS and o.name.lower() not in BOARDS
        for o in orgs
    )


# Words for someone said after "is the": "Sinead's the one from X", "she's the lady at Y".
THE_ONE = INDEFINITE | {"one", "girl", "fella", "fellow"}


def _the_one(doc: Any, prep_i: int) -> int:
    """How many words before `prep_i` say "the one" ("Sinead's the one from Islington
    Council", "she's the lady at the surgery", "he's the lollipop man at X") after an "is":
    2 or 3, else 0."""
    if prep_i < 3 or doc[prep_i - 1].lower_ not in THE_ONE:
        return 0
    the = prep_i - 2 - (doc[prep_i - 2].pos_ in ("NOUN", "PROPN", "ADJ"))  # "the dinner lady"
    return prep_i - the if doc[the].lower_ == "the" and the > 0 and _be(doc, the - 1) else 0


def _said_again_as_one(doc: Any, prep_i: int) -> int | None:
    """ "Norman Hale, him from the royal mail", "Tom Ash, the fella from Jewsons": a name set
    off by "him", "her" or "the one" before "from"; where the comma after the name is."""
    i = prep_i - 1
    if i > 0 and doc[i].lower_ in THE_ONE and doc[i - 1].lower_ == "the":
        i -= 1
    elif doc[i].lower_ not in ("him", "her"):
        return None
    for t in doc[prep_i + 1 : doc[prep_i].sent.end]:
        if t.is_punct:
            break
        if t.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return None  # "Tom Ash, the man from Jewsons was there too": someone else
    return i - 1 if i > 1 and doc[i - 1].text == "," else None


# The words that say a name: "Her name's Jo", "He's called Obi", "Name was Tunde, I think".
NAME_SAYING = {"her", "his", "name", "'s", "’s", "is", "was", "she", "he", "called", "i", "think"}


def _name_said(words: Any) -> bool:
    """Whether `words` only lead up to a name: "Her name's", "He's called"."""
    said = [t.lower_ for t in words if t.lower_ not in FILLERS]
    return 2 <= len(said) <= 4 and set(said) <= NAME_SAYING and ("name" in said or "called" in said)


def _person_for(entities: list[_Entity], doc: Any, prep_i: int, org: _Entity) -> str | None:
    """Who works at the organisation after `prep_i`: someone named earlier in the sentence; a
    "she"/"he" there is the person named before; otherwise the one named after it ("The
    caretaker at St Michael's is Pete Doyle", "Met the surveyor from X. His card says ...")."""
    sent = doc[prep_i].sent
    people = [e for e in entities if e.kind == "person"]
    pronoun = any(t.lower_ in ("he", "she") for t in doc[sent.start : prep_i])
    said = [e for e in people if e.start >= sent.start and e.end <= prep_i]
    if said and not pronoun and all(_owner_of_a_thing(doc, e) for e in said):
        # "A note in Ezio's book bag from Mr Dale, their teacher at X": not Ezio
        after = [e for e in people if org.end <= e.start < sent.end]
        return after[0].name if after else None
    if said:
        return _person_before(entities, doc, prep_i)
    if _speaker_works(doc, prep_i):
        return None  # "I volunteer at the food bank and Dan's coming": the speaker's
    if not pronoun:
        after = [e for e in people if org.end <= e.start < sent.end]
        if after and all(_in_memory(doc, e) for e in after):
            return None  # "collecting for Macmillan in memory of Mrs Ames": nobody works there
        after = [e for e in after if not _in_memory(doc, e)]
        if after:
            return after[0].name
        nxt = doc[sent.end].sent if sent.end < len(doc) else None
        before = [e for e in people if e.end <= sent.start]
        if nxt is not None and not before:
            ahead = [e for e in people if nxt.start <= e.start < nxt.end]
            if ahead:
                return ahead[0].name
    return _person_before(entities, doc, prep_i)


def _speaker_works(doc: Any, prep_i: int) -> bool:
    """Whether the verb before `prep_i` says where the speaker works: "I volunteer at", "we
    both work for", "I'm at"."""
    i = prep_i - 1
    while i > doc[prep_i].sent.start and doc[i].pos_ not in ("VERB", "AUX"):
        if doc[i].is_punct:
            return False
        i -= 1
    if doc[i].lower_ not in WORK_VERBS and doc[i].lower_ not in ("am", "'m", "’m"):
        return False
    i -= 1
    while i > doc[prep_i].sent.start and doc[i].lower_ in ("also", "still", "just", "both", "now"):
        i -= 1
    return doc[i].lower_ in ("i", "we")


CORRECTED = {"no", "sorry", "actually", "mean", "rather"}


def _corrected(doc: Any, entities: list[_Entity], org: _Entity) -> _Entity:
    """ "at Wood Green Youth Club, no, it's the Lordship Lane one, Lordship Lane Youth Club":
    after a self-correction in the same sentence, the organisation named last. Unpunctuated
    text the parser split at the correction ("a driver at old Kernow buses no it was First
    Kernow") reads on into the sentence the correction opens."""
    sent = doc[org.start].sent
    end = sent.end
    if end < len(doc) and end - org.end <= 2 and doc[end].lower_ in CORRECTED:
        end = doc[end].sent.end
    marker = next(
        (t.i for t in doc[org.end : min(end, org.end + 4)] if t.lower_ in CORRECTED), None
    )
    if marker is None:
        return org
    later = [e for e in entities if e.kind == "org" and marker < e.start < end]
    return later[-1] if later else org


def _renamed(doc: Any, entities: list[_Entity], org: _Entity) -> _Entity:
    """ "works for the nhs trust, the east and north herts trust", "joined the fire service,
    london fire brigade": a kind of organisation said with "the" and named right after a
    comma is the one named (one of the same kind, or a kind on the list of names people say
    in lower case); not a list ("at the co-op, Tesco and Aldi")."""
    said_the = doc[org.start].lower_ == "the" or (org.start and doc[org.start - 1].lower_ == "the")
    if not said_the or org.end + 1 >= len(doc):
        return org
    if doc[org.end].text != ",":
        return org
    i = org.end + 1
    # (the NER may leave a name's first words out: "the east and north herts trust")
    named = next(
        (
            o
            for o in entities
            if o.kind == "org"
            and i <= o.start <= i + 4
            and all(t.is_alpha and not t.ent_type_ for t in doc[i : o.start])
        ),
        None,
    )
    if named is None or named.name.lower() == org.name.lower():
        return org
    after = doc[named.end] if named.end < len(doc) else None
    orgs = [o for o in entities if o.kind == "org"]
    if after is not None and (
        after.lower_ in ("and", "or", "&")
        or (after.text == "," and any(o.kind == "org" and o.start == named.end + 1 for o in orgs))
    ):
        return org  # a list of organisations
    kind = org.name.lower().split()[-1] == named.name.lower().split()[-1]
    if kind or org.name.lower() in lexicon.listed_org_names():
        return named
    return org


# Words of meeting someone somewhere: "had lunch with Dan at Pizza Express", "met Tom at".
MET_AT = {
    "met", "meet", "meeting", "lunch", "coffee", "dinner", "drink", "drinks", "breakfast",
    "ate", "eaten", "eating", "brunch", "supper", "pint", "pints",
}  # fmt: skip


def _by_chance(doc: Any, prep_i: int) -> bool:
    """Whether the sentence before `prep_i` says someone was met by chance ("bumped into"),
    or, before "at", met or eaten with there ("had lunch with Dan at Pizza Express")."""
    words = [t.lower_ for t in doc[doc[prep_i].sent.start : prep_i]]
    if doc[prep_i].lower_ == "at" and any(w in MET_AT for w in words):
        return True
    return any(w in ("bumped", "spotted", "saw") for w in words) or "ran into" in " ".join(words)


def _carried(doc: Any, prep_i: int) -> bool:
    """Whether the clause before `prep_i` opens with a verb of taking someone somewhere."""
    for t in reversed(doc[doc[prep_i].sent.start : prep_i]):
        if t.is_punct:
            return False
        if t.lower_ in CARRY_VERBS:
            return True
    return False


def _job_elsewhere(doc: Any, entities: list[_Entity], person: str | None, org: _Entity) -> bool:
    """Whether `person` is given a job that belongs to another organisation of the memo."""
    e = next((x for x in entities if x.kind == "person" and x.name == person), None)
    role = _appositive_role(doc, e) if e is not None else None
    return bool(role) and any(
        o.kind == "org" and o.name != org.name and _fits(o, role) for o in entities
    )


# Kinds of organisation that someone's is one they belong to or work in: "Ann's choir".
MEMBERS_OF = {
    "club", "choir", "band", "team", "side", "firm", "company", "business", "outfit",
    "startup", "charity", "group", "society", "union", "project", "network", "association",
    "partnership", "organisation", "organization",
}  # fmt: skip


# Bodies one is "in" as a member: "Ayo's in the Tottenham Community Choir".
IN_MEMBERS = {
    "club", "choir", "band", "orchestra", "society", "union", "scouts", "guides", "cadets",
    "association", "league", "ensemble", "chorus", "singers", "players", "ringers", "harriers",
    "ramblers", "runners",
}  # fmt: skip
# What one does in such a body, said before "in": "sings in", "plays in".
IN_VERBS = {"sings", "sang", "plays", "played", "dances", "performs"}


def _member_in(doc: Any, entities: list[_Entity], prep_i: int, org: _Entity) -> str | None:
    """ "Ayo's in the Tottenham Community Choir", "she sings in the Hornsey Chorus", "she's been
    in the Dunmore Singers longer than any of us": someone
    said to be in a club, choir or band belongs to it (not "Dad's in the Royal Free": only
    bodies one joins)."""
    if doc[org.end - 1].lower_ not in IN_MEMBERS or prep_i < 2:
        return None
    i = prep_i - 1
    while i > 1 and doc[i].lower_ in ("also", "still", "now", "both", "been", "always"):
        i -= 1  # "she's been in the Saltwell Singers for years"
    if doc[i].lower_ == "has" and doc[i + 1].lower_ == "been":  # "Bev has been in"
        return next((e.name for e in entities if e.kind == "person" and e.end == i), None)
    if not (_be(doc, i) or doc[i].lower_ in IN_VERBS):
        return None
    if any(e.kind == "person" and e.end == i for e in entities):
        return next(e.name for e in entities if e.kind == "person" and e.end == i)
    if _be(doc, i) and _pronoun_subject(doc, entities, i):  # "Met Ayo. She's in the X Choir"
        return _person_before(entities, doc, i - 1)
    return None


def _runs_a(doc: Any, comma_i: int) -> int | None:
    """ "Tony Cregan, who runs a fruit and veg wholesaler, Cregan's Fresh": where the verb of
    running or owning a business said before the comma stands, else None."""
    i = comma_i - 1
    sent_start = doc[comma_i].sent.start
    while i > sent_start and not doc[i].is_punct and doc[i].lower_ not in ("a", "an"):
        if doc[i].pos_ in ("VERB", "AUX", "PRON") or doc[i].ent_type_:
            return None
        i -= 1
    if i <= sent_start or i >= comma_i - 1 or doc[i].lower_ not in ("a", "an"):
        return None
    verb = doc[i - 1]
    if verb.lower_ not in LINK_VERBS or verb.lower_ in ("joined", "joins", "set"):
        return None
    return verb.i if doc[comma_i - 1].pos_ == "NOUN" else None


def _possessed_org(doc: Any, entities: list[_Entity], comma_i: int) -> str | None:
    """ "Her swimming club, Stockport Metro": the person "her" stands for."""
    words = []
    for t in reversed(doc[doc[comma_i].sent.start : comma_i]):
        if t.is_punct:
            break
        words.insert(0, t)
    # "He's registering his catering business, Crust and Co": from the last "his" or "her"
    owners = [k for k, t in enumerate(words) if t.lower_ in ("his", "her")]
    words = words[owners[-1] :] if owners else words
    if (
        len(words) >= 2
        and words[0].lower_ in ("his", "her")
        and words[-1].lower_ in APPOSITIVE_ORG_HEADS
        and not any(
            (t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound"))
            or t.ent_type_ == "PERSON"
            or t.pos_ == "ADP"  # "his appointment at the surgery, X": his appointment's
            for t in words[1:-1]
        )
    ):  # but not "Her partner Ahmed runs a running club, ...": that is Ahmed's
        return _person_before(entities, doc, words[0].i)
    if (run := _runs_a(doc, comma_i)) is not None:
        return _person_before(entities, doc, run)
    # "Ann's lunch club, Friends of Elm Hall", "Tom's firm, Reed and Co" (not "Mum's surgery"
    # or "Tom's school": where they are seen or taught, not who they are with)
    if len(words) >= 3 and words[1].tag_ == "POS" and words[-1].lower_ in MEMBERS_OF:
        whose = [e for e in entities if e.kind == "person" and e.end in (words[1].i, words[2].i)]
        if (
            whose
            and whose[0].start >= words[0].i - 2
            and not any(t.pos_ in ("VERB", "AUX") for t in words[2:-1])
        ):
            return whose[0].name
    return None


# Words that say a workplace by its kind, or a part of one, before its name is said: "from
# Nia's chapel, Capel y Ffynnon", "from the council's housing, Yarrowby Borough Council", "at the
# depot, Arriva Cymru".
KIND_SAID_FIRST = APPOSITIVE_ORG_HEADS | WORKPLACE_WORDS | PART_HEADS | {"chapel"}


def _from_the_kind(doc: Any, entities: list[_Entity], comma_i: int) -> str | None:
    """ "Jodie from the nursery, Little Acorns": the person right before "from the <kind>",
    or the one the job before it is set off after ("Emrys, the deacon from Nia's chapel,
    Capel y Ffynnon"); the kind may be a part of one ("from the council's housing, X")."""
    i = comma_i - 1
    if i < 2:
        return None
    headed = doc[i].lower_ in APPOSITIVE_ORG_HEADS
    if not headed and not (
        doc[i].is_lower
        and doc[i].pos_ == "NOUN"
        and any(t.lower_ in KIND_SAID_FIRST for t in doc[max(0, i - 3) : i + 1])
    ):
        return None
    named = [o for o in entities if o.kind == "org" and o.start <= i < o.end]
    after = [o for o in entities if o.kind == "org" and comma_i < o.start <= comma_i + 2]
    if named and after and after[0].name.lower().split()[-1] != doc[i].lower_:
        # "Priya, my manager at elmfield nursery, the care inspectorate are coming": the
        # kind ends a name of its own, and the one after is another body (not "from the
        # Levenshulme mosque, er, the Madina Mosque", the same kind named again)
        return None
    j = i - 1
    cues = ("from", "at", "for", "with", *LINK_VERBS, "works", "volunteers")
    # ("fae the family and carers support partnership, X": a kind of more words, lower case)
    most = 7 if all(t.is_lower for t in doc[max(0, i - 6) : i + 1]) else 5
    while j > doc[comma_i].sent.start and _as_said(doc[j]) not in cues and i - j < most:
        if doc[j].is_punct:
            return None
        j -= 1
    if _as_said(doc[j]) in ("from", "at", "for", "with"):
        if doc[j].lower_ == "at" and _by_chance(doc, j):
            return None  # "Bumped into Priya at the leisure centre, Hollybush Leisure Centre"
        if not headed and not any(t.lower_ in KIND_SAID_FIRST for t in doc[j + 1 : i + 1]):
            return None
        # "Quang Tran, from the agency, Locums Direct": a comma may set the "from" off
        end = j - 1 if doc[j - 1].text == "," else j
        k = j - 1 - (doc[j - 1].lower_ in CALLED_ONES)
        if doc[j].lower_ == "from" and doc[k].lower_ in CALLED:
            end = k  # "Nuala rang from the salon, Snip and Curl"
        person = next((e.name for e in entities if e.kind == "person" and e.end == end), None)
        if person is None:
            # "Emrys, the deacon from Nia's chapel, X": the job set off after the name
            k = end - 1
            while k > doc[comma_i].sent.start and not doc[k].is_punct and end - k <= 5:
                k -= 1
            if doc[k].text == "," and any(_role_word(t.lower_) for t in doc[k + 1 : end]):
                person = next((e.name for e in entities if e.kind == "person" and e.end == k), None)
        if person is None and _as_said(doc[j]) != "from" and _work_context(doc, doc[j]):
            # "Marnie volunteers at the refugee centre, the Hollin Welcome Centre"
            return _person_before(entities, doc, j)
        return person
    if headed and doc[j].lower_ in cues:  # "Her partner Ahmed runs a running club, X"
        return _person_before(entities, doc, j)
    return None


# Calling, in any tense, from where someone works: "Ruta will ring from Tillingham Care".
CALLING = {"ring", "call", "phone", "email", "text", "message", "write"}
CALLED_ONES = {"me", "you", "us", "him", "her", "them"}


# How someone called in person: "came by from the mosque", "popped in from the school".
VISITED = {"came", "come", "comes", "popped", "pops", "dropped", "drops", "turned", "called"}
VISIT_PARTICLES = {"by", "in", "round", "over", "down", "up"}


OBJECT_OF = {"with", "to", "ask", "asked", "tell", "told", "email", "emailed", "ring", "rang"}


def _someone_elses(doc: Any, role_start: int) -> bool:
    """ "She'll raise it with the head of housing": a job said as the object of talking to
    someone is that someone's, not the subject's."""
    return (
        role_start >= 2
        and doc[role_start - 1].lower_ == "the"
        and doc[role_start - 2].lower_ in OBJECT_OF
        and doc[role_start - 3].lower_ not in BE  # "she's with the discharge team at X"
    )


def _holder_after(doc: Any, entities: list[_Entity], ctx: _WorkContext, org: _Entity) -> str | None:
    """ "She needs her jab, the practice nurse at Elm Surgery can do it, Nurse Obi": a job
    said with "the" as its own clause, with nobody named before it in the sentence, is held
    by the one named after it, set off by a comma (not by whoever "she" was)."""
    start = ctx.role_start
    if start is None or start < 2 or doc[start - 1].lower_ != "the":
        return None
    if not (doc[start - 2].is_punct or doc[start - 2].i == doc[start].sent.start):
        return None
    sent = doc[start].sent
    people = [e for e in entities if e.kind == "person" and sent.start <= e.start < sent.end]
    if any(e.start < start for e in people):
        return None
    later = [e for e in people if e.start > org.end and doc[e.start - 1].text == ","]
    return later[0].name if later else None


# Verbs of being taken on, before "by" and the employer: "employed by", "hired by".
EMPLOYED = {"employed", "hired", "recruited", "contracted", "seconded", "headhunted"}
KNOW = {"know", "knew"}


def _known_through(doc: Any, entities: list[_Entity], prep_i: int) -> str | None:
    """ "Hannah, who I know through the food bank", "Osman, I know him from the Foundation":
    the speaker knows someone by way of an organisation they are part of. The name is said
    right before ("who", or a comma and "I know him"), so not "I know the manager at X"."""
    if prep_i < 4 or doc[prep_i].lower_ not in ("through", "from", "via"):
        return None
    i = prep_i - 1
    if doc[i].lower_ in ("him", "her"):
        i -= 1
    if doc[i].lower_ not in KNOW or doc[i - 1].lower_ != "i":
        return None
    i -= 2
    if doc[i].lower_ == "who" and doc[prep_i - 1].lower_ not in ("him", "her"):
        i -= 1
    elif doc[prep_i - 1].lower_ not in ("him", "her"):
        return None  # "I know them through X": not said of one named
    i -= doc[i].text == ","
    return next((e.name for e in entities if e.kind == "person" and e.end == i + 1), None)


def _left_of_name(doc: Any, entities: list[_Entity], i: int) -> bool:
    """Whether token `i`, right before an organisation, is a capitalised word of its name the
    organisation's span left out ("the Royal Hallamshire" matched as "Hallamshire", the form an
    earlier memo taught): after "the", inside a sentence, and part of no other name."""
    t = doc[i]
    return (
        i > t.sent.start + 1
        and t.is_title
        and t.is_alpha
        and doc[i - 1].lower_ == "the"
        and not any(e.start <= i < e.end for e in entities)
    )


def _one_who(doc: Any, verb_i: int) -> int | None:
    """ "the woman who runs", "a fella that owns": where the noun for someone whose name is
    said apart stands, when the verb at `verb_i` is said of "who" or "that" after it."""
    if verb_i < 2 or doc[verb_i - 1].lower_ not in ("who", "that"):
        return None
    return verb_i - 2 if doc[verb_i - 2].lower_ in SOMEONE else None


def _the_one_named(doc: Any, entities: list[_Entity], one: int, org: _Entity) -> str | None:
    """Who "the woman who runs X" is: the name set off before her ("Ama, the woman who
    runs it"), after the organisation ("..., Dorcas Phiri,") or after "is"; else nobody
    named ("Ama says the woman who runs it is lovely": not Ama)."""
    i = one - 1
    while i > doc[one].sent.start and doc[i].pos_ in ("DET", "ADJ"):
        i -= 1
    if doc[i].text == ",":
        before = next((e for e in entities if e.kind == "person" and e.end == i), None)
        if before is not None:
            return before.name
    if (named := _named_after(doc, entities, org)) is not None:
        return named.name
    k = org.end + (org.end < len(doc) and doc[org.end].lower_ in BE)
    return next(
        (e.name for e in entities if e.kind == "person" and e.start == k and k > org.end), None
    )


# Verbs of someone's first day with an organisation, said of the speaker as often as not.
FIRST_VERBS = {"joined", "joins", "started"}


def _set_off_as_kin(doc: Any, entities: list[_Entity], kin: int, prep_i: int) -> bool:
    """ "Rhian Pugh, my boss at the bakehouse", "Dai, my cousin at the garage": the relative
    or workmate at `kin` is said of the name set off right before it, with no verb of its own
    up to the preposition, so the one named is the one there (not "Ann, her son's at X", nor
    "Wenna, their youngest starts at X": only the speaker's own say who the one named is)."""
    return (
        kin >= 3
        and doc[kin - 2].text == ","
        and doc[kin - 1].lower_ in ("my", "our")
        and any(e.kind == "person" and e.end == kin - 2 for e in entities)
        and not any(t.pos_ in ("VERB", "AUX") or t.lower_ in BE for t in doc[kin + 1 : prep_i])
    )


def _someone_new(
    doc: Any, entities: list[_Entity], ctx: _WorkContext | None, prep_i: int, person: str
) -> bool:
    """ "Got a housing officer called Tom. They're sending a surveyor from Dryfix": a job
    said with "a", by no "she" or "he" and with nobody named in its sentence, is someone not
    met yet, not the one named in a sentence before."""
    if ctx is None or ctx.role_start is None or ctx.role_start < 1:
        return False
    if doc[ctx.role_start - 1].lower_ not in ("a", "an", "another"):
        return False
    sent = doc[prep_i].sent
    if any(t.lower_ in PRONOUNS for t in doc[sent.start : prep_i]):
        return False
    said = [e for e in entities if e.kind == "person" and e.name == person]
    return any(e.end <= sent.start for e in said) and not any(
        sent.start <= e.start < sent.end for e in said
    )


def _preposition_links(
    doc: Any, entities: list[_Entity], links: list[Link], role_tokens: set[int]
) -> None:
    """Each organisation and the word said before it ("at", "from", "with", "on", "chairs",
    "employed by", a comma): who that ties to the organisation, and as what. The tokens of the
    roles found are added to `role_tokens`."""
    orgs = [e for e in entities if e.kind == "org"]
    # where a place said as the first words of an organisation's name ends -> where it starts
    places = {e.end - 1: e.start for e in entities if e.kind == "place"}
    for org in orgs:
        if org.start == 0 or _body_of_the_next(doc, orgs, org):
            continue
        prep_i = org.start - 1
        if prep_i in places:  # "who runs the Hollins youth club", the place read apart
            prep_i = places[prep_i] - 1
        elif _left_of_name(doc, entities, prep_i):
            prep_i -= 1  # "at the Royal Hallamshire" read as "Hallamshire", a shorter name known
        while prep_i > 0 and doc[prep_i].lower_ in ("the", ",", "um", "er", "erm", "uh"):
            if doc[prep_i].text == "," and (
                doc[prep_i - 1].lower_ in APPOSITIVE_ORG_HEADS
                or _runs_a(doc, prep_i) is not None
                or _from_the_kind(doc, entities, prep_i) is not None
            ):
                break  # "Her swimming club, Stockport Metro", "who runs a wholesaler, X"
            prep_i -= 1  # "at the, um, NHS North Central London ICB"
        prep = doc[prep_i]
        word = _as_said(prep)  # "Dougie fae Glenmuir Roofing": the Scots "from"
        if word == "on" and doc[prep_i - 1].lower_ in ("'s", "is", "was", "sits", "serves"):
            # "he's on Manchester City Council as well"
            if (person := _person_before(entities, doc, prep_i)) is not None:
                links.append(Link(person, org.name, None))
            continue
        ward = prep_i
        if word == "on" and prep_i - 1 in places and doc[places[prep_i - 1] - 1].lower_ == "for":
            ward = places[prep_i - 1] - 1  # "our ward councillor for Ashvale on X Council"
        if word == "on" and (job := _role_before(doc, ward)) is not None:
            # "she's our ward councillor on Barnet Council", "a trustee on the Hale Trust"
            if (person := _person_before(entities, doc, prep_i)) is not None:
                role_tokens.update(range(job[1], ward))
                links.append(Link(person, org.name, job[0]))
            continue
        if (person := _known_through(doc, entities, prep_i)) is not None:
            links.append(Link(person, org.name, None))  # "Hannah, who I know through X"
            continue
        if prep.text == "," and (person := _possessed_org(doc, entities, prep_i)):
            links.append(Link(person, org.name, None))  # "Her swimming club, Stockport Metro"
            continue
        if prep.text == "," and (person := _from_the_kind(doc, entities, prep_i)):
            links.append(Link(person, org.name, None))  # "Jodie from the nursery, Little Acorns"
            continue
        if word == "up" and doc[prep_i - 1].lower_ == "set" and prep_i > 1:
            word, prep_i, prep = "started", prep_i - 1, doc[prep_i - 1]  # "she set up X"
        if word in LINK_VERBS and (
            prep.pos_ == "VERB" or doc[prep_i - 1].lower_ in ("he", "she", "who")
        ):  # "she chairs the residents group" (the tagger may read "chairs" as a noun)
            # "Joy Okonkwo, who chairs Friends of Lordship Rec", "she runs the food bank"
            person = _person_before(entities, doc, prep_i)
            if (one := _one_who(doc, prep_i)) is not None:
                # "The woman that runs the foodbank, Dorcas Phiri": not whoever was before
                person = _the_one_named(doc, entities, one, org)
            if word in FIRST_VERBS and not _third_person_subject(doc, entities, prep_i):
                continue  # "I joined the gym", "we started Hollin Rovers"
            if person is not None:  # "joined Ocado as a driver": the job after
                role = LINK_VERBS[word] or _role_after(doc, org.end)
                links.append(Link(person, _renamed(doc, entities, org).name, role))
            continue
        if word in ("called", "named") and doc[prep_i - 1].lower_ in ORG_NOUNS:
            # "she runs a little chutney business called Pickle and Pride"
            verb = next(
                (
                    t
                    for t in reversed(doc[doc[prep_i].sent.start : prep_i - 1])
                    if t.lower_ in LINK_VERBS or t.is_punct
                ),
                None,
            )
            person = _person_before(entities, doc, prep_i)
            if verb is not None and not verb.is_punct and person is not None:
                links.append(Link(person, org.name, LINK_VERBS[verb.lower_]))
            continue
        if word == "by" and doc[prep_i - 1].lower_ in EMPLOYED:
            # "she's employed by the food bank itself, Ann Lee", "Tom was hired by Ocado"
            after = org.end + (org.end < len(doc) and doc[org.end].lower_ in ("itself", "now"))
            named = _named_after(doc, entities, replace(org, end=after))
            person = named.name if named else _person_for(entities, doc, prep_i, org)
            if person is not None:
                links.append(Link(person, org.name, None))
            continue
        if (
            word == "in"
            and doc[prep_i - 1].lower_ in ("works", "worked", "working")
            and _third_person_subject(doc, entities, prep_i - 1)
            and (person := _person_before(entities, doc, prep_i)) is not None
        ):
            links.append(Link(person, org.name, None))  # "Delroy works in Haringey Council"
            continue
        if word == "in" and (person := _member_in(doc, entities, prep_i, org)):
            links.append(Link(person, org.name, None))  # "Ayo's in the Tottenham Choir"
            continue
        if _school(org) and (pupil := _pupil(doc, entities, prep_i)) is not None:
            links.append(Link(pupil, org.name, None))  # "Jago goes to Colmore Junior School"
            continue
        if word == "to" and doc[prep_i - 1].lower_ == "through":
            # "She put me through to Brightwater's claims team, a Tobias Wren": the
            # one the call reached there
            if (named := _named_after(doc, entities, org)) is not None:
                links.append(Link(named.name, org.name, None))
            continue
        if word not in ORG_PREPS:
            continue
        if _venue_of_another(doc, orgs, prep_i):
            continue  # "who runs the Friendship Table here at St Aldhelm's": its venue
        ctx = _link_context(doc, entities, prep, word)
        kin = _kin_subject(doc, prep_i) if ctx is not None else None
        if kin is not None and _set_off_as_kin(doc, entities, kin, prep_i):
            kin = None  # "Rhian Pugh, my boss at the bakehouse": she is the boss
        if kin is not None and not any(
            e.kind == "person" and kin < e.start < prep_i for e in entities
        ):
            continue  # "her son is at Oakfield Primary": his school, not hers
        if ctx is None and word in ("with", "at") and doc[prep_i - 1].lower_ == "been":
            ctx = _WorkContext(None)  # "Kacper's been with Moorside Heating two years"
        person_right_before = any(e.kind == "person" and e.end == prep_i for e in entities)
        if word in ("from", "at") and doc[prep_i - 1].text == ",":
            # "Gareth Lloyd-Probert, from Dampfix Southern, they're the contractor"
            person_right_before = any(e.kind == "person" and e.end == prep_i - 1 for e in entities)
        if word == "from" and (comma := _said_again_as_one(doc, prep_i)):
            # "Norman Hale, him from the royal mail", "Tom Ash, the fella from Jewsons"
            person_right_before = any(e.kind == "person" and e.end == comma for e in entities)
        if word in ("from", "at") and doc[prep_i - 1].lower_ in WHERE_OVER:
            # "Bev over at the Whittington says", "Terry down at the bowls club"
            person_right_before = any(e.kind == "person" and e.end == prep_i - 1 for e in entities)
        visited = pronoun_said = False
        be_i = prep_i - 1 - _the_one(doc, prep_i)
        if word in ("from", "at", "with") and _be(doc, be_i):
            # "Dwayne's from Hollybush Athletic", "our health visitor, Ada Obi, is from X",
            # "Sinead's the one from Islington Council"
            subject = be_i - (doc[be_i - 1].text == ",")
            person_right_before = any(e.kind == "person" and e.end == subject for e in entities)
            # "Deepa Raval, she's from Elmfield University", "I met Tom. He's from X": a
            # "she" or "he" as the subject stands for the one named before it
            pronoun_said = _pronoun_subject(doc, entities, subject)
            person_right_before = person_right_before or pronoun_said
        elif ctx is not None and ctx.role_start is not None and word in ("from", "at", "with"):
            # "Marnie Okafor, she's an assessor with the Care Inspectorate, Shona Bell says
            # she's fair": a job said of a "she" or "he" opening the clause is that one's
            det = ctx.role_start - 1
            while det > 0 and (doc[det].pos_ == "DET" or doc[det].lower_ in ("one", "of")):
                det -= 1
            pronoun_said = _pronoun_subject(doc, entities, det)
            person_right_before = person_right_before or pronoun_said
        # "rang me from", "will ring you from": the one called is no part of it
        verb_i = prep_i - 1 - (prep_i > 1 and doc[prep_i - 1].lower_ in CALLED_ONES)
        if word == "from" and doc[verb_i].lower_ in CALLED:
            # "Hazel Brook rang from citizens advice", "Mr Brook, Hazel Brook, rang from X"
            subject = verb_i - (doc[verb_i - 1].text == ",")
            person_right_before = any(e.kind == "person" and e.end == subject for e in entities)
        elif word == "from" and doc[verb_i].lemma_ in CALLING:
            # "Ruta will ring from Tillingham Care", "Ivo's going to call from the depot"
            subject = verb_i
            while subject > 0 and (
                doc[subject - 1].pos_ in ("AUX", "PART") or doc[subject - 1].lower_ == "going"
            ):
                subject -= 1
            person_right_before = any(e.kind == "person" and e.end == subject for e in entities)
        elif (
            word == "from"
            and prep_i > 2
            and doc[prep_i - 1].lower_ in VISIT_PARTICLES
            and doc[prep_i - 2].lower_ in VISITED
        ):
            # "Ade Bello came by from the mosque with two crates" ("dropped by" is no lift)
            person_right_before = visited = any(
                e.kind == "person" and e.end == prep_i - 2 for e in entities
            )
        if person_right_before and ctx is None and not visited and _carried(doc, prep_i):
            continue  # "Dropped the kids at the school": taken there, not working there
        if person_right_before and ctx is None and not pronoun_said and _by_chance(doc, prep_i):
            continue  # "Bumped into Callum at the Co-op": met there, not working there
        # "a guy from the fire brigade, Dan Whitmore", "the head of X School, Mr Osei"
        # ("a call from Whipps Cross, the discharge team, Sinead Gallagher": past what it is)
        named = _named_after(doc, entities, org)
        named_after = named is not None
        if ctx and ctx.role_start and not named_after and _someone_elses(doc, ctx.role_start):
            continue  # "raise it with the head of housing at X": nobody named holds the job
        job = doc[prep_i - 1]
        if (
            ctx
            and ctx.role_start is not None
            and not named_after
            and job.dep_ in ("nsubj", "nsubjpass")
            and job.head.i >= org.end
            and ctx.role_start >= 2
            and doc[ctx.role_start - 1].lower_ == "the"  # not "Tom's a paramedic with X"
            and doc[ctx.role_start - 2].lower_ not in BE
            and any(
                e.kind == "person" and job.sent.start <= e.start < ctx.role_start for e in entities
            )
            # (but "tobias wren the manager at X wants": the job said right after the name,
            # unpunctuated as Whisper writes it, is that name's)
            and not any(e.kind == "person" and e.end == ctx.role_start - 1 for e in entities)
            # (nor "Shona, the coach at Holloway Pool, says": the job set off by commas right
            # after the name, which the parser took for the subject of "says")
            and not (
                doc[ctx.role_start - 2].text == ","
                and org.end < len(doc)
                and doc[org.end].text == ","
                and any(e.kind == "person" and e.end == ctx.role_start - 2 for e in entities)
            )
        ):
            # "Tariq, he's with Larkspur, and he says the OT team at Sutton Council fitted it":
            # a job that is the subject of its own verb is not the one named before it
            continue
        if (
            doc[prep_i - 1].lower_ in INDEFINITE
            and word in ("at", "from")
            and (be_i == prep_i - 1 or not person_right_before)
        ):
            # "someone at the ICB, the integrated care board, a woman called Joanne Pike"
            sent = doc[prep_i].sent
            after = [e for e in entities if e.kind == "person" and org.end <= e.start < sent.end]
            if not after and sent.end < len(doc):
                # "A woman from X did a talk here once... Ada Obi, that's it.": the name recalled
                # at the start of the next sentence
                nxt = doc[sent.end].sent
                after = [
                    e
                    for e in entities
                    if e.kind == "person"
                    and nxt.start <= e.start < nxt.end
                    and (e.start <= nxt.start + 1 or _name_said(doc[nxt.start : e.start]))
                ]
            between = [  # another "a woman from Y" before the name
                o
                for o in entities
                if o.kind == "org"
                and after
                and org.end <= o.start < after[0].start
                and o.start > 1
                and doc[o.start - 1].lower_ in ("at", "from")
                and doc[o.start - 2].lower_ in INDEFINITE
            ]
            if after and not between:  # not "a bloke from X, and a woman from Y, Lisette"
                links.append(Link(after[0].name, org.name, ctx.role if ctx else None))
                continue
        if ctx is None and not (
            (person_right_before or named_after) and word in ("at", "from", "with", "of")
        ):
            continue
        if named is not None and not person_right_before:
            if ctx is None and word == "at" and _speaks_next(doc, named):
                # "get the figures from environmental health at the council, Hamish says ask
                # for Sorcha": no job before "at", and the name opens a new clause of speech
                continue
            role = ctx.role if ctx else None
            links.append(Link(named.name, org.name, role))
            continue
        person = _person_for(entities, doc, prep_i, org)
        if (
            ctx
            and ctx.role
            and ctx.role.split()[-1] in NOT_PERSON_ROLES
            and not any(
                e.kind == "person" and doc[prep_i].sent.start <= e.start < prep_i for e in entities
            )
            and not any(t.lower_ in PRONOUNS for t in doc[doc[prep_i].sent.start : prep_i])
            and _job_elsewhere(doc, entities, person, org)
        ):
            person = None  # "Met the team from Northgate Food Bank. The vicar, X": the church's
        if (
            ctx
            and ctx.role_start is not None
            and ctx.role_start > 0
            and doc[ctx.role_start - 1].tag_ == "POS"  # "Rory's", not "he's"
            and not _whose_said_of(doc, ctx.role_start - 2)
        ):
            # "Rory's teacher at Avenue Primary, Mrs Lakhani": the job is someone else's
            sent_end = doc[prep_i].sent.end
            after = [e for e in entities if e.kind == "person" and org.end <= e.start < sent_end]
            person = after[0].name if after and after[0].start <= org.end + 1 else None
            # "Mr Dale, Rory's teacher at Avenue Primary, says": the name it is set off after
            comma = ctx.role_start - 3
            # ("Miss Oakden, Lily-Rose's teacher at": a possessor of more than one word)
            whose = [
                e
                for e in entities
                if e.kind == "person" and e.end in (ctx.role_start - 1, ctx.role_start)
            ]
            if whose:
                comma = whose[0].start - 1
            named_before = [
                e
                for e in entities
                if e.kind == "person" and comma > 0 and doc[comma].text == "," and e.end == comma
            ]
            if person is None and named_before:
                person = named_before[0].name
        if (
            ctx
            and ctx.role_start is not None
            and (holder := _holder_after(doc, entities, ctx, org))
        ):
            person = holder  # "She needs a jab, the practice nurse at X can do it, Nurse Obi"
        if person is not None and _someone_new(doc, entities, ctx, prep_i, person):
            continue  # "They're sending a surveyor from Dryfix": not whoever was named before
        if person is None:
            continue
        org = _corrected(doc, entities, _renamed(doc, entities, org))
        if ctx and ctx.role_start is not None:
            role_tokens.update(range(ctx.role_start, prep_i))
        role = (ctx.role if ctx else None) or _role_after(doc, org.end)
        # "she's our Unison rep at the Whittington": the job is the one whose name it carries
        inner = [
            o
            for o in orgs
            if ctx and ctx.role_start is not None and ctx.role_start <= o.start and o.end < prep_i
        ]
        if inner and _role_word(doc[prep_i - 1].lower_):
            org, role = inner[-1], " ".join(t.lower_ for t in doc[inner[-1].end : prep_i])
        if _councillor(role) and not _council(org):
            continue  # "our ward councillor for Southside Central": the ward she stands for
        links.append(Link(person, org.name, role))
