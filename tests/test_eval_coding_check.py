"""A coder's file is checked before it joins a coded set (eval/coding_check.py): a clean record
passes, and each slip that would silently cost matches when scored is reported."""

from __future__ import annotations

from eval.coding_check import input_problems, record_problems

TEXT = "The senator met the envoy in Lima. She praised the talks."
RECORD = {
    "id": "a-1",
    "origin": "polnear",
    "date": "2016-05-02",
    "text": TEXT,
    "actors": [{"name": "the senator", "type": "person", "country": "USA", "sector": "LEG"}],
    "events": [
        {
            "sentence": "She praised the talks.",
            "trigger": "praised",
            "type": "SUPPORT",
            "source": ["the senator"],
            "target": [],
            "modality": "occurred",
        }
    ],
    "places": [{"text": "Lima", "country": "PER", "lat": -12.05, "lon": -77.04}],
}


def test_a_clean_record_has_no_problem() -> None:
    assert record_problems(RECORD) == []
    assert input_problems([RECORD], [{"id": "a-1", "text": TEXT, "date": "2016-05-02"}]) == []


def test_each_slip_is_reported() -> None:
    event = {**RECORD["events"][0], "trigger": "lauded", "type": "PRAISE", "target": ["Peru"]}
    actor = {**RECORD["actors"][0], "sector": "SENATE", "country": "US"}
    place = {"text": "Cuzco", "country": "PER", "lat": None, "lon": -71.97}
    wrong = {**RECORD, "events": [event], "actors": [actor], "places": [place]}
    problems = " ".join(record_problems(wrong))
    for slip in ("trigger 'lauded'", "type 'PRAISE'", "target 'Peru'", "sector 'SENATE'"):
        assert slip in problems
    assert "country 'US'" in problems and "place 'Cuzco' not in the text" in problems
    assert "coordinates" in problems


def test_a_missing_or_changed_article_is_reported() -> None:
    inputs = [
        {"id": "a-1", "text": TEXT + " More.", "date": "2016-05-02"},
        {"id": "a-2", "text": "Other.", "date": "2016-05-03"},
    ]
    assert input_problems([RECORD], inputs) == [
        "a-2: not coded",
        "a-1: text or date changed from the input",
    ]
