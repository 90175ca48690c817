"""A speech verb whose subject is a relative word for a share of people ("…, 30 percent, who
said they …") is an attribution of its own by that word, which PolNeAR marks as the source,
also inside another report; other people's words in such a clause ("farmers who said …") stay
part of the report around them."""

from __future__ import annotations

from tests.conftest import speakers_and_contents


def test_a_share_speaking_in_a_relative_clause_reports_its_own_words() -> None:
    text = (
        "Among teachers, 58 percent said they would strike in the spring, compared with "
        "30 percent who said the schools should stay open."
    )
    found = speakers_and_contents(text)
    assert ("who", "the schools should stay open") in found
    assert all("stay open" not in content for speaker, content in found if speaker != "who")


def test_other_speakers_in_a_relative_clause_stay_in_the_report() -> None:
    text = "The mayor said he had met farmers who said the new dam flooded their fields."
    found = speakers_and_contents(text)
    assert all(speaker != "who" for speaker, _ in found)
