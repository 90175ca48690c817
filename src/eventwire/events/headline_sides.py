"""Who does a headline verb the tagger read as a noun to whom: "Merkel slams Erdogan over ...".

`headline` finds the verb between two names or after the name that opens the headline; read as
a noun, its roles would come from its modifiers, and the parse has made the first name a
compound of the verb and the second an apposition or an object of nothing. Headline grammar is
subject, verb, object: the name before the word is the doer, the name after it the target.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.headline import headline_verb, name_in_story, named_word, opening_subject
from eventwire.events.headline_claims import claim_code, claim_parts, headline_end
from eventwire.events.headline_conjuncts import comma_verb_subjects
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.verb_subjects import verb_subjects
from eventwire.model import Participant

SIDE_PREPS = {"with", "against"}  # "truce with X", "war against X": the other side


def headline_sides(reader: RoleReader, match: TriggerMatch) -> Sides | None:
    """The names on each side of a headline verb read as a noun; None for any other match."""
    head = match.head
    if not match.nominal or headline_verb(head) is None:
        return None
    subjects = comma_verb_subjects(head)  # "EU ministers meet X, press for Y's release"
    doers = [p for s in subjects for p in reader.phrase(s)] or _named(reader, head.doc[head.i - 1])
    if not doers:  # "Senegal army shells rebel bases": the subject's last name ("Zambian
        words = [w for w in opening_subject(head) if w.pos_ != "ADJ"]  # opposition": not Zambia)
        named = (_named(reader, word) for word in reversed(words))
        doers = next((found for found in named if found), [])
    after = _word_after(match)
    targets = _named(reader, after) if after is not None else []
    if not targets and after is not None and not named_word(after):
        targets = [p for t in _partner(after) for p in _named(reader, t)]
    return split_roles(doers, targets)  # one each: "Schilling" ends every "Curt Schilling"


def _word_after(match: TriggerMatch) -> Token | None:
    """The name right after the verb and its particle ("Sides With Bush": Bush)."""
    doc, at = match.head.doc, match.span.end
    return doc[at] if at < len(doc) else None


def _partner(thing: Token) -> list[Token]:
    """ "Sri Lanka scraps truce with Tamil Tigers": the party named after the object's "with"
    or "against" (a truce, talks or a row is with someone)."""
    doc, at = thing.doc, thing.i + 2
    if at >= len(doc) or doc[thing.i + 1].lower_ not in SIDE_PREPS:
        return []
    return [doc[at]] if named_word(doc[at]) else []


def claim_sides(reader: RoleReader, match: TriggerMatch) -> Sides | None:
    """The speaker before the colon and the first party named after it; None for any other
    trigger, or where either side names no one."""
    parts = claim_parts(match.head)
    if parts is None or claim_code(match.head) is None:
        return None
    speaker, content = parts
    speakers = [p for t in speaker for p in _own(reader, t)][:1]
    for token in content:
        targets = split_roles(speakers, _named(reader, token) if named_word(token) else [])[1]
        if targets:
            return speakers, targets
    return None


def _own(reader: RoleReader, token: Token) -> list[Participant]:
    """The party a headline word itself names, not its appositions (a colon headline parses as
    the speaker's name with the claim hung on it)."""
    mentions = (reader.mention_at(t) for t in [token, *name_in_story(token)])
    return [reader.participant(m) for m in mentions if m is not None][:1]


def _named(reader: RoleReader, token: Token) -> list[Participant]:
    """The party a headline word names: its own mention, else the story's name it is part of."""
    return reader.phrase(token) or [p for t in name_in_story(token) for p in reader.phrase(t)]


def headline_names(reader: RoleReader, match: TriggerMatch, sides: Sides) -> Sides:
    """ "Modi Praises Abe": a headline's subject or object that no mention covers (the tagger
    left a Title-Case name unnamed) is the story's name it is a word of."""
    head = match.head
    if head.idx >= headline_end(head.doc):
        return sides
    doers = sides[0] or [p for s in verb_subjects(head) for p in _story_name(reader, s)]
    objects = [c for c in head.children if c.dep_ == "dobj"]
    targets = sides[1] or [p for o in objects for p in _story_name(reader, o)]
    return split_roles(doers, targets)


def _story_name(reader: RoleReader, token: Token) -> list[Participant]:
    """The story's name for a headline word no mention covers; none for a word the sides left
    out on purpose (the forces deployed, the victims of an act blamed)."""
    if reader.phrase(token):
        return []
    return [p for t in name_in_story(token) for p in reader.phrase(t)]
