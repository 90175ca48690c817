"""Find event triggers in a parsed sentence: verbs (with particles), nouns and noun phrases.

A verb trigger must be used as a verb and a noun trigger as a noun (`word_use`); a row fits
where its argument words (`argument_words`, from `argument_slots`) allow.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from eventwire.events.argument_slots import (
    ARGUMENT_DEPS,
    CLAUSE,
    INFINITIVE,
    INTRANSITIVE,
    OBJECT_DEPS,
    PASSIVE_PERSON,
    SLOT_MODIFIERS,
    TO_ACT,
    infinitive_clause,
    joined_subject_marks,
    object_words,
    prep_person_marks,
    reduced_object,
    stranded,
)
from eventwire.events.armed_marks import armed_doer_marks
from eventwire.events.called_protests import CALL, called_protest
from eventwire.events.cameo_codes import REJECTION
from eventwire.events.campaign_rallies import campaign_rally
from eventwire.events.content_clauses import content_clause_marks
from eventwire.events.evaluative import evaluation
from eventwire.events.feelings import felt, stated_of_subject
from eventwire.events.hyphen_marks import hyphen_marks
from eventwire.events.legal_acts import faced_charge
from eventwire.events.lexicon import NO_TRIGGER_POS, Trigger, is_agent, is_person, triggers, words
from eventwire.events.light_verbs import light_verb
from eventwire.events.manner_marks import manner_marks
from eventwire.events.matches import QUOTED_VERDICT, TriggerMatch
from eventwire.events.misparses import governed_particle
from eventwire.events.own_denials import own_denial_code
from eventwire.events.phrase_links import prep_objects
from eventwire.events.prep_marks import anti_marks, asked_marks, clause_marks
from eventwire.events.quoted_verdicts import quoted_verdict
from eventwire.events.received import RECEIVED_VERBS
from eventwire.events.reported_verdicts import verdict
from eventwire.events.ruled_triggers import judged_code, received_match, ruled_match, verdict_lemmas
from eventwire.events.stance import forecast
from eventwire.events.told_demands import told_demand
from eventwire.events.trigger_spans import noun_span, verb_span
from eventwire.events.voiced_clauses import voiced_in_clause
from eventwire.events.willingness import put_out, willed
from eventwire.events.word_classes import RECIPROCAL
from eventwire.events.word_use import is_verb, lower_lemma
from eventwire.parse.deps import PREMODIFIER_OR_OWNER_DEPS, PREPOSITION_DEPS
from eventwire.parse.nlp import read_once, tokens

VOICED = words("event_words.tsv", "voiced")  # displeasure, charges: acts only when voiced


@read_once  # each of a word's lexicon rows asks
def argument_words(head: Token) -> frozenset[str]:
    """Lemmas and forms of the words that fill a trigger's object-like slots."""
    words: set[str] = anti_marks(head)  # "an anti-Clinton speech": one against Clinton
    words |= manner_marks(head)  # "reacted angrily to": a hostile answer
    words |= armed_doer_marks(head)  # "forces hit the village": shelling, not a storm
    words |= hyphen_marks(head)  # "pepper-sprayed the crowd": the thing used on them
    words |= joined_subject_marks(head)  # "Obama and Putin spoke": each with the other
    deps = {c.dep_ for c in head.children}
    for noun in reduced_object(head):
        words |= {noun.lower_, lower_lemma(noun)}
    for child in [*head.children, *stranded(head)]:
        slots = [child]
        words |= _clause_words(head, child)
        if child.dep_ == "prep" or (child.dep_ == "dative" and child.pos_ == "ADP"):
            slots = prep_objects(child)  # "sent a team to Turkey"
            if child.lower_ in {"for", "to", "with", "about", "between", "into", "against", "from"}:
                words.add(child.lower_)
            if child.lower_ == "out" and any(c.lower_ == "of" for c in child.children):
                words.add("out of")  # "dropped out of the talks": what was left is named
            words |= prep_person_marks(child, slots) | asked_marks(child)  # "into whether he lied"
        elif child.dep_ not in ARGUMENT_DEPS:
            continue
        if (child.dep_ == "nsubjpass" and "agent" in deps) or child.dep_ == "dobj":  # "by Hall"
            words |= object_words(child)
        elif child.dep_ == "nsubjpass" and is_person(child):
            words.add(PASSIVE_PERSON)  # "she was fired": done to her, by someone not told
        for slot in slots:
            words |= {slot.lower_, lower_lemma(slot)}
            words |= {c.lower_ for c in slot.children if c.dep_ in SLOT_MODIFIERS}
            words |= {  # "amounts of hardware", "cite the aide for contempt"; a topic is none
                lower_lemma(pobj)  # ("responding to questions about complaints" answers questions)
                for prep in slot.children
                if prep.dep_ == "prep" and prep.lower_ != "about"
                for pobj in prep.children
            }
    if head.pos_ == "VERB" and not deps & OBJECT_DEPS and not reduced_object(head):
        words.add(INTRANSITIVE)  # "stood and fired": shooting, where "fired 300 workers" is not
    return frozenset(words)


def _clause_words(head: Token, child: Token) -> set[str]:
    """The argument words a clause under the trigger adds: its "for", the infinitive marks, a
    finite clause and its "that" (rows that need it: "fired back that ...")."""
    words: set[str] = set()
    if any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children):
        words.add("for")  # "a call for the United States to accept refugees"
    if infinitive := infinitive_clause(head, child):
        words.add(INFINITIVE)  # "ordered the relatives to surrender the child"
    if willed(head, child, infinitive, _first_match):
        words.add(TO_ACT)  # "willing to send troops", "open to talks"; not "to work hard"
    if child.dep_ == "ccomp" and head.pos_ == "VERB" and not infinitive:
        words.add(CLAUSE)  # "admitted (that) the name was wrong"
        words |= clause_marks(child)  # its "that", or "whether" ("examining whether he lied")
    return words | content_clause_marks(head, child)  # "his claim that Clinton lied"


def _unvoiced(noun: Token) -> bool:
    """ "levelled charges", "charges against Baker", "the charges he levelled" accuse; "public
    anger over prices" is a mood, "a $60 million charge" an amount: acts only put out by a light
    verb (`voiced_clauses`), traded between sides ("trade blame") or aimed at a party."""
    voiced = put_out(noun, light_verb) or "against someone" in argument_words(noun)
    voiced = voiced or faced_charge(noun) or voiced_in_clause(noun)  # "faces two counts"
    traded = noun.i > 0 and noun.doc[noun.i - 1].lower_ in RECIPROCAL  # "trade blame"
    return noun.lemma_.lower() in VOICED and not (voiced or traded)


def _about_someone(adjective: Token) -> bool:
    """ "is critical of Sanders", "supportive of the Ukrainian bid": a stance toward someone who
    can act, or their act, is an act; "supportive of same-sex marriage" is an opinion."""
    objects = [p for c in adjective.children if c.dep_ in PREPOSITION_DEPS for p in c.children]
    owners = [c for o in objects for c in o.children if c.dep_ in PREMODIFIER_OR_OWNER_DEPS]
    return any(is_agent(o) for o in [*objects, *owners]) or felt(adjective)  # "angry that"


def _fits(token: Token, trigger: Trigger) -> Span | None:
    if trigger.kind == "V" and (is_verb(token) or governed_particle(token, trigger.words[1:])):
        span = verb_span(token, trigger)
    elif trigger.kind == "N":
        span = None if _unvoiced(token) or campaign_rally(token) else noun_span(token, trigger)
    elif trigger.kind == "A" and stated_of_subject(token):  # "critical of", "angry at"
        intent = bool({INFINITIVE, TO_ACT} & trigger.arguments)  # "unwilling to debate"
        stance = (intent and not forecast(token)) or (not intent and _about_someone(token))
        span = verb_span(token, trigger) if stance else None
    else:
        return None
    if span is None:
        return None
    if trigger.arguments or trigger.excluded or trigger.required:
        words = argument_words(span.root)
        if (trigger.arguments and not trigger.arguments & words) or trigger.excluded & words:
            return None
        if not trigger.required <= words:
            return None
    return span


def _judgement(token: Token, lemma: str) -> TriggerMatch | None:
    """ "called Clinton a liar", "said she is absolutely right", "ruled he must resign": naming
    a wrong or a merit of someone is blame or praise, a ruling that binds them a demand or a
    restriction, "will not take part" a refusal, "will pay a price" or "would respond in kind" a
    threat, "war broke out" fighting (`events.judgement`, `events.evaluative`,
    `events.quoted_verdicts`, `events.orders`, `events.withheld`, `events.consequences`,
    `events.answered_force`, `events.outbreaks`).
    Each is read only of the lemmas it can fire on (`ruled_triggers`)."""
    if not is_verb(token):
        return None
    said = token.dep_ == "ROOT" or lemma in verdict_lemmas()
    found = None
    if said:
        found = verdict(token, _first_match) or evaluation(token, find_triggers)
        quoted = None if found else quoted_verdict(token, find_triggers)
        if quoted:  # its sides are the quote's speaker's (`events.verdict_sides`)
            return TriggerMatch.word(token, quoted, rule=QUOTED_VERDICT)
    cameo = found or judged_code(token, lemma)
    return TriggerMatch.word(token, cameo) if cameo else None


def find_triggers(sentence: Span) -> Iterator[TriggerMatch]:
    """Every trigger in the sentence, longest lexicon phrase first, never overlapping."""
    taken: set[int] = set()
    table = triggers()
    for token in tokens(sentence.doc)[sentence.start : sentence.end]:
        if token.i in taken or token.pos_ in NO_TRIGGER_POS:
            continue
        lemma = lower_lemma(token)  # each check below reads only its own lemmas, or none
        if lemma == CALL:  # "called a strike": the strike is the act
            token = called_protest(token) or token
            lemma = lower_lemma(token)
        received = received_match(token) if lemma in RECEIVED_VERBS else None
        if received is not None:  # its noun is taken too: "drew criticism" is one act
            taken.update(range(received.span.start, received.span.end))
            yield received
            continue
        obligation = (
            told_demand(token, lemma) or _judgement(token, lemma) or ruled_match(token, lemma)
        )
        if obligation is not None:
            taken.add(token.i)
            yield obligation
            continue
        for key in _lookup_keys(token, lemma, table):
            candidates = table.get(key)  # most words have no row: nothing to try
            match = _first_match(token, candidates) if candidates else None
            if match is not None and not taken & set(range(match.span.start, match.span.end)):
                taken.update(range(match.span.start, match.span.end))
                yield match
                break
        else:  # no event of its own: "'I did not send it'" may deny a charge
            if own_denial_code(token) is not None:
                yield TriggerMatch.word(token, REJECTION)


def _lookup_keys(token: Token, lemma: str, table: dict[str, list[Trigger]]) -> tuple[str, ...]:
    """The lemma, then the word as written, for a lemmatizer that misreads a trigger ("Rebels
    wound three soldiers" lemmatized as "wind"). Not when a particle shows the lemmatizer's verb
    is the phrasal one: "the files wound up on her server" is "wind up", no wounding; nor when
    the `table` has no row for the word as written (most words: no dependents to read)."""
    lower = token.lower_
    if lower == lemma or lower not in table or any(c.dep_ == "prt" for c in token.children):
        return (lemma,)
    return (lemma, lower)


def _first_match(token: Token, candidates: list[Trigger]) -> TriggerMatch | None:
    for trigger in candidates:
        span = _fits(token, trigger)
        if span is not None:
            return TriggerMatch(span.root, span, trigger.code, nominal=trigger.kind == "N")
    return None
