"""A pronoun inside a relative clause whose subject is "who" or "that" stands for the noun the
clause modifies: "delegates who have said they back Ortiz" are the ones who back him."""

from __future__ import annotations

from tests.conftest import trigger_sides


def test_they_below_a_relative_who_is_the_modified_noun() -> None:
    text = (
        "The governor must now win over the party delegates who have already said they "
        "support Senator Maria Ortiz."
    )
    sides = trigger_sides(text, "SUPPORT")
    assert any("delegates" in " ".join(sources) for _, sources, _ in sides)


def test_their_below_a_relative_that_is_the_modified_noun() -> None:
    text = "Two unions that announced their support for Senator Maria Ortiz held a rally on Monday."
    sides = trigger_sides(text, "SUPPORT")
    assert any("unions" in " ".join(sources) for _, sources, _ in sides)
