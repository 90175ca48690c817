"""Sides named jointly: the parties "between" a joint act, groups "from X and Y", groups
"loyal to" a titled person."""

from __future__ import annotations

from eventwire.model import ArticleResult, Event
from tests.conftest import countries_of, run_texts


def _events(result: ArticleResult) -> list[Event]:
    return [e for e in result.events if e.actors or e.recipients]


def test_the_parties_between_which_a_joint_act_happens_are_its_sources() -> None:
    talks, clashes, mission, rebels = run_texts(
        "Talks between Peru and Ecuador resumed in Lima on Monday.",
        "Clashes between Indian and Pakistani troops were reported on the border.",
        "Qatar began a mediation mission between Eritrea and Djibouti.",
        "Talks between the Philippine government and Muslim rebels collapsed on Tuesday.",
    )
    (talked,) = _events(talks)
    assert (countries_of(talked.actors), countries_of(talked.recipients)) == ({"PER"}, {"ECU"}), (
        "talks are coded directed, from the first-named party (`events.directed_joint`)"
    )
    (clashed,) = _events(clashes)
    assert countries_of(clashed.actors) == {"IND", "PAK"}
    mediated = _events(mission)
    assert {"ERI", "DJI"} <= set().union(*(countries_of(e.recipients) for e in mediated)), (
        "with a doer named, the parties stay its targets"
    )
    (collapsed,) = _events(rebels)
    assert [p.name for p in collapsed.recipients] == ["Muslim rebels"]
    assert (countries_of(collapsed.actors), countries_of(collapsed.recipients)) == (
        {"PHL"},
        {"PHL"},
    )


def test_a_group_from_coordinated_countries_is_each_countrys() -> None:
    officials, police = run_texts(
        "Officials from Senegal and Gambia signed a border accord.",
        "Police in Ghana and Togo arrested smugglers.",
    )
    (signed,) = _events(officials)
    assert countries_of(signed.actors) == {"SEN", "GMB"}
    (arrested,) = _events(police)
    assert countries_of(arrested.actors) == {"GHA", "TGO"}


def test_a_group_loyal_to_a_titled_person_is_of_that_persons_country() -> None:
    titled, named = run_texts(
        "Forces loyal to the Yemeni president shelled rebel positions.",
        "Gunmen loyal to Iraq's Shiite cleric Ali Hakim attacked a police station.",
    )
    (shelled,) = _events(titled)
    assert countries_of(shelled.actors) == {"YEM"}
    (attacked,) = _events(named)
    assert countries_of(attacked.actors) == {"IRQ"}


def test_an_international_bodys_mission_in_a_country_is_not_that_countrys() -> None:
    mission, delegation = run_texts(
        "The UN mission in Angola accused UNITA of violating the truce.",
        "The EU delegation in Nairobi criticized the Kenyan government.",
    )
    (accused,) = _events(mission)
    assert countries_of(accused.actors) == set()
    assert accused.actors[0].sector == "IGO"
    (criticized,) = _events(delegation)
    assert countries_of(criticized.actors) == set()
    assert countries_of(criticized.recipients) == {"KEN"}


def test_a_withdrawal_is_aimed_at_the_place_left_never_done_by_it() -> None:
    verb, noun, passive, envoy, freed = run_texts(
        "Syria pulled its troops out of Lebanon.",
        "The withdrawal of Syrian troops from Lebanon was completed on Tuesday.",
        "Eighty Nigerian troops were withdrawn from Sierra Leone on Monday.",
        "The Kenyan ambassador was withdrawn from Uganda.",
        "Two hostages were released on Monday.",
    )
    for result, doer, left in [
        (verb, "SYR", "LBN"),
        (noun, "SYR", "LBN"),
        (passive, "NGA", "SLE"),
        (envoy, "KEN", "UGA"),
    ]:
        (withdrawal,) = _events(result)
        assert (countries_of(withdrawal.actors), countries_of(withdrawal.recipients)) == (
            {doer},
            {left},
        )
    assert all(not e.actors for e in freed.events), "those released do not release"


def test_forces_withdrawn_with_no_place_named_are_no_target() -> None:
    doer_named, passive = run_texts(
        "Chad withdrew its soldiers on Monday.",
        "Eighty Nigerian troops were withdrawn on Monday.",
    )
    for result, doer in [(doer_named, "TCD"), (passive, "NGA")]:
        (withdrawal,) = _events(result)
        assert (countries_of(withdrawal.actors), withdrawal.recipients) == ({doer}, [])


def test_a_gerund_opening_the_sentence_is_the_joint_act_of_its_parties() -> None:
    (fighting,) = run_texts("Fighting between Sudanese troops and Chadian rebels killed dozens.")
    assert {"SDN", "TCD"} in [countries_of(e.actors) for e in _events(fighting)]
    assert all(not (countries_of(e.recipients) & {"SDN", "TCD"}) for e in _events(fighting))


def test_forces_stationed_abroad_act_where_they_are() -> None:
    abroad, home = run_texts(
        "American troops in Somalia killed three men.",
        "Police in Stockholm arrested three men.",
    )
    (killed,) = _events(abroad)
    assert countries_of(killed.recipients) == {"SOM"}
    (arrested,) = _events(home)
    assert countries_of(arrested.recipients) == {"SWE"}, "at home: the domestic convention"


def test_where_a_thing_was_made_is_no_party_to_an_act_on_it() -> None:
    (fired,) = run_texts("Iranian-made rockets were fired at Saudi oil fields by Yemeni rebels.")
    (attack,) = _events(fired)
    assert countries_of(attack.recipients) == {"SAU"}


def test_harm_in_a_joint_act_is_done_by_its_parties_not_its_victims() -> None:
    (killed,) = run_texts(
        "At least 30 people were reported killed in clashes between Indian police and"
        " Nepalese smugglers near the border."
    )
    doers = [countries_of(e.actors) for e in _events(killed)]
    assert {"IND", "NPL"} in doers
    assert all("people" not in [p.name for p in e.actors] for e in killed.events)
