"""A party's own report of an act stays a claim when it is made with a verb of contention
("claimed", "insisted") or tells its own armed action; an act its doer simply announces, and a
toll with no doer, are taken as fact."""

from __future__ import annotations

import pytest

from eventwire.model import Modality

from .conftest import run_texts


def _modalities(text: str, type_: str) -> list[Modality]:
    (result,) = run_texts(text, date="2022-06-01")
    return [e.modality for e in result.events if e.type == type_]


@pytest.mark.parametrize(
    "text",
    [
        "Mali claimed its soldiers had killed 25 jihadists near Gao.",
        "The Yemeni army said its jets bombed Houthi positions near Marib.",
        "The separatists insisted they had shot down a government drone.",
    ],
)
def test_a_party_reporting_its_own_attack_claims_it(text: str) -> None:
    assert _modalities(text, "ASSAULT") == [Modality.CLAIMED]


def test_a_toll_with_no_doer_is_fact() -> None:
    text = "At least 12 people were killed in the blast, officials said."
    assert _modalities(text, "ASSAULT") == [Modality.OCCURRED]


def test_an_attack_the_article_tells_occurred() -> None:
    text = "Yemeni jets bombed Houthi positions near Marib on Sunday."
    assert _modalities(text, "ASSAULT") == [Modality.OCCURRED]
