"""States told to describe a party or a thing, not acts reported: "the ruling party, which is
backed by the military", "politicians who are shunned by their local communities", "Support for
Israel is a given among Republican candidates".

A relative clause in the simple present passive says what its noun stands in as a rule (its
standing, as "military-backed" would), at no time in particular; one in the past or the
progressive tells an occasion ("who were questioned by the FBI", "a trader who is being
sought"), and an active one is left to `habitual`. A bare act noun with no doer of its own
that is the subject of a present linking verb with a predicate ("support for X is a given",
"opposition to the bill remains strong") is described as a standing state, not told done;
"the agreement is a victory" names one particular act, and is left alone. A present denial in
a concessive clause ("although Israel disputes this") grants a standing dispute. Leave given in
the present passive with no giver told ("voters are allowed to register on primary day", "you're
not allowed to say that") is a standing rule of what people may do, not a party giving way;
"were allowed to leave on Sunday" tells an occasion. Being committed to something ("the
Department is committed to transparency", "a party insufficiently committed to its principles")
is a standing devotion, not a pledge made; "have committed to Clinton" makes one, and so does
devotion to a party ("Zambia is committed to supporting Malawi"), and so does a named state
bound to a course ("Vietnam is committed to opening up the economy": its policy stated).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import ACCUSATION
from eventwire.events.lexicon import CONFLICTUAL, is_agent, words
from eventwire.events.particular_acts import own_participants
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import CONCEDE, REJECT
from eventwire.events.word_classes import LINKING
from eventwire.lexicons import word_set
from eventwire.parse.deps import ADJECTIVAL_COMPLEMENT_DEPS, PREDICATE_DEPS
from eventwire.parse.nlp import STATE_ENTITY
from eventwire.parse.tags import PARTICIPLE_TAG, PRESENT_TAGS
from eventwire.parse.tenses import auxiliaries

SEEMING = words("event_words.tsv", "seeming")  # seem, appear, look
SEEMED_PREDICATES = ADJECTIVAL_COMPLEMENT_DEPS
ONGOING = words("modality_words.tsv", "ongoing")  # underway, ongoing, still
DEFINITE = word_set("definite_determiner")  # a particular act, not support as such
CONCESSIVE = words("event_words.tsv", "concessive")  # although, though
PERMITTING = words("event_words.tsv", "permitting")  # allow, permit, let
DEVOTED = words("event_words.tsv", "devoted_state")  # commit: "is committed to"
PARTNER_PREPS = word_set("partner_preposition")  # "working with", "talking to": a party acted with
NAMED_DOER_DEPS = {"poss", "agent"}
ACTING_DEPS = {"nsubj", "aux", "dobj"}  # "who have committed to Clinton", "committed troops"


def standing_passive(match: TriggerMatch) -> bool:
    """A verb trigger in a relative clause whose only auxiliary is a present "is" or "are";
    not a criminal charge ("Kopp, who is charged with murder"): the prosecution's act, told
    as the state it leaves."""
    verb = match.head
    if (
        match.nominal
        or verb.dep_ != "relcl"
        or verb.tag_ != PARTICIPLE_TAG
        or match.code.cameo == ACCUSATION
    ):
        return False
    auxes = auxiliaries(verb)
    return [c.dep_ for c in auxes] == ["auxpass"] and auxes[0].tag_ in PRESENT_TAGS


def standing_permission(match: TriggerMatch) -> bool:
    """A verb of letting in the simple present passive with no giver ("are allowed to vote",
    "is not permitted to"): a standing rule, not leave given (module doc)."""
    verb = match.head
    if match.nominal or match.code.type != CONCEDE or verb.lemma_.lower() not in PERMITTING:
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    auxes = auxiliaries(verb)
    passive = [c for c in auxes if c.dep_ == "auxpass"]
    return bool(passive) and all(a.tag_ in PRESENT_TAGS for a in auxes if a.dep_ != "neg")


def devoted_state(match: TriggerMatch) -> bool:
    """A participle of binding oneself with no subject or auxiliary of its own but a passive
    "be" ("is committed to transparency", "remains committed to", "as insufficiently committed
    to"): a standing devotion, not a pledge made (module doc)."""
    verb = match.head
    if match.nominal or verb.tag_ != PARTICIPLE_TAG or verb.lemma_.lower() not in DEVOTED:
        return False
    if any(c.dep_ in ACTING_DEPS for c in verb.children) or _toward_a_party(verb):
        return False
    return not _state_devoted(verb)


def _state_devoted(verb: Token) -> bool:
    """ "Vietnam is committed to opening up the economy": a named state bound to a course
    states its policy, a pledge (the PLOVER gold codes it AGREE); a department, a party or a
    person bound to one tells its standing."""
    return any(c.dep_ == "nsubjpass" and c.ent_type_ == STATE_ENTITY for c in verb.children)


def _toward_a_party(verb: Token) -> bool:
    """ "is committed to supporting Malawi", "committed to the Vermont senator", "committed to
    working with the new president": devotion to a party, or to an act done to one or with one,
    is a pledge to that party; "committed to running for president" names an office, no party."""
    heads = [p for c in verb.children if c.dep_ == "prep" for p in c.children]
    acts = [h for h in heads if h.dep_ == "pcomp"]
    done_to = [a for h in acts for a in h.children if a.dep_ == "dobj"]
    partnered = [p for h in acts for p in h.children if p.lower_ in PARTNER_PREPS]
    done_with = [o for p in partnered for o in p.children]
    return any(is_agent(t) for t in (*heads, *done_to, *done_with))


def described_state(match: TriggerMatch) -> bool:
    """A bare act noun with no doer or parties of its own ("talks between Ghana and Togo"),
    subject of a present linking verb with a predicate that is not its course or its plan
    ("is underway", "are due to resume")."""
    noun, verb = match.head, match.head.head
    if not match.nominal or noun.dep_ != "nsubj" or verb.lemma_.lower() not in LINKING:
        return False
    if match.code.type in CONFLICTUAL:  # violence talked about: `confidence`'s own reading
        return False
    tenses = [verb.tag_, *(c.tag_ for c in verb.children if c.dep_ == "aux")]
    predicates = [c for c in verb.children if c.dep_ in PREDICATE_DEPS]
    running = any(c.lower_ in ONGOING for c in verb.children) or any(
        c.dep_ == "xcomp"
        for p in predicates
        for c in p.children  # "are due to resume"
    )
    bare = not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)
    told = _named_doer(noun) or _named_doer(verb) or own_participants(noun)
    return (
        bool(PRESENT_TAGS & set(tenses)) and bool(predicates) and bare and not running and not told
    )


def _named_doer(token: Token) -> bool:
    """ "Russia's support", "support by the party", "is underway by the FBI": who acts."""
    return any(
        c.dep_ in NAMED_DOER_DEPS or (c.dep_ == "prep" and c.lower_ == "by") for c in token.children
    )


def seemed_state(match: TriggerMatch) -> bool:
    """ "seems the most closely allied with the government", "appeared supportive of the
    plan": a participle or adjective that a verb of seeming predicates of its subject is the
    writer's reading of a standing relation, not an act told ("seemed to back down" is)."""
    verb = match.head
    seeming = verb.head.lemma_.lower() in SEEMING and verb.head != verb
    return not match.nominal and verb.dep_ in SEEMED_PREDICATES and seeming


def conceded_denial(match: TriggerMatch) -> bool:
    """ "whose flanks are considered occupied territory, although Israel disputes this": a
    rejection in the simple present in a concessive clause grants a standing dispute as
    background to the main clause; "although he denied it on Monday" (past) tells the act."""
    verb = match.head
    if match.nominal or match.code.type != REJECT or verb.tag_ not in PRESENT_TAGS:
        return False
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    plain = not any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children)
    return plain and bool(set(marks) & CONCESSIVE)
