"""An organisation the text describes as a country's ("Sarvak Bank, one of Iran's largest
lenders") belongs to that country, not to the dateline's."""

from __future__ import annotations

from tests.conftest import actor_codes

DATE = "2012-01-23"


def test_one_of_a_countrys_bodies_takes_that_country() -> None:
    text = (
        "BRUSSELS (Reuters) - The Treasury added Sarvak Bank, one of Iran's largest lenders, "
        "to its blacklist."
    )
    assert actor_codes(text, "Sarvak Bank", DATE)[0] == "IRN"


def test_an_undescribed_body_keeps_the_dateline_country() -> None:
    text = "BRUSSELS (Reuters) - Regulators fined Sarvak Bank on Monday."
    assert actor_codes(text, "Sarvak Bank", DATE)[0] == "BEL"
