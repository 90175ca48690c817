"""A local body whose kind runs on through "of" ("the county board of supervisors") is one
mention, named whole, though the group lexicon's first phrase ("county board") stops short."""

from __future__ import annotations

from .conftest import run_texts


def _actors(text: str) -> dict[str, tuple[str | None, str | None]]:
    (result,) = run_texts(text, date="2016-05-02")
    return {
        a.name: (a.country.value if a.country else None, a.sector.value if a.sector else None)
        for a in result.actors
    }


def test_a_county_board_keeps_its_members_in_its_name() -> None:
    text = (
        "RICHMOND, Va. (AP) - The county board of supervisors rejected the developer's plan "
        "for a new stadium on Tuesday."
    )
    actors = _actors(text)
    assert "The county board of supervisors" in actors
    assert actors["The county board of supervisors"][1] == "GOV"
    assert "The county board" not in actors


def test_a_county_board_of_education_runs_schools() -> None:
    actors = _actors("The county board of education criticized the mayor over the cuts.")
    assert actors.get("The county board of education", (None, None))[1] == "EDU"
