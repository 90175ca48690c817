"""Match eventwire's output for one article to its whole-article gold record.

The rules are those of ../shared/eval/articles/README.md ("Scoring"); `eval/articles.py` runs
the pipeline and reports. Each `score_*` function returns a tally (counts by name) and the
misses, each with a kind and a reason, so the report can say what to fix.
Matching is not one-to-one, as the README defines it: a predicted event counts as matched when
any gold event matches it, and a gold event as recalled when any predicted event matches it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from eval.scoring import distance_km, plover_fold
from eventwire.model import Actor, ArticleResult, Event, Participant, Place

ACCURATE_KM = 161.0

# Each metric: (counted right, out of).
METRICS: dict[str, tuple[str, str]] = {
    "event precision": ("matched_events", "predicted_events"),
    "event recall": ("recalled_events", "gold_events"),
    "dyad precision": ("right_dyads", "predicted_events"),
    "actor code accuracy": ("right_actors", "gold_actors"),
    "place accuracy": ("right_places", "gold_places"),
    "place precision": ("matched_places", "predicted_places"),
}


@dataclass(frozen=True)
class Miss:
    """One error: its kind (false event, missed event, ...), a reason and for events a type to
    group by, and the details."""

    kind: str
    reason: str
    article: str
    detail: str
    type: str | None = None  # the event type, for event errors


def metrics(tally: Counter[str]) -> dict[str, float | None]:
    """Each metric as a ratio, None when nothing was there to count."""
    return {
        name: tally[right] / tally[total] if tally[total] else None
        for name, (right, total) in METRICS.items()
    }


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def sentence_spans(text: str, sentence: str) -> list[tuple[int, int]]:
    """Every place where the gold sentence occurs in the text (a sentence may repeat)."""
    spans, start = [], text.find(sentence)
    while start >= 0:
        spans.append((start, start + len(sentence)))
        start = text.find(sentence, start + 1)
    return spans


Spans = list[tuple[int, int]]


def inside(event: Event, spans: Spans) -> bool:
    """The event's trigger lies within one of the spans."""
    return any(start <= event.trigger.start and event.trigger.end <= end for start, end in spans)


def event_matches(event: Event, gold_type: str, spans: Spans) -> bool:
    """The trigger lies in the gold sentence and the type (or its PLOVER folding) is gold's."""
    return inside(event, spans) and gold_type in {
        event.type,
        plover_fold(event.type, event.modality),
    }


def _predicted_side(participants: list[Participant]) -> frozenset[str]:
    return frozenset(p.country for p in participants if p.country)


def _gold_side(record: dict, names: list[str]) -> frozenset[str]:
    countries = {actor["name"]: actor["country"] for actor in record["actors"]}
    return frozenset(country for name in names if (country := countries.get(name)))


def _sides(event: Event, gold: dict, record: dict) -> list[str]:
    """The sides (source, target) whose country set differs from gold's."""
    pairs = {
        "source": (_predicted_side(event.actors), _gold_side(record, gold["source"])),
        "target": (_predicted_side(event.recipients), _gold_side(record, gold["target"])),
    }
    return [side for side, (predicted, expected) in pairs.items() if predicted != expected]


def dyad_right(event: Event, gold: dict, record: dict) -> bool:
    """Source and target country sets equal gold's; an empty gold side wants no country."""
    return not _sides(event, gold, record)


def _dyad(source: frozenset[str], target: frozenset[str]) -> str:
    return f"{'+'.join(sorted(source)) or '-'} → {'+'.join(sorted(target)) or '-'}"


def _named(participants: list[Participant]) -> str:
    """The participants' names, so a dyad miss tells which actor was taken, not only its code."""
    return " + ".join(p.name for p in participants) or "-"


def _describe(event: Event) -> str:
    return f"{event.trigger.text!r} {event.type}/{event.modality}"


def _false_reason(event: Event, there: list[tuple[dict, Spans]]) -> str:
    """Why a predicted event matched nothing: a gold trigger with another type, another word
    in a sentence that has gold events, or a sentence with none."""
    for gold, spans in there:
        for start, _ in spans:
            offset = gold["sentence"].find(gold["trigger"])
            trigger = (start + offset, start + offset + len(gold["trigger"]))
            if event.trigger.start < trigger[1] and trigger[0] < event.trigger.end:
                return "wrong type on a gold trigger"
    return "other word in a gold sentence" if there else "no gold event in sentence"


def _score_predicted(
    event: Event, golds: list[tuple[dict, Spans]], record: dict
) -> tuple[list[int], Miss | None]:
    """The gold events this predicted event matches, and its miss if it is false or mis-coded."""
    matched = [
        i for i, (gold, spans) in enumerate(golds) if event_matches(event, gold["type"], spans)
    ]
    if not matched:
        there = [(g, spans) for g, spans in golds if inside(event, spans)]
        detail = f"{_describe(event)} in: {event.sentence.text}"
        reason = _false_reason(event, there)
        there = [f"{g['trigger']!r} {g['type']}" for g, _ in there]
        detail += f" [gold there: {', '.join(there)}]" if there else ""
        return matched, Miss("false event", reason, record["id"], detail, event.type)
    if any(dyad_right(event, golds[i][0], record) for i in matched):
        return matched, None
    gold = golds[matched[0]][0]
    predicted = _dyad(_predicted_side(event.actors), _predicted_side(event.recipients))
    expected = _dyad(_gold_side(record, gold["source"]), _gold_side(record, gold["target"]))
    detail = (
        f"{_describe(event)}: predicted {predicted}, gold {expected}"
        f" (predicted {_named(event.actors)} → {_named(event.recipients)},"
        f" gold {' + '.join(gold['source']) or '-'} → {' + '.join(gold['target']) or '-'})"
        f" in: {event.sentence.text}"
    )
    reason = " and ".join(_sides(event, gold, record))
    return matched, Miss("dyad miss", reason, record["id"], detail, event.type)


def score_events(record: dict, result: ArticleResult) -> tuple[Counter[str], list[Miss]]:
    """Event precision, recall and dyad counts, with false, missed and mis-coded events."""
    golds = [(g, sentence_spans(record["text"], g["sentence"])) for g in record["events"]]
    tally: Counter[str] = Counter(
        predicted_events=len(result.events), gold_events=len(record["events"])
    )
    misses, recalled = [], set()
    for event in result.events:
        matched, miss = _score_predicted(event, golds, record)
        recalled.update(matched)
        tally["matched_events"] += bool(matched)
        tally["right_dyads"] += bool(matched) and miss is None
        misses += [miss] if miss else []
    tally["recalled_events"] = len(recalled)
    for index, (gold, spans) in enumerate(golds):
        if index not in recalled:
            misses.append(_missed_event(gold, spans, result, record["id"]))
    return tally, misses


def _missed_event(gold: dict, spans: Spans, result: ArticleResult, article: str) -> Miss:
    """A gold event nothing matched, with what eventwire did code in its sentence."""
    there = [_describe(e) for e in result.events if inside(e, spans)]
    reason = "another type coded there" if there else "nothing coded in sentence"
    detail = f"{gold['trigger']!r} {gold['type']}/{gold['modality']} in: {gold['sentence']}"
    detail += f" [predicted there: {', '.join(there) or 'nothing'}]"
    return Miss("missed event", reason, article, detail, gold["type"])


def actor_candidates(gold: dict, result: ArticleResult) -> list[Actor]:
    """Predicted actors whose name or one of whose mentions equals the gold name or an alias."""
    names = {_norm(gold["name"]), *(_norm(alias) for alias in gold.get("aliases", []))}
    mentioned = {m.actor_id for m in result.mentions if _norm(m.evidence.text) in names}
    return [a for a in result.actors if _norm(a.name) in names or a.id in mentioned]


def _codes(actor: Actor) -> tuple[str | None, str | None]:
    return (
        actor.country.value if actor.country else None,
        actor.sector.value if actor.sector else None,
    )


def _actor_reason(gold_codes: tuple[str | None, str | None], found: list[Actor]) -> str:
    if not found:
        return "not found"
    if any(_codes(a)[0] == gold_codes[0] for a in found):
        return "wrong sector"
    if all(_codes(a)[0] is None for a in found):
        return "no country"
    return "wrong country"


def score_actors(record: dict, result: ArticleResult) -> tuple[Counter[str], list[Miss]]:
    """Gold actors found with both country and sector right."""
    tally: Counter[str] = Counter(gold_actors=len(record["actors"]))
    misses = []
    for gold in record["actors"]:
        found = actor_candidates(gold, result)
        gold_codes = (gold["country"], gold["sector"])
        if any(_codes(a) == gold_codes for a in found):
            tally["right_actors"] += 1
            continue
        predicted = ", ".join(f"{a.name} {_codes(a)[0]}/{_codes(a)[1]}" for a in found)
        detail = f"{gold['name']} gold {gold_codes[0]}/{gold_codes[1]}; "
        detail += f"predicted {predicted or 'not found'}"
        misses.append(
            Miss("actor code miss", _actor_reason(gold_codes, found), record["id"], detail)
        )
    return tally, misses


def distinct_places(result: ArticleResult) -> list[Place]:
    """One predicted place per surface form and sense, as the gold lists them."""
    seen: dict[tuple, Place] = {}
    for place in result.places:
        seen.setdefault((place.evidence.text, place.country, place.lat, place.lon), place)
    return list(seen.values())


def _distance(place: Place, gold: dict) -> float | None:
    if place.lat is None or place.lon is None or gold.get("lat") is None:
        return None
    return distance_km(place.lat, place.lon, gold["lat"], gold["lon"])


def place_right(place: Place, gold: dict) -> bool:
    """The country is gold's (both null for a region) and the point within 161 km."""
    distance = _distance(place, gold)
    return place.country == gold["country"] and distance is not None and distance <= ACCURATE_KM


def _place_miss(gold: dict, found: list[Place], article: str) -> Miss:
    if not found:
        return Miss("place miss", "not found", article, f"{gold['text']} gold {gold['country']}")
    reason = "far" if any(p.country == gold["country"] for p in found) else "wrong country"
    predicted = ", ".join(
        f"{p.name} {p.country} {d:.0f} km" if (d := _distance(p, gold)) is not None else p.name
        for p in found
    )
    return Miss(
        "place miss", reason, article, f"{gold['text']} gold {gold['country']}: {predicted}"
    )


def score_places(record: dict, result: ArticleResult) -> tuple[Counter[str], list[Miss]]:
    """Gold places found and right; predicted places whose surface form is a gold place's."""
    predicted = distinct_places(result)
    gold_texts = {gold["text"] for gold in record["places"]}
    tally: Counter[str] = Counter(
        gold_places=len(record["places"]), predicted_places=len(predicted)
    )
    misses = []
    for gold in record["places"]:
        found = [p for p in predicted if p.evidence.text == gold["text"]]
        if any(place_right(p, gold) for p in found):
            tally["right_places"] += 1
        else:
            misses.append(_place_miss(gold, found, record["id"]))
    for place in predicted:
        if place.evidence.text in gold_texts:
            tally["matched_places"] += 1
        else:
            detail = f"{place.evidence.text} → {place.name} {place.country}"
            misses.append(Miss("spurious place", place.kind or "place", record["id"], detail))
    return tally, misses


def score_article(record: dict, result: ArticleResult) -> tuple[Counter[str], list[Miss]]:
    """Every measure for one article, and its misses, stage failures first."""
    tally: Counter[str] = Counter()
    misses = [
        Miss("stage error", f"{e.stage} {e.reason}", record["id"], e.message) for e in result.errors
    ]
    for score in (score_events, score_actors, score_places):
        part, found = score(record, result)
        tally.update(part)
        misses += found
    return tally, misses
