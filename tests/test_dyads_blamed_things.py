"""Blame a thing receives ("the move drew condemnation") is aimed at whoever did the act the
thing names, where the story just told it."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def test_a_move_that_draws_condemnation_blames_the_party_that_made_it() -> None:
    text = "Norway expelled two Chilean diplomats on Monday. The move drew condemnation from Chile."
    (r,) = run_texts(text)
    blame = event_at(r, "drew condemnation")
    assert countries_of(blame.actors) == {"CHL"}
    assert countries_of(blame.recipients) == {"NOR"}


def test_expulsions_that_draw_criticism_blame_the_expelling_state() -> None:
    text = "Norway expelled two Chilean diplomats. The expulsions drew criticism from Peru."
    (r,) = run_texts(text)
    assert countries_of(event_at(r, "drew criticism").recipients) == {"NOR"}


def test_a_thing_no_party_made_gives_the_blame_no_target() -> None:
    text = "A storm hit the Chilean coast on Monday. The damage drew criticism from Peru."
    (r,) = run_texts(text)
    assert event_at(r, "drew criticism").recipients == []
