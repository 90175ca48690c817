"""The words a lexicon trigger covers where it fits: a verb with the particle or preposition the
trigger names, or a noun phrase of lemmas used as a noun (not a modifier, nor a name).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.events.lexicon import Trigger, words
from eventwire.events.particles import dated
from eventwire.events.person_names import names_a_person
from eventwire.events.word_use import is_noun, lower_lemma

EVENT_HEADS = words("event_words.tsv", "event_head")
TITLED_ENTITIES = {"ORG", "FAC", "WORK_OF_ART", "LAW", "PRODUCT", "EVENT"}
PARTICLE_DEPS = {"prt", "prep", "advmod", "agent"}  # "stand together", "stood by him" (agent)


def verb_span(token: Token, trigger: Trigger) -> Span | None:
    """A verb lemma, plus its particle or preposition when the trigger names one."""
    if len(trigger.words) == 1:
        return token.doc[token.i : token.i + 1]
    particle = trigger.words[1]
    if _other_particle(token, particle):
        return None
    for child in token.children:
        if child.dep_ in PARTICLE_DEPS and child.lower_ == particle and not dated(child):
            start, end = sorted((token.i, child.i))
            return (
                token.doc[start : end + 1] if end - start <= 3 else token.doc[token.i : token.i + 1]
            )
    return None


def _other_particle(token: Token, particle: str) -> bool:
    """ "calling out Clinton on her record" is "call out", not "call on"; "signed off on the
    plan" is not "sign on": a particle of the verb's own that the trigger does not name makes
    another phrasal verb, whose own row (if any) reads it."""
    own = {c.lower_ for c in token.children if c.dep_ == "prt"}
    return bool(own) and particle not in own


def noun_span(token: Token, trigger: Trigger) -> Span | None:
    """A noun lemma, or a phrase of lemmas that starts at this token."""
    doc, size = token.doc, len(trigger.words)
    window = doc[token.i : token.i + size]
    if len(window) != size:
        return None
    lowers = tuple(t.lower_ for t in window)
    if trigger.words not in {lowers, (*lowers[:-1], lower_lemma(window[-1]))}:
        return None
    if window.end < len(doc) and doc[window.end].text == "-":
        return None  # "war-torn", "strike-hit": a modifier, not the event
    root = window.root
    if root.dep_ == "compound" and root.head.lemma_.lower() not in EVENT_HEADS:
        return None  # "riot police": names the police, not a riot
    if (root.pos_ == "PROPN" and root.ent_type_ in TITLED_ENTITIES) or names_a_person(root):
        return None  # "the Federal Bureau of Investigation", "the Paris Agreement": a name
    return window if is_noun(window.root) else None
