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
from eventwire.events.as_verdicts import as_complements, authored, cast_objects, referred
from eventwire.events.denials import ASSURING, denial
from eventwire.events.held_views import denied_view, held_view, reported_by, reported_clauses
from eventwire.events.hostile_owners import hostile_owner
from eventwire.events.judged_conduct import (
    concealed,
    condemned_manner,
    falsehood_passed,
    phrasal,
    truth_withheld,
)
from eventwire.events.lexicon import CONDUCT, HOSTILE_PREFIXES, is_agent, reports, words
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
from eventwire.events.verb_arguments import objects, prep_nouns, prep_objects
from eventwire.events.word_classes import CASTING, NAMING, WRONGDOING
from eventwire.lexicons import word_set
from eventwire.parse.coordination import has_conjunct
from eventwire.parse.deps import PREDICATE_OR_RESULT_DEPS, PREMODIFIER_DEPS
from eventwire.parse.forms import in_words
from eventwire.parse.nlp import AREA_ENTITIES, AUTHOR_ENTITIES
from eventwire.parse.plurals import PLURAL_NOUN_TAGS
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.parse.tags import PLURAL_NOUN_TAG

MERIT = words("event_words.tsv", "merit")
VIRTUES = words("event_words.tsv", "virtue")  # "a man of peace": the "of" noun praises
COMPARING = words("event_words.tsv", "comparing")  # "likened the refugees to a vicious snake"
JUDGEMENTS = ((WRONGDOING, "112"), (MERIT, "051"))  # CAMEO: accuse, praise
SELF_OR_NONE = {"i", "we", "it", "this", "that", "there", "what"}
SPEAKERS_OWN = {"my", "our", "mine", "ours"}
STANDING_FOR = word_set("pointing_pronoun")  # " 'It is a disgrace,' she said of his ad": the ad
PLACE_OR_PEOPLE_ENTITIES = AREA_ENTITIES | {"NORP"}
COPULAR_VERBS = words("event_words.tsv", "copular_object")  # "would make a great president"
POSED = words("event_words.tsv", "posed_wrong")  # "poses a threat", "constitutes an abuse"
CAUSING = {"cause", "create", "bring"}
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
            and any(
                _judged(c, vocabulary) or (vocabulary is WRONGDOING and _scare_quoted(c, verb))
                for c in [
                    *(c for c in verb.children if c.dep_ in PREDICATE_OR_RESULT_DEPS),
                    *_named_as(verb),
                ]
            )
        ) or (lemma in COMPARING and any(_judged(c, vocabulary) for c in _compared_to(verb)))
        cast = lemma in CASTING and (vocabulary is WRONGDOING or not referred(verb))
        named = named or (cast and any(_judged(c, vocabulary) for c in cast_as(verb)))
        named = named or (vocabulary is WRONGDOING and _authored_wrong(verb))
        named = named or (vocabulary is WRONGDOING and painted_rival(verb))
        named = named or (vocabulary is WRONGDOING and bool(spoken_ill_of(verb)))
        said = any(_said_of(clause, vocabulary) for clause in told)
        if named or said:
            return cameo
    return denial(verb, quoted_root)  # "said the report was false": a denial, not a verdict


def _authored_wrong(verb: Token) -> bool:
    """ "described the move by Taiwan as reckless", "called the governor's remarks as
    outrageous": a wrong found in what a named party did or said accuses that party."""
    lemma = verb.lemma_.lower()
    if lemma not in NAMING | CASTING or names_a_thing(verb):
        return False
    direct = objects(verb)
    return any(authored(o) for o in direct) and any(
        _judged(c, WRONGDOING) for c in as_complements(verb)
    )


def names_a_thing(verb: Token) -> bool:
    """ "over what Tallinn called the illegal transfer": a free relative names a thing in
    its namer's words; the sentence's own act carries the blame, the naming none."""
    return any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children)


def named_as_objects(verb: Token) -> tuple[Token, list[Token]] | None:
    """Who a naming verb names and the names, where the parser reads the name as an object:
    "branded the exile a traitor" (two objects), "branded the exiles traitors" (the one named
    a plural modifier of the name), "were branded traitors" (the passive subject); else None."""
    direct = objects(verb)
    if not direct or any(c.dep_ in PREDICATE_OR_RESULT_DEPS for c in verb.children):
        return None
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive:  # "the exiles were branded traitors"
        return passive[0], direct
    plural = [c for c in direct[0].children if c.dep_ == "compound" and c.tag_ == PLURAL_NOUN_TAG]
    if plural:
        return plural[0], direct[:1]
    return (direct[0], direct[1:]) if len(direct) > 1 else None


def _named_as(verb: Token) -> list[Token]:
    found = named_as_objects(verb)
    return found[1] if found else []


def _scare_quoted(name: Token, verb: Token) -> bool:
    """ "called him a 'chicken'": a name given someone in quotation marks, and not a praise,
    is derision (the writer distances the paper from the insult); "called the talk
    'nonsense'" and "what it calls 'the mobile' business" judge no one."""
    quoted = [t for t in name.subtree if t.is_quote]
    called = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in SELF_OR_NONE]
    named = any(is_agent(c) for c in called)
    return named and len(quoted) >= 2 and not _judged(name, MERIT)


def _compared_to(verb: Token) -> list[Token]:
    """What someone is likened to: the object of "to" or "with" ("compared Trump to Hitler"),
    which the parser may hang on the compared object."""
    direct = objects(verb)
    return [
        pobj
        for prep in [*verb.children, *(c for o in direct for c in o.children)]
        if prep.dep_ == "prep" and prep.lower_ in {"to", "with"}
        for pobj in prep.children
        if pobj.dep_ in {"pobj", "amod", "acomp"}
    ]


def cast_as(verb: Token) -> list[Token]:
    """What someone is presented as: the object of "as" ("portrayed Trump as a nasty
    candidate"), or a bare adjective the parser hangs on "as" ("painted rivals as weak"), when
    the one presented can act ("described the plan as flawed" is an opinion)."""
    presented = cast_objects(verb)  # "referred to Trump as a fraud"
    return as_complements(verb) if any(is_agent(o) for o in presented) else []


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
    deps = PREDICATE_OR_RESULT_DEPS | (
        {"dobj"} if _names_what_one_is(clause, vocabulary) else set()
    )
    return (
        _judged(clause, vocabulary)
        or any(
            c.dep_ in deps and not denied_by_determiner(c) and _judged(c, vocabulary)
            for c in clause.children
        )
        or (vocabulary is WRONGDOING and _wrong_conduct(clause))
    )


def _of_party(clause: Token, of_named: bool) -> bool:
    """A clause about a party other than the speaker, or a thing a party owns; "it" or
    "that" stands for one when the report names whom it is said of."""
    return any(
        (s.lower_ not in SELF_OR_NONE and not _speaker_self(s) and (is_agent(s) or _owned(s)))
        or (of_named and s.lower_ in STANDING_FOR)
        for s in clause.children
        if s.dep_ in SUBJECT_DEPS
    )


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


def _judged(word: Token, vocabulary: frozenset[str]) -> bool:
    """ "a liar", "crooked", "a pathological liar", "a great friend", "absolutely right"; a
    word tied to the speaker states the tie, not a verdict ("he's my friend", "friends of
    mine"), unless a modifier judges ("a great friend of mine"); a word a prefix is against
    ("anti-corruption") is not said of anyone."""
    if after_hostile_prefix(word):
        return False
    if vocabulary is MERIT and hostile_owner(word):  # "ISIS's best recruiter": a charge
        return False
    return (
        phrasal(word) in vocabulary
        or any(
            in_words(w, vocabulary)
            for w in [word, *word.children]
            if (w is word and not _speakers_own(word)) or w.dep_ in PREMODIFIER_DEPS
        )
        or (vocabulary is MERIT and _of_virtue(word))
        or (vocabulary is WRONGDOING and _hostile_to_people(word))
    )


def _hostile_to_people(word: Token) -> bool:
    """ "anti-Israel", "anti-American": hostility to a people or a state (the tagger's own
    place or people name after the hyphen); "anti-war" names a stance, not a hostility."""
    doc = word.doc
    if word.i + 2 >= len(doc):
        return False
    people = doc[word.i + 2]
    return (
        after_hostile_prefix(people)
        and people.ent_type_ in PLACE_OR_PEOPLE_ENTITIES
        and people.is_title
    )


def after_hostile_prefix(word: Token) -> bool:
    """The word a split prefix is against ("anti - war": war): its own polarity is not said
    of anyone ("is anti-war" is no verdict of war on the one who is)."""
    doc = word.doc
    return (
        word.i >= 2 and doc[word.i - 1].text == "-" and doc[word.i - 2].lower_ in HOSTILE_PREFIXES
    )


def _of_virtue(word: Token) -> bool:
    """ "a man of peace", "a woman of great integrity": a person noun qualified by a virtue
    praises the one it is said of; only a noun for someone who acts ("a process of peace" is
    no person)."""
    if word.pos_ != "NOUN" or not is_agent(word):
        return False
    return any(p.lemma_.lower() in VIRTUES for p in prep_nouns(word, {"of"}))


def _speakers_own(word: Token) -> bool:
    """ "my friend", "our friend", "a friend of mine": the speaker's own tie."""
    owners = [c for c in word.children if c.dep_ == "poss"]
    owners += prep_objects(word, {"of"})
    return any(o.lower_ in SPEAKERS_OWN for o in owners)
