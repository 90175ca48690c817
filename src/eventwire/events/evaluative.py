"""Evaluations as accusations: a strongly negative verdict on a named party, in any words.

PLOVER codes a statement only when it is itself an act: "said Clinton was not truthful", "said
the senator's remarks were a disgrace", "called Trump a dangerous demagogue" accuse. Where
`events.judgement` reads eventwire's own lists of wrongs and merits, this module reads the
polarity of any word from VADER's lexicon (the `vaderSentiment` package's vader_lexicon.txt,
valence rated by people from -4 to +4), with eventwire's lists laid over it for what VADER lacks
("crooked", "traitor", "qualified"; `verdict_words`). Plain assessments stay out: the verdict
must be strong, on a named party other than the speaker (or on a thing the party owns), in a
clause that tells no act of its own, and a mood or plight ("said she was sad", "became the
victim of") is no verdict. A verb's own polarity is a verdict only for a harm done to people
("said Clinton has failed the American people"), and a verdict on what a party says or does may
be told with a clausal subject ("what Trump is saying is dangerous"). Praise is not read this
way: on unlabeled campaign news a positive word mostly told a eulogy, a party's own strength or
a sense VADER misreads ("politically motivated"), so praise stays with `judgement`'s merits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Span, Token

from eventwire.events.assent import cleared
from eventwire.events.authored import authors
from eventwire.events.cameo_codes import ACCUSATION
from eventwire.events.deictic_verdicts import deictic_verdict
from eventwire.events.held_views import denied_view, reported_clauses
from eventwire.events.judgement import denied_by_determiner
from eventwire.events.lexicon import (
    CONDUCT,
    PERSON_PRONOUNS,
    THIRD_PERSON_SINGULAR,
    is_agent,
    reporting_lemmas,
    reports,
    words,
)
from eventwire.events.named_objects import lost_naming
from eventwire.events.named_verdicts import cast_as, named_as_objects, names_a_thing
from eventwire.events.owned_verdicts import hung_names, named, named_owner, relative_doer
from eventwire.events.painted_rivals import painted_rival
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.phrase_links import clausal_subject_doers, pobjs
from eventwire.events.valences import STRONG
from eventwire.events.verb_arguments import objects
from eventwire.events.verb_subjects import verb_subjects
from eventwire.events.verdict_words import name_verdict, valence, verdict
from eventwire.events.word_classes import (
    BEFALLING,
    CASTING,
    CEASING,
    CONTENDERS,
    FITNESS,
    NAMING,
    OUTDO,
    OVERCOMING,
    PERCEIVING,
    THWARTING,
)
from eventwire.lexicons import word_set
from eventwire.parse.deps import PASSIVE_DEPS, PREDICATE_OR_RESULT_DEPS
from eventwire.parse.forms import in_words
from eventwire.parse.nlp import PLACE_ENTITIES
from eventwire.parse.subjects import clause_subjects
from eventwire.parse.tags import NOUN_TAG, VERB_POS

OTHERS_QUOTED = THIRD_PERSON_SINGULAR  # he, she: in one's own words, never the speaker
OTHERS_OWNING = word_set("possessive_determiner") & PERSON_PRONOUNS  # his, her: nor "his"
SPEAKER_PRONOUNS = {"i", "we", "me", "us", "he", "she", "they", "it", "this", "that", "there"}
RUINED_THINGS = words("event_words.tsv", "ruined_thing")  # "would ruin it": no one harmed
STRIVING = words("event_words.tsv", "striving")  # "trying to hurt workers": the harm is aimed
NAMED_DEPS = {"oprd", "xcomp", "attr"}
VERBS = VERB_POS  # "called him to congratulate him": a purpose, not a name
DOING_NO_WRONG = BEFALLING | OVERCOMING | THWARTING | CEASING | PERCEIVING  # suffer, end, witness
NOMINAL = {"NOUN", "ADJ"}  # a name: "a liar", "unfit" (a proper name is the one called)


def evaluation(verb: Token, triggers_in: Callable[[Span], Iterable[object]]) -> str | None:
    """CAMEO's accusation (112) when a reporting or naming verb passes a strongly negative
    verdict on a named party ("called Trump a liar", "said Clinton was not truthful").
    `triggers_in` finds the event triggers of a stretch of text (`patterns` passes its own
    search in, as it reads this module)."""
    lemma = verb.lemma_.lower()
    praise = cleared(verb)  # "found no fault with Trump's comments" (`events.assent`)
    if praise is not None:
        return praise
    if lemma in NAMING and names_a_thing(verb):  # "what Tallinn called the illegal transfer"
        return None
    if lemma in NAMING:
        party, names = _named_and_name(verb)
        owned = party is not None and named_owner(party) is not None
        someone = party is not None and bool(names) and named(party)  # "called Trump a con artist"
        if owned or someone or (party is not None and _done(party, triggers_in)):
            every = [word for c in names for word in (c, *c.conjuncts)]  # "grave and sinister"
            code = _code(max((name_verdict(c) for c in every), key=abs, default=0.0))
            if owned or code is not None:
                return code
        if authors(names):  # "called the plan a hoax perpetrated by China"
            return ACCUSATION
    if lemma in CASTING:  # "described Trump as a pathological narcissist", "as unhinged"
        cast = [word for c in cast_as(verb) for word in (c, *c.conjuncts)]
        score = max((verdict(c) for c in cast), key=abs, default=0.0)
        return ACCUSATION if score <= 0 and painted_rival(verb) else _code(score)
    if not reports(verb):
        return None
    if deictic_verdict(verb):  # " 'This is a witch hunt,' he said": the other side's act
        return ACCUSATION
    speakers = [c for c in verb.children if c.dep_ == "nsubj"]
    clauses = [
        clause
        for c in reported_clauses(verb)  # "said: I think his remarks were disgraceful"
        if c.dep_ == "ccomp"
        for clause in (c, *c.conjuncts)  # '"We're not sure ..., but he lacks judgment"'
        if about_another(clause, speakers, _quoted(c))
        and not _tells_event(clause, verb, triggers_in)
    ]
    return _code(max((_clause_verdict(c) for c in clauses), key=abs, default=0.0))


def naming_sides(reader: RoleReader, verb: Token) -> Sides | None:
    """Who names and who is named in an accusing naming ("called Trump a liar"), also where
    the parse hangs the verb on its speaker ("De Blasio, speaking on WOR710, called Trump a
    'blowhard'": the verb a clause on "De Blasio", "Trump" its complement); else None."""
    if verb.lemma_.lower() not in NAMING or verb.pos_ not in VERBS:
        return None
    party, names = _named_and_name(verb)
    judged = _code(max((name_verdict(c) for c in names), key=abs, default=0.0))
    owner = named_owner(party) if party is not None else None
    named = [owner] if owner is not None and judged is not None else []
    blamed = authors(names) or named  # "a hoax perpetrated by China": China (`authored`)
    if not blamed:
        return None
    hung = verb.dep_ == "acl" and is_agent(verb.head)
    speakers = verb_subjects(verb) or ([verb.head] if hung else [])
    speakers = speakers or [p for n in names for p in pobjs(n, {"by"})]  # "a liar by Garcia"
    blamed_sides = [p for b in blamed for p in reader.phrase(b)]
    return split_roles([p for s in speakers for p in reader.phrase(s)], blamed_sides)


def owned_conduct_sides(reader: RoleReader, verb: Token, cameo: str, sides: Sides) -> Sides:
    """ "'His remarks were disgraceful,' she said": an accusation aimed at no one is aimed at
    the one whose conduct the speaker's own words judge ("his", `_others_conduct`): whom the
    pronoun stands for, else the subject of the sentence before, never the speaker."""
    if cameo != ACCUSATION or sides[1] or not reports(verb):
        return sides
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and _quoted(c)]
    things = [s for c in clauses for s in _judged_subjects(c) if _others_conduct(s)]
    owners = [o for t in things for o in t.children if o.dep_ == "poss"]
    judged = [p for o in owners for p in reader.phrase(o) or [reader.previous_subject(o)] if p]
    judged = split_roles(sides[0], judged)[1]
    return (sides[0], judged) if judged else sides


def _named_and_name(verb: Token) -> tuple[Token | None, list[Token]]:
    """Who a naming verb names and what it calls them: "called Trump a liar" (object and
    complement); the parser may read a named title as a second complement ("called Senator
    Smith a heartless man"), and then the first complement is the one named; or it may hang
    the name on the one named ("called Trump a 'blowhard'", the name an object of "Trump"),
    or lose the one named in other ways (`named_objects`)."""
    names = [c for c in verb.children if c.dep_ in NAMED_DEPS and c.pos_ not in VERBS]
    direct = objects(verb)
    misread = named_as_objects(verb) or lost_naming(verb)  # "branded the exile a traitor",
    if misread is not None:  # "calls Trump unfit"
        return misread
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive and names and not direct:  # "the envoy was called a liar"
        return passive[0], names
    if direct:  # "called his plan a disaster": the name may hang on the thing named
        return direct[0], names or hung_names(direct[0])
    if len(names) == 1:
        return names[0], [c for c in names[0].children if c.dep_ in {"dobj", "appos"}]
    return (names[0], names[1:]) if names else (None, [])


def names_someone(verb: Token) -> bool:
    """A naming verb with both the one (or the act) named and a name ("called Biden a
    candidate for the job", "called Trump a con artist on Friday", "called the bombing an act
    of terror"): naming, never an appeal "for" or "on" someone nor a phone call, whatever the
    name's polarity."""
    if verb.lemma_.lower() not in NAMING or verb.pos_ not in VERBS or names_a_thing(verb):
        return False
    party, names = _named_and_name(verb)
    return party is not None and any(n.pos_ in NOMINAL for n in names)


def _done(thing: Token, triggers_in: Callable[[Span], Iterable[object]]) -> bool:
    """A thing the story tells someone did or said, though the sentence names no owner: "the
    order", "the ruling", "the remarks" (an act noun, or a word of what parties say or do);
    naming it a wrong blames its doer ("called the order 'grave and sinister'"), where naming
    a plight is no act ("called the situation dire")."""
    if thing.pos_ != "NOUN" or not any(c.dep_ == "det" for c in thing.children):
        return False
    return thing.lemma_.lower() in CONDUCT or any(triggers_in(thing.doc[thing.i : thing.i + 1]))


def _code(score: float) -> str | None:
    return ACCUSATION if score <= -STRONG else None


def about_another(clause: Token, speakers: list[Token], quoted: bool = False) -> bool:
    """A clause whose subject is a party other than the speaker, or a party's act ("his
    remarks"); a pronoun may be the speaker ("Clinton said she was wrong"), so it is none,
    but in the speaker's own quoted words "he" or "she" is someone else."""
    said_by = {s.lower_ for s in speakers}
    subjects = _judged_subjects(clause)
    others = OTHERS_QUOTED if quoted else set()  # '"He lacks judgment," she said'
    return any(
        (s.lower_ in others or (s.lower_ not in SPEAKER_PRONOUNS and _party(s)))
        and s.lower_ not in said_by
        for s in subjects
    ) or (quoted and any(map(_others_conduct, subjects)))


def _others_conduct(subject: Token) -> bool:
    """ "'His remarks were disgraceful,' she said": in a speaker's own words "his" or "her"
    is someone else's, so what that one said or did is judged, as "he" would be."""
    owners = [c for c in subject.children if c.dep_ == "poss"]
    conduct = in_words(subject, CONDUCT)
    return conduct and any(o.lower_ in OTHERS_OWNING for o in owners)


def _judged_subjects(clause: Token) -> list[Token]:
    """Whom a clause's verdict is on: its subject, or the doer its clausal subject names."""
    subjects = clause_subjects(clause)
    return subjects + clausal_subject_doers(clause)


def _quoted(clause: Token) -> bool:
    """A clause in the speaker's own words: quotation marks open it."""
    first = clause.left_edge.i
    return any(t.is_quote for t in clause.doc[max(first - 1, 0) : first + 1])


def _tells_event(
    clause: Token, verb: Token, triggers_in: Callable[[Span], Iterable[object]]
) -> bool:
    """A clause that reports an act ("said Trump was wrong to attack the judge"): that act is
    coded, and the verdict beside it is no second event. A party's act that is the clause's
    subject is the thing judged, not an act the clause tells ("said Ryan's refusal to back him
    was not a good thing" blames Ryan, as "called Ryan's refusal a mistake" does). A clause
    whose words wrap around the reporting verb (a non-projective parse) counts as one, so the
    search never reaches the verb again."""
    span = clause.doc[clause.left_edge.i : clause.right_edge.i + 1]
    if span.start <= verb.i < span.end:
        return True
    return any(any(triggers_in(piece)) for piece in _beside_owned_acts(clause, span))


def _beside_owned_acts(clause: Token, span: Span) -> list[Span]:
    """The clause's words outside its subjects that are a party's things ("Ryan's refusal to
    back him"): the stretches where an act the clause tells would be."""
    judged = [s for s in _judged_subjects(clause) if not named(s) and named_owner(s) is not None]
    cuts = sorted((s.left_edge.i, s.right_edge.i + 1) for s in judged)
    bounds = [span.start, *(i for cut in cuts for i in cut), span.end]
    return [clause.doc[a:b] for a, b in zip(bounds[::2], bounds[1::2], strict=True) if a < b]


def _party(noun: Token) -> bool:
    """A named party ("Clinton", "the senator", "Iraq"), one's rival ("my opponent", whom
    `story_parties` resolves), or a thing one owns ("Trump's plan"); a pronoun or a common
    noun may stand for a thing ("called them an atrocious crime")."""
    if named(noun):
        return True
    owners = [c for c in noun.children if c.dep_ == "poss"]
    rival = noun.lemma_.lower() in CONTENDERS and noun.tag_ == NOUN_TAG  # "my opponent"
    owned = bool(owners) and (rival or any(named(c) for c in owners))
    return owned or relative_doer(noun) is not None  # "the remarks Trump made"


def _clause_verdict(clause: Token) -> float:
    """The polarity of what a clause says of its subject: its predicate adjective or noun
    ("was careless", "is a disgrace"); a merit denied is a charge ("was not truthful", "is
    no friend of workers"), a charge denied no verdict ("is no liar"). A verb's polarity counts
    only for a harm done to someone (`_harm_done`; "may suffer privation" is none)."""
    predicates = [c for c in clause.children if c.dep_ in PREDICATE_OR_RESULT_DEPS]
    default = _lacked(clause) or _harm_done(clause) or _wrong_done(clause)
    score = max((name_verdict(p) for p in predicates), key=abs, default=default)
    words = [*clause.children, *(w for p in predicates for w in p.children)]
    denied = any(w.dep_ == "neg" for w in words) or any(map(denied_by_determiner, predicates))
    if denied or denied_view(clause):  # "I don't think he is fit", "he is no liar"
        return -score if score > 0 else 0.0
    return score


def _lacked(clause: Token) -> float:
    """ "he lacks the judgment and temperament to lead": lacking a quality one needs to hold
    office (or a strong merit: "lacks courage") is a strong verdict against the one lacking."""
    if clause.lemma_.lower() != "lack":
        return 0.0
    lacked = [w for c in clause.children if c.dep_ == "dobj" for w in (c, *c.conjuncts)]
    fit = any(w.lemma_.lower() in FITNESS or valence(w) >= STRONG for w in lacked)
    return -STRONG if fit else 0.0


def _harm_done(clause: Token) -> float:
    """ "Clinton has failed the American people", "the plan would hurt working families": a
    strongly negative act verb, active, done to people or an institution, blames its doer; a
    verb done to a thing or to no one may tell the doer's own plight ("suffered losses"), and
    beating a rival tells a race ("said Clinton would defeat Sanders"). A harm its subject
    tries, wants or plans to do blames it as one done ("said the Republicans are trying to
    hurt workers": the harm is the infinitive under the verb of striving)."""
    aimed = [_harm_done(c) for c in _striven_acts(clause)]
    return min([_verb_harm(clause), *aimed])


def _striven_acts(clause: Token) -> list[Token]:
    """The acts a verb of striving sets its subject to ("trying to hurt", "wants to ruin"):
    its to-infinitives, which share its subject."""
    if clause.lemma_.lower() not in STRIVING:
        return []
    return [
        c
        for c in clause.children
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children)
    ]


def _verb_harm(clause: Token) -> float:
    """The verb's own harm to people or an institution (see `_harm_done`)."""
    if clause.lemma_.lower() in OUTDO:
        return 0.0
    if any(c.dep_ in PASSIVE_DEPS for c in clause.children):
        return 0.0
    direct = objects(clause)
    harmed = any(is_agent(o) and o.lower_ not in RUINED_THINGS for o in direct)
    return valence(clause) if harmed and clause.pos_ == "VERB" else 0.0


def _wrong_done(clause: Token) -> float:
    """ "said Clinton caused tremendous death": an act whose direct object is a strong wrong (a
    thing; `_harm_done` reads people) blames its doer, unless the wrong befalls the subject, is
    faced, stopped, ended or only seen ("combat terrorism", "witnessed atrocities"), or is words
    said (`spoken_ill`); a place as doer tells a state of affairs ("Ferguson has a crime rate");
    a good deed denied ("'I won't tell you Trump didn't do good things'") is no wrong done."""
    if clause.pos_ != "VERB" or any(c.dep_ in PASSIVE_DEPS for c in clause.children):
        return 0.0
    if (lemma := clause.lemma_.lower()) in DOING_NO_WRONG or lemma in reporting_lemmas():
        return 0.0
    if any(s.ent_type_ in PLACE_ENTITIES for s in clause_subjects(clause)):
        return 0.0
    done = [o for o in objects(clause) if o.dep_ == "dobj" and not is_agent(o)]
    return min([0.0, *(verdict(o) for o in done)])  # a good deed denied is no wrong done
