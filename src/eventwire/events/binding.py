"""A personal pronoun that is the object of a preposition never names its own clause's
subject ("Trump lashed out at her", "Trump called on him to resign": not Trump).

The actors stage links "him"/"her" to the last person before it and already keeps a direct
object from its verb's subject; it reads the pronoun's own head, which for a prepositional
object is the preposition, so "at her" after "Trump" is linked to Trump, and the event then
drops its target as the doer itself. Here the clause is the verb the phrase hangs on.
Nor does a non-reflexive pronoun name its verb's other arguments ("they would turn over Elian
to him": "him" is not Elian).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import PERSONAL_OBJECTS
from eventwire.events.mention_reader import MentionReader
from eventwire.events.verb_arguments import objects
from eventwire.model import ActorType, Participant
from eventwire.parse.deps import VERB_OBJECT_DEPS, through_any_preposition
from eventwire.parse.quotemarks import inside
from eventwire.parse.subjects import SUBJECT_DEPS, clause_subjects
from eventwire.parse.tags import VERB_POS

CO_ARGUMENTS = SUBJECT_DEPS | VERB_OBJECT_DEPS


def rebound(reader: MentionReader, pronoun: Token, participant: Participant) -> Participant:
    """The participant a prepositional "him"/"her" stands for: the person the actors stage
    linked, unless that is its clause's subject; then the latest other person named before it
    outside quotation marks (as the actors stage picks), else the link unchanged."""
    if pronoun.lower_ not in PERSONAL_OBJECTS or pronoun.dep_ != "pobj":
        return participant
    subjects = _clause_subject_ids(reader, pronoun.head)
    if participant.actor_id not in subjects:
        return participant
    quoted = reader.attribution.spans
    for mention in reversed(reader.mentions):
        actor = reader.actors[mention.actor_id]
        if mention.evidence.end > pronoun.idx or actor.type != ActorType.PERSON:
            continue
        if actor.id not in subjects and not inside(quoted, mention.evidence.start):
            return reader.actor_participant(actor.id, participant.mention)
    return participant


def _clause_subject_ids(reader: MentionReader, prep: Token) -> set[str]:
    """Actors named by the subject of the nearest verb above the preposition that has one
    ("called on her to resign": "called"; "wants to meet with her": "wants"); an infinitive
    whose controller has an object has that object for subject ("he asks surrogates to stump
    for him": the surrogates, so "him" may be he)."""
    for verb in prep.ancestors:
        subjects = clause_subjects(verb)
        if verb.dep_ == "xcomp" and not subjects:
            subjects = objects(verb.head)
        if verb.pos_ in VERB_POS and subjects:
            mentions = [reader.mention_at(s) for s in subjects]
            return {m.actor_id for m in mentions if m is not None}
    return set()


def co_argument_ids(reader: MentionReader, pronoun: Token) -> set[str]:
    """Actors named by the other subjects and objects of the verb the pronoun is an argument
    of, directly or through its preposition ("handed the boy over to him"): never the
    pronoun's own referent."""
    verb = through_any_preposition(pronoun)
    if verb.pos_ not in VERB_POS:
        return set()
    mates = [c for c in verb.children if c.dep_ in CO_ARGUMENTS and c.i != pronoun.i]
    mentions = [reader.mention_at(m) for m in mates]
    return {m.actor_id for m in mentions if m is not None}
