"""Reported speech over the parse: "X said Y attacked Z" is an accusation of Y by X,
"X claimed it attacked Z" a claim of responsibility, "X announced it would free Y" an intent."""

from __future__ import annotations

from dyad.extractors.cameo.frames import Frame
from dyad.extractors.cameo.parse_view import ParseView
from dyad.extractors.cameo.transforms import intent_code


def apply_claims(P: ParseView, frames: list[Frame]) -> list[Frame]:
    """"X said/claimed that Y attacked Z": an accusation of Y by X (112); "X claimed that
    it attacked Z": X claims responsibility (015); "X announced it would free Y": intent."""
    out: list[Frame] = []
    for f in frames:
        v = f.tok
        if v is None:
            out.append(f)
            continue
        h = v.head
        if v.dep_ != "ccomp" or h.lemma_.lower() not in P.words.speech or h.i == v.i:
            out.append(f)
            continue
        hl = h.lemma_.lower()
        future = any(c.lower_ in P.lx.future_words or (c.dep_ == "aux" and c.lower_ == P.words.going) for c in v.children)
        if future and hl in P.words.announce and "intent" not in f.rules and "announced-measure" not in f.rules:
            f.code = intent_code(f.code)
            f.rules.append("intent")
            out.append(f)
            continue
        subj_tok, _ = P.controller(h)
        speakers = P.actors(subj_tok)
        violent = f.code[:2] in ("18", "19", "20")
        # only a named state or body accuses; "the ministry said troops shelled X" reports
        if not (violent and any(a.known for a in speakers) and not future and h.i < v.i and "intent" not in f.rules):
            out.append(f)
            continue
        own_subj, _ = P.subject(v)
        bound = own_subj is not None and own_subj.lower_ in P.words.pronouns and f.sources == speakers
        if bound and hl in P.words.admit:
            f.code, f.sources = "015", speakers
            f.rules.append("claim-responsibility")
            out.append(f)
        elif not bound and hl in P.words.claim and f.sources and {a.code for a in f.sources} != {a.code for a in speakers}:
            out.append(Frame(f.pattern, "112", speakers, f.sources, None, f.start, f.end,
                              rules=[*f.rules, "claim-accuse"]))
        else:
            out.append(f)
    return out
