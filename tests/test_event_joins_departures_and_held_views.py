"""Acts real news tells in words no trigger read before: a state's accession told by the joiner,
membership extended to a state, a trip told by its departure ("left Rome for
Madrid"), a crowd described as protesting, and a verdict voiced through "I think"."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def _types(text: str) -> dict[str, str]:
    (r,) = run_texts(text)
    return {e.trigger.text: e.type for e in r.events}


def test_the_accession_of_a_state_is_its_joining() -> None:
    text = "The accession of Slovenia and Slovakia is proof that the union still draws members."
    assert _types(text).get("accession") == "SUPPORT"


def test_the_accession_of_a_monarch_to_the_throne_is_no_joining() -> None:
    assert "accession" not in _types("The accession of King Albert to the throne was celebrated.")


def test_extending_membership_to_states_admits_them() -> None:
    text = "Extending membership to Finland and Sweden makes the north safer, the minister said."
    assert _types(text).get("Extending") == "SUPPORT"


def test_leaving_one_capital_for_another_is_a_visit_to_the_other() -> None:
    (r,) = run_texts("Chancellor Petra Lang departs Rome for Madrid on Friday.")
    trip = event_at(r, "departs")
    assert trip.type == "CONSULT"
    assert countries_of(trip.recipients) == {"ESP"}


def test_leaving_someone_somewhere_is_no_trip() -> None:
    assert "left" not in _types("Foreign Minister Omar Haddad left his family in Cairo.")


def test_a_crowd_described_as_protesting_protests_beside_the_main_act() -> None:
    types = _types(
        "Prime Minister Jan Berg flies to Paris today, where he will be met by thousands of "
        "farmers protesting against the new tariffs."
    )
    assert types.get("protesting") == "PROTEST"


def test_a_verdict_voiced_through_i_think_judges_the_clause_subject() -> None:
    (r,) = run_texts(
        '"I think Governor Alan Marsh would be a great president," Senator Ruth Ellis said.'
    )
    praise = event_at(r, "said")
    assert praise.type == "SUPPORT"
    assert [p.name for p in praise.recipients] == ["Alan Marsh"]


def test_a_view_of_whoever_a_pronoun_stands_for_is_no_verdict() -> None:
    assert not _types('"I think they will do the right thing," Senator Ruth Ellis said.')


def test_a_counted_crowd_blocking_a_road_protests_beside_its_arrest() -> None:
    types = _types("Police arrested hundreds of marchers blocking the highway on Monday.")
    assert types.get("blocking") == "PROTEST"


def test_whoever_would_be_protesting_is_no_protest_beside_the_act() -> None:
    assert "blocking" not in _types(
        "Mayor Ann Cole threatened fines for marchers blocking highways."
    )


def test_the_speaker_praising_herself_through_i_think_is_no_event() -> None:
    assert not _types('"I think I would be a great president," Senator Ruth Ellis said.')


def test_a_merit_denied_through_i_do_not_think_is_a_charge() -> None:
    (r,) = run_texts('"I don\'t think Governor Alan Marsh is qualified," Senator Ruth Ellis said.')
    assert [e.type for e in r.events] == ["ACCUSE"]


def test_a_wrong_denied_through_i_do_not_think_is_no_verdict() -> None:
    assert not _types('"I don\'t think Governor Alan Marsh is a liar," Senator Ruth Ellis said.')


def test_a_course_a_naming_verb_names_is_weighed_not_done() -> None:
    assert not _types("Senator Ruth Ellis called sending troops to Syria a grave mistake.")


def test_being_a_critic_of_someone_is_criticising_them() -> None:
    (r,) = run_texts("Senator Ruth Ellis has been an outspoken critic of Governor Alan Marsh.")
    stance = event_at(r, "critic of")
    assert stance.type == "ACCUSE"
    assert [p.name for p in stance.actors] == ["Ruth Ellis"]


def test_a_critic_named_in_passing_is_no_criticism() -> None:
    assert not _types("Senator Ruth Ellis, a critic of the governor, said the vote was close.")
