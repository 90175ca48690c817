"""A second act joined to the first ("and offered", "and warned that", ", beating") is coded
with its own type and the first act's doer; look-alikes (two objects of one act, a participle
of manner, a warning of a forecast) stay one act or none."""

from __future__ import annotations

from tests.conftest import event_dyads, event_types, run_texts


def _typed(text: str) -> list[tuple[str, str]]:
    (result,) = run_texts(text, date="2014-03-10")
    return [(e.type, e.modality) for e in result.events]


def test_a_warning_joined_to_a_said_clause_is_the_speakers_threat() -> None:
    text = (
        "President Idriss Deby said that Chad would keep its soldiers in Mali and warned that any"
        " attempt to remove them would be answered with force."
    )
    assert ("THREATEN", "occurred") in _typed(text)


def test_a_warning_of_a_forecast_is_no_threat() -> None:
    assert (
        event_types(
            "The central bank of Ghana warned that any delay in the reform would hurt growth."
        )
        == []
    )


def test_an_offer_joined_to_an_appeal_is_the_appealers_own_act_to_those_urged() -> None:
    text = (
        "Foreign Minister Sigmar Gabriel urged Armenia and Azerbaijan to end the clashes and"
        " offered to host talks."
    )
    assert event_dyads(text) == [
        ("REQUEST", ["DEU"], ["ARM", "AZE"]),
        ("AGREE", ["DEU"], ["ARM", "AZE"]),
    ]


def test_police_keeping_marchers_from_a_march_coerce_and_beat_them() -> None:
    text = (
        "Ugandan police stopped hundreds of opposition supporters from marching to the electoral"
        " commission, beating several of them with clubs."
    )
    assert event_types(text) == ["COERCE", "ASSAULT"]


def test_a_political_body_keeping_someone_from_testifying_obstructs() -> None:
    text = "Senators said the White House had blocked the adviser from testifying."
    assert event_types(text) == ["REJECT"]


def test_a_threat_about_the_speakers_own_government_has_no_target() -> None:
    text = "President Ellen Johnson Sirleaf warned that her government would not tolerate violence."
    assert [(type_, targets) for type_, _, targets in event_dyads(text)] == [("THREATEN", [])]


def test_an_attack_told_with_nothing_it_hit_invents_no_victims() -> None:
    text = "The Ukrainian defence minister said Russian soldiers had fired first."
    assert event_dyads(text) == [("ASSAULT", ["RUS"], [])]


def test_a_passive_harm_takes_its_doer_from_a_when_clause() -> None:
    text = "Twelve students were injured when Kenyan police charged a crowd in Nairobi."
    assert event_dyads(text)[0][1] == ["KEN"]


def test_two_objects_of_one_condemnation_stay_one_act() -> None:
    text = "The Egyptian minister condemned the shooting and the abduction of two engineers."
    assert event_types(text) == ["ACCUSE"]


def test_a_participle_telling_what_was_said_adds_no_act() -> None:
    text = "Prime Minister Narendra Modi praised the accord, saying it would bring stability."
    assert event_types(text) == ["SUPPORT"]


def test_an_offer_answered_by_no_meeting_is_a_negated_meeting_of_the_same_parties() -> None:
    text = (
        "President Nicolas Maduro said he was ready to meet the Colombian president, but"
        " officials in Bogota said no meeting was planned."
    )
    assert event_dyads(text) == [("AGREE", ["VEN"], ["COL"]), ("CONSULT", ["VEN"], ["COL"])]


def test_a_lone_denial_of_a_meeting_names_no_parties() -> None:
    assert event_dyads("Officials in Lima said no meeting was planned.") == []
