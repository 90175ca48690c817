"""Hand-built ArticleResults with every record kind, for store, API, export and page tests.

They do not come from the pipeline, so these tests hold whatever the extractors produce.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from eventwire.model import (
    Actor,
    ActorType,
    Article,
    ArticleResult,
    Attribute,
    Code,
    Event,
    EventPlace,
    EventTime,
    Evidence,
    Mention,
    MentionKind,
    Modality,
    Participant,
    Place,
    Quote,
    QuoteKind,
    Source,
    Speaker,
    TimeExpression,
    TimeType,
)
from eventwire.store import Store

DRILLS = (
    "Belarus-Russia drills begin near Brest\n\n"
    "MINSK, February 3. /TASS/. Russian troops began joint military drills with Belarus near "
    "Brest on Thursday, Russian Defense Minister Sergey Shoigu said after talks in Minsk. "
    '"The exercise is purely defensive and threatens nobody," Shoigu told reporters. '
    "The drills will involve aircraft, air defence units and armoured brigades drawn from "
    "several military districts, and they are planned to last ten days, the ministry said. "
    "Observers from neighbouring countries were invited to watch the final stage of the "
    "exercise, which will take place at training grounds in the Brest and Gomel regions. "
    "<script>window.__pwned = true</script> <b>not bold</b>"
)
BELTA = (
    "Shoigu: exercise threatens nobody\n\n"
    "BREST, 3 February (BelTA) - Russian troops began joint military drills with Belarus near "
    "Brest on Thursday, according to Russian Defense Minister Sergey Shoigu. "
    '"The exercise is purely defensive and threatens nobody," Shoigu told a briefing in Minsk. '
    "Local residents were told to expect heavy traffic on regional roads in the coming week."
)
PROTEST = (
    "Farmers rally in Paris\n\n"
    "PARIS, March 10. /AFP/. Thousands of French farmers protested against fuel prices in "
    "Paris on Friday, blocking roads around the city with tractors. Police said the rally "
    "was peaceful. Union leaders demanded talks with the agriculture ministry next week."
)


def span(text: str, fragment: str) -> Evidence:
    start = text.index(fragment)
    return Evidence.of(text, start, start + len(fragment))


def _attribute(text: str, value: str, fragment: str | None, method: str) -> Attribute:
    return Attribute(
        value=value, method=method, evidence=span(text, fragment) if fragment else None
    )


def drills(
    input_id: str, text: str = DRILLS, date: str = "2022-02-03", agency: str = "TASS"
) -> ArticleResult:
    """A drills story: actors, mentions, a quote, an event, a time and a place."""
    article = Article(
        id=hashlib.sha256(text.encode()).hexdigest()[:16],
        source=f"{input_id}.example",
        url=f"https://{input_id}.example/story",
        headline=_attribute(text, text.split("\n")[0], text.split("\n")[0], "first_line"),
        agency=_attribute(text, agency, agency, "dateline"),
        date=_attribute(text, date, None, "supplied"),
        language="en",
        text=text,
    )
    russia = Actor(
        id="a1",
        name="Russian troops",
        type=ActorType.GROUP,
        country=Code(value="RUS", evidence=span(text, "Russian troops")),
        sector=Code(value="MIL"),
        mention_ids=["m1"],
    )
    belarus = Actor(
        id="a2",
        name="Belarus",
        type=ActorType.COUNTRY,
        country=Code(value="BLR"),
        mention_ids=["m2"],
    )
    shoigu = Actor(
        id="a3",
        name="Sergey Shoigu",
        type=ActorType.PERSON,
        country=Code(value="RUS"),
        sector=Code(value="MIL"),
        role=Code(value="defense minister", evidence=span(text, "Defense Minister")),
        mention_ids=["m3", "m4"],
    )
    mentions = [
        Mention(
            id="m1", actor_id="a1", kind=MentionKind.NAME, evidence=span(text, "Russian troops")
        ),
        Mention(
            id="m2", actor_id="a2", kind=MentionKind.NAME, evidence=_after(text, "with ", "Belarus")
        ),
        Mention(
            id="m3", actor_id="a3", kind=MentionKind.NAME, evidence=span(text, "Sergey Shoigu")
        ),
        Mention(id="m4", actor_id="a3", kind=MentionKind.SURNAME, evidence=_last(text, "Shoigu")),
    ]
    quote = Quote(
        id="q1",
        kind=QuoteKind.DIRECT,
        content=span(text, "The exercise is purely defensive and threatens nobody,"),
        cue=span(text, "told"),
        speaker=Speaker(mention=mentions[3].evidence, actor_id="a3", name="Sergey Shoigu"),
        chain=[Source(name="TASS"), Source(name="Sergey Shoigu", actor_id="a3")],
    )
    when = TimeExpression(
        id="t1", evidence=span(text, "on Thursday"), type=TimeType.DATE, value=date
    )
    brest = Place(
        id="p1",
        evidence=_within(text, "Brest on Thursday", "Brest"),
        name="Brest",
        lat=52.1,
        lon=23.7,
        country="BLR",
        feature="PPLA",
        geonameid=629634,
    )
    event = Event(
        id="e1",
        type="MOBILIZE",
        mode="military exercise",
        cameo="152",
        modality=Modality.OCCURRED,
        trigger=span(text, "began joint military drills"),
        actors=[
            Participant(
                actor_id="a1",
                name="Russian troops",
                country="RUS",
                sector="MIL",
                mention=mentions[0].evidence,
            )
        ],
        recipients=[
            Participant(actor_id="a2", name="Belarus", country="BLR", mention=mentions[1].evidence)
        ],
        time=EventTime(time_id="t1", value=date, evidence=when.evidence),
        place=EventPlace(
            place_id="p1", name="Brest", country="BLR", lat=52.1, lon=23.7, evidence=brest.evidence
        ),
        sentence=_sentence(text, "began joint military drills"),
    )
    return ArticleResult(
        id=input_id,
        article=article,
        actors=[russia, belarus, shoigu],
        mentions=mentions,
        quotes=[quote],
        events=[event],
        times=[when],
        places=[brest],
    )


def _after(text: str, before: str, word: str) -> Evidence:
    """`word` where it first follows `before`."""
    start = text.index(before + word) + len(before)
    return Evidence.of(text, start, start + len(word))


def _within(text: str, context: str, word: str) -> Evidence:
    start = text.index(context) + context.index(word)
    return Evidence.of(text, start, start + len(word))


def _last(text: str, word: str) -> Evidence:
    start = text.rindex(word)
    return Evidence.of(text, start, start + len(word))


def _sentence(text: str, fragment: str) -> Evidence:
    """The sentence around `fragment` (sentences end with a full stop and a space)."""
    at = text.index(fragment)
    start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1)
    return Evidence.of(text, start, text.index(". ", at) + 1)


def protest(input_id: str = "afp") -> ArticleResult:
    """An unrelated story with one PROTEST event in France."""
    text = PROTEST
    farmers = Actor(
        id="a1",
        name="French farmers",
        type=ActorType.GROUP,
        country=Code(value="FRA"),
        sector=Code(value="AGR"),
        mention_ids=["m1"],
    )
    mention = Mention(
        id="m1", actor_id="a1", kind=MentionKind.NAME, evidence=span(text, "French farmers")
    )
    event = Event(
        id="e1",
        type="PROTEST",
        cameo="141",
        modality=Modality.OCCURRED,
        trigger=span(text, "protested"),
        actors=[
            Participant(
                actor_id="a1",
                name="French farmers",
                country="FRA",
                sector="AGR",
                mention=mention.evidence,
            )
        ],
        place=EventPlace(name="Paris", country="FRA", lat=48.85, lon=2.35),
        sentence=span(text, "Thousands of French farmers protested against fuel prices"),
    )
    return ArticleResult(
        id=input_id,
        article=Article(
            id=hashlib.sha256(text.encode()).hexdigest()[:16],
            text=text,
            language="en",
            source="afp.example",
            date=Attribute(value="2023-03-10", method="supplied"),
        ),
        actors=[farmers],
        mentions=[mention],
        events=[event],
    )


def edited(text: str, n: int) -> str:
    """A lightly edited copy, as another site would republish the wire story."""
    edits = [
        ("Belarus-Russia drills begin near Brest", "Russia and Belarus start drills"),
        ("said after talks in Minsk", "said following talks in Minsk"),
        ("ten days", "about ten days"),
    ]
    for old, new in edits[:n]:
        text = text.replace(old, new)
    return text + f"\n\nCopyright site {n}."


def sample_store(path: Path) -> Store:
    """A store with three reports of the drills (two near-duplicates) and a protest."""
    store = Store(str(path))
    for result in [
        drills("tass"),
        drills("site1", edited(DRILLS, 1)),
        drills("belta", BELTA, agency="BelTA"),
        protest(),
    ]:
        store.save(result, "1")
    store.refresh()
    return store
