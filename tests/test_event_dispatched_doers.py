"""An infinitive after a verb that sends, brings or takes on a party tells that party's act:
"Obama sent Kerry to Moscow to meet Putin" is a meeting of Kerry's. After other verbs it is the
subject's purpose: "Obama called Putin to discuss Syria" is Obama's."""

from __future__ import annotations

import pytest

from .conftest import event_at, run_texts


@pytest.mark.parametrize(
    "text,trigger,doer",
    [
        ("Barack Obama sent John Kerry to Moscow to meet Vladimir Putin.", "meet", "John Kerry"),
        ("Barack Obama dispatched Joe Biden to Kiev to reassure Ukraine.", "reassure", "Joe Biden"),
        ("Barack Obama called Vladimir Putin to discuss Syria.", "discuss", "Barack Obama"),
    ],
)
def test_the_party_sent_does_the_act(text: str, trigger: str, doer: str) -> None:
    (result,) = run_texts(text)
    assert [a.name for a in event_at(result, trigger).actors] == [doer]


def test_staff_sent_as_a_body_act_for_the_sender() -> None:
    text = "The United Nations sent 21 military personnel to Bosnia to investigate the attack."
    (result,) = run_texts(text)
    assert [a.name for a in event_at(result, "investigate").actors] == ["United Nations"]


def test_a_thing_sent_is_no_party() -> None:
    text = "Barack Obama sent it to Congress to criticize the deal."
    (result,) = run_texts(text)
    assert [a.name for a in event_at(result, "criticize").actors] == ["Barack Obama"]
