"""Who did what to whom, by country, on undated wire sentences (PLOVER's triples)."""

from __future__ import annotations

from eventwire.actors.entry import KnownActor
from eventwire.actors.namesake_countries import shared_codes
from eventwire.model import ActorType
from tests.conftest import run_texts


def dyads(text: str) -> set[tuple[str, frozenset[str | None], frozenset[str | None]]]:
    """(type, source countries, target countries) of each event of one undated text."""
    (result,) = run_texts(text)
    return {
        (
            e.type,
            frozenset(a.country for a in e.actors),
            frozenset(a.country for a in e.recipients),
        )
        for e in result.events
    }


def test_a_surname_of_namesakes_serving_one_state_takes_that_state() -> None:
    # Laurent or Joseph Kabila, Hafez or Bashar al-Assad: undated, either is his state's.
    assert ("ACCUSE", frozenset({"RWA"}), frozenset({"COD"})) in dyads(
        "Rwanda accused Kabila of arming Hutu militias."
    )
    assert ("CONSULT", frozenset({"SYR"}), frozenset({"LBN"})) in dyads(
        "Assad received the Lebanese prime minister in Damascus on Monday."
    )


def test_namesakes_of_different_states_give_no_country() -> None:
    rows = [
        KnownActor(name="Ana Silva", type=ActorType.PERSON, country="BRA"),
        KnownActor(name="Rui Silva", type=ActorType.PERSON, country="PRT"),
    ]
    assert shared_codes(rows) is None
    same = shared_codes([rows[0], KnownActor("Luis Silva", ActorType.PERSON, country="BRA")])
    assert same is not None and same.country == "BRA"


def test_placing_someone_into_detention_is_an_arrest_by_the_placer() -> None:
    assert ("COERCE", frozenset({"KEN"}), frozenset({"SOM"})) in dyads(
        "Kenyan police took three Somali traders into custody in Mombasa."
    )
    assert ("COERCE", frozenset({"MMR"}), frozenset({"THA"})) in dyads(
        "Burmese soldiers placed a Thai journalist under house arrest."
    )


def test_a_capital_the_tagger_reads_as_a_person_is_still_its_state() -> None:
    # The tagger reads "Niamey" here as a person's name; a lone capital is the city.
    triples = dyads("The militia vowed to storm Niamey if the government did not step down.")
    assert any(t[2] == frozenset({"NER"}) for t in triples)


def test_a_complaint_filed_with_a_forum_against_a_party_targets_the_party() -> None:
    assert ("ACCUSE", frozenset({"BOL"}), frozenset({"CHL"})) in dyads(
        "Bolivia lodged a protest with the Organization of American States against Chile."
    )
    assert ("ACCUSE", frozenset({"ROU"}), frozenset({"MDA"})) in dyads(
        "Romania filed a complaint against Moldova with the European Commission."
    )


def test_forces_massed_along_a_frontier_face_the_neighbour() -> None:
    assert ("MOBILIZE", frozenset({"IND"}), frozenset({"CHN"})) in dyads(
        "India deployed tanks along its border with China on Tuesday."
    )
    assert ("MOBILIZE", frozenset({"SDN"}), frozenset({"ETH"})) in dyads(
        "Sudan stationed troops near the Ethiopian border."
    )


def test_an_appeal_on_behalf_of_someone_asks_and_they_are_no_side() -> None:
    (result,) = run_texts("Pakistan appealed to the World Bank on behalf of flood victims.")
    (appeal,) = result.events
    assert appeal.type == "REQUEST"
    assert [p.name for p in appeal.recipients] == ["World Bank"]
    assert ("REQUEST", frozenset({"JOR"}), frozenset({"ISR"})) in dyads(
        "Jordan pressed Israel on behalf of the Palestinians."
    )


def test_a_surname_in_another_spelling_of_a_known_leader_is_his() -> None:
    # "Qaddafi" is listed only inside the alias "Muammar Qaddafi" of "Muammar Gaddafi".
    assert ("ACCUSE", frozenset({"LBY"}), frozenset({"EGY"})) in dyads(
        "Qaddafi accused Egypt of plotting against him."
    )


def test_a_head_of_state_of_the_1990s_named_bare_is_his_state() -> None:
    # The tagger leaves "Chissano" untagged and reads "Chiluba" as a place.
    assert ("CONSULT", frozenset({"MOZ"}), frozenset({"ZAF"})) in dyads(
        "Chissano met South African officials in Maputo on Monday."
    )
    assert ("ACCUSE", frozenset({"ZMB"}), frozenset({"AGO"})) in dyads(
        "Chiluba accused Angola of bombing villages."
    )


def test_a_known_surname_the_tagger_missed_is_the_person() -> None:
    assert ("REJECT", frozenset({"USA"}), frozenset({"USA"})) in dyads(
        "Rubio refused to endorse Cruz after the primary."
    )


def test_a_known_surname_read_as_an_unknown_place_is_the_person() -> None:
    (result,) = run_texts("Rubio urged Kasich to quit the race.", date="2016-03-01")
    assert "Kasich" in {a.name.split()[-1] for a in result.actors}


def test_a_qualified_place_stays_a_place() -> None:
    (result,) = run_texts("They met at the Sharon, Connecticut, home of a publisher.")
    assert not [a for a in result.actors if a.name.endswith("Sharon")]
