"""Which words of a speaker phrase name the one who spoke.

A phrase's last mention is usually its head ("Senator X"), but where the head is a noun for
people or a body (`agent_nouns`) owned by the mention ("the governor's office said", "a
spokesman for Mayor X said", "his campaign said") the office or agent spoke, not the owner: the
speaker is the head's own noun phrase, and the owner is a link of the source chain above it.
What an owner says or writes ("Starr's remarks suggested", "her letter says") still speaks
for the owner. A relative word ("X, who said …") stands for the noun its clause hangs on.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from eventwire.lexicons import read_table, word_set
from eventwire.parse.forms import in_words
from eventwire.parse.subjects import SUBJECT_DEPS

Range = tuple[int, int]
OWNER_PREPOSITIONS = {"of", "for"}  # "the campaign of X", "a spokesman for X"
RELATIVE_WORDS = {"who", "that", "which"}
AGENT_LISTS = ("staff_noun", "relation_noun", "organization_head", "private_role_noun")
AGENT_TABLES = ("groups.tsv", "roles.tsv")  # collective nouns with a sector; titles


def owned_head(span: Span, mention: Range) -> Range | None:
    """The phrase of the span's head noun ("The governor's office") where the mention chosen
    inside the span is not that head but its owner; none otherwise."""
    head = span.root
    owner = owner_of(head)
    if owner is None or mention[0] <= head.idx < mention[1]:
        return None
    if not mention[0] <= owner.idx < mention[1]:
        return None
    return head.left_edge.idx, head.idx + len(head)


def owner_of(head: Token) -> Token | None:
    """The owner of a common noun: "X's head", "head of X", "head for X"."""
    if head.pos_ != "NOUN" or not in_words(head, agent_nouns()):
        return None
    for child in head.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in OWNER_PREPOSITIONS:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


@cache
def agent_nouns() -> frozenset[str]:
    """Nouns for people or bodies that act for an owner (aides, office, campaign, lawyer,
    spokeswoman, wife): the lexicons' staff, relation, organisation and role lists."""
    words = {word for name in AGENT_LISTS for word in word_set(name)}
    words |= {row[0] for table in AGENT_TABLES for row in read_table(table)}
    return frozenset(words)


def antecedent(span: Span) -> Token | None:
    """The noun a relative-word subject stands for ("Holm, who said …" → Holm)."""
    word = span.root
    clause = word.head
    if word.lower_ not in RELATIVE_WORDS or word.dep_ not in SUBJECT_DEPS or clause.dep_ != "relcl":
        return None
    return clause.head
