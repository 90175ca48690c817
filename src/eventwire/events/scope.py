"""Which trigger matches in a sentence are events of their own.

PLOVER codes a sentence's main predication. An event stated as the content of a promise, demand,
refusal, threat or accusation ("threatened to break off relations"), as the purpose of another
("struck to demand ..."), only as its circumstance ("after the protests"), as the topic of talks,
or in a clause that modifies a participant belongs to the governing event, so only that one is
recorded. Which events a modifying clause tells only as background is `main_predication`'s.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import group_lexicon
from eventwire.events.accused_acts import accused_act
from eventwire.events.answered import STANCES
from eventwire.events.answered_acts import answered_act
from eventwire.events.answered_offers import answered_by_reply
from eventwire.events.cameo_codes import OFFICIAL_COMPLAINT
from eventwire.events.clauses import parenthetical
from eventwire.events.commitments import committed_act
from eventwire.events.coordination import separate_acts, sequenced_act
from eventwire.events.enacted_measures import enacted_act
from eventwire.events.errands import errand
from eventwire.events.headline_acts import headline_act
from eventwire.events.instigations import askers
from eventwire.events.lexicon import ATTRIBUTIVE, code_table, words
from eventwire.events.misparses import charge_past_agent, subject_of_next_verb
from eventwire.events.occasions import bid_meeting, partnered_meeting
from eventwire.events.others_acts import acted_on_within, names_other_doer
from eventwire.events.own_clauses import caused_act, own_clause
from eventwire.events.participles import bare_participle, own_participle_act
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import (
    ACCUSE,
    AGREE,
    COERCE,
    CONCEDE,
    COOPERATE,
    REJECT,
    REQUEST,
    THREATEN,
)
from eventwire.events.policed_protests import policed_protest
from eventwire.events.said_acts import said_beside
from eventwire.events.subordinate_acts import staged_in_clause
from eventwire.events.suit_claims import suit_claim
from eventwire.events.told_acts import told_act
from eventwire.events.word_classes import BACKGROUND
from eventwire.lexicons import word_set
from eventwire.parse.deps import PURPOSE_CLAUSE_DEPS, REPORTED_CLAUSE_DEPS
from eventwire.parse.nlp import TIME_ENTITIES
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.parse.tags import (
    FINITE_OR_PARTICIPLE_TAGS,
    GERUND_TAG,
)

SPEECH_ACTS = {AGREE, REQUEST, REJECT, THREATEN, ACCUSE}
CONTENT_DEPS = {
    "xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acl", "advcl", "conj", "compound",
    "acomp",  # "said the US must be ready to mediate"
}  # fmt: skip
BLAME = words("event_words.tsv", "blame")
LIGHT_ARGUMENTS = {"dobj", "nsubj", "nsubjpass", "attr"}
SUBORDINATE = {"relcl", "advcl", "acl"}
TOPIC_PREPS = word_set("issue_preposition")
SPANS = words("event_words.tsv", "span")  # resumption, start, round, wave ...


def main_matches(matches: list[TriggerMatch]) -> list[tuple[TriggerMatch, TriggerMatch | None]]:
    """Events that are not the content of another, each with its content event if any.

    Content is what a speech act is about ("threatened to break off relations") or a nominal
    event that another event acts on ("cancelled a visit", "rejected the proposal for a truce").
    """
    heads = {m.head.i: m for m in matches}
    attributions = {m.head.i for m in matches if _reported_event(m.head, heads) is not None}
    blames = [m for m in matches if m.head.i in attributions and _blames(m.head)]
    matches = [_complaint(m) for m in matches if m.head.i not in attributions]
    matches = [m for m in matches if not _participants_of(m, heads)]
    heads = {m.head.i: m for m in matches}
    kept: list[TriggerMatch] = []
    contents: dict[int, TriggerMatch] = {}
    for match in matches:
        outer = _governing_event(match, heads)
        told = outer is not None and suit_claim(outer.head) is not None  # what a suit says
        if outer is None or told or accused_act(match.head, match.code, outer.head):  # charged
            kept.append(match)
            continue
        contents.setdefault(outer.head.i, match)
        if headline_act(match.head, match.nominal):  # "expels diplomats after border clash"
            kept.append(match)  # the clash is news of its own too
        elif _others_act(match, outer) or told_act(match, outer):  # "refused to disavow
            kept.append(match)  # Graham's endorsement", "allegations that X hacked": theirs too
    kept = sorted([*blames, *kept], key=lambda m: m.head.i)  # blame, and the wrong it reports
    pairs = [committed_act(m, contents.get(m.head.i)) for m in kept]
    return [enacted_act(*pair, matches) for pair in pairs]  # "passed laws barring abortions"


def _blames(verb: Token) -> bool:
    """A verb of blame, or a court paper's saying ("the suit claims X lied"): an accusation of
    its own besides the wrong it reports."""
    return verb.lemma_.lower() in BLAME or suit_claim(verb) is not None


def _others_act(match: TriggerMatch, outer: TriggerMatch) -> bool:
    """An event noun that names a doer other than the governing act's (`others_acts`); not
    blame, opposition or a demand a reply answers ("rebutted Exxon's accusation", "dismissed
    the relatives' lawsuit", "acceded to the strikers' demands"): the occasion of the reply,
    which coders code alone; nor a threat named as a danger, nor an act blame is aimed at."""
    answered = answered_by_reply(match) and outer.code.type in STANCES | {CONCEDE}
    danger = match.code.type == THREATEN  # "warned of the threat from X": a danger named
    blamed = outer.code.type == ACCUSE  # "called Japan's visit a provocation": `accused_act`
    held = answered or danger or blamed
    inside = acted_on_within(match.head, outer.head)  # "to block Trump's visit"
    return match.nominal and not held and not inside and names_other_doer(match.head, outer.head)


def _participants_of(match: TriggerMatch, heads: dict[int, TriggerMatch]) -> bool:
    """ "Protesters demanded the resignation ...": a noun for the people taking part
    (protesters, demonstrators) that is the subject of another event is that event's actor."""
    head = match.head
    grouped = match.nominal and (head.lower_,) in group_lexicon()
    return grouped and head.dep_ in SUBJECT_DEPS and head.head.i in heads


def _reported_event(head: Token, heads: dict[int, TriggerMatch]) -> TriggerMatch | None:
    """ "Agents abused immigrants, a rights group charged": the verb only attributes the
    reported event, which is the one to code (and is claimed); None when it reports no event."""
    if head.lemma_.lower() not in ATTRIBUTIVE:
        return None
    for clause in head.children:
        if clause.dep_ in REPORTED_CLAUSE_DEPS and not _infinitive(clause):
            return heads.get(clause.i)  # not an event named in passing inside the clause
    return None


def _complaint(match: TriggerMatch) -> TriggerMatch:
    """ "..., a human rights group protested": protesting a stated wrong is a complaint; so is
    a state's protest ("Japan protested the incursion"): a state files, it does not march."""
    clauses = [c for c in match.head.children if c.dep_ in REPORTED_CLAUSE_DEPS]
    by_state = any(c.dep_ == "nsubj" and c.ent_type_ == "GPE" for c in match.head.children)
    verbal = clauses or by_state or _reporting_use(match.head)
    if match.head.lemma_.lower() == "protest" and not match.nominal and verbal:
        return TriggerMatch(match.head, match.span, code_table()[OFFICIAL_COMPLAINT], False)
    return match


def _reporting_use(verb: Token) -> bool:
    """ "X is failing its refugees, a rights group protested": a finite verb after the clause it
    reports, with no object of its own, reports it as "said" would (the parse may hang it on
    the clause or on a noun of it, even as a participle); a time or place is no aim."""
    after = verb.i > verb.sent.root.i and verb.dep_ in {"parataxis", "acl"}
    aims = {"dobj", "xcomp", "advcl", "agent", "auxpass"}
    bare = not any(c.dep_ in aims or _aimed_phrase(c) for c in verb.children)
    return after and bare and verb.tag_ in FINITE_OR_PARTICIPLE_TAGS


def _aimed_phrase(prep: Token) -> bool:
    """ "protested over the arrests", not "protested on Monday"."""
    return prep.dep_ == "prep" and prep.lower_ in TOPIC_PREPS | {"against"} and not _dated(prep)


def _dated(prep: Token) -> bool:
    """A phrase that says when ("on Monday"), not on whom or what."""
    return any(p.ent_type_ in TIME_ENTITIES for p in prep.children)


def _infinitive(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in {"to", "must", "should"} for c in clause.children)


def _governing_event(match: TriggerMatch, heads: dict[int, TriggerMatch]) -> TriggerMatch | None:
    """The event the match is told as part of: the act it answers, the event it is the purpose
    or background of, the act done to it in the passive, or the event whose content it is."""
    if _told_alone(match):
        return None
    if not match.nominal and answered_act(match.head) is not None:
        return _answering(match.head, heads)  # "an embargo as punishment for seizing Kuwait"
    enclosing = _purpose_of(match.head, heads)
    if enclosing is None and match.nominal:
        enclosing = _background_of(match.head, heads)
    if enclosing is not None:
        return enclosing
    if match.nominal and match.head.dep_ == "conj" and subject_of_next_verb(match.head):
        return None  # "vetoed the bill and talks with X collapsed": the talks' own clause
    token = match.head
    if _passive_object(match, heads):
        return heads[token.head.i]  # "the attack was condemned by the UN", as in the active
    own = bare_participle(token) or sequenced_act(token) or own_clause(token)
    own = own or said_beside(token)  # "rejected it, saying rebels had attacked": a claim
    if not match.nominal and own:
        return None  # "pledged to stand united, warning Saddam": an act of its own
    return _content_holder(match, heads)


def _told_alone(match: TriggerMatch) -> bool:
    """A meeting, a participle or a noun told as an act of its own, whatever governs it."""
    if partnered_meeting(match):
        return True  # "warned Xi during their meeting": the meeting is told too
    if bid_meeting(match):
        return True  # "invited Trump to meet with the leadership": the meeting too
    if not match.nominal and own_participle_act(match.head, match.code.type):
        return True  # "used calls urging Democrats to cross over", "a group demanding X"
    if policed_protest(match):
        return True  # "were arrested during protests": the protest took place
    # "as the opposition staged demonstrations", "at the urging of X": its own
    return match.nominal and (staged_in_clause(match.head) is not None or bool(askers(match.head)))


def _content_holder(match: TriggerMatch, heads: dict[int, TriggerMatch]) -> TriggerMatch | None:
    """The event the match is the content of, up to four steps up the parse through content
    relations; none past a parenthetical, a joint act's aim, or a separate coordinated act."""
    token = match.head
    for step in range(4):
        content = token.dep_ in CONTENT_DEPS or charge_past_agent(token, match.head)
        if not content or token.head == token or parenthetical(token):
            return None  # a charge may hang past its accuser ("accused by X of beating")
        coordinated = token.dep_ == "conj"
        child, token = token, token.head
        outer = heads.get(token.i)
        if outer is None and match.nominal and child.lower_ in TOPIC_PREPS:
            outer = _event_at(token, heads, match.head)  # "renewed talks on a pullback"
        if outer is None:
            continue
        if _joint_aim(outer, child):
            return None
        if coordinated and (outer.code.type != match.code.type or separate_acts(child, token)):
            if not match.nominal and _content_clause(token):
                continue  # "promising to withdraw and release soldiers": both promised
            return None  # "rejected a truce and would not withdraw": two acts
        if _holds_content(match, outer, child, step):
            return outer
    return None


def _holds_content(match: TriggerMatch, outer: TriggerMatch, child: Token, step: int) -> bool:
    """Whether `outer`, reached from the match through `child` in `step` steps, takes it as
    content: a speech act, a concession's infinitive, the same kind of act, a coercion "from"
    it, an act noun's near holder, or a topic."""
    return (
        outer.code.type in SPEECH_ACTS
        or (outer.code.type == CONCEDE and _infinitive(child))  # "allowed them to march"
        or outer.code.type == match.code.type  # "telephoned ... to discuss": one event
        or (child.lower_ == "from" == match.head.head.lower_ and outer.code.type == COERCE)
        or (match.nominal and step < 2 + _counted(match.head))  # "the resumption of talks"
        or child.lower_ in TOPIC_PREPS  # "will stand together on arresting the terrorists"
    )


def _content_clause(verb: Token) -> bool:
    """An infinitive complement ("promising to withdraw ..."): a verb joined to it shares its
    place as the content of the act above."""
    return verb.dep_ == "xcomp" and _infinitive(verb)


def _answering(verb: Token, heads: dict[int, TriggerMatch]) -> TriggerMatch | None:
    """The event an answered act is the reason of: the nearest trigger over it."""
    for token in list(verb.ancestors)[:6]:
        event = _event_at(token, heads, verb)
        if event is not None:
            return event
    return None


def _counted(noun: Token) -> int:
    """ "welcomed the resumption of talks": a span noun that counts the event ("resumption",
    "start", "round") is one more step between the nominal and the act it is the object of."""
    holder = noun.head.head if noun.head.lower_ == "of" else None
    return int(holder is not None and holder.lemma_.lower() in SPANS)


def _passive_object(match: TriggerMatch, heads: dict[int, TriggerMatch]) -> bool:
    """An event noun that another trigger verb acts on in the passive; one pinned on someone
    ("the bombing was blamed on Iran", "attributed to the rebels") is the wrong reported, coded
    with the blame; "the ban was lifted on Tuesday" pins it on no one."""
    verb = match.head.head
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "to"}]
    pinned = any(not _dated(c) for c in preps)
    return match.nominal and match.head.dep_ == "nsubjpass" and verb.i in heads and not pinned


def _purpose_of(head: Token, heads: dict[int, TriggerMatch]) -> TriggerMatch | None:
    """ "began a hunger strike to demand ...", "a demonstration calling for ...": the purpose
    of an event is part of it (PLOVER's context), not a second event."""
    infinitive = any(c.lower_ == "to" and c.dep_ == "aux" for c in head.children)
    participle = head.dep_ == "acl" and head.tag_ == GERUND_TAG
    if head.dep_ not in {"advcl", "xcomp", "acl"} or not (infinitive or participle):
        return None
    if caused_act(head):  # "prompting Washington to condemn": Washington's own act
        return None
    governor = head.head
    outer = _event_at(governor, heads, head) or _event_at(governor.head, heads, head)
    purpose = heads.get(head.i)
    if purpose is not None and errand(head, purpose.code.type):
        return None  # "telephoned Fujimori to press for a delay": two acts toward him
    if purpose is not None and outer is not None and _doers_named(outer, purpose, governor):
        return None  # "protesters began to gather": the noun names who gather
    return None if outer is not None and _joint_aim(outer, head) else outer


def _doers_named(outer: TriggerMatch, act: TriggerMatch, governor: Token) -> bool:
    """A noun of the same act as the subject of a verb whose clause it controls ("protesters
    were beginning to gather") names the doers of the clause's act, not an event it serves."""
    subject = outer.head.dep_ == "nsubj" and outer.head.head == governor
    same = outer.code.type == act.code.type
    return outer.nominal and subject and same and act.head.dep_ == "xcomp"


def _joint_aim(outer: TriggerMatch, clause: Token) -> bool:
    """ "will work with the EU to impose sanctions": what a joint act is done for is an act of
    its own toward a third party (PLOVER codes both), not the cooperation's context; not the
    aim of an alliance formed ("formed an alliance with X to oppose Y")."""
    return outer.code.type == COOPERATE and with_partner(outer.head) and to_clause(clause)


def with_partner(verb: Token) -> bool:
    """A verb of joint action with its partner ("work with the EU")."""
    return verb.pos_ == "VERB" and any(c.lower_ == "with" for c in verb.children)


def to_clause(clause: Token) -> bool:
    """An infinitive clause of purpose or complement ("to impose sanctions")."""
    infinitive = any(c.lower_ == "to" and c.dep_ == "aux" for c in clause.children)
    return clause.dep_ in PURPOSE_CLAUSE_DEPS and infinitive


def _event_at(token: Token, heads: dict[int, TriggerMatch], exclude: Token) -> TriggerMatch | None:
    """The event a token is, or that its light verb takes as object ("ordered patrols")."""
    for candidate in [token, *(c for c in token.children if c.dep_ in LIGHT_ARGUMENTS)]:
        if candidate.i in heads and candidate.i != exclude.i:
            return heads[candidate.i]
    return None


def _background_of(head: Token, heads: dict[int, TriggerMatch]) -> TriggerMatch | None:
    """ "after violent protests", "despite hours of negotiations": an event noun named only to
    situate another one in time or cause is that event's circumstance (event coders such as
    PETRARCH code the governing event alone). Only a noun: a verb in such a clause ("the
    warnings came after Pakistan handed over a suspect") tells an act with its own doer."""
    background = False
    for token in [head, *list(head.ancestors)[:5]]:
        event = _event_at(token, heads, head) if background else None
        if event is not None:
            return event
        marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
        background |= token.lower_ in BACKGROUND or bool(marks & BACKGROUND)
    return None
