"""Who is not a person, and one person under one name: places and eateries named like people,
a titled surname over a word stored as a place, a first name someone said to call them, a
nickname stated after "she said", a name set off and spoken of as "she", lower-case names
after a verb of giving. Real spaCy on text and a real store across memos; every name is made
up for these tests and none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest
from test_people_said import DAY, MONDAY, save, transcript

from pipeline.extract import SpacyExtractor
from pipeline.records import Extraction, Term
from pipeline.store import Store


def kinds(ex: Extraction) -> dict[str, str]:
    return {m.name: m.kind for m in ex.mentions}


def people(ex: Extraction) -> set[str]:
    return {m.name for m in ex.mentions if m.kind == "person"}


def extract(extractor: SpacyExtractor, text: str, terms: tuple[Term, ...] = ()) -> Extraction:
    return extractor.extract(transcript(text), MONDAY, terms)


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Walked the dog round Reginald Park before work", "Reginald Park"),
        ("Walked the dog round Gordon Park before work", "Gordon Park"),
        ("Gordon Park with all three kids, lovely and sunny", "Gordon Park"),
    ],
)
def test_a_first_name_and_a_place_word_said_as_a_place(
    extractor: SpacyExtractor, text: str, place: str
) -> None:
    assert kinds(extract(extractor, text)).get(place) == "place"


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # no first name before the place word: no "Jin Park" to mistake it for
        ("Club walk today, Dunnet Park, ten o'clock from the cafe.", "Dunnet Park"),
        ("Took the dog up Ashcombe Edge with Declan.", "Ashcombe Edge"),
        # a town on the gazetteer that is a first name too, where one goes
        ("Drove over to Stanley on Sunday to see Gran.", "Stanley"),
    ],
)
def test_a_place_no_first_name_opens_is_no_person(
    extractor: SpacyExtractor, text: str, place: str
) -> None:
    assert kinds(extract(extractor, text)).get(place) == "place"


@pytest.mark.real
def test_a_titled_surname_that_is_a_place_word_stays_someone(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "And Reverend Marsh says the coat swap's confirmed for the fifth.")
    assert "Marsh" in people(ex)
    ex = extract(extractor, "Cos Kelham Fields have been brilliant with her, they said so.")
    assert kinds(ex).get("Kelham Fields") != "place"


@pytest.mark.real
def test_a_town_that_is_a_first_name_corrects_a_place(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Practice is at the hut in, er, Harnwick, no, it's Ashley now.")
    assert kinds(ex).get("Ashley") == "place"
    assert "Ashley" not in people(ex)


@pytest.mark.real
def test_a_town_that_is_a_first_name_is_someone_where_said_of_someone(
    extractor: SpacyExtractor,
) -> None:
    assert "Stanley" in people(extract(extractor, "Stanley rang about the allotment rota."))
    ex = extract(extractor, "Shirley said the raffle money goes to the bank on Monday.")
    assert "Shirley" in people(ex)


@pytest.mark.real
def test_a_surname_that_is_a_place_word_stays_a_person(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Met Jin Park from the housing office, she rang about the flat")
    assert "Jin Park" in people(ex)
    assert "Park" in people(extract(extractor, "Phoned Mrs Park about Tuesday"))


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        "Rang Mr Thistlewood after two like he asked",
        "Then Mr Thistlewood, the one on the corner, is behind on rent",
        "Emailed Dr Thistlewood about the results",
    ],
)
def test_a_titled_surname_is_a_person_over_a_stored_place(
    extractor: SpacyExtractor, text: str
) -> None:
    ex = extract(extractor, text, (Term("Thistlewood", "place"),))
    assert "Thistlewood" in people(ex)


@pytest.mark.real
def test_a_first_name_someone_said_to_call_them_joins_title_and_surname(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(
        extractor,
        "Rang Mr Marwood after lunch. Bartholomew, he said to call him Bartholomew. "
        "Bartholomew wants the form back by Friday",
    )
    assert people(ex) == {"Bartholomew Marwood"}
    ex = extract(extractor, "Saw Mrs Harbury at the gate. She told me to call her Gwendolen")
    assert people(ex) == {"Gwendolen Harbury"}
    # a phone call, not a name; and "her" is not a Mr
    assert people(extract(extractor, "Rang Mr Marwood. He asked me to call him Thursday")) == {
        "Marwood"
    }
    ex = extract(extractor, "Met Mr Marwood and his wife. She said to call her Gwendolen")
    assert "Gwendolen Marwood" not in people(ex)


@pytest.mark.real
def test_a_first_name_offered_joins_the_titled_surname_of_an_earlier_memo(
    extractor: SpacyExtractor,
) -> None:
    store = Store.open(":memory:")
    save(store, extractor, "Mr Marwood, the class teacher, caught me at the door", MONDAY)
    save(
        store,
        extractor,
        "Rang Mr Marwood back. Bartholomew, he said to call him Bartholomew",
        MONDAY + DAY,
    )
    save(store, extractor, "Bartholomew emailed, all sorted", MONDAY + 2 * DAY)
    rows = store.db.execute(
        "select name from entities e where kind = 'person' and "
        "exists (select 1 from mentions m where m.entity_id = e.id)"
    ).fetchall()
    assert [r[0] for r in rows] == ["Bartholomew Marwood"]


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        "Met Gwendolen Pennock. Her badge says Gwendolen but she said everyone calls her Wendy",
        "Met Gwendolen Pennock. Her card says Gwendolen but she says she goes by Wendy",
    ],
)
def test_a_nickname_stated_after_she_said_is_the_same_person(
    extractor: SpacyExtractor, text: str
) -> None:
    assert people(extract(extractor, text + ". Wendy rang later")) == {"Gwendolen Pennock"}


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Met the nursery owner properly, Wilhelmina Albury, she said the roof leaks",
            "Wilhelmina Albury",
        ),
        (
            "Met the nursery owner properly, Araminta Albury, she said her husband started it",
            "Araminta Albury",
        ),
    ],
)
def test_people_said_to_be_someone(extractor: SpacyExtractor, text: str, person: str) -> None:
    assert person in people(extract(extractor, text))


@pytest.mark.real
def test_an_organisation_set_off_is_not_a_person(extractor: SpacyExtractor) -> None:
    assert not people(extract(extractor, "Spoke to the bank, Barclays, they said no"))


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Popped in to Cornelius Grill about the catering", "Cornelius Grill"),
        ("Maybe the butcher on Mill Road, Hamid and Sons", "Hamid and Sons"),
        ("Got a quote from Pennock & Sons for the roof", "Pennock & Sons"),
    ],
)
def test_eateries_and_family_firms_are_no_one(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert kinds(ex).get(org) == "org"
    assert not people(ex)


@pytest.mark.real
def test_a_friend_and_co_is_no_family_firm(extractor: SpacyExtractor) -> None:
    """ "Florian and Co": Florian and his friends, which the family-firm rule leaves alone."""
    from spacy.tokens import Span

    from pipeline.rules.people import _firms_named_for_a_family

    doc = extractor.nlp("I told Florian and Co that we'd be late.")
    doc.ents = [Span(doc, 2, 3, label="PERSON")]  # "Florian"
    _firms_named_for_a_family(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Florian", "PERSON")]
    doc = extractor.nlp("Got a quote from Pennock and Co for the roof.")
    doc.ents = [Span(doc, 4, 5, label="PERSON")]  # "Pennock"
    _firms_named_for_a_family(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Pennock and Co", "ORG")]


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        "Cheers Florian, sorted",
        "Thanks Florian for the lift home",
    ],
)
def test_a_greeting_is_no_part_of_a_name(extractor: SpacyExtractor, text: str) -> None:
    assert people(extract(extractor, text)) == {"Florian"}


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        "Tiago, the manager, he's from Braga originally",
        "The new caretaker, he's from Hildesborg originally, fixed the gate",
    ],
)
def test_where_someone_is_from_is_a_place(extractor: SpacyExtractor, text: str) -> None:
    assert not people(extract(extractor, text)) & {"Braga", "Hildesborg"}


@pytest.mark.real
def test_a_name_beginning_a_known_organisation_is_it(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "I need to pay Florian the deposit and tell Jolly Goblin no thanks",
        (Term("Jolly Goblin in Harbury", "org"),),
    )
    assert kinds(ex).get("Jolly Goblin in Harbury") == "org"
    assert people(ex) == {"Florian"}


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("sent florian the grant draft at midnight so thats done", "Florian"),
        ("so i promised gwendolen i'd fill in the form tomorrow night", "Gwendolen"),
        ("then i gave bartholomew the keys", "Bartholomew"),
    ],
)
def test_lower_case_first_name_after_a_verb_of_giving(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    assert people(extract(extractor, text)) == {person}


@pytest.mark.real
def test_a_boy_called_any_word_is_that_boy(extractor: SpacyExtractor) -> None:
    """The NER reads some unfamiliar names as a date; after "a boy called" it is his name."""
    from spacy.tokens import Span

    from pipeline.rules.people import _names_taken_for_dates

    doc = extractor.nlp("Felix fell out with a boy called Zebedee at lunch.")
    i = next(t.i for t in doc if t.text == "Zebedee")
    doc.ents = [Span(doc, i, i + 1, label="DATE")]
    _names_taken_for_dates(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Zebedee", "PERSON")]
    doc = extractor.nlp("We moved it to a day called Friday.")
    i = next(t.i for t in doc if t.text == "Friday")
    doc.ents = [Span(doc, i, i + 1, label="DATE")]
    _names_taken_for_dates(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Friday", "DATE")]


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The day centre is near Limehouse? No, it's Brinsworth.", "Brinsworth"),
        ("The day centre off, um, near Kenley? No, it's Caterham.", "Caterham"),
        ("The day centre off, um, near Purley? No, sorry, it's Hartswood.", "Hartswood"),
        # the place said first known by the word before it, whatever the NER makes of it
        ("She lives in Dunmore, no, sorry, Ashcombe, by the canal.", "Ashcombe"),
        ("The flat is out past Hollinby, actually, I mean Wrexley.", "Wrexley"),
    ],
)
def test_a_place_corrected_to_another_is_a_place(
    extractor: SpacyExtractor, text: str, place: str
) -> None:
    ex = extract(extractor, text)
    assert kinds(ex).get(place) == "place"
    assert not people(ex)


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        ("Drove to Harlow, then Brackwick, then back for Tomasz's party.", "Brackwick", "Tomasz"),
        ("We're flying from Luton, not Ottersby, so Idris is taking us.", "Ottersby", "Idris"),
    ],
)
def test_a_word_listed_after_a_place_is_a_place(
    extractor: SpacyExtractor, text: str, place: str, person: str
) -> None:
    ex = extract(extractor, text)
    assert kinds(ex).get(place) == "place"
    assert people(ex) == {person}


@pytest.mark.real
def test_someone_after_a_place_and_doing_something_stays_someone(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(extractor, "We went to Harlow and Obiageli came along.")
    assert "Obiageli" in people(ex)


@pytest.mark.real
def test_a_person_corrected_after_a_place_stays_a_person(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "We went to Brighton, no, Ellie went, I stayed home.")
    assert "Ellie" in people(ex)


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        "Everyone loved the cake at the sale.",
        "Everybody said it was lovely.",
        "No one turned up, Anyone could have come.",
    ],
)
def test_pronouns_for_people_in_general_are_no_one(extractor: SpacyExtractor, text: str) -> None:
    assert not people(extract(extractor, text))


@pytest.mark.real
def test_a_wholesaler_is_no_one(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Got the veg from Pennock Wholesale as usual.")
    assert kinds(ex).get("Pennock Wholesale") == "org"


@pytest.mark.real
def test_where_someone_goes_is_a_place(extractor: SpacyExtractor) -> None:
    assert not people(extract(extractor, "I'll drive to Harlow on Friday."))
    assert not people(extract(extractor, "Went to Margate for the day."))
    assert "Kemi" in people(extract(extractor, "Went to Kemi for advice."))


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        "Mr Marwood brought his son along. He said to call him Florian.",
        "Mr Marwood and Florian came round. He said to call him Bartholomew.",
    ],
)
def test_a_name_offered_for_someone_else_stays_apart(extractor: SpacyExtractor, text: str) -> None:
    assert "Marwood" in people(extract(extractor, text))


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        # a feast named for someone
        "Valentine's Day, got Ottoline flowers from the Co-op.",
        "St Swithin's Day tomorrow, so Ottoline says rain.",
        # a long plural of an ordinary word, opening the sentence the way a name does
        "Consultations finished, shattered.",
        "Rehearsals ran late again, Ottoline was furious.",
    ],
)
def test_feasts_and_plural_things_are_no_one(extractor: SpacyExtractor, text: str) -> None:
    assert people(extract(extractor, text)) <= {"Ottoline"}, extract(extractor, text).mentions


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "word", "person"),
    [
        ("The vicar asked if we could help with the Michaelmas soup lunch on Sunday.", 9, False),
        ("Ottoline has decided we're having a Valentine's supper on Friday.", 7, False),
        ("Three, a Valentine's hamper for the raffle.", 3, False),
        # a family: its members are people
        ("The Obiakor twins are coming to the party.", 1, True),
        ("Gave the Obiakor family a lift home.", 2, True),
        # no noun after it
        ("Gave the keys to Ottoline, the one from the shop.", 4, True),
        # one is not "a" anyone: a make, a brand
        ("He's bought the van, a converted Peugeot, off a bloke in Dudley.", 8, False),
        ("He's sending his own engineer, a Tegwen from the plumbers, on Monday.", 7, True),
    ],
)
def test_a_name_describing_a_thing_is_no_one(
    extractor: SpacyExtractor, text: str, word: int, person: bool
) -> None:
    """ "the Michaelmas soup lunch", "a Valentine's supper": a word between "a"/"the" and the
    noun it describes names the thing, whatever the NER made of it."""
    from spacy.tokens import Span

    from pipeline.rules.people import _names_of_a_kind_of_thing

    doc = extractor.nlp(text)
    doc.ents = [Span(doc, word, word + 1, "PERSON")]
    _names_of_a_kind_of_thing(doc)
    assert bool(doc.ents) == person, doc[word]


@pytest.mark.real
def test_what_a_family_calls_an_elder_is_no_surname(extractor: SpacyExtractor) -> None:
    text = "Spoke to Ysolde Tranter at the library. I need to send Ysolde Mam's GP details."
    assert people(extract(extractor, text)) == {"Ysolde Tranter"}


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("She wants a quote for her mum's move from Bloxwich to Pelsall at the end of "
         "January.", "Pelsall"),
        ("We're driving to Pelsall at the weekend.", "Pelsall"),
    ],
)  # fmt: skip
def test_where_someone_moves_to_at_a_time_is_no_one(
    extractor: SpacyExtractor, text: str, place: str
) -> None:
    assert place not in people(extract(extractor, text))


@pytest.mark.real
def test_someone_at_their_workplace_is_still_someone(extractor: SpacyExtractor) -> None:
    assert "Tadeo" in people(extract(extractor, "Gave the keys to Tadeo at the Hillside office."))


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "start", "end", "label"),
    [
        ("Note in the book bag from Mr Thistlecombe, their class teacher.", 6, 8, "PERSON"),
        ("Got a letter from Mrs Ada Quennell about the trip.", 4, 7, "PERSON"),
        ("Got a card from Dr Barnardo's about the appeal.", 4, 7, "ORG"),
        ("Ask Mr Tanner Surgery about the forms.", 1, 4, "ORG"),
        ("Ask Coach Tadeo about the kit.", 1, 3, "PERSON"),
        ("Lunch at the Coach House first.", 3, 5, "ORG"),
    ],
)
def test_a_name_after_mr_or_coach_is_someone_wherever_it_is_said(
    extractor: SpacyExtractor, text: str, start: int, end: int, label: str
) -> None:
    from spacy.tokens import Span

    from pipeline.rules.people import _people_typed_as_orgs

    doc = extractor.nlp(text)
    doc.ents = [Span(doc, start, end, "ORG")]
    _people_typed_as_orgs(doc)
    assert [e.label_ for e in doc.ents] == [label], doc.ents


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The Lionesses are playing on Sunday, Ottilie wants to watch at Brid's.", {"Ottilie"}),
        ("Church parade, the Cubs are marching, Lorcan's got the wreath.", {"Lorcan"}),
    ],
)
def test_a_team_or_section_named_by_a_plural_noun_gives_no_surname(
    extractor: SpacyExtractor, text: str, who: set[str]
) -> None:
    assert who <= people(extract(extractor, text))


@pytest.mark.real
def test_a_family_named_by_a_word_that_is_a_surname_still_gives_one(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(extractor, "The Bakers are coming round, Ottilie wants to see them.")
    assert "Ottilie Baker" in people(ex)


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        "Storm Agnes is due Thursday, tell Mum to bring the bins in and ring Lorcan.",
        "The Summer Fete raised six hundred pounds, thank Lorcan and Brid.",
        "Got an email about the Summer Ball, Lorcan's selling tickets.",
    ],
)
def test_a_storm_or_a_seasons_gathering_is_no_one(extractor: SpacyExtractor, text: str) -> None:
    assert people(extract(extractor, text)) <= {"Lorcan", "Brid"}


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Watched Peppa Pig with Anouk, then Doctor Who.", {"Anouk"}),
        ("Caught up on Gavin and Stacey with Marisol.", {"Marisol"}),
        ("Kieran's Nintendo Switch is broken, ask Tobiah.", {"Kieran", "Tobiah"}),
        ("Mrs Pettigrew's Jack Russell barked all night.", {"Pettigrew"}),
    ],
)
def test_shows_brands_and_breeds_are_no_one(
    extractor: SpacyExtractor, text: str, who: set[str]
) -> None:
    """Television and its characters, brands of the weekly shop, a breed of dog."""
    assert {n.split()[-1] for n in people(extract(extractor, text))} == who


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Popped in for some Rennie for Grandad.", set()),
        ("Ysolde wants a Barbie.", {"Ysolde"}),
        ("Bought Optrex and Olbas Oil for Grandad.", set()),
        ("There's a Priya on reception who's lovely.", {"Priya"}),
        ("A Kevin from the council rang about the bins.", {"Kevin"}),
    ],
)
def test_a_thing_counted_or_bought_is_no_one(
    extractor: SpacyExtractor, text: str, who: set[str]
) -> None:
    assert people(extract(extractor, text)) == who


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Our cocker spaniel Dexter ate a sock.", set()),
        ("Feed the hamster called Nibbles before school.", set()),
        ("Our cat Mittens needs her jabs.", set()),
        ("Met a woman with a greyhound, Philomena, who runs the choir.", {"Philomena"}),
        ("Our dog Pickle got out, Mrs Ostrowski found her.", {"Mrs Ostrowski", "Ostrowski"}),
    ],
)
def test_a_pet_named_after_its_kind_is_no_one(
    extractor: SpacyExtractor, text: str, who: set[str]
) -> None:
    found = people(extract(extractor, text))
    assert found <= who and (found or not who)


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "who"),
    [("Returned Lorcan's drill.", "Lorcan"), ("Lent Clive the ladder.", "Clive")],
)
def test_a_verb_run_into_a_first_name_is_no_firm(
    extractor: SpacyExtractor, text: str, who: str
) -> None:
    ex = extract(extractor, text)
    assert who in people(ex)
    assert not {m.name for m in ex.mentions if m.kind == "org"}


@pytest.mark.real
def test_a_titled_surname_that_ends_like_a_job_is_someone(extractor: SpacyExtractor) -> None:
    assert "Lindholmist" in " ".join(people(extract(extractor, "Mr Lindholmist, the head, rang.")))


# -- things people's speech names like someone: works, jobs called out, makes, places --------


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "work", "person"),
    [
        ("Finished reading Rebecca. Book club at Olwen's on Thursday.", "Rebecca", "Olwen"),
        ("Er, Suki's reading Jane Eyre for her GCSE. She hates it.", "Jane Eyre", "Suki"),
        ("Er, the book club picked Emma. Tessa's hosting.", "Emma", "Tessa"),
        ("The play this term is Oliver. Um, Reggie's got a part.", "Oliver", "Reggie"),
        ("Ruby's school's doing Joseph, er, the Technicolor one. She's a sheep.", "Joseph", "Ruby"),
        ("Watched Billy Elliot at the Victoria Palace with Callie.", "Billy Elliot", "Callie"),
    ],
)
def test_a_work_read_watched_or_put_on_is_no_one(
    extractor: SpacyExtractor, text: str, work: str, person: str
) -> None:
    found = people(extract(extractor, text))
    assert work not in found
    assert person in found


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("We watched Tilly swim at the gala on Saturday.", "Tilly"),
        ("Mum's watching Alfie on Tuesday so I can work.", "Alfie"),
        ("Read Amos the letter from the council.", "Amos"),
    ],
)
def test_someone_watched_or_read_to_stays_a_person(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    assert person in people(extract(extractor, text))


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "called", "person"),
    [
        ("Sarge says we're on nights next week. Baz is off sick.", "Sarge", "Baz"),
        ("Er, Doc said rest for a week. Vince is covering my shifts.", "Doc", "Vince"),
        ("The Scouts jamboree, er, Akela says bring wellies. Tariq's going.", "Akela", "Tariq"),
    ],
)
def test_a_job_called_out_as_a_name_is_no_one(
    extractor: SpacyExtractor, text: str, called: str, person: str
) -> None:
    found = people(extract(extractor, text))
    assert called not in found
    assert person in found


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "things", "person"),
    [
        (
            "Um, we've ordered a Henry for the hall, the hoover. Dominika's paying.",
            {"Henry"},
            "Dominika",
        ),
        ("Er Milo wants a Barbie and a Ken for Christmas.", {"Barbie", "Ken"}, "Milo"),
        ("Er, we need a Stanley knife and some screws. Ask Rupert.", {"Stanley"}, "Rupert"),
        ("I had a Jacob's cream cracker for lunch. Lottie laughed.", {"Jacob"}, "Lottie"),
    ],
)
def test_a_first_name_said_as_a_make_of_thing_is_no_one(
    extractor: SpacyExtractor, text: str, things: set[str], person: str
) -> None:
    found = people(extract(extractor, text))
    assert not found & things
    assert person in found


@pytest.mark.real
def test_a_first_name_said_as_a_certain_one_stays_a_person(extractor: SpacyExtractor) -> None:
    found = people(extract(extractor, "There's a Tegwen from the plumbers coming at ten."))
    assert "Tegwen" in found


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        (
            "We're going to Whitley, Whitley Bay, on Saturday with Lorraine.",
            "Whitley Bay",
            "Lorraine",
        ),
        (
            "Ended up in Hemel, Hemel Hempstead, because of the diversion. Told Sinead.",
            "Hemel Hempstead",
            "Sinead",
        ),
        (
            "Meet at the corner of Elgin and Ladbroke, er, Ladbroke Grove. Tell Zoe.",
            "Ladbroke Grove",
            "Zoe",
        ),
    ],
)
def test_a_place_said_short_then_whole_is_a_place(
    extractor: SpacyExtractor, text: str, place: str, person: str
) -> None:
    ex = extract(extractor, text)
    assert kinds(ex).get(place) == "place"
    assert people(ex) == {person}


@pytest.mark.real
def test_someone_said_short_then_whole_stays_a_person(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "I went to see Rachel, Rachel Green, at the office.")
    assert "Rachel Green" in people(ex)


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "pubs", "person"),
    [
        (
            "Drinks at the Prince Albert, um, then the Lord Nelson. Gareth's round.",
            {"Albert", "Nelson"},
            "Gareth",
        ),
        ("So the Admiral Rodney's shut. Er, Dougie's gutted.", {"Rodney"}, "Dougie"),
    ],
)
def test_a_pub_named_for_someone_of_rank_is_no_one(
    extractor: SpacyExtractor, text: str, pubs: set[str], person: str
) -> None:
    found = people(extract(extractor, text))
    assert not {n for n in found if any(p in n for p in pubs)}
    assert person in found


@pytest.mark.real
def test_someone_of_rank_said_without_the_stays_a_person(extractor: SpacyExtractor) -> None:
    found = people(extract(extractor, "Prince Edmund opened the new wing on Friday."))
    assert any("Edmund" in n for n in found)


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "shops", "person"),
    [
        (
            "Got Mum's present at Laura Ashley, then a coffee at Patisserie Valerie with Jo.",
            {"Laura Ashley"},
            "Jo",
        ),
        (
            "Er, Kayla's fitting at Ann Summers, then Dorothy Perkins.",
            {"Ann Summers", "Dorothy Perkins"},
            "Kayla",
        ),
        (
            "The mug's from Emma Bridgewater, Cath Kidston had nothing. Present for Wendy.",
            {"Emma Bridgewater", "Cath Kidston"},
            "Wendy",
        ),
    ],
)
def test_a_shop_named_like_someone_is_no_one(
    extractor: SpacyExtractor, text: str, shops: set[str], person: str
) -> None:
    found = people(extract(extractor, text))
    assert not found & shops
    assert person in found


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("It's Victorian day on Thursday, Ottilie wants to go as Oliver Twist.", {"Ottilie"}),
        ("Ottilie is in the school musical. She's playing Miss Quennell.", {"Ottilie"}),
        ("Ysolde wants to be Moana for the party, ask Lorcan.", {"Ysolde", "Lorcan"}),
        ("Ottilie is Mary in the nativity, Lorcan is a shepherd.", {"Ottilie", "Lorcan"}),
        ("Went as a group with Lorcan, ask him.", {"Lorcan"}),
    ],
)
def test_a_character_gone_as_or_played_is_no_one(
    extractor: SpacyExtractor, text: str, who: set[str]
) -> None:
    """A name gone as, worn for a party, or played in a show is a character."""
    assert people(extract(extractor, text)) == who


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Saw Frozen on Ice with Marisol. Elsa was a let down, Olaf was the best bit.",
            {"Marisol"},
        ),
        ("Ysolde's reading Harry Potter. She loves Hermione.", {"Ysolde"}),
        ("Harry Potter day at school. Harry wants to go as a wizard.", {"Harry"}),
        ("Frozen peas are on offer. Ring Anna about tea.", {"Anna"}),
        ("Ysolde is reading Charlotte's Web, she loves Wilbur.", {"Ysolde"}),
        (
            "We watched Attenborough last night, the one with the whales. Tobiah loved it.",
            {"Tobiah"},
        ),
    ],
)
def test_a_character_of_a_work_named_near_is_no_one(
    extractor: SpacyExtractor, text: str, who: set[str]
) -> None:
    """A character of the work the memo names, or who was watched; someone who does
    something is still someone."""
    assert people(extract(extractor, text)) == who


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Summer term ends July the twenty first, tell Lorcan.", {"Lorcan"}),
        ("Autumn half term, Ottilie is coming to stay.", {"Ottilie"}),
        ("Will I manage on my own, who knows.", set()),
        ("Will the manager sign it off? Ask Tobiah.", {"Tobiah"}),
        ("Will needs new football boots.", {"Will"}),
        ("Summer said she would come.", {"Summer"}),
    ],
)
def test_a_season_or_a_modal_opening_a_sentence_is_no_one(
    extractor: SpacyExtractor, text: str, who: set[str]
) -> None:
    assert people(extract(extractor, text)) == who


@pytest.mark.real
def test_two_listed_things_joined_are_no_organisation(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Tobiah is always on about Minecraft and Fortnite.")
    assert not {m.name for m in ex.mentions if m.kind == "org"}


@pytest.mark.real
def test_a_department_said_alone_is_no_organisation(extractor: SpacyExtractor) -> None:
    """A part of one's own workplace, said alone, names neither a body nor anyone."""
    ex = extract(
        extractor,
        "Priya from HR is sorting it. Remind Facilities about the pass. Ask Payroll too.",
    )
    assert not {m.name for m in ex.mentions if m.kind == "org"}
    assert people(ex) == {"Priya"}


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Listening to Taylor Swift all the way there, Ottilie knows every word.", {"Ottilie"}),
        ("Gran's on about Prince William again, tell Lorcan.", {"Lorcan"}),
        ("Then Antiques Roadshow with Marisol.", {"Marisol"}),
    ],
)
def test_the_famous_named_in_passing_are_no_one(
    extractor: SpacyExtractor, text: str, who: set[str]
) -> None:
    """Someone famous, talked about or listened to, is nobody the user deals with."""
    ex = extract(extractor, text)
    assert people(ex) == who
    assert not {m.name for m in ex.mentions if m.kind == "org"}


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "named", "someone"),
    [
        ("we met at the Richard Tallis centre, Theo was there.", "Tallis", "Theo"),
        ("Grandad's on the Agnes Thornbury ward now, Siobhan rang.", "Thornbury", "Siobhan"),
        ("I'm at the Edith Halloway wing for Fiona's scan on Friday.", "Halloway", "Fiona"),
    ],
)
def test_a_building_named_for_someone_is_no_person(
    extractor: SpacyExtractor, text: str, named: str, someone: str
) -> None:
    """ "the X Y building/centre/wing" is somewhere one goes, named after someone."""
    found = people(extract(extractor, text))
    assert someone in found
    assert not any(named in p for p in found)


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "school", "someone"),
    [
        (
            "Our Jasper goes to Margaret Lumley, the primary on Fen Lane.",
            "Margaret Lumley",
            "Jasper",
        ),
        (
            "Zara's at Ralph Tisdale, it's a middle school, and she likes Mr Quayle.",
            "Ralph Tisdale",
            "Quayle",
        ),
        ("Callum's at Dame Agnes Pellow's now, year nine.", "Agnes Pellow", "Callum"),
        (
            "Poppy's at Sir Henry Gedling's now, she got in off the waiting list.",
            "Henry Gedling",
            "Poppy",
        ),
    ],
)
def test_a_school_named_for_someone_is_no_person(
    extractor: SpacyExtractor, text: str, school: str, someone: str
) -> None:
    """Said to be a school (", the primary", ", it's a middle school") or a knight's or a
    dame's name one is "at" with "'s": the school named after them, not them."""
    found = people(extract(extractor, text))
    assert someone in found
    assert not any(school in p for p in found)


@pytest.mark.real
def test_tea_at_a_knights_house_keeps_him(extractor: SpacyExtractor) -> None:
    found = people(extract(extractor, "We had tea at Sir Walter Blenkin's house with Dora."))
    assert "Walter Blenkin" in found


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Saturday is a leaflet drop round Quillhurst and Danecroft Park with Femi.", "Quillhurst"),
        (
            "Cycled on the Old Rail Path to Yarnwick and back via Hobb Mills, Jo came too.",
            "Yarnwick",
        ),
        ("Saturday we did the leaflets on Danecroft Park and Quillhurst with Femi.", "Quillhurst"),
    ],
)
def test_a_town_the_words_beside_it_keep_a_place_is_no_person(
    extractor: SpacyExtractor, text: str, place: str
) -> None:
    ex = extract(extractor, text)
    assert place not in people(ex)
    assert "Femi" in people(ex) or "Jo" in people(ex)


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        "Kobina actually does the homework on Numbot, Mr Fairbrook says.",
        "Kobina does his spellings on Klassly every night, Mr Fairbrook says.",
    ],
)
def test_an_app_one_does_homework_on_is_no_person(extractor: SpacyExtractor, text: str) -> None:
    ex = extract(extractor, text)
    assert not {p for p in people(ex) if p.split()[0] in ("Numbot", "Klassly")}
    assert "Kobina" in people(ex)


@pytest.mark.real
def test_someone_one_relies_on_stays_a_person(extractor: SpacyExtractor) -> None:
    assert "Tendai" in people(extract(extractor, "I can always rely on Tendai, she's great."))


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "not_someone", "someone"),
    [
        ("So Whitsun half term, um, Gethin wants to take the kids camping.", "Whitsun", "Gethin"),
        (
            "Drove through St Albans to get to Harpenden, Lottie was waiting at the station.",
            "Harpenden",
            "Lottie",
        ),
        (
            "Harrington's have sent the invoice, um, Colm from there said pay by the fifth.",
            "Harrington",
            "Colm",
        ),
        (
            "Okonedo's are coming Monday to fit the kitchen, Dara says.",
            "Okonedo",
            "Dara",
        ),
        (
            "Met the new head at Nelson block, Mr Achebe, he wants the report by Friday.",
            "Nelson",
            "Achebe",
        ),
    ],
)
def test_a_festival_a_town_a_firm_or_a_block_is_no_person(
    extractor: SpacyExtractor, text: str, not_someone: str, someone: str
) -> None:
    ex = extract(extractor, text)
    assert not {p for p in people(ex) if not_someone in p}
    assert {p for p in people(ex) if someone in p}


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Went over to Kez, Lou and Ash for tea.", {"Kez", "Lou", "Ash"}),
        ("Went round to Kez, Lou was there too.", {"Kez", "Lou"}),
        ("Harrington's sent it over, Colm says.", {"Harrington", "Colm"}),
    ],
)
def test_people_beside_those_stay_people(
    extractor: SpacyExtractor, text: str, names: set[str]
) -> None:
    assert names <= people(extract(extractor, text))


@pytest.mark.real
def test_a_past_verb_opening_a_sentence_is_no_first_name(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Bought Zainab's present on Ashcombe Broadway.")
    assert "Zainab" in people(ex)
    assert not {p for p in people(ex) if p.startswith("Bought")}
    assert "Rose Mbeki" in people(extract(extractor, "Rose Mbeki rang about the hall."))


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        "The spring quiz is on Thursday at Edwin Marsh House, doors at seven.",
        "The deputy head at Lionel Tarrant, Mrs Okoro, rang about the trip.",
        "Parents evening is at Douglas Fenwick, the secondary, on the ninth.",
    ],
)
def test_somewhere_named_for_someone_is_no_person(extractor: SpacyExtractor, text: str) -> None:
    """ "at Edwin Marsh House", "the head at Lionel Tarrant": a building or a school named
    after someone, said after "at", is where one goes; whoever works there stays a person."""
    ex = extractor.extract(transcript(text), MONDAY)
    assert not people(ex) & {
        "Edwin Marsh House",
        "Edwin Marsh",
        "Lionel Tarrant",
        "Douglas Fenwick",
    }


@pytest.mark.real
def test_someone_met_at_their_home_or_looked_at_stays_a_person(extractor: SpacyExtractor) -> None:
    ex = extractor.extract(
        transcript("Dinner at Kemi Adeyemi's, then we waved at Peter Lomax."), MONDAY
    )
    assert {"Kemi Adeyemi", "Peter Lomax"} <= people(ex)


@pytest.mark.real
def test_a_firm_named_for_a_titled_surname_stays_a_firm(extractor: SpacyExtractor) -> None:
    """ "Mr Kostakis is at Kostakis Reid, the solicitors": the surname said with a title opens
    the firm's name; the firm is no person, and Mr Kostakis is."""
    text = "Rang the solicitors. Mr Kostakis is at Kostakis Reid, the solicitors by the station."
    ex = extractor.extract(transcript(text), MONDAY)
    assert "Kostakis Reid" not in people(ex)
    assert "Kostakis" in people(ex)


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Van quote number two. Pellow Vans out at the trading estate, ninety a day.",
            "Pellow Vans",
        ),
        ("Popped into Ruby Mart for rice for the volunteers, they gave a discount.", "Ruby Mart"),
    ],
)
def test_a_van_hire_or_a_mart_is_a_firm(extractor: SpacyExtractor, text: str, firm: str) -> None:
    """ "Pellow Vans", "Ruby Mart": a name ending in a trade's own word is a business."""
    ex = extractor.extract(transcript(text), MONDAY)
    assert firm not in people(ex)


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rang Tamsin-Jo. Voicemail. Left a message, try again tomorrow", "Voicemail"),
        ("Cylinder's in at Mrs Quennell's, all done. She made tea", "Cylinder"),
        ("Lad called Brannoc, didn't catch a surname, he's on the duty desk", "Lad"),
        ("Quiz meeting at the masjid after Isha, Yusra's bringing the sheets", "Isha"),
        ("Yusra's going on Umrah from the ninth for two weeks", "Umrah"),
    ],
)
def test_a_word_with_a_capital_only_to_open_a_sentence_or_a_prayer_is_no_one(
    extractor: SpacyExtractor, text: str, word: str
) -> None:
    assert word not in people(extract(extractor, text))


@pytest.mark.real
def test_a_word_a_surname_too_keeps_its_person_at_a_sentence_start(
    extractor: SpacyExtractor,
) -> None:
    assert "Wren" in people(extract(extractor, "Nursery was fine. Wren didn't even cry"))


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Need to order the searches from, er, from Gillan and Bryce tomorrow", "Gillan and Bryce"),
        (
            "Then I rang Olwen Kendrick, she does my books at Kendrick and Pargeter, about the van",
            "Kendrick and Pargeter",
        ),
    ],
)
def test_a_firm_named_for_its_partners_surnames_is_no_two_people(
    extractor: SpacyExtractor, text: str, firm: str
) -> None:
    ex = extract(extractor, text)
    assert not {w for w in firm.split() if w != "and"} & people(ex)


@pytest.mark.real
def test_a_name_said_alone_elsewhere_keeps_a_surname_that_is_a_word(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(
        extractor,
        "Her daughter, Dawn, Dawn Quennell-Rudd, sorry, it's just Dawn Rudd, she's paying. "
        "I said I'd send Dawn the quote by Monday",
    )
    assert people(ex) == {"Dawn Rudd"}


@pytest.mark.real
def test_someone_known_from_earlier_memos_takes_no_family_surname(
    extractor: SpacyExtractor,
) -> None:
    store = Store.open(":memory:")
    save(
        store,
        extractor,
        "Big day. Ally, his card says Alasdair Quarmby but everyone calls him Ally, is my "
        "supervisor now",
        MONDAY,
    )
    ex = save(
        store,
        extractor,
        "The Tennants got the flat! Nobody else went over. Ally says I can do the first "
        "draft, he wants them by Thursday",
        MONDAY + DAY,
    )
    assert "Ally Tennant" not in people(ex)


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "On the bus over the Dunmore Crossing, Bryony's already at the ward",
            "Dunmore Crossing",
            "place",
        ),
        (
            "ok so completion today for mrs pettifer funds came in at 9 40 kirsteen says fine",
            "Pettifer",
            "person",
        ),
    ],
)
def test_a_name_said_whole_and_no_word_more(
    extractor: SpacyExtractor, text: str, name: str, kind: str
) -> None:
    assert kinds(extract(extractor, text)).get(name) == kind
