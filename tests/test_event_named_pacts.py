"""A deal, accord or treaty is made when a light verb puts it out ("struck a deal", "signed a
treaty"); as the object of any other verb ("will halt any pension deal") it is named, not made."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _triggers(text: str) -> list[str]:
    (result,) = run_texts(text)
    return [e.trigger.text for e in result.events]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Lin said he will halt any pension deal that cuts pay in Denver.",
        "The two parties have a standing seat-sharing agreement, a spokesman said.",
    ],
)
def test_a_pact_named_as_a_thing_is_no_agreement(text: str) -> None:
    assert not {"deal", "agreement"} & set(_triggers(text))


def test_an_agreement_reached_is_made() -> None:
    text = "Greece and Turkey reached an agreement on fishing rights on Monday."
    assert "agreement" in _triggers(text)


def test_an_agreement_announced_is_made() -> None:
    text = "Siemens announced an agreement with Alstom to jointly build trains."
    assert "agreement" in _triggers(text)
