"""One body named by its kind with an indefinite article ("a civil rights group sued") is an
actor of the kind's sector when it acts or is a side; a kind phrase that only describes a
body named already ("X is a rights group", "X, a rights group,") adds no actor."""

from __future__ import annotations

import pytest

from tests.conftest import actor_sector, run_texts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A civil rights group sued the county over the new maps.", "civil rights group"),
        ("An advocacy group praised the governor's budget.", "advocacy group"),
        ("The county was sued by a human rights group on Friday.", "human rights group"),
        ("The mayor drew sharp criticism from an advocacy group.", "advocacy group"),
    ],
)
def test_an_acting_body_named_by_its_kind_is_an_actor(text: str, name: str) -> None:
    assert actor_sector(text, name) == "NGO"


@pytest.mark.parametrize(
    "text",
    [
        "Open Streets Alliance is an advocacy group based in Ohio.",
        "Open Streets Alliance, an advocacy group, sued the county.",
    ],
)
def test_a_kind_that_describes_a_named_body_adds_no_actor(text: str) -> None:
    (result,) = run_texts(text)
    assert not any("group" in actor.name for actor in result.actors)
