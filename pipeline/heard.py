"""Names as Whisper writes them: the habits of a transcript that make false entities.

The extractor's rules are written for how people say names. A transcript adds its own
mistakes, and these rules undo the ones that can be told from the text alone (a name that
was misheard into another real-looking name cannot be, and is left):

- Whisper capitalises what it takes for a name: "the Holly concert", "the Spring Fund", a
  misheard word ("Told Wander yes"), a phrase heard as a title and a name ("the Lord Deacon
  One"). A capitalised verb or adjective that is no first name, with no title, is not a
  person; a name after "the" is not a person; a fund named with an ordinary word is a pot of
  money, not an organisation.
- It drops apostrophes ("Tobis happy" for "Tobi's happy") and adds them ("The Okafor's at
  number six" for the family).
- It spells a name out letter by letter as capitals ("that's BAL and O.G.N."), which the NER
  takes for acronyms.
- A place misheard as a person: "Frederick Palace", "drove over to Martin Green".
- A first name and surname the NER labelled an organisation: "an email from Kasia Nowicka at
  the surgery".
- A council name spelt as it sounds ("Lewishem Council", "Hislington Council" with an "h"
  added, "Rang-Harrow Council" with the verb run in, "counsel"): UK councils are a
  closed list, so a name that sounds like exactly one of them is that one.
- It spells titles out ("Missus Hale", "Counselor Obi") and spells the American way
  ("Medical Center"); it hears the day that opens a memo, or one in a list of the week's
  days, as a name ("Right, um, Monty,"), and the plural of a job as one ("Junior Coaches").
- It starts a sentence on a preposition the NER runs into the name ("From Lewisham Council
  rang"), splits a listed one-word brand in two ("at tool station"), writes a borough's
  council in lower case ("at arrow hospital"), and cuts a sentence before its deadline
  ("notes on the drive. By the end of next week"). The NER, for its part, labels a title
  alone ("with Dr. Okafor" as "Dr."), ends a firm's name short of the road it is named
  after ("on Quarrow High Road"), and takes a body's initials before "number" ("the NHS
  number") or a letter ("Fri-D") for an organisation.

- It loses or swaps whole words in promises and their days: the "-ed" of a report run into
  the "t", "d" or "th" after it ("Drop the twins at school" for "Dropped"), the "'d" of
  "I said I'd bring", "wants" heard as "once", "by" as "I" after a full stop ("with her. I
  next Wednesday"), Friday as letters ("for ID the 24th", "Fri-D"), "tonight" as "to
  night", and a question mark on a promise said with a rising tail. `respoken` puts back
  what changes a segment's length, `heard_as_said` what keeps it, and `tense_lost` says
  which bare commands are reports.

`tidy` runs after the extractor has resolved its entities and before links and follow-ups
are read, so a name it drops links nobody. Names the user or the database already knows
(the vocabulary) and the shipped gazetteers are never touched.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any, NamedTuple

from . import lexicon
from .entities import GAZETTEER_ID, VOCAB_ID, _Entity
from .entities import MISHEARD_MET as MET_HEARD
from .lexicon import ROLE_HEADS
from .names import distance

# spaCy entity ids of the vocabulary and gazetteer rulers (`entities.VOCAB_ID`, ...).
TRUSTED_IDS = (VOCAB_ID, GAZETTEER_ID)

# Words that are never a name on their own, whatever Whisper's capitals say.
FUNCTION_WORDS = frozenset({
    "no", "yes", "sorry", "okay", "ok", "um", "er", "erm", "uh", "so", "and", "or", "but",
    "the", "a", "an", "oh", "well", "right", "anyway", "actually", "also", "then", "just",
    "one", "two", "three", "it", "this", "that", "there", "here", "yeah",
})  # fmt: skip

# First names that are also ordinary words; `lexicon.first_names` leaves them out on
# purpose (its rules would fire on every "will"), but a capitalised one before a surname is
# a person, so the ordinary-word rule below must not drop "Mark Thompson" or "Hope Obi".
WORD_NAMES = frozenset({
    "will", "mark", "bill", "rose", "jack", "frank", "grant", "ray", "joy", "hope", "faith",
    "dawn", "amber", "ruby", "holly", "ivy", "daisy", "heather", "iris", "jasmine",
    "violet", "pat", "sue", "bob", "rob", "don", "ken", "gene", "art", "dean", "drew",
    "lance", "pearl", "sky", "summer", "autumn", "april", "may", "june", "chase", "hunter",
    "angel", "crystal", "destiny", "blessing", "favour", "patience", "mercy",
    "charity", "victor", "robin", "jay", "guy", "mike", "bud", "buck", "rich",
    "sonny", "rusty", "sandy", "penny", "ginger", "honey", "misty", "storm", "river",
    "brook", "glen", "dale", "wade", "cliff", "clay", "miles", "noble", "earl", "king",
    "prince", "duke", "major", "sterling", "royal", "hazel", "olive", "poppy", "fern",
    "willow", "sage", "rowan", "laurel", "myrtle", "matt", "nick", "tom", "ben", "sam",
    "bonnie", "sunny", "clement", "kit", "ash", "honor", "honour", "dot", "star", "lark",
    "merry", "constance", "verity", "ernest", "frankie", "teddy", "reggie", "bliss", "wren",
    "clemency", "comfort", "gift", "peace", "justice", "prudence", "temperance", "precious",
    "marvellous", "felicity", "harmony", "melody", "liberty", "cherry", "dusty", "jade",
})  # fmt: skip

# Last words that make a "person" a place: no one is called "... Palace" or "... Road". Not
# Green, Hill, Park or Wood: those are surnames too (see `MOVES` for them).
PLACE_HEADS = frozenset({
    "palace", "road", "street", "avenue", "square", "station", "airport", "stadium",
    "library", "cemetery", "gardens", "pools", "pool", "lido", "baths", "playground",
    "allotments", "reservoir", "canal", "embankment", "broadway", "terrace", "crescent",
    "mews", "market", "museum", "hospital", "common", "marshes",
})  # fmt: skip

# "drove over to Golders Green", "moving to Tufnell Park": going somewhere, so a name after
# it that ends like a place (Green, Hill, Park, ...) is that place, not a person.
MOVES = frozenset({
    "drove", "drive", "driving", "went", "go", "going", "walked", "walk", "walking", "cycled",
    "cycle", "popped", "pop", "headed", "head", "heading", "moving", "move", "moved",
    "travelled", "traveled", "got", "get", "getting", "came", "come", "coming", "ran",
    "run", "running", "over", "up", "down", "round", "back", "across", "out",
})  # fmt: skip

# First words of a "person" that are bodies and happenings, never a first name: "Panel
# Meating" is a panel meeting.
NOT_FIRST = frozenset({
    "board", "committee", "panel", "team", "council", "group", "forum", "trustees",
    "governors", "staff", "meeting", "sale", "fair", "concert", "party", "service", "event",
})  # fmt: skip

# Words after an organisation's name that are part of it: "the Environmental Health Team".
PART_WORDS = frozenset({"team", "department", "unit", "service", "services", "directorate"})

# What a grant or a scheme is called by: "the Cost of Living Fund", "a Bike Loan Scheme" are
# what one applies to, not who runs it, when the words before are ordinary words.
GRANTS = frozenset({"fund", "scheme", "grant", "grants", "allowance", "bursary"})

# Words after a name's "'s" that make it "is" or "has": "Tobi's been", "Tobi's not".
IS_HAS = frozenset({"been", "got", "not", "gonna", "just", "also", "still", "always"})

# Before a spelled-out name: "Balogun, that's B A L O G U N", "spelt S I O B H A N".
SPELLING_CUES = frozenset({"that's", "thats", "spelt", "spelled", "spelling", "spell", "spells"})
SPELLED = re.compile(r"^(?:[A-Z]\.?){1,4}\.?$")

# How Whisper writes "Met" before a name it expects (`entities.MISHEARD_MET`).
MISHEARD_MET = frozenset(MET_HEARD - {"meet", "met"})

# First names that are common surnames too: "Matt Thomas" may well be Matt Thomas.
SURNAMES_TOO = frozenset({
    "thomas", "james", "lucas", "lee", "jordan", "owen", "lewis", "morgan", "george", "henry",
    "paul", "john", "martin", "scott", "murray", "grant", "kelly", "taylor", "ryan", "dean",
    "mitchell", "howard", "francis", "russell", "allen", "allan", "arthur", "bernard",
    "charles", "douglas", "elliott", "elliot", "gordon", "graham", "harvey", "jack", "keith",
    "lloyd", "marshall", "neil", "nelson", "norman", "patrick", "reid", "ross", "stanley",
    "stewart", "wallace", "warren", "wayne", "daniel", "davis", "dennis", "edwards", "ellis",
    "harris", "hughes", "jackson", "jones", "kent", "lane", "miller", "moore", "parker",
    "powell", "rees", "rhys", "richards", "roberts", "rose", "simon", "spencer", "walter",
    "watson", "williams", "wilson", "austin", "bailey", "barry", "brooke", "clark", "cole",
    "curtis", "dale", "frank", "glenn", "hall", "harper", "heath", "holly", "hunter", "joy",
    "kay", "king", "lewin", "luke", "mark", "max", "may", "neville", "oliver", "page",
    "percy", "quinn", "ray", "rowan", "sidney", "terry", "tony", "troy", "vincent", "wade",
})  # fmt: skip

# Lower-case plural roles the NER glues to a capitalised word: "the TP partners", "the PCN
# members": people in a role, not an organisation.
ROLE_PLURALS = frozenset({
    "partners", "members", "trustees", "governors", "volunteers", "staff", "nurses",
    "doctors", "teachers", "workers", "officers", "managers", "directors", "councillors",
})  # fmt: skip

# Those who hold a body's offices, said as a group: "the Parish Councillors", "the School
# Governors" (not "doctors" or "volunteers": "Drip Doctors" may be a firm).
OFFICER_PLURALS = frozenset({
    "councillors", "trustees", "governors", "wardens", "churchwardens", "elders", "deacons",
})  # fmt: skip

# Titles as Whisper spells them out: "Missus Odell" is Mrs Odell, "Counselor Adeyinka" a
# councillor (no one is called "Counsellor" as a title).
SPOKEN_TITLES = {"missus": "Mrs", "missis": "Mrs", "mister": "Mr", "counselor": "Councillor"}

# The days a memo opens with ("Right, Monday."), to tell one misheard as a name ("Monty").
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Words before the day at the opening of a memo: "Right, um, Monday."
OPENERS = frozenset({"right", "okay", "ok", "so", "um", "er", "erm", "uh", "morning", "it's"})

# Prepositions after which a one-word organisation is said as one ("at Boots").
ORG_PREPS = frozenset({"at", "from", "with", "for", "to", "in", "into", "by", "via"})

# Words Whisper capitalises when it starts a sentence on them ("From Lewisham council
# rang") and that the NER then runs into the name after them: never a name's first word.
LEAD_WORDS = ORG_PREPS | {"on", "of", "and", "but", "so", "then", "also", "or", "after", "about"}


# Whisper spells the American way; British names are spelt the British way, and these
# respellings keep every character where it was (the same length), so offsets still hold.
AMERICAN = re.compile(r"\b([Cc]ent|[Tt]heat)er(s?)\b")


def british(text: str) -> str:
    """ "Jubilee Gardens Medical Center" -> "... Centre", "the Lyric Theater" -> "Theatre": a
    transcript's American spellings of the words that end British names."""
    return AMERICAN.sub(r"\1re\2", text)


# A full stop Whisper puts before the deadline of the sentence it ends: "put the notes on the
# drive. By the end of next week, ..." ("By the way" is left).
DEADLINE_CUT = re.compile(
    r"(?<=[a-z0-9])\. By (?=(?:the end|then|tomorrow|tonight|next|this|the \d+(?:st|nd|rd|th)?|"
    r"(?:the )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)",
    re.I,
)


# "Friday" heard as the letters of an identity document ("first visit for ID the 24th", "ring
# him back for ID after two", "on for ID") or spelt as a letter ("sorted by Fri-D"): a day
# where a day stands, after a word that takes one or before a date or a time. "Asked for ID"
# and "bring it for ID." are left.
FRIDAY_AFTER = re.compile(
    r"\b((?:[Oo]n|[Bb]y|[Nn]ext|[Tt]his|[Ll]ast|[Tt]ill|[Uu]ntil|[Ff]rom|[Ee]very) )[Ff]or ID\b"
)
FRIDAY_BEFORE = re.compile(
    r"\b[Ff]or ID(?=,? (?:the \d|\d|(?:after|before|at) (?:\d|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|half|noon|lunch|school|work)\b|morning|afternoon|evening|"
    r"night|lunchtime))"
)
FRIDAY_LETTER = re.compile(r"\bFri-D\b")


# The same cut with "by" heard as "I" ("confirm numbers with her. I next Wednesday, ..."): no
# sentence opens "I tomorrow" or "I the 12th". Not "I then", which one does.
DEADLINE_CUT_I = re.compile(
    r"(?<=[a-z0-9])\. I (?=(?:the end|tomorrow|tonight|the \d+(?:st|nd|rd|th)?|"
    r"(?:next|this) (?:week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)",
    re.I,
)


# A sentence that says the speaker will do something, which Whisper ended on a question mark
# for a tail said rising ("So I need to check with Sam on Monday, what's happening?", "I'll
# ring her, shall I?"). One opened as a question ("Do I need to bring anything?") is left.
QUESTIONED = re.compile(r"(?:^|(?<=[.!?]))([^.!?]*)\?")
PROMISED = re.compile(
    r"\b(?:i need to|i have to|i've got to|i must|i'll|i will|i'm going to|i said i'd|"
    r"i promised|remind myself to)\b",
    re.I,
)
ASKING = frozenset({
    "do", "does", "did", "can", "could", "should", "shall", "will", "would", "is", "are", "am",
    "was", "were", "have", "has", "what", "when", "where", "who", "why", "how", "which",
    "must", "may", "might", "need",
})  # fmt: skip


def _statement(m: re.Match[str]) -> str:
    words = [w for w in re.findall(r"[\w']+", m[1].lower()) if w not in FILLERS]
    if PROMISED.search(m[1]) and words and words[0] not in ASKING:
        return m[1] + "."
    return m[0]


def heard_as_said(text: str) -> str:
    """A transcript as the speaker said it, for extraction: British spellings (`british`),
    a sentence Whisper cut before its deadline joined up again ("notes on the drive. By the
    end of next week" -> "notes on the drive, by the end of next week", "with her. I next
    Wednesday" -> "with her by next Wednesday"), a promise not asked as a question ended on
    a full stop (`QUESTIONED`), and Friday heard as
    letters ("for ID the 24th"). Every change keeps its length, so offsets still hold
    (`respoken` puts back what does not)."""
    text = DEADLINE_CUT.sub(", by ", british(text))
    text = DEADLINE_CUT_I.sub(" by ", text)
    text = FRIDAY_BEFORE.sub("Friday", FRIDAY_AFTER.sub(r"\1Friday", text))
    return QUESTIONED.sub(_statement, text)


# Whole words Whisper loses or swaps, put back segment by segment (the lengths change, so
# before the segments are joined; `respoken`).
# "I said I bring the minutes": the "'d" of "I'd" run into the verb after it.
SAID_I = re.compile(
    r"\b((?:[Ss]aid|[Pp]romised|told (?:him|her|them)) I) (?=(?:"
    + "|".join(sorted(lexicon.IMPERATIVES))
    + r")\b)"
)
# "Mrs Rudd, once a quick chat tomorrow", "our chairman at the Club, once last month's
# minutes by Thursday": "wants" heard as "once" after the one who wants, before what is
# wanted. Not after a day, a month or a word that opens a sentence ("Sunday, once the kids
# are down"), and not "once a week".
NOT_WANTERS = (
    "I|And|But|So|Then|Oh|Right|Okay|Ok|Well|Now|Just|Only|Yes|No|Um|Er|Also|Even|Maybe|Not|"
    "At|For|If|When|After|Before|Until|Today|Tonight|Tomorrow|Yesterday|Morning|Evening|"
    + "|".join(d.title() for d in WEEKDAYS)
    + "|January|February|March|April|May|June|July|August|September|October|November|December"
)
WANTS_HEARD = re.compile(
    r"\b(?!(?:" + NOT_WANTERS + r")\b)([A-Z][\w'.-]*)(,? )[Oo]nce "
    r"(?i:(?!an? (?:week|month|year|day|fortnight|term|while|bit)\b)"
    r"(?=(?:an?|her|his|their|everyone|everybody|last|me|us|him|them|to)\b))"
)

# "came back to night.", "over by two to day.": "tonight" and "today" written as two words
# at the end of a clause. Not "from day to day".
SPLIT_DAY = re.compile(r"(?<!\bday )\b([Tt])o (night|day|morrow)\b(?=[.,;!?]|$)")


def reworded(text: str) -> str:
    """One segment's words as the speaker said them, where Whisper lost, swapped or split a
    whole word (`SAID_I`, `WANTS_HEARD`, `SPLIT_DAY`, Friday spelt "Fri-D")."""
    text = WANTS_HEARD.sub(r"\1\2wants ", SAID_I.sub(r"\1'd ", text))
    return FRIDAY_LETTER.sub("Friday", SPLIT_DAY.sub(r"\1o\2", text))


def respoken(transcript: Any) -> Any:
    """`transcript` with each segment `reworded`, for extraction only (what is stored and
    shown stays as Whisper wrote it)."""
    segments = tuple(replace(s, text=reworded(s.text)) for s in transcript.segments)
    if all(a.text == b.text for a, b in zip(segments, transcript.segments, strict=True)):
        return transcript
    return replace(transcript, segments=segments)


class Dictionary(NamedTuple):
    """Ordinary English words from the spaCy model's lemmatizer index (WordNet's lemmas).

    `words`: nouns, verbs, adjectives and adverbs. `not_nouns`: the verbs, adjectives and
    adverbs alone; WordNet lists people and places among its nouns ("lena", "fischer"), so
    only these say that a lone capitalised word is no name. `verbs`: the verbs alone
    ("coaches" said before "for" is a verb's form, not a plural). `nouns`: the nouns alone
    ("pike", "bunting" are nouns wherever the tagger put them)."""

    words: frozenset[str] = frozenset()
    not_nouns: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()


def dictionary(nlp: Any) -> Dictionary:
    """The model's `Dictionary`, built once per pipeline; empty when it has no index."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError, AttributeError):
        return Dictionary()
    key = id(table)
    if key not in _WORDS:
        from spacy.strings import get_string_id

        noun, verb = get_string_id("noun"), get_string_id("verb")
        every = {pos: {w for w in words if "_" not in w} for pos, words in table.items()}
        _WORDS[key] = Dictionary(
            frozenset().union(*every.values()),
            frozenset().union(*(v for pos, v in every.items() if pos != noun)),
            frozenset(every.get(verb, ())),
            frozenset(every.get(noun, ())),
        )
    return _WORDS[key]


_WORDS: dict[int, Dictionary] = {}


def is_name_word(word: str) -> bool:
    """A first name from the lexicon, a short form of one, or a first name that is also a
    word ("Hope", "Mark")."""
    w = word.lower().strip("'’.")
    return w in lexicon.first_names() or w in lexicon.nicknames() or w in WORD_NAMES


def ordinary(word: str, doc_token: Any, words: frozenset[str]) -> bool:
    """Whether a capitalised word is an ordinary English word and no first name."""
    low = word.lower().strip("'’.")
    if not low.isalpha() or is_name_word(low):
        return False
    return low in words or (doc_token is not None and doc_token.lemma_.lower() in words)


def sound_key(word: str) -> str:
    """A rough key of how a word sounds: its consonants after English spelling rules (soft c
    and g, ph, ck, doubled letters), vowels dropped after the first letter. "Lewisham" and
    "Lewishem" share one, as do "Hackney" and "Hakny"."""
    w = re.sub(r"[^a-z]", "", word.lower())
    if not w:
        return ""
    w = re.sub(r"^(?:kn|gn)", "n", w).replace("wh", "w")  # "Knight", "White"
    for a, b in (("ph", "f"), ("ck", "k"), ("qu", "kw"), ("x", "ks")):
        w = w.replace(a, b)
    w = re.sub(r"c(?=[eiy])", "s", w)
    w = re.sub(r"g(?=[eiy])", "j", w)
    w = w.replace("c", "k").replace("z", "s").replace("dg", "j")
    head, rest = w[0], re.sub(r"[aeiouyhw]", "", w[1:])
    if head in "aeiou":
        head = "a"
    key = head + rest
    return re.sub(r"(.)\1+", r"\1", key)


# A verb Whisper runs into the council rung: "Ran Camden Counsel", "Ringhackney Council".
RANG_INTO = re.compile(r"^(?:rang|ring|ran|rung)(?:[\s-]+|(?=h))(.{4,})$")
# Bodies named after their borough, in the borough's name: "Barnet Council", "Barnet Hospital".
BOROUGH_BODIES = frozenset({"council", "counsel", "hospital"})
# Consonants a synthetic voice blurs: "Croyton" for Croydon.
UNVOICED = str.maketrans("dbgvz", "tpkfs")


@cache
def council_heard_as(name: str) -> str | None:
    """ "Lewishem Council" -> "Lewisham Council": an unknown council (or borough hospital)
    whose place sounds like exactly one UK local authority and is spelt close to it, an "h"
    added or dropped ("Aringey Council") or the verb before it run in ("Rang-Harrow
    Council"). What follows "Council", as in "Lewishem Council Housing", is kept, and
    "counsel" is the council."""
    words = name.split()
    at = next((i for i, w in enumerate(words) if w.lower() in BOROUGH_BODIES), 0)
    if at == 0:
        return None
    head = "Council" if words[at].lower() == "counsel" else words[at]
    place, rest = " ".join(words[:at]), " ".join([head, *words[at + 1 :]])
    known = {a.lower() for a in lexicon.authorities()}
    if place.lower() in known | _listed_place_names():
        # (a listed neighbourhood is no authority misheard: "Homerton Hospital", not Merton)
        return None if head == words[at] else f"{place} {rest}"
    said = place.lower()
    ran = RANG_INTO.match(said)
    for low in (said, ran[1]) if ran else (said,):
        tiers: dict[int, list[str]] = {}
        for a in lexicon.authorities():
            if (tier := _sounds_like(low, a.lower())) is not None:
                tiers.setdefault(tier, []).append(a)
        found = tiers[min(tiers)] if tiers else []
        if len(found) == 1:
            return f"{found[0]} {rest}"
    return None


@cache
def _listed_place_names() -> frozenset[str]:
    """The listed places' names, lower case."""
    return frozenset(p.lower() for p in lexicon.places())


def _sounds_like(said: str, authority: str) -> int | None:
    """How surely a place as Whisper wrote it is this authority misheard: 0 for an "h" added
    or dropped ("Aringey" for Haringey), 1 for the same sounds spelt loosely ("Hakny"), 2 for
    a sound or two off ("Islinton", "Wansworth"); None when it is not."""
    import difflib

    if said == f"h{authority}" or (authority.startswith("h") and said == authority[1:]):
        return 0
    ratio = difflib.SequenceMatcher(None, said, authority).ratio()
    key, other = (sound_key(w).translate(UNVOICED) for w in (said, authority))
    if other == key and ratio >= 0.6:
        return 1
    if ratio >= 0.8 and distance(other, key, 1) <= 1:
        return 2
    return None


@cache
def _listed_places() -> frozenset[str]:
    return frozenset(p.lower() for p in lexicon.places())


def place_apostrophe(name: str) -> str:
    """ "Golder's Green Road" -> "Golders Green Road": Whisper writes the possessive into a
    listed place whose name ends in s ("Golders Green", "Earls Court")."""
    listed = _listed_places()

    def fix(m: re.Match[str]) -> str:
        pair = f"{m[1]}s {m[2]}"
        return pair if pair.lower() in listed else m[0]

    return re.sub(r"(\w+)['’]s (\w+)", fix, name)


@cache
def listed_place_heard_as(name: str) -> str | None:
    """ "Tufnel Park" -> "Tufnell Park": a name a letter or two off exactly one listed place or
    authority, with as many words and the same last word (a person misheard as "Alexandre
    Palace" is that place too)."""
    import difflib

    low = name.lower()
    words = low.split()
    places = (*lexicon.places(), *lexicon.authorities())
    if len(words) < 2 or any(low == p.lower() for p in places):
        return None
    close = [
        p
        for p in places
        if len(p.split()) == len(words)
        and p.split()[-1].lower() == words[-1]
        and difflib.SequenceMatcher(None, low, p.lower()).ratio() >= 0.85
    ]
    return close[0] if len(close) == 1 else None


@cache
def _listed_orgs() -> tuple[str, ...]:
    return tuple(n for n in lexicon.org_names() if "{" not in n and " " in n)


@cache
def listed_org_heard_as(name: str) -> str | None:
    """ "the Salvation Armie" -> "Salvation Army": a name a letter or two off exactly one
    organisation of the shipped list, with as many words and the same last word ("Clarendon
    Housing", three letters off "Clarion Housing", is another body)."""
    import difflib

    low = name.lower()
    words = low.split()
    if len(words) < 2 or any(low == n for n in _listed_orgs()):
        return None
    close = [
        n
        for n in _listed_orgs()
        if len(n.split()) == len(words)
        and n.split()[-1] == words[-1]
        and difflib.SequenceMatcher(None, low, n).ratio() >= 0.85
        and distance(low, n, 2) <= 2
    ]
    if len(close) != 1:
        return None
    return " ".join(w if w.isupper() else w.capitalize() for w in close[0].split())


def tidy(doc: Any, entities: list[Any], terms: tuple[Any, ...], words: Dictionary) -> list[Any]:
    """The entities less (or re-kinded for) the transcript habits in the module docstring.

    `entities` are the extractor's resolved entities (kind, start, end, name, title; changed
    in place), `terms` the vocabulary, `words` the ordinary English words (`dictionary`)."""
    known = {t.text.strip().lower() for t in terms if t.kind}
    known_people = [t.text.strip() for t in terms if t.kind == "person"]
    here_people = [e.name for e in entities if e.kind == "person"]
    surnames = {
        n.split()[-1].lower() for n in known_people + here_people if " " in n or not is_name_word(n)
    }
    kept = []
    entities, brands = _brands_heard_apart(doc, entities, words.words)
    for e in entities:
        if id(e) in brands:
            kept.append(e)  # the shipped list vouches for it
            continue
        _drop_lead_word(doc, e)
        if e.kind == "org" and (person := _title_alone(doc, e, entities)) is not None:
            e.kind, e.title, e.end, e.name = "person", *person  # "with Dr. Okafor" as "Dr." + ?
        nxt = doc[e.end] if e.end < len(doc) else None
        if e.kind == "org" and _road_after(doc, e.end):
            e.kind, e.end, e.name = "place", e.end + 1, f"{e.name} {nxt.text}"  # "... High Road"
            kept.append(e)
            continue
        part = nxt is not None and nxt.is_title and nxt.lower_ in PART_WORDS
        if e.kind == "org" and part and not any(o.start == e.end for o in entities):
            e.end, e.name = e.end + 1, f"{e.name} {nxt.text}"  # "Environmental Health Team"
        if e.kind in ("org", "place") and e.name.lower() not in known:
            e.name = place_apostrophe(e.name)
        if e.kind == "org" and e.name.lower() not in known:
            e.name = council_heard_as(e.name) or listed_org_heard_as(e.name) or e.name
        said = e.name.split()
        if e.kind == "person" and len(said) > 1 and said[0].lower() in SPOKEN_TITLES:
            e.title, e.name = SPOKEN_TITLES[said[0].lower()], " ".join(said[1:])  # "Missus Hale"
        if e.kind == "org" and (len(e.name.strip(".")) == 1 or _an_identifier(doc, e)):
            continue  # "Fri-D" heard as a letter; "the NHS number" is no mention of the NHS
        trusted = doc[e.start].ent_id_ in TRUSTED_IDS or e.name.lower() in known
        if trusted:
            kept.append(e)
            continue
        if e.title is None and (place := listed_place_heard_as(e.name)) is not None:
            e.kind, e.name = "place", place
            kept.append(e)
            continue
        verdict = _verdict(doc, e, words, surnames)
        if verdict == "drop":
            continue
        if verdict in ("person", "place"):
            e.kind = verdict
        elif verdict:
            e.name = verdict
        kept.append(e)
    return kept


def _drop_lead_word(doc: Any, e: Any) -> None:
    """ "From Lewisham Council rang": a capitalised preposition or conjunction the NER ran
    into the name after it loses it (the span and the name start one word later)."""
    first = doc[e.start]
    rest = e.name.split(" ", 1)
    if (
        e.kind in ("org", "person")
        and e.end - e.start > 1
        and first.is_title
        and first.lower_ in LEAD_WORDS
        and len(rest) == 2
        and rest[0].lower() == first.lower_
        and doc[e.start + 1].is_title
    ):
        e.start, e.start_char, e.name = e.start + 1, doc[e.start + 1].idx, rest[1]
        e.surface = e.surface.split(" ", 1)[1] if " " in e.surface else rest[1]


# The last word of a road's name, after which no organisation's name ends.
ROAD_WORDS = frozenset({"road", "street", "avenue", "crescent", "terrace", "parade"})


@cache
def _one_word_orgs() -> dict[str, str]:
    """The shipped one-word organisation names of eight letters or more, by their letters."""
    names = (n for n in lexicon.org_names() if " " not in n and "{" not in n)
    return {re.sub(r"[^a-z]", "", n.lower()): n for n in names if len(n) >= 8}


def _brands_heard_apart(
    doc: Any, entities: list[Any], english: frozenset[str] = frozenset()
) -> tuple[list[Any], set[int]]:
    """Listed names Whisper wrote as ordinary words, as new organisations (and their ids).

    "booked at tool station", "Ottilie Pound land was brilliant": a listed one-word name heard
    as two words (a letter off at most) is that organisation, when the first word is
    capitalised or follows a preposition organisations take ("at the food bank" is a food
    bank, not the listed one); a person the NER ran into its first word loses it. "physio at
    arrow hospital": a borough's council or hospital in lower case whose place sounds like
    exactly one UK authority (`council_heard_as`) is that one ("the local council" is not).
    A listed name that is itself an English word ("Southeastern", "Stagecoach") written as two
    words is that word ("in south eastern England"), not the organisation."""
    import difflib

    taken = {i for e in entities if e.kind != "person" for i in range(e.start, e.end)}
    # The NER may draw the two words as a name of their own ("super drug" as a firm) or leave
    # them: a span of exactly those two words gives way to the listed name either way.
    drawn = {e.start for e in entities if e.kind != "person" and e.end - e.start == 2}
    out, brands = list(entities), set()
    listed = {n.lower() for n in lexicon.org_names()}
    for i in range(len(doc) - 1):
        a, b = doc[i], doc[i + 1]
        if (i in taken or i + 1 in taken) and i not in drawn:
            continue
        if not (a.is_alpha and b.is_alpha and b.is_lower):
            continue
        before = doc[i - 1].lower_ if i else ""
        if not (a.is_title or (a.is_lower and before in ORG_PREPS)):
            continue
        joined = a.lower_ + b.lower_
        if f"{a.lower_} {b.lower_}" in listed:
            continue  # "Food bank shift": the two words are a listed name as they stand
        near = difflib.SequenceMatcher(None, "", joined)  # compared with each listed name
        found = []
        for k, n in _one_word_orgs().items():
            if k in english or abs(len(k) - len(joined)) > 1:
                continue
            near.set_seq1(k)
            # the cheap upper bounds first: most names share too few letters to come near
            if k == joined or (near.quick_ratio() >= 0.9 and near.ratio() >= 0.9):
                found.append(n)
        if len(found) != 1:
            continue
        for p in out:
            if p.kind == "person" and p.start < i and p.end == i + 1:
                p.end, p.name = i, " ".join(p.name.split()[:-1])  # "Ottilie Pound" + "land"
        out = [p for p in out if not (p.start == i and (p.kind == "person" or p.end == i + 2))]
        name = found[0][0].upper() + found[0][1:]
        out.append(_Entity("org", i, i + 2, a.idx, doc[i : i + 2].text, name))
        brands.add(id(out[-1]))
    for i in range(len(doc) - 1):
        a, b = doc[i], doc[i + 1]
        if i in taken or i + 1 in taken or not (a.is_lower and a.is_alpha and b.is_lower):
            continue
        if b.lower_ in BOROUGH_BODIES and a.lower_ not in FUNCTION_WORDS:
            name = council_heard_as(f"{a.text.title()} {b.text.title()}")
            if name is not None:  # "physio at arrow hospital": Harrow Hospital
                out.append(_Entity("org", i, i + 2, a.idx, doc[i : i + 2].text, name))
                brands.add(id(out[-1]))
    return sorted(out, key=lambda e: e.start), brands


def _road_after(doc: Any, end: int) -> bool:
    """ "a deli on Quarrow High Road": a road word right after an organisation's name, and no
    capitalised word after it, makes the name a road's ("Lane" is left: a surgery or a school is
    often called by its lane)."""
    if end >= len(doc) or not doc[end].is_title or doc[end].lower_ not in ROAD_WORDS:
        return False
    after = doc[end + 1] if end + 1 < len(doc) else None
    return after is None or not (after.is_title and after.is_alpha) or after.is_sent_start


def _an_identifier(doc: Any, e: Any) -> bool:
    """ "Ring them with the NHS number": a body's initials before "number" name a person's
    number with that body, not the body."""
    return (
        " " not in e.name
        and doc[e.end - 1].text.isupper()
        and e.end < len(doc)
        and doc[e.end].lower_ in ("number", "numbers", "no")
    )


def _title_alone(doc: Any, e: Any, entities: list[Any]) -> tuple[str, int, str] | None:
    """ "review with Dr. Okafor, Friday": the NER labelled the title alone an organisation and
    left the name after it; (title, new end, name) of the person they make, or None."""
    if e.end - e.start != 1 or e.end >= len(doc):
        return None
    title, nxt = doc[e.start].text.rstrip("."), doc[e.end]
    if (
        title.lower() not in lexicon.TITLES
        or not nxt.is_title
        or not nxt.text.isalpha()
        or nxt.lower_ in FUNCTION_WORDS
        or nxt.ent_type_ not in ("", "PERSON")
        or any(o.start <= nxt.i < o.end for o in entities if o is not e)
    ):
        return None
    return TITLE_FORMS.get(title.lower(), title), e.end + 1, nxt.text


# How a title is written on a name: "Dr." -> "Dr", "doctor" -> "Dr".
TITLE_FORMS = {"dr": "Dr", "doctor": "Dr", "mr": "Mr", "mrs": "Mrs", "ms": "Ms", "prof": "Prof"}


def _verdict(doc: Any, e: Any, words: Dictionary, surnames: set[str]) -> str | None:
    """ "drop", a new kind ("person", "place"), a new name, or None to keep it as it is."""
    tokens = doc[e.start : e.end]
    before = doc[e.start - 1] if e.start > 0 else None
    after = doc[e.end] if e.end < len(doc) else None
    names = e.name.split()
    low = e.name.lower()
    if e.kind in ("person", "org") and low in FUNCTION_WORDS:
        return "drop"  # "Sorry No, ...": a capitalised word of speech
    if e.kind in ("person", "org") and all(SPELLED.match(w) for w in names):
        window = [t.lower_ for t in doc[max(0, e.start - 6) : e.start]]
        said = " ".join(window).replace(" 's", "'s").replace(" ’s", "'s").split()
        if any(w in SPELLING_CUES for w in said):
            return "drop"  # "that's BAL and O.G.N.": a name spelled out
    if e.kind == "person":
        return _person_verdict(doc, e, tokens, before, words)
    if e.kind == "org":
        return _org_verdict(doc, e, tokens, before, after, words, surnames)
    return None


def _person_verdict(doc: Any, e: Any, tokens: Any, before: Any, words: Dictionary) -> str | None:
    names = e.name.split()
    last = names[-1].lower()
    if len(names) > 1 and any(w.lower() in FUNCTION_WORDS for w in names):
        return "drop"  # "the Lord Deacon One": a misheard phrase, not a name
    if (
        len(names) == 2
        and names[0].lower() in MISHEARD_MET
        and names[1].lower() in lexicon.first_names()
        and names[1].lower() not in SURNAMES_TOO
        and (before is None or before.is_punct or tokens[0].is_sent_start)
    ):
        return names[1]  # "..., Matt Wanjiru this morning": "met Wanjiru", as Whisper hears it
    if last in PLACE_HEADS and len(names) > 1:
        return "place"  # "Alexander Palace"
    if len(names) > 1 and last in lexicon.PLACE_SUFFIXES and before is not None:
        back = [t.lower_ for t in doc[max(0, e.start - 3) : e.start]]
        owner = e.end < len(doc) and doc[e.end].text in ("'s", "’s")  # "over to Sam Hill's"
        if back and back[-1] == "to" and any(w in MOVES for w in back[:-1]) and not owner:
            return "place"  # "drove over to Golders Green" heard as "Martin Green"
    if len(names) > 1 and names[0].lower() in NOT_FIRST and not is_name_word(names[0]):
        return "drop"  # "Thursday, Panel Meating": a panel meeting, misheard
    if e.title:
        return None
    if len(names) > 1 and _plural_role(names[-1]):
        return "drop"  # "every club's Junior Coaches": people in a role, not a name
    if len(names) == 1 and _opening_day(doc, e):
        return "drop"  # "Right, um, Monty, ...": the memo opens with the day, misheard
    if len(names) == 1 and before is not None and before.lower_ == "the" and e.name[-1] != "s":
        return "drop"  # "take them to the Kira", "the Holly concert": not a person
    after = doc[e.end] if e.end < len(doc) else None
    if len(names) == 1 and e.name.endswith("s") and len(e.name) > 3 and after is not None:
        stem = e.name[:-1]
        is_has = after.tag_ in ("JJ", "VBG", "VBN") or after.lower_ in IS_HAS
        if is_has and is_name_word(stem) and not is_name_word(e.name):
            return stem  # "Tobis happy": "Tobi's happy" without its apostrophe; "Lucas said"
    if len(names) == 1 and ordinary(e.name, tokens[-1], words.not_nouns):
        return "drop"  # "Told Wander yes", "Rang Loath about it": a misheard word
    return None


def _org_verdict(
    doc: Any,
    e: Any,
    tokens: Any,
    before: Any,
    after: Any,
    words: Dictionary,
    surnames: set[str],
) -> str | None:
    names = e.name.split()
    suffixes = lexicon.org_suffixes()
    if (
        len(names) >= 2
        and names[-1].lower() in GRANTS
        and all(_plain(w, words) for w in names[:-1])
        and not _listed_ending(e.name)
    ):
        return "drop"  # "the Hardship Fund", "the Cost of Living Fund": money, no body
    if len(names) == 1:
        t = tokens[-1] if tokens[-1].text not in ("'s", "’s") else tokens[0]
        stem = re.sub(r"['’]s$", "", e.name).lower()
        family = before is not None and before.lower_ == "the" and e.name.endswith(("'s", "’s"))
        if family and stem in surnames:
            return "drop"  # "The Okafor's at number 6": the family, not a shop
        if (
            t.tag_ in ("NNS", "NNPS")
            and _singular(t.lower_) in words.words
            and (before is None or before.lower_ not in ORG_PREPS | {"the"})
        ):
            return "drop"  # "the list on Volunteers" (not "the Samaritans"): a plural noun
        return None
    if (
        tokens[-1].is_lower
        and tokens[-1].lower_ in ROLE_PLURALS
        and tokens[-2].lower_ not in ("and", "&")  # "pennant and partners": a firm's name
    ):
        return "drop"  # "one of the TP partners there"
    if tokens[-1].lower_ in OFFICER_PLURALS and all(
        ordinary(w, None, words.words) for w in names[:-1]
    ):
        return "drop"  # "the Parish Councillors", "Local Trustees": people in a role, no body
    if (
        len(names) == 2
        and is_name_word(names[0])
        and names[-1].lower() not in suffixes
        and not ordinary(names[-1], None, words.words)
        and after is not None
        and after.lower_ in ("at", "from")
    ):
        return "person"  # "an email from Kasia Nowicka at the surgery"
    return None


def _listed_ending(name: str) -> bool:
    """Whether a listed body's name ends with `name`: "the lottery heritage fund" is the
    National Lottery Heritage Fund said short, a body, not a grant."""
    low = " " + name.lower()
    return any((" " + n).endswith(low) for n in lexicon.listed_org_names())


def _plain(word: str, words: Dictionary) -> bool:
    """Whether a word of a name is ordinary speech: an English word or its plural, or a
    small joining word ("Cost of Living", "Access to Work")."""
    low = word.lower()
    return (
        low in JOINING | GRANTS
        or ordinary(word, None, words.words)
        or ordinary(_singular(low), None, words.words)
    )


# Small words inside a scheme's name: "Cost of Living Fund".
JOINING = frozenset({"of", "to", "for", "and", "the", "in", "on", "at"})


def _plural_role(word: str) -> bool:
    """ "Coaches", "Volunteers": the plural of a job, which no one is called."""
    low = word.lower()
    if not low.endswith("s") or low in ROLE_HEADS:
        return False
    return _singular(low) in ROLE_HEADS or (low.endswith("es") and low[:-2] in ROLE_HEADS)


def _opening_day(doc: Any, e: Any) -> bool:
    """A name alone at the opening of a memo ("Right, um, Monty, ...") or set off by commas
    in a list of the week's days that sounds like a day of the week: a memo is spoken to
    oneself, not to someone, and opens or goes on with the day."""
    if e.end < len(doc) and not doc[e.end].is_punct:
        return False
    opening = all(t.is_punct or t.lower_ in OPENERS for t in doc[: e.start])
    days = sum(t.lower_ in WEEKDAYS and t.is_title for t in doc)
    if not opening and not (days >= 2 and e.start > 0 and doc[e.start - 1].is_punct):
        return False  # a week's list ("Week ahead, Monty, ..., Tuesday, ..., Friday")
    import difflib

    low = e.name.lower()
    key = sound_key(low).translate(UNVOICED)
    return any(
        sound_key(day).translate(UNVOICED) == key
        and difflib.SequenceMatcher(None, low, day).ratio() >= 0.6
        for day in WEEKDAYS
    )


def _singular(word: str) -> str:
    """ "parties" -> "party", "boots" -> "boot": the dictionary form of a plural noun."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# "Remember to ask Helen": a reminder to oneself whatever its tense could have been.
REMINDERS = frozenset({"remember", "remind"})
# A sentence before that heads a list of tasks or a task: the command after it is one.
LISTED = re.compile(
    r"\b(?:action|note to self|to-?do|todo|reminder|jobs|things to do|list|tasks)\b", re.I
)
# Sounds opening a sentence before its verb that leave it a bare command or report ("And" or
# "So" before the verb goes on from the task before: "..., and ask the GP about it").
FILLERS = lexicon.UMS | {"oh", "right", "okay", "ok"}


def tense_lost(doc: Any, start_char: int, due: Any) -> bool:
    """ "Dropped the twins at school.", "Talked to Priya about the food.": a report of the day
    that Whisper wrote as a command ("Drop the twins ...", "Talk to Priya ..."), the "-ed" of
    a regular past run into the "t", "d" or "th" that follows it. A sentence that opens on
    such a verb, with no day to do it by, is read as the report; a command with a day
    ("Email the school by Friday"), after another word ("I need to ..."), after a heading or
    beside another command ("Send the draft to Sue. Book the tickets.") stays.

    `start_char` is where a follow-up starts in `doc`, `due` its due date."""
    if due is not None:
        return False
    i = next((t.i for t in doc if t.idx >= start_char), None)
    if i is None:
        return False
    sent = doc[i].sent
    while i + 1 < sent.end and (doc[i].is_punct or doc[i].lower_ in FILLERS):
        i += 1  # "Um, phone the surgery": the verb after the filler
    verb = doc[i]
    head = [t for t in doc[sent.start : i] if not t.is_punct]
    if any(t.lower_ not in FILLERS for t in head):
        return False  # "Monday, drop that form to Dot": a line of a list, not a report
    if sent.start > 0 and (
        doc[sent.start - 1].text == ":" or LISTED.search(doc[sent.start - 1].sent.text)
    ):
        return False  # "To do: text the plumber.", "Action for me. Talk to the head."
    if verb.lower_ not in lexicon.IMPERATIVES or verb.lower_ in REMINDERS:
        return False
    if verb.lower_ in lexicon.IRREGULAR_VERBS:
        return False  # its past is no "-ed": "rang", "sent", "wrote" survive Whisper as they are
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None or nxt.lower_[:1] not in ("t", "d"):
        return False
    beside = [doc[sent.start - 1].sent] if sent.start > 0 else []
    beside += [doc[sent.end].sent] if sent.end < len(doc) else []
    return not any(_commands(s) for s in beside)  # "Send the draft to Sue. Book the tickets."


def _commands(sent: Any) -> bool:
    """Whether a sentence opens on a command verb: one of a list of tasks said in turn."""
    words = [
        t for t in sent if not t.is_punct and t.lower_ not in FILLERS | {"and", "also", "then"}
    ]
    return bool(words) and words[0].lower_ in lexicon.IMPERATIVES
