"""A negated verb of opinion over a clause with a modal ("I don't think the union would
endorse him") tells a prediction that the act will not come: no act is told done or undone, so
none is coded as a negated act; the act's own negation still is one."""

from __future__ import annotations

import pytest

from eventwire.events.extract import ALL_EVENTS_SETTING

from .conftest import typed_modalities


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"I don\'t think the union would ever endorse the mayor," Ms. Ruiz said.', "SUPPORT"),
        ("The governor does not believe the council will reject the budget.", "REJECT"),
        ('"We don\'t think Oslo will meet the rebels," the minister told reporters.', "CONSULT"),
    ],
)
def test_a_denied_prediction_is_no_negated_act(
    text: str, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ALL_EVENTS_SETTING, "1")  # a hypothetical act is only kept in `--all`
    assert typed_modalities(text) == [(kind, "hypothetical")]


def test_the_act_own_negation_still_negates_it() -> None:
    coded = typed_modalities("The union did not endorse the mayor, Ms. Ruiz said.")
    assert coded == [("SUPPORT", "negated")]


def test_a_denied_duty_is_no_prediction() -> None:
    """ "should" tells what is to be done, not what will come: the act stays negated."""
    text = "Obama said he does not think Congress should block the deal."
    assert ("REJECT", "negated") in typed_modalities(text)
