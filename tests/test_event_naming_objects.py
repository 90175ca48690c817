"""A name given as a second object ("branded the envoy a liar"), with the one named read as
its modifier ("branded the exiles traitors") or in the passive ("was called a liar by Garcia")
is still an accusing naming (ACCUSE) by the namer; a neutral name is not."""

from __future__ import annotations

import pytest

from .conftest import run_texts


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("President Garcia branded the Chilean envoy a liar.", "the Chilean envoy"),
        ("President Garcia branded the Chilean exiles traitors.", "Chile"),
    ],
)
def test_a_name_read_as_an_object_still_accuses(text: str, target: str) -> None:
    (result,) = run_texts(text)
    (event,) = result.events
    assert event.type == "ACCUSE"
    assert [r.name for r in event.recipients] == [target]


def test_a_neutral_name_is_no_accusation() -> None:
    (result,) = run_texts("They call the plan Operation Condor.")
    assert result.events == []


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean exiles were branded traitors by President Garcia.",
        "The Chilean envoy was called a liar by President Garcia.",
    ],
)
def test_a_passive_naming_is_the_namers_accusation(text: str) -> None:
    (result,) = run_texts(text)
    (event,) = result.events
    assert (event.type, [a.name for a in event.actors]) == ("ACCUSE", ["Alan Garcia"])
    assert event.recipients


@pytest.mark.parametrize(
    "text",
    [
        "Senator Garcia called the mayor a con artist on Thursday.",
        "Senator Garcia called Governor Lopez a failure.",
    ],
)
def test_a_negative_name_the_lists_lack_accuses_the_one_named(text: str) -> None:
    (result,) = run_texts(text)
    assert [(e.type, [a.name for a in e.actors]) for e in result.events] == [("ACCUSE", ["Garcia"])]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Garcia called Governor Lopez a candidate for the post.",
        "Senator Garcia called the mayor a lawyer on Thursday.",
    ],
)
def test_naming_someone_neutrally_is_no_appeal(text: str) -> None:
    (result,) = run_texts(text)
    assert result.events == []


@pytest.mark.parametrize(
    "text",
    [
        "The exiles were labeled traitors by President Garcia.",
        "The union leaders were labeled traitors by President Garcia.",
    ],
)
def test_the_by_phrase_hung_on_the_name_is_the_namer(text: str) -> None:
    (result,) = run_texts(text)
    accusations = [e for e in result.events if e.type == "ACCUSE"]
    assert accusations and [a.name for a in accusations[0].actors] == ["Alan Garcia"]
