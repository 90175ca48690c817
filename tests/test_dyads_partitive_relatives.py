"""A relative pronoun counted out of ("ten senators, two of whom pledged ...") stands for the
group its clause describes: they act in that clause."""

from __future__ import annotations

import pytest

from eventwire.events.phrase_links import relative_antecedent
from eventwire.parse.nlp import load_nlp

from .conftest import event_at, run_texts


def test_a_counted_relative_acts_for_its_group() -> None:
    (result,) = run_texts(
        "Nigeria has ten senators, two of whom have pledged their support to Buhari."
    )
    event = event_at(result, "support")
    assert [(a.name, a.country) for a in event.actors] == [("senators", "NGA")]


def test_only_a_counted_relative_stands_for_the_group() -> None:
    doc = load_nlp()("Nigeria has ten senators, two of whom have pledged support.")
    whom = next(t for t in doc if t.lower_ == "whom")
    assert relative_antecedent(whom) is not None and relative_antecedent(whom).text == "senators"
    doc = load_nlp()("The envoy, the aide of whom spoke, left.")
    whom = next(t for t in doc if t.lower_ == "whom")
    assert relative_antecedent(whom) is None


@pytest.mark.parametrize(
    ("text", "kind", "doer"),
    [
        (
            "Peru has six senators, two of whom pledged their support to the Chilean president.",
            "SUPPORT",
            "senators",
        ),
        (
            "The union has four leaders, two of whom made threats against the mayor.",
            "THREATEN",
            "leaders",
        ),
    ],
)
def test_two_of_whom_are_some_of_the_noun_described(text: str, kind: str, doer: str) -> None:
    (result,) = run_texts(text)
    doers = [p.name for e in result.events if e.type == kind for p in e.actors]
    assert any(doer in name for name in doers)
