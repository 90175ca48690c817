"""Actor coding accuracy over the PLOVER gold sentences (`make eval-actors`).

The gold records code each event participant with a country (CAMEO code) and often a sector.
For every gold participant whose words appear in the sentence, this checks whether eventwire
found a mention covering them (span recall) and whether the resolved actor carries the gold
country and sector (coding accuracy). Gold codes only cover event participants, so precision
over all actors cannot be measured on this data.

Usage: python eval/actors.py [PATH_TO_DEV_JSONL]
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

from eval.scoring import CAMEO_COUNTRIES, use_dictionaries
from eventwire.ingest import RawDocument
from eventwire.model import Actor, ArticleResult
from eventwire.pipeline import process

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "events" / "dev.jsonl"
BASIC_SECTORS = {"GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "MED", "BUS", "CVL", "IGO"}


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    country_right: int = 0
    sector_gold: int = 0
    sector_right: int = 0

    def rows(self) -> list[tuple[str, str]]:
        def ratio(a: int, b: int) -> str:
            return f"{a / b:.3f} ({a}/{b})" if b else "-"

        return [
            ("participant span recall", ratio(self.found, self.gold)),
            ("country accuracy (found)", ratio(self.country_right, self.found)),
            ("sector accuracy (found, gold sector)", ratio(self.sector_right, self.sector_gold)),
        ]


def gold_participants(record: dict) -> list[dict]:
    people = [p for e in record["events"] for p in e["source"] + e["target"]]
    return [p for p in people if p["text"] and p["country"] and p["text"] in record["text"]]


def score(record: dict, result: ArticleResult, tally: Tally) -> None:
    actors = {a.id: a for a in result.actors}
    for participant in gold_participants(record):
        start = record["text"].index(participant["text"])
        end = start + len(participant["text"])
        tally.gold += 1
        covering = [m for m in result.mentions if m.evidence.start < end and start < m.evidence.end]
        if not covering:
            continue
        tally.found += 1
        coded = [actors[m.actor_id] for m in covering]
        country = CAMEO_COUNTRIES.get(participant["country"], participant["country"])
        if any(_same_country(a, country) for a in coded):
            tally.country_right += 1
        if participant["sector"] in BASIC_SECTORS:
            tally.sector_gold += 1
            if any(a.sector and a.sector.value == participant["sector"] for a in coded):
                tally.sector_right += 1


def _same_country(actor: Actor, country: str) -> bool:
    """CAMEO's IGO "country" is eventwire's IGO sector with no country (IGOs serve no one state)."""
    if country == "IGO":
        return actor.country is None and actor.sector is not None and actor.sector.value == "IGO"
    return actor.country is not None and actor.country.value == country


def evaluate(records: list[dict]) -> Tally:
    docs = [RawDocument(id=r["id"], text=r["text"]) for r in records]
    tally = Tally()
    for record, result in zip(records, process(docs), strict=True):
        score(record, result, tally)
    return tally


def main(path: Path = DEFAULT) -> dict[str, Tally]:
    """Scores on all of dev and on its two halves: rules were tuned looking at the even
    records only, so the odd half shows whether they generalise."""
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    splits = {"all": records, "even (tuned)": records[::2], "odd (check)": records[1::2]}
    tallies = {name: evaluate(subset) for name, subset in splits.items()}
    print(f"Actor coding on {path}: {len(records)} sentences")
    print(f"| metric | {' | '.join(tallies)} |")
    print(f"|---|{'---|' * len(tallies)}")
    labels = [label for label, _ in Tally().rows()]
    for index, label in enumerate(labels):
        values = [tally.rows()[index][1] for tally in tallies.values()]
        print(f"| {label} | {' | '.join(values)} |")
    return tallies


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, nargs="?", default=DEFAULT)
    parser.add_argument("--dictionaries", type=Path, help="CAMEO/PETRARCH dictionaries to lay over")
    arguments = parser.parse_args()
    use_dictionaries(arguments.dictionaries)
    main(arguments.path)
