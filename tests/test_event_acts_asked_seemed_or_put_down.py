"""Triggers that tell no act of anyone: an imperative asks a reader or listener to act, an
amount "a year" sums up a habit, "seems allied with" reads a standing relation, "credits the
change to a shift" names a cause, "your opposition" is anyone's and a campaign "built around
praising X" has a theme, one who "should win" is told an outcome, not asked to act, and an act
"you'll have" or "will see" someone do is a scene anyone may meet; the same words told as one
party's act stay events."""

from __future__ import annotations

import pytest

from .conftest import typed_triggers


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Or support Maria Lopez, who will lead the fight in the Senate.", "support"),
        ('"Let them fight each other," the governor said in Austin.', "fight"),
        (
            "The 500,000 Salvadorans living in Texas send $2 billion a year to their relatives.",
            "send",
        ),
        ("Of the three brothers, the eldest seems closely allied with the ruling party.", "allied"),
        (
            "The pollster told reporters that he credits the shift to a drop in turnout among"
            " young voters.",
            "credits",
        ),
        ("The mayor blamed the deficit on falling tax revenue.", "blamed"),
        ("The county chairman says Smith should win the nomination.", "says"),
        ("There are better ways to voice your opposition to the mayor.", "opposition"),
        ("The mayor has built her campaign around praising the police chief.", "praising"),
        (
            "If you drive through Iowa in January, you'll have a senator offer you a ride.",
            "offer",
        ),
        ("Switch on the radio and you will hear the governor attack the unions.", "attack"),
        ("If you doubt the mayor, the Tribune will accuse you of treason.", "accuse"),
    ],
)
def test_no_act_is_told(text: str, trigger: str) -> None:
    assert trigger not in [t for _, t in typed_triggers(text)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The senator backed Maria Lopez on Tuesday.", "backed"),
        ("The county chairman says Smith should resign.", "says"),
        ("The governor said the two gangs fight each other in the prison yard.", "fight"),
        ("The Gulf states sent $2 billion to Egypt on Monday.", "sent"),
        ("The mayor credited the volunteers for the cleanup.", "credited"),
        ("The minister blamed the bombing on the rebels.", "blamed"),
        ("The governor voiced his opposition to the mayor's plan.", "opposition"),
        ("The mayor praised the police chief on Monday.", "praised"),
        ("The senator will have his aides meet the Iranian envoy on Friday.", "meet"),
        ("Reporters saw the governor attack the unions at the rally.", "attack"),
        ("If you read the record, the governor attacked the unions in May.", "attacked"),
        ("If Iran cheats, the United States will impose sanctions on Tehran.", "sanctions"),
        ("The mayor blamed the power outage on hackers.", "blamed"),
        ('"If you attack me again, I will sue you," the mayor told the governor.', "sue"),
    ],
)
def test_a_party_s_act_stays(text: str, trigger: str) -> None:
    assert trigger in [t for _, t in typed_triggers(text)]
