"""Headline verbs of a plural subject that the tagger reads as nouns: "Kenyan police fire tear
gas as ...", "Police detain students outside ...". A plural or collective subject takes the bare
verb, which the tagger glues to the object as a compound ("fire tear gas": one noun). `headline`
reads only -s verbs; this reads a bare verb by its place, right after the headline's opening
noun phrase with no verb before it, and by the lexicon: a verb row whose object words include
the noun the word is glued to.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.events.headline_tense import in_headline
from eventwire.events.lexicon import Trigger, is_agent, word_rows
from eventwire.parse.deps import PREMODIFIER_DEPS
from eventwire.parse.forms import word_and_lemma
from eventwire.parse.tags import NOUN_POS, VERB_POS

SUBJECT_POS = NOUN_POS
GLUED = PREMODIFIER_DEPS  # "fire tear gas", "detain students": the verb read as a modifier


def plural_headline_verb(token: Token) -> tuple[Span, Trigger] | None:
    """The verb row a headline's bare word stands for, with the span up to its object."""
    if token.dep_ not in GLUED or token.i == 0 or token.doc[token.i - 1].pos_ not in SUBJECT_POS:
        return None
    rows = word_rows(token.lower_, "V", single=True)
    if not rows or not in_headline(token) or _verb_before(token):
        return None
    glued = token.head
    for row in rows:
        if _takes(row, glued):
            end = glued.i if row.arguments else token.i  # "detain students": the object stays one
            return token.doc[token.i : end + 1], row
    return None


def _takes(row: Trigger, glued: Token) -> bool:
    """The row fits the noun the word is glued to: one of its object words, or, for a row that
    asks for no object word ("detain"), someone it can be done to ("Police detain students")."""
    objects = word_and_lemma(glued)
    if not row.arguments:  # "attack army base": a base, not the army
        return row.required <= {"someone"} and glued.dep_ != "compound" and is_agent(glued)
    return bool(objects & row.arguments) and not objects & row.excluded


def _verb_before(token: Token) -> bool:
    """A verb before the word: it is then no headline's main verb."""
    return any(t.pos_ in VERB_POS for t in token.sent if t.i < token.i)
