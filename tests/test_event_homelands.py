"""A possessed homeland is its owner's country: "our country was attacked" in a quotation is the
speaker's, "his country" its owner's; a homeland gone into is a place, no party."""

from __future__ import annotations

from .conftest import event_dyads


def _dyad(text: str, type_: str) -> tuple[list[str | None], list[str | None]]:
    return next((s, t) for kind, s, t in event_dyads(text, date="2016-05-02") if kind == type_)


def test_our_country_in_a_quotation_is_the_speakers() -> None:
    text = '"Yesterday our country was attacked by a terrorist," Obama said on Monday.'
    assert _dyad(text, "ASSAULT")[1] == ["USA"]


def test_threatening_our_nation_is_aimed_at_the_speakers_country() -> None:
    text = '"Iran threatens our nation," Netanyahu said on Tuesday.'
    assert _dyad(text, "THREATEN") == (["IRN"], ["ISR"])


def test_calling_a_party_a_threat_to_our_nation_accuses_it() -> None:
    text = '"Iran is a threat to our nation," Netanyahu said on Tuesday.'
    assert _dyad(text, "ACCUSE") == (["ISR"], ["IRN"])


def test_his_country_is_the_owners_country() -> None:
    text = "The French president said on Friday that the terrorists attacked his country."
    assert _dyad(text, "ASSAULT")[1] == ["FRA"]


def test_a_homeland_gone_into_is_a_place_not_a_party() -> None:
    text = '"I only want to admit individuals into our country who love our people," Trump said.'
    assert _dyad(text, "SUPPORT")[1] == []
