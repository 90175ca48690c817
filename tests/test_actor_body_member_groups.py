"""Groups named as members of a body after a country word: "Chilean navy units" are the navy's
(MIL), "Ghanaian university lecturers" the university's (EDU), a hyphened modifier reads as one
word ("Dutch counter-terrorism police"), staff take the sector of the body that employs them
("a Latvian police officer" COP, "Chadian court officials" JUD), and an act the body's noun
modifies stays an act ("Russian army drills" names Russia, no group)."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


def codes(text: str, words: str) -> tuple[str | None, str | None]:
    """Country and sector of the actor whose mention ends with `words`."""
    (result,) = run_texts(text, date="2015-04-02")
    actors = {a.id: a for a in result.actors}
    mention = next(m for m in result.mentions if m.evidence.text.endswith(words))
    actor = actors[mention.actor_id]
    return actor.country and actor.country.value, actor.sector and actor.sector.value


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Chilean navy units blocked the harbour at dawn.", "units", ("CHL", "MIL")),
        ("Ghanaian university lecturers went on strike on Monday.", "lecturers", ("GHA", "EDU")),
        ("Dutch counter-terrorism police arrested two men in Utrecht.", "police", ("NLD", "COP")),
        ("Senegalese opposition lawmakers walked out of the chamber.", "lawmakers", ("SEN", "LEG")),
        ("Algerian war veterans marched on the ministry.", "veterans", ("DZA", "CVL")),
        ("Malian gendarmes detained the convoy's drivers.", "gendarmes", ("MLI", "COP")),
        ("Croatian military police detained the deserters.", "police", ("HRV", "MIL")),
        ("Jordan expelled the Syrian charge d'affaires on Sunday.", "affaires", ("SYR", "GOV")),
        ("A Latvian police officer shot the gunman.", "officer", ("LVA", "COP")),
        ("Chadian court officials rejected the appeal.", "officials", ("TCD", "JUD")),
    ],
)
def test_members_of_a_body_take_its_sector(
    text: str, words: str, expected: tuple[str | None, str | None]
) -> None:
    assert codes(text, words) == expected


def test_an_act_of_the_body_is_no_group() -> None:
    (result,) = run_texts("Belarusian army drills alarmed Lithuania.", date="2015-04-02")
    assert not any("drills" in a.name for a in result.actors)
