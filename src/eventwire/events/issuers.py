"""A document or statement that accuses, urges or praises speaks for whoever issued it.

"The letter also accuses Rust of misrepresenting documents", "a statement from the ministry
condemned the raid", "its report blames the police": a paper cannot act, so the act is its
issuer's (`paper_issuers`): its owner, the party a "from" or "by" phrase names, or the issuer
of the paper of the same name told just before; with none, the party a party's word before it
names ("The Democratic platform backs ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent
from eventwire.events.paper_issuers import is_document, issuer_words
from eventwire.events.participant_sets import Sides, other_sides
from eventwire.events.participants import RoleReader
from eventwire.events.party_doers import party_words
from eventwire.events.patterns import TriggerMatch
from eventwire.lexicons import word_set
from eventwire.model import Participant
from eventwire.parse.subjects import NOUN_SUBJECT_DEPS

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


def _issuers(reader: RoleReader, paper: Token) -> list[Participant]:
    """Who issued the paper (`paper_issuers`), or the party a party's word before it names
    ("The Democratic platform recognizes ...")."""
    named = [p for t in issuer_words(paper) for p in reader.phrase(t)]
    return named or party_words(paper, PARTY_WORD_DEPS)


def _puts_forward(verb: Token) -> bool:
    """Whether the verb puts forward its object's owner's own view ("lay out his case", "voice
    her concerns"), so the owner speaks through the paper; a verb that judges its object
    ("attacks Clinton's record", "rejects his claim") is aimed at the owner instead."""
    return verb.lemma_.lower() in EXPRESSING


def _owners(noun: Token) -> list[Token]:
    """ "his case", "Trump's argument": the party that owns the act a paper puts out."""
    return [c for c in noun.children if c.dep_ == "poss" and is_agent(c)]
