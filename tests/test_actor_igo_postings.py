"""An office held in an international body is the body's, wherever it serves: "the head of the
UN mission in Sierra Leone, X" and "the World Bank's representative in Zambia, X" are IGO
officials of no state; the host state after "in"/"to" is not their home. A national body's
envoy keeps the state that sends them."""

from __future__ import annotations

from .conftest import run_texts


def _codes(text: str) -> dict[str, tuple[str | None, str | None]]:
    (result,) = run_texts(text, date="2009-05-04")
    return {
        a.name: (a.country.value if a.country else None, a.sector.value if a.sector else None)
        for a in result.actors
    }


def test_the_head_of_an_igo_mission_in_a_country_is_the_igos() -> None:
    codes = _codes(
        "Rebels freed the head of the United Nations mission in Sierra Leone, Omar Diallo, "
        "on Sunday."
    )
    assert codes["Omar Diallo"] == (None, "IGO")


def test_an_igo_representative_in_a_country_is_the_igos() -> None:
    codes = _codes("The World Bank's representative in Zambia, Petra Hollis, praised the budget.")
    assert codes["Petra Hollis"] == (None, "IGO")


def test_an_igo_envoy_to_a_country_is_the_igos() -> None:
    codes = _codes("The NATO envoy to Serbia, Lars Brenner, urged both sides to talk.")
    assert codes["Lars Brenner"] == (None, "IGO")


def test_a_states_ambassador_to_another_keeps_his_state() -> None:
    codes = _codes("The Canadian ambassador to Peru, Paul Girard, criticised the arrests.")
    assert codes["Paul Girard"] == ("CAN", "GOV")
