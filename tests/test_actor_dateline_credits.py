"""A wire's credit in the dateline is no part of the first sentence's subject: "BEIJING, Aug 3
Xinhua - China on Friday ..." names China, "(AFP) - Chile's president" the
president, with no dash in the name."""

from __future__ import annotations

from tests.conftest import run_texts


def _names(text: str) -> list[str]:
    (result,) = run_texts(text, date="2012-08-03")
    return [actor.name for actor in result.actors]


def test_agency_without_brackets_is_cut_from_the_subject() -> None:
    names = _names("BEIJING, Aug 3 Xinhua - China on Friday protested the seizure of a trawler.")
    assert "China" in names
    assert not any(" - " in name for name in names)


def test_dash_after_a_bracketed_agency_is_no_part_of_a_title() -> None:
    names = _names("SANTIAGO, Aug 3 (AFP) - Chile's president dissolved the cabinet on Friday.")
    assert "Chile's president" in names
