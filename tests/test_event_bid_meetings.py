"""A meeting that an invitation or a request bids a party to is coded besides the bid, planned,
when it names with whom; the one invited is its doer. A bid naming no partner stays one act."""

from __future__ import annotations

from .conftest import event_types, run_texts


def test_an_invitation_to_meet_codes_the_planned_meeting_of_the_invited() -> None:
    (result,) = run_texts(
        "Chancellor Ada Brandt invited the Danish prime minister to meet with Nordic leaders "
        "in Berlin on Friday.",
        date="2016-05-02",
    )
    (meeting,) = [e for e in result.events if e.type == "CONSULT"]
    assert meeting.modality == "planned"
    assert [p.country for p in meeting.actors] == ["DNK"]
    assert "AGREE" in [e.type for e in result.events]


def test_an_invitation_for_a_meeting_and_a_request_for_one_with_someone_code_it() -> None:
    text = "The Kenyan president invited the Ugandan president for a meeting with his ministers."
    assert sorted(event_types(text)) == ["AGREE", "CONSULT"]
    text = "The Kenyan foreign minister requested a meeting with the Ugandan president."
    assert sorted(event_types(text)) == ["CONSULT", "REQUEST"]
    # a bid that names no partner is the bid alone
    assert event_types("The Kenyan foreign minister requested a meeting.") == ["REQUEST"]
