"""Reports carried by a message or a light construction: "released a statement saying …",
"told reporters in an interview that …", "made it clear that …", "Her reply was that …", and
stances taken with a phrasal verb ("distanced herself from …")."""

from __future__ import annotations

import pytest

from eventwire.model import Quote
from tests.conftest import run_texts


def quotes(text: str) -> list[tuple[str | None, str]]:
    (result,) = run_texts(text)
    return [(_speaker(q), text[q.content.start : q.content.end]) for q in result.quotes]


def _speaker(quote: Quote) -> str | None:
    return quote.speaker.mention.text if quote.speaker.mention else None


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "On Friday, the premier issued a statement saying the port would reopen in May.",
            "the premier",
            "the port would reopen in May",
        ),
        (
            "The banker hit back in a column stating that the loans had been repaid.",
            "The banker",
            "that the loans had been repaid",
        ),
        (
            "The colonel told reporters in an interview that the convoy would leave at dawn.",
            "The colonel",
            "that the convoy would leave at dawn",
        ),
    ],
)
def test_a_message_speaks_for_who_put_it_out(text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in quotes(text)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The chancellor made it clear that the pension reform would go ahead.",
            "The chancellor",
            "that the pension reform would go ahead",
        ),
        (
            "The envoy's reply was that the border would stay closed.",
            "The envoy",
            "that the border would stay closed",
        ),
    ],
)
def test_a_light_construction_reports_its_clause(text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in quotes(text)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The mayor distanced herself from the stadium deal.", "The mayor", "the stadium deal"),
        ("The union sided with the striking nurses.", "The union", "the striking nurses"),
        ("The senator railed against the new toll.", "The senator", "the new toll"),
    ],
)
def test_a_phrasal_stance_reports_its_object(text: str, speaker: str, content: str) -> None:
    assert quotes(text) == [(speaker, content)]


def test_making_a_deal_reports_nothing() -> None:
    assert quotes("The two firms made a deal on the pipeline last spring.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Her tweets about the housing crisis drew wide attention.", "Her", "the housing crisis"),
        (
            "The bishop sent the villagers a letter about the flooding.",
            "The bishop",
            "the flooding",
        ),
    ],
)
def test_a_message_about_a_topic_reports_on_it(text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in quotes(text)


def test_reading_a_message_about_a_topic_reports_nothing() -> None:
    assert quotes("The pilot read an article about the war in Spain.") == []
