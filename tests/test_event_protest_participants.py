"""Who protests and at whom: a crowd belongs to the country its place is said to be in ("the
Bolivian town of X") over the dateline's; a rally in support of someone is aimed at no one,
nor are later mentions of that rally; a rally against someone stays aimed at them."""

from __future__ import annotations

from tests.conftest import event_dyads

Dyad = tuple[str, list[str | None], list[str | None]]


def _protests(text: str) -> list[Dyad]:
    return [d for d in event_dyads(text) if d[0] == "PROTEST"]


def test_residents_of_a_town_said_to_be_foreign_take_that_country() -> None:
    text = (
        "LIMA, Aug 2 (EFE) - Residents of the Bolivian town of Copacabana marched to "
        "the border bridge on Tuesday to protest against a new customs fee."
    )
    assert all(sources == ["BOL"] for _, sources, _ in _protests(text))


def test_a_rally_in_support_of_the_president_has_no_target() -> None:
    text = (
        "About 2,000 people rallied in Tegucigalpa on Sunday in support of the Honduran "
        "president. Police said the rally was peaceful."
    )
    assert [targets for _, _, targets in _protests(text)] == [[], []]


def test_a_march_against_the_president_is_aimed_at_him() -> None:
    text = "Students marched in Tegucigalpa on Sunday against the Honduran president."
    assert [targets for _, _, targets in _protests(text)] == [["HND"]]


def test_a_crowd_kept_from_marching_is_the_blockers_target_not_a_protester() -> None:
    text = "Georgian police blocked hundreds of Armenian protesters from marching to the border."
    dyads = event_dyads(text)
    assert ("COERCE", ["GEO"], ["ARM"]) in dyads
    assert not any(kind == "PROTEST" and sources == ["GEO"] for kind, sources, _ in dyads)


def test_the_march_repeats_the_march_told_before() -> None:
    text = (
        "About 500 Thai students marched to the Cambodian embassy in Bangkok on Saturday. "
        "Police said the march was peaceful."
    )
    assert [sources for _, sources, _ in _protests(text)] == [["THA"], ["THA"]]
