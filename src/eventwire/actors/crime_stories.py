"""Bare law-enforcement bodies of a crime story: "authorities said they had no suspect", "the
task force", "investigators", named with no owner or country in a story about a crime, a police
investigation or an attack, are the police and agents that investigate it (COP) of the story's
home country; elsewhere "authorities" are the state's (GOV), as the group table codes them. A
story is a crime story when it holds several different crime words (`crime_story_cue`)."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, Code, Evidence, Mention, MentionKind
from eventwire.parse.nlp import expanded_span, per_doc, tokens, without_article
from eventwire.sectors import POLICE

METHOD = "crime story"
MIN_CUES = 3  # different crime words: one "crime" or "police" may be an aside


def police_of_crime_story(
    doc: Doc, actors: list[Actor], mentions: list[Mention], home: Code
) -> None:
    """Code the bare bodies of a crime story as its home country's law enforcement."""
    if not crime_story(doc):
        return
    for actor in actors:
        evidence = _bare_body(doc, actor, mentions)
        if evidence is None or (actor.country and actor.country.value != home.value):
            continue
        actor.country = actor.country or home.model_copy()
        actor.sector = Code(value=POLICE, evidence=evidence, method=METHOD)


def crime_story(doc: Doc) -> bool:
    """Whether the story tells a crime, a police investigation or an attack."""
    return per_doc(doc, "crime_story", _count_cues) >= MIN_CUES


def _count_cues(doc: Doc) -> int:
    cues = word_set("crime_story_cue")
    return len({lemma for t in tokens(doc) if (lemma := t.lemma_.lower()) in cues})


def _bare_body(doc: Doc, actor: Actor, mentions: list[Mention]) -> Evidence | None:
    """The evidence of a group every mention names by a bare body noun ("the task force"), none
    when a mention says whose it is ("Mexican authorities", "the city's task force")."""
    if actor.type != ActorType.GROUP:
        return None
    named = [m for m in mentions if m.actor_id == actor.id and m.kind != MentionKind.PRONOUN]
    if not named or not all(_body_noun(doc, m) for m in named):
        return None
    return named[0].evidence


def _body_noun(doc: Doc, mention: Mention) -> bool:
    """Whether the mention's words, less a leading "the", are a body noun."""
    span = expanded_span(doc, mention.evidence.start, mention.evidence.end)
    return span is not None and without_article(span).text.lower() in word_set("crime_story_body")
