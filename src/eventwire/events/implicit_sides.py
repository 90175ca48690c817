"""The target an act's own clause leaves unsaid but its words still tie to it (implicit
arguments, after Gerber & Chai's implicit semantic role labelling).

Once events are kept, a directed act with a doer and no target is aimed at a party the parse ties
to the thing it acts on: the owner of that thing ("slammed Trump's remarks", "rejected the
ministry's offer"), the party that made it ("attacked a lawsuit filed by a former aide"), or, for
a request, the party the requested act falls on ("called for the overthrow of Assad", "called for
a prosecutor to investigate Clinton", "called for an Apple boycott"). Never the doer or a party
in the doer's own phrase, never a place a phrase only locates things in ("troops in Syria"), never
a harmful act's owner ("condemned the embassy's bombing": the embassy is its victim). The side
stays empty where the parse ties no party: nearness alone names none (an act with no object at
all is not carried on at the party its doers last acted toward: on unlabelled news that was
wrong more often than right). An act told by an active participle on a name, with no doer
of its own, is done by that name ("Lynch suing North Carolina"). Each inferred side is marked in
the event's features with the words that tie it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events.anaphora import trigger_root
from eventwire.events.named_causes import ATTRIBUTING
from eventwire.events.noun_rows import noun_triggers
from eventwire.events.participant_sets import other_sides, participant_key, unique
from eventwire.events.participants import RoleReader
from eventwire.events.phrase_links import possessive
from eventwire.events.plover_types import ACCUSE, REJECT, REQUEST, SUPPORT
from eventwire.events.thing_owners import HARMFUL  # harms whose owner may be their victim
from eventwire.events.thwarted import thwarted_doers, thwarted_things
from eventwire.events.verb_arguments import objects, patients, prep_nouns
from eventwire.model import Event, Participant
from eventwire.parse.deps import COMPOUND_DEPS
from eventwire.parse.tags import BASE_FORM_TAG, GERUND_TAG, NOUN_POS, PARTICIPLE_TAG

DIRECTED = {ACCUSE, REJECT, SUPPORT, REQUEST}  # judged or asked things have an owner
REASONED = {SUPPORT}  # "apologized for his aide's remark": a reason, often the doer's own
REQUESTS = {REQUEST}  # what is asked for falls on a party: "the overthrow of Assad"
CONTENT_PREPS = {"for", "over", "about", "of"}  # "calls for X", "slammed over X's remarks"
MAKER_DEPS = {"agent"}  # "a lawsuit filed by X": the participle's "by" phrase
FALLS_ON = {"of", "against", "on", "into", "between"}  # "the overthrow of Assad"
ACL = frozenset({"acl"})
XCOMP = frozenset({"xcomp"})
DEPTH = 3  # links a requested act's phrase is read through
NAME_DEPS = COMPOUND_DEPS  # "an Apple boycott"
INFERRED = "target_inferred"  # the feature that marks a target read from the act's thing
DOER_INFERRED = "source_inferred"  # one that marks a doer read from a participle's noun


def fill_implicit_targets(doc: Doc, reader: RoleReader, events: list[Event]) -> None:
    """Give each directed act with doers and no target the party its thing ties to it
    (module doc); the feature names the tying words."""
    for event in events:
        if event.type not in DIRECTED or not event.actors or event.recipients:
            continue
        root = trigger_root(event, doc)
        if root is None or root.lemma_.lower() in ATTRIBUTING:
            continue  # "blamed X's slide on a microphone": the cause phrase names whom, if anyone
        found, tie = _tied_parties(reader, root, event.type)
        found = [p for p in other_sides(event.actors, found) if not _in_doers(p, event)]
        if found:
            event.recipients = found
            event.confidence_features.append(f"{INFERRED}: {tie.text}")


def _tied_parties(reader: RoleReader, root: Token, type_: str) -> tuple[list[Participant], Token]:
    """The parties the act's things tie to it, and the word that ties them."""
    asked = _asked_purposes(root) if type_ in REQUESTS else []
    thwarted = thwarted_things(root, type_)  # "sued to block Comcast's purchase"
    things = _things(root, type_ not in REASONED) + asked + thwarted
    for thing in things:
        if _harmful(thing):
            continue
        found = _owners(reader, thing) or _makers(reader, thing)
        found = found or (thwarted_doers(reader, thing) if thing in thwarted else [])
        if not found and type_ in REQUESTS:
            found = _fallen_on(reader, thing)
        if found:
            return unique(found), thing
    return [], root


def _things(root: Token, content: bool) -> list[Token]:
    """The nouns the act is done to, and, where `content`, those of its content phrase ("calls
    for X", "slammed over X")."""
    # "slammed the lawsuit", "the lawsuit was slammed"
    objects = [c for c in patients(root) if c.pos_ in NOUN_POS]
    objects = [o for o in objects if not _set_off(o)]
    preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ in CONTENT_PREPS]
    things = [o for p in preps for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    return objects + (things if content else [])


def _set_off(noun: Token) -> bool:
    """A noun phrase after a comma that the parse made a second object: an apposition describing
    the first ("dismissed the labels, a sentiment endorsed by X"), no thing of the act's own."""
    start = noun.left_edge.i
    return start > 0 and noun.doc[start - 1].text == ","


def _harmful(thing: Token) -> bool:
    """An act of harm is its owner's victim's as often as its doer's: no owner is read."""
    return any(t.code.type in HARMFUL for t in noun_triggers(thing))


def _owners(reader: RoleReader, thing: Token) -> list[Participant]:
    """ "Trump's remarks", "the rival's inexperience": the possessive names the owner."""
    owners = [c for c in thing.children if possessive(c) and c.pos_ in NOUN_POS]
    owners = [o for o in owners if not any(possessive(c) for c in o.children)]  # "his campaign's"
    return [p for owner in owners for p in reader.phrase(owner)]


def _makers(reader: RoleReader, thing: Token) -> list[Participant]:
    """ "a lawsuit filed by X": the "by" phrase of the participle right after the thing (not one
    the parse hangs on it from an apposition: "labels, a sentiment endorsed by X"), when the
    thing is an act of its maker's own; a thing a party only acted on ("the bill passed by the
    House") names no one."""
    if not noun_triggers(thing):
        return []
    return [
        p
        for participle in thing.children
        if participle.dep_ == "acl"
        and participle.tag_ == PARTICIPLE_TAG
        and participle.i == thing.i + 1
        for agent in participle.children
        if agent.dep_ in MAKER_DEPS
        for maker in agent.children
        if maker.dep_ == "pobj"
        for p in reader.phrase(maker)
    ]


def _fallen_on(reader: RoleReader, thing: Token, depth: int = DEPTH) -> list[Participant]:
    """The party a requested act falls on: named in its "of"/"against"/"into" phrase ("the
    overthrow of Assad", "an inquiry into the Clinton Foundation"), before it ("an Apple
    boycott"), or as the object of the verb that says what it is for ("a prosecutor to
    investigate Clinton", "an injunction barring Gowdy"); a phrase that names no one is read
    on, a few links deep. A thing that is neither an act nor for one falls on no one ("called
    for a wall")."""
    if depth == 0 or not (noun_triggers(thing) or _purposes(thing) or depth < DEPTH):
        return []
    found: list[Participant] = []
    for head in _fallen_heads(thing, depth == DEPTH):
        named = reader.phrase(head) if _names(reader, head) else []
        found += named or _fallen_on(reader, head, depth - 1)
    return found


def _names(reader: RoleReader, head: Token) -> bool:
    """The word is a name or an actor's mention, not a common noun whose clauses the reader
    might take a party from ("the visa program, which allows foreigners to marry Americans")."""
    return head.pos_ == "PROPN" or reader.mention_at(head) is not None


def _fallen_heads(thing: Token, first: bool) -> list[Token]:
    """The nouns a thing's phrase ties it to as what it falls on; past the requested thing only
    its phrases ("a review of the program, which allows foreigners to marry Americans" falls on
    no one)."""
    heads = prep_nouns(thing, FALLS_ON)
    heads += [c for c in thing.children if c.dep_ in NAME_DEPS and c.pos_ == "PROPN"]
    if not first:
        return heads
    return heads + [o for verb in _purposes(thing) for o in objects(verb)]


def _asked_purposes(root: Token) -> list[Token]:
    """ "called for a prosecutor to oversee X": the parse hangs the infinitive that says what the
    thing asked for is for on the request's verb, after its "for" phrase; with no "for" phrase
    before it the infinitive is the doer's own aim ("pushed hard to resolve the X case")."""
    asked = [p for p in root.children if p.dep_ == "prep" and p.lower_ == "for"]
    verbs = [v for v in _purposes(root, XCOMP) if any(p.i < v.i for p in asked)]
    return [o for v in verbs for o in objects(v)]


def _purposes(word: Token, deps: frozenset[str] = ACL) -> list[Token]:
    """ "a prosecutor to investigate X", "an injunction barring X": the verb on the thing that
    says what it is for; on a request's verb, the infinitive after what is asked ("called for
    a prosecutor to oversee X", as the parse hangs it)."""
    return [c for c in word.children if c.dep_ in deps and c.tag_ in {BASE_FORM_TAG, GERUND_TAG}]


def _in_doers(participant: Participant, event: Event) -> bool:
    """The party is one of the doers, or named inside the doer's own words."""
    return any(d.mention.start <= participant.mention.start < d.mention.end for d in event.actors)


def fill_implicit_doers(doc: Doc, reader: RoleReader, events: list[Event]) -> None:
    """Give an act told by an active participle on a noun, with no doer of its own, the party
    that noun names: a reduced relative's noun is its subject ("videos of Trump insulting
    Islam", "a group demanding a boycott"); a passive participle's noun is its object, no doer
    ("a lawsuit filed ..."). The feature names the noun."""
    for event in events:
        root = trigger_root(event, doc) if not event.actors else None
        if root is None or not _named_participle(root):
            continue
        noun = root.doc[root.i - 1] if _misattached_participle(root) else root.head
        found = [p for p in reader.phrase(noun) if not _among(p, event.recipients)]
        if found:
            event.actors = found
            event.confidence_features.append(f"{DOER_INFERRED}: {noun.text}")


def _named_participle(root: Token) -> bool:
    """An active participle right after the name it hangs on ("Lynch suing the state"); one
    after a common noun may tell a thing's effect ("precedents restricting class actions")."""
    head = root.head
    return (
        root.dep_ == "acl"
        and root.tag_ == GERUND_TAG
        and head.pos_ == "PROPN"
        and root.i == head.i + 1
    ) or _misattached_participle(root)


def _misattached_participle(root: Token) -> bool:
    """ "showing videos of Trump insulting Islam": the parse may hang the participle on the
    clause's verb; right after a name that ends an "of" phrase, with no comma between, it is
    the name's act all the same."""
    if root.dep_ != "advcl" or root.tag_ != GERUND_TAG or root.i == 0:
        return False
    name = root.doc[root.i - 1]
    return name.pos_ == "PROPN" and name.dep_ == "pobj" and name.head.lower_ == "of"


def _among(participant: Participant, others: list[Participant]) -> bool:
    return participant_key(participant) in {participant_key(p) for p in others}
