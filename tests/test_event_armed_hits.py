"""A hit, pounding or hammering told with weapons, or by an armed doer at a place of war, is an
armed attack; the same verbs of a storm, an ad or a lawsuit are none."""

from __future__ import annotations

from tests.conftest import event_at, run_texts

WIRE = "GROZNY, Russia (AP) - "


def _types(text: str) -> list[str]:
    (r,) = run_texts(text, date="1995-03-01")
    return [e.type for e in r.events]


def test_a_compound_pounded_with_mortars_is_an_attack_on_its_owner() -> None:
    text = WIRE + "Chechen fighters pounded the mayor's compound with mortars on Friday."
    (r,) = run_texts(text, date="1995-03-01")
    event = event_at(r, "pounded")
    assert event.type == "ASSAULT"
    assert [p.sector for p in event.recipients] == ["GOV"]


def test_a_town_hit_with_rocket_fire_is_an_attack() -> None:
    assert "ASSAULT" in _types(WIRE + "Russian troops hit the town with rocket fire on Tuesday.")


def test_an_armed_doer_hitting_a_checkpoint_is_an_attack() -> None:
    assert "ASSAULT" in _types(WIRE + "Separatist guerrillas hit an army checkpoint overnight.")


def test_a_storm_hitting_a_town_is_no_attack() -> None:
    assert "ASSAULT" not in _types("A powerful storm hit the town on Tuesday, cutting power.")


def test_a_senator_hit_with_charges_is_no_attack() -> None:
    assert "ASSAULT" not in _types("The senator was hit with new charges on Tuesday.")


def test_a_rocket_hitting_a_market_is_an_attack() -> None:
    assert "ASSAULT" in _types(WIRE + "Two rockets hit a crowded market on Saturday.")


def test_a_government_convoy_hit_by_rebels_is_an_attack_on_the_government() -> None:
    text = WIRE + "Rebels hit a government convoy near the border on Monday."
    (r,) = run_texts(text, date="1995-03-01")
    assert [p.sector for p in event_at(r, "hit").recipients] == ["GOV"]


def test_a_convoy_targeted_with_a_roadside_bomb_is_an_attack() -> None:
    assert "ASSAULT" in _types(WIRE + "Insurgents targeted a supply convoy with a roadside bomb.")


def test_shells_slamming_into_a_town_are_an_attack() -> None:
    assert "ASSAULT" in _types(WIRE + "Artillery shells slammed into the town on Monday.")


def test_a_statue_sprayed_with_paint_is_no_attack() -> None:
    assert "ASSAULT" not in _types("Vandals sprayed the statue with paint on Monday.")


def test_artillery_pounding_a_town_is_an_attack() -> None:
    assert "ASSAULT" in _types(WIRE + "Federal artillery pounded the town of Shali overnight.")


def test_a_faction_s_gunners_are_its_soldiers() -> None:
    text = WIRE + "Russian gunners pounded the village with howitzers on Monday."
    (r,) = run_texts(text, date="1995-03-01")
    assert [(p.country, p.sector) for p in event_at(r, "pounded").actors] == [("RUS", "MIL")]
