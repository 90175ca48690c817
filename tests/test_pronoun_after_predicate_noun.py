"""A predicate noun ("criticized the senator as a reckless man") says what someone already named
is: a pronoun after it stands for that person, not for an unnamed one, so the act it is the
object of keeps its target; a pronoun in a predicate noun's own relative clause still stands
for no one named."""

from __future__ import annotations

from eventwire.model import Event
from tests.conftest import run_texts


def _events(text: str) -> list[Event]:
    (result,) = run_texts(text, date="2016-03-02")
    return result.events


def _targets(events: list[Event], trigger: str) -> list[str]:
    event = next(e for e in events if e.trigger.text.startswith(trigger))
    return [p.name for p in event.recipients]


def test_a_pronoun_after_an_as_phrase_stands_for_the_person_described() -> None:
    events = _events(
        "Governor Lena Marsh criticized Senator Paul Odom as a reckless man and accused him "
        "of hiding the budget figures."
    )
    assert "Paul Odom" in " ".join(_targets(events, "accused"))


def test_a_pronoun_in_the_predicate_nouns_own_clause_stays_unlinked() -> None:
    events = _events(
        "Senator Paul Odom spoke on Monday. This is a man who said he would never attack "
        "Governor Lena Marsh."
    )
    attacks = [e for e in events if e.trigger.text.startswith("attack")]
    assert all(not e.actors for e in attacks)
