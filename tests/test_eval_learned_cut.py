"""The learned-cut experiment labels events as the article scorer does and counts kept events."""

from eval.learned_cut import event_features, precision_recall, score_article

from eventwire.model import ArticleResult
from tests.scored_events import GOLD, scored_event

RESULT = ArticleResult(
    id="a1",
    events=[
        scored_event("shelled", "ASSAULT", 0.9),
        scored_event("fled", "RETREAT", 0.9),
        scored_event("talks", "CONSULT", 0.35, "no participants"),
    ],
)


def test_events_are_labelled_by_the_gold_they_match() -> None:
    article = score_article(GOLD, RESULT, 0)
    assert article.gold_events == 2
    assert [sorted(e.matched) for e in article.events] == [[0], [], [1]]


def test_features_name_the_type_the_cut_features_and_the_rivals_in_the_sentence() -> None:
    talks, fled = RESULT.events[2], RESULT.events[1]
    features = event_features(talks, [fled, talks])
    assert features["type=CONSULT"] == features["feature=no participants"] == 1.0
    assert features["stronger rivals"] == 0.25 and features["headline"] == 0.0


def test_precision_and_recall_count_only_kept_events() -> None:
    article = score_article(GOLD, RESULT, 0)
    assert precision_recall([article], [True, True, False]).startswith("P 0.500 | R 0.500")
    assert precision_recall([article], [True, False, True]).startswith("P 1.000 | R 1.000")
