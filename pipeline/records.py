"""Dataclasses that travel between the stages. No I/O here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# Re-exported for code written before the read layer: `name_key` lives with the resolver,
# `mmss` with the read side.
from .names import name_key as name_key
from .read import mmss as mmss


@dataclass(frozen=True)
class AudioInfo:
    """What we know about an audio file before transcribing it."""

    path: str
    sha256: str
    size_bytes: int
    duration_s: float
    recorded_at: dt.datetime  # local wall-clock time, naive
    recorded_at_source: str  # "metadata", "filename" or "mtime"
    codec: str | None = None


@dataclass(frozen=True)
class Word:
    start_s: float
    end_s: float
    text: str
    probability: float


@dataclass(frozen=True)
class Segment:
    idx: int
    start_s: float
    end_s: float
    text: str
    avg_logprob: float = 0.0
    no_speech_prob: float = 0.0
    words: tuple[Word, ...] = ()


@dataclass(frozen=True)
class Transcript:
    segments: tuple[Segment, ...]
    language: str
    language_probability: float
    duration_s: float
    model: str

    @property
    def text(self) -> str:
        return " ".join(s.text.strip() for s in self.segments if s.text.strip())

    @property
    def is_empty(self) -> bool:
        return not self.text


@dataclass(frozen=True)
class Mention:
    """One occurrence of a person, organisation or place in a memo."""

    kind: str  # "person", "org", "place"
    name: str  # display form, e.g. "Kevin Brooks"
    key: str  # normalised form used to merge mentions into one entity
    surface: str  # the text as transcribed
    segment_idx: int | None
    start_s: float | None


@dataclass(frozen=True)
class FollowUp:
    """A sentence that commits the speaker to an action."""

    text: str
    due: dt.date | None
    person: str | None
    segment_idx: int | None
    start_s: float | None


@dataclass(frozen=True)
class Event:
    """A dated happening said in a memo that is not a promise ("the jumble sale on the 6th").

    `time` is "HH:MM" when a time of day was said, `title` the short name of the happening
    ("jumble sale", "board meeting").
    """

    text: str
    date: dt.date
    time: str | None
    title: str
    segment_idx: int | None
    start_s: float | None


@dataclass(frozen=True)
class Link:
    """A person tied to an organisation and/or role mentioned with them."""

    person: str
    org: str | None
    role: str | None


@dataclass(frozen=True)
class Extraction:
    mentions: tuple[Mention, ...] = ()
    followups: tuple[FollowUp, ...] = ()
    topics: tuple[str, ...] = ()
    links: tuple[Link, ...] = ()
    events: tuple[Event, ...] = ()
    # Names put right on the spot, (said wrong, right): "Gareth Lloyd-Hughes, no, it's just
    # Lloyd". The store keeps to the right one for the person met before by the wrong one.
    put_right: tuple[tuple[str, str], ...] = ()


# The kind of a vocabulary term naming someone known by one name only (see `Term`).
ONE_NAME = "one-name"
# The kind of a vocabulary term naming a happening an earlier memo dated (see `Term`).
EVENT = "event"


@dataclass(frozen=True)
class Term:
    """A word Whisper and spaCy should know: a user's vocabulary word or a name already stored.

    `kind` ("person", "org", "place") makes it an entity pattern for spaCy too; a plain word
    (kind None) only steers transcription. `orgs` are the organisations a known person is
    linked to, so a first name shared by two people can be told apart by the company kept.
    `heard` is False for a name stored from one memo only: it may be a mishearing, so it is
    not fed back to Whisper, where it would steer later memos towards the same wrong spelling.
    Kind `ONE_NAME` is a person known by one name only ("Tahmid"): no pattern (it would make
    every such word a person), but a memo Whisper wrote in lower case can still find them.
    Kind `EVENT` is a happening an earlier memo dated ("the quiz night", on `day`): no
    pattern and no hotword, but "bring the raffle prizes before the quiz night" said a week
    later is due that day.
    """

    text: str
    kind: str | None = None
    orgs: tuple[str, ...] = ()
    heard: bool = True
    day: dt.date | None = None


@dataclass(frozen=True)
class Vocabulary:
    """What is fed back into transcription and extraction: user words first, then known names
    (most mentioned first)."""

    terms: tuple[Term, ...] = ()

    def hotwords(self, max_words: int = 40) -> str | None:
        """The terms as a Whisper prompt, "Glossary: A, B, C.", of at most `max_words` names' words.

        Kept short: every word of it is decoder context for every 30 s window, and a long
        list of names makes Whisper expect names everywhere ("Met" heard as "Matt"). Names
        stored from a single memo are left out (see `Term.heard`).
        """
        picked: list[str] = []
        words = 0
        for t in dict.fromkeys(t.text for t in self.terms if t.heard):
            n = len(t.split())
            if words + n > max_words:
                break
            picked.append(t)
            words += n
        return f"Glossary: {', '.join(picked)}." if picked else None


@dataclass(frozen=True)
class Memo:
    """A processed recording, ready to be stored. `status` is "done", "empty" or "failed"."""

    audio: AudioInfo
    status: str
    transcript: Transcript | None = None
    extraction: Extraction = field(default_factory=Extraction)
    error: str | None = None
