"""Someone wanted or held "for questioning" is the target of the questioning (ACCUSE), done by
whoever "by" names; the person is never its doer."""

from __future__ import annotations

from .conftest import run_texts


def _sides(text: str) -> list[tuple[str, list[str], list[str]]]:
    (result,) = run_texts(text)
    return [
        (e.type, [a.name for a in e.actors], [r.name for r in e.recipients]) for e in result.events
    ]


def test_a_person_wanted_for_questioning_is_its_target() -> None:
    text = (
        "The Chilean activist wanted for questioning in the bombing of a bank "
        "may have fled to Argentina."
    )
    assert ("ACCUSE", [], ["The Chilean activist"]) in _sides(text)


def test_a_suspect_held_for_questioning_by_police() -> None:
    ((kind, actors, targets),) = _sides(
        "The Bolivian suspect was held for questioning by police in La Paz."
    )
    assert (kind, actors) == ("ACCUSE", ["police"]) and targets
