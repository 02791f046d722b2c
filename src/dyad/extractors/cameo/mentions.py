"""Actor mentions in a sentence: countries, capitals and cities (dyad.gazetteer), role
words, international bodies, state organs, armed groups and leaders (data/cameo_actors.csv
and data/institutions.csv)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dyad import codes, gazetteer
from dyad.extractors.cameo.lexicon import lexicon

_BASE_KINDS = ("name", "alias", "adjective", "demonym", "capital", "igo", "code", "group", "person")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str  # gazetteer kinds | city | igo | code (state organ) | group | person | role
    base: str | None  # ISO3 or a full code ("IGOUNO", "RUSGOV", "---LEG"); None for a role word
    role: str | None

    @property
    def is_base(self) -> bool:
        return self.kind in _BASE_KINDS

    @property
    def country(self) -> str | None:
        return self.base[:3] if self.base and self.base[:3] != "---" and not self.base.startswith("IGO") else None


@dataclass(frozen=True)
class _ActorRow:
    pattern: str
    code: str
    kind: str  # role | igo | code | group | person


def _institution_rows() -> list[_ActorRow]:
    # state organs named without their country ("Mazhilis", "Gosdumy"), in any language
    text = resources.files("dyad.data").joinpath("institutions.csv").read_text(encoding="utf-8")
    rows = []
    for r in csv.DictReader(line for line in text.splitlines() if line.strip() and not line.startswith("#")):
        pat, iso3, role = (r.get("pattern") or "").strip(), (r.get("iso3") or "").strip(), (r.get("role") or "").strip()
        if pat and iso3:
            rows.append(_ActorRow(pat, iso3 + role, "code"))
    return rows


@dataclass(frozen=True)
class _ActorMatcher:
    rx: re.Pattern[str]  # anchored: tried with .match at a word start
    row: _ActorRow


@lru_cache(maxsize=4)
def _actor_index(lang: str) -> dict[str, tuple[_ActorMatcher, ...]]:
    """Actor patterns of a language by the first two letters of their first word, longest
    first: each word of a sentence is looked up once and only its few candidates are tried
    (one big alternation would be tried at every character)."""
    rows = [_ActorRow(e.pattern, e.code, "code" if e.kind == "alias" else e.kind)
            for e in codes.actor_entries_for(lang)]
    rows += _institution_rows()
    lx = lexicon(lang)
    idx: dict[str, list[_ActorMatcher]] = {}
    # longest first; a named organ ("Council of the Republic" -> BLRLEG) before the same
    # words as a bare role (LEG)
    for row in sorted(rows, key=lambda r: (-len(r.pattern), r.kind == "role")):
        sensitive = any(c.isupper() for c in row.pattern)
        pat = row.pattern if sensitive else row.pattern.lower()
        rx = re.compile(codes.stem_regex(pat), 0 if sensitive else re.IGNORECASE)
        idx.setdefault(lx.norm(pat[:2]), []).append(_ActorMatcher(rx, row))
    return {k: tuple(v) for k, v in idx.items()}


_WORD_START = re.compile(r"(?<![\w.])\w")


def find_actor_mentions(text: str, lang: str) -> list[Mention]:
    """Countries, places, bodies, leaders and role words in a sentence: sorted, no overlaps
    (the earlier mention wins, then the longer; the gazetteer wins a tie)."""
    found = [Mention(pm.start, pm.end, pm.kind, pm.iso3, None)
             for pm in gazetteer.find_countries(text, lang, cities=True)]
    idx = _actor_index(lang)
    lx = lexicon(lang)
    for w in _WORD_START.finditer(text):
        pos = w.start()
        for cand in idx.get(lx.norm(text[pos : pos + 2]), ()):
            m = cand.rx.match(text, pos)
            if m is None:
                continue
            row = cand.row
            if row.kind == "role":
                found.append(Mention(pos, m.end(), "role", None, row.code))
            else:
                found.append(Mention(pos, m.end(), row.kind, row.code, None))
            break  # candidates are longest first
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))  # stable: gazetteer first on ties
    out: list[Mention] = []
    last_end = -1
    for m in found:
        if m.start >= last_end:
            out.append(m)
            last_end = m.end
    # "pro-Russia rebels", "Iran-backed militias", "Al Qaeda-linked group": the named
    # country or group qualifies someone else and is not the actor
    return [m for m in out if not (m.is_base and (lx.modifier_before.search(text, max(0, m.start - 6), m.start)
                                                  or lx.modifier_after.match(text, m.end)))]
