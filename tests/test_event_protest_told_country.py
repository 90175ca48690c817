"""A protest naming no target is aimed at its protesters' own government only when the text
tells their country; a crowd whose country is the dateline's guess protests no one named."""

from __future__ import annotations

from .conftest import run_texts


def _protest_targets(text: str) -> set[str | None]:
    (result,) = run_texts(text)
    (protest,) = [e for e in result.events if e.type == "PROTEST"]
    return {p.country for p in protest.recipients}


def test_a_crowd_of_no_told_country_gets_no_target() -> None:
    text = "DENVER (AP) — A crowd of about 300 people rallied in a downtown park on Saturday."
    assert _protest_targets(text) == set()


def test_protesters_of_a_told_country_protest_their_government() -> None:
    text = "DENVER (AP) — Hundreds of Mexican farmers rallied in Juarez on Saturday."
    assert _protest_targets(text) == {"MEX"}
