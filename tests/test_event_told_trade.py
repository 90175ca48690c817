"""Business wire copy: a takeover offer told with its price, then named again as "the offer",
is one purchase, no political agreement. A political offer named again stays an offer, and an
approval of a person stays backing."""

from __future__ import annotations

from tests.conftest import run_texts


def _events(text: str) -> list[tuple[str, str]]:
    (result,) = run_texts(text, date="1990-05-02")
    return [(e.trigger.text, e.type) for e in result.events]


def test_the_offer_after_a_share_offer_is_that_purchase() -> None:
    text = (
        "Halvard Industries Inc. said it raised its $21-a-share offer for Brantley Corp. stock. "
        "The offer, valued at about $300 million, is scheduled to expire on June 4. "
        "Brantley said it would submit the offer to its board."
    )
    assert [t for t, _ in _events(text) if t.lower().startswith("offer")] == []


def test_a_price_offered_then_named_again_is_that_purchase() -> None:
    text = (
        "Earlier, Merrow Holdings offered $9.50 a share in cash for the chain. "
        "The offer is scheduled to expire on Friday."
    )
    assert [t for t, _ in _events(text) if t.lower().startswith("offer")] == []


def test_a_political_offer_named_again_stays_an_offer() -> None:
    text = (
        "Chile offered to mediate between Peru and Ecuador on Monday. "
        "Peru accepted the offer on Tuesday."
    )
    assert ("offered", "AGREE") in _events(text)


def test_approving_a_nominee_still_backs_him() -> None:
    text = "The Senate approved Mr. Harlan as ambassador to Brazil on Thursday."
    assert "SUPPORT" in [ty for _, ty in _events(text)]
