"""A deal, accord or treaty is made when a light verb puts it out ("struck a deal", "signed a
treaty"); as the object of any other verb ("will stop any trade deal") it is named, not made."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _triggers(text: str) -> list[str]:
    (result,) = run_texts(text)
    return [e.trigger.text for e in result.events]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Kowalski said he will stop any trade deal that kills jobs in Ohio.",
        "Both candidates have a joint fundraising agreement, the party chairman said.",
    ],
)
def test_a_pact_named_as_a_thing_is_no_agreement(text: str) -> None:
    assert not {"deal", "agreement"} & set(_triggers(text))


def test_a_deal_struck_stays() -> None:
    assert "struck" in _triggers("Germany and France struck a deal on grain exports on Monday.")


def test_an_agreement_announced_is_made() -> None:
    text = "Siemens announced an agreement with Alstom to jointly build trains."
    assert "agreement" in _triggers(text)
