"""Who did what to whom: an event's actors and recipients read from the dependency parse.

Roles come from grammatical relations (subject, passive agent, object, the objects of "with",
"to", "against"...), never from proximity. Each argument maps to the resolved actor whose mention
covers it; coordinated arguments ("Russian and Belarusian troops") give several participants; an
argument no mention covers falls back to a country name or demonym inside it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from spacy.tokens import Doc, Token

from eventwire.codes import capital_countries, country_of, group_lexicon, names_ethnicity
from eventwire.model import Actor, ActorType, Evidence, Mention, Participant
from eventwire.parse.nlp import doc_text

RECIPIENT_PREPS = {
    "with", "to", "against", "on", "into", "toward", "towards", "at", "from", "between", "among",
}  # fmt: skip
THIRD_PERSON = {"it", "they", "them", "its", "their"}
OWNER_PREPS = {"of", "in", "from", "by"}  # "offices of X", "opposition groups in Zimbabwe"
OBJECT_PREPS = {"with", "to", "against", "of", "from", "into", "for", "between", "among"}
MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "npadvmod"}
SUBJECT_DEPS = {"nsubj", "csubj"}
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}
FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
LIGHT_ATTACHMENTS = {"dobj", "attr", "nsubjpass", "oprd"}
LIGHT_PREPS = {"at", "in", "into", "on", "during"}
LOCATION_PREPS = {"in", "into", "inside", "across", "to", "near"}
CLAUSE_DEPS = {"advcl", "relcl", "ccomp", "xcomp", "conj", "parataxis"}

SpeakerLookup = Callable[[Token], Participant | None]


class RoleReader:
    """Maps tokens to participants through the article's mentions and actors."""

    def __init__(self, doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
        self.doc = doc
        self.actors = {a.id: a for a in actors}
        self.mentions = sorted(mentions, key=lambda m: m.evidence.start)
        self.starts = [m.evidence.start for m in self.mentions]
        self.speaker: SpeakerLookup = lambda _token: None

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
            country=actor.country.value if actor.country else None,
            sector=actor.sector.value if actor.sector else None,
            mention=evidence,
        )

    def stands_for_state(self, participant: Participant) -> bool:
        """A country (or its capital) named as a participant acts through its state."""
        if participant.actor_id is not None:
            return self.actors[participant.actor_id].type == ActorType.COUNTRY
        country = country_of(participant.mention.text)
        return (country is not None and not country.is_demonym) or (
            participant.mention.text in capital_countries()
        )

    def _fallback(self, token: Token) -> Participant | None:
        """A country name, demonym or capital no mention covers ("Hungarian officials",
        "Washington demanded"): news style lets a capital stand for its government."""
        if token.i and names_ethnicity(token.doc[token.i - 1].text):
            return None
        entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        surface = entity.text if entity is not None else token.text
        country = country_of(token.text) or country_of(surface)
        iso3 = country.iso3 if country else capital_countries().get(surface)
        if iso3 is None:
            return None
        evidence = Evidence.of(doc_text(self.doc), token.idx, token.idx + len(token))
        return Participant(name=token.text, country=iso3, mention=evidence)

    def _one(self, token: Token) -> Participant | None:
        if token.lower_ in FIRST_PERSON and token.pos_ == "PRON":  # not "the US"
            return self.speaker(token)
        mention = self.mention_at(token)
        if mention is not None:
            participant = self.participant(mention)
            bare = participant.country is None and not self._person(participant)
            fallback = self._fallback(token) if bare else None  # never a person's country
            if fallback is not None:  # "Washington" as a person-like name: the capital
                participant.country = fallback.country
            return participant
        if token.lower_ in THIRD_PERSON:
            return self._antecedent(token)
        return self._fallback(token)

    def _antecedent(self, pronoun: Token) -> Participant | None:
        """ "Switzerland said it had expelled...": "it" is the subject of the clause above."""
        for ancestor in pronoun.ancestors:
            for subject in ancestor.children:
                if (
                    subject.dep_ in SUBJECT_DEPS
                    and subject.i < pronoun.i
                    and subject.pos_ != "PRON"
                ):
                    return next(iter(self.phrase(subject)), None)
        return None

    def phrase(self, token: Token) -> list[Participant]:
        """Participants a noun phrase names: its head(s), else the countries modifying it."""
        found: list[Participant] = []
        for head in coordinated(token):
            heads = [head, *(c for c in head.children if c.dep_ == "appos")]
            named = [p for p in (self._one(h) for h in heads) if p is not None]
            _fill_country(named, self.modifiers(head))  # "Jordan's King Abdullah"
            _fill_country(named, self.located(head, any(self._person(p) for p in named)))
            if _coordinated_modifiers(head):  # "the Russian and Belarusian troops"
                named = unique(named + self.modifiers(head))
            if not named:
                named = self.modifiers(head)
            if not named:  # "a group of Moroccan diplomats", "violations by the Israeli army"
                named = [p for t in _pobjs(head, OWNER_PREPS) for p in self.phrase(t)]
            found.extend(named)
        return unique(found)

    def located(self, head: Token, person: bool) -> list[Participant]:
        """Countries a person serves ("President Macron of France", "a spokesman for the
        Chinese ministry") or a group or organisation is in or from ("ethnic Albanians in
        Serbia", "rebels from Chad"); a person "in" a place may only be visiting it."""
        preps = {"of", "for"} if person else {"of", "in", "from"}
        return [p for t in _pobjs(head, preps) for p in self.phrase(t) if p.country]

    def _person(self, participant: Participant) -> bool:
        actor = self.actors.get(participant.actor_id or "")
        return actor is not None and actor.type == ActorType.PERSON

    def modifiers(self, head: Token) -> list[Participant]:
        """Countries and actors modifying a noun: "Belarus-Russia drills", "Iraq's court"."""
        found = []
        for child in head.children:
            if child.dep_ == "poss" and child.lower_ in THIRD_PERSON:  # "its warplanes"
                found.extend(p for p in [self._antecedent(child)] if p is not None)
            elif child.dep_ in MODIFIER_DEPS and child.pos_ != "PRON":
                for part in coordinated(child):
                    participant = self._one(part)
                    found.extend([participant] if participant else [])
                    found.extend(self.modifiers(part))
        return unique(found)


def _coordinated_modifiers(head: Token) -> bool:
    return any(
        c.dep_ in MODIFIER_DEPS and any(g.dep_ == "conj" for g in c.children) for c in head.children
    )


def _fill_country(named: list[Participant], modifiers: list[Participant]) -> None:
    """A participant that is no resolved actor takes the country its modifiers name; an
    actor's participant keeps its actor's country, unknown (None) included, never another's."""
    countries = [m.country for m in modifiers if m.country]
    for participant in named:
        if participant.country is None and participant.actor_id is None and countries:
            participant.country = countries[0]


def coordinated(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it: "Israel and Lebanon"."""
    found = [token]
    for child in token.children:
        if child.dep_ == "conj":
            found.extend(coordinated(child))
    return found


def _key(participant: Participant) -> str:
    return participant.actor_id or f"{participant.country}@{participant.mention.start}"


def unique(participants: list[Participant]) -> list[Participant]:
    """One participant per actor (or per country for fallbacks), in order."""
    seen: set[str] = set()
    kept = []
    for participant in participants:
        key = _key(participant)
        if key not in seen:
            seen.add(key)
            kept.append(participant)
    return kept


def _pobjs(token: Token, preps: set[str]) -> list[Token]:
    return [
        pobj
        for child in token.children
        if child.dep_ in {"prep", "dative"} and child.lower_ in preps  # "issued ... to Iraq"
        for pobj in child.children
        if pobj.dep_ == "pobj"
    ]


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def verb_subjects(verb: Token, depth: int = 0) -> list[Token]:
    """The subject tokens of a verb, inherited through control, coordination and relatives."""
    if _is_passive(verb):
        agents = _pobjs(verb, {"by"}) + [
            p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
        ]
        return agents or _pobjs(verb, {"from"})
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if subjects:
        if subjects[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return [verb.head]
        return subjects
    if verb.dep_ in {"acl", "relcl"} and verb.tag_ == "VBG":
        return [verb.head]
    controller = _controlling_verb(verb)
    if controller is None or depth >= 3:
        return []
    if verb.dep_ == "xcomp" and _is_passive(controller):  # "we are forced to strengthen"
        return [c for c in controller.children if c.dep_ == "nsubjpass"]
    return verb_subjects(controller, depth + 1)


def _controlling_verb(verb: Token) -> Token | None:
    """The verb whose subject an infinitive, gerund or coordinated verb shares."""
    if verb.dep_ not in {"xcomp", "conj", "advcl", "pcomp"}:
        return None
    for ancestor in verb.ancestors:
        if ancestor.pos_ in {"VERB", "AUX"}:
            return ancestor
    return None


def joint_partners(head: Token) -> list[Token]:
    """ "jointly with X", "together with X": X takes part as a co-actor."""
    found = []
    for token in _clause(head):
        if token.lower_ == "with" and token.dep_ == "prep":
            siblings = {c.lower_ for c in token.head.children}
            siblings |= {token.doc[token.i - 1].lower_} if token.i else set()
            if siblings & {"jointly", "together"}:
                found.extend(c for c in token.children if c.dep_ == "pobj")
    return found


def _clause(head: Token, skip: frozenset[str] = frozenset()) -> list[Token]:
    """The head's tokens without its embedded clauses (their roles are their own)."""
    tokens = [head]
    for child in head.children:
        if child.dep_ not in CLAUSE_DEPS and child.dep_ not in skip:
            tokens.extend(_clause(child))
    return tokens


def verb_roles(reader: RoleReader, verb: Token) -> tuple[list[Participant], list[Participant]]:
    """Actors (subjects, agents, joint partners) and recipients (objects, "with"/"to" objects)."""
    actors = [p for s in verb_subjects(verb) for p in reader.phrase(s)]
    actors += [p for t in joint_partners(verb) for p in reader.phrase(t)]
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative", "iobj"}]
    if _is_passive(verb) and actors:
        objects += [c for c in verb.children if c.dep_ == "nsubjpass"]
    preps = RECIPIENT_PREPS - {"from"} if _is_passive(verb) else RECIPIENT_PREPS
    targets = [*objects, *_pobjs(verb, preps)]
    targets += [p for o in objects for p in _pobjs(o, OBJECT_PREPS)]
    targets += [  # "demanded that Turkey withdraw": the addressee is the clause's subject
        s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"
    ]
    return _with_recipients(reader, verb, actors, targets)


def _with_recipients(
    reader: RoleReader, head: Token, actors: list[Participant], targets: list[Token]
) -> tuple[list[Participant], list[Participant]]:
    """Recipients named by the targets; else, following CAMEO's coding conventions, the country
    where the event happens, else the actors' own country for an addressee named without one."""
    recipients = [p for t in targets for p in reader.phrase(t)]
    if not any(p.country for p in recipients) and len({p.country for p in actors}) < 2:
        recipients = location_targets(reader, head) or domestic(actors, recipients, targets)
    return split_roles(actors, recipients)


def location_targets(reader: RoleReader, head: Token) -> list[Participant]:
    """The country where an event with no addressee happens ("a curfew in Algiers")."""
    places = [
        pobj
        for token in _clause(_governing_verb(head) or _controlling_verb(head) or head, SUBJECTS)
        if token.dep_ == "prep" and token.lower_ in LOCATION_PREPS
        for pobj in token.children
        if pobj.dep_ == "pobj" and _is_place(pobj)
    ]
    return [p for t in places for p in reader.phrase(t) if p.country]


def _is_place(token: Token) -> bool:
    """A country or capital by name, or what NER tags as a place."""
    return (
        token.ent_type_ in {"GPE", "LOC"}
        or token.text in capital_countries()
        or country_of(token.text) is not None
    )


def domestic(
    actors: list[Participant], named: list[Participant], targets: list[Token]
) -> list[Participant]:
    """ "Zimbabwe's opposition demanded that President Mugabe resign", "police dispersed
    demonstrators": an addressee named without a country (a person, or a group such as
    rebels or protesters), acted on by actors of one country, is taken to be of that country."""
    countries = {p.country for p in actors}
    if len(countries) != 1 or None in countries or "IGO" in countries:
        return named
    country = countries.pop()
    if named:  # a resolved actor's participant keeps its actor's country, even unknown
        return [p if p.actor_id else p.model_copy(update={"country": country}) for p in named]
    groups = [t for t in targets if (t.lower_,) in group_lexicon()]
    return [_group_participant(t, country) for t in groups[:1]]


def _group_participant(head: Token, country: str) -> Participant:
    span = head.doc[head.left_edge.i : head.i + 1]
    return Participant(
        name=span.text,
        country=country,
        sector=group_lexicon()[(head.lower_,)],
        mention=Evidence.of(doc_text(head.doc), span.start_char, span.end_char),
    )


def noun_roles(reader: RoleReader, noun: Token) -> tuple[list[Participant], list[Participant]]:
    """A nominal event's actors: possessor, modifying countries, "by"/"of" objects, else the
    subject of the verb it is the object of ("held talks"); recipients: "with"/"to" objects."""
    actors = reader.modifiers(noun)
    verb = _governing_verb(noun)
    if not actors and verb is not None:
        subjects = verb_subjects(verb) or [c for c in verb.children if c.dep_ == "nsubjpass"]
        actors = [p for s in subjects for p in reader.phrase(s)]
    if not actors:
        actors = [p for t in _pobjs(noun, {"by", "of"}) for p in reader.phrase(t)]
    targets = _pobjs(noun, RECIPIENT_PREPS | {"for"})  # "aid for Romania"
    if verb is not None:
        targets += _pobjs(verb, RECIPIENT_PREPS - {"at", "on"})
    return _with_recipients(reader, noun, actors, targets)


def _governing_verb(noun: Token) -> Token | None:
    """The verb a nominal event is the object of, directly or through "at/in" ("said at a
    meeting", "involved in an inspection"); None for adverbials like "during the drills"."""
    if noun.dep_ in LIGHT_ATTACHMENTS and noun.head.pos_ in {"VERB", "AUX"}:
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in LIGHT_PREPS:
        verb = noun.head.head
        return verb if verb.pos_ in {"VERB", "AUX"} else None
    return None


def split_roles(
    actors: list[Participant], recipients: list[Participant]
) -> tuple[list[Participant], list[Participant]]:
    """Keep each participant in one role: an actor is never also its own recipient."""
    actors = unique(actors)
    keys = {_key(p) for p in actors}
    recipients = [p for p in unique(recipients) if _key(p) not in keys]
    return actors, recipients
