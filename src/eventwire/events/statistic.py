"""Statistics, not acts: shares, amounts and poll counts told with the verbs of acts.

"52 percent agreed", "its rating declined from 58 percent", "71 percent of Sanders supporters
approved of Obama": a number or a share of a group is what a poll or a report counts; no actor
did anything. Read from the parse (entity labels, numbers and the nouns around the subject).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent, words
from eventwire.events.phrase_links import coordinated
from eventwire.events.poll_shares import counted_public, organised
from eventwire.events.verb_subjects import verb_subjects
from eventwire.lexicons import word_map, word_set
from eventwire.parse.arguments import of_objects, prep_objects
from eventwire.parse.nlp import AMOUNT_ENTITIES
from eventwire.parse.subjects import clause_subjects
from eventwire.sectors import BUSINESS

STATISTIC_ENTITIES = AMOUNT_ENTITIES
SUMS = {"PERCENT", "MONEY"}  # a share or a sum of money: counted, never a head count of doers
MEASURES = words("event_words.tsv", "measure")
CROWD_COUNTS = word_set("quantity_noun")  # "thousands of farmers demanded": a crowd acts
OF = ("of",)  # "two of the senators": the group a part is counted from
PART_WORDS = word_set("share_noun") | word_set("group_quantifier")  # "most of", "several of"


def is_statistic(verb: Token) -> bool:
    """ "52 percent agreed", "its rating declined from 58 percent": shares and amounts, not an
    actor's act."""
    subjects = [c for s in verb_subjects(verb) for c in coordinated(s) if s.dep_ == "nsubj"]
    subjects = [
        s
        for s in subjects
        if not (one_of_them(s) or members_of_a_body(s) or s.lower_ in CROWD_COUNTS)
    ]
    # "appealed for $5 million", "sued for $1 million": a sum asked or claimed is the act's
    # object, not a change counted ("rose by $5 million", "fell to 3 percent")
    amounts = [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ != "for" for p in c.children
    ]
    amounts += [c for c in verb.children if c.dep_ == "npadvmod"]  # "declined 3.3 percent"
    return (
        any(t.ent_type_ in STATISTIC_ENTITIES or t.like_num for t in subjects)
        or any(t.ent_type_ in SUMS or _measured(t) for t in amounts)
        or _poll_share(verb)
        or counted_public(verb)
    )


def _poll_share(verb: Token) -> bool:
    """ "An average of 81 percent of Democrats approve of Obama", "71 percent of Sanders
    supporters approved" (the parse may hang the verb on "supporters"): a percentage of a group
    is what a poll counts, whatever noun the parse makes the subject."""
    nouns = clause_subjects(verb)
    nouns += [verb.head] if verb.dep_ == "acl" else []
    for noun in nouns:
        shares = [noun, *of_objects(noun)]
        while shares[-1].dep_ == "pobj" and shares[-1].head.lower_ == "of":
            shares.append(shares[-1].head.head)
        if any(t.ent_type_ == "PERCENT" for t in shares):
            return True
    return False


def one_of_them(subject: Token) -> bool:
    """ "one grandstanding Indiana Republican has subpoenaed", "one of the officers said": a
    lone "one" picks out someone, it counts nothing."""
    return subject.lower_ == "one" and any(is_agent(t) for t in subject.subtree if t is not subject)


def share_of_them(subject: Token) -> bool:
    """ "most of his rivals called for", "many of the delegates backed", "several of the
    governors rejected": a share or a quantifier of people who can act picks them out as the
    doers (whether a poll counts them is `poll_shares`')."""
    return subject.lemma_.lower() in PART_WORDS and any(map(is_agent, prep_objects(subject, OF)))


def members_of_a_body(subject: Token) -> bool:
    """ "two of the senators endorsed", "three-quarters of the NEA's board voted": a number or
    a share of an organised body's members acts as that body; of any other group it may be what
    someone counted ("more than half of his union's workers support X")."""
    number = subject.like_num and subject.ent_type_ not in SUMS
    part = number or subject.lemma_.lower() in PART_WORDS
    bodies = [g for g in prep_objects(subject, OF) if organised(g) and not _a_firms(g)]
    return part and bool(bodies)


def _a_firms(group: Token) -> bool:
    """ "two of the firm's five directors", "three of the company's board members": a firm's
    officers are no political body, though "director" is a title of office by its word."""
    owners = [t for t in group.subtree if t.dep_ == "poss"]
    return any(word_map("organization_head").get(t.lemma_.lower()) == BUSINESS for t in owners)


def _measured(noun: Token) -> bool:
    """ "by nine percentage points": a number of units, a change counted, not an act."""
    units = {noun.lemma_.lower(), *(c.lower_ for c in noun.children if c.dep_ == "compound")}
    return bool(units & MEASURES) and any(c.like_num for c in noun.children)
