"""A town named before an act noun is where the act happened, never a side of it."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def test_a_town_before_a_bombing_is_not_the_bomber() -> None:
    (r,) = run_texts("The Nairobi bombing killed 213 people and wounded thousands.")
    killed = event_at(r, "killed")
    assert killed.actors == []
    assert all(p.country != "KEN" for e in r.events for p in e.actors)


def test_a_capital_before_talks_is_not_a_party_to_them() -> None:
    (r,) = run_texts(
        "The Oslo talks broke down on Sunday, and the rebels attacked two towns in the north."
    )
    assert all(p.country != "NOR" for e in r.events for p in e.actors + e.recipients)


def test_a_country_before_an_attack_noun_stays_its_doer() -> None:
    (r,) = run_texts("Russian air strikes hit rebel positions near Aleppo on Monday.")
    assert [p.country for p in event_at(r, "air strikes").actors] == ["RUS"]


def test_a_person_named_before_an_endorsement_stays_its_giver() -> None:
    (r,) = run_texts(
        "Sarah Palin spoke in Iowa on Monday. Reporters asked Cruz about the Palin endorsement "
        "of Trump's candidacy."
    )
    assert [p.name for p in event_at(r, "endorsement").actors] == ["Sarah Palin"]


def test_a_known_body_the_tagger_reads_as_a_place_stays_the_doer() -> None:
    (r,) = run_texts(
        "Clinton emerged from the F.B.I. investigation into her email practices a wounded "
        "candidate."
    )
    assert [p.name for p in event_at(r, "investigation").actors] == ["F.B.I."]
