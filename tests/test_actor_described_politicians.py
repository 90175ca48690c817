"""A later description of a US politician ("the Florida senator", "the Indiana governor", "the
California congressman") stands for the person the article named before, by the office that
person holds that day and their home state."""

from __future__ import annotations

from tests.conftest import run_texts

DAY = "2016-05-01"


def _sides(text: str, trigger: str) -> tuple[list[str], list[str]]:
    (result,) = run_texts(text, date=DAY)
    event = next(e for e in result.events if e.trigger.text == trigger)
    return [a.name for a in event.actors], [a.name for a in event.recipients]


def test_a_state_that_another_country_also_has_still_names_the_senator() -> None:
    # Uruguay also has a department called Florida: the state is still Rubio's
    text = (
        "Ted Cruz accused Marco Rubio of weakness on border security. "
        "The Florida senator denied the charge on Tuesday."
    )
    assert _sides(text, "denied")[0] == ["Marco Rubio"]


def test_a_governor_is_the_governor_of_his_state() -> None:
    text = (
        "Rep. Kevin McCarthy praised Mike Pence at a dinner in Washington. "
        "He later thanked the Indiana governor for his help."
    )
    assert _sides(text, "thanked")[1] == ["Mike Pence"]


def test_a_congressman_is_any_legislator_of_his_state() -> None:
    text = (
        "Rep. Devin Nunes criticized Gov. John Kasich on Monday. "
        "The California congressman accused the Ohio governor of disloyalty."
    )
    assert _sides(text, "accused") == (["Devin Nunes"], ["John Kasich"])


def test_a_state_and_party_description_is_the_member_named_before() -> None:
    text = (
        "Sen. Tammy Baldwin endorsed Hillary Clinton on Monday. "
        "The Wisconsin Democrat criticized Donald Trump at a rally in Madison."
    )
    assert _sides(text, "criticized") == (["Tammy Baldwin"], ["Donald Trump"])


def test_a_two_word_state_is_read_whole() -> None:
    text = (
        "Sen. Richard Burr questioned Attorney General Loretta Lynch on Thursday. "
        "The North Carolina Republican accused Lynch of misleading Congress."
    )
    assert _sides(text, "accused")[0] == ["Richard Burr"]


def test_a_description_fitting_no_one_told_leaves_its_side_unnamed() -> None:
    # Bernie Sanders is a Vermont independent: the Ohio Democrat is someone else
    text = (
        "Bernie Sanders met union leaders in Cleveland on Friday. "
        "The Ohio Democrat accused the Republican governor of attacking workers."
    )
    assert _sides(text, "accused")[0] != ["Bernie Sanders"]
