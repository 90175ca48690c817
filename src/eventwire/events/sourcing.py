"""A source asking not to be named: how a reporter quotes someone, no appeal to any party.

"A White House official, who requested anonymity to discuss a private conversation, said ...",
"an aide, who asked for anonymity": the request is the reporter's sourcing formula (PLOVER codes
appeals between actors), so the verb is read in that sense and left out.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.verb_arguments import objects, prep_objects
from eventwire.parse.deps import COMPLEMENT_DEPS, PURPOSE_CLAUSE_DEPS

ANONYMITY = words("event_words.tsv", "anonymity")  # anonymity, confidentiality
UNNAMED = words("event_words.tsv", "unnamed")  # "asked not to be named", "identified"
PRESS_REQUESTS = words("event_words.tsv", "press_request")  # comment, interview, response


def asks_for_anonymity(verb: Token) -> bool:
    """ "requested anonymity", "asked for anonymity", "asked not to be named": what is asked
    for is not to be named."""
    asked = objects(verb) + prep_objects(verb, {"for"})
    clauses = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS]
    return any(t.lemma_.lower() in ANONYMITY for t in asked) or any(map(_not_named, clauses))


def discusses_unnamed(verb: Token) -> bool:
    """ "spoke on condition of anonymity to discuss the talks with China", "requested anonymity
    to discuss a private conversation": what a source may not discuss by name is the reporter's
    sourcing formula; the source holds no talks with anyone."""
    purpose = verb.dep_ in PURPOSE_CLAUSE_DEPS | {"acl"}
    if not purpose or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    between = verb.doc[verb.head.i : verb.i]  # not "the envoy, who asked anonymity, went to"
    return any(t.lemma_.lower() in ANONYMITY for t in between)


def _not_named(clause: Token) -> bool:
    """ "(asked) not to be named", "(requested) that he not be identified": a naming verb,
    passive and negated."""
    children = list(clause.children)
    negated = any(c.dep_ == "neg" for c in children)
    passive = any(c.dep_ == "auxpass" for c in children)
    return clause.lemma_.lower() in UNNAMED and negated and passive


def asks_for_comment(verb: Token) -> bool:
    """ "did not respond to a request for comment", "requests seeking comment were not
    returned", "asked for an interview": a reporter asking a party to speak is how the news was
    gathered, no appeal between the parties the story is about."""
    asked = objects(verb) + prep_objects(verb, {"for"})
    asked += [o for c in verb.children if c.dep_ == "acl" for o in objects(c)]
    return any(t.lemma_.lower() in PRESS_REQUESTS for t in asked)


def answers_press(verb: Token) -> bool:
    """ "declined requests for an interview", "ignored repeated requests for comment": turning
    down a reporter's request is no rejection of another party's act."""
    return any(asks_for_comment(o) for o in objects(verb))
