"""Acts whose subject is a thing, not someone who can act: "its approval rating has declined",
"Golden Week has allowed thousands to vote". The confidence score (`events.confidence`) counts
such an act as having no agent; a count of people ("thousands of farmers", "a number of
companies") or a relative pronoun stands for those it counts or describes, and a noun set
beside a name for the named party.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.act_agents import noun_agents
from eventwire.events.lexicon import AGENT_ENTITIES, apposed_name, is_agent
from eventwire.events.light_verbs import light_verb
from eventwire.events.named_examples import named_examples
from eventwire.events.owned_things import names_a_person
from eventwire.events.paper_issuers import is_document, is_paper
from eventwire.events.passed_bills import passed_chambers
from eventwire.events.patterns import TriggerMatch
from eventwire.events.received import received_blame
from eventwire.events.statistic import (
    CROWD_COUNTS,
    members_of_a_body,
    one_of_them,
    share_of_them,
)
from eventwire.events.verb_arguments import prep_objects
from eventwire.lexicons import word_set
from eventwire.model import Participant
from eventwire.parse.arguments import of_objects
from eventwire.parse.law_names import law_word
from eventwire.parse.tags import DETERMINER_TAG, VERB_POS, WH_TAGS

GROUP_COUNTS = word_set("count_noun")  # "a number of", "a handful of"
THING_NAMES = {"EVENT", "LAW", "DATE", "TIME"}  # "Golden Week", "the Patriot Act": no one
DEMONSTRATIVES = {"this", "that"}  # "that will bring pressure": the thing just told
LISTED_DEPS = {"conj", "appos"}  # "a liar, xenophobe and bully": the parse may hang one as either
AGENT_SUFFIXES = ("ist", "ian")  # "environmentalists welcomed", "local politicians fired back"


def no_agent(
    match: TriggerMatch, actors: list[Participant], recipients: list[Participant] | None = None
) -> bool:
    """A saying or dealing verb whose subject is a thing, not someone who can act: "its
    approval rating has declined", "Golden Week has been popular and has allowed thousands to
    vote" (a verb joined to another shares its subject; a name of a holiday, an event or a law
    names no one, nor does a law's short name: "Dodd-Frank imposed new rules"); an actor read
    there acts ("Trump" tagged as a noun). The subject of an act
    received ("eight of them are in custody") is its target, not its doer. A paper acts for
    its issuer, named ("the letter accuses", `issuers`) or not, once it is aimed at a party
    ("a new ad attacks Clinton's record"). A plural subject told by named examples acts as
    they do ("proponents like Mr. X urged", `named_examples`)."""
    verb = match.head
    if received_blame(verb) is not None or passed_chambers(verb):  # "the bill passed the House"
        return False
    if _clause_subject(verb, actors):
        return True
    subjects = [t for s in _subjects(verb, shared=not actors) for t in _joined(_antecedent(s))]
    named = [(a.mention.start, a.mention.end) for a in actors]
    return bool(subjects) and not any(
        (can_act(s) and s.ent_type_ not in THING_NAMES)
        or names_a_person(s)
        or _named_inside(s)
        or one_of_them(s)
        or share_of_them(s)
        or members_of_a_body(s)
        or any(b <= t.idx < e for t in (s, *named_examples(s)) for b, e in named)
        or (is_document(s) and bool(actors))  # "the letter accuses": its issuer (`issuers`)
        or (is_paper(s) and bool(recipients))  # "a new ad attacks Clinton's record"
        for s in subjects
        if not law_word(s)  # "Dodd-Frank imposed new rules": a law, no one
    )


def can_act(noun: Token) -> bool:
    """Someone who can act: a name, a pronoun, a title or a body (`is_agent`), or a noun formed
    as a doer's ("environmentalists welcomed", "local politicians fired back"): no list of
    people holds every such word."""
    if is_agent(noun):
        return True
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and len(lemma) > 6 and lemma.endswith(AGENT_SUFFIXES)


def _clause_subject(verb: Token, actors: list[Participant]) -> bool:
    """ "going through a dark time has allowed him to connect", "serving in the army allowed
    him": a clause as subject is an act or an experience that enables, not someone who acts;
    a name inside it is no doer either. Not "what Russia did threatens Ukraine", where the
    clause tells its doer's act."""
    clauses = [c for c in verb.children if c.dep_ == "csubj"]
    if not clauses or any(t.tag_ in WH_TAGS for c in clauses for t in c.subtree):
        return False
    spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in clauses]
    return all(any(b <= a.mention.start < e for b, e in spans) for a in actors)


def _subjects(verb: Token, shared: bool) -> list[Token]:
    """The verb's subjects, or, when `shared`, those of the verb it is joined to ("has been
    ... and has allowed"); not when the roles found a doer: the parse may join the verb to a
    said clause ("said the count was fair and called on Latvia to accept it")."""
    own = [s for s in verb.children if s.dep_ == "nsubj"]
    if own or not shared or verb.dep_ != "conj" or verb.head.pos_ not in VERB_POS:
        return own
    return [s for s in verb.head.children if s.dep_ == "nsubj"]


def _joined(subject: Token) -> list[Token]:
    """ "politicians and activists are decrying": each member of a joined subject acts, so one
    who can act is enough ("politicians" is in no list of people); the parse hangs the others
    on the first as its conjuncts."""
    return [subject, *subject.conjuncts]


def _antecedent(subject: Token) -> Token:
    """ "the site that allows users to post": a relative pronoun stands for the noun described;
    "thousands of farmers demanded", "a number of companies pulled": a count for those counted."""
    if subject.lower_ in CROWD_COUNTS or subject.lemma_.lower() in GROUP_COUNTS:
        return next(iter(of_objects(subject)), subject)
    clause = subject.head
    if subject.tag_ in WH_TAGS and clause.dep_ == "relcl":
        return apposed_name(_predicated(clause.head))
    return subject


def _predicated(noun: Token) -> Token:
    """ "Trump is a serial liar, racist and bully who has pledged to ban Muslims": a noun said
    of a subject by "is" (or one listed after it) stands for that subject, whoever the
    noun names; a verb joined to the copula lends it its subject ("X incites violence and is
    a liar who ...")."""
    first = noun
    while first.dep_ in LISTED_DEPS:
        first = first.head
    copula = first.head
    if first.dep_ != "attr" or copula.lemma_ != "be":
        return noun
    subjects = _subjects(copula, shared=True)
    return subjects[0] if subjects else noun


def _named_inside(noun: Token) -> bool:
    """ "the UNITA wing", "members of the Association" stand for a name ("cases in Kenya" not);
    so does a noun with a name set beside it ("his colleague David French defended it"):
    the name is who acts, whatever the noun ("colleague" is in no list of people)."""
    heads = prep_objects(noun, {"of"})
    apposed = [c for c in noun.rights if c.dep_ == "appos"]
    parts = [*noun.lefts, *heads, *(t for head in heads for t in head.lefts), *apposed]
    return any(t.ent_type_ in AGENT_ENTITIES for t in parts)


def put_out_by_a_thing(noun: Token) -> bool:
    """ "That will bring pressure on Washington", "this puts pressure on the party": an act noun
    put out by a light verb whose subject is a bare "this" or "that" is an effect the thing has,
    not an act of anyone's ("this country" or "that group" would name one). A noun naming
    its own doer ("this brought a protest from Egypt", "that drew Egypt's protest") is that
    doer's act, whatever the thing that drew it."""
    verb = light_verb(noun)
    if verb is None or noun_agents(noun) or any(c.dep_ == "poss" for c in noun.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.tag_ == DETERMINER_TAG and s.lower_ in DEMONSTRATIVES and not any(s.children)
        for s in subjects
    )
