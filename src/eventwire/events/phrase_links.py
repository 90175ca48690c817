"""Links between a phrase and the words the parse ties to it: its appositions, coordinated
names, the members an "including" phrase lists, the noun a description equates to, a fronted
subject, and the objects of given prepositions. Split from events/participants.py, which reads
the actors these words name; these functions only walk the parse."""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Token

from eventwire.events.antecedents import RELATIVE_TAGS
from eventwire.events.apposed_names import other_people
from eventwire.events.lexicon import PERSON_RELATIVES, THING_RELATIVES
from eventwire.events.misparses import loose_appositions, subject_of_next_verb
from eventwire.events.place_qualifiers import placed_subject
from eventwire.events.raised import raised_objects
from eventwire.events.relative_clauses import opened_clause, stood_for, whose_owner
from eventwire.lexicons import word_set
from eventwire.parse.arguments import of_objects
from eventwire.parse.deps import CORE_ARGUMENT_DEPS, GIVEN_NAME_DEPS
from eventwire.parse.plurals import PLURAL_NOUN_TAGS
from eventwire.parse.tags import NOUN_POS, NUMBER_TAG, PARTICIPLE_TAG, VERB_POS

MEMBER_PREPS = {"including"}  # "several countries, including France": the members named
MEMBER_HOLDER_DEPS = {"nsubj", "dobj"}  # the verb's nouns a hung "including" phrase lists
MISREAD_RELATIVE_DEPS = {"nsubj", "nmod", "dep"}  # "a major who Gowdy fired": "who" not an object
PARTICLES = word_set("verb_particle")
DATE_DEPS = {"appos", "npadvmod"}  # "the raids Aug. 20 on Sudan"
PARTICLE_DEPS = {"prt", "advmod", "prep"}  # "pulled out of": the particle read as a preposition
PARTY_PREPS = {"with", "against", "to", "toward", "towards", "from", "by", "among", "between"}
NAME_GIVING = word_set("name_giving")  # "a staffer named X", "a group called Y"
APOSTROPHES = {"'", "’"}  # "ISIS' best recruiter": a possessive marked by an apostrophe alone


def members(noun: Token) -> list[Token]:
    """The members an "including" phrase names, also where the parse hangs it on the verb of
    which the noun is the subject ("several nations announced support, including Peru") or
    the object ("expelled several journalists, including two Britons"): the last plural
    subject or object before the phrase holds it."""
    hung = pobjs(noun.head, MEMBER_PREPS) if _member_holder(noun) else []
    return pobjs(noun, MEMBER_PREPS) + [t for t in hung if _holder_of(t) == noun]


def _member_holder(noun: Token) -> bool:
    """A plural subject or object of a verb, which an "including" phrase may list."""
    return noun.dep_ in MEMBER_HOLDER_DEPS and noun.tag_ in PLURAL_NOUN_TAGS


def _holder_of(member: Token) -> Token | None:
    """The last plural subject or object, before the member, of the verb its phrase hangs on."""
    verb = member.head.head
    holders = [c for c in verb.children if _member_holder(c) and c.i < member.i]
    return max(holders, key=lambda c: c.i) if holders else None


def appositions(head: Token) -> list[Token]:
    """Appositives and the names coordinated with them: "INDEPENDENCE, MO. (AP)-- Poland,
    Hungary and the Czech Republic": the parse may hang a sentence's subject on its dateline."""
    found = [c for c in head.children if c.dep_ == "appos"] + loose_appositions(head)
    return [t for c in found for t in coordinated(c)]


def given_names(head: Token) -> list[Token]:
    """The proper name a naming participle gives a description: "a former staffer named John
    Smith" is John Smith, whom the phrase's head ("staffer") does not name; the participle
    follows the head at once, else it is a verb of its own ("The mayor, on air, called X")."""
    return [
        name
        for child in head.children
        if child.dep_ == "acl"
        and child.i == head.i + 1  # not "the mayor, ..., called X a liar"
        and child.tag_ == PARTICIPLE_TAG
        and child.lemma_.lower() in NAME_GIVING
        for name in child.children
        if name.dep_ in GIVEN_NAME_DEPS and name.pos_ == "PROPN"
    ]


def equated(noun: Token) -> list[Token]:
    """The noun a description is said to be: an appositive's head ("Kopp, an abortion
    opponent"), a copula's subject for its attribute ("Kopp is the second activist"), also
    for a later one of a list of attributes ("is a liar, a racist and a bully who ...")."""
    listed = _listed_attribute(noun)
    if listed is not None and (subjects := _copula_subjects(listed.head)):
        return subjects
    if noun.dep_ == "appos":
        return [] if other_people(noun) else [noun.head]
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return _copula_subjects(noun.head)
    return []


def _listed_attribute(noun: Token) -> Token | None:
    """The attribute that heads a list of descriptions the noun is one of ("is a liar,
    rampant xenophobe, racist and bully"), else None: only predicated descriptions are
    all said of one subject; a list of appositives may name several people."""
    while noun.dep_ == "conj" or (noun.dep_ == "appos" and noun.head.dep_ in {"attr", "conj"}):
        noun = noun.head
    return noun if noun.dep_ == "attr" else None


def _copula_subjects(copula: Token) -> list[Token]:
    """The subject of "be", or of the verb it is coordinated with when it has none of its own
    ("X incites violence and is a liar"; the parse may hang "is" on the subject itself);
    "there is anyone" predicates of no one."""
    if copula.lemma_ != "be" or any(c.dep_ == "expl" for c in copula.children):
        return []
    subjects = [c for c in copula.children if c.dep_ == "nsubj"]
    if subjects or copula.dep_ != "conj":
        return subjects
    first = copula.head
    if first.pos_ in NOUN_POS:
        return [first]
    return [c for c in first.children if c.dep_ == "nsubj"]


def coordinated(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it: "Israel and Lebanon"."""
    found = [token]
    for child in token.children:
        if child.dep_ == "conj" and not subject_of_next_verb(child):  # "X with Y and Z fired"
            found.extend(coordinated(child))
    return found


def fronted_subject(subject: Token) -> Token:
    """ "Turkey, worried about war spilling over, urged ...": the parse can take the fronted
    participle phrase for the subject; a verb as subject whose own subject is set off by a
    comma stands for that subject (a true clausal subject, "Leaving was hard", has none)."""
    if subject.pos_ != "VERB":
        return placed_subject(subject)
    inner = [c for c in subject.children if c.dep_ == "nsubj" and c.i < subject.i]
    comma = [t for t in inner if t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == ","]
    return comma[0] if comma else subject


def subjects_of(verb: Token, deps: Collection[str]) -> list[Token]:
    """The verb's subjects (`fronted_subject`), without an object relative the parser calls
    one ("Cruz, who Trump attacked": Trump attacks)."""
    found = [fronted_subject(c) for c in verb.children if c.dep_ in deps]
    return [s for s in found if not object_relative(s)]


def clausal_subject_doers(clause: Token) -> list[Token]:
    """Who does what a clausal subject tells: "what Trump is saying is dangerous" judges
    Trump, by what he says; a clause that names no doer ("leaving was hard") gives none."""
    told = [c for c in clause.children if c.dep_ == "csubj"]
    return [s for c in told for s in c.children if s.dep_ == "nsubj"]


def clause_objects(verb: Token) -> list[Token]:
    """The verb's direct and indirect objects, an object relative among them."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative", "iobj"}]
    misread = [c for c in verb.children if c.dep_ in MISREAD_RELATIVE_DEPS]
    return objects + [c for c in misread if object_relative(c)]


def pobjs(token: Token, preps: set[str]) -> list[Token]:
    """The nouns of the token's `preps` phrases; unlike `verb_arguments.prep_objects`, no
    clause ("for asking") and a "to" the parser reads as a dative ("issued ... to Iraq")
    counts, and so does a phrase the parser hangs on the verb's particle ("backed away from
    X") or on the date after an act noun ("the raids Aug. 20 on Sudan")."""
    return [
        pobj
        for owner in [token, *particles(token), *dated(token)]
        for child in owner.children
        if _prepositional(child) and child.lower_ in preps  # "issued ... to Iraq"
        for pobj in [c for c in child.children if c.dep_ == "pobj"] or raised_objects(child)
    ]


def _prepositional(child: Token) -> bool:
    """A preposition, a "to" the parser reads as a dative, or a particle the parser gives an
    object of its own: "has called on Sanders" may come out as the particle "on" over the
    name, which is still the phrase's object."""
    own_object = child.dep_ == "prt" and any(g.dep_ == "pobj" for g in child.children)
    return child.dep_ in {"prep", "dative"} or own_object


def governing_word(noun: Token, deps: set[str], preps: set[str]) -> Token | None:
    """The word that takes the noun as one of its `deps` ("granted the request") or through
    one of its `preps` ("unresponsive to the requests": "unresponsive"), else None."""
    if noun.dep_ == "pobj" and noun.head.lower_ in preps:
        return noun.head.head
    return noun.head if noun.dep_ in deps else None


def prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition; "out of" is one ("dropped out of the race"), which the
    parse splits into "out" heading "of"; an adjective the parse hangs on a preposition with
    no object is its object ("a plea of not guilty")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if objects:
        return objects
    if prep.lower_ != "out":
        return [c for c in prep.children if c.dep_ == "amod"]
    return [o for o in of_objects(prep) if o.dep_ == "pobj"]


def dated(noun: Token) -> list[Token]:
    """ "the attacks Aug. 7 at the embassies": news style sets a date right after the act it
    dates, and the parser hangs the act's next phrases on the date."""
    if noun.pos_ not in NOUN_POS:
        return []
    return [c for c in noun.children if c.dep_ in DATE_DEPS and c.ent_type_ == "DATE"]


def phrasal_lemmas(verb: Token) -> set[str]:
    """The verb's lemma and its phrase with each particle ("step", "step down"): a lexicon row
    may name the verb alone or the phrasal verb."""
    lemma = verb.lemma_.lower()
    return {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt")}


def phrasal_only(verb: Token) -> set[str]:
    """The verb's phrases with a particle where it has one ("bring up", not "bring"), else its
    lemma: a row for the bare verb does not read its phrasal verbs."""
    phrases = phrasal_lemmas(verb)
    return phrases - {verb.lemma_.lower()} or phrases


def particles(verb: Token) -> list[Token]:
    """A verb's adverb particles ("lashed out", "backed away"), however labelled: a phrasal
    verb's preposition belongs to the verb, also where the parser hangs it on the particle."""
    if verb.pos_ not in VERB_POS:
        return []
    return [
        c
        for c in verb.children
        if c.lower_ in PARTICLES
        and c.dep_ in PARTICLE_DEPS
        and not any(g.dep_ == "pobj" for g in c.children)  # "went up the hill": a preposition
        and not any(_counted(g) for g in c.children)  # "kidnapped up to 16 advisers": a number
    ]


def _counted(prep: Token) -> bool:
    """ "up to 16 advisers", "down to 30 percent": a particle and preposition that bound a
    number, not a phrasal verb's preposition."""
    return any(
        c.dep_ == "nummod" or c.tag_ == NUMBER_TAG for p in prep.children for c in [p, *p.children]
    )


def relative_antecedent(
    pronoun: Token, named: Callable[[Token], object] | None = None
) -> Token | None:
    """ "Saddam, with whom the king met": a relative pronoun that is the object of a
    preposition of a party ("with", "against", "by") stands for the noun its relative clause
    modifies, as does a person's relative pronoun that is its verb's object ("Rubio, whom Trump
    mocked"), or a "which" or "that" object whose noun is `named` a party ("the NRA, which X
    denounced"), and one a number counts out of ("two of whom"); "the Foundation, for which he
    apologized" apologizes for a gift, not to the Foundation. None for any other word."""
    if (owner := whose_owner(pronoun)) is not None:  # "Iran, whose envoy X expelled": Iran
        return owner
    if pronoun.tag_ not in RELATIVE_TAGS:
        return None
    if object_relative(pronoun):
        clause = opened_clause(pronoun)
    elif pronoun.dep_ == "pobj" and pronoun.head.lower_ in PARTY_PREPS:
        clause = pronoun.head.head
    elif _partitive(pronoun):  # "superdelegates, two of whom pledged ...": some of them
        clause = pronoun.head.head.head
    else:
        return None
    if clause is None or clause.dep_ != "relcl":
        return None
    noun = stood_for(clause, pronoun)
    if noun.pos_ not in NOUN_POS:
        return None
    thing = pronoun.lower_ in THING_RELATIVES and pronoun.dep_ == "dobj"  # not "a trade pact,
    unnamed = thing and (named is None or not _named_or_owned(noun, named))  # which he signed"
    return None if unnamed else noun


def _named_or_owned(noun: Token, named: Callable[[Token], object]) -> bool:
    """A party's name, or a thing a party owns ("Obama's pact, which Trump criticized" is
    aimed at Obama, as "criticized Obama's pact" is): its possessor is named or a pronoun."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return bool(named(noun)) or any(o.pos_ == "PRON" or named(o) for o in owners)


def _partitive(pronoun: Token) -> bool:
    """ "two of whom", "several of which": a relative pronoun counted out of by the word just
    before its "of", which stands as its relative clause's subject or object."""
    of = pronoun.head
    part = of.head
    return (
        pronoun.dep_ == "pobj"
        and of.lower_ == "of"
        and part.i == of.i - 1
        and part.dep_ in CORE_ARGUMENT_DEPS
    )


def object_relative(pronoun: Token) -> bool:
    """ "Rubio, whom Trump mocked", "Cruz, who Trump attacked": "who" or "whom" as the object
    of its relative clause, also where the parser makes it a second subject beside the
    clause's own subject (English puts an object relative first, then the subject); "which"
    and "that" only as the parse's object ("the NRA, which Clinton denounced")."""
    if opened_clause(pronoun) is None:
        return False
    if pronoun.dep_ == "dobj":
        return pronoun.lower_ in PERSON_RELATIVES | THING_RELATIVES
    if pronoun.lower_ not in PERSON_RELATIVES or pronoun.dep_ not in MISREAD_RELATIVE_DEPS:
        return False
    return any(
        c.dep_ == "nsubj" and c.i > pronoun.i and c.tag_ not in RELATIVE_TAGS
        for c in pronoun.head.children
    )


def possessive(child: Token) -> bool:
    """A possessive, also one the parser reads as a plain modifier because only an apostrophe
    marks it ("ISIS' best recruiter": "ISIS" an nmod, "'" beside it)."""
    if child.dep_ == "poss":
        return True
    after = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
    return child.dep_ == "nmod" and after is not None and after.text in APOSTROPHES
