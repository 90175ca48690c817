"""Sides told earlier in the article: doers of coordinated and retold passive acts."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_dyads import _countries, _event


def test_coordinated_passive_participles_share_their_doer() -> None:
    reduced, finite = run_texts(
        "Villagers found the body of a French aid worker abducted and later killed by "
        "Taliban insurgents last year.",
        "Two journalists were arrested and charged by Egyptian police on Monday.",
    )
    assert _countries(_event(reduced, "abducted").actors) == {"AFG"}
    assert _countries(_event(finite, "arrested").actors) == {"EGY"}


def test_a_doerless_passive_retelling_an_act_takes_its_doer() -> None:
    (r,) = run_texts(
        "Kenya expelled four Somalis on Friday, the police said. "
        "The four Somalis were deported to Mogadishu, a newspaper reported."
    )
    assert _countries(_event(r, "deported").actors) == {"KEN"}


def test_a_doerless_passive_with_no_doer_told_stays_empty() -> None:
    unknown, other_victim = run_texts(
        "Four Somalis were deported on Friday. Two of them were deported again.",
        "Kenya expelled four Somalis on Friday. On Sunday two Ugandans were deported, "
        "a newspaper reported.",
    )
    assert _event(unknown, "deported").actors == []
    ugandans = next(e for e in other_victim.events if e.trigger.text == "deported")
    assert ugandans.actors == [], "a different victim's act is no retelling"
