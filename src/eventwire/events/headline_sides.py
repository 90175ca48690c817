"""Who does a headline verb the tagger read as a noun to whom: "Merkel slams Erdogan over ...".

`headline` finds the verb between two names or after the name that opens the headline; read as
a noun, its roles would come from its modifiers, and the parse has made the first name a
compound of the verb and the second an apposition or an object of nothing. Headline grammar is
subject, verb, object: the name before the word is the doer, the name after it the target.

A headline may name one side only and leave the other to the story ("Trump Denies Tyson Invited
To Convention"): `fill_headline_sides` takes it from the lede's retelling of the same act.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events.anaphora import trigger_root
from eventwire.events.headline import headline_verb, name_in_story, named_word, opening_subject
from eventwire.events.headline_claims import claim_code, claim_parts, headline_end
from eventwire.events.headline_conjuncts import comma_verb_subjects
from eventwire.events.headline_tense import header_lines
from eventwire.events.participant_sets import Sides, participant_key, split_roles, unique
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.verb_arguments import objects
from eventwire.events.verb_subjects import verb_subjects
from eventwire.model import Actor, ActorType, Event, Participant
from eventwire.parse.metadata import paragraphs
from eventwire.parse.nlp import doc_text

SIDE_PREPS = {"with", "against"}  # "truce with X", "war against X": the other side
LEDE_PARAGRAPHS = 6  # where a story retells its headline act (tweets and quotes between)


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
    targets = sides[1] or [p for o in objects(head) for p in _story_name(reader, o)]
    return split_roles(doers, targets)


def _story_name(reader: RoleReader, token: Token) -> list[Participant]:
    """The story's name for a headline word no mention covers; none for a word the sides left
    out on purpose (the forces deployed, the victims of an act blamed)."""
    if reader.phrase(token):
        return []
    return [p for t in name_in_story(token) for p in reader.phrase(t)]


def fill_headline_sides(doc: Doc, events: list[Event], actors: list[Actor]) -> None:
    """ "Trump Denies Tyson Invited To Convention", "Reason Behind Trump's Firing Of Campaign
    Manager": a headline names the news in few words and leaves a side to the story, whose lede
    tells the same act with it ("discrediting a report from Bloomberg", "Lewandowski was
    dismissed"). A headline act with one side empty takes that side's parties from the first
    act of its type in the lede paragraphs that shares its other side or its word; a country
    there is more often where the act was done than a party to it, so it lends nothing."""
    header = header_lines(doc)
    lede = _lede(doc, max(e for _, e in header)) if header else None
    if lede is None:
        return
    parties = {a.id for a in actors if a.type != ActorType.COUNTRY}
    body = [e for e in events if lede[0] <= e.trigger.start < lede[1]]
    for event in (e for e in events if e.trigger.start < lede[0]):
        if bool(event.actors) != bool(event.recipients):  # one side told, the other to find
            _fill_from_lede(doc, event, body, parties)


def _fill_from_lede(doc: Doc, event: Event, body: list[Event], parties: set[str]) -> None:
    """The side the headline act lacks (1: its targets, 0: its doers), from the first lede
    act of its type that retells it and names a party there."""
    missing = 1 if event.actors else 0
    ours = _sides(event)[1 - missing]
    for told in (b for b in body if b.type == event.type):
        theirs = _sides(told)
        found = [p for p in theirs[missing] if p.actor_id in parties]
        if found and _same_act(doc, ours, theirs[1 - missing], event, told):
            _take(event, missing, found)
            return


def _lede(doc: Doc, header_end: int) -> tuple[int, int] | None:
    """Where the story's first paragraphs below the header start and end."""
    lede = [p for p in paragraphs(doc_text(doc)) if p.start >= header_end][:LEDE_PARAGRAPHS]
    return (header_end, lede[-1].end) if lede else None


def _sides(event: Event) -> Sides:
    return event.actors, event.recipients


def _same_act(
    doc: Doc, ours: list[Participant], theirs: list[Participant], headline: Event, body: Event
) -> bool:
    """The body act retells the headline's: the side the headline tells is named there too, or
    both acts are told with one word ("Meeting" and "meet")."""
    ids = {p.actor_id for p in ours if p.actor_id}
    return any(p.actor_id in ids for p in theirs) or _stem(doc, headline) == _stem(doc, body)


def _stem(doc: Doc, event: Event) -> str:
    """The trigger's lemma less a noun's -ing (a headline's title case may keep "Meeting")."""
    root = trigger_root(event, doc)
    lemma = root.lemma_.lower() if root is not None else event.trigger.text.lower()
    return lemma.removesuffix("ing") if len(lemma) > 6 else lemma


def _take(event: Event, missing: int, found: list[Participant]) -> None:
    """The body's parties on the side the headline act lacks, less its own side."""
    copies = [p.model_copy() for p in found]
    if missing:
        event.recipients = split_roles(event.actors, copies)[1]
    else:
        keys = {participant_key(p) for p in event.recipients}
        event.actors = [p for p in unique(copies) if participant_key(p) not in keys]
