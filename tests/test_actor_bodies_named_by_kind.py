"""Bodies a text names by their kind alone, singular: "the appeals court", "a federal district
court", "the county's police department", "the state elections board", "the ruling coalition"
are actors with their sector (the home state's institutions, as "the police" is), so an event
they take part in has a side."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


@pytest.mark.parametrize(
    ("text", "words", "sector"),
    [
        ("The appeals court struck down the zoning rule on Friday.", "appeals court", "JUD"),
        ("A federal district court halted the deportations.", "district court", "JUD"),
        ("The county's police department arrested four men.", "police department", "COP"),
        ("The state elections board rejected the petition.", "elections board", "GOV"),
        ("The ruling coalition expelled the junior partner.", "ruling coalition", "PTY"),
        ("The electoral council rejected the complaint.", "electoral council", "GOV"),
        ("The town council condemned the new toll road.", "town council", "LEG"),
        ("The state senate rejected the budget deal.", "state senate", "LEG"),
        ("The school board sued the state over its funding.", "school board", "EDU"),
        ("The county commission sued the chemical plant.", "county commission", "GOV"),
        ("The board of supervisors denounced the sheriff.", "board of supervisors", "GOV"),
    ],
)
def test_a_body_named_by_its_kind_is_an_actor(text: str, words: str, sector: str) -> None:
    (result,) = run_texts(text, date="2016-05-02")
    actors = {a.id: a for a in result.actors}
    mention = next(m for m in result.mentions if m.evidence.text.endswith(words))
    actor = actors[mention.actor_id]
    assert actor.sector is not None and actor.sector.value == sector
    assert any(p.actor_id == actor.id for e in result.events for p in e.actors)


def test_a_local_body_named_by_its_kind_is_the_home_state_s() -> None:
    """A wire's dateline says whose council and school board the story's bare ones are."""
    text = (
        "DENVER (AP) - Mayor Ann Porter faced a revolt on Monday. The city council "
        "condemned her budget, and the school board rejected her plan for the schools."
    )
    (result,) = run_texts(text, date="2016-05-02")
    actors = {a.id: a for a in result.actors}
    for words in ("city council", "school board"):
        mention = next(m for m in result.mentions if m.evidence.text.endswith(words))
        country = actors[mention.actor_id].country
        assert country is not None and country.value == "USA"
