"""Acts summed up over a stretch of time or a career: a tally or a practice, not an act.

"427 fugitives have been taken into custody since 1950", "her policy of not attacking
rivals", "expressing approval can prompt threats": a count of everyone acted on since a time,
an act named as a party's standing practice, what a kind of doing tends to bring about, or
what "anyone who donates" does tells the record or the rule, the background of the news; no
one act happened. Acts told a number of times ("has been arrested more than a dozen times",
"suspects were arrested in only four cases") happened, each an event the coders code.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.lexicons import word_set
from eventwire.parse.deps import AUXILIARY_DEPS
from eventwire.parse.subjects import clause_subjects
from eventwire.parse.tags import GERUND_TAG, PRESENT_TAGS

CAUSING = words("event_words.tsv", "causing")  # prompt, provoke, spur
WHOEVER = words("event_words.tsv", "generic_people")  # anyone, those, people
PRACTICES = words("event_words.tsv", "practice")  # policy, habit, tradition, history
PERFECT = word_set("perfect_aux")  # has, have, 've, 's
TENDENCY = {"can", "may", "could", "might"}  # "can prompt threats": what tends to follow


def summed_up(verb: Token) -> bool:
    """Whether the verb's act is a tally since a time, a standing practice, or what anyone who
    fits a description does."""
    if _practice(verb) or _whoever_does(verb):
        return True
    return _perfect(verb) and _counted_since(verb)


def _whoever_does(verb: Token) -> bool:
    """ "the name of anyone who donates more than 20,000 marks": a present-tense relative
    clause on a word for whoever fits ("anyone", "those") describes a kind of person; a rule
    about anyone tells no act ("those who attacked the embassy" are someone)."""
    present = verb.tag_ in PRESENT_TAGS and not any(c.dep_ in AUXILIARY_DEPS for c in verb.children)
    return verb.dep_ == "relcl" and present and verb.head.lower_ in WHOEVER


def _practice(verb: Token) -> bool:
    """ "his policy of not attacking Trump", "a history of abusing workers": a gerund after
    "of" on a noun of practice."""
    prep = verb.head
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == GERUND_TAG
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in PRACTICES
    )


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in PERFECT for c in verb.children)


def _counted_since(verb: Token) -> bool:
    """ "Since then, 427 fugitives have been taken into custody": a counted subject in the
    perfect, with "since", sums up every act of a stretch."""
    since = any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)
    subjects = clause_subjects(verb)
    counted = any(c.dep_ == "nummod" and c.like_num for s in subjects for c in s.children)
    return since and counted


def generic_outcome(noun: Token) -> bool:
    """ "where expressing approval for Castro can prompt threats": an event noun that a verb
    of causing can or may bring about (the lexicon's "causing" class) tells what tends to
    follow, a possibility, not an act that happened."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in CAUSING:
        return False
    return any(c.dep_ == "aux" and c.lower_ in TENDENCY for c in verb.children)
