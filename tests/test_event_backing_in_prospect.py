"""The backing a named party may give another ("the donor may back the governor", "the senator
might vote for the mayor") is coded, hypothetical, as the coded sets code it
(`events.conditional_threats.hypothetical`); what a party ought to or is able to back, the
backing a condition supposes, a policy backed, a group told by what it may back, or a poll's
share stays musing."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _supports(text: str) -> list[str]:
    (result,) = run_texts(text)
    return [e.modality.value for e in result.events if e.type == "SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "Casino owner Sheldon Adelson may back Donald Trump in the general election.",
        "Senator Ted Cruz might endorse Donald Trump before the convention.",
    ],
)
def test_backing_a_named_party_may_give_another_is_coded_hypothetical(text: str) -> None:
    assert _supports(text) == ["hypothetical"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ted Cruz should endorse Donald Trump before the convention.",
        "Senator Ted Cruz can endorse Donald Trump whenever he likes.",
        "If Senator Ted Cruz endorses Donald Trump, the party will unite.",
        "Senator Ted Cruz would support longer library hours for students.",
        "The donors, party elders who may back the candidate of their choice, met in Ohio.",
        "About 40 percent of voters said they might vote for Senator Ted Cruz.",
    ],
)
def test_backing_one_ought_to_or_can_give_supposed_or_polled_is_no_event(text: str) -> None:
    assert _supports(text) == []
