"""A pronoun that says a quote never stands for a person the quote itself names ("We welcome
the stranger," she said: she is the speaker named before, not the stranger), so the quoted
commitment keeps its doer; a pronoun after an unnamed person in a plain clause still stays
unlinked."""

from __future__ import annotations

from tests.conftest import event_dyads, run_texts

LEAD = "Chilean President Maria Rojas addressed the crowd in Santiago on Friday. "


def test_speaker_pronoun_skips_a_person_noun_inside_the_quote() -> None:
    text = LEAD + '"As a nation, we will keep welcoming the stranger," she said.'
    (result,) = run_texts(text)
    assert [q.speaker.name for q in result.quotes] == ["Maria Rojas"]
    assert ("SUPPORT", ["CHL"], []) in event_dyads(text)


def test_pronoun_after_an_unnamed_doer_outside_quotes_stays_unlinked() -> None:
    text = LEAD + "A witness said the gunman fired as he was running toward the gate."
    assert all(not sources for _, sources, _ in event_dyads(text))
