"""A voiced noun told as a thing put out in a clause of its own.

Some nouns ("charges", "blame", "displeasure") are acts only when someone voices them
(`patterns._unvoiced`): a light verb that governs the noun does ("levelled charges"). The same
verb voices it from a relative clause on the noun ("the charges he levelled against the mayor",
"the blame they laid on Kiev"), and the noun of a verb of saying voices itself when its owner is
named and a "that" clause tells what was said ("Sanders' charge that she was weak on trade");
"her anger that the deal failed" is a feeling, no act.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import LIGHT_VERBS, RELATIVE_PRONOUNS, is_agent, word_rows
from eventwire.events.verb_arguments import objects
from eventwire.parse.forms import in_words


def voiced_in_clause(noun: Token) -> bool:
    """Whether a clause on the noun puts it out: a light verb's relative clause whose object
    the noun is, or its owner's "that" clause when the noun names a verb's act."""
    return _relative_light_verb(noun) or _owned_claim(noun)


def _relative_light_verb(noun: Token) -> bool:
    """ "the charges he levelled": a relative clause with a light verb and no object of its own
    (or only its relative pronoun) has the noun as what it put out."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or not in_words(clause, LIGHT_VERBS):
            continue
        if all(o.lower_ in RELATIVE_PRONOUNS for o in objects(clause)):
            return True
    return False


def _owned_claim(noun: Token) -> bool:
    """ "Sanders' charge that she was weak": a party's noun of a verb of saying ("charge",
    "blame") with the "that" clause it said."""
    owners = [c for c in noun.children if c.dep_ == "poss" and is_agent(c)]
    said = any(
        c.dep_ in {"acl", "ccomp"}
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in noun.children
    )
    return bool(owners) and said and _verb_act(noun)


def _verb_act(noun: Token) -> bool:
    """A noun whose verb is itself an act with no argument asked ("to charge", "to blame")."""
    return bool(word_rows(noun.lemma_.lower(), "V", single=True, bare=True))
