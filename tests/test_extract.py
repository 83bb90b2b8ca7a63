"""The extractor on text (real spaCy, no audio): names, organisations, links, follow-ups, topics."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract import SpacyExtractor
from pipeline.records import Extraction, Segment, Term, Transcript

# A Friday morning: "by Friday" is next week's Friday, "tomorrow" a Saturday.
FRIDAY = dt.datetime(2026, 11, 20, 9, 30)


def extract(
    extractor: SpacyExtractor,
    text: str,
    vocabulary: tuple[Term, ...] = (),
    at: dt.datetime = FRIDAY,
) -> Extraction:
    segments = tuple(
        Segment(i, 2.0 * i, 2.0 * i + 2, s.strip() + ".")
        for i, s in enumerate(x for x in text.split(".") if x.strip())
    )
    return extractor.extract(Transcript(segments, "en", 1.0, 9.0, "test"), at, vocabulary)


def names(ex: Extraction, kind: str) -> set[str]:
    return {m.name for m in ex.mentions if m.kind == kind}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Met Kevin Brooks on the touchline.", "Kevin Brooks"),
        ("Bumped into Rachel Green at the station.", "Rachel Green"),
        ("Talked to Priya Shah about the referral scheme.", "Priya Shah"),
        ("Spoke to Anna Roberts on the phone.", "Anna Roberts"),
        ("Called Grace Lee about the venue.", "Grace Lee"),
        ("Ran into Mark Davies in the queue.", "Mark Davies"),
    ],
)
def test_name_after_a_meeting_verb_is_a_person(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    assert names(extract(extractor, text), "person") == {person}


@pytest.mark.parametrize("verb", ["Email", "Call", "Text", "Ping", "Send", "Introduce"])
def test_sentence_initial_verb_is_not_part_of_a_name(extractor: SpacyExtractor, verb: str) -> None:
    ex = extract(extractor, f"Met Kevin Brooks at the Post Office. {verb} Kevin on Monday.")
    assert names(ex, "person") == {"Kevin Brooks"}
    assert all(not m.name.startswith(verb) for m in ex.mentions)


def test_titles_are_dropped_from_the_name_and_professor_is_a_role(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(
        extractor,
        "Spoke to Dr Helen Marsh after the concert. Lunch with Professor Amir Khan from "
        "Imperial College.",
    )
    assert names(ex, "person") == {"Helen Marsh", "Amir Khan"}
    assert any(m.surface.startswith("Dr") for m in ex.mentions)
    assert ("Amir Khan", "Imperial College", "professor") in {
        (link.person, link.org, link.role) for link in ex.links
    }


def test_first_name_and_possessive_later_in_the_memo_are_the_full_name(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(
        extractor,
        "Met Kevin Brooks at the Post Office. Kevin's team runs the pilot. Brooks said yes. "
        "Kevin likes the idea.",
    )
    people = [m for m in ex.mentions if m.kind == "person"]
    assert {m.name for m in people} == {"Kevin Brooks"}
    assert len(people) >= 3
    assert {m.key for m in people} == {"kevin brooks"}


def test_the_ner_mislabelling_a_first_name_as_an_org_is_fixed(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Talked to Dr Sophie Turner at the clinic. Sophie is a partner at Riverside Medical "
        "Practice in Norwich.",
    )
    assert names(ex, "person") == {"Sophie Turner"}
    assert names(ex, "org") == {"Riverside Medical Practice"}
    assert names(ex, "place") == {"Norwich"}


def test_a_town_after_in_is_a_place_not_a_person(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Met Oliver Hall at the station in Exeter.")
    assert names(ex, "place") == {"Exeter"}
    assert names(ex, "person") == {"Oliver Hall"}


@pytest.mark.parametrize(
    ("text", "person", "org", "role"),
    [
        (
            "Met Kevin Brooks, head of information security at the Post Office, on the "
            "touchline at Hackney Marshes.",
            "Kevin Brooks",
            "Post Office",
            "head of information security",
        ),
        (
            "Bumped into Rachel Green at the station. She is head of marketing at Yorkshire Water.",
            "Rachel Green",
            "Yorkshire Water",
            "head of marketing",
        ),
        (
            "Spoke to Helen Marsh. Helen works for the NHS as a consultant.",
            "Helen Marsh",
            "NHS",
            "consultant",
        ),
        (
            "Chatted with Lucy Walker. Lucy is the owner of Green Street Bakery.",
            "Lucy Walker",
            "Green Street Bakery",
            "owner",
        ),
        (
            "Met Chris Evans. Chris is head of sales at Virgin Media.",
            "Chris Evans",
            "Virgin Media",
            "head of sales",
        ),
        ("Talked to Priya Shah at Deloitte about the pilot.", "Priya Shah", "Deloitte", None),
        (
            "Spoke to Laura Bennett, she coaches the under tens at Didsbury Rovers.",
            "Laura Bennett",
            "Didsbury Rovers",
            "coach",
        ),
    ],
)
def test_orgs_after_at_and_works_for_are_linked_with_roles(
    extractor: SpacyExtractor, text: str, person: str, org: str, role: str | None
) -> None:
    ex = extract(extractor, text)
    assert org in names(ex, "org")
    assert (person, org, role) in {(link.person, link.org, link.role) for link in ex.links}


def test_hackney_marshes_is_a_place_and_the_post_office_an_org(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Met Kevin Brooks, head of information security at the Post Office, on the touchline "
        "at Hackney Marshes.",
    )
    assert names(ex, "org") == {"Post Office"}
    assert names(ex, "place") == {"Hackney Marshes"}


def test_two_people_each_linked_to_their_own_org(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Bumped into Michael Brown and Jane Smith at the pub. Michael works for Barclays and "
        "Jane is a designer at the BBC.",
    )
    links = {(link.person, link.org, link.role) for link in ex.links}
    assert links == {("Michael Brown", "Barclays", None), ("Jane Smith", "BBC", "designer")}


# -- follow-ups -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("Send Helen the referral figures by Friday.", "2026-11-27"),
        ("Call Helen on Monday about the contract.", "2026-11-23"),
        ("Follow up with Helen next week.", "2026-11-23"),
        ("Email Helen on the third of December about a pilot.", "2026-12-03"),
        ("Text Helen tomorrow to confirm.", "2026-11-21"),
        ("Ask Helen about the sponsorship form in two weeks.", "2026-12-04"),
        ("Email Helen the slides by the end of the month.", "2026-11-30"),
        ("Remember to ask Helen about the venue.", None),
        ("I need to send her the figures.", None),
        ("Check whether the hall is free on Saturday.", "2026-11-21"),
        ("Note to self. I promised to send Helen the proposal by Wednesday.", "2026-11-25"),
    ],
)
def test_commitments_become_followups_with_due_dates(
    extractor: SpacyExtractor, sentence: str, due: str | None
) -> None:
    ex = extract(extractor, f"Met Helen Marsh at the school gates. {sentence}")
    assert len(ex.followups) == 1, ex.followups
    f = ex.followups[0]
    assert (f.due.isoformat() if f.due else None) == due
    if "hall" not in sentence:
        assert f.person == "Helen Marsh"
    assert f.segment_idx is not None and f.start_s is not None


def test_no_date_is_never_invented(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Met Chris Evans. Follow up with Chris about the partnership. Send the second draft "
        "to Sue. Book the train tickets.",
    )
    assert len(ex.followups) == 3
    assert all(f.due is None for f in ex.followups)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kevin likes the idea of a pilot.",
        "Helen says the pilot budget is approved.",
        "Laura offered to help with the fundraiser.",
        "She needs to send me the figures by Friday.",
        "I called Helen yesterday.",
        "I don't need to call Tom.",
        "Call centres are a nightmare.",
        "Will you call me on Friday?",
        "I'll be in Leeds on Friday.",
        "The weather was awful.",
    ],
)
def test_non_commitments_are_not_followups(extractor: SpacyExtractor, sentence: str) -> None:
    ex = extract(extractor, f"Met Kevin Brooks at the Post Office. {sentence}")
    assert ex.followups == ()


def test_opening_report_misheard_as_an_imperative_is_not_a_followup(
    extractor: SpacyExtractor,
) -> None:
    # Whisper often hears "Met ..." / "Talked to ..." as "Meet ..." / "Talk to ...".
    ex = extract(extractor, "Meet Chris Evans at the conference. Follow up with Chris on Monday.")
    assert [f.text for f in ex.followups] == ["Follow up with Chris on Monday."]


def test_followup_concerns_the_first_person_after_the_verb(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Met Jane Smith and Kevin Brooks at the pub. Introduce Jane to Kevin next week.",
    )
    assert [(f.person, f.due) for f in ex.followups] == [("Jane Smith", dt.date(2026, 11, 23))]


def test_dates_resolve_against_the_recorded_day(extractor: SpacyExtractor) -> None:
    monday = dt.datetime(2026, 11, 16, 9, 0)
    ex = extract(extractor, "Met Helen Marsh. Email Helen on Thursday.", at=monday)
    assert ex.followups[0].due == dt.date(2026, 11, 19)


# -- vocabulary --------------------------------------------------------------------------------


def test_vocabulary_names_are_recognised_and_spelled_as_given(extractor: SpacyExtractor) -> None:
    # Ottavine is on no list of first names: only the vocabulary makes her a person.
    text = "met ottavine kearney in haringey about the pilot."
    assert names(extract(extractor, text), "person") == set()
    vocabulary = (Term("Ottavine Kearney", "person"), Term("Haringey", "place"), Term("pilot"))
    ex = extract(extractor, text, vocabulary)
    assert names(ex, "person") == {"Ottavine Kearney"}
    assert names(ex, "place") == {"Haringey"}


def test_a_one_word_organisation_stored_once_yields_to_a_person_reading(
    extractor: SpacyExtractor,
) -> None:
    # A nickname taken once for a business must not make its owner an organisation in every
    # later memo; a name stored from two memos is evidence enough to be set as it was.
    text = "Shaz popped round, Shaz is doing the cake for Saturday."
    guess = (Term("Shaz", "org", heard=False),)
    assert names(extract(extractor, text, guess), "org") == set()
    assert names(extract(extractor, text, guess), "person") == {"Shaz"}
    assert names(extract(extractor, text, (Term("Shaz", "org"),)), "org") == {"Shaz"}


def test_a_first_name_alone_resolves_to_the_one_known_full_name(
    extractor: SpacyExtractor,
) -> None:
    one = (Term("Kevin Brooks", "person"),)
    assert names(extract(extractor, "Email Kevin on Monday.", one), "person") == {"Kevin Brooks"}
    two = (*one, Term("Kevin Smith", "person"))
    assert names(extract(extractor, "Email Kevin on Monday.", two), "person") == {"Kevin"}


# -- topics ------------------------------------------------------------------------------------


def test_topics_are_key_phrases_not_stop_phrases(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Met a guy called Dave Jones this morning. Dave likes our referral scheme. The weather "
        "was awful. He wants a demo of the booking tool.",
    )
    assert "referral scheme" in ex.topics
    assert "booking tool" in ex.topics
    for stop in ("guy", "morning", "this morning", "weather", "dave jones", "dave"):
        assert stop not in ex.topics


def test_empty_transcript_gives_nothing(extractor: SpacyExtractor) -> None:
    ex = extractor.extract(Transcript((), "en", 1.0, 0.0, "test"), FRIDAY)
    assert ex == Extraction()


def test_lower_case_org_after_a_job_title(extractor: SpacyExtractor) -> None:
    # Whisper base writes "the post office", and "head on" for "head of".
    ex = extract(
        extractor,
        "Met Kevin Brooks, head on information security at the post office. She is head of "
        "sales at the company. Tom is the treasurer at the moment.",
    )
    assert names(ex, "org") == {"Post Office"}
    assert ("Kevin Brooks", "Post Office", "head of information security") in {
        (link.person, link.org, link.role) for link in ex.links
    }


def test_runs_on_sentences_split_at_a_comma_before_a_command(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Met James Wilson at Heathrow, James wants a demo of the booking tool, set up a demo "
        "with James in two weeks",
    )
    assert [(f.text, f.person, f.due) for f in ex.followups] == [
        ("set up a demo with James in two weeks.", "James Wilson", dt.date(2026, 12, 4))
    ]


def test_met_heard_as_matt_and_family_words(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Matt Chris Evans at the conference. Mum says hello.")
    assert names(ex, "person") == {"Chris Evans"}
    # the same, whether the NER took "Matt" into the name or left it out
    ex = extract(extractor, "Matt Priya Raman at the school gate. Dad says hi.")
    assert names(ex, "person") == {"Priya Raman"}
