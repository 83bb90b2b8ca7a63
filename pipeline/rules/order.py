"""The order the rule layers run in over spaCy's NER. Each layer may overwrite the labels
before it, so the order is the behaviour: it is kept here, in one place.
"""

from __future__ import annotations

from typing import Any

from .kinds import (
    _festivals_are_no_organisation,
    _fixtures,
    _gatherings_and_storms,
    _kind_only_names_take_their_own_word,
    _kinds_of_help,
    _named_for_their_kind,
    _national_bodies,
    _sections_and_year_groups,
    _towns_taken_for_someone,
)
from .matchers import _match_rules, _Rules
from .orgs import (
    _academy_of_a_place,
    _and_names,
    _branch_of_an_org,
    _called_after_its_kind,
    _centre_someone_is_from,
    _church_schools_said_whole,
    _councils_named_city_of,
    _firms_named_for_partners,
    _firms_taken_for_someone,
    _happenings_run_into_a_name,
    _honours_after_a_name,
    _initials_after_org,
    _joined_as,
    _knighted_names_one_is_at,
    _left_one_body_for_another,
    _lower_orgs_by_apposition,
    _medicines,
    _named_after_someone,
    _names_cut_at_a_joint,
    _names_cut_at_an_apostrophe,
    _names_ending_in_initials,
    _names_run_into_a_speaker,
    _names_run_into_other_words,
    _names_run_over_a_comma,
    _names_run_over_a_verb,
    _names_with_digits_inside,
    _not_organisations,
    _numbers_run_onto_names,
    _org_corrected_to_another_name,
    _org_named_after_its_kind,
    _org_named_for_two_places,
    _org_runs_back_over_its_area,
    _org_runs_into_a_department,
    _org_said_short_then_corrected,
    _orgs_after_people,
    _orgs_by_apposition,
    _orgs_someone_runs,
    _orgs_that_are_she_or_he,
    _place_and_charity,
    _places_that_are_asked,
    _schools_said_by_their_name,
    _services_joined_by_and,
    _someone_at_an_org,
    _someones_home_taken_for_a_firm,
    _title_case_names,
    _two_bodies_joined_by_and,
    _two_people_joined,
    _venues_staff_are_named_at,
    _ward_of_a_council,
    _where_staff_work,
)
from .orgs_lower import (
    _dedicated_churches,
    _departments_joined_by_and,
    _departments_of_a_named_org,
    _firms_named_for_their_owner,
    _listed_words_said_as_bodies,
    _lower_names_run_on_to_a_plural_kind,
    _lower_orgs_after_people,
    _lower_trading_names,
    _royals_said_short,
    _trading_names_given,
)
from .people import (
    _described_names,
    _double_first_names,
    _firms_named_for_a_family,
    _first_names_taken_for_a_town,
    _listed_with_people,
    _lone_guesses_are_people,
    _middle_initials,
    _names_of_a_kind_of_thing,
    _names_taken_for_dates,
    _names_the_ner_missed,
    _people_by_context,
    _people_by_what_they_do,
    _people_the_ner_mislabelled,
    _people_typed_as_orgs,
    _places_corrected,
    _places_listed_with_places,
    _places_named_like_people,
    _police_constables,
    _surnames_after_the_name,
    _titled_names,
    _titles_that_are_someone_at_somewhere,
    _unlabelled_people,
    _where_someone_is_from,
    _word_names_said_as_someone,
)
from .people_lower import _lower_names_taken_for_firms
from .places import (
    _buildings_named_for_someone,
    _places_said_short_then_whole,
    _pubs_named_for_someone,
    _pubs_named_the_someones,
    _roads_by_number,
    _towns_said_as_names,
    _venues_said_as_organisations,
)
from .possessions import _someones_things
from .things import (
    _apps_one_is_on,
    _characters_of_a_work_named,
    _characters_played_or_dressed_as,
    _common_things_in_capitals,
    _figures_of_scripture,
    _papers_read_or_bought,
    _pets,
    _things_bought,
    _things_bought_alone,
    _things_by_the_measure,
    _works_read_or_watched,
)
from .trade import _firms_asked_to_trade, _the_firm_that_gives


def _context_rules(doc: Any, rules: _Rules, *, spoken: bool = False) -> None:
    """Overwrite the NER where the words around a name say what it is. `spoken`: a
    transcript, where a capital letter is Whisper's guess and `evidence` weighs the NER's
    one-word guesses instead."""
    _names_run_into_other_words(doc)
    _names_run_over_a_verb(doc)
    _names_run_over_a_comma(doc)
    _names_run_into_a_speaker(doc)
    _someone_at_an_org(doc)
    _happenings_run_into_a_name(doc)
    _someones_things(doc)
    _titled_names(doc)
    _police_constables(doc)
    _firms_named_for_a_family(doc)
    if not spoken:
        _names_the_ner_missed(doc)
        _lone_guesses_are_people(doc)
    _titles_that_are_someone_at_somewhere(doc)
    _names_taken_for_dates(doc)
    _match_rules(doc, rules)
    _church_schools_said_whole(doc)
    _people_by_context(doc)
    _people_the_ner_mislabelled(doc)
    _double_first_names(doc)
    _described_names(doc)
    _places_named_like_people(doc)
    _where_someone_is_from(doc)
    _places_corrected(doc)
    _places_listed_with_places(doc)
    _unlabelled_people(doc)
    _first_names_taken_for_a_town(doc)
    _word_names_said_as_someone(doc)
    _listed_with_people(doc)
    _people_by_what_they_do(doc)
    _firms_taken_for_someone(doc)
    _surnames_after_the_name(doc)
    _two_people_joined(doc)
    _firms_named_for_partners(doc)
    _and_names(doc)
    _title_case_names(doc)
    _orgs_after_people(doc)
    _venues_staff_are_named_at(doc)
    _where_staff_work(doc)
    _lower_orgs_after_people(doc)
    _lower_trading_names(doc)
    _trading_names_given(doc)
    _listed_words_said_as_bodies(doc)
    _lower_names_taken_for_firms(doc)
    _joined_as(doc)
    _orgs_someone_runs(doc)
    _firms_asked_to_trade(doc)
    _the_firm_that_gives(doc)
    _orgs_by_apposition(doc)
    _lower_orgs_by_apposition(doc)
    _places_that_are_asked(doc)
    _place_and_charity(doc)
    _lower_names_run_on_to_a_plural_kind(doc)
    _royals_said_short(doc)
    _firms_named_for_their_owner(doc)
    _dedicated_churches(doc)
    _academy_of_a_place(doc)
    _org_said_short_then_corrected(doc)
    _org_corrected_to_another_name(doc)
    _not_organisations(doc)
    _org_runs_into_a_department(doc)
    _departments_of_a_named_org(doc)
    _departments_joined_by_and(doc)
    _org_runs_back_over_its_area(doc)
    _names_cut_at_a_joint(doc)
    _names_cut_at_an_apostrophe(doc)
    _org_named_for_two_places(doc)
    _roads_by_number(doc)
    _venues_said_as_organisations(doc)
    _towns_said_as_names(doc)
    _schools_said_by_their_name(doc)
    _names_with_digits_inside(doc)
    _numbers_run_onto_names(doc)
    _two_bodies_joined_by_and(doc)
    _left_one_body_for_another(doc)
    _services_joined_by_and(doc)
    _org_named_after_its_kind(doc)
    _people_typed_as_orgs(doc)
    _middle_initials(doc)
    _orgs_that_are_she_or_he(doc)
    _named_after_someone(doc)
    _knighted_names_one_is_at(doc)
    _someones_home_taken_for_a_firm(doc)
    _initials_after_org(doc)
    _names_ending_in_initials(doc)
    _honours_after_a_name(doc)
    _called_after_its_kind(doc)
    _branch_of_an_org(doc)
    _medicines(doc)
    _ward_of_a_council(doc)
    _councils_named_city_of(doc)
    _centre_someone_is_from(doc)
    _named_for_their_kind(doc)
    _kind_only_names_take_their_own_word(doc)
    _national_bodies(doc)
    _festivals_are_no_organisation(doc)
    _fixtures(doc)
    _towns_taken_for_someone(doc)
    _gatherings_and_storms(doc)
    _kinds_of_help(doc)
    _sections_and_year_groups(doc)
    _names_of_a_kind_of_thing(doc)
    _common_things_in_capitals(doc)
    _things_bought(doc)
    _things_bought_alone(doc)
    _apps_one_is_on(doc)
    _things_by_the_measure(doc)
    _papers_read_or_bought(doc)
    _pets(doc)
    _works_read_or_watched(doc)
    _figures_of_scripture(doc)
    _characters_played_or_dressed_as(doc)
    _characters_of_a_work_named(doc)
    _places_said_short_then_whole(doc)
    _pubs_named_for_someone(doc)
    _pubs_named_the_someones(doc)
    _buildings_named_for_someone(doc)
