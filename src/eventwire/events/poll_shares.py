"""The public's stances that a poll or a result counts are statistics, not acts.

"8 percent of Democrats said they would vote for X", "a majority of voters say they oppose the
deal", "most voters backed X", "polls show voters rejecting X", "voters who backed X", "less than
a third agreed with the President", "45 percent backed him", "X is backed by 34% of voters",
"men backed X, 57 percent to 22 percent", "Americans oppose X, a poll finds", "in exit polls,
voters were unhappy with X": a share of the public, or the public a poll asks, holds a view; no
actor acts. Named actors and organised
bodies ("most senators", "the union") are left to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.events.lexicon import (
    SIDING_TYPES,
    THIRD_PERSON_SINGULAR,
    is_agent,
    political_titles,
    word_forms,
    words,
)
from eventwire.events.plover_types import ACCUSE
from eventwire.events.verb_arguments import objects
from eventwire.lexicons import word_set
from eventwire.parse.arguments import of_objects
from eventwire.parse.deps import NOUN_CLAUSE_DEPS
from eventwire.parse.nlp import AUTHOR_ENTITIES, per_doc, tokens
from eventwire.parse.plurals import PLURAL_NOUN_TAGS
from eventwire.parse.subjects import SUBJECT_DEPS, clause_subjects
from eventwire.parse.tags import PARTICIPLE_TAG
from eventwire.sectors import CIVILIANS, all_of

# "said they would vote", "show voters rejecting", "said they were willing to back"
CLAUSE_DEPS = {"ccomp", "xcomp", "conj", "acomp"}
REPORT_DEPS = {"ccomp", "parataxis", "conj"}  # "X, a poll shows" hung on X's verb
MODIFIER_DEPS = NOUN_CLAUSE_DEPS  # "voters who backed X", "polls show voters rejecting X"
RELATIVE_SUBJECTS = word_set("subject_relative")  # the noun the clause hangs on is its doer
MAX_CLIMB = 2  # "said they would be voting": the reporting verb is at most two verbs up
SHARE_MARKS = {"in", "of", "out"}  # "six in 10", "three of four", "two out of three"
SHARE_PREPS = SHARE_MARKS - {"of"}  # "9 in 10 voters"; "one of two witnesses" picks one out
SAME_DOERS = {"they", "we"}  # "8 percent said they would vote": the share speaks of itself
SHARE_NOUNS = word_set("share_noun")  # "a majority of voters", "45 percent backed him"
SURVEY_VERBS = word_set("survey_verb")  # "those polled"
SURVEYS = word_set("survey_noun")  # "polls show", "in exit polls"
MEMBER_NOUNS = word_set("body_member") | word_set("delegate_noun")  # members, delegates
POLLED_PUBLIC = word_set("polled_public")  # voters, adults: whom polls count
PUBLIC_QUANTIFIERS = word_set("public_quantifier")  # "most voters", "many supporters"
BODY_PLURALS = word_set("body_plural")  # "unions overwhelmingly endorsed": bodies act
TENDENCY_VERBS = word_set("tendency_verb")  # "tended to support"
CROWD_DEGREES = word_set("crowd_degree")  # "overwhelmingly support"
CROWD_SIZES = word_set("crowd_size")  # "in high numbers"


def counted_public(verb: Token) -> bool:
    """The verb's doer, or the doer of the reporting verb whose clause holds it, is a share of a
    group or the public a poll asks."""
    if _described_public(verb) or (verb.dep_ in MODIFIER_DEPS and _number_share(verb.head)):
        return True  # "three of four Americans disapproved", parsed as describing them
    if any(_counted_doer(d) for d in _doers(verb)) or _counted_agent(verb) or _score(verb):
        return True
    if any(_counted_share(d) for d in clause_subjects(verb) or _fronted(verb)):
        return True
    polled = verb.dep_ in CLAUSE_DEPS and _polled(verb.head)  # "polls show voters rejecting X"
    clause = verb.head if verb.dep_ == "acomp" else verb  # "voters were unhappy"
    polled = polled or _poll_after(clause) or _in_a_poll(clause)
    return polled and any(polled_public(d) for d in _doers(verb))


def _doers(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verbs above it while its own doer is only a plural
    pronoun or missing ("said they would vote", "plan to vote")."""
    clause = verb
    for _ in range(MAX_CLIMB):
        doers = clause_subjects(clause)
        if clause.dep_ not in CLAUSE_DEPS or any(d.lower_ not in SAME_DOERS for d in doers):
            return doers
        clause = clause.head
    return clause_subjects(clause)


def _counted_agent(verb: Token) -> bool:
    """ "is backed by 34% of voters", "was supported by 42 percent of the Republicans
    surveyed": a passive whose doer is a counted share."""
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children]
    shares = [s for a in agents for s in [a, *_of_chain(a)]]  # "by an average of 13 percent"
    return any(s.ent_type_ == "PERCENT" or _counts(s) for s in shares) or any(
        _counted_doer(a) for a in agents
    )


def _of_chain(noun: Token) -> list[Token]:
    """The nouns an "of" phrase hangs on a noun, in turn ("an average of 13 percent of
    voters": "percent", "voters")."""
    chain: list[Token] = []
    while of := of_objects(noun):
        noun = of[0]
        chain.append(noun)
    return chain


def _score(verb: Token) -> bool:
    """ "men backed Trump, 57 percent to 22 percent": a margin between two shares set on the
    verb or its object is a poll's or a result's count."""
    near = [verb, *objects(verb)]
    figures = [c for n in near for c in n.children if c.ent_type_ == "PERCENT"]
    tos = [c for f in [verb, *figures] for c in f.children if c.lower_ == "to"]
    return bool(figures) and any(p.ent_type_ == "PERCENT" for t in tos for p in t.children)


def _counted_doer(doer: Token) -> bool:
    """ "a majority of voters", "most voters", "73 percent of Democrats who said ...": a share
    of a group, or a count of the public."""
    counted = polled_public(doer) and _quantified(doer)
    return counted or _share(doer) or _share(_counted_in(doer))


def _counted_in(noun: Token) -> Token:
    """The share a group is counted in ("73 percent of Democrats who said they backed X":
    "percent"), reached from a relative pronoun through the noun its clause hangs on; else the
    noun itself."""
    clause = noun.head
    if noun.lower_ in RELATIVE_SUBJECTS and clause.dep_ == "relcl":
        noun = clause.head
    of = noun.head
    return of.head if noun.dep_ == "pobj" and of.lower_ == "of" else noun


def _described_public(verb: Token) -> bool:
    """ "voters who backed X in 2012", "polls show voters rejecting X": the public does what the
    clause on it tells (not "the voters they met"; not one person, "a Sanders supporter who
    criticized X")."""
    noun = verb.head
    if (
        verb.dep_ not in MODIFIER_DEPS
        or noun.tag_ not in PLURAL_NOUN_TAGS
        or not polled_public(noun)
    ):
        return False
    doers = [c for c in verb.children if c.dep_ in SUBJECT_DEPS | {"agent"}]
    active = verb.tag_ != PARTICIPLE_TAG or verb.dep_ == "relcl"  # not "voters courted by X"
    return active and all(d.dep_ == "nsubj" and d.lower_ in RELATIVE_SUBJECTS for d in doers)


def _number_share(noun: Token) -> bool:
    """ "six in 10", "three of four": one number counted out of another, which the parse hangs
    on the second as its quantifiers; also the people so counted ("six in 10 Republicans",
    the share on the noun's number) and the first number with the people as its object ("9
    in 10 voters"); not a body's members, who act ("two of three senators")."""
    if _counted_number(noun):
        return True
    if any(c.dep_ == "nummod" and _counted_number(c) for c in noun.children):
        return not _members(noun)
    people = [p for c in noun.children if c.lower_ in SHARE_PREPS for p in c.children]
    return noun.like_num and any(
        c.dep_ == "nummod" and c.like_num and not _members(p) for p in people for c in p.children
    )


def _members(people: Token) -> bool:
    """ "senators", "Senate Democrats": members of an organised body, by title or by the body's
    name before them (the words before the noun only: the parse may hang a whole clause on it)."""
    named = any(t.ent_type_ == "ORG" for t in people.lefts)  # "Senate Democrats"
    return people.lemma_.lower() in _member_titles() or named


def _counted_number(number: Token) -> bool:
    """A number with another number and a share mark as its quantifiers ("six in 10")."""
    marks = [c for c in number.children if c.dep_ == "quantmod"]
    counted = any(c.like_num for c in marks) and any(c.lower_ in SHARE_MARKS for c in marks)
    return number.like_num and counted


def _share(noun: Token) -> bool:
    """ "a majority of voters", "most of them", "45% of Democrats", "those polled"."""
    if _number_share(noun):
        return True
    lemma = noun.lemma_.lower()
    of = any(c.lower_ == "of" for c in noun.children)
    polled = lemma == "those" and any(c.lemma_.lower() in SURVEY_VERBS for c in noun.children)
    groups = of_objects(noun)
    counted = of and lemma in SHARE_NOUNS and not any(map(organised, groups))
    return (counted and not any(map(_particular, groups))) or polled


def _particular(group: Token) -> bool:
    """ "most of his rivals", "half of the state's delegation": a group owned by someone is a
    known set of people, counted as they act, not a share of the public a poll asks ("most of
    his supporters" is still the public)."""
    owned = any(c.dep_ == "poss" for c in group.children)
    return owned and not polled_public(group)


def _counted_share(noun: Token) -> bool:
    """ "45 percent backed him", "less than a third agreed": a counted share of a group left
    unsaid, which only a poll or a result counts ("a majority" alone may be a chamber's)."""
    if noun.lemma_.lower() not in SHARE_NOUNS or any(c.lower_ == "of" for c in noun.children):
        return False
    return any(t.dep_ in {"nummod", "quantmod"} for t in noun.subtree if t.i < noun.i)


def _fronted(verb: Token) -> list[Token]:
    """A share the parse hangs before a verb with no subject as its adverb ("less than a third
    agreed": "third" npadvmod)."""
    return [c for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i]


def organised(group: Token) -> bool:
    """ "most of the Senate Republicans", "a majority of senators", "half of the delegates": an
    organised body's members act as that body; a plural tagged as one ("of Liberals") counts
    the party's voters."""
    bodies = [t for t in group.subtree if t.ent_type_ == "ORG" and t.tag_ not in PLURAL_NOUN_TAGS]
    return group.lemma_.lower() in _member_titles() or bool(bodies)


def _member_titles() -> frozenset[str]:
    """Nouns for an organised body's members: titles of office ("senators") and the words for
    members and delegates; titles come from the role lexicon, read when first asked."""
    return political_titles() | MEMBER_NOUNS


def polled_public(noun: Token, unnamed: bool = False) -> bool:
    """A word for the public polls count ("voters", "adults"), not a group or person by name
    ("Americans for Prosperity"); with `unnamed`, not a nationality either, where "support
    from Americans" may be a state's ("strong support from voters" is the public's)."""
    names = bool(noun.ent_type_) if unnamed else noun.ent_type_ in AUTHOR_ENTITIES
    return bool(word_forms(noun) & POLLED_PUBLIC) and not names


def _quantified(noun: Token) -> bool:
    """ "most voters", "many Sanders supporters", "34,000 people", "1.5 million voters": a count
    of the public."""
    return any(
        c.lower_ in PUBLIC_QUANTIFIERS for c in noun.children if c.dep_ in {"amod", "det"}
    ) or any(c.dep_ == "nummod" and c.like_num for c in noun.children)


def _poll_after(verb: Token) -> bool:
    """ "Americans back the pact, a Gallup poll shows": a poll's report set after the clause,
    which the parse may hang on the verb, with the poll as subject or compound."""
    reports = [c for c in verb.children if c.dep_ in REPORT_DEPS and c.i > verb.i]
    return any(t.lemma_.lower() in SURVEYS for r in reports for t in r.lefts)


def _in_a_poll(verb: Token) -> bool:
    """ "In exit polls, voters were unhappy with X", "voters back X, according to a survey":
    the clause tells what a poll found."""
    if not per_doc(verb.doc, "polls_named", _polls_named):
        return False  # most articles name no poll: no phrase to walk
    preps = [c for c in verb.children if c.dep_ == "prep"]
    return any(t.dep_ == "pobj" and t.lemma_.lower() in SURVEYS for p in preps for t in p.subtree)


def _polls_named(doc: Doc) -> bool:
    """Whether the article names a poll or survey as a preposition's object anywhere."""
    return any(t.dep_ == "pobj" and t.lemma_.lower() in SURVEYS for t in tokens(doc))


def _polled(verb: Token) -> bool:
    """ "polls show …", "a survey found …": the clause tells what a poll counted."""
    return any(s.lemma_.lower() in SURVEYS for s in clause_subjects(verb))


STANCE_TYPES = SIDING_TYPES  # what a poll counts: backing and opposition
PUBLIC_SECTORS = {CIVILIANS}  # voters, the public, civilians
DISLIKING = words("event_words.tsv", "disliking")  # dislike, despise, loathe


def counted_stance(event_type: str, doer_sectors: list[str | None], verb: Token) -> bool:
    """ "the support of women (61 percent)", "voters are united in supporting X, 89%-6%", "a poll
    shows more voters view X unfavorably than support her": backing or opposition by the public
    (or by no one told) in a sentence that counts shares or cites a poll is what the count
    measures, however the parse hangs the stance; a named party's stance, or a named person's
    ("Mr. Ubben, who has a 4.4 percent stake, has defended the company"), stays an act."""
    if event_type not in STANCE_TYPES or any(s not in PUBLIC_SECTORS for s in doer_sectors):
        return False
    if any(c.dep_ in SUBJECT_DEPS and _one_person(c) and not _backed(c) for c in verb.children):
        return False
    return counts_in(verb.sent)


def crowd_stance(event_type: str, doer_sectors: list[str | None], verb: Token) -> bool:
    """ "black voters, who have backed her in high numbers", "African-American voters
    overwhelmingly support the president", "those whose top issue was health care tended to
    support Clinton": backing or opposition the public holds, told by how many hold it or how
    they tend to side, is what a poll or a result counts, with no poll named; a named party's
    or an organised body's stance ("superdelegates sided overwhelmingly with X", "unions
    overwhelmingly endorsed Sanders": the public's sector, bodies of it) stays an act."""
    if event_type not in STANCE_TYPES:
        return False
    if any(d.lower_ in BODY_PLURALS for d in _doers(verb)):
        return False  # "unions overwhelmingly endorsed Sanders": organised bodies act
    if doer_sectors:
        public = all(s in PUBLIC_SECTORS for s in doer_sectors)
    else:  # "those who said income inequality tended to support Sanders"
        public = any(d.lower_ == "those" for d in _doers(verb))
    return public and _crowd_counted(verb)


def _crowd_counted(verb: Token) -> bool:
    """The verb, or the "tend" it completes, tells how many side so ("overwhelmingly", "in
    high numbers") or what they tend to do. How many back a measure, a deal or terms ("Greek
    voters overwhelmingly rejected the bailout terms", "Swiss voters overwhelmingly approved
    the measure") is a vote's result, the public's act on it, not a stance toward a party."""
    tended = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in TENDENCY_VERBS
    things = objects(verb)  # "backed her candidacy": a party's, as the party is
    if not tended and things and not any(is_agent(o) or _owned(o) for o in things):
        return False
    clause = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    modifiers = [c for v in clause for c in v.children]
    degree = any(c.lower_ in CROWD_DEGREES for c in modifiers if c.dep_ == "advmod")
    sized = [p for c in modifiers if c.dep_ == "prep" and c.lower_ == "in" for p in c.children]
    numbers = any(
        p.lemma_.lower() == "number"
        and any(a.lower_ in CROWD_SIZES for a in p.children if a.dep_ == "amod")
        for p in sized
    )
    return tended or degree or numbers


def _owned(noun: Token) -> bool:
    """ "her candidacy", "Trump's campaign": a thing a party owns."""
    return any(c.dep_ == "poss" for c in noun.children)


def _backed(subject: Token) -> bool:
    """ "He was backed by nearly 6 in 10 voters", "Trump was strongly supported by early
    deciders": the subject of a passive with its doer told is the one backed, not the doer."""
    return subject.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in subject.head.children)


def counts_in(span: Span) -> bool:
    """The span counts shares or cites a poll ("61 percent", "eight in 10", "a survey")."""
    return any(_counts(t) for t in span)


def _one_person(subject: Token) -> bool:
    """A person by name or by a singular pronoun ("He's supported a 500 percent increase")."""
    return subject.ent_type_ == "PERSON" or subject.lower_ in THIRD_PERSON_SINGULAR | {"i"}


def _counts(token: Token) -> bool:
    """A share ("61 percent", "89%-6%", "eight in 10") or a poll named."""
    if token.ent_type_ == "PERCENT" or token.lemma_.lower() in SURVEYS:
        return True
    doc = token.doc
    after = doc[token.i + 1 : token.i + 3]  # "eight in 10", "one in five"
    return token.like_num and len(after) == 2 and after[0].lower_ == "in" and after[1].like_num


def public_feeling(event_type: str, doer_sectors: list[str | None], verb: Token) -> bool:
    """ "X and Y are more strongly disliked by American voters than any candidates": a dislike
    the public holds is the opinion a poll measures, not an act of criticism, counted or not;
    a party's ("the senator despises the governor") stays criticism."""
    return (
        event_type == ACCUSE
        and all_of(doer_sectors, PUBLIC_SECTORS)
        and verb.lemma_.lower() in DISLIKING
    )
