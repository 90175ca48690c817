"""Refusals that refuse no act: "declined to comment", "refused to provide details", "won't
elaborate", "refused to speak to reporters" keep silent; "declined to rule out a run", "did not
rule out talks" keep an option open. Refusing to grant a claim ("refused to acknowledge the
result") still rejects it, and so does refusing to give something up ("refused to give up key
information")."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import group_lexicon
from eventwire.events.lexicon import reports, words
from eventwire.events.lone_talk import CHATTING, chat_partners, talkers
from eventwire.events.verb_arguments import objects
from eventwire.sectors import MEDIA

NO_COMMENT = words("event_words.tsv", "comment")  # "declined to comment": no refusal of an act
REFUSING = frozenset({"decline", "refuse"})  # "declined to comment", "refused to rule out"
STATE_ENTITY = "GPE"  # "Iran", "North Korea": a state, whose refusal to talk refuses talks
ASSENTING = words("event_words.tsv", "assenting")  # "refused to acknowledge": a rejection


def _declines_to_comment(verb: Token) -> bool:
    """ "declined to comment", "refused to provide details", "declined further comment", "won't
    elaborate", "declined to define", "declined to weigh in", "declined to criticize him": any
    verb of saying that is no act of its own (`reports`) refused is a silence, not a rejection;
    not a phrasal verb ("refused to give up key information" withholds it) but one of saying."""
    said = [c for c in verb.children if c.dep_ == "xcomp" and _no_comment(c)]
    said += [o for o in objects(verb) if o.lemma_.lower() in NO_COMMENT]  # a noun: no particle
    return any(_said_alone(c) for c in said)


def refuses_nothing(verb: Token) -> bool:
    """A refusal of no act: a silence ("declined to comment") or an option kept open
    ("declined to rule out a run")."""
    return _declines_to_comment(verb) or _declines_to_exclude(verb)


def _declines_to_exclude(verb: Token) -> bool:
    """ "declined to rule out any of the candidates", "refused to rule out a tax": a refusal to
    exclude an option keeps it open, as "did not rule out" does; it rejects nothing."""
    return any(c.dep_ == "xcomp" and _phrasal(c) == "rule out" for c in verb.children)


def refused_exclusion(verb: Token) -> bool:
    """ "rule out" negated or completing a refusal ("did not rule out talks", "declined to
    rule out a run", `REFUSING`): the option stays open."""
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING
    return _negated(verb) or refused


def _said_alone(clause: Token) -> bool:
    """No particle, or one that makes a verb of saying ("weigh in"), not "give in" or "give up"."""
    return _phrasal(clause) is None or _phrasal(clause) in NO_COMMENT


def _phrasal(verb: Token) -> str | None:
    """The verb with its particle ("weigh in"), or None for a verb with none."""
    particles = [p.lower_ for p in verb.children if p.dep_ == "prt"]
    return f"{verb.lemma_.lower()} {particles[0]}" if particles else None


def _no_comment(verb: Token) -> bool:
    """A verb of saying or of telling details whose refusal refuses no act; refusing to grant
    a claim ("refused to acknowledge the result", "declined to concur") rejects it."""
    lemma = verb.lemma_.lower()
    said = lemma in NO_COMMENT or _phrasal(verb) in NO_COMMENT
    return said or _talk_for_print(verb) or (reports(verb) and lemma not in ASSENTING)


def _talk_for_print(verb: Token) -> bool:
    """ "refused to speak to reporters", "declined to speak on the record": talk with no
    partner but the press is a comment withheld; "refused to talk to the rebels" refuses
    contact with a party, a rejection, and so does a state's refusal to talk with no partner
    told ("Iran refused to talk", "North Korea refused to talk about its nuclear program"):
    a state holds talks, it gives no comment."""
    if verb.lemma_.lower() not in CHATTING:
        return False
    partners = chat_partners(verb)
    if not partners and any(s.ent_type_ == STATE_ENTITY for s in talkers(verb)):
        return False
    return all(group_lexicon().get((p.lower_,)) == MEDIA for p in partners)


def _negated(verb: Token) -> bool:
    """ "did not rule out talks": declining to exclude an option rejects nothing."""
    return any(c.dep_ == "neg" for c in verb.children)
