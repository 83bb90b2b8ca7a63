"""The entity spans every extraction layer passes on, and the word lists they share.

Split from `extract.py` so that the rule layers, name merging and links can each take what they
all need (cue words, `_Entity`, `clean_name`) without importing one another in a circle.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from . import lexicon
from .lexicon import ACTION_VERBS, ROLE_HEADS, split_title

LABELS = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place"}
KIND_LABELS = {"person": "PERSON", "org": "ORG", "place": "GPE"}
# The labels of the NER's guess that a name is a town or somewhere: the package's model says
# GPE for a town, the taught one (`bench.train_ner`) LOC for any place it was shown.
PLACE_GUESSES = ("GPE", "LOC")
VOCAB_ID = "memo-vocabulary"
GAZETTEER_ID = "memo-gazetteer"
CONTEXT_ID = "memo-context"  # a lower-case organisation a context rule is sure of

# Words after which a capitalised name is a person. Meeting verbs are strong evidence and
# overrule the NER's label; contact verbs ("call Barclays") can take an organisation, so they
# only overrule a missing or PERSON/place label.
MEETING_CUES = (
    "met", "meet", "meeting", "bumped into", "bump into", "ran into", "run into", "talked to",
    "talked with", "talk to", "talk with", "talking to", "spoke to", "spoke with", "speak to",
    "speak with", "speaking to", "chatted with", "chatting with", "chat with", "had a chat with",
    "good chat with", "coffee with", "lunch with", "dinner with", "drinks with", "caught up with",
    "catch up with", "introduced to", "introduce", "met up with", "saw", "guy called",
    "woman called", "man called", "lady called", "bloke called", "chap called",
    "someone called", "officer called", "girl called", "boy called", "named",
)  # fmt: skip
CONTACT_CUES = (
    "call", "called", "email", "emailed", "e-mail", "text", "texted", "ping", "pinged", "phone",
    "phoned", "ring", "rang", "message", "messaged", "send", "ask", "asked", "tell", "told",
    "remind", "thank", "invite", "follow up with", "check with", "chase", "with",
)  # fmt: skip

# Family words the NER tags as people; not names to keep in a contact list.
NOT_PEOPLE = {
    "mum", "dad", "mom", "mummy", "daddy", "mother", "father", "nan", "grandma", "god",
    "jesus", "lord", "allah", "santa", "father christmas", "head", "boss", "chair", "vicar",
    "headteacher", "head teacher", "manager", "treasurer", "secretary", "mam", "mammy", "ma",
    "da", "nana", "nanna", "gran", "granny", "grandad", "grandpa", "grandmother", "grandfather",
    "christ", "jesus christ",
    # a boss or a teacher called by the job ("Sarge says we're on nights", "Doc said rest")
    "sarge", "guv", "guvnor", "gaffer", "doc", "skip", "skipper", "chief", "sir", "miss",
    "ma'am", "matron", "akela",
}  # fmt: skip
# How Whisper writes a memo's opening "Met" when it expects a name (with hotwords, mostly).
MISHEARD_MET = {"matt", "mat", "mett", "meet", "met"}
CUE_WORDS = {w for cue in MEETING_CUES + CONTACT_CUES for w in cue.split()}

# Verbs that say what someone does at an organisation: "she coaches the under tens at ...".
WORK_VERBS = {
    "work": None, "works": None, "working": None, "worked": None, "joined": None,
    "joins": None, "is": None, "was": None, "coaches": "coach", "coach": "coach",
    "coached": "coach", "teaches": "teacher", "teach": "teacher", "taught": "teacher",
    "manages": "manager", "managed": "manager", "runs": None, "leads": "lead",
    "volunteers": "volunteer", "chairs": "chair", "founded": "founder", "owns": "owner",
    "studies": "student", "'s": None,
    "started": None, "starts": None, "starting": None, "volunteer": "volunteer",
    "based": None,  # "he's based at Elm Lodge"
    "lectures": "lecturer", "lectured": "lecturer",  # "Tasha lectures at Newham College"
}  # fmt: skip
ORG_PREPS = {"at", "for", "of", "from", "with"}
THERE = {"there", "it", "that", "this", "what", "where", "here"}  # "there's", "it's"
ORG_JOINS = ["of", "&", "for"]
# Last words of places that are never surnames: "Govanhill Baths" is a place even if the NER
# saw a person (unlike "Helen Marsh").
PLACE_ONLY = {
    "baths", "pool", "pools", "lido", "station", "airport", "library", "stadium",
    "playground", "allotments", "reservoir", "cemetery", "pavilion", "playing",
}  # fmt: skip
# Before a name ending in Park, Green, Marsh...: it is a place even if the NER saw a person.
LOCATIVES = {"in", "at", "near", "around", "through", "across", "past", "outside", "opposite"}

# Lower-case words after "head of sales at the ..." that name no organisation by themselves.
GENERIC_WORKPLACES = {
    "company", "firm", "business", "office", "shop", "store", "school", "hospital", "bank",
    "council", "charity", "club", "startup", "university", "uni", "college", "practice", "agency",
    "place", "team", "department", "branch", "site", "factory", "warehouse", "clinic",
}  # fmt: skip
NOT_ORG_HEADS = {
    "moment", "time", "weekend", "end", "start", "top", "bottom", "front", "back", "same",
    "minute", "day", "week", "month", "year", "conference", "event", "meeting", "party",
    "area", "region", "patch", "city", "town", "country", "county", "district",
}  # fmt: skip
ORG_PREFIXES = {"university", "bank", "college", "school", "department", "ministry", "institute"}
# Short organisation words written in capitals: "Age UK", "the NHS", "PTA".
ACRONYMS = {
    "uk", "nhs", "pta", "hmrc", "dwp", "dvla", "cvs", "ccg", "icb", "gp", "bbc", "rnli",
    "nspcc", "rspca", "ymca", "ywca", "fc", "fa", "plc", "ltd", "llp", "cic", "pcn", "nhs111",
    # initials of bodies on the shipped list (`org_names.txt`), shown in capitals
    "c2c", "l&q", "mtvh", "tfw", "bhf", "samh", "rnib", "rnid", "pdsa", "rspb", "wwf", "ssafa",
    "wrvs", "nct", "scvo", "wcva", "ncvo", "u3a", "ggc", "hscp", "uhb", "uhw", "qeuh", "ukhsa",
    "wru", "rfu", "faw", "ecb", "lta", "efl", "spfl", "nmc", "gmc", "gphc", "hcpc", "sssc",
    "gtcs", "spso", "rbkc",
}  # fmt: skip
# "his card says Robert but he goes by Rob", "Robert, Rob for short", "Bob, well Robert".
NICKNAME_SAID = re.compile(
    r"\b(?:card|badge|email|e-mail|name|signature|passport)\s+says\s+(?P<formal>[A-Z][a-z]+)"
    r"[,.]?\s+but\s+(?:(?:he|she|they)\s+(?:said|says|told\s+(?:me|us))\s+)?"
    r"(?:(?:he|she|they)\s+(?:goes|go|prefers?)\s+(?:by\s+)?"
    r"|(?:everyone|everybody|people|we\s+all|they\s+all)\s+calls?\s+(?:him|her|them)\s+)"
    r"(?P<short>[A-Z][a-z]+)"
    r"|\b(?P<formal2>[A-Z][a-z]+),?\s+(?:but\s+)?(?:everyone|everybody|people|we all|they all)"
    r"\s+calls?\s+(?:him|her|them)\s+(?P<short2>[A-Z][a-z]+)"
    r"|\b(?P<formal3>[A-Z][a-z]+)(?:,[^.,]{0,30})?,?\s+calls?\s+(?:himself|herself)\s+"
    r"(?P<short3>[A-Z][a-z]+)"
    r"|\b(?P<short4>[A-Z][a-z]+(?:[A-Z][a-z]+)?)['’]s\s+(?:birth\s+)?"
    r"(?:card|badge|certificate|passport)\s+says\s+(?P<formal4>[A-Z][a-z]+)"
    # "Dov, the captain, his card says Dorian Pelletreau but nobody calls him that"
    r"|\b(?P<short5>[A-Z][a-z]+),[^.]{0,60}?\b(?:his|her|their)\s+(?:birth\s+)?"
    r"(?:card|badge|email|e-mail|letters?|signature|passport|certificate)\s+says\s+"
    r"(?P<formal5>[A-Z][a-z]+)(?:\s+[A-Z][\w'’-]+)?,?\s+but\s+(?:nobody|no\s+one|no-one)"
    r"(?:['’]s|\s+has)?\s+(?:ever\s+)?call(?:s|ed)\s+(?:him|her|them)\s+that"
    # "his proper name is Adebowale ..., he's Bowzy"; "her real name's Gwenllian but it's Gwennie"
    r"|\b(?:proper|real|full|actual|given|legal)\s+name(?:['’]s|\s+is)\s+"
    r"(?P<formal6>[A-Z][a-z]+)[^.]{0,150}?\b(?:he|she|they|it)['’](?:s|re)\s+"
    r"(?P<short6>[A-Z][a-z]+)"
)


def nickname_said(m: re.Match[str]) -> tuple[str, str]:
    """(formal, short) as said in a `NICKNAME_SAID` match: ("Robert", "Rob")."""
    n = next(i for i in ("", "2", "3", "4", "5", "6") if m["formal" + i])
    return m["formal" + n], m["short" + n]


# Capitalised words that are never (the start of) a name.
NOT_NAME = {
    "i", "the", "a", "an", "he", "she", "they", "we", "you", "it", "his", "her", "their", "my",
    "our", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "today", "tomorrow", "yesterday", "next", "last",
    "this", "that", "on", "at", "in", "and", "or", "but", "about", "by", "mum", "dad", "ok",
    "okay", "yes", "no", "also", "so", "then", "great", "quick", "note", "head", "after",
    "before", "during", "since", "until", "something", "anything", "everything", "nothing",
    "someone", "anyone", "everyone", "somebody", "anybody", "everybody", "nobody",
}  # fmt: skip


def clean_name(text: str) -> str:
    """Strip leading articles, possessives and punctuation that NER leaves on a span."""
    text = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.I)
    text = re.sub(r"['’]s$", "", text)
    return text.strip(" .,;:!?\"'")


def person_name(text: str) -> tuple[str | None, str]:
    """The display name of a PERSON span and its title: no leading verbs, no title. A verb
    that is the whole span is a name a rule read as someone's ("Chase from the gym says")."""
    words = clean_name(text).split()
    while len(words) > 1 and words[0].lower() in ACTION_VERBS:
        words.pop(0)
    return split_title(" ".join(words))


@dataclass
class _Entity:
    """One entity span after the rule layers, with the name it resolves to."""

    kind: str
    start: int  # token index
    end: int
    start_char: int
    surface: str
    name: str
    title: str | None = None


NOT_PERSON_ROLES = {"team", "department", "partners", "member", "office"}


def sentences_back(doc: Any, i: int, back: int) -> int:
    """Where the sentence `back` sentences before the one holding token `i` starts (the
    memo's first at most): the window in which a name said earlier is looked for."""
    sent = doc[i].sent
    for _ in range(back):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    return sent.start


def sentences_on(doc: Any, i: int, on: int) -> int:
    """Where the sentence `on` sentences after the one holding token `i` ends (the memo's
    last at most)."""
    sent = doc[i].sent
    for _ in range(on):
        if sent.end >= len(doc):
            break
        sent = doc[sent.end].sent
    return sent.end


@functools.cache
def _listed_places() -> frozenset[str]:
    """Listed places and local authorities, lower case (asked per entity, so built once)."""
    return frozenset(p.lower() for p in (*lexicon.places(), *lexicon.authorities()))


# Words that describe an organisation without naming it: "the Catholic primary".
DESCRIPTIVE = {
    "catholic", "anglican", "methodist", "baptist", "jewish", "muslim", "islamic", "sikh",
    "hindu", "christian", "local", "nearby", "big", "little", "new", "old", "other", "same",
}  # fmt: skip
# Who a van or a room is booked with is a company, not a person: "booked the van with Enterprise".
HIRE_VERBS = {
    "booked", "book", "hired", "hire", "rented", "rent", "ordered", "order", "bought", "buy",
    "paid", "pay", "insured", "switched", "banked", "bank", "leased", "delivered",
}  # fmt: skip


# "someone at the ICB ... a woman called Joanne Pike": a person named after being described.
INDEFINITE = {
    "someone", "somebody", "guy", "woman", "man", "lady", "bloke", "chap", "person",
    "lad", "lass", "fella", "fellow", "gent", "gentleman",  # "a lad called Gareth"
}  # fmt: skip


FILLERS = {"um", "er", "erm", "uh", "ah", "sorry", "no"}


def _role_word(word: str) -> bool:
    """A word that heads a job ("coach", or "coaches" in "one of their coaches")."""
    # ("-es" only for "coaches": not "Otis" read as "OTs")
    forms = (
        (word, word[:-1], word[:-2] if word.endswith("es") else word)
        if word.endswith("s")
        else (word,)
    )
    if word.startswith("co-") and len(word) > 5:
        return _role_word(word[3:])  # "my co-coach", "the co-owner"
    return any((f in ROLE_HEADS or _agent_noun(f)) and f not in NOT_PERSON_ROLES for f in forms)


# Words ending like a profession that are verbs or things: "assist", "checklist".
NOT_AGENTS = {"assist", "insist", "resist", "persist", "consist", "enlist", "exist", "subsist"}


def _agent_noun(word: str) -> bool:
    """A profession by its ending, for jobs no list holds: "-ist" nouns of seven letters or
    more ("audiologist", "podiatrist") and "-ician" ones ("dietician") name someone who does
    something, as do "-master" ones ("choirmaster", "scoutmaster"); not a thing made of
    "list" ("checklist"; but "specialist"), a verb or a Swedish surname ("Lindqvist")."""
    if word in NOT_AGENTS or (word.endswith("list") and not word.endswith("alist")):
        return False
    if word.endswith(("qvist", "kvist", "quist")):
        return False  # "Lindqvist", "Bergkvist": a Swedish surname, no one's job
    return (
        (len(word) >= 7 and word.endswith("ist"))
        or (len(word) >= 8 and word.endswith("ician"))
        or (len(word) >= 9 and word.endswith("master"))
    )


# Verbs that take someone somewhere: "Dropped Maisie at the school" says nothing about work.
CARRY_VERBS = {
    "dropped", "drop", "dropping", "took", "take", "taking", "picked", "pick", "picking",
    "collected", "collect", "drove", "drive", "brought", "bring", "left", "leave", "sent",
}  # fmt: skip


# Verbs that open a memo sentence and that the NER sweeps into the name after them.
LEAD_VERBS = CARRY_VERBS | {
    "played", "visited", "beat", "joined", "watched", "phoned", "emailed", "texted", "met",
}  # fmt: skip


def without_the(name: str) -> str:
    """ "Sunflower Patch Nursery" of "The Sunflower Patch Nursery": a name's own "The" is
    dropped in speech before a short form ("at the Sunflower Patch")."""
    words = name.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() == "the" else name


# Words for a kind that open a name instead of ending it: the name is said without them
# ("Salem" for "Capel Salem", "Glan Morfa" for "Ysgol Glan Morfa"). Only kinds whose rest is
# a name of its own; `rules.kinds.OPENING_KINDS`, which finds such names, holds more ("Coleg
# Gwent" said short is the area, not the college).
KIND_FIRST = {"capel", "eglwys", "ysgol", "masjid", "gurdwara", "mandir", "côr", "cor"}


def said_without_its_kind(name: str) -> str | None:
    """The rest of a name that opens with its kind ("Capel Salem" -> "Salem"), or None."""
    words = without_the(name).split()
    if len(words) < 2 or words[0].lower() not in KIND_FIRST:
        return None
    # what kind of school or choir it is: "Ysgol Gyfun Gymraeg ...", "Côr Meibion ..."
    rest = [w for w in words[1:] if w.lower() not in ("gyfun", "gymraeg", "meibion", "merched")]
    return " ".join(rest) or None
