"""Standing positions on issues: "she backs tougher regulations", "he calls for a single-payer
system", "I oppose abortion".

A verb of taking a stance (`cue_verbs.tsv`: support, back, call for, oppose) in the simple
present, with no party addressed and a common noun for its object, tells what someone holds
on an issue, a state with no date; no act happened. "backed Cruz", "supports Rubio's plan" and
"oppose the deal" name a party, its act (a bill, a proposal) or an event, and stay events, as
does a headline's present tense; "will support the bill" is a pledge, told by its auxiliary;
"deny the links" is a statement, a speech verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent, words
from eventwire.events.noun_rows import noun_triggers
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import REJECT, REQUEST, SUPPORT
from eventwire.events.verb_arguments import objects
from eventwire.events.word_classes import MOTIONS
from eventwire.model import Participant
from eventwire.parse.deps import OWNER_DEPS
from eventwire.parse.tags import GERUND_TAG, PRESENT_TAGS
from eventwire.parse.title_case import is_title_case

STANCE_TYPES = {SUPPORT, REQUEST, REJECT}
PRESENT = PRESENT_TAGS  # "backs", "support": not "backed", "will support" (tag VB)
STANCE_VERBS = words("cue_verbs.tsv", "stance")  # support, oppose, call for, back


def holds_a_position(match: TriggerMatch, recipients: list[Participant]) -> bool:
    """A present-tense stance verb whose object is an issue, not a party or an event."""
    head = match.head
    if match.nominal or recipients or match.code.type not in STANCE_TYPES:
        return False
    if not _a_stance_verb(match) or not _simple_present(head) or _headline(head):
        return False
    issues = _objects(match)
    return bool(issues) and not any(_a_party_or_act(o) for o in issues)


def _simple_present(verb: Token) -> bool:
    """ "backs", "support": no auxiliary or "not" that makes it a pledge, a past or a refusal."""
    return verb.tag_ in PRESENT and not any(c.dep_ in {"aux", "neg"} for c in verb.children)


def _headline(verb: Token) -> bool:
    """ "Senators Call For Action": a headline's present tense tells a past act."""
    return is_title_case(verb.sent.text)


def _a_stance_verb(match: TriggerMatch) -> bool:
    """ "backs", "calls for": the verb, or the verb with its particle, takes a stance."""
    words_ = [t.lemma_.lower() for t in match.span]
    return words_[0] in STANCE_VERBS or " ".join(words_[:2]) in STANCE_VERBS


def _objects(match: TriggerMatch) -> list[Token]:
    """The direct object, or what the trigger's own preposition takes ("calls for a tax")."""
    direct = objects(match.head)
    if direct:
        return direct
    return [o for p in match.span if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]


def _a_party_or_act(noun: Token) -> bool:
    """A party, a party's thing ("Rubio's plan", "the bill"), an event ("the deal") or no plain
    noun."""
    if noun.pos_ != "NOUN" or noun.tag_ == GERUND_TAG or is_agent(noun):
        return True
    if any(c.dep_ in OWNER_DEPS and is_agent(c) for c in noun.children):
        return True
    lemma = noun.lemma_.lower()
    return lemma in MOTIONS or bool(noun_triggers(noun))
