"""Stances told by an adjective: "Farm groups were critical of the tax", "officials remained
skeptical about the plan", "some senators are concerned that the dam could fail".

An adjective of `stance_adjective` (`lexicons/word_lists.tsv`) as the predicate of its clause
("be", "remain", "grow") reports its subject's view, as "criticized" or "doubted" would: the
subject is the speaker (the relative word in "voters who are wary of the deal"), and the
content is the adjective's clause or the object of its preposition. An adjective without
either ("the critical vote") tells no view of anything.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.lexicons import word_set
from eventwire.parse.deps import COMPLEMENT_DEPS
from eventwire.parse.nlp import tokens
from eventwire.parse.quotemarks import inside
from eventwire.parse.tags import VERB_POS
from eventwire.quotes.cues import Cue, Range
from eventwire.quotes.groups import end_of, particle_object, trim
from eventwire.quotes.speakers import subject_of

PREDICATES = {"acomp"}  # "were critical", "remained skeptical"
CLAUSES = COMPLEMENT_DEPS  # "concerned that …", "hopeful to …"
TOPICS = {"of", "about", "with", "toward", "towards", "over", "on", "to", "at"}


def find_stance_adjectives(doc: Doc, quotes: list[Range]) -> list[Cue]:
    """Every stance adjective outside quotation marks with a subject and a content."""
    cues = []
    for token in tokens(doc):
        if token.dep_ not in PREDICATES or token.lower_ not in word_set("stance_adjective"):
            continue
        if inside(quotes, token.idx):
            continue
        topic = _topic(token)
        content = _clause(token) or (particle_object(topic) if topic else None)
        speaker = subject_of(token.head)
        if content is not None and speaker is not None:
            cues.append(Cue(token, (token.idx, end_of(topic or token)), speaker, content))
    return cues


def _topic(adjective: Token) -> Token | None:
    """The preposition that names what the stance is toward ("critical of")."""
    return next((c for c in adjective.children if c.dep_ == "prep" and c.lower_ in TOPICS), None)


def _clause(adjective: Token) -> Range | None:
    """The that-clause or infinitive after the adjective, under it or under its verb."""
    for child in [*adjective.children, *adjective.head.children]:
        if child.dep_ in CLAUSES and child.pos_ in VERB_POS and child.i > adjective.i:
            return trim(child.doc, child.left_edge.idx, end_of(child.right_edge))
    return None
