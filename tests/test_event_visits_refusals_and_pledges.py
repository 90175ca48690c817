"""Cooperative and refusing acts told without their usual verb: officials arriving in a capital
visit it, welcoming a visitor hosts them (CONSULT) and welcoming a party to act invites it
(AGREE); "will not sign a budget" and "would not trade X for Y" refuse (REJECT), a chamber voting
to overturn rules rejects them; honouring contracts and offering a raise to a union are pledges
and offers (AGREE), but being assured of a fact promises nothing."""

from __future__ import annotations

import pytest

from .conftest import event_dyads, run_texts


def _typed(text: str) -> list[tuple[str, str, str]]:
    """(type, CAMEO code, trigger) of each event of one text."""
    (result,) = run_texts(text, date="2019-03-04")
    return [(e.type, e.cameo, e.trigger.text) for e in result.events]


def test_officials_arriving_in_a_capital_visit_it() -> None:
    text = "The diplomats, led by Kenya's Foreign Minister Raychelle Omamo, arrived in Addis Ababa."
    assert ("CONSULT", "042", "arrived in") in _typed(text)


def test_refugees_arriving_in_a_capital_make_no_visit() -> None:
    assert _typed("The refugees arrived in Addis Ababa on Friday.") == []


def test_welcoming_a_visitor_hosts_them() -> None:
    text = "Emmanuel Macron welcomed Brazilian President Lula da Silva on his state visit."
    assert ("CONSULT", "FRA", "BRA") in [(t, s[0], r[0]) for t, s, r in event_dyads(text) if s]


def test_welcoming_a_decision_stays_support() -> None:
    assert [t for t, *_ in _typed("The senator welcomed the ruling of the court.")] == ["SUPPORT"]


def test_welcoming_firms_to_invest_is_an_invitation() -> None:
    text = "Ghana welcomes Korean companies to invest in its ports, the trade minister said."
    assert [(t, c) for t, c, _ in _typed(text)] == [("AGREE", "106")]


@pytest.mark.parametrize(
    "text",
    [
        '"I will not sign a bill that cuts pensions," Governor Ann Ruiz said.',
        "Ortiz said the Democrats would not trade the wages of nurses for a budget deal.",
        "The Senate Judiciary Committee voted to overturn the new rules issued by the agency.",
    ],
)
def test_refused_bills_exchanges_and_overturned_rules_are_rejections(text: str) -> None:
    assert [t for t, *_ in _typed(text)] == ["REJECT"]


def test_signing_a_bill_or_refusing_a_past_exchange_is_no_rejection() -> None:
    assert "REJECT" not in [t for t, *_ in _typed("Governor Ann Ruiz signed the budget on Friday.")]
    assert "REJECT" not in [t for t, *_ in _typed("Ruiz did not trade her seat for a post.")]


def test_honouring_contracts_is_a_pledge() -> None:
    text = "Chile's finance minister said Chile would honour its contracts with foreign lenders."
    assert [(e.type, e.modality.value) for e in run_texts(text)[0].events] == [("AGREE", "planned")]


def test_a_raise_offered_to_a_union_is_an_offer() -> None:
    text = "Toyota has offered a 3 percent raise to the metalworkers' union."
    assert [t for t, *_ in _typed(text)] == ["AGREE"]


def test_an_assurance_of_a_fact_promises_nothing() -> None:
    assert _typed('"We were assured that the sailors are safe," the Greek consul said.') == []
    promised = "Ruto assured Sunak that Kenya would return the seized ship."
    assert [t for t, *_ in _typed(promised)] == ["AGREE"]


def test_barring_anyone_s_hostile_acts_pledges_security_to_their_target() -> None:
    text = "Rahmon said Tajikistan will not allow anyone to use its soil for attacks against Iran."
    assert event_dyads(text) == [("AGREE", ["TJK"], ["IRN"])]


def test_barring_one_named_party_stays_a_refusal_to_allow() -> None:
    text = "Mexico will not permit foreign troops to operate on its territory against the cartels."
    assert "AGREE" not in [t for t, *_ in _typed(text)]


def test_the_two_sides_after_talks_are_the_two_states_that_met() -> None:
    text = (
        "Vietnamese Prime Minister Pham Minh Chinh held talks with visiting Cambodian Prime"
        " Minister Hun Manet, and the two sides signed agreements on rail transport."
    )
    (result,) = run_texts(text, date="2024-03-04")
    signed = [e for e in result.events if e.trigger.text == "signed"]
    assert [sorted(a.country or "" for a in e.actors) for e in signed] == [["KHM", "VNM"]]
