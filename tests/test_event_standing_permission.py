"""Leave given in the simple present passive with no giver told is a standing rule of what
people may do ("voters are allowed to register"), not a party giving way (no CONCEDE), and so is
leave told in the active simple present ("he allows Republicans to dodge Trump"); leave given by
someone on an occasion stays a concession."""

from __future__ import annotations

from tests.conftest import run_texts


def _types(text: str) -> list[str]:
    (result,) = run_texts(text, date="2016-05-02")
    return [e.type for e in result.events]


def test_a_standing_rule_is_no_concession() -> None:
    text = (
        "One edge Cruz may have is that voters are allowed to register on caucus day, meaning"
        " he could take advantage of late-coming support."
    )
    assert "CONCEDE" not in _types(text)
    assert "CONCEDE" not in _types('"You are not allowed to say that," the moderator told Rubio.')


def test_leave_given_by_someone_stays_a_concession() -> None:
    text = "The governor allowed the protesters to march past the capitol."
    assert "CONCEDE" in _types(text)
    assert "CONCEDE" in _types("The prisoners were allowed to call their families on Sunday.")


def test_leave_in_the_simple_present_is_no_concession() -> None:
    text = (
        "By putting the onus on Trump to prove he's worthy of support, he allows Republicans to"
        " dodge Trump without having to contradict the will of millions of voters."
    )
    assert "CONCEDE" not in _types(text)
    assert "CONCEDE" not in _types(
        "The DNC doesn't allow candidates to debate outside its schedule."
    )
    assert "CONCEDE" in _types("The DNC didn't allow the candidates to debate in March.")


def test_leave_in_the_present_dated_to_a_day_stays_a_concession() -> None:
    """A weekday on the verb dates the leave to one occasion ("legalizes ... on Tuesday"); one
    on the clause let happen ("allows prisoners to vote on Tuesday") or a frequency does not."""
    assert "CONCEDE" in _types("Canada legalizes marijuana in a vote on Tuesday.")
    assert "CONCEDE" not in _types("The governor allows prisoners to vote on Tuesday.")
    assert "CONCEDE" not in _types("The ministry allows visits on Tuesday every week.")
