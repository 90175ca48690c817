"""Acts a speaker tells in a participle of saying beside the main act.

"rejected the report, saying militants had attacked a border post", "dismissed the criticism,
telling reporters that Chad had pledged aid": the participle reports what the speaker says
happened, and "X said Y did Z" codes Y's act as claimed (README). The said act is not the
content of the main act (the report rejected is not the attack), so it is an act of its own,
as it is after a conjoined "and said". A participle that states what another party must do
("arguing the U.S. should increase its forces") is a demand (`demands`), and the act it asks
for is that demand's content, not an act told as done.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.demands import obliged_clauses, stated_obligation
from eventwire.events.lexicon import is_agent, words
from eventwire.parse.subjects import clause_subjects
from eventwire.parse.tags import GERUND_TAG

REPORTING = words("cue_verbs.tsv", "speech") | words("cue_verbs.tsv", "address")  # saying, telling


def said_beside(verb: Token) -> bool:
    """Whether the verb `verb` heads a clause that a participle of saying beside the main verb
    reports (also a second clause joined to it: "telling MPs that it had spent $5 million and
    that donors had pledged aid"), with a party as its subject: "claiming the resolutions
    overruled a convention" tells what a document does, not an act."""
    subjects = clause_subjects(verb)
    if verb.pos_ != "VERB" or not any(is_agent(s) for s in subjects):
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head.dep_ in {"ccomp", "conj"}:
        clause = clause.head
    sayer = clause.head
    return (
        clause.dep_ == "ccomp"
        and sayer.tag_ == GERUND_TAG
        and sayer.dep_ in {"advcl", "conj"}
        and sayer.lemma_.lower() in REPORTING
        and not _demanded(clause, sayer)
    )


def _demanded(clause: Token, sayer: Token) -> bool:
    """ "arguing the U.S. should increase its forces": the clause is what the participle
    demands (a stated duty on another party), so its act is asked for, not told as done."""
    return clause in obliged_clauses(sayer) and stated_obligation(sayer)
