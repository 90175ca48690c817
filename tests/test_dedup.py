"""Near-duplicate grouping and cross-source event merging, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select

from eventwire.model import (
    Article,
    ArticleResult,
    Attribute,
    Event,
    EventPlace,
    Modality,
    Participant,
)
from eventwire.store import Store, browse
from eventwire.store import tables as t
from eventwire.store.days import parse_day, period
from eventwire.store.merge import EventMention, merge, merged_row
from eventwire.store.paging import Filters
from tests.records import BELTA, DRILLS, drills, edited, protest, span


def _wire_corpus() -> list:
    """One TASS story copied by three sites, BelTA's own report of it, and an unrelated story."""
    copies = [drills(f"site{n}", edited(DRILLS, n)) for n in (1, 2, 3)]
    return [drills("tass"), *copies, drills("belta", BELTA, agency="BelTA"), protest()]


def _groups(store: Store) -> list[list[str]]:
    with store.engine.connect() as connection:
        rows = connection.execute(select(t.articles.c.input_id, t.articles.c.group_id)).all()
    by_group: dict[str, list[str]] = {}
    for row in rows:
        by_group.setdefault(row.group_id, []).append(row.input_id)
    return sorted(sorted(members) for members in by_group.values())


def test_copies_of_one_story_form_one_group(store: Store) -> None:
    for result in _wire_corpus():
        store.save(result, "1")
    assert store.refresh()["groups"] == 3
    assert _groups(store) == [["afp"], ["belta"], ["site1", "site2", "site3", "tass"]]


def test_one_event_reported_everywhere_is_merged_with_all_sources(store: Store) -> None:
    corpus = _wire_corpus()
    for result in corpus:
        store.save(result, "1")
    store.refresh()
    with store.engine.connect() as connection:
        merged = browse.merged_events(connection, Filters(type="MOBILIZE"), 10, None).items
    (event,) = [item.model_dump() for item in merged]
    assert event["article_count"] == 5
    assert event["source_count"] == 2  # the copies count once, BelTA once
    sources = {s["article_id"] for s in event["sources"]}
    assert sources == {r.article.id for r in corpus if r.id != "afp"}
    assert all(s["trigger"]["text"] == "began joint military drills" for s in event["sources"])
    assert event["actor_countries"] == ["RUS"] and event["recipient_countries"] == ["BLR"]


def test_ingesting_the_corpus_twice_changes_nothing(store: Store) -> None:
    for _ in range(2):
        for result in _wire_corpus():
            store.save(result, "1")
        summary = store.refresh()
    assert summary == {"groups": 3, "merged_events": 2}
    assert len(_groups(store)) == 3


def _mention(article: str, **changes: object) -> EventMention:
    values: dict = {
        "article_id": article,
        "event_id": "e1",
        "group_id": article,
        "type": "ASSAULT",
        "cameo": "190",
        "actors": frozenset({"RUS"}),
        "recipients": frozenset({"UKR"}),
        "start": date(2022, 3, 1),
        "end": date(2022, 3, 1),
        "place_name": "Kharkiv",
        "place_country": "UKR",
        "lat": 49.99,
        "lon": 36.23,
    }
    return EventMention(**(values | changes))


def test_events_merge_only_when_type_countries_time_and_place_agree() -> None:
    base = _mention("a")
    assert len(merge([base, _mention("b", start=date(2022, 3, 2), end=date(2022, 3, 2))])) == 1
    assert len(merge([base, _mention("b", lat=49.9, lon=36.4)])) == 1  # about 15 km apart
    disagreeing = [
        {"type": "PROTEST"},
        {"actors": frozenset({"BLR"})},
        {"recipients": frozenset({"POL"})},
        {"start": date(2022, 3, 9), "end": date(2022, 3, 9)},
        {"lat": 50.45, "lon": 30.52},  # Kyiv, about 400 km away
    ]
    for changes in disagreeing:
        assert len(merge([base, _mention("b", **changes)])) == 2, changes
    assert len(merge([base, _mention("a", event_id="e2")])) == 2  # same article: two events
    assert len(merge([base, _mention("b", cameo="182")])) == 2  # same type, other CAMEO root
    in_2022 = {"start": date(2022, 1, 1), "end": date(2022, 12, 31)}  # "in 2022": too vague
    assert len(merge([base, _mention("b", **in_2022)])) == 2
    assert len(merge([_mention("a", **in_2022), _mention("b", **in_2022)])) == 2


def test_an_undated_event_never_merges_with_a_dated_one() -> None:
    meeting = _mention("ap", type="CONSULT", cameo="040", recipients=frozenset({"CHN"}))
    visit = _mention(
        "wikinews", type="CONSULT", cameo="042", actors=frozenset({"USA"}),
        recipients=frozenset(), start=None, end=None, place_name=None,
        place_country=None, lat=None, lon=None,
    )  # fmt: skip
    assert len(merge([meeting, visit])) == 2
    assert len(merge([visit, replace(visit, article_id="afp")])) == 2  # undated: never merged


def test_a_vague_mention_does_not_chain_two_events_together() -> None:
    """One report without recipient or place matches both; they stay apart, it joins one."""
    bali = {"type": "CONSULT", "cameo": "040", "actors": frozenset({"USA"})}
    chn = _mention("ap", **bali, recipients=frozenset({"CHN"}), lat=-8.7, lon=115.2)
    idn = _mention("reuters", **bali, recipients=frozenset({"IDN"}), lat=-8.7, lon=115.2)
    vague = _mention("wire", **bali, recipients=frozenset(), lat=None, lon=None, place_country=None)
    clusters = merge([chn, idn, vague])
    assert len(clusters) == 2
    assert not any({"ap", "reuters"} <= {m.article_id for m in c} for c in clusters)


def test_merge_reasons_say_which_parts_of_the_rule_held() -> None:
    base = _mention("a")
    (cluster,) = merge([base, _mention("b", lat=49.9, lon=36.4, end=date(2022, 3, 2))])
    reasons = merged_row(cluster)["reasons"]
    assert reasons == [
        "same type ASSAULT and CAMEO root 19",
        "actor countries agree (RUS)",
        "recipient countries agree (UKR)",
        "times overlap within 1 day (2022-03-01/2022-03-02)",
        "places 16 km apart at most (limit 100 km)",
    ]
    assert merged_row([base])["reasons"] == []


def test_stored_merged_events_show_their_reasons(store: Store) -> None:
    for result in _wire_corpus():
        store.save(result, "1")
    store.refresh()
    with store.engine.connect() as connection:
        merged = browse.merged_events(connection, Filters(), 10, None).items
    by_type = {event.type: event for event in merged}
    assert by_type["PROTEST"].reasons == []
    assert by_type["MOBILIZE"].reasons[0] == "same type MOBILIZE and CAMEO root 15"
    assert "places 0 km apart at most (limit 100 km)" in by_type["MOBILIZE"].reasons


def test_partial_iso_dates_start_on_their_first_day() -> None:
    assert parse_day("2022-02") == date(2022, 2, 1)
    assert parse_day("2022-02-03T10:00") == date(2022, 2, 3)
    assert parse_day("sometime") is None


def test_a_stated_time_covers_its_whole_period() -> None:
    covered = {v: period(v) for v in ("2022", "2024-02", "2022-W05", "2022-02-03T10:00")}
    assert [(p.start, p.end, p.precision) for p in covered.values() if p] == [
        (date(2022, 1, 1), date(2022, 12, 31), "year"),
        (date(2024, 2, 1), date(2024, 2, 29), "month"),
        (date(2022, 1, 31), date(2022, 2, 6), "week"),
        (date(2022, 2, 3), date(2022, 2, 3), "day"),
    ]
    assert period("PRESENT_REF") is None and period("2022-13") is None


PLACES = {"Bali": ("IDN", -8.65, 115.22)}


def _meeting(
    input_id: str, text: str, date: str | None, recipient: tuple[str, str] | None, where: str | None
) -> ArticleResult:
    """A one-event report: Biden meets (CONSULT) a recipient, somewhere, on a date."""
    trigger = next(word for word in ("met", "visited", "held talks") if word in text)
    event = Event(
        id="e1", type="CONSULT", cameo="040", modality=Modality.OCCURRED,
        trigger=span(text, trigger), sentence=span(text, text),
        actors=[Participant(name="Joe Biden", country="USA", mention=span(text, "Biden"))],
        recipients=[Participant(name=recipient[0], country=recipient[1],
                                mention=span(text, recipient[0]))] if recipient else [],
        place=EventPlace(name=where, country=PLACES[where][0], lat=PLACES[where][1],
                         lon=PLACES[where][2]) if where else None,
    )  # fmt: skip
    supplied = Attribute(value=date, method="supplied") if date else None
    article = Article(id=f"{input_id}-article", text=text, date=supplied, language="en")
    return ArticleResult(id=input_id, article=article, events=[event])


def test_an_undated_visit_stays_apart_from_the_bali_meeting(store: Store) -> None:
    """The issue's case: a vague dated report once chained Bali to an undated Wikinews visit."""
    xi = ("Xi Jinping", "CHN")
    reports = [
        _meeting("ap", "Biden met Xi Jinping in Bali on Monday.", "2022-11-14", xi, "Bali"),
        _meeting("reuters", "Biden met Xi Jinping in Bali.", "2022-11-14", xi, "Bali"),
        _meeting("bloomberg", "Biden held talks.", "2022-11-14", None, None),
        _meeting("wikinews", "Biden visited Guadeloupe.", None, ("Guadeloupe", "GLP"), None),
    ]
    for report in reports:
        store.save(report, "1")
    assert store.refresh()["merged_events"] == 2
    with store.engine.connect() as connection:
        merged = browse.merged_events(connection, Filters(), 10, None).items
    bali, visit = sorted(merged, key=lambda m: -m.article_count)
    assert bali.recipient_countries == ["CHN"] and bali.place_name == "Bali"
    assert {s.article_id for s in bali.sources} == {
        "ap-article", "reuters-article", "bloomberg-article",
    }  # fmt: skip
    assert "times overlap within 1 day (2022-11-14)" in bali.reasons
    assert visit.recipient_countries == ["GLP"] and visit.reasons == []
