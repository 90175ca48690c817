"""Standing positions on issues in the simple present ("she backs lower tariffs") are states,
not acts; support, requests and rejections aimed at a party, its act or an event, or told as
a pledge or in the past, stay events."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Governor Ellis backs lower property taxes, while her rival wants bridges.", "SUPPORT"),
        ("The senator from Oregon calls for higher fuel standards in his platform.", "REQUEST"),
        ('"I oppose offshore drilling," said Karen Doyle, a teacher from Tulsa.', "REJECT"),
    ],
)
def test_a_stance_on_an_issue_is_no_event(text: str, type_: str) -> None:
    assert type_ not in event_types(text)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Governor Ellis backed Senator Ruiz at a rally in Denver on Monday.", "SUPPORT"),
        ("Governor Ellis will support the tax bill in the vote next week.", "SUPPORT"),
        ("Chilean officials deny any links to the smuggling ring.", "REJECT"),
    ],
)
def test_stances_toward_parties_pledges_and_denials_stay_events(text: str, type_: str) -> None:
    assert type_ in event_types(text)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Senator Ruiz said he fully supports the final bill on school lunches.", "SUPPORT"),
        ("Midwest Governors Call For Action After Factory Fire In Ohio.", "REQUEST"),
        ("Lawyers for Mayor Karen Doyle said she opposes the motion to unseal.", "REJECT"),
    ],
)
def test_stances_on_a_bill_and_in_headlines_stay_events(text: str, type_: str) -> None:
    assert type_ in event_types(text)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Governor Ellis supports cutting the state sales tax by two points.", "SUPPORT"),
        ("Mayor Karen Doyle of Tulsa opposes extending the old pipeline to the coast.", "REJECT"),
    ],
)
def test_a_stance_on_a_course_of_action_is_no_event(text: str, type_: str) -> None:
    assert type_ not in event_types(text)


def test_a_course_that_names_a_party_stays_an_event() -> None:
    text = "Senator Ruiz supports arming Kurdistan in the fight against the militants."
    assert "SUPPORT" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ellis did not support closing the rural clinics last year, her aide said.",
        "The council's support for renaming the old bridge was unanimous.",
    ],
)
def test_a_course_of_action_in_any_tense_or_as_a_noun_is_no_event(text: str) -> None:
    assert "SUPPORT" not in event_types(text)
    assert "REJECT" not in event_types(text)
