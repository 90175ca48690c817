"""Whoever speaks for a body named again by its kind ("a spokeswoman for the company" after
the company's name) serves that body and takes its sector, not a state office's; a body the
noun names anew ("the Buffalo office") or of another kind is no such antecedent."""

from __future__ import annotations

import pytest

from tests.conftest import named_actor, run_texts


def _codes(text: str, name: str) -> tuple[str | None, str | None]:
    (result,) = run_texts(text, date="1998-11-20")
    actor = named_actor(result, name)
    return actor.country_code, actor.sector_code


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "HOUSTON (AP) -- Exxon Mobil raised its prices on Monday, said Jane Holt, a "
            "spokeswoman for the company.",
            ("USA", "BUS"),
        ),
        (
            "BUFFALO (AP) -- The FBI searched the house. Agents found nothing, said Tom Reyes, "
            "a spokesman for the bureau's local office.",
            ("USA", "COP"),
        ),
    ],
)
def test_a_spokesperson_for_a_body_named_by_its_kind_is_of_that_body(
    text: str, codes: tuple[str, str]
) -> None:
    assert _codes(text, text.split(", said ")[1].split(",")[0]) == codes


def test_a_body_of_another_kind_is_no_antecedent() -> None:
    text = (
        "HOUSTON (AP) -- The FBI searched the offices on Monday, said Jane Holt, a "
        "spokeswoman for the company."
    )
    assert _codes(text, "Jane Holt")[1] != "COP"


def test_its_title_after_a_body_is_that_bodys() -> None:
    text = (
        "YANGON, Myanmar - Members of the National Unity Party lost their seats. Aung Min, its "
        "acting chairman, conceded defeat."
    )
    assert _codes(text, "Aung Min") == ("MMR", "PTY")


def test_its_title_after_a_country_is_not_the_last_bodys() -> None:
    text = (
        "MOSCOW - The Moscow Times reported the drills. Russia held more drills on Monday. Ivan "
        "Petrov, its acting chairman, spoke."
    )
    assert _codes(text, "Ivan Petrov")[1] != "MED"
