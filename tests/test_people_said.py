"""People named the way people talk about them: a one-word name no list has, known only by
what is said around it (rings, says, is told, has a class, is dropped at school, lives
somewhere), a name the NER cut short ("Jaskirat Singh" of "Jaskirat Singh Pannu"), a known
person's first name where the NER saw a place, a lower-case memo as Whisper writes some, and
a nickname the memo states. Real spaCy on text and a real store across memos; every name is
made up for these tests and none is taken from an evaluation set.
"""

from __future__ import annotations

import datetime as dt

import pytest
import test_identities
from test_identities import DAY, MONDAY, names

from pipeline import identity, lexicon
from pipeline.extract import SpacyExtractor
from pipeline.records import Extraction, Transcript
from pipeline.store import Store

__all__ = ["DAY", "MONDAY", "names", "save", "transcript"]  # shared with others


def transcript(text: str) -> Transcript:
    """`text` as a typed note (its capitals count), one segment a sentence."""
    return test_identities.transcript(text, "typed")


def save(store: Store, extractor: SpacyExtractor, text: str, at: dt.datetime) -> Extraction:
    """`text` as a typed note, extracted with what the store knows, then stored."""
    return test_identities.save(store, extractor, text, at, model="typed")


def test_the_worlds_first_names_are_listed_and_no_ordinary_word_is() -> None:
    """Names the curated list never had are first names through Faker's lists, with and
    without their accents; an English word, an irregular form of one, a small word or a
    place's word that some country gives as a name is not."""
    names = lexicon.first_names()
    for name in ("dorcas", "ottilie", "leopold", "casimir", "josé", "jose", "łukasz", "lukasz"):
        assert name in names
    for word in ("april", "ran", "else", "media", "bristol"):
        assert word not in names
    assert "dorcas" not in lexicon.common_first_names()  # a rare name: weaker evidence


def test_no_world_names_without_words_to_check_them_against(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A spaCy model with no lemmatizer lists gives no English words: the world's names would
    bring "april" and "hope" with them, so none are added."""
    monkeypatch.setattr(lexicon, "english_words", frozenset)
    lexicon.world_first_names.cache_clear()
    try:
        assert lexicon.world_first_names() == frozenset()
    finally:
        lexicon.world_first_names.cache_clear()


def test_a_world_name_takes_the_one_sex_the_lists_give_it() -> None:
    """A name the country lists give one sex only takes it; a name listed as both is none."""
    sexes = lexicon.name_sexes()
    assert (sexes.get("dorcas"), sexes.get("leopold")) == ("f", "m")
    assert sexes.get("kiran") is None and sexes.get("sam") is None


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Hester from the choir rang about the concert.", {"Hester"}),
        ("met casimir at the gate, lovely bloke.", {"Casimir"}),
        # a rare first name before "'s" may be a shop's: only a common one is someone's home
        ("Dropped the parcel at Nando's on the way home.", set()),
        # a plural of "-ies" and an indefinite pronoun, opening a sentence, are no one
        ("Dad was brighter today. Batteries done.", set()),
        ("Sunday is the open day. Something will give.", set()),
    ],
)
def test_a_first_name_from_the_worlds_lists_is_a_person(
    extractor: SpacyExtractor, text: str, people: set[str]
) -> None:
    assert names(extractor.extract(transcript(text), MONDAY), "person") == people


def test_made_up_names_are_on_no_list() -> None:
    """The rules below must work from context, not from the first-name list."""
    for word in ("tadrin", "orestin", "bogumil", "wendrick", "okoro", "vilanculo", "pannu"):
        assert word not in lexicon.first_names()


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Then Tadrin rang about the float.", "Tadrin"),
        ("If Orestin gives me Friday off I'll go to the match.", "Orestin"),
        ("Anyway, Orestin gave me the morning.", "Orestin"),
        ("Need to ask Tadrin about the keys.", "Tadrin"),
        ("I told Tadrin I'd do the early shift.", "Tadrin"),
        ("Also need to tell Wendrick Okoro today that I can't do Monday.", "Wendrick Okoro"),
        ("Took the boxes round Bogumil's after lunch.", "Bogumil"),
        ("Dropped the kit at Sukhvinder's on the way home.", "Sukhvinder"),
        ("Tadrin's swimming money is due, I'll pay it tonight.", "Tadrin"),
        ("A mum in the queue turned out her girl is in Tadrin's class.", "Tadrin"),
        ("Dropped Tadrin at the school gate.", "Tadrin"),
        ("Tadrin Vilanculo the boss at the depot wants a meeting.", "Tadrin Vilanculo"),
        ("Need to swap my shift with Tadrin at Hillside Cars, he's the controller.", "Tadrin"),
        ("Need to pay Tadrin back the twenty quid.", "Tadrin"),
        ("Picked up the van keys off Tadrin.", "Tadrin"),
        ("Remind me to text Tadrin tonight.", "Tadrin"),
        ("Tadrin helped me carry the tables.", "Tadrin"),
        ("Tadrin's going to do the teas.", "Tadrin"),
        ("Need to chase Tadrin for the money.", "Tadrin"),
    ],
)
def test_a_name_no_list_has_is_a_person_by_what_is_said_of_it(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    ex = extractor.extract(transcript(text), MONDAY)
    assert person in names(ex, "person")
    assert person not in names(ex, "org") | names(ex, "place")


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        "Dropped the parcel at Nando's on the way home.",
        "Then the van rang about the float.",
        "Need to ask about the keys.",
        "Got a quote from Screwfix at the retail park.",
        "Right, licensing. Rang TfL taxi and private hire about the renewal.",
        "Physio rang for Dad about his knee.",
        "so anyway physio rang about dad's knee and said thursday is fine",
    ],
)
def test_ordinary_words_and_possessive_firms_stay_no_one(
    extractor: SpacyExtractor, text: str
) -> None:
    assert names(extractor.extract(transcript(text), MONDAY), "person") == set()


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("At the temple I saw Jaskirat Singh Pannu, he runs the kitchen.", "Jaskirat Singh Pannu"),
        ("Met Harleen Kaur Dosanjh at the school gate.", "Harleen Kaur Dosanjh"),
    ],
)
def test_a_name_the_ner_cut_short_keeps_its_last_word(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    assert names(extractor.extract(transcript(text), MONDAY), "person") == {person}


@pytest.mark.real
def test_a_known_first_name_after_from_is_the_person_not_a_place(
    extractor: SpacyExtractor,
) -> None:
    store = Store.open(":memory:")
    save(store, extractor, "Ozturk Bakircioglu, our chairman, wants the minutes.", MONDAY)
    ex = save(store, extractor, "I collected the roller key from Ozturk, ticked off.", MONDAY + DAY)
    assert names(ex, "person") == {"Ozturk Bakircioglu"}
    assert names(ex, "place") == set()


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("so anyway the head of year 7 mrs ottilie brannagh was really good", "Ottilie Brannagh"),
        (
            "i emailed councillor winifred okereke and she replied within the hour",
            "Winifred Okereke",
        ),
        ("so anyway tadrin rang from the depot he wants everyone in on monday", "Tadrin"),
        ("dinner at my sister's and her husband ravinder works at the airport now", "Ravinder"),
        ("went round tadrin's after work and told tadrin i'd be late on monday", "Tadrin"),
        # a surname's prefix said as a word after a title
        ("missus mac farlane said the bins go out thursday now", "MacFarlane"),
        ("we saw mrs o driscoll at the shop", "O'Driscoll"),
        # a first name whose family or things are spoken of, in lower case
        ("so um, ivy's mum, er, rang and said the party's off", "Ivy"),
        ("we went in obinna's car to the match", "Obinna"),
        (
            "met harriet j pollinger at the allotment, she's lending me a spade",
            "Harriet J Pollinger",
        ),
    ],
)
def test_names_in_a_lower_case_memo(extractor: SpacyExtractor, text: str, person: str) -> None:
    ex = extractor.extract(transcript(text), MONDAY)
    assert person in names(ex, "person")


@pytest.mark.real
def test_lower_case_words_and_titles_stay_no_one(extractor: SpacyExtractor) -> None:
    text = "dec says the junior subs are short and the junior coaches need forms so i'll miss lunch"
    assert names(extractor.extract(transcript(text), MONDAY), "person") == set()
    # a modal after a word for family is the verb, not Will
    text = "Never mind, the twins will be at nursery and the boys will do the raffle."
    assert names(extractor.extract(transcript(text), MONDAY), "person") == set()
    # a chain's name or a season before "'s" is no one's
    for text in ("we got a nando's voucher for the kids", "the summer's mum and dad were there"):
        assert names(extractor.extract(transcript(text), MONDAY), "person") == set()


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("need to get a card for chinwes birthday by friday", "Chinwe"),
        ("the teacher said kwabenas reading is coming on really well", "Kwabena"),
    ],
)
def test_a_lower_case_possessive_without_its_apostrophe(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    """ "chinwes birthday": Whisper's lower case drops the apostrophe of a first name's "'s";
    the name is the person without the "s", and no organisation is made of its words."""
    ex = extractor.extract(transcript(text), MONDAY)
    assert names(ex, "person") == {person}
    assert names(ex, "org") == set()
    # a name that ends in "s" as it stands keeps it
    ex = extractor.extract(transcript("thomas rang about the lucas centre booking"), MONDAY)
    assert "Thoma" not in names(ex, "person")


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a first name no list has, then a surname that is a word too
        ("so i met ysolt vaughan at the depot and she wants the forms", "Ysolt Vaughan"),
        # a listed first name that is a word too, its surname, and a verb of saying
        ("also heather blackthorn says she can do the teas on the day", "Heather Blackthorn"),
        # a listed first name after a word for someone
        ("rang the letting agents and the bloke ossian he's their manager", "Ossian"),
    ],
)
def test_a_lower_case_full_name_with_a_word_in_it(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    ex = extractor.extract(transcript(text), MONDAY)
    assert person in names(ex, "person")


@pytest.mark.real
def test_a_verb_after_a_lower_case_name_is_no_surname(extractor: SpacyExtractor) -> None:
    """ "and obinna scored": the verb's past form after a first name is what they did."""
    text = "the under nines won three nil and obinna scored twice which he will mention forever"
    assert names(extractor.extract(transcript(text), MONDAY), "person") == {"Obinna"}


@pytest.mark.real
def test_a_known_first_name_in_a_lower_case_memo_is_that_person(
    extractor: SpacyExtractor,
) -> None:
    store = Store.open(":memory:")
    save(store, extractor, "Spoke to Amarachi Obiefuna at the council about the bins.", MONDAY)
    text = (
        "so amarachi from the council never sent anyone out the mattress is still there "
        "and now there's a fridge as well so i emailed them again tonight"
    )
    ex = save(store, extractor, text, MONDAY + DAY)
    assert "Amarachi Obiefuna" in names(ex, "person")


def test_a_stated_nickname_may_be_a_first_name_of_its_own() -> None:
    stated = identity.nicknames_stated(
        "Her card says Josephine but everyone calls her Ama. She starts Monday."
    )
    assert stated == {"ama"}
    assert identity.own_nickname("Ama", "Josephine Akpabio") is None  # a first name alone
    assert identity.own_nickname("Ama", "Josephine Akpabio", stated) == "ama"


@pytest.mark.real
def test_a_stated_nickname_said_alone_later_is_the_same_person(
    extractor: SpacyExtractor,
) -> None:
    store = Store.open(":memory:")
    card = (
        "Met the new childminder, Josephine Akpabio, her card says Josephine but everyone "
        "calls her Ama."
    )
    save(store, extractor, card, MONDAY)
    save(store, extractor, "Ama rang, the twins had a good day.", MONDAY + DAY)
    save(store, extractor, "Need to pay Ama on Friday.", MONDAY + 2 * DAY)
    assert {p.name for p in store.people()} == {"Josephine Akpabio"}
    assert store.people()[0].memos == 3


def test_a_listed_name_clipped_from_the_end_is_still_the_clip() -> None:
    assert "tunde" in lexicon.first_names()
    assert identity.clipped_form("Tunde", "Babatunde")
    assert not identity.clipped_form("Paul", "Pauline")


@pytest.mark.real
def test_an_earlier_guess_that_a_first_name_is_a_firm_gives_way(
    extractor: SpacyExtractor,
) -> None:
    """A one-word name stored as an organisation is a guess: a job said with the full name
    outweighs it, and once the full name is known the guess is no longer fed back."""
    store = Store.open(":memory:")
    ex = save(store, extractor, "I'll check my rota with Tadrin and let them know.", MONDAY)
    text = (
        "last job dropped at eleven in northolt finally home tadrin vilanculo the boss at "
        "the depot wants a meeting with all the drivers on monday about the new rules"
    )
    ex = save(store, extractor, text, MONDAY + DAY)
    assert "Tadrin Vilanculo" in names(ex, "person")
    assert "Tadrin" not in {t.text for t in store.vocabulary().terms if t.kind != "person"}
    ex = save(store, extractor, "So I need to get the afternoon off from Tadrin.", MONDAY + 2 * DAY)
    assert names(ex, "person") == {"Tadrin Vilanculo"}


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Met them in Perivale at ten.", "Perivale"),
        ("Hounslow has a new pool.", "Hounslow"),
    ],
)
def test_a_town_stays_a_place(extractor: SpacyExtractor, text: str, place: str) -> None:
    ex = extractor.extract(transcript(text), MONDAY)
    assert place in names(ex, "place")
    assert names(ex, "person") == set()


def test_a_name_known_to_everyone_is_stated() -> None:
    text = "Our treasurer is Oisin Brennagh, Ozzy to everyone, and he wants the subs."
    assert identity.nicknames_stated(text) == {"ozzy"}
    assert identity.nicknames_stated("Sold it to Ozzy, to everyone's surprise.") == set()


@pytest.mark.parametrize(
    ("text", "short"),
    [
        (
            "Also Dov, the club captain, his card says Dorian Pelletreau but nobody calls him "
            "that, wants the forms back.",
            "dov",
        ),
        (
            "For the record his proper name is Adebowale, Adebowale Okunsanya, that goes on the "
            "forms, but nobody's called him that since school, he's Bowzy.",
            "bowzy",
        ),
        ("Her real name's Gwenllian Prys but it's Gwennie to everyone.", "gwennie"),
    ],
)
def test_a_name_said_beside_the_proper_one_is_stated(text: str, short: str) -> None:
    """The name on the card, then "nobody calls him that"; the proper name, then "he's X"."""
    assert identity.nicknames_stated(text) == {short}


@pytest.mark.real
@pytest.mark.parametrize(
    ("said", "later", "short"),
    [
        (
            "Our treasurer is Oisin Brennagh, Ozzy to everyone, and Ozzy says the subs are short.",
            "Need to ring Ozzy about the subs.",
            "Ozzy",
        ),
        (
            "My cousin Jaswant Singh Grewal, Jassi to the family, is starting a catering firm.",
            "Went round Jassi's with the printer. Jassi wants help with the van.",
            "Jassi",
        ),
        (
            "Also Dov, the club captain, his card says Dorian Pelletreau but nobody calls him "
            "that, wants the forms back by Friday.",
            "Dov says the club will match it.",
            "Dov",
        ),
        (
            "Bowzy came round. His proper name is Adebowale, Adebowale Okunsanya, that goes on "
            "the forms, but nobody's called him that since school, he's Bowzy.",
            "Need to ring Bowzy about the van.",
            "Bowzy",
        ),
    ],
)
def test_a_name_someone_is_known_by_joins_them_across_memos(
    extractor: SpacyExtractor, said: str, later: str, short: str
) -> None:
    store = Store.open(":memory:")
    first = save(store, extractor, said, MONDAY)
    assert short not in names(first, "person")
    save(store, extractor, later, MONDAY + DAY)
    assert len(store.people()) == 1
    assert store.people()[0].memos == 2


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("met huw at the shed this morning.", "Huw"),
        ("Emrys, he runs the shed, says it's fine.", "Emrys"),
        ("so i met ieuan at the club after training", "Ieuan"),
    ],
)
def test_welsh_and_gaelic_first_names_are_people(
    extractor: SpacyExtractor, text: str, name: str
) -> None:
    """A first name of Wales or the Highlands alone, in lower case after "met" or opening a
    sentence set off by a comma, is someone: the list has it."""
    ex = extractor.extract(transcript(text), MONDAY)
    assert name in {m.name for m in ex.mentions if m.kind == "person"}


@pytest.mark.real
def test_a_child_called_by_a_clip_of_their_name_is_one_person(
    extractor: SpacyExtractor,
) -> None:
    store = Store.open(":memory:")
    save(store, extractor, "Zephaniah had a nosebleed at school so I picked him up.", MONDAY)
    save(store, extractor, "Zeph's swimming gala is on Sunday.", MONDAY + DAY)
    ex = save(store, extractor, "Need to buy Zeph new goggles before Friday.", MONDAY + 2 * DAY)
    assert {p.name for p in store.people()} == {"Zephaniah"}
    assert store.people()[0].memos == 3
    assert [f.person for f in ex.followups] in (["Zeph"], ["Zephaniah"])


@pytest.mark.real
def test_a_known_name_that_is_a_word_set_off_at_a_sentence_start(
    extractor: SpacyExtractor,
) -> None:
    """ "Temperance, the woman with the whippet, came along": someone known by one name that
    is a word too, set off by what is said of her, is her though the tagger reads a noun."""
    store = Store.open(":memory:")
    text = "Got talking to a woman with a whippet, Temperance, lives on Ashbury Grove."
    save(store, extractor, text, MONDAY)
    text = "Temperance, the woman with the whippet, came to the meeting and asked good questions."
    ex = save(store, extractor, text, MONDAY + DAY)
    assert "Temperance" in names(ex, "person")
    text = "Temperance of the vicar's sort is a virtue, they said."
    assert "Temperance" not in names(save(store, extractor, text, MONDAY + 2 * DAY), "person")


@pytest.mark.real
def test_a_short_name_set_off_after_the_full_name_is_theirs(extractor: SpacyExtractor) -> None:
    """ "Tadrin Vilanculo, Tads, he's on days": the word set off after the full name, then
    "he", is the name he goes by; a listed first name there may be someone else."""
    store = Store.open(":memory:")
    text = "Tadrin Vilanculo, Tads, he's on days at the depot same as me."
    assert names(save(store, extractor, text, MONDAY), "person") == {"Tadrin Vilanculo"}
    ex = save(store, extractor, "Need to ring Tads about the Saturday shift.", MONDAY + DAY)
    assert names(ex, "person") <= {"Tads", "Tadrin Vilanculo"}
    assert [p.name for p in store.people()] == ["Tadrin Vilanculo"]
    ex = extractor.extract(transcript("Spoke to Tegwen Obiakor, Angharad, she's her girl."), MONDAY)
    assert names(ex, "person") == {"Tegwen Obiakor", "Angharad"}


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Dawn at the pharmacy says the prescription is ready.", "Dawn"),
        ("Charity from the food bank rang, they've run out of nappies.", "Charity"),
        ("Patience from church is unwell again, I'll drop a card round to her.", "Patience"),
        ("Sterling from the bank called back, he wants two forms of ID.", "Sterling"),
        ("Mark the caretaker says the hall's booked till nine.", "Mark"),
        ("Clemency from the choir is doing a solo, really chuffed for her.", "Clemency"),
    ],
)
def test_a_first_name_that_is_a_word_is_someone_by_what_is_said_of_it(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    """ "Dawn at the pharmacy says": a first name that is a word too, opening its clause, then
    where the person is from and what only someone does (or their job and a verb)."""
    assert person in names(extractor.extract(transcript(text), MONDAY), "person")


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        "Dawn at the allotment is the best time of day.",
        "Grant from the lottery came through at last.",
        "Chase the insurance about the claim.",
        "There's a grace period of fourteen days on the fine.",
    ],
)
def test_a_word_that_is_a_first_name_stays_a_word_without_a_cue(
    extractor: SpacyExtractor, text: str
) -> None:
    assert not {n for n in names(extractor.extract(transcript(text), MONDAY), "person")} & {
        "Dawn", "Grant", "Bill", "Chase", "Grace"
    }  # fmt: skip


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Jack and Honey both got their swimming badges.", {"Jack", "Honey"}),
        ("Favour and Mercy are going to run the face painting.", {"Favour", "Mercy"}),
        ("Remind Ash, Kez and Lou that the minibus leaves at eight.", {"Ash", "Kez", "Lou"}),
        ("Jojo and Bex want to come to parkrun on Saturday.", {"Jojo", "Bex"}),
    ],
)
def test_names_listed_beside_someone_are_people_too(
    extractor: SpacyExtractor, text: str, people: set[str]
) -> None:
    """ "Remind Ash, Kez and Lou": the NER sees some of a list of names, or the pair as one
    firm; a name beside someone in the list is someone too."""
    assert people <= names(extractor.extract(transcript(text), MONDAY), "person")


@pytest.mark.real
def test_places_and_shops_listed_beside_someone_stay_what_they_are(
    extractor: SpacyExtractor,
) -> None:
    text = "Kemi, Brixton and Clapham are all on the route. Asked Tunde, Sainsbury's and Lidl."
    assert names(extractor.extract(transcript(text), MONDAY), "person") == {"Kemi", "Tunde"}


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Ruby-Leigh said she can do the Thursday pick up.", {"Ruby-Leigh"}),
        ("Then I rang Jean-Marc about the van and he'll come at nine.", {"Jean-Marc"}),
        ("Poppy-Mae and Elsie-Rose are going to the farm on Friday.", {"Poppy-Mae", "Elsie-Rose"}),
        ("The twins, Uche and Obi, start at the nursery on Monday.", {"Uche", "Obi"}),
    ],
)
def test_two_first_names_joined_by_a_hyphen_are_one_person(
    extractor: SpacyExtractor, text: str, people: set[str]
) -> None:
    """ "Ruby-Leigh said": the NER reads a hyphenated name as a firm (its hyphenated names
    are brands) or misses it; two first names joined so are one person's name. The halves
    such names are made of are first names alone too ("Obi")."""
    assert names(extractor.extract(transcript(text), MONDAY), "person") == people


@pytest.mark.real
def test_brands_and_double_surnames_with_a_hyphen_are_no_double_first_name(
    extractor: SpacyExtractor,
) -> None:
    text = (
        "Rolls-Royce are hiring apprentices. We toured the Mary-Rose on Sunday. "
        "Okafor-Lewis and Partners sent the bill."
    )
    assert not names(extractor.extract(transcript(text), MONDAY), "person")


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Clay said the five a side is off this week.", "Clay"),
        ("Penny owes me thirty quid for the coach tickets.", "Penny"),
        ("Sage texted to say she'll be late for choir.", "Sage"),
        ("Hunter was sick again at school, so his dad collected him.", "Hunter"),
        ("Chase from the garage says the tyres are in.", "Chase"),
    ],
)
def test_a_first_name_that_is_a_word_is_someone_by_what_it_does(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    """ "Clay said", "Sage texted to say she'll": a first name that is a word too, opening its
    clause, then a verb only someone does, or a verb the clause's "he" or "she" takes up."""
    assert names(extractor.extract(transcript(text), MONDAY), "person") == {person}


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        "Sky rang about the broadband contract again.",
        "Will do the big shop after work then.",
        "Chase rang about the card being blocked.",
        "Sterling was weak against the euro again, he said.",
    ],
)
def test_a_word_that_is_a_first_name_and_a_verb_after_it_stays_a_word(
    extractor: SpacyExtractor, text: str
) -> None:
    assert not names(extractor.extract(transcript(text), MONDAY), "person")


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Mr O'Sullivan says the gutters need clearing.", "Mr O'Sullivan"),
        ("Mrs McAllister said we can borrow the trestle tables.", "Mrs McAllister"),
    ],
)
def test_a_title_before_a_surname_with_a_capital_inside(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    """ "Mr O'Callaghan says": a title before an Irish or Scottish surname, whose capital
    inside ("O'C", "McK") the title pattern's name word did not allow."""
    ex = extractor.extract(transcript(text), MONDAY)
    assert {m.surface for m in ex.mentions if m.kind == "person"} == {person}


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Young Kieran from the paper round is packing it in.", "Kieran"),
        ("Baby Ifeoma has been up half the night with her teeth.", "Ifeoma"),
        ("Big Gareth Pryce said he'd shift the rubble on Saturday.", "Big Gareth Pryce"),
    ],
)
def test_a_word_describing_someone_before_their_name(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    """ "Young Kieran", "Baby Ifeoma": a word that describes someone is no part of their
    name; "Big Gareth" is what he is called, and the NER's firm is him."""
    assert names(extractor.extract(transcript(text), MONDAY), "person") == {person}


@pytest.mark.real
@pytest.mark.parametrize(
    "text",
    [
        "We walked along the canal to Little Venice.",
        "The match at Old Trafford is sold out.",
        "Bought some Old Spice for Dad.",
    ],
)
def test_places_and_things_named_with_a_describing_word_are_no_one(
    extractor: SpacyExtractor, text: str
) -> None:
    assert not names(extractor.extract(transcript(text), MONDAY), "person")


@pytest.mark.real
def test_a_cue_word_in_capitals_after_a_cue_is_the_name(extractor: SpacyExtractor) -> None:
    """ "asked Guy at the garage": "guy" is a word of the cue "a guy called", but after
    "asked" in capitals it is the name."""
    text = "So I asked Guy at the garage and he reckons Tuesday."
    assert names(extractor.extract(transcript(text), MONDAY), "person") == {"Guy"}
    text = "Met a guy called Tomasz at the bus stop."
    assert names(extractor.extract(transcript(text), MONDAY), "person") == {"Tomasz"}


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Honestly Kunbi should have rung first.", "Kunbi"),
        ("Luckily Ogechi had the spare key for the shed.", "Ogechi"),
        ("Basically Wiktoria wants the hall on Friday night.", "Wiktoria"),
        ("Obviously Tamilore is gutted about the result.", "Tamilore"),
    ],
)
def test_a_sentence_adverb_before_a_name_is_no_part_of_it(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    """ "Honestly Kunbi should have rung": the adverb a speaker opens with, which the NER runs
    into the name after it or which hides that the name opens its clause."""
    assert names(extractor.extract(transcript(text), MONDAY), "person") == {person}


@pytest.mark.real
def test_cousin_before_a_name_is_a_title(extractor: SpacyExtractor) -> None:
    """ "Cousin Adaku", said like "Auntie Funmi": the kin word is no part of her name."""
    text = "Cousin Adaku sent the photos from the wedding. Cousin Ebuka wants copies."
    assert names(extractor.extract(transcript(text), MONDAY), "person") == {"Adaku", "Ebuka"}


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Can we rope in Oyinkansola for the cake stall?", "Oyinkansola"),
        ("Working on the bid with Dimitra. Also loop in Hattie on the email.", "Hattie"),
    ],
)
def test_someone_brought_in_is_no_place(extractor: SpacyExtractor, text: str, person: str) -> None:
    """ "loop in Hattie", "rope in Oyinkansola": an "in" that brings someone into something,
    not the "in" of a town."""
    assert person in names(extractor.extract(transcript(text), MONDAY), "person")


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("spoke with auntie ifeyinwa and she said the hall is free on sunday.", "Ifeyinwa"),
        ("so mister o'brien called and he wants to see me about the lease.", "O'Brien"),
    ],
)
def test_a_titled_name_in_lower_case(extractor: SpacyExtractor, text: str, person: str) -> None:
    """ "with auntie ifeyinwa", "mister o'brien called": a memo typed or heard in lower case
    keeps a name after a title, even one a dictionary lists ("o'brien")."""
    assert person in names(extractor.extract(transcript(text), MONDAY), "person")


@pytest.mark.real
def test_a_lower_case_name_after_a_title_of_kin_or_faith(extractor: SpacyExtractor) -> None:
    """ "ring pastor tobenna", "aunty yewande is coming": Whisper's lower case, where only the
    title says a name follows; a word after it is no name ("my sister said", "father
    christmas") and neither is the word after the name ("uncle kolade yesterday")."""
    text = (
        "i need to ring pastor tobenna about the baptism and talked to uncle kolade yesterday "
        "and he said aunty yewande is coming, and mister kaczmarek from number nine says hi. "
        "my sister said father christmas is at the school fair."
    )
    ex = extractor.extract(transcript(text), MONDAY)
    assert names(ex, "person") == {"Tobenna", "Kolade", "Yewande", "Kaczmarek"}


@pytest.mark.real
def test_kin_said_by_first_name_then_the_name_again_is_no_surname(
    extractor: SpacyExtractor,
) -> None:
    """ "his brother Abhinav, Abhinav is moving": the same name said again after the comma
    is the one name, not a first name beside a title and surname ("Mrs Thistlecombe,
    Bronwen" is Bronwen Thistlecombe; this is no "Abhinav Abhinav")."""
    text = "Had lunch with Rohan and his brother Abhinav, Abhinav is moving to Bristol."
    assert names(extractor.extract(transcript(text), MONDAY), "person") == {"Rohan", "Abhinav"}


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a first name the tagger reads as a verb, after a title: not trimmed to "Sister"
        ("took gran to the clinic and sister ruth from chapel came too", {"Ruth"}),
        # a kin word the NER ran into the name
        ("their daughter ifrah needs a school place", {"Ifrah"}),
        # one of a pair the NER saw only half of
        ("um so then ravindra and oluwakemi turned up with the urn", {"Ravindra", "Oluwakemi"}),
        ("so faith and hope are doing the tombola this year", {"Faith", "Hope"}),
        # a first name that is a word too, ringing or told something
        ("mark rang about the skip and it's coming friday", {"Mark"}),
        ("told rose i'd drop the forms round", {"Rose"}),
        # a surname alone, from somewhere, then doing what someone does
        ("vandermeer from the depot rang about the van", {"Vandermeer"}),
        # two first names that are words too, opening the clause and then doing something
        ("blessing and favour are on the door sunday", {"Blessing", "Favour"}),
        # a listed first name whose family is spoken of
        ("chinonso's dad wants to volunteer", {"Chinonso"}),
    ],
)
def test_names_whisper_wrote_in_lower_case_beside_their_cues(
    extractor: SpacyExtractor, text: str, people: set[str]
) -> None:
    ex = extractor.extract(test_identities.transcript(text, "test"), MONDAY)
    assert people <= names(ex, "person")


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("it was so sunny and warm today so kofi came round", {"Kofi"}),
        ("the bread and butter pudding was lovely and kofi had seconds", {"Kofi"}),
        ("may said the hall is free", set()),
        ("bread and butter are on the list and so is milk", set()),
    ],
)
def test_lower_case_words_beside_names_stay_words(
    extractor: SpacyExtractor, text: str, people: set[str]
) -> None:
    ex = extractor.extract(test_identities.transcript(text, "test"), MONDAY)
    assert names(ex, "person") == people


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Vandermeer from work wants the figures by Friday.", {"Vandermeer"}),
        ("Need to thank Mercy and Comfort for the cakes.", {"Mercy", "Comfort"}),
        # a name after the sounds a speaker opens with, then saying something
        ("So um Dolapo texted about Saturday.", {"Dolapo"}),
        # a listed first name opening its sentence with a modal after it
        ("Choir was good. Heather couldn't make it.", {"Heather"}),
        ("So um Brexit happened and prices went up.", set()),
        # a listed place the NER saw, named as someone's relative
        ("Went for a walk with India and her brother Devon.", {"India", "Devon"}),
        # a middle initial: the surname after it is the same person's, not a firm's
        ("I rang Harriet J Pollinger about the fence.", {"Harriet J Pollinger"}),
        ("met Harriet J Pollinger at the allotment.", {"Harriet J Pollinger"}),
    ],
)
def test_typed_names_the_ner_missed_or_joined(
    extractor: SpacyExtractor, text: str, people: set[str]
) -> None:
    ex = extractor.extract(transcript(text), MONDAY)
    assert names(ex, "person") == people
    assert names(ex, "org") == set()


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "model", "people"),
    [
        # a job said before a surname as a title, on a transcript and typed
        ("Matron Sorensen wants the rota done by Friday.", "test", {"Matron Sorensen"}),
        ("Midwife Hughes said the baby's head down.", "test", {"Midwife Hughes"}),
        ("Judge Pellingham adjourned it till May.", "test", {"Pellingham"}),
        ("Officer Zamorano said they'd send someone round.", "typed", {"Zamorano"}),
        ("so nurse okorafor rang about the blood results", "test", {"Nurse Okorafor"}),
        # opening a sentence, where the NER takes the two words for a place
        ("Nurse Okafor rang about the scan. I'll ring back.", "test", {"Okafor"}),
        ("the nurse said the officer would ring", "test", set()),
        # a surname ending in "s" that the tagger took for a plural, saying something
        ("Hargreaves reckons the roof needs redoing.", "typed", {"Hargreaves"}),
        ("Builders reckons it's fine and parents said no.", "typed", set()),
        # a Swedish surname is no "-ist" job
        ("I told Lindqvist we'd need the figures by Friday.", "typed", {"Lindqvist"}),
        # a lower-case first name no dictionary has, the object of a verb or a preposition
        ("i need to call back yolande.", "test", {"Yolande"}),
        ("dropped the spare keys off for kwabena", "test", {"Kwabena"}),
        ("ordered a new charlie for the bathroom and flew to sydney", "test", set()),
    ],
)
def test_people_after_a_job_title_or_at_a_clause_end(
    extractor: SpacyExtractor, text: str, model: str, people: set[str]
) -> None:
    ex = extractor.extract(test_identities.transcript(text, model), MONDAY)
    assert names(ex, "person") == people


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a first name that is a word, got in touch with or met, then where, when or about
        ("so i saw amber at the pub and rang frank back", {"Amber", "Frank"}),
        ("i will call grace tomorrow about the tickets", {"Grace"}),
        ("um bumped into ivy at the big tesco", {"Ivy"}),
        ("rang sky about the broadband and we saw dawn break", set()),
        # "to" and a first name that is a verb with its object: the verb
        ("need to jack up the car and going to sue the builder", set()),
        ("i need to talk to sue about it", {"Sue"}),
    ],
)
def test_lower_case_word_names_by_who_is_met_or_rung(
    extractor: SpacyExtractor, text: str, people: set[str]
) -> None:
    ex = extractor.extract(test_identities.transcript(text, "test"), MONDAY)
    assert names(ex, "person") == people


@pytest.mark.real
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Rang Dawn Rudd about the quote for the bathroom.", "Dawn Rudd"),
        ("Hazel Bright from the school rang about the trip.", "Hazel Bright"),
    ],
)
def test_a_first_name_that_is_a_word_before_a_surname_that_is_one_too_is_a_person(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    """Two capitalised dictionary words read as a body ("Rang Sure Start"), unless the first
    is a first name that is a word as well ("Dawn", "Hazel") and the second no kind of body,
    place or event."""
    ex = extractor.extract(transcript(text), MONDAY)
    assert names(ex, "person") == {person}, ex.mentions
    assert not names(ex, "org"), ex.mentions


@pytest.mark.real
def test_two_ordinary_words_are_still_a_body(extractor: SpacyExtractor) -> None:
    ex = extractor.extract(transcript("Rang Sure Start about the baby group."), MONDAY)
    assert names(ex, "org") == {"Sure Start"}, ex.mentions
