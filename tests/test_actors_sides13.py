"""Event sides whose words say whom they act for: an IGO's delegates, kinds of NGO."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_actors import actor, codes


def test_an_igos_ministers_and_troops_act_for_the_igo() -> None:
    (r,) = run_texts(
        "NATO foreign ministers agreed on Monday to send aid to Albania. "
        "NATO troops attacked Serbian positions."
    )
    assert codes(actor(r, "NATO foreign ministers"))[:2] == (None, "IGO")
    assert codes(actor(r, "NATO troops"))[:2] == (None, "IGO")


def test_a_country_misspelt_by_one_letter_still_codes_its_group_but_a_place_name_does_not() -> None:
    (r,) = run_texts(
        "The Phillippines military attacked rebel camps. Granada police arrested two men."
    )
    assert codes(actor(r, "Phillippines military"))[:2] == ("PHL", "MIL")
    assert codes(actor(r, "Granada police"))[0] != "GRD"


def test_the_kind_of_firm_named_before_an_organisation_gives_its_sector() -> None:
    (r,) = run_texts(
        "Analysts at the investment bank Centerview Partners met the Treasury secretary. "
        "Centerview Partners advised the buyer."
    )
    assert codes(actor(r, "Centerview Partners"))[1] == "BUS"
