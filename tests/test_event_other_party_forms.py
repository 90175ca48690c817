"""The other party of an act that the parse gives but no actor names directly: a state or
town as the object of the preposition the trigger itself names ("sided with the state of
Ohio") acts through its government, as a direct object does ("sued Arizona"); a plural title
standing alone ("the senators") is a group, never the one senator named before, so an act
aimed at it keeps its target."""

from __future__ import annotations

from .conftest import run_texts


def _event(text: str, trigger: str):
    (result,) = run_texts(text, date="2016-08-25")
    return next(e for e in result.events if e.trigger.text.startswith(trigger)), result


def test_a_state_after_the_triggers_own_preposition_is_the_target() -> None:
    event, _ = _event(
        "COLUMBUS, Ohio (AP) -- A federal appeals court on Monday sided with the state of "
        "Kansas in a dispute over voter registration.",
        "sided",
    )
    assert [p.country for p in event.recipients] == ["USA"]
    assert all(p.sector == "GOV" for p in event.recipients)


def test_a_plural_title_is_no_single_person_named_before() -> None:
    event, _ = _event(
        "WASHINGTON (AP) -- Senator Mary Holt on Tuesday praised the senators who blocked "
        "the spending bill.",
        "praised",
    )
    assert [p.name for p in event.actors] == ["Mary Holt"]
    assert [p.name for p in event.recipients] == ["the senators"]
    assert [p.country for p in event.recipients] == ["USA"]


def test_plural_titles_before_names_still_title_them() -> None:
    (result,) = run_texts(
        "WASHINGTON (AP) -- Sens. Mary Holt and Tom Reyes criticized the Treasury plan.",
        date="2016-08-25",
    )
    names = {a.name: a.sector_code for a in result.actors}
    assert names.get("Mary Holt") == names.get("Tom Reyes") == "LEG"


def test_an_object_relative_is_the_target_of_its_clause() -> None:
    event, _ = _event(
        "WASHINGTON (AP) -- Senator Ana Ruiz, whom Governor Lee criticized on Monday, "
        "spoke in Tucson on Friday.",
        "criticized",
    )
    assert [p.name for p in event.recipients] == ["Ana Ruiz"]


def test_who_as_an_object_is_no_doer_though_parsed_as_a_subject() -> None:
    event, _ = _event(
        "WASHINGTON (AP) -- Cruz, who Trump attacked on Monday, hit back on Tuesday.",
        "attacked",
    )
    assert [p.name for p in event.actors] == ["Donald Trump"]
    assert [p.name for p in event.recipients] == ["Ted Cruz"]


def test_who_as_a_subject_still_does_the_act() -> None:
    event, _ = _event(
        "WASHINGTON (AP) -- Cruz, who attacked Trump on Monday, spoke on Tuesday.", "attacked"
    )
    assert [p.name for p in event.actors] == ["Ted Cruz"]
    assert [p.name for p in event.recipients] == ["Donald Trump"]


def test_them_is_the_plural_group_named_just_before() -> None:
    event, _ = _event(
        "DENVER (AP) -- Governor Lee spoke to the delegates in Denver on Monday. He urged "
        "them to back the plan.",
        "urged",
    )
    assert [p.name for p in event.actors] == ["Lee"]
    assert [p.country for p in event.recipients] == ["USA"]
    assert "delegates" in event.recipients[0].name


def test_them_after_a_plural_thing_names_no_one() -> None:
    event, _ = _event(
        "DENVER (AP) -- Governor Lee met the protesters on Monday and read their two "
        "petitions. He rejected them on Friday.",
        "rejected",
    )
    assert [p.name for p in event.actors] == ["Lee"]
    assert event.recipients == []
