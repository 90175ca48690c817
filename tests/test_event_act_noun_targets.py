"""A stance toward an act is aimed at the act's doer: the act a sentence-final noun sums up
("..., a move Lisbon condemned"), the act a definite noun repeats by its word ("the raid" after
"raided"); and acts a relative clause or a noun tells with their doer: "a station which was
shut down by the army", "protests from European governments"."""

from __future__ import annotations

from tests.conftest import event_dyads

Dyad = tuple[str, list[str | None], list[str | None]]


def _of(text: str, kind: str) -> list[Dyad]:
    return [d for d in event_dyads(text) if d[0] == kind]


def test_a_condemnation_of_the_move_summing_up_the_clause_targets_its_doer() -> None:
    text = (
        "Spain's parliament on Monday voted to close the border with Portugal, "
        "a move Portugal denounced as reckless."
    )
    assert ("ACCUSE", ["PRT"], ["ESP"]) in _of(text, "ACCUSE")


def test_a_step_condemned_in_a_misparsed_clause_targets_the_main_doer() -> None:
    text = (
        "Kenya's parliament on Tuesday approved a bill expanding police powers, "
        "a step the opposition condemned as an attack on democracy."
    )
    assert _of(text, "ACCUSE") == [("ACCUSE", ["KEN"], ["KEN"])]


def test_a_proposal_turned_down_targets_the_one_who_proposed_it() -> None:
    text = "Chile urged Peru to halt the dredging for a month, a proposal Peru turned down."
    assert ("REJECT", ["PER"], ["CHL"]) in _of(text, "REJECT")


def test_a_noun_condemned_refers_back_to_the_act_told_by_the_same_word() -> None:
    text = (
        "Tanzanian police raided the offices of an opposition newspaper on Friday. "
        "The European Union condemned the raid."
    )
    assert _of(text, "ACCUSE") == [("ACCUSE", [None], ["TZA"])]


def test_an_act_noun_with_its_own_doer_keeps_it() -> None:
    text = "Amnesty International condemned the arrest of two reporters by Zambian police."
    assert _of(text, "ACCUSE") == [("ACCUSE", [None], ["ZMB"])]


def test_a_condemned_act_never_told_before_has_no_target() -> None:
    text = "The Malawian Journalists Union condemned the bombing of a newspaper office."
    assert _of(text, "ACCUSE") == [("ACCUSE", ["MWI"], [])]


def test_a_passive_relative_clause_tells_the_act_done_to_its_antecedent() -> None:
    text = (
        "Radio Sauti, a station which had been shut down by Ugandan authorities in May, "
        "resumed broadcasting on Monday."
    )
    assert [d[1] for d in _of(text, "COERCE")] == [["UGA"]]


def test_a_noun_welcomed_refers_back_to_the_act_its_verb_told() -> None:
    text = "Senegal seized two Gambian fishing boats. Mauritanian officials welcomed the seizure."
    assert _of(text, "SUPPORT") == [("SUPPORT", ["MRT"], ["SEN"])]


def test_a_look_alike_stem_is_no_reference_back() -> None:
    text = "Peru protected its fishermen. Chile condemned the protest."
    assert _of(text, "ACCUSE") == [("ACCUSE", ["CHL"], [])]


def test_an_irregular_nominal_refers_back_through_the_lexicon_code() -> None:
    text = "Kenya expelled 200 Somali traders on Monday. Somalia condemned the expulsion."
    assert _of(text, "ACCUSE") == [("ACCUSE", ["SOM"], ["KEN"])]


def test_a_pluperfect_passive_relative_with_its_doer_is_an_act_beside_the_main_one() -> None:
    text = "Hundreds of Malian students who had been arrested by Malian police marched on Monday."
    assert ("COERCE", ["MLI"], ["MLI"]) in event_dyads(text)


def test_a_passive_relative_without_a_doer_stays_background() -> None:
    text = "Officials who had been appointed by decree resigned in Bamako on Monday."
    assert [d[0] for d in event_dyads(text) if d[0] == "COERCE"] == []


def test_a_noun_condemned_refers_back_to_the_act_another_verb_ordered() -> None:
    text = (
        "Zambia's government ordered the closure of two Malawian radio stations last week. "
        "Malawi's information minister condemned the closure."
    )
    assert _of(text, "ACCUSE") == [("ACCUSE", ["MWI"], ["ZMB"])]


def test_protests_from_a_state_are_a_diplomatic_complaint() -> None:
    text = "Protests from Britain forced Uganda to release the journalist."
    assert [d[:2] for d in event_dyads(text) if d[0] in {"ACCUSE", "PROTEST"}] == [
        ("ACCUSE", ["GBR"])
    ]


def test_protests_by_students_stay_demonstrations() -> None:
    text = "Protests by students in Kampala forced Uganda to release the journalist."
    assert [d[0] for d in event_dyads(text) if d[0] in {"ACCUSE", "PROTEST"}] == ["PROTEST"]


def test_a_person_described_after_a_comma_sums_up_no_act() -> None:
    text = "Chile expelled the Peruvian ambassador, a diplomat Lima had long praised."
    assert ("SUPPORT", ["PER"], ["CHL"]) not in event_dyads(text)
