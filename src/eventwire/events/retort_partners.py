"""Whom a retort that names no one answers: "Sanders shot back", "Trump fired back with a snarky
statement", "Cruz responded with vitriol".

A retort is said back to someone, and event coders aim it at the other side of the quarrel the
story tells. The exchange reader (`exchange`) aims an addressed act with no object at the doer
of the latest act aimed at its doer in the two sentences before; a retort, which always has
another side, may answer an act told further back (a long quoted statement between) or one the
story tells only by the retorting party's own charge ("When Sanders accused Clinton, she said
... Sanders shot back"). So a retort with one doer and nothing it is aimed at looks back eight
sentences: first for the latest act aimed at its doer, whose doers it answers; failing one,
for its doer's own latest act aimed at another party, whose targets are the other side. Acts
whose sides were themselves inferred, and friendly acts done (praise, a visit), tell no quarrel.
The target is marked inferred.

A retort told with a clause of what set it off ("When the senator mocked her husband, the
governor shot back"; "was quick to push back after the mayor blamed the paper") answers that
clause's subject, whoever its act was aimed at, before any act told earlier.

A retort "to the accusations" or "on those claims" names what it answers but not whose: a
charge with no owner and no "by"/"from" party is answered to whoever laid it, so it is read as
a retort that names no one ("Cole blasted Pike ... Pike pushed back on those claims").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events.anaphora import trigger_root
from eventwire.events.exchange import INFERRED, earlier_in_window, other_party
from eventwire.events.lexicon import words
from eventwire.events.participant_sets import other_sides
from eventwire.events.participants import RoleReader
from eventwire.events.plover_types import ACCUSE, REJECT
from eventwire.events.replies import actor_ids
from eventwire.events.told_violence import back_of
from eventwire.events.willingness import COOPERATIVE
from eventwire.events.word_classes import REBUTTED
from eventwire.model import Event, Modality, Participant
from eventwire.parse.deps import PREP_OBJECT_DEPS, VERB_OBJECT_DEPS

RETORT_TYPES = {ACCUSE, REJECT}  # blame or refusal said back
BACK_VERBS = words("event_words.tsv", "retorting_back")  # "shot back", "hit back"
RETORTING = words("event_words.tsv", "retorting")  # "responded", "retorted"
AIM_PREPS = {"at", "to", "on", "against", "over"}  # "fired back at critics": aimed already
LAYER_PREPS = {"by", "from"}  # "charges by the state", "criticism from the mayor": who laid
SETTING_OFF = {"after", "when", "once"}  # "after the mayor blamed it": the clause a retort answers
TIME_ENTS = {"DATE", "TIME"}  # "on Friday": when, not what is answered
MARK_DEPS = {"mark", "advmod"}  # "after" is parsed a marker, "when" often an adverb
COMPLETING_DEPS = {"xcomp", "acomp"}  # the verb or adjective a retort completes
WINDOW = 8  # sentences back a retort looks for its quarrel (a long quote may come between)


def fill_retort_partners(doc: Doc, reader: RoleReader, events: list[Event]) -> None:
    """Aim each targetless retort at the other side of the quarrel just told (module doc)."""
    for i, event in enumerate(events):
        if event.type not in RETORT_TYPES or event.recipients or len(event.actors) != 1:
            continue
        root = trigger_root(event, doc)
        if root is None or not _retort(root) or _aimed(root):
            continue
        earlier = [e for e in earlier_in_window(doc, events, i, WINDOW) if _told(e) and _quarrel(e)]
        other = (
            _setting_off(reader, event, root)
            or other_party(event, earlier)
            or _own_quarrel(event, earlier)
        )
        if other:
            event.recipients = other
            event.confidence_features.append(INFERRED)


def _retort(root: Token) -> bool:
    """A verb said "back" ("shot back") or one of replying ("responded", "retorted")."""
    lemma = root.lemma_.lower()
    return root.pos_ == "VERB" and (
        lemma in RETORTING or (lemma in BACK_VERBS and back_of(root) is not None)
    )


def _aimed(root: Token) -> bool:
    """The retort names what or whom it answers ("fired back at his critics", "responded to
    the mayor's charge", "countered the claim"), whether or not an actor was read from it; a charge
    that names no one who laid it does not count (module doc)."""
    back = back_of(root)
    words_after = [*root.children, *(back.children if back is not None else [])]
    return any(_names_answered(word) for word in words_after)


def _names_answered(word: Token) -> bool:
    """An object, or an aim preposition's object, other than a charge laid by no one named or a
    day ("pushed back on those claims on Friday")."""
    if word.dep_ in VERB_OBJECT_DEPS:
        return not _unowned_charge(word)
    if word.dep_ != "prep" or word.lower_ not in AIM_PREPS:
        return False
    objects = [o for o in word.children if o.dep_ in PREP_OBJECT_DEPS]
    return not objects or not all(_unowned_charge(o) or o.ent_type_ in TIME_ENTS for o in objects)


def _unowned_charge(noun: Token) -> bool:
    """A charge whose words name no one who laid it ("the accusations", "those claims", "this
    criticism"; not "the mayor's criticism", "charges by the state")."""
    return noun.lower_ in REBUTTED and not any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in LAYER_PREPS) for c in noun.children
    )


def _setting_off(reader: RoleReader, event: Event, root: Token) -> list[Participant]:
    """The subject of an "after"/"when" clause on the retort, or on the verb it completes ("was
    quick to push back after ..."), when it names a party other than the retort's doer."""
    verbs = [root]
    while verbs[-1].dep_ in COMPLETING_DEPS:  # "push" of "was quick to push back"
        verbs.append(verbs[-1].head)
    clauses = [c for verb in verbs for c in verb.children if c.dep_ == "advcl" and _sets_off(c)]
    told = [p for c in clauses for s in c.children if s.dep_ == "nsubj" for p in reader.phrase(s)]
    return other_sides(event.actors, told)


def _sets_off(clause: Token) -> bool:
    """An adverbial clause of what came just before: "after ...", "when ...", "once ..."."""
    return any(m.dep_ in MARK_DEPS and m.lower_ in SETTING_OFF for m in clause.children)


def _quarrel(event: Event) -> bool:
    """An act a retort may answer: any but a friendly act done (praise, a visit, a deal); a
    friendly act withheld ("not ready to back him") or a demand is a quarrel's."""
    return event.type not in COOPERATIVE or event.modality == Modality.NEGATED


def _told(event: Event) -> bool:
    """An act whose sides the story told, none of them inferred from another act."""
    return not any("inferred" in feature for feature in event.confidence_features)


def _own_quarrel(event: Event, earlier: list[Event]) -> list[Participant]:
    """The targets of the retort's doer's own latest act aimed at another party."""
    doer = actor_ids(event.actors)
    for told in reversed(earlier):
        sources, targets = actor_ids(told.actors), actor_ids(told.recipients)
        if sources == doer and targets and not doer & targets:
            return [p.model_copy() for p in told.recipients]
    return []
