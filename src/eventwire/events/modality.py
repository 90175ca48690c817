"""How sure the text is about an event, and the words that decide it.

Checked in order, the first that applies wins: negated, hypothetical, planned, ongoing; else the
event is claimed when only a source asserts it (inside a quotation or a reported clause), else
it occurred. Status words outrank attribution: "X said troops will deploy" is planned, and the
claim stays visible through `quote_id` and the reporting clause. Each reading has its module
(`negation`, `conditions`, `hypothetical_modality`, `planned_modality`, `ongoing_modality`,
`open_questions`); this one runs them in that order over the trigger's governing chain.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from spacy.tokens import Span, Token

from eventwire.events.arranged import arranged
from eventwire.events.clauses import own_agent
from eventwire.events.conditions import awaited_condition, inside_condition
from eventwire.events.held_views import denied_prediction
from eventwire.events.hypothetical_modality import (
    HYPOTHETICAL_MODALS,
    condition_clause,
    conditional,
)
from eventwire.events.lexicon import reports, told_of, words
from eventwire.events.modality_scope import (
    aside_speech,
    host_modal,
    likelihood,
    negating_prefix,
    opens_other_clause,
    ruled_out,
    served_act,
    shortfall,
    told_subject,
)
from eventwire.events.negation import (
    ceased,
    negated_alternative,
    negated_duty,
    negation,
    no_longer,
    nor,
    pending,
)
from eventwire.events.ongoing_modality import ongoing
from eventwire.events.open_questions import open_question, question_opener
from eventwire.events.own_clauses import own_clause
from eventwire.events.passed_over import passed_over
from eventwire.events.planned_modality import (
    FUTURE_MODALS,
    headline_infinitive,
    planned,
    planned_by_noun,
    reported_future,
)
from eventwire.model import Evidence, Modality
from eventwire.parse.deps import REPORTED_CLAUSE_DEPS
from eventwire.parse.nlp import read_once
from eventwire.parse.tags import VERB_POS

__all__ = [
    "ModalityReading",
    "governing_chain",
    "read_modality",
    "reporting_verb",
]

CONTINUATION = words("modality_words.tsv", "continuation")
PREMISES = words("modality_words.tsv", "premise")  # given, despite: their object is taken as done
CLAUSE_BOUNDARIES = {"relcl", "acl", "advcl", "conj", "appos"}


@dataclass(frozen=True)
class ModalityReading:
    """The modality and the token that decided it (None when the event simply occurred)."""

    modality: Modality
    cue: Token | Span | Evidence | None = None


def governing_chain(head: Token) -> list[Token]:
    """The trigger, then the verbs that govern it up to the clause that reports or plans it.

    A noun trigger is governed by the verb it is an argument of ("hold talks"), an infinitive by
    its controlling verb ("plans to visit"), a clause by its head ("said that ...").
    """
    chain = [head]
    token = head
    if own_agent(head) or told_subject(head):
        return chain  # "denied accusations made by X": the reduced relative tells them made
    while token.head != token and len(chain) < 6:
        parent = token.head
        boundary = own_clause(token) or (token.dep_ in CLAUSE_BOUNDARIES and token.pos_ in VERB_POS)
        asked = question_opener(token) is not None  # "would not say when they withdrew"
        boundary = boundary or _glued_clause(token) or _premise(token)
        if boundary or asked or aside_speech(token) or (token == head and told_of(token)):
            break  # a clause of its own, or told of ("did not mention the attack"): its own
        chain.append(parent)
        if token.dep_ in REPORTED_CLAUSE_DEPS:
            break
        token = parent
    return chain


def _premise(token: Token) -> bool:
    """ "given his criticism of Romney it would be very hard": an act noun a premise
    preposition takes is granted as done; the clause it sets up plans or supposes another."""
    return token.dep_ == "pobj" and token.head.lower_ in PREMISES


def _glued_clause(token: Token) -> bool:
    """ "X attacked Y, so it may come as a surprise that ...": the parse may hang a whole
    clause as the complement of the clause after it, which its own mark ("so", "because")
    opens; that clause's modal is its own, not the first clause's."""
    parent = token.head
    if token.dep_ != "ccomp" or token.i > parent.i:
        return False
    return any(c.dep_ == "mark" and token.right_edge.i < c.i < parent.i for c in parent.children)


@read_once
def read_modality(head: Token, speech_act: bool = False) -> ModalityReading:
    """Negated, hypothetical, planned or ongoing from the trigger's clause; else occurred.

    A condition attached to a speech act ("threatened to strike unless ...") conditions what is
    threatened or demanded, not the act of threatening, so it is not read for speech acts.
    Read once per word and reading: the event, its confidence and joined verbs all ask.
    """
    chain = governing_chain(head)
    for modality, finder in FINDERS if speech_act else CLAUSE_FINDERS:
        cue = finder(chain)
        if cue is not None:
            return _continued(chain, ModalityReading(modality, cue))
    return _shared_with_first(head, speech_act)


def _continued(chain: list[Token], reading: ModalityReading) -> ModalityReading:
    """ "whether Sanders continues to hammer Clinton", "could keep attacking him": a question,
    condition or modal over a verb of continuation asks whether the act goes on; the act has
    been done so far, so it is ongoing. A cue on the act itself ("continue to attack if ...")
    stays."""
    act = chain[0]
    if reading.modality != Modality.HYPOTHETICAL or act.dep_ != "xcomp" or len(chain) < 2:
        return reading
    verb = chain[1]
    own = isinstance(reading.cue, Token) and reading.cue.head == act
    return (
        reading
        if own or verb.lemma_.lower() not in CONTINUATION
        else ModalityReading(Modality.ONGOING, verb)
    )


def _shared_with_first(head: Token, speech_act: bool) -> ModalityReading:
    """ "could win by recalling its envoy and urging Peru to talk", "will fly to Lima and meet
    Garcia": a verb joined to another without a subject or auxiliary of its own shares that
    verb's modal or future; not its negation ("did not resign and vowed to fight"). So does
    a purpose clause the act it serves (`served_act`)."""
    served = served_act(head)
    if served is not None:
        return _planned_or_possible(read_modality(served, speech_act))
    first = head.head
    own = {c.dep_ for c in head.children} & {"nsubj", "nsubjpass", "aux", "auxpass", "neg"}
    if head.dep_ != "conj" or head.pos_ != "VERB" or first.pos_ != "VERB" or own:
        return ModalityReading(Modality.OCCURRED)
    return _planned_or_possible(read_modality(first, speech_act))


def _planned_or_possible(shared: ModalityReading) -> ModalityReading:
    if shared.modality in {Modality.PLANNED, Modality.HYPOTHETICAL}:
        return shared
    return ModalityReading(Modality.OCCURRED)


def _reports(clause: Token) -> bool:
    """A clause its head reports: "said (that) ...", "..., he said", "is said to have
    attacked" and "claimed to have captured" (an infinitive reports only under a passive or in
    the perfect: "continued to shell" does not)."""
    if clause.dep_ in REPORTED_CLAUSE_DEPS:
        return not own_clause(clause)  # "asked him to resign; he declined": no report
    if clause.dep_ != "xcomp":
        return False
    passive = any(c.dep_ == "auxpass" for c in clause.head.children)
    return passive or _perfect_infinitive(clause)


def _perfect_infinitive(clause: Token) -> bool:
    """ "to have captured": a past act the subject reports of itself, no plan or attempt."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children)


def reporting_verb(head: Token, sentence: Span) -> Token | None:
    """The "said" whose reported clause contains the trigger, if any."""
    token = head
    while token.head != token:
        if reports(token.head) and _reports(token):
            return token.head
        token = token.head
    for token in sentence:
        if token.lower_ == "according" and token.i > head.i:
            return None if opens_other_clause(token, head) else token
    return None


FINDERS = (
    (Modality.HYPOTHETICAL, open_question),  # "asked whether Russia would attack"
    (Modality.HYPOTHETICAL, negated_duty),
    (Modality.HYPOTHETICAL, denied_prediction),  # "I don't think they would accept him"
    (Modality.NEGATED, negation),
    (Modality.NEGATED, pending),
    (Modality.NEGATED, nor),
    (Modality.NEGATED, negated_alternative),
    (Modality.NEGATED, passed_over),  # "rather than challenging Trump"
    (Modality.NEGATED, no_longer),
    (Modality.NEGATED, ceased),  # "stopped confirming his picks"
    (Modality.NEGATED, shortfall),
    (Modality.NEGATED, ruled_out),
    (Modality.NEGATED, negating_prefix),  # "his non-endorsement"
    (Modality.HYPOTHETICAL, conditional),
    (Modality.HYPOTHETICAL, inside_condition),  # "if there were a gang that kidnapped"
    (Modality.HYPOTHETICAL, awaited_condition),  # "will not sign before they agree"
    (Modality.HYPOTHETICAL, likelihood),
    (Modality.PLANNED, planned),  # before conditions: "will boycott unless ..." is a plan
    (Modality.PLANNED, headline_infinitive),
    (Modality.PLANNED, planned_by_noun),
    (Modality.PLANNED, arranged),  # "is to visit", "talks are due to resume"
    (Modality.PLANNED, partial(host_modal, modals=FUTURE_MODALS, reported=reported_future)),
    (Modality.HYPOTHETICAL, partial(host_modal, modals=HYPOTHETICAL_MODALS)),
    (Modality.ONGOING, ongoing),
)
"""The readings tried in order on a speech act's chain (its conditions are what it threatens)."""
CLAUSE_FINDERS = (*FINDERS[:-1], (Modality.HYPOTHETICAL, condition_clause), FINDERS[-1])
"""Any other act's: a condition clause makes it hypothetical, before it reads as ongoing."""
