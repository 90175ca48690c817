"""Doers named through a description: a relative clause on a list of predicated descriptions
is said of the copula's subject, also after a copula coordinated with the subject's verb."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def test_a_relative_clause_on_a_listed_description_is_said_of_the_copulas_subject() -> None:
    (r,) = run_texts(
        "The Chilean foreign minister is a veteran diplomat, a former judge and a critic "
        "who has repeatedly condemned Bolivia."
    )
    condemned = event_at(r, "condemned")
    assert countries_of(condemned.actors) == {"CHL"}, "the minister is the critic who condemned"
    assert countries_of(condemned.recipients) == {"BOL"}


def test_a_relative_clause_after_a_coordinated_copula_is_said_of_the_first_verbs_subject() -> None:
    (r,) = run_texts(
        "President Vladimir Putin often travels abroad and is a leader and strategist "
        "who has threatened Ukraine."
    )
    assert countries_of(event_at(r, "threatened").actors) == {"RUS"}
