"""A title after "as" that completes a verb ("served as", "is listed as") says what the verb's
subject is: the same person, not a second actor."""

from __future__ import annotations

from tests.conftest import run_texts


def _actors(text: str) -> dict[str, tuple[str | None, str | None]]:
    (result,) = run_texts(text, date="2016-05-02")
    return {
        a.name: (a.sector.value if a.sector else None, a.role.value if a.role else None)
        for a in result.actors
    }


def test_a_title_after_served_as_is_the_subjects() -> None:
    actors = _actors("DENVER (AP) - Maria Lopez served as the spokeswoman for the campaign.")
    assert "the spokeswoman" not in actors
    assert actors["Maria Lopez"][1] == "spokesperson"


def test_a_title_after_a_passive_listed_as_is_the_subjects() -> None:
    actors = _actors("DENVER (AP) - Tom Reyes is listed as the chairman of the group.")
    assert "the chairman" not in actors
    assert actors["Tom Reyes"][1] == "chairman"
