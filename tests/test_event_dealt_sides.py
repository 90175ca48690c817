"""An act between firms is commerce also when the article fills its sides only later (the firm
whose offer a suit is filed to block is its target), and so is a firm's move in a deal aimed at
no party; a party named after "to" keeps the act."""

from __future__ import annotations

from tests.conftest import typed_triggers


def test_a_firms_suit_told_by_it_against_a_firm_is_commerce() -> None:
    text = (
        "Harlow Instruments Inc. said it filed a lawsuit in state court to block a tender offer "
        "by Brisk Holdings Corp."
    )
    assert ("ACCUSE", "filed") not in typed_triggers(text)


def test_a_firms_suit_against_a_state_is_still_an_accusation() -> None:
    text = "Harlow Instruments Inc. said it filed a lawsuit against the state of Ohio."
    assert ("ACCUSE", "filed") in typed_triggers(text)


def test_a_firm_rejecting_a_share_offer_is_commerce() -> None:
    text = (
        "Earlier this year, Harlow Instruments Inc. had rejected a $15 a share offer, saying it "
        "was not adequately financed."
    )
    assert ("REJECT", "rejected") not in typed_triggers(text)


def test_a_firm_refusing_money_to_a_party_is_still_an_act() -> None:
    text = (
        "Vantor Software Inc., which cut its prices this year, will not give any money to the "
        "Republican convention."
    )
    assert ("AID", "give") in typed_triggers(text)
