""" "Every 72 minutes, a veteran commits suicide": a frequency or a present tense with a generic
subject states what usually happens, not an act; `confidence` lowers such events."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.described_kinds import kind_described
from eventwire.events.generic_passives import generic_passive
from eventwire.events.generic_plurals import generic_plural
from eventwire.events.headline_tense import in_headline
from eventwire.events.lexicon import THING_PRONOUNS, is_agent, words
from eventwire.events.routine import tells_frequency
from eventwire.events.tallies import summed_up
from eventwire.events.timeless_when import timeless_when
from eventwire.events.verb_arguments import patients, prep_nouns
from eventwire.lexicons import word_map, word_set
from eventwire.parse.deps import AUXILIARY_DEPS, VERB_OBJECT_DEPS
from eventwire.parse.nlp import PARTY_ENTITIES
from eventwire.parse.subjects import clause_subjects
from eventwire.parse.tags import (
    PARTICIPLE_TAG,
    PAST_TENSE_TAG,
    PRESENT_TAGS,
    SINGULAR_NOUN_TAGS,
    VERB_POS,
)

UNBOUNDED_PAST = words("event_words.tsv", "unbounded_past")  # "in the past", "for years"
INDEFINITE_PAST = words("event_words.tsv", "indefinite_past")  # "has broken with them before"
PAST_AUXILIARIES = word_set("past_aux")  # has, 've, had, 'd, was, were
PLAIN_PERFECT = word_set("plain_perfect_aux")  # has, have, 've
POINTING = {w for w, n in word_map("definite_determiner").items() if n != "plural"}  # one thing
AIMED_PREPS = {"after", "against"}  # "has often gone after the governor"


def habitual(verb: Token, speech: bool) -> bool:
    """ "Every 72 minutes, a veteran commits suicide": a frequency, a simple present with a
    bare plural subject, or one in a "which" clause that describes a body ("the AU, which
    mediates the dispute": its standing role) states what usually happens rather than an act;
    news tells speech acts in the present ("authorities allege", "officials say"), so for them
    only a frequency or a described role does. What a past tense tells done to someone is
    each time an act toward them, however often (`_done_to_someone`), and so is a statement
    told in the past ("has often complained", "repeatedly denied it": each time said), unless
    it is a tally or told over a stretch of the past with no bounds ("for decades"). A legal
    step that describes a kind of person ("people deported under Obama") is what befalls such
    people (`described_kinds`), and an act in an undated "when" clause under a present or a
    modal ("when we stand together, we can ...") what happens each time (`timeless_when`)."""
    own_words = _own_words(verb)
    unbounded = [t for t in own_words if _unbounded_past(t) and not _one_stretch(verb, t)]
    if unbounded or summed_up(verb) or _indefinite_past(verb):
        return True  # "for years", "arrested a dozen times", "has broken with them before"
    repeated = _done_to_someone(verb) or (speech and _past(verb))
    if any(tells_frequency(t) for t in own_words) and not repeated:
        return True
    simple_present = verb.tag_ in PRESENT_TAGS and not any(
        c.dep_ in AUXILIARY_DEPS for c in verb.children
    )
    if simple_present and _described_role(verb):
        return True
    if generic_passive(verb) and not in_headline(verb):  # "delegates are asked to rank"
        return True
    if timeless_when(verb) and not in_headline(verb):  # "When I visit other countries, ..."
        return True
    if kind_described(verb):  # "people convicted of drug crimes": who such people are
        return True
    if speech or in_headline(verb):  # "Turkish troops shell Kurdish positions": news
        return False
    return simple_present and any(
        generic_plural(s) and not s.ent_type_ for s in clause_subjects(verb)
    )


def _done_to_someone(verb: Token) -> bool:
    """ "has often attacked the senator", "was routinely detained by the police", "robbed
    tourists, often at night": a past or perfect act whose patient is someone who can act
    reports what a party did to another, each time an event of its own; a frequency sums up a
    practice only where the act is done as a rule, in the present ("the ministry routinely
    expels migrants"), or to no one ("has often released reports")."""
    done_to = patients(verb) + prep_nouns(verb, AIMED_PREPS)
    return _past(verb) and any(is_agent(p) and p.lower_ not in THING_PRONOUNS for p in done_to)


def _past(verb: Token) -> bool:
    """A simple past or a perfect ("complained", "has complained", "was detained")."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in AUXILIARY_DEPS}
    return verb.tag_ == PAST_TENSE_TAG or (
        verb.tag_ == PARTICIPLE_TAG and bool(auxiliaries & PAST_AUXILIARIES)
    )


def _described_role(verb: Token) -> bool:
    """A non-restrictive "which" clause after a body's name: what the body does as a rule;
    not one done to a named party ("Iran, which arms Hezbollah"): an ongoing act toward it."""
    return (
        verb.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.lower_ == "which" for c in verb.children)
        and not any(c.dep_ in VERB_OBJECT_DEPS and _named(c) for c in verb.children)
    )


def _named(noun: Token) -> bool:
    """A party named by its proper name ("Colombia", "Hezbollah")."""
    return noun.pos_ == "PROPN" and noun.ent_type_ in PARTY_ENTITIES


def _own_words(verb: Token) -> list[Token]:
    """The verb's clause without the clauses that describe its nouns or its infinitive act:
    "calling out those who were not always in his corner" tells how often they were, not how
    often he calls; "ordered them to release the files every 30 days" how often they release."""
    words, stack = [], list(verb.children)
    while stack:
        token = stack.pop()
        if token.dep_ in {"relcl", "acl", "xcomp"}:
            continue
        words.append(token)
        stack.extend(token.children)
    return words


def _unbounded_past(noun: Token) -> bool:
    """ "have resisted punitive measures in the past", "have blocked such bills for years": a
    stretch of the past with no bounds ("in the past week" has them) sums up what a party used
    to do, background to the news rather than an act it reports."""
    bare = all(c.dep_ == "det" for c in noun.children)
    return noun.dep_ == "pobj" and noun.lower_ in UNBOUNDED_PAST and bare


def _one_stretch(verb: Token, stretch: Token) -> bool:
    """ "hid this email for years", "held the reporter for months": one particular thing (a
    singular object the text points to or names) kept so over the stretch is one act that
    lasted, not a practice ("have blocked such bills for years"); read on the verb the stretch
    belongs to where it hangs on one, also where a speaker tells it ("said they hid this email
    for years"), else on the act itself ("Rubio, a rival for years, accused Christie")."""
    if stretch.head.lower_ != "for":
        return False
    owner = stretch.head.head
    kept_by = owner if owner.pos_ in VERB_POS else verb
    things = [c for c in kept_by.children if c.dep_ == "dobj" and c.tag_ in SINGULAR_NOUN_TAGS]
    return any(_particular(t) for t in things)


def _particular(thing: Token) -> bool:
    """ "this email", "the reporter", "his letter", "the Benghazi email": pointed to or named."""
    return any(
        (c.dep_ == "det" and c.lower_ in POINTING)
        or c.dep_ == "poss"
        or (c.dep_ == "compound" and bool(c.ent_type_))
        for c in thing.children
    )


def _indefinite_past(verb: Token) -> bool:
    """ "has broken with the White House before": a present perfect put at no time in
    particular tells background, not the news."""
    perfect = any(c.dep_ == "aux" and c.lower_ in PLAIN_PERFECT for c in verb.children)
    return perfect and any(  # the parser may hang it on a last noun ("on spending before")
        t.dep_ == "advmod" and t.lower_ in INDEFINITE_PAST and not t.n_lefts + t.n_rights
        for t in _own_words(verb)
    )
