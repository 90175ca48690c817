"""A phrasal verb's preposition belongs to the verb also where the parser hangs it on the
particle ("walked out of the meeting with X", "out" read as a preposition): its phrases name
the act's target; a particle that bounds a number ("up to 16") is no phrasal verb's."""

from __future__ import annotations

import pytest

from eventwire.events.phrase_links import particles, pobjs
from eventwire.parse.nlp import load_nlp

from .conftest import event_at, run_texts


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("The Greek delegation walked out of the meeting with Turkey.", "walked out", "TUR"),
        ("Nigeria pulled out of the summit with Cameroon.", "pulled out", "CMR"),
    ],
)
def test_the_particles_preposition_names_the_target(text: str, trigger: str, target: str) -> None:
    (result,) = run_texts(text)
    assert [r.country for r in event_at(result, trigger).recipients] == [target]


def test_a_preposition_hung_on_the_particle_is_the_verbs() -> None:
    doc = load_nlp()("Nigeria pulled out of the summit.")
    verb = doc[1]
    assert [t.text for t in pobjs(verb, {"of"})] == ["summit"]


def test_a_particle_bounding_a_number_is_no_particle() -> None:
    doc = load_nlp()("Rebels have kidnapped up to 16 Russian advisers from a market.")
    verb = doc[2]
    assert particles(verb) == [] and pobjs(verb, {"to"}) == []
