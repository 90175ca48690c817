"""Criticism the rules did not code, read by a learned sentence model.

Opinionated political writing criticises in a long tail of words ("her disastrous record",
"he lied", "a pathetic performance") that word-by-word rules do not cover. Where the rules
coded no ACCUSE in a sentence, a logistic regression over general features of the sentence
(VADER valences, the blame classes of `event_words.tsv`, how the most negative word attaches
to a named party, quotation and attribution, the parties named, the types the rules coded)
says whether it criticises a party. Its weights are eventwire's own small file
(`lexicons/criticism_model.json`, written by `python -m eval.criticism_model`) applied as a
plain dot product; no names or topical words are features, so it carries over to new stories.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Span, Token

from eventwire.events.attribution import Attribution
from eventwire.events.cameo_codes import ACCUSATION
from eventwire.events.lexicon import FIRST_PERSON_SUBJECTS, PERSON_PRONOUNS, reports, words
from eventwire.events.matches import TriggerMatch
from eventwire.events.participants import RoleReader
from eventwire.events.plover_types import ACCUSE
from eventwire.events.valences import overlaid, word_valence
from eventwire.lexicons import word_set
from eventwire.model import Event, Participant
from eventwire.parse.deps import NOUN_MODIFIER_DEPS, VERB_OBJECT_DEPS
from eventwire.parse.forms import word_and_lemma
from eventwire.parse.subjects import SUBJECT_DEPS, clause_subjects

MODEL_FILE = "criticism_model.json"
# Closed classes of eventwire's own lexicon that tell blame, harm or its opposite.
CLASSES = (
    "derogatory",
    "criticised",
    "wrongdoing",
    "displeased",
    "harsh",
    "shortcoming",
    "falsity",
    "fitness",
    "spoken_attack",
    "offence",
    "propriety",
    "blame_received",
    "rebutted",
    "judging_manner",
    "comment",
    "merit",
    "feeling",
    "violence",
)
BLAME = ("derogatory", "wrongdoing", "harsh", "shortcoming", "falsity", "spoken_attack")
LEAST_NEGATIVE = -1.0  # VADER valence up to which a word can carry a verdict
SECOND_PERSON = word_set("second_person")  # "you lied": a party addressed
RELATIVE_TAGS = frozenset({"WDT", "WP"})  # "that", "which", "who" as a clause's subject
PREDICATING = frozenset({"acomp", "attr", "oprd", "xcomp"})
OWNED_HEADS = NOUN_MODIFIER_DEPS

# A candidate sentence as the trainer sees it: verdict offset, features, critic and judged told.
Candidate = tuple[int, dict[str, float], bool]
_recorded: ContextVar[list[Candidate] | None] = ContextVar("criticism_candidates", default=None)


@contextmanager
def recorded_candidates() -> Iterator[list[Candidate]]:
    """Collect every candidate sentence read inside the block (for `eval.criticism_model`,
    which trains the weights on them); outside it nothing is kept."""
    found: list[Candidate] = []
    token = _recorded.set(found)
    try:
        yield found
    finally:
        _recorded.reset(token)


@dataclass(frozen=True)
class Criticism:
    """A sentence read as criticism: the word carrying the verdict and the model's reading."""

    verdict: Token
    probability: float
    features: list[str]
    critic: Participant
    judged: list[Participant]

    def match(self) -> TriggerMatch:
        """The ACCUSE trigger: the verdict word."""
        return TriggerMatch.word(self.verdict, ACCUSATION, self.verdict.pos_ == "NOUN")

    def told(self, event: Event) -> Event:
        """The event built on `match()`, with the reader's critic, judged party and confidence."""
        event.actors, event.recipients = [self.critic], self.judged
        event.confidence, event.confidence_features = self.probability, self.features
        return event


@cache
def _classes() -> dict[str, frozenset[str]]:
    return {name: words("event_words.tsv", name) for name in CLASSES}


@cache
def _valences() -> dict[str, float]:
    """VADER with eventwire's blame words at least a verdict's strength."""
    return overlaid(frozenset().union(*(_classes()[name] for name in BLAME)))


@cache
def _model() -> tuple[dict[str, float], float, float]:
    """The shipped weights, intercept and threshold."""
    model = resources.files("eventwire.lexicons").joinpath(MODEL_FILE)
    data = json.loads(model.read_text(encoding="utf-8"))
    return data["weights"], data["intercept"], data["threshold"]


def _word_classes(token: Token) -> list[str]:
    forms = word_and_lemma(token)
    return [name for name, members in _classes().items() if forms & members]


def _valence(token: Token) -> float:
    return word_valence(_valences(), token) if token.is_alpha else 0.0


def _negatives(sentence: Span) -> list[Token]:
    """The sentence's content words negative enough to judge, most negative first."""
    scored = [(_valence(t), t.i, t) for t in sentence if t.pos_ in {"ADJ", "NOUN", "VERB", "ADV"}]
    return [t for v, _, t in sorted(scored) if v <= LEAST_NEGATIVE]


def negative_links(reader: RoleReader, sentence: Span) -> dict[Token, list[tuple[str, Token]]]:
    """The sentence's negative words, most negative first, each with how it attaches to a party
    (`_links`): read once for the verdict word, the features and the party judged."""
    return {t: _links(reader, t) for t in _negatives(sentence)}


def verdict_word(links: dict[Token, list[tuple[str, Token]]]) -> Token | None:
    """The most negative word that attaches to a party, else the most negative word."""
    linked = [t for t, found in links.items() if found]
    return (linked or list(links) or [None])[0]


def _is_party(reader: RoleReader, token: Token) -> bool:
    """A named actor mention or a personal pronoun for one."""
    return reader.mention_at(token) is not None or token.lower_ in PERSON_PRONOUNS


def _links(reader: RoleReader, verdict: Token) -> list[tuple[str, Token]]:
    """How the verdict word attaches to a party: predicated of, owned by, aimed at, done by."""
    links: list[tuple[str, Token]] = []
    head = verdict.head
    if verdict.dep_ in PREDICATING:
        subjects = [_antecedent(c) for c in clause_subjects(head)]
        links += [("predicates", c) for c in subjects]  # "Smith is incompetent"
        links += [("predicates owned", g) for c in subjects for g in c.children if g.dep_ == "poss"]
        links += [("predicates owned", d) for c in subjects for d in _doers(c)]  # "the deal X cut"
    if verdict.dep_ in OWNED_HEADS:
        links += [("modifies owned", c) for c in head.children if c.dep_ == "poss"]
        links += [("modifies owned", d) for d in _doers(head)]
        if _is_party(reader, head):
            links.append(("modifies", head))
        if head.dep_ in {"dobj", "attr"}:  # "he had a disastrous record"
            links += [("modifies held", c) for c in head.head.children if c.dep_ == "nsubj"]
    for child in verdict.children:
        if child.dep_ == "poss":
            links.append(("possessed", child))
        elif child.dep_ in VERB_OBJECT_DEPS:
            links.append(("object", child))
        elif child.dep_ in SUBJECT_DEPS:
            links.append(("subject", child))
        elif child.dep_ == "agent":  # "jobs stolen by China": the passive's doer
            links += [("subject", g) for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ == "prep":
            links += [("prep", g) for g in child.children if g.dep_ == "pobj"]
    return [(kind, t) for kind, t in links if _is_party(reader, t)]


def _antecedent(subject: Token) -> Token:
    """The noun a relative word subject stands for ("decisions that were bad": "decisions")."""
    clause = subject.head
    if subject.tag_ in RELATIVE_TAGS and clause.dep_ == "relcl":
        return clause.head
    return subject


def _doers(noun: Token) -> list[Token]:
    """Who did the deed a relative clause tells on `noun` ("the decisions she made", "the deal
    X signed"): the active, unnegated clause's own subject, which then owns the deed as a
    possessor would. A passive or a clause whose subject is the relative word ("that hit him")
    tells no doer of the noun."""
    doers: list[Token] = []
    for clause in (c for c in noun.children if c.dep_ == "relcl" and c.pos_ in {"VERB", "AUX"}):
        deps = {c.dep_ for c in clause.children}
        if deps & {"nsubjpass", "auxpass", "neg"}:
            continue
        doers += [c for c in clause.children if c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS]
    return doers


def _speaking(sentence: Span) -> list[Token]:
    return [t for t in sentence if t.pos_ == "VERB" and reports(t)]


def sentence_features(
    sentence: Span,
    verdict: Token,
    links: dict[Token, list[tuple[str, Token]]],
    reader: RoleReader,
    attribution: Attribution,
    coded: list[str],
) -> dict[str, float]:
    """General features of a sentence and its verdict word (`links`: `negative_links`): no
    names, no topical words."""
    valences = [_valence(t) for t in sentence]
    features: dict[str, float] = {
        "strongest negative": -min(valences) / 4,
        "negative words": min(sum(v <= -1.5 for v in valences), 4) / 4,
        "strong negative words": min(sum(v <= -2.5 for v in valences), 3) / 3,
        "positive words": min(sum(v >= 1.5 for v in valences), 4) / 4,
        f"verdict dep={verdict.dep_}": 1.0,
        f"verdict pos={verdict.pos_}": 1.0,
        "verdict quoted": float(attribution.in_quotation(verdict)),
        "headline": float(sentence.start == 0),
        "question": float(sentence.text.rstrip().endswith("?")),
        "negation": float(any(t.dep_ == "neg" for t in sentence)),
        "second person": float(any(t.lower_ in SECOND_PERSON for t in sentence)),
        "first person": float(any(t.lower_ in FIRST_PERSON_SUBJECTS for t in sentence)),
        "speech verb": float(bool(_speaking(sentence))),
        "long": min(len(sentence), 60) / 60,
        "linked negatives": min(sum(bool(found) for found in links.values()), 3) / 3,
        "verdict in quote of a party": float(reader.speaker(verdict) is not None),
        "party subject": float(any(_is_party(reader, c) for c in clause_subjects(sentence.root))),
    }
    features.update(_class_features(sentence, verdict))
    features.update(_party_features(sentence, links[verdict], reader))
    features.update({f"coded={kind}": 1.0 for kind in coded})
    features["coded none"] = float(not coded)
    return features | _crossed(features)


def _class_features(sentence: Span, verdict: Token) -> dict[str, float]:
    """The closed, general word classes of the root, the verdict and the sentence's words,
    and the verdict's valence: the lemma only of a verdict word in such a class."""
    features = {f"root class={name}": 1.0 for name in _word_classes(sentence.root)}
    classes = _word_classes(verdict)
    features["verdict valence"] = -_valence(verdict) / 4
    features["verdict class=none"] = float(not classes)
    for name in classes:
        features[f"verdict class={name}"] = 1.0
        features[f"verdict word={verdict.lemma_.lower()}"] = 1.0
    for token in sentence:
        for name in _word_classes(token):
            features[f"class={name}"] = min(features.get(f"class={name}", 0.0) + 0.5, 1.0)
    return features


def _party_features(
    sentence: Span, verdict_links: list[tuple[str, Token]], reader: RoleReader
) -> dict[str, float]:
    """How the verdict links to a party, and how many parties the sentence names."""
    features: dict[str, float] = {}
    for kind, party in verdict_links:
        features[f"link={kind}"] = 1.0
        features["link to pronoun"] = float(party.pos_ == "PRON")
    mentions = {m.id for t in sentence if (m := reader.mention_at(t)) is not None}
    features["mentions"] = min(len(mentions), 4) / 4
    features["person names"] = float(any(t.ent_type_ == "PERSON" for t in sentence))
    features["org names"] = float(any(t.ent_type_ in {"ORG", "NORP"} for t in sentence))
    return features


def _crossed(features: dict[str, float]) -> dict[str, float]:
    """Pairs the linear model cannot add up: blame that is spoken, blame aimed at a party."""
    blamed = any(features.get(f"class={name}", 0.0) for name in BLAME)
    spoken = bool(features["verdict quoted"] or features["speech verb"])
    linked = bool(features["linked negatives"])
    violent = bool(features.get("class=violence", 0.0))
    return {
        "blame & spoken": float(blamed and spoken),
        "blame & linked": float(blamed and linked),
        "linked & spoken": float(linked and spoken),
        "blame without violence": float(blamed and not violent),
    }


def criticism(
    sentence: Span, reader: RoleReader, attribution: Attribution, coded: list[Event]
) -> Criticism | None:
    """The sentence read as criticism where the rules coded no ACCUSE in it, someone is told
    speaking it and a party is told judged by it, else None."""
    if any(e.type == ACCUSE for e in coded):
        return None
    links = negative_links(reader, sentence)
    verdict = verdict_word(links)
    if verdict is None:
        return None
    critic = _critic(reader, verdict)
    judged = _judged(reader, links[verdict], critic) if critic is not None else []
    if critic is not None and not judged:
        judged = _holder_judged(reader, verdict, critic)
    recorded = _recorded.get()
    if recorded is None and not judged:  # no act to weigh and no trainer to feed
        return None
    coded_types = [e.type for e in coded]
    features = sentence_features(sentence, verdict, links, reader, attribution, coded_types)
    if recorded is not None:
        recorded.append((verdict.idx, features, bool(judged)))
    if critic is None or not judged:  # on unlabelled news a verdict told of no party was no act
        return None
    weights, intercept, threshold = _model()
    parts = {k: v * weights[k] for k, v in features.items() if k in weights}
    probability = 1 / (1 + math.exp(-(intercept + sum(parts.values()))))
    if probability < threshold:
        return None
    top = sorted((k for k in parts if parts[k] > 0), key=lambda k: -parts[k])[:3]
    return Criticism(verdict, round(probability, 3), ["learned_criticism", *top], critic, judged)


# Which party a verdict word judges, most direct first: "X is a fraud", "X's record is
# disgraceful", "X's disastrous record", "X cheated". An adjective on the party noun itself
# mostly classes it ("illegal immigrants", "the worst activists"), so it judges no one here.
JUDGED_LINKS = (
    "predicates",
    "predicates owned",
    "possessed",
    "modifies owned",
    "subject",
)


def _judged(
    reader: RoleReader, links: list[tuple[str, Token]], critic: Participant
) -> list[Participant]:
    """The party the verdict word (attached by `links`) is predicated of, owned by or told of,
    other than its critic; none when unclear."""
    for kind in JUDGED_LINKS:
        for party in (t for found_kind, t in links if found_kind == kind):
            found = [p for p in reader.phrase(party) if p.name != critic.name]
            if found:
                return found[:1]
    return []


# What a named party is or has, told by a critic: "Reeve is a dangerous man", "the ministry has
# an atrocious record". Other verbs holding a verdict object mostly tell acts or needs ("making
# a mistake here", "need lectures"), so only a copula or "have" makes its subject the judged one.
HOLDING_LEMMAS = frozenset({"be", "have"})
NAMED_PARTY_TYPES = frozenset({"PERSON", "ORG", "GPE"})  # no NORP: "Americans" is generic


def _holder_judged(reader: RoleReader, verdict: Token, critic: Participant) -> list[Participant]:
    """The named party a copula or "have" makes hold the verdict's noun phrase ("X is a
    disgraceful liar", "X and Y have terrible records"), unless the clause is negated or asked, or
    its subject is a pronoun or a group named by a plural people's noun."""
    held = verdict.head if verdict.dep_ == "amod" else verdict
    verb = held.head
    if held.dep_ not in {"dobj", "attr"} or verb.lemma_ not in HOLDING_LEMMAS:
        return []
    if any(t.text == "?" for t in verb.sent) or any(c.dep_ == "neg" for c in verb.children):
        return []
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.pos_ == "PROPN" and subject.ent_type_ in NAMED_PARTY_TYPES:
            return [p for p in reader.phrase(subject) if p.name != critic.name]  # "X and Y"
    return []


def _critic(reader: RoleReader, verdict: Token) -> Participant | None:
    """Who speaks the verdict: the quote's speaker, else the subject of the verb reporting it."""
    speaker = reader.speaker(verdict)
    if speaker is not None:
        return speaker
    ancestors = set(verdict.ancestors)
    verbs = sorted(_speaking(verdict.sent), key=lambda v: v not in ancestors)
    for verb in verbs:
        found = [p for s in clause_subjects(verb) if s.dep_ == "nsubj" for p in reader.phrase(s)]
        if found:
            return found[0]
    return None
