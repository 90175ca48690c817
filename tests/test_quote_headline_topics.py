"""A headline "Speaker On Topic: claim" reports the speaker's claim about the topic: the name
before "On" speaks, also when it ends in a title ("NBC President") or follows a label and a dash
("EXCLUSIVE – Name: …")."""

from __future__ import annotations

from tests.conftest import run_texts

BODY = (
    "NBC President Ann Dalton is not bending to Republican candidate Tom Reyes. “We will not "
    "change the debate rules for anyone,” Dalton said on Monday.\n"
)


def headline_speaker(headline: str) -> str | None:
    (result,) = run_texts(f"{headline}\n\n{BODY}")
    first = result.quotes[0]
    return first.speaker.mention.text if first.speaker.mention else None


def test_the_name_before_on_speaks() -> None:
    assert headline_speaker("Dalton On Reyes: ‘We Will Not Change The Debate Rules.’") == "Dalton"


def test_an_organisation_title_before_on_speaks() -> None:
    speaker = headline_speaker("NBC President On Reyes: ‘We Will Not Change The Debate Rules.’")
    assert speaker is not None and speaker in "NBC President"


def test_a_label_before_a_dash_is_no_part_of_the_name() -> None:
    assert headline_speaker("EXCLUSIVE – Ann Dalton: Debate Rules Will Stay") == "Ann Dalton"
