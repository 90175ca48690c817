"""People the text names only by what they are: a counted group keeps its spelt-out count
whole, so its name is the group's noun and not a piece of the number."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thirty-two miners were trapped after the blast, officials said.", "miners"),
        ("Police detained sixty-four protesters near the ministry on Monday.", "protesters"),
    ],
)
def test_a_spelt_out_count_stays_whole_in_a_groups_name(text: str, name: str) -> None:
    (result,) = run_texts(text, date="2016-05-02")
    names = {a.name for a in result.actors}
    assert name in names
    assert not any(n.startswith("-") for n in names)
