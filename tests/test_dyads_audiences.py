"""An audience and debate moderators are groups that can be a side: blame aimed at "the
audience" or at "the moderators" has a target."""

from __future__ import annotations

import pytest

from tests.conftest import event_at, run_texts


def test_blame_of_the_audience_is_aimed_at_it() -> None:
    (r,) = run_texts("Governor Dale Hume then accused the audience of hostility.")
    assert [p.name for p in event_at(r, "accused").recipients] == ["the audience"]


def test_blame_of_debate_moderators_is_aimed_at_them() -> None:
    (r,) = run_texts("Governor Dale Hume railed against the debate moderators on Friday.")
    assert [p.sector for p in event_at(r, "railed against").recipients] == ["MED"]


def test_a_crowd_told_a_verdict_is_no_target_of_it() -> None:
    (r,) = run_texts(
        '"I support and endorse Governor Ann Tull," Senator Joe Marks told a crowd in Dayton.'
    )
    assert [p.name for p in event_at(r, "support").recipients] == ["Ann Tull"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Joe Marks promised on Sunday at a rally in Reno to end the program.",
        "Senator Joe Marks promised at a Reno rally to end the program.",
    ],
)
def test_a_rally_where_a_promise_was_made_is_no_target_of_it(text: str) -> None:
    (r,) = run_texts(text)
    assert event_at(r, "promised").recipients == []


def test_an_audience_told_of_an_accusation_is_no_target_of_it() -> None:
    (r,) = run_texts(
        "The novelist Ana Ruiz told an audience at a festival in Houston that the senator's "
        "remarks were intolerable."
    )
    assert all(p.name != "an audience" for e in r.events for p in e.recipients)


def test_a_crowd_force_is_used_on_stays_the_target() -> None:
    (r,) = run_texts("Gunmen opened fire at a crowd in Kabul on Tuesday, killing 12 people.")
    assert [p.sector for p in event_at(r, "opened").recipients] == ["CVL"]


def test_a_verdict_told_to_an_audience_is_aimed_at_the_one_judged() -> None:
    (r,) = run_texts(
        "Senator Joe Marks told an audience in Houston that the governor's remarks were "
        "intolerable."
    )
    assert [p.name for p in event_at(r, "told").recipients] == ["the governor"]
