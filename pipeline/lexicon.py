"""Word lists and gazetteers shared by extraction, follow-ups and the name resolver.

One home for the words that say what a name is: titles ("Dr", "Mr"), the verbs that open a
memo sentence ("Email Kevin", "Met Sunita"), the heads of job titles ("head of", "governor"),
and the UK gazetteers shipped as data files in `pipeline/data/` (local authorities,
organisation names and suffixes, places, and the app names and common nouns that are no
entity at all). The data files are plain text, one entry a line, so adding a borough or a
charity is a one-line change that needs no code.

Nothing here imports spaCy; the gazetteers are read on first use and cached, and so are the
world's first names (from Faker) and the English words they are checked against (from the
spaCy model's lemmatizer files, read without loading a pipeline).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

# Titles are not part of a name: "Dr Helen Marsh" and "Helen Marsh" are one person.
TITLES = frozenset({
    "dr", "dr.", "doctor", "prof", "prof.", "professor", "mr", "mr.", "mrs", "mrs.", "ms",
    "ms.", "miss", "sir", "dame", "lord", "lady", "councillor", "cllr", "rev", "reverend",
    "pastor", "vicar", "imam", "rabbi", "father", "sister", "brother", "councilor",
    # family titles, said of kin and of elders who are not: "Auntie Pat", "Uncle Dev"
    "auntie", "aunty", "aunt", "uncle", "nan", "nana", "nanna", "grandma", "granny", "grandad",
    "grandpa", "mama", "papa", "baba", "cousin",
    # elders and officers of a church, said before the name: "Mother Comfort", "Deacon Ade"
    "mother", "deacon", "deaconess", "bishop", "canon",
    # police ranks said before a name like a title: "PCSO Craddock", "Sergeant Okoro"
    "pcso", "sergeant", "sgt",
    # Polish for Mrs and Miss, said before a surname or a first name: "Pani Nowak"
    "pani",
    # Welsh for uncle ("Yncl Huw"; "Anti" for auntie is below) and Polish for a priest ("Ksiądz
    # Marek")
    "yncl", "ksiądz", "ksiadz",
    # Lithuanian for Mrs and Mr, said before a first name as often as a surname: "Ponia Rasa"
    "ponia", "ponas",
    # Muslim honorifics said before a first name: one who has made the hajj ("Haji Bashir",
    # West African "Alhaji Musa", "Alhaja Bisi"), a scholar or teacher ("Maulana Yusuf",
    # "Mufti Ismail", "Ustadh Karim")
    "haji", "hajji", "alhaji", "alhaja", "hajia", "maulana", "moulana", "maulvi", "molvi",
    "mufti", "ustadh", "ustaz",
})  # fmt: skip
# Titles that are an English word too in lower case: only capitalised are they a title ("Pan
# Kubiak" is Mr Kubiak in Polish; "the pan" is a pan; "Anti Rhiannedd" is her Welsh auntie).
CASED_TITLES = frozenset({"Pan", "Anti"})
# Ranks of the forces, the police and the fire service, said before a surname like a title
# ("Petty Officer Varghese", "Watch Manager Pritchard", "DS Okafor"): one or more words, matched
# longest first. Not part of the name, so the rank with the surname is the one known person.
RANK_TITLES = tuple(sorted({
    # armed forces and cadets
    "petty officer", "chief petty officer", "warrant officer", "leading seaman", "able seaman",
    "lance corporal", "corporal", "staff sergeant", "colour sergeant", "flight sergeant",
    "lieutenant", "second lieutenant", "sub lieutenant", "flight lieutenant",
    "lieutenant commander", "lieutenant colonel", "captain", "group captain", "major",
    "colonel", "brigadier", "commander", "wing commander", "squadron leader", "commodore",
    "admiral", "rear admiral", "vice admiral",
    # police
    "constable", "police constable", "pc", "detective constable", "dc", "detective sergeant",
    "ds", "inspector", "detective inspector", "chief inspector",
    "detective chief inspector", "dci", "superintendent", "chief superintendent",
    "chief constable",
    # fire and rescue
    "firefighter", "leading firefighter", "crew manager", "watch manager", "station manager",
    "group manager", "station officer", "sub officer", "divisional officer",
}, key=lambda r: (-len(r.split()), r)))  # fmt: skip
# Words that are a title only before a first name: "Coach Marcus", "Nurse Jo", not "the Coach
# House" or "nurse practitioner".
TITLES_BEFORE_A_FIRST_NAME = frozenset({"coach", "nurse"})
# Jobs said before a surname as a title ("Matron Hughes", "Judge Carrington", "nurse okafor"),
# which are ordinary words too ("the nurse said"): a name only where a name follows.
JOB_TITLES = frozenset({
    "nurse", "matron", "midwife", "judge", "officer", "constable", "inspector", "detective",
    "coach",
})  # fmt: skip
# Titles that are also a job become the person's role ("Professor Amir Khan").
TITLE_ROLES = {
    "prof": "professor", "prof.": "professor", "professor": "professor", "dr": "doctor",
    "dr.": "doctor", "doctor": "doctor", "councillor": "councillor", "cllr": "councillor",
    "councilor": "councillor", "reverend": "reverend", "rev": "reverend", "vicar": "vicar",
    "pastor": "pastor", "imam": "imam", "rabbi": "rabbi", "coach": "coach",
    "pcso": "PCSO", "sergeant": "sergeant", "sgt": "sergeant",
}  # fmt: skip


# The sex a title says its bearer is, where it says one: "Mrs Lakhani", "Uncle Dev".
TITLE_SEXES = {
    **dict.fromkeys((
        "mrs", "ms", "miss", "sister", "lady", "dame", "madam", "mum", "nan", "nana", "auntie",
        "aunty", "aunt", "grandma", "granny", "pani", "ponia", "alhaja", "hajia", "anti",
    ), "f"),
    **dict.fromkeys(
        ("mr", "father", "sir", "brother", "lord", "dad", "uncle", "grandad", "grandpa", "pan",
         "ponas", "alhaji", "maulana", "moulana", "maulvi", "molvi", "yncl", "ksiądz", "ksiadz"),
        "m",
    ),
}  # fmt: skip


def title_fits(title: str | None, name: str) -> bool:
    """Whether `title` can be said of the person called `name`: "Mrs" not of a Lennox, whose
    first name the lists give to men only, nor of a "Mr Holt" (a name said with its title);
    any title of a name the lists give no sex."""
    sex = TITLE_SEXES.get((title or "").lower().rstrip("."))
    first = (name.split() or [""])[0].lower()
    return not sex or TITLE_SEXES.get(first.rstrip("."), name_sexes().get(first, sex)) == sex


def split_title(name: str) -> tuple[str | None, str]:
    """("Dr", "Helen Marsh") from "Dr. Helen Marsh"; (None, name) when there is no title;
    ("Watch Manager", "Pritchard") from a rank before a capitalised name."""
    first, _, rest = name.strip().partition(" ")
    if rest.strip() and (first.lower() in TITLES or first in CASED_TITLES):
        return first.rstrip("."), rest.strip()
    words = name.split()
    for rank in RANK_TITLES:
        n = len(rank.split())
        if (
            len(words) > n
            and " ".join(words[:n]).lower() == rank
            and all(w[:1].isupper() for w in words[: n + 1])
            and (len(rank) > 3 or words[0].isupper())  # "DS Okafor", not "Pc"
        ):
            return " ".join(words[:n]), " ".join(words[n:])
    after = rest.split()
    if after and first.lower() in TITLES_BEFORE_A_FIRST_NAME and after[0].lower() in first_names():
        return first, rest.strip()
    return None, name.strip()


# Base forms of the verbs of getting in touch with someone or a body: "ring Froth Fixers",
# "need to email Sharps Direct".
CONTACT_VERBS = frozenset({"ring", "call", "phone", "chase", "email", "contact", "text", "message"})

# Base forms of the commands a memo gives its speaker ("Email Kevin", "Book the hall").
# Extraction never lets them start a name; follow-ups treat them as a command to oneself.
COMMAND_VERBS = frozenset({
    "email", "e-mail", "call", "phone", "ring", "text", "ping", "message", "send", "ask",
    "tell", "remind", "follow", "chase", "check", "book", "set", "arrange", "schedule",
    "organise", "organize", "introduce", "invite", "contact", "reply", "write", "draft",
    "prepare", "share", "forward", "confirm", "thank", "buy", "order", "get", "sort", "meet",
    "talk", "speak", "visit", "let", "catch",
})  # fmt: skip
# Small words inside surnames: "Ana de la Cruz", "Pieter van der Berg", "Aoife Ni Bhriain",
# "Dafydd ap Gwilym".
PARTICLES = frozenset({
    "de", "da", "di", "del", "della", "dos", "das", "du", "la", "le", "van", "von", "der",
    "den", "ter", "ten", "bin", "ibn", "ni", "ní", "nic", "mac", "ó", "st", "ap", "ab",
})  # fmt: skip
# Past forms and openers of a report ("Met Sunita", "Spoke to ..."): never part of a name.
REPORT_WORDS = frozenset({
    "met", "talked", "spoke", "see", "called", "emailed", "texted", "rang", "phoned",
    "messaged", "pinged", "bumped", "chatted", "saw", "lunch", "coffee", "dinner", "drinks",
    "also", "and", "then", "so", "note", "quick", "um", "er", "erm", "uh", "sorry", "right",
    "okay", "ok", "oh", "anyway", "actually", "yeah", "well", "paid", "thanked", "asked",
    "told", "gave", "sent", "helped", "visited", "invited", "booked", "owe", "pay", "help",
    "congratulate", "congratulated", "wished", "got",
})  # fmt: skip
# Verbs that open a memo sentence as a command or a report; never (the start of) a name.
ACTION_VERBS = COMMAND_VERBS | REPORT_WORDS
# Commands to oneself that open a follow-up. Past forms ("called", "met") are reports.
IMPERATIVES = COMMAND_VERBS | frozenset({
    "respond", "pick", "look", "find", "review", "update", "sign", "pay", "fix", "finish",
    "submit", "post", "print", "research", "put", "add", "cancel", "renew", "register",
    "remember", "make", "try", "go", "pop", "drop", "bring", "take", "return", "collect",
    "mull", "think", "dig", "reach", "nudge", "fill", "apply", "log", "clear", "move", "read",
    "invoice", "practise", "rehearse", "revise",
})  # fmt: skip

# The common verbs whose past or past participle is no "-ed": base, past, past participle.
# One table for every rule that tells a tense by the word: a command whose "-ed" Whisper
# could not have lost ("Rang Ellie" is no "Rung"), a sentence-opening past before a name
# ("Lent Clive the drill"), and "I'd rung the council" (I had) from "I'd ring" (I would),
# where spaCy takes "rung" for a base verb.
IRREGULAR_VERBS: dict[str, tuple[str, str]] = {
    "be": ("was", "been"), "bear": ("bore", "borne"), "beat": ("beat", "beaten"),
    "become": ("became", "become"), "begin": ("began", "begun"), "bend": ("bent", "bent"),
    "bet": ("bet", "bet"), "bind": ("bound", "bound"), "bite": ("bit", "bitten"),
    "blow": ("blew", "blown"), "break": ("broke", "broken"), "bring": ("brought", "brought"),
    "build": ("built", "built"), "burn": ("burnt", "burnt"), "buy": ("bought", "bought"),
    "catch": ("caught", "caught"), "choose": ("chose", "chosen"), "come": ("came", "come"),
    "cost": ("cost", "cost"), "cut": ("cut", "cut"), "deal": ("dealt", "dealt"),
    "dig": ("dug", "dug"), "do": ("did", "done"), "draw": ("drew", "drawn"),
    "drink": ("drank", "drunk"), "drive": ("drove", "driven"), "eat": ("ate", "eaten"),
    "fall": ("fell", "fallen"), "feed": ("fed", "fed"), "feel": ("felt", "felt"),
    "fight": ("fought", "fought"), "find": ("found", "found"), "fly": ("flew", "flown"),
    "forget": ("forgot", "forgotten"), "forgive": ("forgave", "forgiven"),
    "freeze": ("froze", "frozen"), "get": ("got", "got"), "give": ("gave", "given"),
    "go": ("went", "gone"), "grow": ("grew", "grown"), "hang": ("hung", "hung"),
    "have": ("had", "had"), "hear": ("heard", "heard"), "hide": ("hid", "hidden"),
    "hit": ("hit", "hit"), "hold": ("held", "held"), "hurt": ("hurt", "hurt"),
    "keep": ("kept", "kept"), "know": ("knew", "known"), "lay": ("laid", "laid"),
    "lead": ("led", "led"), "learn": ("learnt", "learnt"), "leave": ("left", "left"),
    "lend": ("lent", "lent"), "let": ("let", "let"), "lie": ("lay", "lain"),
    "lose": ("lost", "lost"), "make": ("made", "made"), "mean": ("meant", "meant"),
    "meet": ("met", "met"), "pay": ("paid", "paid"), "put": ("put", "put"),
    "quit": ("quit", "quit"), "read": ("read", "read"), "ride": ("rode", "ridden"),
    "ring": ("rang", "rung"), "rise": ("rose", "risen"), "run": ("ran", "run"),
    "say": ("said", "said"), "see": ("saw", "seen"), "seek": ("sought", "sought"),
    "sell": ("sold", "sold"), "send": ("sent", "sent"), "set": ("set", "set"),
    "shake": ("shook", "shaken"), "shoot": ("shot", "shot"), "show": ("showed", "shown"),
    "shut": ("shut", "shut"), "sing": ("sang", "sung"), "sink": ("sank", "sunk"),
    "sit": ("sat", "sat"), "sleep": ("slept", "slept"), "speak": ("spoke", "spoken"),
    "spend": ("spent", "spent"), "spread": ("spread", "spread"), "stand": ("stood", "stood"),
    "steal": ("stole", "stolen"), "stick": ("stuck", "stuck"), "strike": ("struck", "struck"),
    "swear": ("swore", "sworn"), "sweep": ("swept", "swept"), "swim": ("swam", "swum"),
    "take": ("took", "taken"), "teach": ("taught", "taught"), "tear": ("tore", "torn"),
    "tell": ("told", "told"), "think": ("thought", "thought"), "throw": ("threw", "thrown"),
    "understand": ("understood", "understood"), "wake": ("woke", "woken"),
    "wear": ("wore", "worn"), "win": ("won", "won"), "write": ("wrote", "written"),
}  # fmt: skip
IRREGULAR_PASTS = frozenset(past for past, _ in IRREGULAR_VERBS.values())
# Past forms and past participles no verb of the table says in its base form: "rung",
# "sent", "taken" (not "put", "read", "come", "run", whose tense the word does not tell).
PAST_FORMS = frozenset(
    form for past, done in IRREGULAR_VERBS.values() for form in (past, done)
) - frozenset(IRREGULAR_VERBS)

# Words said before what a clause says, looked past to find its first word: "so", "also",
# "um", "right", "and then". Follow-ups and whom they concern both read them.
FILLERS = {
    "also", "so", "and", "then", "oh", "ok", "okay", "right", "plus", "please", "um", "uh",
    "but", "now", "just", "quickly", "and,", "actually", "anyway", "finally", "first",
    "er", "erm", "sorry",
}  # fmt: skip

# The sounds of a speaker hesitating, and no word: "um", "er". The fillers above and
# `heard.FILLERS` hold them with the words said as idly.
UMS = frozenset({"um", "er", "erm", "uh"})

# Scots "from" and "with", and the English words they are ("a lady fae citizens advice",
# "back fae the surgery wi Gran"): words of speech that join no name, as "from" and "with" do
# not; read as the English ones only when written in lower case ("the WI" is a body).
SCOTS_SAID_AS = {"fae": "from", "frae": "from", "wi": "with"}

# Heads of job titles: "head of marketing", "finance director", "a governor at ...".
ROLE_HEADS = frozenset({
    "head", "director", "manager", "lead", "leader", "chair", "chairman", "chairwoman",
    "treasurer", "secretary", "partner", "designer", "owner", "founder", "co-founder",
    "consultant", "executive", "officer", "engineer", "developer", "coach", "president",
    "principal", "teacher", "headteacher", "professor", "lecturer",
    "researcher", "analyst", "architect", "editor", "producer", "nurse", "doctor", "gp",
    "surgeon", "lawyer", "solicitor", "accountant", "buyer", "recruiter", "ceo", "cto", "cfo",
    "coo", "vp", "governor", "trustee", "volunteer", "administrator", "coordinator",
    "co-ordinator", "specialist", "advisor", "adviser", "planner", "scientist", "student",
    "intern", "associate", "assistant", "deputy", "clerk", "captain", "organiser",
    "organizer", "representative", "rep", "agent", "investor", "receptionist", "pharmacist",
    "vet", "dentist", "librarian", "curator", "programmer", "member", "worker", "caseworker",
    "councillor", "mp", "vicar", "pastor", "priest", "imam", "rabbi", "warden", "caretaker",
    "steward", "midwife", "paramedic", "firefighter", "sergeant", "inspector",
    "constable", "pcso", "senco", "mentor", "tutor", "therapist",
    "counsellor", "physio", "physiotherapist", "practitioner", "matron",
    "registrar", "fundraiser", "ambassador", "champion", "superintendent", "surveyor",
    "prescriber", "plumber", "electrician", "builder", "cleaner", "driver", "chef", "cook",
    "landlord", "team", "department", "partners", "mechanic", "technician", "conveyancer",
    "paralegal", "barrister", "carer", "gardener", "decorator", "joiner", "roofer", "locksmith",
    "negotiator", "auditor", "bookkeeper", "cashier", "supervisor", "foreman", "apprentice",
    "trainee", "fitter", "installer", "hairdresser", "barber", "florist", "baker", "butcher",
    "barista", "porter", "housekeeper", "nanny", "childminder", "headmaster", "headmistress",
    "chaplain", "curate", "deacon", "minister", "verger", "churchwarden", "referee", "umpire",
    "groundsman", "optician", "optometrist", "radiographer", "psychologist", "psychiatrist",
    "dietitian", "podiatrist", "osteopath", "chiropractor", "clinician", "keyworker",
    "handyman", "handyperson", "salesman", "saleswoman", "postman", "postwoman", "dispenser",
    "locum", "audiologist", "hygienist", "bursar", "barmaid", "bartender", "boss",
    "reporter", "journalist", "keyholder", "organist", "befriender",
    "instructor", "landlady", "proprietor", "lifeguard", "chairperson",
    "handler", "assessor", "adjuster", "underwriter", "valuer", "estimator", "examiner",
    "invigilator",  # "the claims handler on it", "his assessor", "a loss adjuster"
    "visitor",  # a health visitor, a prison visitor
    "ot", "hca",  # an occupational therapist, a healthcare assistant, as said: "an OT at X"
    "conductor", "controller", "auctioneer", "adjudicator", "fishmonger", "broker",
    "dealer",  # "he's a dealer from X", an antiques or car dealer
})  # fmt: skip
# Words in front of a role that say when, not what.
ROLE_DROP = frozenset({"new", "old", "former", "current", "now", "ex", "acting", "then"})

# Last words that make a capitalised name a place: "Victoria Park", "Hackney Marshes".
PLACE_SUFFIXES = frozenset({
    "park", "marshes", "marsh", "common", "heath", "station", "airport", "road", "street",
    "lane", "avenue", "square", "hill", "green", "gardens", "fields", "field", "beach",
    "stadium", "bridge", "market", "wharf", "quay", "harbour", "village", "town", "valley",
    "forest", "wood", "woods", "estate", "broadway", "terrace", "crescent", "circus", "rec",
    "recreation", "pool", "lido", "baths", "playground", "allotments", "allotment",
    "parade", "way", "grove", "rise", "close", "row", "walk", "reservoir", "canal",
    "pools", "library", "memorial", "playing", "centre", "center", "lanes", "palace",
    "ponds", "pond", "cemetery", "mall", "arcade", "yard", "mews", "embankment", "gate", "crossing",
    "corner", "edge",  # "Tally Ho Corner", "Curbar Edge"
})  # fmt: skip
# Venues: a place, not an organisation, when named ("Hornsey Town Hall", "the Union Chapel").
VENUE_SUFFIXES = frozenset({
    "hall", "halls", "pavilion", "pavilions", "arena", "arenas", "hut", "centre", "center",
})  # fmt: skip


# Head nouns of happenings that have a date: "the jumble sale on the sixth", "board meeting".
EVENT_NOUNS = frozenset({
    "meeting", "sale", "fair", "fete", "concert", "trip", "party", "festival", "match",
    "game", "assembly", "workshop", "session", "appointment", "agm", "quiz", "show", "play",
    "performance", "exhibition", "launch", "celebration", "ceremony", "wedding", "funeral",
    "class", "rehearsal", "training", "tournament", "market", "morning", "breakfast",
    "lunch", "dinner", "drop-in", "visit", "tour", "walk", "run", "race", "service",
    "parade", "screening", "talk", "lecture", "conference", "event", "evening", "night",
    "interview", "review", "inspection", "briefing", "consultation", "hearing",
    "opening", "day", "social", "disco", "panto", "pantomime", "nativity", "gala", "sports",
    "clean-up", "cleanup", "litter-pick", "picnic", "barbecue", "bbq", "ceilidh", "dance",
    "auction", "raffle", "draw", "vigil", "march", "rally", "surgery", "clinic", "forum",
    "committee", "board", "call", "webinar", "away-day", "retreat", "residential", "panel",
    "meal", "survey", "course", "collection", "appeal", "fun", "bazaar", "fayre", "hunt",
    "sleepover", "outing", "excursion", "camp", "test", "fixture", "catch-up", "scan",
    "check-up", "checkup", "jab", "dash", "semi", "semi-final", "recital", "gig", "christening",
    "baptism", "graduation", "prom", "reunion", "audition", "tribunal", "induction",
    "appraisal", "bingo", "supper",
    # shifts worked on a day: "I'm on nights the 11th, 12th and 13th", "lates Monday to Wednesday"
    "shift", "shifts", "nights", "lates", "earlies",
})  # fmt: skip
# Languages spoken in the UK, by the names English gives them: "a leaflet in Punjabi and
# English" names two languages, whatever an NER labels the words (a place, a nationality).
LANGUAGES = frozenset({
    "english", "welsh", "gaelic", "irish", "scots", "cornish", "polish", "romanian",
    "lithuanian", "latvian", "bulgarian", "russian", "ukrainian", "czech", "slovak",
    "hungarian", "portuguese", "spanish", "french", "german", "italian", "greek", "turkish",
    "kurdish", "albanian", "arabic", "farsi", "persian", "dari", "pashto", "urdu", "punjabi",
    "hindi", "gujarati", "bengali", "bangla", "sylheti", "tamil", "telugu", "malayalam",
    "marathi", "nepali", "sinhala", "mandarin", "cantonese", "chinese", "japanese", "korean",
    "vietnamese", "thai", "tagalog", "somali", "amharic", "tigrinya", "swahili", "yoruba",
    "igbo", "hausa", "twi", "akan", "shona", "lingala", "hebrew", "yiddish", "dutch",
    "swedish", "norwegian", "danish", "finnish", "croatian", "serbian", "bosnian",
    "slovenian", "estonian", "makaton", "bsl",
})  # fmt: skip
# Event nouns that need a word in front to be one: "open day", "coffee morning", "quiz night".
EVENT_NEEDS_MODIFIER = frozenset({
    "day", "morning", "evening", "night", "service", "call", "visit", "walk", "run",
    "review", "market", "board", "committee", "draw", "surgery", "clinic", "session",
    "talk", "march", "lunch", "dinner", "breakfast", "show", "play", "game", "event",
    "survey", "course", "collection", "meal", "appeal", "camp", "test", "dash", "semi",
    "supper", "shift",
})  # fmt: skip


def _lines(name: str) -> tuple[str, ...]:
    from importlib import resources  # only extraction reads the data files

    text = resources.files("pipeline").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def characters() -> dict[str, frozenset[str]]:
    """Characters of well-known works, each with the titles of the works it is in ("elsa":
    {"frozen"}), from `data/characters.txt`."""
    works: dict[str, set[str]] = {}
    for line in _lines("characters.txt"):
        title, _, names = line.partition(":")
        for name in names.split(","):
            works.setdefault(name.strip().lower(), set()).add(title.strip().lower())
    return {name: frozenset(titles) for name, titles in works.items()}


@cache
def org_suffixes() -> frozenset[str]:
    """Last words that make a capitalised name an organisation (Council, Primary, Trust...)."""
    return frozenset(w.lower() for w in _lines("org_suffixes.txt"))


@cache
def authorities() -> tuple[str, ...]:
    """UK local authorities by place name ("Haringey", "Barking and Dagenham")."""
    return _lines("uk_authorities.txt")


@cache
def places() -> tuple[str, ...]:
    """Neighbourhoods, parks and venues (London first) that are places, never people."""
    return _lines("places.txt")


@cache
def settlements() -> frozenset[str]:
    """The UK's towns, villages and town districts of over five hundred people (GeoNames), lower
    case: "Romford", "Stannington", "Stepney". Far more than `places()`, and many are words or
    names too ("Hope", "Stanley", "Street"), so a settlement is only weighed as a whole name:
    its words make no `place_words()` and block no first name. A frozenset read once."""
    return frozenset(n.lower() for n in _lines("uk_settlements.txt"))


@cache
def org_names() -> tuple[str, ...]:
    """Organisation names and patterns said in lower case ("the fire service", "age uk {place}")."""
    return _lines("org_names.txt")


@cache
def listed_org_names() -> frozenset[str]:
    """The listed organisation names that stand alone (no "{place}" in them), lower case."""
    return frozenset(n.lower() for n in org_names() if "{" not in n)


@cache
def not_entities() -> frozenset[str]:
    """Whole names that are neither a person nor an organisation ("GP", "WhatsApp")."""
    return frozenset(w.lower() for w in _lines("not_entities.txt"))


# Letters NFKD does not take apart: "Łukasz" is "Lukasz", "Søren" "Soren", "Strauß" "Strauss".
_UNFOLDED = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
    "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "ħ": "h",
})  # fmt: skip


def fold(text: str) -> str:
    """`text` without accents: "Zoë" -> "Zoe", "Łukasz" -> "Lukasz", "Sebastián" ->
    "Sebastian". Plain ASCII comes back as it is, at no cost."""
    if text.isascii():
        return text
    import unicodedata  # only accented text needs it

    text = unicodedata.normalize("NFKD", text.translate(_UNFOLDED))
    return "".join(c for c in text if not unicodedata.combining(c))


class FoldedNames(frozenset):
    """A set of names (lower case) that holds a name said with accents when it holds the
    name without them: "josé" is in it when "jose" is. Lists are written in plain letters
    and people are named with theirs, so every lookup of a first name folds. Unions with
    other word sets stay folding when the names come first ("first_names() | NOT_NAME")."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        return (
            isinstance(word, str)
            and not word.isascii()
            and frozenset.__contains__(self, fold(word))
        )

    def __or__(self, other: Any) -> WordSets:
        return WordSets((self, other))

    __ror__ = __or__

    def __sub__(self, other: Any) -> FoldedNames:
        return FoldedNames(frozenset.__sub__(self, frozenset(other)))

    def isdisjoint(self, other: Any) -> bool:
        return not any(w in self for w in other)


class WordSets:
    """Several word sets asked as one ("first_names() | NOT_NAME") without copying them: the
    first-name list is tens of thousands of names, and rules ask such unions per memo."""

    __slots__ = ("parts",)

    def __init__(self, parts: tuple[Any, ...]) -> None:
        self.parts = parts

    def __contains__(self, word: object) -> bool:
        return any(word in part for part in self.parts)

    def __or__(self, other: Any) -> WordSets:
        return WordSets((*self.parts, other))

    __ror__ = __or__

    def __iter__(self) -> Any:
        return iter(frozenset().union(*self.parts))

    def isdisjoint(self, other: Any) -> bool:
        return not any(w in self for w in other)


class FoldedTable(dict):
    """A table keyed by names (lower case) that finds a name said with accents under its
    plain form, as `FoldedNames` does."""

    def _key(self, word: object) -> object:
        if isinstance(word, str) and not dict.__contains__(self, word):
            return fold(word)
        return word

    def __contains__(self, word: object) -> bool:
        return dict.__contains__(self, self._key(word))

    def __getitem__(self, word: object) -> Any:
        return dict.__getitem__(self, self._key(word))

    def get(self, word: object, default: Any = None) -> Any:
        return dict.get(self, self._key(word), default)


@cache
def first_names() -> FoldedNames:
    """First names (lower case): the common ones and the world's (`world_first_names`). A word
    on it before a surname or said in lower case after "met" is a person's name. Accents are
    folded ("Sebastián" is listed "sebastian")."""
    return FoldedNames(frozenset.union(common_first_names(), world_first_names()))


@cache
def name_syllables() -> frozenset[str]:
    """Syllables of Korean given names ("eun", "ji"), from `data/name_syllables.txt`: two of
    them joined by a hyphen ("Eun-ji") are a first name."""
    return frozenset(w for line in _lines("name_syllables.txt") for w in line.split())


@cache
def common_first_names() -> FoldedNames:
    """First names common in Britain, of many backgrounds, with every short and long form of
    the nickname list. Where a name must outweigh other evidence (an organisation the NER
    read, a shop's "'s", a clipped name) only these count: a rare name is also a firm's."""
    words = {w.lower() for line in _lines("first_names.txt") for w in line.split()}
    words |= set(nicknames())
    return FoldedNames(words | {fold(w) for w in words})


@cache
def world_first_names() -> frozenset[str]:
    """First names people are given around the world, from Faker's person lists (real names
    by country, in some 80 locales), less every ordinary English word ("april", "hope", "art")
    and every word of a known place. The curated `first_names.txt` cannot keep up with the
    names of a British city; a name missing from it is read as a firm or as nothing. Each name
    is listed as written (lower case) and with its accents folded ("josé", "jose")."""
    if not english_words():
        return frozenset()  # a model with no word list: "april" and "hope" cannot be told apart
    # Also each irregular form of a word ("ran", "media") and the small words ("else").
    forms = {w for words in _lemmas("lemma_exc").values() for w in words}
    words = english_words() | forms | SMALL_WORDS | place_words()
    return frozenset(n for n in _faker_first_names() if len(n) > 3 and n not in words)


@cache
def _faker_first_names() -> dict[str, frozenset[str]]:
    """Each first name on Faker's person lists (lower case, and with its accents folded) ->
    the lists it is on: "first_names", "first_names_male", "first_names_female"."""
    on: dict[str, set[str]] = {}
    for attr in ("first_names", "first_names_male", "first_names_female"):
        for name in _faker_names(attr):
            for form in {name.lower(), fold(name.lower())}:
                on.setdefault(form, set()).add(attr)
    return {name: frozenset(lists) for name, lists in on.items()}


@cache
def surnames() -> frozenset[str]:
    """Surnames on Faker's person lists (lower case, in some 80 locales): "Smith", "Baker" and
    "Wood" are ordinary words and surnames too, where "cub" and "lioness" are words only.
    Empty where Faker is not installed."""
    return frozenset(n.lower() for n in _faker_names("last_names"))


def _faker_names(attr: str) -> Iterator[str]:
    """The names in Latin letters on one of Faker's person lists (`attr`: "first_names",
    "last_names", ...) in every locale; none where Faker is not installed (the curated lists
    stand alone)."""
    import importlib
    import pkgutil

    try:
        import faker.providers.person as person
    except ImportError:
        return
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        names = getattr(provider, attr, ())  # some locales make one a property
        if isinstance(names, dict | list | tuple):
            yield from (n for n in names if LATIN_NAME.fullmatch(n))


# Words WordNet does not list (it has no function words) that some country gives as a name.
SMALL_WORDS = frozenset({
    "else", "among", "amid", "upon", "unto", "onto", "into", "thus", "whom", "whose", "than",
    "then", "were", "what", "when", "with", "from", "this", "that", "they", "them",
})  # fmt: skip

LATIN_NAME = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


@cache
def english_words() -> frozenset[str]:
    """Ordinary English words: WordNet's lemmas, as the spaCy model's lemmatizer lists them
    (what `heard.Dictionary.words` holds), read from the model's files so that asking costs
    no pipeline. Empty where the model has no such index."""
    return frozenset(w for words in _lemmas("lemma_index").values() for w in words if "_" not in w)


@cache
def _lemmas(table: str) -> dict[str, Any]:
    """One table of the spaCy model's lemmatizer lookups, by part of speech."""
    from pathlib import Path

    import srsly

    from .nlp import spacy_model  # nlp imports this module

    model = Path(spacy_model())
    if not model.is_dir():
        from importlib.util import find_spec

        spec = find_spec(str(model))
        roots = spec.submodule_search_locations if spec else None
        model = next((p.parent for r in roots or () for p in Path(r).glob("*/lemmatizer")), model)
    index = model / "lemmatizer" / "lookups" / "lookups.bin"
    return srsly.read_msgpack(index).get(table, {}) if index.exists() else {}


@cache
def nicknames() -> FoldedTable:
    """Every first-name form (lower case) with the other forms of the same name:
    "pete" -> {"peter"}, "peter" -> {"pete"}; "josé" finds "jose"'s forms."""
    out: dict[str, set[str]] = {}
    for line in _lines("nicknames.txt"):
        forms = [w.lower() for w in line.split()]
        for f in forms:
            out.setdefault(f, set()).update(x for x in forms if x != f)
    return FoldedTable({k: frozenset(v) for k, v in out.items()})


@cache
def formal_names() -> FoldedNames:
    """The full forms of the nickname list ("william", "margaret"), not the short ones."""
    return FoldedNames(line.split()[0].lower() for line in _lines("nicknames.txt"))


@cache
def name_sexes() -> FoldedTable:
    """First name (lower case) -> "f" or "m", from `data/name_sexes.txt`; a short form
    takes its full forms' sex where they agree ("Gav" is Gavin's; not "Chris", nor "Jo"); a
    world name the country lists give one sex only takes that one ("Dorcas", "Leopold").
    Accents are folded ("Renée" is Renee's)."""
    out: dict[str, str] = {}
    both: set[str] = set()
    for line in _lines("name_sexes.txt"):
        sex, _, names = line.partition(":")
        if sex in ("f", "m"):
            out.update((n, sex) for n in names.split())
        elif sex == "b":
            both.update(names.split())
    full = formal_names()

    def short_forms() -> None:
        for short, forms in nicknames().items():
            said = {out.get(f) for f in forms if f in full}
            if short not in out and len(said) == 1 and None not in said:
                out[short] = said.pop()

    # A short form of a listed name first: "Jess" is Jessica's, though a country's list of
    # men's names has a Jess ("Miss Farrant" is Jess Farrant).
    short_forms()
    # The world's names a country lists for one sex only, and none for the other.
    for name in world_first_names() - both:
        lists = _faker_first_names().get(name, frozenset())
        male, female = "first_names_male" in lists, "first_names_female" in lists
        if male != female:
            out.setdefault(name, "m" if male else "f")
    short_forms()
    for name, sex in list(out.items()):
        out.setdefault(fold(name), sex)
    return FoldedTable(out)


# First words of places that are first names too ("Victoria Park", "Bruce Grove"): a person
# called Victoria is still a person.
NAMES_IN_PLACES = frozenset({
    "victoria", "bruce", "lee", "angel", "alexandra", "ally", "regent's", "hyde", "stanley",
    "priory", "mill", "chelsea", "kensington", "kingston", "richmond", "barnet", "sutton",
    "merton", "bromley", "harrow", "bow", "clapton", "stratford", "camden", "hendon",
    "crystal", "devon", "dudley", "milton", "derby", "york", "kent", "stroud", "springfield",
    "durham", "talbot", "galloway", "cheshire", "chester",
    "reading", "bath", "hull", "bury", "luton", "essex", "surrey", "dorset", "somerset",
    "east", "west", "north", "south", "new", "end", "city", "cross", "tower", "oak", "garden",
    "bush", "castle", "palace", "hale", "london", "chipping", "mile", "seven", "sisters",
    "downs", "parliament", "lordship", "bounds", "helens", "keynes", "thames", "palmers",
    "golders", "stamford", "turnpike", "elephant", "gospel", "canary", "wick", "brent",
    "lincoln", "sydenham", "notting", "kings", "king's", "shepherd's", "covent", "crouch",
})  # fmt: skip


@cache
def place_words() -> frozenset[str]:
    """The distinctive words of known places and authorities ("kentish", "muswell"): no
    word of a place is a person's name alone."""
    return (
        frozenset(
            w.lower().strip("'’")
            for name in (*places(), *authorities())
            for w in name.split()
            if w.lower() not in ("and", "of", "upon", "the", "st")
        )
        - PLACE_SUFFIXES
        - VENUE_SUFFIXES
        - NAMES_IN_PLACES
    )
