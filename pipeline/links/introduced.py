"""People tied to an organisation named a sentence or two before them, by how they are
introduced after it: by their job ("Went into Tesco ... Dev Sharma, the store manager"), as
the one spoken to ("Rang Octopus Energy ... The woman I spoke to, Priti"; "I spoke to an
officer there. Aisha Warsame."), or by what a pronoun or a verb after them says ("Stuart
Gillies collared me. He's the club secretary", "Maureen Hebden. She runs their leakage team",
"Desmond Bailey runs the place").

Of the organisations named before, the one rung, else the one the job belongs to, else the
nearest; not the side played against ("beat Hollin Rovers"), a shop something was bought at,
nor one named around a call to a workplace said only in common words ("Rang the council").
"""

from __future__ import annotations

import itertools
from typing import Any

from ..entities import (
    FILLERS,
    GENERIC_WORKPLACES,
    INDEFINITE,
    ORG_PREPS,
    WORK_VERBS,
    _Entity,
    _role_word,
    sentences_back,
)
from ..lexicon import CONTACT_VERBS, ROLE_DROP, UMS, org_suffixes
from ..records import Link
from ..rules.org_words import APPOSITIVE_ORG_HEADS, PART_HEADS
from ..rules.work import _role_after
from .context import CALLED, LINK_VERBS, RUN_VERBS, _as_said
from .kinds import (
    LANDLORDS,
    RANG,
    ROLE_ORGS,
    WORKPLACE_WORDS,
    _council,
    _councillor,
    _fits,
    _fitting,
    _host,
    _letting,
    _meeting_body,
    _rung,
)
from .roles import (
    JOB_PEOPLE,
    THERE_WORDS,
    _appositive_role,
    _job_owner,
    _set_off_before,
    _whose_job,
)
from .subjects import BE, PRONOUNS, _person_before, _relative_named, _same_sentence


def _workplace_in_words(doc: Any, orgs: list[_Entity], prep_i: int) -> bool:
    """Whether "at", "for" or "with" at `prep_i` opens a workplace said in common words
    ("at the health board", "for the trust", "the pharmacist at the harbour pharmacy"), no
    organisation named."""
    if _as_said(doc[prep_i]) not in ("at", "for", "with"):
        return False
    i = prep_i + 1 + (prep_i + 1 < len(doc) and doc[prep_i + 1].lower_ in ("the", "their"))
    if any(o.start <= i < o.end for o in orgs):
        return False
    for k in range(i, min(len(doc), i + 3)):
        if not doc[k].is_lower or not doc[k].is_alpha:
            return False
        if doc[k].lower_ in WORKPLACE_WORDS or doc[k].lower_ in APPOSITIVE_ORG_HEADS:
            return True
    return False


def _job_at_unnamed(doc: Any, orgs: list[_Entity], e: _Entity) -> bool:
    """Whether a job said beside the name is said at a workplace in common words, no
    organisation named ("Ravi, he's the pharmacist at the little pharmacy, Ravi Mehta")."""
    sent = doc[e.start].sent
    return any(
        t.i > 0
        and _role_word(doc[t.i - 1].lower_)
        and _workplace_in_words(doc, orgs, t.i)
        and not _the_kind(doc, t.i)
        for t in doc[max(sent.start, e.start - 8) : min(sent.end, e.end + 8)]
    )


def _the_kind(doc: Any, prep_i: int) -> bool:
    """Whether the workplace after `prep_i` is said by its kind alone ("for the team", "at the
    club"): the one named before, said again."""
    i = prep_i + 1 + (prep_i + 1 < len(doc) and doc[prep_i + 1].lower_ in ("the", "their"))
    return i < len(doc) and (
        doc[i].lower_ in WORKPLACE_WORDS or doc[i].lower_ in APPOSITIVE_ORG_HEADS
    )


# Words before the side played: "lost to X", "beat X", "against X"; or cheered for:
# "supports West Ham".
AGAINST = {"against", "vs", "versus", "v", "beat", "beating", "played", "playing"}
SUPPORTS = {"supports", "supported", "supporting", "support"}
FANS = {"fan", "fans", "supporter", "supporters"}
LOST = {"lost", "losing", "lose", "drew", "draw"}
# A side said with a result against us: "their under-tens beat us".
BEATEN = AGAINST - {"played", "playing"} | LOST


def _opponent(doc: Any, org: _Entity) -> bool:
    """Whether the organisation is the side played against ("we lost 31 to 24 to Hollin
    Comets", "beat Hollin Rovers") or a side someone cheers for ("supports West Ham", "a fan
    of Spurs"): no one of ours plays or works for it."""
    i = org.start - 1 - (org.start > 0 and doc[org.start - 1].lower_ == "the")
    if i < 0:
        return False
    if doc[i].lower_ in AGAINST or doc[i].lower_ in SUPPORTS:
        return True
    if doc[i].lower_ == "of" and i > 0 and doc[i - 1].lower_ in FANS:
        return True
    if doc[i].lower_ in ("at", "to") and i > 0 and doc[i - 1].lower_ in ("away", "home"):
        return doc[i].lower_ == "to" or doc[i - 1].lower_ == "away"  # "away at X", "home to X"
    return doc[i].lower_ == "to" and any(
        t.lower_ in LOST for t in doc[max(doc[i].sent.start, i - 6) : i]
    )


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
        if e.name not in linked and (came := _one_who_came(doc, orgs, e)) is not None:
            links.append(Link(e.name, came.name, None))  # "Hollin Glazing came ..., the boy, X"
            linked.add(e.name)
            continue
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
        # ("got put through to, er, Femi Adeyinka": a hesitation before the name)
        h = _past_hesitation(doc, k)
        spoken_to = spoken_to or [t.lower_ for t in doc[max(0, h - 2) : h]] == ["through", "to"]
        # "got help from age uk, there's a woman there called Lesley Bainbridge", "there's a
        # lady there, Bronwen Tait", "ring Froth Fixers, the bloke there is Stelios": one of
        # the organisation just named ("there"), whoever rang whom
        spoken_to = spoken_to or (
            k >= 3
            and doc[k - 1].lower_ in ("called", "named", ",", "is", "was", "'s", "’s")
            and doc[k - 2].lower_ == "there"
            and doc[k - 3].lower_ in INDEFINITE
        )
        sent = doc[e.start].sent
        # "email tay water, there's a woman called Ruth Imrie there who handles it": the
        # "there" after the name
        spoken_to = spoken_to or (
            k >= 4
            and doc[k - 1].lower_ in ("called", "named")
            and doc[k - 2].lower_ in INDEFINITE
            and e.end < len(doc)
            and doc[e.end].lower_ == "there"
            and any(
                t.lower_ == "there" and doc[t.i + 1].lower_ in BE
                for t in doc[max(sent.start, k - 6) : k - 2]
            )
        )
        # "Rang Harrow Homes, spoke to Struan": the one who answered where the call went
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
        # "Rang Hollow Lane Dairy and got Gareth Pryor", "phoned Elm Surgery, got hold of Ann
        # Lee": whoever the call reached, the body rung named in the sentence
        reached = next(
            (len(w) for w in REACHED if [t.lower_ for t in doc[max(0, h - len(w)) : h]] == w), 0
        )
        spoken_to = spoken_to or (
            reached > 0
            and any(sent.start <= o.start and o.end <= h and _rung(doc, o) for o in orgs)
            # (not "got Ann Lee a card": got for her)
            and not (e.end < len(doc) and doc[e.end].lower_ in GOT_FOR)
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
        if role is not None and _job_at_unnamed(doc, orgs, e):
            continue  # "Ravi, he's the pharmacist at the little pharmacy": not one named before
        window = sentences_back(doc, e.start, 2)
        # "one of their coaches, Ann Lee": theirs may be the side played
        theirs = any(t.lower_ == "their" for t in doc[max(0, e.start - 6) : e.end + 4])
        # (else not the side played: "away at Hillcrest Social Club ... our captain")
        unplayed = [o for o in orgs if theirs or not _opponent(doc, o)]
        before = [o for o in unplayed if window <= o.start and o.end <= e.start]
        hosts = [_host(doc, entities, o) for o in before]  # a meeting's venue: who met there
        before = list({o.name: o for o in hosts}.values())
        before = [
            o for o in before if not any(x.person == e.name and x.org == o.name for x in links)
        ]
        earlier = [o for o in unplayed if o.end <= e.start]
        if role is not None and (body := _meeting_body(doc, entities, earlier, role)):
            # "Lantern Festival committee tonight. [...] Hamza Baig, our treasurer, says":
            # an officer of the body whose meeting the memo is about, however far back
            if not any(x.person == e.name and x.org == body.name for x in links):
                links.append(Link(e.name, body.name, role))
            linked.add(e.name)
            with_role.add(e.name)
            continue
        owner = _job_owner(doc, e) if role is not None else None
        if owner == "our":
            # "Our chair is Ann Lee", "Dr Shah, our senior partner": the speaker's own body,
            # not one they rang or emailed about something nor where someone else is from;
            # but "Rang Elm Surgery. Our GP, Dr Shah": the one rung, when it is all there is
            others = _not_ours(doc, earlier)
            mine = [o for o in before if o.name not in others or _fits(o, role)]
            if not mine:
                own = {o.name: o for o in earlier if o.name not in others}
                mine = list(own.values()) if len(own) == 1 else before
            before = mine
        if not before and role is not None:
            # "... at Elmtree Primary. [two sentences] Mr Dale, the head, is fine with it": the
            # one organisation named earlier in the memo whose kind the job belongs to
            fitting = {o.name: o for o in earlier if _fits(o, role)}
            before = list(fitting.values()) if len(fitting) == 1 else []
        if not before and role is not None and _job_said_here(doc, e):
            # "Quiet half hour at the fish shed. [two sentences] Ezra Manhire, the other
            # fishmonger here": the one organisation the memo is at
            own = {o.name: o for o in earlier}
            before = list(own.values()) if len(own) == 1 else []
        mine = e.end + 1 < len(doc) and doc[e.end].text == "," and doc[e.end + 1].lower_ == "my"
        if not before and (owner == "our" or mine) and role is not None:
            # "Callum Reid, my co-coach, says alness shinty club's under-twelves are on": ours,
            # its side or its thing named after them in the sentence, of the kind the job
            # belongs to (not "says Kelvin Rovers beat us")
            later = [
                o
                for o in _fitting_after(doc, orgs, e, role)
                if o.end < len(doc) and doc[o.end].tag_ == "POS" and not _beat_us(doc, o)
            ]
            ours = len({o.name for o in later}) == 1 and not _opponent(doc, later[0])
            before = later[:1] if ours else []
        kind_job = role is not None and any(w in KIND_JOBS for w in role.split())
        if not before and kind_job and (_kin_job(doc, e) or _whose_job(doc, entities, e)):
            # "His teacher, Mrs Dale, caught me at the gate at Elm Primary": a child's
            # teacher (or GP) at the one place of the kind the job belongs to, named after
            # them in the sentence
            one = {o.name: o for o in _fitting_after(doc, orgs, e, role) if not _beat_us(doc, o)}
            before = list(one.values()) if len(one) == 1 else []
        if not before and owner == "their":
            # "First nets at Moseley Ashfield. [two sentences] Their welfare officer, er, Manveer
            # Kalsi": "their" is the body named last, a few sentences back
            near = [o for o in earlier if o.start >= sentences_back(doc, e.start, THEIRS_BACK)]
            before = near[-1:] if near and not _family_since(doc, near[-1].end, e.start) else []
        # the organisation rung or emailed, when one was, over one only talked about
        if kind_job:
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
        if role is not None and ("council" in role.split() or _councillor(role)):
            before = [o for o in before if _council(o)]  # "the council man, Obi Nwosu": no shop's
        here = [
            k
            for k, x in enumerate(links)
            if x.person == e.name
            and any(o.name == x.org and _same_sentence(doc, o, e) for o in orgs)
        ]
        if here and not any(_fits(o, role) for o in before):
            # "The renal nurse, Ama Boateng, she's with Hallam Hospitals Trust": the job is at
            # the one named with them, not at one named before (but "Chair of governors is
            # Councillor Tom Reed, he's on Hallam Council as well": the school's governors)
            if role is not None and links[here[0]].role is None:
                links[here[0]] = Link(e.name, links[here[0]].org, role)
            continue
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


# Verbs of a firm calling in person, said right after its name: "Kestrel Windows came".
CAME = {"came", "come", "turned", "arrived", "showed", "were", "was", "popped"}
# Who came, said before the name: "the boy", "the older one's", "a young lad".
WHO_CAME = INDEFINITE | {"boy", "one", "lads", "boys", "men", "two", "young", "older", "other"}


def _one_who_came(doc: Any, orgs: list[_Entity], e: _Entity) -> _Entity | None:
    """The firm that called in person ("Hollin Glazing came at half eight ..., the boy,
    Lewis Trannock, said", "Hallam Roofing turned up. Two lads, the older one's Craig") whose
    one the name is, said as "the boy", "a lad" or "the older one" just before it."""
    k = e.start - (e.start > 0 and doc[e.start - 1].text == ",")
    lead = list(
        itertools.takewhile(
            lambda t: not t.is_punct and t.i >= doc[e.start].sent.start,
            reversed(doc[max(0, k - 4) : k]),
        )
    )
    words = [t.lower_ for t in lead if t.lower_ not in ("'s", "’s", "is")]
    if not words or words[-1] not in ("the", "a") or not set(words) & (WHO_CAME - {"young"}):
        return None
    if not all(w in WHO_CAME | {"the", "a"} for w in words):
        return None
    start = sentences_back(doc, e.start, 1)
    came = [
        o
        for o in orgs
        if start <= o.start
        and o.end < e.start
        and o.end < len(doc)
        and doc[o.end].lower_ in CAME
        and (doc[o.end].lower_ not in ("were", "was") or doc[o.end + 1].lower_ in ("here", "round"))
    ]
    return came[-1] if came else None


def _fitting_after(doc: Any, orgs: list[_Entity], e: _Entity, role: str | None) -> list[_Entity]:
    """The organisations named after `e` in its sentence of the kind its job belongs to."""
    return [o for o in orgs if _same_sentence(doc, o, e) and o.start >= e.end and _fits(o, role)]


def _beat_us(doc: Any, org: _Entity) -> bool:
    """Whether the rest of the sentence after `org` says a result against us ("says Kelvin
    Rovers beat us")."""
    if org.end >= len(doc):  # the organisation ends the memo: nothing said after it
        return False
    return any(t.lower_ in BEATEN for t in doc[org.end : doc[org.end].sent.end])


def _kin_job(doc: Any, e: _Entity) -> bool:
    """Whether the job said just before the name is a relative's or a child's, said with
    "his" or "her" ("His teacher, Mrs Dale", "her GP, Doctor Shah")."""
    sent_start = doc[e.start].sent.start
    k = e.start - 1
    if k <= sent_start or doc[k].text != ",":
        return False
    words = list(
        itertools.takewhile(lambda t: not t.is_punct, reversed(doc[max(sent_start, k - 4) : k]))
    )
    return bool(words) and words[-1].lower_ in ("his", "her") and _role_word(words[0].lower_)


# Words before the one a call reached: "rang them and got Ann", "got hold of Ann".
REACHED = (["got"], ["got", "hold", "of"], ["reached"])
GOT_FOR = {"a", "an", "the", "some", "something", "her", "his", "their", "one"}


def _past_hesitation(doc: Any, k: int) -> int:
    """Where the words before token `k` end once a hesitation set off by commas is passed
    over ("through to, er, Femi": at "to"); `k` itself when there is none."""
    i = k
    while i > 0 and (doc[i - 1].text == "," or doc[i - 1].lower_ in UMS):
        i -= 1
    return i if any(t.lower_ in UMS for t in doc[i:k]) else k


# How many sentences back "their" in "their coach, Ann Lee" may reach for its body.
THEIRS_BACK = 4


def _family_since(doc: Any, start: int, end: int) -> bool:
    """Whether a family is named between `start` and `end` ("with the Hendersons"), whom a
    "their" after may stand for rather than the organisation named before it."""
    return any(
        t.lower_ == "the" and doc[t.i + 1].is_title and doc[t.i + 1].lower_.endswith("s")
        for t in doc[start : end - 1]
    )


def _not_ours(doc: Any, orgs: list[_Entity]) -> set[str]:
    """The organisations the speaker only dealt with: one rung, emailed or chased ("need to
    email Sharps Direct today"), or one someone else is from ("the coordinator from Lewisham
    Council's early years team"), so not what "our" in "our senior partner" means."""
    names = set()
    for o in orgs:
        i = o.start - 1 - (o.start > 0 and doc[o.start - 1].lower_ == "the")
        if i < 0:
            continue
        t = doc[i]
        contact = t.lemma_.lower() in CONTACT_VERBS and not (i > 0 and doc[i - 1].pos_ == "NOUN")
        # ("Rang the council, the parks, no, it's fleet and waste": the one rung, corrected)
        rang = any(w.lower_ in RANG for w in doc[doc[o.start].sent.start : o.start])
        if contact or t.lower_ == "from" or _rung(doc, o) or rang:
            names.add(o.name)
    return names


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
    if sent.start > 0 and (new := _new_one_before(doc, e)) is not None:
        return new
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


def _job_said_here(doc: Any, e: _Entity) -> bool:
    """ "Ezra Manhire, the other fishmonger here,": a job set off after the name that ends
    with "here" or "there"."""
    if e.end + 2 >= len(doc) or doc[e.end].text != ",":
        return False
    words = list(itertools.takewhile(lambda t: not t.is_punct, doc[e.end + 1 : e.end + 7]))
    return len(words) > 1 and words[-1].lower_ in THERE_WORDS


# Verbs of having someone new: "Kelso Rugby Club have a new coach", "the surgery's got a".
HAVING = {"have", "has", "got", "'ve", "’ve", "'s", "’s"}


def _new_one_before(doc: Any, e: _Entity) -> str | None:
    """ "Kelso Rugby Club have a new coach. Big Tam, Thomas Ballantyne, he's taking the
    under-twelves": a name opening the sentence after one that ends by saying someone has
    a (new) job is that job's holder; the job, else None."""
    sent = doc[e.start].sent
    opens = e.start == sent.start or (
        doc[e.start - 1].text == "," and doc[e.start - 2].ent_type_ == "PERSON"
    )
    if not opens or (e.start != sent.start and doc[sent.start].ent_type_ != "PERSON"):
        return None
    words = [t for t in doc[sent.start - 1].sent if t.is_alpha]
    if len(words) < 4 or not _role_word(words[-1].lower_):
        return None
    a = next(
        (k for k in range(len(words) - 2, len(words) - 5, -1) if words[k].lower_ in ("a", "an")),
        None,
    )
    if a is None or not any(t.lower_ in HAVING for t in words[max(0, a - 3) : a]):
        return None
    return " ".join(t.lower_ for t in words[a + 1 :] if t.lower_ not in ROLE_DROP)


# Jobs that belong to a kind of organisation (a nurse to a surgery or a hospital).
KIND_JOBS = set().union(*ROLE_ORGS.values()) - {"manager", "secretary", "chair", "treasurer"}
BUY_VERBS = {
    "buy", "bought", "get", "got", "pick", "picked", "grab", "grabbed", "order", "ordered",
}  # fmt: skip
# "has" before "got": a thing had, not bought ("he's got his interview at").
HAVE = {"'s", "’s", "has", "'ve", "’ve", "have", "'d"}


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
            if t.lower_ == "got" and t.i > 0 and doc[t.i - 1].lower_ in HAVE:
                return False  # "he's got his interview at Sheffield Hallam": has, not bought
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
        elif (part := _their_part(words, named)) is not None:
            role = part  # "he's on their duty desk", "a Keeley Rumsby from their network team"
        elif named and _there_says(doc, words, _start_of(entities, t.i + 1), orgs):
            pass  # "And Doctor Mirwais there wants us to book her in": there, just named
        elif 0 < aux < len(lows) and lows[aux] in WORKING and "there" in lows[aux + 1 : aux + 3]:
            role = WORKING[lows[aux]]
        elif lows[0] in BE:  # "he's the club secretary", "Shona's their secretary"
            rest = [w for w in words[1:] if w.lower_ not in ROLE_DROP]
            if rest and rest[0].lower_ == "been" and "there" in lows:
                rest = rest[1:]  # "she's been chair there since before I joined"
            if not rest:
                continue
            if rest[0].lower_ not in ("the", "our", "their", "a", "an", "one") and not (
                # "Kerry-Ann's her housing officer there", "she's been chair there": the
                # job someone has at the organisation just named
                "there" in lows
                and (rest[0].lower_ in ("her", "his", "my", "your") or _role_word(rest[0].lower_))
            ):
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
            toks = [w for w in rest if w.is_alpha and w.pos_ not in ("DET", "PRON", "ADP")]
            toks = [w for w in toks if w.lower_ != "one"]
            nouns = [w.lower_ for w in toks]
            # "she's the ward sister there", "the dinner lady": what one does, then who
            heads = [
                i
                for i, n in enumerate(nouns)
                if _role_word(n) or (n in JOB_PEOPLE and i > 0 and toks[i - 1].pos_ == "NOUN")
            ]
            if not heads:
                continue
            role = " ".join(nouns[: heads[-1] + 1])  # "secretary actually": up to the job
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
        if _councillor(role) or "council" in (role or "").split():
            # "he's our councillor over in Small Heath", "he's the council man": a council's,
            # not the housing association talked about before
            near = [o for o in near if _council(o)]
        if lows[1:2] == ["it"] and (named := _named_next(doc, orgs, t.i)) is not None:
            near = [named]  # "she runs it. Ridgeway Pantry's its proper name."
        elif lows[1:2] == ["it"] and near and _venue_of_a_thing(doc, near[-1]):
            near = []  # "the pantry at St Aidan's, ... she runs it": the pantry, not the church
        if near:
            earlier = [o for o in orgs if o.end <= t.i]
            links.append(Link(person, _fitting(near, role, earlier).name, role))
            linked.add(person)


# What the speaker calls a thing's name: "its proper name", "its real name".
NAME_WORDS = {"name", "title"}


def _named_next(doc: Any, orgs: list[_Entity], i: int) -> _Entity | None:
    """The organisation "it" at `i` is named as in the sentence after: "Ridgeway Community
    Pantry's its proper name", "It's called the Hive"."""
    sent = doc[i].sent
    if sent.end >= len(doc):
        return None
    nxt = doc[sent.end].sent
    words = [t.lower_ for t in nxt]
    first = [o for o in orgs if o.start == nxt.start]
    if first and any(
        words[k] == "its" and set(words[k + 1 : k + 3]) & NAME_WORDS
        for k in range(first[0].end - nxt.start, min(len(words), first[0].end - nxt.start + 3))
    ):
        return first[0]  # "Ridgeway Community Pantry's its proper name"
    if words[:3] in (["it", "'s", "called"], ["it", "is", "called"], ["it", "'s", "named"]):
        k = nxt.start + 3 + (doc[nxt.start + 3].lower_ == "the")
        return next((o for o in orgs if o.start == k), None)  # "It's called the Hive"
    return None


def _venue_of_a_thing(doc: Any, org: _Entity) -> bool:
    """Whether the organisation is said as where a thing named in common words is: "the
    pantry at St Aidan's", "the food bank at the Elm Church" (a thing "it" may be)."""
    i = org.start - 1 - (org.start > 0 and doc[org.start - 1].lower_ == "the")
    return (
        i >= 2
        and doc[i].lower_ == "at"
        and doc[i - 1].pos_ == "NOUN"
        and doc[i - 1].is_lower
        and doc[i - 2].lower_ == "the"
    )


# Where someone sits in an organisation said as "theirs": "on their duty desk".
THEIR_PARTS = PART_HEADS | {
    "board", "committee", "ward", "staff", "crew", "side", "helpline", "reception", "switchboard",
}  # fmt: skip


def _their_part(words: list[Any], named: bool) -> str | None:
    """ "Lad called Ryan, he's on their duty desk", "a Keeley Rumsby from their network team
    came out": someone in a part of the organisation "their" stands for (a name needs no
    "is"; a pronoun does); the part ("duty desk"), else None."""
    lows = [w.lower_ for w in words]
    i = 1 if lows[0] in BE else 0
    if (i == 0 and not named) or lows[i : i + 1] not in (["on"], ["in"], ["from"], ["at"]):
        return None
    if lows[i + 1 : i + 2] != ["their"]:
        return None
    part = list(itertools.takewhile(lambda w: w.pos_ in ("NOUN", "PROPN", "ADJ"), words[i + 2 :]))
    if not part or part[-1].lower_ not in THEIR_PARTS:
        return None
    return " ".join(w.lower_ for w in part)


def _start_of(entities: list[_Entity], end: int) -> int:
    """Where the person named up to `end` starts."""
    return next(e.start for e in entities if e.kind == "person" and e.end == end)


# Words that may open a clause before its subject: "And Doctor Mirwais there wants".
OPENERS = {"and", "but", "so", "then", "also", "oh"}


def _there_says(doc: Any, words: list[Any], start: int, orgs: list[_Entity]) -> bool:
    """ "And Doctor Mirwais there wants us to book her in": a name with "there" after it, as
    the subject of the verb that follows, is someone at the organisation just named (not
    "saw Ann there": there is where she was seen); so is one set off right after the
    organisation ("Emailed Keady and Partners, Eamon Keady there says", "The accountants, Keady
    and Partners, well, Eamon Keady there, he wants")."""
    if not words or words[0].lower_ != "there":
        return False
    end = words[-1].i + 1
    if len(words) == 1 and end + 1 < len(doc) and doc[end].text == ",":
        # "Eamon Keady there, he wants": the "he" after the comma says it
        if doc[end + 1].lower_ not in PRONOUNS:
            return False
    elif len(words) < 2 or words[1].pos_ not in ("VERB", "AUX"):
        return False
    elif words[1].lower_ in BE | {"are", "were", "'re"}:
        return False  # "Ann there is" reads as well as "there is"
    if start > 0 and doc[start - 1].lower_ in ("doctor", "dr", "nurse", "mr", "mrs", "ms", "miss"):
        start -= 1  # the title the name was read without
    i = start - 1
    while i >= doc[start].sent.start and (doc[i].lower_ in FILLERS or doc[i].text == ","):
        i -= 1
    # "X, Ann Lee there", "X, well, Ann Lee there"
    j = i - 2 if doc[i].lower_ == "well" and doc[i - 1].text == "," else i
    set_off = j < start - 1 and any(o.end == j + 1 for o in orgs)
    return i < doc[start].sent.start or doc[i].lower_ in OPENERS or set_off


def _called_in(t: Any) -> bool:
    """ "Called into Quillan Energy", "called round at the office": a visit, not a call, so
    whoever one spoke to in the next sentence may be anyone there."""
    doc = t.doc
    return t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("into", "in", "round", "by", "at")
