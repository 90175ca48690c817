"""A protest told as the occasion of force used on it ("were arrested during protests") took
place: it is coded beside the arrest or the attack, with those the force was used on as its
doers and as the force's target. A campaign rally under a verb of speaking stays a venue."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _events(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    (result,) = run_texts(text, date="1998-05-10")
    return [
        (
            e.type,
            e.trigger.text,
            [p.name for p in e.actors],
            [p.name for p in e.recipients],
        )
        for e in result.events
    ]


@pytest.mark.parametrize(
    ("text", "force", "protest"),
    [
        (
            "Dozens of students were arrested during protests in Medan on Friday.",
            "arrested",
            "protests",
        ),
        (
            "Riot police detained 30 dockers at a rally outside the port in Pusan.",
            "detained",
            "rally",
        ),
    ],
)
def test_a_protest_met_by_force_is_coded_beside_it(text: str, force: str, protest: str) -> None:
    found = {(kind, trigger) for kind, trigger, _, _ in _events(text)}
    assert ("PROTEST", protest) in found
    assert ("COERCE", force) in found


def test_the_crowd_protests_and_is_the_target_of_the_force() -> None:
    events = _events("Police fired tear gas at farmers during a march in Nakuru on Monday.")
    protest = next(e for e in events if e[0] == "PROTEST")
    force = next(e for e in events if e[0] == "ASSAULT")
    assert protest[2] == ["farmers"] and protest[3] == []
    assert force[3] == ["farmers"]


def test_a_rally_a_candidate_spoke_at_stays_a_venue() -> None:
    events = _events("The governor spoke at a rally in Dayton on Tuesday.")
    assert not any(kind == "PROTEST" for kind, _, _, _ in events)


def test_a_policed_protest_keeps_the_doers_and_target_its_own_phrase_names() -> None:
    events = _events("Tear gas was fired during protests by students in Jakarta.")
    protest = next(e for e in events if e[0] == "PROTEST")
    assert protest[2] == ["students in Jakarta"]
    events = _events("Soldiers shot three students during a march against the government.")
    protest = next(e for e in events if e[0] == "PROTEST")
    assert protest[2] == ["students"] and protest[3] == ["the government"]
