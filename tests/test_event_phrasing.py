"""Acts told in other words: trips told as travel are visits, an eventive noun carried by a light
verb is the noun's event aimed where the verb aims it, and light-verb idioms tell their act."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _events(text: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    (result,) = run_texts(text)
    return [
        (e.type, [p.country for p in e.actors], [p.country for p in e.recipients])
        for e in result.events
    ]


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("The Chinese foreign minister flew to Moscow for talks on Friday.", "RUS"),
        ("Prime Minister Modi arrived in Kyiv on Friday.", "UKR"),
        ("German Chancellor Olaf Scholz travelled to Brazil on Sunday.", "BRA"),
    ],
)
def test_a_political_actor_travelling_abroad_makes_a_visit(text: str, host: str) -> None:
    assert [(t, target) for t, _, target in _events(text)] == [("CONSULT", [host])]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of refugees arrived in Greece on Monday.",
        "Senator Cruz headed to Iowa on Monday.",
        "The delayed plane arrived in Paris late on Sunday.",
        "Mazda is coming to Mexico, the carmaker said.",
        "Monique Dalle, a retired teacher, was traveling to Cairo to visit her daughter.",
        "A woman from Ohio said she had been bitten while visiting Austin.",
    ],
)
def test_travel_by_civilians_or_at_home_is_no_visit(text: str) -> None:
    assert "CONSULT" not in [t for t, _, _ in _events(text)]


def test_a_borrowed_word_ends_an_event_phrase() -> None:
    text = "Army chief Prayuth Chan-ocha staged a coup d'etat against Thailand's government."
    assert [t for t, _, _ in _events(text)] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Sanders levelled sharp criticism at President Obama.", ("ACCUSE", "USA")),
        ("Israel launched air strikes on Gaza on Tuesday.", ("ASSAULT", "PSE")),
        ("Iran lodged a formal protest with Turkey.", ("ACCUSE", "TUR")),
        ("The foreign minister heaped praise on the Saudi king.", ("SUPPORT", "SAU")),
    ],
)
def test_a_light_verb_aims_its_nouns_act(text: str, expected: tuple[str, str]) -> None:
    assert [(t, target) for t, _, target in _events(text)] == [(expected[0], [expected[1]])]


def test_students_staging_a_protest_is_still_a_protest() -> None:
    assert [t for t, _, _ in _events("Students staged a protest in Paris on Friday.")] == [
        "PROTEST"
    ]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Germany threw its weight behind the French plan.", "SUPPORT"),
        ("China pointed the finger at the United States over the hacking.", "ACCUSE"),
        ("The rebels waged war against the government of Sudan.", "ASSAULT"),
        ("The Italian president paid tribute to the Pope.", "SUPPORT"),
        ("Prime Minister Blair and the president will stand together on Iraq.", "SUPPORT"),
        ("Trump rounded on Clinton over her emails.", "ACCUSE"),
    ],
)
def test_light_verb_idioms_tell_their_act(text: str, type_: str) -> None:
    assert [t for t, _, _ in _events(text)] == [type_]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The State Department was highly critical of the Saudi government.", "ACCUSE"),
        ("Germany remains supportive of the Ukrainian bid.", "SUPPORT"),
    ],
)
def test_a_stance_told_by_an_adjective_is_the_act(text: str, expected: str) -> None:
    assert _events(text)[0][0] == expected
    assert _events(text)[0][2]  # the one the stance is about is the target


def test_a_critical_moment_is_no_criticism() -> None:
    types = [t for t, _, _ in _events("It was a critical moment for the talks in Geneva.")]
    assert "ACCUSE" not in types


def test_an_act_named_as_the_topic_of_a_stance_is_not_coded_apart() -> None:
    text = "Britain and France will stand together on arresting the bombers."
    assert [t for t, _, _ in _events(text)] == ["SUPPORT"]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Senator Reid compared Trump to a dictator on Sunday.", ["ACCUSE"]),
        ("The minister compared the figures with last year's.", []),
    ],
)
def test_likening_someone_to_a_wrong_is_an_accusation(text: str, types: list[str]) -> None:
    assert [t for t, _, _ in _events(text)] == types


def test_troops_travelling_abroad_are_deployed() -> None:
    text = "Russian troops arrived in Minsk on Monday for joint drills with Belarus."
    assert [t for t, _, _ in _events(text)] == ["MOBILIZE"]


def test_a_stance_on_a_policy_is_an_opinion() -> None:
    assert _events("Senator Rubio is supportive of same-sex marriage.") == []
