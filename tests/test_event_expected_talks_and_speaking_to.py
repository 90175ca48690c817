"""Talks the confidence rules used to drop: leaders expected to discuss a topic among
themselves, and speaking to a person with a political role (to the press, a crowd or a body it
is a speech or an interview)."""

from __future__ import annotations

import pytest

from .conftest import named_sides, typed_triggers


def test_leaders_expected_to_discuss_a_topic_consult_each_other() -> None:
    text = "The Polish and Czech prime ministers were expected to discuss the border dispute."
    assert typed_triggers(text) == [("CONSULT", "discuss")]


def test_an_act_a_talk_is_about_names_no_partner() -> None:
    text = "The Danish and Dutch premiers will discuss the battle against the Taliban."
    assert named_sides(text, "CONSULT")[1] == ["Netherlands"]  # each other, not the topic's
    text = "The Danish premier will discuss the battle against the Taliban with Mark Rutte."
    assert named_sides(text, "CONSULT")[1] == ["Mark Rutte"]


@pytest.mark.parametrize(
    "text,source,target",
    [
        (
            "The Polish president has spoken to German Chancellor Olaf Scholz twice about "
            "the pipeline.",
            "president",
            "Scholz",
        ),
        (
            "Governor Kowalski spoke to the prime minister by phone on Tuesday.",
            "Kowalski",
            "minister",
        ),
    ],
)
def test_speaking_to_a_political_partner_is_consulting_them(
    text: str, source: str, target: str
) -> None:
    sources, targets = named_sides(text, "CONSULT")
    assert any(source in s for s in sources) and any(target in t for t in targets)


@pytest.mark.parametrize(
    "text",
    [
        "The senator spoke to reporters after the vote.",
        "Kowalski spoke to a crowd of supporters in Lodz.",
        "Speaking to the Polish Farmers Union in Lodz, Kowalski promised lower taxes.",
    ],
)
def test_speaking_to_the_press_or_a_crowd_is_no_consultation(text: str) -> None:
    assert "CONSULT" not in [t for t, _ in typed_triggers(text)]
