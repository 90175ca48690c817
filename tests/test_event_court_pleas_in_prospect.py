"""A plea to a court that a named party may make ("could appeal the verdict", "may request a
rehearing") is a legal step it holds out, coded hypothetical as a lawsuit in prospect is
(`events.court_pleas`); an appeal to voters or a plea no party is said to make is musing."""

from __future__ import annotations

import pytest

from .conftest import event_types, run_texts


def _requests(text: str) -> list[str]:
    (result,) = run_texts(text)
    return [e.modality.value for e in result.events if e.type == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Tom Bradley could appeal the verdict to the state supreme court.",
        "Exxon may request a rehearing before the full appeals court.",
    ],
)
def test_a_court_plea_a_named_party_may_make_is_coded_hypothetical(text: str) -> None:
    assert _requests(text) == ["hypothetical"]


@pytest.mark.parametrize(
    "text",
    [
        "The governor could appeal to suburban voters with the new tax plan.",
        "A rehearing could take months, the lawyers said.",
    ],
)
def test_appeals_to_voters_and_pleas_no_one_makes_are_no_request(text: str) -> None:
    assert "REQUEST" not in event_types(text)
