"""Agreement between two codings of the same article (`eval.agreement`)."""

import copy

from eval.agreement import agreement

TEXT = "Ruritania shelled Borduria at dawn. Borduria's envoy later met the mediator in Geneva."
FIRST, SECOND = TEXT.split(" Borduria's envoy")
SECOND = "Borduria's envoy" + SECOND
REFERENCE = {
    "id": "a1",
    "text": TEXT,
    "actors": [
        {"name": "Ruritania", "aliases": [], "country": "RUR", "sector": None},
        {"name": "Borduria", "aliases": ["Borduria's envoy"], "country": "BOR", "sector": "GOV"},
    ],
    "events": [
        {
            "sentence": FIRST,
            "trigger": "shelled",
            "type": "ASSAULT",
            "modality": "occurred",
            "source": ["Ruritania"],
            "target": ["Borduria"],
        },
    ],
}


def test_a_coding_agrees_fully_with_itself() -> None:
    scores = agreement([REFERENCE], [copy.deepcopy(REFERENCE)])
    assert scores["event precision"] == scores["event recall"] == 1.0
    assert scores["dyad precision"] == scores["actor code accuracy"] == 1.0


def test_an_extra_event_lowers_precision_and_a_changed_country_the_dyad_and_actor() -> None:
    other = copy.deepcopy(REFERENCE)
    other["events"].append(
        {
            "sentence": SECOND,
            "trigger": "met",
            "type": "CONSULT",
            "modality": "occurred",
            "source": ["Borduria"],
            "target": [],
        }
    )
    other["actors"][0]["country"] = "XXX"
    scores = agreement([REFERENCE], [other])
    assert scores["event precision"] == 0.5 and scores["event recall"] == 1.0
    assert scores["dyad precision"] == 0.0
    assert scores["actor code accuracy"] == 0.5


def test_a_planned_cooperative_act_matches_its_plover_folding() -> None:
    other = copy.deepcopy(REFERENCE)
    reference = copy.deepcopy(REFERENCE)
    reference["events"][0].update(type="AGREE")
    other["events"][0].update(type="CONSULT", modality="planned")
    assert agreement([reference], [other])["event precision"] == 1.0
