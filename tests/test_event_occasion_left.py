"""One who comes out of a meeting ("emerging from talks with X") took part in it."""

from __future__ import annotations

from tests.conftest import event_of_type, run_texts


def _countries(participants: list) -> list[str | None]:
    return [p.country for p in participants]


def test_who_comes_out_of_a_meeting_took_part_in_it() -> None:
    emerged, barred = run_texts(
        "Returning from talks with Chinese officials, the Japanese foreign minister said "
        "progress was made.",
        "The Japanese foreign minister said Iran was barred from talks with Chinese officials.",
    )
    talks = event_of_type(emerged, "CONSULT")
    assert (_countries(talks.actors), _countries(talks.recipients)) == (["JPN"], ["CHN"])
    assert all(p.country != "IRN" for e in barred.events for p in e.actors), (
        "one barred from talks is no party to them"
    )
