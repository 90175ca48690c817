"""Force words told of a contest or of an act are no blows: sides "fighting it out" in a
sentence of no violence are in a race, whatever its prize is called; fighting the release of a
document opposes an act, even where the document is about police or shootings. Sides fighting
it out with violence told, and fighting a party, stay attacks."""

from __future__ import annotations

import pytest

from .conftest import typed_triggers


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ann Pike and Senator Luis Ortega are fighting it out for the top spot in Ohio.",
        "The two senators will battle it out in the spring for second place in Nevada.",
        "The sheriff said he would no longer fight the release of the police shooting tapes.",
        "The senator vowed to fight the release of the army's records on the raid.",
    ],
)
def test_force_told_of_a_contest_or_an_act_is_no_assault(text: str) -> None:
    fights = [
        type_ for type_, trigger in typed_triggers(text) if trigger.startswith(("fight", "battle"))
    ]
    assert "ASSAULT" not in fights


@pytest.mark.parametrize(
    "text",
    [
        "Army units and militia fighters fought it out in the streets of the port, leaving"
        " dozens dead.",
        "Soldiers fought the rebels near the border town on Monday, killing twelve.",
    ],
)
def test_violent_fighting_stays_an_assault(text: str) -> None:
    assert "ASSAULT" in [type_ for type_, _ in typed_triggers(text)]
