"""A state institution after a country word is that state's, with the institution's sector:
"the Chilean central bank" (GOV), "Norway's coast guard" (MIL), "the Jordanian intelligence
service" (SPY), "the Tunisian presidency" (GOV), "the Malian national assembly" (LEG), not the
bare country."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("The Chilean central bank cut its main rate.", "central bank", ("CHL", "GOV")),
        ("Norway's coast guard boarded the trawler.", "coast guard", ("NOR", "MIL")),
        (
            "The Jordanian intelligence service arrested a cell.",
            "intelligence service",
            ("JOR", "SPY"),
        ),
        ("The Tunisian presidency denied the report.", "presidency", ("TUN", "GOV")),
        ("The Malian national assembly rejected the accord.", "national assembly", ("MLI", "LEG")),
        ("The Omani judiciary rejected the appeal.", "judiciary", ("OMN", "JUD")),
    ],
)
def test_an_institution_after_a_country_is_the_states(
    text: str, words: str, expected: tuple[str, str]
) -> None:
    (result,) = run_texts(text, date="2014-09-10")
    actors = {a.id: a for a in result.actors}
    mention = next(m for m in result.mentions if m.evidence.text.endswith(words))
    actor = actors[mention.actor_id]
    assert (actor.country and actor.country.value, actor.sector and actor.sector.value) == expected
