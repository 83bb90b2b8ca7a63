"""Who is from where, read from how the sentence says it: a "she" that stands for the name
before it, a phrase set off between an organisation and its person, a job that carries the
organisation's name, a job said before "called", a meeting's venue, and the links that are not
there (a thing at a garage, a relative's job, a team that is the subject of its own verb).
Real spaCy on text; the names are made up for these tests and are not taken from any
evaluation set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract import SpacyExtractor
from pipeline.records import Extraction, Segment, Transcript

pytestmark = pytest.mark.real

AT = dt.datetime(2027, 3, 3, 18, 0)


@pytest.fixture(scope="module")
def extractor() -> SpacyExtractor:
    return SpacyExtractor()


def extract(extractor: SpacyExtractor, text: str) -> Extraction:
    parts = [p.strip(" .") + "." for p in text.split(". ") if p.strip(" .")]
    segments = tuple(Segment(i, 3.0 * i, 3.0 * i + 3, p) for i, p in enumerate(parts))
    return extractor.extract(Transcript(segments, "en", 1.0, 3.0 * len(parts), "typed"), AT)


def links(ex: Extraction) -> set[tuple[str, str | None]]:
    return {(link.person, link.org) for link in ex.links if link.org}


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a "she" or "he" opening the clause stands for the one named before it
        ("Ottoline Brackett, she's from Hackney Council, wants the form.", "Ottoline Brackett",
         "Hackney Council"),
        ("I met Tobias Wren last week. He's from Camden Council.", "Tobias Wren",
         "Camden Council"),
        # "there" for the organisation just named, after a verb of working
        ("Went to Oakfield Primary for the fair. Marnie Okafor works there, she's lovely.",
         "Marnie Okafor", "Oakfield Primary"),
        ("Went to Oakfield Primary for the fair. Met Tobias Wren, he teaches there.",
         "Tobias Wren", "Oakfield Primary"),
        # "one of the teachers"
        ("Went to Oakfield Primary for the fair. Marnie Okafor, one of the teachers, was "
         "running the tombola.", "Marnie Okafor", "Oakfield Primary"),
        # met by chance somewhere, but said to be from somewhere else
        ("Bumped into Marnie Okafor at Tesco, she's from Camden Council.", "Marnie Okafor",
         "Camden Council"),
        # a full name whose span took the "'s" after it
        ("Marnie Okafor's from Haringey Council.", "Marnie Okafor", "Haringey Council"),
        # a phrase saying what the organisation is, between it and the name
        ("A letter from Barnet Council, their parking department, Ottoline Brackett signed it.",
         "Ottoline Brackett", "Barnet Council"),
        # someone else's key worker or teacher, "there"
        ("Dropped off at Little Wrens Nursery. Also, um, Ottilie's key worker there, Marnie, "
         "says she needs wellies.", "Marnie", "Little Wrens Nursery"),
        # a job before "called"
        ("Popped into Age UK Camden. A volunteer called Marnie Okafor helped me with the form.",
         "Marnie Okafor", "Age UK Camden"),
        # a job after the name with no comma, as Whisper writes it
        ("the meeting at keats lodge surgery is thursday at seven farzana qadir the practice "
         "manager emailed the agenda", "Farzana Qadir", "Keats Lodge Surgery"),
        # the organisation's name inside the job set off after the name
        ("Ottoline Brackett, the Age UK Camden coordinator, says hi.", "Ottoline Brackett",
         "Age UK Camden"),
        ("Also Tobias Wren rang, the Noor Food Bank chair, lovely man.", "Tobias Wren",
         "Noor Food Bank"),
        # a job set off from its organisation by a comma, after a self-correction
        ("Email from the council, from, er, Marnie Okafor, she's in the parks team, no, it's "
         "the highways team, at Sutton Council.", "Marnie Okafor", "Sutton Council"),
        # someone who coordinates "the" something of the organisation just named
        ("At the gurdwara this morning, Sri Guru Nanak Sabha, I saw Tobias Wren, he "
         "coordinates the kitchen volunteers.", "Tobias Wren", "Sri Guru Nanak Sabha"),
        # the job right before the name, no comma
        ("Governors meeting at Rhodes Vale Primary tonight. Long one. Our clerk Marnie Okafor "
         "took the minutes.", "Marnie Okafor", "Rhodes Vale Primary"),
        ("At Hackney Council today. The caretaker Tobias Wren let me in.", "Tobias Wren",
         "Hackney Council"),
        # got through to someone at the organisation rung
        ("Rang Camden Council about the bins. Got through to a nice woman, Marnie Okafor, in "
         "waste services.", "Marnie Okafor", "Camden Council"),
        # "our choirmaster": a "-master" job
        ("Choir practice tomorrow at St Wilfrid's. Tobias Wren, our choirmaster, says the "
         "service is on the twenty-sixth.", "Tobias Wren", "St Wilfrid's"),
    ],
)  # fmt: skip
def test_links_said(extractor: SpacyExtractor, text: str, person: str, org: str) -> None:
    ex = extract(extractor, text)
    assert (person, org) in links(ex), (ex.mentions, ex.links)


def test_a_meetings_venue_is_not_where_its_people_belong(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "The food bank committee at Walthamstow Grove Mosque. Brother Idris chaired. "
        "Marnie Okafor, our volunteer coordinator, says we've got twenty volunteers.",
    )
    got = links(ex)
    assert not {o for p, o in got if p in ("Idris", "Marnie Okafor")} & {
        "Walthamstow Grove Mosque"
    }, ex.links
    assert any(p == "Marnie Okafor" for p, _ in got), ex.links


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a thing with or at an organisation, then a name in the next sentence
        ("So I rang them, his flat's with Larkspur Housing, and the repairs line says someone will "
         "come. Er, also Age UK Sutton rang back, a woman called Marnie Pike, she runs their "
         "befriending service.", "Marnie Pike", "Larkspur Housing"),
        ("The car's at Kwik Fit. Tobias Wren rang.", "Tobias Wren", "Kwik Fit"),
        # a relative's job
        ("Ottoline Brackett's husband works at Tesco.", "Ottoline Brackett", "Tesco"),
        ("Tobias Wren from Tesco rang. His wife Marnie runs the marathon every year.", "Marnie",
         "Tesco"),
        # a team that is the subject of its own verb
        ("The repairs man came, Tobias Wren, he's a surveyor with Larkspur Housing, and he says "
         "the occupational therapy team at Sutton Council fitted it.", "Tobias Wren",
         "Sutton Council"),
        ("Tobias Wren said the manager at Tesco will ring me.", "Tobias Wren", "Tesco"),
        # a relative works there, not the one named
        ("Went to Tesco with Marnie Okafor. Her husband works there.", "Marnie Okafor",
         "Tesco"),
        ("Bumped into Marnie Okafor at Tesco, she's from Camden Council.", "Marnie Okafor",
         "Tesco"),
        ("Tesco had a sale. My husband Tobias Wren, he's a nurse, bought loads.", "Tobias Wren",
         "Tesco"),
        # a relative before the name is no job
        ("Picked up the kids from Oakfield Primary. My husband Tobias Wren was late.",
         "Tobias Wren", "Oakfield Primary"),
    ],
)  # fmt: skip
def test_not_linked(extractor: SpacyExtractor, text: str, person: str, org: str) -> None:
    ex = extract(extractor, text)
    assert (person, org) not in links(ex), (ex.mentions, ex.links)


def test_the_right_one_of_two_organisations(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "So I rang them, his flat's with Larkspur Housing, and the repairs line says someone will "
        "come. Er, also Age UK Sutton rang back, a woman called Marnie Pike, she runs their "
        "befriending service.",
    )
    assert ("Marnie Pike", "Age UK Sutton") in links(ex), ex.links


def test_a_known_place_opening_the_organisations_name(extractor: SpacyExtractor) -> None:
    """ "who runs the hollins youth club", the place known from earlier memos: it opens the
    organisation's name, and the verb before it says whose the organisation is."""
    from pipeline.records import Term

    text = "Priya says Tobias Wren, who runs the hollins youth club, can lend us tables."
    transcript = Transcript((Segment(0, 0.0, 3.0, text),), "en", 1.0, 3.0, "typed")
    ex = extractor.extract(transcript, AT, [Term("Hollins", "place")])
    assert ("org", "Hollins Youth Club") in {(m.kind, m.name) for m in ex.mentions}, ex.mentions
    assert ("Tobias Wren", "Hollins Youth Club") in links(ex), ex.links
