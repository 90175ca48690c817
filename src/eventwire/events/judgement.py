"""Accusation and praise told as a judgement of someone, whatever verb reports it.

PLOVER codes the speech act: "called Clinton a liar", "said Trump lied" and "said the senator
was responsible for the attack" accuse; "said she is absolutely right" and "called him a great
friend" praise. The judgement is read from the naming verb's complement or the reported
clause's predicate, with eventwire's lexicons of wrongs and merits (`event_words.tsv`).
"""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Token

from eventwire.events.admired import admired
from eventwire.events.as_verdicts import referred
from eventwire.events.cameo_codes import ACCUSATION, PRAISE
from eventwire.events.denials import ASSURING, denial
from eventwire.events.held_views import denied_view, held_view, reported_by, reported_clauses
from eventwire.events.judged_conduct import (
    concealed,
    condemned_manner,
    falsehood_passed,
    truth_withheld,
)
from eventwire.events.judged_words import MERIT, PLACE_OR_PEOPLE_ENTITIES, judged
from eventwire.events.lexicon import CONDUCT, is_agent, reports, words
from eventwire.events.named_verdicts import (
    SELF_OR_NONE,
    authored_wrong,
    cast_as,
    compared_to,
    named_as,
    names_a_thing,
    scare_quoted,
)
from eventwire.events.negation import NEGATIONS
from eventwire.events.owned_faults import owned_fault
from eventwire.events.owned_verdicts import relative_doer
from eventwire.events.painted_rivals import painted_rival
from eventwire.events.quoted_roots import quoted_root_verb
from eventwire.events.reported_blame import reported_blame
from eventwire.events.said_of import judged_after_of
from eventwire.events.sold_trust import trust_sold
from eventwire.events.spoken_ill import spoken_ill_of
from eventwire.events.unserved import served_no_one
from eventwire.events.verb_arguments import objects
from eventwire.events.word_classes import CASTING, HARSH, NAMING, WRONGDOING
from eventwire.lexicons import word_set
from eventwire.parse.coordination import has_conjunct
from eventwire.parse.deps import PREDICATE_OR_RESULT_DEPS
from eventwire.parse.nlp import AUTHOR_ENTITIES
from eventwire.parse.plurals import PLURAL_NOUN_TAGS
from eventwire.parse.subjects import SUBJECT_DEPS

COMPARING = words("event_words.tsv", "comparing")  # "likened the refugees to a vicious snake"
JUDGEMENTS = ((WRONGDOING, ACCUSATION), (MERIT, PRAISE))  # CAMEO: accuse, praise
STANDING_FOR = word_set("pointing_pronoun")  # " 'It is a disgrace,' she said of his ad": the ad
COPULAR_VERBS = words("event_words.tsv", "copular_object")  # "would make a great president"
POSED = words("event_words.tsv", "posed_wrong")  # "poses a threat", "constitutes an abuse"
CAUSING = words("event_words.tsv", "harm_causing")  # "caused death", "brought chaos"
EXCESS = word_set("excess_degree")
HARMS = words("event_words.tsv", "harm")  # "caused death", "created chaos"
JUDGING = NAMING | COMPARING | CASTING | ASSURING  # verbs besides reporting ones that judge


def judgement(verb: Token) -> str | None:
    """The CAMEO code of the judgement a naming or reporting verb passes on someone, or that
    a quoted sentence passes ("“He is a liar,” she said" over two sentences), if any."""
    lemma = verb.lemma_.lower()
    quoted_root = quoted_root_verb(verb)  # once, not per vocabulary
    reporting = reports(verb)  # a cue-row reading: once too
    if not quoted_root and lemma not in JUDGING and not reporting:
        return None  # asked of every verb: most pass no judgement, nor deny anything
    admitted = owned_fault(verb) if reporting else None  # "he said he made a mistake"
    if admitted is not None:
        return admitted
    of_named = reporting and bool(judged_after_of(verb))  # "she said of his ad"
    quoted = [_Clause(c) for c in [verb, *held_view(verb)]] if quoted_root else []
    told = [_Clause(c, of_named) for c in reported_clauses(verb)] if reporting else []
    told = [clause for clause in told if clause.head.dep_ == "ccomp"]  # "(said) Trump lied"
    for vocabulary, cameo in JUDGEMENTS:
        if any(_said_of(clause, vocabulary) for clause in quoted):
            return cameo
        named = (
            lemma in NAMING
            and not names_a_thing(verb)
            and (vocabulary is not MERIT or _names_a_party(verb))
            and any(
                judged(c, vocabulary) or (vocabulary is WRONGDOING and scare_quoted(c, verb))
                for c in [
                    *(c for c in verb.children if c.dep_ in PREDICATE_OR_RESULT_DEPS),
                    *named_as(verb),
                ]
            )
        ) or (lemma in COMPARING and any(judged(c, vocabulary) for c in compared_to(verb)))
        cast = lemma in CASTING and (vocabulary is WRONGDOING or not referred(verb))
        named = named or (cast and any(judged(c, vocabulary) for c in cast_as(verb)))
        named = named or (vocabulary is WRONGDOING and authored_wrong(verb))
        named = named or (vocabulary is WRONGDOING and painted_rival(verb))
        named = named or (vocabulary is WRONGDOING and bool(spoken_ill_of(verb)))
        said = any(_said_of(clause, vocabulary) for clause in told)
        if named or said:
            return cameo
    return denial(verb, quoted_root)  # "said the report was false": a denial, not a verdict


class _Clause:
    """A quoted or reported clause ("(said) Trump lied", "(said) she is a liar") with what it
    tells whatever the vocabulary, each read at most once though `JUDGEMENTS` asks twice;
    `of_named`: the report names whom "it" or "that" stands for ("said of Smith's ad")."""

    def __init__(self, head: Token, of_named: bool = False) -> None:
        self.head = head
        self.of_named = of_named

    @cached_property
    def predicates(self) -> list[Token]:
        return [c for c in self.head.children if c.dep_ in PREDICATE_OR_RESULT_DEPS]

    @cached_property
    def negated(self) -> bool:
        """The negation may hang on the predicate ("is not smart enough")."""
        return any(c.dep_ == "neg" for w in [self.head, *self.predicates] for c in w.children)

    @cached_property
    def denied(self) -> bool:
        return denied_view(self.head)  # "I don't think she is qualified"

    @cached_property
    def of_party(self) -> bool:
        return _of_party(self.head, self.of_named)


def _said_of(told: _Clause, vocabulary: frozenset[str]) -> bool:
    """A clause about someone else who can act, not negated, whose predicate is in the
    vocabulary ("the plan is good" judges no one); a merit denied is no praise (`evaluative`
    reads it as a charge)."""
    clause, predicates = told.head, told.predicates
    if vocabulary is WRONGDOING and truth_withheld(clause):  # "he's not telling the truth"
        return told.of_party
    if vocabulary is WRONGDOING and served_no_one(clause):  # "has never done anything for us"
        return told.of_party
    if told.negated:
        return False
    if vocabulary is MERIT and _excessive(predicates):
        return False  # "(complained) that Cruz is too principled": a fault, not praise
    if told.denied:
        return False
    of_party = told.of_party
    if vocabulary is WRONGDOING and reported_blame(clause, vocabulary, of_party):
        return True  # "helped incite", "were betrayed by the government", "has no place in"
    if vocabulary is MERIT and admired(clause):
        return True  # "I am an enormous fan of the pope"
    if not of_party:
        return False
    if vocabulary is MERIT and _harsh_of_a_thing(clause, predicates):
        return False  # "Turkey's fall in exports was sharp": a size, no merit of Turkey
    deps = PREDICATE_OR_RESULT_DEPS | (
        {"dobj"} if _names_what_one_is(clause, vocabulary) else set()
    )
    return (
        judged(clause, vocabulary)
        or any(
            c.dep_ in deps and not denied_by_determiner(c) and judged(c, vocabulary)
            for c in clause.children
        )
        or (vocabulary is WRONGDOING and _wrong_conduct(clause))
    )


def _harsh_of_a_thing(clause: Token, predicates: list[Token]) -> bool:
    """A merit word that is a harsh word too ("sharp") praises a party itself ("he's sharp");
    said of a thing a party owns it tells a size or a tone ("its fall was sharp") (review70)."""
    harsh = any(p.lemma_.lower() in HARSH for p in predicates)
    return harsh and not any(is_agent(s) for s in clause.children if s.dep_ in SUBJECT_DEPS)


def _of_party(clause: Token, of_named: bool) -> bool:
    """A clause about a party other than the speaker, or a thing a party owns; "it" or
    "that" stands for one when the report names whom it is said of."""
    return any(
        (s.lower_ not in SELF_OR_NONE and not _speaker_self(s) and (is_agent(s) or _owned(s)))
        or (of_named and s.lower_ in STANDING_FOR)
        for s in clause.children
        if s.dep_ in SUBJECT_DEPS
    )


def _names_a_party(verb: Token) -> bool:
    """ "called him a great friend", "called Smith's speech superb": praise by naming lands on
    the party named or on what a party did; "called the new bridge a marvelous gift" or
    "calling it a superb result" names a thing and praises no one."""
    predicates = [c for c in verb.children if c.dep_ in PREDICATE_OR_RESULT_DEPS]
    named = [
        *objects(verb),
        *(c for c in verb.children if c.dep_ == "nsubjpass"),
        *(c for p in predicates for c in p.children if c.dep_ in SUBJECT_DEPS),
        *(p for p in predicates if p.pos_ == "PROPN"),  # "called Smith 'a smart guy'": two names
    ]
    if any(is_agent(n) and n.lower_ not in STANDING_FOR for n in named):
        return True
    return any(_owned(n) for n in [*named, *predicates])  # the parser may hang the owner on a name


def _names_what_one_is(clause: Token, vocabulary: frozenset[str]) -> bool:
    """A verb whose object says what its subject is or does ("would make a great president");
    a wrong its subject poses or constitutes is a charge too ("(said) Smith poses a threat to
    the state", "his order constitutes an abuse of power"), as "is a threat" is."""
    lemma = clause.lemma_.lower()
    return lemma in COPULAR_VERBS or (vocabulary is WRONGDOING and lemma in POSED)


def denied_by_determiner(predicate: Token) -> bool:
    """ "(said) Smith is no liar", "poses no threat": a wrong or merit denied by its
    determiner is no verdict."""
    return any(c.dep_ == "det" and c.lower_ in NEGATIONS for c in predicate.children)


def _excessive(predicates: list[Token]) -> bool:
    """A predicate graded as too much ("too principled", "overly cautious")."""
    return any(c.dep_ == "advmod" and c.lower_ in EXCESS for p in predicates for c in p.children)


def _speaker_self(subject: Token) -> bool:
    """ "Carson wrote that he had been named the most honest student": "he" or "she" in a
    clause that a named person reports in indirect speech stands, as a rule, for that person;
    a verdict on oneself is no praise or blame of another party; so does "they" for speakers
    who are many."""
    reporter = reported_by(subject)  # not " 'He lied to me,' Lopez said": a quote says "I"
    if reporter is None:
        return False
    speakers = [c for c in reporter.children if c.dep_ == "nsubj"]
    if subject.lower_ == "they":  # "police and agents said they had made great finds"
        return any(c.tag_ in PLURAL_NOUN_TAGS or has_conjunct(c) for c in speakers)
    return any(c.pos_ == "PROPN" and c.ent_type_ not in PLACE_OR_PEOPLE_ENTITIES for c in speakers)


def _owned(subject: Token) -> bool:
    """ "(said) Smith's claims were untrue": judging what someone said or did judges them; so
    does judging "the AP report" or "the Smith plan", a person's or a body's name before what
    it said or did (a place's is no owner: "the Iran deal" was not Iran's alone)."""
    return relative_doer(subject) is not None or any(
        (c.dep_ == "poss" and c.pos_ != "PRON" and is_agent(c)) or _named_author(c, subject)
        for c in subject.children
    )


def _named_author(modifier: Token, thing: Token) -> bool:
    return (
        modifier.dep_ == "compound"
        and modifier.ent_type_ in AUTHOR_ENTITIES
        and thing.lemma_.lower() in CONDUCT
        and is_agent(modifier)
    )


def _wrong_conduct(clause: Token) -> bool:
    """A wrong told by what the subject does: a harm caused, an act done in a condemned
    manner, a falsehood made up or passed on, evidence concealed, or public trust sold."""
    return (
        _harm_caused(clause)
        or concealed(clause)
        or condemned_manner(clause)
        or falsehood_passed(clause)
        or trust_sold(clause)
    )


def _harm_caused(clause: Token) -> bool:
    """ "(said) Clinton caused death", "(said) he created chaos": blame for a harm."""
    return clause.lemma_.lower() in CAUSING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in HARMS for c in clause.children
    )
