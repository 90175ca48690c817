"""A headline's second verb after a comma: "EU ministers meet Belarus opposition, press for
Bialiatski's release". Headlines join two acts of one subject with a comma and drop the second
subject; the tagger then reads the second verb as a noun conjoined to what comes before. A word
right after a comma in a headline whose lexicon row is a verb with the particle that follows it
("press for", "call for") is that verb, done by the subject of the headline's first verb.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.events.headline_tense import in_headline
from eventwire.events.lexicon import Trigger, word_rows
from eventwire.parse.nlp import lower_words


def comma_verb(token: Token) -> tuple[Span, Trigger] | None:
    """The two-word verb row a headline word after a comma stands for, with its span."""
    doc = token.doc
    if not 0 < token.i < len(doc) - 1 or lower_words(doc)[token.i - 1] != ",":
        return None
    rows = [t for t in word_rows(token.lower_) if _particle_row(t, doc[token.i + 1])]
    return (doc[token.i : token.i + 2], rows[0]) if rows and in_headline(token) else None


def comma_verb_subjects(head: Token) -> list[Token]:
    """The subjects of the headline's first verb, who do the act after the comma too."""
    root = head.sent.root
    if root.pos_ != "VERB" or head.i <= root.i or head.doc[head.i - 1].text != ",":
        return []
    return [c for c in root.children if c.dep_ == "nsubj"]


def _particle_row(trigger: Trigger, after: Token) -> bool:
    return (
        trigger.kind == "V"
        and len(trigger.words) == 2
        and not trigger.arguments
        and after.lower_ == trigger.words[1]
    )
