"""A passive removal from a post with no doer told ("was fired", "was suspended") was done by
the one the post belongs to: the owner of the post held "as", or of the title the removed
person is named with. With no owner told, or no post, the source stays empty."""

from __future__ import annotations

from functools import partial

import pytest

from .conftest import typed_sides

_sanctions = partial(typed_sides, type_="SANCTION")  # (trigger, sources, targets) each


@pytest.mark.parametrize(
    "text,employer,removed",
    [
        (
            "Marla Quint was dismissed on Tuesday as Ted Cruz's deputy campaign manager.",
            "Ted Cruz",
            "Marla Quint",
        ),
        ("NBC's correspondent Peter Vallance was suspended for a week.", "NBC", "Peter Vallance"),
        (
            "Peter Vallance, a correspondent for NBC, was fired after the broadcast.",
            "NBC",
            "Peter Vallance",
        ),
    ],
)
def test_the_owner_of_the_post_removes_its_holder(text: str, employer: str, removed: str) -> None:
    found = _sanctions(text)
    assert len(found) == 1
    (_, sources, targets) = found[0]
    assert any(employer in s for s in sources)
    assert any(removed in t for t in targets)


def test_a_removal_with_no_owner_of_the_post_names_no_source() -> None:
    (found,) = _sanctions("Treasurer Dale Whitcombe was fired on Thursday after the audit.")
    assert found[1] == []


def test_the_post_told_before_names_its_owner() -> None:
    (found,) = _sanctions(
        "Dana Kerr, a correspondent for NBC, covered the floods. Later Kerr was suspended."
    )
    assert any("NBC" in s for s in found[1])


def test_a_state_owning_the_post_is_no_remover() -> None:
    (found,) = _sanctions("Karl Obst was ousted as prime minister of Austria after the vote.")
    assert found[1] == []
