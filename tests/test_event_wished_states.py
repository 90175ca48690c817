""" "wants Mexico to pay" asks Mexico to act (REQUEST); wanting another party to have, like or
see something wishes a state, no act asked of anyone."""

from __future__ import annotations

from tests.conftest import event_types


def test_wanting_a_party_to_have_a_quality_is_no_request() -> None:
    text = "Governor Abbott wants his running mate to have long experience in Austin."
    assert "REQUEST" not in event_types(text)


def test_wanting_people_to_like_someone_is_no_request() -> None:
    assert "REQUEST" not in event_types("Senator Cruz badly wants the donors to like him.")


def test_wanting_a_party_to_act_is_a_request() -> None:
    assert "REQUEST" in event_types("Senator Cruz wants the Senate to repeal the tax.")
