"""Would a learned keep/drop beat the hand-set confidence cut? Train on coded sets, judge others.

Usage: python -m eval.learned_cut --train SET [SET ...] --test SET [SET ...]
A SET is a coded file, or one half of it as PATH#a or PATH#b (`eval.articles.half_of`).
The pipeline runs with all events kept (`EVENTWIRE_ALL_EVENTS=1`); each event is labelled by the
whole-article scorer's own rule (`eval.article_match.event_matches`). A logistic regression over
what the pipeline already knows of an event (type, modality, trigger, the confidence and its
features, sides with countries, quote, headline, rivals in its sentence) is fitted on the
training sets and scored with grouped cross-validation over their articles, then on each test
set, beside the hand cut (`confidence.KEEP`), as event precision, recall and F1 at several
thresholds. Tables only: a blind set can be a test set without its errors being read.
Needs scikit-learn (`pip install -e '.[eval]'`).
"""

from __future__ import annotations

import argparse
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from eval.article_match import sentence_spans
from eval.articles import half_of
from eval.calibrate import matched_gold
from eval.scoring import read_jsonl
from eval.standoff import resolve
from eventwire.model import ArticleResult, Event

THRESHOLDS = (0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
FOLDS = 5
LEAST_SEEN = 3  # a feature seen fewer times in training carries no weight


@dataclass(frozen=True)
class Scored:
    """One predicted event: its features, the gold events it matches, its hand confidence."""

    features: dict[str, float]
    matched: frozenset[int]
    confidence: float
    article: int


@dataclass(frozen=True)
class Article:
    gold_events: int
    events: list[Scored]


def event_features(event: Event, rivals: list[Event]) -> dict[str, float]:
    """What the pipeline knows of an event before the cut, as named features."""
    features = {
        f"type={event.type}": 1.0,
        f"modality={event.modality}": 1.0,
        f"type+modality={event.type}/{event.modality}": 1.0,
        f"trigger={event.trigger.text.lower()}": 1.0,
        f"confidence bin={min(int(event.confidence * 10), 9)}": 1.0,
        "confidence": event.confidence,
        "source country": float(any(p.country for p in event.actors)),
        "target country": float(any(p.country for p in event.recipients)),
        "source": float(bool(event.actors)),
        "target": float(bool(event.recipients)),
        "quoted": float(event.quote_id is not None),
        "headline": float(event.sentence.start == 0),
        "several words": float(" " in event.trigger.text),
        "rivals": min(len(rivals) - 1, 4) / 4,
        "stronger rivals": min(sum(r.confidence > event.confidence for r in rivals), 4) / 4,
    }
    features.update({f"feature={name}": 1.0 for name in event.confidence_features})
    return features


def score_article(record: dict, result: ArticleResult, index: int) -> Article:
    golds = [(g, sentence_spans(record["text"], g["sentence"])) for g in record["events"]]
    by_sentence: dict[int, list[Event]] = {}
    for event in result.events:
        by_sentence.setdefault(event.sentence.start, []).append(event)
    scored = [
        Scored(
            event_features(e, by_sentence[e.sentence.start]),
            frozenset(matched_gold(e, golds)),
            e.confidence,
            index,
        )
        for e in result.events
    ]
    return Article(len(golds), scored)


def _records(spec: str) -> list[dict]:
    """The coded records a SET names: a whole file, or its half after '#'."""
    path, _, which = spec.partition("#")
    records = resolve(read_jsonl(Path(path)))
    return [r for r in records if not which or half_of(r["id"]) == which]


def run(specs: list[str]) -> list[Article]:
    """Every event of the sets' articles, labelled against their gold."""
    os.environ["EVENTWIRE_ALL_EVENTS"] = "1"  # before the pipeline reads it
    from eventwire.ingest import RawDocument
    from eventwire.pipeline import process

    articles: list[Article] = []
    for spec in specs:
        records = _records(spec)
        raws = [RawDocument(id=r["id"], text=r["text"], date=r["date"]) for r in records]
        for record, result in zip(records, process(raws), strict=True):
            articles.append(score_article(record, result, len(articles)))
    return articles


def precision_recall(articles: list[Article], keep: list[bool]) -> str:
    """Event precision, recall and F1 of the kept events, as the article scorer counts them."""
    kept = right = gold = recalled = 0
    flags = iter(keep)
    for article in articles:
        found: set[int] = set()
        for event, kept_it in zip(article.events, flags, strict=False):
            if kept_it:
                kept, right = kept + 1, right + bool(event.matched)
                found |= event.matched
        gold, recalled = gold + article.gold_events, recalled + len(found)
    p, r = right / max(kept, 1), recalled / max(gold, 1)
    return f"P {p:.3f} | R {r:.3f} | F1 {2 * p * r / max(p + r, 1e-9):.3f} | kept {kept}"


def _events(articles: list[Article]) -> list[Scored]:
    return [e for a in articles for e in a.events]


def report(name: str, articles: list[Article], learned: list[float], hand_keep: float) -> None:
    events = _events(articles)
    hand = precision_recall(articles, [e.confidence >= hand_keep for e in events])
    print(f"| {name} | hand cut {hand_keep} | {hand} |")
    for t in THRESHOLDS:
        print(f"| {name} | learned {t} | {precision_recall(articles, [p >= t for p in learned])} |")


def main() -> None:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, cross_val_predict

    from eventwire.events.confidence import KEEP

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", nargs="+", required=True, help="SETs to fit on")
    parser.add_argument("--test", nargs="*", default=[], help="SETs to judge on")
    args = parser.parse_args()
    train = run(args.train)
    seen = Counter(k for e in _events(train) for k in e.features)
    kept_features = [
        {k: v for k, v in e.features.items() if seen[k] >= LEAST_SEEN} for e in _events(train)
    ]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(kept_features)
    labels = [bool(e.matched) for e in _events(train)]
    model = LogisticRegression(C=0.5, max_iter=5000)
    groups = [e.article for e in _events(train)]
    folds = GroupKFold(min(FOLDS, len(train)))
    held = cross_val_predict(model, matrix, labels, groups=groups, cv=folds, method="predict_proba")
    print(
        f"Training: {len(labels)} events, {sum(labels)} matching gold, {matrix.shape[1]} features"
    )
    print("\n| set | keep | result |\n|---|---|---|")
    report("training (cross-validated)", train, list(held[:, 1]), KEEP)
    model.fit(matrix, labels)
    for spec in args.test:
        test = run([spec])
        probabilities = model.predict_proba(
            vectorizer.transform([e.features for e in _events(test)])
        )
        report(Path(spec).name, test, list(probabilities[:, 1]), KEEP)


if __name__ == "__main__":
    main()
