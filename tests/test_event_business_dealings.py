"""Commerce between two firms (an agreement, a rejected bid) is no political interaction; a
firm's act toward a government stays an event."""

from __future__ import annotations

from tests.conftest import run_texts


def _events(text: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    (result,) = run_texts(text, date="1989-11-02")
    return [
        (e.type, [p.sector for p in e.actors], [p.sector for p in e.recipients])
        for e in result.events
    ]


def test_an_agreement_between_two_firms_is_commerce() -> None:
    text = (
        "Halbrook Systems Inc. announced an agreement with Norcastle Software Corp. "
        "to jointly develop database software."
    )
    assert [t for t, _, _ in _events(text) if t == "AGREE"] == []


def test_a_firm_rejecting_another_firms_bid_is_commerce() -> None:
    text = "Brantley Corp. rejected a bid from Halvard Industries Inc. on Tuesday."
    assert [t for t, _, _ in _events(text) if t == "REJECT"] == []


def test_a_firm_rejecting_a_government_request_stays() -> None:
    text = "Halbrook Systems Inc. rejected a request from the Justice Department on Tuesday."
    assert "REJECT" in [t for t, _, _ in _events(text)]


def test_a_firm_calling_on_other_firms_in_a_public_cause_stays() -> None:
    text = (
        "Halbrook Systems Inc. called on Norcastle Software Corp. to join it in speaking out "
        "against the state's new voting law."
    )
    assert "REQUEST" in [t for t, _, _ in _events(text)]


def test_a_firms_lawsuit_against_another_firm_is_commerce() -> None:
    text = (
        "Brantley Corp. said it filed a lawsuit against Halvard Industries Inc. to block "
        "its hostile tender offer."
    )
    assert [t for t, _, _ in _events(text) if t == "ACCUSE"] == []


def test_a_firm_criticising_another_firm_is_commerce() -> None:
    text = "Brantley Corp. criticized Halvard Industries Inc. for not disclosing its revenue."
    assert [t for t, _, _ in _events(text) if t == "ACCUSE"] == []


def test_a_firms_lawsuit_against_a_government_agency_stays() -> None:
    text = (
        "Brantley Corp. said it filed a lawsuit against the Federal Trade Commission to block "
        "the new rule."
    )
    assert "ACCUSE" in [t for t, _, _ in _events(text)]


def test_guards_of_one_firm_attacking_another_firms_staff_stay_an_assault() -> None:
    text = "Security guards from Blackwater attacked employees of Halliburton in Baghdad."
    assert "ASSAULT" in [t for t, _, _ in _events(text)]


def test_a_market_clash_between_firms_over_shares_is_commerce() -> None:
    text = "Brantley Corp. clashed with Halvard Industries Inc. over the price of its shares."
    assert [t for t, _, _ in _events(text) if t == "ASSAULT"] == []
