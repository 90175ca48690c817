"""Talk with no partner: "We talk a lot", "an issue we have got to talk more about", "groups
that want to talk and ask questions", "they look and talk like Americans". Talking is a
consultation only between parties: a partner after "with", "to" or "between", or a subject
of two or more (coordinated names, "the two leaders"); a verb of talk with neither, whose
event found no receiver, tells talk, not an interaction with anyone. Talk told on a day or for
a time ("Modi talked for two hours") is an occasion, which the story's meeting just told may
give its partner (`exchange.fill_joint_counterpart`), so it stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.clauses import told_of
from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import CONSULT
from eventwire.model import Participant
from eventwire.parse.coordination import has_conjunct
from eventwire.parse.deps import CHAINED_VERB_DEPS, VERB_OBJECT_DEPS
from eventwire.parse.nlp import TIME_ENTITIES
from eventwire.parse.plurals import PLURAL_NOUN_TAGS
from eventwire.parse.subjects import clause_subjects

CHATTING = words("event_words.tsv", "chatting")  # talk, speak, chat
CHAT_PARTNER_PREPS = {"with", "to", "between", "among", "amongst"}  # any group talked among


def talks_alone(
    match: TriggerMatch, actors: list[Participant], recipients: list[Participant]
) -> bool:
    """A verb of talk with no partner phrase, no object, no receiver and one doer at most."""
    verb = match.head
    if match.nominal or match.code.type != CONSULT or verb.lemma_.lower() not in CHATTING:
        return False
    if recipients or len(actors) > 1 or _partnered(verb) or _timed(verb):
        return False
    return not any(several_parties(s) for s in talkers(verb))


def chat_partners(verb: Token) -> list[Token]:
    """Whom the talk is with: the verb's objects and its partner phrases' nouns ("spoke to
    reporters", "talked with Putin")."""
    preps = [c for c in verb.children if _partner_phrase(c)]
    objects = [c for c in verb.children if c.dep_ in VERB_OBJECT_DEPS]
    return objects + [p for c in preps for p in c.children if p.dep_ == "pobj"]


def _partnered(verb: Token) -> bool:
    """An object or a partner phrase ("talked with Putin", "spoke to reporters"), also one whose
    noun stands before the verb ("someone to talk to", "whom they spoke with"): a partner all
    the same. A partner phrase counts with or without its noun, so `chat_partners`' nouns are not
    needed here."""
    return any(c.dep_ in VERB_OBJECT_DEPS or _partner_phrase(c) for c in verb.children)


def _partner_phrase(token: Token) -> bool:
    """A preposition that names whom the talk is with ("with", "to", "among")."""
    return token.dep_ == "prep" and token.lower_ in CHAT_PARTNER_PREPS


def _timed(verb: Token) -> bool:
    """Talk told on a day or for a time ("talked for two hours", "spoke Tuesday")."""
    return any(t.ent_type_ in TIME_ENTITIES for t in told_of(verb))


def talkers(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it is coordinated with or completes ("want to
    talk", "look and talk", "Iran refused to talk")."""
    token = verb
    while not clause_subjects(token) and token.dep_ in CHAINED_VERB_DEPS and token.head != token:
        token = token.head
    return clause_subjects(token)


def several_parties(subject: Token) -> bool:
    """ "Obama and Putin", "the two leaders": a subject of more than one party talks together;
    a plural pronoun ("we talk a lot") is left to the article's context, not read as two."""
    return has_conjunct(subject) or subject.tag_ in PLURAL_NOUN_TAGS
