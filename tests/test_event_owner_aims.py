"""An act noun whose owner and prepositional object are both named parties tells an act between
them, also when another act recounts it, answers it or names it in passing; an attitude held
toward someone, a plural of no one's and an object that is a thing do not."""

from __future__ import annotations

import pytest

from .conftest import run_texts

BETWEEN_PARTIES = [
    (
        "Glenn Beck responded to Sarah Palin's endorsement of Donald Trump on Tuesday.",
        "endorsement",
        "SUPPORT",
        "Sarah Palin",
        "Donald Trump",
    ),
    (
        "In an interview last week, Malcolm Hoenlein described the Jewish leaders' meeting"
        " with President Barack Obama.",
        "meeting",
        "CONSULT",
        "Jewish leaders",
        "Barack Obama",
    ),
    (
        "Peter Thiel was a backer of Hulk Hogan's lawsuit against Gawker Media.",
        "lawsuit",
        "ACCUSE",
        "Hulk Hogan",
        "Gawker Media",
    ),
    (
        "Donald Trump's campaign manager declined to discuss the candidate's latest attacks on"
        " Ted Cruz.",
        "attacks",
        "ACCUSE",
        "Donald Trump",
        "Ted Cruz",
    ),
]
NOT_BETWEEN_PARTIES = [
    ("Endorsements are valuable for candidates.", "Endorsements"),
    (
        "Some saw Glenn Beck's comments as part of his long opposition to Donald Trump.",
        "opposition",
    ),
]


@pytest.mark.parametrize("text,trigger,type_,doer,target", BETWEEN_PARTIES)
def test_an_act_noun_between_its_owner_and_object_is_coded(
    text: str, trigger: str, type_: str, doer: str, target: str
) -> None:
    (result,) = run_texts(text, date="2016-03-01")
    (event,) = [e for e in result.events if e.trigger.text == trigger]
    assert event.type == type_
    assert any(doer in a.name for a in event.actors)
    assert any(target in r.name for r in event.recipients)


@pytest.mark.parametrize("text,trigger", NOT_BETWEEN_PARTIES)
def test_attitudes_and_plurals_of_no_one_are_not(text: str, trigger: str) -> None:
    (result,) = run_texts(text, date="2016-03-01")
    assert not [e for e in result.events if e.trigger.text == trigger]
