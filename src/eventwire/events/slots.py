"""The time and place slots of an event, filled from the article's times and places.

The events stage calls these with the sentence an event was found in. An event takes the time
expression written in its sentence, else the article date (flagged `defaulted`); and the place
its own clause names (else the nearest in its sentence), else the dateline's place (flagged
`defaulted`), else none. Never the article's first or most named place: a state named once in
passing is no more where an event happened than any other.
"""

from __future__ import annotations

import re

from eventwire.model import (
    Article,
    EventPlace,
    EventTime,
    Evidence,
    Place,
    TimeExpression,
    TimeType,
)

UNDATED = (TimeType.VAGUE, TimeType.DURATION, TimeType.SET)
# At equal distance, a named place beats a region or border phrase.
PREFERRED_KINDS = ("toponym", "region", "border")


def _inside(evidence: Evidence, span: Evidence) -> bool:
    return span.start <= evidence.start and evidence.end <= span.end


def _nested(place: Place, other: Place) -> bool:
    return place.evidence != other.evidence and _inside(place.evidence, other.evidence)


def _distance(evidence: Evidence, point: int) -> int:
    if evidence.start <= point < evidence.end:
        return 0
    return min(abs(evidence.start - point), abs(evidence.end - point))


def _coarse(time: TimeExpression) -> bool:
    """A bare year ("Union Resolve 2022") says less than a day or a range in the same sentence."""
    return time.granularity == "year" or (time.value is not None and len(time.value) == 4)


def _time_slot(time: TimeExpression) -> EventTime:
    return EventTime(
        time_id=time.id,
        value=time.value or time.timex3,
        start=time.start,
        end=time.end,
        evidence=time.evidence,
    )


def event_time(
    sentence: Evidence,
    article: Article | None,
    times: list[TimeExpression],
    trigger: int | None = None,
) -> EventTime:
    """The dated expression in the sentence nearest the trigger offset (default: the sentence
    start), a vague one only when none is dated; else the article date, flagged as defaulted."""
    return SentenceSlots(article, times, []).time(sentence, trigger)


def _time_in(
    inside: list[TimeExpression], sentence: Evidence, article: Article | None, trigger: int | None
) -> EventTime:
    """`event_time` given the sentence's own time expressions."""
    point = sentence.start if trigger is None else trigger
    if inside:
        best = min(
            inside, key=lambda t: (t.type in UNDATED, _coarse(t), _distance(t.evidence, point))
        )
        return _time_slot(best)
    date = article.date if article else None
    if date is None:
        return EventTime(defaulted=True)
    return EventTime(value=date.value, defaulted=True, evidence=date.evidence)


LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|inside|across|into|to|throughout|on|over)\s+(?:the\s+)?$", re.I
)


def _locative(place: Place, text: str) -> bool:
    """A place is where an event happens when it is a region/border phrase or follows a
    locative preposition ("in Minsk", "to Belarus"); "Ukraine's actions" names an actor."""
    if place.kind in {"region", "border"}:
        return True
    return bool(LOCATIVE.search(text[max(0, place.evidence.start - 20) : place.evidence.start]))


def _place_slot(place: Place, why: str, defaulted: bool = False) -> EventPlace:
    return EventPlace(
        place_id=place.id,
        name=place.name,
        country=place.country,
        lat=place.lat,
        lon=place.lon,
        defaulted=defaulted,
        why=why,
        evidence=place.evidence,
    )


def _dateline_place(article: Article | None, places: list[Place]) -> Place | None:
    """The dateline's place, when it was geocoded."""
    dateline = article.dateline_place.evidence if article and article.dateline_place else None
    return next((p for p in places if dateline is not None and p.evidence == dateline), None)


NO_PLACE = "no place in the sentence and no dateline"


def event_place(
    sentence: Evidence,
    article: Article | None,
    places: list[Place],
    trigger: int | None = None,
) -> EventPlace:
    """The place in the sentence nearest the trigger offset (default: the sentence start),
    else the dateline's place, flagged as defaulted, else none."""
    return SentenceSlots(article, [], places).place(sentence, trigger)


def _places_in(sentence: Evidence, article: Article | None, places: list[Place]) -> list[Place]:
    """The sentence's places where an event may happen, the widest of nested ones ("the south
    of Belarus" says more than the "Belarus" inside it)."""
    text = article.text if article else ""
    inside = [p for p in places if _inside(p.evidence, sentence) and _locative(p, text)]
    return [p for p in inside if not any(_nested(p, q) for q in inside)]


def _place_in(
    inside: list[Place], sentence: Evidence, dateline: Place | None, trigger: int | None
) -> EventPlace:
    """`event_place` given the sentence's places and the dateline's."""
    point = sentence.start if trigger is None else trigger
    if inside:
        best = min(
            inside,
            key=lambda p: (
                _distance(p.evidence, point),
                PREFERRED_KINDS.index(p.kind or "toponym"),
            ),
        )
        return _place_slot(best, "sentence")
    if dateline is not None:
        return _place_slot(dateline, "dateline", defaulted=True)
    return EventPlace(defaulted=True, why=NO_PLACE)


class SentenceSlots:
    """An article's time and place slots, its times and places sorted into a sentence once:
    the events stage asks for both for every trigger it reads (some 2,000 an article), and
    most triggers share their sentence with others."""

    def __init__(
        self, article: Article | None, times: list[TimeExpression], places: list[Place]
    ) -> None:
        self.article, self.times, self.places = article, times, places
        self.dateline = _dateline_place(article, places)
        self._times: dict[tuple[int, int], list[TimeExpression]] = {}
        self._places: dict[tuple[int, int], list[Place]] = {}

    def time(self, sentence: Evidence, trigger: int | None = None) -> EventTime:
        """`event_time`."""
        key = (sentence.start, sentence.end)
        if key not in self._times:
            self._times[key] = [t for t in self.times if _inside(t.evidence, sentence)]
        return _time_in(self._times[key], sentence, self.article, trigger)

    def place(self, sentence: Evidence, trigger: int | None = None) -> EventPlace:
        """`event_place`."""
        key = (sentence.start, sentence.end)
        if key not in self._places:
            self._places[key] = _places_in(sentence, self.article, self.places)
        return _place_in(self._places[key], sentence, self.dateline, trigger)
