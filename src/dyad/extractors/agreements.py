"""Agreements signed: the items of a "the following documents were signed:" list, and
documents named as signed in a sentence ("signed a Memorandum of Understanding on ...")."""

from __future__ import annotations

import re

from dyad import gazetteer
from dyad.extractors.text import inside, paragraphs, sentences
from dyad.lang import rules
from dyad.model import Agreement, Doc

ITEM_RE = re.compile(r"\s*(?:[-–—•·*]|\d{1,2}[.)])\s*")


def kind_of(title: str, lang: str | None) -> str:
    # The title as written, then without a leading adjective ("Gemeinsame Absichtserklärung",
    # "Joint Action Plan"): kinds are named by the head noun.
    for low in (title.lower(), re.sub(r"^\S+\s+", "", title.lower())):
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
    # Inline: "the sides signed a memorandum of understanding on cooperation in tourism",
    # "unterzeichneten die beiden Minister eine Gemeinsame Absichtserklärung über ...".
    signing = "|".join(rules(lg).SIGNING_WORDS for lg in ("en", "de", "ru"))
    inline = re.compile(
        rf"(?:{signing}),?\s+{r.AGREEMENT_VERB_GAP}"
        rf"(?:(?:among them|including|among which|darunter|в том числе|среди них|включая)\s+)?"
        rf"(?:an?\s+|the\s+|ein\w*\s+|die\s+|das\s+|den\s+)?"
        rf"(?P<title>(?:(?-i:[A-ZÄÖÜ][a-zäöüß]+e[rns]?\s+)|{r.AGREEMENT_ADJECTIVES})?(?i:{r.AGREEMENT_HEADS})[^.;:\n]{{5,400}})",
        re.I)
    # Passive: "a Memorandum of Understanding on ... was signed in Baku."
    passive = re.compile(rf"(?P<title>(?-i:[A-ZÄÖÜ][a-zäöüß]+e[rns]?\s+)?(?i:{r.AGREEMENT_HEADS})[^.;:\n]{{0,250}}?)"
                         rf"(?={r.SIGNED_PASSIVE_RE})", re.I)
    history = re.compile(r.NOT_NOW_RE + r"|\b(?:in|im|в)\s+(?:19|20)\d\d\b", re.I)
    for how, pattern in (("signed-inline", inline), ("signed-passive", passive)):
        for m in pattern.finditer(text):
            if inside(qspans, m.start()) or any(a.evidence[0] <= m.start("title") < a.evidence[1] for a in out):
                continue
            if how == "signed-passive" and history.search(text, m.end(), min(len(text), m.end() + 60)):
                continue  # "The Treaty ... was signed in 1995": history, not this report's signing
            s0 = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            if re.search(r.NOT_NOW_RE, text[s0 : m.start()], re.I):
                continue  # "when X was in office, the parliaments signed ...": history too
            start = m.start("title")
            for t_start, raw in split_titles(m.group("title"), start, lang):
                title = trim_title(re.split(r",\s+(?:which|that|der|die|das|который|которое)\b", raw)[0], lang)
                if len(title) < 4 or generic_title(title, lang):
                    continue
                out.append(Agreement(nominative_title(title, lang), kind_of(title, lang),
                                     parties_of(title, lang, dyad), date, (t_start, t_start + len(title)), rule=how))
    out += listed_after_signing(doc, dyad, date, qspans, out)
    return drop_repeats(out)


def listed_after_signing(doc: Doc, dyad: list[str], date: str | None, qspans: list[tuple[int, int]],
                         found: list[Agreement]) -> list[Agreement]:
    """"... 15 more documents were signed. Among them a roadmap on ..., agreements on ...": the
    sentence after a signing that opens with "among them" lists the documents."""
    text, lang = doc.text, doc.language
    r = rules(lang)
    signing = re.compile("|".join(rules(lg).SIGNING_WORDS for lg in ("en", "de", "ru")), re.I)
    heads = re.compile(rf"(?i:{r.AGREEMENT_HEADS})", re.I)
    out: list[Agreement] = []
    sents = sentences(text)
    lists: list[tuple[int, int]] = []  # (start, end) of each list of titles
    for prev, cur in zip(sents, sents[1:], strict=False):
        if signing.search(text, prev.start, prev.end) and not inside(qspans, cur.start):
            m = re.match(r.SIGNED_LIST_OPENER_RE, text[cur.start : cur.end], re.I)
            if m:
                lists.append((cur.start + m.end(), cur.end))
    for sent in sents:
        sm = signing.search(text, sent.start, sent.end)
        if sm and not inside(qspans, sent.start):
            im = re.compile(r.SIGNED_INLINE_LIST_RE, re.I).search(text, sm.end(), sent.end)
            if im:
                lists.append((im.end(), sent.end))
    # items are split where a comma (or "and") is followed by the next document's head word,
    # so that "an agreement on technical, financial and legal matters" stays whole
    item_break = re.compile(rf"[,;]\s+(?:(?:and|und|и|а также|as well as|sowie)\s+)?(?:an?\s+|the\s+|ein\w*\s+)?"
                            rf"(?=[«\"“„]?(?:{r.AGREEMENT_ADJECTIVES})?(?i:{r.AGREEMENT_HEADS}))|\s+(?:and|und|и)\s+"
                            rf"(?:an?\s+|the\s+)?(?=[«\"“„]?(?i:{r.AGREEMENT_HEADS}))", re.I)
    for pos, stop in lists:
        body = text[pos:stop]
        bounds = [0] + [m.end() for m in item_break.finditer(body)]
        ends = [m.start() for m in item_break.finditer(body)] + [len(body)]
        for b0, b1 in zip(bounds, ends, strict=True):
            raw = body[b0:b1]
            part_start = b0
            title = re.sub(r"^\s*(?:(?:and|und|и|а также|as well as|sowie)\s+)?(?:an?\s+|the\s+|ein\w*\s+)?", "", raw)
            title = trim_title(re.sub(r"[«»\"“”„]", "", title).strip(" ."), lang)
            if not heads.search(title[:40]) or len(title.split()) < 2 or generic_title(title, lang):
                continue
            start = pos + part_start + max(raw.find(title[:10]), 0)
            if any(a.evidence[0] <= start < a.evidence[1] for a in found + out):
                continue
            out.append(Agreement(nominative_title(title, lang), kind_of(title, lang), parties_of(title, lang, dyad),
                                 date, (start, start + len(title)), rule="listed-after-signing"))
    return out


def generic_title(title: str, lang: str | None) -> bool:
    """"The agreements", "die Vereinbarungen": documents referred to, not named."""
    heads = rules(lang).AGREEMENT_HEADS
    signing = "|".join(rules(lg).SIGNING_WORDS for lg in ("en", "de", "ru"))
    if re.match(rf"(?:{heads})\w*\s+(?:{signing}|was|were|wurde|wurden|был\w*)\b", title.strip(), re.I):
        return True  # "the agreement signed by the prime ministers": a document referred to
    opening = " ".join(title.split()[:3])
    if re.search(rules(lang).AGREEMENT_PLURAL_RE, opening, re.I) and re.search(rules(lang).AGREEMENT_VALUE_RE, title, re.I):
        return True  # "Absichtserklärungen ... im Wert von 65 Mrd": deals counted by value, not one document
    return bool(re.fullmatch(rf"(?:the|these|die|diese|эти)?\s*(?i:{heads})\w{{0,3}}", title.strip(), re.I)) \
        and len(title.split()) <= 2 and len(title.strip()) < 16


def drop_repeats(found: list[Agreement]) -> list[Agreement]:
    """One document named twice ("the signing of a Declaration ... The Declaration on
    ...") is one agreement: a title that another title starts with goes."""
    out = []
    for a in found:
        low = a.title.lower()
        if any(b is not a and b.title.lower().startswith(low) and len(b.title) > len(low) for b in found):
            continue
        if any(b.title.lower() == low for b in out):
            continue
        out.append(a)
    return out


def trim_title(title: str, lang: str | None) -> str:
    """A title ends where the sentence goes on to say where, when or what followed: "a joint
    declaration in Kyiv on Monday, after which ..." is "joint declaration"."""
    r = rules(lang)
    cut = re.search(r.TITLE_TAIL_RE, title, re.I)
    if cut:
        title = title[: cut.start()]
    for m in re.finditer(r"\s+(?:in|at|im|in der|in den|в|во)\s+([A-ZÄÖÜА-ЯЁ][\w-]+)", title):
        if gazetteer.city_country(m.group(1)) or gazetteer.country_in(m.group(1), lang):
            return title[: m.start()].rstrip(" ,")
    return title.rstrip(" ,")


def split_titles(span: str, start: int, lang: str | None) -> list[tuple[int, str]]:
    """Several documents named in one breath: "a Joint Statement on ..., as well as a Joint
    Statement on ...", "eine Absichtserklärung über ... sowie ein Abkommen über ..."."""
    heads = rules(lang).AGREEMENT_HEADS
    joint = re.compile(rf",?\s+(?:as well as|and|sowie|und|а также|и)\s+(?:an?\s+|the\s+|ein\w*\s+|die\s+|das\s+|den\s+)?"
                       rf"(?=(?-i:[A-ZÄÖÜА-ЯЁ][a-zäöüß]+e[rns]?\s+)?(?-i:{heads}))")
    out, pos = [], 0
    for m in joint.finditer(span):
        out.append((start + pos, span[pos : m.start()]))
        pos = m.end()
    out.append((start + pos, span[pos:]))
    # one word is a title only as a compound ("Friedensabkommen"), not the bare head ("Deklaration")
    return [(s, t.strip().rstrip(",")) for s, t in out if len(t.split()) >= 2 or len(t.strip()) >= 12]


def nominative_title(title: str, lang: str | None) -> str:
    """"Программу торгово-экономического сотрудничества" -> "Программа ...": the head words of a
    title named as the object of "подписали" in the nominative, as documents are cited."""
    table = rules(lang).AGREEMENT_NOMINATIVE
    words = title.split(" ")
    for k, w in enumerate(words[:2]):
        if w.lower() in table:
            words[k] = table[w.lower()] if k else table[w.lower()][:1].upper() + table[w.lower()][1:]
    return " ".join(words)
