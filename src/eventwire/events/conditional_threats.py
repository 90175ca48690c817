"""Force a party says it would use if another acts is a threat.

"Iraq would retaliate against Venezuela if it boosts output", "the rebels will attack unless
the army withdraws": a hostile act told in the future or a modal, with a condition that another
party must meet, is not yet done; PLOVER codes the warning itself, a threat (CAMEO 130), whose
act is hypothetical until the condition is met. An act done already ("attacked when they
refused") or one with no condition is left as it is. `hypothetical` is `confidence`'s reading
of acts told as a condition or a possibility, and of the named party's hostile act that is a
threat instead; the condition itself ("if he has killed reporters") threatens nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import ACCUSATION, ARREST, LAWSUIT, THREAT
from eventwire.events.conditions import CONDITIONALS, conditioned
from eventwire.events.counterfactuals import counterfactual
from eventwire.events.court_pleas import court_plea
from eventwire.events.demands import quoted_obligation
from eventwire.events.hypothetical_modality import ABILITY
from eventwire.events.lexicon import CONFLICTUAL, HARM_TYPES, words
from eventwire.events.light_verbs import light_verb
from eventwire.events.matches import TriggerMatch
from eventwire.events.modality import ModalityReading, read_modality
from eventwire.events.participles import LEGAL_STEPS
from eventwire.events.performatives import performed
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import REQUEST, SUPPORT
from eventwire.events.poll_shares import counts_in
from eventwire.events.scope import SPEECH_ACTS
from eventwire.events.word_classes import OBLIGATION
from eventwire.model import Modality, Participant
from eventwire.parse.arguments import objects

INTENDED = {Modality.PLANNED, Modality.HYPOTHETICAL}
CONDITION_MARKS = CONDITIONALS - {"whether"}  # "whether" asks, it sets no condition
BACKED_PREPS = words("event_words.tsv", "backed_prep")  # "vote for him", "get behind him"
PROSPECT_LINKS = {"xcomp", "acomp"}  # "may be willing to back": the modal's verb completed


def conditional_threat(
    match: TriggerMatch, reading: ModalityReading
) -> tuple[TriggerMatch, ModalityReading]:
    """The act recoded as a threat, hypothetical, when a condition hangs on it."""
    if match.nominal or match.code.type not in HARM_TYPES or reading.modality not in INTENDED:
        return match, reading
    if counterfactual(match.head):  # "would have fired him if ...": not done, no warning
        return match, ModalityReading(Modality.HYPOTHETICAL, reading.cue)
    mark = _condition(match.head)
    if mark is None:
        return match, reading
    cue = reading.cue if reading.cue is not None else mark  # the modal that warns: "would"
    return match.recoded(THREAT), ModalityReading(Modality.HYPOTHETICAL, cue)


def _appeal_in_prospect(
    match: TriggerMatch, actors: list[Participant], recipients: list[Participant]
) -> bool:
    """ "Many Democrats would be asking him to step aside", "could win by persuading delegates
    to switch": a request one named party may make of another is coded, hypothetical, as the
    coded sets code it; not what a party is able to ask ("he can ask them to"), nor what a
    condition supposes ("if members who demand his resignation win": `known_parties`)."""
    if match.nominal or match.code.type != REQUEST or not (actors and recipients):
        return False
    head = match.head
    able = any(c.dep_ == "aux" and c.lower_ in ABILITY for c in head.children)
    return not able and not any(_supposes(t) for t in [head, *head.ancestors])


def _stance_in_prospect(
    match: TriggerMatch,
    actors: list[Participant],
    recipients: list[Participant],
    reading: ModalityReading,
) -> bool:
    """ "He might vote for Clinton", "Adelson may back Trump": the backing one named party may
    give another is a stance the coded sets code, hypothetical, as they code a request in
    prospect; not what a party ought to do ("should back him": advice, no backing) or is able
    to do, nor the backing a condition supposes ("if Ryan endorses him, ...")."""
    if match.nominal or match.code.type != SUPPORT or not (actors and recipients):
        return False
    head = match.head
    if head.dep_ == "relcl" or counts_in(head.sent) or not _backs_a_party(head, recipients):
        return False  # "officials who may support the candidate", "12 percent might vote for him"
    cue = reading.cue
    if not isinstance(cue, Token) or cue.lower_ in OBLIGATION | ABILITY or cue.dep_ != "aux":
        return False
    own = _own_modal(match.head, cue)
    return own and not any(_supposes(t) for t in [match.head, *match.head.ancestors])


def _backs_a_party(verb: Token, recipients: list[Participant]) -> bool:
    """The one backed is the verb's object ("may back Trump", "might vote for him"), not a
    thing whose phrase names people ("would support free meals for students": a policy). A
    verb with no object at all ("may endorse", "could switch sides") backs whoever the
    recipients name: nothing says a thing is backed, so it holds."""
    backed = objects(verb) or pobjs(verb, BACKED_PREPS)
    return not backed or any(r.covers(t.idx) for t in backed for r in recipients)


def _own_modal(verb: Token, modal: Token) -> bool:
    """ "may back", "may be willing to back", "could end up voting for": the modal sits on the
    backing verb or on the verbs it completes; not on a clause that only names the backers
    ("would need delegates now supporting Clinton": their backing is no prospect)."""
    while verb.i != modal.head.i:
        if verb.dep_ not in PROSPECT_LINKS:
            return False
        verb = verb.head
    return True


def _supposes(clause: Token) -> bool:
    """A clause marked as a condition ("if they win")."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children)


def _condition(verb: Token) -> Token | None:
    """The "if" or "unless" of a condition clause on the verb or on the verb it completes."""
    clauses = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    marks = [m for clause in clauses for m in _condition_marks(clause)]
    return marks[0] if marks else None


def _condition_marks(clause: Token) -> list[Token]:
    """The "if" or "unless" marks of the adverbial clauses on `clause`, in order."""
    return [
        mark
        for condition in clause.children
        if condition.dep_ == "advcl"
        for mark in condition.children
        if mark.dep_ == "mark" and mark.lower_ in CONDITION_MARKS
    ]


def hypothetical(
    match: TriggerMatch, actors: list[Participant], recipients: list[Participant]
) -> bool:
    """ "could open her up to attacks", "They should support the nominee", "if he were a bigot
    he wouldn't have allowed ...": an act told as a condition or a possibility has not happened
    and is no act an analyst counts (`--all` keeps it, marked). A named party that may do a
    hostile act ("the EC may halt mediation if ...", "may launch an offensive") threatens it,
    as PLOVER codes it, unless the act is itself the condition or the question ("if he has
    killed reporters", "whether to deport them"); a charge (CAMEO 112) a named person may face
    ("Kopp could be charged"), or a bare legal step as the condition ("could face jail if
    convicted"), is the authorities' act in prospect, coded hypothetical, and so is an arrest
    or a court's coercion its subject may suffer ("if they are held in contempt of court"; not
    "imprisoned Americans", a state); so is a lawsuit a named party may bring ("the relatives
    might sue", or appeal: `court_pleas`): a legal threat, no musing. So is an appeal a named
    party may make to a named one (`_appeal_in_prospect`), and backing a named party may give
    a named one ("might vote for Clinton": `_stance_in_prospect`)."""
    if not match.nominal and counterfactual(match.head):
        return True  # "would have fired him": it did not happen
    threat = not match.nominal or light_verb(match.head)
    hostile = match.code.type in CONFLICTUAL or match.code.cameo == LAWSUIT
    if hostile and actors and threat and not conditioned(match.head):
        return False
    if _legal_prospect(match) and recipients:
        return False
    if court_plea(match, actors) and not conditioned(match.head):  # "could appeal": held out
        return False
    if _appeal_in_prospect(match, actors, recipients):  # "would be asking him to quit"
        return False
    speech = match.code.type in SPEECH_ACTS
    if speech and quoted_obligation(match.head):  # the demand is made in the saying
        return False
    if performed(match.head, match.code.type):  # "if they fail, I urge him to ...": said now
        return False
    reading = read_modality(match.head, speech_act=speech)
    if _stance_in_prospect(match, actors, recipients, reading):  # "might vote for Clinton"
        return False
    return reading.modality == Modality.HYPOTHETICAL


def _legal_prospect(match: TriggerMatch) -> bool:
    """A charge, a legal step that is itself the condition ("if convicted", "unless
    extradited"), or an arrest or a court's coercion with a subject of its own to suffer it
    ("if they are held in contempt of court"): what the named party faces, not musing."""
    head = match.head
    marks = {c.lower_ for c in head.children if c.dep_ == "mark"}
    bare_condition = head.lemma_.lower() in LEGAL_STEPS and bool(marks & CONDITION_MARKS)
    suffered = match.code.cameo == ARREST and any(c.dep_ == "nsubjpass" for c in head.children)
    return match.code.cameo == ACCUSATION or bare_condition or suffered
