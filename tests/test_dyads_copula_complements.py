"""Doers of an infinitive on a participle that completes a copula (session 41, sources41):
"is inclined to endorse X" is done by the copula's subject."""

from __future__ import annotations

from tests.conftest import run_texts


def test_infinitive_on_a_copula_participle_is_done_by_its_subject() -> None:
    (result,) = run_texts(
        "Governor Alma Rios toured a factory on Monday. "
        "Rios likes Senator Paul Okafor and is inclined to endorse him."
    )
    (event,) = [e for e in result.events if e.trigger.text == "endorse"]
    assert [p.name for p in event.actors] == ["Alma Rios"]
    assert [p.name for p in event.recipients] == ["Paul Okafor"]
