"""Explosions that are attacks: a device or a bare explosion set off, not a temper or a gas leak.

News tells a bombing by what explodes, often before anyone knows who set it: "a car bomb
exploded near the embassy", "an explosion went off in the market", "the blasts that went off in
the station". Other things explode too: "tempers exploded", "the alarm went off", "a gas
explosion at the plant", "the population explosion", "an explosion of anger". The test is what
explodes: a device (bomb, mine, grenade), or an explosion noun that names no other cause by a
modifier ("gas", "boiler") or an "of" phrase; not a list of sentences where each word occurs.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import BOMBING
from eventwire.events.lexicon import DEVICES, word_cameos, words
from eventwire.events.verb_arguments import prep_objects
from eventwire.parse.deps import CORE_ARGUMENT_DEPS, NOUN_MODIFIER_DEPS

EXPLOSIONS = words("event_words.tsv", "explosion")  # explosion, blast, detonation
BLAST_CAUSES = words("event_words.tsv", "blast_cause")  # gas, boiler, population, accidental
EXPLODED_DEPS = CORE_ARGUMENT_DEPS  # "a bomb exploded", "detonated a device"
CAUSE_DEPS = NOUN_MODIFIER_DEPS  # "a gas explosion", "an accidental blast"
SITE_PREPS = {"at", "in"}  # "an explosion at a refinery"


def exploded_device(token: Token) -> bool:
    """A bomb, mine or other device, named by the word or a word that modifies it."""
    return bool({token.lemma_.lower(), *(c.lemma_.lower() for c in token.children)} & DEVICES)


def _other_cause(noun: Token) -> bool:
    """An explosion named as caused by something other than a device: a modifier of the
    noun ("a gas explosion", "an accidental blast"), an industrial site it happens at ("an
    explosion at a coal mine", "at a chemical plant") or an "of" phrase ("an explosion of
    anger"; not "the explosion of a car bomb")."""
    sites = prep_objects(noun, SITE_PREPS)
    named = [c for t in [noun, *sites] for c in t.children if c.dep_ in CAUSE_DEPS]
    causes = {t.lemma_.lower() for t in [*named, *sites]} & BLAST_CAUSES
    return bool(causes) or any(not exploded_device(o) for o in prep_objects(noun, {"of"}))


def attack_blast(token: Token) -> bool:
    """An explosion noun that names no cause but a device: "an explosion", "the blasts",
    "the bomb blast"."""
    return token.lemma_.lower() in EXPLOSIONS and not _other_cause(token)


def harmless_blast(token: Token) -> bool:
    """An explosion noun that names a cause other than an attack ("a gas explosion"): what
    it kills or destroys is an accident, and the noun itself no attack."""
    return token.lemma_.lower() in EXPLOSIONS and _other_cause(token)


def no_second_blast(noun: Token) -> bool:
    """An explosion noun that is no attack of its own: an accident or the subject of the
    explosion verb that tells the attack."""
    return noun.lemma_.lower() in EXPLOSIONS and (_other_cause(noun) or told_by_verb(noun))


def no_device(verb: Token) -> bool:
    """ "tempers exploded", "the alarm went off": an explosion verb is an attack only when a
    device or an explosion is what explodes or is set off, also as the explosion noun a
    relative clause tells happen ("the explosions that went off in the station"); a device
    that a relative clause names by its explosion ("components of the bomb that exploded in
    the capital") is a thing another clause is about."""
    exploded = [c for c in verb.children if c.dep_ in EXPLODED_DEPS]
    told = verb.dep_ == "relcl" and attack_blast(verb.head)
    return not told and not any(exploded_device(t) or attack_blast(t) for t in exploded)


def told_by_verb(noun: Token) -> bool:
    """ "an explosion went off outside the embassy": the explosion verb tells the attack with
    its place and target, so its subject noun is no second event."""
    if noun.dep_ != "nsubj":
        return False
    verb = noun.head
    bombing = BOMBING in word_cameos(verb.lemma_.lower(), "V")
    return bombing and not no_device(verb)
