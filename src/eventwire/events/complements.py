"""Targets carried by an act noun a verb's phrase names: "warned of a possible war against
Caracas", "marched in defiance of the junta", "spoke of talks with Seoul".

A verb of speech or protest often names no one itself: its prepositional phrase holds an act
noun, and that noun's own complements say whom the act is aimed at: its "against", "with",
"toward" object, or, for an act of blame or refusal ("defiance of", "disapproval of"), its
"of" object, or the owner of what that object names ("disapproval of Russia's policies").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from eventwire.events.demands import timed_acts
from eventwire.events.free_relatives import free_relative_names
from eventwire.events.lexicon import pronoun_owner, words
from eventwire.events.noun_rows import noun_triggers
from eventwire.events.participants import RoleReader
from eventwire.events.passives import agents, is_passive
from eventwire.events.phrase_links import clausal_subject_doers, pobjs
from eventwire.events.plover_types import ACCUSE, ASSAULT, PROTEST, REJECT, REQUEST, THREATEN
from eventwire.events.prep_marks import asked_clauses
from eventwire.events.verb_arguments import objects
from eventwire.model import Participant
from eventwire.parse.deps import VERB_OBJECT_DEPS
from eventwire.sectors import GOVERNMENT, MILITARY, POLICE

NOUN_AIMS = {"against", "with", "toward", "towards", "on", "at"}
BLAMED_OF = {"of", "over", "at", "about"}  # "defiance of X", "anger at X", "protest over X"
BLAME_TYPES = {ACCUSE, REJECT, PROTEST, THREATEN}
Sources = Sequence[Participant]  # the sides acting, whatever holds them
NOUN_CLAUSES = {"acl", "relcl", "ccomp"}
CARRYING_PREPS = {"of", "about", "over", "in", "for", "on", "against"}
DENIALS = words("event_words.tsv", "denial_of_fact")  # "denied that its troops fired"
HOSTILITY = words("event_words.tsv", "hostility")  # "a war against X": no trigger, but aimed
STATE_SECTORS = {GOVERNMENT, MILITARY, POLICE}  # officials who speak for the state's forces
FORCES = {MILITARY, POLICE}  # "the army", "police"


def complement_aims(
    verb: Token, type_: str = "", reader: RoleReader | None = None, sources: Sources = ()
) -> list[Token]:
    """Whom a verb naming no one aims at through its complements: what a free relative names
    ("denounced what he called X", `free_relatives`), the act nouns of its own prepositional
    phrases ("warned of a war against X"), else whom its content clauses say act ("demanded
    that Turkey withdraw", "looking into whether the aide lied"), or, for a threat, whom they
    say the act hits."""
    nouns = [] if is_passive(verb) else pobjs(verb, CARRYING_PREPS)  # not "were killed in
    # clashes with police": the passive's patient is the target, the clash's other side no one
    aims = free_relative_names(verb) or [t for noun in nouns for t in noun_aims(noun)]
    clauses = [c for c in verb.children if c.dep_ == "ccomp"] + asked_clauses(verb)
    if verb.lemma_.lower() in DENIALS:  # "denied that its soldiers fired": a denial answers
        return aims  # the accuser (`replies`), never the ones it clears
    doers = [d for c in clauses for d in _clause_doers(c)]
    if type_ == THREATEN and reader is not None and _own_side(reader, doers, sources):
        return aims or [t for c in clauses for t in _threatened(c)]
    return aims or doers


def _own_side(reader: RoleReader, doers: list[Token], sources: Sources) -> bool:
    """Whether a threat's clause has the threatener act: the speaker ("warned that he would
    veto"), the speaker's own state ("Putin warned that Russia would retaliate") or a body
    a pronoun says is theirs ("warned that his government would not tolerate it"), or, for an
    official, the state's forces ("the general warned that the army would crush any revolt")."""
    owned = [d for d in doers if pronoun_owner(d) is not None]
    found = [p for d in doers if d not in owned for p in reader.phrase(d)]
    ids = {s.actor_id for s in sources}
    countries = {s.country for s in sources if s.country}
    official = any(s.sector in STATE_SECTORS for s in sources)

    def own(part: Participant) -> bool:
        state = reader.is_country(part)
        forces = official and part.sector in FORCES and part.country in countries | {None}
        return part.actor_id in ids or (state and part.country in countries) or forces

    return bool(found or owned) and all(own(p) for p in found)


def _threatened(clause: Token) -> list[Token]:
    """ "warned that Russia would retaliate against NATO", "... respond if Washington broke
    the deal": a threat's clause has the threatening side act (the speaker or their own state),
    so it is aimed at the clause's object, the party it acts against, or whoever its "if"
    condition says would provoke it, never at the clause's subject."""
    conditions = [
        s
        for c in clause.children
        if c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children)
        for s in c.children
        if s.dep_ == "nsubj"
    ]
    return [*objects(clause), *pobjs(clause, NOUN_AIMS), *conditions]


def asked_for(verb: Token, type_: str) -> list[Token]:
    """ "called for the resignation of X", "appealed for a ceasefire between X and Y": what a
    request asks "for" is its object, as "demanded the resignation of X" has it, so the act
    asked for names whom the request is aimed at. With an object of its own ("urged Peru for
    years"), the "for" phrase is something else; a participle describing a party ("those
    calling for X's withdrawal") tells who they are, not whom an act is aimed at."""
    own = any(c.dep_ in VERB_OBJECT_DEPS for c in verb.children)
    asking = type_ == REQUEST and not own and verb.dep_ != "acl"
    return pobjs(verb, {"for"}) if asking else []


def _clause_doers(clause: Token) -> list[Token]:
    """Who a complement clause says acts: its subject, or a passive's "by" agent; the patient
    of an agentless passive ("that the attacks were plotted") is no doer; the doer a clausal
    subject names ("that what Trump says is dangerous"); the "for" subject of an act whose time
    is said to have come ("that it is time for Congress to act")."""
    timed = timed_acts(clause)
    if timed:
        return [s for act in timed for s in _clause_doers(act)]
    if is_passive(clause):
        return agents(clause)
    return [c for c in clause.children if c.dep_ == "nsubj"] or clausal_subject_doers(clause)


def noun_aims(noun: Token) -> list[Token]:
    """An act noun's aim: its "against/with/toward" objects; for blame or refusal its
    "of/over/at" objects as well. Not an act noun: nothing."""
    types = _aim_types(noun)
    if not types:
        return []
    preps = NOUN_AIMS | BLAMED_OF if types & BLAME_TYPES else NOUN_AIMS
    return pobjs(noun, preps)


def blamed_over(noun: Token) -> list[Token]:
    """ "a protest over China's naval drills", "anger at Russia's policies", "lodged a
    complaint over X's blockade": what blame or protest is about (its owner is the one
    blamed), on the noun or on the verb that makes it, or whom an allegation's clause names."""
    if not act_types(noun) & BLAME_TYPES:
        return _alleged(noun)  # an attack in words: "his attack that she is not qualified"
    light = [noun.head] if noun.dep_ == "dobj" else []  # "lodged a complaint ... over X"
    return [t for h in [noun, *light] for t in pobjs(h, BLAMED_OF - {"of"})] + _alleged(noun)


def blamed_or_addressed(reader: RoleReader, noun: Token, addressed: list[Token]) -> list[Token]:
    """Whom blame over an act names (`blamed_over`), else whom it is addressed to; also where
    the one blamed is of no known country ("a protest with Japan over the prime minister's
    visit" is aimed at Japan)."""
    blamed = [t for t in blamed_over(noun) if reader.phrase(t)]
    known = any(p.country for t in blamed for p in reader.phrase(t))
    return blamed if blamed and (known or not addressed) else addressed


def _alleged(noun: Token) -> list[Token]:
    """ "an allegation that Smith had bribed her", "Peru's accusation that Chile spied": who
    the content clause of a noun of blame says did the wrong (also where the parser takes the
    clause for a relative one; a threat's clause tells what its maker will do, so only blame).
    An attack with a content clause is one in words ("his attack that she is not qualified")."""
    types = act_types(noun)
    clauses = [c for c in _stranded_clauses(noun) if _content(c)]
    if ACCUSE not in types and not (ASSAULT in types and clauses):
        return []
    subjects = [s for c in clauses for s in c.children if s.dep_ == "nsubj"]  # its own subject:
    # no reduced passive ("an accusation that Chile spied" is no "expert kidnapped")
    return subjects or [d for c in clauses for d in _clause_doers(c)]


def _stranded_clauses(noun: Token) -> list[Token]:
    """The noun's own clauses, and one the parser hangs on its verb right after it ("pressing
    her attack that X is unfit": "that X is unfit" read as the verb's complement)."""
    own = [c for c in noun.children if c.dep_ in NOUN_CLAUSES]
    if noun.dep_ != "dobj":
        return own
    after = noun.right_edge.i + 1
    return own + [c for c in noun.head.children if c.dep_ == "ccomp" and c.left_edge.i == after]


def _content(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def act_types(noun: Token) -> set[str]:
    """The PLOVER types the trigger lexicon gives a noun as a one-word act ("blast", "talks")."""
    if noun.pos_ != "NOUN":
        return set()
    lemma = noun.lemma_.lower()
    return {t.code.type for t in noun_triggers(noun) if t.words == (lemma,)}


def _aim_types(noun: Token) -> set[str]:
    """An act noun's types; a noun of armed conflict ("war") aims like an attack."""
    hostile = noun.pos_ == "NOUN" and noun.lemma_.lower() in HOSTILITY
    return act_types(noun) or ({ASSAULT} if hostile else set())
