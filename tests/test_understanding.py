"""Understanding memos nobody tuned for: organisations and places heard in lower case or named
by context and gazetteers, one identity per person across memos, promises phrased every way
people speak them, and dated events. Real spaCy on text (no audio); examples are written to
show a kind of speech, not to repeat a memo of the evaluation sets.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys

import pytest

from conftest import ROOT
from pipeline import lexicon
from pipeline.extract import SpacyExtractor
from pipeline.records import AudioInfo, Extraction, Memo, Segment, Term, Transcript
from pipeline.store import Store

# A Wednesday evening.
WEDNESDAY = dt.datetime(2026, 11, 18, 18, 0)


def transcript(text: str) -> Transcript:
    parts = [p.strip() + "." for p in text.split(". ") if p.strip(" .")]
    segments = tuple(Segment(i, 3.0 * i, 3.0 * i + 3, p) for i, p in enumerate(parts))
    return Transcript(segments, "en", 1.0, 3.0 * len(parts), "test")


def extract(
    extractor: SpacyExtractor, text: str, at: dt.datetime = WEDNESDAY, vocabulary=()
) -> Extraction:
    return extractor.extract(transcript(text), at, vocabulary)


def names(ex: Extraction, kind: str) -> set[str]:
    return {m.name for m in ex.mentions if m.kind == kind}


def links(ex: Extraction) -> set[tuple[str, str | None]]:
    return {(link.person, link.org) for link in ex.links}


# -- the lexicon ------------------------------------------------------------------------------


def test_one_lexicon_shared_by_extraction_and_follow_ups() -> None:
    from pipeline import extract, followups

    assert lexicon.COMMAND_VERBS <= lexicon.ACTION_VERBS
    assert lexicon.COMMAND_VERBS <= lexicon.IMPERATIVES
    assert extract.ACTION_VERBS is lexicon.ACTION_VERBS
    assert followups.IMPERATIVES is lexicon.IMPERATIVES


def test_extraction_imports_nothing_from_the_read_side() -> None:
    """Data flows one way: extraction takes its words from the lexicon, not from the read
    side, and topic candidates (extraction) no longer import extract.py back."""
    code = (
        "import sys, pipeline.topics; assert 'pipeline.extract' not in sys.modules; "
        "import pipeline.extract; "
        "bad = [m for m in ('pipeline.people', 'pipeline.store') "
        "if m in sys.modules]; print(bad); assert not bad"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    source = (ROOT / "pipeline" / "extract.py").read_text(encoding="utf-8")
    assert "from .people" not in source and "from .read" not in source


def test_gazetteers_ship_with_the_package() -> None:
    boroughs = {
        "Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden", "Croydon",
        "Ealing", "Enfield", "Greenwich", "Hackney", "Hammersmith and Fulham", "Haringey",
        "Harrow", "Havering", "Hillingdon", "Hounslow", "Islington", "Kensington and Chelsea",
        "Kingston upon Thames", "Lambeth", "Lewisham", "Merton", "Newham", "Redbridge",
        "Richmond upon Thames", "Southwark", "Sutton", "Tower Hamlets", "Waltham Forest",
        "Wandsworth", "Westminster",
    }  # fmt: skip
    assert boroughs <= set(lexicon.authorities())
    assert {"council", "primary", "academy", "surgery", "trust", "museum", "church"} <= (
        lexicon.org_suffixes()
    )
    assert {"gp", "whatsapp"} <= lexicon.not_entities()
    assert "kentish" in lexicon.place_words()
    assert "peter" in lexicon.nicknames()["pete"]


# -- organisations and places -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Met Sunita Rao, she works at the fire service.", "Fire Service"),
        ("Grace Adeyemi from the youth club popped in.", "Youth Club"),
        ("Kate Brennan from Mind in Enfield rang back.", "Mind in Enfield"),
        ("Had a chat with Tom Baker from Age UK Camden.", "Age UK Camden"),
        ("Spoke to Hannah Price at haringey council about the permit.", "Haringey Council"),
        ("Pete Doyle is the caretaker at St Michael's Church.", "St Michael's Church"),
        ("Dev Sharma is a governor at Coleraine Park Primary.", "Coleraine Park Primary"),
        ("Met Dr Amina Farah from Hornsey Rise Surgery.", "Hornsey Rise Surgery"),
        ("Lena Fischer, the curator at the Bruce Castle Museum, called.", "Bruce Castle Museum"),
    ],
)
def test_organisations_in_any_case_from_context_and_gazetteers(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert org in names(ex, "org"), ex.mentions
    assert any(o == org for _, o in links(ex)), ex.links


def test_places_are_not_organisations_and_apps_are_nothing(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Walked from Kentish Town to Park Road Pools, then the library in Wood Green. "
        "She is a GP there and said to message her on WhatsApp.",
    )
    assert {"Kentish Town", "Park Road Pools", "Wood Green"} <= names(ex, "place")
    assert not names(ex, "org") & {"GP", "WhatsApp", "Park Road Pools"}
    assert not names(ex, "person"), ex.mentions  # "Kentish" is no one


# Real UK bodies of the kinds memos name, each said in capitals and as Whisper writes it in
# lower case; the people are made up.
@pytest.mark.parametrize(
    ("text", "org"),
    [
        # housing associations
        ("Dana Okoro from Peabody rang about the damp.", "Peabody"),
        ("Wendell Ambrose from L&Q rang about the boiler.", "L&Q"),
        ("spoke to sam fenn from notting hill genesis about the repair.", "Notting Hill Genesis"),
        ("Lola Pryce from the hyde group emailed the tenants.", "Hyde Group"),
        # bus and train operators
        ("Tariq Osei works for Stagecoach now.", "Stagecoach"),
        ("keith bramble works for go-ahead london at the depot.", "Go-Ahead London"),
        ("dennis gorringe works for arriva out of the garage.", "Arriva"),
        ("Luis Ferro from metroline said the route is diverted.", "Metroline"),
        ("Greta Lund works for great western railway.", "Great Western Railway"),
        # national charities and their Scottish and Welsh arms
        ("Ann Hollis from versus arthritis called.", "Versus Arthritis"),
        ("Kit Barlow from the British Heart Foundation rang.", "British Heart Foundation"),
        ("moira dunn from alzheimer's society came round.", "Alzheimer's Society"),
        ("Isla Rennie leads a unit for Girlguiding Scotland.", "Girlguiding Scotland"),
        ("ffion rees from age cymru sent the form.", "Age Cymru"),
        # NHS bodies of Scotland and Wales, and hospitals by the names people use
        (
            "Dr Mhairi Ross at NHS Greater Glasgow and Clyde said so.",
            "NHS Greater Glasgow and Clyde",
        ),
        ("callum reid from nhs lothian rang back.", "NHS Lothian"),
        (
            "Nia Pugh works for Aneurin Bevan University Health Board.",
            "Aneurin Bevan University Health Board",
        ),
        ("Dr Ola Banjo at the university hospital of wales rang.", "University Hospital of Wales"),
        ("Nurse Femi Cole at King's College Hospital phoned.", "King's College Hospital"),
        # sports bodies
        ("Rhys Pugh coaches for the Welsh Rugby Union.", "Welsh Rugby Union"),
        ("rhys pugh coaches for the welsh rugby union.", "Welsh Rugby Union"),
        # police, governments and agencies of Scotland and Wales
        ("Eira Bowen at the welsh government emailed.", "Welsh Government"),
        ("Jo Kerr at social security scotland said no.", "Social Security Scotland"),
        (
            "Hamish Bell at Scottish Fire and Rescue Service fitted the alarm.",
            "Scottish Fire and Rescue Service",
        ),
        ("Gemma Pike from the care inspectorate visited.", "Care Inspectorate"),
        # Welsh names of schools and chapels, academy chains, NHS buildings
        ("Gareth Lewis teaches at Ysgol Gyfun Gymraeg Glantaf.", "Ysgol Gyfun Gymraeg Glantaf"),
        ("Miss Okon from Harris Academy Bermondsey rang.", "Harris Academy Bermondsey"),
        ("Dr Kaur at the Elmhurst Primary Care Centre is lovely.", "Elmhurst Primary Care Centre"),
        # Scottish and Welsh councils
        ("Spoke to Tom Gale at Fife Council about the bins.", "Fife Council"),
        ("spoke to tom gale at renfrewshire council about the bins.", "Renfrewshire Council"),
        ("Priya Shah at the vale of glamorgan council sent it.", "Vale of Glamorgan Council"),
    ],
)
def test_real_uk_bodies_from_the_shipped_lists(
    extractor: SpacyExtractor, text: str, org: str
) -> None:
    ex = extract(extractor, text)
    assert org.lower() in {n.lower() for n in names(ex, "org")}, ex.mentions
    assert any((o or "").lower() == org.lower() for _, o in links(ex)), ex.links


@pytest.mark.parametrize(
    "text",
    [
        "We got the go-ahead. Go-ahead was given on Monday.",
        "The first bus and the last train were both late.",
        "I said to the young farmers at the market that the price is up.",
        "Her home group meets on Tuesdays, there are places for people to sit.",
        "He cycled cross country to Kent and the southern line was shut.",
        "Moved to a village in south eastern England last year.",
        "The kids watched a film about a stagecoach in the wild west.",
    ],
)
def test_ordinary_phrases_are_no_listed_body(extractor: SpacyExtractor, text: str) -> None:
    assert not names(extract(extractor, text), "org")


def test_a_council_place_that_is_also_a_surname_leaves_the_person_whole(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(extractor, "Met Kevin Blackburn at the depot. Lucy Durham and Rosa Galloway came.")
    assert {"Kevin Blackburn", "Lucy Durham", "Rosa Galloway"} <= names(ex, "person")


def test_a_team_inside_an_organisation_links_to_the_organisation(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(extractor, "Spoke to Hannah Price from the leisure team at Enfield Council.")
    assert ("Hannah Price", "Enfield Council") in links(ex)


def test_a_self_correction_links_the_organisation_meant(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Grace Adeyemi is the youth worker at Wood Green Youth Club, no, sorry, "
        "Lordship Lane Youth Club.",
    )
    assert links(ex) == {("Grace Adeyemi", "Lordship Lane Youth Club")}


# -- people -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Pete got Marek, the plumber, to look at the boiler.", "Marek"),
        ("She mentioned a guy called Femi who does the referrals.", "Femi"),
        ("The woman I spoke to, Priti, said we were on the wrong tariff.", "Priti"),
        ("Saw Mr Kowalski at the gate.", "Kowalski"),
        ("Coffee with Doctor Farah this morning.", "Farah"),
    ],
)
def test_people_named_by_the_words_around_them(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    assert person in names(extract(extractor, text), "person")


def test_a_nickname_is_the_same_person(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "Met the surveyor from Metropolitan Thames Valley. His card says Robert Hale but he "
        "goes by Rob. Rob reckons the works start in January.",
    )
    assert names(ex, "person") == {"Robert Hale"}
    assert ("Robert Hale", "Metropolitan Thames Valley") in links(ex)


def test_a_family_lends_its_surname(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "The Okonkwos came round. Ada Okonkwo says their girl Chioma wants to help. "
        "Emeka is happy to drive.",
    )
    assert names(ex, "person") == {"Ada Okonkwo", "Chioma Okonkwo", "Emeka Okonkwo"}


def test_a_known_first_name_the_tagger_calls_a_noun(extractor: SpacyExtractor) -> None:
    # Mid-sentence, a listed first name no dictionary has is someone, whatever its tag.
    ex = extract(extractor, "Then Tunde rang about the float.")
    assert names(ex, "person") == {"Tunde"}


@pytest.mark.parametrize("text", ["Paid Zoe back for the tickets.", "Thanked Zoe for the lift."])
def test_a_verb_opening_the_memo_is_not_the_start_of_a_name(
    extractor: SpacyExtractor, text: str
) -> None:
    assert names(extract(extractor, text), "person") == {"Zoe"}


def save(store: Store, extractor: SpacyExtractor, text: str, at: dt.datetime) -> Extraction:
    ex = extractor.extract(transcript(text), at, store.vocabulary().terms)
    info = AudioInfo(
        f"{at:%Y%m%d_%H%M%S}.m4a", hashlib.sha256(text.encode()).hexdigest(), 1, 3, at, "filename"
    )
    store.save(Memo(info, "done", transcript(text), ex))
    return ex


def test_one_person_one_identity_across_memos(extractor: SpacyExtractor) -> None:
    store = Store.open(":memory:")
    day = dt.timedelta(days=1)
    save(
        store,
        extractor,
        "Met Sunita Rao, she is the grants officer at Haringey Council.",
        WEDNESDAY,
    )
    save(store, extractor, "Met Sunita Bose, a nurse at the Whittington Hospital.", WEDNESDAY + day)
    save(store, extractor, "Pete Okafor from the food bank came by.", WEDNESDAY + 2 * day)
    # Two Sunitas are known: the organisation said with her decides; without one, no guess.
    ex = save(
        store, extractor, "Sunita from Haringey Council rang about the grant.", WEDNESDAY + 3 * day
    )
    assert names(ex, "person") == {"Sunita Rao"}
    ex = save(store, extractor, "Sunita said hello.", WEDNESDAY + 4 * day)
    assert names(ex, "person") == {"Sunita"}
    # A short form of a first name, and a title with a surname, find the one known person.
    ex = save(store, extractor, "Peter rang back about the tables.", WEDNESDAY + 5 * day)
    assert names(ex, "person") == {"Pete Okafor"}
    ex = save(store, extractor, "Bumped into Mr Okafor outside.", WEDNESDAY + 6 * day)
    assert names(ex, "person") == {"Pete Okafor"}
    people = {p.name: p for p in store.people()}
    assert people["Sunita Rao"].orgs == ["Haringey Council"]
    assert people["Sunita Rao"].memos == 2


def test_a_first_name_met_alone_joins_the_full_name_said_later(
    extractor: SpacyExtractor,
) -> None:
    store = Store.open(":memory:")
    save(store, extractor, "She mentioned a guy called Femi who runs the referrals.", WEDNESDAY)
    save(
        store,
        extractor,
        "Finally met Femi Ogunleye, the social prescriber at the surgery.",
        WEDNESDAY + dt.timedelta(days=2),
    )
    people = {p.name: p for p in store.people()}
    assert set(people) == {"Femi Ogunleye"}
    assert people["Femi Ogunleye"].memos == 2
    assert store.find_entity("Femi")["name"] == "Femi Ogunleye"


# -- promises ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due", "person"),
    [
        ("Met Sunita Rao. I said I'd email her the dates by the second.", "2026-12-02", "Sunita Rao"),  # noqa: E501
        ("Met Adam Kowalski. Action for me: send Mr Kowalski the minutes before the twenty-eighth.", "2026-11-28", "Adam Kowalski"),  # noqa: E501
        ("Pete Doyle asked me to ring him Thursday after six.", "2026-11-19", "Pete Doyle"),
        ("Met Rob Hale. Remind myself to send Rob the photos in February.", "2027-02-01", "Rob Hale"),  # noqa: E501
        ("Father Declan Murphy asked about the hampers. I said I'd mull it over this weekend.", "2026-11-21", "Declan Murphy"),  # noqa: E501
        ("Linda Marsh wants the receipts by the end of the month.", "2026-11-30", "Linda Marsh"),
        ("Joanne Pike wants a summary by the sixteenth, sorry, no, by the twentieth.", "2026-11-20", "Joanne Pike"),  # noqa: E501
        ("I promised to drop off the form tomorrow.", "2026-11-19", None),
        ("I need to get the application in before Christmas.", "2026-12-25", None),
        ("Met Aisha Khan. I owe Aisha a call about the stall on Thursday.", "2026-11-19", "Aisha Khan"),  # noqa: E501
        ("I told Marcus I'd look at his CV this weekend.", "2026-11-21", "Marcus"),
        ("Don't let me forget to renew the checks before the end of January.", "2027-01-31", None),
        ("Dev Patel is waiting on me for the rota. Gotta get that done by Wednesday.", "2026-11-25", "Dev Patel"),  # noqa: E501
        ("Dr Yusuf wants the blood test done by Friday week.", "2026-11-27", "Yusuf"),
        ("So I met Olu today and he wants the proposal by Thursday.", "2026-11-19", "Olu"),
    ],
)  # fmt: skip
def test_promises_phrased_every_way(
    extractor: SpacyExtractor, text: str, due: str, person: str | None
) -> None:
    ex = extract(extractor, text)
    assert len(ex.followups) == 1, ex.followups
    f = ex.followups[0]
    assert (f.due.isoformat() if f.due else None, f.person) == (due, person)


def test_a_date_said_elsewhere_in_the_memo(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "The trustees' board meeting is on the fourth of December. "
        "I must send the budget before the board meeting. "
        "Sam Whitfield is coming on the twenty-fifth at ten. I need to have the logs ready by then.",  # noqa: E501
    )
    assert [f.due.isoformat() for f in ex.followups if f.due] == ["2026-12-04", "2026-11-25"]
    assert {(e.title, e.date.isoformat(), e.time) for e in ex.events} == {
        ("trustees board meeting", "2026-12-04", None),
        ("Sam Whitfield is coming", "2026-11-25", "10:00"),
    } or {e.date.isoformat() for e in ex.events} == {"2026-12-04", "2026-11-25"}


def test_a_to_do_list(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "To-do list for next week. Monday, chase the winter fund. Tuesday, the leaflets "
        "from the printers. And sometime I should ring Bola about deliveries.",
        at=dt.datetime(2026, 11, 14, 15, 0),  # a Saturday
    )
    assert [(f.due.isoformat() if f.due else None) for f in ex.followups] == [
        "2026-11-16",
        "2026-11-17",
        None,
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Walking to the bus stop. Nothing to do here really, just thinking out loud.",
        "Sunita rang. The panel meets on the ninth of December and she needs the budget "
        "broken down by line.",
        "Ravi is happy to do the heavy lifting.",
        "Rachel Green wants to hear about the pilot.",
        "Phone call with Doctor Farah from the surgery.",
        "I should have called Grace yesterday.",
        "She'll send me the minutes on Friday.",
        "They need to sort the boiler by Friday.",
        "I'll be at the market on Saturday.",
    ],
)
def test_not_promises(extractor: SpacyExtractor, text: str) -> None:
    assert extract(extractor, text).followups == ()


# -- events -----------------------------------------------------------------------------------


def test_dated_happenings_that_are_not_promises_are_events(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor,
        "The jumble sale is Saturday the twenty-first, doors open at ten. "
        "The carol concert is on the thirteenth of December at six o'clock. "
        "The deadline for the fund is the thirtieth. "
        "Remembrance service at the memorial this morning.",
    )
    got = {(e.title, e.date.isoformat(), e.time) for e in ex.events}
    # A deadline told as a date is a dated thing too; one the speaker commits to is a due date.
    assert got == {
        ("jumble sale", "2026-11-21", "10:00"),
        ("carol concert", "2026-12-13", "18:00"),
        ("The deadline for the fund", "2026-11-30", None),
    }
    assert ex.followups == ()


def test_extraction_speed_bench_runs(capsys: pytest.CaptureFixture[str]) -> None:
    """`make bench` measures milliseconds per memo (figures in docs/benchmarks.md, never here)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from bench import bench_extract

    assert bench_extract.main(["--repeats", "1", "--no-write"]) == 0
    out = capsys.readouterr().out
    assert "p50 ms" in out and "extractor" in out


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "Went into Sainsbury's on the Broadway and asked for the manager. Leon Carter, the "
            "duty manager, says they can give us bread.",
            ("Leon Carter", "Sainsbury's"),
        ),
        (
            "Rang British Gas about the meter. The woman I spoke to, Marta, said we are on the "
            "wrong tariff.",
            ("Marta", "British Gas"),
        ),
        (
            "She put us in touch with someone at the, um, Islington Law Centre, a man called "
            "Kofi Mensah.",
            ("Kofi Mensah", "Islington Law Centre"),
        ),
        (
            "Spoke to a guy from the fire brigade, Dan Whitmore, about smoke alarms.",
            ("Dan Whitmore", "Fire Brigade"),
        ),
    ],
)
def test_people_linked_to_the_organisation_said_around_them(
    extractor: SpacyExtractor, text: str, link: tuple[str, str]
) -> None:
    assert link in links(extract(extractor, text))


def test_as_whisper_writes_it(extractor: SpacyExtractor) -> None:
    """Sentences split or joined where the speaker paused, American spellings, repeats."""
    saturday = dt.datetime(2026, 11, 14, 15, 0)
    ex = extract(
        extractor,
        "To do list for next week, Monday, chase the lottery bid, Tuesday, collect the "
        "banners from the printers. Action for me. Send Councilor Joe Bright the minutes by "
        "the end of the week. His card says Robert but he goes by Rob, Rob reckons it's fine.",
        at=saturday,
    )
    assert [(f.text.split(",")[0], f.due.isoformat() if f.due else None) for f in ex.followups] == [
        ("Monday", "2026-11-16"),
        ("Tuesday", "2026-11-17"),
        ("Send Councilor Joe Bright the minutes by the end of the week.", "2026-11-15"),
    ]
    assert names(ex, "person") == {"Joe Bright", "Rob"}


def test_names_nobody_taught_the_model(extractor: SpacyExtractor) -> None:
    """Less common names: a pair of children, a family, someone from a firm, a company named
    by what it is, an organisation with an ampersand; and someone else's hope is no promise."""
    ex = extract(
        extractor,
        "Skating at the rink with the kids, Suki and Leo. Suki's hoping I'll take her to the "
        "aquarium at half term. Met Wojciech Zielinski from Balfour about the plans. Booked the "
        "party with a company called Brighter. The Marine & Coastal Trust want volunteers. "
        "The Okafors next door had their baby. Chidi and Ngozi are thrilled.",
    )
    people = {"Suki", "Leo", "Wojciech Zielinski", "Chidi Okafor", "Ngozi Okafor"}
    assert people <= names(ex, "person")
    assert {"Balfour", "Brighter", "Marine & Coastal Trust"} <= names(ex, "org")
    assert ("Wojciech Zielinski", "Balfour") in links(ex)
    assert ex.followups == ()


def test_organisations_that_say_things_stay_organisations(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor, "Went to Tesco. Tesco said they can give us bread. Waitrose has agreed too."
    )
    assert not names(ex, "person"), ex.mentions


def test_a_relative_with_the_same_surname_is_someone_else(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Tom Okafor helped. Mrs Okafor, Tom's mum, bought the sewing machine.")
    assert names(ex, "person") == {"Tom Okafor", "Okafor"}


# -- kinds of speech that hold on memos nobody tuned for ---------------------------------------


@pytest.mark.parametrize(
    ("text", "people", "orgs"),
    [
        # first names of many backgrounds, the surname the NER cut off or mislabelled
        ("Aoife Byrne from Whittington Health wants the notes.", {"Aoife Byrne"}, None),
        ("Kemi Adeyemi, headteacher at Stroud Green Primary, rang.", {"Kemi Adeyemi"}, None),
        ("Sunil, the manager at Holloway Tyres, quoted three hundred.", {"Sunil"}, None),
        ("Grace, she runs the food bank at St Anne's, wants the rota.", {"Grace"}, None),
        ("so i met fatima begum at the food bank on tuesday.", {"Fatima Begum"}, None),
        # an organisation named by who is from it, by apposition, by its naming pattern
        (
            "Chiamaka Eze from Fusion Lifestyle came to the coffee morning.",
            None,
            {"Fusion Lifestyle"},
        ),
        ("Ebere from Peabody rang about the boiler.", {"Ebere"}, {"Peabody"}),
        ("Rang Better, the leisure company that runs the pools.", set(), {"Better"}),
        (
            "Spoke to Kasia Nowak from Homes for Haringey about the damp.",
            None,
            {"Homes for Haringey"},
        ),
        ("Ravi from Barnet Mencap wants the leaflets.", {"Ravi"}, {"Barnet Mencap"}),
        ("I'm to ask Pickle and Pride if they want in.", set(), {"Pickle and Pride"}),
        ("Order the boxes from Packwise by Friday.", set(), {"Packwise"}),
        # common nouns, abbreviations and meetings are no organisation
        (
            "Finance committee Tuesday evening. The VAT receipt is in the budget folder.",
            set(),
            set(),
        ),
        ("Spoke to Pastor Emmanuel at Kingdom Life Church.", {"Emmanuel"}, {"Kingdom Life Church"}),
    ],
)
def test_names_found_by_kind_not_by_memo(
    extractor: SpacyExtractor, text: str, people: set[str] | None, orgs: set[str] | None
) -> None:
    ex = extract(extractor, text)
    if people is not None:
        assert names(ex, "person") == people
    if orgs is not None:
        assert names(ex, "org") == orgs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Joy Okonkwo, who chairs Friends of Lordship Rec, wants the minutes.",
            ("Joy Okonkwo", "Friends of Lordship Rec"),
        ),
        (
            "Went to Coleridge Primary. Their coach is Dwayne Price, big lad.",
            ("Dwayne Price", "Coleridge Primary"),
        ),
        (
            "Rang Pennine Mills. Spoke to their account manager, um, Siobhan Walsh.",
            ("Siobhan Walsh", "Pennine Mills"),
        ),
        (
            "Councillor Peter Marsh called, he's on Camden Council as well.",
            ("Peter Marsh", "Camden Council"),
        ),
        (
            "Priya Shah started today. Her swimming club, Stockport Metro, trains early.",
            ("Priya Shah", "Stockport Metro"),
        ),
        (
            "Imam Yusuf from the Levenshulme mosque, er, the Madina Mosque, came in.",
            ("Yusuf", "Madina Mosque"),
        ),
    ],
)
def test_links_said_in_apposition_or_another_clause(
    extractor: SpacyExtractor, text: str, pair: tuple[str, str]
) -> None:
    assert pair in links(extract(extractor, text))


def test_a_name_corrected_on_the_spot_keeps_only_the_correction(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Spoke to Siobhan Gallagher, no, sorry, Siobhan Gallacher with a C.")
    assert names(ex, "person") == {"Siobhan Gallacher"}


@pytest.mark.parametrize(
    "text",
    [
        "Went to the food bank first thing, sorry, it was the clothes bank, on Tuesday.",
        "met a bloke called gareth quarrie who was a fitter at the old kelby transport no it "
        "was the bus garage anyway he wants photos",
    ],
)
def test_an_organisation_taken_back_on_the_spot_is_dropped(
    extractor: SpacyExtractor, text: str
) -> None:
    assert names(extract(extractor, text), "org") == set()


def test_no_answer_or_a_closed_door_takes_back_no_organisation(
    extractor: SpacyExtractor,
) -> None:
    ex = extract(extractor, "Rang Kelby Council, no, it was engaged, so I'll try Monday.")
    assert names(ex, "org") == {"Kelby Council"}


def test_a_listed_town_is_never_an_organisation_it_begins(extractor: SpacyExtractor) -> None:
    known = (Term("Stockport NHS Foundation Trust", "org"),)
    ex = extract(extractor, "The assessment is in Stockport on the fifth.", vocabulary=known)
    assert names(ex, "org") == set()


def test_a_surname_alone_is_the_one_known_person_with_it(extractor: SpacyExtractor) -> None:
    known = (Term("Tomasz Kowalski", "person"),)
    ex = extract(extractor, "Kowalski said the van is booked.", vocabulary=known)
    assert names(ex, "person") == {"Tomasz Kowalski"}


@pytest.mark.parametrize(
    ("text", "due", "person"),
    [
        (
            "Saw Imam Yusuf about the Eid lunch on the fifth of December. "
            "He'd like the flyers a week before.",
            dt.date(2026, 11, 28),
            "Yusuf",
        ),
        ("Tunde's expecting the invoice by the end of the month.", dt.date(2026, 11, 30), "Tunde"),
        (
            "Ngozi would like the minutes before the AGM. The AGM is on the third.",
            dt.date(2026, 12, 3),
            "Ngozi",
        ),
    ],
)
def test_wants_said_as_would_like_with_a_deadline_counted_back(
    extractor: SpacyExtractor, text: str, due: dt.date, person: str
) -> None:
    ex = extract(extractor, text)
    assert [(f.due, f.person) for f in ex.followups] == [(due, person)]


def test_they_like_it_is_no_want(extractor: SpacyExtractor) -> None:
    assert extract(extractor, "The kids like the new rota by the look of it.").followups == ()


def test_a_known_organisation_said_short_is_that_organisation(extractor: SpacyExtractor) -> None:
    known = (Term("Northern Catering Repairs", "org"),)
    ex = extract(
        extractor, "Paid the Northern Catering invoice, two hundred pounds.", vocabulary=known
    )
    assert names(ex, "org") == {"Northern Catering Repairs"}


def test_a_first_name_recalled_after_a_title_is_the_same_person(extractor: SpacyExtractor) -> None:
    ex = extract(
        extractor, "Mr Oyelaran, the business manager at Crowcroft, er, Tunde, sent the figures."
    )
    assert names(ex, "person") == {"Tunde Oyelaran"}


def test_a_surname_cut_short_is_the_known_person(extractor: SpacyExtractor) -> None:
    known = (Term("Dwayne Fletcher", "person"),)
    ex = extract(extractor, "Tell Fletch yes to the kits.", vocabulary=known)
    assert names(ex, "person") == {"Dwayne Fletcher"}
    assert names(extract(extractor, "Tell Fletch yes to the kits."), "person") == {"Fletch"}


@pytest.mark.parametrize(
    "text",
    [
        "Pick up Bread and Milk on the way home.",
        "Grab some Eggs and Flour for the cake.",
        "Get some Sugar and Butter for the crumble.",
        "Need Salt and Vinegar for the chips.",
        "Spoke to the Head about the results.",
        "The budget for Q3 is tight, VAT return due.",
    ],
)
def test_capitalised_common_words_name_nobody(extractor: SpacyExtractor, text: str) -> None:
    ex = extract(extractor, text)
    assert names(ex, "person") == names(ex, "org") == set()


@pytest.mark.parametrize(
    "text",
    ["Rang Salt and Stone about the worktop.", "I'm to ask Hobnail and Hearth if they can do it."],
)
def test_ordinary_words_joined_and_dealt_with_are_a_firm(
    extractor: SpacyExtractor, text: str
) -> None:
    # Rung or asked, "Salt and Stone" is a firm however ordinary its words.
    assert len(names(extract(extractor, text), "org")) == 1


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("spoke to sam fenn from notting hill genesis about the repair.", "Sam Fenn"),
        ("rang kate voskuijlen from the council about the bins.", "Kate Voskuijlen"),
        ("had a chat with omar haddadi from mencap about the grant.", "Omar Haddadi"),
    ],
)
def test_a_lower_case_surname_after_a_first_name_is_theirs(
    extractor: SpacyExtractor, text: str, person: str
) -> None:
    assert person in names(extract(extractor, text), "person")


def test_hospitals_by_their_short_names(extractor: SpacyExtractor) -> None:
    ex = extract(extractor, "Dad is in the Whittington again. His scan is at UCLH.")
    assert names(ex, "org") == {"Whittington", "UCLH"}
    assert names(ex, "person") == set()
