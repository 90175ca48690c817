"""The object-like slots of a trigger and the argument words they give its lexicon rows: a
reduced relative's noun, a preposition's person or agent, a clause's marks, an owned thing.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.bodily import BODY, bodily_object
from eventwire.events.counted_people import counted_agents
from eventwire.events.described_stances import legislation, owned_by_people
from eventwire.events.event_nouns import event_noun
from eventwire.events.lexicon import (
    CONDUCT,
    RELATIVE_PRONOUNS,
    is_agent,
    is_person,
    pronoun_owner,
    words,
)
from eventwire.events.light_verbs import LIGHT_OBJECT_DEPS
from eventwire.events.phrase_links import prep_objects
from eventwire.events.prep_marks import owner_marks
from eventwire.events.stance import light_phrase
from eventwire.events.verb_arguments import patients
from eventwire.events.word_classes import STATE_VERBS
from eventwire.lexicons import word_set
from eventwire.parse.deps import COMPLEMENT_DEPS
from eventwire.parse.forms import in_words
from eventwire.parse.plurals import PLURAL_NOUN_TAGS
from eventwire.parse.subjects import clause_subjects, has_subject
from eventwire.parse.tags import NOUN_POS, PARTICIPLE_TAG, WH_ADVERB_TAG, WH_POSSESSIVE_TAG, WH_TAGS

INFINITIVE = "to-verb"  # argument word for an infinitive complement, as the lexicon writes it
TO_ACT = "to-act"  # argument word for an infinitive complement that is itself an event trigger
INTRANSITIVE = "intransitive"  # argument word for an active verb with no object ("began firing")
PERSON = "a person"  # argument word for a named person or political title ("hit Clinton with ads")
PASSIVE_PERSON = "a passive person"  # such a person as a passive subject with no doer ("was fired")
JOINED = "a joined subject"  # argument word for named parties joined as subject ("X and Y spoke")
CLAUSE = "a clause"  # argument word for a finite complement clause ("admitted that it was wrong")
OCCASION_HOLDING = words("event_words.tsv", "occasion_holding")  # have, hold, host
KIN = word_set("kin_noun")  # brother, sister: people a pronoun "owns"
# "the company" is a body and "the comments" what a party said: neither is an unowned thing
BODIES_OR_CONDUCT = word_set("organization_head") | CONDUCT
VOTED_MEASURES = words("event_words.tsv", "voted_measure")  # a deal, a treaty, a plan: parties'
OWN = "own thing"  # argument word for a thing the subject's pronoun owns ("defended his record")
UNOWNED = "an unowned thing"  # argument word for a thing no one owns ("defended eminent domain")
PERSONS = "a person's"  # argument word for a thing a named person owns ("targeted Clinton's ties")
OBJECT_DEPS = {"dobj", "nsubjpass", "auxpass", "dative", "attr", "oprd", "ccomp", "xcomp"}
# and the "$" of "$75,000"; "neg": the "not" of "pleaded not guilty"
SLOT_MODIFIERS = {"compound", "amod", "nmod", "quantmod", "neg"}
# "acomp": "pleaded innocent" (the plea is read from its adjective)
ARGUMENT_DEPS = {"dobj", "nsubjpass", "attr", "oprd", "acomp", "compound", "amod", "nmod", "poss"}
# a relative clause verb with one of these has its own object or is passive, so the noun it
# modifies is no object left out ("the day he signed the bill")
CONTACT_FILLED_DEPS = {"dobj", "dative", "iobj", "ccomp", "xcomp", "attr", "oprd", "auxpass"}
AUDIENCE_PREPS = {"at", "before", "to"}  # "spoke at the rally", "before Congress", "to voters"
# and "whose", "where": a clause with a relative word
RELATIVE_TAGS = WH_TAGS | {WH_POSSESSIVE_TAG, WH_ADVERB_TAG}


def reduced_object(verb: Token) -> list[Token]:
    """ "response teams sent to the two countries", "a suspect handed over to Kenya": a past
    participle that modifies a noun has that noun as its object (a reduced passive relative),
    as a relative clause whose pronoun is its patient has ("a station which was shut down")."""
    if verb.dep_ == "acl" and verb.tag_ == PARTICIPLE_TAG and verb.head.pos_ in NOUN_POS:
        return [verb.head]
    patient = any(c.tag_ in WH_TAGS for c in patients(verb))
    if verb.dep_ == "relcl" and patient:
        return [verb.head, *(c for c in verb.head.children if c.dep_ == "compound")]
    return contact_object(verb) or _raised_patient(verb)


def contact_object(verb: Token) -> list[Token]:
    """ "the Palestinians Israel arrested", "the senator Trump attacked": a relative clause
    with no relative word whose verb has its own subject but no object leaves its object
    out; English drops only an object (or a stranded preposition's) this way, so the noun it
    modifies is that object, when it is someone who can act."""
    if verb.dep_ != "relcl" or not is_agent(verb.head) or verb.head.pos_ not in NOUN_POS:
        return []
    deps = {c.dep_ for c in verb.children}
    if "nsubj" not in deps or deps & CONTACT_FILLED_DEPS:
        return []
    relative = any(t.lower_ in RELATIVE_PRONOUNS or t.tag_ in RELATIVE_TAGS for t in verb.subtree)
    return [] if relative else [verb.head]


def _raised_patient(verb: Token) -> list[Token]:
    """ "troops are expected to be committed to the operation": a passive infinitive with no
    subject of its own is done to the subject of the verb it completes (the parse may read
    the participle as the complement of "be")."""
    if verb.dep_ == "acomp" and verb.tag_ == PARTICIPLE_TAG and verb.head.lemma_ == "be":
        verb = verb.head
    elif not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    if verb.dep_ != "xcomp" or has_subject(verb):
        return []
    return clause_subjects(verb.head)


def prep_person_marks(prep: Token, slots: list[Token]) -> set[str]:
    """ "with someone", "at a person": who the preposition's objects are ("spoke with Putin",
    not "with anonymity"; "hit back at the governor")."""
    marks = {f"{prep.lower_} someone"} if any(is_agent(s) for s in slots) else set()
    marks |= owner_marks(prep, slots)  # "a dig at the governor's remarks"
    return marks | ({f"{prep.lower_} {PERSON}"} if any(is_person(s) for s in slots) else set())


def object_words(obj: Token) -> set[str]:
    """The argument words that say who or what a direct object is; an idiom noun's own phrase
    says whom the act is aimed at ("drew a contrast with Jones", "cast aspersions on him")."""
    words = {
        m for p in obj.children if p.dep_ == "prep" for m in prep_person_marks(p, prep_objects(p))
    }
    if is_agent(obj) or counted_agents(obj):
        words.add("someone")  # "assured him": done to someone who can act
    if is_person(obj):
        words.add(PERSON)  # "hit Clinton with ads": words, not blows, at a person
    if bodily_object(obj):
        words.add(BODY)  # "shoved a protester", "yanked her arm": where a blow can land
    if _owned_thing(obj):
        words.add(OWN)  # "defended his record": his own act, no party backed
    elif _unowned_thing(obj):
        words.add(UNOWNED)  # "defended the idea that ...": a view argued for, no party backed
    if not is_agent(obj) and any(o.dep_ == "poss" and is_person(o) for o in obj.children):
        words.add(PERSONS)  # "an ad targeting Clinton's ties": aimed at Clinton
    return words


def _owned_thing(noun: Token) -> bool:
    """ "his record": a thing, not one who can act nor kin ("his brother"), a pronoun owns."""
    return pronoun_owner(noun) is not None and not is_agent(noun) and noun.lemma_.lower() not in KIN


def _unowned_thing(noun: Token) -> bool:
    """ "eminent domain", "the incident", "the idea that ...": a thing no people own and no
    bill or law, so arguing for it backs no party; "his record" is an owned thing, "Trump's
    views" and "the Obama legacy" are people's, "the law" is legislation, "the comments" or
    "the decision" what a party said or did, "the company" a body, and an act ("the strikes",
    "the annexation", "the ban") or a deal, a treaty or a plan ("the nuclear deal", "the
    agreement with Iran") what parties did or made."""
    return not (
        is_agent(noun)
        or event_noun(noun)
        or in_words(noun, VOTED_MEASURES)
        or counted_agents(noun)
        or in_words(noun, BODIES_OR_CONDUCT)
        or pronoun_owner(noun) is not None
        or owned_by_people(noun)
        or legislation(noun)
    )


def infinitive_clause(head: Token, child: Token) -> bool:
    """A "to" clause that completes the trigger: a verb's ("ordered them to surrender") or a
    noun's ("an appeal to end the fighting"; after a light verb the parser may hang it on the
    verb: "filed an appeal to keep the boy"), or one parsed as a clause ("welcomes firms to
    invest"); not a clause's "to" phrase ("admitted he sent files to reporters")."""
    deps = COMPLEMENT_DEPS if head.pos_ != "NOUN" else {"acl", "advcl"}
    to_marked = any(a.lower_ == "to" and a.dep_ != "prep" for a in child.children)
    return to_marked and (child.dep_ in deps or _told_party_to(head, child))


def _told_party_to(verb: Token, clause: Token) -> bool:
    """ "pushed the White House to embrace a tougher line", "pushed China and India to control
    the gases": the parser hangs the infinitive that tells what a party addressed is to do on
    the verb as a purpose clause when it follows the verb's object; right after a party as the
    direct object it is that party's act asked for, as "urged them to" parses (an xcomp). To
    be or become something ("pushed her to be a stronger candidate") is a change wrought in
    the party, no act of its own."""
    if clause.dep_ != "advcl" or verb.pos_ == "NOUN" or clause.lemma_.lower() in STATE_VERBS:
        return False
    return any(
        o.dep_ == "dobj" and is_agent(o) and clause.left_edge.i == o.right_edge.i + 1
        for o in verb.children
    )


def stranded(noun: Token) -> list[Token]:
    """ "renewed their calls for Clinton to step aside", "voiced opposition to the plan": the
    parser hangs the clause, or a light verb's phrase, right after an object noun on its verb
    (a meal's partner on the verb that holds it: `held_with`)."""
    if noun.pos_ != "NOUN":
        return []
    held = held_with(noun)
    if noun.dep_ not in LIGHT_OBJECT_DEPS:
        return held
    after = noun.right_edge.i + 1
    found = [c for c in noun.head.children if c.dep_ == "advcl" and c.left_edge.i == after]
    return found + light_phrase(noun) + held


def held_with(noun: Token) -> list[Token]:
    """ "had breakfast in New York with Sharpton", "held a dinner Friday with Merkel": the
    parser hangs a meal's or a talk's partner phrase on the verb that holds it when words
    come between; the partner is the noun's as much as in "a dinner with Merkel"."""
    verb = noun.head
    if noun.dep_ != "dobj" or not in_words(verb, OCCASION_HOLDING):
        return []
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > noun.i]


def joined_subject_marks(verb: Token) -> set[str]:
    """ "Obama and Putin spoke by phone", "he and Fox News talked": a verb whose subject joins
    parties who can act does its act between them (each to the other), with no partner
    phrase; a venue or an audience ("X and Y spoke at the rally", "to the crowd") is none.
    With the mark, the medium of a "by" phrase ("phone")."""
    if verb.pos_ != "VERB" or any(c.lower_ in AUDIENCE_PREPS for c in verb.children):
        return set()
    joined = [s for s in clause_subjects(verb) if s.dep_ == "nsubj" and _joined_parties(s)]
    if not joined:
        return set()
    # the medium ("by phone"), which the parser may read as a passive's agent phrase
    by = [p for c in verb.children if c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
    return {JOINED, *(p.lemma_.lower() for p in by)}


def _joined_parties(subject: Token) -> bool:
    """A subject of coordinated parties, each one who can act and a single party ("he and Fox
    News"); not groups ("Democrats and Republicans spoke on the floor": speeches) nor kin ("the
    president and his wife")."""
    parties = [subject, *subject.conjuncts]
    return len(parties) > 1 and all(_single_party(p) for p in parties)


def _single_party(token: Token) -> bool:
    """One who can act, named alone: no plural group, no kin."""
    plural = token.tag_ in PLURAL_NOUN_TAGS
    return is_agent(token) and not plural and token.lemma_.lower() not in KIN
