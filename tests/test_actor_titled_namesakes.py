"""A person titled with another state's office is not the table's namesake."""

from __future__ import annotations

from tests.conftest import run_texts


def _person(text: str) -> tuple[str | None, str]:
    (result,) = run_texts(text, date="1995-06-01")
    (person,) = [a for a in result.actors if a.type == "person"]
    return (person.country.value if person.country else None), person.name


def test_a_surname_titled_with_another_office_and_state_is_someone_else() -> None:
    assert _person("Jordanian Prime Minister Hussein urged Iraq to withdraw.")[0] == "JOR"
    assert _person("Jordan's King Hussein urged Iraq to withdraw.")[0] == "JOR"
    assert _person("Iraqi President Hussein urged Kuwait to withdraw.")[0] == "IRQ"
    assert _person("President Hussein urged Kuwait to withdraw.")[0] == "IRQ", "the table's"


def test_a_demonym_before_a_title_inside_a_name_is_the_persons_country() -> None:
    assert _person("Jordanian King Talal urged Iraq to withdraw.") == ("JOR", "Talal")
