"""Party people named as a group: "Republican leaders", "Democratic officials", "party
officials" are the party's (PTY, as the coding rules code parties and campaigns), not the
state's officials that the bare noun ("leaders", "officials") stands for; so are a political
camp's ("conservative leaders"), who hold no state office."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.acting_groups import takes_part
from eventwire.actors.campaign_owners import CAMPAIGN, DRIVE_PREPOSITIONS
from eventwire.actors.group_owners import person_pronoun_owner
from eventwire.actors.known import KnownActors
from eventwire.actors.phrases import code
from eventwire.lexicons import word_set
from eventwire.model import ActorType, Code
from eventwire.parse.deps import (
    COMPLEMENT_OR_OBJECT_DEPS,
    OWNER_DEPS,
    REPORTED_CLAUSE_DEPS,
    VERB_OBJECT_DEPS,
)
from eventwire.parse.nlp import tokens_in
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.sectors import CIVILIANS, GOVERNMENT, LEGISLATORS, PARTY

WHAT_IT_SAYS_OR_DOES = COMPLEMENT_OR_OBJECT_DEPS | REPORTED_CLAUSE_DEPS | VERB_OBJECT_DEPS


def campaign_sector(span: Span, sector: Code) -> Code | None:
    """PTY for the helpers a campaign musters ("volunteers", "canvassers"), civilians
    elsewhere, in a story about an election contest: campaign staff are a party's."""
    helper = span[-1]
    if sector.value != CIVILIANS or helper.lower_ not in word_set("campaign_helper"):
        return None
    if not tokens_in(span.doc, word_set("election_contest_noun")):
        return None
    return code(span.doc, PARTY, helper.idx, helper.idx + len(helper))


def party_sector(span: Span, sector: Code) -> Code | None:
    """PTY for an official-like group noun (GOV by itself, or a committee, LEG) that a party
    or a political camp's word modifies: "Republican leaders", "the state Republican central
    committee", "conservative leaders" (a camp's leaders hold no state office). A chamber's
    word makes them legislators (LEG): "Republican congressional leaders", "Senate Democratic
    leaders" lead the party in a legislature, where budgets and laws are fought over."""
    if sector.value not in {GOVERNMENT, LEGISLATORS} or span[-1].lower_ not in word_set(
        "party_staff_noun"
    ):
        return None
    chamber = next((t for t in span[:-1] if _names_a_chamber(t)), None)
    if chamber is not None:
        return code(span.doc, LEGISLATORS, chamber.idx, chamber.idx + len(chamber))
    party = next((t for t in span[:-1] if names_a_party(t.text) or _names_a_camp(t)), None)
    if party is None:
        return None
    return code(span.doc, PARTY, party.idx, party.idx + len(party))


def names_a_party(word: str) -> bool:
    """ "Democratic leaders" name a party, "democratic leaders" (of the West) and "labour
    leaders" (unions) do not: a party word is capitalised, except "party" itself."""
    if word.lower() not in word_set("party_adjective"):
        return False
    return word.lower() == "party" or word[:1].isupper()


def party_country(name: str, table: KnownActors) -> str | None:
    """The country of the party a group's name names: "Republican lawmakers" are the
    Republican Party's (USA), "Labour MPs" the Labour Party's (GBR), as the table codes them."""
    for word in (w for w in name.split() if names_a_party(w)):
        for form in (word, f"{word} Party"):
            found = table.lookup(form)
            if found is not None and found.type is ActorType.ORGANIZATION and found.sector == PARTY:
                return found.country
    return None


def _names_a_chamber(token: Token) -> bool:
    """ "congressional", "Senate", "House": a chamber's word ("house" as a common noun is none)."""
    if token.lower_ not in word_set("chamber_modifier"):
        return False
    return token.lower_ not in word_set("chamber_name") or token.is_title


def _names_a_camp(token: Token) -> bool:
    """ "conservative leaders", "progressive officials": the politics they lead, not a state."""
    return token.lower_ in word_set("ideology_adjective")


def owned_campaign(words: Span) -> bool:
    """ "his campaign sent out an email": in a story about an election contest, a person's
    campaign that acts (a clause's subject) is a body of its own, the candidate's party side
    (PTY); "suspended his campaign" is the run, which its owner ends, and "his campaign
    against corruption" a drive."""
    head = words[-1]
    if head.lower_ != CAMPAIGN or head.dep_ not in SUBJECT_DEPS:
        return False
    if not tokens_in(words.doc, word_set("election_contest_noun")):
        return False
    return not any(c.lower_ in DRIVE_PREPOSITIONS for c in head.rights)


def campaign_body(words: Span) -> bool:
    """ "his campaign said", "the campaign told reporters": a campaign that acts as a body."""
    owned = person_pronoun_owner(words[-1]) is not None and owned_campaign(words)
    return owned or told_campaign(words)


def told_campaign(words: Span) -> bool:
    """ "the campaign said", "the campaign accused him": in a story about an election contest,
    a bare "the campaign" that is the subject of an act or a reporting verb is a candidate's
    campaign body (PTY), as "his campaign" is; "the campaign moves to bigger states" is the
    race, and "the Trump campaign" is the name's (`campaign_owners`)."""
    head = words[-1]
    if not owned_campaign(words) or any(c.dep_ in OWNER_DEPS for c in head.children):
        return False  # "Clinton's campaign", "the Clinton campaign": the name's
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    return definite and takes_part(head) and _says_or_does_something(head.head)


def _says_or_does_something(verb: Token) -> bool:
    """The verb has an object or a clause ("said that ...", "told reporters", "expects to
    air"): "the campaign goes on" tells the run lasting, with nothing said or done."""
    return any(c.dep_ in WHAT_IT_SAYS_OR_DOES for c in verb.children)
