"""States written by their initials ("the DPRK", "the PRC", "the USSR") are those states,
not a body of the article's home country."""

from __future__ import annotations

from tests.conftest import run_texts


def _sides(text: str, date: str) -> list[tuple[list[str | None], list[str | None]]]:
    (result,) = run_texts(text, date=date)
    return [
        (
            [a.country for a in e.actors],
            [r.country for r in e.recipients],
        )
        for e in result.events
    ]


def test_the_initials_of_the_two_koreas_and_china() -> None:
    text = "The DPRK accused the ROK of provocations. The PRC criticized Tokyo on Friday."
    assert _sides(text, "2013-04-02") == [(["PRK"], ["KOR"]), (["CHN"], ["JPN"])]


def test_the_initials_of_the_soviet_union_before_its_end() -> None:
    assert _sides("The USSR denounced Washington on Monday.", "1989-06-05") == [(["SUN"], ["USA"])]
