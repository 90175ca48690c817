"""Authors of embedded posts, named only by their handle, and the candidacies of the day: a
page that embeds a post names its author by the account ("<tweet author=…>"), which spells a
known person's name or an office title and their surname; a politician running for president
then is coded as a candidate (PTY), before and after as the office they hold."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes, run_texts


def _post(handle: str, words: str) -> str:
    return (
        "The governor answered his critics online on Sunday:\n\n"
        f'<tweet pic="" author="{handle}" timestamp="1441000000">{words}</tweet>.\n'
    )


def test_a_handle_spelling_a_known_name_is_that_person() -> None:
    text = _post("ChrisChristieNJ", "We will keep fighting for every voter in New Hampshire.")
    assert actor_codes(text, "Chris Christie", "2016-01-10") == ("USA", "PTY")


def test_a_title_and_a_surname_no_one_else_bears_is_that_person() -> None:
    text = _post("GovJindal", "Our schools deserve better than Washington's mandates.")
    assert actor_codes(text, "Bobby Jindal", "2015-09-01") == ("USA", "PTY")


def test_a_post_joins_the_person_the_article_names() -> None:
    text = "Rand Paul mocked the new budget deal in Iowa on Friday.\n\n" + _post(
        "RandPaul", "This budget is a disgrace to every taxpayer."
    )
    (result,) = run_texts(text, date="2015-10-30")
    pauls = [a for a in result.actors if a.name.endswith("Paul")]
    assert [a.name for a in pauls] == ["Rand Paul"]


@pytest.mark.parametrize("handle", ["quietreader22", "RandPaulFanClub2016"])
def test_a_handle_that_only_contains_a_name_is_no_one_known(handle: str) -> None:
    (result,) = run_texts(_post(handle, "Nobody asked the voters about this."), date="2016-01-10")
    assert [a.name for a in result.actors if a.type == "person"] == ["The governor"]


@pytest.mark.parametrize(
    ("name", "date", "sector"),
    [
        ("Lindsey Graham", "2015-11-01", "PTY"),
        ("Lindsey Graham", "2016-06-01", "LEG"),
        ("Scott Walker", "2015-08-20", "PTY"),
        ("Scott Walker", "2016-08-20", "GOV"),
    ],
)
def test_a_politician_running_for_president_then_is_a_candidate(
    name: str, date: str, sector: str
) -> None:
    text = f"{name} criticized the new trade agreement in a speech in Ohio on Tuesday."
    assert actor_codes(text, name, date) == ("USA", sector)
