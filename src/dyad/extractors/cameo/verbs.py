"""The verb table (data/cameo_verbs.csv): event patterns by language, indexed for lookup,
and the cheap test whether a sentence may hold an event verb at all."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dyad.extractors.cameo.lexicon import Lexicon, lexicon


def _cached_hash(obj: object, fields: tuple[object, ...]) -> int:
    """The hash of a frozen record's fields, computed at the first call and kept on it."""
    h = hash(fields)
    object.__setattr__(obj, "_hash", h)
    return h


class _HashKept:
    """A record whose hash is kept on it; the kept hash is not pickled (string hashes differ
    between processes)."""

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k != "_hash"}


@dataclass(frozen=True)
class Word(_HashKept):
    alts: tuple[tuple[str, bool], ...]  # (stem, whole word only)

    def __hash__(self) -> int:
        # the kept hash read before the fields' tuple is built: most calls find it
        h: int | None = self.__dict__.get("_hash")
        return h if h is not None else _cached_hash(self, (self.alts,))

    def matches(self, *forms: str) -> bool:
        for f in forms:
            if not f:
                continue
            for stem, exact in self.alts:
                if (f == stem) if exact else f.startswith(stem):
                    return True
        return False

    @property
    def alternatives(self) -> str:
        r"""The word as a regex alternation of its stems, a whole-word stem closed at the word's end
        (to be put after ``(?<!\w)``, as the word is matched in running text)."""
        return "|".join(re.escape(stem) + (r"(?!\w)" if exact else "") for stem, exact in self.alts)


@dataclass(frozen=True)
class VerbPattern(_HashKept):
    lang: str
    text: str
    anchor: Word
    companions: tuple[Word, ...]
    cameo: str  # "-" blocks: the phrase is not an event
    note: str
    order: int

    def __hash__(self) -> int:
        # patterns are dict keys on the hot path (one per candidate per word): hashed once,
        # the kept hash read before the fields' tuple is built
        h: int | None = self.__dict__.get("_hash")
        if h is not None:
            return h
        return _cached_hash(self, (self.lang, self.text, self.anchor, self.companions, self.cameo, self.note, self.order))

    @property
    def partner_only(self) -> bool:
        # talking verbs: the object is a topic, the partner comes with "with"/"mit"
        return "(partner)" in self.note

    @property
    def recall(self) -> bool:
        # a state calling its own envoys home: in the passive ("the ambassador was recalled")
        # the subject's state acts, unlike a summons or an expulsion done to another's envoy
        return "recall" in self.note.lower() or "recall" in self.text

    @property
    def measure(self) -> str:
        # which of CAMEO 161's acts the phrase tells: a state recalling its own envoys, one
        # breaking off relations, or (empty) one expelling another's envoys or closing a mission.
        # A report may tell all three ("broke off relations, recalled its diplomats and ordered
        # the other's to leave"): three acts, not one told thrice
        if self.recall:
            return "recall"
        return "break" if "break relations" in self.note.lower() else ""

    @property
    def weapon_subject(self) -> bool:
        # "a drone hit a kibbutz": the companion (the weapon) is the verb's subject
        return "(weapon subject)" in self.note

    @property
    def inverse(self) -> bool:
        # "received weapons from X", "faces pressure from X": the grammatical subject is
        # the receiver, the actor after "from"/"by" acts
        return "(source is" in self.note


def _parse_word(spec: str, lx: Lexicon) -> Word:
    alts = []
    for a in spec.split("|"):
        a = lx.norm(a.strip())
        if a:
            alts.append((a.rstrip("="), a.endswith("=")))
    return Word(tuple(alts))


def _data_lines(name: str) -> list[str]:
    text = resources.files("dyad.data").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def verb_patterns() -> dict[str, tuple[VerbPattern, ...]]:
    """data/cameo_verbs.csv by language, read once per process."""
    out: dict[str, list[VerbPattern]] = {}
    for i, r in enumerate(csv.DictReader(_data_lines("cameo_verbs.csv"))):
        words = r["pattern"].split()
        if not words:
            continue
        lx = lexicon(r["lang"].strip())
        pat = VerbPattern(
            r["lang"].strip(), r["pattern"].strip(), _parse_word(words[0], lx),
            tuple(_parse_word(w, lx) for w in words[1:]), r["cameo"].strip(), (r.get("note") or "").strip(), i,
        )
        out.setdefault(pat.lang, []).append(pat)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=8)
def stem_index(lang: str) -> dict[str, tuple[tuple[VerbPattern, bool], ...]]:
    """Anchor stem -> (pattern, whole word only) of every pattern of the language: the one
    index the window coder, the parse coder and the parse gate find anchors by."""
    idx: dict[str, list[tuple[VerbPattern, bool]]] = {}
    for p in verb_patterns().get(lang, ()):
        for stem, exact in p.anchor.alts:
            idx.setdefault(stem, []).append((p, exact))
    return {k: tuple(v) for k, v in idx.items()}


def anchored_by(forms: Iterable[str], stems: dict[str, tuple[tuple[VerbPattern, bool], ...]]) -> dict[int, VerbPattern]:
    """The patterns whose anchor matches one of a word's forms (``Word.matches``), by id: every
    beginning of the form (two letters or more: no anchor stem is shorter) looked up once, a
    whole-word stem only when it is the whole form."""
    out: dict[int, VerbPattern] = {}
    for f in forms:
        for k in range(min(2, len(f)), len(f) + 1):
            for p, exact in stems.get(f[:k], ()):
                if not exact or k == len(f):
                    out[id(p)] = p
    return out


def stems_relaxed(p: VerbPattern) -> Iterable[str]:
    """The anchor's stems, each less a final letter the pack names ("deny" must let "denied"
    through, "invite" "inviting")."""
    endings = lexicon(p.lang).relaxed_endings
    for stem, _exact in p.anchor.alts:
        yield stem[:-1] if len(stem) > 3 and stem[-1] in endings else stem


@lru_cache(maxsize=4)
def prefilter(lang: str) -> re.Pattern[str]:
    """Any stem of an event verb, or an irregular form: a sentence without one has no event."""
    parts = lexicon(lang).separable_particles
    stems = sorted({f for p in verb_patterns().get(lang, ()) if p.cameo != "-" for s in stems_relaxed(p)
                    for f in (s, *_split_forms(s, parts))}, key=len, reverse=True)
    stems += sorted(lexicon(lang).irregular, key=len, reverse=True)
    if not stems:
        return re.compile(r"(?!)")
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in stems) + ")", re.IGNORECASE)


def _split_forms(stem: str, particles: Iterable[str]) -> list[str]:
    """How a separable verb's joined stem stands split in text: the verb without its particle
    ("abschaff" in "schaffte ... ab") and with "ge"/"zu" inside ("abgeschafft")."""
    return [f for part in particles if stem.startswith(part) and len(stem) - len(part) >= 3
            for f in (stem[len(part):], part + "ge" + stem[len(part):], part + "zu" + stem[len(part):])]


def written_stems(stems: Iterable[tuple[str, bool]], lang: str) -> str:
    r"""A regex of how the stems of a word may stand in running text, to be put after nothing:
    at a word's start; where the pack says compounds are so built, a long stem also at a
    compound's end ("Handelssanktionen" for "sanktion"); a separable verb's joined stem also
    split ("einstell" as "stellte ... ein" or "eingestellt")."""
    lx = lexicon(lang)
    alts: list[str] = []
    for stem, exact in stems:
        end = r"(?!\w)" if exact else ""
        inside = lx.compound_heads and not exact and len(stem) >= 5
        alts.append((r"(?<!\w)" if not inside else "") + re.escape(stem) + end)
        for part in lx.separable_particles:
            rest = stem[len(part):]
            if stem.startswith(part) and len(rest) >= 3:
                alts.append(r"(?<!\w)(?:" + re.escape(part) + "(?:ge|zu))?" + re.escape(rest) + end)
    return "|".join(alts) or "(?!)"

