"""Infinitives and gerunds on a noun whose doer is the subject of the clause around the noun.

"Martinez passed on a chance to back Trump", "the president would have a difficult time
vetoing a bill": the act belongs to whoever has the chance, time or attempt (an
`event_arguments.tsv` "controlling" noun) the verb governs. "Grijalva was the first Democrat
to endorse Sanders": an infinitive with an object of its own on the noun a copula says its
subject is ("the candidate to beat", whose gap is the object, is not). "Russia's decision to
expel them", "her role in rallying voters": an infinitive or a prepositional gerund on a
possessed noun is the possessor's act. "Cruz spent much of the debate criticizing Trump", "took
steps to punish Russia": one on anything a verb of spending or using (`spending`) spends or uses
is the spender's act.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.clauses import to_infinitive
from eventwire.events.lexicon import is_agent, words
from eventwire.events.noun_agents import CONTROLLING, noun_agent  # chance, attempt, bid
from eventwire.events.noun_rows import noun_triggers
from eventwire.events.verb_arguments import objects
from eventwire.parse.deps import ADJECTIVAL_COMPLEMENT_DEPS, NOUN_CLAUSE_DEPS, through_preposition
from eventwire.parse.subjects import CLAUSAL_SUBJECT_DEPS
from eventwire.parse.tags import BASE_FORM_TAG, GERUND_TAG, NOUN_POS, VERB_POS

PERMITTING = words("event_arguments.tsv", "permitting")  # invitation, permission: another acts
SPENDING = words("event_arguments.tsv", "spending")  # spend, waste: "spent X attacking Y"
USING = words("event_arguments.tsv", "using")  # use, take, hold: "took steps to punish Y"
SHARE_PREPS = {"in", "at", "of"}  # "her role in rallying", "his history of opposing"
# "is inclined to endorse X", "seemed prepared to ...": a participle completing a copula has no
# subject of its own; the copula's subject does the act
PREDICATE_COMPLEMENTS = ADJECTIVAL_COMPLEMENT_DEPS


def noun_controller(verb: Token) -> Token | None:
    """The verb whose subject does the act of an infinitive or gerund on a noun, else None."""
    noun = verb.head
    if verb.dep_ not in NOUN_CLAUSE_DEPS or not _bare(verb) or noun.pos_ not in NOUN_POS:
        return None
    if noun.dep_ == "attr" and _has_object(verb):
        return noun.head if noun.head.pos_ in VERB_POS else None
    if noun.lemma_.lower() not in CONTROLLING:
        return _spender(verb)
    governor = through_preposition(noun)
    governed = noun.dep_ in {"dobj", "attr"} or (noun.dep_ == "pobj" and noun.head.dep_ == "prep")
    return governor if governed and governor.pos_ in VERB_POS else None


def _spender(verb: Token) -> Token | None:
    """ "Cruz spent much of the debate criticizing Trump", "held a briefing to rail against
    them": the parse hangs the gerund or infinitive on the last noun of what is spent or used
    ("debate", "briefing"), yet it tells what the user did with it; a party it hangs on does
    it itself ("spent the day with voters backing Trump"), and a participle on what is used
    or taken is the thing's own content ("used a law banning protests")."""
    noun = verb.head
    if is_agent(noun):
        return None
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head
    spender = noun.head
    lemma = spender.lemma_.lower()
    spends = lemma in SPENDING or (lemma in USING and to_infinitive(verb))
    return spender if noun.dep_ == "dobj" and spends and spender.pos_ in VERB_POS else None


def noun_owner(verb: Token) -> Token | None:
    """ "the INS's decision to deny Elian a hearing", "its intention to investigate Trump": the
    possessor of the noun a subjectless infinitive hangs on does its act, or its "by" or "of"
    party where none is named ("the decision by Obama to meet Castro", `noun_agents`); not one
    who grants leave ("Castro's invitation to visit Cuba": the invited visit)."""
    noun = _owned_noun(verb)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() in PERMITTING:
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None) or noun_agent(noun)


def _owned_noun(verb: Token) -> Token | None:
    """The noun an infinitive hangs on, or a gerund through "in", "at" or "of": "her role in
    rallying voters", "his history of opposing the war" tell the possessor's own share; a noun
    that is itself an act ("Clinton's accusation of lying") tells another's act as its content."""
    if not _bare(verb):
        return None
    if verb.dep_ == "acl" and verb.tag_ == BASE_FORM_TAG:
        return verb.head
    prep = verb.head
    shared = verb.dep_ == "pcomp" and verb.tag_ == GERUND_TAG and prep.lower_ in SHARE_PREPS
    noun = _attached_noun(prep) if shared and prep.dep_ == "prep" else None
    return None if noun is None or noun_triggers(noun) else noun


def _attached_noun(prep: Token) -> Token | None:
    """The noun a preposition belongs to, also where the parse hangs it on the verb whose
    object ends right before it ("referencing her role in rallying": the role's "in")."""
    if prep.head.pos_ != "VERB":
        return prep.head
    objects = [c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i]
    return next((o for o in objects if o.right_edge.i == prep.i - 1), None)


def _bare(verb: Token) -> bool:
    """An infinitive or gerund with no subject of its own."""
    subject = any(c.dep_ in CLAUSAL_SUBJECT_DEPS for c in verb.children)
    return (to_infinitive(verb) or verb.tag_ == GERUND_TAG) and not subject


def _has_object(verb: Token) -> bool:
    """ "to endorse Sanders", "to vote against the bill": no object gap left for the noun."""
    if objects(verb):
        return True
    preps = [c for c in verb.children if c.dep_ == "prep"]
    return any(g.dep_ == "pobj" for p in preps for g in p.children)


def completes_copula(verb: Token, ancestor: Token) -> bool:
    """ "is inclined to endorse X": an infinitive on a participle that completes a copula is
    done by the copula's subject (not "are used to cowering", a habit told by a gerund)."""
    infinitive = verb.dep_ == "xcomp" and verb.head == ancestor
    return infinitive and ancestor.dep_ in PREDICATE_COMPLEMENTS
