"""A stance participle on a noun ("a PAC supporting Ortiz", "a group opposing the dam",
"gangs backed by Sudan") says who the noun's party is, not an act; the same verb as a
clause's own verb, on a message ("statements supporting the strike"), or on people a plural
names ("progressives backing his bid"), stays an event."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("A super PAC supporting Ortiz spent millions on television ads.", "SUPPORT"),
        ("Ortiz was outspent by his rival and groups supporting her.", "SUPPORT"),
        ("The super PACs supporting Ortiz paid for voter files in Reno.", "SUPPORT"),
        ("A committee backing Ortiz bought airtime in Nevada.", "SUPPORT"),
        ("Gangs backed by Sudan attacked a camp in Chad.", "SUPPORT"),
        ("A coalition opposing the dam filed a petition in Lima.", "REJECT"),
        ("A super PAC aligned with Senator Ortiz bought ads in Reno.", "SUPPORT"),
        ("Delegates aligned with the nurses union walked past the stage.", "SUPPORT"),
    ],
)
def test_a_stance_that_describes_a_noun_is_no_event(text: str, absent: str) -> None:
    assert absent not in event_types(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The union is supporting Ortiz in the primary.", "SUPPORT"),
        ("Sudan backed the gangs with weapons.", "SUPPORT"),
        ("Three unions in Peru issued statements supporting the miners' strike.", "SUPPORT"),
        ("The wishes of progressives backing his bid were ignored in Lima.", "SUPPORT"),
        ("Senator Ruiz was among those supporting Ortiz in the primary.", "SUPPORT"),
    ],
)
def test_the_same_stance_as_a_clause_is_an_event(text: str, kept: str) -> None:
    assert kept in event_types(text)
