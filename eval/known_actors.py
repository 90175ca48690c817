"""How far the known-actor tables alone code the whole-article gold actors.

For every gold actor that is not a country, its name and then its aliases are looked up on the
article's date (no dateline country is given, so unqualified institutions come back without
one). An answer is right when its country and sector both equal the gold codes. Articles are
split into two halves (even and odd lines) so that a change tuned on one can be checked on the
other. With a folder of CAMEO/PETRARCH dictionaries (the Phoenix ones in ../shared by default),
the same is done with them laid over eventwire's table.

Usage: python -m eval.known_actors [ARTICLES_JSONL] [DICTIONARIES_DIR]
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from eventwire.actors.known import KnownActors

SHARED = Path(__file__).resolve().parents[2] / "shared"
ARTICLES = SHARED / "eval" / "articles" / "dev.jsonl"
PHOENIX = SHARED / "dictionaries" / "petrarch2"


@dataclass
class Tally:
    gold: int = 0
    answered: int = 0
    right: int = 0

    def row(self, label: str) -> str:
        precision = self.right / self.answered if self.answered else 0.0
        coverage = self.right / self.gold if self.gold else 0.0
        return (
            f"| {label} | {self.gold} | {self.answered} | {self.right} "
            f"| {precision:.2f} | {coverage:.2f} |"
        )


def score(known: KnownActors, articles: list[dict]) -> Tally:
    """Lookup-only answers for the non-country gold actors of some articles."""
    tally = Tally()
    for article in articles:
        on = date.fromisoformat(article["date"])
        for actor in article["actors"]:
            if actor["type"] == "country":
                continue
            tally.gold += 1
            forms = [actor["name"], *actor.get("aliases", [])]
            found = next(filter(None, (known.lookup(form, on) for form in forms)), None)
            if found is None:
                continue
            tally.answered += 1
            tally.right += (found.country, found.sector) == (actor["country"], actor["sector"])
    return tally


def main(articles_path: Path = ARTICLES, dictionaries: Path = PHOENIX) -> None:
    with articles_path.open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle if line.strip()]
    halves = {"even": articles[0::2], "odd": articles[1::2]}
    tables = {"eventwire table": KnownActors.load()}
    if dictionaries.is_dir():
        tables[f"+ {dictionaries.name}"] = KnownActors.load(dictionaries=dictionaries)
    print("| tables, half | gold actors | answered | codes right | precision | coverage |")
    print("|---|---|---|---|---|---|")
    for label, known in tables.items():
        for half, chosen in halves.items():
            print(score(known, chosen).row(f"{label}, {half}"))


if __name__ == "__main__":
    main(*(Path(argument) for argument in sys.argv[1:3]))
