"""Commerce read as diplomacy: an offer, deal, purchase or demand over shares, prices or takeovers.

Business news uses the words of cooperation and appeals for buying and selling ("extended its
offer", "agreed to acquire the bank"); the goods its arguments name tell it apart from an act
between political actors.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.electoral_standing import BACKED_PREPS
from eventwire.events.idioms import at_stake
from eventwire.events.lexicon import MILITARY, is_agent, words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import AGREE, AID, CONSULT, COOPERATE, REQUEST
from eventwire.events.verb_arguments import prep_objects
from eventwire.parse.deps import NOUN_CLAUSE_DEPS
from eventwire.parse.forms import in_words

TRADE = words("event_words.tsv", "trade")  # shares, prices, takeovers: buying and selling
TRADE_TYPES = {AGREE, COOPERATE, AID, REQUEST, CONSULT}
TRADE_ARGUMENT_DEPS = {"dobj", "xcomp", "prep", "dative", "attr", "oprd", "conj"} | NOUN_CLAUSE_DEPS
TOLD_CLAUSE_DEPS = {"pcomp", "ccomp"}  # "an assessment of what it would cost": a clause told


def trades(match: TriggerMatch) -> bool:
    """ "extended its $18-a-share offer", "agreed to acquire the bank for stock", "strong demand
    and higher selling prices": an offer, deal, purchase or demand whose arguments are shares,
    prices or takeovers is commerce, not cooperation or an appeal between political actors;
    weapons bought or sold stay (an arms sale is aid). The words are nouns: "agreed to share
    intelligence" is cooperation; an authority clearing a takeover backs it (a coded set typed
    it SUPPORT, `event_triggers.tsv`); a noun trigger counts itself ("before closing the
    purchase") and, aimed at no party, its sentence ("2 million shares were tendered under
    its offer")."""
    if match.code.type not in TRADE_TYPES:
        return False
    head = match.head
    if match.nominal:
        aimed = any(is_agent(t) for t in prep_objects(head, BACKED_PREPS | {"with"}))
        phrase = list(head.subtree if aimed else head.sent)
    else:
        arguments = [c for c in head.children if c.dep_ in TRADE_ARGUMENT_DEPS]
        phrase = [t for a in arguments for t in _outside_told_clauses(a)]
    phrase = [t for t in phrase if not at_stake(t)]
    goods = {t.lemma_.lower() for t in phrase if t.pos_ == "NOUN"}  # not "agreed to share data"
    return bool(goods & TRADE) and not any(in_words(t, MILITARY) for t in phrase)


def _outside_told_clauses(argument: Token) -> list[Token]:
    """The words of an argument short of a clause it tells ("ordered an assessment of what it
    would cost to rebuild the embassies and the price tag"): what is assessed or said is not the
    goods traded. The argument's own clause stays ("assist in evaluating merger alternatives"), and
    so do "agreed to acquire the bank for stock" and "an offer to buy shares"."""
    subtree = list(argument.subtree)
    told = [t for t in subtree if t.dep_ in TOLD_CLAUSE_DEPS and argument not in (t, t.head)]
    hidden = {w.i for t in told for w in t.subtree}
    return [t for t in subtree if t.i not in hidden]
