"""Acts a sentence names but does not tell: a gerund that is a noun's aim or topic or a
penalty's charge, an infinitive that says what a thing is for, and a present relative clause
that says what a party holds as a rule; and the near cases that stay acts: an aim reached or
undertaken, a run of acts, a force charge, a ranked doer, a person's present act."""

from __future__ import annotations

import pytest

from .conftest import event_types

NAMED = [
    ("The mayor met the union leaders in hopes of persuading them to end the walkout.", "REQUEST"),
    (
        "The bishop voiced alarm at growing resistance to welcoming migrants in the region.",
        "SUPPORT",
    ),
    ("The activist was arrested in Ohio for protesting the new pipeline.", "PROTEST"),
    (
        "In the Senate, he attached a measure to prevent the Pentagon from closing the base.",
        "COERCE",
    ),
    ("He backed a popular measure to develop and deploy a missile shield.", "MOBILIZE"),
    ("There are many reasons to oppose the governor's budget, the mayor said.", "REJECT"),
    ("He shared a post about the Texas law that bars migrants from using the shelters.", "COERCE"),
    ("The governor met the union leaders who oppose the pension cuts.", "REJECT"),
]
TOLD = [
    ("The ministry said it had reached its goal of accepting 5,000 refugees.", "AID"),
    ("The crowd erupted in a chorus of booing when the mayor spoke.", "PROTEST"),
    ("Hours after meeting the envoy, the president left for Paris.", "CONSULT"),
    ("Governor Smith was the first governor to endorse Senator Jones.", "SUPPORT"),
    ("Jones ran on his ability to fix the economy and accused Smith of lying to voters.", "ACCUSE"),
    ("The mayor, who is under investigation for fraud, resigned on Monday.", "ACCUSE"),
    ("The task of strengthening the border falls to the army, the minister said.", "MOBILIZE"),
    ("Obama announced a plan to send 300 troops to Iraq on Monday.", "MOBILIZE"),
    ("The opposition leader was arrested by police for attacking a British journalist.", "ASSAULT"),
    ("Ana Ruiz, a mayor who insults immigrants and bows to no one, spoke.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "type_"), NAMED)
def test_an_act_named_by_another_word_is_not_coded(text: str, type_: str) -> None:
    assert type_ not in event_types(text)


@pytest.mark.parametrize(("text", "type_"), TOLD)
def test_an_act_told_done_is_still_coded(text: str, type_: str) -> None:
    assert type_ in event_types(text)
