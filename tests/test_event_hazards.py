"""Harm done by disasters, disease or accident is no attack, and a warning of it no threat,
also when the parse tells the doer through a relative pronoun or a subjectless participle."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Aid poured into the areas of the South Asia Earthquake that has killed 30,000 people.",
        "The cyclone that struck Burma on Friday left thousands homeless.",
        "A powerful hurricane reached Florida on Monday, destroying hundreds of homes.",
        "His family blamed the drinking that ultimately killed him, his friends said.",
        "The United Nations has warned that 750,000 people could be hit by heavy flooding.",
        "United Nations officials are warning of a growing threat of measles and cholera.",
    ],
)
def test_what_nature_does_is_no_attack_and_a_warning_of_it_no_threat(text: str) -> None:
    assert {"ASSAULT", "COERCE", "THREATEN"}.isdisjoint(event_types(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The militants who attacked the town on Sunday killed 12 soldiers.", "ASSAULT"),
        ("Gunmen stormed the hotel on Monday, killing four guards.", "ASSAULT"),
        ("Iran warned Israel on Sunday that it would strike back.", "THREATEN"),
    ],
)
def test_acts_of_armed_parties_and_their_warnings_stay(text: str, kind: str) -> None:
    assert kind in event_types(text)
