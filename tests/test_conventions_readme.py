"""The coders' written conventions (eval/articles README, "Conventions settled while coding"),
each decided by made-up sentences: investigations carried by a verb are ACCUSE, hacking is
COERCE, an act its doer only claims is `claimed`, a vow to carry on a conflict against a
named side threatens it, and a warning of what may come or what will be is a plain assessment."""

from __future__ import annotations

from tests.conftest import run_texts


def _typed(*texts: str) -> list[list[tuple[str, str, str]]]:
    """(type, trigger, modality) of each text's events, one list per text."""
    return [
        [(e.type, e.trigger.text, e.modality.value) for e in result.events]
        for result in run_texts(*texts)
    ]


def test_reviewing_or_examining_someones_conduct_is_an_investigation() -> None:
    handling, ties, budget = _typed(
        "The inspector general is reviewing the agency's handling of the contracts.",
        "Prosecutors are examining the senator's dealings with the lobbyist.",
        "The city council is reviewing the budget for next year.",
    )
    assert ("ACCUSE", "reviewing", "ongoing") in handling
    assert ("ACCUSE", "examining", "ongoing") in ties
    assert budget == []  # a plan or a budget reviewed accuses no one


def test_breaking_into_a_computer_network_is_hacking_not_a_burglary() -> None:
    network, servers, house, truce = _typed(
        "Iranian hackers infiltrated the computer network of a dam in New York.",
        "Chinese hackers breached the servers of the Office of Personnel Management.",
        "Burglars broke into the senator's house in Ohio.",
        "Russia breached the ceasefire agreement.",
    )
    assert [t for t, *_ in network] == ["COERCE"]
    assert [t for t, *_ in servers] == ["COERCE"]
    assert house == []
    assert "COERCE" not in [t for t, *_ in truce]


def test_an_act_its_doer_claims_to_have_done_is_claimed() -> None:
    captured, wanted = _typed(
        "The rebels claimed to have captured the airport.",
        "Iran wants to test a new missile next month.",
    )
    assert captured == [("ASSAULT", "captured", "claimed")]
    assert [m for *_, m in wanted] == ["planned"]  # an intent, no report


def test_a_vow_to_carry_on_a_conflict_threatens_the_other_side() -> None:
    (fight, primary) = run_texts(
        "The general vowed to continue the fight against the rebels.",
        "The senator vowed to continue the fight in the next primary.",
    )
    (threat,) = fight.events
    assert threat.type == "THREATEN"
    assert [p.sector for p in threat.recipients] == ["REB"]
    assert "THREATEN" not in [e.type for e in primary.events]  # no side fought: a campaign


def test_a_warning_of_what_may_come_is_an_assessment_not_a_threat() -> None:
    recession, surprises, consequences, retaliation, hackers = _typed(
        "The IMF warned of a recession in Europe.",
        "The pollster warned about surprises in Iowa.",
        "North Korea warned of serious consequences if the drills go ahead.",
        "Iran warned of retaliation against Israel.",
        "The governor warned against hackers from Iran.",
    )
    assert recession == surprises == []
    assert [t for t, *_ in consequences] == ["THREATEN"]  # harm held over someone
    assert [t for t, *_ in retaliation] == ["THREATEN"]
    assert [t for t, *_ in hackers] == ["THREATEN"]  # a party warned off


def test_a_warning_that_tells_what_will_be_is_an_assessment_not_a_threat() -> None:
    cash, latinos, veto, assets, lawsuit = _typed(
        "Puerto Rico has been warning that it is running out of cash.",
        "Ramos warned that nobody can get to the White House without Latinos.",
        "The governor warned that he would veto the bill.",
        "The Saudis warned they could sell off their U.S. assets if the bill becomes law.",
        "Gov. Abbott warned that Texas would sue the administration.",
    )
    assert cash == latinos == []
    assert [t for t, *_ in veto] == ["THREATEN"]  # the warner's own act to come
    assert [t for t, *_ in assets] == ["THREATEN"]  # a price set on another's act
    assert [t for t, *_ in lawsuit] == ["THREATEN"]  # an act done to a party


def test_a_warning_of_the_warners_own_state_acting_stays_a_threat() -> None:
    kremlin, beijing, imf = _typed(
        "The Kremlin warned that Russia would retaliate.",
        "China warned that Beijing will take countermeasures.",
        "The IMF warned that Greece could default next year.",
    )
    assert [t for t, *_ in kremlin] == ["THREATEN"]  # the Kremlin is Russia's seat
    assert [t for t, *_ in beijing] == ["THREATEN"]  # Beijing is China's capital
    assert imf == []  # another state's lot foretold: an assessment


def test_a_warning_that_a_party_will_pay_a_price_stays_a_threat() -> None:
    price, prices = _typed(
        "North Korea warned that the United States will pay a heavy price.",
        "Analysts warned that consumers will pay higher prices.",
    )
    assert [t for t, *_ in price] == ["THREATEN"]  # harm the US is to suffer
    assert prices == []  # a cost foretold: an assessment


def test_a_warning_that_advises_a_party_at_home_is_no_threat() -> None:
    fed, wife, bonds, water = _typed(
        "Many liberal Democrats have also warned the Fed not to act this year.",
        "His wife had warned him not to get too nasty in his attacks.",
        "In 2010, Paul Ryan warned the Fed against buying bonds.",
        "Health authorities in Queensland warned residents to boil their water.",
    )
    assert "THREATEN" not in [t for t, *_ in fed + wife + bonds + water]


def test_a_warning_to_another_state_or_with_a_harm_stays_a_threat() -> None:
    abroad, harm = _typed(
        "The United States warned North Korea not to conduct another nuclear test.",
        "The general warned the rebels to surrender or face the consequences.",
    )
    assert "THREATEN" in [t for t, *_ in abroad]  # one state's side warning another's
    assert "THREATEN" in [t for t, *_ in harm]  # harm held over the warned


def test_a_warning_with_an_or_alternative_the_parse_hangs_on_a_noun_stays_a_threat() -> None:
    """ "to leave the square or face arrest": the parse hangs "or face" on "square", not on
    "leave"; the alternative is held over the warned all the same."""
    (square,) = _typed("The army warned protesters to leave the square or face arrest.")
    assert "THREATEN" in [t for t, *_ in square]


def test_a_warning_between_a_state_and_a_body_of_states_stays_a_threat() -> None:
    """NATO, the UN, the EU have no country of their own but speak for a side that is not the
    warner's: warned so, they are threatened, as a state would be."""
    nato, un = _typed(
        "Putin warned NATO not to expand further eastward.",
        "Iran warned the UN not to interfere in its nuclear program.",
    )
    assert "THREATEN" in [t for t, *_ in nato]
    assert "THREATEN" in [t for t, *_ in un]


def test_an_armed_groups_warning_at_home_stays_a_threat() -> None:
    """A warning by rebels or militants is backed by their arms, whoever is warned."""
    boko, rebels = _typed(
        "Boko Haram warned Nigerians not to vote in the election.",
        "Rebels warned villagers not to help the army.",
    )
    assert "THREATEN" in [t for t, *_ in boko]
    assert "THREATEN" in [t for t, *_ in rebels]
