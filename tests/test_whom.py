"""Whom a promise concerns (`pipeline/whom.py`): the one named or meant by "her" and "him"
after the commitment, not just the last name said; whoever asked or wanted it; a relative said
by kinship alone, who is no one's entry; a name busy with a doing of its own; the person
whose want a step serves. Real spaCy on text.

The names and sentences are made up for these tests; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest
from test_promises import D, extract, one

from pipeline.extract import SpacyExtractor

pytestmark = pytest.mark.real


def test_a_request_made_of_one_of_us_concerns_who_asked(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Gethin's mum, Maud, rang. She's having her knee done on the 3rd of December. She wants"
        " one of us to take her in.",
    )
    assert one(ex, "take her in").person == "Maud"
    assert [e.date for e in ex.events] == [D(2026, 12, 3)]


def test_her_and_him_mean_the_person_not_the_last_name(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Casimir is looking for a plumber, so I said I'd give him Rufus's number. Just saw Mrs"
        " Penhaligon. Bram's fine, he's settling in. She asked me to email her in a fortnight.",
    )
    assert one(ex, "give him").person == "Casimir"
    email = one(ex, "email her")
    assert email.person.endswith("Penhaligon") and email.due == D(2026, 12, 2)


def test_ring_him_when_someone_else_is_home_is_the_one_who_asked(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(
        extractor,
        "Tobias Wren rang about the flat. He asked me to ring him Thursday after six when"
        " Leontyne's home. He also wants the deposit slip before then.",
    )
    ring = one(ex, "ring him")
    assert (ring.person, ring.due) == ("Tobias Wren", D(2026, 11, 19))
    assert one(ex, "deposit slip").person == "Tobias Wren"


def test_who_a_promise_concerns(extractor: SpacyExtractor) -> None:
    room = extract(
        extractor,
        "Spoke to Dr Halvorsen about Grandad. I need to clear the spare room before he gets back.",
    )
    assert one(room, "spare room").person is None  # "he" says when, not whom
    check = extract(
        extractor,
        "Doctor Mbeki at the clinic wants to see her for a check in a fortnight, so I need to"
        " book that tomorrow.",
    )
    assert one(check, "book that").person == "Mbeki"


def test_a_subjects_own_his_or_her_says_who_they_are(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Met Councillor Dilys Marr at the library, she's very sharp. Tomasz came with me and"
        " showed her his ceiling on his phone. Action for me: email her the photos by Monday.",
    )
    assert one(ex, "email her").person == "Dilys Marr"


@pytest.mark.parametrize(
    ("text", "words", "person"),
    [
        (
            "Remind myself to order the flue kit from the merchants once Ignatius says yes.",
            "flue kit",
            None,
        ),
        (
            "Week ahead. Monday: ring Bethany. Thursday: pick up the kids, Sian's on lates.",
            "pick up the kids",
            None,
        ),
        (
            "And he wants me to sort the rota for the car park by Sunday and Mother Philippa "
            "is doing the harvest lunch on the 29th.",
            "sort the rota",
            None,
        ),
        ("Four, get Yvette to do the guest list by Friday.", "guest list", "Yvette"),
        ("Must get the van back by six tonight or Kobina gets charged.", "van back", "Kobina"),
    ],
)
def test_a_name_busy_with_its_own_doing(
    extractor: SpacyExtractor, text: str, words: str, person: str | None
) -> None:
    """A name that is the subject of a doing of its own ("once Ignatius says yes", "Sian's on
    lates", "and Mother Philippa is doing the lunch") is not whom the promise concerns;
    someone the promise acts through ("get Yvette to do") or is at stake for ("or Kobina
    gets charged") is."""
    assert one(extract(extractor, text), words).person == person


def test_someone_from_somewhere_wants_it(extractor: SpacyExtractor) -> None:
    """ "Mrs Okwu from the housing association wants": who wants is the person before "from"."""
    ex = extract(
        extractor,
        "Mrs Okwu from the housing association wants the kerb drawings by Friday, she emailed "
        "Monday.",
    )
    assert [(f.person, f.due) for f in ex.followups] == [("Okwu", D(2026, 11, 20))]


@pytest.mark.parametrize(
    ("text", "words", "person"),
    [
        # a first name's sex: the "she" said next after a man's name is someone else
        (
            "Rang Councillor Pengelly's office. Jocasta Pengelly, she's our councillor. She"
            " said she'd chase Trefor in highways, and she asked me to send her the photos by"
            " Friday.",
            "send her the photos",
            "Jocasta Pengelly",
        ),
        (
            "Hywel Halloway came round with Tegwen. He wants me to go with him to the clinic on"
            " Friday.",
            "go with him",
            "Hywel Halloway",
        ),
        # "she asked me to ring her": the one who asked, whoever was named between
        (
            "The health visitor came, Rosalie Okonkwo. Ysolde's weight is fine. Ros says Wilbur's"
            " review is on the 4th. She asked me to ring her Friday after two.",
            "ring her",
            "Rosalie Okonkwo",
        ),
    ],
)
def test_a_pronoun_means_someone_it_can_be(
    extractor: SpacyExtractor, text: str, words: str, person: str
) -> None:
    assert one(extract(extractor, text), words).person == person


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Met Lysander Merriweather at the gate. And I promised Mum I'd ring the council by"
            " Friday.",
            "promised mum",
        ),
        (
            "Kwesi Obeng rang. Oh, and I need to ring Nan's surgery about her prescription today.",
            "nan's surgery",
        ),
        (
            "Tiberius Strang came round. Must ring his mum to see if she can do Friday pickup.",
            "his mum",
        ),
        (
            "Thea Marchetti runs the lunch club. Nan wants me to bring her cards from the"
            " market by Wednesday.",
            "bring her cards",
        ),
    ],
)
def test_a_promise_for_an_unnamed_relative_names_no_one(
    extractor: SpacyExtractor, text: str, words: str
) -> None:
    """Mum, Dad, Nan said by kinship alone are who the promise is for: no entry, and not the
    last name said."""
    assert one(extract(extractor, text), words).person is None


def test_a_relatives_thing_taken_to_someone_named(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor, "I said I'd drop Dad's prescription form in to Ottoline Prowse on Monday."
    )
    assert one(ex, "prescription form").person == "Ottoline Prowse"
    # whatever the NER made of the name (a place, a firm)
    ex = extract(extractor, "I'll hand Mum's library books to Wilhelmina Trask tomorrow.")
    assert one(ex, "library books").person == "Wilhelmina Trask"


@pytest.mark.parametrize(
    ("text", "words", "person"),
    [
        (
            "I need a letter from Doctor Albright at the health centre, so I must ring the"
            " practice tomorrow at eight.",
            "ring the practice",
            "Albright",
        ),
        (
            "Doctor Obuobi rang. She's halving the tablets and wants to see Ysolde again in two"
            " weeks, so I have to book that appointment by Friday.",
            "book that appointment",
            "Obuobi",
        ),
        (
            "Gemma's review is this afternoon, which I can't make now, so I'll have to book"
            " the next one online.",
            "book the next one",
            "Gemma",
        ),
    ],
)
def test_a_step_taken_for_someone_s_want(
    extractor: SpacyExtractor, text: str, words: str, person: str
) -> None:
    """ "..., so I need to": the person whose want or thing the sentence said first."""
    assert one(extract(extractor, text), words).person == person


@pytest.mark.parametrize(
    "text",
    [
        "The pharmacist, Persephone Dewhurst, said the script hasn't come, so I have to chase the"
        " surgery again tomorrow morning.",
        "Barnaby's teacher Mrs Quarshie stopped me, she asked me to come in on Thursday, so I've"
        " gotta swap my shift with someone for that.",
    ],
)
def test_a_step_after_a_report_or_a_promise_is_no_ones(
    extractor: SpacyExtractor, text: str
) -> None:
    """Someone who only said something, or a promise just made, puts no one on the step."""
    ex = extract(extractor, text)
    steps = [f for f in ex.followups if f.text.lower().startswith("so ")]
    assert len(steps) == 1 and steps[0].person is None, ex.followups


def test_someone_elses_relative_or_the_speaker_is_no_antecedent(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(
        extractor,
        "Spoke to Gwenllian Prosser. She mentioned her mum's been really low, so I said I'd get"
        " her the number for the helpline.",
    )
    assert one(ex, "the number").person == "Gwenllian Prosser"
    ex = extract(
        extractor,
        "Tamsin says Oberon is moving up a set, proud dad. Need to get him a calculator before"
        " Friday.",
    )
    assert one(ex, "calculator").person == "Oberon"


def test_his_relative_named_after_is_the_person(extractor: SpacyExtractor) -> None:
    """ "Ask his dad, Cosmo": the promise is for the father named, not the boy."""
    ex = extract(
        extractor,
        "Zebedee Farrant can go in goal, I'll ask his dad, Cosmo, sorry, I promised Cosmo I'd"
        " ring him tomorrow after six about that.",
    )
    assert one(ex, "ring him").person == "Cosmo"


def test_someone_elses_doing_after_a_comma_is_not_whom_it_concerns(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(extractor, "I told Miss Quillan I'll do the raffle, Cosmo gave me the tickets.")
    assert one(ex, "raffle").person == "Quillan"


@pytest.mark.parametrize(
    ("text", "words", "person"),
    [
        (
            "Saw Dorcas at the fete, and Leopold was there too. She wants me to send the rota"
            " by Friday.",
            "send the rota",
            "Dorcas",
        ),
        ("Ottilie came with Casimir. She asked me to ring her after six.", "ring", "Ottilie"),
        ("Casimir came with Ottilie. He asked me to ring him after six.", "ring", "Casimir"),
    ],
)
def test_a_world_names_sex_says_whom_a_pronoun_means(
    extractor: SpacyExtractor, text: str, words: str, person: str
) -> None:
    """Names on no curated list take the sex the world's lists give them."""
    assert one(extract(extractor, text), words).person == person


def test_a_promise_told_to_him_concerns_the_man_named_before(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Right, notes from the call with Zoltan. He's moving the office to Leeds in March. I"
        " told him I'd send over the lease by Tuesday.",
    )
    assert one(ex, "lease").person == "Zoltan"


@pytest.mark.parametrize(
    ("text", "words", "person"),
    [
        ("I told Dunstan I'd ring Perpetua about the venue.", "ring", "Perpetua"),
        ("I promised Aled I'd have a word with Sinead about the parking.", "word", "Sinead"),
        ("Said to Gemma I'd email Olumide the slides by Thursday.", "email", "Olumide"),
        ("I said to Dermot that I'd invite Annika to the barbecue.", "invite", "Annika"),
        ("I told Marguerite I'd sort it by Friday.", "sort it", "Marguerite"),
        ("I told Gabriella I'd ring her on Thursday.", "ring her", "Gabriella"),
        ("I promised Florian I'd collect them with Bertram's car.", "collect", "Florian"),
    ],
)
def test_a_promise_told_to_one_person_about_another_concerns_the_other(
    extractor: SpacyExtractor, text: str, words: str, person: str
) -> None:
    """ "I told Dan I'd ring Priya" concerns Priya; with no one in the deed, Dan."""
    assert one(extract(extractor, text), words).person == person


@pytest.mark.parametrize(
    ("text", "words", "person"),
    [
        (
            "Ellis was moaning about Benedict again, and he asked me to cover his shift on"
            " Saturday.",
            "cover his shift",
            "Ellis",
        ),
        (
            "Rufus, whose brother Tomasz I used to work with, he wants me to ring him about the"
            " flat.",
            "ring him",
            "Rufus",
        ),
        (
            "Jasmine said after talking to Katarina that she needs me to sign the forms by Friday.",
            "sign the forms",
            "Jasmine",
        ),
        (
            "Ezekiel's teacher, Miss Borowska, caught me at the gate, she wants the reading"
            " record signed by Friday.",
            "reading record",
            "Borowska",
        ),
    ],
)
def test_a_he_or_she_after_two_names_means_the_sentences_subject(
    extractor: SpacyExtractor, text: str, words: str, person: str
) -> None:
    """A pronoun of the same sex as both names means the one the sentence is about."""
    assert one(extract(extractor, text), words).person == person


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Told Wendy I'd check with Tom and get back to her by Friday.", "Wendy"),
        ("I told Nell I'd have a word with Hugh and ring her back.", "Nell"),
        ("Promised Stella I'd ask Jake about the van and let her know tonight.", "Stella"),
        # the deed's "her" is whom it acts on, not whom it was promised to
        ("I told Marcus I'd ring Priya and give her his number.", "Priya"),
        ("I told Dan I'd ring Priya on Monday about the float.", "Priya"),
    ],
)
def test_a_promise_that_comes_back_to_whom_it_was_made(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    assert [f.person for f in extract(extractor, text).followups] == [person]


def test_mentioning_someone_to_another_concerns_whom_it_is_said_to(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(
        extractor,
        "Ysolde came in with her son Barnaby, he's fourteen and likes cooking. I'll mention him"
        " to Gwilym when I see him.",
    )
    assert one(ex, "mention him").person == "Gwilym"


def test_whether_someone_can_go_concerns_them(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor, "At the market with Tamsin. I'll mull over whether Tamsin can go this weekend."
    )
    assert one(ex, "mull over").person == "Tamsin"


def test_later_shes_mean_whom_the_first_one_did(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Bisola Adeyemi picked Tobi up early, she's got a new shift pattern at the hospital."
        " She asked me to do Tuesdays till six. I said I'd look at my ratios and let her know"
        " by Friday.",
    )
    assert one(ex, "let her know").person == "Bisola Adeyemi"


def test_whoever_a_clause_opens_on_wants_it_past_an_aside(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Choir WhatsApp is going mad tonight. Marigold Oyenuga-Pratt, she leads the welcome team"
        " at Bethel Chapel, wants the May rota done by the twentieth. So that's me.",
    )
    assert one(ex, "may rota").person == "Marigold Oyenuga-Pratt"


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        (
            "Boiler's playing up again, so I need to ring Warmhouse Heating today, the bloke"
            " there is Konstantin Varga, he did the service in March.",
            "warmhouse",
            "Konstantin Varga",
        ),
        (
            "Er, I need to chase Northgate Telecom about the phones because the lines dropped"
            " again. The guy there is Ilari, Ilari Koskinen, he's their account manager.",
            "northgate",
            "Ilari Koskinen",
        ),
    ],
)
def test_getting_in_touch_with_a_body_concerns_its_contact_named_after(
    extractor: SpacyExtractor, text: str, words: str, who: str
) -> None:
    assert one(extract(extractor, text), words).person == who
