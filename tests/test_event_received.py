"""Blame told from the side of the one blamed (`events.received`): "came under fire from
Clinton" is Clinton criticising him, "became the subject of a manhunt" a pursuit of him."""

from __future__ import annotations

import pytest

from .conftest import event_types, run_texts


def _accusations(text: str) -> list[tuple[list[str], list[str]]]:
    events = run_texts(text)[0].events
    return [
        ([p.name for p in e.actors], [p.name for p in e.recipients])
        for e in events
        if e.type == "ACCUSE"
    ]


def test_under_fire_from_someone_makes_them_the_critic() -> None:
    text = "Senator Rubio has come under fire from Hillary Clinton over his vote."
    sides = _accusations(text)
    assert sides and any("Clinton" in " ".join(a) and "Rubio" in " ".join(r) for a, r in sides)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Senator Warren incurred a wave of boos upon saying it.", "Warren"),
        ("James Kopp became the subject of an international manhunt in November.", "Kopp"),
        ("Kopp emerged as the focus of the FBI investigation within two weeks.", "Kopp"),
        (
            "Former Maryland Gov. Martin O'Malley has repeatedly called Donald Trump a buffoon.",
            "Trump",
        ),
    ],
)
def test_the_one_blamed_pursued_or_insulted_is_the_target(text: str, target: str) -> None:
    sides = _accusations(text)
    assert sides and target in " ".join(sides[0][1])


@pytest.mark.parametrize(
    "text",
    [
        "Israeli troops came under fire from militants near the border.",
        "The topic became the subject of a long debate.",
    ],
)
def test_armed_fire_and_topics_are_no_blame(text: str) -> None:
    assert "ACCUSE" not in event_types(text)


def test_naming_hung_on_the_speaker_keeps_speaker_and_target() -> None:
    text = (
        "The mayor, speaking on the radio, called Trump a “blowhard,” and said his "
        "remarks were a gift to terrorist groups."
    )
    assert (["The mayor"], ["Donald Trump"]) in _accusations(text)


def test_naming_read_as_a_modifier_still_targets_the_one_named() -> None:
    text = (
        "De Blasio, speaking on a radio show, called Trump a “blowhard,” and said his "
        "remarks were a gift to terrorist groups."
    )
    assert any(targets == ["Donald Trump"] for _, targets in _accusations(text))


def test_calling_someone_a_plain_title_is_no_accusation() -> None:
    text = "Former Maryland Gov. Martin O'Malley has repeatedly called Donald Trump a businessman."
    assert "ACCUSE" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Months after erupting on Senator Marco Rubio over immigration, the host praised him.",
        "The governor lit into Senator Elizabeth Warren during the hearing on Tuesday.",
        "The senator teed off on Governor Chris Christie in a radio interview on Monday.",
    ],
)
def test_outbursts_at_a_named_person_are_criticism(text: str) -> None:
    assert "ACCUSE" in event_types(text)


def test_an_outburst_at_no_one_is_no_criticism() -> None:
    assert "ACCUSE" not in event_types("Violence erupted on Tuesday in the capital's suburbs.")


@pytest.mark.parametrize("verb", ["drew", "got", "garnered", "suffered"])
def test_any_verb_of_receiving_reads_blame_from_the_side_of_the_one_blamed(verb: str) -> None:
    (result,) = run_texts(f"Senator Smith {verb} criticism from Republicans over the vote.")
    (event,) = [e for e in result.events if e.type == "ACCUSE"]
    assert event.trigger.text == f"{verb} criticism", "the verb is part of the received blame"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Governor Scott Walker was jeered by the crowd at the state fair on Saturday.", "Walker"),
        ("Senator Ted Cruz was widely derided after the debate.", "Cruz"),
    ],
)
def test_a_criticism_participle_read_as_an_adjective_blames_the_subject(
    text: str, target: str
) -> None:
    assert any(target in " ".join(targets) for _, targets in _accusations(text))


def test_a_thing_derided_is_no_party_blamed() -> None:
    """Read as "was criticized for its cost" is: blame with no party as its target."""
    assert all(
        not targets for _, targets in _accusations("The old bridge was much derided for its color.")
    )


def test_fire_received_for_a_wrong_is_criticism_of_a_body() -> None:
    text = "The Justice Department has come under fire for its handling of the case."
    assert any("Justice Department" in " ".join(t) for _, t in _accusations(text))


@pytest.mark.parametrize(
    "text",
    [
        "The convoy came under fire for two hours near the border.",
        "The base came under fire for the first time since March.",
    ],
)
def test_fire_received_for_a_while_is_no_criticism(text: str) -> None:
    assert "ACCUSE" not in event_types(text)


def _support_sides(text: str) -> list[tuple[list[str], list[str]]]:
    events = run_texts(text, date="2016-11-10")[0].events
    return [
        ([p.name for p in e.actors], [p.name for p in e.recipients])
        for e in events
        if e.type == "SUPPORT"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Trump accepted the congratulations of Putin on Wednesday.",
        "Clinton accepted praise from Obama for her work.",
    ],
)
def test_accepted_praise_is_the_givers_act_toward_the_accepter(text: str) -> None:
    sides = _support_sides(text)
    accepter = text.split()[0]
    assert sides and all(accepter not in " ".join(actors) for actors, _ in sides)
    assert any(accepter in " ".join(targets) for _, targets in sides)


def test_accepted_congratulations_from_no_one_named_are_no_support() -> None:
    assert _support_sides("Trump was accepting congratulations on Tuesday night.") == []
