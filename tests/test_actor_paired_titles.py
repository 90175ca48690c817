"""Two titles joined by "and" before a name ("Chairman and CEO") are both the person's, so the
body named before them is the one served: a news network's chairman and CEO works in the news
media (MED), not business."""

from __future__ import annotations

import pytest

from tests.conftest import actor_sector


@pytest.mark.parametrize(
    "text",
    [
        "CNN Chairman and CEO Dana Pike met the senator on Tuesday.",
        "CNN President and CEO Dana Pike met the senator on Tuesday.",
        "\u201cCNN Chairman and\u00a0CEO Dana Pike has spoken to the senator,\u201d it said.",
    ],
)
def test_paired_titles_of_a_network_are_the_networks(text: str) -> None:
    assert actor_sector(text, "Dana Pike") == "MED"


def test_a_single_title_of_a_network_stays_the_networks() -> None:
    assert actor_sector("CNN Chairman Dana Pike met the senator on Tuesday.", "Dana Pike") == "MED"


def test_a_day_before_two_titles_is_no_body_they_serve() -> None:
    # "Monday" is a proper noun before "Senator", but names no body: "Mayor", the title nearest
    # the name, decides, as in "Senator and Mayor John Smith" (GOV, not LEG).
    text = "On Monday Senator and Mayor John Smith of Brimley spoke."
    assert actor_sector(text, "John Smith") == "GOV"
