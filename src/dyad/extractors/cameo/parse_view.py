"""A dependency parse seen by the coder: noun phrases and their actors, subjects (also
inherited ones), pronouns resolved, a verb's dependents."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from dyad.extractors.cameo.actors import Actor, actors_in
from dyad.extractors.cameo.lexicon import Lexicon
from dyad.extractors.cameo.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token


_NP_CUT = frozenset(("relcl", "acl", "appos", "advcl", "ccomp", "parataxis"))


def np_ranges(tok: Token, full: bool = False, avoid: set[int] | None = None) -> list[tuple[int, int]]:
    """Character ranges of a noun phrase; without relative clauses, participles and
    appositions unless full=True (they often name other countries). Tokens in `avoid`
    (the clause being coded) never count."""
    cut: set[int] = set(avoid or ())
    if not full:
        for t in tok.subtree:
            if t.i == tok.i or t.dep_ not in _NP_CUT:
                continue
            if t.dep_ == "appos" and any(c.dep_ == "cc" for c in t.children):
                continue  # "The US, Russia, and Switzerland": a list parsed as apposition
            cut.update(x.i for x in t.subtree)
    toks = [t for t in tok.subtree if t.i not in cut]
    ranges: list[tuple[int, int]] = []
    for t in sorted(toks, key=lambda x: x.i):
        s, e = t.idx, t.idx + len(t.text)
        if ranges and s - ranges[-1][1] <= 1:
            ranges[-1] = (ranges[-1][0], e)
        else:
            ranges.append((s, e))
    return ranges


class ParseView:
    """A sentence's parse with its actor mentions: the actors of a token's phrase, subjects
    and their inheritance, and the pack's parse words (``words``)."""

    def __init__(self, doc: Any, mentions: list[Mention], text: str, lx: Lexicon) -> None:
        self.doc = doc
        self.mentions = mentions
        self.text = text
        self.lx = lx
        self.words = w = lx.parser  # the parse coder's words

        self.tok_at: dict[int, Token] = {}
        for t in doc:
            for c in range(t.idx, t.idx + len(t.text)):
                self.tok_at[c] = t
        base_toks = {self.tok_at[m.end - 1].i for m in mentions if m.is_base and m.end - 1 in self.tok_at}
        # a role word counts for a phrase when it is the phrase's head or is tied to a
        # named actor: "US commander", "Iraq's advisor", "President ... Assad", "UN troops";
        # not "military support to Lebanon"
        self.linked_roles: set[int] = set()
        for m in mentions:
            t = self.tok_at.get(m.end - 1)
            if m.kind != "role" or t is None:
                continue
            if (t.head.i in base_toks or any(c.i in base_toks for c in t.children)
                    or (t.dep_ == "compound" and t.head.pos_ == "PROPN")  # "President Michel Suleiman"
                    or (t.head.lower_ == w.of and (t.head.head.lemma_.lower() in w.quantity
                                                   or t.head.head.pos_ == "NUM"))):  # "dozens of protesters"
                self.linked_roles.add(m.start)

    def head_role(self, tok: Token) -> str | None:
        for m in self.mentions:
            if m.kind == "role" and m.start <= tok.idx < m.end:
                return m.role
        return None

    def actors(self, tok: Token | None, depth: int = 0, avoid: Token | None = None,
               as_source: bool = False) -> list[Actor]:
        """Actors of the noun phrase headed by tok (pronouns resolved)."""
        if tok is None or depth > 6:
            return []
        if tok.lower_ in self.words.pronouns and tok.pos_ == "PRON":
            return self.antecedent(tok, depth)
        head_role = self.head_role(tok)
        ms = [m for m in self.mentions
              if m.kind != "role" or m.start in self.linked_roles or m.start <= tok.idx < m.end]
        skip = {t.i for t in avoid.subtree} if avoid is not None else None
        for full in (False, True):
            acts = actors_in(np_ranges(tok, full, skip), ms, self.text, self.lx.code, head_role, as_source)
            if any(a.known for a in acts) or (full and acts):
                return acts
        return []

    def antecedent(self, pron: Token, depth: int) -> list[Actor]:
        if pron.lower_ in self.words.relative:
            v = pron.head
            return self.actors(v.head, depth + 1, avoid=v) if v.dep_ in ("relcl", "acl") else []
        # a personal pronoun: the subject of the nearest governing clause that names one
        v = pron.head
        for anc in v.ancestors if v.pos_ in ("VERB", "AUX") else [v, *v.ancestors]:
            if anc.pos_ not in ("VERB", "AUX"):
                continue
            subj, _passive = self.subject(anc)
            if subj is not None and subj.i != pron.i and subj.lower_ not in self.words.pronouns:
                acts = self.actors(subj, depth + 1)
                if acts:
                    return acts
        return []

    def subject(self, v: Token) -> tuple[Token | None, bool]:
        subs = [c for c in v.children if c.dep_ in ("nsubj", "csubj", "nsubjpass", "csubjpass")]
        if not subs:
            return None, any(c.dep_ == "auxpass" for c in v.children)
        if len(subs) > 1:  # a name the parser split into several subjects ("group al - Shabab")
            named = [c for c in subs if self.names_actor(c)]
            subs = named or subs
        return subs[0], subs[0].dep_.endswith("pass")

    def names_actor(self, tok: Token) -> bool:
        return any(m.is_base and m.start <= tok.idx < m.end for m in self.mentions)

    def controller(self, v: Token, depth: int = 0) -> tuple[Token | None, str]:
        """The token whose phrase is the (inherited) subject of v, and how it was found."""
        subj, _p = self.subject(v)
        if subj is not None:
            return subj, "subject"
        h = v.head
        if h.i == v.i or depth > 5:
            return None, ""
        if v.dep_ == "xcomp":
            obj = next((c for c in h.children if c.dep_ in ("dobj", "dative")), None)
            if obj is not None and h.lemma_ in self.words.appeal:
                return obj, "object-control"
            return self.controller(h, depth + 1)[0], "xcomp"
        if v.dep_ == "conj" and h.pos_ in ("VERB", "AUX"):
            return self.controller(h, depth + 1)[0], "conj"
        if v.dep_ in ("acomp", "oprd"):  # "Belarus is ready to supply": the copula's subject
            return self.controller(h, depth + 1)[0], "xcomp"
        if v.dep_ == "advcl":
            if self.is_passive(h) and not self.is_passive(v):
                return None, ""  # "were killed in ... shelling": the victims did not shell
            return self.controller(h, depth + 1)[0], "advcl"
        if v.dep_ == "pcomp" and h.lower_ in self.words.gerund_preps and h.head.i != h.i and \
                h.head.pos_ in ("VERB", "AUX"):
            # "responded by expelling", "after meeting X, ... signed": the governing verb's subject
            return self.controller(h.head, depth + 1)[0], "gerund"
        if v.dep_ == "pcomp" and h.dep_ == "prep" and h.head.i != h.i and h.head.lemma_.lower() in self.words.pledge:
            # "committed to supplying Germany": who commits supplies
            return self.controller(h.head, depth + 1)[0], "xcomp"
        if v.dep_ == "relcl":
            return h, "relcl"
        if v.dep_ == "acl" and v.tag_ == "VBG":
            return h, "acl"
        if v.dep_ == "acl" and h.lemma_.lower() in getattr(self.words, "decision_nouns", ()):
            # "Kuwait's decision to expel the envoy", "Ankara's move to recall its ambassador":
            # whose decision it is does the act it decided
            owner = next((c for c in h.children if c.dep_ == "poss"), None)
            if owner is not None:
                return owner, "decision"
        return None, ""

    def is_passive(self, v: Token) -> bool:
        return any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in v.children)


CLAUSAL = frozenset(("ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "parataxis", "pcomp", "csubj"))


def companion_scope(tok: Token, exclude: set[int], depth: int = 3) -> list[Token]:
    """Words that may complete a phrase anchored at tok: its dependents down to `depth`
    levels, not inside another clause ("made remarks at the start of a trip" is no trip)."""
    out: list[Token] = []
    frontier = [tok]
    for _ in range(depth):
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.i in exclude or c.dep_ in CLAUSAL:
                    continue
                out.append(c)
                nxt.append(c)
        frontier = nxt
    return out


def has_infinitive_marker(v: Token, w: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == w.infinitive_marker for c in v.children)


def clause_span(v: Token) -> tuple[int, int]:
    toks = list(v.subtree)
    return min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)


def prep_object(v: Token, preps: Iterable[str]) -> Token | None:
    for t in companion_scope(v, set(), 2):
        if t.dep_ in ("prep", "agent") and t.lower_ in preps:
            pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None
