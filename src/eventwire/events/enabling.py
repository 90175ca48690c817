"""Letting or threatening told of a thing: "This allowed us to know the score", "a system which
allows him to keep his options open", "the state's process must be allowed to proceed". A thing
or an event that makes an act possible, or a thing let go on, is no party giving way: only a
party that lets another act, or a party let act, is a concession (CONCEDE); letting named as
what a person, a stance or a bill is for ("a proponent of allowing them to stay", "open to
allowing it", "a bill permitting states to ban it") is a policy, not leave given; so is leave
that no one is told to give and that holds as a rule rather than happens once ("foreign
nationals are not allowed to donate", "they won't be permitted to stay", "she wasn't allowed to
speak"), and so is leave told in the simple present outside a headline ("he allows Republicans
to dodge Trump", "the party allows us to get our message out"): what a party's stand or nature
makes possible, not leave given on an occasion. Likewise a thing that "threatens" ("the primary
threatens to knock him out", "it threatens the work") tells a risk, not a party's threat
(THREATEN), and a thing that keeps someone from acting ("that hasn't stopped pundits from
speculating", "the law prevents him from running again") tells a circumstance, not a party's
restriction (COERCE)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.event_nouns import event_noun
from eventwire.events.headline_tense import in_headline
from eventwire.events.lexicon import (
    AGENT_ENTITIES,
    RELATIVE_PRONOUNS,
    THING_PRONOUNS,
    VIOLENCE,
    is_agent,
    word_types,
    words,
)
from eventwire.events.negation import NEGATIONS
from eventwire.events.routine import tells_frequency
from eventwire.events.word_classes import ORDERED_ACTS, WARNED_HARMS
from eventwire.lexicons import calendar_names, word_set
from eventwire.parse.arguments import objects, prep_nouns
from eventwire.parse.deps import COMPLEMENT_DEPS, MODIFIER_OR_OWNER_DEPS
from eventwire.parse.forms import in_words, is_reflexive
from eventwire.parse.nlp import STATE_ENTITY, in_quotation
from eventwire.parse.plurals import PLURAL_NOUN_TAGS
from eventwire.parse.subjects import ACTIVE_SUBJECT_DEPS
from eventwire.parse.tags import GERUND_TAGS, NOMINAL_POS, PRESENT_TAGS, TO_TAG, VERB_POS
from eventwire.parse.tenses import auxiliaries

PERMITTING = words("event_words.tsv", "permitting")  # allow, permit, let
RISKING = words("event_words.tsv", "risking")  # threaten: a risk when a thing does it
DECIDING = words("event_words.tsv", "court_decision")  # "a ruling allowing them to stay" is leave
IMPERSONAL = words("event_words.tsv", "criticised") | words("event_words.tsv", "impersonal_thing")
WELFARE = words("event_words.tsv", "bodily_welfare")  # lives, safety: "threatened their lives"
PARTY_IT = "it"  # news calls a state or a group that threatens "it" as often as a thing
WHICH = "which"  # a relative the parse may hang on no noun: ", which allows him to"
NAMING_POS = NOMINAL_POS  # "opponents of", "his position of", "open to"
DO = "do"  # "doesn't allow": the present told with "do"
OF = "of"  # "the security of Israel": whose a thing is
FROM = "from"  # "stopped them from speaking": whom a verb keeps from acting
LET_CLAUSE_DEPS = {"ccomp", "xcomp"}  # "allowed terrorism to flourish": the clause let happen
WEEKDAYS = {form for names in calendar_names("weekday") for form in names}  # "on Tuesday"
DESCRIBING_DEPS = {"relcl", "acl"}  # a clause that tells of a noun, not of the verb's act
DEED_OBJECT_DEPS = {"dobj", "dative"}  # "gave the protesters leeway": a deed done to something
# Word classes of nouns for a person no title or group lexicon knows: "a witness", "a
# bystander", "his wife" can keep someone from acting as a party does.
PERSON_LISTS = (
    "unnamed_person",
    "kin_noun",
    "private_role_noun",
    "person_kind_noun",
    "doer_person_noun",
)


def enabled_by_a_thing(verb: Token) -> bool:
    """A verb of letting whose doer is a thing ("this allowed us") or, passive with no doer
    told, whose subject is one ("the process be allowed to proceed")."""
    if verb.lemma_.lower() not in PERMITTING:
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if doers:
        return all(_thing(d, verb) for d in doers)
    allowed = [c for c in verb.children if c.dep_ == "nsubjpass"]
    told_doer = any(c.dep_ == "agent" for c in verb.children)
    return bool(allowed) and not told_doer and all(_thing(a, verb) for a in allowed)


def thing_let_happen(verb: Token) -> bool:
    """An active verb of letting whose only ones let act are things or its own subject: "allowed
    terrorism to flourish", "did allow himself to address it". Leave is given to a party; a
    thing let happen, or oneself let act, is no party given way to. A party's thing ("Iran's
    ships", "the rally of Sanders supporters") is that party; "it" may be a state. A thing
    as the object ("permitted the sale", "allowed daylong rallies") is the act let take place,
    which a party concedes (the coded sets code it)."""
    if verb.lemma_.lower() not in PERMITTING or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    let = _let_ones(verb)
    return bool(let) and all(is_reflexive(t) or _nobodys_thing(t, verb) for t in let)


def _let_ones(verb: Token) -> list[Token]:
    """Who or what the verb lets act: the subject of the clause it governs ("allowed terrorism
    to flourish"; the parse reads the infinitive so)."""
    clauses = [c for c in verb.children if c.dep_ in LET_CLAUSE_DEPS]
    let = [s for c in clauses for s in c.children if s.dep_ == "nsubj"]
    return [j for t in let for j in (t, *t.conjuncts)]  # "siblings, parents and caregivers"


def _nobodys_thing(noun: Token, verb: Token) -> bool:
    """A single thing no party owns (`_partyless_thing`), nor one done by a party named after
    "of", nor a noun for a person ("a witness"); a plural may name people no lexicon knows
    ("allow siblings and caregivers to enter")."""
    if noun.tag_ in PLURAL_NOUN_TAGS or _person(noun):
        return False
    done_by = any(p.dep_ == "pobj" and is_agent(p) for c in noun.children for p in c.children)
    return not done_by and _partyless_thing(noun, verb)


def freed_to_act(verb: Token) -> bool:
    """ "primaries that free her to present herself as the victor", "the movement to free
    delegates to vote their conscience": freeing someone to do a thing lets them act, no
    captive let go (RETREAT); "were freed to return home" (no object) is left to the release."""
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    infinitives = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in VERB_POS]
    told_to = any(a.tag_ == TO_TAG for c in infinitives for a in c.children if a.dep_ == "aux")
    return has_object and told_to


def enabled_by_a_state(verb: Token) -> bool:
    """An -ing of letting with no subject of its own that follows a clause telling a state or a
    happening rather than a deed: "Sanders prevailed in Vermont, allowing her to build a lead",
    "the fact that the Front was not a party to the truce, allowing the group to go on". What
    lets is how things stand, not a party giving way; after a deed done to something ("gave the
    protesters leeway, allowing rallies") or an act of the lexicon told bare ("backed down,
    allowing", "withdrew, allowing") the leave is that party's."""
    if verb.lemma_.lower() not in PERMITTING or verb.tag_ not in GERUND_TAGS:
        return False
    if verb.dep_ != "advcl" or any(c.dep_ in ACTIVE_SUBJECT_DEPS for c in verb.children):
        return False
    clause = verb.head
    if clause.pos_ not in VERB_POS or any(c.dep_ in DEED_OBJECT_DEPS for c in clause.children):
        return False
    return not word_types(clause.lemma_.lower(), "V", bare=True)


def standing_leave(verb: Token) -> bool:
    """A passive of letting with no party told as the one who lets, or only a thing ("by law"),
    negated or in the simple present: "are not allowed to vote", "won't be permitted to stay",
    "had not been permitted to speak"; only the passive auxiliary makes the simple present
    ("are allowed", not "have been allowed" nor "are being allowed"). It tells a rule or a
    standing state, not a party giving way; "the refugees were allowed to enter on Friday" is
    leave given once, "aid convoys will be allowed in" leave announced."""
    if verb.lemma_.lower() not in PERMITTING:
        return False
    auxes = auxiliaries(verb)
    if not any(c.dep_ == "auxpass" for c in auxes):
        return False
    doers = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if any(is_agent(d) for d in doers):
        return False
    negated = any(c.dep_ == "neg" and c.lower_ in NEGATIONS for c in verb.children)
    return negated or any(c.dep_ == "auxpass" and c.tag_ in PRESENT_TAGS for c in auxes)


def standing_effect(verb: Token) -> bool:
    """An active verb of letting in the simple present ("he allows Republicans to dodge
    Trump", "doesn't permit candidates to") outside a headline (a headline's present tells a
    past act) and dated to no day (`_on_one_day`): a standing effect or rule, not leave given
    once (module doc)."""
    if verb.lemma_.lower() not in PERMITTING or in_headline(verb) or _on_one_day(verb):
        return False
    auxes = auxiliaries(verb)
    if verb.tag_ in PRESENT_TAGS:
        return not auxes
    return len(auxes) == 1 and auxes[0].lemma_.lower() == DO and auxes[0].tag_ in PRESENT_TAGS


def _on_one_day(verb: Token) -> bool:
    """ "Canada legalizes marijuana in a vote on Tuesday": a weekday among the verb's own words
    (not those of the clause it lets happen nor of a clause describing a noun) dates the leave
    to one occasion, given then, whatever the tense; a present with no day, or with a
    frequency ("every Tuesday"), is how things stand."""
    words, stack = [], list(verb.children)
    while stack:
        token = stack.pop()
        if token.dep_ in LET_CLAUSE_DEPS | DESCRIBING_DEPS:
            continue
        words.append(token)
        stack.extend(token.children)
    return any(t.text in WEEKDAYS for t in words) and not any(map(tells_frequency, words))


def letting_named(verb: Token) -> bool:
    """A gerund of letting that a noun or an adjective names as its topic: "opponents of
    allowing refugees in", "his position of not allowing them", "open to allowing it", "a
    bill permitting states to ban it", "no problem allowing the DNC to": a policy or a stance
    is spoken of; no party gives way (not "he won by allowing", nor "allowed them to march",
    nor an act's or a decision's content, "a ruling allowing them to stay")."""
    if verb.lemma_.lower() not in PERMITTING or verb.tag_ not in GERUND_TAGS:
        return False
    if verb.dep_ == "acl":
        noun = verb.head
        decided = event_noun(noun) or noun.lemma_.lower() in DECIDING
        return noun.pos_ in NAMING_POS and not decided
    prep = verb.head
    return verb.dep_ == "pcomp" and prep.pos_ == "ADP" and prep.head.pos_ in NAMING_POS


def risked_by_a_thing(verb: Token) -> bool:
    """A verb of threatening whose doers are all things ("the primary threatens to knock him
    out", "that threatened to create unhappy families"; `_risk`)."""
    if verb.lemma_.lower() not in RISKING:
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(doers) and all(_risk(d, verb) for d in doers)


def endangers_a_thing(verb: Token) -> bool:
    """A verb of threatening whose objects are all things, with no harm held over anyone: "it
    threatens the extensive work", "threatened women's privacy", "the pressure is threatening
    further losses" tell what is put at risk, not a party's threat. A party threatened
    ("threatened the judge"), a harm or an act named ("threatened a lawsuit", "sanctions"),
    "to" + an act ("threatened to sue") or "with" + a harm ("threaten Israel with bombs") is one,
    and so is what a named state threatens ("North Korea threatened a nuclear test", "China
    threatened countermeasures", "Iran threatened shipping"): a state's threat is held over
    others by its power, whatever noun names it; so is an act or people's lives that a party
    threatens (`_harm_a_party_threatens`)."""
    if verb.lemma_.lower() not in RISKING or prep_nouns(verb, {"with"}):
        return False
    if any(c.dep_ in COMPLEMENT_DEPS for c in verb.children):
        return False
    if any(c.dep_ == "nsubj" and c.ent_type_ == STATE_ENTITY for c in verb.children):
        return False  # a state's threat ("North Korea threatened a nuclear test")
    held = objects(verb)
    if any(_harm_a_party_threatens(t, verb) for t in held):
        return False  # "Trump threatened a government shutdown"
    return bool(held) and not any(map(_held_over, held))


def _harm_a_party_threatens(noun: Token, verb: Token) -> bool:
    """An act an order could bring ("a government shutdown", "the closure of the border") or
    someone's life or safety ("the lives of the hostages", "his safety") threatened by doers
    none of whom is a thing: a party holds that act or that harm over others, a threat; a
    thing that puts them at risk ("the stalemate threatens a shutdown") tells a risk."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(_thing(d, verb) for d in doers):
        return False
    return in_words(noun, ORDERED_ACTS) or (in_words(noun, WELFARE) and bool(_owner_words(noun)))


def _held_over(noun: Token) -> bool:
    """A party, an act ("a lawsuit", "an attack"), a harm ("retaliation", "violence"), or a
    thing that a named party's name marks as the party's ("Israeli towns", "Iran's nuclear
    sites", "U.S. interests", "the security of Israel"): what is held over a party, or over a
    party's own. Only the noun's own owner words count, not a name further on ("the work that
    economists did during the Obama administration", "further losses for Mr. Ackman")."""
    acted = is_agent(noun) or event_noun(noun) or in_words(noun, WARNED_HARMS | VIOLENCE)
    return acted or any(t.ent_type_ in AGENT_ENTITIES for t in _owner_words(noun))


def _owner_words(noun: Token) -> list[Token]:
    """The words that may name whose the noun is: its possessor, adjectives and compounds
    ("Iran's", "Israeli", "U.S."), and the noun of its "of" phrase, each with its compounds."""
    owners = [c for c in noun.children if c.dep_ in MODIFIER_OR_OWNER_DEPS]
    owners += [o for c in noun.children if c.dep_ == "prep" and c.lower_ == OF for o in c.children]
    return [
        t
        for o in owners
        for t in o.subtree
        if t.dep_ in MODIFIER_OR_OWNER_DEPS | {"pobj"} or t == o
    ]


def _risk(doer: Token, verb: Token) -> bool:
    """A thing that can only risk, not threaten: "that", "this", "which", or a course or an
    impersonal force ("the plan", "the primary", "the pressure"; `impersonal_thing`), not "it"
    and not a party's own thing ("Iran's nuclear program threatens Israel" is Iran's threat).
    A noun outside those classes may be a person the lexicons do not know ("a hacker")."""
    if not _partyless_thing(doer, verb):
        return False
    return doer.pos_ != "NOUN" or doer.lemma_.lower() in IMPERSONAL


def _partyless_thing(doer: Token, verb: Token) -> bool:
    """A thing (`_thing`) that is neither "it", which may be a state, nor a party's own thing
    ("Iran's nuclear program"): what a threat or a hindrance by it is no party's act."""
    owned = any(c.dep_ == "poss" and is_agent(c) for c in doer.children)
    return doer.lower_ != PARTY_IT and not owned and _thing(doer, verb)


def kept_by_a_thing(verb: Token) -> bool:
    """A verb that keeps someone from acting ("stopped pundits from speculating") whose doers
    are all things or clauses ("that", "accusations", "closing the door"): no party restricts
    anyone; "police stopped supporters from marching" is a party's act. "it" may be a state."""
    kept = any(c.dep_ == "prep" and c.lower_ == FROM for c in verb.children)
    doers = _doers(verb)
    return kept and bool(doers) and all(_keeping_thing(d, verb) for d in doers)


def _doers(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it completes ("is not going to stop them")."""
    own = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECT_DEPS]
    if own or verb.dep_ != "xcomp":
        return own
    return [c for c in verb.head.children if c.dep_ in ACTIVE_SUBJECT_DEPS]


def _keeping_thing(doer: Token, verb: Token) -> bool:
    """A clause, or a thing that is not a party's own thing ("Iran's navy"), nor "it", nor a
    noun for a person ("a witness stopped the suspect from leaving")."""
    if doer.dep_ == "csubj":
        return True
    return not _person(doer) and _partyless_thing(doer, verb)


def _person(noun: Token) -> bool:
    """A noun for a person of a kind the lexicons of titles and groups do not hold."""
    forms = (noun.lemma_.lower(), noun.lower_)
    return any(form in word_set(name) for name in PERSON_LISTS for form in forms)


def _thing(subject: Token, verb: Token) -> bool:
    """A pronoun for a thing, a relative pronoun for a thing noun, or a noun that can't act."""
    lower = subject.lower_
    if lower in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return not is_agent(verb.head)
    if lower in THING_PRONOUNS and _reporter_named(subject, verb):
        return False  # "Sri Lanka told Norway that it would not allow": Sri Lanka
    if lower in THING_PRONOUNS or lower == WHICH:  # "which" stands for no person
        return True
    return subject.pos_ == "NOUN" and not is_agent(subject)


def _reporter_named(subject: Token, verb: Token) -> bool:
    """ "Sri Lanka told Norway that it would not allow the monitors to return": "it" in a
    clause a party reports, outside quotation marks, stands for that party."""
    reporter = verb.head if verb.dep_ == "ccomp" else None
    if reporter is None or in_quotation(subject):
        return False
    return any(c.dep_ == "nsubj" and is_agent(c) for c in reporter.children)
