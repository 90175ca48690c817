"""Displeasure and pleasure told as a feeling: "X is frustrated by Y's failure to act", "X was
angry at Y", "X was impressed with Y".

Analysts code a party's displeasure with another's conduct as disapproval (CAMEO 111): the one
who feels it is the source, and the party answerable for it (the one the feeling is "with" or
"at", or whose act it is about) the target. The feeling words are a class of `event_words.tsv`
(`displeased`) that the "A @displeased" row of the trigger lexicon reads. The parser reads
many of them as passive participles ("was dismayed by"), whose "by" phrase is no doer, so the
sides are read here. A feeling about a thing no party answers for ("frustrated by the weather",
"concerned about China's economy") is a mood, no act. Pleasure with a party or its act
(`pleased`: "was impressed with the governor", "is proud of the troops") is praise (CAMEO
051), read the same way; it is felt "with", "by", "of", "for" or "to" someone, not "in" a
place ("happy in Washington"), nor in one's own side ("proud of his campaign"), nor that
something happened ("glad she is feeling better" wishes well); pleasure denied ("was not
impressed by Clinton") is no praise.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import CONDUCT, THING_PRONOUNS, is_agent, pronoun_owner, words
from eventwire.events.negation import negation
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.verb_arguments import prep_nouns
from eventwire.events.word_classes import LINKING, STATE_VERBS
from eventwire.lexicons import word_set
from eventwire.parse.deps import ADJECTIVAL_COMPLEMENT_DEPS, OWNER_DEPS, PREPOSITION_DEPS
from eventwire.parse.forms import in_words
from eventwire.parse.subjects import SUBJECT_DEPS, clause_subjects

DISPLEASED = words("event_words.tsv", "displeased")  # frustrated, angry, dismayed
PLEASED = words("event_words.tsv", "pleased")  # impressed, proud, delighted
ACT_ENDINGS = ("ion", "ure", "al", "ment")  # decision, failure, refusal, treatment
FEELING_PREPS = {"with", "at", "by", "over", "about", "in", "toward", "towards"}
PLEASED_PREPS = {"with", "by", "of", "for", "to", "about", "toward", "towards"}  # "proud of"
PREDICATIVE = ADJECTIVAL_COMPLEMENT_DEPS  # "remains supportive of", "found him critical of"
STATES = STATE_VERBS | {"have"}  # be, become; "has to", "had no"
FEELER_PRONOUNS = THING_PRONOUNS | {"i", "we", "there"}  # "angry that we lost", "that there was"
POSSIBLE = words("modality_words.tsv", "hypothetical")  # "concerned that it could fail"
OWNER_PREPS = word_set("owner_preposition")  # "the decision of the board", "a cut by the mayor"
DEGREE = {"enough"}  # "concerned enough that they began": a result ("so angry that" may not be)


def stated_of_subject(token: Token) -> bool:
    """A predicative stance adjective ("is critical of"), or a feeling of displeasure said of
    its subject and aimed at a party ("was dismayed by Poland's refusal", read as a passive
    verb by the parser); a feeling at nothing answerable is no stance."""
    if pleased(token) and _denied(token):  # "was not impressed with Clinton": no praise
        return False
    if felt(token):
        return _said_of_subject(token) and bool(_answerable(token))
    return (token.pos_ == "ADJ" and token.dep_ in PREDICATIVE) or _predicate_noun(token)


def _predicate_noun(token: Token) -> bool:
    """ "has been an outspoken critic of Bush": a stance noun the subject is said to be."""
    return token.pos_ == "NOUN" and token.dep_ == "attr" and token.head.lemma_.lower() in LINKING


def feeling_sides(reader: RoleReader, head: Token) -> Sides | None:
    """The one who feels the displeasure and the party answerable; None for other triggers."""
    if not (felt(head) and _said_of_subject(head)):
        return None
    answerable = _answerable(head)
    if not answerable:
        return None
    feelers = [p for s in _feelers(head) for p in reader.phrase(s)]
    return split_roles(feelers, [p for t in answerable for p in reader.phrase(t)])


def displeased(token: Token) -> bool:
    """A word of displeasure ("frustrated", "angry"), whatever the parser made of it."""
    return in_words(token, DISPLEASED)


def pleased(token: Token) -> bool:
    """A word of pleasure ("impressed", "proud"), whatever the parser made of it."""
    return in_words(token, PLEASED)


def felt(token: Token) -> bool:
    """A feeling aimed at a party, of displeasure or of pleasure."""
    return displeased(token) or pleased(token)


def _said_of_subject(token: Token) -> bool:
    """ "is angry", "was frustrated" (a passive participle), "became upset": predicated of the
    subject, not a modifier ("an angry crowd")."""
    passive = any(c.dep_ == "auxpass" for c in token.children)
    return token.dep_ in PREDICATIVE or (token.pos_ == "VERB" and passive)


def _denied(token: Token) -> bool:
    """ "was not pleased with", "no one is impressed by": pleasure denied is displeasure, no
    praise; read on the feeling and the copula it completes."""
    chain = [token, token.head] if token.dep_ in PREDICATIVE else [token]
    return negation(chain) is not None


def _feelers(token: Token) -> list[Token]:
    """The subject of the feeling: a passive participle's own, else its copula's, else that of
    the verb the copula completes ("Priebus was said to be furious", "seems to be upset")."""
    verb = token
    while True:
        subjects = clause_subjects(verb)
        if subjects or verb.dep_ not in {"acomp", "xcomp", "oprd"} or verb.head == verb:
            return subjects
        verb = verb.head


def _answerable(token: Token) -> list[Token]:
    """The parties a feeling is aimed at: the object of "with", "at", "by" when it can act
    ("angry at Iran"), else the owner or doer of the act it is about ("Y's failure", "the
    failure of the ministry"), or the party a "that" clause tells of ("upset that the mayor
    cut the budget"; not the feeler: "upset that she lost")."""
    praise = pleased(token)
    preps = PLEASED_PREPS if praise else FEELING_PREPS
    objects = [
        o
        for c in token.children
        if c.dep_ in PREPOSITION_DEPS and c.lower_ in preps
        for o in c.children
        if o.dep_ == "pobj"
    ]
    feelers = {f.lower_ for f in _feelers(token)} | FEELER_PRONOUNS
    result = any(c.dep_ == "advmod" and c.lower_ in DEGREE for c in token.children)
    told = [  # "glad (that) she is feeling better": well-wishing, no praise, so displeasure only
        s
        for clause in token.children
        if clause.dep_ == "ccomp" and not (praise or result) and _tells_act(clause)
        for s in clause.children
        if s.dep_ in SUBJECT_DEPS and is_agent(s) and s.lower_ not in feelers
    ]
    if praise:  # "proud of his campaign": pride in one's own side praises no one
        objects = [o for o in objects if not _own_side(o)]
    return [p for o in objects for p in _party_or_doer(o)] + told


def _own_side(noun: Token) -> bool:
    """ "his campaign", "our troops", "the campaign he ran": a party or a thing a pronoun owns
    or a pronoun made, the feeler's own side rather than another party."""
    owned = pronoun_owner(noun) is not None
    made = any(
        s.dep_ == "nsubj" and s.pos_ == "PRON"
        for c in noun.children
        if c.dep_ == "relcl"
        for s in c.children
    )
    return owned or made


def _tells_act(clause: Token) -> bool:
    """A content clause telling an act, with "that" or without it ("upset (that) the mayor
    cut the budget", "disappointed the judge did not recognize it"), not a state or a
    necessity ("that she has to keep spending", "that there was no vote"), nor a clause
    another conjunction opens ("upset because ...", "unsure whether ..."), nor one of what
    may come ("concerned that the clinics could fail"): a fear, not displeasure at an act."""
    marks = [m.lower_ for m in clause.children if m.dep_ == "mark"]
    possible = any(c.dep_ == "aux" and c.lower_ in POSSIBLE for c in clause.children)
    return marks in ([], ["that"]) and clause.lemma_.lower() not in STATES and not possible


def _party_or_doer(noun: Token) -> list[Token]:
    if is_agent(noun):
        return [] if noun.lower_ in THING_PRONOUNS else [noun]
    if not _act(noun):
        return []
    owners = [c for c in noun.children if c.dep_ in OWNER_DEPS and is_agent(c)]
    doers = [o for o in prep_nouns(noun, OWNER_PREPS) if is_agent(o)]
    return [t for t in owners + doers if t.lower_ not in THING_PRONOUNS]


def _act(noun: Token) -> bool:
    """A noun for what a party does or says: a listed one ("remarks", "handling") or a
    nominalised verb ("decision", "refusal", "failure", "treatment")."""
    lemma = noun.lemma_.lower()
    return lemma in CONDUCT or noun.lower_ in CONDUCT or lemma.endswith(ACT_ENDINGS)
