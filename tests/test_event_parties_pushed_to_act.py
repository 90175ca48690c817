"""Pushing, prodding or ordering a party to act asks that party to act (REQUEST) also where the
parser hangs the infinitive on the verb as a purpose clause after the party it addresses."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, event_types, run_texts


def test_pushing_a_government_to_act_is_a_request_to_it() -> None:
    (r,) = run_texts("He pushed China and India to control hydrofluorocarbons.")
    assert countries_of(event_at(r, "pushed").recipients) == {"CHN", "IND"}
    assert event_at(r, "pushed").type == "REQUEST"


def test_pushing_the_white_house_to_embrace_a_line_is_a_request() -> None:
    text = "Clinton pushed the White House to embrace a more aggressive approach."
    assert "REQUEST" in event_types(text)


def test_troops_sent_to_protect_a_border_are_asked_nothing() -> None:
    assert "REQUEST" not in event_types("The president sent troops to protect the border.")
