"""Verbs the small model tags as adjectives or nouns, given back their verb reading.

spaCy's small English model loses some verbs in longer sentences, and with them the act they
tell: "his oversight of the bailout was much derided" and "Lewandowski was not handcuffed" read
the participle as an adjective complement of "be" with the form as its lemma ("derided"); "went
to once again rail against Congress" reads "rail" as a noun after the preposition "to"; "Ivanov
calls extending NATO a mistake" reads "calls" as a plural noun at the root, and other clauses'
present-tense verbs lose their tag the same ways: "as the campaign moves to Ohio" (a noun
heading a clause after its subject), "Merkel talks about a consensus" (the subject hung on it as
a modifier), "Trump calls for a ban" (the verb read as the name's object), "Romney blasts Trump
as a fraud" (the name after it read as the verb). Every later stage reads lemmas, tags and the
tree, so the repair is made once, here, after the lemmatizer: the word gets its verb tag and
lemma, and the tree the clause would have had (a passive with "be" as its auxiliary and the
subject as its patient; an infinitive with "to" as its marker). Only forms English knows as
inflections of exactly one verb are repaired, and a word that is also an adjective ("a relaxed
mood", "she was tired") stays one unless a "by" phrase names the doer ("was tired by the trip"
is a verb). A contracted "'s" it read as a passive's "is" before a participle with its own
object ("He's supported a massive expansion") is the perfect's "has": the clause is active.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc, Token

from eventwire.lexicons import both_apostrophes, word_set
from eventwire.parse.deps import DETERMINER_DEPS, PREMODIFIER_DEPS
from eventwire.parse.lemmas import CACHED_LEMMATIZER, inflected_from
from eventwire.parse.tags import VERB_POS

VERB_REPAIRS = "verb_repairs"
SUBJECT_TO_PATIENT = {"nsubj": "nsubjpass", "csubj": "csubjpass"}
PATIENT_TO_SUBJECT = {patient: subject for subject, patient in SUBJECT_TO_PATIENT.items()}
CONTRACTED_S = frozenset(both_apostrophes("'s"))  # "he's", straight or curly
BARE_NOUN_BLOCKERS = {"det", "poss", "nummod", "amod", "compound", "case"}
NAMING_TAGS = {"NN", "NNP", "NNPS", "PRP"}  # a subject that is no plural noun itself
CLAUSE_HEADS = {"ROOT", "advcl", "relcl", "ccomp"}  # the labels of a clause's head word
ARGUMENT_LABELS = {"prep", "dobj", "appos", "dative", "ccomp", "xcomp", "npadvmod", "prt"}
VERB_MORPHS = {  # the features each repaired tag carries
    "VBN": "Tense=Past|VerbForm=Part",
    "VBZ": "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
    "VB": "VerbForm=Inf",
    "VBD": "Tense=Past|VerbForm=Fin",
}


def add_verb_repairs(nlp: Language) -> None:
    """Run the repairs right after the lemmas are set, before the entity recogniser; a
    pipeline with no lemmatizer has no lemmas to repair by."""
    names = (CACHED_LEMMATIZER, "lemmatizer")
    lemmatizer = next((n for n in names if n in nlp.pipe_names), None)
    if lemmatizer is not None:
        nlp.add_pipe(VERB_REPAIRS, after=lemmatizer)


class VerbRepairs:
    """The pipeline component: each mis-tagged verb of a Doc, in text order, given its verb
    reading."""

    def __init__(self, lookups: Lookups):
        self.lookups = lookups

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if _perfect_has(token):
                _make_perfect(token)
            elif lemma := self.passive_adjective(token):
                _make_passive(token, lemma)
            elif lemma := self.verb_after_to(token):
                _make_infinitive(token, lemma)
            elif lemma := self.verb_at_root(token):
                _retag(token, "VBZ", lemma)
            elif lemma := self.verb_after_named_subject(token):
                _make_clause(token, lemma)
            elif lemma := self.verb_read_as_object(token):
                _make_head(token, lemma)
            elif lemma := self.verb_before_a_name(token):
                _make_name_object(token, lemma)
            elif lemma := self.verb_after_appositive(token):
                _make_main_verb(token, lemma)
        return doc

    def verb_lemma(self, token: Token) -> str | None:
        """The one verb this form inflects ("derided" → "deride"), or None when it is none
        or could be several."""
        lemmas = inflected_from(self.lookups, token.lower_, ("verb",))
        return next(iter(lemmas)) if len(lemmas) == 1 else None

    def passive_adjective(self, token: Token) -> str | None:
        """The verb of an "-ed" adjective complementing "be"/"get" that is a verb's
        participle: "was much derided", "was not handcuffed"; an adjective English also has
        needs its doer ("by")."""
        if token.pos_ != "ADJ" or token.dep_ != "acomp" or not token.lower_.endswith("ed"):
            return None
        if _hyphenated(token):  # "short-lived", "well-known": one adjective the tokenizer split
            return None
        if token.head.lemma_.lower() not in word_set("passive_auxiliary"):
            return None
        lemma = self.verb_lemma(token)
        if lemma is None or lemma == token.lower_:
            return None
        adjective = bool(inflected_from(self.lookups, token.lower_, ("adj",)))
        return lemma if not adjective or any(c.lower_ == "by" for c in token.children) else None

    def verb_after_to(self, token: Token) -> str | None:
        """The verb a bare singular noun after "to" and one or more adverbs stands for, the
        verb of an infinitive: "to once again rail against", "to publicly denounce" ("to
        court", "to work" have no adverb between and stay as parsed)."""
        if token.tag_ != "NN" or any(c.dep_ in BARE_NOUN_BLOCKERS for c in token.children):
            return None
        start = token.i - 1
        while start > 0 and token.doc[start].tag_ == "RB":
            start -= 1
        marker = token.doc[start]
        adverbs = start < token.i - 1
        infinitive = adverbs and marker.lower_ == "to" and self.verb_lemma(token) == token.lower_
        return token.lower_ if infinitive else None

    def verb_at_root(self, token: Token) -> str | None:
        """The verb a plural noun heading a clause stands for when a subject is right before
        it, a present-tense verb ("Ivanov calls extending NATO a mistake", "Super PAC blasts
        Trump", "as the campaign moves to Ohio", "whoever the party nominates"): a noun's
        clause would have "be" at its head. A noun with its own determiner or number ("30
        states"), an owner's "'s" ("Clinton's wins") or a plural noun before it ("reports
        results": which of the two is the verb is not known) is left as parsed."""
        if token.tag_ != "NNS" or token.dep_ not in CLAUSE_HEADS:
            return None
        lemma = self.verb_lemma(token)
        if lemma is None or any(c.dep_ in BARE_NOUN_BLOCKERS for c in token.children):
            return None
        subjects = [c for c in token.children if c.dep_ == "nsubj" and _just_before(c, token)]
        return lemma if any(_naming(s) for s in subjects) else None

    def verb_after_named_subject(self, token: Token) -> str | None:
        """The verb a plural noun at the root stands for when the parse hung the subject
        before it on it as a modifier ("Merkel talks about a consensus", "the nominee feuds
        with his party", "Al-Awlaki extols Hasan"): a noun after a name or a determined noun,
        with words of its clause after it, heads no sentence of its own. A bare common noun
        before it ("peace talks in Geneva", "background checks") is the noun's own kind."""
        if token.tag_ != "NNS" or token.dep_ != "ROOT" or not _argued(token):
            return None
        modifiers = [c for c in token.children if c.dep_ in BARE_NOUN_BLOCKERS]
        subject = _modifier_subject(token, modifiers)
        if subject is None or not (subject.tag_ == "NNP" or _determined(subject)):
            return None
        return self.verb_lemma(token)

    def verb_read_as_object(self, token: Token) -> str | None:
        """The verb a plural noun stands for when the parse made it the object of the name
        right before it, a noun at the root ("Trump calls for ...", "Ortiz demands Lee
        resign"): a noun takes no object, so the name is the subject and the plural its verb."""
        head = token.head
        if token.tag_ != "NNS" or token.dep_ != "dobj" or head.i != token.i - 1:
            return None
        if head.dep_ != "ROOT" or head.tag_ not in NAMING_TAGS - {"PRP"} or _owner(head):
            return None
        if any(c.dep_ in BARE_NOUN_BLOCKERS for c in token.children):
            return None
        return self.verb_lemma(token)

    def verb_before_a_name(self, token: Token) -> str | None:
        """The verb a plural noun stands for when the parse made the capitalised name right
        after it a present-tense verb with the plural as its subject ("Romney blasts Trump as
        a fraud", "Clinton camp blasts Trump ad"): a name in mid-sentence is no verb, so the
        word before it, after its own subject, is."""
        head = token.head
        if token.tag_ != "NNS" or token.dep_ != "nsubj" or head.i != token.i + 1:
            return None
        if head.tag_ != "VBP" or not head.is_title:
            return None
        modifiers = [c for c in token.children if c.dep_ in BARE_NOUN_BLOCKERS]
        subject = _modifier_subject(token, modifiers, PREMODIFIER_DEPS)
        return None if subject is None else self.verb_lemma(token)

    def verb_after_appositive(self, token: Token) -> str | None:
        """The past-tense verb of a sentence whose subject has an appositive, read as an
        adjective of its object ("Khan, the father of a slain soldier, decried Trump's calls",
        "Brockovich, the activist, endorsed Sanders' approach"): the parse left the name at
        the root with no verb, and a word right after the appositive's closing comma that
        qualifies a noun hung on that name is the verb the sentence lacks."""
        if token.tag_ not in {"VBD", "VBN"} or token.dep_ != "amod" or token.i < 2:
            return None
        root, comma, noun = token.sent.root, _word_before(token), _phrase_head(token.head)
        if root.pos_ not in {"NOUN", "PROPN"} or comma.text != "," or comma.head != root:
            return None
        appositive = any(c.dep_ == "appos" and c.right_edge.i == comma.i - 1 for c in root.children)
        if not appositive or noun.i <= token.i or noun.head != root:
            return None
        lemma = self.verb_lemma(token)
        return lemma if lemma is not None and lemma != token.lower_ else None


@Language.factory(VERB_REPAIRS)
def make_verb_repairs(nlp: Language, name: str) -> VerbRepairs:
    """The repairs, reading English's verbs from the pipeline's own lemmatizer tables."""
    return VerbRepairs(nlp.get_pipe("lemmatizer").lookups)


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
    return last if len(modifiers) == 1 or all(m.tag_ == "NNP" for m in modifiers) else None


def _determined(noun: Token) -> bool:
    """Whether the noun has its own determiner or owner ("the nominee", "his campaign")."""
    return any(c.dep_ in DETERMINER_DEPS for c in noun.children)


def _owner(noun: Token) -> bool:
    """Whether the noun is an owner marked by "'s"."""
    return any(c.dep_ == "case" for c in noun.children)


def _hyphenated(token: Token) -> bool:
    """Whether the word is the second half of a hyphenated word."""
    before = token.doc[token.i - 1] if token.i else None
    return before is not None and before.text == "-" and not before.whitespace_


def _retag(token: Token, tag: str, lemma: str) -> None:
    """The verb's tag, part of speech, features and lemma (an adjective's "Degree=Pos" would
    otherwise stay on a verb)."""
    token.tag_, token.pos_ = tag, "VERB"
    token.set_morph(VERB_MORPHS[tag])
    token.lemma_ = lemma


def _make_clause(verb: Token, lemma: str) -> None:
    """ "Merkel talks about ...": the last name hung on the verb is its subject, with the
    names before it as that name's words ("Al-Awlaki"), and a name set beside the verb right
    after it ("extols Hasan") is its object."""
    _retag(verb, "VBZ", lemma)
    names = [c for c in verb.children if c.dep_ == "compound"]
    subject = max(names, key=lambda n: n.i)
    for name in names:
        if name != subject:
            name.head = subject
    subject.dep_ = "nsubj"
    for child in verb.children:
        if child.dep_ == "appos" and child.left_edge.i == verb.i + 1:
            child.dep_ = "dobj"


def _make_head(verb: Token, lemma: str) -> None:
    """ "Trump calls for ...": the verb heads the clause the name headed, the name is its
    subject, and what followed the verb hangs on it."""
    _head_the_clause(verb, verb.head, "VBZ", lemma)


def _make_name_object(verb: Token, lemma: str) -> None:
    """ "Romney blasts Trump as a fraud": the verb takes the name's place in the clause, with
    the name's words; the name is its object, or names the object the parse gave it ("blasts
    Trump ad"); the words hung on the verb before it are its subject."""
    name = verb.head
    _retag(verb, "VBZ", lemma)
    verb.head = verb if name.head == name else name.head
    verb.dep_ = name.dep_
    objects = [c for c in name.children if c.dep_ == "dobj" and c.i > name.i]
    for child in list(name.children):
        if child != verb:
            child.head = verb
    name.tag_, name.pos_, name.lemma_ = "NNP", "PROPN", name.text
    name.set_morph("Number=Sing")
    name.head, name.dep_ = (objects[0], "compound") if objects else (verb, "dobj")
    for child in verb.children:
        if child.dep_ in PREMODIFIER_DEPS and _just_before(child, verb):
            child.dep_ = "nsubj"


def _make_main_verb(verb: Token, lemma: str) -> None:
    """ "Khan, the father of a soldier, decried Trump's calls": the verb heads the sentence,
    the name at the root with its appositive is its subject, the noun it qualified is its
    object, and the name's words after the verb hang on the verb."""
    noun = _phrase_head(verb.head)
    _head_the_clause(verb, verb.sent.root, "VBD", lemma)
    noun.head, noun.dep_ = verb, "dobj"


def _head_the_clause(verb: Token, subject: Token, tag: str, lemma: str) -> None:
    """The repaired verb heads the clause its subject headed: the subject's words after the verb
    hang on the verb, and the subject is its nsubj."""
    _retag(verb, tag, lemma)
    verb.head, verb.dep_ = verb, "ROOT"
    for child in list(subject.children):
        if child.i > verb.i:
            child.head = verb
    subject.head, subject.dep_ = verb, "nsubj"


def _word_before(token: Token) -> Token:
    """The word before the token, past any space token (a no-break space is one)."""
    before = token.doc[token.i - 1]
    while before.is_space and before.i > 0:
        before = token.doc[before.i - 1]
    return before


def _phrase_head(noun: Token) -> Token:
    """The head of the noun phrase a modifying noun sits in ("Sanders" in "Sanders' approach")."""
    while noun.dep_ in {"poss", "compound", "nmod"} and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _perfect_has(token: Token) -> bool:
    """Whether a contracted "'s" the parse read as a passive's "is" is the perfect's "has": a
    participle with its own direct object is done by the subject ("He's supported a massive
    expansion", "she's made mistakes"), while a true passive takes none ("He's expected to
    win", "It's called a tax": a predicate, no object; "it's assumed that ...": a clause) but
    for verbs of giving and telling, whose passive keeps one ("he's handed a subpoena")."""
    if token.lower_ not in CONTRACTED_S or token.dep_ != "auxpass":
        return False
    participle = token.head
    if participle.tag_ not in {"VBN", "VBD"} or participle.lemma_ == "be":
        return False
    if participle.lemma_.lower() in word_set("double_object_verb"):  # "he's handed a subpoena"
        return False
    children = [c for c in participle.children if c != token]
    if any(c.dep_ == "auxpass" for c in children):  # "he's been given a raise": "has been"
        return False
    return any(c.dep_ == "dobj" for c in children)


def _make_perfect(auxiliary: Token) -> None:
    """ "He's supported X": "'s" is the perfect's "has", and the passive's patient is the
    doer."""
    auxiliary.tag_, auxiliary.pos_, auxiliary.lemma_ = "VBZ", "AUX", "have"
    auxiliary.set_morph(VERB_MORPHS["VBZ"])
    auxiliary.dep_ = "aux"
    _retag(auxiliary.head, "VBN", auxiliary.head.lemma_)  # "she's proposed": no past tense
    for child in auxiliary.head.children:
        child.dep_ = PATIENT_TO_SUBJECT.get(child.dep_, child.dep_)


def _make_passive(participle: Token, lemma: str) -> None:
    """ "X was derided": the participle heads the clause, "be" is its auxiliary, and what was
    the subject of "be" is its patient; the other words of the clause follow the head."""
    auxiliary = participle.head
    _retag(participle, "VBN", lemma)
    participle.head = participle if auxiliary.head == auxiliary else auxiliary.head
    participle.dep_ = auxiliary.dep_
    for child in list(auxiliary.children):
        if child != participle:
            child.head = participle
            child.dep_ = SUBJECT_TO_PATIENT.get(child.dep_, child.dep_)
    auxiliary.head = participle
    auxiliary.dep_ = "auxpass"


def _make_infinitive(verb: Token, lemma: str) -> None:
    """ "went to once again rail": the verb completes the word "to" hung on, "to" marks it
    (where the parse already hung "to" on the verb, or the verb governs it, only the tag was
    wrong); where "to" was the root, the verb becomes the root."""
    marker = next(t for t in reversed(verb.doc[: verb.i]) if t.lower_ == "to")
    governor = marker.head
    _retag(verb, "VB", lemma)
    if governor == verb or verb.is_ancestor(governor):
        return
    verb.head = verb if governor == marker else governor
    verb.dep_ = _completion(verb, governor)
    marker.head = verb
    marker.dep_, marker.tag_, marker.pos_ = "aux", "TO", "PART"


def _completion(verb: Token, governor: Token) -> str:
    """The label of the repaired infinitive: the root where it now heads its sentence, else
    the complement of a verb or the clause of a noun."""
    if verb.head == verb:
        return "ROOT"
    return "xcomp" if governor.pos_ in VERB_POS else "acl"
