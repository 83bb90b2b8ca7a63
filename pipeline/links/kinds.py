"""Which organisation a job, an officer or a call belongs to: a vicar to the church ("St
Stephen's"), a teacher to the school, a councillor to a council; a treasurer to the body whose
meeting the memo is about, not the venue it met at ("The food bank committee at Walthamstow
Central Mosque"); whoever answered to the organisation the speaker rang ("Rang Hallam
Council"); no landlord to the letting agent the home is let through.

Kept apart from the passes because several of them settle on one organisation this way when
more than one was named before someone.
"""

from __future__ import annotations

from typing import Any

from ..entities import GENERIC_WORKPLACES, _Entity

# Common words for where someone works, said in place of its name: "at the health board".
WORKPLACE_WORDS = GENERIC_WORKPLACES | {"board", "trust", "surgery", "depot", "centre", "hub"}


# A landlord lets a home (or keeps a pub): no staff of the agent or landlord the home is let
# through.
LANDLORDS = {"landlord", "landlady"}
LETTING = {"lettings", "letting", "estates", "estate", "property", "properties", "housing", "homes"}


def _letting(org: _Entity) -> bool:
    """Whether the organisation's name says it lets homes: "Keystone Lettings"."""
    return bool(set(org.name.lower().split()) & LETTING)


def _rung(doc: Any, org: _Entity) -> bool:
    """Whether the organisation is what the speaker rang or emailed: "Rang Hallam Council",
    also named again after the common word rung ("rang the council, Hallam Council")."""
    i = org.start - 1 - (org.start > 0 and doc[org.start - 1].lower_ == "the")
    if i >= 3 and doc[i].text == "," and doc[i - 1].lower_ in GENERIC_WORKPLACES:
        i -= 2 + (doc[i - 2].lower_ in ("the", "their", "our"))
    return i >= 0 and doc[i].lower_ in RANG


# Which kind of organisation a job belongs to: a vicar to a church, a teacher to a school.
ROLE_ORGS = {
    "church": {"vicar", "priest", "reverend", "pastor", "curate", "chaplain", "minister",
               "deacon", "churchwarden", "warden"},
    "chapel": {"vicar", "priest", "reverend", "pastor", "minister", "chaplain"},
    # Welsh: a chapel ("capel"), a church ("eglwys"), a school ("ysgol")
    "capel": {"reverend", "pastor", "minister", "deacon"},
    "eglwys": {"vicar", "priest", "reverend", "curate", "minister"},
    "ysgol": {"teacher", "head", "headteacher", "governor", "caretaker", "clerk"},
    "cathedral": {"dean", "canon", "priest", "chaplain"},
    "parish": {"vicar", "priest", "reverend", "curate"},
    "mosque": {"imam"},
    "synagogue": {"rabbi"},
    # (the clerk: to the governors)
    "school": {"teacher", "head", "headteacher", "senco", "governor", "caretaker", "clerk"},
    "primary": {"teacher", "head", "headteacher", "senco", "governor", "caretaker", "clerk"},
    "academy": {"teacher", "head", "headteacher", "principal", "governor", "clerk"},
    "college": {"lecturer", "tutor", "principal", "student", "apprentice"},
    "surgery": {"gp", "doctor", "nurse", "receptionist", "practitioner", "pharmacist"},
    "practice": {"gp", "doctor", "nurse", "receptionist", "practitioner"},
    "hospital": {"doctor", "nurse", "consultant", "surgeon", "midwife", "physio", "matron"},
    "hospice": {"doctor", "nurse", "consultant", "chaplain", "carer", "physio"},
    "university": {"lecturer", "tutor", "professor", "researcher", "student", "dean"},
    # a uniformed youth body's adults: "the commanding officer", "Akela"
    "cadets": {"officer", "instructor"},
    "scouts": {"leader", "akela", "scouter"},
    "guides": {"leader", "guider"},
    "choir": {"conductor", "director", "accompanist", "leader", "soprano", "alto", "tenor"},
    "singers": {"conductor", "director", "accompanist", "leader", "soprano", "alto", "tenor"},
    "voices": {"conductor", "director", "accompanist", "leader", "soprano", "alto", "tenor"},
    "chorus": {"conductor", "director", "accompanist", "leader", "soprano", "alto", "tenor"},
    "orchestra": {"conductor", "director", "leader", "violinist", "cellist"},
    "band": {"conductor", "leader", "bandmaster", "drummer", "guitarist", "bassist"},
    "club": {"coach", "secretary", "chair", "treasurer", "captain", "manager", "steward"},
    "pharmacy": {"pharmacist", "dispenser", "technician"},
    "chemist": {"pharmacist", "dispenser"},
    "opticians": {"optician", "optometrist"},
    # a members' body's officers: "the new secretary is ..." at the allotment society's AGM
    "society": {"secretary", "chair", "treasurer", "president", "chairman", "chairwoman"},
    "association": {"secretary", "chair", "treasurer", "president", "chairman", "chairwoman"},
    "forum": {"secretary", "chair", "treasurer", "chairman", "chairwoman"},
    "shed": {"coordinator", "secretary", "chair", "treasurer"},
    # a councillor sits on a council, whatever ward they stand for; a planning, licensing or
    # highways officer works for one, and so does its clerk (a parish clerk, an appeals clerk)
    "council": {"councillor", "councilor", "cllr", "planning", "licensing", "highways", "clerk"},
}  # fmt: skip


def _fitting(
    orgs: list[_Entity], role: str | None, earlier: list[_Entity] | None = None
) -> _Entity:
    """Of the organisations named before someone, the one their job belongs to (the vicar's
    church, not the repair café named after it; looked for in `earlier` too, the memo's
    organisations before them), else the nearest."""
    for o in reversed([*(earlier or ()), *orgs]):
        if _fits(o, role):
            return o
    return orgs[-1]


def _fits(org: _Entity, role: str | None) -> bool:
    """Whether a job belongs to this kind of organisation: a vicar to "St Stephen's", and a
    job that names the kind itself ("the club's welfare officer") to one of that kind."""
    words = set((role or "").split())
    words |= {w.removeprefix("co-") for w in words}  # "my co-coach": a coach
    low = org.name.lower().split()
    if low and low[-1] in words and low[-1] in GENERIC_WORKPLACES | set(ROLE_ORGS):
        return True
    kinds = {w for w in low if w in ROLE_ORGS}
    if low and low[0] in ("st", "st.", "saint") and org.name.endswith(("'s", "’s")):
        kinds.add("church")  # "St Stephen's"
    return any(words & ROLE_ORGS[k] for k in kinds)


def _councillor(role: str | None) -> bool:
    """Whether the job is a councillor's: who is "councillor for" somewhere is for a ward."""
    return bool(role) and role.split()[-1] in ("councillor", "councilor", "cllr")


def _council(org: _Entity) -> bool:
    """A local council ("Northfield Council", "Royal Borough of Y"), not a team inside one."""
    words = org.name.lower().split()
    return words[-1] == "council" or words[:2] in (["borough", "of"], ["london", "borough"])


# Calls the speaker made: "Rang Harrow Homes, spoke to Struan".
RANG = {"rang", "called", "phoned", "rung", "emailed", "messaged", "chased"}


MEETINGS = {"meeting", "agm", "committee", "forum", "group", "board"}
# The officers of a members' body: its chair, treasurer, secretary, captain.
OFFICES = {
    "chair", "chairman", "chairwoman", "chairperson", "vice-chair", "treasurer", "secretary",
    "president", "captain", "clerk",
}  # fmt: skip


def _meeting_of(doc: Any, org: _Entity) -> bool:
    """Whether the organisation is said as the body that met: "the Lantern Festival
    committee", "the Tigers AGM", or a body that is itself a meeting ("the Pensioners'
    Forum")."""
    said_after = org.end < len(doc) and doc[org.end].lower_ in MEETINGS
    return said_after or org.name.lower().split()[-1] in MEETINGS or _met_tonight(doc, org)


# When a body met, said right after its name as a memo's heading: "Parish council tonight".
MET_WHEN = ({"tonight"}, {"last", "this"})
# Words a memo's heading may open with before the body's name: "Right, the PTA tonight".
OPENING = {"the", "so", "right", "okay", "ok"}


def _met_tonight(doc: Any, org: _Entity) -> bool:
    """ "Arminghall Parish Council tonight, up at the village hall": a council, club or
    committee that opens its sentence with "tonight" (or "last night", "this evening") after
    it is the body whose meeting the memo is about."""
    sent = doc[org.start].sent
    first = sent.start
    while first < org.start and (doc[first].lower_ in OPENING or doc[first].is_punct):
        first += 1
    if first != org.start and _kind_met_before(doc, org, first):
        return True  # "community council tonight, the pilrig and bonnington community council"
    if first != org.start or org.end + 1 >= len(doc):
        return False
    return _when_met(doc, org.end)


def _kind_met_before(doc: Any, org: _Entity, first: int) -> bool:
    """ "Parish council tonight, the Upton parish council, at the village hall": a heading
    that opens with the last words of the body's name (its kind) and when it met, then names
    it in full after a comma."""
    at = org.start - 1 - (doc[org.start - 1].lower_ == "the")
    if at - 1 <= first or doc[at].text != ",":
        return False
    when = at - 1 - (doc[at - 1].lower_ in ("night", "evening", "afternoon", "morning"))
    if not _when_met(doc, when):
        return False
    kind = [t.lower_ for t in doc[first:when]]
    name = org.name.lower().split()
    return 0 < len(kind) < len(name) and name[-len(kind) :] == kind


def _when_met(doc: Any, i: int) -> bool:
    """Whether the words at `i` say when a body met: "tonight", "last night", "this evening"."""
    if i + 1 >= len(doc):
        return False
    word, nxt = doc[i].lower_, doc[i + 1].lower_
    return word in MET_WHEN[0] or (
        word in MET_WHEN[1] and nxt in ("night", "evening", "afternoon", "morning")
    )


def _meeting_body(
    doc: Any, entities: list[_Entity], earlier: list[_Entity], role: str
) -> _Entity | None:
    """For an officer's job ("our treasurer", "standing down as captain"), the one body the
    memo says met, when it names one: its officers are its own, not the venue's or a team
    talked about since (a meeting's venue gives way to the body meeting there)."""
    if role.split()[-1] not in OFFICES:
        return None
    bodies = {o.name: o for o in earlier if _meeting_of(doc, o) or _committee_of(doc, entities, o)}
    hosts = {h.name: h for o in earlier if (h := _host(doc, entities, o)) is not o}
    bodies |= hosts
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _committee_of(doc: Any, entities: list[_Entity], org: _Entity) -> bool:
    """ "The youth committee at the Elm Street mosque": a committee said at an organisation,
    with no other body named as its owner, is that organisation's own."""
    i = org.start - 1 - (org.start > 0 and doc[org.start - 1].lower_ == "the")
    return (
        i >= 1
        and doc[i].lower_ in ("at", "of", "for")
        and doc[i - 1].lower_ in ("committee", "committees")
        and not any(e.kind == "org" and e.end in (i - 1, i) for e in entities)
    )


def _host(doc: Any, entities: list[_Entity], org: _Entity) -> _Entity:
    """ "The food bank committee at Walthamstow Central Mosque": where another organisation's
    meeting is held is only the venue; the organisation meeting there is the one its people
    belong to. Else `org` itself."""
    i = org.start - 1 - (org.start > 0 and doc[org.start - 1].lower_ == "the")
    if i < 2 or doc[i].lower_ not in ("at", "in") or doc[i - 1].lower_ not in MEETINGS:
        return org
    owner = [e for e in entities if e.kind == "org" and e.end == i - 1]
    return owner[0] if owner else org
