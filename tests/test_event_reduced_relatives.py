"""Someone described by an -ing clause that tells a speech act or an act aimed at someone does
that act, as "a group that demands" would; the clause is no content of the act the sentence
tells about them (`events.participles.reduced_relative`)."""

from __future__ import annotations

from .conftest import run_texts


def _acts(text: str) -> list[tuple[str, str]]:
    (result,) = run_texts(text)
    return [(e.trigger.text, e.type) for e in result.events]


def test_a_group_described_as_demanding_demands() -> None:
    text = (
        "The brewer in Calgary has been criticized by a consumer group demanding that it "
        "stop sponsoring the rodeo."
    )
    assert _acts(text) == [("criticized", "ACCUSE"), ("demanding", "REQUEST")]


def test_a_demand_by_those_a_police_act_is_aimed_at_is_coded_beside_it() -> None:
    text = "Police in Nairobi detained forty students demanding the release of their leader."
    acts = _acts(text)
    assert ("detained", "COERCE") in acts
    assert ("demanding", "REQUEST") in acts


def test_a_plan_described_by_an_ing_clause_stays_its_content() -> None:
    text = "The mayor of Leeds criticized a bylaw banning street vendors from the square."
    assert [t for _, t in _acts(text)] == ["ACCUSE"]


def test_a_team_described_as_sent_somewhere_was_sent_there() -> None:
    text = (
        "The premier asked for the cost of the medical teams sent to Chile and Peru after "
        "the earthquake."
    )
    acts = _acts(text)
    assert ("asked", "REQUEST") in acts
    assert ("sent", "AID") in acts


def test_a_letter_sent_to_someone_and_criticized_is_no_second_act() -> None:
    text = "The mayor of Leeds criticized the letter sent to the council."
    assert [t for _, t in _acts(text)] == ["ACCUSE"]
