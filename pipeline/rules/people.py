"""The fix-ups for people the small model misses or mislabels: names told by the words
around them ("Priti said", "tell Wendell", "her son Tadeo"), names it took for a date or an
organisation, and nicknames said to be one person's.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lexicon
from ..entities import (
    ACRONYMS,
    CONTEXT_ID,
    CUE_WORDS,
    FILLERS,
    GAZETTEER_ID,
    HIRE_VERBS,
    LOCATIVES,
    NICKNAME_SAID,
    NOT_NAME,
    NOT_PERSON_ROLES,
    PLACE_GUESSES,
    VOCAB_ID,
    _listed_places,
    _role_word,
    nickname_said,
)
from ..heard import MISHEARD_MET, WEEKDAYS, WORD_NAMES, dictionary
from ..lexicon import ACTION_VERBS, PLACE_SUFFIXES, ROLE_HEADS, TITLES, VENUE_SUFFIXES, org_suffixes
from ..nlp import load_nlp
from .kinds import AGE_GROUP
from .org_words import FIRM_ENDS
from .people_lower import _lower_case_people, _lower_names_listed
from .person_words import (
    BROUGHT_IN,
    CLAUSE_OPENERS,
    DOING,
    FEELINGS,
    HOME_PREPS,
    KIN,
    ORG_NOUNS,
    PAIR_CUES,
    PERSON_DOES,
    PERSON_NOUNS,
    PERSONAL,
    PLACE_ONLY_PREPS,
    SENT_START_AFTER_NAME,
    SENTENCE_ADVERBS,
    SERVED_VERBS,
    TAKEN_TO,
    TAKING,
    TELLING,
    THAT_IS,
    WHERE_OVER,
)
from .places import BUILDINGS, _rung_or_plural, _said_before, _somewhere
from .spans import _clear_entities, _locked, _overlapping, _set_entity
from .words import (
    DETERMINERS,
    POSS,
    RANG_OR_WROTE,
    TO_A_PLACE,
    _a_sum,
    _english_words,
    _one_word_orgs,
    _plural_of_a_word,
)

# A feast said by its saint's name alone: "Valentine's meal booked" (not "Patrick's mum").
FEASTS_OF_SOMEONE = {"valentine's", "valentine’s"}

# Capitalised words that are a day or a season in their own right, even when a name too.
DATE_WORDS = {
    "christmas", "easter", "eid", "diwali", "ramadan", "halloween", "hanukkah", "vaisakhi",
    "advent", "lent", "whitsun", "passover", "new", "year", "noon", "midnight",
}  # fmt: skip


def _names_taken_for_dates(doc: Any) -> None:
    """ "the woman on the fabric stall, Maureen, she's ...": a listed first name the NER took
    for a date or a time on its own is a person (a weekday, month or feast is left)."""
    for e in list(doc.ents):
        if e.label_ not in ("DATE", "TIME") or len(e) != 1 or e.ent_id_:
            continue
        t = e[0]
        called = (  # "a boy called Tobiah": whatever the word, it is the boy's name
            e.start > 1
            and doc[e.start - 1].lower_ in ("called", "named")
            and doc[e.start - 2].lower_ in KIN | PERSON_NOUNS
        )
        if (
            t.is_title
            and t.is_alpha
            and (t.lower_ in lexicon.first_names() or called)
            and t.lower_ not in DATE_WORDS
            and not _calendar_word(t.lower_)
            and not _a_season_of_the_year(t)
        ):
            _set_entity(doc, e.start, e.end, "PERSON", CONTEXT_ID)


SEASONS = {"spring", "summer", "autumn", "winter"}
# What a season names when said before it: "Summer term ends July", "Autumn half term"
SEASON_THINGS = {
    "term", "terms", "half", "holiday", "holidays", "hols", "break", "fair", "fete", "fayre",
    "show", "concert", "camp", "timetable", "uniform", "sale", "sales", "clean", "cleaning",
    "festival", "season", "solstice", "equinox", "menu", "club", "programme", "dates",
}  # fmt: skip


def _a_season_of_the_year(t: Any) -> bool:
    """ "Summer term ends July twenty first": a season that is also a first name, said
    before what it is the season of, is the time of year, not Summer the person."""
    doc = t.doc
    return t.lower_ in SEASONS and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in SEASON_THINGS


def _seasons_taken_for_someone(doc: Any) -> None:
    """ "Autumn half term, Ottilie is coming": a season said before what it is the season
    of is the time of year, whatever the NER guessed of it ("Autumn" PERSON, "half" a
    number) and whatever it made of the words after."""
    for e in list(doc.ents):
        if e.label_ == "PERSON" and not e.ent_id_ and _a_season_of_the_year(e[0]):
            end = e.start + 2 if len(e) == 2 else e.start + 1  # "Summer Term" too
            if e.end <= end:
                _set_entity(doc, e.start, end, "DATE")


def _calendar_word(word: str) -> bool:
    """A weekday or a month, in full or short ("Tues", "Sept")."""
    return any(
        full.startswith(word) and len(word) >= 3
        for full in (
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "weekend", "tonight", "today",
            "tomorrow", "yesterday", "morning", "afternoon", "evening",
        )
    )  # fmt: skip


def _titles_that_are_someone_at_somewhere(doc: Any) -> None:
    """ "swap my shift with Tamsin at Kingsway Cars": the small model reads a name, "at" or
    "from" and a name as one title (a work of art, a product, an event). Memos name few works
    of art: the capitalised words before the preposition are someone, and the ones after are
    left to the organisation rules (someone at or from a name)."""
    for e in list(doc.ents):
        if e.label_ not in ("WORK_OF_ART", "PRODUCT", "EVENT") or e.ent_id_:
            continue
        preps = [t.i for t in e[1:-1] if t.lower_ in ("at", "from")]
        if not preps:
            continue
        who = doc[e.start : preps[0]]
        _clear_entities(doc, e.start, e.end)
        if (
            all(t.is_title and t.is_alpha and t.lower_ not in NOT_NAME for t in who)
            and len(who) <= 3
        ):
            _set_entity(doc, who.start, who.end, "PERSON")


# Words after a one-word name that a company, not a person, is taken up by: "Zapcom, who were
# great", "Ocado, they're late again".
FIRM_AFTER = {"they", "they're", "their", "which", "were", "are", "have"}


# Words before "from" that make what follows someone, not somewhere: "the afternoon off from
# Vasil", "a text from Imre", "heard from Ola".
FROM_SOMEONE = {
    "off", "text", "texts", "message", "messages", "call", "calls", "email", "emails", "lift",
    "heard", "hear", "hearing", "news", "note", "card", "present", "gift", "hug", "visit",
}  # fmt: skip


def _from_someone(doc: Any, i: int) -> bool:
    """Whether "from" before token `i` follows what a person sends or gives ("a text from
    Imre", "the afternoon off from Vasil"): what follows is someone, whatever the NER guessed."""
    return i >= 2 and doc[i - 1].lower_ == "from" and doc[i - 2].lower_ in FROM_SOMEONE


def _where_or_whose(doc: Any, e: Any) -> bool:
    """ "first day back at Thornbury tomorrow", "straight from Ashvale for a swim", "her
    teacher at Kelmscott": a one-word name right after a locative word ("at", "in") or after
    "from" is somewhere one is (a school, a firm, a town), not someone; "with X", "told X",
    "X said" stay people. Not a house called after its people ("at Nadia's"), nor "from"
    after what a person sends or gives ("a text from Imre", "the day off from Vasil")."""
    if e.start == 0 or (e.end < len(doc) and doc[e.end].text in ("'s", "’s")):
        return False
    before = doc[e.start - 1].lower_
    if before in LOCATIVES:
        return True
    return before == "from" and not _from_someone(doc, e.start)


# Endings of made-up brand names ("Zapcom", "Screwfix", "Thameslink"); no first name ends so.
BRAND_ENDINGS = (
    "com", "tech", "fix", "link", "soft", "ware", "mart", "serve", "care", "build", "works",
    "point", "zone", "direct", "plus", "pay", "tastic",
)  # fmt: skip


# Words of a firm's dealings in the sentence: "Brindco sent the invoice", "the quote from ...".
TRADE_WORDS = {
    "invoice", "invoices", "quote", "quoted", "refund", "delivery", "delivered", "order",
    "ordered", "contract", "bill", "billed", "account", "subscription", "warranty",
}  # fmt: skip


def _names_the_ner_missed(doc: Any) -> None:
    """On typed text the writer's capital is their word for a name: one capitalised proper
    noun that no dictionary or list knows, said where only a name goes ("back at Orwenby",
    "straight from Kelmford", "organising a Binbash"), is a name even where the NER saw
    nothing. It takes the NER's usual guess for such a word, an organisation, so that the
    layers after it decide its kind as they would the NER's ("at" and "from" keep it
    somewhere, "a" a thing). Not on a transcript, where the capital is Whisper's guess."""
    english = _english_words()
    never = (
        NOT_NAME | ACTION_VERBS | TITLES | ACRONYMS | lexicon.place_words() | lexicon.not_entities()
    )
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    for t in doc:
        if t.i in taken or t.i == 0 or t.tag_ != "NNP" or not (t.is_title and t.is_alpha):
            continue
        low = t.lower_
        if len(t) < 3 or low in never or {low, low.removesuffix("s"), t.lemma_.lower()} & english:
            continue
        if low in _listed_places():
            continue  # "at Plumstead": the lists' place, not a guess
        before = doc[t.i - 1]
        # not "near" or "past" (a place alone, left to the place rules)
        placed = before.lower_ in ("at", "in", "a", "an") or (
            before.lower_ == "from" and not _from_someone(doc, t.i)
        )
        if not (placed or _subject_of_a_clause(doc, t)) or not before.is_lower:
            continue
        # one word alone: a run of capitalised words is left to the rules for longer names
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and nxt.is_title and nxt.i not in taken:
            continue
        _set_entity(doc, t.i, t.i + 1, "ORG")


CLAUSE_JOINS = {"and", "but", "then", "while", "so", "whilst"}


def _subject_of_a_clause(doc: Any, t: Any) -> bool:
    """ "..., and Quorbel running the stall", "but Vostrel kept the tombola going": one
    capitalised word opening a clause after "and" or "but" with its verb straight after it
    is the one doing it, a name (the layers after decide whose). Not the sentence's first
    word, whose capital says nothing."""
    if doc[t.i - 1].lower_ not in CLAUSE_JOINS or t.i + 1 >= len(doc):
        return False
    verb = doc[t.i + 1]
    return verb.tag_ in ("VBG", "VBD", "VBZ") and verb.is_lower and verb.is_alpha


def _lone_guesses_are_people(doc: Any) -> None:
    """One capitalised word that no dictionary, list or suffix knows, and that the small
    model guessed is an organisation (or a town, when no "in" or "from" puts it somewhere), is
    a person far more often than a firm on memo language: the model takes first names it has
    never seen ("Tendai", "Callum's mum") for organisations and towns. So it is a person unless
    the words around it say otherwise: "the"
    before it (a family, a team, "the Pavilions"), a firm's "they" or "which" after it, an
    app or a place word. Context rules after this one still make it an organisation where
    someone works for it or is from it ("Ebere from Peabody")."""
    english = _english_words()
    never = (
        NOT_NAME | ACTION_VERBS | TITLES | ACRONYMS | lexicon.place_words() | lexicon.not_entities()
    )
    for e in list(doc.ents):
        if e.label_ not in ("ORG", *PLACE_GUESSES) or e.ent_id_ or len(e) != 1:
            continue
        if (
            e.label_ in PLACE_GUESSES
            and not _from_someone(doc, e.start)
            and (_somewhere(doc, e.start) or _placed_by_its_neighbours(doc, e))
        ):
            continue  # "a hallway in Chingford": a town the lists lack
        if e.label_ == "ORG" and _an_app_one_is_on(doc, e):
            continue
        word = e[0]
        low = word.lower_
        if not (word.is_title and word.is_alpha) or low in never:
            continue
        if {low, low.removesuffix("s")} & english or low in org_suffixes() | _one_word_orgs():
            continue
        if low.endswith(BRAND_ENDINGS):
            continue  # "Zapcom", "Screwfix", "Thameslink": a brand's made-up word
        if {t.lower_ for t in doc[e.end : e.end + 4]} & TRADE_WORDS:
            continue  # "Brindco sent the invoice": a firm's dealings
        before = doc[e.start - 1].lower_ if e.start else ""
        after = [t.lower_ for t in doc[e.end : e.end + 3] if t.text != ","]
        if before in ("the", "a", "an") or (after and after[0] in FIRM_AFTER | {"app"}):
            continue
        if _where_or_whose(doc, e):
            continue  # "back at Thornbury tomorrow", "straight from Ashvale": somewhere
        if _family_of(doc, e):
            continue  # "the two Adeyemi boys": a family
        if after[:1] == ["who"] and after[1:2] and after[1] in FIRM_AFTER:
            continue
        _set_entity(doc, e.start, e.end, "PERSON")


def _placed_by_its_neighbours(doc: Any, e: Any) -> bool:
    """A town the NER guessed that the words beside it keep a place: a kind of place after it
    ("our Becontree ward councillor"), "round" before it ("a leaflet drop round Becontree"),
    a trip there and back ("the cycle path to Warmley and back"), or another place joined to
    it by "and" ("Becontree and Valence Park"). None of these is said of someone."""
    after = [t.lower_ for t in doc[e.end : e.end + 3]]
    if after[:1] and after[0] in PLACE_SUFFIXES | {"ward"}:
        return True
    before = doc[e.start - 1].lower_ if e.start else ""
    if before == "round" or (before == "to" and after[:2] == ["and", "back"]):
        return True
    if after[:1] == ["and"] and _names_a_place(doc, e.end + 1, 1):
        return True
    return before == "and" and _names_a_place(doc, e.start - 2, -1)


def _names_a_place(doc: Any, i: int, step: int) -> bool:
    """Whether the capitalised words from token `i` on (`step` 1), or up to it (`step` -1),
    are a name of two or more words ending in a kind of place: "Valence Park"."""
    words = []
    k = i
    while 0 <= k < len(doc) and len(words) < 4 and doc[k].is_title and doc[k].is_alpha:
        words.append(doc[k].lower_)
        k += step
    if step < 0:
        words.reverse()
    return len(words) >= 2 and words[-1] in PLACE_SUFFIXES


def _an_app_one_is_on(doc: Any, e: Any) -> bool:
    """ "does the homework on Sparx", "put it on Vinted": a word the NER took for a firm after
    "on" is an app or a site one uses; someone is not "on" anyone ("on Tendai's side" is
    her side, so not before "'s")."""
    if e.start == 0 or doc[e.start - 1].lower_ != "on":
        return False
    return not (e.end < len(doc) and doc[e.end].text in POSS)


def _people_typed_as_orgs(doc: Any) -> None:
    """One word the NER guessed is an organisation that is said to do a job ("The carer who
    comes in the mornings is Marta") or taken up by "who" ("Marta, who runs the shed"; an
    organisation is "which"). Only a word no dictionary has: "The landlord is Hearthstone" keeps
    its organisation. A name after "Mr" or "Mrs" is someone's wherever it is said ("a note
    from Mr Thistlecombe"), and so is one after "Coach" that no dictionary has ("Coach
    Tadeo", not "the Coach House"), and so is a first name before a surname's prefix said as a
    word ("Lorcan Mc Givney"), and so is a first name, a middle initial and a surname
    ("Peter J Mason"). A job said as a title before a word no dictionary has is
    someone's even when the NER took the two for a place ("Nurse Okafor rang")."""
    english = _english_words()
    places = lexicon.place_words()
    for e in list(doc.ents):
        names = [t for t in e[1:] if t.is_title and t.lower_ not in org_suffixes()]
        if (
            e.label_ in ("LOC", "GPE")
            and e.ent_id_ not in (VOCAB_ID, GAZETTEER_ID)
            and len(e) == 2
            and e[0].is_title
            and e[0].lower_ in lexicon.JOB_TITLES
            and e[1].is_title
            and e[1].pos_ == "PROPN"
            and e[1].lower_ not in places
            and e[1].lower_ not in english
        ):  # "Nurse Okafor rang": a job said as a title opening a sentence, taken for a place
            _set_entity(doc, e.start, e.end, "PERSON", e.ent_id_)
            continue
        if (
            e.label_ == "ORG"
            and e.ent_id_ not in (VOCAB_ID, GAZETTEER_ID)
            and 2 <= len(e) <= 3
            and len(names) == len(e) - 1
            and (
                e[0].lower_ in PERSONAL_TITLES
                or (  # "Midwife Hughes said": a job said as a title (not "Coach House")
                    e[0].lower_ in lexicon.JOB_TITLES - lexicon.TITLES_BEFORE_A_FIRST_NAME
                    and len(e) == 2
                    and e[1].pos_ == "PROPN"
                    and e[1].lower_ not in places
                    and not _role_word(e[1].lower_)
                )
                or (
                    e[0].lower_ in lexicon.TITLES_BEFORE_A_FIRST_NAME
                    and len(e) == 2
                    and e[1].is_alpha
                    and e[1].lower_ not in english
                    and e[1].lower_ not in places
                )
            )
        ):
            _set_entity(doc, e.start, e.end, "PERSON", e.ent_id_)
            continue
        if (
            e.label_ == "ORG"
            and not e.ent_id_
            and len(e) == 3
            and e[0].lower_ in lexicon.common_first_names()
            and e[1].text in ("Mc", "Mac", "O")
            and e[2].is_title
            and e[2].is_alpha
        ):  # "Lorcan Mc Givney came round": a first name and a surname's prefix said apart
            _set_entity(doc, e.start, e.end, "PERSON")
            continue
        if (
            e.label_ == "ORG"
            and not e.ent_id_
            and len(e) == 3
            and e[0].is_title
            and e[0].lower_ in lexicon.common_first_names()
            and len(e[1].text) == 1
            and e[1].is_upper
            and e[1].text not in ("A", "I")
            and e[2].is_title
            and e[2].is_alpha
            and e[2].lower_ not in org_suffixes()
        ):  # "Peter J Mason came round": a first name, a middle initial and a surname
            _set_entity(doc, e.start, e.end, "PERSON")
            continue
        if e.label_ == "ORG" and not e.ent_id_ and _a_full_name_doing(doc, e, english, places):
            _set_entity(doc, e.start, e.end, "PERSON")
            continue
        if e.label_ != "ORG" or e.ent_id_ or len(e) != 1 or not e[0].is_title:
            continue
        word = e[0]
        low = word.lower_
        if low in english or low in org_suffixes() or low in _one_word_orgs() or low in ACRONYMS:
            continue
        after = [t.lower_ for t in doc[e.end : e.end + 3]]
        if after[:2] == [",", "who"] and after[2:] not in (["are"], ["were"], ["have"], ["'re"]):
            # "Marta, who runs the shed," (a firm takes the plural: "Zapcom, who were great")
            _set_entity(doc, e.start, e.end, "PERSON")
            continue
        verb = doc[e.start - 1] if e.start > 0 else None
        if verb is None or verb.lower_ not in ("is", "was") or word.dep_ != "attr":
            continue
        if any(_role_word(c.lower_) for c in verb.children if c.dep_ == "nsubj"):
            _set_entity(doc, e.start, e.end, "PERSON")


def _a_full_name_doing(doc: Any, e: Any, english: Any, places: Any) -> bool:
    """ "Ruairidh MacIver is taking the under twelves", "Gethin ap Rhys is the new chair":
    two capitalised words no dictionary, place list or organisation's word has (a surname's
    particle between them), which the NER took for a firm, said doing something ("is
    taking", "'s skippering") or being someone's job ("is the new chair"). A firm of two such
    words ("Kernow Fish" has a word) is not said so."""
    words = [t for t in e if t.lower_ not in lexicon.PARTICLES]
    capitalised = all(t.is_title or _a_mc_name(t) for t in words)  # "MacIver" too
    if not 2 <= len(words) <= 3 or len(e) > 4 or not capitalised:
        return False
    if e[0].lower_ in lexicon.PARTICLES:
        return False
    if any(
        not t.is_alpha or t.lower_ in english or t.lower_ in places or t.lower_ in org_suffixes()
        for t in words
    ):
        return False
    i = e.end
    if i + 1 >= len(doc) or doc[i].lower_ not in ("is", "was", "'s", "’s"):
        return False
    nxt = doc[i + 1]
    if nxt.tag_ == "VBG" and nxt.is_lower:
        return True
    # "is the new chair", "is our treasurer"
    return nxt.lower_ in DETERMINERS and any(_role_word(t.lower_) for t in doc[i + 2 : i + 5])


# After a name, words that only a person does: "Priti said", "Marek, the plumber".
PERSON_VERBS = {"said", "says", "reckons", "reckoned", "told", "mentioned", "thinks", "asked"}


def _an_age_group(doc: Any, i: int) -> bool:
    """ "under nines", "under 11s" from token i: a child's team, said after whose it is."""
    return (
        i + 1 < len(doc)
        and doc[i].lower_ == "under"
        and AGE_GROUP.fullmatch(doc[i + 1].lower_) is not None
    )


# The NER's labels for a name of a thing, which someone's name may be misread as.
NOT_PERSON_LABELS = ("ORG", "GPE", "PRODUCT", "NORP", "WORK_OF_ART", "FAC")


def _people_by_context(doc: Any) -> None:
    """Names the NER calls an organisation that the words around them say are people, and
    first names it cut off ("Precious Mensah" read as "Mensah")."""
    suffixes = org_suffixes()
    for e in list(doc.ents):
        if _a_double_barrelled_name(doc, e):
            _set_entity(doc, e.start, e.end, "PERSON")  # "Perdita Harcourt-Lowe" (NER: ORG)
            continue
        if e.ent_id_ in (VOCAB_ID, GAZETTEER_ID) or len(e) > 2:
            continue
        if (
            e.label_ == "PERSON"
            and len(e) == 1
            and e.end + 1 <= len(doc) - 1
            and doc[e.end].text in ("'s", "’s")
            and (doc[e.end + 1].is_punct or doc[e.end + 1].pos_ in ("ADP", "CCONJ"))
            and not _someones_home(doc, e)
            and not _an_age_group(doc, e.end + 1)
        ):
            _set_entity(doc, e.start, e.end + 1, "ORG")  # "went into Sainsbury's on the ..."
            continue
        if e.label_ == "PERSON" and len(e) == 1 and _a_firm_said_as_theirs(doc, e.start):
            _set_entity(doc, e.start, e.end + 1, "ORG")  # "Okonedo's are coming Monday"
            continue
        if e.label_ == "PERSON" and len(e) == 1 and e.start > 1:
            before = doc[e.start - 1]
            # "Tomasz Nowak from Kier", "Orla at Hadley": a person is from an organisation
            if before.lower_ in ("from", "at") and doc[e.start - 2].ent_type_ == "PERSON":
                _set_entity(doc, e.start, e.end, "ORG")
                continue
            if before.lower_ in ("called", "named") and doc[e.start - 2].lower_ in ORG_NOUNS:
                _set_entity(doc, e.start, e.end, "ORG")  # "a company called Better"
                continue
        if e.label_ == "PERSON" and len(e) == 1 and e.start > 0:
            prep = doc[e.start - 1]
            verbs = {t.lower_ for t in doc[max(e.sent.start, e.start - 5) : e.start]}
            if prep.lower_ in ("with", "from", "through", "via") and verbs & HIRE_VERBS:
                _set_entity(doc, e.start, e.end, "ORG")
                continue
        if e.label_ == "PERSON":
            prev = doc[e.start - 1] if e.start > 0 else None
            if (
                prev is not None
                and prev.is_title
                and prev.is_alpha
                and prev.ent_type_ == ""
                and prev.lower_ not in NOT_NAME | ACTION_VERBS | TITLES | CUE_WORDS
                and (
                    (not prev.is_sent_start and e.start > 1 and doc[e.start - 2].is_punct)
                    or (prev.lower_ in lexicon.first_names() and len(e) == 1)
                )
            ):
                _set_entity(doc, e.start - 1, e.end, "PERSON")  # "Aoife Byrne" read as "Byrne"
            continue
        if e.label_ not in NOT_PERSON_LABELS:
            continue
        if _named_then_their_role(doc, e):
            _set_entity(doc, e.start, e.end, "PERSON")  # "subs to sandra kettle the secretary"
            continue
        if (
            len(e) == 2
            and e[0].lower_ in NICKNAME_OPENERS
            and (e.start == 0 or doc[e.start - 1].lower_ not in BEFORE_A_SIZE)
            and (e.text.istitle() or e.text.islower())  # "big nige has done his back"
            and (
                e[1].lower_ in lexicon.common_first_names()
                or (  # a name cut short ("Big Nige"): no word, no place, no listed body
                    e[1].lower_ not in _english_words()
                    and e[1].lower_ not in lexicon.place_words()
                    and e.text.lower() not in lexicon.listed_org_names()
                    and e[1].text.lower() not in lexicon.listed_org_names()
                )
            )
        ):
            _set_entity(doc, e.start, e.end, "PERSON")  # "Big Nige still owes"
            continue
        if any(t.lower_ in suffixes for t in e) or not e[0].is_title:
            continue
        if (
            len(e) == 2
            and e[0].lower_ in lexicon.common_first_names()
            and (e[1].is_title or _a_mc_name(e[1]))
            and e[1].lower_ not in PLACE_SUFFIXES | BUILDINGS | lexicon.place_words()
            and not _somewhere_named_for_someone(doc, e)
        ):
            _set_entity(doc, e.start, e.end, "PERSON")  # "Kemi Adeyemi" (NER: GPE)
            continue
        if _said_to_be_person(doc, e.start, e.end):
            _set_entity(doc, e.start, e.end, "PERSON")


# Words before a first name that make a nickname: "Big Nige", "Little Mo", "Wee Shona".
NICKNAME_OPENERS = {"big", "little", "wee", "young"}
# Said before "big" or "wee" that make it a size, not part of a name: "the big lad".
BEFORE_A_SIZE = DETERMINERS | {"that", "this"}


def _named_then_their_role(doc: Any, e: Any) -> bool:
    """ "the subs are due to sandra kettle the league secretary": a first name and one more
    word, in lower case as Whisper writes them, then "the" and a role, is someone."""
    if len(e) != 2 or not all(t.is_lower and t.is_alpha for t in e):
        return False
    if e[0].lower_ not in lexicon.common_first_names() or e[1].lower_ in org_suffixes():
        return False
    after = doc[e.end : e.end + 4]
    return (
        len(after) >= 2
        and after[0].lower_ == "the"
        and any(_role_word(t.lower_) for t in after[1:])
    )


def _a_double_barrelled_name(doc: Any, e: Any) -> bool:
    """ "Perdita Harcourt-Lowe from the gallery": a first name (or a word no dictionary has),
    then two capitalised words joined by a hyphen, none of them a firm's word or a place's,
    is someone with a double-barrelled surname, whatever the NER called it (the dev-taught
    NER: PERSON; the one taught on every split: ORG)."""
    if e.label_ not in NOT_PERSON_LABELS:
        return False
    if e.ent_id_ in (VOCAB_ID, GAZETTEER_ID) or len(e) != 4 or e[2].text != "-":
        return False
    first, a, b = e[0], e[1], e[3]
    words = {a.lower_, b.lower_}
    return (
        (first.lower_ in lexicon.first_names() or first.lower_ not in _english_words())
        and all(t.is_title and t.is_alpha for t in (first, a, b))
        and not words & (org_suffixes() | PLACE_SUFFIXES | BUILDINGS | lexicon.place_words())
        and e.text.lower() not in lexicon.listed_org_names()
        and not _somewhere_named_for_someone(doc, e)
    )


def _somewhere_named_for_someone(doc: Any, e: Any) -> bool:
    """ "the head at Ashley Brannock, Mrs Odu, said", "the meeting's at Edwin Marsh": a first
    name and a surname the NER calls an organisation, said after "at" (not "looked at",
    "shouted at", nor "at Kemi Adeyemi's"), is a school or a building named after someone,
    where one goes or works; a person is met "with", not "at"."""
    if e.start < 2 or doc[e.start - 1].lower_ != "at":
        return False
    if e.end < len(doc) and doc[e.end].text in ("'s", "’s"):
        return False
    return doc[e.start - 2].pos_ not in ("VERB", "ADJ", "AUX")


def _a_mc_name(t: Any) -> bool:
    """ "McTavish", "MacLeod": a surname with a capital inside, which no title-case test
    passes ("Morag McTavish emailed", NER: ORG or nothing)."""
    return re.fullmatch(r"(?:Mc|Mac)[A-Z][a-z]+", t.text) is not None


def _someones_home(doc: Any, e: Any) -> bool:
    """ "dinner at Navdeep's in Hayes ... Navdeep does the weekends": a name before "'s" that
    the memo says again as a person, or a listed first name no shop is called, is someone's
    home, not a shop's name ("went into Sainsbury's")."""
    low = e[0].lower_
    if low in lexicon.common_first_names() and low not in _one_word_orgs():
        return True
    if low in lexicon.first_names() and _opens_a_clause(doc, e.start):
        return True  # "So, Dessie's out till July", "Monday, Eunan's at the salon": is, not 's
    return any(
        o.label_ == "PERSON" and o.start != e.start and low in {t.lower_ for t in o}
        for o in doc.ents
    )


def _opens_a_clause(doc: Any, i: int) -> bool:
    """Token i opens a sentence or a clause (after a comma, "so", "and"): where a name before
    "'s" is the one something is said of ("Dessie's out"), not a shop one goes into."""
    return i == doc[i].sent.start or doc[i - 1].lower_ in CLAUSE_OPENERS


# First words of an organisation's name that are no one's first name: "Northern Powergrid".
NOT_FIRST_WORDS = {
    "northern", "southern", "eastern", "western", "central", "national", "royal", "british",
    "united", "county", "great", "greater", "international", "general", "global", "regional",
}  # fmt: skip


def _venue(e: Any) -> bool:
    """A hall or a sports centre ("the Secular Hall", "Aylestone Leisure Centre"): a
    building, so a place; other centres ("the National Space Centre") may be organisations."""
    last = e[-1].lower_
    if last in ("centre", "center"):
        return len(e) > 1 and e[-2].lower_ in (
            "leisure",
            "sports",
            "community",
            "civic",
            "shopping",
        )
    return last in VENUE_SUFFIXES


def _ordinary_phrase(doc: Any, e: Any) -> bool:
    """ "Rang Sure Start", "Bright Sparks": two capitalised words, no first name and no
    title among them, that read as ordinary English once lower-cased (the tagger sees no
    proper noun in "i rang sure start") name an organisation, not a person."""
    words = [t for t in e if t.lower_ not in ACTION_VERBS]
    if len(words) != 2 or not all(t.is_title and t.is_alpha for t in words):
        return False
    if any(t.lower_ in lexicon.first_names() or t.lower_ in TITLES for t in words):
        return False
    first, last = words[0].lower_, words[1].lower_
    if first in WORD_NAMES and not (
        last in org_suffixes()
        or last in lexicon.place_words()
        or last in PLACE_SUFFIXES
        or last in VENUE_SUFFIXES
        or last in lexicon.EVENT_NOUNS
        or last.removesuffix("s") in lexicon.EVENT_NOUNS
    ):
        return False  # "Rang Dawn Rudd", "Hazel Bright rang": a first name that is a word too
    if _first_word_said_alone(doc, e, words[0]):
        return False  # "Dawn, Dawn Pightling-Rudd, sorry, it's just Dawn Rudd": a name too
    known = _english_words()
    if not all(t.lower_ in known or t.lower_.removesuffix("s") in known for t in words):
        return False  # "Bronagh Quill": a word no dictionary has is a name
    nlp = load_nlp()
    probe = nlp.make_doc("i said " + " ".join(t.lower_ for t in words) + " today")
    for name in ("tok2vec", "tagger"):
        if name in nlp.pipe_names:
            probe = nlp.get_pipe(name)(probe)
    return not any(t.tag_ in ("NNP", "NNPS") for t in probe[2:-1])


def _someone_from_a_body(doc: Any, i: int) -> bool:
    """ "and Pia Lund from the Heron Trust": a name said "from" or "at" a capitalised name
    ending in an organisation's word (token i on) is someone there, not a body itself."""
    if i >= len(doc) or doc[i].lower_ not in ("from", "at"):
        return False
    j = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
    end = j
    while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
        end += 1
    return end > j and doc[end - 1].lower_ in org_suffixes()


def _a_name_from_a_body(doc: Any, e: Any) -> bool:
    """ "and Kirk Hale from the Brackley Trust": two or three capitalised words, none a body's,
    a place's or a venue's word, said "from" or "at" a body are someone there, whatever the
    NER guessed them."""
    never = org_suffixes() | lexicon.place_words() | PLACE_SUFFIXES | VENUE_SUFFIXES
    return (
        2 <= len(e) <= 3
        and all(t.is_title and t.is_alpha and t.lower_ not in never for t in e)
        and _someone_from_a_body(doc, e.end)
    )


def _first_word_said_alone(doc: Any, e: Any, first: Any) -> bool:
    """A first name that is also a word ("Dawn", "Summer") opening a name the NER read as a
    person, and said alone as a person elsewhere in the memo ("send Dawn the quote")."""
    return (
        e.label_ == "PERSON"
        and first.lower_ in lexicon._faker_first_names()
        and any(
            t.text == first.text and t.ent_type_ == "PERSON" and not e.start <= t.i < e.end
            for t in doc
        )
    )


def _pet_name(word: str) -> bool:
    """A name said twice in one word ("JoJo", "DeeDee", "LouLou"): what a family calls a
    child or a friend, not a firm."""
    m = re.fullmatch(r"([A-Z][a-z]+)([A-Z][a-z]+)", word)
    return m is not None and m[1].lower() == m[2].lower()


# Plural words for children a family name goes before: "the Adeyemi kids".
YOUNG = {"kids", "boys", "girls", "twins", "children", "lads", "lot", "terrors", "monsters"}


def _family_of(doc: Any, e: Any) -> bool:
    """ "the two Adeyemi boys, Tunde and Femi", "the Kowalczyk kids": a surname before a
    plural word for children, or before a plural and then names, is the family."""
    if e.end >= len(doc) or not e[0].is_title or e[0].lower_ in org_suffixes():
        return False
    before = [t.lower_ for t in doc[max(0, e.start - 2) : e.start]]
    if "the" not in before:
        return False
    noun = doc[e.end]
    if noun.lower_ in YOUNG:
        return True
    named = e.end + 2 < len(doc) and doc[e.end + 1].text == ","
    return (
        noun.tag_ == "NNS"
        and named
        and doc[e.end + 2].is_title
        and doc[e.end + 2].lower_
        in lexicon.first_names() | {t.lower_ for t in doc if t.ent_type_ == "PERSON"}
    )


def _people_the_ner_mislabelled(doc: Any) -> None:
    """Names the statistical NER gets wrong in a way no single context cue catches: first
    names it calls a place ("Nadia says", "the lad there, Jamal"), two first names joined by
    "and" it calls one organisation ("Ollie and Maisie"), a doctor's surgery read as an
    organisation named for the doctor ("Doctor Marwaha's surgery rang"), and a brand after "a"
    read as a person ("his boiler's a Worcester Bosch")."""
    first_names, places = lexicon.first_names(), _listed_places()
    common = lexicon.common_first_names()  # before "'s", a rare name is as likely a shop's
    for e in list(doc.ents):
        if e.ent_id_ != VOCAB_ID and _place_named_as_kin(doc, e):
            _set_entity(doc, e.start, e.end, "PERSON")  # "her brother Devon": a listed place
            continue
        if e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        words = [t for t in e if t.lower_ not in ("and", ",", "&")]
        if e.label_ in ("ORG", "PRODUCT", *PLACE_GUESSES) and len(e) == 1 and _pet_name(e[0].text):
            _set_entity(doc, e.start, e.end, "PERSON")  # "JoJo came home": a pet name
            continue
        if e.label_ == "ORG" and len(e) == 1 and _family_of(doc, e):
            _clear_entities(doc, e.start, e.end)  # "the two Adeyemi boys": a family
            continue
        if e.label_ == "ORG" and _a_title_and_a_name(e, first_names):
            _set_entity(doc, e.start, e.end, "PERSON")  # "Coach Mike Doherty wants the subs"
            continue
        if (
            e.label_ in ("ORG", "PERSON")
            and len(e) >= 2
            and e[0].is_sent_start
            and e[0].lower_.endswith("ed")
            and e[0].lower_ in _english_words()
            and e[1].is_title
            and e[1].lower_ in first_names
            and e[0].lower_ not in first_names
        ):
            # "Sorted Edna's pass", "Booked Ayo Bello": the verb opening the sentence is no name
            end = e.start + 2 + (len(e) > 2 and e[2].is_title and e[2].is_alpha)
            _clear_entities(doc, e.start, e.end)
            _set_entity(doc, e.start + 1, end, "PERSON")
            continue
        if (
            e.label_ == "ORG"
            and len(e) in (2, 3)
            and e[0].is_title
            and e[0].lower_ in common
            and e[1].text in ("'s", "’s")
            and (len(e) == 2 or e[2].is_lower)
        ):
            # "Rory's in for the tournament", "let Isla's school know": the child, no org
            _clear_entities(doc, e.start, e.end)
            _set_entity(doc, e.start, e.start + 1, "PERSON")
            continue
        if (
            e.label_ == "ORG"
            and len(e) == 3
            and e[0].is_title
            and e[0].lower_ in common
            and e[1].is_title
            and e[1].is_alpha
            and e[1].lower_ not in org_suffixes() | lexicon.place_words()
            and e[2].text in ("'s", "’s")
        ):
            # "The party at Sam Reed's was loud": a first name and a surname, someone's home
            _clear_entities(doc, e.start, e.end)
            _set_entity(doc, e.start, e.start + 2, "PERSON")
            continue
        if e.label_ == "ORG" and _venue(e) and not any(t.lower_ in org_suffixes() for t in e):
            _set_entity(doc, e.start, e.end, "LOC")  # "the Secular Hall", "Leys Leisure Centre"
            continue
        if (
            e.label_ in PLACE_GUESSES
            and len(e) == 1
            and e[0].is_title
            and e[0].lower_ in first_names
            and e[0].lower_ not in places
            and not _somewhere(doc, e.start)
        ):
            _set_entity(doc, e.start, e.end, "PERSON")
        elif e.label_ == "ORG" and _a_name_from_a_body(doc, e):
            _set_entity(doc, e.start, e.end, "PERSON")  # "and Kirk Hale from the Brackley Trust"
        elif (
            e.label_ == "ORG"
            and _a_person_by_name_or_pronoun(doc, e)
            and not (len(e) == 2 and _somewhere_named_for_someone(doc, e))
        ):
            _set_entity(doc, e.start, e.end, "PERSON")  # "Ilka, she's great", "Rhoda Quist"
        elif e.label_ in ("GPE", "LOC") and _first_name_and_surname_doing(doc, e, places):
            _set_entity(doc, e.start, e.end, "PERSON")  # "and um Ffion Price wants a copy"
        elif e.label_ in ("GPE", "LOC", "NORP", "FAC") and _said_as_a_person(doc, e.start, e.end):
            _set_entity(doc, e.start, e.end, "PERSON")  # "tell Wendell Okoro" (NER: GPE)
        elif (
            e.label_ in ("GPE", "LOC")
            and len(e) == 1
            and e[0].lower_ not in places
            and not _somewhere(doc, e.start)
            and _a_person_by_name_or_pronoun(doc, e)
        ):
            _set_entity(doc, e.start, e.end, "PERSON")  # "The cleaner is Yelena, she starts"
        elif (
            e.label_ == "ORG"
            and len(e) == 2
            and e.start > 1
            and doc[e.start - 1].lower_ in ("is", "was")
            and all(t.is_title and t.lower_ not in org_suffixes() for t in e)
            and any(_role_word(t.lower_) for t in doc[max(0, e.start - 4) : e.start - 1])
        ):
            _set_entity(doc, e.start, e.end, "PERSON")  # "The musical director is Ifan Rees"
        elif (
            e.label_ == "PERSON"
            and len(e) >= 2
            and (e[0].lower_ in NOT_FIRST_WORDS or _ordinary_phrase(doc, e))
            and not _someone_from_a_body(doc, e.end)
        ):
            # "Spoke to Northern Powergrid"; but "the deli on Mill Road" is a street
            street = e[-1].lower_ in PLACE_SUFFIXES and e[-1].lower_ not in org_suffixes()
            _set_entity(doc, e.start, e.end, "LOC" if street else "ORG")
        elif (
            e.label_ != "PERSON"
            and len(words) >= 2
            and any(t.lower_ == "and" for t in e)
            and all(t.is_title and t.lower_ in first_names for t in words)
        ) or _names_that_are_words_paired(doc, e, words):
            start = e.start
            # "Favour and Mercy are going to run it" (NER: ORG): read from the words around
            # them, as `_listed_with_people` reads the pair the NER saw nothing of
            why = CONTEXT_ID if _names_that_are_words_paired(doc, e, words) else ""
            _clear_entities(doc, e.start, e.end)
            for t in doc[start : start + len(e)]:
                if t.lower_ not in ("and", ",", "&"):
                    _set_entity(doc, t.i, t.i + 1, "PERSON", why)
        elif (
            e.label_ == "ORG"
            and e.start > 0
            and doc[e.start - 1].lower_ in TITLES
            and len(e) >= 3
            and e[-2].text in ("'s", "’s")
            and e[-1].is_lower
        ):
            _set_entity(doc, e.start - 1, e.end - 2, "PERSON")  # "Doctor Marwaha's surgery"
        elif (
            e.label_ == "PERSON"
            and e[0].lower_ not in first_names | TITLES  # "a Mr Bhatt" is someone
            and e.start > 0
            and (
                doc[e.start - 1].lower_ in ("a", "an")
                or (
                    e.start > 1
                    and doc[e.start - 2].lower_ in ("a", "an")
                    and doc[e.start - 1].is_title
                )
            )
        ):
            _clear_entities(doc, max(0, e.start - 1), e.end)  # "a Worcester Bosch"
        elif (
            e.label_ == "ORG"
            and e.start > 0
            and doc[e.start - 1].lower_ in ("a", "an")
            and e.end < len(doc)
            and doc[e.end].is_title
            and not doc[e.end].ent_type_
        ):
            _clear_entities(doc, e.start, e.end)  # "his van's a Ford Transit": a product


def _place_named_as_kin(doc: Any, e: Any) -> bool:
    """ "her brother Devon", "my niece Paris": one capitalised word the NER took for a place,
    right after a word for family that "my", "her" or a possessive owns, is that relative's
    name; somewhere is said "in" or "to" ("my sister in Devon")."""
    if e.label_ not in PLACE_GUESSES or len(e) != 1 or not e[0].is_title or e.start < 2:
        return False
    kin, owner = doc[e.start - 1], doc[e.start - 2]
    return (
        kin.lower_ in KIN
        and kin.lower_ not in ("kids", "children", "sons", "daughters", "grandchildren", "twins")
        and (owner.lower_ in POSSESSIVE_WORDS or owner.text in POSS)
    )


# Words that own a relative: "her brother Devon", "Tunde's sister".
POSSESSIVE_WORDS = {"my", "her", "his", "their", "our", "your"}


def _names_that_are_words_paired(doc: Any, e: Any, words: list[Any]) -> bool:
    """ "Jack and Honey both got their badges", "Favour and Mercy are doing the face
    painting": names joined by "and" that the NER took for one firm, all first names or
    names that are words too, opening the sentence and then doing something together, or
    after a verb that takes people ("need to thank Patience and Charity for the flowers")."""
    cued = e.start > 0 and doc[e.start - 1].lower_ in PAIR_CUES
    if e.label_ == "PERSON" or len(words) < 2 or not (e[0].is_sent_start or cued):
        return False
    if not any(t.lower_ == "and" for t in e):
        return False
    # "Charity" ends a firm's name too, but not one told or thanked beside another name
    if any(t.lower_ in org_suffixes() and not (cued and t.lower_ in WORD_NAMES) for t in words):
        return False
    if not all(t.is_title and t.is_alpha and _a_first_name(t.lower_) for t in words):
        return False
    if cued:
        return True
    if e.end >= len(doc):
        return False
    after = doc[e.end]
    return after.lower_ in ("both", "are", "were", "'re", "have") or (
        after.tag_ in ("VBD", "VBP", "MD") and after.is_lower
    )


def _listed_with_people(doc: Any) -> None:
    """ "Remind Ash, Kez and Lou", "Jojo and Bex want to come": a capitalised word in a list
    beside someone, that no dictionary has (or a first name, or one that is a word too), is
    someone as well; the NER often sees only some of a list, or none of a pair of names that
    are words too."""
    for t in doc:  # "Favour and Mercy are going to": a pair the NER saw nothing of
        if t.is_sent_start and t.i + 3 < len(doc) and doc[t.i + 1].lower_ == "and":
            pair = doc[t.i : t.i + 3]
            if not any(w.ent_type_ for w in pair) and _names_that_are_words_paired(
                doc, pair, [pair[0], pair[2]]
            ):
                _set_entity(doc, t.i, t.i + 1, "PERSON", CONTEXT_ID)
                _set_entity(doc, t.i + 2, t.i + 3, "PERSON", CONTEXT_ID)
    english = _english_words()
    # Asked one set at a time: their union is built per memo otherwise.
    never = (NOT_NAME, ACTION_VERBS, TITLES, FILLERS, lexicon.place_words(), org_suffixes())
    never = (*never, lexicon.not_entities(), _one_word_orgs())
    people = {e.start: e for e in doc.ents if e.label_ == "PERSON" and len(e) == 1}
    ends = {e.end - 1: e for e in doc.ents if e.label_ == "PERSON" and len(e) == 1}
    for t in doc:
        low = t.lower_
        if t.ent_type_ or not (t.is_title and t.is_alpha) or len(t) < 2:
            continue
        if any(low in words for words in never):
            continue
        if not ((t.pos_ == "PROPN" and low not in english) or _a_first_name(low)):
            continue
        before = t.i >= 2 and doc[t.i - 1].lower_ in (",", "and") and (t.i - 2) in ends
        after = t.i + 2 < len(doc) and doc[t.i + 1].lower_ in (",", "and") and (t.i + 2) in people
        if after and not before and _a_town_before_someone(doc, t.i):
            continue
        if before or after:
            _set_entity(doc, t.i, t.i + 1, "PERSON", CONTEXT_ID)


# Verbs that take a plural subject: after "Harrington's" they make the "'s" no "is" or "has".
PLURAL_VERBS = {"have", "are", "were", "'ve", "haven't", "aren't", "weren't", "do", "don't"}


def _a_firm_said_as_theirs(doc: Any, i: int) -> bool:
    """ "Harrington's have sent the invoice", "Pryce's are coming Monday": a name with "'s"
    that a plural verb follows is the firm named for its owner, as a shop is ("Sainsbury's
    are"); someone's "'s" there would be "is" or "has" ("Harrington's sent it")."""
    if i + 2 >= len(doc) or doc[i + 1].text not in POSS:
        return False
    return doc[i + 2].lower_ in PLURAL_VERBS and doc[i].lower_ not in lexicon.common_first_names()


def _a_town_before_someone(doc: Any, i: int) -> bool:
    """ "to get to Harpenden, Lottie was waiting": a word "in", "at" or "get to" put somewhere, set
    off by a comma from a name that goes on to its own verb, is a town, not the first of a
    list ("went over to Kez, Lou and Ash" is a list: the name after goes on with "and")."""
    if doc[i + 1].text != "," or _a_first_name(doc[i].lower_):
        return False
    got_to = doc[i - 1].lower_ == "to" and doc[i - 2].lower_ in ("get", "got", "getting")
    if not (doc[i - 1].lower_ in LOCATIVES or got_to):
        return False  # "went round to Kez, Lou was there": her house, so her
    nxt = doc[i + 3] if i + 3 < len(doc) else None
    return nxt is not None and nxt.lower_ not in (",", "and", "&")


def _a_person_by_name_or_pronoun(doc: Any, e: Any) -> bool:
    """An ORG the NER guessed that is a person: a listed first name and a surname no
    dictionary has ("Rhoda Quist", "Kwesi Adjei-Lamptey"), or one name no dictionary has
    that "she" or "he" picks up at once ("The childminder is Ilka, she's great"); organisations
    are "they" or "it". Ordinary words ("Halcyon, she said") and organisation endings stay."""
    words = [t for t in e if t.text not in ("-", "‑")]
    if not words or not all(t.is_title and t.is_alpha for t in words):
        return False
    known = _english_words()
    low = [t.lower_ for t in words]
    if any(w in org_suffixes() or w in lexicon.not_entities() or w in TITLES for w in low):
        return False
    after = [t.lower_ for t in doc[e.end : e.end + 2]]
    she = after[:1] in (["she"], ["he"]) or after in ([",", "she"], [",", "he"])
    if len(words) >= 2:
        if e.start > 0 and doc[e.start - 1].lower_ in ("a", "an"):
            return False  # "a Vauxhall Zafira": a product
        if any(w in lexicon.place_words() for w in low) or low[0] in NOT_FIRST_WORDS:
            return False
        if she and low[0] in lexicon.first_names():
            return True  # "with Mei Ling Chua, she's the optometrist": "ling" is a word too
        if all(w not in known and w.removesuffix("s") not in known for w in low[1:]):
            return low[0] in lexicon.first_names() or _said_as_a_person(doc, e.start, e.end)
        return False
    if low[0] in known or low[0] in lexicon.place_words():
        return False
    return she


def _first_name_and_surname_doing(doc: Any, e: Any, places: Any) -> bool:
    """ "Ffion Price wants a copy": a listed first name and one more capitalised word the NER
    read as a place, that then does what only someone does (wants, says, rang), is someone:
    not a listed place, not one ending in "Road" or "Park", not after "in" or "at"."""
    if len(e) != 2 or not all(t.is_title and t.is_alpha for t in e):
        return False
    first, last = e[0].lower_, e[1].lower_
    if first not in lexicon.first_names() or first in places or e.text.lower() in places:
        return False
    if last in PLACE_SUFFIXES | VENUE_SUFFIXES or last in org_suffixes():
        return False
    if _somewhere(doc, e.start) or e.end >= len(doc):
        return False
    return doc[e.end].lower_ in PERSON_DOES


# Words around a name that say a person: "Efe Ogbemudia from the church wants ...",
# "met Ugochi Nwankwo".
PERSON_BEFORE = {
    "met", "with", "to", "called", "named", "and", "emailed", "rang", "texted", "asked",
    "told", "phoned", "thanked", "introduced",
}  # fmt: skip


PERSON_AFTER = {
    "from", "who", "says", "said", "rang", "texted", "emailed", "wants", "asked", "told",
    "popped", "came", "mentioned", "reckons", "thinks", "runs", "works",
}  # fmt: skip


HESITATIONS = (FILLERS - {"sorry", "no"}) | {"uhm"}  # the sounds, not the corrections


# Verbs of handing a thing over to someone ("hand it to", "drop it in to").
HANDING = {"hand", "give", "pass", "lend", "show", "drop"}
# What may follow whom a thing is handed to: when, or the end of the sentence.
HANDED_WHEN = {"on", "by", "before", "tomorrow", "today", "tonight", "this", "next", "later", "."}


def _handed_over(doc: Any, to: int) -> bool:
    """Whether the "to" at `to` ends what was handed over by a verb of handing in its clause:
    "hand the keys to", "drop Dad's prescription form in to" (dropped off somewhere is
    "drop it at" or "drop it off", so "drop" only with "in to")."""
    for w in reversed(doc[max(0, to - 8) : to]):
        if w.lemma_.lower() in HANDING and w.pos_ == "VERB":
            return w.lemma_.lower() != "drop" or doc[to - 1].lower_ == "in"
        if w.text in (",", ".", ";") or w.is_sent_start:
            return False
    return False


def _said_as_a_person(doc: Any, start: int, end: int) -> bool:
    """Two or three capitalised words no dictionary has ("Efe Ogbemudia"), said the way a
    person is: after "met", "with", "rang" or opening the sentence, and before "from",
    "says", "rang" or ", the ..."; a first name not on the list and its surname."""
    words = doc[start:end]
    known = _english_words()
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.is_alpha for t in words):
        return False
    if any(
        t.lower_ in known
        or t.lower_ in NOT_NAME
        or t.lower_ in TITLES
        or t.lower_ in ACTION_VERBS
        or t.lower_ in org_suffixes()
        or t.lower_ in lexicon.place_words()
        for t in words
    ):
        return False
    # "and er Sunniva Dahl asked": a filler hides no word before the name
    b = start - 1
    while b >= 0 and doc[b].lower_ in HESITATIONS:
        b -= 1
    before = doc[b].lower_ if b >= 0 else ""
    after = doc[end].lower_ if end < len(doc) else ""
    opens = b < 0 or doc[b + 1].is_sent_start or before in ("then", "so", "and")
    # "Ilse Brandvold chaired": a sentence opened by the name and something it did
    did = opens and end < len(doc) and doc[end].tag_ == "VBD"
    if before in TELLING:
        return True  # "tell Wendell Okoro today": told something, so someone
    if before == "to" and after in HANDED_WHEN and _handed_over(doc, b):
        return True  # "drop Dad's form in to Ottoline Prowse on Monday": given into a hand
    if after in ("the", "our", "their") and any(
        _role_word(t.lower_) or t.lower_ in KIN for t in doc[end + 1 : end + 4]
    ):
        return True  # "Tadeo Vilanculo the boss at ...": named, then the job
    return (opens or before in PERSON_BEFORE) and (after in PERSON_AFTER or after == "," or did)


def _stray_surname(doc: Any, t: Any) -> bool:
    """A capitalised word the NER called a nationality, a place or an organisation on its own
    (not a listed one), right after a first name: the surname ("Morag McTavish", NER:
    McTavish NORP)."""
    return (
        (t.is_title or _a_mc_name(t))
        and t.is_alpha
        and t.lower_ not in org_suffixes()
        and any(
            e.start == t.i
            and e.end == t.i + 1
            and e.label_ in ("NORP", "GPE", "ORG", "PRODUCT", "FAC", "LOC")
            and e.ent_id_ not in (VOCAB_ID, GAZETTEER_ID)
            for e in doc.ents
        )
    )


def _pairs_who_feel(doc: Any) -> None:
    """ "Bram and Saskia are thrilled", "Tobin and Elske were gutted": two capitalised words
    joined by "and" that open a sentence and are said to feel something are two people,
    whether the NER saw both, one, neither, or the two as one firm ("Hobbs and Fenwick are
    closing" says nothing a firm cannot do)."""
    english, first = _english_words(), lexicon.first_names()
    never = NOT_NAME | ACTION_VERBS | TITLES | lexicon.place_words() | org_suffixes()

    def name(t: Any) -> bool:
        low = t.lower_
        return (
            t.is_title
            and t.is_alpha
            and low not in never
            and (low in first or low not in english)
            and t.ent_type_ in ("", "PERSON", "ORG", "NORP", "GPE", "LOC")
            and not any(e.ent_id_ for e in _overlapping(doc, t.i, t.i + 1))
        )

    for t in doc:
        if t.lower_ != "and" or t.i == 0 or t.i + 3 >= len(doc):
            continue
        a, b = doc[t.i - 1], doc[t.i + 1]
        if not (a.is_sent_start and name(a) and name(b)):
            continue
        be, how = doc[t.i + 2], doc[t.i + 3]
        if be.lower_ in ("are", "were", "'re", "’re") and how.lower_ in FEELINGS:
            _clear_entities(doc, a.i, b.i + 1)
            _set_entity(doc, a.i, a.i + 1, "PERSON")
            _set_entity(doc, b.i, b.i + 1, "PERSON")


# What a question opened by a modal asks about: "Will I manage?", "Will the manager sign it?"
ASKED_ABOUT = {
    "i", "you", "he", "she", "we", "they", "it", "that", "this", "there", "the", "my", "your",
    "his", "her", "our", "their", "anyone", "someone", "everyone", "anybody", "somebody",
}  # fmt: skip


def _a_modal_asking(t: Any) -> bool:
    """ "Will I manage, who knows", "Will the manager sign it off?": "Will" (or "May")
    opening a sentence before its subject asks a question; Will the person does something
    ("Will needs new boots") or is set off ("Will, he's ...")."""
    doc = t.doc
    return (
        t.is_sent_start
        and t.lower_ in ("will", "may")
        and t.i + 1 < len(doc)
        and doc[t.i + 1].lower_ in ASKED_ABOUT
    )


# What one is or does for someone: "late for Tamsyn", "waiting for Ifeoma", "covering for
# Dele" (one works "for" a firm; one is not late for it).
WAITED_FOR = frozenset({
    "late", "wait", "waits", "waiting", "waited", "cover", "covers", "covering", "covered",
    "babysit", "babysits", "babysitting", "babysat",
})  # fmt: skip


def _unlabelled_people(doc: Any) -> None:
    """Names the NER did not see at all: after a kinship word ("their girl Chioma"), or a
    proper noun opening a sentence and doing something ("Emeka is happy to drive")."""
    _names_gone_by(doc)
    _pairs_who_feel(doc)
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    _lower_case_people(doc, taken)
    _lower_names_listed(doc)
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    for t in doc:
        if t.i in taken or not t.is_title or not t.is_alpha:
            continue
        if t.pos_ not in ("PROPN", "NOUN") and t.lower_ not in lexicon.first_names():
            continue
        if t.lower_ in NOT_NAME or t.lower_ in ACTION_VERBS or t.lower_ in TITLES:
            continue
        if t.lower_ in lexicon.place_words() or t.lower_ in org_suffixes():
            continue
        if _a_modal_asking(t):
            continue
        prev = doc[t.i - 1] if t.i > 0 else None
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and t.lower_ + nxt.lower_ in FEASTS_OF_SOMEONE:
            continue  # "Valentine's meal booked": the feast, not someone's
        if _met_heard_before_a_name(doc, t):
            continue  # "Matt Chris Evans at the conference": "Met Chris Evans", as heard
        if _a_firm_said_as_theirs(doc, t.i):
            _set_entity(doc, t.i, t.i + 2, "ORG")
            taken.update((t.i, t.i + 1))
            continue
        after_kin = (
            not t.is_sent_start
            and (
                (prev is not None and prev.lower_ in KIN)
                # "Officer Delgado said": a job said as a title, before a word no dictionary has
                or (
                    prev is not None
                    and prev.is_title
                    and prev.lower_ in lexicon.JOB_TITLES
                    and t.lower_ not in _english_words()
                )
                or (
                    prev is not None
                    and prev.text == ","
                    and any(w.lower_ in KIN for w in doc[max(0, t.i - 4) : t.i])
                )
            )
        )
        acting = (
            (
                t.pos_ == "PROPN"
                # "Hargreaves reckons": a surname ending in "s" the tagger took for a plural
                or (
                    t.tag_ == "NNS"
                    and t.lemma_.lower() not in _english_words()
                    and not _plural_of_a_word(t.lower_)
                )
            )
            and _opens_its_sentence(doc, t)
            and nxt is not None
            and nxt.lower_ in DOING  # "Emeka is happy to drive", not "Waitrose has agreed"
        )
        # "Linh and Bao are thrilled", "the kids, Mai and Leo": one of a pair of people
        paired = (
            nxt is not None
            and nxt.lower_ == "and"
            and nxt.i + 1 < len(doc)
            and doc[nxt.i + 1].ent_type_ == "PERSON"
        ) or (prev is not None and prev.lower_ == "and" and doc[prev.i - 1].ent_type_ == "PERSON")
        # "Grace, she runs the food bank", "and Mehmet from the ...": a known first name
        first = t.lower_ in lexicon.first_names() and (
            # "then Tunde rang": the tagger may call a capitalised name it has never seen a noun
            (not t.is_sent_start and (t.pos_ == "PROPN" or t.lower_ not in _english_words()))
            or (
                t.is_sent_start  # "Sunil, the manager", "Ebere from Peabody", "Piotr and ..."
                and nxt is not None
                and (nxt.text == "," or nxt.lower_ in SENT_START_AFTER_NAME or nxt.is_title)
                # "Loan's forty-five thousand": a name that is a word too, said to be a sum
                and not (t.lower_ in _english_words() and _a_sum(doc, nxt.i + 1))
            )
            # "Bev over at the Whittington says", "Terry down at the bowls club"
            or (t.is_sent_start and _over_at(doc, t.i + 1))
            # "Gary the mechanic reckons it's the alternator"
            or (
                t.is_sent_start
                and t.i + 2 < len(doc)
                and nxt.lower_ == "the"
                and _role_word(doc[t.i + 2].lower_)
            )
            # "Lorraine next door popped round": a first name no dictionary has
            or (t.is_sent_start and t.lower_ not in _english_words())
            # "Will needs new boots", "Will said": the modal is never followed so
            or (
                t.is_sent_start
                and t.tag_ == "MD"
                and nxt is not None
                and nxt.tag_ in ("VBZ", "VBD")
            )
        )
        # "Gwyneth, the treasurer, says", "Kenno, my instructor, Kenneth Tennant": a name set
        # off by its job
        described = (
            t.pos_ == "PROPN"
            and t.i + 3 < len(doc)
            and doc[t.i + 1].text == ","
            and doc[t.i + 2].lower_ in ("the", "our", "their", "my", "his", "her")
            and any(_role_word(w.lower_) for w in doc[t.i + 3 : t.i + 6])
            and t.lower_ not in org_suffixes()
        ) or (t.pos_ == "PROPN" and _set_off_as_kin(doc, t.i + 1))
        # "The physio is Oriane, she was brilliant": a name no dictionary has, then "she"
        picked_up = (
            t.pos_ == "PROPN"
            and t.lower_ not in _english_words()
            and [w.lower_ for w in doc[t.i + 1 : t.i + 3]] in ([",", "she"], [",", "he"])
        )
        # "late for Tamsyn", "covering for Ifeoma": one is late or waits for someone
        waited_for = (
            t.pos_ == "PROPN"
            and t.i > 1
            and prev is not None
            and prev.lower_ == "for"
            and doc[t.i - 2].lower_ in WAITED_FOR
            and t.lower_ not in _english_words()
        )
        # "Then Efe Ogbemudia from the church rang": two names no dictionary has
        unknown = nxt is not None and nxt.i not in taken and _said_as_a_person(doc, t.i, t.i + 2)
        if unknown:
            _set_entity(doc, t.i, t.i + 2, "PERSON")
            taken.update((t.i, t.i + 1))
            continue
        if (
            after_kin
            or acting
            or first
            or described
            or picked_up
            or waited_for
            or (paired and t.pos_ == "PROPN")
            or _from_somewhere_and_rang(doc, t)
        ):
            end = t.i + 1
            if (
                nxt is not None
                and (nxt.is_title or _a_mc_name(nxt))
                and nxt.pos_ == "PROPN"
                and nxt.i not in taken
            ):
                end += 1
            elif nxt is not None and first and _stray_surname(doc, nxt):
                end += 1  # "Pradeep Sharma" (NER: Sharma NORP)
            start = t.i - 1 if end == t.i + 1 and _a_word_name_before(doc, t, taken) else t.i
            _set_entity(doc, start, end, "PERSON")
            # "Mick Brennan rang": the surname, a first name too, is not set again alone
            taken.update(range(start, end))


def _a_word_name_before(doc: Any, t: Any, taken: set[int]) -> bool:
    """Whether the word before `t`, a name found alone, is its first name: a proper noun
    opening the sentence that is a word too ("Dodo Pratt rang", "Bunny Hale says"), before
    what a person does."""
    if t.i == 0 or t.i + 1 >= len(doc):
        return False
    p, after = doc[t.i - 1], doc[t.i + 1]
    low = p.lower_
    return (
        p.i not in taken
        and p.is_sent_start
        and p.is_title
        and p.is_alpha
        and p.pos_ == "PROPN"
        and low not in NOT_NAME | TITLES | ACTION_VERBS | KIN | HESITATIONS | SENTENCE_ADVERBS
        and low not in MISHEARD_MET | DESCRIBING | NICKNAMING  # "Young Kieran from ..."
        and low not in lexicon.JOB_TITLES  # "Officer Zamorano said"
        and not _role_word(low)
        and low not in lexicon.place_words()
        and low not in org_suffixes()
        and (after.lower_ in PERSON_AFTER or after.text == "," or after.tag_ == "VBD")
    )


def _met_heard_before_a_name(doc: Any, t: Any) -> bool:
    """Whether `t` opens its sentence as "Met" heard as "Matt" before a whole name that
    follows it ("Matt Chris Evans at the conference"), as `resolve` reads "Matt Kevin Brooks"
    when the NER takes the three words as one name."""
    if not t.is_sent_start or t.lower_ not in MISHEARD_MET or t.i + 2 >= len(doc):
        return False
    a, b = doc[t.i + 1], doc[t.i + 2]
    return a.ent_type_ == "PERSON" and a.ent_iob_ == "B" and b.ent_iob_ == "I"


def _opens_its_sentence(doc: Any, t: Any) -> bool:
    """Whether `t` opens its sentence, or opens it after the adverb a speaker opens with:
    "Obviously Tosin is gutted", "Honestly Kunbi should have rung"."""
    if t.is_sent_start:
        return True
    prev = doc[t.i - 1] if t.i > 0 else None
    if prev is not None and prev.is_sent_start and prev.lower_ in SENTENCE_ADVERBS:
        return True
    # "So um Dolapo texted", "Er, Sade said": the sounds and "so" a speaker starts with,
    # before someone who says something (not "So um Brexit happened")
    if t.i + 1 >= len(doc) or doc[t.i + 1].lower_ not in PERSON_DOES:
        return False
    i, sounds = t.i - 1, 0
    while i >= 0 and (doc[i].lower_ in HESITATIONS or doc[i].text == ","):
        sounds += doc[i].lower_ in HESITATIONS
        i -= 1
    if not sounds:
        return False
    return i < 0 or doc[i + 1].is_sent_start or (doc[i].is_sent_start and doc[i].lower_ == "so")


# Papers that "say" things too: "Bill from the council says three hundred" may be the bill.
SAYING_PAPERS = {"bill", "grant", "will"}
# Pronouns that pick up someone said before them: "Patience from church is unwell, ... her".
SOMEONE_AFTER = {"he", "she", "his", "her", "him"}


def _word_names_said_as_someone(doc: Any) -> None:
    """A first name that is a word too ("Dawn", "Patience", "Charity", "Mark") is left out of
    the first-name list, so nothing takes it for someone unless the words around it say so:
    opening its clause, then where the person is from or works, then what only someone does
    ("Dawn at the pharmacy says", "Charity from the food bank rang", "Patience from church
    is unwell, ... to her"), or then their job and a verb ("Mark the caretaker says"). "Dawn
    was lovely", "Hope springs eternal" and "a grace period" say none of it."""
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    for t in doc:
        low = t.lower_
        if not (t.is_title and t.is_alpha) or low not in WORD_NAMES:
            continue
        if t.i in taken and not any(
            e.start == t.i and e.end == t.i + 1 and e.label_ == "PERSON" and not e.ent_id_
            for e in doc.ents
        ):
            continue  # the NER's guess alone is weighed again below ("Clemency from the choir")
        prev = doc[t.i - 1].lower_ if t.i > 0 else ""
        if not (t.is_sent_start or prev in CLAUSE_OPENERS) or t.i + 3 >= len(doc):
            continue
        nxt = doc[t.i + 1].lower_
        end = next((w.i for w in doc[t.i + 1 :] if w.is_sent_start), len(doc))
        rest = doc[t.i + 2 : end]
        if nxt in ("from", "at") or _over_at(doc, t.i + 1):
            verb = next(
                (
                    w
                    for w in rest
                    if w.is_lower and (w.tag_ in ("VBZ", "VBD", "MD") or w.lower_ in PERSON_DOES)
                ),
                None,
            )
            does = verb is not None and verb.lower_ in PERSON_DOES
            if low in SAYING_PAPERS:
                does = does and verb.lower_ not in ("says", "said")
            someone = any(w.lower_ in SOMEONE_AFTER for w in rest)
            if not (does or someone):
                continue
        elif nxt == "the":
            role = next((i for i in (t.i + 2, t.i + 3) if i < end and _role_word(doc[i].lower_)), 0)
            if not role or role + 1 >= end or doc[role + 1].tag_ not in ("VBZ", "VBD", "MD"):
                continue  # "Chase the insurance about it", "Will the builder come?"
        elif not _word_name_doing(doc, t, end):
            continue
        _set_entity(doc, t.i, t.i + 1, "PERSON", CONTEXT_ID)
        taken.add(t.i)


# What a word that is a name too does as someone, said right after it: "Clay said",
# "Penny owes me a tenner", "Mercy wants to borrow the pushchair". Ringing or emailing is
# not among them: a firm does that too ("Sky rang about the broadband").
GETS_IN_TOUCH = {"rang", "rings", "texted", "texts", "emailed", "emails", "phoned", "messaged"}
NAME_DOES = (PERSON_DOES - GETS_IN_TOUCH) | {"owes", "owed", "lent", "borrowed"}


def _word_name_doing(doc: Any, t: Any, end: int) -> bool:
    """A name that is a word too, opening its clause, then a verb only someone does ("Clay
    said the match is on"), or a verb whose subject the clause then calls he or she ("Sage
    texted to say she's late", "Sterling needs his inhaler", "Rocky has got a cold, so he's
    off"): the NER's guess of a person, the tagger's proper noun or someone getting in touch,
    and no day or season. "Dawn was freezing", "Hope is all we need, she said" and "Will do"
    say none of it."""
    verb = doc[t.i + 1]
    if not verb.is_lower or verb.tag_ not in ("VBZ", "VBD") or t.tag_ == "MD":
        return False
    if verb.lower_ in NAME_DOES:
        return True
    guessed = t.ent_type_ == "PERSON" or t.pos_ == "PROPN" or verb.lower_ in GETS_IN_TOUCH
    if not guessed or _calendar_word(t.lower_) or t.lower_ in ("summer", "autumn"):
        return False
    for w in doc[t.i + 2 : min(end, t.i + 14)]:
        if w.ent_type_ == "PERSON" or w.pos_ == "PROPN":
            return False  # someone else the pronoun may be
        if w.lower_ in SOMEONE_AFTER:
            after = doc[w.i + 1].lower_ if w.i + 1 < len(doc) else ""
            return after not in ("said", "says", "reckons", "thinks")
    return False


def _over_at(doc: Any, i: int) -> bool:
    """Whether the words from `i` say where someone is as "over at", "down at", "up at": "Bev
    over at the Whittington says ..." (a first name then "over at" is who is there)."""
    return i + 1 < len(doc) and doc[i].lower_ in WHERE_OVER and doc[i + 1].lower_ in ("at", "from")


def _from_somewhere_and_rang(doc: Any, t: Any) -> bool:
    """ "Radomir from the club rang", "Then Idunn from the council said": one word no
    dictionary has opening its clause, the place it is from, then a verb only someone does
    (ringing, saying, emailing): a person, whatever the NER made of the word."""
    if t.lower_ in _english_words() or t.pos_ not in ("PROPN", "NOUN") or not t.is_title:
        return False
    opens = t.is_sent_start or (t.i > 0 and doc[t.i - 1].lower_ in ("then", "so", "and"))
    if not opens or t.i + 1 >= len(doc) or doc[t.i + 1].lower_ != "from":
        return False
    for w in doc[t.i + 2 : t.i + 8]:
        if w.is_punct:
            return False
        if w.lower_ in PERSON_DOES:
            return True
    return False


def _names_gone_by(doc: Any) -> None:
    """ "but he goes by Corky", "everyone calls her Pippo": one capitalised word said as the
    name someone goes by is a person, whether the NER saw nothing there or a place (a list
    or the vocabulary may still say otherwise)."""
    for t in doc:
        if not (t.is_title and t.is_alpha) or t.lower_ in NOT_NAME or not _goes_by(doc, t.i):
            continue
        ents = [e for e in doc.ents if e.start <= t.i < e.end]
        if ents and (
            len(ents[0]) != 1
            or ents[0].label_ == "PERSON"
            or ents[0].ent_id_ in (VOCAB_ID, GAZETTEER_ID)
        ):
            continue
        _set_entity(doc, t.i, t.i + 1, "PERSON")


def _goes_by(doc: Any, i: int) -> bool:
    """The word at `i` is the name someone goes by: "he goes by Corky", "everyone calls her
    Corky", "she said call me Corky" (not "known as": a place is known as something too)."""
    before = [t.lower_ for t in doc[max(0, i - 2) : i]]
    return before in (["goes", "by"], ["go", "by"], ["going", "by"]) or (
        len(before) == 2
        and before[0] in ("calls", "call", "called")
        and before[1] in ("him", "her", "them", "himself", "herself", "me")
    )


def _unvouched_word(doc: Any, t: Any, *, stored: bool = False) -> bool:
    """A capitalised word no list, dictionary or ruled entity claims: a name the NER may
    have guessed wrong (ORG, GPE, NORP) or not seen. With `stored`, a one-word name the
    database holds as something else may be claimed too (an earlier guess, not a fact)."""
    low = t.lower_
    if not (t.is_title and t.is_alpha and len(t) >= 3) or low in _english_words():
        return False
    if _plural_of_a_word(low):
        return False  # "Consultations finished": a thing
    if low in NOT_NAME or low in ACTION_VERBS or low in TITLES or low in ACRONYMS:
        return False
    if low in lexicon.place_words() or low in org_suffixes() or low in _one_word_orgs():
        return False
    if low in lexicon.not_entities() or _role_word(low) or low in KIN:
        return False  # "Physio rang": a job, not a name
    return not any(
        e.start <= t.i < e.end
        and (
            e.ent_id_ == GAZETTEER_ID
            or (
                len(e) > 1
                and e.label_ not in ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW")
                and not (len(e) == 2 and e[1].text in ("'s", "’s"))  # "Bogumil's" (NER: ORG)
            )
            or (e.ent_id_ == VOCAB_ID and not (stored and e.label_ != "PERSON"))
        )
        for e in doc.ents
    )


# Where someone is that no organisation ever is: "Tadeo's at work", "Tadeo's off sick".
PERSON_IS = {
    ("at", "work"), ("off", "work"), ("off", "sick"), ("on", "holiday"), ("on", "nights"),
    ("on", "leave"), ("on", "lates"), ("on", "earlies"), ("in", "hospital"), ("at", "school"),
    ("at", "college"), ("at", "uni"),
}  # fmt: skip


def _people_by_what_they_do(doc: Any) -> None:
    """One capitalised word no dictionary has, said the way only a person is, is a person
    whatever the NER guessed: told or asked something ("ask Tadeo about the keys"), doing
    what people do as the subject of its clause ("Then Kezia rang", "if Tadeo gives me the
    morning off"), or the home someone lives in ("dropped it at Sukhvinder's", "round
    Bogumil's"; for a word not on the first-name list only after "round", since "at
    Nando's" is a restaurant), having what only a person has ("Tadeo's class"), taken
    somewhere ("dropped Tadeo at school") or dealt with at a workplace ("swap with Tadeo at
    Hillside Cars"). The first two hold even against an earlier memo's guess
    that the word is an organisation: "Tadeo gave me the morning off" is no firm."""
    for t in doc:
        if not _unvouched_word(doc, t, stored=True):
            continue
        stored = not _unvouched_word(doc, t)
        prev = doc[t.i - 1].lower_ if t.i > 0 else ""
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        after = nxt.lower_ if nxt is not None else ""
        opens = t.is_sent_start or prev in CLAUSE_OPENERS
        does = (
            opens
            and (
                after in PERSON_DOES
                or (
                    after in ("'s", "’s", "is")
                    and t.i + 2 < len(doc)
                    and doc[t.i + 2].lower_ in ("asking", "saying", "ringing", "texting", "wanting")
                )
                or (  # "Tadeo's at work", "Tadeo's off sick": where only a person is
                    after in ("'s", "’s", "is", "was")
                    and tuple(w.lower_ for w in doc[t.i + 2 : t.i + 4]) in PERSON_IS
                )
            )
        )
        told = prev in TELLING and not (nxt is not None and nxt.is_title)
        home = (
            not stored
            and prev in HOME_PREPS
            and after in ("'s", "’s")
            and (t.lower_ in lexicon.common_first_names() or prev == "round")
        )
        # "Tadeo's class", "handed Tadeo's consent form in": what a person has
        owned = after in ("'s", "’s") and any(w.lower_ in PERSONAL for w in doc[t.i + 2 : t.i + 4])
        taken = prev in TAKING and after in TAKEN_TO
        # "swap my shift with Tadeo at Hillside Cars": someone at their workplace
        placed = (
            prev in ("with", "to", "from", "for")
            and after in ("at", "from")
            and t.i + 2 < len(doc)
            and (doc[t.i + 2].is_title or doc[t.i + 2].lower_ == "the")
            # "her move from Abbey Wood to Erith at the end of January": gone somewhere
            and not (prev == "to" and _somewhere(doc, t.i))
        )
        # Where the NER saw a town or saw nothing, the grammar a person takes: the one paid,
        # texted or thanked ("pay Tadeo back", "thanks to Tadeo", "the keys off Tadeo"), or
        # opening the sentence with a verb ("Tadeo helped me", "Tadeo can't make it",
        # "Oreste and I are doing the float"). An organisation's guess stays: firms help too.
        label = next((e.label_ for e in doc.ents if e.start <= t.i < e.end), "")
        guessed_place = not stored and label in ("", "NORP", *PLACE_GUESSES)
        served = (
            t.dep_ == "dative"
            or (  # "sent Tadeo the photos": given something
                t.dep_ in ("dobj", "pobj")
                and (
                    t.head.lemma_.lower() in SERVED_VERBS
                    or prev == "off"
                    or doc[t.i - 2 : t.i].text == "thanks to"
                )
            )
        )
        acted = (
            _opens_its_sentence(doc, t)
            and t.dep_ == "nsubj"
            and nxt is not None
            and (
                (nxt.tag_ in ("VBD", "VBZ", "MD") and nxt.lemma_ not in ("be", "have", "get"))
                or [w.lower_ for w in doc[t.i + 1 : t.i + 3]] in (["and", "i"], ["and", "me"])
                or (  # "Tadeo's going to do the teas"
                    after in ("'s", "’s", "is")
                    and t.i + 2 < len(doc)
                    and doc[t.i + 2].tag_ == "VBG"
                    and doc[t.i + 2].lower_ not in ("getting", "looking", "becoming", "closing")
                )
            )
        )
        # "loop in Agata on the email", "rope in Tobi for the stall": brought into something
        brought = prev == "in" and t.i >= 2 and doc[t.i - 2].lemma_.lower() in BROUGHT_IN
        placed_wrong = guessed_place and (
            brought or ((served or acted) and prev not in PLACE_ONLY_PREPS)
        )
        if does or told or home or (not stored and (owned or taken or placed)) or placed_wrong:
            _set_entity(doc, t.i, t.i + 1, "PERSON", CONTEXT_ID)


# Pronouns that say the one talked of is a person.
HIM_OR_HER = {"him", "her", "he", "she", "himself", "herself"}


def _nouns_said_of_as_him_or_her(doc: Any) -> None:
    """ "Zephaniah had a nosebleed at school so I picked him up": a capitalised word opening
    its sentence as its subject, one the dictionary knows only as a noun (WordNet lists
    prophets and saints among its nouns), that the NER left alone, is a person when "him"
    or "her" follows in the sentence with no one else named in between."""
    words = dictionary(load_nlp())
    for t in doc:
        low = t.lower_
        if not (t.is_title and t.is_alpha and len(t) >= 3) or t.ent_type_:
            continue
        if low not in words.words or low in words.not_nouns or _plural_of_a_word(low):
            continue
        if t.pos_ != "PROPN" or t.dep_ != "nsubj" or not _opens_its_sentence(doc, t):
            continue
        if (
            low in NOT_NAME
            or low in TITLES
            or low in KIN
            or _role_word(low)
            or low in lexicon.place_words()
            or low in org_suffixes()
            or low in lexicon.not_entities()
        ):
            continue
        for w in doc[t.i + 1 : t.i + 25]:  # to the full stop (the parser may end it sooner)
            if w.text in (".", "?", "!") or w.ent_type_ or (w.is_title and w.lower_ != "i"):
                break  # someone or something else named first
            if w.lower_ in HIM_OR_HER:
                _set_entity(doc, t.i, t.i + 1, "PERSON", CONTEXT_ID)
                break


def _named_as_the_one_doing_a_job(doc: Any) -> None:
    """ "The inspector's a Wenna Trethowan", "the assessor was a Colm Daly": a job said to
    be held by "a" first name and surname is that person, whatever the NER made of the two
    words (or missed). Two capitalised words mid-sentence, no place's or body's word among
    them, then a pause or the end; not "the caterer's a Green Street Bakery"."""
    for t in doc:
        i = t.i
        if t.lower_ not in ("a", "an") or i < 2 or i + 3 > len(doc):
            continue
        if doc[i - 1].lower_ not in ("'s", "’s", "is", "was") or not _role_word(doc[i - 2].lower_):
            continue
        name = doc[i + 1 : i + 3]
        if not all(w.is_title and w.is_alpha and not w.is_sent_start for w in name):
            continue
        places = lexicon.place_words()
        if any(
            w.lower_ in org_suffixes()
            or w.lower_ in places
            or w.lower_ in PLACE_SUFFIXES
            or w.lower_ in VENUE_SUFFIXES
            for w in name
        ):
            continue
        if i + 3 < len(doc) and not (doc[i + 3].is_punct or doc[i + 3].lower_ in ("from", "at")):
            continue
        if any(e.label_ == "PERSON" and e.start <= i + 1 and i + 3 <= e.end for e in doc.ents):
            continue
        _set_entity(doc, i + 1, i + 3, "PERSON")


def _surnames_after_the_name(doc: Any) -> None:
    """A person's name the NER ended a word early: "Jaskirat Singh" then "Pannu" (or nothing)
    for "Jaskirat Singh Pannu", "Harleen Kaur Dosanjh". A capitalised word no dictionary,
    place or organisation list has, right after a person's name with nothing between, is the
    rest of it (names of up to four words)."""
    for e in list(doc.ents):
        if e.label_ != "PERSON" or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        end = e.end
        while end < len(doc) and end - e.start < 4 and _unvouched_word(doc, doc[end]):
            if end + 1 < len(doc) and doc[end + 1].text in ("'s", "’s") and end > e.end:
                break
            end += 1
        if end > e.end and all(t.is_title for t in e):
            _set_entity(doc, e.start, end, "PERSON")
        elif end == e.end and (_lower_surname_cut_off(doc, e) or _place_for_a_surname(doc, e)):
            _set_entity(doc, e.start, e.end + 1, "PERSON")  # ("Neil Sutton": a place's name)


SET_OFF_AFTER = {",", ".", "from", "at", "who", "says", "said", "is", "was", "rang", "'s", "’s"}


def _place_for_a_surname(doc: Any, e: Any) -> bool:
    """ "the adviser at Barclays, Neil Sutton, he thinks": a first name set off by commas and
    a listed place right after it, with no "in" or "from" between, is a surname that is also
    a place's name (Sutton, Barnet, Preston). So is one after a first name opening its
    sentence or said after kin, then a verb: "Kelly Sutton sent the rota", "Jayden's dad Lee
    Sutton is doing lifts" (not "Took Kelly Sutton way")."""
    if len(e) != 1 or e[0].lower_ not in lexicon.first_names() or e.end + 1 >= len(doc):
        return False
    place = doc[e.end]
    if not (place.is_title and place.is_alpha) or place.lower_ in org_suffixes():
        return False
    if not any(
        x.start == place.i and x.end == place.i + 1 and x.label_ in ("GPE", "LOC") for x in doc.ents
    ):
        return False
    before = doc[e.start - 1].lower_ if e.start > 0 else ""
    after = doc[e.end + 1]
    if before in (",", "called", "named"):
        return after.lower_ in SET_OFF_AFTER
    opens = doc[e.start].is_sent_start or before in KIN
    verb = after.tag_ in ("VBD", "VBZ", "MD") or after.lower_ in DOING
    return opens and after.is_lower and verb


def _lower_surname_cut_off(doc: Any, e: Any) -> bool:
    """ "spoke to sam fenn from ...": in lower case the NER may take the listed first name
    alone; a lower-case word right after it that no dictionary has is its surname."""
    if len(e) != 1 or not e[0].is_lower or e[0].lower_ not in lexicon.first_names():
        return False
    if e.end >= len(doc):
        return False
    nxt = doc[e.end]
    english = _english_words()
    return (
        bool(english)
        and nxt.is_lower
        and nxt.is_alpha
        and len(nxt) >= 3
        and not nxt.is_stop
        and nxt.lower_ not in english
        and nxt.lemma_.lower() not in english
        and nxt.lower_ not in NOT_NAME
        and nxt.lower_ not in lexicon.place_words()
        and not any(x.start <= nxt.i < x.end for x in doc.ents)
    )


def _set_off_as_kin(doc: Any, i: int) -> bool:
    """A name ending before `i` is followed by ", her husband," or ", my cousin.": someone's
    relative, so a person."""
    nxt = doc[i : i + 4]
    return (
        len(nxt) == 4
        and nxt[0].text == ","
        and nxt[1].lower_ in ("her", "his", "my", "their", "our", "your")
        and nxt[2].lower_ in KIN
        and nxt[3].text in (",", ".", ";")
    )


def _said_to_be_person(doc: Any, start: int, end: int) -> bool:
    if (
        end - start == 1
        and doc[start].lower_ in lexicon.first_names()
        and doc.ents
        and any(
            e.start == start
            and (
                e.label_ not in PLACE_GUESSES
                or (
                    doc[start].is_sent_start
                    and end < len(doc)
                    and doc[end].lower_ in SENT_START_AFTER_NAME
                    and doc[start].lower_ not in _listed_places()
                )
            )
            for e in doc.ents
        )
    ):
        return True  # "Grace, she runs ...", "Sophie" (NER: ORG), "Siobhan from X rang" (GPE)
    if start > 0 and doc[start - 1].lower_ in KIN and not doc[start].is_sent_start:
        return True  # "their girl Chioma"
    near = [t.lower_ for t in doc[max(0, start - 4) : start]]
    if start > 1 and doc[start - 1].text == "," and any(w in KIN for w in near):
        return True  # "with the kids, Mai and Leo"
    if (
        start > 1
        and doc[start - 1].lower_ == "from"
        and doc[start - 2].lower_
        in (
            "call",
            "email",
            "text",
            "message",
            "voicemail",
            "letter",
            "note",
            "visit",
        )
    ):
        return end - start == 1  # "Call from Orla at Camden planning"
    if (
        start > 0
        and doc[start - 1].lower_ in ("get", "ask", "tell", "let")
        and (end < len(doc) and doc[end].lower_ == "to")
    ):
        return True  # "get Marcus to draft it"
    if start > 0 and doc[start - 1].lower_ == "and" and doc[start - 2].ent_type_ == "PERSON":
        return True  # "Mai and Leo"
    if _set_off_as_kin(doc, end):
        return True  # "Tunde, her husband, is on nights"
    nxt = [t for t in doc[end : end + 6]]
    # ", Priti, said": set off by commas and saying something (organisations say things too,
    # so "Tesco said" alone is not enough)
    if (
        len(nxt) > 1
        and nxt[0].text == ","
        and nxt[1].lower_ in PERSON_VERBS
        and start > 0
        and doc[start - 1].text == ","
    ):
        return True
    # "the nursery owner, Perpetua Rudd, she said ...": set off after a job or a person and
    # spoken of as "he" or "she" at once (an organisation is "they" or "it")
    if (
        len(nxt) > 1
        and nxt[0].text == ","
        and nxt[1].lower_ in ("he", "she", "he's", "she's")
        and start > 1
        and doc[start - 1].text == ","
        and all(
            t.is_title and t.lower_ not in org_suffixes() | PLACE_SUFFIXES for t in doc[start:end]
        )
        and any(
            (w.lower_ in ROLE_HEADS and w.lower_ not in NOT_PERSON_ROLES)
            or w.lower_ in KIN | PERSON_NOUNS
            for w in doc[max(doc[start].sent.start, start - 7) : start - 1]
        )
    ):
        return True
    if nxt and nxt[0].text == ",":
        words = []
        for t in nxt[1:]:
            if t.is_punct:
                break
            words.append(t.lower_)
        if (
            words
            and words[0] in ("the", "a", "an", "our", "their", "his", "her", "my")
            and any(w in ROLE_HEADS and w not in NOT_PERSON_ROLES for w in words[1:])
            and not _somewhere(doc, start)  # "booked in Harwell, the audiologist is ..."
        ):
            return True  # "Marek, the plumber"
    before = [t.lower_ for t in doc[max(0, start - 3) : start]]
    if before and before[-1] in ("called", "named") and len(before) > 1:
        return before[-2] not in ("i", "we", "she", "he", "they", "just", "then", "who") and (
            before[-2] not in ORG_NOUNS  # "a company called Better"
        )
    # "the boiler engineer from British Gas, Jamal, is coming": a name set off after a job
    if (
        start > 1
        and doc[start - 1].text == ","
        and end - start == 1
        and end < len(doc)
        and doc[end].text in (",", ".")
        and any(
            w.lower_ in ROLE_HEADS and w.lower_ not in NOT_PERSON_ROLES
            for w in doc[max(doc[start].sent.start, start - 7) : start - 1]
        )
    ):
        return True
    # "The woman I spoke to, Priti, ...": a name set off after someone described.
    return bool(
        before
        and before[-1] == ","
        and start + 1 == end
        and end < len(doc)
        and doc[end].text == ","
        and any(t.lower_ in PERSON_NOUNS for t in doc[max(0, start - 8) : start])
    )


def _nickname_pairs(doc: Any) -> dict[str, str]:
    """Names said to be one person's: "his card says Robert but he goes by Rob"."""
    pairs: dict[str, str] = {}
    for m in NICKNAME_SAID.finditer(doc.text):
        a, b = (w.lower() for w in nickname_said(m))
        pairs[a], pairs[b] = b, a
    return pairs


# Titles said only before someone's name: "Mr Hallgarth" is a person whatever else the word is.
def _a_title_and_a_name(e: Any, first_names: Any) -> bool:
    """ "Coach Mike Doherty", "Uncle Dev Mistry" (NER: ORG): a title, a listed first name and
    perhaps a surname, with no word of an organisation's or a place's among them."""
    return (
        3 >= len(e) - 1 >= 1
        and e[0].lower_ in TITLES | lexicon.TITLES_BEFORE_A_FIRST_NAME
        and e[1].lower_ in first_names
        and all(
            t.is_title and t.is_alpha and t.lower_ not in org_suffixes() | lexicon.place_words()
            for t in e[1:]
        )
    )


PERSONAL_TITLES = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "dr", "dr.", "doctor", "councillor",
    "cllr", "professor", "prof", "prof.",
})  # fmt: skip


def _titled_names(doc: Any) -> None:
    """ "ring Mr Hallgarth": one word after a personal title is that person's surname, even when
    an earlier memo stored the word as a place or an organisation ("the Hallgarth one"): the
    vocabulary is final, but no place or organisation is called "Mr" anything."""
    for e in list(doc.ents):
        if (
            e.ent_id_ == VOCAB_ID
            and e.label_ != "PERSON"
            and len(e) == 1
            and e.start > 0
            and doc[e.start - 1].lower_ in PERSONAL_TITLES
            and e[0].is_title
            and e[0].lower_ not in PLACE_SUFFIXES | org_suffixes()
        ):
            _clear_entities(doc, e.start, e.end)
            _set_entity(doc, e.start - 1, e.end, "PERSON", CONTEXT_ID)


# Place words that are common surnames too ("Jin Park", "Tom Green"): a name ending in one is
# a place only where it is said as one.
SURNAME_PLACE_WORDS = frozenset({
    "park", "green", "hill", "lane", "wood", "woods", "grove", "field", "fields", "gate",
    "bridge", "marsh", "heath", "town", "way", "rise", "close", "row", "walk", "yard", "wharf",
    "forest", "valley", "palace", "pool", "village", "beach", "common", "gardens", "quay",
    "hall", "ward", "lodge",
})  # fmt: skip
# Words before a place that are hardly ever before a person: "round Lloyd Park", "through X
# Fields" (not "into", "across", "past" or "opposite": one bumps into, comes across, sits
# opposite someone).
# A block of flats is a court: "Mum's said yes to Rowan Court" is where she will live. A
# building, a hospital's ward or wing is named for someone too ("Nelson Mandela House",
# "Florence Nightingale Ward"); the words that are surnames as well ("Hall", "Ward", "Lodge")
# make a place only after no first name ("Tom Hall" is someone).
FLATS = frozenset(BUILDINGS | {"lodge", "towers", "mansions", "wing", "ward", "block"})
NAMED_ROOMS = frozenset({"ward", "wing"})  # "Florence Nightingale ward": in lower case too
AROUND = frozenset({"round", "around", "through", "along", "towards", "via", "in"})  # fmt: skip


def _places_named_like_people(doc: Any) -> None:
    """ "walking round Lloyd Park", "Lloyd Park with all three": a first name and a place word
    ("Lloyd Park", "Elsie Road", the flats "Rowan Court") make a place, not a person. Where
    the place word is a common surname as well ("Jin Park"), only when it is said as a place:
    after "round", "through", "in"..., or as a verbless heading at the start of the sentence
    that says where. The other
    way round, such a name the NER took for a place is a person where it is rung, told or
    met ("Rang Faith Hill")."""
    for e in list(doc.ents):
        if (
            e.label_ == "PERSON"
            and e.ent_id_ not in (VOCAB_ID, GAZETTEER_ID)
            and e.end < len(doc)
            and doc[e.end].lower_ in NAMED_ROOMS
            and doc[e.end].is_lower
            and all(t.is_title for t in e)
            and not (e.start > 0 and doc[e.start - 1].lower_ in TITLES)
        ):
            _set_entity(doc, e.start, e.end + 1, "LOC")  # "Dad's on Florence Nightingale ward"
            continue
        if e.label_ != "PERSON" or len(e) < 2 or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        last = e[-1].lower_
        if last not in PLACE_SUFFIXES | FLATS or not all(t.is_title for t in e):
            continue
        before = doc[e.start - 1] if e.start > 0 else None
        if before is not None and before.lower_ in TITLES:
            continue  # "Mrs Park"
        after = doc[e.end] if e.end < len(doc) else None
        if after is not None and after.text in ("'s", "’s"):
            continue  # "Jin Park's mum": someone's
        sent = e.sent
        heading = (  # "Lloyd Park with all three.": where the memo was made, no verb said
            e.start == sent.start
            and not any(t.pos_ in ("VERB", "AUX") for t in sent)
            and after is not None
            and after.lower_ in ("with", "again", "this", "today", "early", "first", "then")
        )
        where = before is not None and before.lower_ in AROUND
        # "Bedfords Park": a place word is a surname only after a first name or a title ("Jin
        # Park", "Reverend Marsh"); a school or a firm named for a field has been brilliant
        named = e[-2].lower_ in lexicon.first_names() or e[0].lower_ in TITLES
        surname = last in SURNAME_PLACE_WORDS and (named or _rung_or_plural(doc, e))
        if surname and not (where or heading):
            continue
        _set_entity(doc, e.start, e.end, "LOC")
    for e in list(doc.ents):
        if (
            e.label_ in (*PLACE_GUESSES, "FAC")
            and len(e) == 2
            and e.ent_id_ not in (VOCAB_ID, GAZETTEER_ID)
            and all(t.is_title and t.is_alpha for t in e)
            and e[0].lower_ in lexicon.first_names()
            and e[1].lower_ in SURNAME_PLACE_WORDS
            and e.text.lower() not in _listed_places()
            and e.start > 0
            and doc[e.start - 1].lower_ in CONTACTED
        ):
            _set_entity(doc, e.start, e.end, "PERSON")  # "Rang Faith Hill": rung, so someone
    _places_by_where_they_lie(doc)


# Prepositions that say where a place lies, which no one is said to be: "the field behind
# Smithton", "a croft above Dingwall", "the road beyond Tarbert".
WHERE_IT_LIES = frozenset({
    "behind", "above", "below", "beyond", "outside", "past", "through", "across", "towards",
    "near",
})  # fmt: skip
# What one goes up or climbs is a hill: "a hillwalk up Ben Wyvis", "climbed Ben Macdui".
CLIMBING = frozenset({"climb", "climbed", "climbing", "hillwalk", "walk", "walked", "hike"})
HILL_WORDS = frozenset({"ben", "mount", "beinn", "sgurr", "carn", "bryn", "pen"})


def _places_by_where_they_lie(doc: Any) -> None:
    """ "the field behind Smithton", "out at a croft above Dingwall", "a hillwalk up Ben
    Wyvis": a word the NER guessed is someone, said where a place lies, is a place. Not a
    listed first name ("stood behind Kevin"), not someone's ("past Gemma's"), and a hill's
    word ("Ben") only after going up or climbing ("picked Ben Hughes up" is someone)."""
    for e in list(doc.ents):
        if e.label_ != "PERSON" or e.ent_id_ or e.start == 0 or len(e) > 2:
            continue
        if not all(t.is_title and t.is_alpha for t in e):
            continue
        if e.end < len(doc) and doc[e.end].text in POSS:
            continue
        before = doc[e.start - 1].lower_
        climbed = before in CLIMBING or (
            before == "up" and e.start > 1 and doc[e.start - 2].lower_ in CLIMBING
        )
        hill = (
            len(e) == 2
            and e[0].lower_ in HILL_WORDS
            and climbed
            and e[1].lower_ not in lexicon.first_names()
        )
        lies = (
            len(e) == 1
            and before in WHERE_IT_LIES
            and e[0].lower_ not in lexicon.first_names()
            and e[0].lower_ not in WORD_NAMES
        )
        if hill or lies:
            _set_entity(doc, e.start, e.end, "GPE")


def _first_names_taken_for_a_town(doc: Any) -> None:
    """ "Everton Gayle, number thirty-eight": a first name that is a town too ("Everton",
    "Devon"), which the NER or the gazetteer took for the place, straight before a surname
    (taken as a person, or a capitalised word no dictionary has) is that person's first
    name; not after a word that puts the place somewhere ("from Devon Hartigan rang")."""
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    for town in list(doc.ents):
        if (
            town.label_ not in PLACE_GUESSES
            or len(town) != 1
            or town.end >= len(doc)
            or not town[0].is_title
            or town[0].lower_ not in lexicon.common_first_names()
            or (town.start > 0 and doc[town.start - 1].lower_ in TO_A_PLACE)
        ):
            continue
        surname = doc[town.end]
        if not surname.is_title or not surname.is_alpha:
            continue
        word = surname.lower_
        if any(word in s for s in (lexicon.common_first_names(), lexicon.place_words(), NOT_NAME)):
            continue
        person = next((e for e in doc.ents if e.start == surname.i), None)
        if person is not None:
            if person.label_ != "PERSON" or len(person) != 1:
                continue
        elif surname.i in taken or surname.lower_ in _english_words():
            continue
        _set_entity(doc, town.start, town.end + 1, "PERSON")


# Verbs whose object is someone, not somewhere: "Rang Faith Hill", "told Jin Park".
CONTACTED = RANG_OR_WROTE | {
    "met", "thanked", "thank", "told", "tell", "asked", "ask", "remind", "reminded",
}  # fmt: skip


def _police_constables(doc: Any) -> None:
    """ "PC Trevasker from the Met popped in": "PC" in capitals before a name no
    dictionary has (or a listed first name) is a constable's rank, said like a title; "PC
    World" and "my PC" are no one."""
    english = _english_words()
    for t in doc[:-1]:
        nxt = doc[t.i + 1]
        if t.text != "PC" or not (nxt.is_title and nxt.is_alpha) or len(nxt) < 3:
            continue
        if nxt.lower_ in english and nxt.lower_ not in lexicon.first_names():
            continue
        end = nxt.i + 1
        if end < len(doc) and doc[end].is_title and doc[end].is_alpha:
            end += nxt.lower_ in lexicon.first_names()  # "PC Angharad Trevasker"
        if not _locked(doc, t.i, end):
            _set_entity(doc, t.i, end, "PERSON", CONTEXT_ID)


# Words after "the X" that make X a family, whose members are people: "the Okafor twins".
FAMILY_NOUNS = frozenset({"family", "household", "lot", "clan", *KIN})


def _names_of_a_kind_of_thing(doc: Any) -> None:
    """ "the Michaelmas soup lunch", "a Valentine's tea": one capitalised word between "a" or
    "the" and the lower-case noun it describes names the thing (a feast, a product, a
    brand), not someone; and one is not "a" anyone no list has ("a converted Peugeot"). A
    listed first name is left ("a Tegwen from the plumbers" is a certain Tegwen), and so is
    a family ("the Obiakor twins"), unless it is a make: "a" one of a kind of thing ("a
    Stanley knife", "a Jacob's cream cracker") or "a" one bought or wanted ("ordered a
    Henry for the hall", "wants a Barbie and a Ken")."""
    for e in list(doc.ents):
        if e.label_ != "PERSON" or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID) or e.start == 0:
            continue
        words = [t for t in e if t.text not in POSS]
        if len(words) == 1 and words[0].lower_ in lexicon.first_names() and _a_make(doc, e):
            _clear_entities(doc, e.start, e.end)
            continue
        if len(words) != 1 or words[0].lower_ in lexicon.first_names():
            continue  # "a Tegwen from the plumbers", "a Tamsin hack": a certain one, misheard
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in words[0].children):
            _clear_entities(doc, e.start, e.end)
            continue
        if doc[e.start - 1].lower_ not in ("a", "an", "the"):
            continue
        end = e.end + (e.end < len(doc) and doc[e.end].text in POSS)
        if end >= len(doc):
            continue
        after = doc[end]
        if (
            after.is_lower
            and after.is_alpha
            and after.pos_ == "NOUN"
            and after.lower_ not in FAMILY_NOUNS
            and after.lower_.removesuffix("s") not in FAMILY_NOUNS
        ):
            _clear_entities(doc, e.start, e.end)


# Verbs whose object "a" Name is a thing of that make: "ordered a Henry", "wants a Barbie".
GOT_A_MAKE = frozenset({"want", "order", "buy", "bought", "wanted", "ordered"})
# Nouns after "a" Name that say a person: "a Tegwen woman", "some Gary bloke".
PEOPLE_NOUNS = frozenset({
    "woman", "man", "lady", "bloke", "guy", "chap", "person", "fella", "lad", "lass", "type",
    "character",
})  # fmt: skip


def _a_make(doc: Any, e: Any) -> bool:
    """Whether the first name `e`, said after "a", names a make of thing: a lower-case noun
    follows that is no family, no job and no person ("a Stanley knife", but "a Tegwen
    woman" is hers), or a verb of buying or wanting takes it ("ordered a Henry")."""
    if doc[e.start - 1].lower_ not in ("a", "an"):
        return False
    be = doc[e.start - 2] if e.start >= 2 else None
    if be is not None and be.lemma_ == "be":
        subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
        if subject is not None and (_role_word(subject.lower_) or subject.ent_type_ == "PERSON"):
            return False  # "the audiologist is a Tamsin Hack": who someone is, misheard
    end = e.end + (e.end < len(doc) and doc[e.end].text in POSS)
    after = doc[end] if end < len(doc) else None
    if (
        after is not None
        and after.is_lower
        and after.is_alpha
        and after.pos_ == "NOUN"
        and after.lower_.removesuffix("s") not in FAMILY_NOUNS | PEOPLE_NOUNS
        and after.lower_ not in FAMILY_NOUNS
        and not _role_word(after.lower_)
    ):
        return True
    root = e.root
    if root.dep_ == "conj" and root.head.dep_ == "dobj":
        root = root.head  # "a Barbie and a Ken"
    return root.dep_ == "dobj" and root.head.lemma_.lower() in GOT_A_MAKE


def _firms_named_for_a_family(doc: Any) -> None:
    """ "the butcher, Qadri and Sons": a name, "and" or "&", and "Sons" (Co, Brothers) is one
    firm, not a person and a second person called Sons. In lower case, as Whisper writes a
    firm it does not know ("the VAT return for pengelly and son"), one word no dictionary has
    before it."""
    english = _english_words()
    for t in doc[2:]:
        amp = doc[t.i - 1]
        if t.lower_ not in FIRM_ENDS or amp.lower_ not in ("and", "&"):
            continue
        before = doc[amp.i - 1]
        if (
            t.is_lower
            and before.is_lower
            and before.is_alpha
            and before.lower_ not in english
            and before.lower_ not in NOT_NAME
            and not _locked(doc, amp.i - 1, t.i + 1)
        ):
            _set_entity(doc, amp.i - 1, t.i + 1, "ORG", CONTEXT_ID)  # "pengelly and son"
            continue
        if not t.text[:1].isupper():
            continue
        start = amp.i
        while start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ not in NOT_NAME:
            start -= 1
        if start == amp.i or _locked(doc, start, t.i + 1):
            continue
        if (
            t.lower_.startswith("co")
            and amp.i - start == 1
            and doc[start].lower_ in lexicon.first_names()
        ):
            continue  # "Tom and Co": Tom and his friends
        end = t.i + 1  # "Fraser and Sons Builders", "Dey and Co Ltd": the trade said after
        while end < len(doc) and doc[end].is_title and doc[end].lower_ in org_suffixes():
            end += 1
        if end > t.i + 1 and _locked(doc, start, end):
            end = t.i + 1
        _set_entity(doc, start, end, "ORG", CONTEXT_ID)  # that the evidence stage keeps whole


# Words that say where someone comes from: "he's from Porto originally", "born in Lagos".
ORIGIN_BEFORE = (("originally", "from"), ("born", "in"), ("grew", "up", "in"), ("moved", "from"),
                 ("moved", "here", "from"), ("moved", "over", "from"), ("flying", "in", "from"),
                 ("flew", "in", "from"), ("flies", "in", "from"))  # fmt: skip


def _where_someone_is_from(doc: Any) -> None:
    """ "he's from Porto originally", "born in Lagos", "moved here from Gdansk", "drive to
    Harlow on Friday": where someone comes from or goes is a place, whatever the NER made of a
    name it does not know (not a listed first name or a title: "went to Kemi for advice").
    So is a name the NER took for a body, where only birth or origin is said ("she's from
    Vilnius originally", not "moved from Lidl" nor a name ending in a kind of body)."""
    for e in list(doc.ents):
        if e.label_ not in ("PERSON", "ORG") or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        if e.start == 0:
            continue
        names = lexicon.first_names()
        if any(t.lower_ in names or t.lower_ in TITLES or not t.is_title for t in e):
            continue
        after = doc[e.end].lower_ if e.end < len(doc) else ""
        if e.label_ == "ORG":
            before = tuple(t.lower_ for t in doc[max(0, e.start - 3) : e.start])
            if not any(t.lower_ in org_suffixes() for t in e) and (
                any(before[-len(cue) :] == cue for cue in ORIGIN_BEFORE[:3])
                or (before[-1:] == ("from",) and after == "originally")
            ):
                _set_entity(doc, e.start, e.end, "GPE")
            continue
        if doc[e.start - 1].lower_ == "to" and _somewhere(doc, e.start) and after not in POSS:
            _set_entity(doc, e.start, e.end, "GPE")  # "drive to Harlow", not "went to Zeb's"
            continue
        before = tuple(t.lower_ for t in doc[max(0, e.start - 3) : e.start])
        if any(before[-len(cue) :] == cue for cue in ORIGIN_BEFORE) or (
            before[-1:] == ("from",) and after == "originally"
        ):
            _set_entity(doc, e.start, e.end, "GPE")


# Words between a name said and the one that corrects it: "near Limehouse? No, it's Shadwell".
CORRECTING = {
    ",", "?", ".", "no", "sorry", "actually", "i", "mean", "er", "erm", "um", "uh", "it", "'s",
    "’s", "it's", "wait", "rather", "-", "—", "not",
}  # fmt: skip


def _places_corrected(doc: Any) -> None:
    """ "the day centre near Limehouse? No, it's Shadwell": a word that corrects a place just
    said is a place too, whatever the NER made of it (not a listed first name: "Mrs Ash, no,
    Mrs Orr" corrects one person by another; but a town of that name corrects a place: "in,
    er, Harnwick, no, it's Ashley now"). The place said first is known by the words,
    not by the NER's label: a listed place, or one capitalised word said "near" or "in"
    ("at" takes shops and firms as often as places), which is a place too where the NER
    guessed a person ("out past Hollinby, I mean Wrexley")."""
    ents = {i: e for e in doc.ents for i in range(e.start, e.end)}
    places = _listed_places()
    for t in doc[1:]:
        e = ents.get(t.i)
        guessed = e is not None and e.label_ == "PERSON" and len(e) == 1 and not e.ent_id_
        if e is not None and e.label_ in ("GPE", "LOC", "FAC"):
            if t.i != e.end - 1:
                continue
            label = e.label_
        elif (
            (e is None or guessed)
            and t.is_title
            and t.is_alpha
            and t.lower_ not in lexicon.first_names()
            and (t.lower_ in places or _said_before(doc, t.i) in LOCATIVES - {"at"})
        ):
            label = "GPE"
        else:
            continue
        k = t.i + 1
        while k < len(doc) and k - t.i <= 8 and doc[k].lower_ in CORRECTING:
            k += 1
        between = [w.lower_ for w in doc[t.i + 1 : k]]
        if k >= len(doc) or not between:
            continue
        if not any(w in ("no", "sorry", "actually", "mean") for w in between):
            continue
        b, be = doc[k], ents.get(k)
        if not (b.is_title and b.is_alpha):
            continue
        if b.lower_ in lexicon.first_names() and b.lower_ not in lexicon.settlements():
            continue  # "Mrs Ash, no, Mrs Orr"; "in Edale, no, it's Hope" names the town Hope

        if be is not None and (be.label_ != "PERSON" or len(be) != 1):
            continue
        if be is not None and be.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        if guessed:
            _set_entity(doc, t.i, t.i + 1, label)
        _set_entity(doc, k, k + 1, label)
        ents = {i: e for e in doc.ents for i in range(e.start, e.end)}


def _surnames_corrected(doc: Any) -> None:
    """ "Dean Blakemore, sorry, Blakeley-Smith": a surname said again to correct the one said
    is someone's, whatever the NER made of it (it often reads a lone double-barrelled name
    as a firm). Only a name that opens with the corrected surname's letter does ("Harlow,
    no, Harland"), and no listed body or name ending in a kind of organisation."""
    ents = {i: e for e in doc.ents for i in range(e.start, e.end)}
    for e in list(doc.ents):
        if e.label_ != "ORG" or e.ent_id_ or len(e) > 3 or not e[0].is_title:
            continue
        if not all(t.is_alpha or t.text == "-" for t in e) or e[-1].lower_ in org_suffixes():
            continue
        if e.text.lower() in lexicon.listed_org_names():
            continue
        k = e.start - 1
        while k >= 0 and e.start - k <= 6 and doc[k].lower_ in CORRECTING:
            k -= 1
        between = {w.lower_ for w in doc[k + 1 : e.start]}
        if k < 0 or "," not in between or not between & {"no", "sorry", "mean", "actually"}:
            continue
        before = ents.get(k)
        if before is None or before.label_ != "PERSON" or before.end != k + 1 or len(before) < 2:
            continue
        if doc[k].lower_[:1] == e[0].lower_[:1]:
            _set_entity(doc, e.start, e.end, "PERSON")


# Words that carry a list of places on: "to Chigwell, then Loughton", "from Luton, not Gatwick".
PLACE_LIST_WORDS = {"then", "and", "or", "not", "via", "through", "past"}


def _places_listed_with_places(doc: Any) -> None:
    """ "Drove out to Chigwell, then Loughton, then back through Woodford", "flying from Luton,
    not Gatwick": one capitalised word the NER took for someone, said in a list right after a
    place, is a place too (not a listed first name or title, and nobody's: "Chigwell and Kemi",
    "Harlow, then Tobi's"). A bare comma is no list word ("in Chingford, Olamide said")."""
    for e in list(doc.ents):
        if e.label_ != "PERSON" or len(e) != 1 or e.ent_id_ or e.start < 2:
            continue
        t = e[0]
        if not (t.is_title and t.is_alpha) or t.lower_ in lexicon.first_names() | TITLES:
            continue
        after = doc[e.end] if e.end < len(doc) else None
        if after is not None and (after.lower_ in POSS or after.lower_ in DOING):
            continue  # "Loughton's mum", "Loughton said"
        doing = after is not None and after.pos_ in ("VERB", "AUX")
        if doing or t.dep_ in ("nsubj", "nsubjpass"):
            continue  # "dropped it at Harlow and Ngozi picked it up": someone doing something
        k = e.start - 1
        if doc[k].lower_ not in PLACE_LIST_WORDS:
            continue
        k -= 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        if k < 0 or doc[k].ent_type_ not in ("GPE", "LOC", "FAC"):
            continue
        _set_entity(doc, e.start, e.end, "GPE")


def _double_first_names(doc: Any) -> None:
    """ "Tia-Mae has got nits", "Jean-Paul said", "Lily-Rose and Ella-Grace are off": two
    first names joined by a hyphen are one person's name, which the NER reads as a firm
    (most hyphenated names it knows are brands) or misses. Both halves must be first names
    ("Mercedes-Benz", "Rolls-Royce" and "Lewis-Smith" are not), set apart from any longer
    name ("the Mary-Rose", "Jean-Marc Boulangerie"). A firm the NER read over names only,
    joined by "and" ("Lily-Rose and Ella-Grace"), is each of them."""
    for i in range(len(doc) - 2):
        if not _first_names_hyphened(doc, i):
            continue
        start, end = i, i + 3
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        if before is not None and (
            before.lower_ in ("a", "an", "the") or (before.is_title and before.lower_ not in TITLES)
        ):
            continue
        surname = after is not None and _a_surname_after(doc, end)
        if surname:
            end += 1  # "a new woman, Hye-won Tulloch, she's Korean": with her surname
        elif after is not None and (
            (after.is_title and after.is_alpha) or after.lower_ in org_suffixes()
        ):
            continue
        over = _overlapping(doc, start, end)
        if _locked(doc, start, end) or any(
            e.label_ == "PERSON" and not (surname and e.end < end) for e in over
        ):
            continue
        named = [_names_in(doc, e.start, min(e.end, end - surname)) for e in over]
        if any(n is None for n in named):
            continue  # read into a longer name: "Jean-Paul Gaultier", a firm's
        for e, names in zip(over, named, strict=True):
            _clear_entities(doc, e.start, e.end)
            for s, t in names or ():
                _set_entity(doc, s, t, "PERSON")
        _set_entity(doc, start, end, "PERSON")


def _a_surname_after(doc: Any, i: int) -> bool:
    """Whether token `i` is a surname ending a name: a capitalised word no dictionary, place
    list or organisation's word has, with no capitalised word after it ("Tia-Mae Hollins",
    not "Jean-Marc Boulangerie" nor "Lily-Rose Garden Centre")."""
    t = doc[i]
    if not (t.is_title and t.is_alpha) or (i + 1 < len(doc) and doc[i + 1].is_title):
        return False
    low = t.lower_
    return not (low in _english_words() or low in org_suffixes() or low in lexicon.place_words())


def _first_names_hyphened(doc: Any, i: int) -> bool:
    """Whether tokens i, i+1, i+2 are a first name, a hyphen with no space either side and
    a first name: "Tia-Mae", "Jean-Luc", "Abdul-Karim"; or a Korean given name, two of its
    syllables with the second in lower case ("Eun-ji", "Hyun-woo"), which no word list holds
    whole."""
    if i < 0 or i + 2 >= len(doc):
        return False
    a, hyphen, b = doc[i], doc[i + 1], doc[i + 2]
    if hyphen.text not in ("-", "‑") or a.whitespace_ or hyphen.whitespace_:
        return False
    if a.is_title and b.is_lower and a.lower_ != b.lower_:  # "Eun-ji", "Seo-yeon", not "Ha-ha"
        syllables = lexicon.name_syllables()
        if a.lower_ in syllables and b.lower_ in syllables:
            return True
    return all(t.is_title and t.is_alpha and _a_first_name(t.lower_) for t in (a, b))


def _a_first_name(word: str) -> bool:
    """A listed first name, a first name that is a word too ("Honey") or a nickname."""
    return word in lexicon.first_names() or word in WORD_NAMES or word in lexicon.nicknames()


def _names_in(doc: Any, start: int, end: int) -> list[tuple[int, int]] | None:
    """The names (as token spans) that tokens [start, end) are, joined by "and", commas or
    "&" and with a possessive after; None where any other word is there."""
    names: list[tuple[int, int]] = []
    j = start
    while j < end:
        t = doc[j]
        if _first_names_hyphened(doc, j) and j + 3 <= end:
            names.append((j, j + 3))
            j += 3
            continue
        if t.is_title and t.is_alpha and _a_first_name(t.lower_):
            names.append((j, j + 1))
        elif t.lower_ not in ("and", ",", "&", "'s", "’s"):
            return None
        j += 1
    return names


# Words said before a first name that describe the person and are no part of the name:
# "little Ella", "Young Dylan", "Baby Aarav", "poor old Kwesi".
DESCRIBING = frozenset({
    "young", "little", "baby", "old", "poor", "lovely", "dear", "our", "cheeky", "wee",
})  # fmt: skip
# Words before a first name that tell one Dave from another: part of what they are called.
NICKNAMING = frozenset({"big", "tall", "posh"})


def _described_names(doc: Any) -> None:
    """ "Young Dylan from the paper round", "Baby Aarav has been up all night": a word that
    describes someone, said before their first name, is no part of the name, which the NER
    reads with it as a person or a firm ("Big Dave Kerr said"). "Big Dave" and "Tall Paul"
    are what someone is called, so "big" and "tall" stay with the name. Places and things
    named so ("Little Venice", "Old Trafford", "Big Ben") need a first name after the word
    and no name of a place or a firm's word among the rest."""
    for e in list(doc.ents):
        if e.label_ not in ("PERSON", "ORG") or e.ent_id_ in (VOCAB_ID, GAZETTEER_ID):
            continue
        if len(e) < 2 or len(e) > 4 or e[0].lower_ not in DESCRIBING | NICKNAMING:
            continue
        rest = e[1:]
        if rest[0].lower_ not in lexicon.first_names() and rest[0].lower_ not in WORD_NAMES:
            continue
        if not all(
            t.is_title and t.is_alpha and t.lower_ not in org_suffixes() | lexicon.place_words()
            for t in rest
        ):
            continue
        if e.end < len(doc) and doc[e.end].text in ("'s", "’s"):
            continue  # "Old Mother Hubbard's", "Little John's": a shop's name
        start = e.start + (e[0].lower_ in DESCRIBING)
        _set_entity(doc, start, e.end, "PERSON")


def _middle_initials(doc: Any) -> None:
    """ "met Peter J Mason at the allotment", "spoke to sandra k whitlock": a name that ends in
    a single letter (a middle initial) runs on over the surname after it, in the case the name
    is written in; "rang Dave B about it" has no surname after its letter and is left."""
    for e in list(doc.ents):
        if e.label_ != "PERSON" or len(e) < 2 or e.end >= len(doc):
            continue
        letter, nxt = e[-1], doc[e.end]
        if len(letter.text) != 1 or not letter.is_alpha or letter.lower_ in ("a", "i"):
            continue
        if letter.is_upper and e[0].is_title:
            ok = nxt.is_title and nxt.lower_ not in org_suffixes()
        elif letter.is_lower and e[0].is_lower:
            ok = nxt.is_lower and nxt.pos_ in ("PROPN", "NOUN") and len(nxt) >= 3
        else:
            continue
        if (
            ok
            and nxt.is_alpha
            and not nxt.is_stop
            and not nxt.ent_type_
            and e[0].lower_ in lexicon.first_names()
        ):
            _set_entity(doc, e.start, e.end + 1, "PERSON", e.ent_id_)


# Days said after ", that's", which name nobody: "Mr Pike, that's Tuesday, ...".
WEEKDAY_WORDS = {*WEEKDAYS, "today", "tomorrow", "yesterday"}


def _first_name_after_a_titled_name(doc: Any) -> None:
    """ "Doctor Pike, that's Dorian, our senior partner": a first name said right
    after a title and surname by ", that's" and set off on its own is someone named (the
    same person, given whole later), whatever the NER guessed for it."""
    for e in list(doc.ents):
        if e.label_ != "PERSON" or len(e) < 2 or e[0].lower_ not in TITLES:
            continue
        i = e.end
        if i + 3 >= len(doc) or doc[i].text != ",":
            continue
        words = tuple(t.lower_ for t in doc[i + 1 : i + 3])
        k = i + 3 if words in THAT_IS else None
        if k is None or k + 1 >= len(doc):
            continue
        name = doc[k]
        if not (name.is_title and name.is_alpha) or not doc[k + 1].is_punct:
            continue
        if name.is_stop or name.lower_ in WEEKDAY_WORDS or _locked(doc, k, k + 1):
            continue  # "Mr Pike, that's Dorian": a name; "that's Tuesday" is none
        if all(x.label_ == "PERSON" for x in _overlapping(doc, k, k + 1)):
            _set_entity(doc, k, k + 1, "PERSON")


def _names_given_as_his_or_hers(doc: Any) -> None:
    """ "the caretaker, his name's Hamish Corrie but ...": capitalised words given as "his
    name" or "her name" are someone's name, whatever the NER guessed for them (a people, a
    firm) or where it saw nothing."""
    for t in doc[:-3]:
        if t.lower_ not in ("his", "her") or doc[t.i + 1].lower_ != "name":
            continue
        start = t.i + 2 + (doc[t.i + 2].lower_ in ("'s", "’s", "is", "was"))
        end = start
        while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end == start or doc[start].is_stop or _locked(doc, start, end):
            continue
        found = _overlapping(doc, start, end)
        if all(start <= e.start and e.end <= end and e.label_ != "DATE" for e in found):
            _set_entity(doc, start, end, "PERSON")
