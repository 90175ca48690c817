"""Party people named as a group: "Republican leaders", "Democratic officials", "party
officials" are the party's (PTY, as the coding rules code parties and campaigns), not the
state's officials that the bare noun ("leaders", "officials") stands for; so are a political
camp's ("conservative leaders"), who hold no state office."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.acting_groups import fitting_group_at, takes_part
from eventwire.actors.campaign_owners import CAMPAIGN, DRIVE_PREPOSITIONS
from eventwire.actors.group_owners import person_pronoun_owner
from eventwire.actors.known import KnownActors
from eventwire.actors.peoples import plural_noun
from eventwire.actors.phrases import code
from eventwire.code_phrases import party_group_phrases
from eventwire.lexicons import PhraseMatch, word_set
from eventwire.model import Actor, ActorType, Code
from eventwire.parse.deps import (
    COMPLEMENT_OR_OBJECT_DEPS,
    NOUN_MODIFIER_DEPS,
    OWNER_DEPS,
    REPORTED_CLAUSE_DEPS,
    VERB_OBJECT_DEPS,
)
from eventwire.parse.nlp import tokens_in
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.sectors import CIVILIANS, GOVERNMENT, LEGISLATORS, PARTY

PARTY_METHOD = "party's country"
COMMON_NOUN_POS = "NOUN"
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


def party_group_at(token: Token) -> PhraseMatch[str] | None:
    """ "Democratic politicians", "her Republican rivals", "GOP establishment figures": a
    plural people noun that names no group by itself (`party_group_phrases`) names the party's
    people when a party's word modifies it; "the Republican Party's rivals" are the party's
    opponents (the owner's words modify no noun), and "Republican Donald Trump" is the person,
    whose name claims the words first."""
    return fitting_group_at(party_group_phrases(), token, _party_people)


def _party_people(noun: Token) -> bool:
    return plural_noun(noun) and _party_modified(noun)


def _party_modified(noun: Token) -> bool:
    """A party's word modifies the noun itself, and no other noun does: "Democratic turnout
    figures" are the turnout's numbers, "GOP primary rivals" the primary's, not the party's
    people as such."""
    modifiers = _noun_modifiers(noun)
    parties = [t for t in modifiers if names_a_party(t.text)]
    kinds = [t for t in modifiers if t.pos_ == COMMON_NOUN_POS and t not in parties]
    return bool(parties) and not kinds


def _party_modifier(noun: Token) -> Token | None:
    """The party's word among the noun's modifiers and theirs."""
    modifiers = _noun_modifiers(noun)
    modifiers += [g for c in modifiers for g in _noun_modifiers(c)]
    return next((t for t in modifiers if names_a_party(t.text)), None)


def _noun_modifiers(noun: Token) -> list[Token]:
    return [c for c in noun.lefts if c.dep_ in NOUN_MODIFIER_DEPS]


def claimed_party(span: Span) -> Token | None:
    """ "GOP moderates", "his GOP rivals": the first word of the party's name before a party
    group's mention, which the party's own name claimed first; the group is named with it,
    so that the party still says whose people they are (`party_country`) and two parties'
    groups stay apart."""
    party = _party_modifier(span[-1])
    first = party.left_edge if party is not None else None  # "Republican Party insiders"
    return first if first is not None and first.i < span.start else None


def code_party_groups(actors: list[Actor], table: KnownActors) -> None:
    """A group still placed nowhere once the home has coded what it could, whose name names a
    party, is that party's country's: "Tory MPs" in a story with no home are Britain's, as the
    table codes the Conservatives; the home, where there is one, has placed them first (a
    party many states share is named bare by its own country's news, `party_homes`)."""
    for actor in actors:
        if actor.type != ActorType.GROUP or actor.country is not None:
            continue
        country = party_country(actor.name, table)
        if country is not None:
            actor.country = Code(value=country, method=PARTY_METHOD)


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
