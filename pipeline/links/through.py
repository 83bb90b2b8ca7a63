"""People known through something said of them other than an organisation's name: where they
stand ("Dean on the trade counter"), their title ("Ollie's got Mrs Ackroyd this year", a
member of the clergy only through a church, mosque or temple), the part they are from ("Ada
Obi from the blue badge team"), the meeting they chaired ("Ilse Brandvold chaired"), being who
runs it ("The woman who runs it, Ines"), or someone else's link: a colleague ("Her colleague
Mandeep will ring"), a partner in the business ("she owns it with her sister Ife") and the
other of a pair ("Kieran and Shola from Leyton Orient Trust came in").

Most of these link only someone not linked yet, so they run after the links said with a
preposition and by pronoun; someone a place serves (a landlord, someone whose crown is seen
to) or named "in memory of" is none of its people.
"""

from __future__ import annotations

import itertools
from typing import Any

from ..entities import FILLERS, INDEFINITE, WORK_VERBS, _Entity, _role_word, sentences_back
from ..records import Link
from ..rules.org_words import PART_HEADS
from ..rules.person_words import KIN
from .context import LINK_VERBS, RUN_VERBS, STATIONS, WORK_THINGS
from .kinds import LANDLORDS, MEETINGS, _council, _fits, _host, _letting, _meeting_of, _rung
from .roles import _appositive_role, _whose_job
from .subjects import (
    BE,
    ELDEST,
    PRONOUNS,
    WHOSE,
    _be,
    _in_memory,
    _person_before,
    _poss_at,
    _same_sentence,
    _third_person_subject,
)

# Which floor of a building someone lives or sits on, not a station of work: "on the top floor".
STOREYS = {"ground", "first", "second", "third", "fourth", "top", "bottom", "upper", "lower"}


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
        if not there and not _station_at(doc, e.end + 1):
            continue
        if (org := _org_just_before(doc, entities, e.start)) is not None:
            links.append(Link(e.name, org.name, None))
            linked.add(e.name)
    # "Fionnuala's on the counter there", "Saw Fionnuala at X, she's on reception there": the
    # station said with an "is", of the name or of a "she" or "he" standing for it
    for t in doc[:-3]:
        if not _be(doc, t.i) or doc[t.i + 1].lower_ not in ("on", "behind") or t.i < 1:
            continue
        if not _station_at(doc, t.i + 2):
            continue
        if doc[t.i - 1].lower_ in PRONOUNS:
            name = _person_before(entities, doc, t.i - 1)
            said = [e for e in entities if e.kind == "person" and e.name == name]
        else:
            said = [e for e in entities if e.kind == "person" and e.end == t.i]
        if not said or said[-1].name in linked:
            continue
        if (org := _org_just_before(doc, entities, t.i)) is not None:
            links.append(Link(said[-1].name, org.name, None))
            linked.add(said[-1].name)


def _station_at(doc: Any, i: int) -> bool:
    """Whether the words from `i` up to a mark name a station of work ("the trade counter",
    "reception"), not a floor ("Mr Abercrombie on the ground floor")."""
    words = list(itertools.takewhile(lambda t: not t.is_punct, doc[i : i + 3]))
    return (
        bool(words)
        and words[0].lower_ in ("the", "reception")
        and any(t.lower_ in STATIONS for t in words)
        and not any(t.lower_ in STOREYS for t in words)
    )


def _org_just_before(doc: Any, entities: list[_Entity], i: int) -> _Entity | None:
    """The organisation named last before `i`, in its sentence or the one before; None when
    none is."""
    window = sentences_back(doc, i, 1)
    before = [o for o in entities if o.kind == "org" and window <= o.start and o.end <= i]
    return before[-1] if before else None


# Someone's workmate said after a name: "Shannagh, her junior", "Dev, his apprentice".
MATES = {"colleague", "boss", "manager", "junior", "apprentice", "deputy", "workmate", "assistant"}


def _colleague_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "Kirsty at Age UK is sorting it. Her colleague Mandeep will ring": a colleague of
    someone known to work somewhere works there too."""
    linked = {link.person for link in links if link.org}
    for e in entities:
        if e.kind != "person" or e.name in linked or e.start < 2:
            continue
        # "Shannagh, her junior, is off": the colleague said after the name
        after = [t.lower_ for t in doc[e.end : e.end + 4]]
        if (
            len(after) == 4
            and after[0] == ","
            and after[1] in ("his", "her")
            and after[2] in MATES
            and doc[e.end + 3].is_punct
        ):
            # (whose "her" is not known by name: the one organisation of all linked before)
            said = {x.name for x in entities if x.kind == "person" and x.start < e.start}
            said.discard(e.name)
            orgs = [link.org for link in links if link.person in said and link.org]
            if len(set(orgs)) == 1:
                links.append(Link(e.name, orgs[0], None))
                linked.add(e.name)
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


# The speaker's own work said as theirs: "I work at Barclays", "I'm a porter at the Whittington".
MY_WORK = {"work", "worked", "working", "volunteer", "volunteering", "teach", "started", "joined"}
# Who a workmate of the speaker's is said to be: "my colleague Tunde", "a colleague, Tunde".
WORKMATES = {"colleague", "workmate", "co-worker", "coworker", "boss", "manager", "supervisor"}


def _speakers_work(doc: Any, entities: list[_Entity]) -> str | None:
    """The one organisation the speaker says they work at: "I work at Barclays", "I've been
    working for Ocado", "I'm a porter at the Whittington", "I just started at Lidl"."""
    found = set()
    for o in entities:
        prep = o.start - 1 - (o.start > 0 and doc[o.start - 1].lower_ == "the")
        if o.kind != "org" or prep < 2 or doc[prep].lower_ not in ("at", "for", "in"):
            continue
        words = [
            t.lower_
            for t in doc[max(doc[o.start].sent.start, prep - 5) : prep]
            if t.lower_ not in FILLERS | {",", "just", "now", "still", "currently"}
        ]
        if "i" not in words:
            continue
        after = words[words.index("i") + 1 :]
        if any(e.kind == "person" and e.start < o.start and e.end > o.start - 6 for e in entities):
            continue
        if (after and after[-1] in MY_WORK) or (
            len(after) >= 2 and after[-1] in ("been",) and after[-2] in ("'ve", "’ve", "have")
        ):
            found.add(o.name)  # "I work at", "I've just started at", "I've been at"
        elif len(after) in (2, 3) and after[0] in ("'m", "’m", "am") and _role_word(after[-1]):
            found.add(o.name)  # "I'm a porter at"
    return found.pop() if len(found) == 1 else None


def _workmate_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "I work at Barclays. Sandra from work says ...", "A colleague, Tunde Bello, will send
    it", "my boss Ade": the speaker's workmate works where the speaker said they work."""
    linked = {link.person for link in links if link.org}
    work = None
    for e in entities:
        if e.kind != "person" or e.name in linked:
            continue
        before = [t.lower_ for t in doc[max(0, e.start - 4) : e.start] if t.text != ","]
        after = [t.lower_ for t in doc[e.end : e.end + 3] if t.text != ","]
        mate = (
            (len(before) >= 2 and before[-1] in WORKMATES and before[-2] in ("my", "a"))
            or before[-3:] == ["of", "my", "colleagues"]  # "one of my colleagues, Efua"
            or after[:2] in (["from", "work"], ["at", "work"])
            or (len(after) >= 2 and after[0] in ("my", "a") and after[1] in WORKMATES)
        )
        if not mate:
            continue
        work = work or _speakers_work(doc, entities)
        if work is None:
            return
        # only someone named after the speaker's work is said
        if not any(o.kind == "org" and o.name == work and o.start < e.start for o in entities):
            continue
        links.append(Link(e.name, work, None))
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
    "islamic", "minster", "abbey", "capel", "eglwys", "masjid", "mandir", "fellowship",
    "tabernacle", "darul", "jamia",
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


# A council's services, said on their own: "Ada from environmental health".
COUNCIL_SERVICES = {
    "environmental health", "housing", "highways", "planning", "parking", "licensing",
    "social services", "building control", "council tax", "housing benefit", "waste services",
    "trading standards", "adult social care", "children's services", "social work",
    "waste management", "waste", "refuse", "recycling", "parks", "pest control",
    "street cleansing", "bereavement services", "electoral services", "council tax benefit",
}  # fmt: skip


def _services_to_council(entities: list[_Entity], links: list[Link]) -> list[Link]:
    """ "Rang Swindon Borough Council, environmental health, [...] Callum Heathcote, he's an
    environmental health officer there": a council's service read as an organisation of its
    own is a part of the one council the memo names; whoever works in it is the council's."""
    councils = {o.name for o in entities if o.kind == "org" and _council(o)}
    if len(councils) != 1:
        return links
    council = next(iter(councils))
    return [
        Link(x.person, council, x.role or x.org.lower())
        if x.org and x.org.lower() in COUNCIL_SERVICES
        else x
        for x in links
    ]


def _part_said(doc: Any, e: _Entity) -> str | None:
    """The part of an organisation said right after a name ("Ada Obi from the blue badge
    team", "Tom, from environmental health,"), in words that name no organisation."""
    i = e.end + (e.end < len(doc) and doc[e.end].text == ",")
    if i + 2 < len(doc) and doc[i].lower_ in PRONOUNS and _be(doc, i + 1):
        i += 2  # "Priya Lal, she's in highways"
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


# The last word of a part of an organisation, said before the organisation: "the housing team
# at", "the diabetes clinic at", "environmental health at".
PARTS_SAID = PART_HEADS | {"clinic", "ward", "wing"} | {w.split()[-1] for w in COUNCIL_SERVICES}


def _org_of_part(doc: Any, entities: list[_Entity], e: _Entity) -> str | None:
    """The organisation named right after the part said after a name: "Lucy Tran from the
    educational psychology service at Hackney Council", "Tom, from the housing team of Brent
    Council"."""
    i = e.end + (e.end < len(doc) and doc[e.end].text == ",")
    if i >= len(doc) or doc[i].lower_ not in ("from", "in", "at", "on"):
        return None
    for t in doc[i + 1 : min(doc[e.start].sent.end, i + 8)]:
        if t.lower_ in ("at", "of", "in", "for", "with"):
            if t.i < 1 or doc[t.i - 1].lower_ not in PARTS_SAID:
                return None
            j = t.i + 1 + (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "the")
            return next(
                (o.name for o in entities if o.kind == "org" and o.start in (t.i + 1, j)), None
            )
        if t.is_punct or t.pos_ in ("VERB", "AUX", "PRON"):
            return None
    return None


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
        of = _org_of_part(doc, entities, e)
        if of is not None:  # "Lucy Tran from the educational psychology service at Hackney"
            links.append(Link(e.name, of, part))
            linked.add(e.name)
            continue
        if part is None:
            continue
        window = sentences_back(doc, e.start, 2)
        orgs = [o for o in entities if o.kind == "org" and o.end <= e.start]
        near = {o.name: o for o in orgs if o.start >= window}
        rung = {o.name for o in near.values() if _rung(doc, o)}
        councils = _councils(doc, orgs)
        one_council = part in COUNCIL_SERVICES and len(councils) == 1
        found = councils if one_council else rung or set(near)
        if len(found) == 1:
            links.append(Link(e.name, next(iter(found)), part))
            linked.add(e.name)


# Verbs of a letter or a message sent to someone: "addressed to Mr Mensah".
SENT_TO = {"addressed", "sent", "written", "wrote", "posted", "delivered", "out"}


def _councils(doc: Any, orgs: list[_Entity]) -> set[str]:
    """The councils named, one said again in other words where it was put right at once
    ("Hallam Council, well, Hallam Metropolitan Borough Council"): the last."""
    said = [o for o in orgs if _council(o)]
    names = {o.name for o in said}
    if len(names) > 1 and all(
        _same_sentence(doc, a, b) and b.start - a.end <= 3 for a, b in itertools.pairwise(said)
    ):
        return {said[-1].name}
    return names


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
        if e.start >= 2 and doc[e.start - 1].lower_ == "to" and doc[e.start - 2].lower_ in SENT_TO:
            continue  # "an email from UCAS, addressed to Mr Mensah": whom it was sent
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
        if e.start >= 1 and doc[e.start - 1].lower_ == "for":
            continue  # "Phoned Anglian Water for Mrs Treadwell": done for her, not her work
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


def _chaired_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "The patient group meeting at Elm Lodge ran late. Ilse Brandvold chaired": who chaired
    a meeting held at an organisation, in that sentence or the one before, is part of it
    (also "Hamish Dunnet chairing, as always", "Ann Lee chaired it")."""
    linked = {link.person for link in links if link.org}
    for e in entities:
        if e.kind != "person" or e.name in linked or e.end >= len(doc):
            continue
        if doc[e.end].lower_ not in ("chaired", "chairs", "chairing"):
            continue
        after = e.end + 1 + (e.end + 1 < len(doc) and doc[e.end + 1].lower_ == "it")
        if after < len(doc) and not doc[after].is_punct:
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


# Past participles of running an organisation: "it's run by Gloria", "chaired by Mr Dale".
RUN_BY = {
    "run": None, "managed": "manager", "led": "lead", "chaired": "chair", "owned": "owner",
    "coordinated": "coordinator", "co-ordinated": "coordinator", "headed": "head",
    "organised": "organiser", "organized": "organiser", "founded": "founder",
}  # fmt: skip
# What stands for the organisation just named as the subject: "It's run by", "Their youth
# circle is run by".
IT_SAID = {"it", "its", "it's", "they", "their", "they're"}


def _run_by_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "The Finchley Food Bank is run by Gloria Mensah", "Went to the food bank. It's run by
    Gloria now", "Their youth circle is run by Idris Kanu": who an organisation is run by, said
    in the passive; the organisation is the clause's subject, or the one just named when an
    "it" or "their" stands for it."""
    orgs = [e for e in entities if e.kind == "org"]
    for e in entities:
        if e.kind != "person" or e.start < 3 or doc[e.start - 1].lower_ != "by":
            continue
        verb = doc[e.start - 2]
        if verb.lower_ not in RUN_BY or not _be_before(doc, verb.i):
            continue
        if any(x.person == e.name and x.org for x in links):
            continue
        sent = doc[e.start].sent
        subject = [o for o in orgs if sent.start <= o.start and o.end <= verb.i]
        if subject and all(
            t.lower_ in BE or t.lower_ in ("is", "was", "now", "still", "also", "being")
            for t in doc[subject[-1].end : verb.i]
        ):
            links.append(Link(e.name, subject[-1].name, RUN_BY[verb.lower_]))
            continue
        words = [t.lower_ for t in doc[sent.start : verb.i]]
        if (
            not words
            or words[0] not in IT_SAID
            or any(o.start >= sent.start and o.end <= verb.i for o in orgs)
        ):
            continue
        before = [o for o in orgs if sentences_back(doc, e.start, 1) <= o.start < sent.start]
        if before:
            links.append(Link(e.name, before[-1].name, RUN_BY[verb.lower_]))


def _be_before(doc: Any, i: int) -> bool:
    """Whether an "is" ("'s", "was", "are") comes right before token `i`, past an adverb."""
    j = i - 1
    while j > 0 and doc[j].lower_ in ("now", "still", "also", "actually", "basically"):
        j -= 1
    return doc[j].lower_ in BE or doc[j].lower_ in ("are", "were", "been")


ASK = {"ask", "asked", "asking", "asks"}
# Said before the speaker's own asking: "and ask for", "I asked for", "need to ask for".
ASKER = {"i", "and", ",", "to", "just", "then", "so", "we", "um", "er"}


def _asked_for_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "Get the quote from Catering Kit Direct, ask for Kemal in sales", "Ring Elm Lodge.
    Ask for Gemma.": the one asked for when ringing or writing to an organisation works there
    (the last one named, in this sentence or the one before)."""
    orgs = [e for e in entities if e.kind == "org"]
    for e in entities:
        if e.kind != "person" or e.start < 2 or doc[e.start - 1].lower_ != "for":
            continue
        if doc[e.start - 2].lower_ not in ASK or _poss_at(doc, e) < e.end:
            continue  # (not "ask for Kemal's number": his thing)
        if e.end < len(doc) and doc[e.end].tag_ == "POS":
            continue
        ask = e.start - 2
        if ask > doc[ask].sent.start and doc[ask - 1].lower_ not in ASKER:
            continue  # (not "Jade asked for Kemal": someone else's asking)
        if any(x.person == e.name and x.org for x in links):
            continue
        before = [o for o in orgs if sentences_back(doc, e.start, 1) <= o.start and o.end < e.start]
        if before:
            links.append(Link(e.name, before[-1].name, None))
