"""Whether the words before a preposition say someone works at the organisation after it:
`rules.work`'s reading of a job or a work verb ("she's a nurse at", "he works for"), less a
thing said to be there ("remember Ann's tablets at Elm Pharmacy", "the car's at Kwik Fit"),
plus the ways of saying it that reading leaves to links: a job set off by a comma or a filler
("she's the community lead, er, for X"), "our contact at", "one of the nurses at", a duty
("Tom Reed on the till at Morrisons", "Ade drives for Addison Lee", "she helps out at"), a
board ("on the board of X"), a job got ("Priscilla's got a job at Waitrose"), where someone
was or is now ("she used to be at X", "is now with Y").

The words of work that several passes share (the verbs of running, chairing and ringing from
somewhere, where staff stand) are kept here with the others.
"""

from __future__ import annotations

from typing import Any

from ..entities import FILLERS, _Entity, _role_word
from ..lexicon import ROLE_HEADS, SCOTS_SAID_AS, UMS
from ..rules.org_words import PART_HEADS
from ..rules.person_words import KIN, PERSON_NOUNS
from ..rules.work import _job_got_verb, _role_before, _work_context, _WorkContext
from .roles import JOB_PEOPLE
from .subjects import BE, KIN_SAID, WHOSE

# Last words of a part of an organisation, named: "Pinckney Ward", "the Acorn Unit".
PARTS = PART_HEADS | {"ward", "wing", "clinic", "branch"}


def _as_said(t: Any) -> str:
    """The word `t` in lower case, a Scots preposition ("fae", "wi") read as its English one."""
    return SCOTS_SAID_AS.get(t.text, t.lower_)


def _link_context(
    doc: Any, entities: list[_Entity], prep: Any, word: str | None = None
) -> _WorkContext | None:
    """Whether the words before `prep` say someone works at the organisation after it, as
    `_work_context` reads them (which also vouches for the organisation), less a thing said to
    be there and plus a job set off from it by a comma. `word`: the preposition as read
    (`_as_said`), when not its own lower case."""
    word = word or _as_said(prep)
    ctx = _work_context(doc, prep, word)
    # "she's in the parks team, no, it's the highways team, at Sutton Council"
    if (
        ctx is None
        and word in ("at", "for", "with")
        and prep.i > prep.sent.start + 1
        and doc[prep.i - 1].text == ","
        and (role := _role_before(doc, prep.i - 1))
    ):
        return _WorkContext(*role)
    j = prep.i - 1
    while j > prep.sent.start + 1 and (doc[j].text == "," or doc[j].lower_ in UMS):
        j -= 1
    if (
        ctx is None
        and word in ("at", "for", "with", "from")
        and any(t.lower_ in UMS for t in doc[j + 1 : prep.i])
        and (role := _role_before(doc, j + 1))
    ):
        return _WorkContext(*role)  # "she's the community lead, er, for X"
    if (
        ctx is None
        and word in ("at", "from", "with")
        and prep.i >= 2
        and doc[prep.i - 1].lower_ == "contact"
        and doc[prep.i - 2].lower_ in WHOSE | {"the", "main", "a"}
    ):
        return _WorkContext("contact", prep.i - 1)  # "Petroc is our contact at the Arts Council"
    if (
        ctx is None
        and word in ("at", "for", "with")
        and prep.i >= 4
        and doc[prep.i - 4].lower_ == "one"
        and doc[prep.i - 3].lower_ == "of"
        and doc[prep.i - 2].lower_ in WHOSE | {"the"}
        and _role_word(doc[prep.i - 1].lower_)
    ):  # "Delroy is one of the nurses at the Whittington"
        return _WorkContext(_job_as_held(doc[prep.i - 1].lower_), prep.i - 1)
    if ctx is None and word in ("of", "at") and (role := _job_in_a_part(doc, prep.i)):
        return _WorkContext(*role)  # "she's chair of the Leeds branch of X"
    if ctx is None and word in ("at", "for") and (role := _job_of_whom_i_help(doc, prep.i)):
        return _WorkContext(*role)  # "Tobi, the Year 3 teacher I'm with at Glenbrooke"
    if ctx is None and word in ("at", "from", "with") and (job := _what_one_does(doc, prep.i)):
        return _WorkContext(*job)  # "Stephen Moore, the estates guy at Queen's"
    if ctx is None and word in ("at", "for", "with", "from") and (job := _job_as_verb(doc, prep.i)):
        return _WorkContext(*job)  # "Darren, the team lead at X": "lead" read as a verb
    if ctx is None and word in ("at", "with") and doc[prep.i - 1].lower_ == "employed":
        return _WorkContext(None)  # "she's employed at Elm Lodge"
    if ctx is None and word in ("at", "for") and _does_the(doc, entities, prep):
        return _WorkContext(None)
    if ctx is None and word == "at" and _on_duty(doc, prep.i):
        return _WorkContext(None)  # "Tom Reed on the till at Morrisons"
    if ctx is None and word in ("of", "at", "for") and _on_the_board(doc, prep.i):
        return _WorkContext(BOARDS[doc[prep.i - 1].lower_])  # "on the board of X"
    if ctx is None and word in ("at", "with") and _job_got(doc, entities, prep.i):
        return _WorkContext(None)  # "Priscilla's got a job at Waitrose"
    if ctx is None and word in ("at", "with") and _was_or_is_now(doc, prep.i):
        return _WorkContext(None)  # "she used to be at X", "who left X, is now with Y"
    if ctx is None and word in ("at", "for", "with") and _duty_verb(doc, entities, prep.i):
        return _WorkContext(None)  # "Ade drives for Addison Lee", "she helps out at X"
    if ctx is None and word == "from" and doc[prep.i - 1].lower_ == "retired":
        return _WorkContext(None)  # "the Reverend Ada Obi, retired from St Mark's"
    if (
        ctx is None
        and word == "at"
        and prep.i > 3
        and doc[prep.i - 1].lower_ == "us"
        and doc[prep.i - 2].lower_ in ("for", "with")
    ):  # "Hamza drives for us at Border Connect": the work said of "us", there
        return _link_context(doc, entities, doc[prep.i - 2])
    if ctx is not None and ctx.role_start is None and _owned_thing_before(doc, prep.i):
        return None  # "remember Ann's tablets at Elm Pharmacy": her things are there
    if ctx is not None and any(
        t.lower_ in APPLYING for t in doc[max(prep.sent.start, prep.i - 6) : prep.i]
    ):
        return None  # "he's got his interview for physio at Sheffield Hallam": not there yet
    be = doc[prep.i - 1]
    if (
        ctx is not None
        and ctx.role_start is None
        and be.lower_ in BE
        and be.dep_ != "case"  # not "the children's ward at"
        and be.i > 0
        and doc[be.i - 1].pos_ == "NOUN"
        and not _role_word(doc[be.i - 1].lower_)
        and not any(e.start <= be.i - 1 < e.end for e in entities)
    ):
        return None  # "his flat's with Larkspur", "the car's at Kwik Fit": a thing is there
    return ctx


def _job_in_a_part(doc: Any, prep_i: int) -> tuple[str, int] | None:
    """ "chair of the Leeds branch of", "a nurse on the cardiac ward at": a job held in
    a part of the organisation after `prep_i`, the part said before it; the job with its part
    ("chair of the leeds branch") and where it starts."""
    part = prep_i - 1
    if part < 3 or doc[part].lower_ not in PARTS:
        return None
    k = part - 1
    while k > doc[prep_i].sent.start and part - k <= 4 and doc[k].lower_ not in ("of", "on", "in"):
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX", "PRON"):
            return None
        k -= 1
    if doc[k].lower_ not in ("of", "on", "in") or (role := _role_before(doc, k)) is None:
        return None
    return f"{role[0]} {doc[k : part + 1].text.lower()}", role[1]


# What a job said without its holder's name opens with: "the estates guy", "a dinner lady".
JOB_DETERMINERS = ("the", "our", "their", "a", "an")


def _what_one_does(doc: Any, prep_i: int) -> tuple[str, int] | None:
    """ "the estates guy at", "our dinner lady from", "the bin man with": what someone does
    said by the thing worked on and a word for a person, no job title, after a determiner
    ("the", "our", "a"); the words and where they start."""
    i = prep_i - 1
    if i < 2 or doc[i].lower_ not in JOB_PEOPLE - {"sister"}:
        return None
    k = i - 1
    while k > i - 3 and doc[k].pos_ == "NOUN" and doc[k].is_alpha:
        k -= 1
    if k == i - 1 or doc[k].lower_ not in JOB_DETERMINERS:
        return None
    return " ".join(t.lower_ for t in doc[k + 1 : prep_i]), k + 1


def _job_as_verb(doc: Any, prep_i: int) -> tuple[str, int] | None:
    """ "the team lead at", "our shift lead for": a job whose head the tagger read as a verb
    ("lead"), after a noun and a determiner ("the", "our", "a"); the job and where it starts."""
    i = prep_i - 1
    if i < 3 or doc[i].pos_ != "VERB" or doc[i].lower_ not in ROLE_HEADS:
        return None
    if doc[i - 1].pos_ != "NOUN" or doc[i - 2].lower_ not in JOB_DETERMINERS:
        return None
    return f"{doc[i - 1].lower_} {doc[i].lower_}", i - 1


# Words of seeking a job or a place, said before where: "his interview for physio at".
APPLYING = {"interview", "interviews", "audition", "application", "applying", "applied"}


# The speaker's place beside someone at work, said between their job and "at": "the teacher
# I'm with at", "the nurse I work under at", "the vet I assist at".
WITH_WHOM_I_WORK = {
    ("'m", "with"), ("am", "with"), ("work", "with"), ("work", "under"), ("'m", "under"),
    ("am", "under"), ("assist",), ("support",), ("shadow",), ("help",), ("work", "for"),
}  # fmt: skip


def _job_of_whom_i_help(doc: Any, prep_i: int) -> tuple[str, int] | None:
    """ "Tobi, the Year 3 teacher I'm with at Glenbrooke", "the pharmacist I work under at
    Boots": a job, then the speaker's place beside its holder, then where (the job is the
    one named with it, who works there)."""
    for said in WITH_WHOM_I_WORK:
        i = prep_i - len(said)
        if i < 2 or tuple(t.lower_ for t in doc[i:prep_i]) != said or doc[i - 1].lower_ != "i":
            continue
        return _role_before(doc, i - 1)
    return None


def _job_as_held(word: str) -> str:
    """ "nurses" -> "nurse", "coaches" -> "coach": a job word said of many, as one holds it."""
    for form in (word, word[:-1], word[:-2]):
        if form in ROLE_HEADS:
            return form
    return word


def _on_duty(doc: Any, prep_i: int) -> bool:
    """Whether the words before "at" put someone on a duty there: "Tom on the till at",
    "she's on reception at", "he's on nights at"."""
    i = prep_i - 1
    if i < 1 or doc[i].lower_ not in DUTIES:
        return False
    i -= 1 + (doc[i - 1].lower_ == "the")
    if i < 1 or doc[i].lower_ != "on":
        return False
    # said of someone (not "left a parcel on the desk at"): right after a name or an "is"
    return doc[i - 1].pos_ == "PROPN" or doc[i - 1].lower_ in BE | {"been", "be", "were"}


BOARDS = {
    "board": "board member", "committee": "committee member", "trustees": "trustee",
    "governors": "governor", "council": "council member", "pta": "PTA member",
    "choir": "choir member",
}  # fmt: skip
# Bodies someone sings or plays in rather than sits on: "she sings in the choir at St Mark's".
JOINED_IN = {"choir"}


def _on_the_board(doc: Any, prep_i: int) -> bool:
    """ "Gwen sits on the board of Family Mosaic", "he's on the committee of the residents'
    association", "Jonty's on the PTA at St Bede's", "one of the governors at Holloway Park",
    "sings in the choir at St Mark's": a member of the body that runs it (or of its choir)."""
    if prep_i < 3 or doc[prep_i - 2].lower_ not in ("the", "their", "its"):
        return False
    body, before = doc[prep_i - 1].lower_, doc[prep_i - 3].lower_
    return body in BOARDS and (
        before == "on"
        or (before == "of" and prep_i >= 4 and doc[prep_i - 4].lower_ == "one")
        or (before in ("in", "joined", "joins") and body in JOINED_IN)
    )


# What someone does for an organisation that is a part in its work, said in the present
# ("she helps out at", "he drives for", "who does IT for", "heads up fundraising at"), not
# a one-off ("she helped at the fair"). Those marked need a thing done between the verb and
# the preposition: "deals with grants at X" is a job there, "deals with X" is a customer's.
DUTY_VERBS = {
    "drives": False, "driving": False, "plays": False, "playing": False, "helps": False,
    "helping": False, "cleans": False, "cleaning": False, "cooks": False, "cooking": False,
    "volunteering": False, "volunteered": False, "teaching": False, "coaching": False,
    "serves": False, "serving": False, "organises": True, "organising": True,
    "organizes": True, "organizing": True, "does": True, "doing": True, "deals": True,
    "dealing": True, "handles": True, "handling": True, "looks": True, "looking": True,
    "heads": True, "heading": True, "involved": False, "running": True,
}  # fmt: skip
# Little words of a phrasal verb said between it and what is done: "heads up", "looks after".
PARTICLES = {"up", "out", "after", "with", "in", "on", "a", "lot", "all", "bit", "of"}
# Words after the verb that make the work someone else's or a one-off: "helps me at",
# "does her shopping at".
NOT_DUTY = {"me", "him", "her", "us", "them", "you", "his", "their", "my", "our", "your"}
# What someone does for the speaker as their trade: "she does my books at Spurgeon and Beales",
# "he does our accounts for Hale's", "she does my hair at Toni's" (not "her shopping").
SERVICES_DONE = {
    "books", "accounts", "payroll", "tax", "taxes", "bookkeeping", "hair", "nails", "teeth",
    "feet", "conveyancing", "mortgage", "pension", "audit",
}  # fmt: skip


def _duty_verb(doc: Any, entities: list[_Entity], prep_i: int) -> bool:
    """ "Ade drives for Addison Lee", "she helps out at the food bank", "who does IT for the
    council", "Bea heads up fundraising at X": someone (a name, "he", "she", "who") doing a
    part of an organisation's work, the verb's subject said right before it."""
    i = prep_i - 1
    start = doc[prep_i].sent.start
    while i > start and prep_i - i <= 5 and doc[i].lower_ not in DUTY_VERBS:
        t = doc[i]
        served = t.lower_ in ("my", "our") and doc[i + 1].lower_ in SERVICES_DONE
        if t.is_punct or (t.lower_ in NOT_DUTY and not served):
            return False
        if any(e.start <= i < e.end for e in entities):
            return False
        if t.pos_ in ("VERB", "AUX") and not t.lower_.endswith("ing"):
            return False
        if t.pos_ == "ADP" and t.lower_ not in PARTICLES:
            return False
        i -= 1
    verb = doc[i]
    if verb.lower_ not in DUTY_VERBS or i == start:
        return False
    done = [t for t in doc[i + 1 : prep_i] if t.lower_ not in PARTICLES]
    if DUTY_VERBS[verb.lower_] and not done:
        return False
    j = i - 1
    while j > start and doc[j].lower_ in BEFORE_A_DUTY:
        j -= 1
    if doc[j].lower_ in ("he", "she", "who"):
        return True
    if doc[j].text == "," and j == i - 1:
        # "Hamza, he's from Syria, drives for us": the clause goes on about the one named
        return any(e.kind == "person" and start <= e.start and e.end < j for e in entities)
    return any(e.kind == "person" and e.end == j + 1 for e in entities)


ADVERBS_OF_HABIT = {"also", "still", "usually", "now", "just", "mainly", "mostly", "sometimes"}


def _job_got(doc: Any, entities: list[_Entity], prep_i: int) -> bool:
    """ "Priscilla's got a job at Waitrose", "he's landed a new job with Ocado": someone (a
    name or "he", "she" right before the verb) getting or having a job there; not "I got a
    job at Tesco"."""
    if prep_i < 4 or (i := _job_got_verb(doc, prep_i)) is None:
        return False
    i -= 1
    while i > 0 and doc[i].lower_ in ("'s", "’s", "has", "just", "finally", "only", "now"):
        i -= 1
    return doc[i].lower_ in ("he", "she") or any(
        e.kind == "person" and e.end - 1 == i for e in entities
    )


# What someone has at an organisation that is their work there: "her job at Tesco".
WORK_THINGS = {"job", "jobs", "work", "shift", "shifts", "placement", "post", "contract"}
# What someone does or has at work, and the kin one is named by: no owner's thing.
WORK_WORDS = WORK_THINGS | DUTY_VERBS.keys()
KIN_OR_WORK = KIN_SAID | KIN | WORK_WORDS


def _owned_thing_before(doc: Any, prep_i: int) -> bool:
    """Whether the words right before `prep_i` are someone's thing ("Ann's tablets", "Tom's
    car"), the "'s" being whose it is and no "is" that `_work_context` took for a verb."""
    start = doc[prep_i].sent.start
    i = prep_i - 1
    if doc[i].lower_ == "one":  # "Ann's appointment, the rheumatology one, at": said again
        j = i - 1
        while j > start and doc[j].pos_ in ("NOUN", "ADJ", "PROPN"):
            j -= 1
        if doc[j].lower_ == "the" and j - 1 > start:
            i = j - 1 - (doc[j - 1].is_punct or doc[j - 1].lower_ in FILLERS)
    top = i
    while i > start and doc[i].pos_ in ("NOUN", "ADJ", "NUM"):
        if doc[i].lower_ in WORK_WORDS or _role_word(doc[i].lower_):
            return False  # (not "Sadia's volunteering with", the "'s" read as whose)
        i -= 1
    return (
        i < top
        and doc[i].text in ("'s", "’s")
        and doc[i].tag_ == "POS"
        and doc[i - 1].pos_ == "PROPN"  # someone's, not "the children's ward at"
    )


DOES = {"does", "did", "do", "doing"}
# Verbs of running a part of an organisation's work, read as "does" is: "he runs the
# under-fifteens at Lochend Thistle", "she coordinates the volunteers at the hospice".
RUNS_THE = {
    "runs", "ran", "manages", "managed", "leads", "led", "coordinates", "co-ordinates",
    "coordinated", "oversees", "organises", "organizes", "coaches", "coached",
}  # fmt: skip


def _does_the(doc: Any, entities: list[_Entity], prep: Any) -> bool:
    """ "Ann Lee, she does the fixtures for Hollin Rovers", "he does the school visits at the
    mosque", "he runs the under-fifteens at Lochend Thistle": someone else doing the jobs of
    an organisation (the tasks said with "the"; not "does her shopping at Tesco", nor what
    the speaker does)."""
    does = DOES | RUNS_THE
    i = prep.i - 1
    # (a hyphen inside a word is no stop: "the under-fifteens")
    while i > prep.sent.start and doc[i].lower_ not in does:
        if doc[i].is_punct and not (doc[i].text == "-" and not doc[i].whitespace_):
            break
        if doc[i].pos_ in ("VERB", "AUX") and doc[i].lower_ not in does:
            return False
        i -= 1
    if doc[i].lower_ not in does or doc[i + 1].lower_ != "the" or i + 2 >= prep.i:
        return False
    subject = i - 1
    while subject > 0 and doc[subject].lower_ in ("also", "just", "still", "usually", "and"):
        subject -= 1
    if doc[subject].lower_ in ("he", "she", "who"):
        return True
    if doc[subject].lower_ == "that":  # "Wee Agnes that does the teas at X"
        # ("Mairead, the girl that does the books for X")
        return doc[subject - 1].lower_ in SOMEONE or any(
            e.kind == "person" and e.end == subject for e in entities
        )
    end = subject if doc[subject].text == "," else subject + 1
    return any(e.kind == "person" and e.end == end for e in entities)


# Words for someone said first by what they do: "the woman who runs it", "the one that owns it".
SOMEONE = PERSON_NOUNS | {"one", "girl", "lass", "person", "gentleman"}


# Words between a duty verb and its subject: "Bea has also been helping out at".
BEFORE_A_DUTY = ADVERBS_OF_HABIT | BE | {"been", "has", "is", "are"}


RUN_VERBS = {
    "runs", "manages", "leads", "heads", "chairs", "coordinates", "co-ordinates", "looks",
    "handles", "oversees", "organises", "organizes", "does", "owns", "directs", "conducts",
}  # fmt: skip


# Where staff stand: "Dean on the trade counter", "Priya on reception", "the lad behind the bar".
STATIONS = {
    "counter", "desk", "reception", "till", "tills", "door", "gate", "phones", "bar",
    "checkout", "switchboard", "helpline", "front", "shop", "floor",
}  # fmt: skip


NOW = {"now", "currently", "still"}


def _was_or_is_now(doc: Any, prep_i: int) -> bool:
    """Whether the words before "at" or "with" say where someone was or now is: "used to be
    at Barnet Council", "is now with Clarion" (a place someone is at for the day is said
    with no "used to" or "now")."""
    words = [t.lower_ for t in doc[max(doc[prep_i].sent.start, prep_i - 3) : prep_i]]
    if words[-3:] == ["used", "to", "be"]:
        return True
    return len(words) >= 2 and words[-1] in NOW and words[-2] in BE | {"are", "'re", "’re"}


# Where someone is put at work: a station, or "on the controls", "on nights".
DUTIES = STATIONS | {"controls", "nights", "days", "lates", "earlies", "radio", "wards"}


# How someone got in touch: "Hazel rang from citizens advice".
CALLED = {"rang", "called", "phoned", "emailed", "texted", "wrote", "messaged", "popped"}


# Verbs whose object is the organisation someone runs: "who chairs X", "she runs the Y".
LINK_VERBS = {
    "runs": None, "chairs": "chair", "manages": "manager", "leads": "lead", "owns": "owner",
    "founded": "founder", "heads": "head", "coordinates": "coordinator", "ran": None,
    "co-founded": "co-founder", "set": None, "joined": None, "joins": None,
    "started": "founder",  # "Tansy Penhale started Kernow Kites"
    "represents": "representative", "captains": "captain",
    # a choir's, a band's or a side's leading: "Ann Lee, who directs Voices of the Heath"
    "directs": "director", "conducts": "conductor", "coaches": "coach",
    "organises": "organiser", "organizes": "organiser", "co-ordinates": "coordinator",
}  # fmt: skip
