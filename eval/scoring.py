"""Span matching and F1 shared by the evaluation scripts."""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.lexicons import DICTIONARIES_SETTING


@dataclass
class Counts:
    """True positives, predictions and gold items of one measure."""

    correct: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, correct: int, predicted: int, gold: int) -> None:
        self.correct += correct
        self.predicted += predicted
        self.gold += gold

    def scores(self) -> dict[str, float]:
        precision = self.correct / self.predicted if self.predicted else 0.0
        recall = self.correct / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def path_argument(default: Path, description: str) -> Path:
    """The dev file named on the command line, else `default`; `--help` says so."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("path", type=Path, nargs="?", default=default, help=f"default {default}")
    return parser.parse_args().path


def read_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def half(record_id: str) -> str:
    """A stable split of dev into a half to tune on and a half held out, by id hash."""
    digest = hashlib.sha256(record_id.encode("utf-8")).digest()[0]
    return "tune" if digest % 2 == 0 else "heldout"


def match_spans(
    predicted: list[tuple[int, int]], gold: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """One-to-one pairs (predicted index, gold index) of overlapping spans, in text order."""
    pairs, used = [], set()
    for i, (start, end) in enumerate(predicted):
        for j, (gold_start, gold_end) in enumerate(gold):
            if j not in used and start < gold_end and gold_start < end:
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


EARTH_RADIUS_KM = 6371.0
# CAMEO country codes of the PLOVER gold that differ from ISO 3166 alpha-3 (the rest are the same).
CAMEO_COUNTRIES = {"JAP": "JPN", "ITL": "ITA"}
# PLOVER's classes of act, for its folding of intent into the type (see `plover_fold`).
COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
CONFLICTUAL = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST"}


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def plover_fold(event_type: str, modality: str) -> str:
    """PLOVER folds intent into the type: a planned cooperative act is AGREE, a negated one
    REJECT, a planned or hypothetical hostile act THREATEN. eventwire keeps the act's own type
    and says the intent in `modality`, so scoring against PLOVER-style gold folds it."""
    if event_type in COOPERATIVE and modality == "planned":
        return "AGREE"
    if event_type in COOPERATIVE | {"AGREE"} and modality == "negated":
        return "REJECT"
    if event_type in CONFLICTUAL and modality in {"planned", "hypothetical"}:
        return "THREATEN"
    return event_type


def use_dictionaries(folder: Path | None) -> None:
    """Lay a user's CAMEO/PETRARCH dictionaries over eventwire's known actors for this run
    (read by the pipeline from the setting; they stay in ../shared, never in the project)."""
    if folder is not None:
        os.environ[DICTIONARIES_SETTING] = str(folder)
