"""A bare plural names a kind of act ("free trade deals"), not one act the news reports; one placed
at a named place or on a date names those acts. `confidence` lowers such events, and `habitual`
reads a plural subject as a statement of what usually happens. One whose "including" phrase
names members ("arrests, including some of his aides") is those acts, done to them. A bare
singular coercion noun ("supporting deportation", "mass incarceration") names a policy or a
practice the same way."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.phrase_links import MEMBER_PREPS, pobjs
from eventwire.events.spanned import counting_span
from eventwire.parse.deps import DETERMINER_DEPS, NOUN_CLAUSE_DEPS
from eventwire.parse.nlp import PLACE_ENTITIES
from eventwire.parse.plurals import PLURAL_NOUN_TAGS
from eventwire.parse.subjects import has_subject
from eventwire.parse.tags import NOUN_TAG, PAST_TENSE_TAG

ANCHOR_PREPS = words("event_words.tsv", "anchor")
PLACE_OR_DATE_ENTITIES = PLACE_ENTITIES | {"DATE"}
PAST_PASSIVES = {"was", "were"}
# an article, owner, count, phrase or clause of its own makes a noun one act, not a practice
OWN_WORD_DEPS = DETERMINER_DEPS | NOUN_CLAUSE_DEPS | {"nummod", "prep"}
HELD_IN_PREPS = {"in", "under"}  # "remains in custody", "under house arrest": a state someone is in


def generic_plural(noun: Token) -> bool:
    """ "free trade deals", "threats to Americans": a bare plural names a kind, not an act;
    not as what a verb does ("resumed talks", "imposed sanctions"), nor as the subject of a
    past clause ("bombings blew apart buildings", "requests were made to the embassy"):
    those acts happened."""
    if noun.dep_ == "dobj" or _past_subject(noun):
        return False
    if counting_span(noun):  # "two days of strikes": those strikes
        return False
    return (
        noun.tag_ in PLURAL_NOUN_TAGS
        and not any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children)
        and not _anchored(noun)
        and not _told_content(noun)
        and not pobjs(noun, MEMBER_PREPS)  # "arrests, including two of his aides": those acts
    )


def generic_practice(noun: Token) -> bool:
    """ "those supporting deportation", "turned over-incarceration into mass incarceration",
    "WWII internment": a singular coercion noun with no article, owner, count or phrase of its
    own names a practice or a policy, not an act done to someone; "remains in custody" and
    "under house arrest" tell a state someone is held in, and "deportation of 11 million" or
    "the arrest" name acts."""
    if noun.tag_ != NOUN_TAG or (noun.dep_ == "pobj" and noun.head.lower_ in HELD_IN_PREPS):
        return False
    return not any(c.dep_ in OWN_WORD_DEPS for c in noun.children)


def _past_subject(noun: Token) -> bool:
    """The subject of a simple past ("bombings blew apart"), or of a past passive ("requests
    were made"); not the subject of a past progressive ("protesters were beginning to gather":
    the doers, whose act the verb tells)."""
    verb = noun.head
    if noun.dep_ == "nsubj":
        return verb.tag_ == PAST_TENSE_TAG
    passive = {c.lower_ for c in verb.children if c.dep_ == "auxpass"}
    return noun.dep_ == "nsubjpass" and bool(passive & PAST_PASSIVES)


def _anchored(noun: Token) -> bool:
    """ "Terrorist bombings at U.S. embassies in Kenya", "attacks Aug. 7": plurals placed at a
    named place or on a date are those acts, not a kind of act."""
    dated = any(_date(c) for c in noun.children if c.dep_ != "prep")  # not "weekend rallies"
    places = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ANCHOR_PREPS]
    return dated or any(t.ent_type_ in PLACE_OR_DATE_ENTITIES for p in places for t in p.subtree)


def _told_content(noun: Token) -> bool:
    """ "allegations that hackers broke into the computers", "claims that the army shelled
    the town": what was alleged or claimed, a clause with a subject of its own, makes them
    those acts, not a kind of act ("claims to the land" is no clause)."""
    clauses = [c for c in noun.children if c.dep_ in {"acl", "ccomp"}]
    return any(
        any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and has_subject(c)
        for c in clauses
    )


def _date(token: Token) -> bool:
    """A calendar date ("Aug. 7", "Jan. 3, 1998"), not a bare period ("weekend")."""
    return token.ent_type_ == "DATE" and any(t.like_num for t in token.subtree)
