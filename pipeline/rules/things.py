"""Everyday things the NER names as an organisation or a person because they are written with
capitals: the items of a to-do list ("Car Insurance. Boiler Service. Swimming Kit."), a
document or an appointment ("the Annual Review paperwork", "the Safeguarding Policy"), a job
("the Health Visitor"), and what one buys ("Bought Lemsip and Strepsils").
"""

from __future__ import annotations

from typing import Any

from .. import lexicon
from ..entities import CONTEXT_ID, GAZETTEER_ID, VOCAB_ID
from ..lexicon import ROLE_HEADS, TITLES, org_suffixes
from .spans import _clear_entities
from .words import DETERMINERS, _english_words

# Last words of a document or an appointment: a capitalised phrase of ordinary words ending
# so is what one fills in or goes to, never who does it. (Goods, "Books", "Cakes", end shops'
# names too, "Paper Moth Books": only a list's line makes them an errand.)
THING_HEADS = {
    "review", "reviews", "policy", "policies", "assessment", "assessments", "renewal",
    "application", "form", "forms", "lesson", "lessons", "reading", "jab", "jabs",
    "appointment", "appointments", "paperwork", "deadline", "booking", "invoice", "receipt",
    "reminder", "procedure", "agreement", "plan", "plans", "survey", "subscription",
    "assembly", "appeal", "slideshow", "newsletter",
}  # fmt: skip

# How a to-do's thing is to end up, said after it in capitals: "Get the Stall Leaflets
# Proofread", "Banner Printed": what is to be done to a thing, never a body's last word.
DONE = {
    "done", "sorted", "fixed", "printed", "proofread", "proofed", "booked", "sent", "signed",
    "checked", "laminated", "cleaned", "posted", "paid", "ordered", "finished", "emailed",
    "delivered", "collected", "returned", "painted", "repaired", "serviced", "renewed",
    "updated", "approved", "translated", "typed", "photocopied", "framed", "washed", "ironed",
}  # fmt: skip

# Last words of a benefit, a grant or a pass, which the NER cuts off a name of ordinary words
# that ends in a kind of body: "Free School Meals" is no "Free School", "Healthy Start
# Vouchers", "Carers Allowance".
BENEFITS = {
    "meals", "vouchers", "voucher", "allowance", "allowances", "credit", "credits", "grant",
    "grants", "pass", "badge", "discount", "payment", "payments", "bursary", "benefit",
}  # fmt: skip

# Kinds of firm that are also what one pays for or sees to: "Car Insurance", "Van Hire" as
# a line of a to-do list is the errand. "Food Bank", "Youth Club" stay bodies, and so do
# utilities ("Thames Water", "Octopus Energy": the dictionary has "Thames").
EVERYDAY_KINDS = {
    "insurance", "travel", "hire", "supplies", "furniture", "tyres", "windows", "blinds",
    "carpets", "flooring", "tiles", "cleaning", "decorating", "plumbing", "heating", "kitchen",
    "kitchens", "bathrooms", "glazing", "electrics", "roofing",
}  # fmt: skip

# Verbs whose object is a thing bought or carried, never a body: "Bought Lemsip and Strepsils",
# "bringing the Jenga and Monopoly", "Picked up Sudocrem and Huggies at Asda".
BUYING = {"buy", "bring", "pack", "grab"}
BUY_FORMS = {"buy", "buys", "buying", "bought"}
BUYING_WORDS = BUY_FORMS - {"buys"} | {
    "bring", "brought", "bringing", "pack", "packed", "packing", "grab", "grabbed", "grabbing",
}  # fmt: skip
# Words of how much before a pair of names that make them stuff: "some Eggs and Flour".
SOME = {"some", "more", "enough", "plenty"}


def _plain_words(e: Any) -> list[Any] | None:
    """The span's words past a determiner and a possessive "'s", when every one is a
    capitalised ordinary word: in the dictionary, no listed first name, no word of a place."""
    english = _english_words()
    words = [t for t in e if t.text not in ("'s", "’s")]
    if len(words) > 2 and words[0].is_sent_start and words[0].pos_ == "VERB":
        words = words[1:]  # "Bring the School Development Plan": the memo's first verb
    while words and words[0].lower_ in DETERMINERS:
        words = words[1:]
    if len(words) < 2 or not english or any(t.lower_.rstrip(".") in TITLES for t in words):
        return None  # "Mr Lindqvist": a title says someone
    if not all(
        t.is_alpha
        and t.is_title
        and _ordinary(t, english)
        and t.lower_ not in lexicon.first_names()
        and t.lower_ not in lexicon.place_words()
        for t in words
    ):
        return None
    return words


def _ordinary(t: Any, english: frozenset[str]) -> bool:
    """A dictionary word as said: "Books", "Safeguarding", "Carer" of "Carer's". (Not a job
    by its ending alone: "Lindqvist" ends like "dentist".)"""
    low = t.lower_
    return (
        low in english
        or t.lemma_.lower() in english
        or (low.endswith("s") and low[:-1] in english)
        or low in ROLE_HEADS
        or low[:-1] in ROLE_HEADS
    )


def _a_list_item(doc: Any, e: Any) -> bool:
    """The span is one line of a list said aloud ("Car Insurance. Council Tax. Dentist."): it
    fills its sentence, and the sentence before or after is a short line with no verb too."""
    sent = e.sent
    rest = [t for t in sent if not t.is_punct and not (e.start <= t.i < e.end)]
    if any(t.ent_type_ != "DATE" and t.lower_ not in DETERMINERS for t in rest):
        return False
    sents = list(doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start == sent.start)
    for s in sents[max(0, at - 1) : at] + sents[at + 1 : at + 2]:
        words = [t for t in s if not t.is_punct]
        if 0 < len(words) <= 4 and not any(t.pos_ in ("VERB", "AUX") for t in words):
            return True
    return False


def _common_things_in_capitals(doc: Any) -> None:
    """ "Jobs. Boiler Service. Window Cleaner. TV Licence.", "bring the Annual Review
    paperwork", "Had the Health Visitor round": ordinary words written with capitals, which
    the NER takes for a body's name, are a line of a to-do list, a document or an errand, or
    a job. A known body ("Citizens Advice", the user's own names) is never cleared, nor a
    name that ends in a kind of body ("Tenants Support Group"), unless a kind that is also an
    errand ("Car Insurance") fills a list's line."""
    for e in list(doc.ents):
        if e.label_ not in ("ORG", "PERSON") or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID, CONTEXT_ID):
            continue
        after = doc[e.end] if e.end < len(doc) else None
        if e[-1].lower_ == "level" and after is not None and after.like_num:
            _clear_entities(doc, e.start, e.end)  # "her NVQ Level 3": a qualification
            continue
        words = _plain_words(e)
        if words is None:
            continue
        last = words[-1].lower_
        if after is not None and after.is_title and after.lower_ in BENEFITS:
            _clear_entities(doc, e.start, e.end)  # "Free School" of "Free School Meals"
            continue
        if last in org_suffixes():
            if last in EVERYDAY_KINDS and _a_list_item(doc, e):
                _clear_entities(doc, e.start, e.end)  # "Car Insurance. Council Tax."
            continue
        # a job said alone ("the Health Visitor"); a plural is a firm's trade ("Drip Doctors")
        if last in THING_HEADS | DONE or last in ROLE_HEADS or _a_list_item(doc, e):
            _clear_entities(doc, e.start, e.end)


# What a body runs and people go to, said with "a" before it: "does a Chitchat group on
# Friday mornings", "runs a Toddler Group", "there's a Memory Cafe on Thursdays".
SESSIONS = {"group", "club", "session", "class", "circle", "cafe", "café", "morning"}

# What a session is for or when it is held, said before its last word: "Homework club this
# morning", "signed him up for Holiday Club", "the Dementia Cafe at the church": a session
# named by its purpose alone, with no place or founder's name, is what one goes to, never a
# body ("Friendship Club", "Youth Club", "Repair Cafe" name who runs them and stay).
SESSION_PURPOSES = {
    "homework", "breakfast", "holiday", "after-school", "afterschool", "dementia", "memory",
    "toddler", "toddlers", "baby", "babies", "bump", "playtime", "naptime", "teatime",
    "revision", "catch-up", "knit", "knitting", "natter", "craft", "crafts", "storytime",
    "rhyme", "rhymetime", "after", "carers", "bereavement",
    "warm", "wellbeing", "drop", "pop", "up",  # "the Warm Hub", "Carers Drop In", "Pop Up Cafe"
}  # fmt: skip


def _sessions_one_of_many(doc: Any) -> None:
    """ "the children's centre does a Chitchat group on Fridays": a name in capitals ending
    in a group, a club or a session with "a" before it is one of a kind that a body runs, what
    someone goes to, not a body one deals with (a listed body stays: "a Mind group")."""
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID, CONTEXT_ID):
            continue
        drop_in = len(e) >= 2 and e[-1].lower_ == "in" and e[-2].lower_ == "drop"
        if e[-1].lower_ not in SESSIONS | {"hub"} and not drop_in:
            continue
        start = e.start  # "After School Club", where the NER left out "After"
        if start and doc[start - 1].is_title and doc[start - 1].lower_ in SESSION_PURPOSES:
            start -= 1
        said = [t for t in doc[start : e.end] if t.text not in ("-", "–")]
        words = [t.lower_ for t in said[:-1] if t.lower_ not in ("the", "and", "school")]
        purpose = bool(words) and all(w in SESSION_PURPOSES for w in words)
        one_of = start >= 1 and doc[start - 1].lower_ in ("a", "an")
        if e[-1].lower_ == "hub" and not purpose:
            continue  # "a Youth Hub" runs things; "the Warm Hub" is somewhere to go
        if not (one_of or purpose):
            continue
        if not all(t.is_alpha for t in said) or (
            not purpose and any(t.lower_ in org_suffixes() for t in e[:-1])
        ):
            continue
        _clear_entities(doc, start, e.end)


def _things_bought(doc: Any) -> None:
    """ "Bought Lemsip and Strepsils for Maisie", "bringing the Jenga and Monopoly": two
    capitalised names joined by "and" that the NER took for one firm (as it would "Dobson and
    Hale") are things when they are what is bought or brought. One buys from a firm; two
    people joined so were made people before this layer."""
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID, CONTEXT_ID):
            continue
        if not any(t.lower_ in ("and", "&") for t in e[1:-1]):
            continue
        if any(t.lower_ in org_suffixes() for t in e):
            continue
        if _bought(doc, e):
            _clear_entities(doc, e.start, e.end)


# Words before "on" whose "on" is about someone: "keep on at Tendai", "rely on Tendai",
# "feedback on Tendai", "went on with Tendai"; after these a name stays a person.
ON_SOMEONE = {
    "keep", "keeps", "keeping", "kept", "check", "checked", "checking", "call", "called",
    "calling", "rely", "relying", "count", "counting", "depend", "depends", "lean", "pick",
    "picked", "picking", "wait", "waiting", "dote", "dotes", "spy", "spying", "pressure",
    "easy", "hard", "word", "feedback", "notes", "update", "report", "onus", "focus", "eye",
    "tabs", "go", "goes", "going", "went", "get", "gets", "getting", "got", "come", "came",
    "carry", "carried", "hold", "hang", "hung", "pass", "passed", "hand", "handed", "sit",
    "sat", "sign", "signed", "work", "worked", "working", "crush", "keen", "sweet", "soft",
    "mad", "tell", "told", "telling", "dump", "dumped", "walk", "walked", "bet", "cheat",
    "cheated", "so", "and", "but", "then", "early", "later", "straight",
}  # fmt: skip


def _apps_one_is_on(doc: Any) -> None:
    """ "does the homework on Numbot", "sold it on Flogga": one word after "on" that no list
    of first names or dictionary has is the app or site one uses it on, however the NER took
    it; someone is "on" no one except after a verb of leaning, keeping or checking ("rely on
    Tendai", "keep on at Tendai") and before "'s" ("on Tendai's side")."""
    english = _english_words()
    for e in list(doc.ents):
        if e.label_ != "PERSON" or len(e) != 1 or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        if e.start < 2 or doc[e.start - 1].lower_ != "on":
            continue
        word = e[0]
        if not (word.is_title and word.is_alpha) or word.lower_ in lexicon.first_names():
            continue
        if word.lower_ in english or doc[e.start - 2].lower_ in ON_SOMEONE:
            continue
        if e.end < len(doc) and doc[e.end].text in ("'s", "’s"):
            continue
        _clear_entities(doc, e.start, e.end)


def _things_bought_alone(doc: Any) -> None:
    """ "Bought Optrex and Olbas Oil for Grandad": what a verb of buying takes as its object
    (and what is joined to it by "and") is a thing, though the NER calls each a person; no
    one is bought. A listed first name stays someone ("bought Maisie a coat" is for her),
    as does a body named by its kind."""
    bought: set[int] = set()
    for t in doc:
        if t.lower_ not in BUY_FORMS:
            continue
        for obj in t.children:
            if obj.dep_ != "dobj":
                continue
            bought.add(obj.i)
            bought.update(c.i for c in obj.conjuncts)
    for e in list(doc.ents):
        if e.label_ not in ("PERSON", "ORG") or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID, CONTEXT_ID):
            continue
        root = e[1:].root if len(e) > 1 and e[0].lower_ in ("buy", "bought") else e.root
        if root.i not in bought or root.lower_ in lexicon.first_names():
            continue  # ("Bought Optrex": the NER ran the verb into the name)
        if any(t.lower_ in org_suffixes() for t in e) or e[0].lower_ in lexicon.first_names():
            continue
        _clear_entities(doc, e.start, e.end)


def _bought(doc: Any, e: Any) -> bool:
    """Whether `e` is what a verb of buying or bringing takes: by the parse, or by the word
    right before it ("Bought Dettox and ...", where the tagger took "Bought" for a name), or
    what "some" measures ("Grab some Eggs and Flour"), whatever the NER took the words for."""
    if e[0].lower_ in BUYING_WORDS:
        return True
    if e.start > 0 and doc[e.start - 1].lower_ in SOME:
        return True  # "some Eggs and Flour": how much of a thing, never of a firm
    i = e.start - 1
    while i >= 0 and doc[i].lower_ in DETERMINERS | {"some"}:
        i -= 1
    if i >= 0 and (
        doc[i].lower_ in BUYING_WORDS
        or (doc[i].lower_ == "up" and i > 0 and doc[i - 1].lemma_.lower() == "pick")
    ):
        return True
    verb = e.root.head if e.root.dep_ in ("dobj", "nmod", "compound") else None
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    picked = lemma == "pick" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return lemma in BUYING or picked


# Words for a pet or its breed said right before its name: "our cocker spaniel Dexter", "a dog
# called Biscuit". Not over a comma: "a woman with a greyhound, Rosalind" is the woman.
PETS = {
    "dog", "dogs", "puppy", "pup", "cat", "cats", "kitten", "kitty", "hamster", "hamsters",
    "rabbit", "rabbits", "bunny", "guinea", "pigs", "tortoise", "budgie", "parrot", "goldfish",
    "pony", "gerbil", "gerbils", "ferret", "spaniel", "terrier", "labrador", "collie",
    "retriever", "poodle", "cockapoo", "dachshund", "pug", "whippet", "greyhound", "lurcher",
    "staffie", "beagle", "alsatian", "husky", "tabby",
}  # fmt: skip


def _pets(doc: Any) -> None:
    """ "Our cocker spaniel Dexter ate a sock", "a hamster called Nibbles": a name right after
    a word for a pet or a breed (or after "called" or "named" after one) is the animal's, here
    and wherever the memo says it again."""
    named: set[str] = set()
    for e in list(doc.ents):
        if e.label_ not in ("PERSON", "ORG") or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        i = e.start - 1
        if i >= 0 and doc[i].lower_ in ("called", "named"):
            i -= 1
        if i >= 0 and doc[i].lower_ in PETS and doc[i].is_lower:
            named.add(e.text)
        elif _a_pet_set_beside(doc, e.end):
            named.add(e.text)  # "Bella, our spaniel", "Rolo the dog"
        elif any(t.lower_ in PETS and t.is_lower for t in e[:-1]):
            named.add(e.text)  # "spaniel Dexter": the NER ran the breed into the name
    for e in list(doc.ents):
        if e.text in named and e.label_ in ("PERSON", "ORG") and not e.ent_id_:
            _clear_entities(doc, e.start, e.end)


IS = {"'s", "’s", "is", "was"}


def _a_pet_set_beside(doc: Any, j: int) -> bool:
    """ "Bella, our spaniel, ate ...", "Rolo the dog", "Baxter, he's a cockapoo": a word for a
    pet or a breed said beside the name, ending what is said of it (not "Dave, our dog
    walker", "Sue, the cat lady": someone named by what they do with pets)."""
    if j < len(doc) and doc[j].text == ",":
        j += 1
        if j + 1 < len(doc) and doc[j].lower_ in ("he", "she", "it") and doc[j + 1].lower_ in IS:
            j += 2
    elif not (j < len(doc) and doc[j].lower_ == "the"):
        return False
    if j < len(doc) and doc[j].lower_ in ("our", "my", "the", "his", "her", "their", "a", "an"):
        j += 1
    for _ in range(2):  # "our old cocker spaniel"
        t = doc[j] if j + 1 < len(doc) else None
        if t is not None and t.lower_ not in PETS and t.is_lower and t.pos_ in ("ADJ", "NOUN"):
            j += 1  # not "Colm, walks his dog there": what someone does with a pet
    return (
        j < len(doc)
        and doc[j].lower_ in PETS
        and doc[j].is_lower
        and not (j + 1 < len(doc) and doc[j + 1].is_lower and doc[j + 1].pos_ == "NOUN")
    )


# Verbs whose object, when it has a name, is a book, a show or a play: "reading Matilda with
# Ada", "Watching Vera on ITV". One reads a book, not a person; one may watch a child, so
# "watch" needs what says a screen or a stage, or a name no list has ("watched Luther").
READ_VERBS = {"read", "reread", "re-read"}
WATCH_VERBS = {"watch", "rewatch", "binge", "stream"}
# What a sentence says when a show is watched: "on ITV", "at the cinema", "the box set".
SCREENS = {
    "telly", "tv", "itv", "bbc", "iplayer", "netflix", "channel", "sky", "disney", "prime",
    "youtube", "cinema", "pictures", "theatre", "palladium", "palace", "film", "movie",
    "series", "episode", "episodes", "box", "season", "musical", "panto", "pantomime",
}  # fmt: skip
# What is put on, picked or talked of as a work: "the play this term is Oliver", "the book
# club picked Emma", "the school's doing Joseph for the panto".
SHOWS = {
    "play", "musical", "panto", "pantomime", "show", "production", "book", "novel", "film",
    "movie", "club", "nativity",
}  # fmt: skip
PUT_ON = {"do", "pick", "choose", "perform", "stage", "study", "put", "read", "watch"}
# Who puts a play on: "Ruby's school's doing Joseph", "the choir's doing Annie".
CASTS = {"school", "class", "choir", "drama", "cast", "players", "society", "academy"}


# Words right before a figure of scripture a service or a study is about: "preached on
# Ruth", "the sermon was on Joseph", "reading from Isaiah", "the story of Jonah".
PREACHED_ON = (
    ("preached", "on"), ("preached", "about"), ("preaching", "on"), ("preaching", "about"),
    ("sermon", "on"), ("sermon", "about"), ("was", "on"), ("reading", "from"),
    ("readings", "from"), ("study", "on"), ("story", "of"), ("book", "of"), ("gospel", "of"),
    ("talk", "on"), ("message", "on"),
)  # fmt: skip
# Words of a service or a study that make "was on" and "talk on" about scripture.
SCRIPTURE_WORDS = {
    "sermon", "preached", "preaching", "reading", "readings", "bible", "study", "service",
    "church", "chapel", "mass", "pastor", "vicar", "reverend", "sunday", "school", "message",
    "talk", "scripture", "passage", "kids", "story",
}  # fmt: skip
# Things of scripture said with a figure's name: "Noah's Ark", "Jacob's ladder".
OF_SCRIPTURE = {"ark", "ladder", "coat"}


def _figures_of_scripture(doc: Any) -> None:
    """ "Pastor Femi preached on Ruth and Naomi", "the sermon was on Joseph", "reading from
    Isaiah", "the kids did Noah's Ark": a name a sermon, a reading or a Bible story is about is
    the figure of scripture, not someone met, and so is one said with it ("Ruth and Naomi").
    A name the vocabulary knows stays, and so does one who does something ("preached on
    Sunday and Ruth said")."""
    cleared: set[int] = set()
    for e in sorted(doc.ents, key=lambda e: e.start):
        if e.label_ != "PERSON" or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID) or e.start < 1:
            continue
        if any(t.lower_.rstrip(".") in TITLES for t in e):
            continue
        before = tuple(t.lower_ for t in doc[max(0, e.start - 2) : e.start])
        after = doc[e.end : e.end + 2]
        sent = {t.lower_ for t in e.sent}
        cue = before in PREACHED_ON and (
            before[0] in ("preached", "preaching", "sermon")
            or bool(sent & (SCRIPTURE_WORDS - {before[0]}))
        )
        thing = (
            len(after) == 2 and after[0].text in ("'s", "’s") and after[1].lower_ in OF_SCRIPTURE
        )
        joined = before[-1:] in (("and",), (",",)) and (e.start - 2) in cleared
        if (cue or thing or joined) and e.root.dep_ not in ("nsubj", "nsubjpass"):
            cleared.update(range(e.start, e.end))
            _clear_entities(doc, e.start, e.end)


def _works_read_or_watched(doc: Any) -> None:
    """ "Finished reading Rebecca", "Watching Vera on ITV", "the play this term is Oliver",
    "the book club picked Emma": a name that is what is read, watched on a screen or a stage,
    or put on as a play or picked for a book club is the work, though a first name, here and
    wherever the memo says it again ("Mrs Pryce asked for Heidi"), unless it does what a
    person does there ("Heidi said"). Someone watched doing something ("watched Tilly
    swim") or read to ("reading to Ivy") stays a person."""
    named: set[str] = set()
    for e in list(doc.ents):
        if e.label_ not in ("PERSON", "ORG") or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        if any(t.lower_.rstrip(".") in TITLES for t in e):
            continue  # "watched Mr Okoro's class": a title says someone
        if _a_work(e):
            named.add(e.text)
    for e in list(doc.ents):
        if (
            e.text in named
            and e.label_ in ("PERSON", "ORG")
            and e.ent_id_ != VOCAB_ID
            and (e.root.dep_ not in ("nsubj", "nsubjpass") or _a_work(e))
        ):
            _clear_entities(doc, e.start, e.end)


def _a_work(e: Any) -> bool:
    """Whether `e` is said as a book, a show or a play (see `_works_read_or_watched`)."""
    root = e.root
    if e.end < len(e.doc) and e.doc[e.end].text in ("'s", "’s"):
        return False  # "watching Alfie's match": someone's
    if any(c.dep_ in ("xcomp", "ccomp", "acl", "relcl") for c in root.children):
        return False
    verb = root.head
    if root.dep_ == "conj":  # "reading Heidi and then Pippi": the first one's verb
        verb = root.head.head if root.head.dep_ == "dobj" else None
    if verb is None or verb.i == root.i:
        return False
    if any(
        (c.dep_ in ("xcomp", "ccomp") and c.i > root.i)
        or (
            c.dep_ == "dobj"
            and c.i > root.i
            # "watched Attenborough last night, the one with the penguins": said again
            and not any(t.text == "," for t in e.doc[root.i + 1 : c.i])
        )
        for c in verb.children
    ):
        return False  # "watched Tilly swim", "Read Amos the letter"
    lemma = verb.lemma_.lower()
    if verb.lower_ in ("reading", "watching"):
        lemma = verb.lower_[:-3]  # the tagger's "reading" after "Nan's"
    sent = {t.lower_ for t in e.sent}
    if root.dep_ in ("dobj", "conj") and lemma in READ_VERBS:
        return True
    if root.dep_ in ("dobj", "conj") and lemma in WATCH_VERBS:
        low = [t.lower_ for t in e]
        return bool(sent & SCREENS) or not any(w in lexicon.first_names() for w in low)
    subjects = {c.lower_ for c in verb.children if c.dep_ == "nsubj"}
    if root.dep_ == "dobj" and lemma in PUT_ON and (sent & SHOWS or subjects & CASTS):
        return True  # "the book club picked Emma", "doing Matilda for the play"
    # "the play this term is Oliver", "the panto is Aladdin"
    return root.dep_ in ("attr", "acomp") and lemma == "be" and bool(subjects & SHOWS)


# Verbs before "as" whose "as" names a part or a costume: "he wants to go as Oliver Twist",
# "dressed up as Hagrid", "she's been cast as Annie". Not "known as" (a nickname).
DRESSED_AS = {"go", "come", "dress", "turn", "cast", "appear", "star"}
# What a costume is worn for or called: "a Gruffalo costume", "wants to be Moana for the party"
DRESSING_UP = {
    "costume", "costumes", "outfit", "outfits", "onesie", "fancy", "dressing", "halloween",
    "party", "carnival", "parade", "mask",
}  # fmt: skip
# What says a part in a play: "she's playing Miss Trunchbull, the school musical", "got the
# part of Fagin", "Ella is Mary in the nativity".
PARTS = SHOWS - {"book", "novel", "club", "film", "movie"} | {
    "part", "role", "lead", "cast", "rehearsal", "rehearsals", "audition", "auditions", "stage",
    "drama",
}  # fmt: skip


def _characters_played_or_dressed_as(doc: Any) -> None:
    """ "Year Four's Victorian day, he wants to go as Oliver Twist", "She's playing Miss
    Trunchbull" (after "the school musical"), "a Hagrid costume", "wants to be Moana for the
    party": a name gone as, worn, or played in a show is a character, though a first name,
    here and wherever the memo says it again, unless it does what a person does there
    ("Annie said"). Someone gone with ("went as a group with Tom") or a match played ("playing
    Harlow Town") is not one."""
    named: set[str] = set()
    for e in list(doc.ents):
        if e.label_ != "PERSON" or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        if e.end < len(doc) and doc[e.end].text in ("'s", "’s"):
            continue  # "going as Amy's sister": someone's
        if _a_character(doc, e):
            named.add(e.text)
    for e in list(doc.ents):
        if (
            e.text in named
            and e.label_ == "PERSON"
            and e.ent_id_ not in (VOCAB_ID, GAZETTEER_ID)
            and (e.root.dep_ not in ("nsubj", "nsubjpass") or _a_character(doc, e))
        ):
            _clear_entities(doc, e.start, e.end)


def _a_character(doc: Any, e: Any) -> bool:
    """Whether `e` is gone as, worn or played (see `_characters_played_or_dressed_as`)."""
    if e.root.dep_ in ("nsubj", "nsubjpass"):
        return False  # "as Tom said"
    nxt = doc[e.end] if e.end < len(doc) else None
    if nxt is not None and nxt.lower_ in ("costume", "costumes", "outfit", "onesie", "mask"):
        return True  # "a Hagrid costume"
    i = e.start - 1
    if i >= 1 and doc[i].lower_ == "as":
        j = i - 1
        if doc[j].lower_ == "up" and j >= 1:
            j -= 1  # "dressed up as"
        if doc[j].lemma_.lower() in DRESSED_AS:
            return True
    here = {t.lower_ for t in e.sent}
    before = doc[e.sent.start - 1].sent if e.sent.start > 0 else None
    around = here | ({t.lower_ for t in before} if before is not None else set())
    verb = e.root.head
    if (
        e.root.dep_ == "dobj"
        and verb.lemma_.lower() == "play"
        and not any(c.dep_ == "prep" and c.lower_ in ("at", "against") for c in verb.children)
        and around & PARTS
    ):
        return True  # "She's playing Miss Trunchbull" after "the lead in the school musical"
    if e.root.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lower_ in ("part", "role"):
        return True  # "got the part of Fagin"
    if e.root.dep_ != "attr" or verb.lemma_.lower() != "be":
        return False
    if verb.dep_ == "xcomp" and here & (DRESSING_UP | PARTS):
        return True  # "wants to be Moana for the party"
    # "Ella is Mary in the nativity": someone is a part in a show
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(g.dep_ == "pobj" and g.lower_ in SHOWS for g in c.children)
        for c in list(verb.children) + list(e.root.children)
    )


# Words after a name that say someone met, whatever work is named near: "Alice from the PTA"
SOMEONE_AFTER = {"from", "at", "who", "rang", "called", "texted", "emailed", "said", "says"}


def _characters_of_a_work_named(doc: Any) -> None:
    """ "Frozen on Ice at the O2 ... Elsa was a bit of a let down, Olaf was the best bit",
    "Book club is Where the Crawdads Sing ... Kya is such a sad character": a character of a
    work the memo names in the sentence or the two before is the character, though a first
    name. Someone said to do something ("Harry wants to go") or to be from somewhere stays
    someone."""
    characters = lexicon.characters()
    sents = list(doc.sents)
    for e in list(doc.ents):
        if e.label_ != "PERSON" or e.ent_id_ == VOCAB_ID:
            continue  # ("Ted Hastings": the place in his name does not make him a place)
        works = characters.get(e.text.lower())
        if not works:
            continue
        if e.end < len(doc) and doc[e.end].lower_ in SOMEONE_AFTER:
            continue
        if e.root.dep_ in ("nsubj", "nsubjpass") and e.root.head.lemma_.lower() != "be":
            continue  # "Harry wants to go": Harry does what someone does
        k = next(i for i, s in enumerate(sents) if s.start <= e.start < s.end)
        near = doc[sents[max(0, k - 2)].start : sents[k].end]
        if any(_title_said(near, w) for w in works if w != e.text.lower()):
            _clear_entities(doc, e.start, e.end)


def _title_said(span: Any, title: str) -> bool:
    """Whether `span` says the work `title` with its capital: "Frozen on Ice", not "frozen
    peas" (nor "Frozen peas" opening a sentence, when the title is an ordinary word)."""
    for i, first in enumerate(span):
        if not first.is_title or not title.startswith(first.lower_):
            continue
        end = i + 1  # "Charlotte's Web" is three tokens and two words
        while end < len(span) and len(span[i:end].text) < len(title):
            end += 1
        if span[i:end].text.lower() != title:
            continue
        if end == i + 1 and first.is_sent_start and first.lower_ in _english_words():
            continue
        return True
    return False


# What a shop sells by the measure: "a can of Irn Bru", "a bag of Fruitellas", "two
# packets of Hobnobs". Whatever is named after one is the thing in it.
MEASURES = {
    "can", "cans", "bag", "bags", "box", "boxes", "bottle", "bottles", "packet", "packets",
    "tin", "tins", "jar", "jars", "tub", "tubs", "carton", "cartons", "tube", "tubes",
    "pint", "pints", "bar", "bars", "multipack", "pack", "packs", "sachet", "sachets",
}  # fmt: skip

# Last words of a newspaper's or a magazine's name: "the Radio Times", "Angling Times",
# "the Hertfordshire Mercury", "the Racing Post".
PAPERS = {
    "times", "post", "mail", "mercury", "standard", "echo", "gazette", "herald", "telegraph",
    "guardian", "observer", "chronicle", "argus", "advertiser", "express", "mirror",
    "magazine", "weekly", "monthly", "friend", "journal", "review", "annual", "comic",
}  # fmt: skip

# Verbs (and the words between) by which one has a paper as a thing: one reads, buys, picks
# up or takes a paper in; one hears "from" the paper's reporter, who works for a body.
PAPER_VERBS = {
    "read", "reads", "reading", "buy", "buys", "bought", "get", "gets", "got", "getting",
    "pick", "picked", "grab", "grabbed", "bring", "brings", "brought", "take", "takes",
    "took", "subscribe", "subscribed", "subscribes", "cancel", "cancelled", "renew",
    "renewed", "deliver", "delivered", "delivers", "order", "ordered", "loves", "love",
    "likes", "fetch", "fetched",
}  # fmt: skip
BETWEEN = DETERMINERS | {"up", "to", "copy", "of", "some", "the", "and", "him", "me", "us"}


def _things_by_the_measure(doc: Any) -> None:
    """ "a can of Irn Bru for Pete", "a bag of Fruitellas": a name after a measure and "of"
    is the thing sold in it, not a firm or a person ("a box of Sam's things" is his)."""
    for e in list(doc.ents):
        if e.label_ not in ("PERSON", "ORG") or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        if e.start < 2 or doc[e.start - 1].lower_ != "of":
            continue
        if doc[e.start - 2].lower_ not in MEASURES:
            continue
        if e.end < len(doc) and doc[e.end].text in ("'s", "’s"):
            continue
        _clear_entities(doc, e.start, e.end)


def _papers_read_or_bought(doc: Any) -> None:
    """ "Nan reads the Radio Times", "picked up the Racing Post for Alf", "subscribed to
    Angling Times": a paper or magazine one reads, buys or takes in is a thing one has; its
    name ends in a paper's word, and one joined to such a paper by "and" is had too. Someone
    "from the Mercury" is still from a body."""
    had: set[int] = set()
    for e in list(doc.ents):
        if e.label_ not in ("PERSON", "ORG") or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        words = [t for t in e if t.lower_ != "the"]
        if not words or words[-1].lower_ not in PAPERS or not words[0].is_title:
            continue
        i = e.start - 1
        while i >= e.sent.start and i > e.start - 6:
            if doc[i].lower_ in BETWEEN:
                i -= 1
            elif doc[i].is_title and doc[i].lower_ in PAPERS and i not in had:
                had.add(i)  # "the People's Friend and the Radio Times": another paper before
                while i > e.sent.start and doc[i].is_title:
                    i -= 1
            else:
                break
        if i >= e.sent.start and (doc[i].lower_ in PAPER_VERBS or i in had):
            had.add(e.end - 1)
            _clear_entities(doc, e.start, e.end)


# What one studies for, said before the subject: "her Level 3 in Health and Social Care", "a
# degree in Business Studies", "his NVQ in Plumbing", "BA Humanities": the subject in capitals
# is no body (one studies at a body: "a course at the Open University").
STUDIED_FOR = {
    "level", "degree", "diploma", "certificate", "course", "qualification", "qualifications",
    "gcse", "gcses", "nvq", "btec", "hnd", "hnc", "apprenticeship", "masters", "master's",
    "foundation", "access", "award", "ba", "bsc", "ma", "msc", "mba", "phd", "pgce", "beng",
    "llb", "bed", "mphil",
}  # fmt: skip
# A qualification said by its level and its subject: "Level 2 Food Hygiene", "Grade 5 Piano".
LEVELS = {"level", "grade", "stage"}
DEGREES = {"ba", "bsc", "ma", "msc", "mba", "phd", "pgce", "beng", "llb", "mphil", "hnd", "nvq"}


def _subjects_studied(doc: Any) -> None:
    """ "then her Level 3 in Health and Social Care", "She's doing a BA Humanities": a
    subject said after what one studies for ("level 3 in", "a degree in"), after a degree's
    letters or after a level and its number ("Level 2 Food Hygiene") is what is studied, not
    a body, whatever its last word ("Care"); a listed body stays."""
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        if e[0].lower_.replace(".", "") in DEGREES and len(e) > 1:
            _clear_entities(doc, e.start, e.end)  # "BA Humanities"
            continue
        if len(e) > 2 and e[0].lower_ in LEVELS and e[1].like_num:
            _clear_entities(doc, e.start, e.end)  # "sitting his Level 2 Food Hygiene"
            continue
        if e.start < 2 or doc[e.start - 1].lower_ != "in":
            continue
        before = doc[e.start - 2]
        if before.like_num and e.start >= 3:
            before = doc[e.start - 3]  # "Level 3 in"
        if before.lower_.replace(".", "") in STUDIED_FOR:
            _clear_entities(doc, e.start, e.end)
