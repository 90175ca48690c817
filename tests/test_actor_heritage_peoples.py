"""A people named by its origin and an island or settler state ("Greek Cypriots", "Indian
Fijians") is that state's people, and the origin's demonym names no actor of its own."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes, run_texts


@pytest.mark.parametrize(
    ("text", "name", "codes"),
    [
        ("Greek Cypriots marched in Limassol.", "Greek Cypriots", ("CYP", "CVL")),
        ("Turkish Cypriots blocked the road to Famagusta.", "Turkish Cypriots", ("CYP", "CVL")),
        ("Chinese Malaysians voted in Penang.", "Chinese Malaysians", ("MYS", "CVL")),
        ("Turkish Cypriot officials rejected the offer.", "Cypriot officials", ("CYP", "GOV")),
        ("Greek farmers marched in Larissa.", "Greek farmers", ("GRC", "CVL")),
    ],
)
def test_heritage_peoples_belong_to_their_state(
    text: str, name: str, codes: tuple[str, str]
) -> None:
    assert actor_codes(text, name) == codes


def test_heritage_names_no_country_of_its_own() -> None:
    (result,) = run_texts("Greek Cypriots marched in Limassol.")
    assert "GRC" not in {a.country.value for a in result.actors if a.country}


@pytest.mark.parametrize(
    ("text", "name", "codes"),
    [
        (
            "WASHINGTON (AP) Rosa Diaz, the daughter of Mexican immigrants, met the governor.",
            "Rosa Diaz",
            ("USA", None),
        ),
        (
            "WASHINGTON (AP) Rosa Diaz, a Spanish-speaking organizer, met the governor.",
            "Rosa Diaz",
            ("USA", None),
        ),
        (
            "MIAMI (AP) Juan Ruiz, the father of the Cuban girl, met the lawyers.",
            "Juan Ruiz",
            ("CUB", None),
        ),
    ],
)
def test_immigrant_parents_and_a_spoken_language_are_no_nationality(
    text: str, name: str, codes: tuple[str, str | None]
) -> None:
    assert actor_codes(text, name) == codes
