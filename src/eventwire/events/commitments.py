"""What a commitment commits to decides the act it tells.

A pledge, promise, vow or offer (CAMEO 030) is coded by what it commits to: "vowed to retaliate"
threatens (CAMEO 130), and so does a vow of verbal or legal conflict ("vowed to sue her",
"pledged to veto the bill": PLOVER folds a planned hostile act into THREATEN), but forces
pledged to a named state are military aid offered ("pledged to send troops to Kabul");
"pledged his support", "promised to stand with Ankara" is support that is intended (SUPPORT,
planned, which PLOVER folds into AGREE); committed or pledged to a party itself ("superdelegates
committed to Clinton") is allegiance, backing that side (SUPPORT), as is allegiance pledged to one
("pledged allegiance to the militia"); and an apology offered
("offering a deep apology") is the apology itself; "vowed not to vote for him", a commitment to
withhold cooperation, is a refusal (REJECT); "vowed to hunt down those responsible", going after
a party to seize or destroy it, threatens it too, and so does "vowed to continue the fight against
the rebels", a conflict kept up against a named side, and so does "vowed to make Mexico pay", a
party made to act against its will ("continue the fight in the next primary" names
none: a campaign carried on, no threat). "pledged not to attack" promises restraint, no threat: it
stays a commitment; so does a hostile act promised to someone ("assured him Jordan would close
the port to Iraq"), a promise to that listener. A policy proposed (an appeal for it, REQUEST)
whose content is hostile threatens as a vow does ("proposed barring Muslims from entering"), and
so does one called for with no one named to carry it out ("his call to deport the migrants").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import PRAISE, REJECTION, THREAT
from eventwire.events.lexicon import CONFLICTUAL, is_agent, words
from eventwire.events.negation import NEGATIONS
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import phrasal_only, pobjs
from eventwire.events.plover_types import ACCUSE, AGREE, MOBILIZE, PROTEST, REJECT, REQUEST, SUPPORT
from eventwire.events.verb_arguments import objects
from eventwire.events.word_classes import STATE_VERBS
from eventwire.parse.deps import COMPLEMENT_DEPS, VERB_OBJECT_DEPS
from eventwire.parse.nlp import GROUP_ENTITIES
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.parse.tags import BASE_FORM_TAG

AGREEING = {"agree", "accept"}  # a deal struck, not an intent stated: its own AGREE
PROPOSING = {"propose"}  # a policy proposed: an appeal for it (`event_triggers.tsv`)
CALLS = {"call"}  # a policy called for: an appeal for it
HOSTILE = CONFLICTUAL | {ACCUSE, REJECT}  # a lawsuit, a veto or a probe vowed is a threat
HUNTED = words("event_words.tsv", "hunted")  # hunt down, crush: going after a party
CAUSATIVE = words("event_words.tsv", "causative")  # make, force: another party made to act
KEPT_UP = words("event_words.tsv", "kept_up")  # continue, keep up: a conflict carried on
CONFLICTS = words("event_words.tsv", "conflict")  # fight, battle, war: a conflict as a noun
SIDING = words("event_words.tsv", "siding")  # commit, pledge: "committed to Clinton"
ALLEGIANCE = words("event_words.tsv", "allegiance")  # allegiance, loyalty: a side pledged
PLEDGED_DEPS = VERB_OBJECT_DEPS | COMPLEMENT_DEPS  # what is pledged: a thing, a deed


Pair = tuple[TriggerMatch, TriggerMatch | None]


def committed_act(match: TriggerMatch, content: TriggerMatch | None) -> Pair:
    """The act a commitment tells and its content, read from the content (module doc); other
    acts unchanged."""
    if _hostile_proposal(match, content):
        return match.recoded(THREAT), content
    if match.code.type != AGREE or match.head.lemma_.lower() in AGREEING:
        return match, content
    if _sided_with(match.head):
        return match.recoded(PRAISE), content
    if content is None:
        conflictual = _hunted(match.head)
    else:
        conflictual = content.code.type in HOSTILE and not _offered(content)
    if _withheld(match.head):
        return (match if conflictual else match.recoded(REJECTION)), content
    if any(c.dep_ == "neg" for c in match.head.children):
        return match, content  # "will not allow anyone to attack X": restraint pledged
    if conflictual and not _addressed(match.head):
        return match.recoded(THREAT), content
    if content is not None and content.code.type == SUPPORT and _pledged(match.head, content):
        return content, None  # its modality reads "planned" through the commitment over it
    return match, content


def _sided_with(head: Token) -> bool:
    """ "he's committed to the Vermont senator", "superdelegates who have yet to commit to either
    Clinton or Sanders": a commitment whose "to" names a party, not an act, is allegiance to
    that side; "committed to welcoming refugees" or "to the trench warfare" commits to an act,
    and "pledged $8 million to Vietnam" or "pledged to Karzai that ..." pledges a thing or a deed
    (its object or clause) to that party, unless what it pledges is allegiance itself ("pledged
    allegiance to the militia", "vowed loyalty to the king")."""
    pledged = [c for c in head.children if c.dep_ in VERB_OBJECT_DEPS]
    sworn = [c for c in pledged if c.lemma_.lower() in ALLEGIANCE]
    if sworn:
        return any(is_agent(side) for owner in [head, *sworn] for side in pobjs(owner, {"to"}))
    if head.lemma_.lower() not in SIDING or any(c.dep_ in PLEDGED_DEPS for c in head.children):
        return False
    return any(is_agent(side) for side in pobjs(head, {"to"}))


def _hostile_proposal(match: TriggerMatch, content: TriggerMatch | None) -> bool:
    """ "proposed barring all Muslims from entering", "proposed conducting surveillance on
    mosques": a policy proposal (an appeal, REQUEST) whose content is force, coercion or a
    sanction against a party threatens it, as a vow of it does; so does a call for such a
    policy that names no one to carry it out ("his call to deport 11 million immigrants")."""
    if match.code.type != REQUEST or content is None or content.code.type not in HOSTILE:
        return False
    return match.head.lemma_.lower() in PROPOSING or _policy_call(match, content)


def _policy_call(match: TriggerMatch, content: TriggerMatch) -> bool:
    """ "his call to ban all Muslims": the noun "call" with a bare infinitive for its content,
    done to a party, and no one called on ("his call on Congress to act", "a call for allies
    to act": an appeal to them); not a call for an act named by a noun ("a call for his
    arrest"), nor one against no party ("calls to ban assault weapons"), nor one to protest
    or boycott, which rallies others to join (an appeal, no threat)."""
    call, act = match.head, content.head
    if not match.nominal or call.lemma_.lower() not in CALLS or content.code.type == PROTEST:
        return False
    addressed = any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} for c in call.children)
    bare = any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children) and not any(
        c.dep_ in SUBJECT_DEPS for c in act.children
    )
    party = any(c.dep_ == "dobj" and is_agent(c) for c in act.children)
    return bare and party and not addressed


def _offered(content: TriggerMatch) -> bool:
    """ "pledged to send 500 troops to Afghanistan": forces promised to a named state are an
    offer of military aid (CAMEO 0312, PLOVER AGREE), no threat; "vowed to deploy missiles
    near the border" names no one they go to."""
    head = content.head
    if content.code.type != MOBILIZE:
        return False
    return any(t.pos_ == "PROPN" and t.ent_type_ in GROUP_ENTITIES for t in pobjs(head, {"to"}))


def _pledged(verb: Token, content: TriggerMatch) -> bool:
    """ "pledged to stand with", "pledged his support": the verb's own infinitive or object;
    not a stance told with "be" ("is willing to forgive", "is committed to supporting"), which
    is the intent itself and keeps its subject."""
    clauses = [c for c in verb.children if c.dep_ in {"xcomp", "dobj"}]
    own = any(content.head in c.subtree for c in clauses)  # "to stand united with"
    stance = verb.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in verb.children)
    return own and not stance


def _withheld(verb: Token) -> bool:
    """ "vowed not to vote for him", "pledged never to recognise it": the infinitive that the
    commitment governs is negated."""
    return any(
        c.dep_ == "xcomp" and any(n.dep_ == "neg" and n.lower_ in NEGATIONS for n in c.children)
        for c in verb.children
    )


def _addressed(verb: Token) -> bool:
    """ "assured him that ...": the commitment is made to a listener named as its object."""
    return any(c.dep_ in VERB_OBJECT_DEPS and is_agent(c) for c in verb.children)


def _hunted(verb: Token) -> bool:
    """ "vowed to hunt down those responsible", "vowed to continue the fight against the rebels":
    the commitment's infinitive goes after a party."""
    return bool(hunted_parties(verb))


def _conflicts_kept_up(clause: Token) -> list[Token]:
    """The conflict nouns a continuing verb keeps up ("continue the fight": fight)."""
    if not phrasal_only(clause) & KEPT_UP:
        return []
    return [o for o in clause.children if o.dep_ == "dobj" and o.lemma_.lower() in CONFLICTS]


def hunted_parties(verb: Token) -> list[Token]:
    """The parties a vow goes after ("vowed to crush the gangs": the gangs; "vowed to continue
    the fight against the rebels": the rebels; "vowed to make Mexico pay": Mexico), its
    targets."""
    clauses = [c for c in verb.children if c.dep_ == "xcomp"]
    hunted = [o for c in clauses if goes_after(c) for o in objects(c)]
    fought = [p for c in clauses for o in _conflicts_kept_up(c) for p in pobjs(o, {"against"})]
    return hunted + fought + [p for c in clauses for p in _made_to_act(c)]


def _made_to_act(clause: Token) -> list[Token]:
    """ "make Mexico pay", "force companies to pay back": the party a causative verb makes do
    an act (the subject of its bare verb, or its object before a "to" verb); "make Mr. Icahn
    secretary" makes no one act, and the parse's noun for a quoted "win" is no act either; nor
    is a state "make" brings a party to ("make Americans feel safe", "make them understand"),
    though one it is forced to is ("force the banks to be accountable")."""
    if clause.lemma_.lower() not in CAUSATIVE:
        return []
    made = [
        s
        for c in clause.children
        if c.dep_ == "ccomp" and _bare_act(c)  # "if he wins": no bare act
        for s in c.children
        if s.dep_ == "nsubj"
    ]
    if any(c.dep_ == "xcomp" and c.tag_ == BASE_FORM_TAG for c in clause.children):
        made += objects(clause)  # "force companies to pay back"
    return [p for p in made if is_agent(p)]


def _bare_act(verb: Token) -> bool:
    """A verb in its bare form that tells an act, not a state ("pay", not "feel" or "be")."""
    return verb.tag_ == BASE_FORM_TAG and verb.lemma_.lower() not in STATE_VERBS


def goes_after(clause: Token) -> bool:
    """ "hunt down those responsible", "crush the gangs": a `hunted` verb with an object who can
    act; "eliminate poverty" names none."""
    return bool(phrasal_only(clause) & HUNTED) and any(
        is_agent(o) or o.lower_ == "those" for o in objects(clause)
    )
