"""The data that flows through dyad's stages.

Stages are pure functions: ``read`` makes RawDoc, ``clean`` makes Doc, ``extract`` makes a
Record. Everything here is a plain dataclass so that it pickles (process pool, Dask) and
turns into the JSON of SCHEMA.md with ``Record.to_json()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]

# A news page above 20 MB is not an article: every reader (files, stdin, JSON lines, web archives)
# refuses a larger one by name.
MAX_BYTES = 20 * 1024 * 1024


class InputError(Exception):
    """A single input that cannot be read or cleaned; the message is one line naming it."""


@dataclass(frozen=True)
class Failure:
    """An input that gave no record, and why: reported, and the batch goes on."""

    source: str
    reason: str


@dataclass(frozen=True)
class RawDoc:
    """Bytes as they came from a source; nothing parsed yet."""

    source: str
    data: bytes
    media_type: str  # "text/plain" | "text/html" | "application/json"
    url: str | None = None
    fetched: str | None = None  # ISO date the page was fetched (WARC, collector)
    hint_text: str | None = None  # text already decoded by the reader (JSONL "text" field)


@dataclass
class Doc:
    """A cleaned document: main text plus metadata found in the page."""

    doc_id: str
    source: str
    text: str
    language: str | None = None
    outlet: str | None = None
    title: str | None = None
    title_span: Span | None = None
    dateline_place: str | None = None
    dateline_span: Span | None = None
    published: str | None = None  # ISO date or --MM-DD
    # True when `published` is only the crawler's " date YYYY-MM-DD" stamp, which no dated line
    # of the page confirms: some sites stamp every page with one fixed day.
    published_stamp_only: bool = False
    # The year of a crawler's stamp with only a month (" date 2019-12"), which leaves `published`
    # unknown but still tells what "this year" and "last year" mean.
    stamp_year: int | None = None
    url: str | None = None
    fetched: str | None = None
    junk_lines: int = 0
    repeated_removed: bool = False
    # (clean_start, original_start, length): maps a span of `text` back into the input text.
    segments: list[tuple[int, int, int]] = field(default_factory=list)

    def original_offset(self, pos: int) -> int | None:
        """Where the cleaned text's position `pos` is in the input. A character maps through the
        segment holding it; a position just past a segment (a span's exclusive end) maps to that
        segment's end only when no segment starts there, since the next segment may begin after
        characters the cleaning dropped (a soft hyphen)."""
        for clean_start, orig_start, length in self.segments:
            if clean_start <= pos < clean_start + length:
                return orig_start + (pos - clean_start)
        for clean_start, orig_start, length in self.segments:
            if pos == clean_start + length:
                return orig_start + length
        return None


@dataclass
class Person:
    name: str
    name_en: str
    title: str | None
    country: str | None
    actor_id: str
    evidence: Span
    rule: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "name_en": self.name_en,
            "title": self.title,
            "country": self.country,
            "actor_id": self.actor_id,
            "evidence": list(self.evidence),
        }


@dataclass
class Event:
    type: str
    plover: str
    cameo: str
    source: str | None
    target: str | None
    date: str | None
    location: str | None
    participants: list[Person]
    evidence: Span
    rule: str = ""
    date_inferred: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "plover": self.plover,
            "cameo": self.cameo,
            "source": self.source,
            "target": self.target,
            "date": self.date,
            "location": self.location,
            "participants": [p.to_json() for p in self.participants],
            "evidence": list(self.evidence),
        }


@dataclass
class Agreement:
    title: str
    kind: str
    parties: list[str]
    date: str | None
    evidence: Span
    rule: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "kind": self.kind,
            "parties": self.parties,
            "date": self.date,
            "evidence": list(self.evidence),
        }


class Metric:
    """What a figure measures (Figure.metric): the names stored, filtered on (--metric, the API) and
    compared as claims. The language packs map their words to these same strings (dyad.lang imports
    nothing of dyad, so it writes them out)."""

    TRADE_TURNOVER = "trade_turnover"
    EXPORT = "export"
    IMPORT = "import"
    TRADE_BALANCE = "trade_balance"
    INVESTMENT = "investment"
    GROWTH = "growth"
    COUNT = "count"  # a number of things: tourists, flights, projects
    OTHER = "other"

    TRADE = frozenset({TRADE_TURNOVER, EXPORT, IMPORT, TRADE_BALANCE, GROWTH})  # a paragraph's period carries over
    MONEY = frozenset({TRADE_TURNOVER, EXPORT, IMPORT, TRADE_BALANCE, INVESTMENT})  # amounts of a currency
    NOT_CLAIMS = (COUNT, OTHER)  # not compared across sources


@dataclass
class Figure:
    text: str
    metric: str
    value: float
    currency: str | None
    unit: str | None
    period: str | None
    qualifier: str
    countries: list[str]
    forecast: bool
    speaker_en: str | None
    evidence: Span
    rule: str = ""

    def to_json(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {
            "text": self.text,
            "metric": self.metric,
            "value": value,
            "currency": self.currency,
            "unit": self.unit,
            "period": self.period,
            "qualifier": self.qualifier,
            "countries": self.countries,
            "forecast": self.forecast,
            "speaker_en": self.speaker_en,
            "evidence": list(self.evidence),
        }


@dataclass
class Quote:
    speaker: str | None
    speaker_en: str | None
    actor_id: str | None
    text: str
    evidence: Span
    rule: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "speaker_en": self.speaker_en,
            "actor_id": self.actor_id,
            "text": self.text,
            "evidence": list(self.evidence),
        }


@dataclass
class Record:
    """Everything dyad knows about one document: the unit that is printed and stored."""

    doc: Doc
    people: list[Person] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # what dyad could not do with the document

    def to_json(self, explain: bool = False) -> dict[str, Any]:
        d = self.doc
        out: dict[str, Any] = {
            "doc_id": d.doc_id,
            "source": d.source,
            "url": d.url,
            "outlet": d.outlet,
            "language": d.language,
            "title": d.title,
            "published": d.published,
            "dateline": d.dateline_place,
            "events": [e.to_json() for e in self.events],
            "agreements": [a.to_json() for a in self.agreements],
            "figures": [f.to_json() for f in self.figures],
            "quotes": [q.to_json() for q in self.quotes],
            "people": [p.to_json() for p in self.people],
        }
        if self.warnings:
            out["warnings"] = list(self.warnings)
        if explain:
            for key, items in (
                ("events", self.events),
                ("agreements", self.agreements),
                ("figures", self.figures),
                ("quotes", self.quotes),
                ("people", self.people),
            ):
                for js, item in zip(out[key], items, strict=True):
                    start, end = item.evidence
                    js["explain"] = {"rule": item.rule, "evidence_text": d.text[start:end]}
        return out
