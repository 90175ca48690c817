"""Score event coding on the PLOVER gold-standard sentences (`make eval-events`).

Usage: python eval/events.py ../shared/eval/events/dev.jsonl [--half a|b|all] [--show-errors]

Metrics per sentence, over distinct PLOVER types of the predicted events:
- type recall: the gold type is among the sentence's predicted types;
- type precision: predicted types that are gold, over all predicted types;
- triple F1: (type, actor countries, recipient countries) triples, exact sets.
The halves split dev by a hash of each record id, so rules can be tuned on one and checked on the
other. Records are scored in PLOVER's own convention (see `plover_type`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from eval.scoring import CAMEO_COUNTRIES, plover_fold
from eventwire.codes import capital_countries, country_of
from eventwire.ingest import RawDocument
from eventwire.model import ArticleResult, Event, Modality, Participant
from eventwire.pipeline import process

# CAMEO country codes that differ from ISO 3166 alpha-3, and the non-state codes read as IGO.
CAMEO_TO_ISO = CAMEO_COUNTRIES | {"IMG": "IGO", "NGO": "IGO"}
CONDITIONS = {"if", "unless", "whether"}

Triple = tuple[str, frozenset[str], frozenset[str]]


def plover_type(event: Event) -> str | None:
    """PLOVER folds intent into the type: a promised cooperative act is AGREE, a refused one
    REJECT, a planned or possible hostile act THREATEN, and a condition ("if it is attacked")
    is not coded. eventwire keeps the act's own type and says the intent in `modality`; scoring
    against PLOVER's gold applies PLOVER's rule."""
    cue = event.modality_cue.text.lower() if event.modality_cue else ""
    if event.modality == Modality.HYPOTHETICAL and cue in CONDITIONS:
        return None
    return plover_fold(event.type, event.modality)


def _countries(values: list[str | None]) -> frozenset[str]:
    return frozenset(CAMEO_TO_ISO.get(v, v) for v in values if v)


def _cameo_country(participant: Participant) -> str | None:
    """CAMEO's IGO and NGO "countries" are eventwire's IGO and NGO sectors with no country (an
    IGO or an international NGO serves no one state); like the gold's NGO, an NGO folds to IGO."""
    if participant.country is None and participant.sector in {"IGO", "NGO"}:
        return CAMEO_TO_ISO.get(participant.sector, participant.sector)
    return participant.country


def _event_triples(record: dict) -> list[Triple]:
    return [
        (
            e["event_type"],
            _countries([p["country"] for p in e["source"]]),
            _countries([p["country"] for p in e["target"]]),
        )
        for e in record["events"]
    ]


def gold_triples(record: dict) -> set[Triple]:
    return set(_event_triples(record))


def joint_triples(record: dict) -> set[Triple]:
    """Gold triples of joint acts: every party the markup tags SRC/TAR (it acts and is acted
    on), written as sources with no target."""
    markup = record.get("markup", "")
    return {
        triple
        for e, triple in zip(record["events"], _event_triples(record), strict=True)
        if e["source"] and all(f"(SRC/TAR: {p['text']}" in markup for p in e["source"])
    }


def read_joint(predicted: set[Triple], joint: set[Triple]) -> set[Triple]:
    """A prediction that splits a joint act's parties into a source and targets ("X met Y")
    names each party in both of PLOVER's roles: it is read as the joint triple."""
    read = set()
    for type_, source, target in predicted:
        parties = source | target
        same = [t for t in joint if t[0] == type_ and t[1] == parties and not t[2]]
        read.add(same[0] if same and source and target else (type_, source, target))
    return read


def predicted_triples(result: ArticleResult) -> set[Triple]:
    return {
        (
            type_,
            _countries([_cameo_country(p) for p in e.actors]),
            _countries([_cameo_country(p) for p in e.recipients]),
        )
        for e in result.events
        if (type_ := plover_type(e)) is not None
    }


@dataclass
class Score:
    sentences: int = 0
    recalled: int = 0
    predicted_types: int = 0
    correct_types: int = 0
    gold_triples: int = 0
    predicted_triples: int = 0
    correct_triples: int = 0
    reachable: int = 0  # gold triples whose countries are all written in the sentence
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, gold: set[Triple], predicted: set[Triple], written: set[str]) -> None:
        gold_types = {t[0] for t in gold}
        types = {t[0] for t in predicted}
        self.sentences += 1
        self.recalled += bool(gold_types & types)
        self.predicted_types += len(types)
        self.correct_types += len(types & gold_types)
        self.gold_triples += len(gold)
        self.predicted_triples += len(predicted)
        self.correct_triples += len(gold & predicted)
        self.reachable += sum(1 for _, src, tgt in gold if src | tgt <= written)
        for gold_type in gold_types:
            for found in (types & {gold_type}) or types or {"(none)"}:
                self.confusion[(gold_type, found)] += 1

    def summary(self) -> dict[str, float]:
        precision = self.correct_triples / max(self.predicted_triples, 1)
        recall = self.correct_triples / max(self.gold_triples, 1)
        return {
            "sentences": self.sentences,
            "type_recall": self.recalled / max(self.sentences, 1),
            "type_precision": self.correct_types / max(self.predicted_types, 1),
            "triple_precision": precision,
            "triple_recall": recall,
            "triple_f1": 2 * precision * recall / max(precision + recall, 1e-9),
            "triple_recall_ceiling": self.reachable / max(self.gold_triples, 1),
        }


def written_countries(result: ArticleResult) -> set[str]:
    """Countries a text-only coder can read off the sentence: its actors' codes and every
    country name, demonym or capital. Gold codes outside this set need world knowledge
    ("President Mitterrand" is French)."""
    found = {a.country.value for a in result.actors if a.country}
    text = result.article.text if result.article else ""
    for word in re.findall(r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*", text):
        for part in {word, *word.split()}:
            country = country_of(part)
            found |= {country.iso3} if country else set()
            found |= {capital_countries()[part]} if part in capital_countries() else set()
    return found


def half_of(record_id: str) -> str:
    return "a" if hashlib.sha1(record_id.encode()).digest()[0] % 2 == 0 else "b"


def confusion_table(score: Score) -> str:
    """Rows: gold type; cells: the predicted types of its sentences (the gold one when found)."""
    lines = ["| gold | predicted (count) |", "|---|---|"]
    for gold in sorted({g for g, _ in score.confusion}):
        row = ((p, n) for (g, p), n in score.confusion.items() if g == gold)
        cells = sorted(row, key=lambda cell: (-cell[1], cell[0]))  # ties by name: stable
        lines.append(f"| {gold} | " + ", ".join(f"{p} {n}" for p, n in cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--half", choices=["a", "b", "all"], default="all")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    records = [json.loads(line) for line in args.path.read_text().splitlines() if line.strip()]
    if args.half != "all":
        records = [r for r in records if half_of(r["id"]) == args.half]
    # Every record carries the same placeholder date (2000-01-01) while its sentences span
    # decades, and the gold codes today's states (SRB): scored undated, as `eval.actors` does.
    docs = [RawDocument(id=r["id"], text=r["text"]) for r in records]
    score = Score()
    for record, result in zip(records, process(docs), strict=True):
        gold = gold_triples(record)
        predicted = read_joint(predicted_triples(result), joint_triples(record))
        score.add(gold, predicted, written_countries(result))
        if args.show_errors and not gold & predicted:
            print(f"{record['id']}: {record['text'][:160]}\n  gold {gold}\n  pred {predicted}")
    print(json.dumps({k: round(v, 3) for k, v in score.summary().items()}, indent=1))
    print(confusion_table(score))


if __name__ == "__main__":
    main()
