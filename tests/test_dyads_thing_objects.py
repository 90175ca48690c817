"""A ban on an act or a seizure of things names no human target: the side stays empty instead of
taking the doers' own people, a guess kept for coercion of people, of where they live, and
for destruction of property."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def test_a_ban_on_gatherings_has_no_target() -> None:
    # a ban on a thing ("banned fireworks") is no event at all (test_event_thing_bans)
    (r,) = run_texts("Chilean police banned public gatherings at the stadium on Sunday.")
    assert event_at(r, "banned").recipients == []


def test_a_seizure_of_things_has_no_target() -> None:
    (r,) = run_texts("Peruvian soldiers seized rifles on Monday.")
    assert event_at(r, "seized").recipients == []


def test_a_raid_on_homes_still_hits_the_doers_own_people() -> None:
    (r,) = run_texts("Ghanaian police raided three houses on Friday.")
    assert countries_of(event_at(r, "raided").recipients) == {"GHA"}


def test_destroying_property_still_hits_the_doers_own_people() -> None:
    (r,) = run_texts("Somali rebels blew up a bridge on Friday.")
    assert countries_of(event_at(r, "blew up").recipients) == {"SOM"}
