"""Warnings that threaten no one: of a thing, a danger or a trend.

A threat is the speaker's own harm, held over someone ("warned that he would veto the bill",
"warned Congress that ..."); a warning that a named other party will act blames that party
(`events.warned_parties`). A warning that "it" will do something ("businesses warn it could
harm commerce", "Trump warned it would be a disaster") foretells what a thing will do when "it"
cannot be the warner: people warn, one body may say "it" of itself ("Iran warned it would
retaliate").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import capital_countries, country_of, organization_lexicon
from eventwire.events.antecedents import stand_in
from eventwire.events.cameo_codes import CRITICISM
from eventwire.events.conditions import CONDITIONALS
from eventwire.events.consequences import threatened_code
from eventwire.events.lexicon import INANIMATE_PRONOUNS, VIOLENCE, is_agent, is_person, words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import THREATEN
from eventwire.events.verb_arguments import objects, prep_nouns
from eventwire.events.warned_parties import warned_parties
from eventwire.events.word_classes import DANGERS, WARNED_HARMS
from eventwire.lexicons import word_set
from eventwire.model import Participant
from eventwire.parse.deps import (
    PATIENT_DEPS,
    PURPOSE_CLAUSE_DEPS,
    REPORTED_CLAUSE_DEPS,
    VERB_OBJECT_DEPS,
)
from eventwire.parse.forms import in_words
from eventwire.parse.nlp import entity_at
from eventwire.parse.plurals import PLURAL_NOUN_TAGS
from eventwire.parse.subjects import clause_subjects
from eventwire.parse.tags import MODAL_TAG, POSSESSIVE_PRONOUN_TAG, PRONOUN_TAG
from eventwire.sectors import INTERNATIONAL, REBELS

ADDRESSEE_DEPS = VERB_OBJECT_DEPS
WARNINGS = words("event_words.tsv", "warning_word")  # warn, warning
DANGER_PREPS = word_set("concern_preposition")
CONTENT_DEPS = ADDRESSEE_DEPS | REPORTED_CLAUSE_DEPS | PURPOSE_CLAUSE_DEPS
PEOPLE_PRONOUNS = {"they", "we", "i", "you"}
OR = "or"  # "to leave or face arrest": an alternative held over the warned
CONDITION_MARKS = CONDITIONALS - {"whether"}  # "if", "unless": a price set on another's act
AIM_PREPS = word_set("aim_preposition")  # "retaliate against Greece"
UNADDRESSED_DEPS = ADDRESSEE_DEPS | {"xcomp"}  # "warned Xi not to move": a party warned off


def warns_of_a_thing(verb: Token) -> bool:
    """Whether the warning tells only what "it" may do, with people as the warner; the parse
    may take the clause's "it" for the warning's object ("warn it could harm commerce")."""
    children = list(verb.children)
    clauses = [c for c in children if c.dep_ in REPORTED_CLAUSE_DEPS]
    subjects = [s for c in clauses if _modal(c) for s in clause_subjects(c)]
    objects = [c for c in children if c.dep_ in ADDRESSEE_DEPS]
    subjects += [o for o in objects if o.lower_ in INANIMATE_PRONOUNS and _modal_after(o)]
    if any(o not in subjects for o in objects) or not subjects:
        return False
    warners = [stand_in(c) for c in children if c.dep_ == "nsubj"]
    people = bool(warners) and all(_people(w) for w in warners)
    return people and all(s.lower_ in INANIMATE_PRONOUNS for s in subjects)


def foretells_no_act(verb: Token) -> bool:
    """ "Ramos warned that nobody can win without Latinos", "Puerto Rico has been warning that
    it is running out of cash": a warning that tells what will be, to no addressee, with no
    condition, no harm named and no act of the warner's own side to come, is an assessment
    (README: plain assessments are not coded); one of another party's danger blames it
    (`warned_parties`); "warned that he would veto the bill", "warned
    they could sell assets if the bill passes", "warned of consequences" and "warned that the
    US will pay a heavy price" (`consequences`) stay threats."""
    children = list(verb.children)
    clauses = [c for c in children if c.dep_ in REPORTED_CLAUSE_DEPS]
    if not clauses or any(c.dep_ in UNADDRESSED_DEPS for c in children):
        return False
    if prep_nouns(verb, DANGER_PREPS | {"against", "with"}):
        return False
    told = [t for c in clauses for t in c.subtree]
    if any(t.lower_ in CONDITION_MARKS or in_words(t, WARNED_HARMS | VIOLENCE) for t in told):
        return False
    if any(_harm_foretold(c) for c in clauses):  # "that the US will pay a heavy price"
        return False
    warners = {state for s in clause_subjects(verb) if (state := _state_named(s))}
    return not any(_act_to_come(c, warners) for c in clauses) and not warned_parties(verb)


def own_state_to_act(match: TriggerMatch, actors: list[Participant]) -> bool:
    """ "Putin warned that Russia would respond": a warner's own country (the warner's country
    code) as the subject of a modal clause is the warner's side, a threat, as "the Kremlin
    warned that Russia would retaliate" is (`_act_to_come`); the token tests above cannot see
    a person's country."""
    verb = match.head
    if match.nominal or verb.lemma_.lower() not in WARNINGS:
        return False
    countries = {a.country for a in actors if a.country}
    clauses = [c for c in verb.children if c.dep_ in REPORTED_CLAUSE_DEPS and _modal(c)]
    return any(_state_named(s) in countries for c in clauses for s in clause_subjects(c))


def advises_its_addressee(verb: Token) -> bool:
    """ "warned the Fed not to act", "his wife warned him not to get too nasty", "warned
    residents to boil their water", "warned the Fed against buying bonds": a warning that tells
    a party what to do or not to do, holding nothing over it (no condition, no "or face the
    consequences"), is advice on the party's own act, not a threat; a state warned so by
    another state, or by an armed group, is threatened (`backed_warning`)."""
    if verb.lemma_.lower() not in WARNINGS or not any(is_agent(o) for o in objects(verb)):
        return False
    told = [c for c in verb.children if c.dep_ == "xcomp"]
    against = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"]
    told += [g for p in against for g in p.children if g.dep_ == "pcomp"]  # "against buying"
    said = [t for c in told for t in c.subtree]
    held = any(map(_or_else, said))  # "to surrender or face the consequences"
    return bool(told) and not held and not any(t.lower_ in CONDITION_MARKS for t in said)


def _or_else(token: Token) -> bool:
    """ "to surrender or face the consequences": an "or" anywhere in the act told, what comes
    if it is not done (read as held over the party, whatever the alternative). Anywhere, not
    only on the told verb: the parse may hang "or face arrest" on a noun of the act ("to leave
    the square or face arrest": "or" on "square")."""
    return token.dep_ == "cc" and token.lower_ == OR


def backed_warning(
    match: TriggerMatch, actors: list[Participant], recipients: list[Participant]
) -> bool:
    """ "Washington warned Pyongyang not to test a missile", "Obama warned Xi not to move": told
    by one state's side to another's, what not to do is backed by the warner's power, a threat
    (the token tests of `advises_its_addressee` cannot see whose country a person is). A body
    of states ("Putin warned NATO not to expand", "Iran warned the UN not to interfere") has no
    country of its own but is a side all the same (`_side`). An armed group's warning is backed
    by its arms at home too ("Boko Haram warned Nigerians not to vote")."""
    if match.nominal or not advises_its_addressee(match.head):
        return False
    if any(a.sector == REBELS for a in actors):
        return True
    warners = {s for a in actors if (s := _side(a))}
    warned = {s for r in recipients if (s := _side(r))}
    return bool(warners) and bool(warned) and not warners & warned


def _side(party: Participant) -> str | None:
    """The side a party speaks for: its country, or for a body of states (NATO, the UN, the
    EU: sector IGO, no country) the body's own sector."""
    return party.country or (party.sector if party.sector == INTERNATIONAL else None)


def _harm_foretold(clause: Token) -> bool:
    """ "(that) the US will pay a heavy price", "Taipei would face the consequences": harm a
    party is to suffer (`consequences`); "consumers will pay higher prices" is a cost."""
    costs = any(o.lemma_.lower() == "price" and o.tag_ in PLURAL_NOUN_TAGS for o in objects(clause))
    return threatened_code(clause) is not None and not costs


def _act_to_come(clause: Token, warners: set[str]) -> bool:
    """ "(that) he would veto", "our forces will strike", "Texas would sue the administration",
    "Turkey would retaliate against Greece", "anyone who blocks it would be detained": a modal
    act of the warner's side (a pronoun, a noun one owns, or the warner's own state by another
    name: "the Kremlin warned that Russia would retaliate", "China warned that Beijing will
    take countermeasures") or one done to a party."""
    subjects = clause_subjects(clause)
    own = any(_pronoun_side(s) or _state_named(s) in warners for s in subjects)
    undergoers = [s for s in subjects if s.dep_ in PATIENT_DEPS]  # "anyone would be detained"
    done_to = objects(clause) + prep_nouns(clause, AIM_PREPS) + undergoers
    return _modal(clause) and (own or any(is_agent(o) for o in done_to))


def _pronoun_side(subject: Token) -> bool:
    """A subject that is a pronoun ("he", "we") or owned by one ("our forces")."""
    owned = any(c.tag_ == POSSESSIVE_PRONOUN_TAG for c in subject.children)
    return subject.tag_ == PRONOUN_TAG or owned


def _state_named(word: Token) -> str | None:
    """The state (ISO3) a name, a capital or a state's seat names ("Russia", "Beijing", "the
    Kremlin"), else None."""
    entity = entity_at(word)
    if entity is None:
        return None
    name = entity.text.removeprefix("the ").removeprefix("The ")
    country = country_of(name)
    if country is not None and not country.is_demonym:
        return country.iso3
    body = organization_lexicon().get(name)
    return capital_countries().get(name) or (body.country if body else None)


def _modal(clause: Token) -> bool:
    """ "(that) it could harm", "it would be": a clause that tells what may come."""
    return any(c.dep_ == "aux" and c.tag_ == MODAL_TAG for c in clause.children)


def _modal_after(pronoun: Token) -> bool:
    """ "it could", "it would": a modal right after the pronoun makes it a clause's subject."""
    after = pronoun.doc[pronoun.i + 1] if pronoun.i + 1 < len(pronoun.doc) else None
    return after is not None and after.tag_ == MODAL_TAG


def _people(warner: Token) -> bool:
    """A warner "it" cannot stand for: a person, or people ("businesses", "they")."""
    plural = warner.tag_ in PLURAL_NOUN_TAGS or warner.lower_ in PEOPLE_PRONOUNS
    return plural or is_person(warner)


def danger_warned(match: TriggerMatch) -> TriggerMatch:
    """ "a threat Churchill warned about in his speech", "warned of the menace of terrorism":
    a warning about a danger, to no addressee and with no clause of what the speaker will do,
    blames whoever poses it (criticism), it threatens no one."""
    verb = match.head
    if match.nominal or match.code.type != THREATEN or verb.lemma_.lower() != "warn":
        return match
    if any(c.dep_ in CONTENT_DEPS for c in verb.children):
        return match
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in DANGER_PREPS]
    named = [p for c in preps for p in c.children if p.dep_ == "pobj"]
    if verb.dep_ == "relcl" and any(not list(c.children) for c in preps):
        named.append(verb.head)  # the stranded "about": the noun the clause is on
    if any(n.lemma_.lower() in DANGERS for n in named):
        return match.recoded(CRITICISM)
    return match


def foretells_a_trend(match: TriggerMatch) -> bool:
    """ "the IMF warned of a recession", "a pollster warned about surprises": a warning of what
    may come, to no addressee and with no clause of what anyone will do, assesses (README: plain
    assessments are not coded); a warning of harm, violence or danger ("warned of
    consequences", "of an attack"), or against a party, stays a threat or a blame."""
    head = match.head
    if match.code.type != THREATEN or head.lemma_.lower() not in WARNINGS:
        return False
    if any(c.dep_ in CONTENT_DEPS for c in head.children):
        return False
    named = prep_nouns(head, DANGER_PREPS)
    parties = named + [f for p in named for f in pobjs(p, {"from"})]
    if not named or any(is_agent(p) for p in parties):
        return False  # "warned against hackers from China": a party warned off
    harmful = DANGERS | WARNED_HARMS | VIOLENCE
    told = [t for p in named for t in p.subtree]
    return not any(in_words(t, harmful) for t in told)
