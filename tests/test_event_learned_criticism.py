"""Learned criticism (session 41): where the rules code no ACCUSE, a sentence-level model over
general features (valences, blame classes, how the negative word attaches to a party, quotes)
adds one, from the quote's speaker to the party judged, with the model's probability. A
negative word told of no party is no criticism."""

from __future__ import annotations

import pytest

from .conftest import event_types, run_texts

OPENING = "Senator Mary Holt spoke in Millbrook on Tuesday. "


def test_a_quoted_verdict_on_a_named_party_is_learned_criticism() -> None:
    text = OPENING + (
        '"Just when you thought Dan Reeve\'s awful month could not get any worse, it did," '
        "she said."
    )
    events = [e for e in run_texts(text)[0].events if e.type == "ACCUSE"]
    assert len(events) == 1
    event = events[0]
    assert event.trigger.text == "awful"
    assert text[event.trigger.start : event.trigger.end] == "awful"
    assert [p.name for p in event.actors] == ["Mary Holt"]
    assert [p.name for p in event.recipients] == ["Dan Reeve"]
    assert event.confidence_features[0] == "learned_criticism"
    assert 0.5 <= event.confidence <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        OPENING + "Officials said the storm caused terrible damage in the town of Millbrook.",
        OPENING + '"The flood was a terrible tragedy for our town," she said.',
    ],
)
def test_a_negative_word_told_of_no_party_is_no_criticism(text: str) -> None:
    assert "ACCUSE" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        OPENING + "The Millbrook Teachers Union said in a statement that Holt's "
        '"inflammatory rhetoric has gone far beyond politics."',
        OPENING + '"Her speech was inflammatory," Governor Dan Reeve said.',
    ],
)
def test_a_provocation_said_of_a_partys_words_accuses_the_speaker(text: str) -> None:
    """ "inflammatory" and "incendiary" judge whoever said the words, as "divisive" does."""
    events = [e for e in run_texts(text)[0].events if e.type == "ACCUSE"]
    assert [[p.name for p in e.recipients] for e in events] == [["Mary Holt"]]


def test_the_agent_of_a_passive_verdict_is_judged() -> None:
    """The doer of a passive verdict verb ("rigged by X") is the party it judges, as the
    subject of an active one is (session 69)."""
    text = OPENING + '"The election was rigged by Dan Reeve and his cronies," Holt said.'
    events = [e for e in run_texts(text)[0].events if e.type == "ACCUSE"]
    assert [(e.trigger.text, [p.name for p in e.recipients]) for e in events] == [
        ("rigged", ["Dan Reeve"])
    ]


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        ('"Dan Reeve had a reckless plan for the port," Holt said.', ["Dan Reeve"]),
        (
            '"Both Dan Reeve and Carl Mott had a reckless plan for the port," Holt said.',
            ["Dan Reeve", "Carl Mott"],
        ),
    ],
)
def test_a_named_party_holding_a_verdict_phrase_is_judged(text: str, judged: list[str]) -> None:
    """A copula or "have" makes its named subject hold the verdict's noun phrase ("X had a
    reckless plan"): the subject, each one joined by "and", is judged (session 69)."""
    events = [e for e in run_texts(OPENING + text)[0].events if e.type == "ACCUSE"]
    assert [(e.trigger.text, [p.name for p in e.recipients]) for e in events] == [
        ("reckless", judged)
    ]


@pytest.mark.parametrize(
    "text",
    [
        OPENING + '"Does Governor Dan Reeve have a reckless plan?" Senator Mary Holt asked.',
        OPENING + '"Governor Dan Reeve does not have a reckless plan," Senator Mary Holt said.',
        OPENING + '"He had a reckless plan for the port," Senator Mary Holt said.',
        OPENING + '"Voters have a dismal choice this year," Senator Mary Holt said.',
    ],
)
def test_a_verdict_phrase_held_in_a_question_negation_or_by_no_named_party_judges_none(
    text: str,
) -> None:
    assert "ACCUSE" not in event_types(text)


def test_the_doer_told_by_a_relative_clause_on_the_verdicts_noun_is_judged() -> None:
    """A deed told by an active relative clause on the judged noun ("the plan X pushed") is the
    clause subject's own, as a possessor's is ("X's plan"): that subject is judged (session 70)."""
    text = (
        OPENING
        + '"The reckless, disgraceful plan that Dan Reeve pushed will ruin the port," she said.'
    )
    events = [e for e in run_texts(text)[0].events if e.type == "ACCUSE"]
    assert [(e.trigger.text, [p.name for p in e.recipients]) for e in events] == [
        ("reckless", ["Dan Reeve"])
    ]


@pytest.mark.parametrize(
    "clause",
    [
        "that was pushed on Dan Reeve",  # a passive tells no doer
        "that hurt Dan Reeve",  # the relative word is the subject
        "that Dan Reeve did not push",  # a denied deed is no one's
    ],
)
def test_a_relative_clause_telling_no_deed_of_a_party_judges_none(clause: str) -> None:
    text = OPENING + f'"The reckless, disgraceful plan {clause} will ruin the port," she said.'
    assert "ACCUSE" not in event_types(text)


def test_a_verdict_predicated_of_a_relative_word_judges_the_party_it_stands_for() -> None:
    """ "X, who is a liar": the relative word subject stands for the noun its clause hangs on,
    so the named party is the one the verdict is predicated of (session 70)."""
    text = OPENING + '"Everyone knows Dan Reeve, who is a reckless and disgraceful liar," she said.'
    events = [e for e in run_texts(text)[0].events if e.type == "ACCUSE"]
    assert [(e.trigger.text, [p.name for p in e.recipients]) for e in events] == [
        ("liar", ["Dan Reeve"])
    ]
