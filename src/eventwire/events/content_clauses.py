"""What a claim says of someone: "his claim that Clinton had bullied the women", "Rubio's
claim that Cruz favours amnesty". A noun of saying whose "that" clause tells what another
party is or did puts a charge on that party (an accusation, CAMEO 112); the same noun telling
of its owner ("his claim that he had been offered a scholarship"), of a thing ("claims that
his net worth exceeds $10 billion"), of what should be done ("the suggestion that Russia
should hack her emails": an appeal), of what someone will, would or might do ("the claim that
Mexico will pay for the wall", "the suggestion that the people in the room would not support
him": a forecast or a guess) or speaking only well of them ("his assertion that Clinton is the
most qualified candidate", "the suggestion that she won the debate": credit) or of how they
feel ("claims that Elian is afraid to see his father": a mood) charges no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent
from eventwire.events.prep_marks import THAT, clause_marks
from eventwire.events.valences import STRONG
from eventwire.events.verdict_words import FEELINGS, valence
from eventwire.events.word_classes import OBLIGATION
from eventwire.lexicons import word_map, words
from eventwire.parse.forms import in_words
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.parse.tags import NOUN_POS, VERB_POS

ABOUT_SOMEONE = "a clause about someone"  # argument word: "claim>a clause about someone"
# what completes a told clause's verb ("had bullied some of the women", "is in ISIS videos")
COMPLETING_DEPS = {"dobj", "attr", "acomp", "prep", "ccomp", "xcomp", "oprd", "dative", "auxpass"}
PREDICATE_DEPS = {"acomp", "attr"}  # "that he is afraid", "that they are victims"
NEGATION_DEP = "neg"  # "that she is not qualified": praise denied
BASE_VERB_TAG = "VB"  # "the suggestion that Russia spy on her": a wish, not a charge
# would, could, may; will, shall: a guess or a forecast, no charge
POSSIBLE = words("modality_words.tsv", "hypothetical") | words("modality_words.tsv", "future")


def content_clause_marks(noun: Token, clause: Token) -> set[str]:
    """The argument word of a "that" clause under a noun whose subject is another party."""
    if noun.pos_ not in NOUN_POS or clause.dep_ != "acl" or THAT not in clause_marks(clause):
        return set()
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    auxiliaries = _auxiliaries(clause)
    wished = clause.tag_ == BASE_VERB_TAG and not auxiliaries
    unsure = auxiliaries & (OBLIGATION | POSSIBLE)  # "would not support him"
    if clause.pos_ not in VERB_POS or wished or unsure or _gapped(clause):
        return set()
    if _credit(clause) or _felt(clause):
        return set()
    told = any(is_agent(s) and not _owner_again(noun, s) for s in subjects)
    return {ABOUT_SOMEONE} if told else set()


def _gapped(clause: Token) -> bool:
    """ "a claim that Gowdy's office disputes": a clause with nothing after its verb is a
    relative one whose "that" is the verb's object, misread as a mark."""
    return not any(c.dep_ in COMPLETING_DEPS for c in clause.children)


def _credit(clause: Token) -> bool:
    """ "that Clinton is the most qualified candidate", "that she won the debate": a clause
    with a word of strong praise and none of blame speaks well of its subject, no charge
    ("that Cruz is in favor of amnesty" is mild, and a charge in a rival's mouth); valences
    are VADER's with eventwire's wrongs and merits laid over them, as verdicts are read. A
    negation turns the praise round ("that Clinton is not qualified")."""
    tokens = list(clause.subtree)
    scores = [valence(t) for t in tokens]
    negated = any(t.dep_ == NEGATION_DEP for t in tokens)
    return max(scores) >= STRONG and min(scores) >= 0 and not negated


def _felt(clause: Token) -> bool:
    """ "that Elian is afraid to see his father", "that voters are angry": a feeling said of
    the subject tells its mood, no deed or failing charged to it."""
    predicates = [c for c in clause.children if c.dep_ in PREDICATE_DEPS]
    return any(in_words(t, FEELINGS) for t in predicates)


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
