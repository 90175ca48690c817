"""Verdicts told through how a party acts, with no judging predicate: "Obama disgracefully
refused to say it", "(said) the governor cynically exploited the tragedy" (an adverb that
condemns the act's manner), " 'He's not telling the truth' " (honesty denied), "(said) Fields
made up the story", " 'She just made it up' ", " 'She is peddling fiction' " (a falsehood made
or passed on). Said of a party in a reported or quoted clause, they blame the doer as "was
disgraceful" or "lied" would; `judgement` reads them as accusations."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import reports, word_types, words
from eventwire.events.plover_types import ACCUSE
from eventwire.events.verb_arguments import objects
from eventwire.events.word_classes import FALSITY, PURVEYING, WRONGDOING
from eventwire.parse.deps import PASSIVE_DEPS
from eventwire.parse.tags import PARTICLE_TAG

JUDGING_MANNER = words("event_words.tsv", "judging_manner")
CANDOUR = words("event_words.tsv", "candour")
INVENTING = words("event_words.tsv", "inventing")  # make up, concoct
TALES = words("event_words.tsv", "tale")  # story, claim: made up, a lie
ANYTHING_TOLD = words("event_words.tsv", "told_anything")  # "made it up", "makes everything up"
CONCEALING = words("event_words.tsv", "concealing")  # hide, withhold, cover up
CONCEALED = words("event_words.tsv", "record") | words("event_words.tsv", "hidden_thing")
COVERING = words("event_words.tsv", "covering")  # cover up: a deed hidden, "covering it up"
COVERED = (
    WRONGDOING | words("event_words.tsv", "offence") | words("event_words.tsv", "covered_deed")
)
AMENDS = "to"  # "made it up to her": amends, no lie


def condemned_manner(clause: Token) -> bool:
    """An active verb with a condemning manner adverb: its subject did the act so judged; in
    the passive ("was unfairly treated") the subject is the one wronged, so it stays out, and
    a verb that is itself criticism ("unfairly maligning his record") is coded as that act."""
    if clause.pos_ != "VERB" or any(c.dep_ in PASSIVE_DEPS for c in clause.children):
        return False
    if ACCUSE in word_types(clause.lemma_.lower()):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in JUDGING_MANNER for c in clause.children)


def judged_manner(verb: Token, type_: str) -> bool:
    """An accusation read from a condemning adverb ("disgracefully refused to say"): the
    verdict on the act is coded, so the act's everyday sense (a refusal to comment) is moot."""
    return type_ == ACCUSE and condemned_manner(verb)


def truth_withheld(clause: Token) -> bool:
    """ "he's not telling the truth", "they never told the truth": a verb of saying, negated,
    whose object is the truth charges its subject with lying."""
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in clause.children)
    told = any(c.dep_ == "dobj" and c.lemma_.lower() in CANDOUR for c in clause.children)
    return negated and told and reports(clause)


def falsehood_passed(clause: Token) -> bool:
    """ "made up the story", "made the story up", "is peddling fiction", "spread lies": a verb
    that invents a told thing, or passes on a falsehood, with that thing as its object."""
    verb = phrasal(clause) or clause.lemma_.lower()
    particles = [c for c in clause.children if _particle(c)]
    told = objects(clause)
    told += [c for p in particles for c in p.children if c.i < p.i]  # "made [the story] up"
    things = {w for c in told for w in (c.lemma_.lower(), c.lower_)}  # "lies": not "lie"
    invented = verb in INVENTING and bool(things & (TALES | FALSITY))
    return (
        invented
        or _made_up_anything(clause, verb, things)
        or (verb in PURVEYING and bool(things & FALSITY))
    )


def concealed(clause: Token) -> bool:
    """ "hid the emails", "withheld information", "is covering it up": an active verb that keeps
    papers or evidence back, or covers a deed up (a pronoun or a wrong as its object, "covered
    up the scandal"); "hid in the hills", "withheld payment" or "covered up the statue" keeps
    back nothing that was sought."""
    if any(c.dep_ in PASSIVE_DEPS for c in clause.children):
        return False
    verb = phrasal(clause) or clause.lemma_.lower()
    if verb not in CONCEALING:
        return False
    kept = objects(clause)
    if any(o.lemma_.lower() in CONCEALED for o in kept):
        return True
    return verb in COVERING and any(_covered(o) for o in kept)


def _covered(thing: Token) -> bool:
    """What covering up hides: a deed told by a pronoun ("covering it up") or named a wrong
    ("the scandal", "the abuse")."""
    return thing.pos_ == "PRON" or thing.lemma_.lower() in COVERED or thing.lower_ in COVERED


def _made_up_anything(clause: Token, verb: str, things: set[str]) -> bool:
    """ "she just made it up", "he makes everything up": an inventing verb with its particle
    makes a lie of whatever was said; "made it up to her" makes amends instead."""
    if verb not in INVENTING or verb == clause.lemma_.lower() or not things & ANYTHING_TOLD:
        return False
    return not any(c.dep_ == "prep" and c.lower_ == AMENDS for c in clause.children)


def phrasal(verb: Token) -> str:
    """A verb with its particle ("sold out": "sell out"), whose sense the verb alone lacks."""
    particle = next((c.lower_ for c in verb.children if _particle(c)), None)
    return f"{verb.lemma_.lower()} {particle}" if particle else ""


def _particle(word: Token) -> bool:
    """A verb's particle, also where the parse reads it as a clause of its own ("made [the
    whole story] up": "up" a clause whose subject is the story)."""
    return word.dep_ == "prt" or (word.tag_ == PARTICLE_TAG and word.i > word.head.i)
