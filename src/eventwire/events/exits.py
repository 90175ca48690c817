"""Exits read from what is left: "withdrew from its ceasefire with the rebels", "pulled out of
the trade pact" leave an agreement or talks, which is rejecting it (REJECT), not a pullback of
forces; "said it would close its offices in Jaffna" shuts the doer's own offices, which is
leaving the place (RETREAT), not closing down someone else's press or party (COERCE).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import DE_ESCALATION, POLITICAL_RESTRICTIONS, REJECTION
from eventwire.events.lexicon import pronoun_owner, words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.verb_arguments import objects
from eventwire.events.withdrawn import WITHDRAWALS
from eventwire.lexicons import word_set
from eventwire.parse.forms import in_words

KEPT_TERMS = words("event_words.tsv", "kept_terms")  # ceasefire, treaty, pact, talks ...


def exit_sense(match: TriggerMatch) -> TriggerMatch:
    """The match recoded when what its verb leaves or closes is an agreement or its own."""
    if match.nominal:
        return match
    if match.code.cameo in WITHDRAWALS and _leaves_terms(match.head):
        return match.recoded(REJECTION)
    if match.code.cameo == POLITICAL_RESTRICTIONS and _closes_own(match.head):
        return match.recoded(DE_ESCALATION)
    return match


def _leaves_terms(verb: Token) -> bool:
    """Withdrawing no forces ("withdrew its troops from the truce zone" does) from an
    agreement or talks ("from", or "out of" after "pulled out")."""
    if objects(verb):
        return False
    outs = [c for c in verb.children if c.dep_ in {"prt", "prep"} and c.lower_ == "out"]
    left = pobjs(verb, word_set("left_preposition")) + [t for o in outs for t in pobjs(o, {"of"})]
    return any(in_words(t, KEPT_TERMS) for t in left)


def _closes_own(verb: Token) -> bool:
    """An object owned by a pronoun ("its offices"): the doer's own, closed by the doer."""
    closed = objects(verb)
    return any(pronoun_owner(t) is not None for t in closed)
