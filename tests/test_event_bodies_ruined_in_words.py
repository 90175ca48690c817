"""A party or a movement "destroyed" in a sentence that tells no violence is ruined in words, no
coercion of anyone; destroying a party's offices with grenades is still destruction."""

from __future__ import annotations

from .conftest import typed_triggers


def test_a_party_destroyed_in_words_is_no_coercion() -> None:
    text = "Critics say the senator is destroying the labor movement with his plan."
    assert "COERCE" not in [kind for kind, _ in typed_triggers(text)]


def test_a_party_office_destroyed_with_grenades_stays_coercion() -> None:
    text = "Rebels destroyed the party headquarters with grenades on Sunday."
    assert ("COERCE", "destroyed") in typed_triggers(text)
