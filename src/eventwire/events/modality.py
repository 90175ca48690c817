"""How sure the text is about an event, and the words that decide it.

Checked in order, the first that applies wins: negated, hypothetical, planned, ongoing; else the
event is claimed when only a source asserts it (inside a quotation or a reported clause), else
it occurred. Status words outrank attribution: "X said troops will deploy" is planned, and the
claim stays visible through `quote_id` and the reporting clause.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from spacy.tokens import Span, Token

from eventwire.events.arranged import arranged
from eventwire.events.clauses import own_agent
from eventwire.events.conditions import CONDITIONALS, awaited_condition, inside_condition
from eventwire.events.held_back import overcome_holding_back
from eventwire.events.lexicon import reports, speaks, told_of, words
from eventwire.events.modality_scope import (
    SUBJECTS,
    aside_speech,
    children_in,
    connective,
    host_modal,
    likelihood,
    modal_form,
    negating_prefix,
    opens_other_clause,
    ruled_out,
    served_act,
    shortfall,
    told_subject,
)
from eventwire.events.negation import (
    negated_alternative,
    negated_duty,
    negation,
    no_longer,
    nor,
    pending,
)
from eventwire.events.open_questions import open_question, question_opener
from eventwire.events.others_acts import names_other_doer
from eventwire.events.own_clauses import own_clause
from eventwire.events.passed_over import passed_over
from eventwire.model import Evidence, Modality
from eventwire.parse.deps import AUXILIARY_DEPS, REPORTED_CLAUSE_DEPS
from eventwire.parse.forms import in_words
from eventwire.parse.nlp import read_once
from eventwire.parse.subjects import NOUN_SUBJECT_DEPS
from eventwire.parse.tags import NOUN_POS, PRESENT_TAGS, VERB_POS

HYPOTHETICAL_MODALS = words("modality_words.tsv", "hypothetical")
ABILITY = words("modality_words.tsv", "ability")
FUTURE_MODALS = words("modality_words.tsv", "future")
PLANNING = words("modality_words.tsv", "planning")
WISHES = words("modality_words.tsv", "wish")
IRREALIS_MARKS = words("modality_words.tsv", "irrealis_mark")
PLANNED_ADJECTIVES = words("modality_words.tsv", "planned")
ONGOING_WORDS = words("modality_words.tsv", "ongoing")
ONGOING_VERBS = words("modality_words.tsv", "ongoing_verb")
CONTINUATION = words("modality_words.tsv", "continuation")
CLAUSE_BOUNDARIES = {"relcl", "acl", "advcl", "conj", "appos"}
NOMINAL_ROLES = {"nsubj", "nsubjpass", "dobj", "pobj", "attr"}


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
        boundary = boundary or _glued_clause(token)
        if boundary or asked or aside_speech(token) or (token == head and told_of(token)):
            break  # a clause of its own, or told of ("did not mention the attack"): its own
        chain.append(parent)
        if token.dep_ in REPORTED_CLAUSE_DEPS:
            break
        token = parent
    return chain


def _glued_clause(token: Token) -> bool:
    """ "X attacked Y, so it may come as a surprise that ...": the parse may hang a whole
    clause as the complement of the clause after it, which its own mark ("so", "because")
    opens; that clause's modal is its own, not the first clause's."""
    parent = token.head
    if token.dep_ != "ccomp" or token.i > parent.i:
        return False
    return any(c.dep_ == "mark" and token.right_edge.i < c.i < parent.i for c in parent.children)


def _condition_clause(chain: list[Token]) -> Token | None:
    """ "If they come, we fight": a conditional clause attached to the event itself."""
    for clause in children_in(chain[0], {"advcl"}):
        for mark in children_in(clause, {"mark"}):
            if mark.lower_ in CONDITIONALS:
                return mark
    return None


def _conditional(chain: list[Token]) -> Token | None:
    for token in chain:
        for child in [*children_in(token, {"mark", "aux"}), *_shared_marks(token)]:
            if child.lower_ in CONDITIONALS:
                return child
            if child.lower_ in ABILITY and token is chain[0]:  # "can attack", not "can boast
                return child  # the support" (a standing the subject has)
            if child.lower_ == "could" and overcome_holding_back(token):
                continue  # "could not resist attacking": a past ability, the attack done
            modal = modal_form(child)
            if (
                modal in HYPOTHETICAL_MODALS
                and not _hyphenated(child)
                and not (modal == "would" and _reported(token) and not _perfect(token))
            ):
                return child
        if _for_to(token):
            return _for_to(token)
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in WISHES:
            return token.head  # "I hope the Democrats will end their lawsuits": a wish
    return None


def _hyphenated(word: Token) -> bool:
    """ "his would-be successors": a modal joined by a hyphen is part of an adjective."""
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return not word.whitespace_ and following is not None and following.text == "-"


def _for_to(token: Token) -> Token | None:
    """ "called for the president to resign", "a petition for Emanuel to resign": a "for ...
    to" clause tells an act wanted, not done."""
    marks = [m for m in children_in(token, {"mark"}) if m.lower_ in IRREALIS_MARKS]
    if marks and any(a.lower_ == "to" for a in children_in(token, {"aux"})):
        return marks[0]
    return None


def _shared_marks(token: Token) -> list[Token]:
    """ "If you lead and your employees are under attack": a clause joined to a condition
    shares its "if"."""
    return children_in(token.head, {"mark"}) if token.dep_ == "conj" else []


def _perfect(token: Token) -> bool:
    """ "it would have been an insult": "would have" with a participle tells what did not
    happen, also in a reported clause."""
    return token.tag_ == "VBN" and any(c.lower_ == "have" for c in children_in(token, {"aux"}))


def _reported(token: Token) -> bool:
    """ "said they would blockade", "confirmed he would meet them", "they would be turned over,
    he said": the modal is a reported future, not a condition."""
    said = token.head
    if token.dep_ == "ccomp" and (speaks(said) or reports(said) or said.lemma_.lower() in PLANNING):
        return True
    return any(c.dep_ == "parataxis" and reports(c) for c in token.children)


def _planned(chain: list[Token]) -> Token | None:
    head = chain[0]
    for child in head.children:
        if child.lower_ in PLANNED_ADJECTIVES:
            return child
        if child.dep_ == "relcl":
            future = _future_aux(child)
            if future is not None:
                return future
    for below, token in zip([None, *chain], chain, strict=False):
        future = _future_aux(token)
        if future is not None:
            return future
        if below is not None and _plans(token, below):
            return token
        if token.dep_ == "ccomp":
            break
    return _to_be(head)


def _headline_infinitive(chain: list[Token]) -> Token | None:
    """ "AFL-CIO to endorse Clinton", "Iran to free sailors, official says", "Obama to Visit
    Cuba": a headline's bare infinitive with its doer before it announces what will happen."""
    verb = chain[0]
    to = next((c for c in children_in(verb, {"aux"}) if c.lower_ == "to"), None)
    if to is None or verb.tag_ != "VB":
        return None
    if verb.dep_ == "acl":  # "Obama to Visit Cuba": the doer parsed as the root
        return to if verb.head.dep_ == "ROOT" and verb.head.pos_ == "PROPN" else None
    reported = verb.dep_ == "ccomp" and reports(verb.head)
    has_doer = bool(children_in(verb, NOUN_SUBJECT_DEPS))
    return to if has_doer and (verb.dep_ == "ROOT" or reported) else None


def _planned_by_noun(chain: list[Token]) -> Token | None:
    """ "his proposal to ban Muslims", "announced a plan to send troops": an infinitive that
    describes a noun of planning is the plan's content, not an act done."""
    verb = chain[0]
    noun = verb.head
    if verb.dep_ != "acl" or not any(c.lower_ == "to" for c in children_in(verb, {"aux"})):
        return None
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in PLANNING else None


def _plans(token: Token, below: Token) -> bool:
    """ "plans to visit", "is going to attack": a planning word over the act; not its doer ("the
    attacks have set off alarm"), its means (`_means`) nor the preposition "about" ("Emerged
    About Who Cosby Gave")."""
    planning = in_words(token, PLANNING) and token.pos_ != "ADP"
    return planning and below.dep_ not in SUBJECTS and not _means(below)


def _means(below: Token) -> bool:
    """ "sought peace by promising to withdraw": a "by" gerund is how the planner already
    acts, not what it plans."""
    return below.dep_ == "prep" and below.lower_ == "by"


def _future_aux(token: Token) -> Token | None:
    for child in children_in(token, AUXILIARY_DEPS):
        if child.lower_ in FUTURE_MODALS or (modal_form(child) == "would" and _reported(token)):
            return child
    return None


def _to_be(head: Token) -> Span | None:
    """ "hardware to be relocated", "the plan must be approved by the court": an infinitive or
    required passive announces what is still to happen."""
    auxes = children_in(head, AUXILIARY_DEPS)
    words = [a.lower_ for a in auxes]
    if {"to", "must"} & set(words) and "be" in words:
        return head.doc[min(a.i for a in auxes) : max(a.i for a in auxes) + 1]
    return None


def _ongoing(chain: list[Token]) -> Token | None:
    head = chain[0]
    for token in chain:
        for child in token.children:
            if child.lower_ in ONGOING_WORDS and not connective(child):
                return child
        progressive = any(a.lemma_ == "be" for a in children_in(token, {"aux"}))
        if token.tag_ == "VBG" and progressive and not _named_aside(head, token):
            return token
        being = [a for a in children_in(token, {"auxpass"}) if a.lower_ == "being"]
        if being and token == head:  # "is being investigated": the act's own passive in progress
            return being[0]
        if (
            token != head
            and token.lemma_.lower() in ONGOING_VERBS
            and token.tag_ in {"VBP", "VBZ", "VBG"}
        ):
            return token
        if token != head and token.tag_ in PRESENT_TAGS and head.dep_ in NOMINAL_ROLES:
            if names_other_doer(head, token):  # "refuses to disavow Graham's endorsement"
                return None  # another's act, named as done; the present is the stance's
            return token  # "the drills are important": a named event in the present
        if token.dep_ == "ccomp":
            break
    return None


def _named_aside(head: Token, verb: Token) -> bool:
    """ "was responding to questions about complaints by Lew": an event noun deep in a phrase
    of the verb (not its own argument) is named there; the verb's progressive is its own."""
    return head.pos_ in NOUN_POS and head.head != verb and verb != head


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
    (Modality.NEGATED, negation),
    (Modality.NEGATED, pending),
    (Modality.NEGATED, nor),
    (Modality.NEGATED, negated_alternative),
    (Modality.NEGATED, passed_over),  # "rather than challenging Trump"
    (Modality.NEGATED, no_longer),
    (Modality.NEGATED, shortfall),
    (Modality.NEGATED, ruled_out),
    (Modality.NEGATED, negating_prefix),  # "his non-endorsement"
    (Modality.HYPOTHETICAL, _conditional),
    (Modality.HYPOTHETICAL, inside_condition),  # "if there were a gang that kidnapped"
    (Modality.HYPOTHETICAL, awaited_condition),  # "will not sign before they agree"
    (Modality.HYPOTHETICAL, likelihood),
    (Modality.PLANNED, _planned),  # before conditions: "will boycott unless ..." is a plan
    (Modality.PLANNED, _headline_infinitive),
    (Modality.PLANNED, _planned_by_noun),
    (Modality.PLANNED, arranged),  # "is to visit", "talks are due to resume"
    (Modality.PLANNED, partial(host_modal, modals=FUTURE_MODALS, reported=_reported)),
    (Modality.HYPOTHETICAL, partial(host_modal, modals=HYPOTHETICAL_MODALS)),
    (Modality.ONGOING, _ongoing),
)
"""The readings tried in order on a speech act's chain (its conditions are what it threatens)."""
CLAUSE_FINDERS = (*FINDERS[:-1], (Modality.HYPOTHETICAL, _condition_clause), FINDERS[-1])
"""Any other act's: a condition clause makes it hypothetical, before it reads as ongoing."""
