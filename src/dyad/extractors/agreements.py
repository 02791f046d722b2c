"""Agreements signed: the items of a "the following documents were signed:" list, and
documents named as signed in a sentence ("signed a Memorandum of Understanding on ...")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from dyad import gazetteer
from dyad.extractors.packs import either, every, optional
from dyad.extractors.text import CLOSERS, OPENERS, QUOTE_MARKS, Sentence, inside, paragraphs, sentences
from dyad.lang import available, pack, rules
from dyad.model import Agreement, Doc

ITEM_RE = re.compile(r"\s*(?:[-–—•·*]|\d{1,2}[.)])\s*")
QUOTE_MARK_RE = re.compile(f"[{re.escape(QUOTE_MARKS)}]")
# Two quoted titles in one item of a list ("„Abkommen über ...“ sowie „Memorandum ...“"): a closing
# mark, a comma or a joining word of any language, and an opening mark.
QUOTED_PAIR_RE = re.compile(rf"(?<=[{re.escape(CLOSERS)}])\s*(?:,\s*)?(?:(?:{either(every('LIST_AND_WORDS') + every('LIST_ALSO_WORDS'))})\s+)?"
                            rf"(?=[{re.escape(OPENERS)}])", re.I)
# How far before "the agreement is a ..." the signing it refers to may be reported (a sentence or two).
SIGNED_BEFORE = 400
# How far before a document word a count of the documents may stand ("sieben neue Abkommen").
COUNT_REACH = 40
# A line broken inside a sentence (hard-wrapped copy: "signed an action plan to develop cooperation\nbetween
# ..."): a letter, digit or comma at the end of the line and a small letter opening the next.
WRAPPED_LINE_RE = re.compile(r"(?<=[\w,])[ \t]*\n[ \t]*(?=\w)")


@cache
def capital_adjective(any_capital: bool = False) -> str:
    """A capitalised adjective that may open a title (German "Gemeinsame ..."), for each pack
    that has one: its capital (``any_capital``: a capital of any alphabet), its small
    letters, its adjective ending. Empty when no pack has one."""
    capitals = "".join(every("LETTERS_UPPER"))
    out = []
    for code in available():
        p = pack(code)
        if p.TITLE_ADJECTIVE_ENDING:
            out.append(f"[{capitals if any_capital else p.LETTERS_UPPER}][{p.LETTERS_LOWER}]+{p.TITLE_ADJECTIVE_ENDING}\\s+")
    return "|".join(out)


@dataclass(frozen=True)
class AgreementPatterns:
    """One language's agreement patterns, compiled once. The signing verbs, and the words
    of lists, articles and places, are those of every language (as they always were)."""

    kinds: tuple[tuple[re.Pattern[str], str], ...]
    signed_list: re.Pattern[str]  # a paragraph that opens a list of documents signed
    list_of_documents: re.Pattern[str]  # a paragraph that opens a list of documents ("The MoUs include:")
    item_document: re.Pattern[str]  # a document word in an unmarked line of such a list
    signing: re.Pattern[str]  # a signing verb of any language
    inline: re.Pattern[str]  # "signed a memorandum on ..."
    passive: re.Pattern[str]  # "a memorandum on ... was signed"
    identified: re.Pattern[str]  # "the agreement is a declaration of intent to ..."
    adopted: re.Pattern[str]  # "a joint declaration ... was adopted"
    counted: re.Pattern[str]  # "seven new" right before a document word: documents counted, not named
    history: re.Pattern[str]  # after a passive signing: not this report's signing
    not_now: re.Pattern[str]
    relative: re.Pattern[str]  # ", which ...": where a title ends
    heads: re.Pattern[str]
    list_opener: re.Pattern[str]  # "Among them are ..."
    inline_list: re.Pattern[str]  # "..., including ..."
    item_break: re.Pattern[str]  # between two documents of a list
    item_lead: re.Pattern[str]  # the conjunction and article before a listed document
    referred: re.Pattern[str]  # "the agreement signed by ...": a document referred to
    plural: re.Pattern[str]
    value: re.Pattern[str]
    generic: re.Pattern[str]  # "the agreements": no title
    title_tail: re.Pattern[str]  # where a title goes on to say when or what followed
    next_act: re.Pattern[str]  # where the talks go on to their next act: no more documents
    title_place: re.Pattern[str]  # "... in Kyiv": where a title goes on to say where
    joint: re.Pattern[str]  # "..., as well as a Joint Statement on ..."
    signer_between: re.Pattern[str]  # "between Minister X and ...": the signers, where a title ends
    descriptive: re.Pattern[str]  # "a bilateral agreement": a head described, no name
    subject_list: re.Pattern[str]  # "agreements on A, B, C": a plural head before subjects
    singular_after: re.Pattern[str] | None  # a word before the head that makes it singular
    covered: re.Pattern[str]  # "the sectors covered in the MoUs include A, B and C"
    passive_verb: re.Pattern[str]  # the passive signing verb itself
    passive_continuation: re.Pattern[str]  # "was signed between ... on ...": the name goes on
    list_comma: re.Pattern[str]  # a comma (with "and") between two subjects of a list
    list_and: re.Pattern[str]  # the "and" before the last subject of a list


@lru_cache(maxsize=8)
def agreement_patterns(lang: str | None) -> AgreementPatterns:
    r = rules(lang)
    heads = r.AGREEMENT_HEADS
    signing = either(every("SIGNING_WORDS"))
    space = r"\s+"
    adjective = capital_adjective()
    title_opening = f"(?:(?-i:{adjective})|{r.AGREEMENT_ADJECTIVES})?" if adjective else f"(?:{r.AGREEMENT_ADJECTIVES})?"
    # (lower-case adjectives open a title before a passive verb too: "An intergovernmental
    # agreement on ... was signed")
    passive_opening = f"(?:(?-i:{adjective})|{r.AGREEMENT_ADJECTIVES})?" if adjective else f"(?:{r.AGREEMENT_ADJECTIVES})?"
    opener = f"[{re.escape(OPENERS)}]?"
    articles = optional(every("AGREEMENT_ARTICLES"), space)
    list_words = either(every("LIST_AND_WORDS") + every("LIST_ALSO_WORDS"))
    list_articles = optional(every("AGREEMENT_LIST_ARTICLES"), space)
    and_words = either(every("LIST_AND_WORDS"))
    also_words = either(every("LIST_ALSO_WORDS"))
    and_articles = optional(every("AGREEMENT_AND_ARTICLES"), space)
    inline_list_words = either(every("AGREEMENT_INLINE_LIST_WORDS"))
    years = either(every("HISTORY_YEAR_PREPOSITIONS"))
    relatives = either(every("RELATIVE_PRONOUNS"))
    auxiliaries = either(every("AGREEMENT_PASSIVE_AUXILIARIES"))
    determiners = either(every("AGREEMENT_DETERMINERS"))
    places = either(every("TITLE_PLACE_PREPOSITIONS"))
    capitals = "".join(every("LETTERS_UPPER"))
    joining = either(every("LIST_ALSO_WORDS", "LIST_AND_WORDS"))
    any_adjective = capital_adjective(any_capital=True)
    compound_words = f"(?-i:{r.AGREEMENT_COMPOUND_RE})" if r.AGREEMENT_COMPOUND_RE else "(?!)"
    compound = compound_title(lang, heads, places, and_words)
    joint_opening = f"(?-i:{any_adjective})?" if any_adjective else ""
    return AgreementPatterns(
        kinds=tuple((re.compile(p), kind) for p, kind in r.AGREEMENT_KINDS),
        signed_list=re.compile(r.SIGNED_LIST_RE, re.I),
        list_of_documents=re.compile(r.DOCUMENT_LIST_OPENER_RE, re.I),
        item_document=re.compile(r.LIST_ITEM_DOCUMENT_RE),
        signing=re.compile(signing, re.I),
        inline=re.compile(
            rf"(?:{signing}),?\s+{r.AGREEMENT_VERB_GAP}(?:(?:{inline_list_words})\s+)?{articles}"
            # (a title in quotation marks: "signed the «Agreement on ...»")
            rf"(?P<open>[{re.escape(OPENERS)}])?(?P<title>(?:{compound}{title_opening}(?i:{heads})[^.;:\n]{{5,400}})"
            # "signed an X; a Y; the Z": further documents after semicolons, each opening with its head
            rf"(?:;\s+{articles}(?={opener}(?:{title_opening}|{compound_words})(?i:{heads}))[^.;:\n]{{5,400}})*)",
            re.I),
        passive=re.compile(rf"(?P<title>{passive_opening}(?i:{heads})[^.;:\n]{{0,250}}?)(?={r.SIGNED_PASSIVE_RE})", re.I),
        adopted=re.compile(r.JOINT_ADOPTED_RE, re.I),
        # (a count of two or more, digits or words, and a describing adjective or none)
        counted=re.compile(rf"(?<!\w)(?:\d+|{either([re.escape(w) for w, n in r.COUNT_WORDS.items() if n > 1])})\s+"
                           rf"(?:{r.DESCRIPTIVE_ADJECTIVES}\s+)?$", re.I),
        identified=re.compile(rf"(?:{r.SIGNED_IS_RE}){opener}(?P<title>{title_opening}(?i:{heads})[^.;:\n]{{5,400}})", re.I),
        history=re.compile(r.NOT_NOW_RE + rf"|\b(?:{years})\s+(?:19|20)\d\d\b", re.I),
        not_now=re.compile(r.NOT_NOW_RE, re.I),
        relative=re.compile(rf",\s+(?:{relatives})\b"),
        heads=re.compile(rf"(?i:{heads})", re.I),
        list_opener=re.compile(r.SIGNED_LIST_OPENER_RE, re.I),
        inline_list=re.compile(r.SIGNED_INLINE_LIST_RE, re.I),
        # items are split where a comma (or "and") is followed by the next document's head word,
        # so that "an agreement on technical, financial and legal matters" stays whole
        item_break=re.compile(
            rf"[,;]\s+(?:(?:{list_words})\s+)?{list_articles}"
            rf"(?={opener}(?:{r.AGREEMENT_ADJECTIVES}|{compound_words})?(?i:{heads}))|\s+(?:{and_words}|{also_words})\s+"
            rf"{and_articles}(?={opener}(?i:{heads}))"
            # a semicolon separates the items of a list whatever opens the next one ("; another on ..."),
            # and the next one's article goes with it ("; an agreement on ...")
            rf"|;\s+{list_articles}"
            # "... and a maritime search and rescue agreement": a compound title after "and" only
            # with its article, so that "search and rescue agreement" stays one
            rf"|\s+(?:{and_words})\s+(?:{either(every('AGREEMENT_AND_ARTICLES'))})\s+(?={compound_words}(?i:{heads}))",
            re.I),
        item_lead=re.compile(rf"^\s*(?:(?:{list_words})\s+)?{list_articles}"),
        referred=re.compile(rf"(?:{heads})\w*\s+(?:{signing}|{auxiliaries})\b", re.I),
        plural=re.compile(r.AGREEMENT_PLURAL_RE, re.I),
        value=re.compile(r.AGREEMENT_VALUE_RE, re.I),
        generic=re.compile(rf"(?:{determiners})?\s*(?i:{heads})\w{{0,3}}", re.I),
        title_tail=re.compile(r.TITLE_TAIL_RE, re.I),
        next_act=re.compile(r.NEXT_ACT_RE, re.I),
        title_place=re.compile(rf"\s+(?:{places})\s+([{capitals}][\w-]+)"),
        joint=re.compile(rf",?\s+(?:{joining})\s+{articles}(?={joint_opening}(?-i:{heads}))"),
        signer_between=re.compile(r.SIGNER_BETWEEN_RE, re.I),
        descriptive=re.compile(rf"{articles}(?:{r.DESCRIPTIVE_ADJECTIVES})\s+(?:{heads})\w{{0,3}}", re.I),
        subject_list=re.compile(r.SUBJECT_LIST_RE, re.I),
        singular_after=re.compile(r.SUBJECT_LIST_SINGULAR_AFTER_RE, re.I) if r.SUBJECT_LIST_SINGULAR_AFTER_RE else None,
        covered=re.compile(r.COVERED_SUBJECTS_RE, re.I),
        passive_verb=re.compile(r.SIGNED_PASSIVE_RE, re.I),
        passive_continuation=re.compile(rf"(?:{r.PASSIVE_CONTINUATION_RE})(?P<rest>[^.;:\n]{{5,400}})", re.I),
        list_comma=re.compile(rf",\s+(?:(?:{and_words})\s+)?", re.I),
        list_and=re.compile(rf"\s+(?:{and_words})\s+", re.I),
    )


def compound_title(lang: str | None, heads: str, places: str, and_words: str) -> str:
    """"a maritime search and rescue agreement": nouns before the head, then the head's own
    name ("... agreement on ..."), a further document ("... and a plan ..."), a place, or
    nothing; an alternative to put before the usual title pattern ("" when the language does
    not build titles so)."""
    r = rules(lang)
    if not r.AGREEMENT_COMPOUND_RE:
        return ""
    articles = either(every("AGREEMENT_AND_ARTICLES"))
    goes_on = rf"(?={r.AGREEMENT_COMPOUND_GOES_ON_RE}|,?\s+(?:{and_words})\s+(?:{articles})\s)[^.;:\n]{{0,400}}"
    placed = rf"(?:\s+(?:{places})\s+[^.;:\n]{{0,400}})?"
    return rf"(?-i:{r.AGREEMENT_COMPOUND_RE})(?i:{heads})\w{{0,2}}\b(?:{goes_on}|{placed})|"


def kind_of(title: str, lang: str | None) -> str:
    # The title as written, then without a leading adjective ("Joint Action Plan"): kinds are
    # named by the head noun, in the document's language first, then in any.
    head = agreement_patterns(lang).heads.search(title)
    lows = (title.lower(), re.sub(r"^\S+\s+", "", title.lower()), title[head.start() :].lower() if head else "")
    for low in lows:
        for pattern, kind in agreement_patterns(lang).kinds:
            if pattern.search(low):
                return kind
        for code in available():
            for pattern, kind in agreement_patterns(code).kinds:
                if pattern.search(low):
                    return kind
    return "other"


def parties_of(title: str, lang: str | None, dyad: list[str]) -> list[str]:
    found: list[str] = []
    for m in gazetteer.find_countries(title, lang):
        if m.iso3 not in found:
            found.append(m.iso3)
    return found[:2] if len(found) >= 2 else (found + [c for c in dyad if c not in found])[:2]


def unwrapped(text: str) -> str:
    """The text with the line breaks inside a sentence made spaces (offsets unchanged), so that a
    title read within a sentence does not stop at the end of a hard-wrapped line."""
    return WRAPPED_LINE_RE.sub(lambda m: " " * len(m.group(0)) if text[m.end()].islower() else m.group(0), text)


def find_agreements(doc: Doc, dyad: list[str], date: str | None, qspans: list[tuple[int, int]]) -> list[Agreement]:
    lang = doc.language
    pats = agreement_patterns(lang)
    # lists are read line by line in the text as it is, titles within sentences in the unwrapped text
    lined = doc.text
    paras = paragraphs(lined)
    text = unwrapped(lined)
    doc = replace(doc, text=text)
    out: list[Agreement] = []
    i = 0
    while i < len(paras):
        ps, pe = paras[i]
        if opens_document_list(lined, ps, pe, pats) and not inside(qspans, ps):
            j = i + 1
            while j < len(paras):
                s, e = paras[j]
                m = ITEM_RE.match(lined, s, e)
                # an unmarked line is an item only while it is short and names a document
                lead = m.end() if m else (s if is_plain_item(lined[s:e], pats) else None)
                if lead is None:
                    break
                for t_start, title in quoted_titles(lined[lead:e].rstrip(), lead):
                    title = title.strip().rstrip(";.,")
                    if len(title.split()) >= 2:
                        out.append(Agreement(title, kind_of(title, lang), parties_of(title, lang, dyad), date,
                                             (t_start, t_start + len(title)), rule="signed-list-item"))
                j += 1
            i = j
            continue
        i += 1
    # Inline: "the sides signed a memorandum of understanding on cooperation in tourism", and
    # German with the subject between the verb and the title. Passive: "a Memorandum of
    # Understanding on ... was signed in Baku."
    # Identified: "Both leaders signed the deal. The agreement is a declaration of intent to ...".
    for how, pattern in (("signed-inline", pats.inline), ("signed-passive", pats.passive),
                         ("signed-identified", pats.identified), ("adopted-passive", pats.adopted)):
        for m in pattern.finditer(text):
            if inside(qspans, m.start()) or any(a.evidence[0] <= m.start("title") < a.evidence[1] for a in out):
                continue
            if how == "signed-identified" and not pats.signing.search(text, max(0, m.start() - SIGNED_BEFORE), m.start()):
                continue  # what a document is, with no signing just before: not this report's signing
            if how in {"signed-passive", "adopted-passive"} and pats.history.search(text, m.end(), min(len(text), m.end() + 60)):
                continue  # "The Treaty ... was signed in 1995": history, not this report's signing
            if how == "signed-passive" and pats.counted.search(text, max(0, m.start() - COUNT_REACH), m.start()):
                continue  # "sieben neue Abkommen in den Bereichen ... unterzeichnet": a package counted, none named
            if how == "signed-passive" and text[max(0, m.start("title") - 1) : m.start("title")] == "(":
                continue  # "Four Memoranda of Understanding (MoUs) ... were signed": an abbreviation, not a title
            s0 = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            if pats.not_now.search(text[s0 : m.start("title")]):
                continue  # "when X was in office, the parliaments signed ...": history too
            listed = lettered_items(text, m.end() + 1, dyad, date, lang) if text[m.end() : m.end() + 1] == ":" else []
            if how == "signed-inline" and listed:
                # "have signed the following MoUs in agriculture: a) an umbrella MoU ..., b) ...": the
                # words before the colon open a list, the items after it are the documents
                out += listed
                continue
            start = m.start("title")
            span = QUOTE_MARK_RE.sub("", m.group("title")) if how == "signed-identified" else m.group("title")
            if how == "signed-passive":
                span = passive_continued(text, m.end(), span, lang)
            if how == "signed-inline" and m.group("open"):
                span = within_quotes(span, lang)
            next_act = pats.next_act.search(span)
            if next_act:
                span = span[: next_act.start()]  # "..., and also agreed on ...": no more documents
            if how in {"signed-inline", "signed-passive"}:
                span = named_by_signers(text, m, s0, span, how, lang)
            if deals_by_value(trim_title(span, lang), lang):
                continue  # "declarations and investment deals worth $65 billion": no part is named
            for t_start, raw in split_titles(span, start, lang):
                title = trim_title(pats.relative.split(raw)[0], lang)
                if len(title) < 4 or generic_title(title, lang):
                    continue
                for s_start, part in split_subjects(text, title, t_start, lang):
                    # (a title that took its signers from before it is longer than its words here)
                    end = min(s_start + len(part), m.end("title"))
                    out.append(Agreement(nominative_title(part, lang), kind_of(part, lang),
                                         parties_of(part, lang, dyad), date, (s_start, end), rule=how))
    out += listed_after_signing(doc, dyad, date, qspans, out)
    out += covered_subjects(doc, dyad, date, qspans, out)
    return drop_repeats(headline_repeats_dropped(out, doc.title_span, lang))


PLAIN_ITEM_WORDS = 30  # an unmarked list line longer than this is prose, the list has ended


def opens_document_list(text: str, start: int, end: int, pats: AgreementPatterns) -> bool:
    """A paragraph that opens a list of documents signed: "The sides signed:", or "The MoUs
    include:" when the signing was told just before."""
    line = text[start:end]
    if pats.signed_list.search(line):
        return True
    return bool(pats.list_of_documents.search(line)) and bool(
        pats.signing.search(text, max(0, start - 3 * SIGNED_BEFORE), end))


def is_plain_item(line: str, pats: AgreementPatterns) -> bool:
    """A short line naming a document; a line with a verb of signing is prose that goes on after the
    list ("The vice premiers signed the ..."), not an item of it."""
    return (2 <= len(line.split()) <= PLAIN_ITEM_WORDS and bool(pats.item_document.search(line[:80]))
            and not pats.signing.search(line))


def named_by_signers(text: str, m: re.Match[str], sentence_start: int, span: str, how: str, lang: str | None) -> str:
    """The document right after the verb (or before the passive one) takes the bodies that signed
    it, named before it or in the passive after it, as its parties."""
    span = with_signers(text, sentence_start, m.start() if how == "signed-inline" else m.start("title"), span, lang)
    verb = agreement_patterns(lang).passive_verb.match(text, m.end()) if how == "signed-passive" else None
    if verb:
        # (inside the German passive, or right after the English and Russian one)
        after = re.match(r"[^.;:\n]*", text[verb.end() : verb.end() + 400])
        span = with_passive_signers(verb.group(0) + (after.group(0) if after else ""), span, lang)
    return span


# The marks of the items of a list written in one line: "a) ...", "(b) ...", "2) ...", or semicolons.
INLINE_ITEM_RE = re.compile(r"(?:;\s*|^\s*|\s)\(?(?:[a-h]|\d{1,2})\)\s+|;\s+")


def lettered_items(text: str, pos: int, dyad: list[str], date: str | None, lang: str | None) -> list[Agreement]:
    """The documents listed after a colon in the same line, each opening with its document word
    (after its article); a line that does not mark its items is no such list."""
    pats = agreement_patterns(lang)
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    line = text[pos:end]
    marks = list(INLINE_ITEM_RE.finditer(line))
    if len(marks) < 2:
        return []
    out = []
    for k, mk in enumerate(marks):
        stop = marks[k + 1].start() if k + 1 < len(marks) else len(line)
        raw = line[mk.end() : stop]
        if k + 1 == len(marks):
            raw = re.split(r"(?<=\w)\.\s", raw)[0]  # the last item ends with its sentence
        title = trim_title(re.sub(rf"^\s*(?:{either(every('AGREEMENT_LIST_ARTICLES'))})\s+", "", raw, flags=re.I).strip(" .,;"), lang)
        if not pats.heads.search(title[:40]) or len(title.split()) < 2 or generic_title(title, lang):
            continue
        at = pos + mk.end() + max(raw.find(title[:10]), 0)
        out.append(Agreement(title, kind_of(title, lang), parties_of(title, lang, dyad), date, (at, at + len(title)),
                             rule="signed-lettered-item"))
    return out


# A title as short as this (a bare head, "cooperation agreement", "MoU on cooperation") is named by the
# bodies that sign it, when they are named before it.
BARE_TITLE_WORDS = 3
# The signers before a document are a short phrase, not a clause.
SIGNERS_WORDS = 30


def with_signers(text: str, sentence_start: int, before: int, title: str, lang: str | None) -> str:
    """"The Cuban Ministry of Tourism and the Belarusian Ministry of Sports signed a memorandum of
    understanding": a bare title signed by two bodies named before it is "memorandum of understanding
    between <the bodies>"; "Zwischen dem Ministerium ... und dem Innenministerium ... wurde eine
    Absichtserklärung zur Zusammenarbeit unterzeichnet": the between-phrase put first goes with the
    title whatever its length. Persons and countries are no bodies: "Pakistan and Belarus signed a
    memorandum" keeps the title as it is."""
    r = rules(lang)
    if not r.SIGNING_BODY_RE:
        return title
    clause = text[sentence_start:before]
    comma = clause.rfind(", ")
    signers = clause[comma + 2 :] if comma >= 0 else clause
    signers = re.sub(r.SIGNERS_TRAIL_RE, "", signers, flags=re.I).strip()
    if not signers or len(signers.split()) > SIGNERS_WORDS:
        return title
    between = r.SIGNERS_BETWEEN_WORD
    if re.match(rf"{between}\s", signers, re.I):
        return f"{title} {signers[:1].lower()}{signers[1:]}"
    if len(title.split()) > BARE_TITLE_WORDS or re.search(rf"\b{between}\b", title, re.I):
        return title
    ands = re.search(rf"\s(?:{either(list(r.LIST_AND_WORDS))})\s", signers, re.I)
    if not ands or not re.search(r.SIGNING_BODY_RE, signers, re.I) or agreement_patterns(lang).signing.search(signers):
        return title
    if signers.split()[0].lower() in articles_of(lang):
        signers = signers[:1].lower() + signers[1:]  # "The Ministry ..." inside a title: "the Ministry ..."
    return f"{title} {between} {signers}"


def articles_of(lang: str | None) -> set[str]:
    """The articles of a language that open a phrase ("the", "das"), as lower-case words."""
    return {a.lower() for a in rules(lang).AGREEMENT_ARTICLES if a.isalpha()}


def with_passive_signers(verb_phrase: str, title: str, lang: str | None) -> str:
    """"Das Absichtsprotokoll wurde zwischen dem Ministerium ... und dem Innenministerium ... unterzeichnet":
    the between-phrase inside the passive verb names the bodies that signed a bare title."""
    r = rules(lang)
    if not r.SIGNING_BODY_RE or len(title.split()) > BARE_TITLE_WORDS:
        return title
    m = re.search(rf"(?<!\w){r.SIGNERS_BETWEEN_WORD}\s.*", verb_phrase, re.I)
    if not m:
        return title
    phrase = re.sub(r.SIGNERS_TRAIL_RE, "", m.group(0), flags=re.I)
    words = phrase.split()
    # (the participle that ends the German passive is no signer)
    if words and agreement_patterns(lang).signing.fullmatch(words[-1]):
        phrase = " ".join(words[:-1])
    return f"{title} {phrase}" if re.search(r.SIGNING_BODY_RE, phrase, re.I) else title


def within_quotes(span: str, lang: str | None) -> str:
    """A title that opened with a quotation mark ends at the closing one; a further quoted title
    joined to it ('the "A" and the "B"') is one more, and so is a document named after the closing
    mark ("«A» и протокол о B"). The titles come back joined by semicolons, where a list is cut."""
    pats = agreement_patterns(lang)
    close = re.search(f"[{re.escape(CLOSERS)}]", span)
    if not close:
        return span
    titles, rest = [span[: close.start()]], span[close.end() :]
    while True:
        lead = pats.item_lead.match(rest)
        after = rest[lead.end() :] if lead and lead.end() else ""
        if after[:1] in OPENERS and after[:1]:
            close = re.search(f"[{re.escape(CLOSERS)}]", after[1:])
            if not close:  # the sentence's stop came inside the marks ('... the "B."')
                titles.append(after[1:])
                break
            titles.append(after[1 : close.start() + 1])
            rest = after[close.end() + 1 :]
            continue
        if after and pats.heads.match(after):
            titles.append(after)
        break
    return "; ".join(t.strip() for t in titles)


def quoted_titles(item: str, start: int) -> list[tuple[int, str]]:
    """An item of a list as one or more titles: two quoted titles joined by "and" are two, and a
    quoted title loses its marks. Each with its offset."""
    bounds = [0] + [m.end() for m in QUOTED_PAIR_RE.finditer(item)]
    ends = [m.start() for m in QUOTED_PAIR_RE.finditer(item)] + [len(item)]
    out = []
    for b0, b1 in zip(bounds, ends, strict=True):
        part = item[b0:b1]
        lead = len(part) - len(part.lstrip(" " + QUOTE_MARKS))
        out.append((start + b0 + lead, QUOTE_MARK_RE.sub("", part).strip()))
    return out


def passive_continued(text: str, verb_at: int, span: str, lang: str | None) -> str:
    """"An agreement was signed between the two governments on ...": a bare head before the
    passive verb takes its name from what follows the verb."""
    pats = agreement_patterns(lang)
    if len(span.split()) > 2:
        return span
    verb = pats.passive_verb.match(text, verb_at)
    rest = pats.passive_continuation.match(text, verb.end()) if verb else None
    return f"{span.strip()} {rest.group('rest').strip()}" if rest else span


def split_subjects(text: str, title: str, start: int, lang: str | None) -> list[tuple[int, str]]:
    """"Agreements on cooperation in energy, cooperation in youth policy and sport": a plural
    head before a list of subjects is one document per subject. Each subject must be a phrase
    of its own (three words or more), so that "agreements on technical, financial and legal
    matters" and "on education, science and culture" stay one title."""
    pats = agreement_patterns(lang)
    m = pats.subject_list.match(title)
    if not m or (pats.singular_after and pats.singular_after.search(text, max(0, start - 40), start)):
        return [(start, title)]  # no plural head, or one that the word before makes singular
    body = title[m.end() :]
    head = m.group("head")
    prep = head.split()[-1].lower()
    cuts = list(pats.list_comma.finditer(body))
    bounds = [0] + [c.end() for c in cuts]
    ends = [c.start() for c in cuts] + [len(body)]
    parts = [(b0, body[b0:b1]) for b0, b1 in zip(bounds, ends, strict=True)]
    # "... on legal assistance and on investments": the last part holds two subjects, the second
    # opening with the head's preposition again
    b0, last = parts[-1]
    again = next((a for a in pats.list_and.finditer(last) if last[a.end() :].lower().startswith(prep + " ")), None)
    if again:
        parts[-1:] = [(b0, last[: again.start()]), (b0 + again.end(), last[again.end() :])]
    if len(parts) == 1:
        # two subjects and no comma: "agreements on legal assistance in criminal matters and
        # on hiring seasonal workers"; the length test below keeps "on trade and economy" whole
        ands = list(pats.list_and.finditer(body))
        if len(ands) == 1:
            a = ands[0]
            parts = [(0, body[: a.start()]), (a.end(), body[a.end() :])]
    # a subject that repeats the preposition ("agreements on A, on B") is a subject of its own
    # whatever its length, and does not take the preposition twice
    repeated = [k > 0 and p.strip().lower().startswith(prep + " ") for k, (_, p) in enumerate(parts)]
    parts = [(b0 + len(p) - len(p.lstrip()) + len(prep) + 1, p.strip()[len(prep) + 1 :]) if r else (b0, p)
             for (b0, p), r in zip(parts, repeated, strict=True)]
    if len(parts) < 2 or (not any(repeated) and any(len(p.split()) < 3 for _, p in parts)):
        return [(start, title)]
    return [(start if k == 0 else start + m.end() + b0, p.strip() if k and names_own_document(p, lang) else head + p.strip())
            for k, (b0, p) in enumerate(parts)]


def names_own_document(part: str, lang: str | None) -> bool:
    """"agreements on the supply of grain and cooperation agreements in tourism": a later part
    that opens with a document word of its own (after a few nouns) is a title by itself, not a
    subject of the first part's head."""
    pats = agreement_patterns(lang)
    head = pats.heads.search(part)
    return bool(head) and len(part[: head.start()].split()) <= 2


def covered_subjects(doc: Doc, dyad: list[str], date: str | None, qspans: list[tuple[int, int]],
                     found: list[Agreement]) -> list[Agreement]:
    """"Six MoUs were signed ... The sectors covered in the MoUs include health, housing and
    investments": after a signing, one document per subject listed, titled by the singular
    document word ("Memorandum of Understanding on health")."""
    text, lang = doc.text, doc.language
    pats = agreement_patterns(lang)
    singular = {k.lower(): v for k, v in rules(lang).DOCUMENT_SINGULAR.items()}
    prep = rules(lang).SUBJECT_PREPOSITION
    out: list[Agreement] = []
    for m in pats.covered.finditer(text):
        doc_word = (m.group("doc") or m.group("doc2") or "").lower()
        if doc_word not in singular or inside(qspans, m.start()):
            continue
        if not pats.signing.search(text, max(0, m.start() - 600), m.start()):
            continue  # documents said to cover subjects, with no signing reported before
        group = "list" if m.group("list") else "list2"
        for s_start, item in subject_items(text, m.start(group), m.end(group), lang):
            if any(a.evidence[0] <= s_start < a.evidence[1] for a in found + out):
                continue
            title = f"{singular[doc_word]} {prep} {item}"
            out.append(Agreement(title, kind_of(title, lang), list(dyad[:2]), date, (s_start, s_start + len(item)),
                                 rule="covered-subjects"))
    return out


def subject_items(text: str, start: int, end: int, lang: str | None) -> list[tuple[int, str]]:
    """The subjects of a list "A, B, C and D" with their offsets; the last "and" parts the
    last two, and the list ends where the sentence goes on ("..., the minister said")."""
    pats = agreement_patterns(lang)
    body = trim_title(text[start:end], lang)
    cuts = list(pats.list_comma.finditer(body))
    bounds = [0] + [c.end() for c in cuts]
    ends = [c.start() for c in cuts] + [len(body)]
    items = [(start + b0, body[b0:b1]) for b0, b1 in zip(bounds, ends, strict=True)]
    if items:
        last_at, last = items[-1]
        ands = list(pats.list_and.finditer(last))
        if ands:
            a = ands[-1]
            items[-1:] = [(last_at, last[: a.start()]), (last_at + a.end(), last[a.end() :])]
    return [(s, t.strip()) for s, t in items if t.strip()]


def listed_after_signing(doc: Doc, dyad: list[str], date: str | None, qspans: list[tuple[int, int]],
                         found: list[Agreement]) -> list[Agreement]:
    """"... 15 more documents were signed. Among them a roadmap on ..., agreements on ...": the
    sentence after a signing that opens with "among them" lists the documents."""
    text, lang = doc.text, doc.language
    pats = agreement_patterns(lang)
    signing = pats.signing
    out: list[Agreement] = []
    sents = sentences(text)
    lists: list[tuple[int, int]] = []  # (start, end) of each list of titles
    # each sentence searched once for its signing word (the pattern of every language is slow)
    signed = [signing.search(text, s.start, s.end) for s in sents]
    for sm, cur in zip(signed, sents[1:], strict=False):
        if sm and not inside(qspans, cur.start):
            m = pats.list_opener.match(text[cur.start : cur.end])
            if m:
                lists.append((cur.start + m.end(), cur.end))
    lists += documents_included(text, sents, lang, qspans)
    for sent, sm in zip(sents, signed, strict=True):
        if sm and not inside(qspans, sent.start):
            im = pats.inline_list.search(text, sm.end(), sent.end)
            if im:
                lists.append((im.end(), sent.end))
    item_break = pats.item_break
    for pos, stop in lists:
        body = text[pos:stop]
        bounds = [0] + [m.end() for m in item_break.finditer(body)]
        ends = [m.start() for m in item_break.finditer(body)] + [len(body)]
        for b0, b1 in zip(bounds, ends, strict=True):
            raw = body[b0:b1]
            part_start = b0
            title = pats.item_lead.sub("", raw)
            verb = pats.passive_verb.search(title)
            if verb:
                title = title[: verb.start()]  # "In addition, an MoU on ... was signed with ...": the title ends at the verb
            title = trim_title(QUOTE_MARK_RE.sub("", title).strip(" ."), lang)
            if not pats.heads.search(title[:40]) or len(title.split()) < 2 or generic_title(title, lang):
                continue
            start = pos + part_start + max(raw.find(title[:10]), 0)
            if any(a.evidence[0] <= start < a.evidence[1] for a in found + out):
                continue
            for s_start, part in split_subjects(text, title, start, lang):
                out.append(Agreement(nominative_title(part, lang), kind_of(part, lang), parties_of(part, lang, dyad),
                                     date, (s_start, s_start + len(part)), rule="listed-after-signing"))
    return out


def documents_included(text: str, sents: list[Sentence], lang: str | None, qspans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"The deals were signed on Monday ... The 12 pacts include agreements on ...": a sentence
    opening with the documents of a signing told anywhere before lists them (the list, as
    (start, end))."""
    opener = rules(lang).DOCUMENTS_INCLUDE_RE
    if not opener:
        return []
    signing = agreement_patterns(lang).signing
    out = []
    for sent in sents:
        m = re.match(opener, text[sent.start : sent.end], re.I)
        # the signing told before, or in the opening itself ("The documents signed include ...")
        if m and not inside(qspans, sent.start) and (signing.search(text, 0, sent.start) or signing.search(m.group(0))):
            out.append((sent.start + m.end(), sent.end))
    return out


def generic_title(title: str, lang: str | None) -> bool:
    """"The agreements", "these agreements": documents referred to, not named."""
    pats = agreement_patterns(lang)
    if re.fullmatch(rules(lang).JOINT_DOCUMENT_RE, title.strip(), re.I):
        return False  # "a joint declaration": the one joint document of a meeting, named by its kind
    if pats.referred.match(title.strip()):
        return True  # "the agreement signed by the prime ministers": a document referred to
    if deals_by_value(title, lang):
        return True  # "agreements ... worth 65 billion": deals counted by value, not one document
    refers_back = rules(lang).TITLE_REFERS_BACK_RE
    if refers_back and re.search(refers_back, title.strip(), re.I):
        return True  # "the memorandum on the founding of which": its subject is named before
    only_parties = rules(lang).PLURAL_PARTIES_ONLY_RE
    if only_parties and re.match(only_parties, title.strip(), re.I):
        return True  # "memorandums among the ministry and companies": who signed, not what
    if pats.descriptive.fullmatch(title.strip()):
        return True  # "a bilateral agreement": described, not named
    return bool(pats.generic.fullmatch(title.strip())) and len(title.split()) <= 2 and len(title.strip()) < 16


def deals_by_value(title: str, lang: str | None) -> bool:
    """"Agreements and contracts worth 65 billion": plural documents opening a phrase that
    names a value are a package of deals, not documents named."""
    pats = agreement_patterns(lang)
    return bool(pats.plural.search(" ".join(title.split()[:3])) and pats.value.search(title))


def headline_repeats_dropped(found: list[Agreement], headline: tuple[int, int] | None,
                             lang: str | None) -> list[Agreement]:
    """The headline tells in short what the body tells in full ("... sign memorandum on biosecurity",
    then "signed an intergovernmental memorandum of understanding on ensuring biological security"):
    a document named in the headline goes when the body names one of the same kind, and plural
    documents in a headline ("sign agreements to strengthen ties") name none."""
    if not headline:
        return found
    pats = agreement_patterns(lang)
    in_head = [a for a in found if headline[0] <= a.evidence[0] < headline[1]]
    body_kinds = {a.kind for a in found if a not in in_head}
    return [a for a in found if a not in in_head
            or (a.kind not in body_kinds and not pats.plural.match(a.title.split(" ")[0]))]


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
    pats = agreement_patterns(lang)
    cut = pats.title_tail.search(title)
    if cut:
        title = title[: cut.start()]
    signers = pats.signer_between.search(title)
    if signers:
        title = title[: signers.start()]
    for m in pats.title_place.finditer(title):
        if gazetteer.city_country(m.group(1)) or gazetteer.country_in(m.group(1), lang):
            return title[: m.start()].rstrip(" ,")
    return title.rstrip(" ,")


def split_titles(span: str, start: int, lang: str | None) -> list[tuple[int, str]]:
    """Several documents named in one breath: "a Joint Statement on ..., as well as a Joint
    Statement on ...", "a memorandum on ... and an agreement on ...", and so in every language:
    the span is cut before each further document word joined by "and" or a comma."""
    pats = agreement_patterns(lang)
    cuts = sorted([(m.start(), m.end()) for m in pats.joint.finditer(span)]
                  + [(m.start(), m.end()) for m in pats.item_break.finditer(span)])
    out, pos = [], 0
    for c0, c1 in cuts:
        if c0 < pos:
            continue  # one joint found by both patterns
        out.append((start + pos, span[pos:c0]))
        pos = c1
    out.append((start + pos, span[pos:]))
    # one word is a title only as a compound (a German "peace agreement"), not the bare head
    return [(s, t.strip().rstrip(",")) for s, t in out if len(t.split()) >= 2 or len(t.strip()) >= 12]


def nominative_title(title: str, lang: str | None) -> str:
    """The head words of a title named as the object of the signing verb, in the nominative,
    as documents are cited (Russian "signed the Programme" has the accusative)."""
    table = rules(lang).AGREEMENT_NOMINATIVE
    words = title.split(" ")
    for k, w in enumerate(words[:2]):
        if w.lower() in table:
            words[k] = table[w.lower()] if k else table[w.lower()][:1].upper() + table[w.lower()][1:]
    return " ".join(words)
