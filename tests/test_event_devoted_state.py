"""Being committed to something ("the Department is committed to transparency") is a standing
devotion, not a pledge made (no AGREE); committing oneself to a party or a course makes one."""

from __future__ import annotations

from tests.conftest import run_texts


def _types(text: str) -> list[str]:
    (result,) = run_texts(text, date="2016-05-02")
    return [e.type for e in result.events]


def test_being_committed_is_no_pledge() -> None:
    text = "The Department is committed to transparency, said spokesman John Kirby."
    assert "AGREE" not in _types(text)
    text = "Podesta said Clinton was committed to a 50-state strategy."
    assert "AGREE" not in _types(text)
    assert "AGREE" not in _types("Donors want to see that he's committed to running for president.")


def test_committing_to_someone_stays_an_act() -> None:
    text = "Hundreds of superdelegates who have publicly committed to Clinton will vote in July."
    assert "SUPPORT" in _types(text)  # allegiance to a party: `test_event_commitment_types`
    assert "AGREE" in _types("Britain committed to a review of the treaty with France on Monday.")
    text = "The two parties are committed to working with the new president."
    assert "AGREE" in _types(text)


def test_a_state_bound_to_a_course_states_its_policy() -> None:
    text = "The minister said Vietnam is committed to opening up the economy but will not rush."
    assert "AGREE" in _types(text)
    assert "AGREE" not in _types("The ministry is committed to opening up the economy, he said.")
