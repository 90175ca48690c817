"""Assent as support: siding with a party's view, or clearing its words of blame.

Event coders code praise and backing told as assent, not only by a "praise" verb: "many at
his rallies agreed with Mr. Trump on the issue" sides with Trump (SUPPORT), as an agreement
to do something ("agreed with Iran to cut output", "agreed with Kiev on a ceasefire") is a
deal (AGREE). Criticism denied the same way backs the one it spares: "found no fault with
Trump's comments", "had no problem with the senator's remarks". Only a party or a thing a
named party owns is backed; "had no problem with the heat" backs no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import ACCUSATION, PRAISE
from eventwire.events.lexicon import PEOPLE_OBJECTS, is_agent, words
from eventwire.events.matches import TriggerMatch
from eventwire.events.owned_verdicts import named, named_owner
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import AGREE
from eventwire.events.verb_arguments import objects
from eventwire.lexicons import word_set

GRIEVANCES = words("event_words.tsv", "grievance")  # fault, problem, objection
TOPICS = words("event_words.tsv", "view_topic")  # "agreed with him on the issue": a view
HOLDING = {"find", "have", "see"}  # "found no fault with", "had no problem with"
ASSENTING = {"agree"}
AGREED_TERMS_DEPS = {"xcomp", "ccomp", "dobj", "advcl"}  # "agreed with Iran to cut output"


def cleared(verb: Token) -> str | None:
    """Praise (CAMEO 051) when a verb of holding denies a grievance with a party or a thing
    it owns ("found no fault with Trump's criticism", "have no problem with her"), blame (112)
    when it finds one ("found fault with the governor's plan"); else None."""
    if verb.lemma_.lower() not in HOLDING or verb.pos_ != "VERB":
        return None
    for grievance in objects(verb):
        if grievance.lemma_.lower() not in GRIEVANCES:
            continue
        judged = pobjs(grievance, {"with"}) + pobjs(verb, {"with"})
        if _denied(grievance) and any(_backable(j) for j in judged):
            return PRAISE
        if any(_blamable(j) for j in judged):  # not "had problems with hostile groups"
            return ACCUSATION
    return None


def assent(match: TriggerMatch) -> TriggerMatch:
    """ "agreed with Mr. Trump on the issue": agreeing with a party's view, with nothing to be
    done and no deal as its subject, backs that party (SUPPORT), not a deal (AGREE)."""
    head = match.head
    if match.nominal or match.code.type != AGREE or head.lemma_.lower() not in ASSENTING:
        return match
    if any(c.dep_ in AGREED_TERMS_DEPS for c in head.children):
        return match
    if not any(_backable(j) for j in pobjs(head, {"with"})):
        return match
    topics = pobjs(head, word_set("issue_preposition"))
    if any(t.lemma_.lower() not in TOPICS for t in topics):  # "agreed with Kiev on a truce"
        return match
    return match.recoded(PRAISE)


def _denied(grievance: Token) -> bool:
    """ "no fault", "no problem": a grievance its determiner denies."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in grievance.children)


def _blamable(token: Token) -> bool:
    """A named party ("issues with Trump") or its thing ("fault with the governor's plan"):
    one "has problems with" a common noun's people ("hostile groups") as a plight."""
    return named(token) or named_owner(token) is not None


def _backable(token: Token) -> bool:
    """A party ("Mr. Trump", "the senator") or a thing a named party owns ("Trump's
    comments"); a pronoun for a thing ("agreed with it") is none."""
    if token.pos_ == "PRON":
        return token.lower_ in PEOPLE_OBJECTS
    return is_agent(token) or named_owner(token) is not None
