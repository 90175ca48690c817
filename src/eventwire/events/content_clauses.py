"""What a claim says of someone: "his claim that Clinton had bullied the women", "Rubio's
claim that Cruz favours amnesty". A noun of saying whose "that" clause tells what another
party is or did puts a charge on that party (an accusation, CAMEO 112); the same noun telling
of its owner ("his claim that he had been offered a scholarship"), of a thing ("claims that
his net worth exceeds $10 billion"), of what should be done ("the suggestion that Russia
should hack her emails": an appeal) or of what someone would or might do ("the suggestion
that the people in the room would not support him": a guess) charges no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent
from eventwire.events.prep_marks import THAT, clause_marks
from eventwire.events.word_classes import OBLIGATION
from eventwire.lexicons import word_map, words
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.parse.tags import NOUN_POS, VERB_POS

ABOUT_SOMEONE = "a clause about someone"  # argument word: "claim>a clause about someone"
# what completes a told clause's verb ("had bullied some of the women", "is in ISIS videos")
COMPLETING_DEPS = {"dobj", "attr", "acomp", "prep", "ccomp", "xcomp", "oprd", "dative", "auxpass"}
BASE_VERB_TAG = "VB"  # "the suggestion that Russia spy on her": a wish, not a charge
POSSIBLE = words("modality_words.tsv", "hypothetical")  # would, could, may: a guess, no charge


def content_clause_marks(noun: Token, clause: Token) -> set[str]:
    """The argument word of a "that" clause under a noun whose subject is another party."""
    if noun.pos_ not in NOUN_POS or clause.dep_ != "acl" or THAT not in clause_marks(clause):
        return set()
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    wished = clause.tag_ == BASE_VERB_TAG and not _auxiliaries(clause)
    unsure = _auxiliaries(clause) & (OBLIGATION | POSSIBLE)  # "would not support him"
    if clause.pos_ not in VERB_POS or wished or unsure or _gapped(clause):
        return set()
    told = any(is_agent(s) and not _owner_again(noun, s) for s in subjects)
    return {ABOUT_SOMEONE} if told else set()


def _gapped(clause: Token) -> bool:
    """ "a claim that Gowdy's office disputes": a clause with nothing after its verb is a
    relative one whose "that" is the verb's object, misread as a mark."""
    return not any(c.dep_ in COMPLETING_DEPS for c in clause.children)


def _auxiliaries(clause: Token) -> set[str]:
    return {c.lower_ for c in clause.children if c.dep_ == "aux"}


def _owner_again(noun: Token, subject: Token) -> bool:
    """ "his claim that he had been offered", "North Korea's claim that it had tested": a
    pronoun subject stands for the noun's owner unless the owner is a pronoun of the other
    gender ("his claim that she lied")."""
    if subject.pos_ != "PRON":
        return False
    genders = word_map("pronoun_gender")
    owners = [c for c in noun.children if c.dep_ == "poss"]
    said, owner = genders.get(subject.lower_), genders.get(owners[0].lower_) if owners else None
    return said is None or owner is None or said == owner
