"""A stance noun after a contracted "be" ("he's been a critic of X") is held by the
copula's subject, even where the parse reads "'s been" as a passive."""

from __future__ import annotations

from tests.conftest import run_texts


def test_a_critic_after_a_contracted_copula_is_the_source() -> None:
    (result,) = run_texts(
        "Governor Tom Reed vetoed the farm bill, and he's been an outspoken critic of "
        "Senator Ann Boyle."
    )
    critics = [e for e in result.events if e.trigger.text.startswith("critic")]
    assert critics
    assert [p.name for p in critics[0].actors] == ["Tom Reed"]
