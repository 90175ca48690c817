"""A present-tense verb the small model tags as a plural noun, given back its verb reading:
"Ivanov calls extending NATO a mistake" reads "calls" as a plural noun at the root, and other
clauses' verbs lose their tag the same ways: "as the campaign moves to Ohio" (a noun heading a
clause after its subject), "Merkel talks about a consensus" (the subject hung on it as a
modifier), "Trump calls for a ban" (the verb read as the name's object), "Romney blasts Trump as
a fraud" (the name after it read as the verb), "Putin chides Turkey and praises Trump" (the
second of two joined verbs read as a noun joined to the first). The word gets its verb tag and
lemma, and the clause the subject and object it would have had. A verb that kept its tag can
still lose its subject the same way ("Trump visits Mexico": the name hung on it as a modifier);
it gets that subject back."""

from __future__ import annotations

from collections.abc import Collection

from spacy.lookups import Lookups
from spacy.tokens import Token

from eventwire.parse.deps import DETERMINER_DEPS, PREMODIFIER_DEPS
from eventwire.parse.subjects import CLAUSAL_SUBJECT_DEPS
from eventwire.parse.tags import (
    FINITE_TAGS,
    NAME_TAG,
    NOUN_TAG,
    PLURAL_NAME_TAG,
    PLURAL_NOUN_TAG,
    PRESENT_PLURAL_TAG,
    PRESENT_SINGULAR_TAG,
    PRESENT_TAGS,
    PRONOUN_TAG,
)
from eventwire.parse.verb_retags import BARE_NOUN_BLOCKERS, head_the_clause, retag, verb_lemma

# a subject that is no plural noun itself
NAMING_TAGS = {NOUN_TAG, NAME_TAG, PLURAL_NAME_TAG, PRONOUN_TAG}
CLAUSE_HEADS = {"ROOT", "advcl", "relcl", "ccomp"}  # the labels of a clause's head word
ARGUMENT_LABELS = {"prep", "dobj", "appos", "dative", "ccomp", "xcomp", "npadvmod", "prt"}
# how the parse hangs the object of a joined verb it lost on the verb before ("and praises Trump")
STRAY_OBJECT_LABELS = {"dep", "dobj", "appos", "npadvmod", "attr"}
LINKING_LEMMAS = {"be", "have"}  # "there's Cleveland and questions about ...": nouns joined


def verb_at_root(lookups: Lookups, token: Token) -> str | None:
    """The verb a plural noun heading a clause stands for when a subject is right before it, a
    present-tense verb ("Ivanov calls extending NATO a mistake", "Super PAC blasts Trump", "as
    the campaign moves to Ohio", "whoever the party nominates"): a noun's clause would have
    "be" at its head. A noun with its own determiner or number ("30 states"), an owner's "'s"
    ("Clinton's wins") or a plural noun before it ("reports results": which of the two is the
    verb is not known) is left as parsed."""
    if token.tag_ != PLURAL_NOUN_TAG or token.dep_ not in CLAUSE_HEADS:
        return None
    lemma = verb_lemma(lookups, token)
    if lemma is None or any(c.dep_ in BARE_NOUN_BLOCKERS for c in token.children):
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj" and _just_before(c, token)]
    return lemma if any(_naming(s) for s in subjects) else None


def verb_after_named_subject(lookups: Lookups, token: Token) -> str | None:
    """The verb a plural noun at the root stands for when the parse hung the subject before it
    on it as a modifier ("Merkel talks about a consensus", "the nominee feuds with his party",
    "Al-Awlaki extols Hasan"): a noun after a name or a determined noun, with words of its
    clause after it, heads no sentence of its own. A bare common noun before it ("peace talks
    in Geneva", "background checks") is the noun's own kind."""
    if token.tag_ != PLURAL_NOUN_TAG or token.dep_ != "ROOT" or not _argued(token):
        return None
    modifiers = [c for c in token.children if c.dep_ in BARE_NOUN_BLOCKERS]
    subject = _modifier_subject(token, modifiers)
    if subject is None or not (subject.tag_ == NAME_TAG or _determined(subject)):
        return None
    return verb_lemma(lookups, token)


def verb_read_as_object(lookups: Lookups, token: Token) -> str | None:
    """The verb a plural noun stands for when the parse made it the object of the name right
    before it, a noun at the root ("Trump calls for ...", "Ortiz demands Lee resign"): a noun
    takes no object, so the name is the subject and the plural its verb."""
    head = token.head
    if token.tag_ != PLURAL_NOUN_TAG or token.dep_ != "dobj" or head.i != token.i - 1:
        return None
    if head.dep_ != "ROOT" or head.tag_ not in NAMING_TAGS - {PRONOUN_TAG} or _owner(head):
        return None
    if any(c.dep_ in BARE_NOUN_BLOCKERS for c in token.children):
        return None
    return verb_lemma(lookups, token)


def verb_before_a_name(lookups: Lookups, token: Token) -> str | None:
    """The verb a plural noun stands for when the parse made the capitalised name right after
    it a present-tense verb with the plural as its subject ("Romney blasts Trump as a fraud",
    "Clinton camp blasts Trump ad"): a name in mid-sentence is no verb, so the word before it,
    after its own subject, is."""
    head = token.head
    if token.tag_ != PLURAL_NOUN_TAG or token.dep_ != "nsubj" or head.i != token.i + 1:
        return None
    if head.tag_ != PRESENT_PLURAL_TAG or not head.is_title:
        return None
    modifiers = [c for c in token.children if c.dep_ in BARE_NOUN_BLOCKERS]
    subject = _modifier_subject(token, modifiers, PREMODIFIER_DEPS)
    return None if subject is None else verb_lemma(lookups, token)


def verb_joined_to_a_verb(lookups: Lookups, token: Token) -> str | None:
    """The verb a plural noun stands for when the parse joined it by "and"/"or" to a
    present-tense verb ("Putin chides Turkey and praises Trump", "as she speaks to the club and
    testifies before the Senate"): a bare noun is no conjunct of a verb, and with an object or
    a preposition after it, it is that verb's second act, sharing its subject. Nouns joined to
    "be" or "have" ("there's Cleveland and questions about ...") are left as parsed."""
    head = token.head
    if token.tag_ != PLURAL_NOUN_TAG or token.dep_ != "conj" or head.pos_ != "VERB":
        return None
    if head.tag_ not in PRESENT_TAGS or head.lemma_ in LINKING_LEMMAS:
        return None
    if not _joined_right_before(token) or any(c.dep_ in BARE_NOUN_BLOCKERS for c in token.children):
        return None
    if not (_argued(token) or _stray_object(token) is not None):
        return None
    return verb_lemma(lookups, token)


def make_joined_verb(verb: Token, lemma: str) -> None:
    """ "and praises Trump": the word is a present-tense verb, and the name the parse hung on
    the verb before it is its object."""
    stray = _stray_object(verb)
    retag(verb, PRESENT_SINGULAR_TAG, lemma)
    if stray is not None:
        stray.head, stray.dep_ = verb, "dobj"


def subject_read_as_modifier(token: Token) -> bool:
    """Whether a verb the tagger got right lost its subject to a modifier's label ("Trump
    visits Mexico and meets ...": "Trump" hung on "visits" as a compound): a tensed verb heading
    a clause takes no compound, so the name that ends right before it, with no subject of its
    own, is its subject."""
    if token.tag_ not in FINITE_TAGS or token.pos_ != "VERB" or token.dep_ not in CLAUSE_HEADS:
        return False
    if any(c.dep_ in CLAUSAL_SUBJECT_DEPS | {"expl"} for c in token.children):
        return False
    modifiers = [c for c in token.children if c.dep_ in BARE_NOUN_BLOCKERS]
    return _modifier_subject(token, modifiers) is not None


def make_subject(verb: Token) -> None:
    """The last name hung on the verb as a compound is its subject, with the names before it
    as that name's words ("Al-Awlaki")."""
    names = [c for c in verb.children if c.dep_ == "compound"]
    subject = max(names, key=lambda n: n.i)
    for name in names:
        if name != subject:
            name.head = subject
    subject.dep_ = "nsubj"


def make_clause(verb: Token, lemma: str) -> None:
    """ "Merkel talks about ...": the verb gets its subject (`make_subject`), and a name set
    beside it right after it ("extols Hasan") is its object."""
    retag(verb, PRESENT_SINGULAR_TAG, lemma)
    make_subject(verb)
    for child in verb.children:
        if child.dep_ == "appos" and child.left_edge.i == verb.i + 1:
            child.dep_ = "dobj"


def make_head(verb: Token, lemma: str) -> None:
    """ "Trump calls for ...": the verb heads the clause the name headed, the name is its
    subject, and what followed the verb hangs on it."""
    head_the_clause(verb, verb.head, PRESENT_SINGULAR_TAG, lemma)


def make_name_object(verb: Token, lemma: str) -> None:
    """ "Romney blasts Trump as a fraud": the verb takes the name's place in the clause, with
    the name's words; the name is its object, or names the object the parse gave it ("blasts
    Trump ad"); the words hung on the verb before it are its subject."""
    name = verb.head
    retag(verb, PRESENT_SINGULAR_TAG, lemma)
    verb.head = verb if name.head == name else name.head
    verb.dep_ = name.dep_
    objects = [c for c in name.children if c.dep_ == "dobj" and c.i > name.i]
    for child in list(name.children):
        if child != verb:
            child.head = verb
    name.tag_, name.pos_, name.lemma_ = NAME_TAG, "PROPN", name.text
    name.set_morph("Number=Sing")
    name.head, name.dep_ = (objects[0], "compound") if objects else (verb, "dobj")
    for child in verb.children:
        if child.dep_ in PREMODIFIER_DEPS and _just_before(child, verb):
            child.dep_ = "nsubj"


def _joined_right_before(token: Token) -> bool:
    """Whether a coordinating "and"/"or" of the token's head sits right before it."""
    return any(c.dep_ == "cc" and c.i == token.i - 1 for c in token.head.children)


def _stray_object(token: Token) -> Token | None:
    """The noun right after the token that the parse hung on the token's head instead
    ("chides Turkey and praises Trump": "Trump" on "chides")."""
    if token.i + 1 >= len(token.doc):
        return None
    after = token.doc[token.i + 1]
    if after.head != token.head or after.dep_ not in STRAY_OBJECT_LABELS:
        return None
    return after if after.pos_ in {"PROPN", "NOUN", "PRON"} else None


def _just_before(word: Token, token: Token) -> bool:
    """Whether the word's phrase ends right before the token."""
    return word.right_edge.i == token.i - 1


def _naming(subject: Token) -> bool:
    """A subject that names one: no plural noun, no owner before a noun."""
    return subject.tag_ in NAMING_TAGS and not _owner(subject)


def _argued(token: Token) -> bool:
    """Whether words of a clause follow the word: a preposition, an object, a complement."""
    return any(c.dep_ in ARGUMENT_LABELS and c.i > token.i for c in token.children)


def _modifier_subject(
    token: Token, modifiers: list[Token], labels: Collection[str] = ("compound",)
) -> Token | None:
    """The subject among the words the parse hung on the token as modifiers: the last of
    compound names right before it ("Al-Awlaki"), or one compound noun phrase ("the GOP
    nominee"); None where a determiner, number or adjective of its own marks the token as
    a noun."""
    if not modifiers or any(m.dep_ not in labels for m in modifiers):
        return None
    last = max(modifiers, key=lambda m: m.i)
    if not _just_before(last, token) or not _naming(last):
        return None
    return last if len(modifiers) == 1 or all(m.tag_ == NAME_TAG for m in modifiers) else None


def _determined(noun: Token) -> bool:
    """Whether the noun has its own determiner or owner ("the nominee", "his campaign")."""
    return any(c.dep_ in DETERMINER_DEPS for c in noun.children)


def _owner(noun: Token) -> bool:
    """Whether the noun is an owner marked by "'s"."""
    return any(c.dep_ == "case" for c in noun.children)
