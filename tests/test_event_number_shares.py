"""False events by general cause (falsepos53): a share counted as one number out of another
("seven in 10 said they want ...") or a counted public ("2.1 million voters turned out to ...")
holds a view a poll or a result counts; a named party's appeal in a counted sentence stays."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "About seven in 10 said they want the next governor to cut property taxes.",
        "More than 2.1 million registered Ohio voters turned out to nominate candidates for"
        " governor, the secretary of state said.",
    ],
)
def test_a_share_counted_in_numbers_holds_no_act(text: str) -> None:
    types = event_types(text)
    assert "REQUEST" not in types and "SUPPORT" not in types


def test_a_named_partys_appeal_in_a_counted_sentence_stays() -> None:
    text = "The governor said he wants the legislature to cut property taxes by 10 percent."
    assert "REQUEST" in event_types(text)
