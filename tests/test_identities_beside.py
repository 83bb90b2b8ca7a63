"""One person, one entry, when a memo names someone beside the name they go by, with a title
of another language, or by a pet form of their first name; and a first name known from
earlier memos found again before what is theirs. Real spaCy on text and a real store across
memos; every name is made up for these tests and taken from no evaluation set.

- "Ola's fine with the swap, by the way, Olenka Brzezinska", "Big Mo, Mostafa Hegazi, asked",
  "Declan Fitzgerald, the coach, wee Fitzy, says": a name gone by that opens as the first name
  or surname does, with the full name set off beside it; and said again in the memo or later;
- "Haji Bashir", "ponia Rasa", "Tahir bhai": honorifics before or after a first name;
- "Rasute" of Rasa: a pet form made by an ending;
- "Wojtek was lovely, Mr Kowalczyk, he's ...": a first name, what they did, and the same
  person by title and surname;
- "stood with Tobiah's under nines": a one-name person's possessive is no organisation;
- and apart: a full name with a verb of its own, a list, a title that does not fit.
"""

from __future__ import annotations

import pytest
from test_identities_titled import ingested

from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real


def memos_naming(extractor: SpacyExtractor, kind: str, *memos: str) -> dict[str, int]:
    """Each entity of `kind` a store holds after `memos`, with the number of memos that
    mention it."""
    store = ingested(extractor, *memos)
    rows = store.db.query(
        "select e.name, count(distinct m.memo_id) n from entities e"
        " join mentions m on m.entity_id = e.id where e.kind = ? group by e.id",
        [kind],
    )
    counts = {r["name"]: r["n"] for r in rows}
    store.close()
    return counts


def stored(extractor: SpacyExtractor, *memos: str) -> set[str]:
    """The people a store holds (with a mention) after `memos`."""
    return set(memos_naming(extractor, "person", *memos))


def orgs(extractor: SpacyExtractor, *memos: str) -> set[str]:
    return set(memos_naming(extractor, "org", *memos))


@pytest.mark.parametrize(
    ("memos", "want"),
    [
        (  # the name gone by first, the full name set off later in its sentence
            (
                "I need to ask Ola first thing tomorrow if she'll swap shifts with me.",
                "Ola's fine with the swap, by the way, Olenka Brzezinska, absolute star, she's"
                " in the baby room with me.",
            ),
            {"Olenka Brzezinska"},
        ),
        (  # with a describing word of the name
            ("Big Mo, Mostafa Hegazi, asked if the shop would sponsor the under twelves' shirts.",),
            {"Mostafa Hegazi"},
        ),
        (  # set off by a role, and said again in the memo
            (
                "Kenno, my instructor, Kenneth Tennant from the driving school, he says book the"
                " practical now. Need to start proper lessons with Kenno in February as well.",
            ),
            {"Kenneth Tennant"},
        ),
        (  # the same, whether or not the NER saw the name gone by
            (
                "Quenno, my line manager, Maurice Quennell from the depot, he says take Friday"
                " off. Need to thank Quenno on Monday as well.",
            ),
            {"Maurice Quennell"},
        ),
        (  # after the full name and a role set off beside it, then alone in a later memo
            (
                "Declan Fitzgerald, the coach, wee Fitzy, says the club's doing the quiz night.",
                "The girls drew two all and Fitzy nearly cried.",
            ),
            {"Declan Fitzgerald"},
        ),
        (  # tied once beside the full name, then said again alone in the memo and later
            (
                "Gethin Pennington, Penno, he's the minis coordinator at the rugby club. Penno's"
                " sorting a minibus, he said.",
                "Minibus leaves at nine, Penno says.",
            ),
            {"Gethin Pennington"},
        ),
    ],
)
def test_a_name_gone_by_set_off_beside_the_full_name(
    extractor: SpacyExtractor, memos: tuple[str, ...], want: set[str]
) -> None:
    assert stored(extractor, *memos) == want


@pytest.mark.parametrize(
    ("memos", "want"),
    [
        (("Sam rang, Sarah Jones was there too.",), {"Sam", "Sarah Jones"}),
        (("Al, Alan Hope and Tom all came to the quiz.",), {"Alan Hope", "Tom"}),
        (("Jo rang, Josh Pike, the plumber, is coming Tuesday.",), {"Jo", "Josh Pike"}),
    ],
)
def test_two_people_said_together_stay_two(
    extractor: SpacyExtractor, memos: tuple[str, ...], want: set[str]
) -> None:
    assert want <= stored(extractor, *memos)


@pytest.mark.parametrize(
    ("memos", "want"),
    [
        (
            (
                "Haji Bashir collared me after prayers, Bashir Mukadam, he chairs the madrassa"
                " committee.",
                "Haji Bashir wants the treasurer's report by Friday.",
            ),
            {"Bashir Mukadam"},
        ),
        (
            (
                "Maulana Ismail, Ismail Bhamji, the imam, asked about the food parcels.",
                "Maulana Ismail rang again about the parcels.",
            ),
            {"Ismail Bhamji"},
        ),
        (
            (
                "Ponia Rasa, Rasa Petraitiene, she's the head at the Saturday school.",
                "And ponia Rasa wants my answer by the first of February.",
            ),
            {"Rasa Petraitiene"},
        ),
        (
            (
                "Tahir Qureshi is the junior section manager at the cricket club now.",
                "so tahir bhai caught me in the car park about the nets",
            ),
            {"Tahir Qureshi"},
        ),
    ],
)
def test_an_honorific_of_another_language_is_no_part_of_the_name(
    extractor: SpacyExtractor, memos: tuple[str, ...], want: set[str]
) -> None:
    assert stored(extractor, *memos) == want


def test_a_pet_form_of_a_first_name_is_the_same_person(extractor: SpacyExtractor) -> None:
    assert stored(
        extractor,
        "Need to ask Rasute if she can take the kids on the twenty-fifth.",
        "Also saw Rasa, my cousin, Rasa Petraitiene, she says she'll take the kids, so that's"
        " sorted, thanks Rasute.",
    ) == {"Rasa Petraitiene"}


def test_another_name_of_its_own_is_no_pet_form(extractor: SpacyExtractor) -> None:
    assert {"Anita", "Ana Lopes"} <= stored(
        extractor, "Ana Lopes runs the choir. Anita is doing the teas."
    )


def test_a_first_name_then_the_same_person_by_title(extractor: SpacyExtractor) -> None:
    assert stored(
        extractor,
        "the credit union appointment is today at half twelve with wojtek at the branch",
        "Wojtek was lovely, Mr Kowalczyk, he's a loans officer there, they'll decide by Friday.",
        "Wojtek wants me to sign the agreement in the branch.",
    ) == {"Wojtek Kowalczyk"}


@pytest.mark.parametrize(
    "memo",
    [
        "Tom was lovely to Mr Kowalczyk, he's new.",
        "Bogdan was lovely, Mrs Wroblewska, she's the one who rang.",
    ],
)
def test_a_titled_surname_of_someone_else_stays_apart(extractor: SpacyExtractor, memo: str) -> None:
    assert len(stored(extractor, memo)) == 2


def test_a_one_name_persons_possessive_is_no_organisation(extractor: SpacyExtractor) -> None:
    memos = (
        "Tobiah's got rugby on Saturday, he's buzzing.",
        "Now I'm stood on the touchline with Tobiah's under nines, freezing.",
    )
    assert "Tobiah" in stored(extractor, *memos)
    assert not {o for o in orgs(extractor, *memos) if "Tobiah" in o}


@pytest.mark.parametrize(
    ("memos", "want"),
    [
        (
            (
                "Spoke to Conor Whitlow, sorry, Whitelaw, about the insurance claim.",
                "Conor Whitelaw says the assessor's coming on Friday.",
            ),
            {"Conor Whitelaw"},
        ),
        (
            (
                "The landlord's called Mr Vaitkevicius, no wait, Vaitkus, I always get that wrong.",
                "Mr Vaitkus says the boiler man is coming Tuesday.",
            ),
            {"Vaitkus"},
        ),
        (  # the corrected surname the NER took for an organisation
            (
                "So Huw's found a dep, Emyr Adjei, no, Adjei-Pryce, Emyr Adjei-Pryce, he plays"
                " for the other choir as well.",
            ),
            {"Huw", "Emyr Adjei-Pryce"},
        ),
    ],
)
def test_a_surname_corrected_on_the_spot_keeps_the_correction(
    extractor: SpacyExtractor, memos: tuple[str, ...], want: set[str]
) -> None:
    assert stored(extractor, *memos) == want


def test_a_first_name_corrected_stays_two_people(extractor: SpacyExtractor) -> None:
    assert {"Ruth", "Tom Hale"} <= stored(extractor, "Spoke to Tom Hale, no, Ruth, she's his wife.")


def test_a_lower_case_full_name_keeps_its_double_barrelled_surname(
    extractor: SpacyExtractor,
) -> None:
    """The NER may cut "precious asante-bryce" at the hyphen; the name runs on over it."""
    from spacy.tokens import Span

    from pipeline.resolve import _double_barrelled

    doc = extractor.nlp.make_doc("a lassie called precious asante-bryce came and she was lovely")
    at = [t.text for t in doc].index("precious")
    doc.ents = [Span(doc, at, at + 2, label="PERSON")]
    _double_barrelled(doc)
    assert [e.text for e in doc.ents] == ["precious asante-bryce"]
    doc = extractor.nlp.make_doc("so i met sam fenn-led group and it was fine")  # a word after
    at = [t.text for t in doc].index("sam")
    doc.ents = [Span(doc, at, at + 2, label="PERSON")]
    _double_barrelled(doc)
    assert [e.text for e in doc.ents] == ["sam fenn"]


def test_a_job_held_by_a_named_someone(extractor: SpacyExtractor) -> None:
    assert stored(
        extractor, "The inspector's a Wenna Trethowan. She wants the risk assessments by Friday."
    ) == {"Wenna Trethowan"}
    assert not stored(extractor, "The caterer's a Green Street Bakery, lovely stuff.")


def test_someone_at_work_is_a_person(extractor: SpacyExtractor) -> None:
    assert stored(
        extractor, "Someone has to be in at the flat. Tahmeena's at work, so I said I'd be there."
    ) == {"Tahmeena"}


def test_a_word_name_opening_a_sentence_before_the_full_name_is_what_they_are_called(
    extractor: SpacyExtractor,
) -> None:
    """An ordinary word that opens a sentence is no one ("Upshot, ..."), but not when it is
    set off just before someone's full name: then it is what they are called, and said
    again alone in a later memo it is them."""
    first = (
        "As treasurer I have the subs sheet. Grumpy, Graham Petchey, the chairman, well, his"
        " name's Graham but nobody calls him that, he wants the subs in."
    )
    later = "Just thinking out loud, I'll see what Grumpy reckons at some point."
    assert memos_naming(extractor, "person", first, later) == {"Graham Petchey": 2}
