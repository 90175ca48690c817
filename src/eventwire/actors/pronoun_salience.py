"""Which person a pronoun means when the last subject and the nearest mention disagree.

News centres a paragraph on its subject, so a subject pronoun prefers the last person who was
a subject (`pronoun_links._salient_subject`). Three things refine that preference:

* a subject pronoun inside an embedded clause ("said she should", "whether she'd",
  "critical that she") is about a person its own sentence has just named ("Comey called
  Clinton's use careless but said she should face no charges": Clinton), not the subject of
  an earlier sentence;
* a main-clause pronoun goes on with a main clause's subject, not with such an embedded one
  (parallelism);
* a person named only as a modifier of another noun ("the Slepian shooting", "the Smith
  campaign") is the topic of that noun, not a participant a later pronoun goes on with; such
  a person is an antecedent only when no person named in a phrase of their own fits;
* a paragraph opens a new centre: where the last subject was in an earlier paragraph and the
  pronoun's own paragraph has already named a fitting person ("In 1980 the party turned to a
  governor, Ronald Reagan. But he ..."), the pronoun goes on with its paragraph, not with
  the subject of an earlier one;
* a pronoun left unlinked because it stands for an unnamed person ("my daughter ... she")
  starts a chain: the same pronoun later, with no fitting person named in between, still
  means that person, not someone named before the chain began.
"""

from __future__ import annotations

from eventwire.actors.candidates import Candidate
from eventwire.actors.clause_spans import EMBEDDED
from eventwire.lexicons import word_set
from eventwire.model import Actor, MentionKind


def embedded_nearest(
    pronoun: Candidate, subject: Actor | None, people: list[tuple[Candidate, Actor]]
) -> Actor | None:
    """The nearest fitting person of an embedded subject pronoun's own sentence, where the
    salient subject was last a subject in an earlier sentence; else the salient subject."""
    if pronoun.extra.get("clause") not in EMBEDDED or subject is None:
        return subject
    if pronoun.name.lower() not in word_set("third_person_subject"):
        return subject  # "declare him the nominee": the parse's subject, not a "he"
    sentence = pronoun.extra.get("sentence")
    own = [
        (o, a)
        for o, a in people
        if o.extra.get("sentence") == sentence and o.kind != MentionKind.TITLE
    ]  # "the billionaire's" may be a description no name was linked to
    if any(a is subject for _, a in own) or not own:
        return subject
    return own[0][1]


def after_unnamed(
    pronoun: Candidate,
    actor: Actor | None,
    people: list[tuple[Candidate, Actor]],
    unnamed: list[int],
) -> Actor | None:
    """None where an unnamed pronoun of the same gender stands between the chosen person's
    last mention and this pronoun: the chain goes on meaning the unnamed person."""
    if actor is None or not unnamed:
        return actor
    last = next((o.end for o, a in people if a is actor), None)
    if last is not None and any(last <= start < pronoun.start for start in unnamed):
        return None
    return actor


def parallel_subjects(
    subjects: list[tuple[Candidate, Actor]], pronoun: Candidate
) -> list[tuple[Candidate, Actor]]:
    """The subjects a main-clause pronoun may continue: a main clause's "he" goes on with the
    last main clause's subject, not with a pronoun inside what was said or done ("The senator
    praised Trump, saying he deserved credit, but he warned ...": the senator warned)."""
    if pronoun.extra.get("clause") in EMBEDDED:
        return subjects
    kept = [(o, a) for o, a in subjects if o.extra.get("clause") not in EMBEDDED]
    return kept or subjects


def named_in_own_phrase_first(
    people: list[tuple[Candidate, Actor]],
) -> list[tuple[Candidate, Actor]]:
    """The fitting people, those named only as a modifier of another noun ("a warrant in the
    Slepian shooting ... questioning him": not Slepian) after the rest, each in its order."""
    modifier = [(o, a) for o, a in people if o.extra.get("modifier")]
    return [(o, a) for o, a in people if not o.extra.get("modifier")] + modifier


def paragraph_subjects(
    subjects: list[tuple[Candidate, Actor]],
    people: list[tuple[Candidate, Actor]],
    pronoun: Candidate,
    text: str,
) -> list[tuple[Candidate, Actor]]:
    """The person an earlier sentence of the pronoun's own paragraph named last, in place of
    the last subject where that subject stands in an earlier paragraph: centring on a subject
    does not carry over a paragraph break past a person named since, unless the paragraph names
    that subject again ("the Vermont senator"). People of the pronoun's own sentence are left
    to the clause rules ("Asked about Holm's plan, she ...")."""
    if not subjects:
        return subjects
    sentence = pronoun.extra.get("sentence")
    earlier = next(((o, a) for o, a in people if o.extra.get("sentence") != sentence), None)
    if earlier is None or "\n" in text[earlier[0].end : pronoun.start]:
        return subjects
    subject = subjects[0][1]
    if "\n" not in text[subjects[0][0].end : pronoun.start] or any(
        a is subject and "\n" not in text[o.end : pronoun.start] for o, a in people
    ):
        return subjects  # the subject is the paragraph's own, or named again in it
    return [earlier]
