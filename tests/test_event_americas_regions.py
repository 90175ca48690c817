"""A region of the Americas before "American" names no state (analyst reading, session 48).

"A group of Latin American artists ... called on people to ...": the artists come from many
states, so the fallback that reads a demonym as its country must not make them the United
States'; "American officials" and "Mexican American voters" stay American.
"""

from __future__ import annotations

from eventwire.model import ArticleResult
from tests.conftest import run_texts


def _doer_countries(result: ArticleResult, trigger: str) -> list[str | None]:
    (event,) = [e for e in result.events if e.trigger.text == trigger]
    return [p.country for p in event.actors]


def test_south_american_governments_are_not_the_united_states() -> None:
    (result,) = run_texts("South American governments condemned the coup in Paraguay on Friday.")
    assert "USA" not in _doer_countries(result, "condemned")


def test_american_officials_stay_american() -> None:
    (result,) = run_texts("American officials condemned the coup in Paraguay on Friday.")
    assert _doer_countries(result, "condemned") == ["USA"]
