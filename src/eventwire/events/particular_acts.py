"""Signs that an event noun tells one particular act, not a kind of act or a topic.

"wide-spread protests in both Miami and Cuba", "the worst terrorist attack on our soil since
9/11", "a weekend of bitter accusations lobbed by both sides", "an invasion of Cuba by exiles": a
noun with a place, a date or a span of time, a doer or a target of its own, or a participle
that tells it being done, reports acts that happened, even when no actor is named; "free trade
deals" and "protests are a part of democracy" have none. An appeal, an agreement or a charge is
always someone's act toward someone (`confidence`'s "names no party"): only a doer told in its
phrase makes one particular ("higher demand in the U.S." stays a market's). `confidence` reads
these signs as the noun's own setting, as it reads named participants.
"""

from __future__ import annotations

from datetime import MAXYEAR

from spacy.tokens import Token

from eventwire.events.booked_clauses import filed_paper
from eventwire.events.lexicon import LIGHT_VERBS, is_agent, words
from eventwire.events.spanned import SPANS, counting_span
from eventwire.events.word_classes import PREMISES, TIME_UNITS
from eventwire.parse.coordination import first_conjunct
from eventwire.parse.deps import MODIFIER_OR_OWNER_DEPS
from eventwire.parse.nlp import AMOUNT_ENTITIES, PLACE_ENTITIES, TIME_ENTITIES
from eventwire.parse.pubdate import years_in
from eventwire.parse.tags import NOUN_OR_PRONOUN_POS, PARTICIPLE_TAG

ANCHORS = words("event_words.tsv", "anchor")  # at, in, near, on, outside
SITES = PREMISES | words("event_words.tsv", "ground")
TARGET_PREPS = {"against", "over"}  # "protests against the government", "over the fate of"
FEATURE = "particular act"  # the confidence feature these signs set
OWN_ARGUMENT_DEPS = MODIFIER_OR_OWNER_DEPS
YEAR = "year"  # "last year", "this year": a date that names a year by its unit


def own_participants(noun: Token) -> bool:
    """An actor named inside the noun phrase: "Russia's annexation", "an offensive by the
    security forces", "Belarus-Russia drills" (a day names none: "a Saturday rally")."""
    arguments = [c for c in noun.children if c.dep_ in OWN_ARGUMENT_DEPS]
    preps = [c for c in noun.children if c.lower_ in {"by", "of", "between", "with"}]
    arguments += [p for prep in preps for p in prep.children]
    return any(is_agent(a) and a.ent_type_ not in TIME_ENTITIES for a in arguments)


def owned_by_someone(noun: Token) -> bool:
    """ "his attacks", "Its ban", "Trumpian attacks", "the Islamic invasion": an owner pronoun
    or a people's adjective in the noun's phrase. `confidence` asks it of a use of force that
    got no party: the owner stood for no actor, so the phrase tells a way of talking, a policy
    or a kind of act, not force used. A name before the noun is left alone (a town names where
    the act was: "the Leeds attack"), and so is a word of doubt ("the suspected bombings")."""
    return any(
        (c.dep_ == "poss" and c.pos_ == "PRON") or (c.dep_ == "amod" and c.ent_type_ == "NORP")
        for c in noun.children
    )


def particular_act(noun: Token, party_act: bool) -> bool:
    """Whether the noun's own phrase places, dates, staffs or aims the act it names; for a
    `party_act` (an appeal, an agreement, a charge ...), whether it tells its doer."""
    if party_act:  # "a complaint was filed": its filer unnamed, but told done
        return told_done(noun) or filed_paper(noun) or any(_doer(c) for c in _preps(noun))
    return (
        placed_or_dated(noun)
        or _spanned(noun)  # "six months of infighting and protests"
        or any(_doer(c) or c.lower_ in TARGET_PREPS for c in _preps(noun))
        or told_done(noun)
    )


def placed_or_dated(noun: Token) -> bool:
    """ "protests in Miami", "the attack on our soil", "the raid on April 22", "the worst
    attack since 9/11", "Monday's raid": a place or a date of the act's own."""
    dated = any(_date(c) for c in noun.children if c.dep_ != "prep")
    since = any(c.lower_ == "since" for c in _preps(noun))
    return dated or since or any(_site(p) for c in _preps(noun) for p in _anchored(c))


def dated_in_the_news(noun: Token) -> bool:
    """ "Sunday's massacre", "the attacks Nov. 13 in Paris", "the attacks in Paris last month":
    a date of the act's own that names no year picks out one act of the days the story tells,
    even where the sentence sets another act after it ("soon after Sunday's massacre in Orlando
    he tweeted"); "the 2012 attack in Benghazi", "the Sept. 11, 2001, attacks", "in January of
    last year" name a past year: a known act of history, referred to."""
    dates = [c for c in noun.children if c.dep_ != "prep" and _date(c)]
    dates += [p for c in _preps(noun) for p in _anchored(c) if _date(p)]
    return bool(dates) and not any(_names_a_year(d) for d in dates)


def _names_a_year(date_token: Token) -> bool:
    """ "2012", "Sept. 11, 2001", "last year": the date's phrase names a year."""
    phrase = date_token.doc[date_token.left_edge.i : date_token.right_edge.i + 1]
    return bool(years_in(phrase.text, MAXYEAR)) or any(t.lemma_.lower() == YEAR for t in phrase)


def told_done(noun: Token) -> bool:
    """ "accusations lobbed by both sides", "protests staged in the capital": a participle of
    a verb that carries an act out (`light`) on the noun tells the act as a relative clause
    would ("accusations that both sides lobbed")."""
    return any(
        c.dep_ == "acl" and c.tag_ == PARTICIPLE_TAG and c.lemma_.lower() in LIGHT_VERBS
        for c in noun.children
    )


def _preps(noun: Token) -> list[Token]:
    """The noun's prepositional phrases; in a coordination, also one right after it that the
    parse hung on another conjunct ("recriminations and protests in Miami")."""
    after = [c for m in noun.conjuncts for c in m.children if c.i == noun.right_edge.i + 1]
    return [c for c in [*noun.children, *after] if c.dep_ == "prep"]


def _anchored(prep: Token) -> list[Token]:
    """The objects of a place preposition, with their conjuncts ("in both Miami and Cuba")."""
    if prep.lower_ not in ANCHORS:
        return []
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return objects + [c for o in objects for c in o.conjuncts]


def _site(token: Token) -> bool:
    """A named place, a date, or a building or ground an act happens at ("on our soil")."""
    return token.ent_type_ in PLACE_ENTITIES or token.lemma_.lower() in SITES or _date(token)


def _date(token: Token) -> bool:
    """A date or time with more than a bare unit: "April 22", "last week", not "weekend"."""
    return token.ent_type_ in TIME_ENTITIES and any(
        t.pos_ != "DET" and t.lemma_.lower() not in TIME_UNITS for t in token.subtree
    )


def _doer(prep: Token) -> bool:
    """ "by exiles", "by both sides": someone the act is done by, not a margin ("by 4 points")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return prep.lower_ == "by" and any(
        o.pos_ in NOUN_OR_PRONOUN_POS and o.ent_type_ not in AMOUNT_ENTITIES for o in objects
    )


def _spanned(noun: Token) -> bool:
    """ "months of infighting, recriminations and protests": the conjuncts share the span
    (the parse may join them to the span noun itself)."""
    noun = first_conjunct(noun)
    of = any(c.lower_ == "of" for c in noun.children)
    return bool(counting_span(noun)) or (of and noun.lemma_.lower() in SPANS)
