"""An embedded post's markup (`<tweet ...>...</tweet>`) is cut off the words it touches, so the
post's first and last sentences keep their subject, verb and object, and every offset still
points into the text as written."""

from __future__ import annotations

from eventwire.parse.recase import parse_texts

from .conftest import run_texts

POST = (
    "The governor answered within the hour.\n\n"
    '<tweet id="101" author="@GovExample" datetime="2016-04-02">Our hearts go out to the '
    "families. The violence in our streets must end.</tweet>.\n\n"
    "Aides declined to say more."
)
SHORT_CLOSE = (
    "A voter wrote:\n\n"
    '<tweet tweet-author="@someone" tweet-date="April 2, 2016">Senators must pass the budget'
    "<tweet/>.\n\nNo senator answered."
)


def test_the_closing_mark_is_no_part_of_the_last_word() -> None:
    (doc,) = parse_texts([POST])
    words = [token.text for token in doc]
    assert "end" in words and "</tweet>" in words
    assert not any("tweet" in w and w not in {"<tweet", "</tweet>"} for w in words if "<" in w)


def test_the_tag_is_no_part_of_the_first_word() -> None:
    (doc,) = parse_texts([SHORT_CLOSE])
    words = [token.text for token in doc]
    assert "Senators" in words and "budget" in words and "<tweet/>" in words


def test_a_post_sentence_stands_apart_from_its_markup() -> None:
    (doc,) = parse_texts([POST])
    sentences = [s.text.strip() for s in doc.sents]
    assert "The violence in our streets must end." in sentences
    assert "Our hearts go out to the families." in sentences


def test_offsets_point_into_the_text_as_written() -> None:
    (doc,) = parse_texts([POST, SHORT_CLOSE][:1])
    assert all(POST[t.idx : t.idx + len(t)] == t.text for t in doc)


def test_the_posts_last_sentence_codes_its_event() -> None:
    (result,) = run_texts(SHORT_CLOSE, date="2016-04-02")
    event = next(e for e in result.events if e.trigger.text == "pass")
    assert "<" not in event.sentence.text
    assert SHORT_CLOSE[event.trigger.start : event.trigger.end] == "pass"
