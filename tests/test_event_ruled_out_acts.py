"""An act ruled out with "no way" or "no chance" is negated, not planned: "there is no way
Russia will help" says it will not happen."""

from __future__ import annotations

from tests.conftest import typed_modalities


def test_there_is_no_way_an_act_will_happen() -> None:
    text = "There is no way Brazil will assist Bolivia in building the dam."
    assert ("AID", "negated") in typed_modalities(text)


def test_no_chance_that_an_act_will_happen() -> None:
    text = "There is no chance that the Senate will confirm the Chilean envoy."
    assert ("SUPPORT", "negated") in typed_modalities(text)


def test_a_way_found_to_act_is_not_ruled_out() -> None:
    text = "The minister said there is a way Brazil will assist Bolivia in building the dam."
    modalities = typed_modalities(text)
    assert ("AID", "negated") not in modalities and any(t == "AID" for t, _ in modalities)


def test_a_quoted_no_way_rules_the_act_out() -> None:
    text = 'He said there is "no way" the Chilean navy will assist Peru in the search.'
    assert ("AID", "negated") in typed_modalities(text)
