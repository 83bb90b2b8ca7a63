"""Who works where: person -> organisation links, with roles, read from the sentence, the
sentences before it and the pronouns after a name.

Separate from name resolution because links are read only once the memo's names are settled.

The readings every pass shares live in submodules, each importing only the ones below it:
`context` (whether the words before a preposition say work there), `roles` (the job said
beside a name), `kinds` (which organisation a job or a meeting belongs to) and `subjects` (who
a clause is about).
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Any

from .. import lexicon
from ..entities import (
    CARRY_VERBS,
    FILLERS,
    GENERIC_WORKPLACES,
    INDEFINITE,
    NOT_PERSON_ROLES,
    ORG_PREPS,
    WORK_VERBS,
    _Entity,
    _role_word,
    sentences_back,
    sentences_on,
)
from ..lexicon import ROLE_DROP, TITLE_ROLES, org_suffixes
from ..records import Link
from ..rules.org_words import APPOSITIVE_ORG_HEADS, PART_HEADS
from ..rules.person_words import KIN, ORG_NOUNS, WHERE_OVER
from ..rules.work import _role_after, _role_before, _work_context, _WorkContext
from .context import (
    BOARDS,
    CALLED,
    DOES,
    KIN_OR_WORK,
    LINK_VERBS,
    RUN_VERBS,
    STATIONS,
    WORK_THINGS,
    _link_context,
)
from .kinds import (
    LANDLORDS,
    MEETINGS,
    RANG,
    ROLE_ORGS,
    WORKPLACE_WORDS,
    _council,
    _fits,
    _fitting,
    _host,
    _letting,
    _meeting_body,
    _meeting_of,
    _rung,
)
from .roles import _appositive_role, _set_off_before, _whose_job
from .subjects import (
    BE,
    ELDEST,
    PRONOUNS,
    WHOSE,
    _be,
    _in_memory,
    _kin_subject,
    _person_before,
    _poss_at,
    _pronoun_subject,
    _relative_named,
    _same_sentence,
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
    if org.end + 1 >= len(doc) or doc[org.end].text != ",":
        return None
    if org.end + 1 in people:
        return people[org.end + 1]
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


def _workplace_in_words(doc: Any, orgs: list[_Entity], prep_i: int) -> bool:
    """Whether "at", "for" or "with" at `prep_i` opens a workplace said in common words
    ("at the health board", "for the trust"), no organisation named."""
    if doc[prep_i].lower_ not in ("at", "for", "with"):
        return False
    i = prep_i + 1 + (prep_i + 1 < len(doc) and doc[prep_i + 1].lower_ in ("the", "their"))
    if any(o.start <= i < o.end for o in orgs):
        return False
    for k in range(i, min(len(doc), i + 3)):
        if not doc[k].is_lower or not doc[k].is_alpha:
            return False
        if doc[k].lower_ in WORKPLACE_WORDS:
            return True
    return False


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


# Words before the side played: "lost to X", "beat X", "against X".
AGAINST = {"against", "vs", "versus", "v", "beat", "beating", "played", "playing"}
LOST = {"lost", "losing", "lose", "drew", "draw"}


def _opponent(doc: Any, org: _Entity) -> bool:
    """Whether the organisation is the side played against ("we lost 31 to 24 to Hollin
    Comets", "beat Hollin Rovers"): no one of ours plays for it."""
    i = org.start - 1 - (org.start > 0 and doc[org.start - 1].lower_ == "the")
    if i < 0:
        return False
    if doc[i].lower_ in AGAINST:
        return True
    return doc[i].lower_ == "to" and any(
        t.lower_ in LOST for t in doc[max(doc[i].sent.start, i - 6) : i]
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


def _links_from_context(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """People tied to an organisation named a sentence or two before them: someone
    introduced by their job ("Went into Tesco ... Dev Sharma, the store manager") or as the
    one spoken to ("Rang Octopus Energy ... The woman I spoke to, Priti")."""
    linked = {link.person for link in links if link.org}
    with_role = {link.person for link in links if link.org and link.role}
    orgs = [e for e in entities if e.kind == "org"]
    person_starts = {e.start for e in entities if e.kind == "person"}
    for e in entities:
        if e.kind != "person":
            continue
        if e.name in with_role and not _has_new_role(doc, entities, e, links):
            continue
        if _relative_named(doc, e):
            continue  # "Tesco had a sale. My husband Tom, he's a nurse, ...": not Tesco's
        if (team := _on_their_team(doc, entities, e, links)) is not None:
            links.append(team)
            linked.add(e.name)
            with_role.add(e.name)
            continue
        role = _appositive_role(doc, e)
        if e.name in linked and role is None:
            continue  # a second organisation only for a job said here ("Chair of governors is")
        if any(
            x.person == e.name and o.name == x.org and e.end <= o.start <= e.end + 3
            for x in links
            for o in orgs
        ):
            continue  # "the health visitor, Ann Lee, from Guy's": the job is at the one said
        lead = doc[max(doc[e.start].sent.start, e.start - 6) : e.start]
        if (
            e.name in linked
            and not any(_role_word(t.lower_) for t in lead)  # a job said before the name
            and e.end + 1 < len(doc)
            and doc[e.end].text == ","
            and doc[e.end + 1].pos_ in ("PRON", "DET")
        ):
            continue  # "a woman from Arup, Lisette, she's an engineer there": the same one
        lead8 = [t.lower_ for t in doc[max(0, e.start - 8) : e.start]]
        cues = {
            w
            for w in lead8
            if w
            in ("spoke", "talked", "dealt", "called", "named", "answered", "replied", "through")
        }
        # "stockport council rang ..., a man called Glyn Powell"; but "popped into a bookshop
        # and a woman called Gwen recommended": named only, nobody rang or was rung
        if cues and cues <= {"called", "named"}:
            window = doc[sentences_back(doc, e.start, 1) : e.start]
            if not any(
                (
                    t.lower_ in RANG | CALLED - {"popped"} and t.i + 1 not in person_starts
                )  # "a man called Tom": naming, not ringing
                or (t.lower_ == "hold" and doc[t.i - 1].lower_ == "on")  # "on hold to HMRC"
                for t in window
            ):
                cues = set()
        spoken_to = bool(cues) and any(w in INDEFINITE for w in lead8)
        # "Rang Anchor Housing. They put me through to Mohsin Ali"
        # "spoke to a Gemma Hale", "got through to a Tom": the article before a name one has
        # just met
        k = e.start - (e.start > 0 and doc[e.start - 1].lower_ in ("a", "an"))
        spoken_to = spoken_to or [t.lower_ for t in doc[max(0, k - 2) : k]] == ["through", "to"]
        # "Rang Harrow Homes, spoke to Struan": the one who answered where the call went
        sent = doc[e.start].sent
        # ("Called Age UK Enfield. Spoke to Jean, she'll send a form": the call said just
        # before, "spoke to" opening the next sentence)
        opens = all(
            t.lower_ in FILLERS or t.is_punct for t in doc[sent.start : max(sent.start, k - 2)]
        )
        rung_from = sentences_back(doc, e.start, 1) if opens and role is None else sent.start
        spoken_to = spoken_to or (
            [t.lower_ for t in doc[max(sent.start, k - 2) : k]]
            in (["spoke", "to"], ["talked", "to"], ["speaking", "to"], ["spoke", "with"])
            and any(
                t.lower_ in RANG and (rung_from == sent.start or not _called_in(t))
                for t in doc[rung_from : k - 2]
            )
        )
        # "Emailed Hallam Council ... and got a reply from Mr Dale": who answered the message
        spoken_to = spoken_to or (
            k >= 2
            and doc[k - 1].lower_ == "from"
            and doc[k - 2].lower_ in ANSWERS
            and any(t.lower_ in RANG for t in doc[sent.start : k - 2])
        )
        # "Phoned Hackney Council. The woman in housing, Beatrix Cole, said": someone of the
        # body rung, introduced as "the woman" in a part of it or "on the phone" (only where
        # a body was rung, checked below; not "the man next door, Tom")
        lead_in_sent = [t.lower_ for t in doc[max(sent.start, e.start - 6) : e.start]]
        unnamed_one = (
            not spoken_to
            and e.start > 0
            and doc[e.start - 1].text == ","
            and any(
                w in INDEFINITE and set(lead_in_sent[k + 1 :]) & {"in", "on", "from", "at", "who"}
                for k, w in enumerate(lead_in_sent)
            )
        )
        spoken_to = spoken_to or unnamed_one
        # "I spoke to an officer there. Aisha Warsame.": the name said on its own after
        role_said = _introduced_before(doc, e)
        if role_said is not None:
            spoken_to, role = True, role or role_said
        if role is None and not spoken_to:
            continue
        window = sentences_back(doc, e.start, 2)
        # "one of their coaches, Ann Lee": theirs may be the side played
        theirs = any(t.lower_ == "their" for t in doc[max(0, e.start - 6) : e.end + 4])
        before = [
            o
            for o in orgs
            if window <= o.start and o.end <= e.start and (theirs or not _opponent(doc, o))
        ]
        hosts = [_host(doc, entities, o) for o in before]  # a meeting's venue: who met there
        before = list({o.name: o for o in hosts}.values())
        before = [
            o for o in before if not any(x.person == e.name and x.org == o.name for x in links)
        ]
        earlier = [o for o in orgs if o.end <= e.start]
        if role is not None and (body := _meeting_body(doc, entities, earlier, role)):
            # "Lantern Festival committee tonight. [...] Hamza Baig, our treasurer, says":
            # an officer of the body whose meeting the memo is about, however far back
            if not any(x.person == e.name and x.org == body.name for x in links):
                links.append(Link(e.name, body.name, role))
            linked.add(e.name)
            with_role.add(e.name)
            continue
        if not before and role is not None:
            # "... at Elmtree Primary. [two sentences] Mr Dale, the head, is fine with it": the
            # one organisation named earlier in the memo whose kind the job belongs to
            fitting = {o.name: o for o in earlier if _fits(o, role)}
            before = list(fitting.values()) if len(fitting) == 1 else []
        # the organisation rung or emailed, when one was, over one only talked about
        if role is not None and any(w in KIND_JOBS for w in role.split()):
            # "Got flowers from the Co-op. ... the nurse, Nurse Obi": a shop something was
            # bought at is not where a nurse, a teacher or a vicar works
            before = [o for o in before if _fits(o, role) or not _bought_at(doc, o)]
        if role is not None and role.split()[-1] in LANDLORDS:
            before = [o for o in before if not _letting(o)]  # lets the home through them
        if role is not None and _whose_job(doc, entities, e):
            # "Ana's form tutor, Ann Lee": a child's teacher is at the child's school, not at
            # the taxi firm named the sentence before; only one in the sentence, or one the
            # job belongs to, will do
            before = [o for o in before if _same_sentence(doc, o, e) or _fits(o, role)]
        contacted = [o for o in before if _rung(doc, o)]
        if spoken_to and not contacted and _rang_unnamed(doc, orgs, window, e.start):
            continue  # "Rang the council ... because Larkspur haven't ... a woman called X"
        answered = len(contacted) == 1 and spoken_to
        if unnamed_one and role is None and not answered:
            continue  # "the woman with the dog, Ann": nobody rung, no job said
        if answered:
            before = contacted
        if before:
            # who answered is at the body rung, whatever kind their job is
            org = before[0] if answered else _fitting(before, role, earlier)
            links.append(Link(e.name, org.name, role))
            linked.add(e.name)
            with_role.add(e.name)


# A part of someone's work said as theirs: "on his team", "in her office".
TEAMS = {"team", "ward", "unit", "department", "office", "practice", "staff", "crew"}


def _on_their_team(doc: Any, entities: list[_Entity], e: _Entity, links: list[Link]) -> Link | None:
    """ "Saw Mr Dale, he's with Leeds Teaching Hospitals. The nurse on his team, Ann Lee,
    gave me her number": a job set off before a name as on the team of someone named before
    is at that someone's organisation."""
    sent = doc[e.start].sent
    if e.start - 5 < sent.start or doc[e.start - 1].text != ",":
        return None
    words = _set_off_before(doc, e, 9)
    lows = [t.lower_ for t in words]
    if len(lows) < 4 or lows[-1] not in TEAMS or lows[-2] not in ("his", "her"):
        return None
    if lows[-3] not in ("on", "in", "from"):
        return None
    job = [t.lower_ for t in words[:-3] if t.is_alpha and t.pos_ not in ("DET", "PRON")]
    if not job or not _role_word(job[-1]):
        return None
    whose = _person_before(entities, doc, words[-2].i)
    orgs = [x.org for x in links if x.person == whose and x.org]
    return Link(e.name, orgs[-1], " ".join(job)) if whose and len(set(orgs)) == 1 else None


def _has_new_role(doc: Any, entities: list[_Entity], e: _Entity, links: list[Link]) -> bool:
    """ "The shed has got a new coordinator, Ann Lee. Ann used to be a fitter at the bus
    depot": someone linked elsewhere with a job whose job here is set off right after an
    organisation named earlier in the same sentence and not yet theirs."""
    sent = doc[e.start].sent
    if e.start < 2 or doc[e.start - 1].text != "," or not _role_word(doc[e.start - 2].lower_):
        return False
    theirs = {link.org for link in links if link.person == e.name}
    return any(
        o.kind == "org" and sent.start <= o.start and o.end < e.start - 2 and o.name not in theirs
        for o in entities
    )


# Nouns of an answer, before "from" and the one who answered: "a reply from Mr Dale".
ANSWERS = {"reply", "response", "answer", "email", "letter", "call", "message", "text"}


def _rang_unnamed(doc: Any, orgs: list[_Entity], start: int, end: int) -> bool:
    """Whether, between `start` and `end`, the speaker rang a workplace said only in common
    words ("rang the council", "phoned the surgery"): whoever answered is there, not at an
    organisation named around the call."""
    for t in doc[start:end]:
        if t.lower_ not in RANG or t.i + 2 >= end:
            continue
        i = t.i + 1 + (doc[t.i + 1].lower_ in ("the", "their", "our", "his", "her"))
        named = any(o.start <= i < o.end for o in orgs)
        # (not "rang the council, Hallam Council": named after all)
        named = named or (doc[i + 1].text == "," and any(o.start == i + 2 for o in orgs))
        if doc[i].lower_ in GENERIC_WORKPLACES and not named:
            return True
    return False


def _introduced_before(doc: Any, e: _Entity) -> str | None:
    """ "I spoke to an officer there. Aisha Warsame.": a name said as a sentence of its own
    right after a sentence that ends by speaking to someone described by a job or as a woman
    or man; the job (or None for a woman, a man) when so."""
    sent = doc[e.start].sent
    if e.start != sent.start or any(t.is_alpha for t in doc[e.end : sent.end]) or sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    words = [t for t in prev if t.is_alpha]
    tail = [t.lower_ for t in words[-5:]]
    if not any(w in ("spoke", "talked", "through") for w in tail):
        return None
    nouns = [t.lower_ for t in words[-3:] if t.lower_ not in ("there", "here")]
    for w in reversed(nouns):
        if _role_word(w) or w in INDEFINITE:
            return w if _role_word(w) else None
    return None


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


# Jobs that belong to a kind of organisation (a nurse to a surgery or a hospital).
KIND_JOBS = set().union(*ROLE_ORGS.values()) - {"manager", "secretary", "chair", "treasurer"}
BUY_VERBS = {
    "buy", "bought", "get", "got", "pick", "picked", "grab", "grabbed", "order", "ordered",
}  # fmt: skip


def _bought_at(doc: Any, org: _Entity) -> bool:
    """Whether the organisation is said as where something was bought or got: "got flowers
    from the Co-op", "picked up milk at Tesco"."""
    i = org.start - 1 - (org.start > 0 and doc[org.start - 1].lower_ == "the")
    if i < 1 or doc[i].lower_ not in ("from", "at", "in"):
        return False
    for t in reversed(doc[doc[i].sent.start : i]):
        if t.is_punct:
            return False
        if t.pos_ in ("VERB", "AUX"):
            return t.lower_ in BUY_VERBS or t.lemma_.lower() in BUY_VERBS
    return False


POSSESSIVE_ORG = {"their", "our", "its"}


# Words that keep a verb of working for its subject: "she's been", "he has", "still".
STILL_THERE = {"'s", "’s", "is", "was", "has", "had", "'d", "been", "also", "still", "now"}
WORKING = {
    "working": None, "worked": None, "volunteering": "volunteer", "volunteered": "volunteer",
    "teaching": "teacher", "taught": "teacher", "coaching": "coach", "coached": "coach",
}  # fmt: skip


def _links_by_pronoun(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """People tied to an organisation named before them by what a pronoun after them says:
    "Stuart Gillies collared me. He's the club secretary" (the club named earlier), "Maureen
    Hebden. She runs their leakage team" (theirs: the water company just named), "Desmond
    Bailey runs the place" (the youth club). The person is the one named last before the
    pronoun; the organisation the one named before the person whose kind fits the job, else
    the nearest, within the three sentences before."""
    orgs = [e for e in entities if e.kind == "org"]
    if not orgs:
        return
    linked = {link.person for link in links if link.org}
    for t in doc:
        subject = t.lower_ in PRONOUNS
        named = not subject and any(e.kind == "person" and e.end == t.i + 1 for e in entities)
        if not (subject or named):  # "she runs ...", "Desmond Bailey runs ..."
            continue
        first = t.i + 1
        if named and [w.lower_ for w in doc[first : first + 2]] == [",", "who"]:
            first += 2  # "Sheila, who runs it, said ..."
        elif named and first < len(doc) and doc[first].lower_ == "who":
            first += 1  # "sheila who runs it said ..."
        words = list(itertools.takewhile(lambda w: not w.is_punct, doc[first : first + 8]))
        if not words:
            continue
        lows = [w.lower_ for w in words]
        if subject and lows[0] == "s":
            lows[0] = "'s"  # "shes the health visitor": "she's" written without its apostrophe
        role: str | None = None
        # "she's been volunteering there nine years", "he has worked there since May"
        aux = next((i for i, w in enumerate(lows) if w not in STILL_THERE), len(lows))
        if lows[0] in BE and lows[1:2] == ["based"] and "there" in lows[2:4]:
            pass  # "she's based there": the organisation just named
        elif 0 < aux < len(lows) and lows[aux] in WORKING and "there" in lows[aux + 1 : aux + 3]:
            role = WORKING[lows[aux]]
        elif lows[0] in BE:  # "he's the club secretary", "Shona's their secretary"
            rest = [w for w in words[1:] if w.lower_ not in ROLE_DROP]
            if not rest or rest[0].lower_ not in ("the", "our", "their", "a", "an", "one"):
                continue
            if any(
                w.lower_ in ORG_PREPS | {"in", "on"}
                and any(o.start in (w.i + 1, w.i + 2) for o in orgs)
                for w in rest
            ):
                continue  # "she's the manager at X" is linked where X is said
            clause = itertools.takewhile(lambda w: not w.is_punct, doc[first : first + 14])
            if any(_workplace_in_words(doc, orgs, w.i) for w in clause):
                continue  # "she's the secretary for Dr Lee at the health board": not one named
            # ("their repairs liaison for the south of the borough" names no organisation)
            rest = list(
                itertools.takewhile(lambda w: w.lower_ not in ORG_PREPS | {"in", "on"}, rest)
            )
            nouns = [w.lower_ for w in rest if w.is_alpha and w.pos_ not in ("DET", "PRON", "ADP")]
            if not any(_role_word(w) for w in nouns):
                continue
            nouns = [n for n in nouns if n != "one"]
            last = max(i for i, n in enumerate(nouns) if _role_word(n))
            role = " ".join(nouns[: last + 1])  # "secretary actually": up to the job
        elif (
            lows[0] in RUN_VERBS
            and len(lows) > 1
            and (
                any(w in POSSESSIVE_ORG for w in lows[1:4])
                or lows[1:3] in (["the", "place"], ["the", "show"])
                or lows[1:2] == ["it"]
                # "he coordinates the langar volunteers", "she leads the youth programme
                # there": a part of the organisation at hand (one named here is linked
                # where it is said)
                or (
                    lows[1:2] == ["the"]
                    and lows[0] not in ("does", "looks", "handles", "owns")
                    and not any(o.start in range(first + 1, first + 9) for o in orgs)
                    # "she runs the adamsdown youth project": a body of its own, unnamed
                    and not any(w in org_suffixes() for w in lows[2:5] if w != "group")
                )
            )
        ):
            role = LINK_VERBS.get(lows[0])
        elif (
            lows[0] in WORK_VERBS
            and lows[0] not in BE | {"is", "was", "joined", "joins", "started", "starts"}
            and "there" in lows[1:3]
        ):
            # "Ann Lee works there", "she teaches there", "he volunteers there on Fridays":
            # "there" is the organisation just named
            role = WORK_VERBS[lows[0]] or _role_after(doc, words[lows.index("there")].i + 1)
        else:
            continue
        person = _person_before(entities, doc, t.i) if subject else None
        if named:
            person = next(e.name for e in entities if e.kind == "person" and e.end == t.i + 1)
        if person is None or person in linked:
            continue
        first = next(e for e in entities if e.kind == "person" and e.name == person)
        said = next(
            (e for e in entities if e.kind == "person" and e.name == person and e.end <= t.i + 1),
            first,
        )
        if _relative_named(doc, said):
            continue  # "His wife Ann runs the ...": a relative, not one of the organisation's
        window = sentences_back(doc, t.i, 3)
        theirs = "their" in lows  # "she's their captain": theirs may be the side played
        before = [
            o
            for o in orgs
            if window <= o.start and o.end <= t.i and (theirs or not _opponent(doc, o))
        ]
        near = [o for o in before if o.start < first.start or lows[0] in RUN_VERBS] or before
        named_before = {o.name for o in orgs if o.end <= t.i}
        if not near and len(named_before) == 1:  # the one organisation the memo is about
            near = [o for o in orgs if o.end <= t.i]
        if not near and "there" in lows and named_before:  # "there": the one named last
            near = [o for o in orgs if o.end <= t.i][-1:]
        if lows[0] in BE and lows[1:2] in (["a"], ["an"]) and "there" not in lows:
            # "She's a nurse" says what she does, not where: only an organisation of that kind
            near = [o for o in near if _fits(o, role)]
        if near:
            earlier = [o for o in orgs if o.end <= t.i]
            links.append(Link(person, _fitting(near, role, earlier).name, role))
            linked.add(person)


def _staff_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "At City Plumbing for the flue kit. Dean on the trade counter sorted me a discount":
    someone said to be on the counter, on reception or behind the bar, or "there" as the
    sentence opens, works at the organisation named just before."""
    linked = {link.person for link in links if link.org}
    for e in entities:
        if e.kind != "person" or e.name in linked or e.end + 1 >= len(doc):
            continue
        # "Darren there, Darren Pike, owns it": one of the place just named, opening the
        # sentence as who it is about (not "saw Ann there": someone met there)
        there = (
            doc[e.end].lower_ == "there"
            and e.start == doc[e.start].sent.start
            and (doc[e.end + 1].text == "," or doc[e.end + 1].pos_ in ("VERB", "AUX"))
        )
        if doc[e.end].lower_ not in ("on", "behind", "at") and not there:
            continue
        after = list(itertools.takewhile(lambda t: not t.is_punct, doc[e.end + 1 : e.end + 4]))
        if not there and (
            not after
            or after[0].lower_ not in ("the", "reception")
            or not any(t.lower_ in STATIONS for t in after)
        ):
            continue
        window = sentences_back(doc, e.start, 1)
        before = [o for o in entities if o.kind == "org" and window <= o.start and o.end <= e.start]
        if before:
            links.append(Link(e.name, before[-1].name, None))
            linked.add(e.name)


def _team_said(doc: Any, i: int) -> bool:
    """ "Emeka Eze, Haringey Council, environmental health, coming Thursday": a part of the
    organisation set off after it by commas, in lower case (not a list: "Tesco, Lidl, ...")."""
    words = list(itertools.takewhile(lambda t: t.text != ",", doc[i : i + 4]))
    return (
        0 < len(words) <= 3
        and i + len(words) < len(doc)
        and doc[i + len(words)].text == ","
        and all(t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in words)
    )


def _signed_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "Dean Hollis, Kestrel Homes, wants the form", "Email from Ada Obi, Barnet Council.":
    an organisation set off by commas right after a name, as it is signed, is theirs (not
    one in a list: "Ada, Tesco and the bank")."""
    linked = {link.person for link in links if link.org}
    orgs = {e.start: e for e in entities if e.kind == "org"}
    for e in entities:
        if e.kind != "person" or e.name in linked or e.end + 1 >= len(doc):
            continue
        org = orgs.get(e.end + 1)
        if doc[e.end].text != "," or org is None:
            continue
        after = doc[org.end] if org.end < len(doc) else None
        closed = (
            after is None
            or after.text == "."
            or (
                after.text == ","
                and org.end + 1 < len(doc)
                and (
                    doc[org.end + 1].pos_ in ("VERB", "AUX")
                    or (doc[org.end + 1].pos_ == "ADP" and doc[org.end + 1].lower_ != "and")
                    or _team_said(doc, org.end + 1)
                )
            )
        )
        if closed:
            links.append(Link(e.name, org.name, None))
            linked.add(e.name)


# "his college", "her surgery": a kind of organisation someone belongs to, named next.
KIND_WORDS = {
    "school", "college", "university", "academy", "nursery", "club", "surgery", "practice",
    "church", "hospital", "union",
}  # fmt: skip


def _possessed_kind_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "Kacper, my apprentice, his college have been on. Leeds College of Building want ...":
    someone's "college" (school, club, surgery, employer) is the organisation of that kind
    named in the same sentence or the next."""
    linked = {(link.person, link.org) for link in links}
    for t in doc:
        if t.lower_ not in ("his", "her") or t.i + 1 >= len(doc):
            continue
        kind = doc[t.i + 1].lower_
        if kind not in KIND_WORDS:
            continue
        person = _person_before(entities, doc, t.i)
        if person is None:
            continue
        end = sentences_on(doc, t.i, 1)
        after = [
            o
            for o in entities
            if o.kind == "org" and t.i < o.start < end and kind in o.name.lower().split()
        ]
        if after and (person, after[0].name) not in linked:
            links.append(Link(person, after[0].name, None))
            linked.add((person, after[0].name))


def _colleague_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "Kirsty at Age UK is sorting it. Her colleague Mandeep will ring": a colleague of
    someone known to work somewhere works there too."""
    linked = {link.person for link in links if link.org}
    for e in entities:
        if e.kind != "person" or e.name in linked or e.start < 2:
            continue
        if doc[e.start - 1].lower_ not in ("colleague", "colleagues", "boss", "manager"):
            continue
        if doc[e.start - 2].lower_ not in ("his", "her", "their"):
            continue
        other = _person_before(entities, doc, e.start - 2)
        orgs = [link.org for link in links if link.person == other and link.org]
        if other and other != e.name and len(set(orgs)) == 1:
            links.append(Link(e.name, orgs[0], None))
            linked.add(e.name)


# Verbs of owning or running a business together: "she owns it with her sister Ada".
SHARED_VERBS = {"owns", "own", "runs", "run", "started", "founded", "set", "co-owns"}


def _partner_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "Met Ada Obi at Pickle Deli, she owns it with her sister Ife", "Tom runs Reed Removals
    with his brother Sam": the one it is owned or run with shares the organisation."""
    linked = {link.person for link in links if link.org}
    for e in entities:
        if e.kind != "person" or e.name in linked:
            continue
        i = e.start
        while i > 0 and i > e.start - 3 and doc[i - 1].lower_ in KIN | WHOSE | ELDEST:
            i -= 1
        if i < 2 or doc[i - 1].lower_ != "with":
            continue
        verb = next(
            (
                t
                for t in reversed(doc[doc[i].sent.start : i - 1])
                if t.is_punct or t.lower_ in SHARED_VERBS
            ),
            None,
        )
        if verb is None or verb.is_punct or not _third_person_subject(doc, entities, verb.i):
            continue
        owned = doc[verb.i + 1 : i - 1]
        said = {t.lower_ for t in owned} & {"it", "place", "business", "shop", "firm", "company"}
        if not said and not any(
            o.kind == "org" and o.start in range(verb.i + 1, i) for o in entities
        ):
            continue  # "runs the Saturday stall with her husband": not the business
        other = _person_before(entities, doc, verb.i)
        theirs = [link for link in links if link.person == other and link.org]
        if other and other != e.name and len({link.org for link in theirs}) == 1:
            links.append(Link(e.name, theirs[0].org, theirs[0].role))
            linked.add(e.name)


# Organisations whose staff people call by title: "Mrs Ackroyd" at the school.
TITLED_PLACES = {
    "school", "primary", "academy", "college", "surgery", "practice", "hospital", "church",
    "chapel", "mosque", "council", "nursery", "infants", "juniors", "high", "capel", "eglwys",
    "ysgol",
}  # fmt: skip


# Titles of the clergy: "the Reverend Ada Obi" is known through the church of the memo.
CLERGY = {"rev", "reverend", "vicar", "pastor", "father", "imam", "rabbi"}
WORSHIP = {
    "church", "chapel", "mosque", "synagogue", "temple", "gurdwara", "cathedral", "parish",
    "islamic", "minster", "abbey", "capel", "eglwys", "masjid", "mandir",
}  # fmt: skip


def _kind_said(doc: Any, org: _Entity) -> set[str]:
    """The kind of place set off before a name that does not say it: "the Polish church in
    Balham, Christ the King", "the little school on the corner, Oakfield" -> {"church"}."""
    i = org.start - 1
    if i < 2 or doc[i].text != ",":
        return set()
    for t in reversed(doc[max(doc[i].sent.start, i - 7) : i]):
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            break
        if t.is_lower and (t.lower_ in WORSHIP or t.lower_ in TITLED_PLACES):
            return {t.lower_}
    return set()


def _worship(org: _Entity) -> bool:
    """A church, mosque or temple: by its kind, or a saint's name ("St Monica's")."""
    words = org.name.lower().split()
    return bool(set(words) & WORSHIP) or words[0] in ("st", "st.", "saint")


def _councillor(role: str | None) -> bool:
    """Whether the job is a councillor's: who is "councillor for" somewhere is for a ward."""
    return bool(role) and role.split()[-1] in ("councillor", "councilor", "cllr")


# Last words of a part of an organisation, named: "Pinckney Ward", "the Acorn Unit".
PARTS = PART_HEADS | {"ward", "wing", "clinic", "branch"}
# A council's services, said on their own: "Ada from environmental health".
COUNCIL_SERVICES = {
    "environmental health", "housing", "highways", "planning", "parking", "licensing",
    "social services", "building control", "council tax", "housing benefit", "waste services",
    "trading standards", "adult social care", "children's services", "social work",
}  # fmt: skip


def _part_said(doc: Any, e: _Entity) -> str | None:
    """The part of an organisation said right after a name ("Ada Obi from the blue badge
    team", "Tom, from environmental health,"), in words that name no organisation."""
    i = e.end + (e.end < len(doc) and doc[e.end].text == ",")
    if i >= len(doc) or doc[i].lower_ not in ("from", "in", "at", "on"):
        return None
    words = []
    for t in doc[i + 1 : min(doc[e.start].sent.end, i + 6)]:
        if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "PRON") or t.ent_type_ in ("ORG",):
            break
        if t.lower_ != "the":
            words.append(t.lower_)
    phrase = " ".join(words)
    for n in range(len(words), 0, -1):
        if " ".join(words[:n]) in COUNCIL_SERVICES:
            return " ".join(words[:n])
    return phrase if words and words[-1] in PART_HEADS and len(words) >= 2 else None


def _department_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "Rang Hillingdon Council ... Ada Obi from the blue badge team says", "Tom Reed from
    environmental health was there too": someone from a part of an organisation is with the
    organisation rung or named in the sentences before (for a council's service, the one
    council the memo names)."""
    linked = {link.person for link in links if link.org}
    for e in entities:
        if e.kind != "person" or e.name in linked:
            continue
        part = _part_said(doc, e)
        if part is None:
            continue
        window = sentences_back(doc, e.start, 2)
        orgs = [o for o in entities if o.kind == "org" and o.end <= e.start]
        near = {o.name: o for o in orgs if o.start >= window}
        rung = {o.name for o in near.values() if _rung(doc, o)}
        councils = {o.name for o in orgs if _council(o)}
        one_council = part in COUNCIL_SERVICES and len(councils) == 1
        found = councils if one_council else rung or set(near)
        if len(found) == 1:
            links.append(Link(e.name, next(iter(found)), part))
            linked.add(e.name)


def _titled_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "Dropped the kids at Elmtree Primary, Ollie's got Mrs Ackroyd this year": someone
    named by a title of address, in the sentence after an organisation or the next one, is
    known through it; so is a doctor seen "at" one ("saw Doctor Adeyemi at Elm Lodge"), and
    a member of the clergy only through a church, mosque or temple."""
    linked = {link.person for link in links if link.org}
    for e in entities:
        if e.kind != "person" or e.name in linked or not e.title:
            continue
        title = e.title.lower().rstrip(".")
        if _in_memory(doc, e):
            continue  # "collecting for Macmillan in memory of Mrs Ames": no one there
        councils = {o.name for o in entities if o.kind == "org" and _council(o)}
        if title in ("councillor", "cllr", "councilor") and len(councils) == 1:
            # "Councillor Ada Obi ... the head of housing at Northfield Council": her council
            links.append(Link(e.name, next(iter(councils)), None))
            linked.add(e.name)
            continue
        if title not in ("mr", "mrs", "ms", "miss", "dr", "doctor") and title not in CLERGY:
            continue
        if _served(doc, entities, e):
            continue  # "about Mrs Pappas's crown", "Ana's teacher, Mrs Lee": not staff here
        at = e.end + (e.end < len(doc) and doc[e.end].lower_ == "at")
        at += at > e.end and at < len(doc) and doc[at].lower_ == "the"
        seen_at = [o for o in entities if o.kind == "org" and o.start == at and at > e.end]
        if title in ("dr", "doctor") and seen_at:
            links.append(Link(e.name, seen_at[0].name, None))
            linked.add(e.name)
            continue
        window = sentences_back(doc, e.start, 1)
        before = [o for o in entities if o.kind == "org" and window <= o.start and o.end <= e.start]
        # the sentence before only for places where people go by title (a school, a surgery)
        kinds = {o.start: set(o.name.lower().split()) | _kind_said(doc, o) for o in before}
        before = [
            o
            for o in before
            if o.start >= doc[e.start].sent.start
            or kinds[o.start] & TITLED_PLACES
            or (title in CLERGY and (_worship(o) or kinds[o.start] & WORSHIP))
        ]
        if title in CLERGY:
            before = [o for o in before if _worship(o) or kinds[o.start] & WORSHIP]
        if before:
            links.append(Link(e.name, before[-1].name, None))
            linked.add(e.name)


def _served(doc: Any, entities: list[_Entity], e: _Entity) -> bool:
    """Whether someone named by a title is said as one the organisations around are serving
    rather than one of their staff: a landlord after a letting agent ("the landlord, Mr
    Pappas"), someone whose thing is seen to ("about Mrs Pappas's crown"), or someone else's
    teacher or tutor."""
    role = _appositive_role(doc, e)
    if role is not None and role.split()[-1] in LANDLORDS:
        return any(o.kind == "org" and _letting(o) for o in entities if o.end <= e.start)
    if role is not None and _whose_job(doc, entities, e):
        return not any(
            o.kind == "org" and o.end <= e.start and (_same_sentence(doc, o, e) or _fits(o, role))
            for o in entities
        )
    end = _poss_at(doc, e)
    return (
        end + 1 < len(doc)
        and doc[end].tag_ == "POS"
        and doc[end + 1].pos_ == "NOUN"
        and not _role_word(doc[end + 1].lower_)
        and doc[end + 1].lower_ not in WORK_THINGS
    )


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
            for t in words[1:-1]
        )
    ):  # but not "Her partner Ahmed runs a running club, ...": that is Ahmed's
        return _person_before(entities, doc, words[0].i)
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


def _from_the_kind(doc: Any, entities: list[_Entity], comma_i: int) -> str | None:
    """ "Jodie from the nursery, Little Acorns": the person right before "from the <kind>"."""
    i = comma_i - 1
    if i < 2 or doc[i].lower_ not in APPOSITIVE_ORG_HEADS:
        return None
    j = i - 1
    cues = ("from", "at", "for", "with", *LINK_VERBS, "works", "volunteers")
    while j > doc[comma_i].sent.start and doc[j].lower_ not in cues and i - j < 5:
        if doc[j].is_punct:
            return None
        j -= 1
    if doc[j].lower_ in ("from", "at", "for", "with"):
        if doc[j].lower_ == "at" and _by_chance(doc, j):
            return None  # "Bumped into Priya at the leisure centre, Hollybush Leisure Centre"
        # "Quang Tran, from the agency, Locums Direct": a comma may set the "from" off
        end = j - 1 if doc[j - 1].text == "," else j
        person = next((e.name for e in entities if e.kind == "person" and e.end == end), None)
        if person is None and doc[j].lower_ != "from" and _work_context(doc, doc[j]) is not None:
            # "Marnie volunteers at the refugee centre, the Hollin Welcome Centre"
            return _person_before(entities, doc, j)
        return person
    if doc[j].lower_ in cues:  # "Her partner Ahmed runs a running club, Bedminster Striders"
        return _person_before(entities, doc, j)
    return None


# Calling, in any tense, from where someone works: "Ruta will ring from Tillingham Care".
CALLING = {"ring", "call", "phone", "email", "text", "message", "write"}
CALLED_ONES = {"me", "you", "us", "him", "her", "them"}


def _called_in(t: Any) -> bool:
    """ "Called into Quillan Energy", "called round at the office": a visit, not a call, so
    whoever one spoke to in the next sentence may be anyone there."""
    doc = t.doc
    return t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("into", "in", "round", "by", "at")


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


def _job_with_org_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "Ada Obi, the Age UK Camden coordinator, says", "Yusuf rang, the food bank chair",
    "Ann's the Elm Lodge manager": a
    job set off after a name (or after the name and how they got in touch) that carries an
    organisation's name before its head word says where that one works."""
    orgs = {e.start: e for e in entities if e.kind == "org"}
    for e in entities:
        if e.kind != "person":
            continue
        i = e.end + (e.end < len(doc) and doc[e.end].lower_ in CALLED)
        if i + 2 >= len(doc) or not (doc[i].text == "," or _be(doc, i)):
            continue  # (or "Delroy is the Fortismere School caretaker")
        if doc[i + 1].lower_ not in ("the", "our", "their", "his", "her", "my", "a", "an"):
            continue
        sent_end = doc[i].sent.end
        org, k = None, i + 2
        while k < min(sent_end, i + 10) and not doc[k].is_punct:
            if org is None and k in orgs:
                org, k = orgs[k], orgs[k].end
                continue
            if org is not None and _role_word(doc[k].lower_):
                role = " ".join(t.lower_ for t in doc[org.end : k + 1])
                if Link(e.name, org.name, None) not in links:
                    links.append(Link(e.name, org.name, role))
                break
            if org is None and doc[k].pos_ in ("VERB", "AUX"):
                break
            k += 1


def _org_job(doc: Any, org: _Entity) -> tuple[int, int] | None:
    """Where the job or team said after an organisation's "'s" runs ("Hallam Council's
    grants officer", "Age UK's outreach team"): the words from after the "'s" to the job's
    or team's head, as (start, end); None when no job or team follows."""
    i = _poss_at(doc, org)
    if i >= len(doc) or doc[i].tag_ != "POS" or doc[i].text not in ("'s", "’s"):
        return None
    sent_end = doc[i].sent.end
    for k in range(i + 1, min(sent_end, i + 5)):
        t = doc[k]
        if t.tag_ == "VBG" and k + 1 < sent_end and doc[k + 1].pos_ == "NOUN":
            continue  # "Age UK's befriending coordinator"
        if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "PRON", "DET"):
            return None
        if _role_word(t.lower_) or t.lower_ in PART_HEADS:
            return (i + 1, k + 1)
    return None


def _org_job_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "Hallam Council's grants officer, Ada Obi, rang", "a guy called Tom Reed in Hallam
    Council's markets team", "Ada Obi, Age UK's outreach worker": a job or team said as an
    organisation's is at that organisation, whoever holds it is named next to it."""
    people = [e for e in entities if e.kind == "person"]
    for org in (e for e in entities if e.kind == "org"):
        span = _org_job(doc, org)
        theirs = _poss_at(doc, org)  # where its "'s" is
        own = [p for p in people if p.start == theirs + 1 and doc[theirs].tag_ == "POS"]
        if span is None and own:  # "Camden Council's Ruth Kilbane said"
            links.append(Link(own[0].name, org.name, None))
            continue
        if span is None:
            continue
        person = None
        # the name set off after the job (past a remit: "grants officer for adaptations,")
        sent_end = doc[span[1] - 1].sent.end
        # (or right after it, unpunctuated: "Age UK's befriending coordinator Hilda Moss rang")
        person = next((p for p in people if p.start == span[1]), None)
        for k in range(span[1], min(sent_end - 1, span[1] + 5)):
            if person is not None:
                break
            if doc[k].text == ",":
                person = next((p for p in people if p.start == k + 1), None)
                break
            if doc[k].pos_ in ("VERB", "AUX"):
                break
        # or the name right before it: "Tom Reed in Hallam Council's ...", "Ada Obi, Age UK's"
        if person is None and org.start >= 2:
            i = org.start - 1 - (doc[org.start - 1].lower_ == "the")
            if doc[i].lower_ in ("in", "at", "from", "with", "on", ","):
                person = next((p for p in people if p.end == i), None)
            elif _be(doc, i):
                # "Rory Blaine, he's Clarion Housing's damp surveyor", "Ann's Peabody's
                # voids manager": the one the "is" is said of
                person = next((p for p in people if p.end == i), None)
                if person is None and _pronoun_subject(doc, entities, i):
                    name = _person_before(entities, doc, i - 1)
                    person = next((p for p in people if p.name == name), None)
        if person is None:
            continue
        # what the job is for is no workplace of theirs ("officer for adaptations")
        remit = {o.name for o in entities if o.kind == "org" and span[1] <= o.start < person.start}
        links[:] = [x for x in links if x.person != person.name or x.org not in remit | {org.name}]
        role = " ".join(t.lower_ for t in doc[span[0] : span[1]])
        links.append(Link(person.name, org.name, role))


# How a customer speaks of a business: "her favourite shop", "his usual garage".
CUSTOMERS_WORDS = {"favourite", "favorite", "usual", "local", "regular", "old", "go-to"}


SENT = {"sent", "sends", "sending", "send"}
SENT_OFF = {"round", "over", "out", "along", "down", "up", "in"}


def _sent_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "Peabody sent Tobias Wren round to look at the damp": someone an organisation sends
    out is one of its people."""
    people = {e.start: e for e in entities if e.kind == "person"}
    for org in (e for e in entities if e.kind == "org"):
        i = org.end + (org.end < len(doc) and doc[org.end].lower_ in ("have", "has", "had"))
        if i + 2 >= len(doc) or doc[i].lower_ not in SENT:
            continue
        k = i + 1 + (doc[i + 1].lower_ in ("a", "an"))
        e = people.get(k)
        if e is None or e.end + 1 >= len(doc):
            continue
        # "sent Tom round", "sent Tom to fix it" (not "sent Tom a letter", "sent Tom home")
        errand = doc[e.end].lower_ == "to" and doc[e.end + 1].pos_ == "VERB"
        if doc[e.end].lower_ not in SENT_OFF and not errand:
            continue
        if not any(x.person == e.name and x.org == org.name for x in links):
            links.append(Link(e.name, org.name, None))


# Errands done at a business, no part of it: "does the Tesco run".
ERRANDS = {"run", "shop", "shopping", "order", "delivery", "trip", "click", "collection"}


def _runs_its_thing_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "Ann Lee, she does the Hollin Rovers WhatsApp and the subs", "he runs the Age UK
    newsletter": someone who does or runs a thing of an organisation's is one of its people."""
    for org in (e for e in entities if e.kind == "org"):
        i = org.start - 1
        if i < 2 or doc[i].lower_ != "the" or org.end >= len(doc):
            continue
        verb = doc[i - 1]
        thing = doc[org.end]
        if verb.lower_ not in RUN_VERBS | DOES or thing.pos_ not in ("NOUN", "PROPN"):
            continue
        if thing.lower_ in ORG_NOUNS | ERRANDS or _role_word(thing.lower_) or thing.ent_type_:
            continue  # "she does the Tesco run": her errand there
        subject = doc[i - 2]
        if subject.lower_ in PRONOUNS | {"who"}:
            person = _person_before(entities, doc, subject.i)
        else:
            person = next(
                (e.name for e in entities if e.kind == "person" and e.end == subject.i + 1), None
            )
        if person is not None and not any(x.person == person and x.org == org.name for x in links):
            links.append(Link(person, org.name, None))


def _own_business_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "A big order for Pickle and Pride, that's her chutney business": an organisation said
    to be his or hers is the business of the one that "his" or "her" stands for."""
    for org in (e for e in entities if e.kind == "org"):
        k = org.end
        if k + 3 >= len(doc) or doc[k].text != ",":
            continue
        words = [t.lower_ for t in doc[k + 1 : min(doc[k].sent.end, k + 8)]]
        if words[:2] not in (["that", "'s"], ["that", "’s"], ["that", "is"], ["which", "is"]):
            continue
        rest = list(itertools.takewhile(lambda w: w.isalpha() or w == "-", words[2:]))
        if len(rest) < 2 or rest[0] not in ("his", "her") or rest[-1] not in ORG_NOUNS:
            continue
        if set(rest) & CUSTOMERS_WORDS:
            continue  # "that's her favourite shop": where she buys
        person = _person_before(entities, doc, org.start)
        if person is not None and not any(x.person == person and x.org == org.name for x in links):
            links.append(Link(person, org.name, "owner"))


def _chaired_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "The patient group meeting at Elm Lodge ran late. Ilse Brandvold chaired": who chaired
    a meeting held at an organisation, in that sentence or the one before, is part of it."""
    linked = {link.person for link in links if link.org}
    for e in entities:
        if e.kind != "person" or e.name in linked or e.end >= len(doc):
            continue
        if doc[e.end].lower_ not in ("chaired", "chairs"):
            continue
        if e.end + 1 < len(doc) and not doc[e.end + 1].is_punct:
            continue  # "chaired the residents' group": that group is said
        window = sentences_back(doc, e.start, 1)
        held = [
            o
            for o in entities
            if o.kind == "org"
            and window <= o.start < e.start
            and (
                (
                    o.start >= 2
                    and doc[o.start - 1].lower_ in ("at", "of")
                    and doc[o.start - 2].lower_ in MEETINGS
                )
                or _meeting_of(doc, o)  # "The Lantern Festival committee met tonight"
            )
        ]
        if held:
            links.append(Link(e.name, _host(doc, entities, held[-1]).name, "chair"))
            linked.add(e.name)


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


# Kinds of workplace said in common words whose name may follow: "the surgery", "the school".
KIND_SAID = WORKPLACE_WORDS | {
    "garage", "nursery", "pharmacy", "chemist", "dentist", "dentists", "library", "church",
    "mosque", "gurdwara", "temple", "surgery", "association", "landlord", "agent", "agents",
    "hospice",
}  # fmt: skip
# Words a name of that kind carries: "the surgery" is "... Medical Practice".
KIND_NAMES = {
    "surgery": {"surgery", "practice", "medical", "health"},
    "practice": {"surgery", "practice", "medical", "health"},
    "hospital": {"hospital", "infirmary", "trust"},
    "school": {"school", "primary", "academy", "college", "high", "juniors", "infants"},
    "nursery": {"nursery", "nurseries", "preschool", "pre-school", "kindergarten"},
    "council": {"council", "borough"},
    "garage": {"motors", "garage", "autos", "tyres", "cars"},
    "dentist": {"dental", "dentist", "dentists", "smile"},
    "pharmacy": {"pharmacy", "chemist", "chemists"},
    "chemist": {"pharmacy", "chemist", "chemists"},
    "club": {"club", "fc", "juniors", "rovers", "united", "athletic"},
}
# Words that may open the sentence that names it: "It's Elm Road Surgery", "I mean, X".
NAMING_OPENERS = {"it", "it's", "'s", "’s", "that", "that's", "i", "mean", "oh", "sorry", *FILLERS}


def _kind_then_named(doc: Any, e: _Entity) -> int | None:
    """Where "the <kind>" said with a name runs, when the name's sentence names no organisation:
    "The surgery's practice manager, Helen, rang", "the OT from the hospital, Pete Marsh"."""
    sent = doc[e.start].sent
    for t in doc[max(sent.start, e.start - 8) : min(sent.end, e.end + 4)]:
        if t.lower_ not in KIND_SAID or t.i < 1 or doc[t.i - 1].lower_ != "the" or not t.is_lower:
            continue
        at = t.i > 1 and doc[t.i - 2].lower_ in ("from", "at", "with")
        if t.i > e.start:  # "Helen from the surgery", not "took Maisie to the school"
            if at and t.i - 2 - (doc[t.i - 3].text == ",") == e.end:
                return t.i
        elif at or any(_role_word(w.lower_) for w in doc[t.i + 1 : e.start]):
            return t.i  # "the surgery's practice manager, Helen", "someone from the hospital"
    return None


def _named_next(doc: Any, orgs: list[_Entity], i: int) -> _Entity | None:
    """The organisation the sentence after token `i` opens with, said on its own to name it:
    "... Bounds Green Group Practice, they've sorted it", "... North Mid, that is"."""
    sent = doc[i].sent
    if sent.end >= len(doc):
        return None
    nxt = doc[sent.end].sent
    k = nxt.start
    opener = NAMING_OPENERS
    while k < nxt.end and k - nxt.start < 3 and (doc[k].lower_ in opener or doc[k].is_punct):
        k += 1
    starts = {k, k + 1} if k < nxt.end and doc[k].lower_ == "the" else {k}
    return next((o for o in orgs if o.start in starts), None)


def _kind_named_after_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "The surgery's practice manager, Helen, rang back. Bounds Green Group Practice, they've
    sorted it": someone said to be at a workplace named only by its kind ("the surgery", "the
    school"), whose name the next sentence opens with. The name must carry the kind's words
    ("Practice" for a surgery), or be said alone to name it ("North Mid, that is")."""
    orgs = [o for o in entities if o.kind == "org"]
    linked = {link.person for link in links if link.org}
    for e in entities:
        if e.kind != "person" or e.name in linked or _relative_named(doc, e):
            continue
        sent = doc[e.start].sent
        if any(sent.start <= o.start < sent.end for o in orgs):
            continue
        kind = _kind_then_named(doc, e)
        if kind is None or (org := _named_next(doc, orgs, e.start)) is None:
            continue
        words = set(org.name.lower().split())
        named_sent = doc[org.start].sent
        rest = [t for t in doc[org.end : named_sent.end] if not t.is_punct]
        alone = len(rest) <= 2  # "North Mid, that is", "Stroud Green Practice, I mean."
        if not (words & KIND_NAMES.get(doc[kind].lower_, {doc[kind].lower_}) or alone):
            continue
        role = _appositive_role(doc, e)
        if role and role.split()[0] == doc[kind].lower_:
            role = role.split(" ", 1)[1] if " " in role else None  # "surgery practice manager"
        links.append(Link(e.name, org.name, role))
        linked.add(e.name)


# Words between two people joined by "and" that keep them one subject: "Steph and, um,
# Derek", "Carl and his colleague Mandy".
PAIR_GAP = FILLERS - {"no", "sorry"} | {",", "his", "her", "their", "colleague", "colleagues"}
# Words after the second of two people, before what they both do: "they're both on", "both".
PAIR_VERBS = {"run", "manage", "lead", "help", "chair", "own", "volunteer", "teach", "coach"}
PAIR_AFTER = FILLERS - {"no", "sorry"} | {",", "both", "they", "'re", "’re", "are", "all"}


def _pair_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "Kieran and Shola from Leyton Orient Trust came in", "Priya and Tom both work at the
    job centre", "Steph and, um, Derek, they're both on the committee at X": two people
    joined by "and" as one subject (right before "from", a plural verb, "are" or "they're
    both") are both of the organisation the second is tied to in that clause; not "at": "met
    Tom and Ann at Tesco" is where they were met."""
    people = [e for e in entities if e.kind == "person"]
    for first, second in itertools.pairwise(people):
        gap = [t.lower_ for t in doc[first.end : second.start]]
        if "and" not in gap or not set(gap) - {"and"} <= PAIR_GAP:
            continue
        if any(w in ("his", "her", "their") for w in gap) and not set(gap) & {
            "colleague",
            "colleagues",
        }:
            continue  # "Tom and his wife Ann": hers is not said to be his
        k = second.end
        while k < len(doc) and doc[k].lower_ in PAIR_AFTER:
            k += 1
        if k >= len(doc) or k >= doc[second.start].sent.end:
            continue
        verb = doc[k]
        said = doc[second.end : k]
        if not (
            verb.lower_ == "from"
            # "both work at", "volunteer at" (the tagger may read a plural verb as a noun)
            or (verb.lower_ in WORK_VERBS.keys() | PAIR_VERBS and verb.lower_ not in BE)
            or (verb.lower_ == "on" and any(t.lower_ in ("are", "'re", "’re") for t in said))
        ):
            continue
        sent_end = doc[second.start].sent.end
        orgs = {o.name for o in entities if o.kind == "org" and k < o.start < sent_end}
        theirs = [x for x in links if x.person == second.name and x.org in orgs]
        if not theirs or any(x.person == first.name and x.org for x in links):
            continue
        for x in theirs:
            links.append(Link(first.name, x.org, x.role))


def _who_runs_it_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "Popped into Bread and Roses. The woman who runs it, Ines, said ...", "the bloke who
    owns the place is Tunde": someone said first as who runs (or works at) the organisation
    just named, their name set off after."""
    orgs = [e for e in entities if e.kind == "org"]
    linked = {link.person for link in links if link.org}
    for t in doc[:-4]:
        if t.lower_ not in INDEFINITE or doc[t.i + 1].lower_ != "who":
            continue
        verb = doc[t.i + 2].lower_
        if verb not in RUN_VERBS and verb not in WORK_VERBS:
            continue
        k = t.i + 3
        if doc[k].lower_ == "it" or doc[k].lower_ == "there":
            k += 1
        elif [w.lower_ for w in doc[k : k + 2]] == ["the", "place"]:
            k += 2
        else:
            continue
        k += k < len(doc) and doc[k].lower_ in (",", "is", "was", "'s", "’s")
        person = next((e for e in entities if e.kind == "person" and e.start == k), None)
        before = [o for o in orgs if sentences_back(doc, t.i, 2) <= o.start and o.end <= t.i]
        if person is None or person.name in linked or not before:
            continue
        links.append(Link(person.name, before[-1].name, LINK_VERBS.get(verb)))
        linked.add(person.name)


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
        while prep_i > 0 and doc[prep_i].lower_ in ("the", ",", "um", "er", "erm", "uh"):
            if doc[prep_i].text == "," and doc[prep_i - 1].lower_ in APPOSITIVE_ORG_HEADS:
                break  # "Her swimming club, Stockport Metro"
            prep_i -= 1  # "at the, um, NHS North Central London ICB"
        prep = doc[prep_i]
        if prep.lower_ == "on" and doc[prep_i - 1].lower_ in ("'s", "is", "was", "sits", "serves"):
            # "he's on Manchester City Council as well"
            if (person := _person_before(entities, doc, prep_i)) is not None:
                links.append(Link(person, org.name, None))
            continue
        if prep.lower_ == "on" and (job := _role_before(doc, prep_i)) is not None:
            # "she's our ward councillor on Barnet Council", "a trustee on the Hale Trust"
            if (person := _person_before(entities, doc, prep_i)) is not None:
                role_tokens.update(range(job[1], prep_i))
                links.append(Link(person, org.name, job[0]))
            continue
        if prep.text == "," and (person := _possessed_org(doc, entities, prep_i)):
            links.append(Link(person, org.name, None))  # "Her swimming club, Stockport Metro"
            continue
        if prep.text == "," and (person := _from_the_kind(doc, entities, prep_i)):
            links.append(Link(person, org.name, None))  # "Jodie from the nursery, Little Acorns"
            continue
        if prep.lower_ in LINK_VERBS and (
            prep.pos_ == "VERB" or doc[prep_i - 1].lower_ in ("he", "she", "who")
        ):  # "she chairs the residents group" (the tagger may read "chairs" as a noun)
            # "Joy Okonkwo, who chairs Friends of Lordship Rec", "she runs the food bank"
            person = _person_before(entities, doc, prep_i)
            if prep.lower_ in ("joined", "joins") and not _third_person_subject(
                doc, entities, prep_i
            ):
                continue  # "I joined the gym"
            if person is not None:  # "joined Ocado as a driver": the job after
                role = LINK_VERBS[prep.lower_] or _role_after(doc, org.end)
                links.append(Link(person, _renamed(doc, entities, org).name, role))
            continue
        if prep.lower_ in ("called", "named") and doc[prep_i - 1].lower_ in ORG_NOUNS:
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
        if prep.lower_ == "by" and doc[prep_i - 1].lower_ in EMPLOYED:
            # "she's employed by the food bank itself, Ann Lee", "Tom was hired by Ocado"
            after = org.end + (org.end < len(doc) and doc[org.end].lower_ in ("itself", "now"))
            named = _named_after(doc, entities, replace(org, end=after))
            person = named.name if named else _person_for(entities, doc, prep_i, org)
            if person is not None:
                links.append(Link(person, org.name, None))
            continue
        if (
            prep.lower_ == "in"
            and doc[prep_i - 1].lower_ in ("works", "worked", "working")
            and _third_person_subject(doc, entities, prep_i - 1)
            and (person := _person_before(entities, doc, prep_i)) is not None
        ):
            links.append(Link(person, org.name, None))  # "Delroy works in Haringey Council"
            continue
        if _school(org) and (pupil := _pupil(doc, entities, prep_i)) is not None:
            links.append(Link(pupil, org.name, None))  # "Jago goes to Colmore Junior School"
            continue
        if prep.lower_ not in ORG_PREPS:
            continue
        if _venue_of_another(doc, orgs, prep_i):
            continue  # "who runs the Friendship Table here at St Aldhelm's": its venue
        ctx = _link_context(doc, entities, prep)
        kin = _kin_subject(doc, prep_i) if ctx is not None else None
        if kin is not None and not any(
            e.kind == "person" and kin < e.start < prep_i for e in entities
        ):
            continue  # "her son is at Oakfield Primary": his school, not hers
        if ctx is None and prep.lower_ in ("with", "at") and doc[prep_i - 1].lower_ == "been":
            ctx = _WorkContext(None)  # "Kacper's been with Moorside Heating two years"
        person_right_before = any(e.kind == "person" and e.end == prep_i for e in entities)
        if prep.lower_ in ("from", "at") and doc[prep_i - 1].text == ",":
            # "Gareth Lloyd-Probert, from Dampfix Southern, they're the contractor"
            person_right_before = any(e.kind == "person" and e.end == prep_i - 1 for e in entities)
        if prep.lower_ in ("from", "at") and doc[prep_i - 1].lower_ in WHERE_OVER:
            # "Bev over at the Whittington says", "Terry down at the bowls club"
            person_right_before = any(e.kind == "person" and e.end == prep_i - 1 for e in entities)
        visited = pronoun_said = False
        be_i = prep_i - 1 - _the_one(doc, prep_i)
        if prep.lower_ in ("from", "at", "with") and _be(doc, be_i):
            # "Dwayne's from Hollybush Athletic", "our health visitor, Ada Obi, is from X",
            # "Sinead's the one from Islington Council"
            subject = be_i - (doc[be_i - 1].text == ",")
            person_right_before = any(e.kind == "person" and e.end == subject for e in entities)
            # "Deepa Raval, she's from Elmfield University", "I met Tom. He's from X": a
            # "she" or "he" as the subject stands for the one named before it
            pronoun_said = _pronoun_subject(doc, entities, subject)
            person_right_before = person_right_before or pronoun_said
        # "rang me from", "will ring you from": the one called is no part of it
        verb_i = prep_i - 1 - (prep_i > 1 and doc[prep_i - 1].lower_ in CALLED_ONES)
        if prep.lower_ == "from" and doc[verb_i].lower_ in CALLED:
            # "Hazel Brook rang from citizens advice", "Mr Brook, Hazel Brook, rang from X"
            subject = verb_i - (doc[verb_i - 1].text == ",")
            person_right_before = any(e.kind == "person" and e.end == subject for e in entities)
        elif prep.lower_ == "from" and doc[verb_i].lemma_ in CALLING:
            # "Ruta will ring from Tillingham Care", "Ivo's going to call from the depot"
            subject = verb_i
            while subject > 0 and (
                doc[subject - 1].pos_ in ("AUX", "PART") or doc[subject - 1].lower_ == "going"
            ):
                subject -= 1
            person_right_before = any(e.kind == "person" and e.end == subject for e in entities)
        elif (
            prep.lower_ == "from"
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
        ):
            # "Tariq, he's with Larkspur, and he says the OT team at Sutton Council fitted it":
            # a job that is the subject of its own verb is not the one named before it
            continue
        if (
            doc[prep_i - 1].lower_ in INDEFINITE
            and prep.lower_ in ("at", "from")
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
            (person_right_before or named_after) and prep.lower_ in ("at", "from", "with", "of")
        ):
            continue
        if named is not None and not person_right_before:
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


def _links(doc: Any, entities: list[_Entity], role_tokens: set[int]) -> list[Link]:
    """Each person tied to the organisations and roles said with them.

    The tokens of the roles found are added to `role_tokens` (a role is not a topic).
    """
    # "Priya Shah's from X": a name whose span took the "'s" after it ends before it here,
    # so the verb is read as said after the name
    entities = [
        replace(e, end=e.end - 1)
        if e.kind == "person" and e.end - e.start > 1 and doc[e.end - 1].text in ("'s", "’s")
        else e
        for e in entities
    ]
    links: list[Link] = []
    _preposition_links(doc, entities, links, role_tokens)
    _links_from_context(doc, entities, links)
    _links_by_pronoun(doc, entities, links)
    _staff_links(doc, entities, links)
    _signed_links(doc, entities, links)
    _colleague_links(doc, entities, links)
    _partner_links(doc, entities, links)
    _department_links(doc, entities, links)
    _possessed_kind_links(doc, entities, links)
    _titled_links(doc, entities, links)
    _chaired_links(doc, entities, links)
    _job_with_org_links(doc, entities, links)
    _org_job_links(doc, entities, links)
    _own_business_links(doc, entities, links)
    _sent_links(doc, entities, links)
    _runs_its_thing_links(doc, entities, links)
    _kind_named_after_links(doc, entities, links)
    _who_runs_it_links(doc, entities, links)
    _pair_links(doc, entities, links)
    for e in entities:
        if e.kind == "person" and e.title and e.title.lower() in TITLE_ROLES:
            role = TITLE_ROLES[e.title.lower()]
            tied = [i for i, link in enumerate(links) if link.person == e.name]
            if tied and all(links[i].role is None for i in tied):
                links[tied[0]] = Link(e.name, links[tied[0]].org, role)
            elif not tied:
                links.append(Link(e.name, None, role))
    return list(dict.fromkeys(links))
