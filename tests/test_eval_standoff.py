"""The project's own coded sets are kept as standoff (eval/standoff.py): spans into the shared
articles, never their words. Packing and putting the words back must give the coded record
unchanged, a coding whose words are not in its article is refused, and every committed set
resolves against ../shared with each trigger inside its sentence and each side an actor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval.scoring import read_jsonl
from eval.standoff import SHARED_EVAL, StandoffError, pack, resolve, unpack

GOLD = Path(__file__).resolve().parents[1] / "eval" / "gold"
TEXT = "Ministers met in Oslo on Monday. The premier praised the talks with the rebels."
CODED = {
    "id": "sample-1",
    "origin": "polnear",
    "date": "2016-05-02",
    "text": TEXT,
    "actors": [{"name": "the premier", "aliases": [], "type": "person", "country": None}],
    "events": [
        {
            "sentence": "The premier praised the talks with the rebels.",
            "trigger": "praised",
            "type": "SUPPORT",
            "source": ["the premier"],
            "target": [],
            "modality": "occurred",
        }
    ],
    "places": [{"text": "Oslo", "country": "NOR", "lat": 59.91, "lon": 10.75}],
}


def test_packing_keeps_no_words_and_unpacking_restores_the_record() -> None:
    packed = pack(CODED)
    assert "text" not in packed and "praised the talks" not in json.dumps(packed)
    assert unpack(packed, {"sample-1": TEXT}) == CODED


def test_a_coding_whose_words_are_not_in_the_article_is_refused() -> None:
    wrong = {**CODED, "places": [{"text": "Bergen", "country": "NOR", "lat": 60.4, "lon": 5.3}]}
    with pytest.raises(StandoffError):
        pack(wrong)
    with pytest.raises(StandoffError):
        unpack(pack(CODED), {})


@pytest.mark.skipif(not SHARED_EVAL.exists(), reason="../shared/eval not present")
@pytest.mark.parametrize("path", sorted(GOLD.glob("*.standoff.jsonl")), ids=lambda p: p.name)
def test_committed_sets_resolve_against_the_shared_articles(path: Path) -> None:
    records = list(resolve(read_jsonl(path)))
    assert records
    for record in records:
        names = {a["name"] for a in record["actors"]}
        for event in record["events"]:
            assert event["sentence"] in record["text"] and event["trigger"] in event["sentence"]
            assert set(event["source"]) | set(event["target"]) <= names
