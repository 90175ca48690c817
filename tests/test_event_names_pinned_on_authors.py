"""A false or wrongful name pinned on its author: calling a thing a hoax or a fraud that a
named party carried out accuses that party, by the one who names it. A name with no author
accuses no one."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _accusations(text: str) -> list[tuple[list[str], list[str]]]:
    (result,) = run_texts(text, date="2016-05-02")
    return [
        ([a.name for a in e.actors], [r.name for r in e.recipients])
        for e in result.events
        if e.type == "ACCUSE"
    ]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Governor Paul Marsh called the tax plan a hoax perpetrated by Brazil.", "Brazil"),
        (
            "Senator Jane Ruiz called the audit a fraud committed by Governor Paul Marsh.",
            "Paul Marsh",
        ),
    ],
)
def test_a_hoax_carried_out_by_a_party_accuses_that_party(text: str, author: str) -> None:
    ((speakers, blamed),) = _accusations(text)
    assert len(speakers) == 1 and blamed == [author]


def test_a_hoax_with_no_author_accuses_no_party() -> None:
    assert all(not blamed for _, blamed in _accusations("Marsh called the tax plan a hoax."))
