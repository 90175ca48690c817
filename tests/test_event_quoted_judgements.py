"""Accusations told in quotes by their shape: a wrong done through a helping verb, a wrong
suffered at a named party's hands, the condemnation "has no place in", and a verdict on "it"
where the report names after "of" whom it is about. Plights, verdicts on things and the
speaker's own failings stay out."""

from __future__ import annotations

import pytest

from .conftest import event_types, run_texts


@pytest.mark.parametrize(
    "text",
    [
        '"The Miller campaign helped incite everything that happened," Ms. Jones said.',
        "Senator Jones said the governor tried to mislead the voters.",
        '"We were deceived by the ministry," said Ana Lopez, a farmer.',
        'Senator Jones said "racist cartoons, they\'ve got no place in a national election."',
        "\"It's a disgrace,\" Senator Jones said of Governor Miller's remarks.",
    ],
)
def test_blame_told_by_the_shape_of_a_quote_accuses(text: str) -> None:
    assert event_types(text) == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Jones said the governor had no place to stay on Monday.",  # a plight
        '"It is a disgrace," the mayor said of the flood.',  # a thing, no party
        '"I was foolish," Senator Jones said of his own vote.',  # the speaker's own failing
    ],
)
def test_plights_things_and_self_blame_are_no_accusation(text: str) -> None:
    assert "ACCUSE" not in event_types(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("\"It's a disgrace,\" Senator Jones said of Governor Miller's remarks.", "Miller"),
        ('"They are just sadly mistaken," Ms. Jones said of the Republicans.', "Republicans"),
    ],
)
def test_the_party_named_after_said_of_is_the_one_accused(text: str, target: str) -> None:
    (result,) = run_texts(text, date="2016-05-02")
    (event,) = result.events
    assert [str(p.name) for p in event.actors] == ["Jones"]
    assert [str(p.name) for p in event.recipients] == [target]


def test_a_quoted_sentence_whose_opening_mark_the_parser_misplaced_is_still_quoted() -> None:
    text = (
        "''We have ignored the suburbs for a year,'' Ms. Lee said. ''And if the Liberals "
        "think that won't happen, they are just sadly mistaken.''"
    )
    assert "ACCUSE" in event_types(text)


@pytest.mark.parametrize(
    ("text", "praised"),
    [
        ('"He\'s my friend," Ms. Boxer said of the senator.', False),  # a tie, no verdict
        ('"Some of them are friends of mine," Ms. Boxer said.', False),
        ('"He is a great friend of mine," Ms. Boxer said of the senator.', True),
    ],
)
def test_the_speakers_own_tie_is_no_praise_without_a_judging_word(text: str, praised: bool) -> None:
    assert ("SUPPORT" in event_types(text)) is praised


@pytest.mark.parametrize(
    ("text", "praised"),
    [
        ('"Terry is a friend," the campaign manager said on Monday.', False),
        ("Mr. Hannity says Mr. Gingrich is a very close friend.", False),
        ('"He is a great friend," Trump said of the governor on Monday.', True),
    ],
)
def test_a_tie_is_no_praise_without_a_judging_word(text: str, praised: bool) -> None:
    assert ("SUPPORT" in event_types(text)) is praised


def test_a_quoted_verdict_is_passed_by_the_speaker_on_the_one_judged() -> None:
    text = (
        'Olga Ruiz, a teacher, spoke on Monday. "The mayor helped them," she said. '
        '"The governor is a liar."'
    )
    (result,) = run_texts(text, date="2016-05-02")
    verdicts = [e for e in result.events if e.trigger.text == "is"]
    assert [[str(p.name) for p in e.actors] for e in verdicts] == [["Olga Ruiz"]]
    assert [[str(p.name) for p in e.recipients] for e in verdicts] == [["The governor"]]


@pytest.mark.parametrize(
    "text",
    [
        "The governor complained that Senator Jones is too cautious.",
        "Senator Jones grumbled that the mayor was overly generous to donors.",
    ],
)
def test_a_merit_said_to_be_too_much_is_no_praise(text: str) -> None:
    assert "SUPPORT" not in event_types(text)


@pytest.mark.parametrize(
    ("text", "judge", "judged"),
    [
        (
            'Olga Ruiz, a teacher, spoke on Monday about Governor Miller. "We waited a year," she '
            'said. "Governor Miller is a disastrous leader."',
            ["Olga Ruiz"],
            ["Miller"],
        ),
        (
            'Senator Jones wrote to the board on Monday. "The plan favors the banks," Jones wrote. '
            '"Governor Miller is a disgraceful liar."',
            ["Jones"],
            ["Miller"],
        ),
    ],
)
def test_a_strong_verdict_in_a_quoted_sentence_is_the_speakers_accusation(
    text: str, judge: list[str], judged: list[str]
) -> None:
    (result,) = run_texts(text, date="2016-05-02")
    verdicts = [e for e in result.events if e.type == "ACCUSE"]
    assert [[str(p.name) for p in e.actors] for e in verdicts] == [judge]
    assert [[str(p.name) for p in e.recipients] for e in verdicts] == [judged]


@pytest.mark.parametrize(
    "text",
    [
        'Senator Jones spoke on Monday. "The vote was close," Jones said. "It is not sexist."',
        'Senator Jones spoke on Monday. "We lost," Jones said. "It was a dreadful storm."',
        'Senator Jones wrote to the board on Monday. "The plan favors the banks," Jones wrote. '
        '"That is unacceptable."',
        'Senator Jones spoke in Tripoli on Monday. "We met the envoys," Jones said. '
        '"Libya today is completely chaotic."',
        'Senator Jones spoke on Monday. "We lost," Jones said. "He was terribly sick."',
        "Senator Jones said on Monday that Governor Miller was terribly sick.",
    ],
)
def test_a_denied_wrong_or_a_plight_in_a_quoted_sentence_accuses_no_one(text: str) -> None:
    assert "ACCUSE" not in event_types(text)
