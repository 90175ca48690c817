"""Liking as praise only in the speaker's own words about a person: "I like Clinton", "we
love him", "I trust him with his words", and "he said he has liked Trump since the beginning".

A liking (`event_words.tsv`, class "liking") praises the person liked when the speaker tells
it of themself: in the first person, or as a pronoun in a clause the speaker's own reporting
verb tells. A third party's liking ("Democrats appear to like him", "everybody loved him")
reports an opinion held, which PLOVER does not code; a liking denied ("I don't trust him",
"I can't say that I like him") is no praise, and nor is a liking of a thing ("I love Ohio").
Told in the passive ("may not be liked by many colleagues", "is loved by millions") it is a
standing popularity. Such a liking is no trigger at all, so that it does not take the place
of the act joined to it ("likes the senator and is inclined to endorse him", "may not be
liked by many colleagues but can now boast the support of the Bush family").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import FIRST_PERSON_SUBJECTS, PERSON_PRONOUNS, reports, words
from eventwire.events.matches import TriggerMatch
from eventwire.events.negation import NEGATIONS
from eventwire.events.passives import is_passive
from eventwire.events.plover_types import SUPPORT
from eventwire.events.verb_arguments import objects
from eventwire.parse.subjects import clause_subjects

LIKING = words("event_words.tsv", "liking")  # like, love, trust
PERSON_ENTITY = "PERSON"


def no_liking_told(match: TriggerMatch) -> bool:
    """A verb of liking that tells no act: not the speaker's own affirmed liking of a person,
    or told in the passive. It is no trigger, so that it does not take the place of an act
    joined to it ("likes the senator and is inclined to endorse him")."""
    head = match.head
    if match.nominal or match.code.type != SUPPORT or head.lemma_.lower() not in LIKING:
        return False
    own = _speakers_own(head) and not _denied(head) and _of_a_person(head)
    return is_passive(head) or not own


def _speakers_own(verb: Token) -> bool:
    """ "I like him"; "he said he likes him": the reporter tells their own liking."""
    subjects = clause_subjects(verb)
    if any(s.lower_ in FIRST_PERSON_SUBJECTS for s in subjects):
        return True
    reported = verb.dep_ == "ccomp" and reports(verb.head)
    return reported and any(s.lower_ in PERSON_PRONOUNS for s in subjects)


def _denied(verb: Token) -> bool:
    """A negation on the verb or on a clause above it ("can't say that I like him")."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATIONS)
        for clause in [verb, *verb.ancestors]
        for c in clause.children
    )


def _of_a_person(verb: Token) -> bool:
    """The one liked is a person: a person's name or a personal pronoun ("him", "her")."""
    return any(o.ent_type_ == PERSON_ENTITY or o.lower_ in PERSON_PRONOUNS for o in objects(verb))
