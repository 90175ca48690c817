"""Forces named by a hyphened compound ("Saudi-led", "Iranian-backed") keep the whole compound
in their name; a force led by a state is that state's, one backed by it is not, and a
coalition's raid names no victims of the leader's own country."""

from __future__ import annotations

from .conftest import run_texts


def _actors(text: str) -> dict[str, str | None]:
    result = run_texts(text)[0]
    return {a.name: a.country.value if a.country else None for a in result.actors}


def test_led_force_is_the_leaders() -> None:
    actors = _actors("ADEN, Yemen (AP) -- Emirati-led forces shelled a rebel camp on Sunday.")
    assert actors.get("Emirati-led forces") == "ARE"


def test_backed_force_is_not_the_backers() -> None:
    actors = _actors("DAMASCUS, Syria (AP) -- Iranian-backed militias attacked a town on Friday.")
    assert "Iranian-backed militias" in actors
    assert actors["Iranian-backed militias"] != "IRN"


def test_coalition_raid_hits_no_people_of_the_leader() -> None:
    result = run_texts("ADEN, Yemen (AP) -- Emirati-led forces bombed a port on Sunday.")[0]
    targets = [p.country for e in result.events for p in e.recipients]
    assert "ARE" not in targets


def test_force_commanded_by_a_state_hits_no_people_of_that_state() -> None:
    result = run_texts(
        "BANGUI, Central African Republic (AP) -- Chadian-commanded troops raided a market."
    )[0]
    forces = {a.name: a.country.value if a.country else None for a in result.actors}
    assert forces.get("Chadian-commanded troops") == "TCD"
    targets = [p.country for e in result.events for p in e.recipients]
    assert "TCD" not in targets
