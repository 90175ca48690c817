"""A gendered pronoun side names a person of its gender: in "Clinton's campaign has criticized
him", "him" is not Clinton.

The actors stage links "he"/"him"/"his"/"she"/"her" to the person named last before the
pronoun, whatever their gender; the article tells most persons' gender (`quotes/gender.py`,
which the quotes stage reads for pronoun speakers). A pronoun linked to a person of the other
gender stands for the nearest person of its own gender named before it outside quotation marks,
never, for an object "him"/"her", its own clause's subject ("after Sanders endorsed him"); with
none, for the nearest such person whose gender the article does not tell, known by a full name
("Senator Bernie Sanders"; a lone word is as often a misread name, "the Brady bill"); else for
no one (a wrong side is worse than an empty one).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.binding import PERSONAL_OBJECTS, clause_subject_ids
from eventwire.events.mention_reader import MentionReader
from eventwire.model import ActorType, MentionKind, Participant
from eventwire.parse.quotemarks import inside
from eventwire.quotes.gender import SpeakerAgreement

OBJECT_DEPS = {"dobj", "dative", "iobj", "pobj"}


def agreeing(
    reader: MentionReader, agreement: SpeakerAgreement, pronoun: Token, participant: Participant
) -> Participant | None:
    """The participant a gendered pronoun stands for, given the one it is linked to."""
    mention = reader.mention_at(pronoun)
    if mention is None or participant.actor_id is None:
        return participant
    objected = pronoun.lower_ in PERSONAL_OBJECTS and pronoun.dep_ in OBJECT_DEPS
    barred = clause_subject_ids(reader, pronoun) if objected else set()
    linked = mention.model_copy(update={"actor_id": participant.actor_id})
    actor_id = agreement.actor_for(linked, barred) or _untold(reader, agreement, pronoun, barred)
    if actor_id is None:
        return None
    if actor_id == participant.actor_id:
        return participant
    return reader.actor_participant(actor_id, participant.mention)


def _untold(
    reader: MentionReader, agreement: SpeakerAgreement, pronoun: Token, barred: set[str]
) -> str | None:
    """The nearest person named before the pronoun by a full name, outside quotation marks and
    not barred, whose gender the article does not tell."""
    for mention in reversed(reader.mentions):
        actor = reader.actors[mention.actor_id]
        if (
            mention.evidence.end <= pronoun.idx
            and mention.kind == MentionKind.NAME
            and actor.type == ActorType.PERSON
            and len(actor.name.split()) > 1
            and actor.id not in barred
            and agreement.genders.get(actor.id) is None
            and not inside(reader.attribution.spans, mention.evidence.start)
        ):
            return actor.id
    return None
