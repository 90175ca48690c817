"""Groups are named as the text names them and kept apart: a group's mention keeps its count
("two Dutch sailors"), an owned group keeps its adjective, two groups of people of one state
and sector are two actors unless their head nouns agree (a state's troops stay one), and a
complement ("families of international aid workers") does not decide whose the group is."""

from __future__ import annotations

from eventwire.model import ArticleResult
from tests.conftest import actor_codes, run_texts


def _mentions(result: ArticleResult) -> dict[str, list[str]]:
    """Each actor's name and the texts of its mentions."""
    return {
        a.name: [m.evidence.text for m in result.mentions if m.actor_id == a.id]
        for a in result.actors
    }


def test_a_numbered_group_keeps_its_count_in_its_mention() -> None:
    (result,) = run_texts("Two Dutch sailors were detained by Venezuelan police on Friday.")
    assert "Two Dutch sailors" in _mentions(result)["Dutch sailors"]


def test_a_counted_bare_group_is_named_without_its_count() -> None:
    (result,) = run_texts("The three nurses thanked the hospital board on Monday.")
    assert _mentions(result)["nurses"] == ["The three nurses"]


def test_a_quantified_group_keeps_its_quantifier() -> None:
    (result,) = run_texts("Several senators criticised the White House on Tuesday.")
    assert "Several senators" in _mentions(result)["senators"]


def test_an_owned_group_keeps_its_adjective() -> None:
    (result,) = run_texts("Senator Ann Hollis's closest advisers rejected the offer on Monday.")
    assert _mentions(result)["Ann Hollis's closest advisers"] == ["closest advisers"]


def test_two_demonym_groups_of_one_state_and_sector_stay_apart() -> None:
    (result,) = run_texts(
        "Cuban police detained two American sailors in Havana. "
        "American tourists protested the detention on Sunday."
    )
    mentions = _mentions(result)
    assert mentions["American sailors"] == ["two American sailors"]
    assert mentions["American tourists"] == ["American tourists"]


def test_one_demonym_group_named_twice_is_one_actor() -> None:
    (result,) = run_texts(
        "Russian troops shelled the town on Monday. Russian troops withdrew on Tuesday."
    )
    assert _mentions(result)["Russian troops"] == ["Russian troops", "Russian troops"]


def test_a_complement_does_not_change_the_groups_country() -> None:
    text = (
        "NAIROBI, April 14 (Reuters) - Families of international aid workers protested "
        "outside the foreign ministry on Monday."
    )
    assert actor_codes(text, "Families of international aid workers")[0] == "KEN"
