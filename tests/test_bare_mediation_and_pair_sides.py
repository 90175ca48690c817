"""A bare "offered to mediate" is aimed at the story's two parties, and a party named only in a
relative clause of the speaker ("X, who backs the governor, urged both sides") is still a side."""

from __future__ import annotations

from tests.conftest import event_at, run_texts

BORDER_ROW = (
    "NAIROBI (Reuters) - Sudan accused Chad on Tuesday of arming rebels in Darfur. Chad denied "
    "the charge and accused Sudan of backing Chadian insurgents. Sudanese officials said Chadian "
    "troops had crossed the border. Chad recalled its ambassador from Sudan. "
)
BUDGET_ROW = (
    "TRENTON, N.J. (AP) - Gov. Mark Ellison vetoed the state budget on Friday. Ellison said the "
    "plan spent too much. House Speaker Dana Whitfield called the veto reckless. Whitfield said "
    "Ellison had broken his promise. Ellison accused Whitfield of playing politics. "
)


def test_offer_to_mediate_is_aimed_at_the_story_pair() -> None:
    (r,) = run_texts(
        BORDER_ROW + "Libyan leader Muammar Gaddafi offered to mediate.", date="2006-04-12"
    )
    offered = event_at(r, "offered")
    assert {p.country for p in offered.actors} == {"LBY"}
    assert {p.country for p in offered.recipients} == {"SDN", "TCD"}


def test_envoy_sent_to_mediate_goes_between_the_pair() -> None:
    text = BORDER_ROW + "The African Union sent a former Ghanaian president to mediate."
    (r,) = run_texts(text, date="2006-04-12")
    assert {p.country for p in event_at(r, "mediate").recipients} == {"SDN", "TCD"}


def test_mediating_a_named_dispute_takes_no_story_pair() -> None:
    text = BORDER_ROW + "Qatar offered to mediate the dispute over Darfur."
    (r,) = run_texts(text, date="2009-04-12")
    assert not event_at(r, "offered").recipients


def test_a_party_named_in_the_speakers_relative_clause_is_still_a_side() -> None:
    text = (
        BUDGET_ROW
        + "Treasurer Paul Grady, who backs the governor, urged both sides to resume talks."
    )
    (r,) = run_texts(text, date="2007-06-30")
    names = {p.name for p in event_at(r, "urged").recipients}
    assert names == {"Mark Ellison", "Dana Whitfield"}


def test_a_third_person_mediator_leaves_the_two_rivals() -> None:
    text = BUDGET_ROW + "Former governor Ruth Adler offered to mediate."
    (r,) = run_texts(text, date="2007-06-30")
    names = {p.name for p in event_at(r, "offered").recipients}
    assert names == {"Mark Ellison", "Dana Whitfield"}
