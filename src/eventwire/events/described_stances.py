"""Backing of a policy told in a relative clause describes its holder; it reports no act.

"John Podesta, a former adviser who supported an aggressive climate policy, said ...", "the
Justice Department, which supported the statute", "centrist leaders who have supported
European unity": a clause on a noun says what kind of person or thing it is, and backing a
policy, a practice or an idea names no party it backs, so the coded sets count no act there.
Backing of people, or of a thing owned by people ("the super PAC that backed Gov. Walker's
bid", "Republicans who have praised his candidacy"), stays an act toward them, and so does
backing told in a main clause ("Cuban said he supports Obama's health law"). An act on a bill
or a law stays too ("Senator Jones, who sponsored the bill", "Weld, who signed a gun-control
bill as governor"): sponsoring, signing and passing one are the legislative acts the coding
rules count wherever they are told.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import RELATIVE_PRONOUNS, words
from eventwire.events.plover_types import SUPPORT
from eventwire.events.verb_arguments import objects, people, prep_nouns
from eventwire.lexicons import word_set

OWNER_PREPS = word_set("owner_preposition")  # "the presidential bid of Gov. Scott Walker"
LEGISLATION = words("event_words.tsv", "motion") | words("event_words.tsv", "legislated")


def described_stance(verb: Token, event_type: str) -> bool:
    """The trigger is a verb of backing in a relative clause, and what it backs (its object, or
    the noun the clause hangs on when the relative pronoun is the object) is a thing no people
    own."""
    if event_type != SUPPORT or verb.dep_ != "relcl":
        return False
    backed = [verb.head if o.lower_ in RELATIVE_PRONOUNS else o for o in objects(verb)]
    kept = [t for t in backed if people(t) or owned_by_people(t) or legislation(t)]
    return bool(backed) and not kept


def legislation(noun: Token) -> bool:
    """A bill, a law or another text put to a vote: acting on one is a legislative act."""
    return noun.lemma_.lower() in LEGISLATION


def owned_by_people(noun: Token) -> bool:
    """An owner among the noun's words: a possessive, a person's name before it, or an "of"
    phrase that names people ("his candidacy", "the Obama plan", "the bid of Gov. Walker"); a
    law's name ("the Dodd-Frank Act") is no owner."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    named = [c for c in noun.children if c.dep_ == "compound" and c.ent_type_ == "PERSON"]
    return bool(named) or any(map(people, [*owners, *prep_nouns(noun, OWNER_PREPS)]))
