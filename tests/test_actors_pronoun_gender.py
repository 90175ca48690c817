"""Pronoun links agree in gender with the person they stand for."""

from __future__ import annotations

from eventwire.model import ArticleResult
from tests.conftest import run_texts


def linked_to(result: ArticleResult, pronoun: str, nth: int = 0) -> str | None:
    """The actor name the nth mention with this surface text is linked to."""
    names = {a.id: a.name for a in result.actors}
    found = [m for m in result.mentions if m.evidence.text == pronoun]
    return names.get(found[nth].actor_id) if len(found) > nth else None


def test_he_skips_a_woman_named_just_before() -> None:
    (r,) = run_texts(
        "Senator John Walsh criticized the plan on Monday. Governor Mary Fallin answered the "
        "senator, and he said the answer was weak."
    )
    assert linked_to(r, "he") == "John Walsh"


def test_a_courtesy_title_tells_the_gender_of_a_name_the_table_does_not_know() -> None:
    (r,) = run_texts(
        "Mrs. Nwanguma protested at a rally of Donald Trump. Guards then pushed her out."
    )
    assert linked_to(r, "her") == "Nwanguma"


def test_a_pronoun_still_stands_for_a_person_of_unknown_gender() -> None:
    (r,) = run_texts("Crenshaw was confirmed by the Senate. Nobody opposed him in the vote.")
    assert linked_to(r, "him") == "Crenshaw"


def test_a_reflexive_stands_for_its_own_clause_subject() -> None:
    (r,) = run_texts(
        "When Jane Moore learned that Donald Trump would come, she steeled herself for the rally."
    )
    assert linked_to(r, "she") == "Jane Moore"
    assert linked_to(r, "herself") == "Jane Moore"


def test_a_courtesy_title_picks_the_namesake_of_its_gender() -> None:
    (r,) = run_texts(
        "Hillary Clinton campaigned in Ohio. Bill Clinton spoke in Iowa on Monday. "
        "Mrs. Clinton won the primary on Tuesday."
    )
    assert linked_to(r, "Clinton") == "Hillary Clinton"


def test_a_bare_surname_means_the_namesake_the_story_is_about() -> None:
    (r,) = run_texts(
        "Sen. Chris Murphy held the floor for 15 hours. Murphy said the Senate must act. "
        "Murphy spoke of Anne Marie Murphy, a teacher's aide who was killed. "
        "Murphy has an ally in Hillary Clinton."
    )
    assert linked_to(r, "Murphy", 2) == "Chris Murphy"


def test_she_skips_a_known_man_called_by_surname_alone() -> None:
    (r,) = run_texts(
        "President Obama won the state twice. Many Democrats praised Rep. Laura Benning of "
        "Ohio. Last month, she released a new ad against the plan.",
    )
    assert linked_to(r, "she") == "Laura Benning"
