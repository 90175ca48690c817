"""An act between firms is commerce also when the article fills its sides only later (the firm
whose offer a suit is filed to block is its target), and so is a firm's move in a deal aimed at
no party, also where only the story, thick with shares and takeovers, names what is traded; a
party named after "to" keeps the act."""

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


BUSINESS_STORY = (
    "Brisk Holdings Corp. raised its stake in Vantor Software Inc. to 30% of the shares "
    "outstanding and offered $22 a share for the rest of the stock. Vantor's shareholders hold "
    "the remaining shares, and the takeover would follow a merger of Brisk's two units. "
    "Vantor strongly opposed the move. Vantor shares rose 50 cents to close at $21 in composite "
    "trading, and the price of the offer values the acquisition at about $300 million."
)


def test_a_firms_move_is_commerce_in_a_business_story_only() -> None:
    assert ("REJECT", "opposed") not in typed_triggers(BUSINESS_STORY)
    text = "Vantor Software Inc. strongly opposed the move. The bill would raise taxes on families."
    assert ("REJECT", "opposed") in typed_triggers(text)
