"""Armed forces as wire copy names them: "the minimum force necessary" is an amount of force,
not the air force told before; "a land, sea and air force" is one force of all three, not the
air force; "GIs" are soldiers."""

from __future__ import annotations

from tests.conftest import doer_names, target_names


def test_a_measured_force_is_no_body_told_before() -> None:
    text = (
        "The U.S. Air Force arrived in the gulf. The president told commanders to use the "
        "minimum force necessary against the ships."
    )
    assert target_names(text, "use") == []
    text = "The Nigerian air force arrived in the town. The force attacked rebel positions."
    assert doer_names(text, "attacked") == ["Nigerian air force"]  # "the force" alone does


def test_the_whole_body_is_the_body_told_before() -> None:
    """ "the full court", "the full committee": the whole of a body named before, no amount."""
    text = (
        "The Court of Appeals for the Ninth Circuit heard the state's case in May. "
        "The full court overturned the governor's order on Tuesday."
    )
    assert doer_names(text, "overturned") == ["Court of Appeals"]


def test_a_force_of_joined_branches_is_no_air_force() -> None:
    text = "A multinational land, sea and air force has assembled in the region since the invasion."
    assert doer_names(text, "assembled in") == []
    text = "The army, navy and air force were put on alert after the invasion of the island."
    assert "air force" in doer_names(text, "alert")  # branches listed as nouns are each one
    text = "The police and security forces arrested dozens of protesters."
    assert "security forces" in doer_names(text, "arrested")  # a group before names its own
    text = "A protest rally by the town's political and religious leaders on Sunday drew hundreds."
    assert doer_names(text, "rally") == ["religious leaders"]  # a plural head: each kind's people


def test_gis_are_soldiers() -> None:
    assert doer_names("GIs patrolled the streets of Mogadishu on Friday.", "patrolled") == ["GIs"]
