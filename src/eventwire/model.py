"""The typed record model shared by every stage, the store, the API and the exports.

Every extracted value carries `Evidence`: character offsets into `Article.text` plus the covered
text, so a reader can always point at what supports a field. This module imports nothing of the
package (it is the foundation floor).
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"


def clean_name(name: str) -> str:
    """A name as people compare it: NFC, without invisible format characters (zero-width
    spaces and joiners, bidi controls, soft hyphens: Unicode category Cf), spaces collapsed.
    Evidence keeps the text as written, so its offsets still index the article."""
    visible = "".join(char for char in name if unicodedata.category(char) != "Cf")
    return " ".join(unicodedata.normalize("NFC", visible).split())


Name = Annotated[str, AfterValidator(clean_name)]


class Record(BaseModel):
    """Base of all records: strict about unknown fields so the JSON contract stays stable."""

    model_config = ConfigDict(extra="forbid")


class Evidence(Record):
    """A span of the article text; `text == article.text[start:end]` always holds."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Evidence:
        """Build evidence from offsets, copying the covered text so the invariant holds.
        Plain non-negative int offsets, as the stages give (over 20,000 in a hundred
        articles), need no validation; anything else is validated as before."""
        if type(start) is int and type(end) is int and start >= 0 and end >= 0:
            return cls.model_construct(start=start, end=end, text=text[start:end])
        return cls(start=start, end=end, text=text[start:end])


class Attribute(Record):
    """A metadata value with where it came from (`method`) and the text that supports it.

    `evidence` is null only when the value was supplied by the caller or the container
    (JSONL field, HTML meta tag, WARC header) rather than read from the article text.
    """

    value: str
    method: str
    evidence: Evidence | None = None


class DateMethod(StrEnum):
    """How the publication date was obtained; recorded because a wrong year skews everything."""

    SUPPLIED = "supplied"
    DATELINE = "dateline"
    DATELINE_WEEKDAY = "dateline+weekday"
    DATELINE_WEEKDAY_TEXT_YEAR = "dateline+weekday+text_year"
    DATELINE_TEXT_YEAR = "dateline+text_year"
    DATELINE_SUPPLIED_YEAR = "dateline+supplied_year"
    TEXT = "text"


class Article(Record):
    """One news article and its metadata; `id` is a hash of the text, stable across runs."""

    id: str
    source: str | None = None
    url: str | None = None
    headline: Attribute | None = None
    subhead: Attribute | None = None
    section: Attribute | None = None
    agency: Attribute | None = None
    dateline_place: Attribute | None = None
    dateline_region: Attribute | None = None  # "PORTLAND, Maine —": the state or country after it
    date: Attribute | None = None
    language: str | None = None
    text: str


class ActorType(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"
    GROUP = "group"


LED_BY = "leader"  # `Code.method` of a force's country read from the state that leads it


class Code(Record):
    """A coded value (country ISO3, sector, role) and the words that decided it.

    `method` says where a value not read from the words themselves came from: "known actors"
    (eventwire's table or the user's dictionaries, for the name at `evidence`), or "dateline",
    "outlet" or "article" (an unqualified national institution takes the home country of the
    article: its dateline, its outlet, else the country most of its actors belong to), or
    "leader" (`LED_BY`: a force's country is the state named as leading it, "Saudi-led forces"),
    or "legal form" (a firm's country from the legal form its name ends with, "Dresdner Bank AG").
    """

    value: str
    evidence: Evidence | None = None
    method: str | None = None


# `Code.method`s of a country the article's home gave (its dateline, outlet or actors), not the
# actor's own words: a default that a country the text names for the actor overrides.
HOME_METHODS = frozenset({"dateline", "outlet", "article"})
# ... and of any frame default: also `actors.lone_country`'s and `actors.story_setting`'s methods.
FRAME_METHODS = HOME_METHODS | {"lone country", "setting"}


class Actor(Record):
    """A person, organisation, country or group, resolved across all its mentions."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)  # resolution renames

    id: str
    name: Name
    type: ActorType
    country: Code | None = None
    sector: Code | None = None
    role: Code | None = None
    mention_ids: list[str] = Field(default_factory=list)

    @property
    def country_code(self) -> str | None:
        """The country's ISO3 value or None: what the rules compare, without the evidence."""
        return self.country.value if self.country else None

    @property
    def sector_code(self) -> str | None:
        """The sector's value or None: what the rules compare, without the evidence."""
        return self.sector.value if self.sector else None


class MentionKind(StrEnum):
    NAME = "name"
    SURNAME = "surname"
    TITLE = "title"
    PRONOUN = "pronoun"
    DEMONYM = "demonym"
    ACRONYM = "acronym"


class Mention(Record):
    """One place in the text that refers to an actor."""

    id: str
    actor_id: str
    kind: MentionKind
    evidence: Evidence


class QuoteKind(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class Speaker(Record):
    mention: Evidence | None = None
    actor_id: str | None = None
    name: Name | None = None


class Source(Record):
    """One link of a source chain: the article's agency, an outlet it cites, the speaker."""

    name: Name
    actor_id: str | None = None
    evidence: Evidence | None = None


class Quote(Record):
    id: str
    kind: QuoteKind
    content: Evidence
    cue: Evidence | None = None
    speaker: Speaker = Field(default_factory=Speaker)
    chain: list[Source] = Field(default_factory=list)


class TimeType(StrEnum):
    DATE = "date"
    RANGE = "range"
    DURATION = "duration"
    SET = "set"
    VAGUE = "vague"


class TimeExpression(Record):
    id: str
    evidence: Evidence
    type: TimeType
    value: str | None = None
    start: str | None = None
    end: str | None = None
    granularity: str | None = None
    anchor: str | None = None
    timex3: str | None = None


class Place(Record):
    id: str
    evidence: Evidence
    name: Name
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    feature: str | None = None
    geonameid: int | None = None
    kind: str | None = None


class Modality(StrEnum):
    OCCURRED = "occurred"
    ONGOING = "ongoing"
    PLANNED = "planned"
    CLAIMED = "claimed"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"


class Participant(Record):
    actor_id: str | None = None
    name: Name
    country: str | None = None
    sector: str | None = None
    mention: Evidence

    def covers(self, offset: int) -> bool:
        """The character offset (a token's `idx`) lies inside this participant's mention: how
        rules ask whether a word of the parse is the one a side was read from."""
        return self.mention.start <= offset < self.mention.end


class EventTime(Record):
    """The event's time: a TimeExpression, or the dateline date with `defaulted` set."""

    time_id: str | None = None
    value: str | None = None
    start: str | None = None
    end: str | None = None
    defaulted: bool = False
    evidence: Evidence | None = None


class EventPlace(Record):
    """The event's place: a Place its sentence names, or the dateline place with `defaulted`
    set, or none (`defaulted` set, all else empty); `why` says which."""

    place_id: str | None = None
    name: Name | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    defaulted: bool = False
    why: str | None = None  # sentence | dateline | no place in the sentence and no dateline
    evidence: Evidence | None = None


class Event(Record):
    id: str
    type: str
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    cameo: str | None = None
    modality: Modality
    modality_cue: Evidence | None = None
    trigger: Evidence
    actors: list[Participant] = Field(default_factory=list)
    recipients: list[Participant] = Field(default_factory=list)
    time: EventTime | None = None
    place: EventPlace | None = None
    quote_id: str | None = None
    sentence: Evidence
    group_id: str | None = None
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    confidence_features: list[str] = Field(default_factory=list)


class ErrorReason(StrEnum):
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    BINARY = "binary"
    UNDECODABLE = "undecodable"
    TOO_LONG = "too_long"
    NOT_ENGLISH = "not_english"
    INVALID_INPUT = "invalid_input"
    STAGE_FAILED = "stage_failed"
    TIMEOUT = "timeout"


class ProcessingError(Record):
    """A recorded failure: the batch goes on and the reason stays with the document."""

    stage: str
    reason: ErrorReason
    message: str
    source: str | None = None


class ArticleResult(Record):
    """The JSON contract: one object per input document, in input order."""

    id: str
    article: Article | None = None
    actors: list[Actor] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    errors: list[ProcessingError] = Field(default_factory=list)
