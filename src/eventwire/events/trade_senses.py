"""Commerce read as diplomacy: an offer, deal, purchase or demand over shares, prices or takeovers.

Business news uses the words of cooperation and appeals for buying and selling ("extended its
offer", "agreed to acquire the bank"); the goods its arguments name tell it apart from an act
between political actors, and so does a deal to buy or sell that no state makes ("agreed to sell
its assets to Coors").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import group_lexicon
from eventwire.events.antecedents import stand_in
from eventwire.events.electoral_standing import BACKED_PREPS
from eventwire.events.idioms import at_stake
from eventwire.events.lexicon import MILITARY, is_agent, words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import AGREE, AID, CONSULT, COOPERATE, REQUEST
from eventwire.events.verb_arguments import objects, prep_objects
from eventwire.events.word_classes import PURCHASES
from eventwire.parse.deps import NOUN_CLAUSE_DEPS
from eventwire.parse.forms import in_words
from eventwire.parse.nlp import NATION_ENTITIES
from eventwire.parse.subjects import clause_subjects
from eventwire.sectors import GOVERNMENT

TRADE = words("event_words.tsv", "trade")  # shares, prices, takeovers: buying and selling
TRADE_TYPES = {AGREE, COOPERATE, AID, REQUEST, CONSULT}
TRADE_ARGUMENT_DEPS = {"dobj", "xcomp", "prep", "dative", "attr", "oprd", "conj"} | NOUN_CLAUSE_DEPS
TOLD_CLAUSE_DEPS = {"pcomp", "ccomp"}  # "an assessment of what it would cost": a clause told
DEALING = PURCHASES | words("event_words.tsv", "sale")  # buy, sell
DEAL_DEPS = {"xcomp", "acl"}  # "agreed to sell", "a deal to buy"
FIGURATIVE_GOODS = words("event_words.tsv", "figurative_goods")  # "to buy time", "sell the plan"


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
    if _deal_to_trade(head):
        return True
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


def _deal_to_trade(head: Token) -> bool:
    """ "agreed to sell its assets to Coors", "agreed to be acquired by Actavis", "negotiated a
    deal to buy the site": an agreement or talks whose infinitive, on the trigger or on its
    object, is buying or selling is a deal of commerce, whatever is sold, when no state or
    government makes it ("Japan agreed to buy American rice" is economic cooperation) and it
    sells no weapons (an arms sale is aid)."""
    hosts = [head, *objects(head)]
    deals = [c for h in hosts for c in h.children if c.dep_ in DEAL_DEPS and _dealing(c)]
    if not deals or any(in_words(t, MILITARY) for d in deals for t in d.subtree):
        return False
    return not any(map(_state, (stand_in(s) for s in clause_subjects(head))))


def _dealing(verb: Token) -> bool:
    """An infinitive of buying or selling ("to sell", "to be acquired"), not of buying or
    selling in a figurative sense ("to buy time", "to sell the plan to voters")."""
    told_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    figurative = any(in_words(o, FIGURATIVE_GOODS) for o in verb.children if o.dep_ == "dobj")
    return told_to and verb.lemma_.lower() in DEALING and not figurative


def _state(doer: Token) -> bool:
    """A state or its government as the doer ("Japan", "the government")."""
    sector = group_lexicon().get((doer.lower_,)) or group_lexicon().get((doer.lemma_.lower(),))
    return doer.ent_type_ in NATION_ENTITIES or sector == GOVERNMENT
