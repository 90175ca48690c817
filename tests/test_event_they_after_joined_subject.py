""" "They" after a sentence whose subject joins two actors (analyst reading, session 48, read48e).

"Carson and Fiorina have risen in the polls. And they have criticized the fact-checkers": the
plural pronoun stands for both candidates, not the first one named alone; a "they" with a
subject of its own sentence before it still takes that subject.
"""

from __future__ import annotations

from eventwire.model import ArticleResult
from tests.conftest import run_texts


def _doers(result: ArticleResult, trigger: str) -> list[str]:
    (event,) = [e for e in result.events if e.trigger.text == trigger]
    return [p.name for p in event.actors]


def test_they_after_two_joined_senators_is_both_of_them() -> None:
    (result,) = run_texts(
        "Senator Mike Lee and Senator Ben Sasse toured a factory in Omaha on Monday. "
        "They criticized the president's budget plan."
    )
    assert sorted(_doers(result, "criticized")) == ["Ben Sasse", "Mike Lee"]


def test_they_with_a_subject_in_its_own_sentence_keeps_that_subject() -> None:
    (result,) = run_texts(
        "Senator Mike Lee and Senator Ben Sasse toured a factory in Omaha on Monday. "
        "The union leaders said they condemned the plant's closure."
    )
    assert "Mike Lee" not in _doers(result, "condemned")
