"""Acts done through courts and agencies, read from the parse.

A court upholding or affirming a party or its decision backs it (SUPPORT, CAMEO 051): "a
district court judge upheld the agency", "the appeals court affirmed the ruling". The verbs
are a court's only when a court or judge does them or a decision is what they keep: "vowed to
uphold the constitution" is no ruling. Petitioning a court asks it to act (REQUEST 100), not
the dissent a public petition voices (PROTEST 140); a ruling "in favour of" a party backs it
(the lexicon's "rule>favor").

Their sides: a plea made to a court or an agency is aimed at the body asked ("requested a
rehearing before the panel", "applied for asylum with the INS", "appealed to the Supreme
Court");
a ruling on an application or a decision at the party who made it ("upheld the lower court's
ruling", "rejected the application filed by the father"); testimony at the body heard by
("testified before the House committee").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from eventwire.codes import group_lexicon, role_lexicon
from eventwire.events.bestowed import RECEIVING
from eventwire.events.cameo_codes import DEMAND, POLITICAL_DISSENT, PRAISE, SHARED_INFORMATION
from eventwire.events.lexicon import APPLICATIONS, SIDING_TYPES, words
from eventwire.events.matches import TriggerMatch
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.passives import issuing_agents
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import REQUEST
from eventwire.events.verb_arguments import objects, patients
from eventwire.events.word_classes import DECISIONS
from eventwire.lexicons import word_set
from eventwire.sectors import COURTS, GOVERNMENT, LEGISLATORS

UPHOLDING = words("event_words.tsv", "upholding")  # uphold, affirm
PRINCIPLES = words("event_words.tsv", "upheld_principle")  # the constitution, rights, values
RULINGS = SIDING_TYPES  # what a court or an agency does to a plea or a decision
FORUM_PREPS = word_set("forum_preposition")  # "a rehearing before the panel", "with the INS"
BODY_SECTORS = {COURTS, GOVERNMENT}  # courts, judges and prosecutors; agencies and ministries
HEARING_SECTORS = BODY_SECTORS | {LEGISLATORS}  # and legislatures' committees, which hear witnesses
MAKER_PREPS = word_set("maker_preposition")  # "a request by Gonzalez", "an application from Shell"
FACED = words("event_words.tsv", "faced_charge")  # charge, count, suit


@cache
def judicial_phrases() -> frozenset[tuple[str, ...]]:
    """The words that name a court, a judge or a prosecutor (JUD in the actor lexicons)."""
    groups = [p for p, sector in group_lexicon().items() if sector == COURTS]
    return frozenset(groups + [p for p, role in role_lexicon().items() if role.sector == COURTS])


def is_judicial(token: Token) -> bool:
    """Whether the noun phrase headed by `token` ends in a court's or a judge's name."""
    for phrase in judicial_phrases():
        start = token.i - len(phrase) + 1
        if start >= 0 and tuple(t.lower_ for t in token.doc[start : token.i + 1]) == phrase:
            return True
    return False


def legal_match(token: Token) -> TriggerMatch | None:
    """A court's ruling that keeps a party or a decision ("upheld the agency")."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in UPHOLDING:
        return None
    ruled = patients(token)
    if not ruled or any(c.lemma_.lower() in PRINCIPLES for c in ruled):
        return None
    doers = [c for c in token.children if c.dep_ == "nsubj"] + pobjs(token, {"by"})
    if any(c.lemma_.lower() in DECISIONS for c in ruled) or any(map(is_judicial, doers)):
        return TriggerMatch.word(token, PRAISE)
    return None


def faced_charge(noun: Token) -> bool:
    """ "faces one count of battery", "drew charges": a legal charge its subject faces or gets
    is laid by the prosecution, as one levelled is (its sides: `bestowed.receives`); "faced
    tough questions" is no charge."""
    faced = noun.dep_ == "dobj" and noun.head.lemma_.lower() in RECEIVING
    return faced and noun.lemma_.lower() in FACED


def court_petition(match: TriggerMatch) -> TriggerMatch:
    """ "petitioned the Supreme Court to hear the case": a plea to a court, not dissent; so is
    petitioning "for" something ("petitioned for a rule change"): it asks for it."""
    if match.code.cameo != POLITICAL_DISSENT or match.span[0].lemma_.lower() != "petition":
        return match
    asked = objects(match.head)
    asked += pobjs(match.head, FORUM_PREPS)
    sought = not match.nominal and pobjs(match.head, {"for"})
    return match.recoded(DEMAND) if sought or any(map(is_judicial, asked)) else match


def legal_sides(reader: RoleReader, match: TriggerMatch, sides: Sides) -> Sides:
    """A plea aimed at the court or agency asked; a ruling at the party ruled on; testimony at
    the body that hears it."""
    if rules_on_plea(match):  # not "against" whom the decision was made
        return split_roles(sides[0], [p for t in _pleaders(match.head) for p in reader.phrase(t)])
    if match.code.cameo == SHARED_INFORMATION and not sides[1]:
        bodies = [p for t in pobjs(match.head, {"before"}) for p in reader.phrase(t)]
        return split_roles(sides[0], [p for p in bodies if p.sector in HEARING_SECTORS])
    if match.code.type == REQUEST and not sides[1]:
        bodies = [p for t in _forums(match.head) for p in reader.phrase(t)]
        return split_roles(sides[0], [p for p in bodies if p.sector in BODY_SECTORS])
    return sides


def rules_on_plea(match: TriggerMatch) -> bool:
    """Whether the act keeps or turns down an application or a decision whose maker is named
    or that was made against someone: its targets are their makers, never the parties a
    decision ruled against (nor the decision's own)."""
    if match.code.type not in RULINGS or match.nominal:
        return False
    against = [t for p in _pleas(match.head) for t in pobjs(p, {"against"})]
    return bool(against or _pleaders(match.head))


def _forums(verb: Token) -> list[Token]:
    """Where a plea is made: the verb's or its object's "before", "with" or "to" phrase."""
    asked = [verb, *objects(verb)]
    return [t for h in asked for t in pobjs(h, FORUM_PREPS)]


def _pleas(verb: Token) -> list[Token]:
    """The applications or decisions a verb rules on ("rejected the application")."""
    ruled = patients(verb)
    return [c for c in ruled if c.lemma_.lower() in APPLICATIONS | DECISIONS]


def _pleaders(verb: Token) -> list[Token]:
    """Who made the application or the decision ruled on: its owner ("the boy's
    application", "the lower court's ruling"), its maker ("a request by X", "from X") or its
    filer ("the application filed by X"); never the party a decision was against ("affirmed
    the ruling against Microsoft" backs the ruling, not Microsoft)."""
    pleas = _pleas(verb)
    owners = [c for t in pleas for c in t.children if _owner(c)]
    makers = [m for t in pleas for m in pobjs(t, MAKER_PREPS)]
    return owners + makers + [a for t in pleas for a in issuing_agents(t)]


def _owner(modifier: Token) -> bool:
    """ "the boy's application", "U.S. charges": a possessor or a name before the noun."""
    return modifier.dep_ == "poss" or (modifier.dep_ == "compound" and modifier.pos_ == "PROPN")
