"""The target side of an event: the addressee a request keeps, and a joint meeting of parties
one phrase names together."""

from __future__ import annotations

from eventwire.events.directed_joint import direct_joint_acts
from eventwire.model import Event, Evidence, Mention, MentionKind, Modality, Participant
from eventwire.parse.nlp import load_nlp
from tests.conftest import countries_of, event_at, run_texts


def test_a_request_keeps_the_addressee_asked_to_act_on_anothers_act() -> None:
    addressed, asked_for = run_texts(
        "German lawmakers called on the government on Monday to block Putin's visit to Berlin.",
        "Venezuela called for an emergency meeting of the OAS.",
    )
    called = event_at(addressed, "called on")
    assert countries_of(called.recipients) == {"DEU"}, "the government asked, not Putin"
    assert [p.name for p in event_at(asked_for, "called for").recipients] == ["OAS"]


def _party(actor_id: str | None, start: int, end: int, text: str) -> Participant:
    return Participant(
        actor_id=actor_id,
        name=actor_id or "men",
        country="USA",
        mention=Evidence.of(text, start, end),
    )


TEXT = "Sanders praised Obama. The two men talked."
PHRASE = (TEXT.index("The two men"), TEXT.index(" talked"))
MENTIONS = [
    Mention(id="M1", actor_id="A2", kind=MentionKind.NAME, evidence=Evidence.of(TEXT, 0, 7)),
    Mention(id="M2", actor_id="A1", kind=MentionKind.NAME, evidence=Evidence.of(TEXT, 16, 21)),
]


def _talked(*actor_ids: str | None) -> Event:
    return Event(
        id="E1",
        type="CONSULT",
        modality=Modality.OCCURRED,
        trigger=Evidence.of(TEXT, TEXT.index("talked"), len(TEXT) - 1),
        sentence=Evidence.of(TEXT, 23, len(TEXT)),
        actors=[_party(a, *PHRASE, TEXT) for a in actor_ids],
    )


def test_a_meeting_of_parties_one_phrase_names_goes_from_the_first_named() -> None:
    talked = _talked("A1", "A2")
    direct_joint_acts(load_nlp()(TEXT), [talked], MENTIONS)
    assert [p.actor_id for p in talked.actors] == ["A2"], "Sanders is named first"
    assert [p.actor_id for p in talked.recipients] == ["A1"]


def test_a_meeting_of_parties_not_all_resolved_keeps_no_target() -> None:
    talked = _talked("A1", None)
    direct_joint_acts(load_nlp()(TEXT), [talked], MENTIONS)
    assert len(talked.actors) == 2
    assert not talked.recipients, "no first named is known: the doers stay joint"
