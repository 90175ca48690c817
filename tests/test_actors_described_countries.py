"""A person's description names their country, which beats the article's home default:
a country owning their title or group, the party they work with, the leader they served."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_actors_context import actor, codes

MIXED_STORY = (
    "WASHINGTON (AP) - Senator John Harlan and Governor Mary Collins met on Monday. "
    "President Evo Morales of Bolivia addressed the meeting. "
    "Chile's top negotiator, Ana Rojas, rejected the offer. "
    "Jorge Quispe, a former trade minister under Mr. Morales, criticized the plan. "
    "Luis Mamani, a strategist with Mr. Morales's party, praised the deal. "
    "Mr. Morales's cousin, Pedro Flores, runs a store in Ohio."
)


def test_a_description_gives_a_foreigner_their_country() -> None:
    (result,) = run_texts(MIXED_STORY, date="2010-05-02")
    found = [codes(actor(result, n))[0] for n in ("Ana Rojas", "Jorge Quispe", "Luis Mamani")]
    assert found == ["CHL", "BOL", "BOL"]


def test_kin_of_a_foreigner_keep_the_home_default() -> None:
    (result,) = run_texts(MIXED_STORY, date="2010-05-02")
    assert codes(actor(result, "Pedro Flores"))[0] == "USA"
