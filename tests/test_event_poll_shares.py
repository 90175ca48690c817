"""A share of the public, or the public a poll asks, holds a view: its stances and votes are
statistics, not acts (dropped by default). Organised bodies and named actors still act."""

from __future__ import annotations

import pytest

from .conftest import typed_triggers


@pytest.mark.parametrize(
    "text",
    [
        "Eight percent of Liberals said they would vote for Kowalski.",
        "A majority of voters say they oppose the treaty.",
        "Most Labour voters in Leeds said they felt betrayed by the party's leaders.",
        "Many Novak supporters complained that the lines were long.",
        "Early polls show voters in the region rejecting Mr. Kowalski.",
        "Voters who backed Novak in 2012 are now undecided.",
        "Most Americans now back the ceasefire, the latest Marist survey shows.",
        "Americans broadly oppose sending troops to the region, a new Pew survey finds.",
        "Americans largely support the new trade pact with Canada, a Gallup poll shows.",
        "Voters solidly oppose ending federal grants for the Red Cross, a new Monmouth University "
        "Poll finds, an issue the Senate takes up next week.",
        "Asked about the pipeline, 41 percent of Greens who said they had backed Novak in May "
        "now oppose it.",
        "Nearly a third of independents said they were willing to endorse Kowalski.",
        "The mayor is backed by 38% of likely voters in the Siena average of recent surveys.",
        "Novak was supported by 44 percent of the Greens polled by Ipsos, up from 40 in May.",
        "Young farmers backed Novak, 61 percent to 30 percent.",
        "In exit polls, voters in both regions were unhappy with the central government.",
        "In a survey released Monday, Americans sharply criticized the handling of the floods.",
        "About 8 in 10 Green voters in the north are unhappy with the new fuel tax.",
        "Six in 10 Liberals said the premier should call an early election.",
        "In a survey published Monday, two of three Canadians disapproved of the way the "
        "minister handled the floods.",
        "He said he believed that more than half of his union's workers support Novak.",
    ],
)
def test_the_publics_counted_stances_are_no_acts(text: str) -> None:
    assert typed_triggers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two of the firm's five directors abruptly resigned.",
        "Three of the company's directors criticized the merger plan.",
    ],
)
def test_a_firms_officers_counted_are_no_political_body(text: str) -> None:
    """A director is a title of office by its word; a firm's directors are no senate."""
    assert typed_triggers(text) == []


@pytest.mark.parametrize(
    "text,coded",
    [
        ("Most of the Senate Liberals said they would back Kowalski.", [("SUPPORT", "back")]),
        ("The party's delegates voted for Kowalski.", [("SUPPORT", "voted")]),
        ("Many Conservatives in parliament criticized Kowalski.", [("ACCUSE", "criticized")]),
        ("Two of three senators criticized the pipeline plan.", [("ACCUSE", "criticized")]),
        ("Two of the senators endorsed Kowalski.", [("SUPPORT", "endorsed")]),
        ("Several of the governors rejected the pipeline plan.", [("REJECT", "rejected")]),
        ("A majority of voters say Senator Novak opposed the deal.", [("REJECT", "opposed")]),
    ],
)
def test_organised_bodies_and_named_actors_still_act(
    text: str, coded: list[tuple[str, str]]
) -> None:
    assert typed_triggers(text) == coded


@pytest.mark.parametrize(
    "text,coded",
    [
        (
            "She quoted Dr. Anna Berg, a Novak supporter who has vociferously criticized Kowalski.",
            [("ACCUSE", "criticized")],
        ),
        ("Volunteers described the voters they criticized in Leeds.", [("ACCUSE", "criticized")]),
    ],
)
def test_a_clause_on_voters_that_others_do_still_acts(
    text: str, coded: list[tuple[str, str]]
) -> None:
    assert typed_triggers(text) == coded


@pytest.mark.parametrize(
    "text",
    [
        "Novak is targeting Latino and black voters, who have typically backed his candidacy "
        "in high numbers.",
        "In the north, where Polish voters overwhelmingly support the premier, Novak spoke "
        "about jobs.",
        "Those whose main worry was housing tended to support Kowalski.",
    ],
)
def test_the_publics_stance_told_by_how_many_hold_it_is_no_act(text: str) -> None:
    assert "SUPPORT" not in {event_type for event_type, _ in typed_triggers(text)}


@pytest.mark.parametrize(
    "text,coded",
    [
        ("The party's senators overwhelmingly backed Kowalski.", [("SUPPORT", "backed")]),
        ("Voters in Leeds cheered Kowalski at the rally.", [("SUPPORT", "cheered")]),
        ("Unions overwhelmingly endorsed Kowalski.", [("SUPPORT", "endorsed")]),
        (  # a vote's result on a measure: the public's act
            "Polish voters overwhelmingly rejected the pension terms in Sunday's referendum.",
            [("REJECT", "rejected")],
        ),
        ("Voters in Leeds overwhelmingly approved the measure.", [("SUPPORT", "approved")]),
    ],
)
def test_a_body_or_the_publics_plain_backing_still_acts(
    text: str, coded: list[tuple[str, str]]
) -> None:
    assert typed_triggers(text) == coded
