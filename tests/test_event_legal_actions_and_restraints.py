"""Legal actions, bans and orders as an analyst codes them: bringing a case or suit, or taking a
party to court, is a lawsuit (ACCUSE, CAMEO 115) aimed at the opposing party, not at the court;
prohibiting someone from an act is a restriction (COERCE, 172); a court's ruling that a party
must act is a demand on it (REQUEST, 100), that it may not act a restriction (COERCE, 172)."""

from __future__ import annotations

import pytest

from .conftest import coded_events, run_texts


def _events(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    """Each event of one text dated 2003-04-10: type, CAMEO code, doers' and targets' words."""
    return coded_events(text, date="2003-04-10")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Chile brought a case against Bolivia at the International Court of Justice.", "Bolivia"),
        ("Slovakia has filed a suit against Austria over the dam.", "Austria"),
        (
            "Ecuador brought the case to the International Court of Justice in its dispute "
            "with Colombia over the spraying.",
            "Colombia",
        ),
    ],
)
def test_a_case_is_brought_against_the_other_party_not_the_court(text: str, target: str) -> None:
    assert [(t, c, r) for t, c, _, r in _events(text)] == [("ACCUSE", "115", [target])]


def test_taking_a_party_to_court_is_a_lawsuit() -> None:
    ((kind, cameo, doers, _),) = _events("The farmers took the Brazilian miner to court in 2001.")
    assert (kind, cameo, doers) == ("ACCUSE", "115", ["The farmers"])


@pytest.mark.parametrize(
    "text",
    [
        "The Moroccan authorities prohibited the activists from travelling to the border.",
        "The Burmese junta forbade the opposition leader from leaving Rangoon.",
    ],
)
def test_prohibiting_someone_is_a_restriction(text: str) -> None:
    ((kind, cameo, doers, targets),) = _events(text)
    assert (kind, cameo) == ("COERCE", "172") and doers and targets


def test_a_prohibition_denied_is_negated() -> None:
    (result,) = run_texts("Egypt has not prohibited its citizens from going to Qatar.")
    assert [(e.type, e.modality) for e in result.events] == [("COERCE", "negated")]


@pytest.mark.parametrize(
    "text",
    [
        "The Ugandan court ruled that the minister must resign.",
        "The Supreme Court of India ordered that the state government must free the reporters.",
        "Putin ordered that the ministry coordinate its work with the regions.",
        "The Kenyan court ordered that the rebels withdraw from the town.",
        "Seoul insisted that Pyongyang return the fishermen.",  # insisting on an act is a demand
    ],
)
def test_a_ruling_that_a_party_must_act_is_a_demand_on_it(text: str) -> None:
    ((kind, cameo, doers, targets),) = _events(text)
    assert (kind, cameo) == ("REQUEST", "100") and doers and targets


def test_a_ruling_that_a_party_may_not_act_is_a_restriction() -> None:
    ((kind, cameo, _, targets),) = _events(
        "The Ugandan court ruled that the minister could not leave the country."
    )
    assert (kind, cameo, targets) == ("COERCE", "172", ["the minister"])


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan court ruled that the election was valid.",
        "The Kenyan court ruled that the new laws violate the constitution.",
    ],
)
def test_a_finding_binds_no_one(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A Kenyan judge ordered the release of the ministry's documents.",
        "A Kenyan judge ordered a recount of the ballots in Mombasa.",
    ],
)
def test_ordering_a_thing_done_is_a_demand(text: str) -> None:
    ((kind, cameo, doers, _),) = _events(text)
    assert (kind, cameo, doers) == ("REQUEST", "100", ["A Kenyan judge"])


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Peru filed a lawsuit for damages against Chile at the regional court.", "filed", "Chile"),
        (
            "The ministers lodged a complaint for compensation against Nigeria.",
            "complaint",
            "Nigeria",
        ),
    ],
)
def test_a_filing_for_a_relief_is_aimed_at_the_party_after_the_relief(
    text: str, trigger: str, target: str
) -> None:
    (result,) = run_texts(text, date="2003-04-10")
    event = next(e for e in result.events if e.trigger.text == trigger)
    assert [p.name for p in event.recipients] == [target]
