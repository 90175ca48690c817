"""A joint act told with one side only (a meeting, talks, a visit) takes its counterpart from
the latest earlier act of its kind with that party, or from the same meeting told again in the
next sentence; a partner the text names but no actor was read from (a pronoun, a plural, an
indefinite place, a definite thing) is left alone, and so is a party with no such act told."""

from __future__ import annotations

import pytest

from .conftest import event_dyads


def _consults(text: str) -> list[tuple[list[str | None], list[str | None]]]:
    return [(s, r) for t, s, r in event_dyads(text) if t == "CONSULT"]


def test_a_later_one_sided_meeting_continues_the_earlier_one() -> None:
    text = (
        "Prime Minister Narendra Modi met French President Emmanuel Macron in Paris on Monday. "
        "Modi talked for two hours about trade and defence, officials said."
    )
    assert _consults(text) == [(["IND"], ["FRA"]), (["IND"], ["FRA"])]


def test_a_described_partner_is_named_by_the_next_sentence() -> None:
    text = (
        "Senator Ana Ruiz left the campaign on Tuesday to meet one on one with the man she hopes "
        "to succeed. After a long meeting with German Chancellor Olaf Scholz, Ruiz said little."
    )
    assert _consults(text)[0][1] == ["DEU"]


@pytest.mark.parametrize(
    "second",
    [
        "Modi later met with reporters at the embassy.",
        "Modi visited a school in the suburbs.",
        "Modi spoke French and visited the grave of Theodor Herzl.",
    ],
)
def test_a_told_partner_gets_no_counterpart(second: str) -> None:
    text = f"Prime Minister Narendra Modi met French President Emmanuel Macron in Paris. {second}"
    assert all(r != ["FRA"] for _, r in _consults(text)[1:])


def test_no_earlier_meeting_gives_no_counterpart() -> None:
    text = "Prime Minister Narendra Modi talked for two hours on Monday, officials said."
    assert all(r == [] for _, r in _consults(text))
