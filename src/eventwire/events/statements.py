"""Acts that answer a statement told before: "disputed that notion", "overruled that request".

A demonstrative noun naming something said (or a definite one that names no act), with no
owner of its own, refers to the statement the text reported just before it, in its own
sentence or the one before ("Some Kenyans have complained that ... Albright disputed that
notion"; "Clinton had told police that she did not want the escort, but the NYPD overruled
that request"; "... a spokesman said. An aide blasted the statement"). Whoever made that
statement is the one the act answers, so the speaker is its target. The statement is the
latest quote the quotes stage found, or the latest reporting clause ("told", "complained"),
ending before the noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import reports, words
from eventwire.events.noun_rows import noun_triggers
from eventwire.events.participants import RoleReader
from eventwire.events.phrase_links import pobjs
from eventwire.events.sentences import sentence_start_back
from eventwire.lexicons import word_set
from eventwire.model import Participant

STATEMENT_NOUNS = words("event_arguments.tsv", "statement")
DEFINITE = "the"
DEMONSTRATIVES = word_set("definite_determiner") - {DEFINITE}  # this, that, these, those
OWN_OWNER = {"poss", "prep", "compound", "acl", "relcl"}  # "his claim", "the claim of X"
ASIDE = {"relcl"}  # "those words, which hurt her": after a comma it tells no one's words
REPLY_PREPS = {"with", "to", "at", "on", "against"}  # "disagree with those claims"


def answers(reader: RoleReader, verb: Token, objects: list[Token]) -> list[Participant]:
    """The speakers whose statement the verb answers, named by its object ("disputed that
    notion") or by a reply preposition's object ("disagree with those claims")."""
    said = objects + pobjs(verb, REPLY_PREPS)
    return [found for noun in said for found in answered(reader, noun)]


def answered(reader: RoleReader, noun: Token) -> list[Participant]:
    """The speaker of the statement a demonstrative statement noun refers back to."""
    if not _refers_to_statement(noun):
        return []
    # A statement answered is told in the same sentence or the one before, never further
    # back (an older one is another topic).
    start = sentence_start_back(noun, 1)
    said = _quoted(reader, noun, start) + _reported(reader, noun, start)
    return max(said, key=lambda found: found[0])[1] if said else []


def _refers_to_statement(noun: Token) -> bool:
    """ "that notion", "those claims", and "the statement" where the noun names no act of its
    own ("blasted the statement" after a quote; "the allegations" refer back to an earlier act,
    `answered`); not "his claim", "the claim of fraud", "a claim"."""
    if noun.lemma_.lower() not in STATEMENT_NOUNS:
        return False
    determiners = {c.lower_ for c in noun.children if c.dep_ == "det"}
    owned = any(c.dep_ in OWN_OWNER and not _aside(c) for c in noun.children)
    definite = DEFINITE in determiners and not noun_triggers(noun)
    return (bool(determiners & DEMONSTRATIVES) or definite) and not owned


def _aside(clause: Token) -> bool:
    """A relative clause set off by a comma ("those words, which appear to have hurt her"): it
    says more of the statement already meant, and does not tell whose it is, as "the claim
    that he made" does."""
    start = clause.left_edge.i
    return clause.dep_ in ASIDE and start > 0 and clause.doc[start - 1].text == ","


def _quoted(reader: RoleReader, noun: Token, start: int) -> list[tuple[int, list[Participant]]]:
    """Quotes ending before the noun whose speaker the quotes stage resolved to an actor."""
    return [
        (quote.content.end, [reader.actor_participant(speaker.actor_id, speaker.mention)])
        for quote in reader.attribution.quotes
        if start <= quote.content.start and quote.content.end <= noun.idx
        for speaker in [quote.speaker]
        if speaker.actor_id in reader.actors and speaker.mention is not None
    ]


def _reported(reader: RoleReader, noun: Token, start: int) -> list[tuple[int, list[Participant]]]:
    """Reporting clauses before the noun ("had told police that ..."): their subjects."""
    first = noun.doc.char_span(start, noun.idx, alignment_mode="expand") or []
    return [
        (verb.idx, found)
        for verb in first
        if reports(verb) and verb.pos_ == "VERB"
        for found in [[p for s in verb.children if s.dep_ == "nsubj" for p in reader.phrase(s)]]
        if found
    ]
