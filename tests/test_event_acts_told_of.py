"""Act nouns that a verb only tells of, knows or fears are not done by its subject, nor take
its negation: "the minister did not mention the attack" says nothing of who attacked."""

from __future__ import annotations

import pytest

from eventwire.model import Event
from tests.conftest import run_texts


def _events(text: str, monkeypatch: pytest.MonkeyPatch) -> list[Event]:
    monkeypatch.setenv("EVENTWIRE_ALL_EVENTS", "1")
    (result,) = run_texts(text)
    return result.events


def test_the_teller_of_an_attack_is_not_its_doer(monkeypatch: pytest.MonkeyPatch) -> None:
    (attack,) = _events("The governor recalled the bombing of the market in Kandor.", monkeypatch)
    assert attack.type == "ASSAULT"
    assert not attack.actors


def test_who_judges_an_attack_as_something_did_not_do_it(monkeypatch: pytest.MonkeyPatch) -> None:
    (attack,) = _events(
        "Two senators and the mayor were treating the raid as an outrage against the family.",
        monkeypatch,
    )
    assert attack.type == "ASSAULT"
    assert not attack.actors


def test_an_act_nouns_own_agent_is_its_doer_under_a_verb_of_telling(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (attack,) = _events(
        "The spokesman did not mention the raid on the village by the rebels.", monkeypatch
    )
    assert [p.name for p in attack.actors] == ["the rebels"]
    assert attack.modality != "negated"


def test_not_commenting_on_an_attack_does_not_negate_it(monkeypatch: pytest.MonkeyPatch) -> None:
    (attack,) = _events("Officials did not comment on the shelling of the port.", monkeypatch)
    assert attack.modality != "negated"


def test_not_reporting_any_arrests_says_there_were_none(monkeypatch: pytest.MonkeyPatch) -> None:
    (arrests,) = _events("Police did not report any arrests.", monkeypatch)
    assert arrests.modality == "negated"


def test_a_support_verb_still_gives_its_subject_as_doer(monkeypatch: pytest.MonkeyPatch) -> None:
    (attack,) = _events("The army launched an attack on the rebels.", monkeypatch)
    assert [p.name for p in attack.actors] == ["The army"]


def test_who_invokes_or_politicizes_an_attack_did_not_do_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for text in (
        "The senator from Ohio invoked the 1998 embassy bombings in her speech on Monday.",
        "The mayor politicized the bombing of the market in Kandor.",
    ):
        attacks = [e for e in _events(text, monkeypatch) if e.trigger.text.startswith("bomb")]
        assert attacks and all(e.type == "ASSAULT" and not e.actors for e in attacks), text
