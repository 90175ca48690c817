"""A state's diplomatic posts are an actor of their own: officials of the state told after an
embassy ("American authorities allege ...") are not the embassy, though both are the state's
government (GOV); the post's staff ("embassy personnel") are the post's."""

from __future__ import annotations

from tests.conftest import run_texts


def sources(text: str, trigger: str) -> list[str]:
    """Names of the sources of the event told by `trigger`."""
    (result,) = run_texts(text, date="1999-03-03")
    event = next(e for e in result.events if e.trigger.text == trigger)
    return [p.name for p in event.actors]


def test_officials_after_an_embassy_are_not_the_embassy() -> None:
    text = (
        "A grenade attack damaged the French embassy in Lima on Monday. "
        "French officials accused a rebel faction of the attack."
    )
    assert sources(text, "accused") == ["French officials"]


def test_an_embassy_named_again_is_the_same_embassy() -> None:
    (result,) = run_texts(
        "Protesters stoned the British embassy in Tehran. "
        "The British embassy condemned the attack.",
        date="1999-03-03",
    )
    embassies = [a for a in result.actors if "embassy" in a.name.lower()]
    assert len(embassies) == 1
