"""A sentence that tells two acts of one actor codes both: a coordinated second verb aimed at
someone of its own, and a bare participle clause that warns, urges or blames someone beside the
main verb, or a second verb with a direct object of its own beside the first's; the members an
"including" phrase names are the ones who act. Two verbs for one act, a second verb aimed at no
one, and a participle that only sets the scene stay one event."""

from __future__ import annotations

import pytest

from .conftest import event_types, run_texts


@pytest.mark.parametrize(
    "text,types",
    [
        (
            "Maria Lopez is backing Garcia and in a statement praised him for a bold campaign.",
            ["SUPPORT", "SUPPORT"],
        ),
        ("The foreign minister arrived in Lima and met the Peruvian president.", ["CONSULT"] * 2),
        (
            "Scholz pledged to stand with the chancellor against Russia, warning Putin that the"
            " sanctions are real.",
            ["SUPPORT", "THREATEN"],  # support pledged: SUPPORT, planned (folds to AGREE)
        ),
        (
            "The minister met the envoy in Accra on Monday, urging him to push for a ceasefire.",
            ["CONSULT", "REQUEST"],
        ),
        (
            "The president thanked the nurses for their work and praised their courage.",
            ["SUPPORT", "SUPPORT"],  # an object its owners are aimed at
        ),
        (
            "The mayor resisted the plan until May and the governor refused to sign it.",
            ["REJECT", "REJECT"],  # a second clause with a subject of its own
        ),
        (
            "Security forces shot dead roughly 100 demonstrators and injured hundreds more.",
            ["ASSAULT", "ASSAULT"],
        ),
    ],
)
def test_second_act_is_coded(text: str, types: list[str]) -> None:
    assert event_types(text) == types


@pytest.mark.parametrize(
    "text,count",
    [
        ("The premier condemned and denounced the bombing in Lahore.", 1),
        ("Peru vowed it would prohibit any aid to the guerrillas and deny entry to them.", 1),
        ("After meeting the envoy, the minister flew to Cairo.", 1),
    ],
)
def test_one_act_in_two_words_stays_one(text: str, count: int) -> None:
    assert len(event_types(text)) == count


def test_second_act_with_its_own_object_outlives_the_first() -> None:
    """ "questioned the science ... and criticized the agreement": the criticism is an act of its
    own, kept when the first verb is cut as done to no one."""
    (result,) = run_texts(
        "Senator Ted Cruz has questioned the science of climate change and criticized the Paris"
        " agreement."
    )
    assert [e.trigger.text for e in result.events] == ["criticized"]


def test_members_named_after_including_are_the_actors() -> None:
    """ "Several countries, including Chile and Norway, condemned ...": the members named act."""
    (result,) = run_texts("Several countries, including Chile and Norway, condemned the coup.")
    (event,) = result.events
    assert {p.country for p in event.actors} == {"CHL", "NOR"}


def test_members_named_after_the_verb_are_the_actors() -> None:
    """ "Many countries declared support on Friday, including ...": the parse hangs the
    phrase on the verb; its members still back."""
    (result,) = run_texts("Many countries declared support on Friday, including Chile and Peru.")
    (event,) = result.events
    assert event.type == "SUPPORT"
    assert {p.country for p in event.actors} == {"CHL", "PER"}


def test_passive_participle_with_its_doer_is_an_act_of_its_own() -> None:
    """ "Backed by Russia, Serbia rejected ...": Russia backs Serbia, beside the rejection."""
    assert event_types("Backed by China, Cambodia rejected the Thai demand.") == [
        "SUPPORT",
        "REJECT",
    ]
