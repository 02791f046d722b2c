"""The parse coder: event verbs of a dependency parse, what governs them (intent, refusal,
appeal, demand), negation and mood, and who acts on whom."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dyad.extractors import models
from dyad.extractors.cameo.actors import Actor
from dyad.extractors.cameo.claims import apply_claims
from dyad.extractors.cameo.frames import CodedEvent, Frame, events_from
from dyad.extractors.cameo.lexicon import lexicon
from dyad.extractors.cameo.mentions import Mention
from dyad.extractors.cameo.parse_roles import find_location, find_targets, passive_source
from dyad.extractors.cameo.parse_view import (
    CLAUSAL,
    ParseView,
    clause_span,
    companion_scope,
    has_infinitive_marker,
    prep_object,
)
from dyad.extractors.cameo.transforms import (
    demand_code,
    intent_code,
    is_conflict_act,
    is_measure,
    negated_code,
)
from dyad.extractors.cameo.verbs import VerbPattern, Word, anchored_by, stem_index

if TYPE_CHECKING:
    from spacy.tokens import Token


def pattern_at(tok: Token, lang: str, exclude: set[int], verb: str | None = None) -> VerbPattern | None:
    """The longest pattern anchored at tok whose companions are among its dependents
    (outside ``exclude``), or None. ``verb``: the verb a noun names the act of, matched
    in place of the noun's lemma ("expulsion" as "expel")."""
    norm = lexicon(lang).norm
    lemma = norm(verb or tok.lemma_)
    low = norm(tok.text)
    best: VerbPattern | None = None
    scope: _FormSets | None = None  # (form, lemma) of each token, normalised once
    misread: list[Token] = []
    # anchors match the lemma ("met" is "meet"); whole-word anchors may also match the form
    for p in anchored_by((lemma, low), stem_index(lang)).values():
        if p.companions:
            if scope is None:
                scope_toks = companion_scope(tok, exclude)
                scope = _FormSets(_forms(scope_toks, norm))
                misread = _misread_clauses(tok, exclude, scope_toks)
            words = scope
            if misread and not _has_all(p, scope):
                # the parser took a word of the phrase for a clause of its own ("declared two
                # diplomats persona non grata": "persona" as a verb): that clause is the phrase
                words = _FormSets(scope.pairs + _forms([t for c in misread
                                                        if any(w.matches(norm(c.text)) for w in p.companions)
                                                        for t in c.subtree], norm))
            if not _has_all(p, words):
                continue
        if best is None or (len(p.companions), -p.order) > (len(best.companions), -best.order):
            best = p
    return best


def _forms(words: list[Token], norm: Any) -> list[tuple[str, str]]:
    return [(norm(t.text), norm(t.lemma_)) for t in words]


class _FormSets:
    """The (form, lemma) pairs of a companion scope, with every form and lemma and every
    beginning of one: a companion's stem is then looked up, not tested against each word
    (``Word.matches``: a whole-word stem equals a form, another begins one)."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.pairs = pairs
        self.wholes = {f for pair in pairs for f in pair if f}
        self.beginnings = {f[:k] for f in self.wholes for k in range(len(f) + 1)}

    def has(self, w: Word) -> bool:
        """``any(w.matches(form, lemma) for form, lemma in pairs)``."""
        return any((stem in self.wholes) if exact else (stem in self.beginnings) for stem, exact in w.alts)


def _has_all(p: VerbPattern, words: _FormSets) -> bool:
    """Every companion of p among the (form, lemma) pairs of words."""
    return all(words.has(c) for c in p.companions)


def _misread_clauses(tok: Token, exclude: set[int], scope: list[Token]) -> list[Token]:
    """Children of tok the companion scope left out as clauses of their own."""
    inside = {t.i for t in scope}
    return [c for c in tok.children if c.i not in inside and c.i not in exclude and c.dep_ in CLAUSAL]


@dataclass
class _Sentence:
    """One parsed sentence while its event verbs are coded, embedded verbs first: what the
    governing verbs learn from the verbs they govern."""

    P: ParseView
    lang: str
    found: dict[int, VerbPattern]  # event verbs by token index
    frames: list[Frame] = field(default_factory=list)
    suppressed: set[int] = field(default_factory=set)  # verbs whose event an embedded verb carries
    demanded: dict[int, str] = field(default_factory=dict)  # a demand verb -> the code of what it demands
    governed: dict[int, Token] = field(default_factory=dict)  # a refusal -> the verb refused


def code_parsed(sentence: str, lang: str, offset: int, mentions: list[Mention],
                doc: Any = None) -> list[CodedEvent] | None:
    """Events of one sentence over its dependency parse; None when no parser is installed."""
    if doc is None:
        if models.english() is None:
            return None
        doc = next(models.english_parses([sentence]))
    P = ParseView(doc, mentions, sentence, lexicon(lang))
    found = _event_verbs(P, lang)
    if not found:
        return events_from(_yields(P, lang), offset)
    st = _Sentence(P, lang, found)
    for i, p in sorted(found.items(), key=lambda x: -x[0]):  # embedded verbs first
        _code_verb(st, doc[i], p)
    frames = [f for f in st.frames if f.tok is None or f.tok.i not in st.suppressed]
    frames.extend(_yields(P, lang))
    return events_from(apply_claims(P, frames), offset)


def _yields(P: ParseView, lang: str) -> list[Frame]:
    """An act done under another state's pressure ("shelved the bill after pressure from
    Washington", "Under pressure from Beijing, Nepal cancelled the meeting"): whoever acts
    yields (080) to the state that pressed, whatever the act itself is."""
    w = P.words
    out: list[Frame] = []
    for t in P.doc:
        prep = t.head
        if t.dep_ != "pobj" or t.lemma_.lower() not in w.pressure_nouns or prep.lower_ not in w.pressure_preps:
            continue
        act = prep.head
        if act.pos_ not in ("VERB", "AUX") or act.i == prep.i:
            continue
        by = [x for c in t.children if c.dep_ == "prep" and c.lower_ in w.pressure_from
              for x in c.children if x.dep_ == "pobj"]
        pressers = [a for x in [*by, *(c for c in t.children if c.dep_ == "poss")] for a in P.actors(x) if a.known]
        doers = [a for a in P.actors(P.controller(act)[0], as_source=True) if a.known]
        if not pressers or not doers or {a.country for a in doers} & {a.country for a in pressers}:
            continue
        pat = VerbPattern(lang, t.lemma_.lower(), Word(((t.lemma_.lower(), True),)), (), "080", "", -1)
        out.append(Frame(pat, "080", doers, pressers, None, *clause_span(act), rules=["under-pressure"], tok=t))
    return out


def _event_verbs(P: ParseView, lang: str) -> dict[int, VerbPattern]:
    """Verbs of the parse that anchor an event pattern, by token index."""
    found: dict[int, VerbPattern] = {}
    for tok in P.doc:
        verb = _act_noun_verb(P, tok)
        if verb is not None:
            p = pattern_at(tok, lang, set(), verb)
            if p is not None and p.cameo != "-":
                found[tok.i] = p
            continue
        if tok.pos_ != "VERB":
            continue
        subj, _ = P.subject(tok)
        exclude = {t.i for t in subj.subtree} if subj is not None and subj.dep_ == "nsubj" else set()
        p = pattern_at(tok, lang, exclude)
        weapon = _weapon_subject(tok, lang) if exclude else None
        if weapon is not None and (p is None or len(weapon.companions) > len(p.companions)):
            p = weapon
        if p is not None and p.cameo != "-":
            found[tok.i] = p
    return found


def _weapon_subject(tok: Token, lang: str) -> VerbPattern | None:
    """A pattern whose companion is the verb's subject, a weapon ("a drone hit a kibbutz",
    "Russian missiles slammed into a plant"): rows so noted read the subject too; the weapon's
    owner, or the place it was launched from, is the actor."""
    p = pattern_at(tok, lang, set())
    return p if p is not None and p.weapon_subject else None


def _act_noun_verb(P: ParseView, tok: Token) -> str | None:
    """The verb whose act a noun names, when a verb that carries an act out or makes it
    known governs it ("announced the expulsion of two diplomats", "ordered the deployment
    of troops to Belarus"): the act is done by that verb's subject. None otherwise."""
    w = P.words
    if tok.pos_ != "NOUN":
        return None
    head = tok.head.lemma_.lower()
    passive = tok.dep_ == "nsubjpass" and tok.head.pos_ == "VERB"
    if not ((tok.dep_ == "dobj" or passive) and head in w.act_noun_heads) and \
            not (tok.dep_ == "nsubj" and head in w.act_noun_course):
        # "A demand for X's release was issued", "Norway's pledge of aid was announced": the
        # passive's subject names the act; "talks between X and Y ended": a meeting ran its course
        return None
    return w.act_nouns.get(tok.lemma_.lower())


def _act_noun_source(P: ParseView, v: Token) -> Token | None:
    """Who does the act a noun names when the noun is the subject of a passive: the
    passive's agent if it names an actor ("A demand ... was issued by Nairobi"), else the
    noun's possessor ("Norway's pledge ... was announced by its minister"), else the noun
    itself (the actors it names: "the dispatch of a U.S. carrier group")."""
    agent = next((c for c in v.head.children if c.dep_ == "agent"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if pobj is not None and any(a.known for a in P.actors(pobj)):
        return pobj
    return next((c for c in v.children if c.dep_ == "poss"), v)


def _code_verb(st: _Sentence, v: Token, p: VerbPattern) -> None:
    """One event verb: what governs it, negation, mood, then who acts on whom."""
    if _hypothetical(st.P, v):
        return
    coded = _governed_code(st, v, p)
    if coded is None:
        return
    code, rules = coded
    if v.i in st.demanded and code.startswith("10"):
        code, rules = st.demanded[v.i], [*rules, "demand-of"]
    coded = _negation(v, code, rules)
    if coded is None:
        return
    code, rules = _mood(st.P, v, *coded)
    if code == "140" and _at_site(st.P, v):
        code, rules = "141", [*rules, "protest-site"]
    st.frames.append(_verb_frame(st, v, p, code, rules))


def _at_site(P: ParseView, v: Token) -> bool:
    """A protest held outside or at a place of another state ("protested outside the Russian
    embassy"): a demonstration (141), done where people gather, not an official complaint."""
    for c in v.children:
        if c.dep_ != "prep" or c.lower_ not in P.words.protest_site_preps:
            continue
        site = next((x for x in c.children if x.dep_ == "pobj"), None)
        if site is not None and any(a.known for a in P.actors(site)):
            return True
    return False


def _hypothetical(P: ParseView, v: Token) -> bool:
    """A verb in a clause a condition word opens ("will withdraw ... unless Paris pulls out its
    troops"): the act is what the threat hinges on, not an event."""
    return v.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in P.lx.condition_openers for m in v.children)


def _governed_code(st: _Sentence, v: Token, p: VerbPattern) -> tuple[str, list[str]] | None:
    """The governing verb decides what the event is: (code, rules), or None when the verb
    is no event of its own (demanded, refused, appealed for)."""
    P, w = st.P, st.P.words
    h, dep = _governor(v, w)
    code, rules = p.cameo, []
    if h.i == v.i or not (dep in ("xcomp", "ccomp") or (dep == "advcl" and has_infinitive_marker(v, w))):
        return code, rules
    hl = h.lemma_.lower()
    own_subj, _ = P.subject(v)
    control = dep != "ccomp" or (own_subj is not None and has_infinitive_marker(v, w))
    if dep == "ccomp" and hl in w.demand_that:
        # "demanded that Azerbaijan withdraw its troops": the withdrawal is demanded,
        # not done; the demand takes the act's kind (1056)
        if h.i in st.found and st.found[h.i].cameo.startswith("10"):
            st.demanded[h.i] = demand_code(code)
        return None
    if control and (hl in w.refuse or any(c.dep_ == "neg" for c in h.children)):
        st.governed[h.i] = v  # the refusal takes its target from what is refused
        return None  # "refused to help", "would not allow X to help": no help happens
    obj = next((c for c in h.children if c.dep_ in ("dobj", "dative")), None)
    if obj is None and hl == w.call:  # "called on NATO to deploy"
        obj = prep_object(h, w.call_preps)
    if control and hl in w.appeal and (dep == "ccomp" or obj is not None or P.is_passive(h)) and \
            not _own_forces(obj, w):
        # "asked Obama to help Iran", "wants Putin to attack": an appeal to the
        # object, not an act of it
        if h.i not in st.found:
            _appeal(st, v, p, own_subj if dep == "ccomp" else obj)
        return None
    if dep == "xcomp" and h.i in st.found and hl in w.want | w.threat | w.pledge | w.keep:
        st.suppressed.add(h.i)  # "threatened to impose sanctions", "agreed to lift": one event
    if dep == "ccomp" and hl in w.threat and is_conflict_act(code) and \
            any(c.dep_ == "aux" and c.lower_ in w.ahead for c in v.children):
        # "warned (that) it could halt gas deliveries": what is warned of is threatened (13),
        # not done (the warning keeps its own event: the act may name no one who does it)
        return intent_code(code), ["intent"]
    if dep == "xcomp":
        hl = _intending_lemma(h, w)
        if hl in w.want or hl in w.threat:
            code, rules = intent_code(code), ["intent"]
        elif hl in w.pledge and code[:2] in ("04", "05", "06", "07", "08"):
            code, rules = intent_code(code), ["intent"]
    return code, rules


def _governor(v: Token, w: Any) -> tuple[Token, str]:
    """The verb governing v and how: an act after the preposition of a promise ("committed to
    supplying Germany") is governed as its infinitive would be ("committed to supply")."""
    h = v.head
    if v.dep_ == "pcomp" and h.dep_ == "prep" and h.head.i != h.i and h.head.lemma_.lower() in w.pledge:
        return h.head, "xcomp"
    return h, v.dep_


def _own_forces(obj: Token | None, w: Any) -> bool:
    """The one ordered is the orderer's own arm ("ordered police to expel him", "ordered
    troops to open fire"): the order is the state's own act, not an appeal to another."""
    return obj is not None and obj.lemma_.lower() in w.own_forces


def _intending_lemma(h: Token, w: Any) -> str:
    """The lemma that sets the mood of an act: a verb that only keeps the act going ("vowed to
    keep supplying grain", "plans to start deploying") passes it on to the verb governing it."""
    while h.dep_ == "xcomp" and h.lemma_.lower() in w.keep and h.head.i != h.i:
        h = h.head
    return h.lemma_.lower()


def _appeal(st: _Sentence, v: Token, p: VerbPattern, appealed_to: Token | None) -> None:
    """"asked X to help": the governing verb's subject appeals (020) to X."""
    P, h = st.P, v.head
    hl = h.lemma_.lower()
    src_tok, _how = P.controller(h)
    srcs = P.actors(src_tok)
    tgts = P.actors(appealed_to)
    if srcs and tgts:
        ap = VerbPattern(st.lang, P.words.appeal_text.format(verb=hl, act=v.lemma_.lower()), p.anchor, (), "020",
                         "", -1)
        st.frames.append(Frame(ap, "020", srcs, tgts, None, *clause_span(h), rules=["appeal"], tok=h))


def _negation(v: Token, code: str, rules: list[str]) -> tuple[str, list[str]] | None:
    """A negated cooperative act is a rejection; a negated conflict act no event (None)."""
    if not any(c.dep_ == "neg" for c in v.children):
        return code, rules
    nc = negated_code(code)
    if nc is None:
        return None
    return nc, [*rules, "negated"]


def _mood(P: ParseView, v: Token, code: str, rules: list[str]) -> tuple[str, list[str]]:
    """A conflict act under a condition or in the future is a threat."""
    if not is_conflict_act(code) or "intent" in rules:
        return code, rules
    future = any(c.dep_ == "aux" and c.lower_ in P.lx.future_words for c in v.children)
    conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and P.lx.condition_word.fullmatch(m.lower_)
                                                for m in c.children) for c in v.children)
    if future and not conditional and announced_measure(P, v, code):
        return code, [*rules, "announced-measure"]
    if future or conditional:
        return intent_code(code), [*rules, "conditional" if conditional else "future"]
    return code, rules


def announced_measure(P: ParseView, v: Token, code: str) -> bool:
    """"X said/announced (that) it would recall its ambassador": a measure reported as decided
    is the measure; one warned of or threatened stays a threat, and so does one with a clause of
    its own that may be a condition ("would break off relations should its neighbour build the
    road")."""
    hl = v.head.lemma_.lower()
    inverted = any(t.lower_ in P.words.inverted_condition and t.i > v.i and t.head.i != v.i for t in v.sent)
    return is_measure(code) and v.dep_ == "ccomp" and hl in P.words.announce and hl not in P.words.threat \
        and not inverted and not any(c.dep_ == "advcl" for c in v.children)


def _verb_frame(st: _Sentence, v: Token, p: VerbPattern, code: str, rules: list[str]) -> Frame:
    """Who acts on whom, and where: sources, targets and place of one event verb."""
    P = st.P
    if v.pos_ == "NOUN" and v.dep_ in ("nsubjpass", "nsubj"):
        src_tok, how = _act_noun_source(P, v), "act-noun"
    else:
        src_tok, how = P.controller(v.head if v.pos_ == "NOUN" else v)  # a noun's act: the governing verb's subject
        if how == "object-control" and _own_forces(src_tok, P.words):
            src_tok, how = P.controller(v.head)[0], "own-forces"  # "ordered police to expel him": who orders acts
    srcs, tgts, used = _sources(P, v, code, src_tok, how, _goods_given(P, p, code, src_tok))
    if src_tok is v and v.pos_ == "NOUN":
        srcs, tgts, used = _own_phrase_roles(P, v, srcs, tgts, used)
    if p.recall and src_tok is not None and P.is_passive(v) and not any(c.dep_ == "agent" for c in v.children):
        # "the Lithuanian ambassador was recalled (from Minsk)": his own state calls him home
        srcs, tgts = P.actors(src_tok, as_source=True), []
        used.update(t.i for t in src_tok.subtree)
    if p.inverse:
        giver = prep_object(v, P.words.giver_preps)
        if giver is not None:
            tgts, srcs = srcs, P.actors(giver)
            used.update(t.i for t in giver.head.subtree)
    via_with = False
    if not tgts:
        tgts, via_with = find_targets(P, v, v.lemma_.lower(), code, used, srcs)
    if not tgts and v.pos_ == "NOUN":  # "ordered the deployment of troops to Iraq": "to" hangs on the verb
        tgts, via_with = find_targets(P, v.head, v.head.lemma_.lower(), code, used | {v.i}, srcs)
    if not tgts and v.i in st.governed:
        refused = st.governed[v.i]
        tgts, via_with = find_targets(P, refused, refused.lemma_.lower(), code, used, srcs)
    if not tgts and code.startswith("03"):
        tgts, via_with = _promised_to(P, v, code, used, srcs, set(st.found))
    loc = find_location(P, v, used, srcs)
    if code[:3] in _GATHERINGS and not any(a.known for a in srcs) and loc is not None and \
            loc not in {a.country for a in tgts}:
        # protesters no country is named for ("veterans rallied outside the British embassy in
        # Buenos Aires") are people of the place they gather in
        srcs, rules = [Actor(loc, "PPL")], [*rules, "protest-place"]
    return Frame(p, code, srcs, tgts, loc, *clause_span(v), via_with=via_with,
                 rules=[*rules, how] if how and how != "subject" else rules, tok=v)


# Protests by gathering (CAMEO 140-144: demonstrations, hunger strikes, boycotts, blockades);
# a riot or an attack (145) may be one person's act, of any nationality
_GATHERINGS = ("140", "141", "142", "143", "144")


def _own_phrase_roles(P: ParseView, v: Token, srcs: list[Actor], tgts: list[Actor],
                      used: set[int]) -> tuple[list[Actor], list[Actor], set[int]]:
    """An act noun that names both sides itself ("the withdrawal of Israeli troops from
    Lebanon was completed"): the side after a target preposition other than "of" is acted
    on, the rest of the phrase acts. Unchanged when the phrase names one side only."""
    for c in v.children:
        if c.dep_ != "prep" or c.lower_ == P.words.of or c.lower_ not in P.words.target_preps:
            continue
        pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
        acted_on = [a for a in P.actors(pobj) if a.known]
        doers = [a for a in P.actors(v, avoid=c, as_source=True) if a.known]
        if acted_on and doers and {a.country for a in acted_on}.isdisjoint({a.country for a in doers}):
            return doers, acted_on, used
    return srcs, tgts, used


def _promised_to(P: ParseView, v: Token, code: str, used: set[int], srcs: list[Actor],
                 events: set[int]) -> tuple[list[Actor], bool]:
    """A promise with no one named beside the verb: the beneficiary is the target of the
    promised act in its clause ("vowed that Nairobi would return the trucks to Uganda"), when
    that act is no event of its own. Another country than the promising one only."""
    own = {a.country for a in srcs}
    if v.lemma_.lower() not in P.words.promise_clause:
        # "agreed to reopen talks with Bolivia": only a state the promised act names outright
        return _named_partner(P, v, own, events), False
    # "pledged $50 million to rebuild X's grid": the infinitive says what the promised thing is
    # for; without an object ("pledged to convey Iran's protest") the infinitive is the act
    # promised, which names no beneficiary when it is no event itself
    clauses = ("ccomp", "xcomp", "advcl") if any(c.dep_ == "dobj" for c in v.children) else ("ccomp",)
    for comp in v.children:
        if comp.dep_ not in clauses or comp.pos_ not in ("VERB", "AUX") or comp.i in events:
            continue  # a promised act that is an event is coded itself (as the intent)
        tgts, via_with = find_targets(P, comp, comp.lemma_.lower(), code, used, srcs)
        tgts = [a for a in tgts if a.known and a.country not in own]
        if tgts:
            return tgts, via_with
    return _named_partner(P, v, own, events), False


def _promised_acts(P: ParseView, v: Token) -> list[Token]:
    """The acts a promise or an agreement is to: its infinitive ("agreed to reopen talks") or
    the verb after its preposition ("committed to supplying Germany")."""
    acts = [c for c in v.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    for c in v.children:
        if c.dep_ == "prep":
            acts.extend(x for x in c.children if x.dep_ == "pcomp" and x.pos_ == "VERB")
    return acts


def _named_partner(P: ParseView, v: Token, own: set[str | None], events: set[int]) -> list[Actor]:
    """The other state a promised act names as a whole phrase, its object or the object of a
    preposition ("agreed to reopen talks with Bolivia", "pledged to buy jets from the United
    States", "committed to supplying Germany with oil"). A state that only owns a thing of the
    phrase ("pledged to convey Iran's protest") is not the one the promise is to."""
    heads = {P.tok_at[m.end - 1].i for m in P.mentions if m.is_base and m.end - 1 in P.tok_at}
    for act in _promised_acts(P, v):
        if act.i in events:
            continue
        near = [act, *(c for c in act.children if c.dep_ in ("dobj", "dative"))]
        for t in near:
            for c in t.children:
                cand = c if c.dep_ in ("dobj", "dative") else \
                    next((x for x in c.children if x.dep_ == "pobj"), None) \
                    if c.dep_ == "prep" and c.lower_ in P.words.target_preps and c.lower_ != P.words.of else None
                if cand is None or cand.i not in heads:
                    continue
                acts = [a for a in P.actors(cand) if a.known and a.country not in own]
                if acts:
                    return acts
    return []


def _misattached_agent(P: ParseView, v: Token) -> Token | None:
    """The agent phrase of a passive that the parser hung on a word of the verb's phrase
    ("were declared persona non grata by Russia": "by" under "grata"), not in another clause."""
    for t in companion_scope(v, set()):
        if t.dep_ == "prep" and t.lower_ in P.lx.prep_agent and any(c.dep_ == "pobj" for c in t.children):
            return t
    return None


def _subject_agent(subj: Token | None) -> Token | None:
    """The agent named on the passive's subject ("boats donated by Japan were handed over to
    the navy"): who gave the thing hands it over, when the verb itself names no one."""
    if subj is None:
        return None
    for acl in subj.children:
        if acl.dep_ == "acl":
            agent = next((c for c in acl.children if c.dep_ == "agent"), None)
            if agent is not None:
                return agent
    return None


def _reporting_state(P: ParseView, v: Token, code: str) -> list[Actor]:
    """The state that reports a handover it made ("a suspect was extradited to Brazil,
    Paraguay's interior ministry said"): a passive release, return or judicial handover (08,
    06) with no agent is the reporting state's own act. Only a state organ or a country
    reports so; the receiving side that reports the return of its own people ("Peru's
    ministry said") is not the one that released them."""
    if code[:2] not in ("06", "08"):
        return []
    h = v
    while h.dep_ == "conj" and h.head.i != h.i:
        h = h.head  # "was extradited ... and flown to Brasilia"
    if h.dep_ != "ccomp" or h.head.lemma_.lower() not in P.words.announce:
        return []
    subj, _ = P.subject(h.head)
    reporters = [a for a in P.actors(subj, as_source=True) if a.known and a.role in (None, "GOV", "COP", "MIL", "JUD")]
    handed, _how = P.controller(v)
    if {a.country for a in P.actors(handed)} & {a.country for a in reporters}:
        return []
    return reporters


def _own_forces_moved(code: str) -> bool:
    """Codes whose passive subject is the acting side's own forces: force posture and
    mobilisation (15), peacekeepers sent (074)."""
    return code.startswith("15") or code == "074"


def _goods_given(P: ParseView, p: VerbPattern, code: str, subj: Token | None) -> bool:
    """The passive subject of an aid act is the thing given, a word of the pattern ("a South
    Korean corvette was transferred to the Vietnamese navy"): the country it belongs to gives."""
    if subj is None or not code.startswith("07") or subj.pos_ != "NOUN":
        return False
    form, lemma = P.lx.norm(subj.text), P.lx.norm(subj.lemma_)
    return any(c.matches(form, lemma) for c in p.companions)


def _sources(P: ParseView, v: Token, code: str, src_tok: Token | None,
             how: str, own_goods: bool = False) -> tuple[list[Actor], list[Actor], set[int]]:
    """(sources, targets, tokens used): the subject acts, or in a passive the agent (or who
    the act implies) acts on the subject."""
    srcs: list[Actor] = []
    tgts: list[Actor] = []
    used: set[int] = set()
    if P.is_passive(v):
        agent = next((c for c in v.children if c.dep_ == "agent"), None) or _misattached_agent(P, v)
        subj_agent = _subject_agent(src_tok) if agent is None else None
        agent = agent or subj_agent
        if agent is not None:
            srcs = P.actors(next((c for c in agent.children if c.dep_ == "pobj"), None), as_source=True)
            used.update(t.i for t in agent.subtree)
        else:
            srcs = passive_source(P, v, code, used) or _reporting_state(P, v, code)
        if not srcs and src_tok is not None and (own_goods or _own_forces_moved(code)):
            # "Lithuanian police were put on alert", "Rwandan troops were deployed to X": the
            # forces moved are their own state's, which acts; the target is where they go
            srcs = P.actors(src_tok, as_source=True)
            used.update(t.i for t in src_tok.subtree)
            return srcs, tgts, used
        if src_tok is not None:  # the grammatical subject of a passive is acted on
            tgts = P.actors(src_tok, avoid=subj_agent.head if subj_agent is not None
                            else v if how == "relcl" else None)
            used.update(t.i for t in src_tok.subtree)
    elif src_tok is not None:
        srcs = P.actors(src_tok, avoid=v if how in ("relcl", "acl") else None, as_source=True)
        used.update(t.i for t in src_tok.subtree)
    return srcs, tgts, used
