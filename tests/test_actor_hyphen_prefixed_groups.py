"""A group named with a capitalised hyphenated prefix ("Anti-Government marchers") keeps the
whole modifier: its mention never starts at the hyphen."""

from __future__ import annotations

from tests.conftest import mention_texts, run_texts


def test_a_capitalised_stance_prefix_stays_in_the_group_mention() -> None:
    text = "LIMA - Anti-Government marchers blocked the highway on Tuesday."
    names = mention_texts(text, "2001-05-01")
    assert "Anti-Government marchers" in names
    assert not any(name.startswith("-") for name in names)


def test_a_stance_prefix_joined_to_a_name_stays_in_the_group_mention() -> None:
    text = "LIMA - Anti-Fujimori demonstrators blocked the highway on Tuesday."
    names = mention_texts(text, "2001-05-01")
    assert "Anti-Fujimori demonstrators" in names


def test_a_name_joined_to_a_stance_prefix_is_no_mention_of_that_person() -> None:
    text = (
        "LIMA - President Alberto Fujimori spoke on Monday. "
        "Anti-Fujimori demonstrators blocked the highway on Tuesday."
    )
    names = mention_texts(text, "2001-05-01")
    assert "Anti-Fujimori demonstrators" in names
    assert "Fujimori" not in names


def test_a_stance_joined_name_before_a_singular_still_names_the_person() -> None:
    text = (
        "LIMA - President Alberto Fujimori spoke on Monday. "
        "The anti-Fujimori advertisement attacked his record."
    )
    (result,) = run_texts(text, date="2001-05-01")
    assert "Fujimori" in {m.evidence.text for m in result.mentions}
