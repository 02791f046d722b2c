"""Who is acted on, and where, over the parse: the actor of a passive without an agent,
the targets of a verb, the country named as the place of the act."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dyad.extractors.cameo.actors import Actor, actors_in
from dyad.extractors.cameo.parse_view import CLAUSAL, ParseView, prep_object

if TYPE_CHECKING:
    from spacy.tokens import Token


ENVOY_ACTED_ON = ("114", "161")  # a summons, an expulsion: done by a state to another's envoy


def passive_source(P: ParseView, v: Token, code: str, used: set[int]) -> list[Actor]:
    """The actor of a passive without "by": "killed in Israeli tank shelling", "fired at
    it from the Gaza Strip", "was summoned to the Foreign Ministry in Warsaw"."""
    if code[:3] in ("114", "161", "174") or code[:2] == "16":
        # the ministry one is summoned to, or the capital it sits in
        to = prep_object(v, P.words.summoned_to)
        acts = [a for a in P.actors(to) if a.known] if to is not None else []
        if acts:
            return acts
        acts = _posting(P, v)
        if acts:
            return acts
        for m in P.mentions:
            if m.kind == "capital" and m.country and v.idx < m.start:
                return [Actor(m.country, "GOV")]
        if code[:3] in ENVOY_ACTED_ON:
            # "five diplomats were declared persona non grata": a state did it, the one of the
            # report's pair that is not the envoys' (extractors.pair)
            return [Actor("---", "GOV")]
        return []
    if code[:2] not in ("17", "18", "19", "20"):
        return []
    doc = P.doc
    # "killed in (an) <Israeli> (tank) shelling|air strike|raid": the named attacker
    for j in range(v.i + 1, min(len(doc), v.i + 7)):
        t = doc[j]
        if t.lemma_.lower() in P.words.attack_nouns or t.lower_ in P.words.attack_nouns:
            acts = [a for a in actors_in([(doc[v.i + 1].idx, t.idx)], P.mentions, P.text, P.lx.code) if a.known]
            if acts:
                used.update(range(v.i + 1, j + 1))
                return acts
            break
        if t.is_punct or t.pos_ == "VERB" and t.lemma_.lower() not in P.words.attack_nouns:
            break
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == P.words.attacker_from:
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            acts = [a for a in P.actors(pobj) if a.known]
            if acts:
                used.update(t.i for t in c.subtree)
                return acts
    return []


def _posting(P: ParseView, v: Token) -> list[Actor]:
    """The state an envoy acted on is posted to, named on him ("the British charge d'affaires
    in Tehran was summoned", "the Russian ambassador to Poland was expelled"): the host acts
    on the envoys it receives. Another country than the envoy's own only."""
    subj, passive = P.subject(v)
    if subj is None or not passive:
        return []
    own = {a.country for a in P.actors(subj) if a.known}
    for c in subj.children:
        if c.dep_ == "prep" and c.lower_ in P.words.posting_preps:
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            acts = [Actor(a.country, "GOV") for a in P.actors(pobj) if a.known and a.country and a.country not in own]
            if acts:
                return acts[:1]
    return []


def find_targets(P: ParseView, v: Token, lemma: str, code: str, used: set[int],
                 srcs: list[Actor]) -> tuple[list[Actor], bool]:
    """The acted-on actors, and whether they came with a partner preposition ("with"):
    object first, then prepositional objects in order."""
    src_countries = {a.country for a in srcs}
    fallback: tuple[list[Actor], bool] | None = None
    for tok, with_ in _target_candidates(P, v, lemma, code, used):
        acts = P.actors(tok)
        if not acts:
            continue
        known = [a for a in acts if a.known]
        # a phrase naming the source's own country and another one: the other one is the
        # target ("bans on travel to Canada against Russian officers")
        other = [a for a in known if a.country not in src_countries]
        if other and len(other) < len(acts):
            return other, with_
        if known or tok.dep_ in ("dobj", "dative"):
            # a named object is the target even without a country ("thanked the
            # ambassador for his contribution to Belarusian-Kazakh cooperation")
            return acts, with_
        if fallback is None:
            fallback = (acts, with_)
    return fallback or ([], False)


def _target_candidates(P: ParseView, v: Token, lemma: str, code: str, used: set[int]) -> list[tuple[Token, bool]]:
    """Heads of the phrases v may act on, in sentence order, each with whether a partner
    preposition introduced it. Verbs of talking take their partner from "with" only (the
    object of "discuss" is a topic)."""
    w = P.words
    topic = lemma in w.topic_verbs and code.startswith("04")
    cands: list[tuple[Token, bool]] = []

    def add_prep(c: Token) -> None:
        pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
        if pobj is not None and pobj.i not in used:
            cands.append((pobj, c.lower_ in w.partner_preps))

    for c in v.children:
        if c.i in used:
            continue
        if c.dep_ in ("dobj", "dative", "attr", "oprd"):
            if _moves_forces(code):
                # the forces moved or put on alert are the mover's own ("units on its border
                # with Sudan": the border may hang on them)
                cands.extend((x, False) for p in c.children if p.dep_ == "prep" for x in _across_border(p, w))
                continue
            if not topic:
                cands.append((c, False))
            else:  # "held talks with X"
                for x in c.children:
                    if x.dep_ == "prep" and x.lower_ in w.partner_preps:
                        add_prep(x)
        elif c.dep_ == "prep" and _moves_forces(code) and c.lower_ == w.of:
            continue  # "the deployment of extra troops": the mover's own forces
        elif c.dep_ == "prep" and c.lower_ in w.target_preps and (not topic or c.lower_ in w.partner_preps):
            add_prep(c)
        elif c.dep_ == "prep" and code.startswith("14") and c.lower_ in w.protest_site_preps:
            # the embassy protested outside of: its country is the target (a site of no
            # country, "outside parliament", is only a place)
            site = next((x for x in c.children if x.dep_ == "pobj"), None)
            if site is not None and site.i not in used and any(a.known for a in P.actors(site)):
                cands.append((site, False))
        elif c.dep_ == "prep" and code.startswith("15"):
            cands.extend((x, False) for x in _across_border(c, w))
        elif c.dep_ == "prt":  # "called on Russia": the particle carries the object
            for x in c.children:
                if x.dep_ == "pobj":
                    cands.append((x, False))
        elif c.dep_ == "ccomp" and code.startswith(("11", "10", "02", "161")):
            # "alleged that France was aware"; "declared two diplomats persona non grata"
            # with the phrase misread as a clause whose subject is the diplomats
            s, _ = P.subject(c)
            if s is not None:
                cands.append((s, False))
    cands.sort(key=lambda x: x[0].i)
    return cands


def _moves_forces(code: str) -> bool:
    """Alert, police and armed forces moved (152-155): what is moved is the mover's own; a show
    of force (150, "violated Finnish airspace") acts on its object."""
    return code[:3] in ("152", "153", "154", "155")


def _across_border(prep: Token, w: Any) -> list[Token]:
    """The country a border is shared with, for forces moved "along its border with Mali" (a
    border is where, the neighbour across it is whom the move is aimed at)."""
    out = []
    for pobj in prep.children:
        if pobj.dep_ == "pobj" and pobj.lemma_.lower() in w.border_nouns:
            out += [x for p in pobj.children if p.dep_ == "prep" and p.lower_ in w.partner_preps
                    for x in p.children if x.dep_ == "pobj"]
    return out


def find_location(P: ParseView, v: Token, used: set[int], srcs: list[Actor]) -> str | None:
    """A country named as the place of the act ("protest in Beijing", "visit to Beirut"):
    the object of a locative preposition in v's own clause, not the source's country."""
    src_countries = {a.country for a in srcs}
    for m in P.mentions:
        if m.kind not in ("name", "alias", "capital", "city", "code") or not m.country or m.country in src_countries:
            continue
        if m.kind == "code" and len(m.base or "") > 3:
            continue  # a state organ is an actor, not a place ("Gaza" is both)
        t = P.tok_at.get(m.end - 1)
        while t is not None and t.dep_ in ("compound", "amod", "poss", "nmod", "flat", "appos") and t.head.i != t.i:
            t = t.head
        if t is not None and t.dep_ == "pobj" and t.head.lower_ == P.words.of and t.head.head.dep_ == "pobj":
            t = t.head.head  # "in the east of the Gaza Strip"
        if t is None or t.i in used or t.dep_ != "pobj" or t.head.lower_ not in P.words.loc_preps:
            continue
        x = t
        while x.i != v.i and (x.dep_ not in CLAUSAL or x.lemma_.lower() in P.words.attack_nouns) and x.head.i != x.i:
            x = x.head  # through "killed in Israeli tank shelling in ...", not through other clauses
        if x.i == v.i:
            return m.country
    return None
