"""Military operations and campaigns are acts, aimed at whom they are against; a state's
"military campaign" is no campaign body."""

from __future__ import annotations

from tests.conftest import run_texts


def test_a_threatened_operation_is_aimed_at_whom_it_is_against() -> None:
    (result,) = run_texts(
        "Kenya threatened to launch a military operation against Somali militants."
    )
    (threat,) = [e for e in result.events if e.type == "THREATEN"]
    assert any("militants" in p.name for p in threat.recipients)


def test_an_operation_against_rebels_is_an_assault() -> None:
    (result,) = run_texts("The army began a ground operation against the rebels in the north.")
    assert "ASSAULT" in [e.type for e in result.events]


def test_a_states_military_campaign_is_no_party_body() -> None:
    (result,) = run_texts("Ethiopia's military campaign in Tigray killed hundreds of civilians.")
    assert not [a for a in result.actors if a.name.endswith("campaign")]


def test_a_candidates_campaign_is_still_a_party_body() -> None:
    (result,) = run_texts("Smith's campaign accused the governor of lying.")
    assert [a.sector.value for a in result.actors if a.name == "Smith's campaign"] == ["PTY"]
