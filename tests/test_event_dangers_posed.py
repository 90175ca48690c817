"""A threat that a party or thing poses, or is said to be, is a danger judged, not a threat
made: no THREATEN; said of someone, posed or been, it is blame, as "a disgrace" is. A threat
made keeps its type: with its content ("a threat to close the strait") or its aim ("threats
against")."""

from __future__ import annotations

from tests.conftest import run_texts


def _events(text: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    (result,) = run_texts(text, date="2016-05-02")
    return [
        (e.type, [a.country for a in e.actors], [r.country for r in e.recipients])
        for e in result.events
    ]


def test_a_danger_posed_is_no_threat_made() -> None:
    text = "The general said Hamas poses a grave threat to Egyptian security."
    assert [t for t, _, _ in _events(text)] == ["ACCUSE"]  # blame, as "is a threat" (judge37)
    assert _events("Brainard said the Fed was underestimating the threat of a downturn.") == []


def test_a_party_said_to_be_a_threat_is_blamed() -> None:
    text = "Merkel declared that Putin was a threat to European democracy."
    assert _events(text) == [("ACCUSE", ["DEU"], ["RUS"])]
    text = "The Japanese defense minister called North Korea the greatest threat to the region."
    assert [t for t, _, _ in _events(text)] == ["ACCUSE"]


def test_threats_made_stay_threats() -> None:
    assert [t for t, _, _ in _events("Iran issued a threat to close the Strait of Hormuz.")] == [
        "THREATEN"
    ]
    assert [t for t, _, _ in _events("Pakistan made threats against India on Monday.")] == [
        "THREATEN"
    ]
