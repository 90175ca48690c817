"""Verdicts that point at the opponent's act instead of naming a party: " 'This is a witch
hunt,' said Senator X", "said it was a smear campaign", " 'This is a campaign of lies by a
regime ...' ". The pronoun stands for what the other side is doing, so the verdict blames them
(ACCUSE), though no party is named; a plain assessment ("this is a difficult decision", "a
great day") names no wrong and stays out, and so does one said "of" or "about" a thing ("said of
the flood": the pronoun is the flood). The wrong is read from eventwire's lists of wrongs
and insults, on the noun, its compound ("smear campaign") or its "of" noun ("campaign of lies");
a propriety denied ("it's not appropriate", "that is not a responsible thing to say") is one too,
though not an extraposed "it" whose clause is the thing judged ("it is not fair to say ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.hazards import NATURAL_CAUSES
from eventwire.events.lexicon import is_agent, words
from eventwire.events.word_classes import DEROGATORY, WRONGDOING
from eventwire.lexicons import word_set
from eventwire.parse.deps import EXTRAPOSED_DEPS, PREDICATE_DEPS, PREMODIFIER_DEPS
from eventwire.parse.forms import in_words, word_and_lemma
from eventwire.parse.tags import VERB_POS

WRONGS = WRONGDOING | DEROGATORY
POINTING = word_set("pointing_pronoun")
VERDICT_DEPS = PREDICATE_DEPS
PROPRIETY = words("event_words.tsv", "propriety")  # appropriate, acceptable, fair
TOPICS = word_set("content_preposition")  # "said of the flood"
CONTRACTED_IS = {"'s", "’s"}  # "it’s not appropriate": the parser may not lemmatise a curly one


def deictic_verdict(verb: Token) -> bool:
    """Whether a reporting verb's clause says "this/it is" a wrong, about no thing named."""
    things = [p for c in verb.children if c.lower_ in TOPICS for p in c.children]
    if any(not is_agent(p) for p in things):
        return False
    return any(_points_at_wrong(c) for c in verb.children if c.dep_ == "ccomp")


def _points_at_wrong(clause: Token) -> bool:
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    copula = clause.lemma_ == "be" or (clause.lower_ in CONTRACTED_IS and clause.pos_ in VERB_POS)
    if not copula or not any(s.lower_ in POINTING for s in subjects):
        return False
    verdicts = [v for v in clause.children if v.dep_ in VERDICT_DEPS]
    return any(_wrong(v) for v in verdicts) or _propriety_denied(clause, verdicts)


def _propriety_denied(clause: Token, verdicts: list[Token]) -> bool:
    """ "it's not appropriate", "that is not a responsible thing": the deed falls short of
    what it ought to be; an extraposed clause ("it's not fair to say") is what is judged."""
    if any(c.dep_ in EXTRAPOSED_DEPS for c in clause.children):
        return False
    negated = any(c.dep_ == "neg" for v in [clause, *verdicts] for c in v.children)
    proper = [w for v in verdicts for w in (v, *v.children) if w.lemma_.lower() in PROPRIETY]
    return negated and bool(proper)


def _wrong(noun: Token) -> bool:
    """The noun, a compound reading with it ("witch hunt") or its "of" noun names a wrong, or
    a modifier does ("a disgraceful attack") of anything but a natural plight: "the worst
    outbreak", "a terrible flood" grade a disaster no party did."""
    named = word_and_lemma(noun)
    named |= {f"{c.lower_} {noun.lower_}" for c in noun.children if c.dep_ == "compound"}
    named |= {p.lemma_.lower() for c in noun.children if c.lower_ == "of" for p in c.children}
    graded = {c.lower_ for c in noun.children if c.dep_ in PREMODIFIER_DEPS}
    return bool(named & WRONGS) or (bool(graded & WRONGS) and not in_words(noun, NATURAL_CAUSES))
