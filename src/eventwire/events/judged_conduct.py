"""Verdicts told through how a party acts, with no judging predicate: "Obama disgracefully
refused to say it", "(said) the governor cynically exploited the tragedy" (an adverb that
condemns the act's manner), " 'He's not telling the truth' " (honesty denied). Said of a
party in a reported or quoted clause, they blame the doer as "was disgraceful" or "lied"
would; `judgement` reads them as accusations."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import reports, triggers, words

JUDGING_MANNER = words("event_words.tsv", "judging_manner")
CANDOUR = words("event_words.tsv", "candour")
PASSIVE_DEPS = {"nsubjpass", "auxpass"}
ACCUSE = "ACCUSE"


def condemned_manner(clause: Token) -> bool:
    """An active verb with a condemning manner adverb: its subject did the act so judged; in
    the passive ("was unfairly treated") the subject is the one wronged, so it stays out, and
    a verb that is itself criticism ("unfairly maligning his record") is coded as that act."""
    if clause.pos_ != "VERB" or any(c.dep_ in PASSIVE_DEPS for c in clause.children):
        return False
    if any(t.code.type == ACCUSE for t in triggers().get(clause.lemma_.lower(), [])):
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
