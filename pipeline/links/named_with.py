"""People tied to an organisation named with them rather than after a preposition: signed after
the name ("Dean Hollis, Kestrel Homes, wants the form"), inside the job ("Ada Obi, the Age UK
Camden coordinator", "Hallam Council's grants officer, Ada Obi"), as theirs ("Pickle and
Pride, that's her chutney business", "Kacper, my apprentice, his college have been on. Leeds
College of Building want ..."), sending them ("Peabody sent Tobias Wren round"), a thing of
its that they do ("she does the Hollin Rovers WhatsApp"), or a workplace said by its kind and
named in the next sentence ("The surgery's practice manager, Helen, rang back. Bounds Green
Group Practice, they've sorted it").
"""

from __future__ import annotations

import itertools
from typing import Any

from ..entities import FILLERS, _Entity, _role_word, sentences_back, sentences_on
from ..records import Link
from ..rules.org_words import PART_HEADS
from ..rules.person_words import ORG_NOUNS
from .context import CALLED, DOES, RUN_VERBS, SOMEONE
from .kinds import WORKPLACE_WORDS
from .roles import _appositive_role
from .subjects import PRONOUNS, _be, _person_before, _poss_at, _pronoun_subject, _relative_named


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


# Words that open a new clause after a name and its organisation, as no list goes on.
CLAUSE_AFTER = {"but", "so", "he", "she", "they", "who", "i", "we"}
# Whose someone is said to be: "she's one of ours really", "one of theirs".
WHOSE_ONE = {"ours", "theirs"}


def _set_off_job(doc: Any, comma_i: int) -> int | None:
    """Where the comma after a job set off after a name is ("Priyan Sethu, our consultant
    psychiatrist, NHS Fennick's finest"), also past a specialty said in lower case and a
    "she's one of ours" ("Morven Dalgety, old age psychiatry, so she's one of ours really,
    NHS Fennick"); None when no job or "one of ours" is set off there."""
    k, said = comma_i, False
    for _ in range(2):
        words = list(itertools.takewhile(lambda t: not t.is_punct, doc[k + 1 : k + 8]))
        end = k + 1 + len(words)
        if not words or end >= len(doc) or doc[end].text != ",":
            break
        low = [t.lower_ for t in words]
        ours = any(
            low[n : n + 2] == ["one", "of"] and low[n + 2] in WHOSE_ONE for n in range(len(low) - 2)
        )
        verbs = any(t.pos_ == "VERB" for t in words)
        if ours or (not verbs and len(words) <= 4 and _role_word(low[-1])):
            k, said = end, True
            continue
        if len(words) <= 4 and all(
            t.is_lower and (t.pos_ in ("NOUN", "ADJ") or t.lower_ == "and") for t in words
        ):
            k = end  # "old age psychiatry": what they do, said before whose they are
            continue
        break
    return k if said else None


def _part_named(doc: Any, i: int) -> bool:
    """Whether the words from `i` to the sentence's end name a part of an organisation: "the
    Wrexham buses branch.", "the Perth team."."""
    words = list(itertools.takewhile(lambda t: not t.is_punct, doc[i : i + 6]))
    end = i + len(words)
    return (
        len(words) >= 2
        and words[0].lower_ in ("the", "our", "their")
        and words[-1].lower_ in PART_HEADS | {"branch"}
        and (end >= len(doc) or doc[end].text == ".")
    )


def _signed_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "Dean Hollis, Kestrel Homes, wants the form", "Email from Ada Obi, Barnet Council.":
    an organisation set off by commas right after a name, as it is signed, is theirs (not
    one in a list: "Ada, Tesco and the bank"); so is one set off after the job said after
    the name ("Priyan Sethu, our consultant psychiatrist, NHS Fennick's finest, agreed")
    or after "she's one of ours"."""
    linked = {link.person for link in links if link.org}
    orgs = {e.start: e for e in entities if e.kind == "org"}
    for e in entities:
        if e.kind != "person" or e.end + 1 >= len(doc) or doc[e.end].text != ",":
            continue
        comma = e.end
        job = _set_off_job(doc, comma)
        # ("..., our ward manager, the Royal Derby's best,": a "the" before it)
        start = -1 if job is None else job + 1
        if start not in orgs and 0 < start < len(doc) and doc[start].lower_ == "the":
            start += 1
        if start in orgs:
            comma, org = job, orgs[start]
        elif e.name in linked:
            continue
        else:
            org = orgs.get(comma + 1)
        if org is None or any(x.person == e.name and x.org == org.name for x in links):
            continue
        after = doc[org.end] if org.end < len(doc) else None
        # "NHS Fennick's finest,": said of them as one of its own
        own = (
            comma > e.end
            and after is not None
            and after.text in ("'s", "’s")
            and org.end + 2 < len(doc)
            and doc[org.end + 1].is_lower
            and doc[org.end + 2].text in (",", ".")
        )
        closed = (
            after is None
            or own
            or after.text == "."
            or (
                after.text == ","
                and org.end + 1 < len(doc)
                and (
                    doc[org.end + 1].pos_ in ("VERB", "AUX")
                    or (doc[org.end + 1].pos_ == "ADP" and doc[org.end + 1].lower_ != "and")
                    # "Dariusz Nowakowski, Straightline Builders, but everyone calls him
                    # Darek": a clause of its own follows, not the list going on
                    or doc[org.end + 1].lower_ in CLAUSE_AFTER
                    or _team_said(doc, org.end + 1)
                    # "Dewi, our branch secretary, Unite, the Wrexham buses branch."
                    or (comma > e.end and _part_named(doc, org.end + 1))
                )
            )
        )
        if closed:
            links.append(Link(e.name, org.name, None))
            linked.add(e.name)


# What a firm named after a family ends with: "Sultani and Sons", "Pask & Co".
FAMILY_FIRM = (
    ("and", "sons"), ("and", "son"), ("&", "sons"), ("&", "son"), ("and", "daughters"),
    ("&", "daughters"), ("brothers",), ("bros",), ("and", "co"), ("&", "co"),
)  # fmt: skip


def _family_firm_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "Bashir Sultani, he runs the hardware shop on Middle Lane, Sultani and Sons": a firm
    named after a family ("<surname> and Sons", "<surname> Brothers") is the business of the
    one of that surname the memo names in full."""
    linked = {(link.person, link.org) for link in links}
    for org in (e for e in entities if e.kind == "org"):
        words = org.name.lower().split()
        if len(words) < 2 or not any(tuple(words[1 : 1 + len(f)]) == f for f in FAMILY_FIRM):
            continue
        for e in entities:
            names = e.name.lower().split()
            theirs = e.kind == "person" and len(names) > 1 and names[-1] == words[0]
            if theirs and (e.name, org.name) not in linked:
                links.append(Link(e.name, org.name, None))
                linked.add((e.name, org.name))


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
        # "Josie Bell, she's the Whitmore Primary caretaker": the "she" stands for the name
        if (
            i + 3 < len(doc)
            and doc[i].text == ","
            and doc[i + 1].lower_ in ("he", "she")
            and _be(doc, i + 2)
        ):
            i += 2
        if i + 2 >= len(doc) or not (doc[i].text == "," or _be(doc, i)):
            continue  # (or "Delroy is the Fortismere School caretaker")
        j = i + 1
        if _be(doc, i) and doc[j].lower_ == "been" and j + 1 < len(doc):
            j += 1  # "she's been the Elm Lodge manager for years"
        # "she's been NHS Fennick admin since 2019": the organisation said first, no "the"
        bare = _be(doc, i) and j in orgs
        if doc[j].lower_ not in ("the", "our", "their", "his", "her", "my", "a", "an") and not bare:
            continue
        sent_end = doc[i].sent.end
        org, k = None, j + (not bare)
        while k < min(sent_end, i + 10) and not doc[k].is_punct:
            if org is None and k in orgs:
                org, k = orgs[k], orgs[k].end
                continue
            if org is not None and k == org.end and doc[k].lower_ in SOMEONE:
                # "Dave, the Openreach man", "Jordan, the heatwise lad": theirs, no job said
                if not any(x.person == e.name and x.org == org.name for x in links):
                    links.append(Link(e.name, org.name, None))
                break
            held = bare and k == org.end and doc[k].is_lower and doc[k].pos_ == "NOUN"
            if org is not None and (_role_word(doc[k].lower_) or held):
                role = " ".join(t.lower_ for t in doc[org.end : k + 1])
                if Link(e.name, org.name, None) not in links:
                    links.append(Link(e.name, org.name, role))
                break
            if org is None and doc[k].pos_ in ("VERB", "AUX"):
                break
            k += 1


def _org_one_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "The Openreach man, Dave, came round", "the Age UK lady, Sandra Pike": someone said
    first as the organisation's man or lady, named right after; or as its job, named at the
    end of the clause they open ("The Wizz station manager came down, Iulia Popescu,")."""
    people = {e.start: e for e in entities if e.kind == "person"}
    for org in (e for e in entities if e.kind == "org"):
        k = org.end
        if org.start < 1 or doc[org.start - 1].lower_ != "the" or k + 2 >= len(doc):
            continue
        if doc[k].lower_ in SOMEONE and doc[k + 1].text == "," and k + 2 in people:
            person = people[k + 2]
        else:
            person = _named_after_their_clause(doc, entities, org)
        if person is not None and not any(x.person == person.name and x.org for x in links):
            links.append(Link(person.name, org.name, None))


def _named_after_their_clause(doc: Any, entities: list[_Entity], org: _Entity) -> _Entity | None:
    """ "The Wizz station manager came down to the ramp, Iulia Popescu, moaning": someone
    said first as the organisation's job, the subject of a clause, and named at its end, set
    off by commas; None when nobody is."""
    k = org.end
    while k < min(len(doc), org.end + 3) and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):
        k += 1
    if k == org.end or not (_role_word(doc[k - 1].lower_) or doc[k - 1].lower_ in SOMEONE):
        return None
    if k >= len(doc) or doc[k].pos_ not in ("VERB", "AUX"):
        return None
    sent_end = doc[k].sent.end
    for j in range(k + 1, min(sent_end - 1, k + 10)):
        if any(e.start == j for e in entities):
            return None  # another name or organisation first
        if doc[j].text != ",":
            continue
        named = next((e for e in entities if e.kind == "person" and e.start == j + 1), None)
        if named is not None and (named.end >= len(doc) or doc[named.end].text in (",", ".")):
            return named
        return None
    return None


def _org_job(doc: Any, org: _Entity) -> tuple[int, int] | None:
    """Where the job or team said after an organisation's "'s" runs ("Hallam Council's
    grants officer", "Age UK's outreach team"): the words from after the "'s" to the job's
    or team's head, as (start, end); None when no job or team follows."""
    i = _poss_at(doc, org)
    # ("Kirkby Rovers' physio": a plural name's mark alone)
    marks = ("'s", "’s", "'", "’") if org.name.lower().endswith("s") else ("'s", "’s")
    if i >= len(doc) or doc[i].tag_ != "POS" or doc[i].text not in marks:
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
                # ("..., a lass called Jodie Marsland": someone not met before)
                n = k + 1
                if [t.lower_ for t in doc[n : n + 1]] in (["a"], ["an"]):
                    n += 1 + (doc[n + 1].lower_ in SOMEONE)
                    n += n > k + 2 and doc[n].lower_ in ("called", "named")
                person = next((p for p in people if p.start == n), None)
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
# Words between the sender and "sent": "Peabody have sent", "they're sending".
SENDING_AUX = {"have", "has", "had", "'re", "’re", "are", "'ve", "’ve", "were", "will", "'ll"}


def _sent_links(doc: Any, entities: list[_Entity], links: list[Link]) -> None:
    """ "Peabody sent Tobias Wren round to look at the damp": someone an organisation sends
    out is one of its people."""
    people = {e.start: e for e in entities if e.kind == "person"}
    orgs = [e for e in entities if e.kind == "org"]
    senders = [(org, org.end) for org in orgs]
    # "Booked the locum through Elmtree Staffing. They're sending Tobias Wren, he's done us
    # before": "they" for the organisation the sentence before names
    for t in doc:
        if t.lower_ != "they" or t.i + 1 >= len(doc) or t.i > t.sent.start + 1:
            continue
        before = [o for o in orgs if sentences_back(doc, t.i, 1) <= o.start and o.end <= t.i]
        if before:
            senders.append((before[-1], t.i + 1))
    for org, after in senders:
        i = after + (after < len(doc) and doc[after].lower_ in SENDING_AUX)
        if i + 2 >= len(doc) or doc[i].lower_ not in SENT:
            continue
        k = i + 1 + (doc[i + 1].lower_ in ("a", "an"))
        e = people.get(k)
        if e is None or e.end + 1 >= len(doc):
            continue
        # "sent Tom round", "sent Tom to fix it" (not "sent Tom a letter", "sent Tom home");
        # "they're sending Tobias, he's done us before": said of the one sent
        errand = doc[e.end].lower_ == "to" and doc[e.end + 1].pos_ == "VERB"
        said_of = after != org.end and doc[e.end].text in (",", ".")
        if doc[e.end].lower_ not in SENT_OFF and not errand and not said_of:
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
    # "Ferris Plumbing, the lad's name's Connor Ferris, it's his own firm": the business named
    # before the name, in its sentence, is the one said to be his after it
    for e in (e for e in entities if e.kind == "person"):
        k = e.end + (e.end < len(doc) and doc[e.end].text == ",")
        words = [t.lower_ for t in doc[k : min(doc[e.start].sent.end, k + 5)]]
        if words[:1] != ["it"] or words[1:2] not in (["'s"], ["’s"], ["is"]):
            continue
        if words[2:4] not in (["his", "own"], ["her", "own"]) or len(words) < 5:
            continue
        if words[4] not in ORG_NOUNS or words[4] == "business":
            continue  # ("it's her own business": hers to mind)
        sent = doc[e.start].sent
        before = [
            o for o in entities if o.kind == "org" and sent.start <= o.start and o.end <= e.start
        ]
        if before and not any(x.person == e.name and x.org for x in links):
            links.append(Link(e.name, before[-1].name, "owner"))


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
