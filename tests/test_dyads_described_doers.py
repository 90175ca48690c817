"""Doers named through a description: a relative clause on a list of predicated descriptions,
and a noun of advice whose clause asks someone to act."""

from __future__ import annotations

from tests.conftest import event_at, run_texts
from tests.test_dyads import _countries


def test_a_relative_clause_on_a_listed_description_is_said_of_the_copulas_subject() -> None:
    (r,) = run_texts(
        "The Chilean foreign minister is a veteran diplomat, a former judge and a critic "
        "who has repeatedly condemned Bolivia."
    )
    condemned = event_at(r, "condemned")
    assert _countries(condemned.actors) == {"CHL"}, "the minister is the critic who condemned"
    assert _countries(condemned.recipients) == {"BOL"}


def test_a_relative_clause_after_a_coordinated_copula_is_said_of_the_first_verbs_subject() -> None:
    (r,) = run_texts(
        "President Vladimir Putin often travels abroad and is a leader and strategist "
        "who has threatened Ukraine."
    )
    assert _countries(event_at(r, "threatened").actors) == {"RUS"}


def test_whoever_makes_a_suggestion_that_someone_act_is_its_source() -> None:
    (r,) = run_texts(
        "Japanese Prime Minister Shinzo Abe made the suggestion that China should "
        "release the detained fishermen."
    )
    suggestion = event_at(r, "suggestion")
    assert suggestion.type == "REQUEST"
    assert _countries(suggestion.actors) == {"JPN"}


def test_the_owner_of_a_suggestion_is_its_source_not_its_target() -> None:
    (r,) = run_texts(
        "German Chancellor Angela Merkel’s suggestion that Greece should leave the euro "
        "came on Monday."
    )
    suggestion = event_at(r, "suggestion")
    assert _countries(suggestion.actors) == {"DEU"}
    assert "DEU" not in _countries(suggestion.recipients)
