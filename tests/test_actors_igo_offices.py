"""An office of the state's kind held in an IGO ("the UN envoy", "a UN spokesman") is the
IGO's, as CAMEO codes its delegates; a title that names its state ("Syria's UN ambassador")
serves that state. A long name NER ends early ("Aung San Suu Kyi") keeps its last words where
the known-actor table knows the whole name."""

from __future__ import annotations

from .conftest import run_texts


def _codes(text: str, date: str = "2005-06-01") -> dict[str, tuple[str | None, str | None]]:
    (result,) = run_texts(text, date=date)
    return {
        a.name: (a.country.value if a.country else None, a.sector.value if a.sector else None)
        for a in result.actors
    }


def test_an_igo_office_is_the_igos() -> None:
    codes = _codes("The UN envoy flew to Khartoum to meet Sudanese rebels.")
    assert codes["The UN envoy"] == (None, "IGO")


def test_a_state_named_in_the_title_keeps_the_office_its_own() -> None:
    codes = _codes("Lebanon's UN ambassador met the Security Council president.")
    assert codes["Lebanon's UN ambassador"] == ("LBN", "GOV")


def test_a_long_known_name_cut_short_by_ner_is_whole() -> None:
    codes = _codes("Opposition leader Aung San Suu Kyi urged the generals to free prisoners.")
    assert codes.get("Aung San Suu Kyi") == ("MMR", "OPP")
