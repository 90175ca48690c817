"""Score eventwire's quotes against PolNeAR, with textacy's `direct_quotations` as a baseline.

A prediction matches a gold attribution when their content spans overlap by at least half of the
shorter span. Reported: precision, recall and F1 over all attributions, recall of direct gold
quotes, and speaker accuracy over matches with a gold source, read two ways: per gold attribution
(its best-overlapping prediction's speaker overlaps the gold source) and per matched prediction
(its speaker overlaps the source of a gold attribution it matches).

    python eval/quotes.py --data ../shared/eval/quotes --split dev
    python eval/quotes.py --data ../shared/eval/quotes --split train --limit 120
    python eval/quotes.py --data ../shared/eval/quotes --split train --offset 300 --limit 60
    python eval/quotes.py --data ../shared/eval/quotes --split dev --half b

Each system gets a row for all articles and one for each half of them (`--half a|b` keeps one):
the halves split by a stable hash of the article id (`eval.scoring.half`, as in
eval/articles.py: "a" is the tune half, "b" the held-out half), so rules can be tuned on one
half and checked on the other.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from eval.articles import half_of
from eventwire.ingest import RawDocument
from eventwire.ingest.decode import strip_controls
from eventwire.parse.recase import parse_texts
from eventwire.pipeline import process

Range = tuple[int, int]


@dataclass
class Prediction:
    content: Range
    speaker: Range | None


@dataclass
class Scores:
    """Counts for one system over a split."""

    predicted: int = 0
    predicted_matched: int = 0
    gold: int = 0
    gold_matched: int = 0
    direct: int = 0
    direct_matched: int = 0
    speaker_checked: int = 0
    speaker_right: int = 0
    predicted_speaker_checked: int = 0
    predicted_speaker_right: int = 0
    refused: int = 0
    rows: list[str] = field(default_factory=list)

    def add(self, record: dict, predictions: list[Prediction]) -> None:
        golds = [a for a in record["attributions"] if a["content"]]
        self.predicted += len(predictions)
        for prediction in predictions:
            self._add_prediction(prediction, golds)
        for gold in golds:
            wrong = self._add_gold(gold, predictions)
            if wrong:
                self.rows.append(speaker_error(record, gold, wrong))

    def _add_prediction(self, prediction: Prediction, golds: list[dict]) -> None:
        """A matched prediction's speaker is right when it overlaps a matched gold's source."""
        matched = [g for g in golds if matches(prediction.content, span(g["content"]))]
        if not matched:
            return
        self.predicted_matched += 1
        sources = [span(g["source"]) for g in matched if g["source"]]
        if sources:
            self.predicted_speaker_checked += 1
            self.predicted_speaker_right += prediction.speaker is not None and any(
                overlap(prediction.speaker, source) > 0 for source in sources
            )

    def _add_gold(self, gold: dict, predictions: list[Prediction]) -> Prediction | None:
        """Counts one gold attribution; returns its best match if that has the wrong speaker."""
        content = span(gold["content"])
        self.gold += 1
        self.direct += gold["direct"]
        found = [p for p in predictions if matches(p.content, content)]
        if not found:
            return None
        self.gold_matched += 1
        self.direct_matched += gold["direct"]
        if gold["source"] is None:
            return None
        best = max(found, key=lambda p: overlap(p.content, content))
        right = best.speaker is not None and overlap(best.speaker, span(gold["source"])) > 0
        self.speaker_checked += 1
        self.speaker_right += right
        return None if right else best

    def summary(self) -> dict[str, float]:
        precision = self.predicted_matched / max(self.predicted, 1)
        recall = self.gold_matched / max(self.gold, 1)
        return {
            "precision": precision,
            "recall": recall,
            "f1": 2 * precision * recall / max(precision + recall, 1e-9),
            "direct_recall": self.direct_matched / max(self.direct, 1),
            "speaker_accuracy": self.speaker_right / max(self.speaker_checked, 1),
            "speaker_accuracy_per_prediction": self.predicted_speaker_right
            / max(self.predicted_speaker_checked, 1),
            "predicted": self.predicted,
            "gold": self.gold,
            "refused_articles": self.refused,
        }


def speaker_error(record: dict, gold: dict, best: Prediction) -> str:
    """One line per wrong speaker, for reading the kinds of errors on a tuning range."""
    text = record["text"]
    said = text[best.speaker[0] : best.speaker[1]] if best.speaker else "-"
    start, end = span(gold["content"])
    context = text[max(0, start - 150) : end].replace("\n", " / ")
    return f"{record['id']}\tgold={gold['source']['text']!r}\tpredicted={said!r}\t{context}"


def span(value: dict) -> Range:
    return value["start"], value["end"]


def overlap(a: Range, b: Range) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def matches(a: Range, b: Range) -> bool:
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and overlap(a, b) >= shorter / 2


def read_records(data: Path, split: str, limit: int | None, offset: int = 0) -> list[dict]:
    with (data / f"{split}.jsonl").open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle][offset:]
    return records[:limit] if limit else records


def eventwire_predictions(records: list[dict]) -> Iterator[list[Prediction]]:
    raws = [RawDocument(id=r["id"], text=r["text"]) for r in records]
    for record, result in zip(records, process(raws), strict=True):
        to_raw = raw_offsets(record["text"])
        yield [
            Prediction(
                to_raw(q.content.start, q.content.end),
                to_raw(q.speaker.mention.start, q.speaker.mention.end)
                if q.speaker.mention
                else None,
            )
            for q in result.quotes
        ]


def raw_offsets(raw: str) -> Callable[[int, int], Range]:
    """Ingest drops control characters (some PolNeAR texts hold mojibake with C1 control
    bytes), so eventwire's offsets count the text without them; this maps them back onto the
    raw text that the gold offsets count."""
    kept = [i for i, char in enumerate(raw) if strip_controls(char)] + [len(raw)]
    return lambda start, end: (kept[start], kept[max(end - 1, start)] + (end > start))


def textacy_predictions(doc: Doc) -> list[Prediction]:
    """textacy's quotes; it raises on unbalanced quotation marks (then: no predictions)."""
    from textacy.extract.triples import direct_quotations

    predictions = []
    for triple in direct_quotations(doc):
        speaker = (triple.speaker[0].idx, triple.speaker[-1].idx + len(triple.speaker[-1]))
        predictions.append(
            Prediction((triple.content.start_char, triple.content.end_char), speaker)
        )
    return predictions


def textacy_or_refused(records: list[dict]) -> Iterator[list[Prediction] | None]:
    """textacy's predictions per article; None where it refused the article."""
    for doc in parse_texts(r["text"] for r in records):
        try:
            yield textacy_predictions(doc)
        except ValueError:
            yield None


def score(
    records: list[dict], predict: Callable[[list[dict]], Iterator[list[Prediction] | None]]
) -> dict[str, Scores]:
    """Scores for all articles and for each half of them."""
    groups: dict[str, Scores] = {}
    for record, predictions in zip(records, predict(records), strict=True):
        for group in ("all", f"half {half_of(record['id'])}"):
            scores = groups.setdefault(group, Scores())
            scores.refused += predictions is None
            scores.add(record, predictions or [])
    return dict(sorted(groups.items(), key=lambda item: (item[0] != "all", item[0])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/eval/quotes"))
    parser.add_argument("--split", default="dev", choices=["train", "dev"])
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--offset", type=int, default=0, help="skip the first N articles")
    parser.add_argument("--no-baseline", action="store_true", help="skip textacy")
    parser.add_argument("--half", choices=["a", "b", "all"], default="all")
    parser.add_argument("--errors", action="store_true", help="list eventwire's wrong speakers")
    args = parser.parse_args()
    records = read_records(args.data, args.split, args.limit, args.offset)
    if args.half != "all":
        records = [r for r in records if half_of(r["id"]) == args.half]
    systems = {"eventwire": score(records, eventwire_predictions)}
    if not args.no_baseline:
        systems["textacy direct_quotations"] = score(records, textacy_or_refused)
    print(f"PolNeAR {args.split}: {len(records)} articles (half {args.half})\n")
    print("| system | articles | P | R | F1 | direct R | speaker acc |", end="")
    print(" speaker acc / prediction | predicted | gold | refused |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for name, groups in systems.items():
        for group, scores in groups.items():
            print_row(name, group, scores.summary())
    if args.errors:
        print("\n".join(systems["eventwire"]["all"].rows))


def print_row(name: str, group: str, s: dict[str, float]) -> None:
    print(
        f"| {name} | {group} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | "
        f"{s['direct_recall']:.3f} | {s['speaker_accuracy']:.3f} | "
        f"{s['speaker_accuracy_per_prediction']:.3f} | {s['predicted']} | "
        f"{s['gold']} | {s['refused_articles']} |"
    )


if __name__ == "__main__":
    main()
