"""Agreements signed: the items of a "the following documents were signed:" list, and
documents named as signed in a sentence ("signed a Memorandum of Understanding on ...")."""

from __future__ import annotations

import re

from dyad import gazetteer
from dyad.extractors.lang import rules
from dyad.extractors.text import inside, paragraphs
from dyad.model import Agreement, Doc

ITEM_RE = re.compile(r"\s*(?:[-–—•·*]|\d{1,2}[.)])\s*")


def kind_of(title: str, lang: str | None) -> str:
    low = title.lower()
    for pattern, kind in rules(lang).AGREEMENT_KINDS:
        if re.search(pattern, low):
            return kind
    for lang_rules in ("en", "de", "ru"):
        for pattern, kind in rules(lang_rules).AGREEMENT_KINDS:
            if re.search(pattern, low):
                return kind
    return "other"


def parties_of(title: str, lang: str | None, dyad: list[str]) -> list[str]:
    found: list[str] = []
    for m in gazetteer.find_countries(title, lang):
        if m.iso3 not in found:
            found.append(m.iso3)
    return found[:2] if len(found) >= 2 else (found + [c for c in dyad if c not in found])[:2]


def find_agreements(doc: Doc, dyad: list[str], date: str | None, qspans: list[tuple[int, int]]) -> list[Agreement]:
    text, lang = doc.text, doc.language
    r = rules(lang)
    signed_list = re.compile(r.SIGNED_LIST_RE, re.I)
    paras = paragraphs(text)
    out: list[Agreement] = []
    i = 0
    while i < len(paras):
        ps, pe = paras[i]
        if signed_list.search(text[ps:pe]) and not inside(qspans, ps):
            j = i + 1
            while j < len(paras):
                s, e = paras[j]
                m = ITEM_RE.match(text, s, e)
                if not m:
                    break
                title = text[m.end() : e].strip().rstrip(";.,")
                if len(title.split()) >= 2:
                    t_start = m.end()
                    out.append(Agreement(title, kind_of(title, lang), parties_of(title, lang, dyad), date,
                                         (t_start, t_start + len(title)), rule="signed-list-item"))
                j += 1
            i = j
            continue
        i += 1
    if out:
        return out
    # Inline: "the sides signed a memorandum of understanding on cooperation in tourism."
    inline = re.compile(
        rf"(?:signed|unterzeichnet\w*|подписал\w*|подписан\w*)\s+(?:an?\s+|the\s+|ein\w*\s+|die\s+|das\s+|den\s+)?"
        rf"(?P<title>(?i:{r.AGREEMENT_HEADS})[^.;:\n]{{5,200}})", re.I)
    for m in inline.finditer(text):
        if inside(qspans, m.start()):
            continue
        title = m.group("title").strip().rstrip(",")
        title = re.split(r",\s+(?:which|that|der|die|das|который|которое)\b", title)[0]
        out.append(Agreement(title, kind_of(title, lang), parties_of(title, lang, dyad), date,
                             (m.start("title"), m.start("title") + len(title)), rule="signed-inline"))
    return out
