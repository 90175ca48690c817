"""An act told as the aim of a drive ("mounted a campaign to condemn X", "a push to repeal")
or held "on record" is done by whoever mounts the drive or is on record."""

from __future__ import annotations

from tests.conftest import doer_names


def test_a_campaign_to_act_is_its_mounters_act() -> None:
    text = "Mr. Ali Hassan has mounted a public campaign to condemn Senator Paul Hart."
    assert doer_names(text, "condemn") == ["Ali Hassan"]


def test_on_record_opposing_is_done_by_the_one_on_record() -> None:
    text = "Senator Ann Moore is on record opposing the governor's plan."
    assert doer_names(text, "opposing") == ["Ann Moore"]
