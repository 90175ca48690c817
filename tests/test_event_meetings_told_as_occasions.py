"""A meeting named as the occasion of another act is coded too when it names its partners
("during their meeting", "in talks with X"); a meeting that names none is a venue. Pressure on
a party to act is a request."""

from __future__ import annotations

from .conftest import event_types, run_texts


def test_a_meeting_with_partners_is_coded_beside_the_act_done_at_it() -> None:
    text = (
        "The Dutch premier warned the Belgian leader during their recent meeting in Brussels "
        "not to raise tariffs."
    )
    assert sorted(event_types(text)) == ["CONSULT", "THREATEN"]


def test_the_doer_of_a_meeting_in_a_clause_is_the_clause_subject() -> None:
    (result,) = run_texts(
        "Senator Ada Brandt aired her concerns during a meeting with Democratic lawmakers.",
        date="2016-05-02",
    )
    (meeting,) = [e for e in result.events if e.type == "CONSULT"]
    assert [p.name for p in meeting.actors] == ["Ada Brandt"]


def test_a_meeting_that_names_no_partners_or_hosts_no_act_is_no_meeting_told() -> None:
    assert "CONSULT" not in event_types("Senator Ada Brandt spoke at a town hall meeting in Ohio.")
    text = "The senator pledged to be neutral during peace talks between Chile and Bolivia."
    assert "CONSULT" not in event_types(text)


def test_pressure_on_a_party_to_act_is_a_request() -> None:
    text = "The Dutch government stepped up pressure on Belgium to lower its tariffs."
    assert event_types(text) == ["REQUEST"]
    assert "REQUEST" not in event_types("The pressure on prices eased in March.")
