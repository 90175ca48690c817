"""An order whose object tells what something would cost is still an order: the cost is what
is assessed, not goods traded; a trade's own argument stays commerce."""

from __future__ import annotations

from tests.conftest import run_texts


def _types(text: str) -> list[str]:
    (result,) = run_texts(text, date="1999-03-02")
    return [e.type for e in result.events]


def test_ordering_an_assessment_of_costs_is_a_request() -> None:
    text = (
        "Chirac ordered an assessment of what it would cost to rebuild the consulates in Chad "
        "and Niger and the price tag for the aid teams sent to the two countries."
    )
    assert "REQUEST" in _types(text)


def test_an_offer_for_shares_stays_commerce() -> None:
    text = "Hanover Mills offered to buy the rest of the bank's shares for $12 a share."
    assert not {"AGREE", "REQUEST", "COOPERATE"} & set(_types(text))
