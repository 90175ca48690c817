"""One reported clause the parse splits into two complements of the reporting verb ("said
they're fine with however it plays out but want …") is reported whole by the verb's speaker;
a later complement with a named subject of its own ("… and teachers said …") is not."""

from __future__ import annotations

from tests.conftest import speakers_and_contents


def test_a_split_complement_is_reported_whole() -> None:
    text = (
        "A number of parents said they’re fine with however it turns out but just want "
        "to get the dispute over school hours settled."
    )
    found = speakers_and_contents(text)
    assert any(
        speaker == "A number" and "settled" in content and "fine" in content
        for speaker, content in found
    ), found


def test_a_complement_with_its_own_subject_stays_apart() -> None:
    text = (
        "Six in 10 parents said the new schedule is fair, and two-thirds said the same "
        "of the lunch plan."
    )
    found = speakers_and_contents(text)
    assert all("lunch" not in content for _, content in found if "fair" in content), found
