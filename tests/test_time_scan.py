"""The one-pass scan of the time rules finds what a scan of every position finds."""

from __future__ import annotations

import re

from eventwire.times.extract import RULE_SCAN
from eventwire.times.scan import RuleScan, first_class

TEXT = (
    "On Tuesday, March 4, 2019, the minister said that over the past three years, and twice a "
    "week since 1998-05-02, talks ran 10:35 a.m. to midnight. Two days later (Q3 2026) he was "
    "\u201cnow\u201d back; \u017foon after the 1990s, the year-earlier period and nineteen "
    "ninety-four. Stamford, 5 June 2001 -- last year's fall; \u0662\u0660\u0661\u0669 and "
    "\u212aeep the spring of 2021."
)


def _every_position(patterns: list[re.Pattern[str]], text: str) -> set[tuple[int, int, int]]:
    """The plain scan: every match of every rule that starts after a non-alphanumeric."""
    found = set()
    for index, pattern in enumerate(patterns):
        for start in range(len(text)):
            match = pattern.match(text, start)
            if match and (start == 0 or not text[start - 1].isalnum()):
                found.add((start, match.end(), index))
    return found


def test_time_rules_scan_finds_every_match_at_word_starts() -> None:
    assert set(RULE_SCAN.matches(TEXT)) == _every_position(RULE_SCAN.patterns, TEXT)


def test_case_folded_and_non_ascii_first_characters_are_tried() -> None:
    """'ſoon' is 'soon' to a case-insensitive rule; '\\d' takes Arabic-Indic digits too."""
    patterns = [re.compile(r"(?i:soon)"), re.compile(r"\d{4}"), re.compile(r"(?i:kelvin)")]
    text = "\u017foon, \u0662\u0660\u0661\u0669 and \u212aelvin"
    assert set(RuleScan(patterns).matches(text)) == _every_position(patterns, text)
    assert len(_every_position(patterns, text)) == 3


def test_first_class_reads_optional_words_and_falls_back_to_anything() -> None:
    first = re.compile(first_class(r"(?:the\s+)?(?:past\s+)?\d+\s+days"), re.IGNORECASE)
    assert [c for c in "tp7x" if first.fullmatch(c)] == ["t", "p", "7"]
    assert first_class(r"\w+ days") == "(?s:.)"
