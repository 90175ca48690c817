"""A federal unit that takes a legal or political act ("Oregon sued the Commerce Department",
"Iowa and Kansas filed a lawsuit") acts through its government (its country, GOV), and a
group of "states" that lists such units too; joining another's lawsuit backs it (SUPPORT).
A unit named as the place of something stays a place. Party members "in Congress" are
legislators."""

from __future__ import annotations

from .conftest import run_texts


def _result(text: str):
    (result,) = run_texts(text, date="2013-09-12")
    return result


def _codes(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {
        a.name: (a.country.value if a.country else None, a.sector.value if a.sector else None)
        for a in _result(text).actors
    }


def test_a_state_that_sues_is_the_source_of_the_lawsuit() -> None:
    result = _result("Oregon sued the Commerce Department over the fishing quotas.")
    (event,) = result.events
    assert [a.name for a in event.actors] == ["Oregon"]
    assert _codes("Oregon sued the Commerce Department over the fishing quotas.")["Oregon"] == (
        "USA",
        "GOV",
    )


def test_coordinated_states_both_act() -> None:
    codes = _codes("Iowa and Kansas filed a lawsuit against the Agriculture Department.")
    assert codes["Iowa"] == codes["Kansas"] == ("USA", "GOV")


def test_a_group_of_listed_states_joining_a_lawsuit_supports_it() -> None:
    result = _result(
        "Nevada sued the Energy Department on Monday. Nine other states, including Idaho "
        "and Montana, joined the suit."
    )
    joined = next(e for e in result.events if e.trigger.text == "joined")
    assert joined.type == "SUPPORT"
    assert [a.name for a in joined.actors] == ["Nine other states"]


def test_a_state_as_a_place_is_no_actor() -> None:
    names = set(_codes("Storms hit Oklahoma on Friday, and the governor asked for federal aid."))
    assert "Oklahoma" not in names


def test_party_members_in_a_chamber_are_legislators() -> None:
    codes = _codes("Republicans in Congress accused the Treasury of hiding the figures.")
    assert codes["Republicans in Congress"] == ("USA", "LEG")
