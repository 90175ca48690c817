"""A phrasal cue is its verb with its particle (`parse.cue_rows`): "went on" reports the quote
before it, while a verb listed bare ("show", "add") is another verb with a particle its rows
do not list ("showed up", "added up") and names no speaker for the quotes after it."""

from __future__ import annotations

import pytest

from tests.conftest import speakers_and_contents


def test_went_on_reports_the_quote_before_it() -> None:
    text = "“The ferry will sail again in May,” Ms. Ilves went on. “The repairs are done.”"
    assert speakers_and_contents(text) == [
        ("Ilves", "The ferry will sail again in May,” Ms. Ilves went on. “The repairs are done.")
    ]


def test_went_on_with_an_infinitive_is_no_cue() -> None:
    text = "Mr. Varga went on to win the seat in the northern district by a wide margin."
    assert speakers_and_contents(text) == []


@pytest.mark.parametrize(
    "middle",
    [
        "The missing invoices showed up in a drawer in March.",
        "The unpaid invoices added up to nine million euros by March.",
    ],
)
def test_a_verb_with_an_unlisted_particle_names_no_speaker(middle: str) -> None:
    text = (
        f"“We checked every account twice,” said Ines Moreau, the treasurer. {middle}\n\n"
        "“Nobody on the council had seen those papers before that week.”"
    )
    speakers = [speaker for speaker, _ in speakers_and_contents(text)]
    assert speakers[-1] == "Ines Moreau"
