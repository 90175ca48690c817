"""Which of a sentence's events the main clause tells, and which only set its background.

PLOVER codes a sentence's main predication: "The army shelled the town where rebels had
attacked a convoy" codes the shelling. An event told in a relative, adverbial or participial
clause is background when the main clause reports one with participants, unless that clause
tells an act of its own (`scope` decides which matches are the content of another).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.answered import STANCES
from eventwire.events.clause_acts import clause_act
from eventwire.events.headline_acts import headline_act
from eventwire.events.hearsay import suspected_of
from eventwire.events.light_verbs import light_verb
from eventwire.events.own_clauses import absolute_clause
from eventwire.events.participles import participle_act
from eventwire.events.plover_types import COOPERATE, PROTEST
from eventwire.events.policed_protests import policed
from eventwire.events.scope import SUBORDINATE, to_clause, with_partner
from eventwire.events.subordinate_acts import subordinate_act
from eventwire.events.summed_acts import summing_clause
from eventwire.model import Event, Modality
from eventwire.parse.deps import AUXILIARY_DEPS
from eventwire.parse.tags import WH_POSSESSIVE_TAG, WH_TAGS


def main_clause(found: list[tuple[Token, Event]], nouns: set[int], keep: float) -> list[Event]:
    """ "The army shelled the town where rebels had attacked a convoy": an event told in a
    relative, adverbial or participial clause is background when the main clause reports one
    with participants (PLOVER codes the sentence's main predication), unless a relative clause
    reports an act of its own. A main-clause trigger that is no event an analyst counts (its
    confidence under `keep`: "Romney fired back, attacking Trump", "Woods, whose husband was
    killed in the attack, discussed it with a radio host") leaves the clauses under it to
    tell the act. `nouns`: the token indices of the sentence's event nouns."""
    occasions = {id(e) for head, e in found if policed(head, e.type)}  # "during protests"
    main = {
        id(e)
        for head, e in found
        if not _subordinate(head) and (e.actors or e.recipients) and id(e) not in occasions
    }
    joint = {head.i for head, e in found if e.type == COOPERATE and with_partner(head)}
    protests = {head.i for head, e in found if e.type == PROTEST}
    if not any(e.confidence >= keep for _, e in found if id(e) in main):
        return [e for _, e in found]
    types = {head.i: e.type for head, e in found}
    return [
        e
        for head, e in found
        if id(e) in main | occasions
        or _relative_act(head, e, nouns)
        or participle_act(head, e, head.head.i in protests)
        or clause_act(head, e)
        or absolute_clause(light_verb(head) or head)  # ", with the senator criticizing X"
        or headline_act(head, head.i in nouns)  # "Chad expels diplomats after border clash"
        or subordinate_act(head, e, types)  # "after thousands marched", "who had protested"
        or suspected_of(head) is not None  # "arrested the men suspected of bombing a train"
        or (e.type in STANCES and summing_clause(head) is not None)  # ", a move X condemned"
        or any(to_clause(t) and t.head.i in joint for t in [head, *head.ancestors][:3])
    ]


def _relative_act(head: Token, event: Event, nouns: set[int]) -> bool:
    """ "the one ally who has backed his threat of force", "messages in which the group urged
    followers to attack": a verb that heads a relative clause tells an act of its own, as
    fact or claim; not an infinitive ("a plan to kill"), a would-be act, nor the pluperfect
    (`subordinate_acts` keeps "diplomats who had met rebel leaders"). A clause with a subject
    of its own answers the event noun it hangs on ("an offer the leadership rebuffed"). An
    event noun tells its act by the light verb whose object it is ("whose militia led an
    assault on the capital")."""
    head = light_verb(head) or head
    auxiliaries = {c.lower_ for c in head.children if c.dep_ in AUXILIARY_DEPS}
    told = event.modality not in {Modality.PLANNED, Modality.HYPOTHETICAL}
    answers = any(c.dep_ == "nsubj" and c.tag_ not in WH_TAGS for c in head.children)
    own = _relative(head) and (answers or not _describes_event(head.head, nouns))
    return own and told and not auxiliaries & {"to", "had"}


def _relative(verb: Token) -> bool:
    """A relative clause, or a "whose" clause hung on the main verb ("X, whose militia ...")."""
    whose = verb.dep_ == "advcl" and any(
        c.dep_ == "nsubj" and any(p.tag_ == WH_POSSESSIVE_TAG for p in c.children)
        for c in verb.children
    )
    return verb.dep_ == "relcl" or whose


def _describes_event(noun: Token, nouns: set[int]) -> bool:
    """ "the bombings at U.S. embassies in Kenya, which have killed 250 people": a relative
    clause inside an event noun's phrase tells that event's course or toll, not another act
    (the parse may hang it on the last noun of the phrase)."""
    token = noun
    while token.i not in nouns:
        if token.dep_ not in {"pobj", "prep", "conj", "appos", "compound"}:
            return False
        token = token.head
    return True


def _subordinate(token: Token) -> bool:
    """Inside a modifying clause; not "arrived in Minsk, where he will inspect the troops"."""
    return any(t.dep_ in SUBORDINATE and not _place_relative(t) for t in [token, *token.ancestors])


def _place_relative(clause: Token) -> bool:
    """ "where" tells what happens next at the place; "who" tells a person's own act ("Iraqis
    who were questioned by the FBI"), unless in the pluperfect ("who had met": a second act)."""
    words = {c.lower_ for c in clause.children}
    return "where" in words or (bool(words & {"who", "whom"}) and "had" not in words)
