"""An office speaks for the one who holds it: "the president's office denied" is the
president's denial, and a town named before its mayor makes the mayor that town's country's."""

from __future__ import annotations

from eventwire.model import Code
from tests.conftest import run_texts


def _sources(text: str) -> list[tuple[str, str | None]]:
    (result,) = run_texts(text)
    return [(p.name, p.country) for e in result.events for p in e.actors]


def _value(code: Code | None) -> str | None:
    return code.value if code else None


def test_a_titled_holders_office_acts_for_the_holder() -> None:
    assert _sources("The Ghanaian president's office rejected the claims.") == [
        ("The Ghanaian president", "GHA")
    ]


def test_a_town_before_its_mayor_gives_the_mayor_its_country() -> None:
    assert _sources("The Chicago mayor's office denied the report on Monday.") == [
        ("The Chicago mayor", "USA")
    ]


def test_a_negotiator_named_with_a_country_is_its_government() -> None:
    (result,) = run_texts("Canadian negotiator Jean Tremblay accepted the offer.")
    actor = next(a for a in result.actors if a.name == "Jean Tremblay")
    assert (_value(actor.country), _value(actor.sector)) == ("CAN", "GOV")


def test_a_town_councillor_is_the_towns_legislator() -> None:
    (result,) = run_texts("Denver Councilman Mark Ruiz criticized the police chief.")
    actor = next(a for a in result.actors if a.name == "Mark Ruiz")
    assert (_value(actor.country), _value(actor.sector)) == ("USA", "LEG")
