"""Acts asked about, not told: "How fiercely will she attack?", "Who's demanding that he run?",
"Should she hit him again, or use critiques to knock him off balance?".

A sentence that asks whether, how or who does an act is a question (a story's subhead, a
rhetorical turn), no report that the act happened or was announced; one put with a modal
("should she", "would they") weighs acts to come, so no act under it is told either.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import speaks, words
from eventwire.events.patterns import TriggerMatch
from eventwire.parse.subjects import clause_subjects
from eventwire.parse.tags import MODAL_TAG, PARTICIPLE_TAG, VERB_POS

PRESS_REPLIES = words("event_words.tsv", "press_reply")  # "asked to comment": a question
QUESTION_WORDS = words("event_words.tsv", "question_word")  # which, what, whether, how
APART = {"parataxis"}  # "he said, adding ...?": a clause of its own, not under the question


def asked_about(match: TriggerMatch) -> bool:
    """The trigger is the main verb of a sentence that ends in a question mark."""
    head = match.head
    joined = any(c.dep_ == "conj" and c.pos_ in VERB_POS for c in head.children)
    asked = _question(head) and not joined  # not "he talks, but what is ...?"
    return not match.nominal and head.dep_ == "ROOT" and asked


def deliberated(match: TriggerMatch) -> bool:
    """A verb trigger under the main verb of a question put with a modal before its subject
    ("Should she avoid his supporters and chip away with critiques to knock him?"); a question
    with "did" ("Did the probe find reasons to question her?") may take the act as given."""
    head = match.head
    root = head.sent.root
    if match.nominal or head == root or not _question(head):
        return False
    chain = [head, *head.ancestors]
    if any(t.dep_ in APART for t in chain):
        return False
    modal = next((c for c in root.children if c.dep_ == "aux" and c.tag_ == MODAL_TAG), None)
    subjects = [c.i for c in clause_subjects(root)]
    return modal is not None and bool(subjects) and modal.i < min(subjects)


def _question(token: Token) -> bool:
    """Whether the token's sentence ends in a question mark (read from its end: asked for
    every trigger, it must not walk a long sentence)."""
    last = next((t for t in reversed(token.sent) if not t.is_space and not t.is_quote), None)
    return last is not None and last.text == "?"


def press_question(match: TriggerMatch) -> bool:
    """ "Asked to describe the rifle, the minister said ...", "When asked about the delay,
    she said": "asked" as a participle with no asker of its own, set to the words its subject
    answers with, is a reporter's question, not a request of an act ("Asked by the UN to
    withdraw, Russia refused" names who asked, and stays a request)."""
    head = match.head
    if (
        match.nominal
        or head.lemma_.lower() != "ask"
        or (head.tag_, head.dep_) != (PARTICIPLE_TAG, "advcl")
    ):
        return False
    asker = any(c.dep_ == "agent" for c in head.children)
    asked = [c for c in head.children if c.dep_ == "xcomp"]
    words_asked = all(speaks(a) or a.lemma_.lower() in PRESS_REPLIES for a in asked)  # not "leave"
    return not asker and words_asked and speaks(head.head)


def put_question(match: TriggerMatch) -> bool:
    """ "X was once asked which of her enemies ...", "was asked what he would do": a question
    put to someone by no one named is an interview's or a poll's, no request that they act
    ("was asked to resign" asks an act; "Y asked X whether ..." names who presses)."""
    head = match.head
    if match.nominal or head.lemma_.lower() != "ask" or head.tag_ != PARTICIPLE_TAG:
        return False
    children = list(head.children)
    if not any(c.dep_ == "nsubjpass" for c in children):
        return False
    if any(c.dep_ in {"agent", "xcomp"} for c in children):
        return False
    asked = [c for c in children if c.dep_ in {"dobj", "ccomp"}]
    return any(_opens_with_question_word(c) for c in asked)


def _opens_with_question_word(phrase: Token) -> bool:
    """Whether the asked phrase begins with "which", "what", "how", "whether" and the like."""
    first = phrase.doc[phrase.left_edge.i]
    return first.lower_ in QUESTION_WORDS
