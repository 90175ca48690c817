"""Train the learned criticism reader (`eventwire.events.criticism`) on coded sets.

Usage: python -m eval.criticism_model --train SET [SET ...] [--test SET ...] [--write] [--cache F]
A SET is a coded file, or one half of it as PATH#a or PATH#b (`eval.articles.half_of`).
The shipped weights (src/eventwire/lexicons/criticism_model.json) were trained on
eval/gold/tune31.standoff.jsonl, eval/gold/check32.standoff.jsonl and
../shared/eval/articles/dev.jsonl#a, with the threshold chosen by grouped cross-validation over
their articles; fresh31 and dev half b were checks (tables only).

The pipeline runs with the reader recording each candidate sentence (one with a negative word and
no ACCUSE the rules coded): its features and the offset of its verdict word. A row is positive
when that word lies in a gold sentence holding a gold ACCUSE, the article scorer's own rule. A
logistic regression is scored by grouped cross-validation over articles as added true and false
ACCUSE events at several thresholds; with --write the fit on all training rows and the threshold
of best cross-validated gain ships as the reader's weights.
"""

from __future__ import annotations

import argparse
import json
import pickle
from collections import Counter
from pathlib import Path

from eval.article_match import sentence_spans
from eval.learned_cut import _records

MODEL = Path("src/eventwire/lexicons/criticism_model.json")
THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
FOLDS = 5
LEAST_SEEN = 3  # a feature seen fewer times in training carries no weight
FALSE_COST = 1.5  # a false event costs this many true ones: precision must hold at ~0.6+

# features, gold ACCUSE there, article, words, critic and judged told (only then an event)
Row = tuple[dict[str, float], bool, int, str, bool]


def rows(specs: list[str]) -> list[Row]:
    """Every candidate sentence of the sets' articles: features, gold ACCUSE there, article."""
    from eventwire.events import criticism
    from eventwire.ingest import RawDocument
    from eventwire.pipeline import process

    found: list[Row] = []
    article = 0
    for spec in specs:
        records = _records(spec)
        raws = [RawDocument(id=r["id"], text=r["text"], date=r["date"]) for r in records]
        for record, raw in zip(records, raws, strict=True):
            with criticism.recorded_candidates() as recorded:
                list(process([raw]))
            spans = [
                span
                for gold in record["events"]
                if gold["type"] == "ACCUSE"
                for span in sentence_spans(record["text"], gold["sentence"])
            ]
            for offset, features, critic in recorded:
                label = any(start <= offset < end for start, end in spans)
                words = record["text"][max(offset - 100, 0) : offset + 60]
                found.append((features, label, article, " ".join(words.split()), critic))
            article += 1
    return found


def gains(probabilities: list[float], rows: list[Row]) -> list[str]:
    """Added true and false ACCUSE sentences at each threshold (where critic and judged told)."""
    lines = []
    for t in THRESHOLDS:
        true = sum(p >= t and r[1] and r[4] for p, r in zip(probabilities, rows, strict=True))
        false = sum(p >= t and not r[1] and r[4] for p, r in zip(probabilities, rows, strict=True))
        lines.append(f"| {t} | {true} | {false} | {true / max(true + false, 1):.2f} |")
    return lines


def best_threshold(probabilities: list[float], rows: list[Row]) -> float:
    """The threshold whose added events gain most, a false one costing FALSE_COST true ones;
    of equal gains the highest (the fewest events added for it)."""

    def gain(t: float) -> float:
        pairs = zip(probabilities, rows, strict=True)
        return sum((1.0 if r[1] else -FALSE_COST) for p, r in pairs if p >= t and r[4])

    return max(reversed(THRESHOLDS), key=gain)


def main() -> None:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, cross_val_predict

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", nargs="+", required=True, help="SETs to fit on")
    parser.add_argument("--test", nargs="*", default=[], help="SETs to judge on")
    parser.add_argument("--write", action="store_true", help="ship the weights")
    parser.add_argument("--cache", type=Path, help="keep the rows read here between runs")
    parser.add_argument("--show", type=int, default=0, help="print the N likeliest rows")
    parser.add_argument("--C", type=float, default=0.3, help="inverse regularisation")
    args = parser.parse_args()
    if args.cache and args.cache.exists():
        train, tests = pickle.loads(args.cache.read_bytes())
    else:
        train, tests = rows(args.train), {spec: rows([spec]) for spec in args.test}
        if args.cache:
            args.cache.write_bytes(pickle.dumps((train, tests)))
    seen = Counter(k for features, *_ in train for k in features)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(
        [{k: v for k, v in f.items() if seen[k] >= LEAST_SEEN} for f, *_ in train]
    )
    labels = [y for _, y, *_ in train]
    model = LogisticRegression(C=args.C, max_iter=5000)
    folds = GroupKFold(FOLDS)
    held = cross_val_predict(
        model, matrix, labels, groups=[row[2] for row in train], cv=folds, method="predict_proba"
    )[:, 1]
    print(f"Training: {len(labels)} candidate sentences, {sum(labels)} with gold ACCUSE")
    print("\n| threshold | added true | added false | precision |\n|---|---|---|---|")
    print("\n".join(gains(list(held), train)))
    threshold = best_threshold(list(held), train)
    for p, row in sorted(zip(held, train, strict=True), key=lambda pr: -pr[0])[: args.show]:
        print(f"{p:.2f} {'GOLD' if row[1] else '----'} {row[3]}")
    print(f"\nthreshold chosen by cross-validation: {threshold}")
    model.fit(matrix, labels)
    for spec, test in tests.items():
        probabilities = model.predict_proba(vectorizer.transform([row[0] for row in test]))[:, 1]
        print(f"\n{spec}: {len(test)} candidates, {sum(row[1] for row in test)} with gold ACCUSE")
        print("| threshold | added true | added false | precision |\n|---|---|---|---|")
        print("\n".join(gains(list(probabilities), test)))
    weights = dict(zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True))
    for name, weight in sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:25]:
        print(f"{weight:+.2f} {name}")
    if args.write:
        shipped = {
            "trained_on": args.train,
            "threshold": threshold,
            "intercept": round(float(model.intercept_[0]), 4),
            "weights": {k: round(float(w), 4) for k, w in sorted(weights.items()) if w},
        }
        MODEL.write_text(json.dumps(shipped, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
