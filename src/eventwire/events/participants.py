"""Participants: the resolved actors a noun phrase names, read through the article's mentions.

Each argument maps to the resolved actor whose mention covers it; coordinated arguments
("Russian and Belarusian troops") give several participants; an argument no mention covers
falls back to a country name, demonym or capital inside it; "I" and "we" inside a quotation
stand for its speaker.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from eventwire.codes import capital_countries, country_of
from eventwire.events.addressed import addressee
from eventwire.events.attribution import Attribution
from eventwire.events.binding import rebound
from eventwire.events.counsel import clients
from eventwire.events.counted_victims import counted_noun
from eventwire.events.country_words import country_word
from eventwire.events.described_bodies import described_body
from eventwire.events.facilities import facility_holders
from eventwire.events.held_sites import site_holders
from eventwire.events.homelands import homeland
from eventwire.events.joint import (
    fronted_joint,
    joint_antecedent,
    plural_object_antecedent,
    previous_joint,
    previous_plural,
)
from eventwire.events.lexicon import FIRST_PERSON, words
from eventwire.events.named_examples import named_examples
from eventwire.events.named_groups import named_as_someone, set_in_story, sole_country
from eventwire.events.neuter_objects import parallel_neuter
from eventwire.events.owned_people import owned_people, owning_pronoun
from eventwire.events.owned_things import is_thing
from eventwire.events.pair_sides import pair_sides
from eventwire.events.paper_issuers import is_paper, issuer_words
from eventwire.events.parallel import parallel_object
from eventwire.events.participant_sets import unique
from eventwire.events.party_doers import party_doer
from eventwire.events.people_struck import placed_person
from eventwire.events.phrase_links import (
    appositions,
    coordinated,
    equated,
    given_names,
    members,
    pobjs,
    relative_antecedent,
)
from eventwire.events.placed_actors import COUNTRY, placed_countries
from eventwire.events.possessors import possessor
from eventwire.events.post_authors import post_author
from eventwire.events.pronoun_antecedents import (
    THIRD_PERSON,
    fronted_clause_party,
    plural_beside_person,
    previous_subject,
)
from eventwire.events.pronoun_antecedents import antecedent as pronoun_antecedent
from eventwire.events.provenance import provenance
from eventwire.events.quoted import quoted_person
from eventwire.events.shared_words import sharing_words
from eventwire.events.side_takers import side_taker, sided_by_name
from eventwire.events.story_parties import pair_parties, story_rival
from eventwire.events.targets_counted import counted_countries
from eventwire.events.unowned_heads import party_modifiers, unowned_head
from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, Article, Evidence, Mention, Participant, Place
from eventwire.parse.coordination import has_conjunct
from eventwire.parse.nlp import AREA_ENTITIES

OWNER_PREPS = {"of", "in", "from", "by"}  # "offices of X", "opposition groups in Zimbabwe"
MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "npadvmod"}
QUOTED_PAPER_BACK = 3  # sentences before a quoted "the statement" where the paper was issued
BENEFICIARIES = words("event_arguments.tsv", "beneficiary")  # "on behalf of": no side


def dateline_span(article: Article) -> tuple[int, int]:
    """The dateline's place and agency, which the parse may hang on the first sentence
    (`RoleReader` reads them as where the story was filed, not who acts)."""
    spans = [
        (a.evidence.start, a.evidence.end)
        for a in (article.dateline_place, article.agency)
        if a is not None and a.evidence is not None
    ]
    if not spans:
        return (0, 0)
    return (min(s for s, _ in spans), max(e for _, e in spans))


class RoleReader:
    """Maps tokens to participants through the article's mentions and actors."""

    def __init__(
        self,
        doc: Doc,
        actors: list[Actor],
        mentions: list[Mention],
        attribution: Attribution,
        dateline: tuple[int, int] = (0, 0),
        places: list[Place] | None = None,
    ) -> None:
        self.doc = doc
        self.dateline = dateline  # "DAR ES SALAAM, Tanzania (AP) _": where, not who
        self.actors = {a.id: a for a in actors}
        self.mentions = sorted(mentions, key=lambda m: m.evidence.start)
        self.starts = [m.evidence.start for m in self.mentions]
        self.attribution = attribution
        self.phrases: dict[int, list[Participant]] = {}  # what `phrase` read, by head word
        self.placed = placed_countries(mentions, places or [])  # "a Brevard County deputy"
        self.setting = sole_country(places or [], dateline)  # a story set in one country
        self.place_starts = frozenset(p.evidence.start for p in places or [])  # geocoded
        self.towns = frozenset(  # where resolved towns start: "the Nice attack" (`named_towns`)
            p.evidence.start for p in places or [] if p.country and p.feature != COUNTRY
        )

    def mention_at(self, token: Token) -> Mention | None:
        index = bisect_right(self.starts, token.idx) - 1
        while index >= 0 and self.mentions[index].evidence.end > token.idx - 200:
            mention = self.mentions[index]
            if mention.evidence.start <= token.idx < mention.evidence.end:
                return mention
            index -= 1
        return None

    def participant(self, mention: Mention) -> Participant:
        return self.actor_participant(mention.actor_id, mention.evidence)

    def actor_participant(self, actor_id: str, evidence: Evidence) -> Participant:
        """A resolved actor taking part, with the words that name it here."""
        actor = self.actors[actor_id]
        return Participant(
            actor_id=actor.id,
            name=actor.name,
            country=actor.country_code or self.placed.get(actor.id),
            sector=actor.sector_code,
            mention=evidence,
        )

    def speaker(self, token: Token) -> Participant | None:
        """The person a first-person pronoun inside a quotation or an embedded post stands for."""
        speaker = self.attribution.quoted_speaker(token)
        if speaker is not None and speaker.actor_id in self.actors and speaker.mention:
            return self.actor_participant(speaker.actor_id, speaker.mention)
        author = post_author(token, self.mentions)  # <tweet author="X">I refuse ...</tweet>
        if author is not None and author.actor_id in self.actors:
            return self.participant(author)
        if not self.attribution.in_quotation(token):
            return None
        for subject in self.attribution.reporting_subjects(token):
            participant = self.phrase(subject) or self._issuer(subject)
            if participant:
                return participant[0]
        return None

    def _issuer(self, speaker: Token) -> list[Participant]:
        """ "'We condemn the raid,' the statement said": a paper quoted speaks for its issuer
        (`paper_issuers`), so its "we" is the one that put it out."""
        words_ = issuer_words(speaker, QUOTED_PAPER_BACK) if is_paper(speaker) else []
        return [p for t in words_ for p in self.phrase(t)]

    def actor_of(self, participant: Participant) -> Actor | None:
        """The resolved actor a participant names; None for words no actor resolves."""
        return self.actors.get(participant.actor_id or "")

    def actor_type(self, participant: Participant) -> ActorType | None:
        """The kind of actor a participant names; None for words no actor resolves."""
        actor = self.actor_of(participant)
        return None if actor is None else actor.type

    def is_country(self, participant: Participant) -> bool:
        return self.actor_type(participant) == ActorType.COUNTRY

    def stands_for_state(self, participant: Participant) -> bool:
        """A country (or its capital) named as a participant acts through its state."""
        if participant.actor_id is not None:
            return self.is_country(participant)
        country = country_of(participant.mention.text)
        return (country is not None and not country.is_demonym) or (
            participant.mention.text in capital_countries()
        )

    def in_dateline(self, token: Token) -> bool:
        """Whether the token is the dateline's place or agency, where the story is filed."""
        return self.dateline[0] <= token.idx < self.dateline[1]

    def _one(self, token: Token) -> Participant | None:
        if self.in_dateline(token):
            return None
        if token.lower_ in FIRST_PERSON and token.pos_ == "PRON":  # not "the US"
            return self.speaker(token)
        if (listener := addressee(self, token)) is not None:  # "told the board: “… you …”"
            return listener
        mention = self.mention_at(token)
        if mention is not None:
            participant = rebound(self, token, self.participant(mention))  # not "at her" → doer
            person = self._person(participant) and participant.name not in capital_countries()
            bare = participant.country is None and not person  # "Freetown" read as a person
            fallback = country_word(self, token) if bare else None  # never a person's country
            if fallback is not None:  # "Washington" as a person-like name: the capital
                participant.country = fallback.country
            return participant
        parallel = parallel_object(token) or relative_antecedent(token, self.mention_at)  # "whom"
        if parallel is not None:
            return next(iter(self.phrase(parallel)), None)
        if (earlier := parallel_neuter(token)) is not None:  # "called China ..., accusing it"
            body = self._body_named(earlier)
            if body is not None or is_thing(earlier):  # "the plan, calling it": no party
                return body
        if token.lower_ in THIRD_PERSON:
            antecedent = pronoun_antecedent(self, token) or plural_object_antecedent(self, token)
            antecedent = antecedent or fronted_clause_party(self, token)  # "As X met, they"
            antecedent = antecedent or self.previous_subject(token) or previous_plural(self, token)
            return antecedent or plural_beside_person(self, token)  # "He said they"
        described = quoted_person(self, token) or described_body(self, token)
        described = described or self._owned_people(token) or homeland(self, token)  # "his men"
        return described or country_word(self, token)  # "our nation" (`homelands`)

    def _body_named(self, noun: Token) -> Participant | None:
        """The body or state a noun names, none for a person or a thing ("it" is neither)."""
        found = self.phrase(noun)
        body = next((p for p in found if p.actor_id or p.country), None)
        return body if body is not None and not self._person(body) else None

    def previous_subject(self, pronoun: Token) -> Participant | None:
        """The subject of the sentence before that a pronoun agrees with (`pronoun_antecedents`)."""
        return previous_subject(self, pronoun)

    def _owned_people(self, head: Token) -> Participant | None:
        """ "his men", "its troops" (`owned_people`): the owner is whom the pronoun stands for
        in its sentence, else the subject of the one before ("Iraq massed tanks. Its troops")."""
        pronoun = owning_pronoun(head)
        if pronoun is None:
            return None
        owners = [*self.modifiers(head, act=True), self.previous_subject(pronoun)]
        owner = next((p for p in owners if p is not None and p.country), None)
        return owned_people(head, owner) if owner is not None else None

    def phrase(self, token: Token) -> list[Participant]:
        """Participants a noun phrase names: its head(s), else the countries modifying it; read
        once per word (the roles of every event and rule ask again), given out as copies."""
        if token.i not in self.phrases:
            self.phrases[token.i] = self._phrase(token)
        return [p.model_copy() for p in self.phrases[token.i]]

    def _phrase(self, token: Token) -> list[Participant]:
        found: list[Participant] = []
        for head in map(counted_noun, coordinated(token)):  # "three were stabbed": victims
            if head.lemma_.lower() in BENEFICIARIES:
                continue  # "on behalf of refugees": whom it is for, no side of it
            joint = joint_antecedent(self, head) or fronted_joint(self, head)  # "As X and Y met,"
            joint = joint or previous_joint(self, head)  # "X and Y met. They"
            if joint:
                found.extend(joint)
                continue
            heads = given_names(head) or [head, *appositions(head)]  # "a staffer named X"
            heads = named_examples(head) or heads  # "candidates like Donald Trump"
            named = counted_countries(self, head) or [p for h in heads if (p := self._one(h))]
            if not any(self._person(p) for p in named):  # "his rival, law professor X": X
                named = story_rival(self, head) or named  # "his rival": the race's other one
            named += sharing_words(named, self.mentions, self.participant)  # "from X and Y"
            _fill_country(named, self.modifiers(head))  # "Jordan's King Abdullah"
            _fill_country(named, self.located(head, any(self._person(p) for p in named)))
            if _coordinated_modifiers(head):  # "the Russian and Belarusian troops"
                named = unique(named + self.modifiers(head))
            named = named or facility_holders(self, head) or site_holders(self, head)
            named = named or pair_parties(self, head)  # "both sides"; "his rival" asked above
            named = pair_sides(self, head, named)  # "both governments", "X of the two countries"
            placed = placed_person(head)  # "a journalist in Mali" is no party of Mali's
            apart = placed or unowned_head(head)
            apart = apart or sided_by_name(head, self.phrase, self._person)
            if not named and not apart:  # "a Trump supporter" is no act of Trump's
                named = party_modifiers(head, self.modifiers(head))  # not "the Cadillac tax"
            if not named:  # "lawyers for the family" act for the family (`counsel`)
                named = [p for t in clients(head) for p in self.phrase(t)]
            if not named and not placed and not side_taker(head):  # "a group of Moroccan diplomats"
                named = [p for t in self._owners(head) + members(head) for p in self.phrase(t)]
            if not named:  # "Kopp, an opponent who is sought", "Kopp is the activist sought"
                named = [p for t in equated(head) for p in self.phrase(t)]
            found.extend(named)
        return unique(found)

    def _owners(self, head: Token) -> list[Token]:
        """The words whose party a noun belongs to: "offices of X", "opposition groups in
        Zimbabwe"; a place a thing is "in" says where it is, not whose ("a meeting at a hotel
        in Washington", "the costs of health care in the United States")."""
        where = is_thing(head)
        return [t for t in pobjs(head, OWNER_PREPS) if not (where and self._in_place(t))]

    def _in_place(self, pobj: Token) -> bool:
        """Whether the object of "in" is a place: NER's or the places stage's."""
        return pobj.head.lower_ == "in" and (
            pobj.ent_type_ in AREA_ENTITIES or pobj.idx in self.place_starts
        )

    def located(self, head: Token, person: bool) -> list[Participant]:
        """Countries a person serves ("President Macron of France", "a spokesman for the
        Chinese ministry") or a group or organisation is in or from ("ethnic Albanians in
        Serbia", "rebels from Chad"); a person "in" a place may only be visiting it."""
        preps = word_set("serving_preposition" if person else "location_preposition")
        return [p for t in pobjs(head, preps) for p in self.phrase(t) if p.country]

    def named(self, actor_id: str) -> bool:
        """Whether the text names the actor as someone (`named_groups`)."""
        return named_as_someone(self.actors[actor_id])

    def set_here(self, actor_id: str) -> bool:
        """Whether the actor is civilians the story, set wholly in their default country,
        places there (`named_groups.set_in_story`)."""
        return set_in_story(self.actors[actor_id], self.setting)

    def _person(self, participant: Participant) -> bool:
        return self.actor_type(participant) == ActorType.PERSON

    def modifiers(self, head: Token, act: bool = False) -> list[Participant]:
        """Countries and actors modifying a noun: "Belarus-Russia drills", "Iraq's court"; an
        act's possessive pronoun is its doer ("his threat"), a person's is not ("his critics");
        so is a party's word ("Democratic allegations", `party_doers`)."""
        found = []
        for child in head.children:
            if child.dep_ == "poss" and child.pos_ == "PRON":  # "its warplanes", "his threat"
                owner = [possessor(self, child, act)]
                found.extend(joint_antecedent(self, child) or [p for p in owner if p is not None])
            elif child.dep_ in MODIFIER_DEPS and child.pos_ != "PRON" and not provenance(child):
                for part in coordinated(child):
                    participant = self._one(part) or (party_doer(part) if act else None)
                    found.extend([participant] if participant else [])
                    found.extend(self.modifiers(part))
        return unique(found)


def _coordinated_modifiers(head: Token) -> bool:
    return any(c.dep_ in MODIFIER_DEPS and has_conjunct(c) for c in head.children)


def _fill_country(named: list[Participant], modifiers: list[Participant]) -> None:
    """A participant that is no resolved actor takes the country its modifiers name; an
    actor's participant keeps its actor's country, unknown (None) included, never another's."""
    countries = [m.country for m in modifiers if m.country]
    for participant in named:
        if participant.country is None and participant.actor_id is None and countries:
            participant.country = countries[0]
