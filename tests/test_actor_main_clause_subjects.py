"""A subject pronoun that opens a main clause stands for the person the sentence before was
about (its main-clause subject), not a person named in a clause under it."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_actors_pronoun_gender import linked_to


def test_he_after_a_report_of_what_another_would_do_is_the_reporter() -> None:
    (r,) = run_texts(
        "Governor Tom Wexley told voters in Dayton that Senator Paul Brandt would lose the "
        "primary. He also praised the mayor of Dayton."
    )
    assert linked_to(r, "He") == "Tom Wexley"


def test_the_event_of_that_pronoun_has_the_reporter_as_source() -> None:
    (r,) = run_texts(
        "Mayor Alan Fitch said on Monday that Prime Minister Boris Johnson should resign. He also "
        "accused the city council of lying to voters."
    )
    (accused,) = [e for e in r.events if e.trigger.text == "accused"]
    assert [p.name for p in accused.actors] == ["Alan Fitch"]


def test_with_no_person_in_the_main_clause_the_latest_subject_still_holds() -> None:
    (r,) = run_texts(
        "The court's ruling said that Senator Paul Brandt had broken the law. He denied it on "
        "Tuesday."
    )
    assert linked_to(r, "He") == "Paul Brandt"
