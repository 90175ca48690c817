"""An absolute "with" clause ("..., with Japan urging China to act") tells its own subject's
act beside the main one: it is coded, as fact, even after a verb that condemns or praises."""

from __future__ import annotations

from .conftest import event_at, run_texts


def test_an_act_in_a_with_clause_after_a_condemnation_is_coded() -> None:
    (result,) = run_texts(
        "Governors condemned the missile launch on Friday, with the Ohio senator "
        "criticizing Mexico for its silence."
    )
    criticizing = event_at(result, "criticizing")
    assert criticizing.type == "ACCUSE"
    assert criticizing.modality == "occurred"
    assert "Mexico" in {r.name for r in criticizing.recipients}


def test_an_act_in_a_with_clause_after_praise_is_fact_not_the_praise_content() -> None:
    (result,) = run_texts(
        "Ministers welcomed the trade pact on Tuesday, with Canada urging Brazil to sign it."
    )
    urging = event_at(result, "urging")
    assert urging.type == "REQUEST"
    assert urging.modality == "occurred"
