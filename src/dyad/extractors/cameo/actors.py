"""Actors of a noun phrase: the mentions in it joined into CAMEO actor codes, one per
conjoined part."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dyad.extractors.cameo.lexicon import lexicon
from dyad.extractors.cameo.mentions import Mention


@dataclass(frozen=True)
class Actor:
    base: str  # "RUS", "IGOUNO", "USAGOV", "---"
    role: str | None = None

    @property
    def code(self) -> str:
        if self.role and self.role not in {self.base[i : i + 3] for i in range(3, len(self.base), 3)}:
            return self.base + self.role
        return self.base

    @property
    def country(self) -> str | None:
        b = self.base[:3]
        return None if b == "---" or self.base.startswith(("IGO", "NGO", "IMG")) else b

    @property
    def known(self) -> bool:
        return self.base[:3] != "---"


def _segment_actor(ms: Sequence[Mention], head_role: str | None) -> Actor | None:
    bases = [m for m in ms if m.is_base]
    roles = [m for m in ms if m.kind == "role"]
    role = head_role or (roles[0].role if roles else None)
    if not bases:
        # "police in Minsk", "a court in Almaty": the city says whose organ it is
        city = next((m for m in ms if m.kind == "city" and m.base), None)
        if role and city is not None:
            return Actor(city.base or "---", role)
        return Actor("---", role) if role else None
    # a country, body, organ or leader named first wins; an armed group only when the
    # phrase names no country ("the Somali militant group al-Shabab" is SOM)
    primary = next((b for b in bases if b.kind != "group"), bases[0])
    base = primary.base or "---"
    if primary.kind in ("igo", "code", "group", "person") and len(base) > 3 and not role:
        return Actor(base)
    return Actor(base, role)


def actors_in(ranges: Sequence[tuple[int, int]], mentions: Sequence[Mention], text: str, lang: str,
              head_role: str | None = None, as_source: bool = False) -> list[Actor]:
    """Actors of a noun phrase given as character ranges: one per conjoined part
    ("US and British activists" -> USAOPP, GBROPP; "The US, Russia and Switzerland")."""
    ms = [m for m in mentions if any(a <= m.start < b for a, b in ranges)]
    if not ms:
        return []
    # split where two mentions are joined by a conjunction or a list comma
    lx = lexicon(lang)
    segments: list[list[Mention]] = [[ms[0]]]
    has_and = bool(lx.has_and.search(text[ms[0].start : ms[-1].end]))
    for prev, cur in zip(ms, ms[1:], strict=False):
        gap = text[prev.end : cur.start]
        if (prev.is_base or prev.kind == "role") and cur.is_base and lx.conj.match(gap) and (has_and or "," not in gap):
            segments.append([cur])
        else:
            segments[-1].append(cur)
    if len(segments) == 1:
        a = _segment_actor(segments[0], head_role)
        # a capital acting alone stands for its government ("Washington said"); "Moscow's
        # decision" does not, and a capital acted on is a city ("struck Kyiv")
        if as_source and a is not None and a.role is None and len(ms) == 1 and ms[0].kind == "capital":
            np_text = lx.bare_np.sub("", " ".join(text[x:y] for x, y in ranges).strip())
            if np_text == text[ms[0].start : ms[0].end]:
                a = Actor(a.base, "GOV")
        return [a] if a else []
    # a shared head: "US and British activists": the last part's role applies to bare names
    last_roles = [m.role for m in segments[-1] if m.kind == "role"]
    out: list[Actor] = []
    for seg in segments:
        bare = all(m.kind != "role" for m in seg)
        a = _segment_actor(seg, head_role or (last_roles[0] if bare and last_roles else None))
        if a and a not in out:
            out.append(a)
    return out
