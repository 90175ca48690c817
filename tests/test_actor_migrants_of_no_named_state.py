"""People defined by having come from another state take no home country unless the text
names the state they left."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes

DATELINE = "CHICAGO (AP) - "


@pytest.mark.parametrize("group", ["immigrants", "undocumented migrants", "refugees"])
def test_a_bare_group_of_newcomers_has_no_country(group: str) -> None:
    text = f"{DATELINE}The mayor praised {group} at a rally on Tuesday."
    assert actor_codes(text, group) == (None, "CVL")


def test_a_group_of_newcomers_named_with_a_demonym_is_of_that_state() -> None:
    text = f"{DATELINE}The mayor praised Haitian refugees at a rally on Tuesday."
    assert actor_codes(text, "Haitian refugees") == ("HTI", "CVL")


def test_a_group_of_residents_stays_at_home() -> None:
    text = f"{DATELINE}The mayor praised voters at a rally on Tuesday."
    assert actor_codes(text, "voters") == ("USA", "CVL")
