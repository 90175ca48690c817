"""Sides that no actor's mention names directly: a party's word before an act noun is its doer,
people a possessive pronoun owns are the owner's, a protest's venue is no target, and blame of
"the statement" is aimed at whoever made the one told just before."""

from __future__ import annotations

from .conftest import event_at, run_texts


def _codes(participants: list) -> list[tuple[str | None, str | None]]:
    return [(p.country, p.sector) for p in participants]


def test_party_word_before_an_act_noun_is_its_doer() -> None:
    (r,) = run_texts(
        "Republican complaints about Governor Luis Ortega grew louder on Tuesday.",
        date="2016-04-02",
    )
    assert _codes(event_at(r, "complaints").actors) == [("USA", "PTY")]


def test_lowercase_party_word_is_a_quality_not_a_party() -> None:
    (r,) = run_texts(
        "Some democratic complaints about Governor Luis Ortega grew louder on Tuesday.",
        date="2016-04-02",
    )
    assert event_at(r, "complaints").actors == []


def test_his_men_are_their_commanders_people() -> None:
    (r,) = run_texts(
        "General Omar Salek, the Sudanese army commander, flew north on Monday. "
        "His men shelled the rebel camp near Kassala.",
        date="1998-03-02",
    )
    assert _codes(event_at(r, "shelled").actors) == [("SDN", "MIL")]


def test_they_after_his_men_are_those_men() -> None:
    (r,) = run_texts(
        "General Omar Salek, the Sudanese army commander, reached Kassala on Monday. "
        "His men have held the town for a week. They have been aided by Eritrean smugglers.",
        date="1998-03-02",
    )
    assert [p.country for p in event_at(r, "aided").recipients] == ["SDN"]


def test_a_college_a_rally_is_held_at_is_no_target() -> None:
    (r,) = run_texts(
        "Hundreds of nurses rallied at Drexel University on Saturday.", date="2016-04-02"
    )
    assert "Drexel University" not in [p.name for p in event_at(r, "rallied").recipients]


def test_a_seat_of_government_protested_at_stays_the_target() -> None:
    (r,) = run_texts("Hundreds of nurses protested at the White House.", date="2016-04-02")
    assert [p.country for p in event_at(r, "protested").recipients] == ["USA"]


def test_blasting_the_statement_is_aimed_at_its_speaker() -> None:
    (r,) = run_texts(
        '"The budget is a sham," Senator Mary Pratt said on Monday. '
        "Governor Luis Ortega blasted the statement.",
        date="2016-04-02",
    )
    assert [p.name for p in event_at(r, "blasted").recipients] == ["Mary Pratt"]


def test_a_passive_coordinated_without_subject_shares_the_first_conjuncts() -> None:
    (r,) = run_texts(
        "Chilean troops crossed the river and were poised to attack Peru.", date="1999-03-02"
    )
    assert [p.country for p in event_at(r, "attack").actors] == ["CHL"]


def test_its_troops_after_a_state_are_that_states() -> None:
    (r,) = run_texts(
        "Chile massed tanks at the border. Its troops shelled Peruvian posts on Monday.",
        date="1999-03-02",
    )
    assert [p.country for p in event_at(r, "shelled").actors] == ["CHL"]
