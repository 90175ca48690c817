"""Triggers that rules of their own find, with no lexicon row for the word: a trip abroad, a
crowd that gathers or interrupts, a stance "against" an act, blame told from the side of the
one blamed, a headline's verb or verdict, an editor's note's verdict; and the codes a verb's
judgement, ruling, refusal, threat or outbreak carries. `patterns.find_triggers` asks them
before the lexicon, each only of the lemmas it can fire on (`RULED`, `JUDGED`).

Four checks stay out of these tables, each for a reason a lemma gate cannot carry: "called a
strike" (`called_protests`) changes the word the other checks read; "drew criticism"
(`received`) takes a span, whose noun the search must mark as taken; a demand and a verdict
(`told_demand`, `verdict_lemmas`) fire on a quoted sentence's root verb whatever its lemma,
so they are gated on the root as well as on their lemmas.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from eventwire.events.answered_force import ANSWER_VERBS, answered_force_code
from eventwire.events.assent import HOLDING
from eventwire.events.cameo_codes import REJECTION
from eventwire.events.consequences import SUFFERING, threatened_code
from eventwire.events.cried_insults import CRYING, cried_code
from eventwire.events.crowds import GATHERING, INTERRUPTING, gathered_protest, interrupting_protest
from eventwire.events.disliked_conduct import DISLIKED_LEMMAS, disliked_code
from eventwire.events.editor_verdicts import editor_verdict_code
from eventwire.events.exposed_wrongs import EXPOSING_LEMMAS, exposed_code
from eventwire.events.headline_claims import headline_trigger
from eventwire.events.judgement import JUDGING
from eventwire.events.legal_acts import UPHOLDING, legal_match
from eventwire.events.lexicon import code_table, reporting_lemmas
from eventwire.events.matches import TriggerMatch
from eventwire.events.orders import RULING, ruling_code
from eventwire.events.outbreaks import BREAKING, outbreak_code
from eventwire.events.passed_bills import PASSING, passed_bill
from eventwire.events.received import received_blame
from eventwire.events.stance import COPULAS, against_span
from eventwire.events.suit_claims import PAPER_VERBS, suit_claim
from eventwire.events.travel import DESTINATION_PREPS, trip_code
from eventwire.events.withheld import REFUSABLE, withheld_code


def visit_match(token: Token) -> TriggerMatch | None:
    """ "flew to Beijing", "arrived in Kyiv": a political actor's trip abroad is a visit, troops'
    a deployment (`events.travel`), coded on the travel verb and its preposition."""
    cameo = trip_code(token)
    if cameo is None:
        return None
    preps = [c.i for c in token.children if c.i == token.i + 1 and c.lower_ in DESTINATION_PREPS]
    span = token.doc[token.i : (preps[0] if preps else token.i) + 1]
    return TriggerMatch(token, span, code_table()[cameo], False)


def gathered_match(token: Token) -> TriggerMatch | None:
    """ "protesters gathered outside the embassy": a crowd's protest (`events.crowds`)."""
    cameo = gathered_protest(token)
    return None if cameo is None else TriggerMatch.word(token, cameo)


def interrupting_match(token: Token) -> TriggerMatch | None:
    """ "protesters interrupted his speech": a crowd's obstruction of it (`events.crowds`)."""
    cameo = interrupting_protest(token)
    return None if cameo is None else TriggerMatch.word(token, cameo)


def against_match(token: Token) -> TriggerMatch | None:
    """ "are against NATO's expansion": a stance against a party's act (`events.stance`)."""
    span = against_span(token)
    return None if span is None else TriggerMatch(token, span, code_table()[REJECTION], False)


def received_match(token: Token) -> TriggerMatch | None:
    """ "came under fire from Clinton": blame told from the side of the one blamed."""
    found = received_blame(token)
    return None if found is None else TriggerMatch(token, found[0], code_table()[found[1]], False)


def headline_match(token: Token) -> TriggerMatch | None:
    """ "Clinton blasts Trump", "Lee: Smith 'unfit'": a headline verb the tagger read as a noun
    or a colon headline's verdict (`events.headline`, `events.headline_claims`)."""
    found = headline_trigger(token)
    if found is None:
        return None
    return TriggerMatch(token, found[0], found[1], True)


def editor_match(token: Token) -> TriggerMatch | None:
    """ "Editor's note: X is a serial liar": the outlet's own accusation (`editor_verdicts`),
    read as the act of saying it (as a reporting verb is), not as a noun that names an act."""
    cameo = editor_verdict_code(token)
    return None if cameo is None else TriggerMatch.word(token, cameo)


Check = Callable[[Token], TriggerMatch | None]


# The rule checks in the order the trigger search asks them, each with the only lemmas it
# reads (its own lexicon's), or None where any word may be one (a trip's verb, a headline's or
# an editor's note's word: read from the word's place and its parse, not its lemma).
RULED: tuple[tuple[Check, frozenset[str] | None], ...] = (
    (visit_match, None),
    (gathered_match, GATHERING),
    (interrupting_match, INTERRUPTING),
    (against_match, COPULAS),
    (headline_match, None),
    (editor_match, None),
    (legal_match, UPHOLDING),
    (passed_bill, PASSING),  # "the bill passed the House"
    (suit_claim, PAPER_VERBS),  # "the suit claims that ..."
)


@cache
def ruled_checks(lemma: str) -> tuple[Check, ...]:
    """The rule checks, in order, that can fire on a word of this lemma: most words are none
    of the lemmas the gated checks read, and asking each would walk the word's dependents."""
    return tuple(check for check, lemmas in RULED if lemmas is None or lemma in lemmas)


def ruled_match(token: Token, lemma: str) -> TriggerMatch | None:
    """The first rule check that fires on the word, else None (a plain loop: it is asked of
    every word, and a generator costs more than the checks most words get)."""
    for check in ruled_checks(lemma):
        match = check(token)
        if match is not None:
            return match
    return None


CodeCheck = Callable[[Token], str | None]

# The checks of a verb's code asked after its verdict (`patterns._judgement`), in order, each
# with the only lemmas it reads: a ruling's, a refusal's, harm foretold, a war's outbreak, a
# forceful answer, a dislike of what a party does, a party's wrong brought to notice, an
# insult cried out.
JUDGED: tuple[tuple[CodeCheck, frozenset[str]], ...] = (
    (ruling_code, RULING),  # "ruled he must resign"
    (withheld_code, REFUSABLE),  # "will not take part"
    (threatened_code, SUFFERING),  # "will pay a price"
    (outbreak_code, BREAKING),  # "war broke out"
    (answered_force_code, ANSWER_VERBS),  # "would respond in kind"
    (disliked_code, DISLIKED_LEMMAS),  # "dislikes what Trump is doing"
    (exposed_code, EXPOSING_LEMMAS),  # "highlighted the hypocrisy of the Democrats"
    (cried_code, CRYING),  # "shouted 'traitor' at the mayor"
)


@cache
def judged_checks(lemma: str) -> tuple[CodeCheck, ...]:
    """The code checks, in order, that can fire on a verb of this lemma: most verbs none."""
    return tuple(check for check, lemmas in JUDGED if lemma in lemmas)


def judged_code(token: Token, lemma: str) -> str | None:
    """The first code a verb's code check finds, else None."""
    return next((c for check in judged_checks(lemma) if (c := check(token)) is not None), None)


@cache
def verdict_lemmas() -> frozenset[str]:
    """The only lemmas but a root verb's (a quoted sentence's, `quoted_roots`) that a verdict
    (`reported_verdicts`, `evaluative`) can be read on: a reporting verb, a verb that names,
    likens or casts someone, a verb of holding ("found no fault with")."""
    return reporting_lemmas() | JUDGING | HOLDING
