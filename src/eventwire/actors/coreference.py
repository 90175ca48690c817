"""Link candidate mentions into actors: names by surname or canonical key, titles by role and
country, pronouns by the nearest person mentioned before them outside quotation marks.

A light, rule-based coreference made for news style, where the lead names a person in full and
later paragraphs say "Lukashenko", "the Belarusian leader" or "he". Its rules are written here
because spaCy's small English model ships no coreference component.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from eventwire.actors.actor_ledger import ActorLedger
from eventwire.actors.bracketed_acronyms import bracketed_owner
from eventwire.actors.candidates import Candidate
from eventwire.actors.coarguments import clause_mates, co_argument, own_key
from eventwire.actors.descriptions import described_person, past_description
from eventwire.actors.kind_descriptions import SECTOR, kind_body
from eventwire.actors.known_descriptions import known_described
from eventwire.actors.later_descriptions import DEMONYM, described_again
from eventwire.actors.legal_forms import company_endings
from eventwire.actors.named_fits import named_one
from eventwire.actors.namesakes import acting_namesakes
from eventwire.actors.office_descriptions import OFFICE, office_holder
from eventwire.actors.office_namesakes import office_holders
from eventwire.actors.portfolios import refers_back
from eventwire.actors.pronoun_salience import (
    after_unnamed,
    embedded_nearest,
    parallel_subjects,
)
from eventwire.actors.short_names import firm_shortened, given_name_of, named_in_full_after
from eventwire.actors.state_short_names import without_state
from eventwire.actors.title_anaphora import countries_of_named_offices, introduced_later
from eventwire.codes import country_display_name
from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, Mention, MentionKind
from eventwire.parse.subjects import SUBJECT_DEPS

DOMINANT = 3  # times more often a namesake must have been called by the surname to beat the nearest


class ActorBuilder(ActorLedger):
    """Links each candidate to an actor by the rules of its kind: name, title or pronoun."""

    def named(self, candidate: Candidate) -> None:
        """A name: the same key means the same actor; people go by `_person`."""
        if self._surname_of_person(candidate):
            candidate.type, candidate.country, candidate.sector = ActorType.PERSON, None, None
        firm = None if self._surname_known(candidate) else firm_shortened(candidate, self.actors)
        if firm is not None:
            self.link(candidate, firm)
            return
        if candidate.type == ActorType.PERSON:
            self._named_person(candidate)
            return
        key = (candidate.type, _firm_key(candidate.key))
        own = (candidate.type, own_key(key[1], candidate))
        actor = (
            self.by_key.get(own)
            or self.by_key.get(key)
            or self._spelled_out(candidate)
            or bracketed_owner(self.text, candidate, [(c, a) for _, c, a in self.history])
            or without_state(candidate, self.actors)
        )
        if actor is not None and co_argument(candidate, actor, self.history):
            actor, key = None, own  # "Catalan leaders accused the Spanish government"
        if actor is None:
            name = candidate.name
            if candidate.type == ActorType.COUNTRY and candidate.country:
                name = country_display_name(candidate.country.value)
            actor = self.new_actor(candidate, name)
        self.by_key.setdefault(key, actor)
        self.link(candidate, actor)

    def _spelled_out(self, candidate: Candidate) -> Actor | None:
        """ "United Network for Organ Sharing, or UNOS": an acronym is the organisation named
        before whose initials it spells, when the acronym's own codes do not say otherwise."""
        name = candidate.name.replace(".", "")
        if candidate.type != ActorType.ORGANIZATION or len(name) < 2 or not name.isupper():
            return None
        if candidate.sector is not None:
            return None
        return next(
            (
                actor
                for actor in self.actors
                if actor.type == ActorType.ORGANIZATION and initials(actor.name) == name
            ),
            None,
        )

    def _surname_of_person(self, candidate: Candidate) -> bool:
        """ "Jordan" after "Jim Jordan", "Clinton" tagged as an organisation: a bare word that
        is the surname (or the one given name) of a person already named is that person, not a
        country or a firm; an unknown organisation also when the person is named in full only
        later ("Clinton faces tight primary with Sanders" over a story on Bernie Sanders)."""
        bare = " " not in candidate.name and candidate.kind == MentionKind.NAME
        unknown_org = candidate.type == ActorType.ORGANIZATION and candidate.sector is None
        country = candidate.type == ActorType.COUNTRY
        named = candidate.name.lower() in self.people or given_name_of(candidate, self.actors)
        named_later = (
            unknown_org
            and not candidate.name.isupper()  # "TWA" ending a misread "Steven Snyder TWA"
            and candidate.name.lower() in self.surnames_in_article
        )
        return bare and (unknown_org or country) and bool(named or named_later)

    def _surname_known(self, candidate: Candidate) -> bool:
        """ "Ford" after "Gerald Ford": a person of that surname comes before a firm."""
        return candidate.name.split()[-1].lower() in self.people

    def _named_person(self, candidate: Candidate) -> None:
        actor = self._person(candidate) or given_name_of(candidate, self.actors)
        kind = None
        if actor is None:
            actor = self.new_actor(candidate, candidate.name)
            self.people.setdefault(candidate.name.split()[-1].lower(), []).append(actor)
        elif len(candidate.name) > len(actor.name):
            actor.name = candidate.name
        elif candidate.name != actor.name:
            kind = MentionKind.SURNAME
        if candidate.refers_back:
            _copy_role(actor, self._previous_person(candidate, exclude=actor))
        self.link(candidate, actor, kind)

    def _person(self, candidate: Candidate) -> Actor | None:
        """A full name is the person of that name (two different full names never merge);
        a surname alone is a person with that surname mentioned before it (`_likeliest`)."""
        surname = candidate.name.split()[-1].lower()
        namesakes = self.people.get(surname, [])
        if " " in candidate.name:
            return next((a for a in namesakes if _same_person(a.name, candidate.name)), None)
        if not namesakes:  # no one of that surname yet: no earlier mention to weigh
            return None
        seen: list[Actor] = []  # nearest first; "Elian" says no "Gonzalez" was last
        for other, actor in self.before(candidate):
            named = any(actor is n for n in namesakes) and surname in other.name.lower().split()
            if named and not any(actor is s for s in seen):
                seen.append(actor)
        if not seen:
            return namesakes[0] if namesakes else None
        return seen[0] if len(seen) == 1 else self._likeliest(candidate, seen, surname)

    def _likeliest(self, candidate: Candidate, namesakes: list[Actor], surname: str) -> Actor:
        """Of several people sharing a surname (nearest first), those a courtesy title's gender
        allows ("Mrs. Clinton"); of them the nearest, unless another has been called by the
        surname far more often: a story about Sen. Chris Murphy that names a victim, Anne Marie
        Murphy, in passing still means him by "Murphy"."""
        office = candidate.role.value if candidate.role else None
        namesakes = office_holders(namesakes, office, self.on)  # "President Clinton"
        gender = self.genders.mark_at(candidate)
        fitting = [a for a in namesakes if gender and self.genders.gender(a) in {None, gender}]
        fitting = acting_namesakes(fitting or namesakes, self.before(candidate))
        called = Counter(
            m.actor_id for m in self.mentions if surname in m.evidence.text.lower().split()
        )
        dominant = max(fitting, key=lambda a: called[a.id])
        return dominant if called[dominant.id] >= DOMINANT * called[fitting[0].id] else fitting[0]

    def definite_group(self, candidate: Candidate) -> None:
        """ "the refugees" after "Syrian refugees": a definite group noun with no country of
        its own names the nearest earlier group with the same head noun that has one."""
        for other, actor in self.before(candidate):
            if refers_back(self.text, candidate, other, actor):
                self.link(candidate, actor)
                return
        self.named(candidate)

    def titled(self, candidate: Candidate) -> None:
        """ "the Belarusian leader" → the latest person whose role and country fit; "the
        company" → the business told before, or no actor."""
        if SECTOR in candidate.extra:
            body = kind_body(candidate, self.before(candidate), self.text)
            if body is not None:
                self.link(candidate, body)
            return
        actor = self._glossed(candidate) or self._fitting_person(candidate)
        people = self._people_before(candidate, None)
        actor = actor or described_person(candidate, people, self.text, self.on)
        if actor is not None and past_description(candidate, self.text):
            candidate.role = None  # "the former secretary of state": no office held now
        actor = actor or described_again(candidate, people, self.text)
        named = [(other, linked) for _, other, linked in self.history]  # "the mogul, Ann Lee"
        actor = actor or known_described(candidate, named, self.text, self.on)
        actor = actor or office_holder(candidate, people, self.text, self.on)  # "the speaker"
        actor = actor or introduced_later(candidate, self.history)  # the office, then its holder
        if actor is None and any(candidate.extra.get(k) for k in ("said", DEMONYM, OFFICE)):
            return  # "the 68-year-old", "the Cuban father", "the speaker" fitting no one: no actor
        if actor is None:
            actor = self.new_actor(candidate, candidate.name)
        self.link(candidate, actor)

    def pronoun(self, candidate: Candidate) -> None:
        """ "he" outside quotes → the person mentioned last before it, outside quotes; a
        subject pronoun prefers the last person who was a subject ("Obama met Putin. He
        said …" is Obama), an object is never its own clause's subject ("he criticized
        him") while a reflexive is ("she steeled herself"), no pronoun is a person its
        clause names ("he accused Trump"), and "he" is never a person known to be a woman,
        nor "she" a man."""
        if candidate.in_quote:
            return
        if candidate.extra.get("unnamed"):  # "the driver ... he"; a subject starts a chain
            if _subject(candidate):
                self.unnamed.setdefault(candidate.extra.get("gender"), []).append(candidate.start)
            return
        subject = self._clause_subject(candidate)
        if subject is not None and self._reflexive(candidate):
            self.link(candidate, subject)
            return
        people = self._people_before(candidate, exclude=subject)
        mates = clause_mates(candidate, self.history)
        people = [(o, a) for o, a in people if id(a) not in mates]
        gender = candidate.extra.get("gender")
        people = self.genders.fitting(people, gender)
        subjects = [(o, a) for o, a in people if _subject(o)] if _subject(candidate) else []
        subjects = parallel_subjects(subjects, candidate)
        salient = embedded_nearest(candidate, _salient_subject(subjects, candidate), people)
        actor = salient or next(iter(a for _, a in people), None)
        actor = after_unnamed(candidate, actor, people, self.unnamed.get(gender, []))
        if actor is not None:
            self.link(candidate, actor)

    def _reflexive(self, candidate: Candidate) -> bool:
        return self.text[candidate.start : candidate.end].lower().endswith("self")

    def _people_before(
        self, candidate: Candidate, exclude: Actor | None
    ) -> list[tuple[Candidate, Actor]]:
        return [
            (other, actor)
            for other, actor in self.before(candidate)
            if actor.type == ActorType.PERSON and not other.in_quote and actor is not exclude
        ]

    def _clause_subject(self, candidate: Candidate) -> Actor | None:
        """The person a non-subject pronoun's own clause has as subject, already linked."""
        if _subject(candidate) or candidate.extra.get("dep") == "poss":  # "he and his aides"
            return None
        head = candidate.extra.get("head")
        return next(
            (
                a
                for other, a in self.before(candidate)
                if _subject(other) and other.extra.get("head") == head
            ),
            None,
        )

    def _glossed(self, candidate: Candidate) -> Actor | None:
        if candidate.gloss_of is None:
            return None
        for start, _, actor in self.history:
            if start == candidate.gloss_of:
                return actor
        return None

    def _fitting_person(self, candidate: Candidate) -> Actor | None:
        """The one person before whose role and country fit; none when two do ("Sen. A and
        Sen. B ... the senator"), since a wrong link moves an event's side."""
        fitting = {
            id(actor): actor
            for _, actor in self.before(candidate)
            if actor.type == ActorType.PERSON and _fits(candidate, actor)
        }
        if len(fitting) == 1:
            return next(iter(fitting.values()))
        return named_one(list(fitting.values()), self.before(candidate))

    def _previous_person(self, candidate: Candidate, exclude: Actor | None = None) -> Actor | None:
        for other, actor in self.before(candidate):
            if actor.type == ActorType.PERSON and not other.in_quote and actor is not exclude:
                return actor
        return None


def initials(name: str) -> str:
    """The capitals of a name's words, without "of", "for", "and", "the" ("UNOS")."""
    words = [
        w for w in name.replace("-", " ").split() if w.lower() not in word_set("initials_skip")
    ]
    return "".join(w[0] for w in words if w[:1].isupper())


def _firm_key(key: str) -> str:
    """ "du pont co." and "du pont", "coleco industries inc." and "coleco": a firm's name
    without the words that end firms' names is the same firm."""
    words = key.split()
    while len(words) > 1 and words[-1].strip(",") in company_endings():
        words.pop()
    return " ".join(words) if words else key


def _subject(candidate: Candidate) -> bool:
    return candidate.extra.get("dep") in SUBJECT_DEPS


def _salient_subject(subjects: list[tuple[Candidate, Actor]], pronoun: Candidate) -> Actor | None:
    """The latest person who was a subject; but for a main-clause "he" after a subject in
    what someone reported, the reporter, when a person ("Reid said Trump should quit. He
    added …" is Reid): a report is about its reporter, what it reports only what others did."""
    if not subjects:
        return None
    latest, actor = subjects[0]
    if pronoun.extra.get("main") and not latest.extra.get("main"):
        sentence = latest.extra.get("sentence")
        reporters = (
            a
            for o, a in subjects
            if o.extra.get("sentence") == sentence and o.extra.get("main") == "reporter"
        )
        return next(reporters, actor)
    return actor


def _same_person(known: str, name: str) -> bool:
    """Names of one person: one is a surname alone (of one word or several, "De Blasio"), or
    both start with the same first name ("Hillary Clinton", "Hillary Rodham Clinton"; not
    "Bill Clinton")."""
    known_words, words = known.lower().split(), name.lower().split()
    shorter, longer = sorted((known_words, words), key=len)
    if longer[len(longer) - len(shorter) :] == shorter and len(shorter) > 1:
        return True  # "De Blasio", "Wasserman Schultz": the surname of several words
    return len(known_words) == 1 or known_words[0] == words[0]


def _fits(candidate: Candidate, actor: Actor) -> bool:
    """A title fits an actor when country and role agree ("leader" fits any head of state)."""
    if candidate.country and (not actor.country or actor.country.value != candidate.country.value):
        return False
    if candidate.role is None or actor.role is None:
        return False
    wanted, has = candidate.role.value, actor.role.value
    if has.endswith(f" {wanted}"):
        return True  # "the minister" for the foreign minister
    return wanted == has or (wanted == "leader" and has in word_set("leader_role"))


def _copy_role(actor: Actor, other: Actor | None) -> None:
    """ "his Belarusian counterpart Khrenin": Khrenin holds the other party's office."""
    if other is None:
        return
    if actor.role is None and other.role is not None:
        actor.role = other.role
    if actor.sector is None and other.sector is not None:
        actor.sector = other.sector


def _named_in_full(candidates: list[Candidate]) -> list[Candidate]:
    return [
        c
        for c in candidates
        if c.type == ActorType.PERSON and c.kind == MentionKind.NAME and " " in c.name
    ]


def _among(candidate: Candidate, candidates: list[Candidate]) -> bool:
    return any(candidate is c for c in candidates)


def _definite_bare_group(candidate: Candidate) -> bool:
    """ "the refugees": a group noun with "the" and neither owner nor country of its own;
    "the police", "the government" are the home state's institutions, not a group named
    before."""
    bare = candidate.key.startswith("bare:") and candidate.country is None
    article, _, words = candidate.name.lower().partition(" ")
    return bare and article == "the" and words not in word_set("bare_collective")


def resolve_actors(
    text: str, candidates: list[Candidate], on: date | None = None
) -> tuple[list[Actor], list[Mention]]:
    """Actors and their mentions, both in order of first appearance; `on` is the article's day."""
    countries_of_named_offices(candidates)  # "The finance minister, Lou Jiwei": the one named
    people = _named_in_full(candidates)
    builder = ActorBuilder(text, frozenset(p.name.split()[-1].lower() for p in people), on)
    later = [c for c in candidates if _definite_bare_group(c)]
    given = [c for c in candidates if named_in_full_after(c, people)]  # after the names
    for candidate in candidates:  # names first, so titles and pronouns can refer to any name
        named = candidate.kind not in {MentionKind.PRONOUN, MentionKind.TITLE}
        if named and not _definite_bare_group(candidate) and not _among(candidate, given):
            builder.named(candidate)
    for candidate in given:
        builder.named(candidate)
    for candidate in later:
        builder.definite_group(candidate)
    for candidate in candidates:
        if candidate.kind == MentionKind.PRONOUN:
            builder.pronoun(candidate)
        elif candidate.kind == MentionKind.TITLE:
            builder.titled(candidate)
    return builder.in_text_order()
