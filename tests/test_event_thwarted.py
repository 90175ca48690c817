"""A lawsuit whose stated aim is to thwart another party's act is aimed at that act's doer; an
aim that names no doer ties no one."""

from __future__ import annotations

from eventwire.model import Event
from tests.conftest import run_texts


def _events(text: str) -> list[Event]:
    (result,) = run_texts(text, date="2015-06-10")
    return result.events


def _targets(events: list[Event], trigger: str) -> list[str]:
    event = next(e for e in events if e.trigger.text.startswith(trigger))
    return [p.name for p in event.recipients]


def test_suing_to_block_a_companys_purchase_is_aimed_at_the_company() -> None:
    events = _events(
        "The Justice Department sued to block Halvorsen Steel's purchase of Mill Corp."
    )
    assert "Halvorsen Steel" in " ".join(_targets(events, "sued"))


def test_a_lawsuit_to_block_an_offer_by_a_firm_is_aimed_at_the_firm() -> None:
    # a regulator, not a rival firm: a suit between two businesses is commerce (dealt_sides)
    events = _events(
        "The Federal Trade Commission said it filed a lawsuit in federal court to block a "
        "tender offer by Kestrel Capital Partners."
    )
    assert "Kestrel Capital Partners" in " ".join(_targets(events, "filed"))


def test_suing_to_block_a_merger_with_no_doer_ties_no_one() -> None:
    events = _events("The Justice Department sued to block the merger on Tuesday.")
    assert not _targets(events, "sued")
