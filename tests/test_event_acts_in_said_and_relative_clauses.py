"""Acts a sentence tells beside its main act: what a participle of saying reports ("rejected the
report, saying militants had attacked"), claimed; an act in a relative clause told of named
parties ("Iran, which arms Hezbollah", "whose militia led an assault"); a past verb phrase the
parse joins to a present relative ("anyone who blocks roads and rejected calls") or to an
infinitive on a noun ("the order to free them as well and demanded"), the main
subject's. A standing role, a document's doing and a said clause with no party as subject stay
out."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _acts(text: str) -> list[tuple[str, str, str]]:
    """(type, trigger, modality) of each event the pipeline codes in one sentence."""
    (result,) = run_texts(text)
    return [(e.type, e.trigger.text, e.modality.value) for e in result.events]


@pytest.mark.parametrize(
    "text,act",
    [
        (
            "Peru's foreign ministry rejected the report, saying Bolivian smugglers had attacked"
            " a customs post near Desaguadero.",
            ("ASSAULT", "attacked", "claimed"),
        ),
        (
            "The premier dismissed the criticism, telling parliament that the state had spent"
            " millions on clinics and that Japan had pledged further aid.",
            ("AGREE", "pledged", "claimed"),
        ),
        (
            "Latvia's president praised the accord, adding that Estonia had met Finnish"
            " officials twice in April.",
            ("CONSULT", "met", "claimed"),
        ),
        (
            "Syria, which provides Hamas with rockets, condemned the raid.",
            ("AID", "provides", "occurred"),
        ),
        (
            "Governor Lane, whose committee led an inquiry into the contracts in June, accused"
            " the agency of fraud.",
            ("ACCUSE", "inquiry", "occurred"),
        ),
        (
            "Ghana's interior minister warned that police would arrest anyone who burns tyres"
            " and rejected calls for his dismissal.",
            ("REJECT", "rejected", "occurred"),
        ),
    ],
)
def test_act_told_in_a_clause_is_coded(text: str, act: tuple[str, str, str]) -> None:
    assert act in _acts(text)


@pytest.mark.parametrize(
    "text,types",
    [
        (
            "Malaysia's envoy criticised the vote, saying the resolution ignored the facts.",
            ["ACCUSE"],
        ),
        ("The United Nations, which monitors the truce, called for calm in Bangui.", ["REQUEST"]),
        ("Farmers led a march through Quito to protest the fuel prices.", ["PROTEST"]),
    ],
)
def test_description_beside_the_act_is_not_coded(text: str, types: list[str]) -> None:
    assert [t for t, _, _ in _acts(text)] == types


def test_past_verb_after_a_present_relative_is_the_main_subjects() -> None:
    (result,) = run_texts(
        "Ghana's interior minister warned that police would arrest anyone who burns tyres"
        " and rejected calls for his dismissal."
    )
    rejection = next(e for e in result.events if e.type == "REJECT")
    assert [p.name for p in rejection.actors] == ["Ghana's interior minister"]


def test_past_verb_after_an_infinitive_on_a_noun_is_the_main_subjects() -> None:
    # the parse joins "demanded" to "free", inside the order's infinitive
    (result,) = run_texts(
        "Merkel criticized Putin for ignoring the court's order to free the prisoners as well"
        " and demanded their release."
    )
    demand = next(e for e in result.events if e.type == "REQUEST")
    assert [p.name for p in demand.actors] == ["Angela Merkel"]


@pytest.mark.parametrize(
    "text",
    [
        "“Sanctions alone will not work,” the senator said, while arguing that Canada should"
        " send more warships to the Baltic.",
        "“Talks have failed,” the minister said, arguing that the army must arrest the rebel"
        " leaders.",
    ],
)
def test_act_a_participle_of_saying_demands_is_asked_for_not_told(text: str) -> None:
    """The participle lays a duty on another party: one demand, and the act it asks for is
    its content, not an act of its own (told as hypothetical or claimed)."""
    acts = _acts(text)
    assert ("REQUEST", acts[-1][1], "occurred") in acts
    assert not [t for t, _, _ in acts if t in {"MOBILIZE", "COERCE"}]
