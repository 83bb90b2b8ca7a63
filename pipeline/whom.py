"""Whom a follow-up concerns, once `followups` has found the promise and its day.

The person is the one the promise concerns: the first one referred to from the commitment on,
by name ("Introduce Jane to Kevin" concerns Jane) or as "her"/"him" ("give her Sam's number");
else whoever asked it ("she asked me to come in"); else the first one named in the sentence,
an owner ("Amy's party") last; else whoever wanted it ("He wants leaflets, so I must print
fifty"); else, for a promise made to someone ("I said I'd mull it over"), the person just
spoken of; else, for a step "so I need to ..." that serves what its sentence said first,
whose want or thing that was ("she wants to see him again, so I must ring reception"). A
pronoun means the last person named before it whom the memo has not called the other sex (by
title, by a first name that is a woman's or a man's, or by the "he"/"she" said next after the
name), and a "he" that opens two sentences in a row is the same person both times; "she asked
me to ring her" is the one who asked. A relative said by kinship alone ("Dad", "Nan", "his
mum") is no entry: a promise for them, or whose pronoun means them, has no person. A "he"
or "she" that says when ("before he gets home", "when she turns up") concerns no one, and
whoever wants something is found by the parse too ("Doctor Mbeki at the clinic wants to see
her, so I need to book that").

A module apart because finding a promise reads a clause's verbs and dates, and this reads its
people: names, pronouns and the sex the memo gives them, relatives said by kinship, who asked
or wanted it. `followups` imports it and it imports nothing of `followups`, so what both read
lives here: `PRONOUNS`, the words of a want, and `new_subject` (where `followups` cuts a
run-on sentence, and where this finds someone else's doing).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from .lexicon import CONTACT_VERBS, FILLERS, IMPERATIVES, ROLE_HEADS, TITLE_SEXES, name_sexes

# A person referred to, not named: "ring her", "he asked me".
PRONOUNS = {"her", "him", "she", "he"}
# The sex a pronoun says its person is.
SEXES = {"she": "f", "her": "f", "hers": "f", "he": "m", "him": "m", "his": "m"}
# The words of a want: whoever wants something of the speaker is whom the promise is for ("He
# wants leaflets, so I must print fifty"); by a date, `followups` reads it as a request.
WANTS = {"wants", "wanted", "needs", "needed", "expects", "requested", "expecting", "like", "love"}
# "He'd like", "Tunde's expecting": the words between the one who wants and the want.
WANT_AUX = {"'d", "would", "'s", "is", "was", "has", "had", "really", "also", "will", "still"}
# "Clear the spare room before he gets back", "so nobody's in the shower when he turns up": a
# "he" or "she" that says when, not whom the promise concerns.
WHEN = {"when", "before", "after", "until", "till", "once", "while", "whenever", "time"}


def person(
    sent: Any, start: int, entities: Sequence[Any], gender_of: Mapping[str, str] | None = None
) -> str | None:
    """The first person the promise refers to after its commitment, by name or as "her" or
    "him" ("give her Sam's number" concerns her, "ring him Thursday when Jo's home" him);
    else whoever asked it ("she asked me to come in"); else the first one named in the
    sentence; else, for a "he" or "she", the last person named before."""
    doc = sent.doc
    gender_of = gender_of or {}
    people = [e for e in entities if e.kind == "person"]
    # "I said I'd write the application, Oona's checking the insurance": a new subject with
    # its own verb after a comma is someone else's doing, not whom the promise concerns
    end = next(
        (
            t.i
            for t in doc[start : sent.end]
            if t.text == "," and _own_doing(doc, t.i + 1, sent.end)
        ),
        sent.end,
    )
    # "put a wash on tonight cause Morven's kit's still in her bag": the reason said after
    # the promise names whom it is for no more than a doing of their own does
    end = next((t.i for t in doc[start + 1 : end] if t.lower_ in REASONS), end)
    if doc[start].lemma_.lower() in CONTACT_VERBS and not any(
        start < e.start < end for e in people
    ):
        there = _contact_there(doc, start, sent, people)
        if there is not None:
            return there  # "ring Froth Fixers today, the bloke there is Stelios Papadakis"
    asker = _asker(sent, start, people, gender_of)
    said = _asker_word(sent, start)
    if any(_kin(t) and doc[t.i - 1].lower_ in TOLD_KIN for t in doc[sent.start : start]):
        return ""  # "I promised Mum I'd ring the council": for a relative the memo does not name
    if doc[start].lemma_.lower() in PASSED_ON:
        # "I'll mention him to Tendai", "flag Filip to Tahmina": whom it is said to
        to = next(
            (e for e in people if start < e.start < end and doc[e.start - 1].lower_ == "to"), None
        )
        if to is not None:
            return str(to.name)
    relative = False
    for t in doc[start:end]:
        named = next((e for e in people if e.start == t.i), None)
        if named and not _busy_elsewhere(named, doc, start):
            return str((_named_after(named, people, doc) or named).name)
        if _kin(t) and not _possessive_word(t):
            return ""  # "tell Nan tonight", "ring his mum"
        relative = relative or _kin(t)  # "ring Dad's surgery"; not "Dad's form to Dot"
        if t.lower_ in ("his", "her") and t.head.lower_ in KIN_SEX:
            continue  # "ring his mum", "ask his dad, Karim": the relative, not whose
        # "she asked me to ring her": the one who asked
        if said is not None and (said.lower_, t.lower_) in (("she", "her"), ("he", "him")):
            return asker
        # "get his number": whose is what the promise acts on; not "a chat about his phonics",
        # and not "she asked me to send his list", which is for her
        his = t.lower_ == "his" and t.head.dep_ == "dobj" and not asker
        if t.lower_ in ("her", "him", "hers") or his:
            who = _antecedent(t, people, gender_of)
            if who:
                return who
            relative = relative or who == ""  # "bring her the cards", her being Nan
    if asker is not None:
        return asker  # "" for "Nan wants me to"
    if relative:
        return ""
    named = [
        e for e in people if sent.start <= e.start < end and not _busy_elsewhere(e, doc, start)
    ]
    if named:
        owners = [e for e in named if not possessive(e, doc)]
        return str((owners or named)[0].name)
    for t in doc[start : sent.end]:
        if t.lower_ in REASONS:
            break  # "... cause Morven's kit's still in her bag": not whom it is for
        if t.i >= end and t.lower_ in ("he", "she") and t.head.lemma_.lower() not in FOR_WHOM:
            # "revise the road signs, Lukas says he will test me": his own doing; not "fill in
            # the form, he said before April", whose it is
            continue
        if t.lower_ in PRONOUNS and doc[t.i - 1].lower_ not in WHEN:
            before = [e for e in people if e.end <= sent.start]
            # the last one named before the sentence whom the pronoun's sex fits ("Mrs
            # Oduya wants to see me about Kofi. She said ...")
            sex = SEXES.get(t.lower_)
            fits = [e for e in before if gender_of.get(str(e.name), sex) == sex] or before
            return _antecedent(doc[fits[-1].end] if fits else t, fits, gender_of)
    for t in doc[sent.start : start]:
        # "I told him I'd send the lease by Tuesday": whom the promise was made to
        head = t.head.head if t.head.lower_ == "to" else t.head
        if t.lower_ in ("him", "her") and head.lemma_.lower() in PROMISED_TO:
            return _antecedent(t, people, gender_of)
    return None


# The verbs of passing word of someone or something on to someone: "mention him to Tendai".
PASSED_ON = {"mention", "flag", "recommend"}


# The verbs of a promise made to someone: "I told her I'd", "promised him", "said to him".
PROMISED_TO = {"tell", "promise", "assure", "reassure", "say", "swear"}


def _antecedent(pronoun: Any, people: Sequence[Any], gender_of: Mapping[str, str]) -> str | None:
    """The last person named before a pronoun whom it can mean: "her" is not someone the
    memo has called "he". A relative said without a name after the last such person ("Dad's
    surgery rang ... take him in") is whom it means: someone unnamed, returned as ""."""
    want = SEXES.get(pronoun.lower_)
    if pronoun.lower_ in ("he", "she") and (same := _same_subject(pronoun)) is not None:
        return _antecedent(same, people, gender_of)  # "He asked me ... He also wants ..."
    doc = pronoun.doc
    fits = [
        e
        for e in people
        if e.end <= pronoun.i and not (want and gender_of.get(str(e.name), want) != want)
    ]
    kin = _unnamed_kin(doc, pronoun.i, want, others=False)
    if fits and want and not (kin is not None and kin >= fits[-1].end):
        # "Bisi picked Tolu up, she's on a new shift. She asked me ... let her know": the first
        # "she" said since the last name is whom every later one means (not past a relative
        # said since: "she's Nan's GP. Nan's test is Monday. She wants ...")
        first = next(
            (
                t
                for t in doc[fits[-1].end : pronoun.i]
                if t.lower_ in ("he", "she") and SEXES[t.lower_] == want
            ),
            None,
        )
        if first is not None:
            return _antecedent(first, people, gender_of)
    if pronoun.lower_ in ("he", "she"):
        # "Ellis was moaning about Ben again, and he asked me to ...": the sentence's subject,
        # not the last name said
        sent = pronoun.sent
        subject = next((e for e in fits if e.start >= sent.start and _leads(e, doc)), None)
        if subject is not None and not (kin is not None and kin >= subject.end):
            return str(subject.name)
    for k in range(len(fits) - 1, -1, -1):
        e = fits[k]
        # "Jo asked if we'd do the cake for Amy's party, I said I'd let her know": Jo
        if k and possessive(e, doc) and fits[k - 1].start >= doc[e.start].sent.start:
            continue
        return "" if kin is not None and kin >= e.end else str(e.name)
    return "" if kin is not None else None


def _leads(e: Any, doc: Any) -> bool:
    """Whether a name is what its sentence is about: the subject of its main verb ("Jasmine
    said after talking to Kat that ..."), or said first and taken up again ("Rufus, whose
    brother I know, he ...")."""
    head = doc[e.end - 1]
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ROOT":
        return True
    # not "Keziah's teacher, Miss Kalinowska, caught me ..., she wants": whose, not who
    return _first_word(head.sent) == doc[e.start] and not possessive(e, doc)


# Relatives the speaker names by kinship alone: a "she" or "he" after one, with no other
# person named between, means that relative, who is no entry of the memo.
KIN_SEX = {
    "mum": "f",
    "mam": "f",
    "mom": "f",
    "mummy": "f",
    "mother": "f",
    "nan": "f",
    "nana": "f",
    "nanna": "f",
    "gran": "f",
    "granny": "f",
    "grandma": "f",
    "grandmother": "f",
    "wife": "f",
    "daughter": "f",
    "sister": "f",
    "auntie": "f",
    "aunt": "f",
    "dad": "m",
    "daddy": "m",
    "father": "m",
    "grandad": "m",
    "granddad": "m",
    "grandpa": "m",
    "grandfather": "m",
    "husband": "m",
    "son": "m",
    "brother": "m",
    "uncle": "m",
}


# "I promised Mum I'd ...", "told Dad I'd ...": a promise made to a relative.
TOLD_KIN = {"promised", "told", "tell", "promise", "asked"}


def _kin(t: Any) -> bool:
    """A relative said by kinship alone ("Dad", "my nan", "his mum"), not a title ("Mother
    Grace") nor one named after ("her brother Tom")."""
    return t.lower_ in KIN_SEX and _unnamed_kin(t.doc, t.i + 1, KIN_SEX[t.lower_]) == t.i + 1


def _unnamed_kin(doc: Any, i: int, want: str | None, others: bool = True) -> int | None:
    """Where the last relative of the pronoun's sex named by kinship alone ends, before
    token `i`, within the three sentences before it. Not one a name follows: "Mother Grace",
    "his dad, Karim", "her brother Tom" are the named person; nor the speaker ("proud dad");
    with `others` false, nor someone else's ("she said her mum's low, so I'll get her the
    number": her is the one who said it)."""
    if want is None or i > len(doc):
        return None
    sents = list(doc.sents)
    here = next((k for k, s in enumerate(sents) if s.start <= i - 1 < s.end), 0)
    floor = sents[max(0, here - 3)].start
    for t in reversed(doc[floor:i]):
        if KIN_SEX.get(t.lower_) != want or doc[t.i + 1 : t.i + 2].text == "-":
            continue  # not "my brother-in-law, Kobby"
        whose = doc[t.i - 1] if t.i else None
        if whose is not None and (
            whose.pos_ == "ADJ"
            or (not others and whose.lower_ in ("her", "his", "their", "your", "'s", "’s"))
        ):
            continue
        after = [u for u in doc[t.i + 1 : t.i + 3] if u.text not in (",", "'s", "’s")]
        if after and after[0].pos_ == "PROPN":
            continue
        return t.i + 1
    return None


# Verbs whose subject is whom a promise is for: the one who asked, wanted or said it.
FOR_WHOM = {
    "ask",
    "want",
    "need",
    "like",
    "expect",
    "tell",
    "say",
    "request",
    "email",
    "text",
    "ring",
    "call",
    "message",
}


CONDITIONS = {"once", "when", "if", "after", "until", "till", "while", "unless", "whenever",
              "before"}  # fmt: skip
# The marks of a reason said after the promise: "put a wash on cause Morven's kit's still in
# her bag" is no task for her.
REASONS = {"because", "cause", "'cause", "cos", "coz"}


# "Drop the keys at Sunil's on the way back": the words before someone's home.
AT_HOME = {"at", "to", "round", "from", "past", "by", "over"}


def _busy_elsewhere(e: Any, doc: Any, start: int) -> bool:
    """A name that is the subject of a doing of its own, not the promise's: "order the kit
    once Derek says yes", "I said I'd write it up, Oona's checking the insurance",
    "pick up the kids, Sian's on lates". Whoever asks, wants or says is not: the promise is
    for them."""
    if 0 <= e.start - start <= 1 and start < len(doc) and doc[start].lower_ in IMPERATIVES:
        return False  # "Text Helen tomorrow to confirm": the command's object, however parsed
    if e.start == start:
        return False  # "Gloria, she leads the team, wants the rota by the 20th": who wants it
    root = doc[e.end - 1]
    if (
        e.end + 1 < len(doc)
        and doc[e.end].lower_ in ("'s", "’s")
        and doc[e.end + 1].pos_ in ("ADP", "VERB", "AUX", "PART", "ADV")
        and not (e.start and doc[e.start - 1].lower_ in AT_HOME)
    ):
        return True  # "Sian's on lates", "Callum's doing the ID bit": she is, he is
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "while Kai and Rhodri are out": both
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = root.head
    if doc[root.left_edge.i - 1].lower_ == "or" if root.left_edge.i else False:
        return False  # "or Kobby gets charged": what is at stake for him
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in head.children):
        return False  # "mull over whether Simi can go": whom the deciding is about
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in head.children):
        return True  # "once Derek says yes": a condition, whatever its verb
    # "and Mother Grace is doing the lunch": a doing of its own joined on; not "get Yvette to
    # do the list" (whom the promise acts through) nor "or Sam gets charged" (what is at stake)
    # a tensed verb of its own ("Mother Grace is doing the lunch"), not an infinitive
    tensed = head.tag_ in ("VBZ", "VBD", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in head.children
    )
    return (
        head.i != start
        and (head.dep_ in ("ROOT", "conj", "parataxis") or (head.dep_ == "ccomp" and tensed))
        and head.lemma_.lower() not in FOR_WHOM
        and not any(c.lower_ == "or" for c in head.children)
        and not (start < len(doc) and head.i == doc[start].head.i and head.i > start)
    )


def cause_person(clause: Any, entities: Sequence[Any], gender_of: Mapping[str, str]) -> str | None:
    """For a promise that names no one and follows from what its sentence said first, the
    person whose want or thing that was: "she wants to see him in a fortnight, so I need to
    ring reception", "Tam's review is today, which I can't make, so I'll book the next one",
    "I need a letter from Doctor Bryce, so I must ring the surgery". Not someone who only
    said or did something ("the pharmacist said they're not ready, so I'll pick them up
    Thursday"). A relative unnamed is ""."""
    doc = clause.doc
    sent = doc[clause.start].sent
    people = [e for e in entities if e.kind == "person"]
    for t in doc[sent.start : clause.start]:
        named = next((e for e in people if e.start == t.i), None)
        if named:
            if (
                (
                    possessive(named, doc)
                    and doc[named.end + 1].lower_ not in ROLE_HEADS | KIN_SEX.keys()
                )
                or _wants_something(doc[named.end - 1])
                or (named.start and doc[named.start - 1].lower_ == "from")
            ):
                return str(named.name)
            continue
        own = t.lower_ in ("her", "his") and t.tag_ == "PRP$"
        if own or (t.lower_ in ("she", "he") and _wants_something(t)):
            return _antecedent(t, people, gender_of)
        if _kin(t) and _possessive_word(t):
            return ""  # "Dad's review is Monday, so I need to book the taxi"
    return None


WANT_LEMMAS = {"want", "need", "ask", "expect", "like", "request"}


def _wants_something(subject: Any) -> bool:
    """Whether a word is the subject of a want: "she wants", "Dr Ho's halving it and wants
    to see her again"; not "she asked about the forms"."""
    if subject.dep_ != "nsubj":
        return False
    verbs = [subject.head, *(c for c in subject.head.children if c.dep_ == "conj")]
    return any(
        v.lemma_.lower() in WANT_LEMMAS and not any(c.lower_ == "about" for c in v.children)
        for v in verbs
    )


def _possessive_word(t: Any) -> bool:
    return t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("'s", "’s")


def owner(
    clause: Any, entities: Sequence[Any], gender_of: Mapping[str, str] | None = None
) -> str | None:
    """Whose a dated happening is, for a promise that takes its day ("before then"): the one
    named as its owner ("Ifeoma's leaving do is on the 20th"), or as who does it
    ("Bartholomew's off to Canada on the ninth", "He wants to move in on the first of April");
    not whoever only rang or said so ("Sam rang about the quiz on Friday"). None when the
    clause names no one so, or more than one."""
    doc = clause.doc
    all_people = [e for e in entities if e.kind == "person"]
    people = [e for e in all_people if clause.start <= e.start < clause.end]
    if len(people) > 1:
        return None
    if people:
        e = people[0]
        going = e.end + 1 < len(doc) and doc[e.end].lower_ in ("'s", "’s", "is", "was")
        if possessive(e, doc) or (going and doc[e.end + 1].lower_ in COMINGS_GOINGS):
            return str(e.name)
        if (
            e.start >= 2
            and doc[e.start - 1].lower_ == "with"
            and doc[e.start - 2].lower_ in MET_IN
            and doc[e.start - 2].i >= clause.start
        ):
            return str(e.name)  # "Bank meeting with Shoaib's at half two": whom it is with
    subject = next((t for t in clause if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
    if (
        subject is None
        or subject.head.lemma_.lower() not in OWN_PLANS
        or any(c.dep_ == "dobj" for c in subject.head.children)
    ):
        return None  # not "She's moving us to Tuesday deliveries": what she does to us
    named = next((e for e in people if e.start <= subject.i < e.end), None)
    if named is not None:
        return str(named.name)
    if subject.lower_ in ("he", "she") and doc[subject.i - 1].lower_ not in WHEN:
        return _antecedent(subject, all_people, gender_of or {}) or None
    return None


# A happening had with someone, who is whose it is: "meeting with Shoaib at two".
MET_IN = {"meeting", "appointment", "session", "interview", "review", "call", "chat"}


# The verbs of someone's own plan, whose day a promise may have to beat: "He wants to move in
# on the first"; not whoever only rang about it ("Sam rang about the quiz on Friday").
OWN_PLANS = {
    "want", "move", "leave", "go", "start", "retire", "fly", "arrive", "come", "return",
    "visit", "finish",
}  # fmt: skip


# What someone is about to do that a promise may have to beat: "Bartholomew's off to Canada".
COMINGS_GOINGS = {
    "off", "away", "leaving", "going", "moving", "flying", "starting", "retiring", "back",
    "getting", "coming", "due",
}  # fmt: skip


def _named_after(e: Any, people: Sequence[Any], doc: Any) -> Any:
    """The person an owner's role is named as just after it: "speak to Orla's teacher, Mr
    Dunleavy" concerns Mr Dunleavy, not Orla; None when the role is not named so."""
    if not possessive(e, doc):
        return None
    for k in range(e.end + 1, min(len(doc) - 1, e.end + 4)):
        if doc[k].text == ",":
            return next((p for p in people if p.start == k + 1), None)
        if doc[k].pos_ not in ("NOUN", "ADJ"):
            return None
    return None


def possessive(e: Any, doc: Any) -> bool:
    """A name said as the owner of something: "Amy's party", "Councillor Hale's caseworker"."""
    return (
        e.end + 1 < len(doc)
        and doc[e.end].lower_ in ("'s", "’s")
        and doc[e.end + 1].pos_ in ("NOUN", "PROPN", "ADJ")
    )


def _same_subject(pronoun: Any) -> Any:
    """The "he" or "she" that opened the sentence before, when this one opens the same way:
    the same person, whoever was named in between. A sentence spaCy cut off a longer one
    ("so we can go through it") is looked past."""
    doc = pronoun.doc
    sent = pronoun.sent
    if _first_word(sent) != pronoun:
        return None
    for _ in range(3):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        first = _first_word(sent)
        opener = next((t.lower_ for t in sent if t.is_alpha), "")
        if first is None or opener in ("so", "and", "but", "then", "because"):
            continue
        return first if first.lower_ == pronoun.lower_ else None
    return None


def _first_word(sent: Any) -> Any:
    return next((t for t in sent if not t.is_punct and t.lower_ not in FILLERS), None)


def _asker(
    sent: Any, start: int, people: Sequence[Any], gender_of: Mapping[str, str]
) -> str | None:
    """Who asked or wants it of the speaker, before the commitment: "Jo asked me to",
    "she wants me to"."""
    said = _asker_word(sent, start)
    if said is None:
        return None
    named = next((e for e in people if e.end == said.i + 1), None)
    if named:
        return str(named.name)
    if _kin(said):
        return ""  # "Nan wants me to bring her cards"
    if said.lower_ in ("she", "he"):
        return _antecedent(said, people, gender_of)
    return None


def _asker_word(sent: Any, start: int) -> Any:
    """The word before "asked me", "wants me" ahead of the commitment: its subject."""
    doc = sent.doc
    for t in reversed(doc[sent.start : start]):
        if t.lower_ not in ASKS or t.i + 1 >= len(doc) or doc[t.i + 1].lower_ not in ("me", "one"):
            continue
        s = t.i - 1
        while s > sent.start and doc[s].lower_ in WANT_AUX | {"also", "just"}:
            s -= 1
        return doc[s]
    return None


ADVERBS = {"also", "really", "just", "still", "now", "even", "only"}


def wanter(
    clause: Any,
    entities: Sequence[Any],
    before: int | None = None,
    gender_of: Mapping[str, str] | None = None,
) -> str | None:
    """Who wants or asked for something in a clause ("Mr Kowalski wants us to ...", "He wants
    a stack of leaflets, so ..."), up to token `before`."""
    end = clause.end if before is None else before
    for t in clause.doc[clause.start : end]:
        if t.lower_ in WANTS or t.lower_ in ("asked", "waiting", "chasing"):
            if t.i + 1 < clause.end and clause.doc[t.i + 1].lower_ == "about":
                continue  # "she's asked about the certificates": a question, not a request
            s = t.i - 1
            while s > clause.start and clause.doc[s].lower_ in ADVERBS:
                s -= 1  # "He also wants", "she really needs"
            subj = clause.doc[s] if s >= clause.start and s < t.i else None
            if subj is not None and subj.pos_ == "AUX" and s - 1 >= clause.start:
                subj = clause.doc[s - 1]
            if subj is None:
                return None
            aux = s if clause.doc[s].pos_ == "AUX" else s + 1  # "Dev is waiting"
            named = [e for e in entities if e.kind == "person" and e.end in (t.i, aux)]
            if named:
                return str(named[-1].name)
            subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
            named = [
                e
                for e in entities
                if e.kind == "person" and subject is not None and e.start <= subject.i < e.end
            ]
            if named:  # "Doctor Mbeki at the clinic wants to see her"
                return str(named[-1].name)
            if subj.lower_ in ("he", "she"):
                people = [e for e in entities if e.kind == "person"]
                return _antecedent(subj, people, gender_of or {})
    return None


def last_person(clause: Any, entities: Sequence[Any]) -> str | None:
    """The person named last, in this sentence or the two before it."""
    sents = list(clause.doc.sents)
    idx = next((i for i, s in enumerate(sents) if s.start <= clause.start < s.end), 0)
    window_start = sents[max(0, idx - 2)].start
    before = [e for e in entities if e.kind == "person" and window_start <= e.start < clause.start]
    # "Friday: Oona's swimming gala. And the minutes, which I said I'd do": the owner of a thing
    # said is not someone a promise was made to
    # nor is someone busy with a doing of their own ("Ravi's doing the rota, not me")
    doc = clause.doc
    before = [
        e
        for e in before
        if not possessive(e, doc)
        and not (
            e.end + 1 < len(doc)
            and doc[e.end].lower_ in ("'s", "’s")
            and doc[e.end + 1].pos_ in ("VERB", "AUX", "ADP")
        )
    ]
    return str(before[-1].name) if before else None


def new_subject(doc: Any, i: int, end: int) -> bool:
    """Whether a subject and its own verb start at token `i`, as after "also" or "otherwise"
    in a run-on sentence: "... also the school sent a note ...", "... otherwise she cant swim"."""
    for j in range(i, min(end, i + 6)):
        t = doc[j]
        if t.dep_ in ("nsubj", "nsubjpass"):
            verb = t.head
            finite = verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBZ", "VBP", "VBD")
                for c in verb.children
            )
            return verb.i > j and verb.pos_ in ("VERB", "AUX") and finite
        if t.pos_ in ("VERB", "AUX", "PUNCT", "CCONJ") or t.lower_ in ("i", "we"):
            return False  # "the after school club is closed" passes; "also ring" does not
    return False


def _own_doing(doc: Any, i: int, end: int) -> bool:
    """Whether someone else's doing starts at token `i`: a new subject and verb, also where
    spaCy read the "'s" of "Oona's checking" as a possessive."""
    if new_subject(doc, i, end):
        return True
    return (
        i + 2 < end
        and doc[i].pos_ in ("PROPN", "PRON")
        and doc[i + 1].lower_ in ("'s", "’s")
        and doc[i + 2].tag_ in ("VBG", "VBN")
    )


ASKS = {"asked", "asks", "wants", "wanted", "needs", "needed", "told", "like"}


def genders(doc: Any, entities: Sequence[Any]) -> dict[str, str]:
    """ "f" or "m" for the people whose title says so ("Mrs Lakhani"), whose first name is
    a woman's or a man's ("Gareth in parking, she's chasing him": Gareth is no "she"), or
    whom the memo next calls "she" or "he" ("Sam Brooks, she has the kids on Tuesdays",
    "Leo's fine, he's ..."), so that a later "her" skips a "he"."""
    out: dict[str, str] = {}
    people = [e for e in entities if e.kind == "person"]
    sexes = name_sexes()
    for k, e in enumerate(people):
        sex = TITLE_SEXES.get((e.title or "").lower().rstrip("."))
        if sex:
            out.setdefault(str(e.name), sex)
            continue
        first = str(e.name).split()[0].lower() if str(e.name).split() else ""
        if first in sexes:
            out.setdefault(str(e.name), sexes[first])
            continue
        subject = doc[e.end - 1].dep_ == "nsubj"
        sent = doc[e.start].sent
        if not subject and any(
            p.start >= sent.start and _subject(p, doc) for p in people[:k]
        ):  # "Bisi picked Tolu up early, she's got a new shift": Bisi's "she", not Tolu's
            continue
        # past those the subject's sentence names after it ("Bisi picked Tolu up, she's")
        later = [
            p
            for p in people[k + 1 :]
            if not (subject and p.start < sent.end and not _subject(p, doc))
        ]
        stop = later[0].start if later else len(doc)
        for t in doc[e.end : min(stop, e.end + 10)]:
            if t.lower_ in ("she", "he"):
                out.setdefault(str(e.name), "f" if t.lower_ == "she" else "m")
                break
            if subject and t.tag_ == "PRP$" and t.lower_ in ("his", "her"):
                # "Sam came with me and showed her his ceiling": the subject's own
                out.setdefault(str(e.name), "f" if t.lower_ == "her" else "m")
                break
    return out


def _subject(e: Any, doc: Any) -> bool:
    return doc[e.end - 1].dep_ in ("nsubj", "nsubjpass")


# Whom a body's contact is, said after it: "the bloke there is Stelios", "the guy there's
# Seun, Seun Adebanjo", "the lady I spoke to is".
CONTACT_THERE = re.compile(
    r"\b(?:the|their|my) (?:bloke|guy|man|woman|lady|chap|fella|person|contact)"
    r"(?: there| at [\w' ]{1,30}?| (?:i|we) (?:spoke|deal|dealt) (?:to|with))? (?:is|'s|was) $",
    re.I,
)


def _contact_there(doc: Any, start: int, sent: Any, people: Sequence[Any]) -> str | None:
    """Whom a promise to get in touch with a body means, when its contact there is named
    after it, in its sentence or the next: "chase Cobalt IT about the phones. The guy there
    is Seun, their account manager"."""
    stop = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    for e in people:
        if not start < e.start < stop:
            continue
        before = doc.text[max(doc[start].idx, doc[e.start].idx - 60) : doc[e.start].idx]
        if CONTACT_THERE.search(before):
            return str(e.name)
    return None
