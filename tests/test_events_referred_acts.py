"""A definite act noun refers back to the act told before by the same word, not to whichever
act of its kind came last."""

from __future__ import annotations

from tests.conftest import event_at, run_texts

ARTICLE = (
    "A gunman, Omar Reyes, opened fire at a nightclub in Orlando on Sunday. During his attack, "
    "Reyes posted messages on Facebook. One message referred to air strikes against Islamic "
    "State by the United States. The attack sparked a fresh debate about guns. Reyes had been "
    "investigated by the FBI in 2014. Mayor Teresa Jacobs denounced the attack on Monday."
)


def test_the_attack_is_the_one_told_as_an_attack_before() -> None:
    (r,) = run_texts(ARTICLE)
    sparked = next(e for e in r.events if e.sentence.text.startswith("The attack sparked"))
    assert [p.name for p in sparked.actors] == ["Omar Reyes"]
    assert sparked.recipients == []


def test_denouncing_the_attack_is_aimed_at_its_doer() -> None:
    (r,) = run_texts(ARTICLE)
    assert [p.name for p in event_at(r, "denounced").recipients] == ["Omar Reyes"]
