"""Backing of a policy told in a relative clause describes its holder; it reports no act.

"John Podesta, a former adviser who supported an aggressive climate policy, said ...", "the
1994 act, which Schumer sponsored", "immigration legislation that she supported in 2007", "a
gun-control bill that Weld signed as governor": a clause on a noun says what kind of person
or thing it is, and backing a law, a policy or an idea names no party it backs, so the coded
sets count no act there. Backing of people, or of a thing owned by people ("the super PAC that
backed Gov. Walker's bid", "Republicans who have praised his candidacy"), stays an act toward
them, and so does backing told in a main clause ("Cuban said he supports Obama's health law").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import RELATIVE_PRONOUNS
from eventwire.events.verb_arguments import objects, people, prep_nouns

OWNER_PREPS = {"of", "by"}  # "the presidential bid of Gov. Scott Walker"


def described_stance(verb: Token, event_type: str) -> bool:
    """The trigger is a verb of backing in a relative clause, and what it backs (its object, or
    the noun the clause hangs on when the relative pronoun is the object) is a thing no people
    own."""
    if event_type != "SUPPORT" or verb.dep_ != "relcl":
        return False
    backed = [verb.head if o.lower_ in RELATIVE_PRONOUNS else o for o in objects(verb)]
    return bool(backed) and not any(people(t) or _owned_by_people(t) for t in backed)


def _owned_by_people(noun: Token) -> bool:
    """An owner among the noun's words: a possessive, a person's name before it, or an "of"
    phrase that names people ("his candidacy", "the Obama plan", "the bid of Gov. Walker"); a
    law's name ("the Dodd-Frank Act") is no owner."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    named = [c for c in noun.children if c.dep_ == "compound" and c.ent_type_ == "PERSON"]
    return bool(named) or any(map(people, [*owners, *prep_nouns(noun, OWNER_PREPS)]))
