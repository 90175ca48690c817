""" "drew deep support among women", "40 percent support", "strong support from conservative
voters": support a candidate has, draws or loses is a standing in the race, not an act of
backing; `everyday` names the sense."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.endorsers import held_support
from eventwire.events.light_verbs import light_verb
from eventwire.events.poll_shares import counts_in, polled_public
from eventwire.lexicons import word_set

BACKED_PREPS = {"for", "of", "to", "behind", "from", "in"}  # support for, of, to, behind, from
AIMED_PREPS = {"for", "of", "to", "behind"}  # whom or what the backing is for
PUBLIC_PREPS = word_set("giver_preposition")  # "support from voters", "the support of voters"
STANDING_NOUNS = word_set("standing_noun")  # support, approval: what polls measure of someone


def electoral_standing(noun: Token) -> bool:
    """ "drew deep support among women", "consolidates the support of the party", "40 percent
    support", "his support remains consistent": support a candidate has, draws or loses is a
    standing, not an act of backing."""
    if _polled_standing(noun):
        return True
    if noun.lemma_.lower() != "support":
        return False
    held = held_support(noun)  # not "received the support of Mayor Cole" (`endorsers`)
    counted = any(t.ent_type_ == "PERCENT" for t in noun.lefts)  # "40 percent support"
    return held or counted or _among_public(noun) or _unaimed(noun)


def _among_public(noun: Token) -> bool:
    """ "deep support among women", "strong support from self-described conservative voters",
    "continued support from voters": the public's support is counted by polls and results, no
    one's act of backing ("support from Senator Lee" is one)."""
    if any(c.lower_ == "among" for c in noun.children):
        return True
    givers = [p for c in noun.children if c.lower_ in PUBLIC_PREPS for p in c.children]
    return any(polled_public(g, unnamed=True) for g in givers)


def _unaimed(noun: Token) -> bool:
    """ "Clinton's support against Trump", "support is roughly as strong": someone's support,
    or support as a subject, that is for no one, of no one and not voiced is a candidate's
    standing; backing names whom it backs ("support for the bill", "the support of the party")
    or is given ("voiced support")."""
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    owned = any(c.dep_ == "poss" for c in noun.children) or noun.dep_ == "nsubj"
    return owned and not preps & BACKED_PREPS and light_verb(noun) is None


def _polled_standing(noun: Token) -> bool:
    """ "puts Obama's approval at 50 percent", "Trump's support twice that of Clinton's in a
    survey": someone's support or approval, aimed at no one, in a sentence that counts shares
    or cites a poll is the measure of the one who owns it, not anyone's act ("Clinton's support
    for the deal, which 60 percent oppose" backs the deal)."""
    if noun.lemma_.lower() not in STANDING_NOUNS:
        return False
    owned = any(c.dep_ == "poss" for c in noun.children)
    aimed = any(c.dep_ == "prep" and c.lower_ in AIMED_PREPS for c in noun.children)
    return owned and not aimed and counts_in(noun.sent)
