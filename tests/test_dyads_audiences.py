"""An audience and debate moderators are groups that can be a side: blame aimed at "the
audience" or at "the moderators" has a target."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def test_blame_of_the_audience_is_aimed_at_it() -> None:
    (r,) = run_texts("Governor Dale Hume then accused the audience of hostility.")
    assert [p.name for p in event_at(r, "accused").recipients] == ["the audience"]


def test_blame_of_debate_moderators_is_aimed_at_them() -> None:
    (r,) = run_texts("Governor Dale Hume railed against the debate moderators on Friday.")
    assert [p.sector for p in event_at(r, "railed against").recipients] == ["MED"]
