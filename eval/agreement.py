"""How far two codings of the same articles agree, scored as `eval.articles` scores eventwire.

Usage: python -m eval.agreement REFERENCE OTHER [--half a|b|all]
Both files are whole-article gold (whole records or standoff, `eval/gold/`). OTHER's events and
actors are judged against REFERENCE's with the article scorer's own rules: an event matches when
its trigger lies in a reference event's sentence and the type (or its PLOVER folding) is the
reference's; its dyad is right when the countries of both sides equal a matching event's; an
actor is right when one of OTHER's actors shares a name or alias and both codes. Session 33 used
it to ask whether eventwire's own coders code like the coders of ../shared/eval/articles/dev.jsonl
(`eval/gold/devcoders33.standoff.jsonl` holds their coding of the 28 dev articles), since a set
coded more densely than the judge's gold understates recall, and tuning to it chases the wrong
events.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from eval.article_match import sentence_spans
from eval.articles import half_of
from eval.scoring import plover_fold, read_jsonl
from eval.standoff import resolve

Spans = list[tuple[int, int]]


def trigger_at(text: str, event: dict) -> tuple[int, int] | None:
    """The coded trigger's offsets in the article (its first sentence occurrence)."""
    spans = sentence_spans(text, event["sentence"])
    if not spans:
        return None
    start = spans[0][0] + event["sentence"].find(event["trigger"])
    return start, start + len(event["trigger"])


def side_countries(record: dict, names: list[str]) -> frozenset[str]:
    countries = {actor["name"]: actor["country"] for actor in record["actors"]}
    return frozenset(country for name in names if (country := countries.get(name)))


def _matches(event: dict, trigger: tuple[int, int], reference: dict, spans: Spans) -> bool:
    types = {event["type"], plover_fold(event["type"], event["modality"])}
    inside = any(start <= trigger[0] and trigger[1] <= end for start, end in spans)
    return inside and reference["type"] in types


def _same_dyad(event: dict, other: dict, reference: dict, record: dict) -> bool:
    return all(
        side_countries(other, event[side]) == side_countries(record, reference[side])
        for side in ("source", "target")
    )


def score_events(record: dict, other: dict) -> Counter[str]:
    """Matched, recalled and right-dyad counts of OTHER's events against the reference's."""
    references = [(r, sentence_spans(record["text"], r["sentence"])) for r in record["events"]]
    tally = Counter(coded=len(other["events"]), reference=len(record["events"]))
    recalled: set[int] = set()
    for event in other["events"]:
        trigger = trigger_at(record["text"], event)
        found = [
            i
            for i, (reference, spans) in enumerate(references)
            if trigger and _matches(event, trigger, reference, spans)
        ]
        recalled.update(found)
        tally["matched"] += bool(found)
        tally["right_dyads"] += any(
            _same_dyad(event, other, references[i][0], record) for i in found
        )
    tally["recalled"] = len(recalled)
    return tally


def _names(actor: dict) -> set[str]:
    return {" ".join(n.split()).casefold() for n in [actor["name"], *actor.get("aliases", [])]}


def score_actors(record: dict, other: dict) -> Counter[str]:
    """Reference actors that OTHER names too (a shared name or alias) with both codes equal."""
    tally = Counter(reference_actors=len(record["actors"]))
    for actor in record["actors"]:
        codes = (actor["country"], actor["sector"])
        tally["right_actors"] += any(
            _names(actor) & _names(mine) and (mine["country"], mine["sector"]) == codes
            for mine in other["actors"]
        )
    return tally


def agreement(references: list[dict], others: list[dict]) -> dict[str, float]:
    """Event precision, recall, dyad precision and actor accuracy of OTHER against REFERENCE,
    over the articles both code."""
    by_id = {record["id"]: record for record in references}
    tally: Counter[str] = Counter()
    for other in others:
        if (record := by_id.get(other["id"])) is not None:
            tally += score_events(record, other) + score_actors(record, other)
    return {
        "articles": float(sum(other["id"] in by_id for other in others)),
        "event precision": _share(tally, "matched", "coded"),
        "event recall": _share(tally, "recalled", "reference"),
        "dyad precision": _share(tally, "right_dyads", "coded"),
        "actor code accuracy": _share(tally, "right_actors", "reference_actors"),
    }


def _share(tally: Counter[str], right: str, total: str) -> float:
    return tally[right] / tally[total] if tally[total] else 0.0


def _read(path: Path, half: str) -> list[dict]:
    return [r for r in resolve(read_jsonl(path)) if half == "all" or half_of(r["id"]) == half]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference", type=Path)
    parser.add_argument("other", type=Path)
    parser.add_argument("--half", choices=["a", "b", "all"], default="all")
    args = parser.parse_args()
    scores = agreement(_read(args.reference, args.half), _read(args.other, args.half))
    for name, value in scores.items():
        print(f"{name}: {value:.0f}" if name == "articles" else f"{name}: {value:.2f}")


if __name__ == "__main__":
    main()
