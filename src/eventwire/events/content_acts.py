"""Acts named only as what another predicate is about: the README's "an act that is only the
object of another act is not coded again".

"regretted calling the prime minister a traitor", "defended bombing the bridge": the gerund is
what a stance verb judges; "remembered telling her": what a verb of recounting tells over;
"endured criticism for threatening them", "criticised him for insulting voters": the act blamed
is the reason of the blame; "the talk about killing Rabin": the act is a topic of talk; "are
prohibited from killing one another": the act is barred, not done; "judges handling the
lawsuits", "to deflect the criticism": the act noun is handled or fended off, not done. The
governing predicate is the event (when it is one); the nested act is not news of its own. A
parse that hangs a coordinated gerund on a clause inside the first ("for telling them that ...,
and threatening them") is followed up through conjuncts and clauses; one that joins it to a
finite or perfect verb ("has endured criticism for telling ..., and threatening") is read as
joined to a gerund between the two.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.act_agents import noun_agents
from eventwire.events.lexicon import is_agent, words
from eventwire.events.misplaced_by import misplaced_agents
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import phrasal_only
from eventwire.events.plover_types import CONSULT, PROTEST
from eventwire.events.word_classes import BANNING
from eventwire.parse.coordination import first_conjunct
from eventwire.parse.tags import GERUND_TAG, NOUN_POS

STANCE_ROWS = words("cue_verbs.tsv", "stance")
STANCES = frozenset(w for w in STANCE_ROWS if " " not in w)  # not "remember as": its object
FOR_STANCES = STANCES | {w.split()[0] for w in STANCE_ROWS if w.endswith(" for")}  # apologise
BLAME_NOUNS = words("event_words.tsv", "blame_received")  # criticism, backlash, condemnation
RECOUNTING = words("event_arguments.tsv", "recounting")  # recall, cite, bring up
HANDLING = words("event_arguments.tsv", "handled_topic")  # handle, deflect, celebrate
AUDIENCES = words("event_arguments.tsv", "audience_verb")  # address: "addressed the summit"
GATHERINGS = {CONSULT, PROTEST}  # a conference, a summit, a rally: an audience to address
BY = "by"  # an act's own doer; "from" is as often a source or a generic threat's origin
UP_DEPS = {"conj", "ccomp"}  # a gerund's way up to the one it is coordinated with
STEPS = 3


def nested_content(match: TriggerMatch) -> bool:
    """Whether a gerund trigger is only the object, reason or topic of another predicate."""
    head = match.head
    if match.nominal or head.tag_ != GERUND_TAG:
        return False
    for gerund in _first_conjuncts(head):
        if _judged(gerund) or _recalled(gerund) or _blamed_for(gerund) or _talked_about(gerund):
            return True
        if _barred(gerund):
            return True
    return False


def recounted(match: TriggerMatch) -> bool:
    """ "recalled the 1998 bombing", "brought up the Oklahoma City bombing", "a speech
    addressing the attacks": an act noun as the object of a verb that tells it over again is
    a topic, told where it happened."""
    noun = match.head
    if not match.nominal or noun.dep_ != "dobj":
        return False
    verb = noun.head
    if verb.lemma_.lower() in AUDIENCES and match.code.type in GATHERINGS:
        return False  # "addressed the annual policy conference": spoke to it
    return bool(phrasal_only(verb) & RECOUNTING)


def handled(match: TriggerMatch) -> bool:
    """ "judges handling the lawsuits", "to deflect the criticism", "celebrating the massacre",
    "tried to torpedo her endorsement": an act noun as the object of a verb that handles,
    weighs, celebrates, fends off or undermines it is a topic; the verb's subject neither did
    it nor tells it done. An act noun that names its own doer ("oversaw the invasion of Kuwait
    by Iraqi troops", "handled the arrest of reporters by police") reports that act done."""
    verb = _object_verb(match)
    if verb is None or not phrasal_only(verb) & HANDLING:
        return False
    doers = [*noun_agents(match.head), *misplaced_agents(first_conjunct(match.head))]
    return not any(t.head.lower_ == BY and is_agent(t) for t in doers)  # not "threats from X"


def _object_verb(match: TriggerMatch) -> Token | None:
    """The verb whose direct object the act noun is, or the first noun of the list it is in
    ("deflected the criticism and attacks of ...")."""
    noun = first_conjunct(match.head)
    return noun.head if match.nominal and noun.dep_ == "dobj" else None


def _first_conjuncts(verb: Token) -> list[Token]:
    """The verb and the clauses it hangs on by coordination ("telling ... and threatening")."""
    chain = [verb]
    token = verb
    for _ in range(STEPS):
        if token.dep_ not in UP_DEPS or token.head == token:
            break
        token = token.head
        chain.append(token)
    if verb.dep_ == "conj" and verb.head.tag_ != GERUND_TAG:  # no gerund joins a finite verb
        between = verb.doc[verb.head.i + 1 : verb.i]
        chain += [
            t for t in between if t.tag_ == GERUND_TAG and t.dep_ in {"pcomp", "xcomp", "dobj"}
        ]
    return [t for t in chain if t.tag_ == GERUND_TAG]


def _judged(gerund: Token) -> bool:
    """ "regretted calling him a traitor", "defended bombing the bridge": the stance's object."""
    governor = gerund.head
    return (
        gerund.dep_ in {"xcomp", "dobj"}
        and governor.pos_ == "VERB"
        and governor.lemma_.lower() in STANCES
    )


def _recalled(gerund: Token) -> bool:
    """ "did remember telling Clinton about his email", "did not mention requesting a
    donation": an act a verb tells over is a memory or a topic, not news of the act."""
    governor = gerund.head
    recounts = governor.pos_ == "VERB" and governor.lemma_.lower() in RECOUNTING
    return gerund.dep_ in {"xcomp", "dobj"} and recounts


def _blamed_for(gerund: Token) -> bool:
    """ "criticism for threatening them", "criticised him for threatening", "apologised for
    calling": what one is blamed, praised or sorry for."""
    prep = gerund.head
    if gerund.dep_ != "pcomp" or prep.lower_ != "for":
        return False
    return any(_blames(h) for h in {prep.head, _blamed_one_verb(prep.head)})


def _blames(holder: Token) -> bool:
    """A noun of blame ("criticism") or a verb of stance ("criticised", "apologised")."""
    return holder.lemma_.lower() in BLAME_NOUNS or (
        holder.pos_ == "VERB" and holder.lemma_.lower() in FOR_STANCES
    )


def _blamed_one_verb(holder: Token) -> Token:
    """ "attacked voters, lawmakers and thinkers for opposing": the parse may hang "for" on
    the one blamed (an object, or a conjunct of it); the verb that blames is above it."""
    while holder.dep_ in {"conj", "appos"} and holder.pos_ in NOUN_POS:
        holder = holder.head
    return holder.head if holder.dep_ == "dobj" else holder


def _talked_about(gerund: Token) -> bool:
    """ "the talk about killing Rabin", "rumours about arresting him": a noun's topic."""
    prep = gerund.head
    return gerund.dep_ == "pcomp" and prep.lower_ == "about" and prep.head.pos_ == "NOUN"


def _barred(gerund: Token) -> bool:
    """ "are prohibited from killing one another", "banned them from marching": kept from it."""
    prep = gerund.head
    return (
        gerund.dep_ == "pcomp"
        and prep.lower_ == "from"
        and prep.head.pos_ == "VERB"
        and prep.head.lemma_.lower() in BANNING
    )
