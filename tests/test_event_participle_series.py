"""A series of -ing clauses after the main verb: each verb aimed at someone of its own tells an
act of its own ("withdrew, accusing X of ... and ordering Y to leave"); one aimed at no one
("and vowing to fight on") adds none."""

from __future__ import annotations

from .conftest import run_texts


def test_third_participle_aimed_at_someone_is_an_act() -> None:
    (result,) = run_texts(
        "Rebels in Chad pulled out of the talks, accusing the army of bad faith and ordering"
        " aid workers to leave the province.",
        date="2015-06-01",
    )
    assert {e.trigger.text for e in result.events} >= {"accusing", "ordering"}


def test_participle_aimed_at_no_one_adds_no_act() -> None:
    (result,) = run_texts(
        "Bolsonaro attacked the ruling on Twitter, calling the judge biased and vowing to keep"
        " fighting.",
        date="2019-06-01",
    )
    assert "vowing" not in {e.trigger.text for e in result.events}
