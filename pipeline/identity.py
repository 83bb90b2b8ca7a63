"""One person heard two ways: a new name a letter or two off a person already known.

Whisper spells a name it does not know as it sounds, and not always the same way twice:
"Tobi Okonkwo" in one memo, "Tobi Okonkow" in the next; "Yusuf" then "Yusef". Stored as
they come, one person becomes two. When a name is about to become a new person, `close_person`
looks for the one known person it is a mishearing of:

- the same first name (or a short form of it: Liz, Elizabeth) and a surname a letter off (two
  for a long surname), or
- the same surname and a first name a letter off that is itself no first name of the
  lexicon's list ("Tobbi" for "Tobi"; "Seema" and "Meera" are two names, so two people), or
- a single name, no listed first name, a letter off the one known single name or first name,
  or
- the same letters but for hyphens and spaces ("Ama Boateng Kyei", "Ama Boateng-Kyei";
  "Rosa Dasilva", "Rosa Da Silva"), or
- the same first name and one half of a hyphenated surname ("Olivia Carter" for "Olivia
  Carter-Benn") or a middle name more or less ("Aisha Fatima Bello", "Aisha Bello"), or
- a single name that is the full form or a short form of the one known single name
  ("Abdullahi" after "Abdi"; not "Will" after "Bill"), or a clip of it no list has ("Zeph"
  for "Zephaniah", either way round); against full names the extractor decides, with the
  organisations said to tell two people apart.

Exactly one candidate must qualify; with two, nothing is guessed. The store then files the
mention under the known person and keeps the heard spelling as an alias, so search and
`--person` find the memo by either spelling and the next memo that says it lands there too.
`own_nickname` picks out the name someone goes by that nothing else would tell ("Corky",
"Ned" for a Nerys), which the store keeps as an alias the same way. `clipped_form` tells a
short form clipped from a first name ("Stan", "Sola") that the nickname table lacks. Pure
functions of names; the store runs the queries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import lexicon
from .names import distance, name_key, split_title

# Letters that open a name with one sound: "Kowalski" heard as "Cowalski".
SAME_ONSET = frozenset({"c", "k"})


def close_word(heard: str, known: str) -> bool:
    """A spelling a letter off (two for words of eight letters or more); short words never.
    The first sound stays: Whisper misspells the middle of a name it does not know, so "Mrs
    Doull" and "Murdina Coull" are two women, not one name heard two ways."""
    if heard == known:
        return True
    n = min(len(heard), len(known))
    if n < 4:
        return False
    onsets = {heard[0].lower(), known[0].lower()}
    if len(onsets) > 1 and not onsets <= SAME_ONSET:
        return False
    return distance(heard, known) <= (2 if n >= 8 else 1)


def _same_first(a: str, b: str) -> bool:
    return a == b or b in lexicon.nicknames().get(a, frozenset())


def forms_of_one_name(a: str, b: str) -> bool:
    """A full name and a short form of it ("abdullahi", "abdi"); two short forms ("will",
    "bill") may be two people."""
    return b in lexicon.nicknames().get(a, frozenset()) and bool({a, b} & lexicon.formal_names())


# Endings that make another name of a first name, not a longer form of it: "Paul" and
# "Pauline", "Robert" and "Roberta" are two people.
_OTHER_NAME_ENDINGS = ("a", "e", "o", "y", "ie", "ia", "ina", "ine", "ette", "elle", "ey")


def clipped_form(short: str, full: str) -> bool:
    """`short` is the start or end of the first name `full`, said for it: "Stan" for
    "Stanislaw", "Sola" for "Olusola". Not a name in its own right ("Paul" is no short form
    of "Pauline", "Ali" none of "Alison"), and at least two letters are clipped. A listed
    name clipped from the end is still the clip ("Sola" of "Olusola", "Tunde" of "Babatunde"):
    names are made longer at the front far less often than another name is at the back.
    Never the end of a name of the other sex: "Abena" is no clip of "Kwabena" (her son);
    a start may be ("Rafa" of "Rafaela": a short form is given to either)."""
    short, full = short.lower(), full.lower()
    if len(short) < 3 or len(full) < len(short) + 2 or not short.isalpha():
        return False
    sexes = lexicon.name_sexes()
    if not full.startswith(short) and {sexes.get(short), sexes.get(full)} == {"f", "m"}:
        return False
    if short in lexicon.formal_names() or (
        short in lexicon.common_first_names() and short not in lexicon.nicknames()
    ):
        return full.endswith(short) and short not in lexicon.formal_names()
    if full.startswith(short):
        return full[len(short) :] not in _OTHER_NAME_ENDINGS
    return full.endswith(short)


# Endings that make a pet form of a first name in the languages memos meet, added where the
# name's own last letter or two are dropped: Lithuanian "Rasa" -> "Rasutė", "Ieva" ->
# "Ievukė", "Jonas" -> "Jonukas"; Polish "Beata" -> "Beatka"; Russian
# "-ochka", "-ushka"; Spanish "-ito", Portuguese "-inho", Italian "-ino", Dutch "-tje", German
# "-chen", Greek "-aki". None is an ending that makes another name (`_OTHER_NAME_ENDINGS`).
PET_ENDINGS = (
    "ute", "utė", "uke", "ukė", "iuke", "iukė", "ukas", "iukas", "ytė", "elis", "ėlis", "ele",
    "ėlė", "ka", "eczka", "unia", "usia", "sia", "ochka", "echka", "ushka", "enka",
    "onka", "ito", "ita", "inho", "inha", "ino", "etto", "tje", "chen", "aki",
)  # fmt: skip


def pet_form(said: str, full: str) -> bool:
    """`said` is a pet form of the first name `full` made by an ending (`PET_ENDINGS`) on its
    stem (the name less its last letter or two, three letters at least): "Rasute" of "Rasa",
    "Ievuke" of "Ieva", "Beatka" of "Beata". Not a name of its own the lists know
    ("Anita" is no pet form of "Ana" here: she may be someone else)."""
    said, full = said.lower(), full.lower()
    if len(said) <= len(full) or not said.isalpha() or said in lexicon.first_names():
        return False
    sexes = lexicon.name_sexes()
    if {sexes.get(said), sexes.get(full)} == {"f", "m"}:
        return False
    for cut in (0, 1, 2):
        stem = full[: len(full) - cut]
        if len(stem) >= 3 and said.startswith(stem) and said[len(stem) :] in PET_ENDINGS:
            return True
    return False


def _listed(word: str) -> bool:
    return word in lexicon.first_names()


def clipped_alone(a: str, b: str) -> bool:
    """Two single names, one clipped from the other, the clip on no list ("Zeph" and
    "Zephaniah", "Ysol" and "Ysolde", either said first). A listed short name may be another
    name's too ("Sam" of Samuel, not Samira), so across memos it stays apart."""
    short, full = sorted((a, b), key=len)
    return not _listed(short) and short not in lexicon.nicknames() and clipped_form(short, full)


def _squashed(words: list[str]) -> str:
    return "".join(words).replace("-", "")


def _a_half_of(a: str, b: str) -> bool:
    """One surname is a half of the other, hyphenated: "carter" of "carter-benn", "lacey" of
    "hart-lacey"; a half of three letters or fewer may be a surname's spelling, not its half.
    The same surname on both sides is no half of it."""
    short, full = sorted((a, b), key=len)
    return "-" not in short and "-" in full and len(short) >= 4 and short in full.split("-")


def _one_more_name(a: list[str], b: list[str]) -> bool:
    """The same first name and surname, one with a middle name: "Aisha Fatima Bello" is
    "Aisha Bello"."""
    short, full = sorted((a, b), key=len)
    return len(short) == 2 and len(full) == 3 and short[-1] == full[-1]


def close_person(name: str, known: Iterable[tuple[int, str]]) -> int | None:
    """The id of the one known person (`known`: id, name) that `name` is a mishearing of, or
    None. An exact key match is the caller's business and is not looked for here."""
    words = name_key(name).split()
    if not words:
        return None
    found: set[int] = set()
    for entity_id, other in known:
        theirs = name_key(other).split()
        if not theirs or theirs == words:
            continue
        if _squashed(theirs) == _squashed(words):
            # "Boateng Kyei" for "Boateng-Kyei", "Da Silva" for "Dasilva": the same letters
            found.add(entity_id)
            continue
        if len(words) >= 2 and len(theirs) >= 2:
            first, last, kfirst, klast = words[0], words[-1], theirs[0], theirs[-1]
            if _same_first(first, kfirst) and (
                _a_half_of(last, klast) or _one_more_name(words, theirs)
            ):
                found.add(entity_id)  # "Olivia Carter" of "Olivia Carter-Benn"
                continue
            if len(words) != len(theirs):
                continue
            surname_off = _same_first(first, kfirst) and last != klast and close_word(last, klast)
            first_off = (
                last == klast
                and len(last) >= 4
                and first != kfirst
                and not _listed(first)
                and close_word(first, kfirst)
            )
            if surname_off or first_off:
                found.add(entity_id)
        elif len(words) == len(theirs) == 1 and (
            forms_of_one_name(words[0], theirs[0]) or clipped_alone(words[0], theirs[0])
        ):
            found.add(entity_id)
        elif len(words) == 1 and words[0] != theirs[0] and not _listed(words[0]):
            found.update([entity_id] if close_word(words[0], theirs[0]) else [])
    return next(iter(found)) if len(found) == 1 else None


# "Oisin Brennagh, Ozzy to everyone": a name, then the one it goes by and who uses it.
# "Dougie Tulloch, my co-coach, well, Tully to everyone": "well" or "or" before it too.
KNOWN_TO = re.compile(
    r"\b[\w'’-]+,\s+(?:(?:well|or|but),?\s+)?(?P<short>[A-Z][a-z]+)\s+to\s+"
    r"(?:everyone|everybody|all of us|"
    r"(?:the|his|her|their|our)\s+(?:family|mates|friends|kids|lads|girls|team)|friends|us)\b"
)


# "Roderick Blaine, known as Rory", "Tariq Aziz, he goes by Taz": a full name, then a cue
# that the next word is the name this person goes by.
GOES_BY_CUE = re.compile(
    r"\b[A-Z][\w'’-]+,?\s+(?:(?:he|she|they)\s+)?(?:(?:also\s+)?known\s+as|goes\s+by|go\s+by"
    r"|(?:everyone|everybody|people)\s+calls?\s+(?:him|her|them))\s+(?P<short>[A-Z][a-z]+)\b"
)

# "Roderick Blaine, or Rory as everyone calls him": the name after "or", then how it is used.
CALLED_AS = ("called", "calls", "known", "prefers")
OR_AS_CALLED = re.compile(
    r"\b[A-Z][\w'’-]+,\s+or\s+(?P<short>[A-Z][a-z]+)\s+as\s+(?:\w+\s+){0,3}?"
    rf"(?:{'|'.join(CALLED_AS)})\b"
)


# "Miss Jo, that's Joanna Nowak", "Sandy, that is Alexander Reid": the name someone is
# called by, then the speaker saying whom it means by a full name.
THATS_WHO = re.compile(
    r"(?:^|[.!?,]\s+|\b(?:Miss|Mr|Mrs|Ms|Auntie|Uncle|Big|Wee|Young|Old)\s+)"
    r"(?P<short>[A-Z][a-z]+),\s+that(?:'s|’s|\s+is)\s+[A-Z][a-z]+\s+[A-Z][\w'’-]+"
)


def nicknames_stated(text: str) -> frozenset[str]:
    """The keys of the names a memo says someone goes by ("her card says Josephine but
    everyone calls her Jojo", "Oisin Brennagh, Ozzy to everyone", "Roderick Blaine, known as
    Rory", "Miss Jo, that's Joanna Nowak"): the speaker's word, so they hold even when the
    name is a first name of its own."""
    from .entities import NICKNAME_SAID, nickname_said

    said = {name_key(nickname_said(m)[1]) for m in NICKNAME_SAID.finditer(text)}
    cued = [
        *KNOWN_TO.finditer(text),
        *GOES_BY_CUE.finditer(text),
        *OR_AS_CALLED.finditer(text),
        *THATS_WHO.finditer(text),
    ]
    return frozenset(said | {name_key(m["short"]) for m in cued})


# Said before the name someone goes by, alone or set off beside a full name: "Big Shug",
# "wee Davy", "big Mo" (`rules.people.NICKNAMING` and more).
NICKNAME_WORDS = frozenset({"big", "tall", "posh", "wee", "little", "young", "old"})


def own_nickname(surface: str, name: str, stated: Iterable[str] = ()) -> str | None:
    """The key of a name `name` goes by that nothing else would tell: "Corky" said for
    "Cornelia Abara" (her card says Cornelia but everyone calls her Corky), "Bomber" for
    "Kieran Bowman", and a short form of another name ("Ned" for "Nerys Hale"). A word of the
    name, a first name the lexicon knows, a short form of this first name ("Pete" for "Peter
    Hughes", which the nickname table finds again) and a spelling a letter off (a mishearing,
    `close_person`'s business) are not; a listed first name is, when the memo `stated` it
    as the name this person goes by. Of someone known by one name, only a clip of it the
    memo said for them ("Nasir" for "Abdinasir")."""
    words = name_key(name).replace("-", " ").split()  # "Vane" of "Vane-Tempest" too
    said = name_key(split_title(surface)[1]).split()
    if len(said) == 2 and said[0] in NICKNAME_WORDS:
        said = said[1:]  # "Big Shug, that's Hugh Dunlop"
    if len(said) != 1:
        return None
    word = said[0]
    if len(name.split()) == 1:
        # "Nasir, my eldest, Abdinasir": a clip the memo said for someone known by one name,
        # which no list ties back to it ("Nasir" is a name of its own)
        return word if len(words) == 1 and clipped_form(word, words[0]) else None
    nick = lexicon.nicknames()
    if (
        len(word) < 3
        or word in words
        or (_listed(word) and word not in nick and word not in stated)
    ):
        return None
    if word in nick and _same_first(words[0], word):
        return None  # "Pete" for "Peter Hughes": the nickname table finds him again
    if any(close_word(word, w) for w in words):
        return None
    return word
