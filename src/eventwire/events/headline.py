"""Headline verbs the tagger reads as nouns: "Clinton blasts Trump", "Trump rips Joe Scarborough".

Headlines drop articles and use the present tense, so a verb ending in -s between two names is
often tagged as a plural noun or an auxiliary and the sentence is left with no verb at all. A
word between two names, in a sentence with no verb, whose base form is a verb trigger of the
lexicon, is read as that verb done by the first name to the second.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.events.lexicon import Trigger, triggers

NAMES = {"PERSON", "ORG", "GPE", "NORP"}


def _name(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in NAMES


def _verbless(sentence: Span) -> bool:
    """No verb but names mis-tagged as verbs ("Clinton blasts Trump": "Trump" as a verb)."""
    return not any(t.pos_ == "VERB" and t.ent_type_ not in NAMES for t in sentence)


def _between_names(token: Token) -> bool:
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and _name(doc[token.i - 1]) and _name(doc[token.i + 1])


def _done_to_someone(trigger: Trigger) -> bool:
    """A one-word verb row that asks nothing of its object beyond being someone."""
    return (
        trigger.kind == "V"
        and len(trigger.words) == 1
        and not trigger.arguments
        and trigger.required <= {"someone"}
    )


def headline_verb(token: Token) -> tuple[Span, Trigger] | None:
    """The verb trigger a mis-tagged headline word stands for, with its one-word span."""
    if token.pos_ == "VERB" or not token.lower_.endswith("s") or not _between_names(token):
        return None
    if not _verbless(token.sent):
        return None
    rows = triggers().get(token.lower_[:-1], [])
    for trigger in rows:
        if _done_to_someone(trigger):
            return token.doc[token.i : token.i + 1], trigger
    return None
