"""A reporting verb in a relative clause with its own subject ("…, which she argued …", "a
treaty that the minister called “…”") is a report by that subject, also inside another report,
which then ends before the relative clause."""

from __future__ import annotations

import pytest

from tests.conftest import speakers_and_contents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Okoro criticized his rivals for their hostility toward the agency, which he "
            "argued helps restore fairness where local funding distorts it.",
            [
                ("Okoro", "his rivals for their hostility toward the agency"),
                ("he", "which he argued helps restore fairness where local funding distorts it"),
            ],
            id="relative-clause-after-a-stance",
        ),
        pytest.param(
            "Ms. Lindqvist said that as long as the field stayed divided, Haddad would win "
            "the nomination, which she declared “a total disaster” for her party.",
            [
                (
                    "Lindqvist",
                    "that as long as the field stayed divided, Haddad would win the nomination",
                ),
                ("she", "which she declared “a total disaster” for her party"),
            ],
            id="relative-clause-closing-a-report",
        ),
        pytest.param(
            "Farmers tend to favor irrigation projects, which they argue raise yields more "
            "quickly than subsidies do.",
            [
                ("Farmers", "irrigation projects"),
                ("they", "which they argue raise yields more quickly than subsidies do"),
            ],
            id="relative-clause-after-an-object",
        ),
    ],
)
def test_a_relative_clause_reports_its_own_speaker(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert speakers_and_contents(text) == expected


def test_a_quote_in_a_relative_clause_is_its_subjects() -> None:
    text = "Canada is a country that the former premier, Joe Clark, called “our closest friend.”"
    assert [speaker for speaker, _ in speakers_and_contents(text)] == ["Joe Clark"]


def test_a_relative_clause_naming_no_words_reports_nothing() -> None:
    """ "the aid that Mr. Haddad demanded": the clause names a thing, not what he said."""
    text = "The bill expanded the aid that Mr. Haddad demanded for the northern provinces."
    assert all(speaker != "Haddad" for speaker, _ in speakers_and_contents(text))


def test_a_complement_that_keeps_the_report_whole() -> None:
    """ "a report … that Diaz has been considering announcing …" is the report's content, though
    the parse may read "that" as a relative word."""
    text = (
        "Okafor pointed to a report in the Herald that Diaz has been considering announcing "
        "that he will not endorse the nominee."
    )
    assert all(speaker != "Diaz" for speaker, _ in speakers_and_contents(text))
