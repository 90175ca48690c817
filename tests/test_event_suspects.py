"""Acts of news on crime and membership that recall round 5 found unread on non-gold news:
naming or seeking a suspect, a plea of innocence, railing at someone, acceding to an alliance,
lending support, and kidnappers as the doers of a demand."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _types(text: str) -> list[str]:
    (result,) = run_texts(text)
    return [e.type for e in result.events]


@pytest.mark.parametrize(
    "text,type_",
    [
        ("Police have named a suspect in the killing of the judge.", "ACCUSE"),
        ("He is being sought by the police as a suspect in the robbery.", "ACCUSE"),
        ("The former minister pleaded innocent to the charges on Monday.", "REJECT"),
        ("The senator railed at the governor over the budget.", "ACCUSE"),
        ("Slovakia and Slovenia acceded to NATO on Monday.", "SUPPORT"),
        ("Britain lent its support to the French plan on Monday.", "SUPPORT"),
        ("The kidnappers demanded a ransom of $2 million.", "REQUEST"),
        ("His captors demanded a ransom for his release.", "REQUEST"),
    ],
)
def test_acts_read_on_unseen_news(text: str, type_: str) -> None:
    assert _types(text) == [type_]


def test_acceding_to_a_demand_is_still_a_concession() -> None:
    assert _types("The government acceded to the strikers' demands on Friday.") == ["CONCEDE"]


def test_pleading_guilty_is_no_appeal() -> None:
    assert "REQUEST" not in _types("The lobbyist pleaded guilty to fraud in July.")
