"""Groups named by the text's own words: a code before an armed-group or bloc noun, a
hyphenated or quoted modifier kept in the group's name, a known body's agency named by common
nouns, and a headline verb that ends a title."""

from __future__ import annotations

from tests.conftest import actor_codes, run_texts


def _names(text: str) -> set[str]:
    (result,) = run_texts(text)
    return {a.name for a in result.actors}


def test_a_code_before_a_militia_noun_names_an_armed_group() -> None:
    text = "The K7 militia attacked an army base on Sunday."
    assert actor_codes(text, "K7 militia")[1] == "REB"


def test_a_hyphenated_code_before_commanders_names_an_armed_group() -> None:
    text = "Two ANC-W commanders were arrested by police on Friday."
    assert actor_codes(text, "ANC-W commanders")[1] == "REB"


def test_a_code_with_digits_before_bloc_names_a_bloc_of_states() -> None:
    text = "The G33 bloc rejected the proposal on farm subsidies."
    assert actor_codes(text, "G33 bloc") == (None, "IGO")


def test_a_plain_acronym_before_soldiers_is_not_made_an_armed_group() -> None:
    (result,) = run_texts("QRF soldiers patrolled the border on Monday.")
    assert all(a.sector is None or a.sector.value != "REB" for a in result.actors)


def test_a_hyphenated_modifier_stays_in_the_groups_name() -> None:
    text = "Police detained about 500 green-shirted protesters in the capital."
    assert "green-shirted protesters" in _names(text)


def test_a_quoted_modifier_stays_in_the_groups_name() -> None:
    text = 'The Spanish government blamed "ultra-nationalist" militants for the arson.'
    assert '"ultra-nationalist" militants' in _names(text)


def test_a_country_joined_by_a_hyphen_stays_its_own_actor() -> None:
    names = _names("Saudi-led forces bombed the port on Monday.")
    assert "Saudi Arabia" in names


def test_a_headline_role_word_before_a_verb_is_no_title_of_the_name_after() -> None:
    text = (
        "Judge Halts Carter Mining Rule\n\n"
        "A federal judge on Tuesday blocked a mining rule issued by Governor Tom Carter."
    )
    assert actor_codes(text, "Tom Carter")[1] == "GOV"


def test_a_known_bodys_agency_named_by_common_nouns_is_its_own_actor() -> None:
    text = "The U.N. food agency appealed for aid to Malawi on Monday."
    assert actor_codes(text, "U.N. food agency") == (None, "IGO")
    assert "United Nations" not in _names(text)


def test_a_known_body_before_a_capitalised_word_stays_the_body() -> None:
    assert "United Nations" in _names("The U.N. said Malawi needed food aid.")


def test_a_headline_role_word_before_a_verb_is_a_person_of_its_own() -> None:
    (result,) = run_texts(
        "Senator Slams Carter Mining Rule\n\n"
        "A Republican senator on Tuesday criticized a mining rule issued by Governor Tom Carter."
    )
    sectors = {a.name: a.sector.value if a.sector else None for a in result.actors}
    assert sectors.get("Senator") == "LEG"
    assert sectors.get("Tom Carter") == "GOV"
