"""A building an act is done to stands for the institution it houses, never for its town."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def _target(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    (r,) = run_texts(text)
    return [(p.country, p.sector) for p in event_at(r, trigger).recipients]


def test_an_attacked_police_station_is_the_police_of_its_town() -> None:
    text = "LAHORE, Pakistan (AP) - Armed men attacked a police station in Multan on Sunday."
    assert _target(text, "attacked") == [("PAK", "COP")]


def test_a_country_word_on_the_building_names_its_owner() -> None:
    text = "The suicide attack on a French army barracks in Beirut killed dozens of soldiers."
    assert ("FRA", "MIL") in _target(text, "attack")


def test_a_seized_radio_station_is_the_media() -> None:
    text = "MANILA, Philippines (AP) - Mutinous soldiers seized a radio station in Quezon City."
    assert _target(text, "seized") == [("PHL", "MED")]


def test_the_facility_name_keeps_its_words_as_evidence() -> None:
    (r,) = run_texts("Angry villagers torched a Hindu temple in Dhaka on Friday.")
    (target,) = event_at(r, "torched").recipients
    assert target.sector == "REL"
    assert target.mention.text == "Hindu temple"


def test_a_school_argued_over_is_no_actor() -> None:
    (r,) = run_texts("Neighbors opposed the new school, saying the school would bring traffic.")
    assert all(p.sector != "EDU" for e in r.events for p in [*e.actors, *e.recipients])


def test_a_building_hit_by_a_bombing_does_not_kill() -> None:
    text = "He fled after the bombing of a Denver clinic that killed a security guard."
    (r,) = run_texts(text)
    assert all(p.sector != "HLH" for e in r.events for p in e.actors)
