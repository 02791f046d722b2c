"""Frames (a coded verb with its sources and targets) become events: one per ordered pair
of actors, with the mutual, reciprocal and visitor events a frame implies."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dyad import codes
from dyad.extractors.cameo.actors import Actor
from dyad.extractors.cameo.transforms import role_switch
from dyad.extractors.cameo.verbs import VerbPattern


@dataclass
class CodedEvent:
    cameo: str
    plover: str
    source: str | None
    target: str | None
    start: int  # character span of the sentence/clause in the text given to code_sentence
    end: int
    verb: str  # the matched dictionary pattern, for --explain
    rule: str = ""  # which coding rules changed or produced the code, for --explain
    measure: str = ""  # which act of its code a measure is (VerbPattern.measure: "recall", "break")


@dataclass
class Frame:
    pattern: VerbPattern
    code: str
    sources: list[Actor]
    targets: list[Actor]
    location: str | None  # ISO3 of a place named in the clause
    start: int
    end: int
    via_with: bool = False  # the target came from "with"/"mit" (a partner)
    rules: list[str] = field(default_factory=list)
    tok: Any = None  # the verb's token in a parse (for the claim rule)


_RECIPROCAL = ("041", "045", "046")  # talks and calls are two-way; "X met (with) Y" is X's act
# both sides talking, cooperating, fighting, or standing down ("stellten die Kaempfe ein")
_MUTUAL_ROOTS = ("03", "04", "05", "06", "19", "087")
# acts that stand without a named target: protests and force posture, and what is said
# against someone ("condemned the move", "warned of a response": whom, the report's pair tells);
# a denial answers an accuser ("rejected the accusations"), whom the pair tells as well
_NO_TARGET_OK = ("14", "15", "10", "11", "12", "13", "016")
# A state's reduction of relations ("closed the border", "recalled its ambassador for
# consultations") always has another state acted on, which the report's pair supplies when
# the sentence does not name it (extractors.pair); a body's or group's stays unplaced.
# Sanctions (163) are left out: they often hit persons and firms of no named country.
_PAIR_TARGET = ("160", "161", "162", "164", "165", "166")
_MAX_MUTUAL = 6  # a summit of twenty states is not 380 bilateral meetings


class _Events:
    """Events in the order emitted, each (code, source, target) once."""

    def __init__(self, offset: int) -> None:
        self.offset = offset
        self.out: list[CodedEvent] = []
        self.seen: set[tuple[str, str | None, str | None, str]] = set()

    def emit(self, code: str, src: Actor, tgt: Actor | None, f: Frame, extra: str = "") -> None:
        code, why = role_switch(code, src, tgt)
        s, t = src.code, (tgt.code if tgt else None)
        if s == t or not (src.known or (tgt is not None and tgt.known)):
            return
        if code.startswith(("042", "043", "044")) and tgt is not None and tgt.role is None \
                and src.country and src.country == tgt.country:
            return  # nobody visits their own country
        if tgt is None and not (code.startswith(_NO_TARGET_OK) or code.startswith(_PAIR_TARGET) and src.country):
            return
        key = (code, s, t, f.pattern.measure)
        if key in self.seen:
            return
        self.seen.add(key)
        measure = f"measure={f.pattern.measure}" if f.pattern.measure else ""
        rule = ",".join(r for r in [*f.rules, why, extra, measure] if r)
        self.out.append(CodedEvent(code, codes.plover_for_cameo(code), s, t, self.offset + f.start,
                                   self.offset + f.end, f.pattern.text, rule, f.pattern.measure))


def events_from(frames: list[Frame], offset: int) -> list[CodedEvent]:
    """The events of a sentence's frames; spans offset by ``offset``."""
    events = _Events(offset)
    for f in frames:
        f.sources = _unnamed_attackers(f)
        if not f.sources:
            continue
        tgts = _placed_targets(f)
        if not tgts and 1 < len(f.sources) <= _MAX_MUTUAL and f.code.startswith(_MUTUAL_ROOTS):
            for a in f.sources:  # "The US, Russia and Switzerland met": every ordered pair
                for b in f.sources:
                    if a != b:
                        events.emit(f.code, a, b, f, "mutual")
            continue
        for s in f.sources:
            if not tgts:
                events.emit(f.code, s, None, f)
            for t in tgts:
                events.emit(f.code, s, t, f)
                if f.code.startswith(_RECIPROCAL) and f.via_with:
                    events.emit(f.code, t, s, f, "reciprocal")
                elif f.code == "043":
                    events.emit("042", t, s, f, "visitor")
                elif f.code.startswith("19") and f.via_with:
                    events.emit(f.code, t, s, f, "reciprocal")
    return events.out


_ASSAULT_ROOTS = ("18", "19", "20")


def _unnamed_attackers(f: Frame) -> list[Actor]:
    """Violence by attackers the clause names no country of ("kidnapped by gunmen in Mali",
    "pirates seized a freighter off Somalia"): coded, as CAMEO codes states, to the country
    where it happened, when the victims are named as another country's."""
    if not f.code.startswith(_ASSAULT_ROOTS) or any(a.known for a in f.sources) or not f.location:
        return f.sources
    victims = {t.country for t in f.targets if t.known}
    if not victims or f.location in victims:
        return f.sources  # "gunmen killed three soldiers in Mali": whose soldiers is not told
    return [Actor(f.location)]


def _placed_targets(f: Frame) -> list[Actor]:
    """The frame's targets, with the place named in the clause: it says who a bare title
    belongs to ("held talks with President X during a visit to Beirut") and is the target
    of intransitive acts."""
    tgts = list(f.targets)
    if f.location and f.location not in {s.country for s in f.sources}:
        tgts = [Actor(f.location, t.role) if not t.known else t for t in tgts]
        if not tgts and not (len(f.sources) > 1 and f.code.startswith(_MUTUAL_ROOTS)):
            tgts = [Actor(f.location)]
    return tgts
