"""Sentences, paragraphs and quoted regions of a cleaned text, all as character spans."""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "no", "vs", "jr", "sr", "gen", "col", "lt", "prof", "inc", "ltd",
    "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "mrd", "mio", "tsd", "nr", "bzw", "ca", "dt", "z.b", "d.h", "u.a", "vgl", "млн", "млрд",
    "тыс", "г", "гг", "им", "т.е", "т.д", "т.п", "руб", "долл", "ул", "стр", "св",
}
SENT_END_RE = re.compile(r"[.!?…]+[\"”“»]?\s+(?=[\"“„«(\-–—]?\s*[A-ZÄÖÜА-ЯЁ0-9])")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    para: int  # index of the paragraph (line) it belongs to


def paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for pi, (ps, pe) in enumerate(paragraphs(text)):
        start = ps
        for m in SENT_END_RE.finditer(text, ps, pe):
            before = text[start : m.start()].split()
            last = before[-1].rstrip(".").lower() if before else ""
            if last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
                continue  # "Mrd." or an initial ("A. Lukashenko") does not end a sentence
            end = m.start() + len(m.group(0).rstrip())
            out.append(Sentence(start, end, pi))
            start = m.end()
        if start < pe:
            out.append(Sentence(start, pe, pi))
    return out


PAIRS = {"“": "”", "„": "“", "«": "»", '"': '"', "‘": "’"}
OPEN_RE = re.compile(r"[“„«\"]")


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # first character of the quoted words
    end: int  # one past the last quoted character
    outer: tuple[int, int]  # including the quote marks / the dash
    dashed: bool = False


MIN_QUOTE_WORDS = 5


def quoted_spans(text: str) -> list[QuoteSpan]:
    """Spans of text inside quotation marks, in three typographic traditions.

    German „...“ closes with the mark that opens an English quote, so the closing mark is
    chosen by the opening one. A quote left open at the end of a paragraph is closed there
    (wire copy often continues a quote into the next paragraph).
    """
    out: list[QuoteSpan] = []
    for ps, pe in paragraphs(text):
        pos = ps
        while pos < pe:
            m = OPEN_RE.search(text, pos, pe)
            if not m:
                break
            opener = m.group(0)
            if opener == "“" and m.start() > ps and text[m.start() - 1].isalnum():
                pos = m.end()  # a German closing mark met on its own
                continue
            closer = PAIRS[opener]
            depth_open = "«" if opener == "«" else None
            close = find_close(text, m.end(), pe, closer, depth_open)
            end = close if close is not None else pe
            inner_s, inner_e = m.end(), end
            words = text[inner_s:inner_e].split()
            # "so-called" words in quotes are not quotes, nor a name in title case ("Crossroads of Peace")
            named = len(words) <= 6 and all(w[:1].isupper() for w in words if len(w) > 3) \
                and not re.search(r"[.!?,;:]", text[inner_s:inner_e])
            # Fewer than five words in quote marks are a scare quote or a slogan ("his second
            # home", "symmetric answer"), not someone's statement.
            if len(words) >= MIN_QUOTE_WORDS and not named:
                out.append(QuoteSpan(inner_s, inner_e, (m.start(), min(pe, end + 1))))
            pos = end + 1
    return out


def find_close(text: str, pos: int, limit: int, closer: str, nested_open: str | None) -> int | None:
    depth = 0
    for i in range(pos, limit):
        c = text[i]
        if nested_open and c == nested_open:
            depth += 1
        elif c == closer:
            if depth == 0:
                return i
            depth -= 1
    return None


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)
