"""One act told by a phrase with two trigger words: the governing phrase decides the type
("withheld support from X" is a refusal aimed at X, "resigned in protest" a protest,
"petitioned for" a request, "erupted in a chorus of booing" a crowd's protest), and an act noun
that a verb inside a request acts on is what is asked, not a second event."""

from __future__ import annotations

from .conftest import run_texts

OPENING = "OTTAWA — Senator Ruth Kellan and Minister Paul Daveau spoke on Monday. "


def _coded(text: str) -> list[tuple[str, str]]:
    (result,) = run_texts(OPENING + text)
    return [(e.type, e.trigger.text) for e in result.events if e.trigger.start >= len(OPENING)]


def test_withheld_support_is_one_refusal() -> None:
    (result,) = run_texts(OPENING + "Kellan withheld her support from Daveau on Tuesday.")
    events = [e for e in result.events if e.trigger.start >= len(OPENING)]
    assert [(e.type, e.trigger.text) for e in events] == [("REJECT", "withheld")]
    assert [p.name for p in events[0].recipients] == ["Paul Daveau"]


def test_resigned_in_protest_is_a_protest() -> None:
    assert _coded("Three aides resigned in protest over the new policy.") == [
        ("PROTEST", "resigned")
    ]


def test_plain_resignation_stays_a_concession() -> None:
    assert _coded("Daveau resigned on Tuesday.") == [("CONCEDE", "resigned")]


def test_petitioning_for_a_change_is_a_request() -> None:
    assert _coded("Dozens of delegates petitioned for a change to the party rules.") == [
        ("REQUEST", "petitioned")
    ]


def test_an_outburst_of_booing_is_a_protest() -> None:
    assert _coded("The delegates erupted in a chorus of booing after the vote.") == [
        ("PROTEST", "booing")
    ]


def test_booing_someone_stays_criticism() -> None:
    assert _coded("The crowd booed Daveau at the rally.") == [("ACCUSE", "booed")]


def test_a_visit_asked_to_be_blocked_is_the_request_alone() -> None:
    coded = _coded("Kellan called on the government to block Putin's visit to Canada.")
    assert coded == [("REQUEST", "called on")]


def test_shunning_a_person_is_a_snub() -> None:
    assert _coded("Party leaders shunned Daveau at the convention.") == [("REJECT", "shunned")]
