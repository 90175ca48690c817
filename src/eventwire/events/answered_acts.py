"""An act named as what another act answers: its reason, not an event of its own.

"ordered an embargo on Iraq as punishment for seizing Kuwait", "a reward for capturing him",
"sanctions in retaliation for attacking the embassy": the gerund after "for" on a noun of
answering tells why the governing act was done; the governing act is the news, and the act
answered is its background (who did it is not the governing act's doer). So is an act noun
that an answer is aimed at ("responded to the air strikes", "in retaliation for the bombing",
"vowed to avenge the killings"): it is coded where it is told happening, as the README codes an
act that is only the object of another.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.answered_force import ANSWERING, answer_phrase
from eventwire.events.lexicon import is_agent, words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import ACCUSE
from eventwire.events.verb_arguments import prep_nouns
from eventwire.lexicons import word_set
from eventwire.parse.deps import CHAINED_VERB_DEPS, PREMODIFIER_OR_OWNER_DEPS
from eventwire.parse.tags import GERUND_TAG

ANSWERS = words("event_words.tsv", "answer_noun")  # punishment, retaliation, reward
ANSWERED_PREPS = {"to", "for", "against"}  # "responded to", "revenge for", "retaliated against"
MAKERS = word_set("maker_preposition")  # "criticism from Beijing", "a rebuke by the UN"


def answered_act(verb: Token) -> Token | None:
    """The answering noun ("punishment") whose "for" gerund the verb is, if any."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != GERUND_TAG or prep.lower_ != "for":
        return None
    return prep.head if prep.head.lemma_.lower() in ANSWERS else None


def answered_noun(match: TriggerMatch) -> bool:
    """An act noun that an answering verb or noun is aimed at: the object of "avenge", or
    after "to", "for" or "against" on "respond", "retaliation", "response" ...; or an act told
    in the clause of a noun so aimed ("responded to reports that Trump planned to endorse his
    rival"): what is answered, not the news."""
    if match.nominal:
        return _answered(match.head) and not _voiced_blame(match)
    noun = _content_of(match.head)
    return noun is not None and _answered(noun)


def _voiced_blame(match: TriggerMatch) -> bool:
    """ "responded to Republican criticism", "answered attacks from Rubio": blame whose critic is
    named is news of its own that the answer meets (a strike answered is its background)."""
    noun = match.head
    owners = [c for c in noun.children if c.dep_ in PREMODIFIER_OR_OWNER_DEPS]
    critics = owners + prep_nouns(noun, MAKERS)
    return match.code.type == ACCUSE and any(map(is_agent, critics))


def _content_of(verb: Token) -> Token | None:
    """The noun whose content clause the verb is in ("reports that X planned to endorse")."""
    clause = verb
    while clause.dep_ in CHAINED_VERB_DEPS and clause.head is not clause:
        clause = clause.head
    return clause.head if clause.dep_ == "acl" and clause.head.pos_ == "NOUN" else None


def _answered(noun: Token) -> bool:
    if noun.dep_ == "dobj":
        return answer_phrase(noun.head) in ANSWERING  # "avenge the killings"
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ANSWERED_PREPS:
        return False
    answer = prep.head
    return answer.lemma_.lower() in ANSWERS or answer_phrase(answer) in ANSWERING
