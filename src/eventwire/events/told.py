"""The listener of a statement as the target of the act it announces: "Sri Lanka told Norway
that it would not allow the monitors back", "Turkey told Greece it was ready to resume talks";
so is the one a caller contacts to say it ("telephoned Fujimori to press for a delay"), and
the one urged in "urged Chile to settle and offered to host talks".
The announced act (a promise, a refusal, a threat) is done by the speaker's side and names no
target of its own; it is aimed at whom the speaker tells, as PLOVER codes it. A gathering told
("told a crowd in Green Bay", "promised at a Las Vegas rally") only hears the words, as the
press does: it is no party the act is aimed at.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.argument_slots import AUDIENCE_PREPS
from eventwire.events.errands import errand
from eventwire.events.joined_reports import joined_report
from eventwire.events.lexicon import FORCE_TYPES, reports, words
from eventwire.events.participant_sets import participant_key
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import REQUEST
from eventwire.model import Participant
from eventwire.parse.forms import in_words
from eventwire.sectors import MEDIA

ADDRESSING = words("cue_verbs.tsv", "address")  # tell, inform, assure, advise ...
INNER_DEPS = {"xcomp", "acomp", "dobj", "pobj", "prep"}  # "was ready to resume talks"
LISTENER_DEPS = {"dobj", "dative", "iobj"}
GATHERED = words("event_words.tsv", "gathered_audience")  # a crowd, an audience, a rally
CARRIER_PREPS = {"on", "in", "to"}  # "said on NBC", "wrote in the Post", "said to reporters"


def told_listeners(
    reader: RoleReader, match: TriggerMatch, actors: list[Participant]
) -> list[Participant]:
    """The listeners of the addressing verb whose complement clause holds the act, when the
    act's doer is the speaker or the speaker's state; telling the press aims at no one."""
    head = match.head
    verb = head.head if errand(head, match.code.type) else _telling_verb(head)
    if verb is None:
        return []
    speakers = [p for s in verb.children if s.dep_ == "nsubj" for p in reader.phrase(s)]
    if not speakers_side(reader, actors, speakers):
        return []
    listeners = [c for c in verb.children if c.dep_ in LISTENER_DEPS and not in_words(c, GATHERED)]
    found = [p for t in listeners for p in reader.phrase(t) if p.country]
    return [p for p in found if p.sector != MEDIA]


def without_audiences(match: TriggerMatch, recipients: list[Participant]) -> list[Participant]:
    """The targets less a gathering that only heard the act's words: "'I support Paul Ryan,'
    Trump told a crowd", "Sanders promised at a Las Vegas rally to end ...", "told an audience
    that Trump's comments were intolerable". A gathering the act is done to ("thanked the
    crowd", "accused the audience") stays, and so does one a request asks or force is used on
    ("opened fire at a crowd", "fired tear gas at the crowd"): no words are heard there."""
    if match.code.type == REQUEST or match.code.type in FORCE_TYPES:
        return recipients
    heard = [t for t in _hearers(match.head) if in_words(t, GATHERED)]
    return [p for p in recipients if not any(p.covers(t.idx) for t in heard)]


def _hearers(head: Token) -> list[Token]:
    """Who hears the act's words: the trigger's "at", "to" or "before" phrase, and the
    listener of a telling trigger or of the telling verb whose clause holds the trigger."""
    telling = [v for v in [head, _telling_verb(head)] if v is not None]
    telling = [v for v in telling if v.lemma_.lower() in ADDRESSING]
    listeners = [c for v in telling for c in v.children if c.dep_ in LISTENER_DEPS]
    return pobjs(head, AUDIENCE_PREPS) + listeners


def press_carriers(reader: RoleReader, verb: Token) -> list[Token]:
    """The news media a reporting verb's words were only said on, written in or told to:
    "'...,' the senator said on NBC's 'Meet the Press'", "she wrote in the Post", "he told
    reporters that ...". The outlet carries the words, as a crowd only hears them
    (`without_audiences`); the words are aimed at whom they judge. A listener told to act
    ("told reporters to leave") is asked, and stays. `roles.verb_roles` keeps the outlet
    only where the words name no party: on the coded sets a home outlet then stood for the
    home-country party judged ("what they're doing", said on CBS), so dropping it lost dyads."""
    if not reports(verb):
        return []
    heard = pobjs(verb, CARRIER_PREPS)
    if verb.lemma_.lower() in ADDRESSING and not any(c.dep_ == "xcomp" for c in verb.children):
        heard += [c for c in verb.children if c.dep_ in LISTENER_DEPS]
    return [t for t in heard if _medium(reader.phrase(t))]


def _medium(parties: list[Participant]) -> bool:
    """Whether a phrase names news media only ("NBC's 'Meet the Press'", "Fox News host X")."""
    return bool(parties) and all(p.sector == MEDIA for p in parties)


def speakers_side(
    reader: RoleReader, actors: list[Participant], speakers: list[Participant]
) -> bool:
    """ "Sri Lanka told Norway that it ...", "the minister told the envoy that Baghdad ...":
    the doer is a speaker, or the state a speaker belongs to."""
    keys = {participant_key(p) for p in speakers}
    countries = {p.country for p in speakers if p.country}
    return any(
        participant_key(p) in keys or (p.country in countries and reader.stands_for_state(p))
        for p in actors
    )


def _telling_verb(head: Token) -> Token | None:
    """The addressing verb whose "that" clause (ccomp) the act sits in, through the clause's
    own objects and complements; None when a relative or adverbial clause comes between."""
    token = head
    while token.dep_ in INNER_DEPS and token.head != token:
        token = token.head
    verb = token.head if token.dep_ == "ccomp" else joined_report(token)  # "urged X to settle
    # and offered to host talks": the offer, too, is made to those urged
    if verb is None or verb.lemma_.lower() not in ADDRESSING:
        return None
    return verb
