"""Someone wanted or held "for questioning" is the target of the questioning (ACCUSE), done by
whoever "by" names; the person is never its doer."""

from __future__ import annotations

from tests.conftest import named_dyads


def test_a_person_wanted_for_questioning_is_its_target() -> None:
    text = (
        "The Chilean activist wanted for questioning in the bombing of a bank "
        "may have fled to Argentina."
    )
    assert ("ACCUSE", [], ["The Chilean activist"]) in named_dyads(text)


def test_a_suspect_held_for_questioning_by_police() -> None:
    dyads = named_dyads("The Bolivian suspect was held for questioning by police in La Paz.")
    ((actors, targets),) = [(a, t) for kind, a, t in dyads if kind == "ACCUSE"]
    assert actors == ["police"] and targets
    assert {kind for kind, _, _ in dyads} <= {"ACCUSE", "COERCE"}  # the holding is a detention


def test_a_person_jailed_for_an_act_with_its_own_object_is_its_doer() -> None:
    dyads = named_dyads("A Nigerian editor was jailed for insulting the Ghanaian president.")
    assert ("ACCUSE", ["A Nigerian editor"], ["the Ghanaian president"]) in dyads
    assert ("COERCE", [], ["A Nigerian editor"]) in dyads
