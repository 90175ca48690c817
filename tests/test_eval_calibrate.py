"""The confidence calibration's columns: which left-out events lose gold and which rightly go."""

from eval.calibrate import by_combination, by_feature, judge, tabulate

from eventwire.model import ArticleResult, Event
from tests.scored_events import GOLD, scored_event


def event(trigger: str, type_: str, confidence: float, *features: str) -> Event:
    return scored_event(trigger, type_, confidence, "verb", *features)


def test_left_out_events_are_lost_only_when_they_recall_gold_no_kept_event_does() -> None:
    """The kept shelling recalls its gold; the left-out talks would add the CONSULT (lost), the
    shelling named in passing matches nothing (rightly out), a false kept event is counted."""
    result = ArticleResult(
        id="a1",
        events=[
            event("shelled", "ASSAULT", 0.9),
            event("shelling", "ASSAULT", 0.3, "mentioned in passing"),
            event("talks", "CONSULT", 0.35, "no participants", "names no party"),
            event("fled", "RETREAT", 0.9),
        ],
    )
    judged = judge(GOLD, result, keep=0.5)
    assert [j.column for j in judged] == ["kept true", "out ok", "lost", "kept false"]
    table = tabulate(judged, by_feature)
    assert table["mentioned in passing"]["out ok"] == 1
    assert table["(none)"]["kept true"] == table["(none)"]["kept false"] == 1
    combinations = tabulate(judged, by_combination)
    assert combinations["names no party + no participants"]["lost"] == 1


def test_a_left_out_event_whose_gold_is_already_recalled_is_a_duplicate() -> None:
    result = ArticleResult(
        id="a1",
        events=[event("shelled", "ASSAULT", 0.9), event("shelled", "ASSAULT", 0.4, "habitual")],
    )
    assert [j.column for j in judge(GOLD, result, keep=0.5)] == ["kept true", "dup"]
