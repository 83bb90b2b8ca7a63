"""The job said beside a name: set off by commas ("Dev Sharma, the store manager", "The office
manager, Mrs Lynch"), right before it ("Our clerk Joan Kirby"), before "is" ("Their coach is
Dwayne Fletcher"), after it with no comma as Whisper writes it ("Barry the landlord says hi"),
or as an office taken up or left ("Ann Lee stood down as secretary"); and whether that job is
someone else's ("Ana's form tutor, Ann Lee").

A module of its own because the reading is long and the passes that link someone named after
an organisation, by a title or by the kind of workplace all ask it.
"""

from __future__ import annotations

import itertools
from typing import Any

from ..entities import FILLERS, INDEFINITE, _Entity, _role_word
from ..lexicon import ROLE_HEADS


def _from_determiner(words: Any, stops: tuple[str, ...]) -> list[Any]:
    """The words at the end of `words` back to their determiner or possessive ("our clerk",
    "a new volunteer there"), none when a punctuation mark or a part of speech in `stops`
    comes first or no determiner opens them."""
    before: list[Any] = []
    for t in reversed(words):
        if t.is_punct or t.pos_ in stops:
            break
        before.insert(0, t)
        if t.pos_ == "DET" or t.tag_ == "PRP$":
            break
    return before if before and (before[0].pos_ == "DET" or before[0].tag_ == "PRP$") else []


# What a name is read off or how it is recalled: "her badge says", "I think his name was".
NAMED_ON = {"badge", "card", "name", "lanyard", "email", "letter", "think", "reckon"}
NAMING_VERBS = {"says", "said", "is", "was", "'s", "’s", "reads"}


def _naming_clause(doc: Any, start: int) -> int:
    """Where the words before a name begin when they only say how the name is known ("The
    manager, her badge says Ann Lee", "The officer, I think his name was Tom Reed"), so the
    job before them is read as the name's; else `start`."""
    sent_start = doc[start].sent.start
    if start - 2 <= sent_start or doc[start - 1].lower_ not in NAMING_VERBS:
        return start
    for k in range(start - 2, max(sent_start, start - 7), -1):
        if doc[k].text == ",":
            words = {t.lower_ for t in doc[k + 1 : start - 1]}
            return k + 1 if words & NAMED_ON and k + 1 < start - 1 else start
        if doc[k].is_punct or doc[k].ent_type_ in ("PERSON", "ORG"):
            return start
    return start


# Words for someone that, after what they do, say a job: "the dinner lady", "the IT guy",
# "the ward sister" (a nurse in charge of a ward).
JOB_PEOPLE = {"lady", "man", "woman", "guy", "bloke", "fella", "sister"}


def _job_as_a_modifier(tokens: list[Any]) -> bool:
    """ "Mum's GP visit at ten, Jindy's covering": the job word says what kind of thing the
    noun after it is (a visit, an appointment), and the name after the comma holds no job."""
    jobs = [k for k, t in enumerate(tokens) if _role_word(t.lower_)]
    return (
        bool(jobs)
        and jobs[-1] + 1 < len(tokens)
        and tokens[jobs[-1] + 1].pos_ == "NOUN"
        and (not _role_word(tokens[jobs[-1] + 1].lower_))
    )


def _appositive_role(doc: Any, e: _Entity) -> str | None:
    """The job said next to a name: "Dev Sharma, the store manager", "The office manager,
    Mrs Lynch", "Their business manager, Precious Mensah"."""
    sent = doc[e.start].sent

    def role_of(tokens: list[Any]) -> str | None:
        toks = [t for t in tokens if t.is_alpha and t.pos_ not in ("DET", "PRON")]
        words = [t.lower_ for t in toks]
        if len(words) > 1 and words[-2] == "co" and _role_word("co-" + words[-1]):
            words = [*words[:-2], "co-" + words[-1]]  # "my co-coach", as one word
        # "one of their coaches, Marcus": the job is "coach"
        words = [
            w[: -2 if w.endswith("es") and w[:-2] in ROLE_HEADS else -1]
            if w.endswith("s") and w not in ROLE_HEADS and _role_word(w)
            else w  # (not "choirmaster": only a plural loses its ending)
            for w in words
        ]
        heads = [
            i
            for i, w in enumerate(words)
            if _role_word(w)
            # "Lottie, the activities lady there": what she does, then "lady"
            or (w in JOB_PEOPLE and i > 0 and toks[i - 1].pos_ == "NOUN")
        ]
        if heads:  # "the practice manager there is lovely": up to the job's last word
            return " ".join(words[: heads[-1] + 1])
        return None

    if e.end + 1 < sent.end and doc[e.end].text == ",":
        after = []
        for t in doc[e.end + 1 : min(sent.end, e.end + 6)]:
            if t.is_punct and not (t.text == "-" and not t.whitespace_):  # "my co-coach"
                break
            after.append(t)
        # "Miss Lowe, Ella's teacher,": someone's job for a person named before it
        owner = len(after) > 2 and after[0].pos_ == "PROPN" and after[1].tag_ == "POS"
        # "Ann Lee, one of the teachers, was running it"
        one = after[:1] and after[0].lower_ == "one"
        # "Doctor Venkatraman, Anjali Venkatraman, consultant rheumatologist there": a job
        # said with "there" needs no "the"
        there = len(after) > 1 and after[-1].lower_ in THERE_WORDS
        # "the appeal for Kofi, the clerk is a Priya Lal": a job said as who it is
        # names the one after it
        whose = not there and any(_is(t) and _name_next(doc, t.i + 1) for t in after[1:])
        if (
            not whose
            and after
            and (after[0].pos_ in ("DET", "PRON") or owner or one or there)
            and (role := role_of(after))
        ):
            return role
    start = _naming_clause(doc, e.start)
    if (
        start - 3 > sent.start
        and doc[start - 1].lower_ in ("called", "named")
        and doc[start - 2].lower_ in INDEFINITE
        and doc[start - 3].lower_ in ("a", "an", "this", "some")
    ):
        start -= 2  # "The owner, a guy called Marcus", "the secretary is a guy called Tom"
    if start - 1 > sent.start and doc[start - 1].lower_ in ("a", "an"):
        start -= 1  # "The consultant, a Mr Bhatt, says"
    # "their account manager, um, Siobhan Gallagher": fillers between the role and the name
    while (
        start - 2 > sent.start and doc[start - 1].text == "," and doc[start - 2].lower_ in FILLERS
    ):
        start -= 2
    if start - 1 > sent.start and doc[start - 1].text == ",":
        before = []
        for t in reversed(doc[max(sent.start, start - 8) : start - 1]):
            if t.is_punct:
                break
            before.insert(0, t)
        # "they've got a support worker, Aisha Bello": the role starts at its determiner
        dets = [i for i, t in enumerate(before) if t.pos_ == "DET" or t.tag_ == "PRP$"]
        if dets:
            before = before[dets[-1] :]
        # "Tobias Wren is their grants officer, Marnie knows him", "he's a nurse at Elm
        # Surgery, Ann Lee says": a job said of the subject of an "is" is that subject's
        said_of = bool(before) and before[0].i > sent.start and _is(doc[before[0].i - 1])
        if (
            before
            and before[0].pos_ in ("DET", "PRON")
            and not said_of
            and (role := role_of(before))
        ):
            return role
        # "Ottilie's key worker there, Jodie": the job of someone else's carer or teacher
        if (
            len(before) > 2
            and before[0].pos_ == "PROPN"
            and before[1].tag_ == "POS"
            and not _job_as_a_modifier(before[2:])
            and (role := role_of(before[2:]))
        ):
            return role
    # "Our clerk Joan Kirby took the minutes", "their new manager Sam Hill": the job right
    # before the name, no comma, from its determiner
    # (not "the architect Marnie found, Priya": the name is whoever found the one with the job)
    found = e.end + 1 < sent.end and doc[e.end].tag_ == "VBD" and doc[e.end + 1].is_punct
    if start - 1 > sent.start and _role_word(doc[start - 1].lower_) and not found:
        before = _from_determiner(doc[max(sent.start, start - 5) : start], ("VERB", "AUX", "ADP"))
        if before and (role := role_of(before)):
            return role
    # "Met a new volunteer there called Maeve": the job before "called" and the name
    if start - 2 > sent.start and doc[start - 1].lower_ in ("called", "named"):
        before = _from_determiner(doc[max(sent.start, start - 7) : start - 1], ("VERB", "AUX"))
        if before and (role := role_of([t for t in before if t.lower_ not in THERE_WORDS])):
            return role
    # "The housing officer is called Ann Lee", "Housing officer's called Ann Lee"
    if (
        start - 2 > sent.start
        and doc[start - 1].lower_ in ("called", "named")
        and doc[start - 2].lower_ in ("is", "was", "'s", "’s")
    ):
        start -= 1
    # "Their coach is Dwayne Fletcher", "Chair of governors is Councillor Peter Haworth"
    if start - 1 > sent.start and doc[start - 1].lower_ in ("is", "was", "'s", "’s"):
        before = list(doc[sent.start : start - 1])
        # "The Bridge Project, that's the drug service, their key worker is Niamh Doyle"
        commas = [i for i, t in enumerate(before) if t.is_punct]
        if (
            commas
            and before[commas[-1] + 1 : commas[-1] + 2]
            and before[commas[-1] + 1].pos_
            in (
                "DET",
                "PRON",
            )
        ):
            before = before[commas[-1] + 1 :]
        if (
            0 < len(before) <= 5
            and not any(t.is_punct for t in before)
            and (role := role_of(before))
        ):
            return role
        # "The carer who comes most mornings is Marta": a job with a clause of its own
        subject = [c for c in doc[start - 1].children if c.dep_ == "nsubj" and c.i < start]
        if subject and _role_word(subject[0].lower_) and subject[0].i >= sent.start:
            words = [c for c in subject[0].lefts if c.dep_ in ("compound", "amod")]
            return role_of([*words, subject[0]])
    # "Ann Lee, Annie, stood down as secretary", "Tom took over as chair": an office taken
    # up or left, said after the name
    if (office := _office_after(doc, e)) is not None:
        return office
    # "Ann Lee was in the chair again": she chaired
    words = [t.lower_ for t in doc[e.end : min(sent.end, e.end + 5)]]
    if words[1:4] == ["in", "the", "chair"] and words[0] in ("was", "is", "'s", "’s", "were"):
        return "chair"
    # "Barry the landlord says hi", "farzana qureshi the practice manager emailed", "callum
    # ferrier their voids manager wants": the job right after the name, no comma (as Whisper
    # writes it), up to the verb
    end = sent.end
    if end == e.end and end < len(doc) and not doc[end - 1].is_punct:
        end = doc[end].sent.end  # unpunctuated text the parser split after the name
    if e.end + 2 < end and doc[e.end].lower_ in ("the", *OWNERS):
        for k in range(e.end + 1, min(end - 1, e.end + 4)):
            if not doc[k].is_alpha or doc[k].pos_ in ("VERB", "AUX"):
                break
            if _role_word(doc[k].lower_) and doc[k + 1].pos_ in ("VERB", "AUX", "PUNCT"):
                return " ".join(t.lower_ for t in doc[e.end + 1 : k + 1])
    return None


# Possessives that tie a job to a body rather than to a person: "their coach", "our clerk".
OWNERS = ("their", "our")


def _job_owner(doc: Any, e: _Entity) -> str | None:
    """ "their" or "our" when the job said beside the name opens with it ("Their welfare
    officer, er, Manveer Kalsi", "Our chair is Ann Lee", "Ann Lee, our senior partner",
    "callum ferrier their voids manager"): whose job it is, a body named before or the
    speaker's own; else None."""
    sent = doc[e.start].sent
    after = [t for t in doc[e.end : min(sent.end, e.end + 2)] if t.text != ","]
    if after and after[0].lower_ in OWNERS:
        return after[0].lower_
    for t in reversed(doc[max(sent.start, e.start - 7) : e.start]):
        if t.lower_ in OWNERS:
            return t.lower_
        if t.pos_ == "PROPN" or (t.pos_ == "VERB" and t.lower_ not in FILLERS):
            return None
    return None


# Verbs of taking up or leaving an office, before "as": "stood down as secretary".
OFFICE_VERBS = {
    "stood", "stepped", "standing", "stepping", "took", "taken", "taking", "elected", "appointed",
    "voted", "started", "stays", "stayed", "continues", "retired", "resigned",
}  # fmt: skip


def _office_after(doc: Any, e: _Entity) -> str | None:
    """The office in "Ann Lee stood down as secretary", "Tom Reed, Tommy, has taken over as
    chair": up to eight words after the name (past an alias or an aside), a verb of
    taking up or leaving an office, then "as" and the job."""
    sent_end = doc[e.start].sent.end
    verb = False
    for k in range(e.end, min(sent_end - 1, e.end + 9)):
        t = doc[k]
        if t.lower_ == "as" and verb:
            words = []
            for w in doc[k + 1 : min(sent_end, k + 5)]:
                if w.is_punct or w.pos_ not in ("DET", "NOUN", "ADJ", "PROPN"):
                    break
                if w.pos_ != "DET":
                    words.append(w.lower_)
            heads = [i for i, w in enumerate(words) if _role_word(w)]
            return " ".join(words[: heads[-1] + 1]) if heads else None
        if t.lower_ in OFFICE_VERBS:
            verb = True
        elif t.pos_ == "VERB" and t.lower_ not in ("down", "over", "in"):
            return None
    return None


# "a volunteer there called Maeve": where the job is, not part of it.
THERE_WORDS = {"there", "here"}


def _set_off_before(doc: Any, e: _Entity, most: int) -> list[Any]:
    """The words set off before the comma that precedes a name, back to the punctuation before
    them, at most `most` words back and within the sentence: "Saw him. The nurse on his team,
    Ann Lee" -> "The nurse on his team"."""
    words = list(doc[max(doc[e.start].sent.start, e.start - most) : e.start - 1])
    stops = [i for i, t in enumerate(words) if t.is_punct]
    return words[stops[-1] + 1 :] if stops else words


def _whose_job(doc: Any, entities: list[_Entity], e: _Entity) -> bool:
    """Whether the job set off next to a name is said as someone else's ("Ana's form tutor,
    Ann Lee", "Ann Lee, Ana's teacher,"), with no "there" pointing back to a workplace."""
    sent = doc[e.start].sent
    people = {p.start for p in entities if p.kind == "person" and p is not e}
    phrases = []
    if e.end < sent.end and doc[e.end].text == ",":
        phrases.append(list(doc[e.end + 1 : min(sent.end, e.end + 5)]))
    if e.start - 1 > sent.start and doc[e.start - 1].text == ",":
        phrases.append(_set_off_before(doc, e, 7))
    for words in phrases:
        if len(words) > 2 and words[0].i in people and words[1].tag_ == "POS":
            job = list(itertools.takewhile(lambda t: not t.is_punct, words[2:]))
            if any(_role_word(t.lower_) for t in job) and not any(
                t.lower_ in THERE_WORDS for t in job
            ):
                return True
    return False


def _is(t: Any) -> bool:
    """An "is" ("'s", "was"), as a verb: not the "'s" of whose ("Ana's form tutor")."""
    return t.lower_ in ("is", "was", "'s", "’s") and t.tag_ != "POS"


def _name_next(doc: Any, i: int) -> bool:
    """Whether a name is said at token `i`, past an "a" ("is a Priya Lal")."""
    i += i < len(doc) and doc[i].lower_ in ("a", "an")
    return i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].is_title
