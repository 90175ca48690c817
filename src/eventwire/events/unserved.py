"""A good denied to those a party should serve: " 'She has never done anything for us,' he
said", "(said) the governor has done nothing for working families".

Doing nothing for someone, or never anything, is a verdict on the doer's record, told as a
negated good rather than with a word of blame; said of a party by a speaker it charges that
party (ACCUSE, `judgement`), as "has done nothing to stop them" does (`charged_clauses`).
"Did nothing wrong" clears instead, and "there is nothing I can do for him" or "we did nothing
for" speaks of the speaker's side (`judgement` asks the clause's subject).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent, words

NOTHING = {"nothing"}  # "has done nothing for us"
ANYTHING = {"anything", "much"}  # "has never done anything for us", "hasn't done much for"
DENYING = words("modality_words.tsv", "negation")  # not, n't, never
BENEFICIARY_PREPS = {"for"}
BENEFICIARY_DEPS = {"prep", "dative"}  # the parser hangs "for us" either way


def served_no_one(clause: Token) -> bool:
    """Whether a clause says its subject did nothing (or never anything) for someone who
    can act or be served (people, a state, voters)."""
    if clause.lemma_.lower() != "do":
        return False
    denied = any(c.dep_ == "neg" and c.lower_ in DENYING for c in clause.children)
    done = [
        c
        for c in clause.children
        if c.dep_ == "dobj"
        and (c.lower_ in NOTHING or (denied and c.lower_ in ANYTHING))
        and not any(m.dep_ == "amod" for m in c.children)  # "nothing wrong", "anything bad"
    ]
    served = [
        p
        for h in [clause, *done]
        for c in h.children
        if c.dep_ in BENEFICIARY_DEPS and c.lower_ in BENEFICIARY_PREPS
        for p in c.children
        if p.dep_ == "pobj" and (is_agent(p) or p.pos_ == "PRON")
    ]
    return bool(done) and bool(served)
