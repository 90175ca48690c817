"""A known leader's surname alone that NER tags an organisation is the leader when no table of
organisations knows the word ("the bidding of Hollande" in 2015 is François Hollande, FRA/GOV)."""

from __future__ import annotations

from .conftest import run_texts


def test_a_surname_tagged_as_an_organisation() -> None:
    text = "He was doing the bidding of Hollande, and the Elysee, and talking down Britain."
    (result,) = run_texts(text, date="2015-06-01")
    codes = {(a.country_code, a.sector_code) for a in result.actors if "Hollande" in a.name}
    assert codes == {("FRA", "GOV")}
