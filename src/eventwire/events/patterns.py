"""Find event triggers in a parsed sentence: verbs (with particles), nouns and noun phrases.

A verb trigger must be used as a verb and a noun trigger as a noun; the parser's dependency label
decides when its part-of-speech tag is unsure ("drills" tagged as a verb but used as a subject).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Span, Token

from eventwire.events.acted_modifiers import acted_modifier
from eventwire.events.bids import told_imperative
from eventwire.events.called_protests import CALL, called_protest
from eventwire.events.campaign_rallies import campaign_rally
from eventwire.events.counted_people import counted_agents
from eventwire.events.demands import (
    HOPING,
    WISHING,
    quoted_obligation,
    stated_obligation,
    unwished,
    wished_of_another,
)
from eventwire.events.evaluative import evaluation
from eventwire.events.feelings import felt, stated_of_subject
from eventwire.events.gone_on import gone_on
from eventwire.events.legal_acts import faced_charge
from eventwire.events.lexicon import (
    LIGHT_VERBS,
    NO_TRIGGER_POS,
    Trigger,
    is_agent,
    is_person,
    pronoun_owner,
    reporting_lemmas,
    triggers,
    words,
)
from eventwire.events.matches import TriggerMatch
from eventwire.events.misparses import governed_particle, hung_clause
from eventwire.events.own_denials import DENY, own_denial_code
from eventwire.events.particles import dated
from eventwire.events.person_names import names_a_person
from eventwire.events.phrase_links import prep_objects
from eventwire.events.prep_marks import anti_marks, asked_marks, clause_marks, owner_marks
from eventwire.events.received import RECEIVED_VERBS
from eventwire.events.reported_verdicts import verdict
from eventwire.events.ruled_triggers import (
    judged_code,
    received_match,
    ruled_match,
    verdict_lemmas,
)
from eventwire.events.stance import forecast, light_phrase
from eventwire.events.suggestions import COUNSEL, SUGGESTING, spelled_out_advice, suggested_request
from eventwire.events.voiced_clauses import voiced_in_clause
from eventwire.events.willingness import put_out, willed
from eventwire.lexicons import word_set
from eventwire.parse.nlp import read_once, tokens
from eventwire.parse.subjects import SUBJECT_DEPS, clause_subjects, has_subject

NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "compound", "npadvmod"}
EVENT_HEADS = words("event_words.tsv", "event_head")
NAME_ENTITIES = {"ORG", "FAC", "WORK_OF_ART", "LAW", "PRODUCT", "EVENT"}
PARTICLE_DEPS = {"prt", "prep", "advmod", "agent"}  # "stand together", "stood by him" (agent)
VOICED = words("event_words.tsv", "voiced")  # displeasure, charges: acts only when voiced
RECIPROCAL = words("event_words.tsv", "reciprocal")  # trade, exchange: traded between sides
LIGHT_OBJECT_DEPS = {"dobj", "nsubjpass"}
PATIENT_DEPS = LIGHT_OBJECT_DEPS  # a relative pronoun standing for the one acted on
INFINITIVE = "to-verb"  # argument word for an infinitive complement, as the lexicon writes it
TO_ACT = "to-act"  # argument word for an infinitive complement that is itself an event trigger
INTRANSITIVE = "intransitive"  # argument word for an active verb with no object ("began firing")
PERSON = "a person"  # argument word for a named person or political title ("hit Clinton with ads")
PASSIVE_PERSON = "a passive person"  # such a person as a passive subject with no doer ("was fired")
CLAUSE = "a clause"  # argument word for a finite complement clause ("admitted that it was wrong")
KIN = word_set("kin_noun")  # brother, sister: people a pronoun "owns"
OWN = "own thing"  # argument word for a thing the subject's pronoun owns ("defended his record")
OBJECT_DEPS = {"dobj", "nsubjpass", "auxpass", "dative", "attr", "oprd", "ccomp", "xcomp"}
# and the "$" of "$75,000"; "neg": the "not" of "pleaded not guilty"
SLOT_MODIFIERS = {"compound", "amod", "nmod", "quantmod", "neg"}
# "acomp": "pleaded innocent" (the plea is read from its adjective)
ARGUMENT_DEPS = {"dobj", "nsubjpass", "attr", "oprd", "acomp", "compound", "amod", "nmod", "poss"}


def _is_verb(token: Token) -> bool:
    """A verb used as a verb, not as a noun or adjective ("alleged", save an `acted_modifier`),
    or a `hung_clause`."""
    verbal = token.dep_ not in NOMINAL_DEPS and (token.dep_ != "amod" or acted_modifier(token))
    return token.pos_ in {"VERB", "AUX"} and (verbal or hung_clause(token))


def _is_noun(token: Token) -> bool:
    if token.ent_type_ in {"DATE", "TIME"}:
        return False  # "March 3" is a date, not a march
    if token.pos_ == "X" and token.dep_ in NOMINAL_DEPS:
        return True  # a borrowed word the tagger leaves unknown ("coup d'etat")
    gerund = token.tag_ == "VBG" and token.dep_ in SUBJECT_DEPS  # "Fighting erupted"
    verbal = token.dep_ in NOMINAL_DEPS and token.tag_ in {"VBZ", "NNS"}  # "talks", "drills"
    return token.pos_ in {"NOUN", "PROPN"} or (token.pos_ == "VERB" and (verbal or gerund))


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _reduced_object(verb: Token) -> list[Token]:
    """ "response teams sent to the two countries", "a suspect handed over to Kenya": a past
    participle that modifies a noun has that noun as its object (a reduced passive relative),
    as a relative clause whose pronoun is its patient has ("a station which was shut down")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return [verb.head]
    patient = any(c.dep_ in PATIENT_DEPS and c.tag_ in {"WDT", "WP"} for c in verb.children)
    if verb.dep_ == "relcl" and patient:
        return [verb.head, *(c for c in verb.head.children if c.dep_ == "compound")]
    return _raised_patient(verb)


def _raised_patient(verb: Token) -> list[Token]:
    """ "troops are expected to be committed to the operation": a passive infinitive with no
    subject of its own is done to the subject of the verb it completes (the parse may read
    the participle as the complement of "be")."""
    if verb.dep_ == "acomp" and verb.tag_ == "VBN" and verb.head.lemma_ == "be":
        verb = verb.head
    elif not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    if verb.dep_ != "xcomp" or has_subject(verb):
        return []
    return clause_subjects(verb.head)


@read_once  # each of a word's lexicon rows asks
def argument_words(head: Token) -> frozenset[str]:
    """Lemmas and forms of the words that fill a trigger's object-like slots."""
    words: set[str] = anti_marks(head)  # "an anti-Clinton speech": one against Clinton
    deps = {c.dep_ for c in head.children}
    for noun in _reduced_object(head):
        words |= {noun.lower_, _lemma(noun)}
    for child in [*head.children, *_stranded(head)]:
        slots = [child]
        words |= _clause_words(head, child)
        if child.dep_ == "prep" or (child.dep_ == "dative" and child.pos_ == "ADP"):
            slots = prep_objects(child)  # "sent a team to Turkey"
            if child.lower_ in {"for", "to", "with", "about", "between", "into", "against", "from"}:
                words.add(child.lower_)
            if child.lower_ == "out" and any(c.lower_ == "of" for c in child.children):
                words.add("out of")  # "dropped out of the talks": what was left is named
            words |= _prep_marks(child, slots) | asked_marks(child)  # "into whether he lied"
        elif child.dep_ not in ARGUMENT_DEPS:
            continue
        if (child.dep_ == "nsubjpass" and "agent" in deps) or child.dep_ == "dobj":  # "by Hall"
            words |= _object_words(child)
        elif child.dep_ == "nsubjpass" and is_person(child):
            words.add(PASSIVE_PERSON)  # "she was fired": done to her, by someone not told
        for slot in slots:
            words |= {slot.lower_, _lemma(slot)}
            words |= {c.lower_ for c in slot.children if c.dep_ in SLOT_MODIFIERS}
            words |= {  # "amounts of hardware", "cite the aide for contempt"; a topic is none
                _lemma(pobj)  # ("responding to questions about complaints" answers questions)
                for prep in slot.children
                if prep.dep_ == "prep" and prep.lower_ != "about"
                for pobj in prep.children
            }
    if head.pos_ == "VERB" and not deps & OBJECT_DEPS and not _reduced_object(head):
        words.add(INTRANSITIVE)  # "stood and fired": shooting, where "fired 300 workers" is not
    return frozenset(words)


def _clause_words(head: Token, child: Token) -> set[str]:
    """The argument words a clause under the trigger adds: its "for", the infinitive marks, a
    finite clause and its "that" (rows that need it: "fired back that ...")."""
    words: set[str] = set()
    if any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children):
        words.add("for")  # "a call for the United States to accept refugees"
    if infinitive := _infinitive(head, child):
        words.add(INFINITIVE)  # "ordered the relatives to surrender the child"
    if willed(head, child, infinitive, _first_match):
        words.add(TO_ACT)  # "willing to send troops", "open to talks"; not "to work hard"
    if child.dep_ == "ccomp" and head.pos_ == "VERB" and not infinitive:
        words.add(CLAUSE)  # "admitted (that) the name was wrong"
        words |= clause_marks(child)  # its "that", or "whether" ("examining whether he lied")
    return words


def _prep_marks(prep: Token, slots: list[Token]) -> set[str]:
    """ "with someone", "at a person": who the preposition's objects are ("spoke with Putin",
    not "with anonymity"; "hit back at the governor")."""
    marks = {f"{prep.lower_} someone"} if any(is_agent(s) for s in slots) else set()
    marks |= owner_marks(prep, slots)  # "a dig at the governor's remarks"
    return marks | ({f"{prep.lower_} {PERSON}"} if any(is_person(s) for s in slots) else set())


def _object_words(obj: Token) -> set[str]:
    """The argument words that say who or what a direct object is; an idiom noun's own phrase
    says whom the act is aimed at ("drew a contrast with Jones", "cast aspersions on him")."""
    words = {m for p in obj.children if p.dep_ == "prep" for m in _prep_marks(p, prep_objects(p))}
    if is_agent(obj) or counted_agents(obj):
        words.add("someone")  # "assured him": done to someone who can act
    if is_person(obj):
        words.add(PERSON)  # "hit Clinton with ads": words, not blows, at a person
    if _owned_thing(obj):
        words.add(OWN)  # "defended his record": his own act, no party backed
    return words


def _owned_thing(noun: Token) -> bool:
    """ "his record": a thing, not one who can act nor kin ("his brother"), a pronoun owns."""
    return pronoun_owner(noun) is not None and not is_agent(noun) and noun.lemma_.lower() not in KIN


def _infinitive(head: Token, child: Token) -> bool:
    """A "to" clause that completes the trigger: a verb's ("ordered them to surrender") or a
    noun's ("an appeal to end the fighting"; after a light verb the parser may hang it on the
    verb: "filed an appeal to keep the boy"), or one parsed as a clause ("welcomes firms to
    invest"); not a clause's "to" phrase ("admitted he sent files to reporters")."""
    deps = {"xcomp", "ccomp"} if head.pos_ != "NOUN" else {"acl", "advcl"}
    return child.dep_ in deps and any(a.lower_ == "to" and a.dep_ != "prep" for a in child.children)


def _stranded(noun: Token) -> list[Token]:
    """ "renewed their calls for Clinton to step aside", "voiced opposition to the plan": the
    parser hangs the clause, or a light verb's phrase, right after an object noun on its verb."""
    if noun.pos_ != "NOUN" or noun.dep_ not in LIGHT_OBJECT_DEPS:
        return []
    after = noun.right_edge.i + 1
    found = [c for c in noun.head.children if c.dep_ == "advcl" and c.left_edge.i == after]
    return found + light_phrase(noun)


def _verb_match(token: Token, trigger: Trigger) -> Span | None:
    """A verb lemma, plus its particle or preposition when the trigger names one."""
    if len(trigger.words) == 1:
        return token.doc[token.i : token.i + 1]
    particle = trigger.words[1]
    for child in token.children:
        if child.dep_ in PARTICLE_DEPS and child.lower_ == particle and not dated(child):
            start, end = sorted((token.i, child.i))
            return (
                token.doc[start : end + 1] if end - start <= 3 else token.doc[token.i : token.i + 1]
            )
    return None


def _noun_match(token: Token, trigger: Trigger) -> Span | None:
    """A noun lemma, or a phrase of lemmas that starts at this token."""
    doc, size = token.doc, len(trigger.words)
    window = doc[token.i : token.i + size]
    if len(window) != size:
        return None
    lowers = tuple(t.lower_ for t in window)
    if trigger.words not in {lowers, (*lowers[:-1], _lemma(window[-1]))}:
        return None
    if window.end < len(doc) and doc[window.end].text == "-":
        return None  # "war-torn", "strike-hit": a modifier, not the event
    root = window.root
    if root.dep_ == "compound" and root.head.lemma_.lower() not in EVENT_HEADS:
        return None  # "riot police": names the police, not a riot
    if (root.pos_ == "PROPN" and root.ent_type_ in NAME_ENTITIES) or names_a_person(root):
        return None  # "the Federal Bureau of Investigation", "the Paris Agreement": a name
    return window if _is_noun(window.root) else None


def light_verb(noun: Token) -> Token | None:
    """The light verb that puts the noun out ("staged a coup", "went on the offensive")."""
    verb = noun.head
    if (
        noun.dep_ in LIGHT_OBJECT_DEPS
        and verb.pos_ == "VERB"
        and {verb.lemma_.lower(), verb.lower_} & LIGHT_VERBS
    ):
        return verb
    return gone_on(noun)  # "went on the offensive against Cruz"


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
    objects = [p for c in adjective.children if c.dep_ in {"prep", "agent"} for p in c.children]
    owners = [c for o in objects for c in o.children if c.dep_ in {"poss", "amod", "compound"}]
    return any(is_agent(o) for o in [*objects, *owners]) or felt(adjective)  # "angry that"


def _fits(token: Token, trigger: Trigger) -> Span | None:
    if trigger.kind == "V" and (_is_verb(token) or governed_particle(token, trigger.words[1:])):
        span = _verb_match(token, trigger)
    elif trigger.kind == "N":
        span = None if _unvoiced(token) or campaign_rally(token) else _noun_match(token, trigger)
    elif trigger.kind == "A" and stated_of_subject(token):  # "critical of", "angry at"
        intent = bool({INFINITIVE, TO_ACT} & trigger.arguments)  # "unwilling to debate"
        stance = (intent and not forecast(token)) or (not intent and _about_someone(token))
        span = _verb_match(token, trigger) if stance else None
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


def _demand(token: Token, lemma: str) -> TriggerMatch | None:
    """A demand told with no demand word (`events.demands`, `events.bids`): "X said Y must
    withdraw", by a reporting verb, "wants Mexico to pay", by a verb of wishing, or an
    imperative told to someone. `lemma`: the word's, as the search read it."""
    if token.dep_ != "ROOT" and lemma not in _demand_lemmas():
        return None  # a quoted sentence's duty is read on its root verb, whatever its lemma
    if stated_obligation(token) or suggested_request(token):  # "suggested that he resign"
        return TriggerMatch.word(token, "100")
    if _is_verb(token) and wished_of_another(token):  # "did not want troops sent": a refusal
        return TriggerMatch.word(token, "120" if unwished(token) else "100")
    # "'All states must work together.'"; '"Do not underestimate him," Reid told Democrats'
    if (_is_verb(token) and quoted_obligation(token)) or told_imperative(token):
        return TriggerMatch.word(token, "100")
    if spelled_out_advice(token):  # "some advice for Democrats: don't underestimate him"
        return TriggerMatch.word(token, "100", nominal=True)
    return None


@cache
def _demand_lemmas() -> frozenset[str]:
    """The only lemmas `_demand` reads besides a root verb's: reporting verbs, verbs of
    wishing and hoping, words of advice."""
    return reporting_lemmas() | WISHING | HOPING | SUGGESTING | COUNSEL


def _judgement(token: Token, lemma: str) -> TriggerMatch | None:
    """ "called Clinton a liar", "said she is absolutely right", "ruled he must resign": naming
    a wrong or a merit of someone is blame or praise, a ruling that binds them a demand or a
    restriction, "will not take part" a refusal, "will pay a price" or "would respond in kind" a
    threat, "war broke out" fighting (`events.judgement`, `events.evaluative`, `events.orders`,
    `events.withheld`, `events.consequences`, `events.answered_force`, `events.outbreaks`).
    Each is read only of the lemmas it can fire on (`ruled_triggers`)."""
    if not _is_verb(token):
        return None
    said = token.dep_ == "ROOT" or lemma in verdict_lemmas()
    found = (verdict(token, _first_match) or evaluation(token, find_triggers)) if said else None
    cameo = found or judged_code(token, lemma)
    return TriggerMatch.word(token, cameo) if cameo else None


def find_triggers(sentence: Span) -> Iterator[TriggerMatch]:
    """Every trigger in the sentence, longest lexicon phrase first, never overlapping."""
    taken: set[int] = set()
    table = triggers()
    for token in tokens(sentence.doc)[sentence.start : sentence.end]:
        if token.i in taken or token.pos_ in NO_TRIGGER_POS:
            continue
        lemma = _lemma(token)  # each check below reads only its own lemmas, or none
        if lemma == CALL:  # "called a strike": the strike is the act
            token = called_protest(token) or token
            lemma = _lemma(token)
        received = received_match(token) if lemma in RECEIVED_VERBS else None
        if received is not None:  # its noun is taken too: "drew criticism" is one act
            taken.update(range(received.span.start, received.span.end))
            yield received
            continue
        obligation = _demand(token, lemma) or _judgement(token, lemma) or ruled_match(token, lemma)
        if obligation is not None:
            taken.add(token.i)
            yield obligation
            continue
        lower = token.lower_
        for key in (lemma,) if lower == lemma else (lemma, lower):
            candidates = table.get(key)  # most words have no row: nothing to try
            match = _first_match(token, candidates) if candidates else None
            if match is not None and not taken & set(range(match.span.start, match.span.end)):
                taken.update(range(match.span.start, match.span.end))
                yield match
                break
        else:  # no event of its own: "'I did not send it'" may deny a charge
            if own_denial_code(token) is not None:
                yield TriggerMatch.word(token, DENY)


def _first_match(token: Token, candidates: list[Trigger]) -> TriggerMatch | None:
    for trigger in candidates:
        span = _fits(token, trigger)
        if span is not None:
            return TriggerMatch(span.root, span, trigger.code, nominal=trigger.kind == "N")
    return None
