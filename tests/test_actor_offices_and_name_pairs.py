"""A named person's office that acts is a body working where the person works ("Lee's office
said"); the same noun as a place is no actor. Two surnames joined by a hyphen ("the Kerry-Lavrov
talks") are two people the story names, not one person with a double name."""

from __future__ import annotations

from .conftest import run_texts


def _actors(text: str) -> dict[str, tuple[str | None, str | None]]:
    (result,) = run_texts(text, date="2015-06-02")
    return {
        a.name: (a.country.value if a.country else None, a.sector.value if a.sector else None)
        for a in result.actors
    }


def test_an_office_that_acts_is_the_persons_body() -> None:
    actors = _actors(
        "Senator Maria Lopez of Ohio met the governor. Lopez's office denied the report."
    )
    assert actors["Lopez's office"][1] == actors["Maria Lopez"][1] == "LEG"


def test_an_office_as_a_place_is_no_actor() -> None:
    actors = _actors("Senator Maria Lopez of Ohio spoke. Reporters gathered at Lopez's office.")
    assert not any("office" in name for name in actors)


def test_two_surnames_joined_by_a_hyphen_are_two_people() -> None:
    actors = _actors(
        "Secretary of State John Kerry met Sergei Lavrov in Geneva. Critics mocked the "
        "Kerry-Lavrov plan."
    )
    assert "Kerry-Lavrov" not in actors
    assert {"John Kerry", "Sergei Lavrov"} <= set(actors)


def test_a_hyphenated_surname_stays_one_person() -> None:
    actors = _actors("Representative Anna Marsh-Ellery criticized the budget.")
    assert "Anna Marsh-Ellery" in actors


def test_a_title_that_is_part_of_a_known_name_is_in_the_mention() -> None:
    (result,) = run_texts(
        "The prime minister will meet King Philippe in Brussels.", date="2019-05-01"
    )
    assert "King Philippe" in {m.evidence.text for m in result.mentions}


def test_the_title_of_a_known_titled_name_still_links_back() -> None:
    (result,) = run_texts(
        "The senator is not expected to meet Pope Francis. The pope praised the plan.",
        date="2016-05-01",
    )
    owner = {m.evidence.text: m.actor_id for m in result.mentions}
    assert owner["The pope"] == owner["Pope Francis"]


def test_a_sentence_opening_title_is_no_first_name() -> None:
    """ "The Pope's trip to Chile": the title opening a sentence names the office's holder
    (not someone whose first name is "The"), so he keeps his own country, not the host's."""
    (result,) = run_texts(
        "SANTIAGO, Chile -- The Pope's trip to Chile opened on Monday with a mass.",
        date="1987-04-02",
    )
    pope = next(a for a in result.actors if "pope" in a.name.lower())
    assert pope.country is not None
    assert pope.country.value == "VAT"


def test_a_title_the_table_does_not_list_stays_out_of_the_name() -> None:
    (result,) = run_texts("Senator Maria Lopez will meet the mayor.", date="2019-05-01")
    texts = {m.evidence.text for m in result.mentions}
    assert "Maria Lopez" in texts
    assert "Senator Maria Lopez" not in texts


def test_clinics_that_act_are_a_health_group() -> None:
    actors = _actors("Three clinics sued the state over the new rules.")
    assert actors["clinics"][1] == "HLH"


def test_hospitals_as_a_place_are_no_actor() -> None:
    actors = _actors("The wounded were treated in hospitals across the region.")
    assert not any("hospitals" in name for name in actors)


def test_an_office_inside_a_name_is_no_relation() -> None:
    actors = _actors("Senator Maria Lopez of Ohio said the Office of Rural Affairs had failed.")
    assert not any(name.endswith("'s office") for name in actors)
