"""Topics: the key phrases of a memo, ranked against everything else in the database.

At ingest time each memo keeps its candidate phrases: noun chunks reduced to their lemmas,
without determiners, pronouns, numbers, names (people, organisations and places are listed
separately) or job titles, and without stop-phrases that every memo has ("this morning",
"a guy", "the weather"). At read time the candidates are ranked by TF-IDF over the whole
database (`read.rank_period`, on the read side), so a phrase that is in every memo ("pilot",
if every memo is about the pilot) sinks and one that sets a memo apart rises. Ranking at read
time keeps the scores right as the database grows; the stored candidates never need
recomputing. This module is the extraction side only: `candidates` needs a spaCy Doc, and
takes its word lists from the lexicon (not from extract.py, which calls it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .lexicon import ACTION_VERBS, ROLE_HEADS

# Phrases that say nothing about what a memo is about.
STOP_TOPICS = {
    "morning", "afternoon", "evening", "night", "today", "tonight", "tomorrow", "yesterday",
    "week", "month", "year", "day", "time", "guy", "man", "woman", "lady", "bloke", "person",
    "people", "thing", "things", "stuff", "lot", "bit", "way", "idea", "note", "quick note",
    "one", "quick one", "weather", "chat", "good chat", "talk", "word", "words", "number",
    "detail", "details", "phone", "call", "email", "message", "text", "everyone", "someone",
    "something", "anything", "nothing", "everything", "other", "others", "self", "note to self",
    "moment", "minute", "hour", "while", "point", "question", "reason", "kind", "sort",
    "team", "part", "end", "start", "side", "place", "area", "dog", "walk", "dog walk",
    "coffee", "lunch", "queue", "train", "station", "pub", "gym", "park", "touchline",
    "school gate", "school gates", "conference", "clinic", "list", "plan", "colleague",
    "friend", "neighbour", "date", "dates", "order", "ten", "tens",
}  # fmt: skip
SKIP_POS = {"DET", "PRON", "NUM", "PUNCT", "SPACE", "ADP", "CCONJ", "PART", "SYM", "X", "INTJ"}
SKIP_ENTS = {
    "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL",
    "MONEY", "PERCENT", "QUANTITY",
}  # fmt: skip
# Adjectives that say how, not what: "a nice lunch" is about lunch.
VAGUE_ADJECTIVES = {
    "new", "old", "former", "current", "nice", "good", "great", "lovely", "awful", "terrible",
    "bad", "big", "small", "little", "quick", "long", "short", "whole", "same", "other",
    "few", "many", "much", "more", "several", "real", "proper", "next", "last", "first",
}  # fmt: skip


def candidates(doc: Any, entities: Sequence[Any] = (), skip: Iterable[int] = ()) -> tuple[str, ...]:
    """A memo's candidate key phrases (lemmas, lower case), in order of first appearance.

    `entities` (spans with `start`/`end` token indices) and the token indices in `skip`
    (job titles) are left out.
    """
    taken = {i for e in entities for i in range(e.start, e.end)} | set(skip)
    out: list[str] = []
    for chunk in doc.noun_chunks:
        words = []
        for t in chunk:
            if t.i in taken or t.ent_type_ in SKIP_ENTS:
                continue
            if t.pos_ in SKIP_POS or t.is_stop or not t.is_alpha:
                continue
            if t.is_sent_start and t.lower_ in ACTION_VERBS:  # "Met ...", "Email ..."
                continue
            if not words and t.lower_ in VAGUE_ADJECTIVES:
                continue
            # Only the head noun is lemmatised: "raffle prizes" -> "raffle prize" but
            # "sales team" stays.
            words.append(t.lemma_.lower() if t.i == chunk.end - 1 else t.lower_)
        if not words or words[-1] in ROLE_HEADS or chunk.root.lower_ in ROLE_HEADS:
            continue
        phrase = " ".join(words)
        if phrase in STOP_TOPICS:
            continue
        if len(phrase) < 3:
            continue
        out.append(phrase)
    return tuple(dict.fromkeys(out))
