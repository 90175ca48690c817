"""Whether a word passes a verdict on the one it is said of: "a liar", "crooked", "a great
friend", "a man of peace", "anti-Israel". `events.judgement` asks it of a naming verb's name and of
a reported clause's predicate, with eventwire's lexicons of wrongs and merits (`event_words.tsv`).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.hostile_owners import hostile_owner
from eventwire.events.judged_conduct import phrasal
from eventwire.events.lexicon import HOSTILE_PREFIXES, is_agent, words
from eventwire.events.verb_arguments import prep_nouns, prep_objects
from eventwire.events.word_classes import WRONGDOING
from eventwire.lexicons import word_set
from eventwire.parse.deps import PREMODIFIER_DEPS
from eventwire.parse.forms import in_words
from eventwire.parse.nlp import AREA_ENTITIES

MERIT = words("event_words.tsv", "merit")
VIRTUES = words("event_words.tsv", "virtue")  # "a man of peace": the "of" noun praises
SPEAKERS_OWN = word_set("speaker_own")  # "my friend", "a friend of mine"
TIES = word_set("tie_noun")  # "a friend": a tie, praise only by a modifier ("a great friend")
PLACE_OR_PEOPLE_ENTITIES = AREA_ENTITIES | {"NORP"}


def judged(word: Token, vocabulary: frozenset[str]) -> bool:
    """ "a liar", "crooked", "a pathological liar", "a great friend", "absolutely right"; a
    word tied to the speaker ("he's my friend", "friends of mine") or a word of a tie itself
    ("Terry is a friend", "a very close friend") states the tie, not a verdict, unless a
    modifier judges ("a great friend of mine"); a word a prefix is against ("anti-corruption")
    is not said of anyone."""
    if after_hostile_prefix(word):
        return False
    if vocabulary is MERIT and hostile_owner(word):  # "ISIS's best recruiter": a charge
        return False
    return (
        phrasal(word) in vocabulary
        or any(
            in_words(w, vocabulary)
            for w in [word, *word.children]
            if (w is word and not _speakers_own(word) and not in_words(word, TIES))
            or w.dep_ in PREMODIFIER_DEPS
        )
        or (vocabulary is MERIT and _of_virtue(word))
        or (vocabulary is WRONGDOING and _hostile_to_people(word))
    )


def _hostile_to_people(word: Token) -> bool:
    """ "anti-Israel", "anti-American": hostility to a people or a state (the tagger's own
    place or people name after the hyphen); "anti-war" names a stance, not a hostility."""
    doc = word.doc
    if word.i + 2 >= len(doc):
        return False
    people = doc[word.i + 2]
    return (
        after_hostile_prefix(people)
        and people.ent_type_ in PLACE_OR_PEOPLE_ENTITIES
        and people.is_title
    )


def after_hostile_prefix(word: Token) -> bool:
    """The word a split prefix is against ("anti - war": war): its own polarity is not said
    of anyone ("is anti-war" is no verdict of war on the one who is)."""
    doc = word.doc
    return (
        word.i >= 2 and doc[word.i - 1].text == "-" and doc[word.i - 2].lower_ in HOSTILE_PREFIXES
    )


def _of_virtue(word: Token) -> bool:
    """ "a man of peace", "a woman of great integrity": a person noun qualified by a virtue
    praises the one it is said of; only a noun for someone who acts ("a process of peace" is
    no person)."""
    if word.pos_ != "NOUN" or not is_agent(word):
        return False
    return any(p.lemma_.lower() in VIRTUES for p in prep_nouns(word, {"of"}))


def _speakers_own(word: Token) -> bool:
    """ "my friend", "our friend", "a friend of mine": the speaker's own tie."""
    owners = [c for c in word.children if c.dep_ == "poss"]
    owners += prep_objects(word, {"of"})
    return any(o.lower_ in SPEAKERS_OWN for o in owners)
