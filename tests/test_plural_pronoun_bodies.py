"""A body a singular common noun names ("the government") is "it" in news English: "they" or
"them" after it means others, so no act is aimed at, or done by, that body through the pronoun;
a joined pair ("the government and the army") and groups told as plural ("the police") still
are "they"."""

from __future__ import annotations

from eventwire.model import Event
from tests.conftest import run_texts


def _events(text: str) -> list[Event]:
    (result,) = run_texts(text, date="2016-03-02")
    return result.events


def _sides(events: list[Event], trigger: str) -> tuple[list[str], list[str]]:
    event = next(e for e in events if e.trigger.text.startswith(trigger))
    return [p.name for p in event.actors], [p.name for p in event.recipients]


def test_them_after_a_singular_body_is_not_that_body() -> None:
    events = _events(
        "The government is honing its latest tool against offshore lenders: a plan to bar "
        "them from moving their cash."
    )
    _, targets = _sides(events, "bar")
    assert all("government" not in name for name in targets)


def test_they_in_the_next_sentence_is_not_the_singular_body_before() -> None:
    events = _events(
        "The government is honing its latest tool against offshore lenders. And bank lawyers "
        "are warning that they will walk away if they are not paid."
    )
    for event in events:
        names = [p.name for p in [*event.actors, *event.recipients]]
        assert all("government" not in name for name in names)


def test_they_after_the_police_is_the_police() -> None:
    doers, _ = _sides(_events("The police said they had arrested two men near the border."), "arr")
    assert doers == ["The police"]


def test_they_after_a_joined_pair_is_the_pair() -> None:
    events = _events("The government and the army said they would expel the envoy.")
    doers, _ = _sides(events, "expel")
    assert len(doers) == 2
