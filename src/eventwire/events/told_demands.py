"""A demand told with no demand word: "X said Y must withdraw", "wants Mexico to pay", an
imperative told to someone, a piece of advice spelt out.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from eventwire.events.bids import told_imperative
from eventwire.events.cameo_codes import DEMAND, REJECTION
from eventwire.events.demands import quoted_obligation, stated_obligation
from eventwire.events.lexicon import reporting_lemmas
from eventwire.events.light_verbs import act_doers
from eventwire.events.matches import TriggerMatch
from eventwire.events.suggestions import COUNSEL, SUGGESTING, spelled_out_advice, suggested_request
from eventwire.events.wishes import HOPING, WISHING, unwished, wished_of_another
from eventwire.events.word_use import is_verb


@cache
def _demand_lemmas() -> frozenset[str]:
    """The only lemmas `told_demand` reads besides a root verb's: reporting verbs, verbs of
    wishing and hoping, words of advice."""
    return reporting_lemmas() | WISHING | HOPING | SUGGESTING | COUNSEL


def told_demand(token: Token, lemma: str) -> TriggerMatch | None:
    """A demand told with no demand word (`events.demands`, `events.bids`): "X said Y must
    withdraw", by a reporting verb, "wants Mexico to pay", by a verb of wishing, or an
    imperative told to someone. `lemma`: the word's, as the search read it."""
    if token.dep_ != "ROOT" and lemma not in _demand_lemmas():
        return None  # a quoted sentence's duty is read on its root verb, whatever its lemma
    if stated_obligation(token) or suggested_request(token):  # "suggested that he resign"
        return TriggerMatch.word(token, DEMAND, nominal=_owned_noun(token))
    if is_verb(token) and wished_of_another(token):  # "did not want troops sent": a refusal
        return TriggerMatch.word(token, REJECTION if unwished(token) else DEMAND)
    # "'All states must work together.'"; '"Do not underestimate him," Reid told Democrats'
    if (is_verb(token) and quoted_obligation(token)) or told_imperative(token):
        return TriggerMatch.word(token, DEMAND)
    if spelled_out_advice(token):  # "some advice for Democrats: don't underestimate him"
        return TriggerMatch.word(token, DEMAND, nominal=True)
    return None


def _owned_noun(token: Token) -> bool:
    """ "Reid's suggestion that Trump should ...", "he made the suggestion that ...": a noun of
    advice told with its own doer (a possessor, the subject of the light verb that puts it out)
    is read as a noun, whose doer its own arguments name; a bare one ("read as a suggestion
    that ...") keeps the reading of the clause it is in."""
    return token.pos_ == "NOUN" and bool(act_doers(token))
