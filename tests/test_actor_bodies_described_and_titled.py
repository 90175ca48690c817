"""An organisation described by an apposition stays one actor; its head's title takes its
sector; a capitalised title word opening a sentence is a title, not a body."""

from __future__ import annotations

from tests.conftest import actor_codes, run_texts

PAC_STORY = (
    "WASHINGTON (AP) - Fairness Forward, a pro-Kasich super PAC, sent letters to donors on "
    "Monday, and an anti-Cruz group answered."
)


def _names(text: str) -> list[str]:
    (result,) = run_texts(text, date="2016-05-02")
    return [a.name for a in result.actors]


def test_an_indefinite_kind_of_body_in_apposition_is_no_second_actor() -> None:
    names = _names(PAC_STORY)
    assert "PAC" not in names
    assert actor_codes(PAC_STORY, "Fairness Forward") == ("USA", "PTY")


def test_a_name_joined_to_a_stance_prefix_is_no_mention_of_that_person() -> None:
    names = _names(PAC_STORY)
    assert not any("Kasich" in name or "Cruz" in name for name in names)


def test_a_group_named_as_not_someones_is_no_mention_of_that_person() -> None:
    text = (
        "DES MOINES (AP) - Senator Tom Hadley leads the field. The non-Hadley candidates "
        "criticized the party chairwoman on Monday."
    )
    (result,) = run_texts(text, date="2016-05-02")
    sources = [p.name for e in result.events for p in e.actors]
    assert sources and not any("Hadley" in name and "non" not in name for name in sources)


def test_the_head_of_a_known_super_pac_takes_its_sector() -> None:
    text = "WASHINGTON (AP) - American Bridge President Tom Miller attacked the senator's plan."
    assert actor_codes(text, "Tom Miller") == ("USA", "PTY")
    assert actor_codes(text, "American Bridge") == ("USA", "PTY")


def test_a_partys_name_before_a_ministry_title_leaves_the_minister_in_government() -> None:
    text = "LONDON (Reuters) - Labour Minister Ann Cole rejected the union's demands on Monday."
    assert actor_codes(text, "Ann Cole", "2000-05-02")[1] == "GOV"


def test_a_title_word_opening_a_sentence_is_a_title_not_a_body() -> None:
    text = (
        "WASHINGTON (AP) - The White House rejected the bill. Press secretary Dan Miller said "
        "the president would veto it."
    )
    assert "Press" not in _names(text)
    assert actor_codes(text, "Dan Miller") == ("USA", "GOV")
