"""Support and criticism told in the wider words of campaign and legislative news: sponsoring
a bill, uniting or sticking behind someone, coming out for a candidate; exposing a wrong,
speaking out against someone, painting someone as weak, being met with mockery; stopping
short of what is asked. The same words in their other senses stay no event."""

from __future__ import annotations

import pytest

from .conftest import event_types, run_texts


@pytest.mark.parametrize(
    "text,type_",
    [
        ("Senator Jones, who sponsored the bill, spoke on Monday.", "SUPPORT"),
        ("Nurses are uniting behind the Health Act.", "SUPPORT"),
        ("The donors stuck by Sanders.", "SUPPORT"),
        ("The mayor came out for Clinton on Monday.", "SUPPORT"),
        ("The governor threw his support behind Kasich.", "SUPPORT"),
        ("Conservative commentators have exposed his hypocrisy on trade.", "ACCUSE"),
        ("The pastor spoke out against the governor.", "ACCUSE"),
        ("Kasich painted Rubio as weak.", "ACCUSE"),
        ("I had to figure out how to attack a friend without insulting him.", "ACCUSE"),
        ("She has stopped short of calls from her rivals to break up the banks.", "REJECT"),
        ("The bill was supported by the liberal media and every other candidate.", "SUPPORT"),
        ("They are advertising against me in Ohio as we speak.", "ACCUSE"),
        ("The senator said the governor was cruel and heartless.", "ACCUSE"),
    ],
)
def test_class_words_code_their_act(text: str, type_: str) -> None:
    assert type_ in event_types(text)


@pytest.mark.parametrize(
    "text,absent",
    [
        ("Coca-Cola sponsored the concert.", "SUPPORT"),  # a business sponsor, no bill
        ("The company is advertising against its rivals' prices.", "ACCUSE"),  # at no one
        ("He said he would regret it if he did not speak out.", "ACCUSE"),  # against no one
        ("The man attacked a friend with a knife.", "ACCUSE"),  # force, not words
        ("Every week, the governor criticizes the mayor.", "ACCUSE"),  # a habit, not an act
    ],
)
def test_other_senses_stay_what_they_were(text: str, absent: str) -> None:
    assert absent not in event_types(text)


def test_being_met_with_mockery_is_criticism_of_the_subject() -> None:
    (result,) = run_texts("The senator was met with mockery on Monday.")
    (event,) = [e for e in result.events if e.type == "ACCUSE"]
    assert [p.mention.text for p in event.recipients] == ["The senator"]
