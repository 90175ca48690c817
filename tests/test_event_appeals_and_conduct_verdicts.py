"""Appeals told as a duty or as advice, and verdicts told through a party's conduct
(appeals41): "said the council ought to act", "some advice for the union: don't strike"
ask a party; "cynically exploited", "disgracefully refused", "is not telling the truth" accuse
the doer. Duties of things, the passive's victim and one's own honesty stay out."""

from __future__ import annotations

import pytest

from .conftest import event_dyads, event_types, run_texts


def test_a_modal_headed_duty_of_a_party_is_a_request() -> None:
    dyads = event_dyads("The German chancellor said France ought to cut its deficit this year.")
    assert ("REQUEST", ["DEU"], ["FRA"]) in dyads


def test_a_modal_headed_expectation_of_a_thing_is_no_request() -> None:
    assert "REQUEST" not in event_types("The minister said prices ought to fall next year.")


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president had a message for Uganda on Friday: withdraw your troops.",
        "The Kenyan president has some advice for Uganda: don't underestimate the rebels.",
    ],
)
def test_advice_for_a_party_spelled_out_as_a_command_is_a_request(text: str) -> None:
    assert ("REQUEST", ["KEN"], ["UGA"]) in event_dyads(text)


def test_advice_followed_by_a_statement_is_no_request() -> None:
    text = "The Kenyan president had a message for Uganda: the border is open."
    assert "REQUEST" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Greek prime minister said Turkey cynically exploited the refugee crisis.",
        "Turkey shamelessly ignored the warnings, the Greek prime minister said.",
        "The Greek prime minister said Turkey arbitrarily closed the border crossings.",
        "Turkey improperly withheld the shipping records, the Greek prime minister said.",
    ],
)
def test_a_condemning_adverb_on_a_party_act_accuses_the_doer(text: str) -> None:
    assert ("ACCUSE", ["GRC"], ["TUR"]) in event_dyads(text)


def test_a_quoted_condemned_refusal_accuses_the_doer() -> None:
    text = (
        "The Greek prime minister spoke on Monday. "
        '"Turkey disgracefully refused to even discuss the islands. That must end," he said.'
    )
    (result,) = run_texts(text)
    accusations = [e for e in result.events if e.type == "ACCUSE"]
    assert [(e.trigger.text, [r.country for r in e.recipients]) for e in accusations] == [
        ("refused", ["TUR"])
    ]


def test_the_passive_victim_of_an_unfair_act_is_not_accused() -> None:
    text = "The Greek prime minister said Turkey was unfairly treated by the European Union."
    assert ("ACCUSE", ["GRC"], ["TUR"]) not in event_dyads(text)


@pytest.mark.parametrize(
    "text",
    [
        '"He is not telling the truth," the Greek prime minister said of the Turkish president.',
        "The Greek prime minister said the Turkish president was not telling the truth.",
    ],
)
def test_truth_withheld_by_a_party_is_an_accusation_not_a_denial(text: str) -> None:
    dyads = event_dyads(text)
    assert ("ACCUSE", ["GRC"], ["TUR"]) in dyads
    assert not any(d[0] == "REJECT" for d in dyads)


def test_ones_own_words_denied_stay_a_denial() -> None:
    assert "REJECT" in event_types('"I never said that," Senator Tom Baker said.')


def test_a_duty_told_to_the_press_asks_the_bound_party_not_the_reporters() -> None:
    text = "The German chancellor told reporters that France ought to cut its deficit."
    assert event_dyads(text) == [("REQUEST", ["DEU"], ["FRA"])]
