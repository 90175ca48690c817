"""Blocs of parties named by a proper name and their kind ("the Vlora (Hope) coalition", "the
opposition Drita alliance") are one political organisation, which a later "the coalition"
names again; a bloc of states ("the Western alliance") is no party bloc."""

from __future__ import annotations

from .conftest import run_texts


def _sources(text: str) -> list[list[tuple[str, str | None]]]:
    (result,) = run_texts(text)
    return [[(a.name, a.sector) for a in e.actors] for e in result.events]


def test_a_glossed_coalition_name_is_a_party_that_the_coalition_refers_back_to() -> None:
    sources = _sources(
        "SKOPJE, Macedonia (AP) - The Vlora (Hope) coalition won 12 seats on Sunday. "
        "The coalition said it was ready to talk with the government."
    )
    assert [("Vlora (Hope) coalition", "PTY")] in sources


def test_an_opposition_alliance_is_the_opposition() -> None:
    sources = _sources(
        "VILNIUS, Lithuania (Reuters) - The opposition Drita alliance won 30 seats. "
        "The alliance urged the president to call early elections."
    )
    assert [("Drita alliance", "OPP")] in sources


def test_a_bloc_of_states_is_no_party_bloc() -> None:
    (result,) = run_texts("The Western alliance warned Belgrade on Monday.")
    assert not any(a.sector and a.sector.value == "PTY" for a in result.actors)
