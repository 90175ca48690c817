"""The time evaluation's measures: overlap-matched value F1 and its stricter views."""

from __future__ import annotations

from eval.time import score

RECORD = {
    "id": "doc",
    "text": "Talks ended on Friday morning after two weeks.",
    "timexes": [
        {"start": 15, "end": 29, "value": "2022-02-04TMO", "type": "TIME"},
        {"start": 36, "end": 45, "value": "P2W", "type": "DURATION"},
    ],
}


def test_overlapping_spans_score_values_and_exact_spans_are_stricter() -> None:
    predicted = [(15, 21, "2022-02-04TMO", "TIME"), (36, 45, "P2W", "DATE")]
    result = score([RECORD], [predicted])
    assert result["span"]["f1"] == 1.0
    assert result["value"]["f1"] == 1.0
    assert result["exact_span"]["f1"] == 0.5  # 'Friday' is shorter than 'Friday morning'
    assert result["type_value"]["f1"] == 0.5  # P2W is a DURATION, not a DATE


def test_a_prediction_that_matches_no_gold_costs_precision() -> None:
    predicted = [(0, 5, "PRESENT_REF", "DATE"), (15, 29, "2022-02-04TMO", "TIME")]
    result = score([RECORD], [predicted])
    assert result["value"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
