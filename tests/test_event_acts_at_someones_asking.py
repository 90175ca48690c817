"""An act done at someone's asking tells two acts: the act, and the asking ("was ousted at the
urging of his allies": the allies urged), which is no mere content of the act it set off
(`events.scope`, `events.instigations`)."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def test_the_asking_behind_a_coded_act_is_coded_too() -> None:
    (r,) = run_texts("The Bolivian mayor was ousted at the urging of Chilean diplomats.")
    assert {e.type for e in r.events} >= {"SANCTION", "REQUEST"}
    assert countries_of(event_at(r, "urging").actors) == {"CHL"}, "the diplomats urged"


def test_the_request_behind_a_withdrawal_is_aimed_at_who_withdrew() -> None:
    (r,) = run_texts("Kenyan troops withdrew from the border town at the request of Ethiopia.")
    request = event_at(r, "request")
    assert request.type == "REQUEST"
    assert countries_of(request.actors) == {"ETH"}
    assert countries_of(request.recipients) == {"KEN"}, "the troops that withdrew were asked"


def test_a_request_an_act_answers_is_still_only_its_occasion() -> None:
    (r,) = run_texts("Chile rejected the request of the Bolivian government for a new port.")
    assert [e.type for e in r.events] == ["REJECT"]


def test_an_act_done_at_someones_urging_is_not_aimed_back_at_the_asker() -> None:
    (r,) = run_texts(
        "Senator Pedro Ruiz lost the primary in June. At the urging of his wife, Maria Ruiz,"
        " he has been talking to his inner circle about launching a new movement."
    )
    assert "Maria Ruiz" not in {p.name for p in event_at(r, "talking").recipients}
