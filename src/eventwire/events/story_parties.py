"""Parties named by their place in the story: "both sides", "his rival", "the North".

A story about a war or a two-person race names its two parties and then refers to them by
their relation to each other: "urged both sides to halt the fighting", "'My opponent is a
lightweight,' she said", "suspended aid to the North" (after "South Korea"). Event coders code
such a mention with the parties it stands for, so these phrases are read from the story: the
two parties are the two countries (else people) it names most often, each at least twice. The
same pair tells whose people an attack hits when the town it names is not geocoded ("Eritrean
artillery killed 11 civilians in Zalambessa": Ethiopians, in a war between the two).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from eventwire.codes import country_of
from eventwire.events.home_pair import home_pair, named_before
from eventwire.events.joint import subjects_above
from eventwire.events.lexicon import words
from eventwire.events.mention_reader import MentionReader
from eventwire.events.participant_sets import Sides
from eventwire.events.verb_arguments import prep_nouns
from eventwire.events.word_classes import CONTENDERS
from eventwire.lexicons import word_set
from eventwire.model import HOME_METHODS, ActorType, Evidence, Participant
from eventwire.parse.deps import MODIFIER_OR_OWNER_DEPS, VERB_OBJECT_DEPS
from eventwire.parse.nlp import doc_text
from eventwire.parse.subjects import NOUN_SUBJECT_DEPS, SUBJECT_DEPS
from eventwire.parse.tags import NOUN_TAG

PAIR_NOUNS = words("event_words.tsv", "story_pair")  # "both sides", "the two neighbours"
PAIR_WORDS = {"both", "two"}
FIRST_PERSON = word_set("first_person_owner")
COMPASS = {"north": "south", "south": "north"}  # "the North" beside "South Korea"
SITE_PREPS = {"in", "near", "at", "around"}
TIMES_NAMED = 2  # a party of the story is named at least twice
VISITOR_RATIO = 3  # a state named under a third as often as the story's first is no party
QUALIFIER_DEPS = MODIFIER_OR_OWNER_DEPS  # "the Iraq war", "Norway's minister"


def story_parties(reader: MentionReader, head: Token) -> list[Participant]:
    """The parties a relational phrase stands for: both of the story's pair ("both sides"),
    or the other of a race's two people ("his rival"); else none."""
    if pair_phrase(head):
        return pair_parties(reader, head)
    return story_rival(reader, head)


def pair_parties(reader: MentionReader, head: Token) -> list[Participant]:
    """ "both sides", "the two neighbours": the states that met, else the story's pair; none
    for a phrase naming no pair (whose rival reading the caller has asked already)."""
    if not pair_phrase(head):
        return []
    return _met_states(reader, head) or story_pair(reader, head)


def story_rival(reader: MentionReader, head: Token) -> list[Participant]:
    """ "his rival", "my opponent": the other of a race's two people; it goes before the
    owner's side the actors stage makes of the phrase ("her rival" as a party of her country),
    which names no one."""
    if head.lemma_.lower() in CONTENDERS and head.tag_ == NOUN_TAG:
        return _rival(reader, head)
    return []


def story_pair(reader: MentionReader, head: Token) -> list[Participant]:
    """The story's two states, else its two people, up to a word, leaving out who acts in its
    sentence; none when the story has no clear pair."""
    acting = _acting(reader, head)
    counts = _country_counts(reader, head.idx, acting)
    states = _two_states(reader, head.idx, acting)
    if states:
        return [_state(reader, head, iso3, iso3) for iso3 in states]
    people = _pair_people(reader, head.idx, acting)
    top = counts.most_common(1)
    if people or not top or top[0][1] < TIMES_NAMED:
        return [_participant(reader, a, head) for a in people]
    home = top[0][0]  # one country's civil war or dispute: its state and its contender
    sides = [_participant(reader, a, head) for a in home_pair(reader, head.idx, acting, home)]
    return [_homed(reader, p, home) for p in sides]


def _homed(reader: MentionReader, side: Participant, home: str) -> Participant:
    """A side whose country was only the dateline's guess ("the rebels") is of the story's
    country, which its conflict tells; as no actor of its own, lest the guess be dropped."""
    code = reader.actors[side.actor_id].country if side.actor_id else None
    if code is not None and code.method not in HOME_METHODS:
        return side
    return side.model_copy(update={"country": home, "actor_id": None})


def _acting(reader: MentionReader, head: Token) -> set[str]:
    """Who acts in the sentence before a word: not one named only inside a relative clause
    ("Codey, who supports the governor's plan, urged both sides": the governor is a side)."""
    return {
        m.actor_id
        for m in reader.mentions
        if _in_sentence_before(m.evidence, head) and not _in_relative(head, m.evidence)
    }


def _in_relative(head: Token, evidence: Evidence) -> bool:
    span = head.doc.char_span(evidence.start, evidence.end, alignment_mode="expand")
    return span is not None and any(
        a.dep_ == "relcl" and head not in a.subtree for a in span.root.ancestors
    )


def _met_states(reader: MentionReader, head: Token) -> list[Participant]:
    return [_state(reader, head, iso3, iso3) for iso3 in _met_pair(reader, head)]


def war_victims(reader: MentionReader, sides: Sides, head: Token) -> list[Participant]:
    """Unnamed victims of one party of a two-country story, struck in a town the places stage
    could not place, are the other party's people; else the recipients as they were."""
    actors, recipients = sides
    sites = [p for t in (head, *head.children) for p in _sites(t)]
    attackers = {p.actor_id for p in actors if p.actor_id}
    if not sites or len(attackers) != 1 or not recipients:
        return recipients
    countries = set(_pair_countries(reader, head.sent.end_char, set()))
    attacker = {p.country for p in actors}
    if len(attacker) != 1 or not attacker < countries:
        return recipients
    other = (countries - attacker).pop()
    return [
        p.model_copy(update={"country": other}) if _domestic(p, attacker) else p for p in recipients
    ]


def _domestic(participant: Participant, attacker: set[str | None]) -> bool:
    """A victim group the domestic convention gave the attacker's country (no actor of its own)."""
    return participant.actor_id is None and participant.country in attacker


def _sites(token: Token) -> list[Token]:
    return [p for p in prep_nouns(token, SITE_PREPS) if p.pos_ == "PROPN"]


def _pair_countries(reader: MentionReader, before: int, acting: set[str]) -> list[str]:
    """The story's two states up to a point: the two countries whose actors (the state, its
    officials, forces and people) it names most often before it, each at least twice."""
    return _two_states(reader, before, acting)


def _two_states(reader: MentionReader, before: int, acting: set[str]) -> list[str]:
    """The two states of the story's conflict, no state that addressed both earlier; none when
    the second is named under a third as often as the first (its actors the dateline placed
    too): a war's two states are both its subject, a state named far less often is a visitor
    to one country's story (a mediator)."""
    mediators = _mediators(reader, before)
    named = _country_counts(reader, before, acting)
    pair = _top_two(Counter({c: n for c, n in named.items() if c not in mediators}))
    every = _country_counts(reader, before, acting, guessed=True)
    return pair if pair and every[pair[1]] * VISITOR_RATIO >= every[pair[0]] else []


def _mediators(reader: MentionReader, before: int) -> set[str]:
    """Countries whose actor, before a point, addressed the story's pair ("Malaysia urged both
    sides to show restraint"): a mediator, no side of it."""
    return {
        actor.country.value
        for m in reader.mentions
        if m.evidence.start < before and _addresses_pair(reader.doc, m.evidence)
        for actor in [reader.actors[m.actor_id]]
        if actor.country
    }


def _addresses_pair(doc: Doc, evidence: Evidence) -> bool:
    """Whether the words are the subject of a verb whose object is "both sides"."""
    span = doc.char_span(evidence.start, evidence.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "nsubj":
        return False
    verb = span.root.head
    objects = [c for c in verb.children if c.dep_ in VERB_OBJECT_DEPS]
    objects += [o for p in verb.children if p.dep_ == "prep" for o in p.children]
    return any(pair_phrase(o) for o in objects)


def pair_phrase(head: Token) -> bool:
    """ "both sides", "the two neighbours": a noun that stands for the story's pair."""
    return head.lemma_.lower() in PAIR_NOUNS and any(c.lower_ in PAIR_WORDS for c in head.children)


def _country_counts(
    reader: MentionReader, before: int, acting: set[str], guessed: bool = False
) -> Counter[str]:
    """How often the story names each country's actors before a point, leaving out who acts
    in the sentence; a country only guessed from the dateline counts for none unless asked."""
    return Counter(
        actor.country.value
        for m in reader.mentions
        if m.evidence.start < before and m.actor_id not in acting
        for actor in [reader.actors[m.actor_id]]
        if actor.country and (guessed or actor.country.method not in HOME_METHODS)
    )


def _met_pair(reader: MentionReader, head: Token) -> list[str]:
    """ "Li held talks with Kazhegeldin, and the two sides signed agreements": a pair that does
    something, right after the sentence names two parties of two states, is those two states
    ("Russia urged the two sides to talk": one state acting, the pair is the story's); a name
    that only qualifies a noun ("the Iraq war") is no party."""
    if head.dep_ not in SUBJECT_DEPS:
        return []
    parties = [m for m in reader.mentions if _in_sentence_before(m.evidence, head)]
    parties = [m for m in parties if _names_party(head, m.evidence)]
    countries = [reader.actors[m.actor_id].country for m in parties if m.actor_id in reader.actors]
    states = sorted({c.value for c in countries if c is not None and c.method not in HOME_METHODS})
    return states if len(states) == 2 else []


def _names_party(head: Token, evidence: Evidence) -> bool:
    span = head.doc.char_span(evidence.start, evidence.end, alignment_mode="expand")
    return span is not None and span.root.dep_ not in QUALIFIER_DEPS


def _pair_people(reader: MentionReader, before: int, acting: set[str]) -> list[str]:
    """The story's two people up to a point (a race's two candidates), as actor ids."""
    counts = named_before(reader, before, acting, lambda actor: actor.type == ActorType.PERSON)
    return _top_two(counts)


def _top_two(counts: Counter[str]) -> list[str]:
    """The two most counted, each at least twice and both ahead of the third."""
    top = counts.most_common(3)
    if len(top) < 2 or top[1][1] < TIMES_NAMED or (len(top) == 3 and top[2][1] == top[1][1]):
        return []
    return [top[0][0], top[1][0]]


def _rival(reader: MentionReader, head: Token) -> list[Participant]:
    """ "my opponent", "his rival": the other of the two people the story is about."""
    owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"]
    if not owners:
        return []
    owner = _owner(reader, owners[0])
    people = _pair_people(reader, len(doc_text(head.doc)), set())
    if owner is None or owner.actor_id not in people:
        return []
    return [_participant(reader, a, head) for a in people if a != owner.actor_id]


def _owner(reader: MentionReader, pronoun: Token) -> Participant | None:
    """Whose rival: the speaker for "my", else the subject of a clause above ("X said his")."""
    if pronoun.lower_ in FIRST_PERSON:
        return reader.speaker(pronoun)
    subject = next(subjects_above(pronoun, NOUN_SUBJECT_DEPS), None)
    found = reader.phrase(subject) if subject is not None else []
    return found[0] if len(found) == 1 else None


def compass_state(reader: MentionReader, head: Token) -> Participant | None:
    """ "the North" in a story that names "South Korea": North Korea; beside "South Sudan",
    the state named without the compass word (Sudan); else None."""
    if head.lower_ not in COMPASS or head.pos_ != "PROPN" or not _definite(head):
        return None
    other = COMPASS[head.lower_]
    for actor in reader.actors.values():
        name = str(actor.name)
        if actor.type != ActorType.COUNTRY or not name.lower().startswith(other + " "):
            continue
        rest = name.split(" ", 1)[1]
        for candidate in (f"{head.text} {rest}", rest):
            country = country_of(candidate)
            if country is not None and not country.is_demonym:
                return _state(reader, head, candidate, country.iso3)
    return None


def _state(reader: MentionReader, head: Token, name: str, iso3: str) -> Participant:
    """The story's actor for that state where it has one, else a bare participant."""
    evidence = Evidence.of(doc_text(head.doc), head.idx, head.idx + len(head))
    for actor in reader.actors.values():
        if actor.type == ActorType.COUNTRY and actor.country and actor.country.value == iso3:
            return reader.actor_participant(actor.id, evidence)
    return Participant(name=name, country=iso3, mention=evidence)


def _participant(reader: MentionReader, actor_id: str, head: Token) -> Participant:
    span = head.doc[head.left_edge.i : head.i + 1]
    evidence = Evidence.of(doc_text(head.doc), span.start_char, span.end_char)
    return reader.actor_participant(actor_id, evidence)


def _definite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _in_sentence_before(evidence: Evidence, head: Token) -> bool:
    return head.sent.start_char <= evidence.start < head.idx
