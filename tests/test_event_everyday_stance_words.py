"""Everyday verbs, particle idioms and act nouns of four classes, each row with a sense
condition: scuttling or nixing a deal, holding up a nomination or bucking a party rejects it
(REJECT); closing ranks, blessing a merger or a standing ovation backs someone (SUPPORT);
petitioning, clamouring for an act or seeking someone's ouster asks for it (REQUEST); stopping
by someone's seat, a courtesy call, a meal with someone or hosting a guest is a meeting
(CONSULT). The same words in their other senses stay no event."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _kinds(text: str) -> list[tuple[str, str]]:
    """Type and CAMEO code of each event found in one text."""
    (result,) = run_texts(text, date="2016-05-01")
    return [(e.type, e.cameo or "") for e in result.events]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Conservative senators scuttled the budget deal on Friday.", ("REJECT", "120")),
        ("The White House nixed the proposal after a day of talks.", ("REJECT", "120")),
        ("The White House nixed the senator's effort to reopen the talks.", ("REJECT", "120")),
        ("Republicans are holding up the nomination of Judge Alvarez.", ("REJECT", "120")),
        ("Five senators bucked their party on the vote.", ("REJECT", "128")),
        ("The prime minister fended off calls to resign.", ("REJECT", "120")),
        ("The governor disregarded the court's order to release the files.", ("REJECT", "120")),
        ("The regulators blessed the merger of the two utilities.", ("SUPPORT", "051")),
        ("The senator got a standing ovation from the delegates.", ("SUPPORT", "051")),
        ("The group petitioned the Supreme Court to hear the case.", ("REQUEST", "100")),
        ("Activists have clamored for the release of the prisoners.", ("REQUEST", "100")),
        ("The union sought the ouster of the party chairwoman.", ("REQUEST", "100")),
        ("The mayor convinced the council to delay the vote.", ("REQUEST", "100")),
        ("Senator Holt stopped by the governor's office on Wednesday.", ("CONSULT", "042")),
        ("The foreign minister paid a courtesy call on the king.", ("CONSULT", "042")),
        ("The senator had dinner with the Saudi ambassador on Monday.", ("CONSULT", "040")),
        ("Obama hosted the Chinese president at the White House.", ("CONSULT", "043")),
    ],
)
def test_everyday_words_code_their_class(text: str, kind: tuple[str, str]) -> None:
    assert kind in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The navy scuttled the damaged vessel off the coast.",
        "Heavy traffic held up the delegates for an hour.",
        "The company bucked the trend with higher sales.",
        "The cardinal blessed the crowd in the square.",
        "The senator is seeking re-election in November.",
        "She convinced herself that the plan would work.",
        "The convoy was stopped by police at the border.",
        "New Hampshire is set to host the second nomination contest.",
        "He hosted a radio program for years.",
        "She entertained the idea of running for governor.",
    ],
)
def test_the_same_words_in_other_senses_are_no_event(text: str) -> None:
    assert _kinds(text) == []
