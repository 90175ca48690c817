"""Acts told in other words: trips told as travel are visits, eventive nouns carried by a light
verb are the noun's event with the verb's subject as source."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _events(text: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    (result,) = run_texts(text)
    return [
        (e.type, [p.country for p in e.actors], [p.country for p in e.recipients])
        for e in result.events
    ]


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("The Chinese foreign minister flew to Moscow for talks on Friday.", "RUS"),
        ("Prime Minister Modi arrived in Kyiv on Friday.", "UKR"),
        ("German Chancellor Olaf Scholz travelled to Brazil on Sunday.", "BRA"),
    ],
)
def test_a_political_actor_travelling_abroad_makes_a_visit(text: str, host: str) -> None:
    assert [(t, target) for t, _, target in _events(text)] == [("CONSULT", [host])]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of refugees arrived in Greece on Monday.",
        "Senator Cruz headed to Iowa on Monday.",
        "The delayed plane arrived in Paris late on Sunday.",
    ],
)
def test_travel_by_civilians_or_at_home_is_no_visit(text: str) -> None:
    assert "CONSULT" not in [t for t, _, _ in _events(text)]


def test_a_borrowed_word_ends_an_event_phrase() -> None:
    text = "Army chief Prayuth Chan-ocha staged a coup d'etat against Thailand's government."
    assert [t for t, _, _ in _events(text)] == ["ASSAULT"]
