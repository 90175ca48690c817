"""PLOVER's dyad conventions for acts about another act (triples round 13): a demand is aimed
at the party asked to act, a pledge at whom the promised act is for."""

from __future__ import annotations

from eventwire.model import Event
from tests.conftest import countries_of, run_texts


def _typed(text: str, type_: str) -> Event:
    (result,) = run_texts(text)
    (event,) = [e for e in result.events if e.type == type_]
    return event


def test_a_demand_for_a_body_to_meet_is_aimed_at_that_body() -> None:
    asked = _typed("Chile called for an emergency meeting of the African Union.", "REQUEST")
    assert countries_of(asked.actors) == {"CHL"}
    assert [p.sector for p in asked.recipients] == ["IGO"]


def test_a_demand_for_troops_to_withdraw_is_aimed_at_their_state_not_the_place() -> None:
    asked = _typed("Egypt demanded the withdrawal of Israeli troops from Gaza.", "REQUEST")
    assert countries_of(asked.recipients) == {"ISR"}


def test_a_demand_for_talks_with_a_party_keeps_that_party() -> None:
    asked = _typed("Kenya demanded a meeting with Ugandan officials.", "REQUEST")
    assert countries_of(asked.recipients) == {"UGA"}


def test_an_offer_is_aimed_at_whom_the_nested_promised_act_is_for() -> None:
    offered = _typed("Germany offered to help pay Greece's debts.", "AGREE")
    assert countries_of(offered.recipients) == {"GRC"}
    willing = _typed(
        "Norway is willing to send weapons to help defend Kenya if it is attacked.", "AGREE"
    )
    assert countries_of(willing.recipients) == {"KEN"}


def test_a_trip_made_for_talks_is_made_by_the_one_who_talks() -> None:
    consulted = _typed(
        "Soviet special envoy Ivan Petrov left Monday for consultations with the governments"
        " of Syria and Jordan.",
        "CONSULT",
    )
    assert countries_of(consulted.actors) == {"RUS"}
    assert countries_of(consulted.recipients) == {"SYR", "JOR"}


def test_an_appeal_for_a_sum_is_a_request_not_a_statistic() -> None:
    assert "REQUEST" in [
        e.type for e in run_texts("The Red Cross appealed for $3 million.")[0].events
    ]


def test_an_igo_named_in_full_is_the_igo() -> None:
    asked = _typed(
        "Iran called for an emergency meeting of the Organization of Petroleum Exporting"
        " Countries.",
        "REQUEST",
    )
    assert [p.sector for p in asked.recipients] == ["IGO"]
    assert countries_of(asked.recipients) == set(), "an IGO is no country's"


def test_letting_aid_or_inspectors_in_is_a_retreat_not_a_concession() -> None:
    assert "RETREAT" in [
        e.type for e in run_texts("Sudan allowed the delivery of food aid.")[0].events
    ]
    (result,) = run_texts("The government allowed opposition parties to register.")
    assert [e.type for e in result.events] == ["CONCEDE"], "a political freedom stays CONCEDE"


def test_rejecting_a_request_told_before_is_aimed_at_the_requester() -> None:
    (result,) = run_texts("Kenya asked Uganda to reopen the border. Uganda rejected the request.")
    (rejected,) = [e for e in result.events if e.type == "REJECT"]
    assert countries_of(rejected.recipients) == {"KEN"}
    (alone,) = run_texts("Nigeria denied the request.")
    assert [countries_of(e.recipients) for e in alone.events] == [set()], "no request told before"


def test_a_monarch_named_by_title_is_a_party() -> None:
    met = _typed("The monarch will meet President Putin on Thursday.", "CONSULT")
    assert [p.sector for p in met.actors] == ["GOV"]
    assert countries_of(met.recipients) == {"RUS"}


def test_judging_what_someone_said_as_a_wrong_accuses_them() -> None:
    accused = _typed("Kenya said Uganda's policies were illegal.", "ACCUSE")
    assert countries_of(accused.recipients) == {"UGA"}
    assert "ACCUSE" not in [e.type for e in run_texts("Kenya said the plan was illegal.")[0].events]
