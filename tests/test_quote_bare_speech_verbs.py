"""Verbs that report speech only without an object ("“…?” the host pressed", "“…,” she
interrupted", "“…,” he persisted") attribute the quote before them; with an object or an
infinitive they are ordinary verbs ("pressed the minister to resign" asks, it quotes nothing)."""

from __future__ import annotations

import pytest

from tests.conftest import quote_speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Would the plan cover the workers laid off last year?” Rivera pressed.", "Rivera"),
        ("“That is simply not what the report says at all,” Okafor interrupted.", "Okafor"),
        ("“We will keep asking until the ministry answers us,” Lindqvist persisted.", "Lindqvist"),
    ],
)
def test_bare_speech_verb_reports_the_quote_before_it(text: str, speaker: str) -> None:
    assert quote_speakers(text) == [speaker]


def test_pressed_with_an_object_quotes_nothing() -> None:
    assert quote_speakers("The union pressed the company for a new contract this spring.") == []
