"""Wire copy's typewriter quotation marks (``…'') are parsed as quotation marks."""

from __future__ import annotations

from eventwire.parse.nlp import load_nlp
from eventwire.parse.recase import parse_texts
from tests.conftest import run_texts

TEXT = "The mayor called the latest verdict ``shameful.'' ``We will appeal,'' the mayor said."


def test_the_opening_backticks_are_one_token() -> None:
    words = [token.text for token in load_nlp().make_doc(TEXT)]
    assert words.count("``") == 2 and "`" not in words


def test_the_words_around_typewriter_marks_parse_as_around_plain_ones() -> None:
    (typewriter,) = parse_texts([TEXT])
    (plain,) = parse_texts([TEXT.replace("``", '"')])
    assert typewriter.text == TEXT  # the stages still see the text as written
    cut = [t for t in typewriter if t.text != "``"]
    kept = [t for t in plain if t.text != '"']
    assert [(t.text, t.tag_, t.dep_) for t in cut] == [(t.text, t.tag_, t.dep_) for t in kept]


def test_a_typewriter_quote_is_read_as_a_quote_with_its_speaker() -> None:
    text = "``We will appeal the verdict,'' said Ana Lopez, the mayor."
    (result,) = run_texts(text)
    assert [(q.content.text, q.speaker.name) for q in result.quotes] == [
        ("We will appeal the verdict,", "Ana Lopez")
    ]
