"""What the rules make of the spans the taught NER draws its own way: a lower-case name run on
into the rest of the clause, a name whose first word is a verb and whose rest is only a kind
of body, the ward a councillor stands for, and the name someone goes by said with a title or
by themselves. Real spaCy on text; every name is made up for these tests and taken from no
evaluation set.
"""

from __future__ import annotations

import pytest
from test_org_kinds import extract, names

from pipeline.extract import SpacyExtractor
from pipeline.rules.orgs import _names_run_into_other_words

pytestmark = pytest.mark.real


@pytest.mark.parametrize(
    ("text", "drawn", "kept"),
    [
        # the clause's verb, or a new noun phrase, ends a lower-case name
        ("Deji from unite came round the ward about the vote.", "unite came round", "unite"),
        (
            "Asked tola at greystone trust rang back today.",
            "greystone trust rang",
            "greystone trust",
        ),
        (
            "the appeal for larchmont high the hearing is on the 9th",
            "larchmont high the hearing",
            "larchmont high",
        ),
        # a title in capitals, and "the" after a joining word, are one name
        (
            "Try the hire firm Borrow a Ladder for the gutters.",
            "Borrow a Ladder",
            "Borrow a Ladder",
        ),
        (
            "we went to friends of the earth on saturday",
            "friends of the earth",
            "friends of the earth",
        ),
    ],
)
def test_a_name_run_on_into_the_clause_ends_before_it(
    extractor: SpacyExtractor, text: str, drawn: str, kept: str
) -> None:
    from spacy.tokens import Span

    doc = extractor.nlp(text)
    start = text.index(drawn)
    span = doc.char_span(start, start + len(drawn))
    doc.ents = [Span(doc, span.start, span.end, label="ORG")]
    _names_run_into_other_words(doc)
    assert [e.text for e in doc.ents] == [kept]


@pytest.mark.parametrize(
    "text",
    [
        "Ffion's not to know, so the WhatsApp group is called Email Club. Ring the hall.",
        "The surprise is on, so the group chat is called Email Club. Ring the hall tomorrow.",
    ],
)
def test_a_kind_of_body_left_alone_by_a_verb_is_no_organisation(
    extractor: SpacyExtractor, text: str
) -> None:
    assert not names(extract(extractor, text), "org") & {"Club", "Email Club"}


@pytest.mark.parametrize(
    ("text", "council", "ward"),
    [
        (
            "Wrote to Tomasz Nowak, he's our councillor on Barnet Council for Hatch End Green.",
            "Barnet Council",
            "Hatch End Green",
        ),
        (
            "Emailed Priya Shah, she sits on Harrow Council for Wealdstone Heath, about the bins.",
            "Harrow Council",
            "Wealdstone Heath",
        ),
        (
            "so i messaged councillor dennis oyelaran he's on kestwick council for hollins "
            "green and he said he'd chase it",
            "Kestwick Council",
            "Hollins Green",
        ),
    ],
)
def test_the_ward_a_council_stands_for_is_a_place(
    extractor: SpacyExtractor, text: str, council: str, ward: str
) -> None:
    ex = extract(extractor, text)
    assert council in names(ex, "org")
    assert ward.lower() in {n.lower() for n in names(ex, "place")}
    assert ward.lower() not in {n.lower() for n in names(ex, "org")}


def test_the_surveyor_from_a_name_ending_in_a_place_word_works_for_it(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(extractor, "Met the surveyor from Harcourt Thames Valley about the damp.")
    assert "Harcourt Thames Valley" in names(ex, "org")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Quick one. Valentina from the hospital rang, the asthma nurse, the kids call her "
            "Nurse Val. She wants to see Wilfred.",
            "Valentina",
        ),
        (
            "Radomir from the club rang, the coach, the lads call him Coach Rad, about the subs.",
            "Radomir",
        ),
        ("Met Bartholomew Lowe, the new manager, he said call me Tolly.", "Bartholomew Lowe"),
    ],
)
def test_the_name_someone_goes_by_with_a_title_or_in_their_words_is_them(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    people = names(extract(extractor, text), "person")
    assert person in people
    assert not people & {"Nurse Val", "Coach Rad", "Tolly", "Val", "Rad"}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Mrs Patel sent a letter home, the Year 3 trip to the Royal Marine Heritage Centre "
            "is on the ninth of March.",
            "Royal Marine Heritage Centre",
        ),
        (
            "The class trip to the Northfield Science Centre is on Friday, she needs the form "
            "by Monday.",
            "Northfield Science Centre",
        ),
    ],
)
def test_an_organisation_the_ner_draws_after_the_keeps_its_place_word(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    # The package's NER drew "the" into the span, the taught one leaves it out: the
    # organisation it saw stays one, ending in "Centre" or not ("the Olympic Park" a place).
    assert org in names(extract(extractor, text), "org")
    walk = extract(extractor, "Went for a walk round the Olympic Park with Theo on Sunday.")
    assert "Olympic Park" in names(walk, "place")


@pytest.mark.parametrize(
    "text",
    [
        "Dinner at Oyelowo's in Harrow tonight, then Oyelowo is driving us back.",
        "family dinner at harjit's in the village tonight and my sister is worried about mum "
        "being on her own so we agreed harjit does the weekends and i do tuesdays",
    ],
)
def test_someones_home_is_no_shop_when_they_are_said_alone(
    extractor: SpacyExtractor, text: str
) -> None:
    ex = extract(extractor, text)
    assert not {n.lower() for n in names(ex, "org")} & {"oyelowo's", "harjit's"}
