"""A meeting or a deal of coordinated parties is coded directed, from the first named; work
and harm done together stay joint; the PLOVER scorer reads a directed dyad of SRC/TAR parties
as their joint act."""

from __future__ import annotations

from eval.events import joint_triples, read_joint

from tests.conftest import event_of_type, run_texts


def _countries(participants: list) -> list[str | None]:
    return [p.country for p in participants]


def test_coordinated_parties_of_a_meeting_or_a_deal_are_first_named_to_the_others() -> None:
    met, agreed, listed = run_texts(
        "German Chancellor Angela Merkel and French President Emmanuel Macron met in Paris.",
        "Kenya and Uganda agreed on Monday to reopen their shared border.",
        "Egypt, Jordan and Iraq will hold a summit in Cairo next month.",
    )
    meeting = event_of_type(met, "CONSULT")
    assert (_countries(meeting.actors), _countries(meeting.recipients)) == (["DEU"], ["FRA"])
    deal = event_of_type(agreed, "AGREE")
    assert (_countries(deal.actors), _countries(deal.recipients)) == (["KEN"], ["UGA"])
    summit = event_of_type(listed, "CONSULT")
    assert _countries(summit.actors) == ["EGY"]
    assert sorted(_countries(summit.recipients)) == ["IRQ", "JOR"]


def test_a_meeting_with_a_named_target_keeps_its_sides() -> None:
    (visit,) = run_texts("Chile and Peru met with Bolivia to discuss the dispute.")
    meeting = event_of_type(visit, "CONSULT")
    assert "BOL" in _countries(meeting.recipients)


def test_harm_done_together_stays_joint() -> None:
    (fought,) = run_texts("Clashes between Sudanese and Chadian troops broke out on Sunday.")
    clash = event_of_type(fought, "ASSAULT")
    assert set(_countries(clash.actors)) == {"SDN", "TCD"}
    assert clash.recipients == []


def test_plover_reads_a_directed_dyad_of_src_tar_parties_as_their_joint_act() -> None:
    record = {
        "markup": "(SRC/TAR: Chile) and (SRC/TAR: Peru) (EVT: met) in Lima.",
        "events": [
            {
                "event_type": "CONSULT",
                "source": [{"text": "Chile", "country": "CHL"}, {"text": "Peru", "country": "PER"}],
                "target": [],
            }
        ],
    }
    joint = joint_triples(record)
    both = frozenset({"CHL", "PER"})
    assert joint == {("CONSULT", both, frozenset())}
    directed = {("CONSULT", frozenset({"CHL"}), frozenset({"PER"}))}
    assert read_joint(directed, joint) == joint
    one_sided = {("CONSULT", frozenset({"CHL"}), frozenset({"BOL"}))}
    assert read_joint(one_sided, joint) == one_sided


def test_one_directed_prediction_is_read_as_one_joint_act_that_names_no_other_target() -> None:
    both = frozenset({"USA", "RUS"})
    joint = {("CONSULT", both, frozenset()), ("CONSULT", both, frozenset({"CHN"}))}
    directed = {("CONSULT", frozenset({"USA"}), frozenset({"RUS"}))}
    assert read_joint(directed, joint) == {("CONSULT", both, frozenset())}


def test_plover_keeps_a_directed_gold_event_directed() -> None:
    record = {
        "markup": "(SRC: Chile) (EVT: met) (TAR: Peru) in Lima.",
        "events": [
            {
                "event_type": "CONSULT",
                "source": [{"text": "Chile", "country": "CHL"}],
                "target": [{"text": "Peru", "country": "PER"}],
            }
        ],
    }
    assert joint_triples(record) == set()
