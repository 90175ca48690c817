"""A point granted (precision44): conceding that something could or would happen, or agreeing
that something may or does hold, is an opinion, not a concession or an accord; admitting a
deed, agreeing to one's own act to come and an accord on what will be done stay events."""

from __future__ import annotations

import pytest

from .conftest import typed_triggers


@pytest.mark.parametrize(
    "text",
    [
        "Party strategists concede that a heavy defeat could cost the governor his seat.",
        "Senator Holt admitted on Monday that it would be very difficult to win the primary.",
        "The former budget director agreed that the agency has little power to stop the practice.",
        "Mr. Baker agreed that the mayor should explain the decision to voters.",
        # a quality to come, a view held now, a view of another, agreeing with no terms
        "Most analysts agreed that the recovery in Ohio will be slow.",
        "The GOP hopefuls agree that the tax code should be simplified by Congress.",
        '"I agree that he should be held responsible," Senator Holt said of the mayor.',
        '"If you call him stubborn, I agree with you completely," the governor said.',
        # what is so, granted in a "that" clause or a quotation (session 61)
        "Chief Lowe later admitted that the new curfew wasn't a problem for shop owners.",
        "The mayor's advisers conceded that it had been a difficult night for their candidate.",
        "Mr. Grant admits there is a faction of his party that he does not agree with.",
        '"Certainly, this was a way to stand apart from the governor," the senator conceded.',
        "Party leaders are increasingly admitting that they’re nervous about the race.",
        # a fault laid on another, named party is granted about them, not owned
        "Senator Holt admitted that the Russians were responsible for the hack.",
        "The mayor conceded that Congress was wrong about the tax.",
    ],
)
def test_a_granted_view_is_no_event(text: str) -> None:
    assert not [t for kind, t in typed_triggers(text) if kind in {"AGREE", "CONCEDE"}]


@pytest.mark.parametrize(
    "text,trigger,kind",
    [
        ("Smith and Jones agreed that they would back the governor's bid.", "agreed", "AGREE"),
        ("Greece and Turkey agreed that talks would resume in Geneva.", "agreed", "AGREE"),
        ("Rebels and the army agree that a truce will begin on Friday.", "agree", "AGREE"),
        ("Peru agreed with Chile on a new border crossing.", "agreed", "AGREE"),
        ("Senator Holt admitted his mistake in a statement on Monday.", "admitted", "CONCEDE"),
        ("The ministry admitted that it was a mistake to close the border.", "admitted", "CONCEDE"),
        ('"I was wrong about the tax," the governor admitted on Monday.', "admitted", "CONCEDE"),
        ('"It was my fault," the governor admitted on Monday.', "admitted", "CONCEDE"),
        ("Senator Holt conceded that he had misled the committee.", "conceded", "CONCEDE"),
    ],
)
def test_an_act_granted_stays(text: str, trigger: str, kind: str) -> None:
    assert (kind, trigger) in typed_triggers(text)
