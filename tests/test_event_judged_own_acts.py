"""A course a speaker judges with no doer named ("officials said that lifting the embargo is
out of the question") is the speaker's own: the speaker is its source."""

from __future__ import annotations

from tests.conftest import run_texts


def _sources(text: str, trigger: str) -> list[str]:
    (result,) = run_texts(text, date="2003-05-02")
    return [str(p.name) for e in result.events if e.trigger.text == trigger for p in e.actors]


def test_judged_gerund_is_the_speaker_s_act() -> None:
    text = "Indian officials said that lifting the embargo on Nepal is out of the question."
    assert _sources(text, "lifting") == ["Indian officials"]


def test_judged_expulsion_is_the_speaker_s_refusal() -> None:
    text = "Indian officials said that expelling the Nepalese diplomats was out of the question."
    assert _sources(text, "expelling") == ["Indian officials"]
