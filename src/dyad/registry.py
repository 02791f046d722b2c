"""Known office holders (heads of state and government, foreign ministers, speakers,
ambassadors) from ``data/actors.csv``, looked up by any spelling of their names.

Matching goes through ``names.name_key`` / ``names.same_name`` only: two written names are
one person when their folded words agree, never because they look alike. A bare surname
resolves only when exactly one known person (in the given country, if any) carries it.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import product

from dyad.lang import pack
from dyad.names import _key_tokens, is_first_name, name_key, same_name, script_pack

ROLES = (
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "speaker_upper",
    "speaker_lower",
    "ambassador",
    "minister",
    "other",
)


@dataclass(frozen=True)
class Office:
    role: str
    title_en: str
    start: str | None  # ISO date; may be partial ("2014", "2014-04") when the day is not known
    end: str | None  # None: still in office (as far as the data knows)


@dataclass(frozen=True)
class KnownPerson:
    """A person of data/actors.csv: one actor_id, the English name and other spellings, offices held.
    (Not extractors.cameo.Actor, which is a CAMEO actor code: a country or group with a role.)"""

    actor_id: str
    name_en: str
    country: str
    offices: tuple[Office, ...]
    aliases: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name_en, *self.aliases)


def _case_forms(tok: str, endings: tuple[tuple[str, str], ...]) -> list[str]:
    """``tok`` and up to three nominative candidates from a pack's oblique-case endings."""
    out = [tok]
    low = tok.lower()
    for end, rep in endings:
        if low.endswith(end) and len(low) - len(end) >= 3:
            out.append(tok[: len(tok) - len(end)] + rep)
    return out[:4]


# The registry's titles are English: "Ambassador of Kazakhstan to Belarus" names its host so.
_HOST_TO = pack("en").TITLE_HOST_TO
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_NOT_LOWER = re.compile(r"[^a-z]+")


def _lo(d: str) -> str:
    """Earliest day a (possibly partial) ISO date can mean."""
    return d + "-01-01"[len(d) - 4 :] if len(d) < 10 else d


def _hi(d: str) -> str:
    """Latest day a (possibly partial) ISO date can mean ("-31" compares fine as text)."""
    return d + "-12-31"[len(d) - 4 :] if len(d) < 10 else d


class Registry:
    def __init__(self, actors: Iterable[KnownPerson]) -> None:
        self.actors: dict[str, KnownPerson] = {a.actor_id: a for a in actors}
        self._by_key: dict[str, set[str]] = {}
        self._by_token: dict[str, set[str]] = {}
        for a in self.actors.values():
            for n in a.names:
                key = name_key(n)
                if not key:
                    continue
                self._by_key.setdefault(key, set()).add(a.actor_id)
                for tok in key.split():
                    if len(tok) > 1:
                        self._by_token.setdefault(tok, set()).add(a.actor_id)

    def __iter__(self) -> Iterator[KnownPerson]:
        return iter(self.actors.values())

    def __len__(self) -> int:
        return len(self.actors)

    def get(self, actor_id: str) -> KnownPerson | None:
        return self.actors.get(actor_id)

    def _pick(self, ids: Iterable[str], country: str | None, full: bool) -> KnownPerson | None:
        cands = [self.actors[i] for i in sorted(set(ids))]
        if country:
            local = [a for a in cands if a.country == country]
            # a bare surname must be unique inside the country; a full name may cross a
            # wrongly guessed country, since two known people rarely share a full name
            if local or not full:
                cands = local
        return cands[0] if len(cands) == 1 else None

    def _lookup1(self, name: str, country: str | None) -> KnownPerson | None:
        toks = _key_tokens(name)
        if not toks:
            return None
        full = len([t for t in toks if len(t) > 1]) >= 2
        ids = self._by_key.get(" ".join(sorted(toks)))
        if ids:
            hit = self._pick(ids, country, full)
            if hit is not None:
                return hit
        pool: set[str] = set()
        for t in toks:
            pool |= self._by_token.get(t, set())
        matched = [i for i in pool if any(same_name(name, n) for n in self.actors[i].names)]
        return self._pick(matched, country, full) if matched else None

    def lookup(self, name: str, country: str | None = None) -> KnownPerson | None:
        """The known person ``name`` refers to, in any language or spelling ("Lukashenko
        Aleksandr Grigoryevich" in Cyrillic, "Alexander Lukaschenko", "Kochanova"), or None when
        unknown or ambiguous (a surname two known people share). ``country`` (ISO3) narrows
        the search; it is a preference for full names and a requirement for bare surnames."""
        name = " ".join(name.split())
        if not name or is_first_name(name):
            return None
        hit = self._lookup1(name, country)
        own = script_pack(name)
        if hit is not None or own is None or not own.NAME_CASE_ENDINGS:
            return hit
        # A language whose names decline: try nominative forms of the inflected words (the
        # instrumental "Tokayevym" in Cyrillic -> "Tokayev")
        words = name.split()
        if len(words) > 3:
            return None
        for combo in product(*(_case_forms(w, own.NAME_CASE_ENDINGS) for w in words)):
            cand = " ".join(combo)
            if cand != name:
                hit = self._lookup1(cand, country)
                if hit is not None:
                    return hit
        return None

    def holder(
        self, role: str, country: str, date: str | None = None, *, host: str | None = None
    ) -> KnownPerson | None:
        """Who held ``role`` in ``country`` on ``date`` (ISO "YYYY-MM-DD", "YYYY-MM" or
        "YYYY"), or the current/most recent holder when ``date`` is None. On a changeover
        day the incoming holder wins. ``host`` (ISO3) picks ambassadors to that country."""
        host_name = None
        if host:
            from dyad.gazetteer import country_name  # late: the registry works without it

            host_name = country_name(host)
        if date is not None:
            if not _DATE_RE.match(date):
                return None  # "--02-27": the year is unknown
            day_lo, day_hi = _lo(date), _hi(date)
        best: tuple[tuple[str, str], KnownPerson] | None = None
        for a in self.actors.values():
            if a.country != country:
                continue
            for o in a.offices:
                if o.role != role or (host_name and " " + _HOST_TO.format(host_name) not in o.title_en):
                    continue
                if not o.start and not o.end:
                    continue  # period unknown: cannot say who held it when
                if date is None:
                    # current holders first, then the most recently ended
                    rank = ("1" + (o.start or ""), "") if o.end is None else ("0" + _hi(o.end), "")
                else:
                    if o.start and _lo(o.start) > day_hi:
                        continue
                    if o.end and _hi(o.end) < day_lo:
                        continue
                    # latest start wins; among unknown starts, the earliest end
                    rank = (_lo(o.start) if o.start else "", "" if o.end is None else _invert(_hi(o.end)))
                if best is None or rank > best[0]:
                    best = (rank, a)
        return best[1] if best else None


def _invert(d: str) -> str:
    """Order dates descending under ascending string comparison."""
    return "".join(chr(0x7E - ord(c) + 0x30) if c.isdigit() else c for c in d)


def _load() -> Registry:
    ref = resources.files("dyad").joinpath("data/actors.csv")
    offices: dict[str, list[Office]] = {}
    meta: dict[str, tuple[str, str]] = {}
    aliases: dict[str, list[str]] = {}
    with ref.open("r", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            aid = r["actor_id"]
            meta.setdefault(aid, (r["name_en"], r["country"]))
            offices.setdefault(aid, []).append(
                Office(r["role"], r["title_en"], r["start"] or None, r["end"] or None)
            )
            seen = aliases.setdefault(aid, [])
            for al in (r.get("aliases") or "").split("|"):
                al = al.strip()
                if al and al not in seen:
                    seen.append(al)
    return Registry(
        KnownPerson(aid, meta[aid][0], meta[aid][1], tuple(offs), tuple(aliases[aid]))
        for aid, offs in offices.items()
    )


@lru_cache(maxsize=1)
def get_registry() -> Registry:
    """The registry of ``data/actors.csv``, loaded once per process."""
    return _load()


def _slug(name: str) -> str:
    return "-".join(t for t in _NOT_LOWER.split(name_key(name)) if t)


def actor_id_for(name_en: str, country: str | None) -> str:
    """Registry id of a known person, else ``p-{iso3 lower|xxx}-{folded name}``: the same
    for every spelling of one unknown person ("Natalja Kotschanowa" and "Natalya Kochanova"
    both give the id of their registry entry, or ``p-blr-kochanova-natalia`` if unknown).
    Resolve bare surnames to the full name inside a document first: a bare surname gets
    an id of its own."""
    hit = get_registry().lookup(name_en, country)
    if hit is not None:
        return hit.actor_id
    iso = (country or "xxx").lower()
    return f"p-{iso}-{_slug(name_en) or 'unknown'}"
