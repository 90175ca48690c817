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
    ],
)
def test_stances_on_a_bill_and_in_headlines_stay_events(text: str, type_: str) -> None:
    assert type_ in event_types(text)
