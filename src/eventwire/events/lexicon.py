"""The trigger lexicon (`lexicons/event_triggers.tsv`) joined with eventwire's code table.

eventwire's own trigger list names a CAMEO code for each trigger; its code table
(`lexicons/event_codes.tsv`) turns that code into PLOVER's type, mode and context, so the two
vocabularies stay consistent by construction. Word classes the event rules read (military words,
modality cues) come from the same folder through `words`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from eventwire.codes import group_lexicon, role_lexicon
from eventwire.events.headline_tense import in_headline
from eventwire.events.plover_types import (
    ACCUSE,
    ASSAULT,
    COERCE,
    MOBILIZE,
    PROTEST,
    REJECT,
    REQUEST,
    SANCTION,
    SUPPORT,
    THREATEN,
)
from eventwire.known_names import known_surnames
from eventwire.lexicons import read_table, word_map, word_set, words
from eventwire.parse.cue_rows import cue_class, cue_lexicon, is_bare_cue
from eventwire.parse.deps import NOUN_OBJECT_DEPS, through_preposition
from eventwire.parse.forms import in_words
from eventwire.parse.nlp import ends_a_full_name, read_once
from eventwire.parse.tags import NAME_OR_PRONOUN_POS
from eventwire.sectors import (
    COURTS,
    GOVERNMENT,
    INTERNATIONAL,
    LEGISLATORS,
    OPPOSITION,
    PARTY,
    SPIES,
)

AGENT_ENTITIES = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
# titles words are aimed at
POLITICAL_SECTORS = {GOVERNMENT, LEGISLATORS, PARTY, OPPOSITION, COURTS, INTERNATIONAL}
FORCE_SECTORS = word_set("armed_sector") | {SPIES}  # soldiers, rebels, police and spies
SPEECH_CUES = {"speech", "address"}  # the classes of `cue_verbs.tsv` that report words said
CONFLICTUAL = {SANCTION, COERCE, ASSAULT, MOBILIZE, PROTEST}  # hostile material acts
# PLOVER type groups the rules share (a rule whose group has other members keeps its own set).
FORCE_TYPES = frozenset({ASSAULT, COERCE})  # force on people: attacks, arrests, expulsions
HARM_TYPES = FORCE_TYPES | {SANCTION}  # harms done to a party
PLACE_AIMED_TYPES = HARM_TYPES | {MOBILIZE}  # acts done to a place: strikes, curfews, troops
SIDING_TYPES = frozenset({SUPPORT, REJECT})  # taking a side: backing and opposition
VERDICT_TYPES = SIDING_TYPES | {ACCUSE}  # acts that judge: praise, denial, blame
SAID_TYPES = VERDICT_TYPES | {REQUEST, THREATEN}  # acts done in words alone


@dataclass(frozen=True)
class EventCode:
    """What a trigger codes: PLOVER type, mode, context and the closest CAMEO code."""

    type: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str


@dataclass(frozen=True)
class Trigger:
    """One lexicon row: the words to match and the code they give."""

    kind: str  # "V" verb lemma (+ particle/preposition), "N" noun lemma or lemma phrase,
    # "A" predicative adjective with its preposition ("critical of")
    words: tuple[str, ...]
    arguments: frozenset[str]  # argument lemmas required for the trigger to fire; empty = any
    code: EventCode
    excluded: frozenset[str] = frozenset()  # argument lemmas that stop it firing
    required: frozenset[str] = frozenset()  # words every one of which the arguments must hold


@cache
def code_table() -> dict[str, EventCode]:
    """CAMEO code → PLOVER type, mode and context, from eventwire's `event_codes.tsv`."""
    table: dict[str, EventCode] = {}
    for cameo, type_, mode, context, *_note in read_table("event_codes.tsv"):
        contexts = tuple(c.strip() for c in context.split(";") if c.strip())
        table[cameo] = EventCode(type_, mode or None, contexts, cameo)
    return table


# Word classes the combat-sense checks read for every ASSAULT match, read once
# (`told_violence` reads the rest).
VIOLENCE = words("event_words.tsv", "violence")
MILITARY = words("event_words.tsv", "military")  # troops, army, warplanes, weapons
ARMED_FORCES = MILITARY | words("event_words.tsv", "armed_force")
DEVICES = words("event_words.tsv", "device")  # bomb, explosive, grenade, mine
CONTEST = words("event_words.tsv", "contest")  # elections, races, votes
CONDUCT = words("event_words.tsv", "criticised")  # remarks, decision: what a party said or did
ATTRIBUTIVE = words("event_words.tsv", "attributive")  # allege, charge: wrongs attributed
FIGURATIVE = words("event_words.tsv", "figurative")  # attack, battle: words of a race too
APPLICATIONS = words("event_words.tsv", "application")  # application, motion, petition, request
FILMED = words("event_words.tsv", "filmed")  # video, footage, photo: what a camera shoots
MADE_PUBLIC = words("event_words.tsv", "made_public") | words("event_words.tsv", "record")
HOSTILE_PREFIXES = words("event_words.tsv", "hostile_prefix")  # "anti-Clinton", "anti-Israel"
ANTI_MARK = "anti someone"  # argument word of a noun a hostile prefix aims ("speech>anti someone")
# Pronouns of a thing, never people ("its release", "something was released"), read by several
# rules that keep things out of a party's place (`THING_PRONOUNS` adds statements: "this").
INANIMATE_PRONOUNS = words("event_words.tsv", "inanimate_pronoun")

# Parts of speech no trigger starts with: the trigger search skips their words unread.
NO_TRIGGER_POS = frozenset({"PUNCT", "DET", "CCONJ", "NUM", "SYM", "SPACE"})

# Support verbs that put out an act noun ("made", "levelled", "carried out"): read by the
# trigger patterns and by the passive doers alike.
LIGHT_VERBS = words("event_words.tsv", "light")
# he, her, himself: a person (the same list the actor rules read for a pronoun's gender).
PERSON_PRONOUNS = word_set("pronoun_gender")
# "he", "she": a third-person subject that can stand for one speaker (not "they")
THIRD_PERSON_SINGULAR = word_set("third_person_subject") & PERSON_PRONOUNS
# Object pronouns with their subject form ("him" -> "he", "us" -> "we").
OBJECT_PRONOUNS = word_map("object_pronoun")
# "him", "her": an object that stands for one person
PERSONAL_OBJECTS = frozenset(o for o, s in OBJECT_PRONOUNS.items() if s in THIRD_PERSON_SINGULAR)
# "I", "we": the speaker's own side as a clause's subject
FIRST_PERSON_SUBJECTS = word_set("first_person_subject")
# i, me, my, we, us, our: the speaker's side in any case
FIRST_PERSON = (
    FIRST_PERSON_SUBJECTS
    | word_set("first_person_owner")
    | {o for o, s in OBJECT_PRONOUNS.items() if s in FIRST_PERSON_SUBJECTS}
)
# "the", "this", "that": one particular thing ("the report", not "these reports")
SINGULAR_DEFINITE = frozenset(
    w for w, n in word_map("definite_determiner").items() if n != "plural"
)
RELATIVE_PRONOUNS = word_set("relative_pronoun")  # "the group that attacked"
_RELATIVE_KINDS = word_map("relative_pronoun")
PERSON_RELATIVES = frozenset(w for w, kind in _RELATIVE_KINDS.items() if kind == "person")  # who
THING_RELATIVES = frozenset(w for w, kind in _RELATIVE_KINDS.items() if kind == "thing")  # which
PEOPLE_OBJECTS = word_set("people_object")  # "threatened them"
THING_PRONOUNS = word_set("thing_pronoun")  # "blamed it on"


def _class_words(word: str) -> frozenset[str]:
    """An argument word, or the words of a class of `event_words.tsv` written "@class"."""
    return words("event_words.tsv", word[1:]) if word.startswith("@") else frozenset([word])


def _code(cameo: str, type_override: str, mode_override: str) -> EventCode:
    base = code_table()[cameo]
    return EventCode(
        type=type_override or base.type,
        mode=mode_override or base.mode,
        context=base.context,
        cameo=cameo,
    )


@cache
def triggers() -> dict[str, list[Trigger]]:
    """Lexicon rows indexed by their first word, longest phrases first."""
    index: dict[str, list[Trigger]] = {}
    for row in read_table("event_triggers.tsv"):
        kind, phrase, cameo, *overrides = row
        type_override, mode_override = ([*overrides, "", ""])[:2]
        words, _, arguments = phrase.partition(">")
        excluded = arguments.startswith("!")
        alternatives, *required = arguments.lstrip("!").split("&")
        listed = frozenset(w for a in alternatives.split("|") if a for w in _class_words(a))
        first, *rest = words.replace("-", " - ").split()  # spaCy splits "cease-fire" in three
        for word in sorted(_class_words(first)):  # "A @displeased with": each word of a class
            trigger = Trigger(
                kind=kind,
                words=(word, *rest),
                arguments=frozenset() if excluded else listed,
                code=_code(cameo, type_override, mode_override),
                excluded=listed if excluded else frozenset(),
                required=frozenset(required),
            )
            index.setdefault(word, []).append(trigger)
    for rows in index.values():
        rows.sort(key=_specificity)
    return index


def _specificity(trigger: Trigger) -> tuple[int, int, int]:
    """Sort key, most specific row first: longer phrases, more listed arguments, then more
    required words ("hold>contempt&court" before "hold>contempt")."""
    return (-len(trigger.words), -len(trigger.arguments), -len(trigger.required))


def word_rows(
    word: str, kind: str = "", *, single: bool = False, bare: bool = False
) -> list[Trigger]:
    """The lexicon rows a word opens, most specific first: one lookup every rule asks "which
    acts may this word be". `kind` keeps one kind ("V", "N", "A"); `single` keeps one-word rows
    (not "fire back"); `bare` keeps rows that ask no argument ("charge", not "charge>fee")."""
    return [
        t
        for t in triggers().get(word, [])
        if (not kind or t.kind == kind)
        and (not single or len(t.words) == 1)
        and not (bare and t.arguments)
    ]


def word_types(word: str, kind: str = "", *, single: bool = False, bare: bool = False) -> set[str]:
    """The PLOVER types of the word's rows (`word_rows` filters)."""
    return {t.code.type for t in word_rows(word, kind, single=single, bare=bare)}


def word_cameos(word: str, kind: str = "") -> set[str]:
    """The CAMEO codes of the word's rows, of one kind if given."""
    return {t.code.cameo for t in word_rows(word, kind)}


@read_once  # the trigger rules ask it of every word, several times
def speaks(verb: Token) -> bool:
    """A speech or address cue as it stands, with its particle ("pointed out", "told"; not
    "pointed" or "fired" alone), events among them ("confirmed that he would meet": what such a
    verb reports is said, whatever the verb does besides). A cue that reports only standing
    alone ("“…,” she continued", "he pressed") speaks only with the words it hangs over, not
    in "continued to shell the city" or "protesters interrupted the speech"."""
    if is_bare_cue(verb) and not any(c.dep_ == "ccomp" for c in verb.children):
        return False
    return cue_class(verb) in SPEECH_CUES


@read_once  # the trigger rules ask it of every word, several times
def reports(verb: Token) -> bool:
    """A verb that reports what its subject says: a speech or address cue that is no event of
    its own, or a verb that attributes a wrong."""
    lemma = verb.lemma_.lower()
    if lemma in ATTRIBUTIVE:
        return True
    return lemma not in _verb_trigger_starts() and speaks(verb)


@cache
def reporting_lemmas() -> frozenset[str]:
    """The only lemmas `reports` is true of: the attributive verbs and the cue lexicon's."""
    return ATTRIBUTIVE | frozenset(cue_lexicon())


@cache
def _verb_trigger_starts() -> frozenset[str]:
    """The first words of the verb triggers."""
    return frozenset(t.words[0] for rows in triggers().values() for t in rows if t.kind == "V")


@cache
def agent_nouns() -> frozenset[str]:
    """Head nouns of titles, collective nouns and institutions: words for those who can act."""
    heads = {key[-1] for key in [*role_lexicon(), *group_lexicon()]}
    return frozenset(heads) | words("event_words.tsv", "agent")


# The word_lists.tsv lists of nouns for one person or a group of people, kept where their own
# rules read them; together with the agent nouns they are the words for people.
PERSON_NOUN_LISTS = (
    "private_role_noun",
    "unnamed_person",
    "person_gender",
    "kin_noun",
    "staff_noun",
    "doer_person_noun",
    "person_kind_noun",
    "relation_noun",
)


@cache
def person_nouns() -> frozenset[str]:
    """Words for people: the agent nouns, the person nouns the actor rules keep in their own
    lists ("friend", "mogul", "employee", "person") and the last words of occupations.tsv."""
    listed = {word for name in PERSON_NOUN_LISTS for word in word_set(name)}
    occupations = {phrase.split()[-1] for phrase, *_ in read_table("occupations.tsv")}
    return agent_nouns() | listed | occupations


def is_agent(token: Token) -> bool:
    """Someone who can act: a pronoun, a name, or a title, group or institution noun."""
    if token.pos_ in NAME_OR_PRONOUN_POS or token.ent_type_ in AGENT_ENTITIES:
        return True
    return in_words(token, agent_nouns())


def apposed_name(noun: Token) -> Token:
    """ "Democracy for America, an activist outfit that endorsed Sanders", "Ronnie Cameron, a
    poultry magnate who backed Huckabee": a noun set beside a name stands for the named party,
    whatever the noun ("outfit", "magnate" are in no list of people); a name set beside
    something else stays itself ("On Monday, Graham, who had endorsed Bush")."""
    name = noun.head
    apposed = noun.dep_ == "appos" and (name.pos_ == "PROPN" or name.ent_type_ in AGENT_ENTITIES)
    return name if apposed and not is_agent(noun) else noun


@cache
def political_titles() -> frozenset[str]:
    """Head nouns of the titles of government, legislatures, parties, courts and IGOs ("the
    governor", "the senator"; not "the soldier", "the protester", "the reporter")."""
    return frozenset(
        key[-1] for key, role in role_lexicon().items() if role.sector in POLITICAL_SECTORS
    )


def pronoun_owner(noun: Token) -> Token | None:
    """The possessive pronoun on a noun ("his record", "its troops"), or None: the owner the
    actors stage links to an actor, where a possessive name is read as a name."""
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)


def is_person(token: Token) -> bool:
    """A named person, a political title or a pronoun for a person: whom attack words in their
    speech sense are aimed at ("hit Clinton with ads", "hit back at the governor", "attacked
    her on Twitter"; not a possessive, which names the doer: "during his attack" after a
    shooting); a country, a convoy, a soldier or a protester is not. A known person's surname
    counts whatever entity the tagger gave it ("ad hits Trump", "Trump" read as an
    organisation)."""
    if token.ent_type_ == "PERSON" or token.text in known_surnames() or _headline_surname(token):
        return True
    if token.lower_ in PERSON_RELATIVES and token.head.dep_ == "relcl":  # "Vance, who was
        noun = token.head.head  # nominated"; "Jones, a major whom X fired": Jones
        return is_person(noun.head if noun.dep_ == "appos" else noun)
    if token.pos_ == "PRON" and token.dep_ != "poss" and token.lower_ in PERSON_PRONOUNS:
        return True
    return token.pos_ == "NOUN" and token.lemma_.lower() in political_titles()


def _headline_surname(token: Token) -> bool:
    """ "ESPN Fires Schilling": a title-case headline leaves its names untagged, and a word there
    that ends a person's full name in the story is that person (in the story's own sentences
    the tagger names people, and such a word is more often a place's or a body's)."""
    return ends_a_full_name(token) and in_headline(token)


TOPIC_VERBS = words("event_arguments.tsv", "topic_verb")  # mention, recall, report, fear


def tells_of(verb: Token) -> bool:
    """A verb whose object is only told, known or lived through ("mentioned the attack",
    "recalled the talks"): its subject did not do the act its object names, and its mood is
    not the act's."""
    return verb.lemma_.lower() in TOPIC_VERBS


def told_of(noun: Token) -> bool:
    """The object of a verb of telling or knowing, or of its preposition ("commented on");
    not "any" one ("did not report any arrests": none were made)."""
    verb = through_preposition(noun)
    some = any(c.lower_ == "any" for c in noun.children)
    return noun.dep_ in NOUN_OBJECT_DEPS and tells_of(verb) and not some


def word_forms(token: Token) -> set[str]:
    """The token's word and lemma, and a capitalised plural's singular ("Orders", "Americans":
    a name's lemma is its own text), for lookups in a lexicon of singular words."""
    return {token.lower_, token.lemma_.lower(), token.lower_.removesuffix("s")}


def mentions(head: Token, vocabulary: frozenset[str], tokens: Iterable[Token] = ()) -> bool:
    """A word of the vocabulary among the tokens, by default the head's sentence's."""
    return any(in_words(t, vocabulary) for t in (tokens or head.sent))
