"""A story that opens on a person described by nationality and names them a sentence later
("The Chilean activist who ... was arrested ... Carlos Mendoza, 45, said ...") gives the name the
demonym's country, not the article's home default."""

from __future__ import annotations

from tests.conftest import run_texts

LEDE = (
    "Activist held after protest at embassy.\n\n"
    "The Chilean activist who led a march on the embassy last week was arrested on Sunday, "
    "police in Washington said.\n\n"
    "In a statement, Carlos Mendoza, 45, said he would fight the charges.\n\n"
    "Mendoza accused the police of abuse on Monday."
)


def _countries(text: str) -> dict[str, str | None]:
    (result,) = run_texts(text, date="2016-03-07")
    return {
        a.name: a.country.value if a.country else None for a in result.actors if a.type == "person"
    }


def test_the_person_named_after_a_lede_takes_its_demonym() -> None:
    assert _countries(LEDE)["Carlos Mendoza"] == "CHL"


def test_a_person_named_before_the_lede_keeps_their_own_country() -> None:
    text = "Carlos Mendoza held after protest.\n\n" + LEDE.split("\n\n", 1)[1]
    assert _countries(text)["Carlos Mendoza"] != "CHL"
