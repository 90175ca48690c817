"""PLOVER events with CAMEO codes, roles, modality and evidence, one record per event mention.

Triggers come from eventwire's lexicon (`extract.event_patterns`), roles from the dependency
parse (`resolve.roles`), modality from the trigger's clause (`extract.modality`) and attribution
from quotes and reporting clauses (`extract.attribution`). An event stated as the content of a
promise, demand, refusal, threat or accusation ("threatened to break off relations"), as the
purpose of another ("struck to demand ..."), or only as its circumstance ("after the protests")
belongs to that event, so only the governing event is recorded.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.extract.attribution import Attribution
from eventwire.extract.event_lexicon import EventCode, crosswalk
from eventwire.extract.event_patterns import TriggerMatch, argument_words, find_triggers
from eventwire.extract.modality import ModalityReading, read_modality, reporting_verb
from eventwire.model import (
    Actor,
    Article,
    Event,
    Evidence,
    Mention,
    Modality,
    Participant,
    Place,
    Quote,
    TimeExpression,
)
from eventwire.resolve.roles import RoleReader, noun_roles, verb_roles
from eventwire.resolve.slots import event_place, event_time

MILITARY_TYPES = {"MOBILIZE", "ASSAULT"}
SPEECH_ACTS = {"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE"}
CONFLICTUAL = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST"}
CONTENT_DEPS = {
    "xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acl", "advcl", "conj", "compound",
}  # fmt: skip
ATTRIBUTIVE = {"charge", "allege", "protest", "complain", "claim"}
LIGHT_ARGUMENTS = {"dobj", "nsubj", "nsubjpass", "attr"}
BACKGROUND = {"after", "before", "following", "despite", "amid", "since", "because", "as"}
MILITARY_WORDS = {
    "military", "troops", "troop", "army", "weapons", "weapon", "arms", "materiel", "hardware",
    "missiles", "tanks", "soldiers", "forces", "drills", "exercises", "navy", "warships",
}  # fmt: skip


def extract_events(
    doc: Doc,
    article: Article,
    actors: list[Actor],
    mentions: list[Mention],
    quotes: list[Quote],
    times: list[TimeExpression],
    places: list[Place],
) -> list[Event]:
    """Every event mention in the article, in text order, grouped across mentions."""
    reader = RoleReader(doc, actors, mentions)
    attribution = Attribution(doc, quotes, reader)
    reader.speaker = attribution.speaker
    events: list[Event] = []
    for sentence in doc.sents:
        matches = list(find_triggers(sentence))
        found = []
        for match, content in _main_matches(matches):
            event = _event(match, sentence, reader, attribution, article, times, places)
            if content is not None and not event.recipients:
                event.recipients = _roles(reader, content)[1]
            found.append(event)
        for event in _without_restatements(found):
            event.id = f"E{len(events) + 1}"
            events.append(event)
    assign_groups(events)
    return events


def _without_restatements(events: list[Event]) -> list[Event]:
    """ "held talks ... the talks were frank": within a sentence, a participant-less mention of
    a type another mention there already records with participants is the same event."""
    staffed = {e.type for e in events if e.actors or e.recipients}
    return [e for e in events if e.actors or e.recipients or e.type not in staffed]


def _main_matches(
    matches: list[TriggerMatch],
) -> list[tuple[TriggerMatch, TriggerMatch | None]]:
    """Events that are not the content of another, each with its content event if any.

    Content is what a speech act is about ("threatened to break off relations") or a nominal
    event that another event acts on ("cancelled a visit", "rejected the proposal for a truce").
    """
    heads = {m.head.i: m for m in matches}
    attributions = {m.head.i for m in matches if _reported_event(m.head, heads) is not None}
    matches = [_complaint(m) for m in matches if m.head.i not in attributions]
    heads = {m.head.i: m for m in matches}
    kept: list[TriggerMatch] = []
    contents: dict[int, TriggerMatch] = {}
    for match in matches:
        outer = _governing_event(match, heads)
        if outer is None:
            kept.append(match)
        else:
            contents.setdefault(outer.head.i, match)
    return [(_retyped(m, contents.get(m.head.i)), contents.get(m.head.i)) for m in kept]


def _reported_event(head: Token, heads: dict[int, TriggerMatch]) -> TriggerMatch | None:
    """ "Agents abused immigrants, a rights group charged": the verb only attributes the
    reported event, which is the one to code (and is claimed); None when it reports no event."""
    if head.lemma_.lower() not in ATTRIBUTIVE:
        return None
    for clause in head.children:
        if clause.dep_ in {"ccomp", "parataxis"} and not _infinitive(clause):
            for token in clause.subtree:
                if token.i in heads:
                    return heads[token.i]
    return None


def _complaint(match: TriggerMatch) -> TriggerMatch:
    """ "..., a human rights group protested": protesting a stated wrong is a complaint."""
    clauses = [c for c in match.head.children if c.dep_ in {"ccomp", "parataxis"}]
    if match.head.lemma_.lower() == "protest" and not match.nominal and clauses:
        return TriggerMatch(match.head, match.span, crosswalk()["114"], False)
    return match


def _infinitive(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in {"to", "must", "should"} for c in clause.children)


def _governing_event(match: TriggerMatch, heads: dict[int, TriggerMatch]) -> TriggerMatch | None:
    enclosing = _purpose_of(match.head, heads) or _background_of(match.head, heads)
    if enclosing is not None:
        return enclosing
    token = match.head
    for step in range(4):
        if token.dep_ not in CONTENT_DEPS or token.head == token:
            return None
        coordinated = token.dep_ == "conj"
        token = token.head
        outer = heads.get(token.i)
        if outer is None:
            continue
        if coordinated and outer.code.type != match.code.type:
            return None  # "rejected a truce and would not withdraw": two acts
        if (
            outer.code.type in SPEECH_ACTS
            or outer.code.type == match.code.type  # "telephoned ... to discuss": one event
            or (match.nominal and step < 2)
        ):
            return outer
    return None


def _purpose_of(head: Token, heads: dict[int, TriggerMatch]) -> TriggerMatch | None:
    """ "began a hunger strike to demand ...", "a demonstration calling for ...": the purpose
    of an event is part of it (PLOVER's context), not a second event."""
    infinitive = any(c.lower_ == "to" and c.dep_ == "aux" for c in head.children)
    participle = head.dep_ == "acl" and head.tag_ == "VBG"
    if head.dep_ not in {"advcl", "xcomp", "acl"} or not (infinitive or participle):
        return None
    governor = head.head
    return _event_at(governor, heads, head) or _event_at(governor.head, heads, head)


def _event_at(token: Token, heads: dict[int, TriggerMatch], exclude: Token) -> TriggerMatch | None:
    """The event a token is, or that its light verb takes as object ("ordered patrols")."""
    for candidate in [token, *(c for c in token.children if c.dep_ in LIGHT_ARGUMENTS)]:
        if candidate.i in heads and candidate.i != exclude.i:
            return heads[candidate.i]
    return None


def _background_of(head: Token, heads: dict[int, TriggerMatch]) -> TriggerMatch | None:
    """ "after violent protests", "despite hours of negotiations": an event named only to
    situate another one in time or cause is that event's circumstance (event coders such as
    PETRARCH code the governing event alone)."""
    background = False
    for token in [head, *list(head.ancestors)[:5]]:
        event = _event_at(token, heads, head) if background else None
        if event is not None:
            return event
        marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
        background |= token.lower_ in BACKGROUND or bool(marks & BACKGROUND)
    return None


def _retyped(match: TriggerMatch, content: TriggerMatch | None) -> TriggerMatch:
    """ "vowed to retaliate": a commitment to a conflictual act is a threat (CAMEO 130)."""
    if content is None or match.code.type != "AGREE" or content.code.type not in CONFLICTUAL:
        return match
    return TriggerMatch(match.head, match.span, crosswalk()["130"], match.nominal)


def _event(
    match: TriggerMatch,
    sentence: Span,
    reader: RoleReader,
    attribution: Attribution,
    article: Article,
    times: list[TimeExpression],
    places: list[Place],
) -> Event:
    head = match.head
    actors, recipients = _roles(reader, match)
    context = _context(match.code, head)
    _state_sector(reader, actors, match.code.type, context)
    reading = read_modality(head, speech_act=match.code.type in SPEECH_ACTS)
    quote = attribution.quote_of(head)
    reading = _claimed(reading, head, sentence, attribution)
    text = article.text
    sentence_evidence = Evidence.of(text, sentence.start_char, sentence.end_char)
    return Event(
        id="",
        type=match.code.type,
        mode=match.code.mode,
        context=context,
        cameo=match.code.cameo,
        modality=reading.modality,
        modality_cue=_evidence(text, reading.cue),
        trigger=Evidence.of(text, match.span.start_char, match.span.end_char),
        actors=actors,
        recipients=recipients,
        time=event_time(sentence_evidence, article, times, match.span.start_char),
        place=event_place(sentence_evidence, article, places, match.span.start_char),
        quote_id=quote.id if quote else None,
        sentence=sentence_evidence,
    )


def _roles(reader: RoleReader, match: TriggerMatch) -> tuple[list[Participant], list[Participant]]:
    return (noun_roles if match.nominal else verb_roles)(reader, match.head)


def _state_sector(
    reader: RoleReader, actors: list[Participant], type_: str, context: list[str]
) -> None:
    """ "Belarus strengthens the border": a country acting is its military in a military
    event, else its government (PLOVER's MIL and GOV sectors)."""
    sector = "MIL" if type_ in MILITARY_TYPES or "military" in context else "GOV"
    for participant in actors:
        if participant.sector is None and reader.stands_for_state(participant):
            participant.sector = sector


def _claimed(
    reading: ModalityReading, head: Token, sentence: Span, attribution: Attribution
) -> ModalityReading:
    """An event that would have occurred, but only a quoted or reported source says so."""
    if reading.modality != Modality.OCCURRED:
        return reading
    quote = attribution.quote_of(head)
    if quote is not None:
        return ModalityReading(Modality.CLAIMED, quote.cue or quote.content)
    if attribution.in_quotation(head):
        verbs = attribution.reporting_verbs(head)
        mark = head.doc.text.rfind("\n", 0, head.idx) + 1
        cue = verbs[0] if verbs else head.doc.char_span(mark, mark + 1, alignment_mode="expand")
        return ModalityReading(Modality.CLAIMED, cue)
    verb = reporting_verb(head, sentence)
    if verb is not None:
        return ModalityReading(Modality.CLAIMED, verb)
    return reading


def _evidence(text: str, cue: object) -> Evidence | None:
    if cue is None:
        return None
    if isinstance(cue, Evidence):
        return cue
    if isinstance(cue, Token):
        return Evidence.of(text, cue.idx, cue.idx + len(cue))
    if isinstance(cue, Span):
        return Evidence.of(text, cue.start_char, cue.end_char)
    return None


def _context(code: EventCode, head: Token) -> list[str]:
    """The crosswalk's context, plus "military" when the event's arguments are military."""
    context = list(code.context)
    if "military" not in context and argument_words(head) & MILITARY_WORDS:
        context.append("military")
    return context


def assign_groups(events: list[Event]) -> None:
    """Mentions of one event share a group: same type and same actor and recipient countries."""
    groups: dict[tuple[str, frozenset[str], frozenset[str]], str] = {}
    for event in events:
        key = (
            event.type,
            frozenset(p.country for p in event.actors if p.country),
            frozenset(p.country for p in event.recipients if p.country),
        )
        event.group_id = groups.setdefault(key, f"G{len(groups) + 1}")
