"""Acts told of "you": the generic second person of speech and advice.

"You may not agree with what he did", "you're trying to negotiate something", "you're not going
to beat her by attacking him", "there are better ways to voice your opposition": in news a
clause whose doer (or an act noun whose owner) is "you" speaks of anyone, or of the
listener in a hypothetical or a question; it tells no act of a party. The reporting verb that
carries such words is coded on its own ("accused the senator of ...").

So does a gerund with no doer as the subject of what can or may happen ("Expressing approval
for Castro can prompt threats", "Criticising the king may land you in jail"): anyone's act. So
does a verb in the simple present whose doer is anyone at all ("battery is committed when a
person strikes another person", "anyone who attacks a police officer faces prison"): a statute,
a definition or a habit; "someone attacked the embassy" tells one act of an unknown doer.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.conditions import condition_marks
from eventwire.events.hypothetical_modality import ABILITY, HYPOTHETICAL_MODALS
from eventwire.events.lexicon import words
from eventwire.lexicons import word_set
from eventwire.parse.deps import LINKED_CLAUSE_DEPS
from eventwire.parse.subjects import ACTIVE_SUBJECT_DEPS
from eventwire.parse.tags import BARE_FORM_TAGS, GERUND_TAG, MODAL_TAG, PRESENT_TAGS
from eventwire.parse.tenses import auxiliaries

GENERIC_DOERS = words("event_words.tsv", "generic_you")  # "you face prison if you ..."
GENERIC_OWNERS = words("event_words.tsv", "generic_owner")  # "express your opposition"
CONTROLLED = LINKED_CLAUSE_DEPS  # "trying to negotiate": the doer is the head's
MAX_HOPS = 4
OWN_DOERS = {"nsubj", "poss", "agent"}  # "his criticising the king": his act
ANYONE = words("event_words.tsv", "generic_doer")  # anyone, everyone, a person
INDEFINITE = word_set("generic_determiner")  # "a person", "any citizen": whoever fits
PICTURED_DEPS = {"ccomp", "xcomp"}  # "you'll see them attack": the bare infinitive seen
JOINED_DEPS = {"conj", "ccomp", "xcomp"}  # "will brand you and accuse you": one consequence
SPEAKERS = word_set("first_person_subject")  # "I will sue you": the speaker's own act


def done_by_you(verb: Token) -> bool:
    """Whether the verb's doer, its own subject or the subject of the verb it completes
    ("trying to negotiate", "beat her by attacking him"), is the generic "you"; or, for an act
    noun, its owner ("ways to express your opposition to X")."""
    if verb.pos_ == "NOUN":
        return any(c.dep_ == "poss" and c.lower_ in GENERIC_OWNERS for c in verb.children)
    doer = _doer(verb)
    return (doer is not None and doer.lower_ in GENERIC_DOERS) or _pictured_for_you(verb)


def _pictured_for_you(verb: Token) -> bool:
    """ "you'll have a candidate offer you a job", "you would see them attack": a bare
    infinitive that completes a modal verb of the generic "you" is a scene it may meet."""
    host = verb.head
    if verb.tag_ not in BARE_FORM_TAGS or verb.dep_ not in PICTURED_DEPS or not _modal(host):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in GENERIC_DOERS for c in host.children)


def if_you(verb: Token) -> bool:
    """ "if you doubt them, the paper will brand you a liar": an act to come in the
    consequence of "if you ..." is what anyone may meet. A told past stays ("if you look, Smith
    attacked him"), and so does the speaker's own ("if you attack me, I will sue you": a threat
    to the one addressed)."""
    if any(c.dep_ == "nsubj" and c.lower_ in SPEAKERS for c in verb.children):
        return False
    clauses = [verb]
    while clauses[-1].dep_ in JOINED_DEPS and len(clauses) < MAX_HOPS:
        clauses.append(clauses[-1].head)
    return any(_modal(c) for c in clauses) and any(_conditioned_on_you(c) for c in clauses)


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == MODAL_TAG for c in verb.children)


def _conditioned_on_you(verb: Token) -> bool:
    """ "if you doubt them, ...": a condition whose doer is the generic "you"."""
    conditions = [c for c in verb.children if c.dep_ == "advcl" and condition_marks(c)]
    return any(
        s.dep_ == "nsubj" and s.lower_ in GENERIC_DOERS for c in conditions for s in c.children
    )


def _doer(verb: Token) -> Token | None:
    for _ in range(MAX_HOPS):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects[0]
        if verb.dep_ in CONTROLLED:
            verb = verb.head
        elif verb.dep_ == "pcomp":  # "by attacking him": the preposition's head acts
            verb = verb.head.head
        else:
            return None
    return None


def done_by_anyone(head: Token) -> bool:
    """Whether the trigger, or the gerund whose object it is ("Expressing approval ..."), is a
    gerund with no doer as the subject of a verb of what can or may happen; or a verb in the
    simple present or with a modal whose doer is anyone at all ("when a person strikes")."""
    if head.pos_ == "VERB" and _timeless(head) and _anyone(_doer(head)):
        return True
    gerund = head.head if head.dep_ == "dobj" and head.head.tag_ == GERUND_TAG else head
    if gerund.tag_ != GERUND_TAG or gerund.dep_ not in ACTIVE_SUBJECT_DEPS:
        return False
    if any(c.dep_ in OWN_DOERS for c in gerund.children):
        return False
    modals = ABILITY | HYPOTHETICAL_MODALS
    return any(c.dep_ == "aux" and c.lower_ in modals for c in gerund.head.children)


def _timeless(verb: Token) -> bool:
    """ "strikes", "can attack": the simple present or a modal, no told past or perfect."""
    auxes = auxiliaries(verb)
    modal = any(a.tag_ == MODAL_TAG for a in auxes)
    return modal or (verb.tag_ in PRESENT_TAGS and not auxes)


def _anyone(doer: Token | None) -> bool:
    """ "anyone", "everyone", "a person", "any citizen": whoever fits, no party."""
    if doer is None or doer.lower_ not in ANYONE:
        return False
    return doer.pos_ == "PRON" or any(c.lower_ in INDEFINITE for c in doer.children)
