"""Known firms as pages write them: with a typeset apostrophe ("McDonald’s") where the
tables write a straight one, and by the short names readers use ("Apple", "JP Morgan Chase")."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The union picketed Walmart, McDonald’s and two banks in Ohio.", "McDonald’s"),
        ("Lenders such as JP Morgan Chase and UBS declined to comment.", "JP Morgan Chase"),
        ("Apple refused to unlock the phone for investigators on Tuesday.", "Apple"),
    ],
)
def test_a_known_firm_written_as_pages_write_it_is_a_business(text: str, name: str) -> None:
    assert actor_codes(text, name) == ("USA", "BUS")
