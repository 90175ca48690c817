"""Papers, accounts and prospects destroyed: no coercion of anyone.

PLOVER codes destroying property as coercion of its owners ("burned the village", "demolished
homes"). "burned his U.S. passport", "used to destroy classified documents", "burn up their
email accounts": a record, a document or an account destroyed harms no party; nor does
"destroying the party's chance to win" or "destroyed his credibility", a prospect or standing
ruined in words, nor "destroying the Republican Party" where no violence is told: a political
body ruined in words. Ideas and means ruined ("the myths have been demolished", "destroying the
middle class") harm no one's property either, and people destroyed or burned where no violence
is told ("Democrats have been burned by low turnout", "either destroy Mr. Trump or embrace him")
are beaten in a contest, not coerced. What is destroyed is read from the verb's object or its
passive subject. Animals killed or destroyed ("4,500 birds were destroyed", "thousands of
chickens have been killed" against a disease) are no party either: a cull, no attack.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.idioms import armed_word
from eventwire.events.lexicon import agent_nouns, words
from eventwire.events.modes import DESTROY
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import ASSAULT, COERCE
from eventwire.events.told_violence import tells_violence
from eventwire.events.verb_arguments import patients, people, prep_objects
from eventwire.parse.forms import in_words

RECORDS = words("event_words.tsv", "record")  # documents, passport, emails, account
PROSPECTS = words("event_words.tsv", "prospect")  # chance, hopes, credibility, career
# party, movement, union; an armed force destroyed ("the militia") is no body ruined in words
BODIES = words("event_words.tsv", "dissolvable") - words("event_words.tsv", "armed_force")
ABSTRACTIONS = words("event_words.tsv", "ruined_abstraction")  # myths, principles, the middle class
RUINED_IN_WORDS = RECORDS | PROSPECTS | ABSTRACTIONS
PERSON_ENTITIES = {"PERSON", "NORP"}  # "Mr. Trump", "Democrats": not a group's or a state's name
COUNTS = {"CARDINAL", "QUANTITY"}
ANIMALS = words("event_words.tsv", "animal")  # birds, poultry, cattle, carcasses
HARM_TYPES = {ASSAULT, COERCE}  # killing or destroying


def destroys_records(match: TriggerMatch) -> bool:
    """A destroying verb whose objects are all records, prospects or abstractions, or all
    political bodies or people in a sentence that tells no violence."""
    if match.code.mode != DESTROY or match.nominal:
        return False
    head = match.head
    destroyed = patients(head)
    if not destroyed:
        return False
    lemmas = [t.lemma_.lower() for t in destroyed]
    if all(lemma in RUINED_IN_WORDS for lemma in lemmas):
        return True
    ruined = all(t.lemma_.lower() in BODIES or _person(t) for t in destroyed)
    return ruined and not tells_violence(head)


def animals_struck(match: TriggerMatch) -> bool:
    """A killing or destroying verb whose objects (or passive subjects) are all animals or
    their remains, or counts of them ("thousands of birds"): a cull, done to no party."""
    if match.code.type not in HARM_TYPES or match.nominal:
        return False
    head = match.head
    struck = patients(head)
    return bool(struck) and all(_animal(t) for t in struck)


def _animal(token: Token) -> bool:
    """An animal word that names no entity ("birds", not "Turkey"), or a count of animals
    ("thousands of chickens")."""
    if not token.ent_type_ and token.lemma_.lower() in ANIMALS:
        return True
    count = token.like_num or token.ent_type_ in COUNTS
    return count and any(_animal(p) for p in prep_objects(token, {"of"}))


def _person(token: Token) -> bool:
    """A person or people ("Mr. Trump", "Democrats", "analysts", "him"), not an armed force
    ("troops") nor a named group or state ("ISIS", "Iraq"), whose destruction is war."""
    if armed_word(token) or token.ent_type_ in COUNTS:
        return False  # "destroyed hundreds of market stalls": a count of things
    if token.ent_type_ in PERSON_ENTITIES or (token.pos_ == "PRON" and people(token)):
        return True
    return token.pos_ == "NOUN" and in_words(token, agent_nouns())
