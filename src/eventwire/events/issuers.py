"""A document or statement that accuses, urges or praises speaks for whoever issued it.

"The letter also accuses Rust of misrepresenting documents", "a statement from the ministry
condemned the raid", "its report blames the police": a paper cannot act, so the act is its
issuer's. The issuer is the document's owner ("its letter", "Exxon's report"), the party a
"from" or "by" phrase names ("a letter from the ministry"), or, for "the letter" with neither,
the issuer of the paper of the same name told in this sentence or the one before: its owner
("Exxon contended in its letter ... The letter accuses") or the subject of the verb that
issued it ("Exxon wrote a letter to Columbia ... The letter accuses").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import SINGULAR_DEFINITE, is_agent, words
from eventwire.events.participant_sets import Sides, other_sides
from eventwire.events.participants import RoleReader
from eventwire.events.party_doers import party_words
from eventwire.events.passives import issuing_agents
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.lexicons import word_set
from eventwire.model import Participant
from eventwire.parse.subjects import NOUN_SUBJECT_DEPS

DOCUMENTS = words("event_arguments.tsv", "document") | words("event_arguments.tsv", "statement")
HEARSAY = words("event_arguments.tsv", "hearsay")  # rumour, notion, theory: no issued words
ISSUER_PREPS = word_set("maker_preposition")
EXPRESSING = word_set("expressing_verb")  # lay (out), voice, express, make, deliver
PARTY_WORD_DEPS = {"amod", "compound", "nmod"}  # "the Democratic platform", "a GOP memo"


def issuer_sides(reader: RoleReader, match: TriggerMatch, sides: Sides) -> Sides:
    """The sides with the issuer of a document subject as the doer, where the verb's own
    arguments give none."""
    if sides[0] or match.nominal:
        return sides
    papers = [c for c in match.head.children if c.dep_ in NOUN_SUBJECT_DEPS and is_document(c)]
    issuers = _issuers(reader, papers[0]) if papers else []
    if papers and not issuers and _puts_forward(match.head):  # "the address will lay out
        # his case against Clinton": his; "the ad attacks Clinton's record" is aimed at Clinton
        owners = [o for c in match.head.children if c.dep_ == "dobj" for o in _owners(c)]
        issuers = [p for t in owners for p in reader.phrase(t)]
    return (issuers, other_sides(issuers, sides[1])) if issuers else sides


def is_document(noun: Token) -> bool:
    """ "the letter", "its statement", "a report": a paper someone issued."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in DOCUMENTS


def is_paper(noun: Token) -> bool:
    """ "the ad", "a report", "the lawsuit": words someone put out, which act for their issuer
    even unnamed; "rumours" or "the notion" are only thought or said, and do nothing."""
    return is_document(noun) and noun.lemma_.lower() not in HEARSAY


def _issuers(reader: RoleReader, paper: Token) -> list[Participant]:
    """Who issued the paper: its owner, its "from"/"by" party, its antecedent's issuer, or
    the party a party's word before it names."""
    named = _named_issuers(paper)
    if not named and any(c.dep_ == "det" and c.lower_ in SINGULAR_DEFINITE for c in paper.children):
        antecedent = _antecedent(paper)
        named = _named_issuers(antecedent) or _senders(antecedent) if antecedent else []
    # "The Democratic platform recognizes ...": the party a party word before it names issued it
    return [p for t in named for p in reader.phrase(t)] or party_words(paper, PARTY_WORD_DEPS)


def _named_issuers(paper: Token) -> list[Token]:
    """ "its letter", "Exxon's report", "a letter from the ministry", "the suit filed by X"."""
    owners = [c for c in paper.children if c.dep_ == "poss"]
    return owners or pobjs(paper, ISSUER_PREPS) or issuing_agents(paper)


def _puts_forward(verb: Token) -> bool:
    """Whether the verb puts forward its object's owner's own view ("lay out his case", "voice
    her concerns"), so the owner speaks through the paper; a verb that judges its object
    ("attacks Clinton's record", "rejects his claim") is aimed at the owner instead."""
    return verb.lemma_.lower() in EXPRESSING


def _owners(noun: Token) -> list[Token]:
    """ "his case", "Trump's argument": the party that owns the act a paper puts out."""
    return [c for c in noun.children if c.dep_ == "poss" and is_agent(c)]


def _senders(paper: Token) -> list[Token]:
    """ "Exxon wrote a detailed letter": the subjects of the verb whose object it is."""
    if paper.dep_ != "dobj":
        return []
    return [c for c in paper.head.children if c.dep_ in NOUN_SUBJECT_DEPS]


def _antecedent(paper: Token) -> Token | None:
    """The nearest paper of the same name before "the letter", in its sentence or the one
    before ("contended in its letter ... The letter also accuses")."""
    doc = paper.doc
    sentence = paper.sent
    start = doc[sentence.start - 1].sent.start if sentence.start else sentence.start
    same = [t for t in doc[start : paper.i] if t.lemma_ == paper.lemma_ and t.pos_ == "NOUN"]
    return same[-1] if same else None
