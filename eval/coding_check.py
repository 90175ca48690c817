"""Check a coder's whole-article file against the gold format before it joins a set.

Coders (eval/gold/CODING.md) write one record per article in the format of
`../shared/eval/articles/README.md`. A slip there (a sentence retyped with straight quotes, a
source naming no actor, a sector outside the list) would silently cost matches when scored, so
every file is checked first:

    python -m eval.coding_check CODED.jsonl [INPUT.jsonl]   # exit status 1 when a problem is found

With the coder's input file it also checks that no article is missing and none was changed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eval.scoring import read_jsonl

TYPES = frozenset(
    [
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    ]
)
MODALITIES = frozenset({"occurred", "ongoing", "planned", "claimed", "hypothetical", "negated"})
SECTORS = frozenset(  # the gold README's sectors; an actor may also have none (None)
    [
        "GOV",
        "MIL",
        "LEG",
        "JUD",
        "COP",
        "SPY",
        "PTY",
        "OPP",
        "REB",
        "IGO",
        "NGO",
        "BUS",
        "MED",
        "EDU",
        "REL",
        "HLH",
        "CVL",
    ]
) | {None}
ACTOR_TYPES = frozenset({"person", "organization", "country", "group"})
FIELDS = ("id", "origin", "date", "text", "actors", "events", "places")


def actor_problems(actor: dict) -> list[str]:
    """An actor's type, sector and country code outside what the gold allows."""
    name, country = actor.get("name"), actor.get("country")
    problems = []
    if actor.get("type") not in ACTOR_TYPES:
        problems.append(f"actor {name!r}: type {actor.get('type')!r}")
    if actor.get("sector") not in SECTORS:
        problems.append(f"actor {name!r}: sector {actor.get('sector')!r}")
    if country is not None and not (isinstance(country, str) and len(country) == 3):
        problems.append(f"actor {name!r}: country {country!r} is not ISO 3166 alpha-3")
    return problems


def event_problems(event: dict, text: str, names: set[str]) -> list[str]:
    """An event whose words are not the article's, or whose labels or sides are not allowed."""
    sentence, trigger = event.get("sentence", ""), event.get("trigger", "")
    problems = []
    if sentence not in text:
        problems.append(f"sentence not in the text: {sentence[:60]!r}")
    if not trigger or trigger not in sentence:
        problems.append(f"trigger {trigger!r} not in its sentence {sentence[:40]!r}")
    if event.get("type") not in TYPES:
        problems.append(f"type {event.get('type')!r}")
    if event.get("modality") not in MODALITIES:
        problems.append(f"modality {event.get('modality')!r}")
    for side in ("source", "target"):
        unknown = [n for n in event.get(side, []) if n not in names]
        problems += [f"{side} {n!r} names no actor" for n in unknown]
    return problems


def record_problems(record: dict) -> list[str]:
    """Every problem of one coded article, each prefixed with its id."""
    missing = [f for f in FIELDS if f not in record]
    if missing:
        return [f"{record.get('id')}: no {', '.join(missing)}"]
    text, names = record["text"], {a.get("name") for a in record["actors"]}
    problems = [p for a in record["actors"] for p in actor_problems(a)]
    problems += [p for e in record["events"] for p in event_problems(e, text, names)]
    problems += [p for place in record["places"] for p in place_problems(place, text)]
    return [f"{record['id']}: {p}" for p in problems]


def place_problems(place: dict, text: str) -> list[str]:
    """A toponym that is not the article's words, or that has no coordinates."""
    words, points = place.get("text"), (place.get("lat"), place.get("lon"))
    problems = [] if words in text else [f"place {words!r} not in the text"]
    if not all(isinstance(v, int | float) for v in points):
        problems.append(f"place {words!r}: coordinates {points}")
    return problems


def input_problems(records: list[dict], inputs: list[dict]) -> list[str]:
    """Articles of the coder's input that are missing or whose text or date was changed."""
    coded = {r.get("id"): r for r in records}
    problems = [f"{i['id']}: not coded" for i in inputs if i["id"] not in coded]
    return problems + [
        f"{i['id']}: text or date changed from the input"
        for i in inputs
        if i["id"] in coded
        and (coded[i["id"]].get("text"), coded[i["id"]].get("date")) != (i["text"], i["date"])
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("coded", type=Path)
    parser.add_argument("inputs", type=Path, nargs="?")
    args = parser.parse_args()
    records = list(read_jsonl(args.coded))
    problems = [p for r in records for p in record_problems(r)]
    if args.inputs:
        problems += input_problems(records, list(read_jsonl(args.inputs)))
    print("\n".join([*problems, f"{len(records)} articles; {len(problems)} problems"]))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
