"""A view put forward in words is offered, but no offer of an act.

Campaign news "offers" what a speaker says: "offered voters different approaches", "the vision
Democrats are offering", "offered a defense of the bill", "offered no explanation". Whoever
hears it, such an offer states a view as saying it would; an offer of talks, help, a deal or a
post commits to an act (AGREE). The kinds of things said are `event_words.tsv` offered_view.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import RELATIVE_PRONOUNS, words
from eventwire.events.verb_arguments import patients
from eventwire.parse.deps import NOUN_CLAUSE_DEPS

OFFERED_VIEWS = words("event_words.tsv", "offered_view")  # a vision, approaches, a defense


def offers_a_view(verb: Token) -> bool:
    """Every thing the verb offers is a view put into words ("offered different approaches",
    "a defense of the bill" was offered, "the vision Democrats are offering")."""
    offered = [c for c in patients(verb) if c.lower_ not in RELATIVE_PRONOUNS]  # "the vision that"
    if not offered and verb.dep_ in NOUN_CLAUSE_DEPS:
        offered = [verb.head]  # the noun a relative clause offers ("that", or no object)
    return bool(offered) and all(t.lemma_.lower() in OFFERED_VIEWS for t in offered)
