"""A relative clause on a noun set beside a name tells the named party's act: "Ron Smith, a
poultry magnate who backed the governor" is Smith's backing, whatever the noun. A relative
clause on a thing set beside a law's name stays no one's act, and a name set beside a date
stays the doer."""

from __future__ import annotations

from .conftest import event_types, named_sides, run_texts


def test_a_relative_clause_on_a_noun_beside_a_name_is_the_named_partys_act() -> None:
    text = (
        "Governor Tom Miller spoke on Monday. Ron Smith, a poultry magnate who backed "
        "Miller in 2012, gave money to the party."
    )
    (result,) = run_texts(text)
    (event,) = [e for e in result.events if e.type == "SUPPORT"]
    assert [str(p.name) for p in event.actors] == ["Ron Smith"]
    assert [str(p.name) for p in event.recipients] == ["Tom Miller"]


def test_a_relative_clause_on_a_law_beside_its_name_tells_no_act() -> None:
    text = "The Patriot Act, a law that allows agents to search homes, expired on Monday."
    assert "CONCEDE" not in event_types(text)


def test_a_relative_clause_on_a_name_after_a_date_is_that_names_act() -> None:
    text = (
        "Governor Tom Miller spoke on Sunday. On Monday, Senator Ana Jones—who had previously "
        "endorsed Miller for president—will headline a fundraiser."
    )
    (result,) = run_texts(text)
    (event,) = [e for e in result.events if e.type == "SUPPORT"]
    assert [str(p.name) for p in event.actors] == ["Ana Jones"]


def test_a_past_job_told_on_a_noun_beside_a_name_is_no_joint_act() -> None:
    text = (
        "Ana Lopez, a fellow at the Miller Institute who worked with Senator Tom Jones in two "
        "administrations, spoke on Monday."
    )
    assert "COOPERATE" not in event_types(text)


def test_a_noun_with_a_name_set_beside_it_acts_as_the_named_party() -> None:
    text = (
        "Governor Tom Miller spoke on Monday. His longtime colleague Ron Smith defended "
        "Miller on Tuesday."
    )
    assert named_sides(text, "SUPPORT") == (["Ron Smith"], ["Tom Miller"])
