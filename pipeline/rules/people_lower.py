"""People whose names Whisper wrote in lower case ("so i met fatima begum", "mrs ottilie
brannagh"): no capital letter to go on, so only the words around the name can say it.
"""

from __future__ import annotations

import re
from typing import Any

from .. import heard, lexicon
from ..entities import ACRONYMS, CONTEXT_ID, LOCATIVES, NOT_NAME, VOCAB_ID, _role_word
from ..heard import WORD_NAMES
from ..lexicon import TITLES, org_suffixes
from ..nlp import load_nlp
from .person_words import CLAUSE_OPENERS, KIN, PERSON_DOES, PERSON_NOUNS, TELLING
from .spans import _set_entity
from .words import DETERMINERS, _a_verb_said, _english_words, _lower_name_shaped, _one_word_orgs

# Words after which a first name written in lower case ("so i met fatima begum") is a person.
LOWER_CUES = {
    "met", "meet", "with", "to", "called", "named", "and", "saw", "rang", "emailed", "let",
    "ask", "asked", "tell", "told", "text", "texted", "ring", "phone", "email", "remind",
    "call", "phoned", "messaged",
}  # fmt: skip


# Verbs that take a person first, the thing after: "sent lakshmi the draft", "promised priya
# i'd do it". A first name that is a word too ("paid bill") only with an object after it.
LOWER_GIVING = {
    "sent", "send", "promised", "promise", "gave", "give", "owe", "owed", "paid", "pay",
    "thanked", "thank", "invited", "invite", "messaged", "message", "phoned", "helped", "help",
    "showed", "show", "reminded", "lent", "lend", "bought",
}  # fmt: skip
OBJECT_AFTER = {"the", "a", "an", "some", "her", "his", "my", "our", "their", "i", "i'd", "i'll"}


# Verbs after a first name in lower case that a person does ("horace wants", "ade knows").
LOWER_DOING = {
    "says", "said", "wants", "knows", "thinks", "reckons", "asked", "rang", "texted", "works",
    "from",
}  # fmt: skip


# "o'dowd", "o’brien": a surname with its apostrophe, as Whisper writes one in lower case.
IRISH_SURNAME = re.compile(r"[od]['’][a-z]{3,}")


# Of these, the ones that make even a word no list has a name: "so anyway tadeo rang".
LOWER_SPEAKING = {"says", "said", "rang", "texted", "emailed", "reckons", "phoned"}


# Titles before a name Whisper wrote in lower case: "mrs ottilie brannagh", "councillor okafor".
LOWER_TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "doctor", "councillor", "cllr", "professor", "mister",
    "missus",
}  # fmt: skip
# Titles of kin, elders and faith said before a first name ("auntie bimpe", "pastor femi",
# "brother hassan"), which are words for someone too ("my uncle said"): only a listed first
# name or a word no dictionary has after them is a name.
LOWER_KIN_TITLES = {
    "auntie", "aunty", "uncle", "nana", "nan", "grandma", "grandad", "pastor", "imam", "sister",
    "brother", "deacon", "deaconess", "reverend", *lexicon.JOB_TITLES,
}  # fmt: skip


# What before a word makes it the word, not a name: "some will", "its mark".
BEFORE_A_WORD = DETERMINERS | {"its", "some"}
# Words before a place, not before someone: "in sandra" is somewhere ("call back sandra" is not).
BEFORE_A_PLACE = LOCATIVES | {"from", "into", "by"}


def _lower_case_people(doc: Any, taken: set[int]) -> None:
    """Whisper writes some memos all in lower case: a known first name after a meeting word
    or before a verb of saying is a person, with the lower-case noun after it as the surname;
    so is a known first name before a word no dictionary has ("tamsin okafor"), or before a
    surname's prefix and such a word ("fergus mc donagh")."""
    first_names = lexicon.first_names()
    english = _english_words()
    ruled = {i for e in doc.ents if e.ent_id_ for i in range(e.start, e.end)}  # not guesses
    # A one-word name an earlier memo stored as an organisation was a guess too: a name and a
    # job said with it ("tadeo vilanculo the boss at ...") outweigh it.
    stored_guess = {
        e.start
        for e in doc.ents
        if e.ent_id_ == VOCAB_ID and len(e) == 1 and e.label_ in ("ORG", "GPE")
    }
    dictionary = heard.dictionary(load_nlp())
    guessed = {e.start for e in doc.ents if e.label_ == "PERSON" and len(e) == 1 and not e.ent_id_}
    for t in doc:
        if not t.is_lower or t.lower_ in NOT_NAME:
            continue
        if t.i in stored_guess and english and _lower_name_and_role(doc, t.i, ruled, english):
            _set_entity(doc, t.i, t.i + 2, "PERSON", CONTEXT_ID)
            continue
        if t.i in ruled:
            continue
        if english and (end := _lower_titled_name(doc, t.i, ruled, dictionary)):
            _set_entity(doc, t.i - 1, end, "PERSON", CONTEXT_ID)
            continue
        if english and _lower_unlisted_speaker(doc, t, ruled | taken, english):
            _set_entity(doc, t.i, t.i + 1, "PERSON", CONTEXT_ID)
            continue
        if english and _lower_name_and_role(doc, t.i, ruled, english):
            # "tamsin okafor the head said": the job says it is a name, listed or not (the
            # NER's guess at lower-case words gives way)
            _set_entity(doc, t.i, t.i + 2, "PERSON", CONTEXT_ID)
            continue
        if t.lower_ in first_names and _prefix_and_surname(doc, t.i + 1, ruled, english):
            _set_entity(doc, t.i, t.i + 3, "PERSON")  # "fergus mc donagh came round"
            ruled.update(range(t.i, t.i + 3))
            continue
        if (t.i not in taken or t.i in guessed) and english and _lower_word_name_speaking(doc, t):
            # the NER's own guess at "mark" is weighed as a word later; the cue vouches for it
            _set_entity(doc, t.i, t.i + 1, "PERSON", CONTEXT_ID)
            continue
        if t.i in taken or t.lower_ not in first_names:
            continue
        if t.lower_ in english and t.i > 0 and doc[t.i - 1].lower_ in BEFORE_A_WORD:
            continue  # "the junior coaches": a word, not Junior
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) and t.i + 1 not in taken else None
        if t.tag_ == "MD" and nxt is not None and nxt.tag_ == "VB":
            continue  # "the twins will be at school": a verb, not Will
        if (
            t.i > 0
            and doc[t.i - 1].tag_ == "TO"
            and t.tag_ == "VB"
            and t.lower_ in english
            and nxt is not None
            and nxt.tag_ in ("DT", "PRP", "PRP$", "RP")
        ):
            continue  # "need to jack up the car", "going to sue them": a verb and its object
        surname = (
            nxt is not None
            and nxt.is_lower
            and not nxt.is_stop
            and not _a_verb_done(nxt)
            and (
                # the tagger reads a surname no dictionary has as anything ("chioma eze": ADJ)
                (nxt.is_alpha and (nxt.pos_ in ("PROPN", "NOUN") or nxt.lower_ not in english))
                or IRISH_SURNAME.fullmatch(nxt.text) is not None
            )
        )
        unknown = (
            surname
            and bool(english)
            and len(nxt.text) >= 3
            and nxt.lower_ not in english
            and nxt.lemma_ not in english  # "subs", "coaches": plurals of words
        )
        cued = t.i > 0 and doc[t.i - 1].lower_ in LOWER_CUES | KIN
        # "the guy gerry he's their surveyor": a listed first name after a word for someone
        cued = cued or (
            t.i > 1 and doc[t.i - 1].lower_ in PERSON_NOUNS and doc[t.i - 2].lower_ in DETERMINERS
        )
        # "i need to call back sandra", "dropped it off for kwame": a first name no
        # dictionary has, the object of a verb or a preposition (not "in", "at": a place)
        cued = (
            cued
            or (
                bool(english)
                and t.ent_type_ != "PERSON"  # "farzana qadir": not the surname of one set here
                and t.lower_ not in english
                and t.dep_ in ("dobj", "pobj", "dative")
                and t.lower_ not in lexicon.place_words()
                and (t.i == 0 or doc[t.i - 1].lower_ not in BEFORE_A_PLACE)
                and not any(w.lower_ in BEFORE_A_WORD for w in doc[max(0, t.i - 2) : t.i])
            )
        )  # not "ordered a new charlie": a thing
        if t.i > 0 and doc[t.i - 1].lower_ in LOWER_GIVING:
            cued = t.lower_ not in english or (nxt is not None and nxt.lower_ in OBJECT_AFTER)
            surname = surname and not (nxt.lower_ in english or nxt.lemma_ in english)
        # "chinonso's dad wants to help": a first name whose family is spoken of, even one that
        # is a word too ("ivy's mum rang", not "the summer's"); one no dictionary has is
        # someone's whatever is said to be theirs ("isaac's class")
        owned = (
            t.i + 2 < len(doc)
            and doc[t.i + 1].norm_ in ("'s", "’s")  # "amara's", or "amaras" split
            and doc[t.i + 1].tag_ == "POS"
        )
        kin_of = owned and (
            doc[t.i + 2].lower_ in KIN
            if t.lower_ not in english
            else doc[t.i + 2].lower_ in KIN - {"boy", "girl", "kid", "mate", "friend", "boss"}
        )
        kin_of = kin_of or (
            owned
            and bool(english)
            and t.lower_ not in english
            and t.lower_ not in lexicon.place_words() | _one_word_orgs()  # "nando's"
            and doc[t.i + 2].pos_ == "NOUN"
        )
        # "so tomas teaches at the primary": a first name no dictionary has, then its verb
        doing = kin_of or (
            nxt is not None
            and (
                nxt.lower_ in LOWER_DOING
                or (
                    t.lower_ not in english
                    and (_a_verb_said(doc, nxt.i) or _at_somewhere_and_doing(doc, t.i))
                )
            )
        )
        # "hyacinth blackwood says she can": a first name, a surname and a verb of saying,
        # even where both are words too ("the grace period says" is kept off above)
        # (the tagger reads such a surname as anything: "blackthorn" an adjective)
        speaks = (
            nxt is not None
            and t.i + 2 < len(doc)
            and _lower_name_shaped(nxt)
            and nxt.pos_ in ("PROPN", "NOUN", "ADJ")
            and doc[t.i + 2].lower_ in LOWER_SPEAKING
        )
        if not (cued or unknown or doing or speaks):
            continue
        whole = speaks or (surname and (cued or unknown))
        _set_entity(doc, t.i, t.i + 2 if whole else t.i + 1, "PERSON")


def _a_verb_done(t: Any) -> bool:
    """ "and ifeoma scored", "then kwabena phoned": a past or present form of a verb the
    dictionary has ("scored": "score") after a first name is what the person did, not their
    surname; the dictionary lists the plain form alone, so the word as written is unknown."""
    return t.tag_ in ("VBD", "VBZ") and t.lower_ != t.lemma_ and t.lemma_ in _english_words()


def _possessives_run_on(doc: Any) -> None:
    """ "need a present for amaras party", "efuas asthma review": Whisper drops the apostrophe
    of a first name's "'s" in a memo it writes in lower case. A word no dictionary, first-name
    or surname list has, that is a listed first name and an "s", before a word of what is
    theirs, is split into the name and its "'s" before the tagger and the NER run, so that
    they and the rules after read it as "amara's party". Not "james", "williams" (names as
    they stand) nor "the annas" (a plural, a determiner before it)."""
    names = lexicon.first_names()
    english = _english_words()
    if not english:
        return
    surnames = lexicon.surnames()
    split = [
        t
        for t in doc[:-1]
        if t.is_lower
        and t.is_alpha
        and len(t) >= 5
        and t.lower_.endswith("s")
        and t.lower_[:-1] in names
        and t.lower_[:-1] not in english
        and not any(t.lower_ in words for words in (names, english, surnames, NOT_NAME))
        and doc[t.i + 1].is_alpha
        and doc[t.i + 1].is_lower
        and not doc[t.i + 1].is_stop
        and (t.i == 0 or not any(doc[t.i - 1].lower_ in w for w in (names, DETERMINERS, TITLES)))
    ]
    with doc.retokenize() as r:
        for t in split:
            r.split(
                t, [t.text[:-1], "s"], heads=[(t, 1), t.head], attrs={"NORM": [t.lower_[:-1], "'s"]}
            )


def _prefix_and_surname(doc: Any, i: int, taken: set[int], english: frozenset[str]) -> bool:
    """ "fergus mc donagh", "declan o driscoll": after a first name, a surname's prefix
    written as a word and then a word no dictionary has is the surname, whatever the NER
    guessed of them (`taken`: what the rules decided)."""
    if i + 1 >= len(doc) or i in taken or i + 1 in taken or doc[i].lower_ not in ("mc", "mac", "o"):
        return False
    word = doc[i + 1]
    return (
        word.is_lower
        and word.is_alpha
        and len(word) >= 3
        and bool(english)
        and (word.lower_ not in english)
    )


# Verbs whose object is someone met or got in touch with: "rang frank", "saw dawn at the gate".
CONTACTED = {
    "call", "ring", "rang", "phone", "phoned", "text", "texted", "email", "emailed", "message",
    "messaged", "saw", "met", "meet", "visit", "visited",
}  # fmt: skip
# The two words before someone met: "bumped into rose", "met up with summer".
MET_WITH = {
    ("into", "bumped"), ("into", "ran"), ("with", "up"), ("with", "chatted"),
    ("with", "spoke"), ("with", "talked"), ("with", "coffee"), ("with", "lunch"),
}  # fmt: skip
# What follows such an object, never a word it is part of: "saw dawn at the school gate",
# "call grace tomorrow", "rang frank back"; not "saw dawn break".
CONTACT_AFTER = {
    "about", "at", "back", "today", "tomorrow", "tonight", "yesterday", "earlier", "later",
    "and", "on", "re", "first", "again",
}  # fmt: skip


# Firms said as one word that is a first name too: "rang sky about the broadband".
FIRMS_NAMED_LIKE_SOMEONE = {"sky"}


# First names that are words too, that are never read as someone in lower case: a month.
_MONTH_NAMES = {"april", "may", "june", "august", "will"}


def _lower_word_name_speaking(doc: Any, t: Any) -> bool:
    """ "mark rang about the van", "so rose said", "told bill i'd do it": a first name that
    is a word too ("mark", "rose", "bill"), which no first-name list holds, is someone when
    it opens its clause and rings or says something, or is told something that follows ("i'd",
    "the"). Not a month ("so may said" is rare and "in may" common)."""
    low = t.lower_
    if low not in WORD_NAMES or low in _MONTH_NAMES or t.tag_ == "MD":
        return False
    prev = doc[t.i - 1].lower_ if t.i > 0 else ""
    nxt = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
    if prev in TELLING and nxt in OBJECT_AFTER:
        return True  # "told rose i'd drop them round"
    before = doc[t.i - 2].lower_ if t.i > 1 else ""
    met = prev in CONTACTED or (prev, before) in MET_WITH  # "bumped into rose at tesco"
    if met and (nxt in CONTACT_AFTER or t.i + 1 == len(doc) or doc[t.i + 1].is_punct):
        return low not in FIRMS_NAMED_LIKE_SOMEONE  # "texted dawn about it"; not "rang sky"
    return nxt in LOWER_SPEAKING and (t.i == 0 or t.is_sent_start or prev in CLAUSE_OPENERS)


def _at_somewhere_and_doing(doc: Any, i: int) -> bool:
    """ "abdul at the pinewood medical centre said", "so ravi at the community centre is
    booking it": a first name opening its clause, "at" where they work, and then a verb of
    their own in the same sentence (not "paris at the weekend was lovely": a place)."""
    t = doc[i]
    if i + 3 >= len(doc) or doc[i + 1].lower_ != "at" or t.lower_ in lexicon.place_words():
        return False
    if not (t.is_sent_start or doc[i - 1].lower_ in CLAUSE_OPENERS):
        return False
    end = next((w.i for w in doc[i + 1 :] if w.is_sent_start), len(doc))
    return any(w.is_lower and w.tag_ in ("VBZ", "VBD", "MD") for w in doc[i + 3 : end])


# What a verb's object or particle opens with: "the doctor fills his bit in", "sends it off".
DONE_TO = {"his", "her", "their", "its", "it", "them", "the", "a", "an", "in", "out", "up", "off"}


def _lower_titled_name(doc: Any, i: int, taken: set[int], words: heard.Dictionary) -> int:
    """The end of a name after a title, in lower case: "mrs ottilie brannagh", "councillor
    winifred okereke", "miss kehoe" (not "miss the bus": a first word no dictionary has, or a
    listed first name, then at most one more that is no verb or adjective; or a surname's
    prefix said as a word and the rest, "missus mac donald"); 0 if none."""
    if i == 0 or doc[i - 1].lower_ not in LOWER_TITLES | LOWER_KIN_TITLES:
        return 0
    if not doc[i - 1].is_lower:
        return 0
    kin = doc[i - 1].lower_ in LOWER_KIN_TITLES

    def namelike(t: Any) -> bool:  # "mr o'fearghail" too
        return (
            t.is_lower
            and (t.is_alpha or IRISH_SURNAME.fullmatch(t.text) is not None)
            and len(t) >= 3
            and not t.is_stop
            and t.i not in taken
        )

    t = doc[i]
    if (  # "missus mac donald", "mrs o driscoll": a surname's prefix said as a word
        t.lower_ in ("mc", "mac", "o")
        and i + 1 < len(doc)
        and namelike(doc[i + 1])
        and doc[i + 1].lower_ not in words.not_nouns
        and (doc[i + 1].lower_ not in words.words or doc[i + 1].lower_ in lexicon.first_names())
    ):
        return i + 2
    if not namelike(t) or (t.lower_ in words.words and t.lower_ not in lexicon.first_names()):
        return 0
    if (
        i >= 2
        and doc[i - 2].lower_ in BEFORE_A_WORD
        and t.lower_ not in lexicon.first_names()
        and (t.lemma_.lower() in words.words or t.lower_.removesuffix("s") in words.words)
        and i + 1 < len(doc)
        and doc[i + 1].lower_ in DONE_TO
    ):
        return 0  # "the doctor fills his bit in": the one doing it, not Dr Fills
    if kin and t.lower_ not in lexicon.first_names():
        if t.lower_ in words.words or t.lemma_.lower() in words.words:
            return 0  # "the coach tickets", "my sister said"
        if i >= 2 and doc[i - 2].lower_ in BEFORE_A_WORD:
            return 0
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if (
        nxt is not None
        and namelike(nxt)
        and not (kin and nxt.lower_ in words.words)  # "uncle dayo yesterday"
        and nxt.lower_ not in words.not_nouns
        and nxt.pos_ in ("PROPN", "NOUN")
        and nxt.lower_ not in TITLES
        # "mr o'sullivan ciaran o'sullivan": a surname, then the full name said again
        and not (t.lower_ not in lexicon.first_names() and nxt.lower_ in lexicon.first_names())
        # "for mrs pettifer funds came in": a surname after the title, then a word
        and not (t.lower_ not in lexicon.first_names() and nxt.lower_ in words.words)
    ):
        return i + 2
    return i + 1


def _lower_unlisted_speaker(doc: Any, t: Any, taken: set[int], english: frozenset[str]) -> bool:
    """A lower-case word no dictionary or list has that opens its clause and rings or says
    something ("so anyway tadeo rang from the office", "and nkem says"), is told or asked
    something ("i told kuba i'd sort it") or has a home ("round kuba's"). Initials ("tfl
    says") and organisations are left: a vowel and four letters at least."""
    low = t.lower_
    if t.i in taken or len(low) < 4 or not t.is_alpha or not re.search(r"[aeiouy]", low):
        return False
    if low in english or t.lemma_ in english or t.is_stop or low in ACRONYMS or _role_word(low):
        return False
    if low in lexicon.place_words() or low in org_suffixes() or low in _one_word_orgs():
        return False
    prev = doc[t.i - 1].lower_ if t.i > 0 else ""
    nxt = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
    if prev in TELLING or (prev == "round" and nxt in ("'s", "’s")):
        return True  # "i told kuba i'd sort it", "went round kuba's"
    opens = t.i == 0 or prev in CLAUSE_OPENERS
    if nxt == "from" and opens:  # "hendricks from work wants the report"
        for w in doc[t.i + 2 : t.i + 8]:
            if w.is_punct:
                return False
            if w.lower_ in PERSON_DOES:
                return True
    return nxt in LOWER_SPEAKING and opens


_NOT_BEFORE_A_LOWER_NAME = {
    "the", "a", "an", "from", "of", "at", "by", "for", "in", "on", "my", "our", "your", "their",
    "his", "her", "its", "new", "old",
}  # fmt: skip


def _lower_name_and_role(doc: Any, i: int, taken: set[int], english: frozenset[str]) -> bool:
    """Two lower-case words no dictionary has, then "the" and a job: "tamsin okafor the
    practice nurse", a name as Whisper writes it in an all lower-case memo."""
    words = doc[i : i + 2]
    after = [t.lower_ for t in doc[i + 2 : i + 5]]
    return (
        len(words) == 2
        and i + 1 not in taken
        and all(
            w.is_lower and w.is_alpha and len(w) >= 3 and not w.is_stop and w.lower_ not in english
            for w in words
        )
        and (i == 0 or doc[i - 1].lower_ not in _NOT_BEFORE_A_LOWER_NAME)
        and len(after) >= 2
        and after[0] == "the"
        and any(_role_word(w) or w in KIN for w in after[1:])
    )


# What someone does at work, said straight after their name: "keith bramble works for".
SOMEONE_WORKS = frozenset({
    "works", "worked", "coaches", "teaches", "taught", "volunteers", "manages", "drives",
})  # fmt: skip


def _lower_names_taken_for_firms(doc: Any) -> None:
    """ "quick one jodie marsh messaged": in a lower-case memo the NER may take a listed first
    name and a surname for a firm. Two such words, no kind of organisation and no place among
    them, are someone: a surname no dictionary has, or one that then does something."""
    english = _english_words()
    never = org_suffixes() | lexicon.place_words() | NOT_NAME | _one_word_orgs()
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ or len(e) != 2:
            continue
        first, last = e[0], e[1]
        nxt = doc[e.end] if e.end < len(doc) else None
        # a surname the dictionary holds too ("evans") when the two do something next
        # ("keith bramble works for ...": the tagger may read the verb as a plural noun)
        acts = (
            nxt is not None
            and nxt.is_lower
            and (nxt.pos_ == "VERB" or nxt.lower_ in PERSON_DOES | SOMEONE_WORKS)
        )
        if (
            all(t.is_lower and t.is_alpha for t in e)
            and first.lower_ in lexicon.first_names()
            and last.lower_ not in never
            and last.lower_ not in lexicon.first_names()
            and (last.lower_ not in english or acts)
        ):
            _set_entity(doc, e.start, e.end, "PERSON")


# Before a pair of first names that are words too, what makes them the words: "the sunny and
# warm", "my hope and", "it was sunny and".
_NOT_BEFORE_WORD_NAMES = BEFORE_A_WORD | {
    "my", "your", "his", "her", "our", "their", "very", "too", "quite", "really",
    "of", "with", "in", "for", "a", "no", "not", "full",
}  # fmt: skip


def _lower_names_listed(doc: Any) -> None:
    """ "then anand and kavitha turned up", "hope and grace are doing the raffle": in lower
    case, a word joined by "and" (or a comma) to someone is someone too when it is a listed
    first name no dictionary has or a word no dictionary has; a first name that is a word
    too ("hope", "sunny") only when the pair then does something (a verb after it) and no
    article or adjective's word comes before it ("it was sunny and joy came" is the weather).
    The NER and the cue rules often see only one of a pair said without capitals."""
    english = _english_words()
    if not english:
        return
    first_names = lexicon.first_names()
    people = {e.start for e in doc.ents if e.label_ == "PERSON" and len(e) == 1}

    def bare(t: Any) -> bool:  # a lower-case word that could be a name at all
        low = t.lower_
        return (
            _lower_name_shaped(t)
            and low not in TITLES
            and low not in KIN
            and low not in ACRONYMS
            and low not in lexicon.place_words()
            and low not in org_suffixes()
            and low not in _one_word_orgs()
            and not _role_word(low)
            and not (t.i > 0 and doc[t.i - 1].like_num)  # "7 oclock and tanisha's": a unit
        )

    def listed(t: Any) -> bool:  # "anand", "kavitha": a name, not a word
        low = t.lower_
        return bare(t) and (
            (low in first_names and low not in english)
            or (
                len(low) >= 4
                and low not in english
                and t.lemma_ not in english
                and re.search(r"[aeiouy]", low) is not None
            )
        )

    def named(t: Any) -> bool:  # "anand": a listed first name that is no word
        return bare(t) and t.lower_ in first_names and t.lower_ not in english

    for j, mid in enumerate(doc[1:-1], start=1):
        if mid.lower_ not in ("and", ","):
            continue
        a, b = doc[j - 1], doc[j + 1]
        if (a.ent_type_ and a.i not in people) or (b.ent_type_ and b.i not in people):
            continue  # one of them is something else ("food and winston": an organisation)
        if _word_names_paired(doc, j, bare):
            for t in (a, b):
                _set_entity(doc, t.i, t.i + 1, "PERSON", CONTEXT_ID)
            continue
        # someone on one side: a lower-case person, or a listed first name no dictionary has
        a_person = (a.i in people and a.is_lower) or (named(a) and not a.ent_type_)
        b_person = (b.i in people and b.is_lower) or (named(b) and not b.ent_type_)
        if not (a_person or b_person):
            continue
        # the pair then does something: "are off sick", "came round", "turned up"
        nxt = doc[j + 2] if j + 2 < len(doc) else None
        acts = nxt is not None and nxt.pos_ in ("AUX", "VERB") and nxt.tag_ != "VBG"
        prev = doc[j - 2].lower_ if j >= 2 else ""
        for t, other in ((a, b_person), (b, a_person)):
            if t.i in people or not other or t.ent_type_:
                continue
            word_name = t.lower_ in first_names or t.lower_ in WORD_NAMES
            if listed(t) or (
                bare(t)
                and word_name
                and acts
                and mid.lower_ == "and"
                and prev not in _NOT_BEFORE_WORD_NAMES
                and not (prev == "so" and j >= 3 and doc[j - 3].pos_ in ("AUX", "VERB"))
                and (j < 2 or doc[j - 2].pos_ not in ("ADJ", "DET", "AUX", "ADP"))
            ):
                _set_entity(doc, t.i, t.i + 1, "PERSON", CONTEXT_ID)


def _word_names_paired(doc: Any, j: int, bare: Any) -> bool:
    """ "blessing and favour are on the door": two first names that are words too, joined by
    "and" at the start of a clause, that then are or do something together (a plural verb
    after them); the lower-case twin of `people._names_that_are_words_paired`."""
    if doc[j].lower_ != "and" or j + 2 >= len(doc):
        return False
    a, b = doc[j - 1], doc[j + 1]
    if a.ent_type_ or b.ent_type_ or not (bare(a) and bare(b)):
        return False
    if not all(t.lower_ in lexicon.first_names() or t.lower_ in WORD_NAMES for t in (a, b)):
        return False
    opens = a.i == 0 or a.is_sent_start or doc[a.i - 1].lower_ in CLAUSE_OPENERS
    return opens and doc[j + 2].lower_ in ("are", "were", "both", "have", "'re")
