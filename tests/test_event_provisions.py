"""A restriction told only as what a bill, a proposal or a law would do, with no party owning the
text ("a measure to prevent the administration from finalizing rules"), is a provision, not a
restriction put on someone: no COERCE. A party's own proposal and a party's act stay."""

from __future__ import annotations

import pytest

from .conftest import typed_triggers


@pytest.mark.parametrize(
    "text",
    [
        "In the House, he attached a measure to prevent the Bush administration from finalizing "
        "rules.",
        "The Senate is holding talks on a narrow proposal to bar terrorists from buying guns.",
        "The senators introduced a bill to bar people on federal watch lists from buying guns.",
        "Senator Collins filed an amendment designed to prevent illegal immigrants from obtaining "
        "citizenship.",
    ],
)
def test_a_measures_provision_restricts_no_one(text: str) -> None:
    assert "COERCE" not in [kind for kind, _ in typed_triggers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Congress acted quickly in Obama's first year to bar him from moving detainees onto U.S. "
        "soil.",
        "The police barred the crowd from reaching the Yugoslavian consulate.",
        "The court issued an order barring him from leaving the country.",
        "The junta - in concert with a group of hard-line monks - passed laws restricting "
        "religious freedom.",
    ],
)
def test_a_party_that_restricts_someone_still_coerces(text: str) -> None:
    assert "COERCE" in [kind for kind, _ in typed_triggers(text)]


def test_a_partys_own_proposal_stays_its_planned_act() -> None:
    text = (
        "The GOP speechwriter said the deal-breaker on Trump was his proposal to ban Muslims from "
        "entering the U.S."
    )
    assert ("SANCTION", "ban") in typed_triggers(text)
