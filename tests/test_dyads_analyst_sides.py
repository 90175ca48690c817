"""Sides read wrongly on unseen whole articles (analyst reading, session 8)."""

from __future__ import annotations

from tests.conftest import run_texts


def test_a_description_followed_by_its_name_is_someone_new_not_the_last_group() -> None:
    (r,) = run_texts(
        "The Teamsters union backed the contract on Monday. "
        "A day later came a protest by the group Open Borders Now."
    )
    (protest,) = [e for e in r.events if e.trigger.text == "protest"]
    assert "Teamsters" not in " ".join(p.name for p in protest.actors)
