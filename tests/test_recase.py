"""Title Case headlines are parsed as the sentences they are, and the text stays as given."""

from __future__ import annotations

import pytest

from eventwire.model import ArticleResult
from eventwire.parse import recase
from eventwire.parse.nlp import load_nlp
from eventwire.parse.paragraphs import start_paragraphs
from eventwire.parse.recase import parse_texts, recased_copy

from .conftest import evidences, run_texts

BODY = (
    "\n\nWASHINGTON (AP) — President Barack Obama said on Tuesday that he would veto a bill "
    "the Senate passed, which would impose new sanctions on Iran. The White House called "
    "the measure a threat to the talks."
)
TITLE_CASE = "Obama Vows To Veto Senate Bill On Iran Sanctions"
SENTENCE_CASE = "Obama vows to veto Senate bill on Iran sanctions"


def _headline(result: ArticleResult) -> tuple[list[tuple], set[str]]:
    """The headline's events (type, trigger offsets, participants) and the actor names."""
    end = len(TITLE_CASE)
    events = [
        (
            event.type,
            event.trigger.start,
            event.modality,
            sorted(p.name for p in event.actors),
            sorted(p.name for p in event.recipients),
        )
        for event in result.events
        if event.trigger.start < end
    ]
    return events, {actor.name for actor in result.actors}


def test_title_case_headline_codes_like_its_sentence_case_form() -> None:
    title, sentence = run_texts(TITLE_CASE + BODY, SENTENCE_CASE + BODY)
    events, actors = _headline(title)
    assert events, "the headline's veto pledge is an event"
    assert (events, actors) == _headline(sentence)
    assert "Bill" not in actors  # not read as a name any more


def test_output_text_and_offsets_are_the_input() -> None:
    text = TITLE_CASE + BODY
    (result,) = run_texts(text)
    assert result.article.text == text
    found = evidences(result)
    assert any(e.text == "Vows" for e in found)
    for evidence in found:
        assert text[evidence.start : evidence.end] == evidence.text


def test_parsed_doc_keeps_the_original_words() -> None:
    (doc,) = parse_texts([TITLE_CASE + BODY])
    assert doc.text == TITLE_CASE + BODY
    vows = doc[1]
    assert (vows.text, vows.pos_, vows.lemma_) == ("Vows", "VERB", "vow")


def test_a_headline_ending_in_a_quote_mark_is_its_own_sentence() -> None:
    headline = "Clinton Camp Declines To Debate Sanders “Anytime, Anywhere.”"
    text = headline + "\n\nVideo Transcript:\n\nThe campaign said it would not debate."
    (doc,) = parse_texts([text])
    assert next(iter(doc.sents)).text.strip() == headline


@pytest.mark.parametrize(
    ("text", "recased"),
    [
        # the body writes "bill" and "sanctions" in lower case, "Senate" capitalised
        (TITLE_CASE + BODY, SENTENCE_CASE + BODY),
        # body silent: closed-class and English words lowered, known names and months kept
        (
            "Merkel Meets Putin In Moscow On Ukraine Ceasefire Talks In August\n\nIt was brief.",
            "Merkel meets Putin in Moscow on Ukraine Ceasefire talks in August\n\nIt was brief.",
        ),
        # a known first name and the word after it are a name, even when it is a word; a known
        # firm ("Twitter") keeps its capital
        (
            "Follow John Nolte On Twitter Tonight\n\nHe writes daily.",
            "Follow John Nolte on Twitter tonight\n\nHe writes daily.",
        ),
        # a word in capitals for emphasis is lowered, unless the body writes it so too
        (
            "Governor Launches EPIC Warning To Obama\n\nHe spoke.",
            "Governor launches epic warning to Obama\n\nHe spoke.",
        ),
        (
            "BUSTED: Senate Backs EPIC Privacy Bill\n\nThe group EPIC sued.",
            "Busted: Senate backs EPIC privacy bill\n\nThe group EPIC sued.",
        ),
        # a place is no first name: the word after it is not a surname
        (
            "Why Does Israel Refuse To Recognize A Genocide\n\nNo answer came.",
            "Why does Israel refuse to recognize a genocide\n\nNo answer came.",
        ),
    ],
)
def test_common_words_of_title_case_lines_are_lowered(text: str, recased: str) -> None:
    copy = recased_copy(load_nlp().make_doc(text))
    assert copy is not None
    assert copy.text == recased


@pytest.mark.parametrize(
    "text",
    [
        # a body sentence full of names still has a lower-case verb
        "Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov met in Geneva.",
        # a name alone is no headline
        "Barack Obama\n\nThe president spoke.",
        # an all-capitals line is left to the model
        "OBAMA VOWS VETO OF IRAN BILL\n\nThe president spoke.",
    ],
)
def test_lines_that_are_not_title_case_are_parsed_as_written(text: str) -> None:
    assert recased_copy(load_nlp().make_doc(text)) is None


def _broken(*_: object) -> None:
    raise ValueError("a recasing bug")


@pytest.mark.parametrize("step", ["recased_copy", "with_parse"])
def test_a_failing_recase_falls_back_to_the_plain_parse(
    step: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = TITLE_CASE + BODY
    (plain,) = load_nlp().pipe([start_paragraphs(load_nlp().make_doc(text))])
    monkeypatch.setattr(recase, step, _broken)
    doc, other = parse_texts([text, "The batch goes on."])
    assert (doc.text, other.text) == (text, "The batch goes on.")
    assert [(t.pos_, t.dep_, t.head.i) for t in doc] == [(t.pos_, t.dep_, t.head.i) for t in plain]
