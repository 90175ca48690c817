"""Turns of speech that use an act's word for no act: a thing called by a name, leave asked
("Let us be clear"), a greeting said as a formula, a film shot, an issue seized on, a warning
of nothing, shame told as an outcome, a count brought to a figure.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.clauses import to_infinitive
from eventwire.events.lexicon import CONDUCT, FILMED, is_agent, words
from eventwire.events.verb_arguments import objects, patients, prep_objects
from eventwire.events.word_classes import NAMING
from eventwire.parse.deps import COMPLEMENT_DEPS
from eventwire.parse.forms import in_words
from eventwire.parse.tags import BASE_FORM_TAG, PARTICIPLE_TAG, PRESENT_PLURAL_TAG

OPPORTUNITIES = words("event_words.tsv", "opportunity")  # "seize the chance"
TALLYING = words("event_words.tsv", "tallying")  # "brings the total to 25"
FIGURES = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}


def tally_reached(verb: Token) -> bool:
    """ "This brings the number of confirmed cases to 25", "will bring the total to 20": a
    count carried to a figure (its "to" on the verb or, misattached, in the object's phrase)
    is a tally reached; the "cases" it counts are no suit brought."""
    if verb.lemma_.lower() not in TALLYING:
        return False
    counted = [t for o in objects(verb) for t in o.subtree]  # "cases reported in Kenya to 20"
    figures = [p for t in [verb, *counted] for p in prep_objects(t, {"to"})]
    return any(f.like_num or f.ent_type_ in FIGURES for f in figures)


def shaming_aimed(verb: Token) -> bool:
    """ "trying to embarrass Clinton", "an attempt to humiliate her": shaming someone as an aim
    is a bid to discredit them; "a victory embarrassing Clinton" tells an outcome, no act."""
    return to_infinitive(verb)


def gives_a_name(verb: Token) -> bool:
    """ "a psychology course called 'Perception'": a naming participle on a noun for a thing,
    with the name as its complement and no doer, says what the thing is called; no one is
    called on or named to anything (a name the parse hangs it on is its doer)."""
    named = any(c.dep_ in {"oprd", "attr", "dobj"} and _a_name(c) for c in verb.children)
    doer = any(c.dep_ in {"agent", "prt"} for c in verb.children)
    thing = verb.head.pos_ == "NOUN" and not is_agent(verb.head)  # not "Trump called X a Y"
    thing = thing and not verb.doc[verb.i - 1].is_punct  # "on a show, called Trump a liar"
    return (
        verb.lemma_.lower() in NAMING
        and (verb.dep_, verb.tag_) == ("acl", PARTICIPLE_TAG)
        and thing
        and named
        and not doer
    )


def leave_asked(verb: Token) -> bool:
    """ "Allow me to explain", "Let us be clear": an imperative with no subject that lets the
    speaker ("me", "us") do something is a turn of speech, no one is allowed anything."""
    if verb.tag_ != BASE_FORM_TAG or any(c.dep_ in {"nsubj", "aux"} for c in verb.children):
        return False
    let = objects(verb)
    let += [s for c in verb.children if c.dep_ in COMPLEMENT_DEPS for s in c.children]
    return any(t.dep_ in {"dobj", "nsubj"} and t.lower_ in {"me", "us"} for t in let)


def _a_name(noun: Token) -> bool:
    """A proper name or a title in quotation marks ("'Perception'", "the Free Voice")."""
    quoted = noun.i > 0 and noun.doc[noun.i - 1].is_quote
    return quoted or noun.pos_ == "PROPN" or bool(noun.ent_type_)


def films(verb: Token) -> bool:
    """ "shot a video", "footage shot by a bystander", "the film was shot in Rome": what is shot
    is a film or a picture, so the shooting is filming it, no attack."""
    shot = patients(verb)
    shot += [verb.head] if verb.dep_ == "acl" else []
    return any(in_words(t, FILMED) for t in shot)


def formula_greeting(head: Token) -> bool:
    """ "Welcome to the season of ...", "WELCOME!", "Thank God they can fix this", "thank you
    very much,” she said": a greeting or a thanks said as a formula has no one who greets or
    thanks in its clause and no infinitive "to"; "she thanked him" and "agreed to welcome the
    refugees" are acts."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in head.children):
        return False
    return head.dep_ == "ROOT" or head.tag_ in {BASE_FORM_TAG, PRESENT_PLURAL_TAG}


def seizes_on(verb: Token) -> bool:
    """ "seized on the birther controversy", "an issue seized upon by the network", "seize
    the chance": taking up an issue or an opportunity, not taking hold of people or places;
    seizing on what a party said or did ("seized on Trump's remarks") attacks it."""
    taken = objects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    if any(o.lemma_.lower() in OPPORTUNITIES for o in taken):
        return True
    seized = [p for p in verb.children if p.lower_ in {"on", "upon"}]
    conduct = any(o.lemma_.lower() in CONDUCT for p in seized for o in p.children)
    return not objects(verb) and bool(seized) and not conduct


def threat_content(verb: Token) -> bool:
    """Whom or what a threat names: an addressee, an object, "of/against/about" something or a
    clause ("warned that ..."); "Bad things are going to happen, Trump warned" is a forecast."""
    return any(
        c.dep_ in {"dobj", "dative", "ccomp", "xcomp", "advcl"}
        or (c.dep_ == "prep" and c.lower_ in {"of", "against", "about", "with"})
        for c in verb.children
    )
