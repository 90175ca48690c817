"""Names NER finds that an analyst would not list as actors of their own: a lone given name
that the story then gives in full is that person, a capitalised adjective opening a sentence
is no organisation, and market forces are no armed forces."""

from __future__ import annotations

from .conftest import run_texts


def _actors(text: str) -> set[tuple[str, str]]:
    (result,) = run_texts(text, date="2016-05-02")
    return {(a.name, a.type.value) for a in result.actors}


def test_a_given_name_is_the_person_the_story_names_in_full_after_it() -> None:
    actors = _actors(
        "Reporters asked about Margaret. "
        "Margaret Ellison, the senator's chief of staff, resigned on Friday."
    )
    assert ("Margaret Ellison", "person") in actors
    assert ("Margaret", "person") not in actors


def test_a_given_name_two_people_bear_names_neither() -> None:
    actors = _actors(
        "Reporters asked about Margaret. "
        "Margaret Ellison and Margaret Hu, both aides to the senator, resigned on Friday."
    )
    assert {("Margaret Ellison", "person"), ("Margaret Hu", "person")} <= actors


def test_an_adjective_opening_a_sentence_is_no_organisation() -> None:
    actors = _actors(
        "Harsh words flew on Monday. Harsh criticism came from the union, which accused "
        "Mayor Tom Reilly of lying."
    )
    assert not any(name == "Harsh" for name, _ in actors)
    assert ("Tom Reilly", "person") in actors


def test_a_sentence_adverb_is_no_person() -> None:
    actors = _actors(
        "Tuition climbs again.\n\nNationally, the average student owes $30,000, Mark Kantrowitz "
        "said. Typically, borrowers repay in ten years, he said."
    )
    assert not any(name in {"Nationally", "Typically"} for name, _ in actors)
    assert ("Mark Kantrowitz", "person") in actors


def test_a_party_word_opening_a_sentence_stays_a_body() -> None:
    actors = _actors("Republicans in the state senate blocked the bill on Monday.")
    assert any(name == "Republicans" for name, _ in actors)


def test_market_forces_are_no_armed_forces() -> None:
    actors = _actors(
        "Coal plants are closing because market forces favour cheap gas, Governor Ann Pike said."
    )
    assert not any(name.endswith("forces") for name, _ in actors)


def test_forces_in_a_story_of_fighting_stay_armed_forces() -> None:
    (result,) = run_texts(
        "Government troops shelled the town on Monday. Allied forces attacked the rebels.",
        date="2016-05-02",
    )
    assert any(a.sector and a.sector.value == "MIL" for a in result.actors)
