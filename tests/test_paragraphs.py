"""No sentence runs across a paragraph break, nor from a headline into its subhead."""

from __future__ import annotations

import pytest

from eventwire.parse.nlp import load_nlp
from eventwire.parse.paragraphs import start_paragraphs
from eventwire.parse.recase import parse_texts


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a headline ending in a quote mark, above a dateline and the lead
        (
            "Clinton rejects Sanders call for debate in Brooklyn “anytime.”\n\nNEW YORK (AP) — "
            "Hillary Clinton’s campaign on Monday rejected a call by Bernie Sanders for a debate.",
            "Clinton rejects Sanders call for debate in Brooklyn “anytime.”",
        ),
        # a headline and its subhead, printed as "headline; subhead"
        (
            "Obama names new envoy to Syria talks; \nThe choice surprised allies in the region."
            "\n\nWASHINGTON — The president named a veteran diplomat on Friday.",
            "Obama names new envoy to Syria talks;",
        ),
    ],
)
def test_a_headline_is_a_sentence_of_its_own(text: str, first: str) -> None:
    (doc,) = parse_texts([text])
    assert next(iter(doc.sents)).text.strip() == first


def test_a_sentence_wrapped_over_two_lines_stays_one() -> None:
    (doc,) = parse_texts(["The minister said the talks would resume\nnext week in Geneva."])
    assert len(list(doc.sents)) == 1


def test_header_lines_and_closed_body_paragraphs_are_set_apart() -> None:
    header = "Politics\n\nTalks end; \nMinister leaves\n\nBy Jane Roe\n\n"
    body = "The talks ended.\n\nThe minister left\n\n“We will win.\n\n“We will,” she said."
    text = header + body
    doc = start_paragraphs(load_nlp().make_doc(text))
    started = [" ".join(text[t.idx :].split()[:2]) for t in doc if t.is_sent_start]
    # the body: "The minister" below a closed paragraph; no start below "left" (no full stop)
    # nor inside the quotation run on over two paragraphs
    assert started == [
        "Politics Talks",
        "Talks end;",
        "Minister leaves",
        "By Jane",
        "The talks",
        "The minister",
    ]


def test_a_paragraph_after_a_closed_quotation_starts_its_own_sentence() -> None:
    text = (
        "The mayor praised the plan.\n\nShe said the council “must not delay it.”\n\n"
        "Her rival, state Sen. Tom Reed, also backed the plan."
    )
    (doc,) = parse_texts([text])
    assert [s.text.strip() for s in doc.sents][-1] == (
        "Her rival, state Sen. Tom Reed, also backed the plan."
    )


@pytest.mark.parametrize(
    "dateline",
    ["QUITO, March 9 (Reuters) -", "QUITO, Ecuador (AP) _", "QUITO, March 9 --"],
)
def test_a_dateline_stays_whole_and_the_lead_starts_after_it(dateline: str) -> None:
    lead = "Ecuador recalled its ambassador from Bogota on Monday."
    (doc,) = parse_texts([f"Border row deepens\n\n{dateline} {lead}"])
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[-2:] == [dateline, lead]
