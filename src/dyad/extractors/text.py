"""Sentences, paragraphs and quoted regions of a cleaned text, all as character spans."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dyad.extractors.packs import every, every_map

# Abbreviations whose stop ends no sentence ("Mr.", a scale, a month), in any language.
ABBREVIATIONS = frozenset(every("SENTENCE_ABBREVIATIONS"))
# Nouns that a number with a stop makes an ordinal ("4. Mai"), in any language.
ORDINAL_NOUNS = frozenset(every("SENTENCE_ORDINAL_NOUNS"))
# The first word of what follows a stop.
NEXT_WORD_RE = re.compile(r"\W*(\w+)")
# The quote marks of every language: each opening mark with its closing one.
PAIRS: dict[str, str] = every_map("QUOTE_PAIRS")
OPENERS = "".join(PAIRS)
CLOSERS = "".join(dict.fromkeys(PAIRS.values()))
QUOTE_MARKS = "".join(dict.fromkeys(OPENERS + CLOSERS))
# Marks whose quotes nest (a quote inside a quote opens with the same mark).
NESTING = frozenset(every("QUOTE_NESTING"))
# A mark that opens in one language and closes in another (the closing mark of a German quote
# opens an English one; German »...« is Russian «...» reversed): met right after a letter or a
# stop, it closes.
CLOSING_OPENERS = frozenset(c for o, c in PAIRS.items() if c != o and c in PAIRS)
CLOSE_AFTER = ".,;:!?…"  # a quote's words end on these; a mark right after them closes
SENT_END_RE = re.compile(rf"[.!?…]+[{re.escape(CLOSERS)}]?\s+"
                         rf"(?=[{re.escape(OPENERS)}(\-–—]?\s*[{''.join(every('LETTERS_UPPER'))}0-9])")


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
            if ordinal_stop(text, last, m):
                continue  # "4. Mai", "im 1. Quartal": an ordinal's stop, not a sentence's end
            end = m.start() + len(m.group(0).rstrip())
            out.append(Sentence(start, end, pi))
            start = m.end()
        if start < pe:
            out.append(Sentence(start, pe, pi))
    return out


def ordinal_stop(text: str, last: str, m: re.Match[str]) -> bool:
    """The stop after a number of one or two digits before a noun that takes an ordinal
    ("MINSK, 4. Mai", "im 1. Quartal"): it marks the ordinal, the sentence goes on."""
    if not (ORDINAL_NOUNS and last.isdigit() and len(last) <= 2 and m.group(0).startswith(".")):
        return False
    nxt = NEXT_WORD_RE.match(text, m.end())
    return bool(nxt) and nxt.group(1).lower() in ORDINAL_NOUNS


OPEN_RE = re.compile(f"[{re.escape(OPENERS)}]")
# Single marks that quote where a paragraph has no other quote marks (‘...’, '...').
SINGLE_PAIRS: dict[str, str] = every_map("SINGLE_QUOTE_PAIRS")
# A single mark opens at a word's start (after a space, a bracket, a colon or a dash) and closes at
# a word's end (before a space or a stop); between two letters it is an apostrophe.
SINGLE_OPEN_RE = {o: re.compile(rf"(?:^|(?<=[\s(\[:—–-])){re.escape(o)}(?=\S)") for o in SINGLE_PAIRS}
SINGLE_CLOSE_RE = {c: re.compile(rf"(?<=\S){re.escape(c)}(?=$|[\s.,;:!?)\]—–-])") for c in set(SINGLE_PAIRS.values())}


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # first character of the quoted words
    end: int  # one past the last quoted character
    outer: tuple[int, int]  # including the quote marks / the dash
    dashed: bool = False
    opened_at: int | None = None  # the opening mark of a quote that runs over several paragraphs


MIN_QUOTE_WORDS = 5


def quoted_spans(text: str) -> list[QuoteSpan]:
    """Spans of text inside quotation marks, in the traditions of every language pack.

    German „...“ closes with the mark that opens an English quote, so the closing mark is
    chosen by the opening one. A quote left open at the end of a paragraph is closed there
    (wire copy often continues a quote into the next paragraph), unless a later paragraph
    closes it with no quote opened on the way: then every paragraph up to that mark is part
    of the one quote (a speech quoted over several paragraphs).
    """
    out: list[QuoteSpan] = []
    paras = paragraphs(text)
    pi = 0
    while pi < len(paras):
        ps, pe = paras[pi]
        next_pi = pi + 1
        pos = ps
        while pos < pe:
            m = OPEN_RE.search(text, pos, pe)
            if not m:
                break
            opener = m.group(0)
            if opener in CLOSING_OPENERS and m.start() > ps and closes_here(text, m.start(), pe):
                pos = m.end()  # a closing mark met on its own
                continue
            closer = PAIRS[opener]
            depth_open = opener if opener in NESTING else None
            close = find_close(text, m.end(), pe, closer, depth_open)
            if close is None and depth_open:
                # «... «inner words», — said X: one mark closes the inner quote and the outer one
                close = shared_close(text, m.end(), pe, closer, depth_open)
            if close is None and closer != '"':
                # web copy closes a typographic quote with the typewriter mark („...")
                close = find_close(text, m.end(), pe, '"', None)
            later = closed_later(text, paras, pi, opener, closer) if close is None else None
            if later is not None:
                out += spans_across(text, paras, pi, m.start(), m.end(), later)
                # the closing paragraph goes on after the mark and may hold the next quote
                # (a page wrapped at a fixed width: ... institutions," he said. "That ...)
                pi = later[0]
                ps, pe = paras[pi]
                pos, next_pi = later[1] + later[2], pi + 1
                continue
            end = close if close is not None else pe
            if is_quote(text, m.end(), end):
                out.append(QuoteSpan(m.end(), end, (m.start(), min(pe, end + 1))))
            pos = end + 1
        if not OPEN_RE.search(text, ps, pe):
            out += single_quoted(text, ps, pe)
        pi = next_pi
    return out


def closes_here(text: str, at: int, pe: int) -> bool:
    """A mark that both opens and closes (“ and » across the packs) closes right after a letter,
    or right after a stop when no word follows it at once (sloppy pages glue an opening mark to
    the stop before it: "...fulfilled.«By September ...")."""
    before = text[at - 1]
    return before.isalnum() or (before in CLOSE_AFTER and (at + 1 >= pe or not text[at + 1].isalnum()))


def is_quote(text: str, start: int, end: int) -> bool:
    """Words in quote marks that someone said: five or more, and not a name in title case."""
    words = text[start:end].split()
    # "so-called" words in quotes are not quotes, nor a name in title case ("Crossroads of Peace")
    named = len(words) <= 6 and all(w[:1].isupper() for w in words if len(w) > 3) \
        and not re.search(r"[.!?,;:]", text[start:end])
    # Fewer than five words in quote marks are a scare quote or a slogan ("his second
    # home", "symmetric answer"), not someone's statement.
    return len(words) >= MIN_QUOTE_WORDS and not named


# How many paragraphs on a quote left open may still be closed.
MAX_QUOTE_PARAGRAPHS = 6


def closed_later(text: str, paras: list[tuple[int, int]], pi: int, opener: str,
                 closer: str) -> tuple[int, int, int] | None:
    """Where a quote left open at the end of paragraph ``pi`` closes in a later paragraph: the
    paragraph, the closing mark's position and length. Typewriter copy may close with two single
    marks (’’, ''). None when a paragraph on the way opens a quote or has no closing mark in reach."""
    marks = [closer, "’’", "''"] + (['"'] if closer != '"' else [])
    for j in range(pi + 1, min(len(paras), pi + 1 + MAX_QUOTE_PARAGRAPHS)):
        js, je = paras[j]
        hits = [(text.find(mark, js, je), len(mark)) for mark in marks]
        # (a closing mark ends a word: one after a space opens the next quote)
        hits = [(h, n) for h, n in hits if h > js and not text[h - 1].isspace()]
        first_open = text.find(opener, js, je) if opener != closer else -1
        if hits:
            at, size = min(hits)
            if first_open >= 0 and first_open < at:
                return None
            return j, at, size
        if first_open >= 0 or OPEN_RE.search(text, js, je):
            return None
    return None


def join_broken_lines(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs broken inside a sentence (hard-wrapped copy: a line that ends with a word, or
    a next line that goes on in lower case) are one piece of the quote."""
    out = [pieces[0]]
    for s, e in pieces[1:]:
        prev = text[out[-1][0] : out[-1][1]].rstrip()
        nxt = text[s:e].lstrip()
        if (prev and prev[-1].isalnum()) or (nxt and nxt[0].islower()):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def spans_across(text: str, paras: list[tuple[int, int]], pi: int, mark: int, start: int,
                 later: tuple[int, int, int]) -> list[QuoteSpan]:
    """One quote over paragraphs ``pi`` .. ``later[0]``: a span per paragraph (each is quoted on
    its own), the first one's outer span reaching to the closing mark so that the attribution
    after it is found; all remember where the quote opened."""
    last, close, size = later
    pieces = [(start, paras[pi][1])] + [paras[j] for j in range(pi + 1, last)] + [(paras[last][0], close)]
    pieces = join_broken_lines(text, pieces)
    out: list[QuoteSpan] = []
    for s, e in pieces:
        if not is_quote(text, s, e):
            continue
        outer = (mark, close + size) if not out else (s, e)
        out.append(QuoteSpan(s, e, outer, opened_at=mark))
    return out


def single_quoted(text: str, ps: int, pe: int) -> list[QuoteSpan]:
    """Quotes in single marks in a paragraph that has no other quote marks; one left open runs
    to the paragraph's end, as a double one does."""
    out: list[QuoteSpan] = []
    for opener, closer in SINGLE_PAIRS.items():
        pos = ps
        while (m := SINGLE_OPEN_RE[opener].search(text, pos, pe)) is not None:
            c = SINGLE_CLOSE_RE[closer].search(text, m.end(), pe)
            end = c.start() if c else pe
            words = text[m.end() : end].split()
            if len(words) >= MIN_QUOTE_WORDS:
                out.append(QuoteSpan(m.end(), end, (m.start(), min(pe, end + 1))))
            pos = end + 1
    return sorted(out, key=lambda q: q.start)


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


# After a closing mark, what starts an attribution: a comma or a dash ("», — сказал он").
ATTRIBUTION_AFTER_CLOSE_RE = re.compile(r"\s*(?:,|,?\s*[-–—])")


def shared_close(text: str, pos: int, limit: int, closer: str, nested_open: str) -> int | None:
    """The mark that closes a nested quote and its outer quote at once, as web copy writes it
    («... политика «одного Китая», - отметил он): the last closing mark that ends the inner quote
    and is followed by an attribution's comma or dash. None when there is no such mark."""
    depth, found = 0, None
    for i in range(pos, limit):
        c = text[i]
        if c == nested_open:
            depth += 1
        elif c == closer and depth > 0:
            depth -= 1
            if depth == 0 and ATTRIBUTION_AFTER_CLOSE_RE.match(text, i + 1):
                found = i
    return found


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)
