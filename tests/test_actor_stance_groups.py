"""People named by the side they take: a person's allies, loyalists and rivals (named or "his")
share the person's country and field; critics, opponents and backers are members of the
public; super PACs campaign."""

from __future__ import annotations

from tests.conftest import actor_codes, run_texts


def _codes(text: str, name: str) -> tuple[str | None, str | None]:
    return actor_codes(text, name, "2016-02-08")


def test_allies_of_a_candidate_are_in_politics_with_him() -> None:
    text = "Senator Ted Cruz campaigned in Iowa. Cruz's allies praised the ruling on Monday."
    assert _codes(text, "Cruz's allies") == ("USA", "PTY")


def test_rivals_of_a_mayor_share_her_field() -> None:
    text = (
        "Ana Restrepo, the Colombian mayor of Medellin, spoke on Monday. Restrepo's rivals "
        "attacked her record on taxes."
    )
    assert _codes(text, "Restrepo's rivals") == ("COL", "GOV")


def test_critics_are_the_public() -> None:
    (result,) = run_texts("Critics of the plan accused the mayor of lying.", date="2016-02-08")
    event = next(e for e in result.events if e.type == "ACCUSE")
    sources = {a.id: a for a in result.actors}
    assert [sources[p.actor_id].sector.value for p in event.actors] == ["CVL"]


def test_super_pacs_are_a_campaign_group() -> None:
    (result,) = run_texts("The super PACs attacked Jeb Bush in new ads.", date="2016-02-08")
    actor = next(a for a in result.actors if a.name.lower().endswith("super pacs"))
    assert actor.sector is not None and actor.sector.value == "PTY"


def test_hostage_takers_are_an_armed_group() -> None:
    (result,) = run_texts("Hostage-takers released two nurses in Mindanao.", date="1998-03-01")
    actor = next(a for a in result.actors if a.name == "Hostage-takers")
    assert actor.sector is not None and actor.sector.value == "REB"


def test_rivals_owned_by_a_pronoun_take_the_persons_codes() -> None:
    text = (
        "WASHINGTON (AP) -- Senator Paul Redding spoke on Monday. Redding was criticized by "
        "some of his rivals for skipping the debate."
    )
    (result,) = run_texts(text, date="2016-02-08")
    actor = next(a for a in result.actors if a.name == "his rivals")
    assert actor.country is not None and actor.country.value == "USA"
    assert actor.sector is not None and actor.sector.value == "LEG"


def test_backers_of_a_candidate_are_the_public() -> None:
    text = "WASHINGTON (AP) -- Senator Paul Redding said his backers marched in Denver."
    (result,) = run_texts(text, date="2016-02-08")
    actor = next(a for a in result.actors if a.name.endswith("backers"))
    assert actor.sector is not None and actor.sector.value == "CVL"


def test_a_capitalised_plural_after_a_dateline_is_a_group() -> None:
    text = "QUITO, Ecuador (AP) -- Protesters attacked the embassy on Monday."
    (result,) = run_texts(text, date="2016-02-08")
    storm = next(e for e in result.events if e.trigger.text == "attacked")
    actors = {a.id: a for a in result.actors}
    assert [actors[p.actor_id].sector.value for p in storm.actors] == ["CVL"]
