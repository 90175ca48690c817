"""Two arguments of one verb are two actors, even groups of one country and sector: the
subject and object of "accused", "met" keep their own sides."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def test_a_groups_object_of_the_same_country_and_sector_stays_its_target() -> None:
    (r,) = run_texts("Catalan leaders accused the Spanish government of stealing the vote.")
    event = event_at(r, "accused")
    assert [p.name for p in event.actors] == ["Catalan leaders"]
    assert [p.name for p in event.recipients] == ["Spanish government"]


def test_the_split_group_is_found_again_by_its_own_words() -> None:
    (r,) = run_texts(
        "Catalan leaders accused the Spanish government of stealing the vote.\n\n"
        "The Spanish government denied the charge on Tuesday."
    )
    assert [p.name for p in event_at(r, "denied").actors] == ["Spanish government"]


def test_same_coded_groups_in_different_clauses_still_merge() -> None:
    (r,) = run_texts("Russian troops shelled the town. Russian soldiers later withdrew.")
    assert [a.name for a in r.actors if a.country and a.country.value == "RUS"] == [
        "Russian troops"
    ]
