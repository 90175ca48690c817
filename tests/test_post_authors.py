"""An embedded post's first person is its author, a handle that opens a post names the person
who acts, and a post the story already quoted is not coded twice."""

from __future__ import annotations

from .conftest import run_texts

OWN_POST = (
    "Several candidates answered the ruling on Tuesday.\n\n"
    '<tweet pic="" author="BernieSanders" timestamp="1449075600">I urge Congress to pass the bill. '
    "Working families deserve better.</tweet>.\n\n"
    "Other campaigns stayed quiet."
)
HANDLE_POST = (
    "The channel shared the clip on Wednesday.\n\n"
    '<tweet tweet-author="@SomeNewsDesk" tweet-date="May 4, 2016">.@HillaryClinton condemns '
    "the attack on the embassy in Tripoli<tweet/>.\n\n"
    "The clip was viewed widely."
)
QUOTED_POST = (
    "Reporter Dana Smith tweeted, “Senators will not meet the nominee before the vote.”\n\n"
    '<tweet tweet-author="@danasmith" tweet-date="May 4, 2016">Senators will not meet the '
    "nominee before the vote<tweet/>.\n\n"
    "The nominee did not respond."
)


def test_the_first_person_of_a_post_is_its_author() -> None:
    (result,) = run_texts(OWN_POST, date="2016-04-02")
    event = next(e for e in result.events if e.trigger.text == "urge")
    assert [a.name for a in event.actors] == ["Bernie Sanders"]


def test_a_handle_opening_a_post_is_who_acts() -> None:
    (result,) = run_texts(HANDLE_POST, date="2016-05-04")
    event = next(e for e in result.events if e.trigger.text == "condemns")
    assert [a.name for a in event.actors] == ["Hillary Clinton"]
    assert HANDLE_POST[event.actors[0].mention.start] == "@"


def test_a_post_the_story_quoted_is_coded_once() -> None:
    (result,) = run_texts(QUOTED_POST, date="2016-05-04")
    meetings = [e for e in result.events if e.trigger.text == "meet"]
    assert len(meetings) == 1
    assert meetings[0].sentence.start < QUOTED_POST.index("<tweet")
