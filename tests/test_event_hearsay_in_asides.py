"""An act told with the writer's own hearsay words ("allegedly", "charged with") is claimed, in
an aside set off by commas too: the aside describes a participant, but not as established."""

from __future__ import annotations

from tests.conftest import typed_modalities


def test_an_alleged_act_in_an_aside_is_claimed() -> None:
    text = "The police chief, who allegedly shot a protester in Lagos, resigned on Monday."
    assert ("ASSAULT", "claimed") in typed_modalities(text)


def test_an_aside_without_hearsay_words_keeps_its_act_told() -> None:
    text = "The police chief, who shot a protester in Lagos, resigned on Monday."
    assert ("ASSAULT", "claimed") not in typed_modalities(text)
