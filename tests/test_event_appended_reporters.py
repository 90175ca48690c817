"""A complaint told after the clause it reports ("X fails its refugees, a group protested"):
the reporter is the source and the reported clause's subject the target."""

from __future__ import annotations

from tests.conftest import run_texts


def _sides(text: str) -> list[tuple[str, list[str], list[str]]]:
    (result,) = run_texts(text, date="2003-05-02")
    return [
        (e.type, [str(p.name) for p in e.actors], [str(p.name) for p in e.recipients])
        for e in result.events
    ]


def test_appended_protest_is_told_by_the_appositive_body() -> None:
    text = (
        "Serbian authorities are failing to protect Bosnian refugees, "
        "Amnesty International protested on Tuesday."
    )
    assert ("ACCUSE", ["Amnesty International"], ["Serbian authorities"]) in _sides(text)


def test_appended_charge_is_told_by_the_appositive_body() -> None:
    text = "Greek police mistreated the migrants, Human Rights Watch charged."
    assert ("ACCUSE", ["Human Rights Watch"], ["Greek police"]) in _sides(text)


def test_participle_on_an_appositive_stays_a_passive() -> None:
    """ "a reporter jailed last year": done to the reporter, who does nothing."""
    text = "Ali Kamal, a reporter jailed by Egyptian police last year, was freed on Monday."
    jailed = [s for s in _sides(text) if s[0] == "COERCE"]
    assert jailed and all("Ali Kamal" not in actors for _, actors, _ in jailed)
