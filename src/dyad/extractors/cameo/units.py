"""Mention groups for the rule-window coder: the words of a sentence grouped into units
that each name one actor (or a list of actors), with the preposition before each."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dyad.extractors.cameo.actors import Actor, actors_in
from dyad.extractors.cameo.lexicon import Lexicon, lexicon
from dyad.extractors.cameo.mentions import Mention


@dataclass
class Unit:
    start: int
    end: int
    first_word: int
    last_word: int
    mentions: list[Mention]
    prep: str  # the word before the unit, lower case
    actors: list[Actor] = field(default_factory=list)
    is_location: bool = False


def _joins(word: str, lx: Lexicon, prev: Mention) -> bool:
    """May a word between two mentions belong to one actor's name? Names ("Praesident
    Russlands Wladimir Putin"), genitive links ("President of"), and where the pack says so
    the lower-case words of a title ("ministr inostrannykh del Belorussii"); never a verb
    or preposition."""
    if word[:1].isupper() or word.lower() in lx.join_words:
        return True
    w = word.lower()
    return lx.title_tail_joins and prev.kind in ("role", "code") \
        and (w in lx.not_verbs or lx.verb_end is None or not lx.verb_end.search(w)) and w not in lx.stop_words


def _prep_before(words: list[tuple[int, int, str]], wi0: int, lx: Lexicon) -> str:
    """The preposition that governs a mention: the word before it, skipping articles,
    place nouns ("in der Hauptstadt Astana") and a title ("s Toragoy Zhogorku Kenesha")."""
    j = wi0 - 1
    skipped = 0
    while j >= 0:
        w = words[j][2].lower()
        if w in lx.articles or w in lx.place_nouns:
            j -= 1
            continue
        if w in lx.all_preps or w in lx.protest_site or skipped >= 1 or not words[j][2][:1].isupper():
            return w
        skipped += 1  # one capitalised title word
        j -= 1
    return ""


def _split_unit(u: Unit) -> list[Unit]:
    """"v Akorde premer-ministra Belorussii": a place or state, then a title of another
    country, are two actors; a title followed by a leader's name is one."""
    ms = u.mentions
    for k in range(1, len(ms) - 1):
        prev, cur = ms[k - 1], ms[k]
        if not (prev.is_base and prev.kind != "person" and cur.kind == "role"):
            continue
        nxt = next((m for m in ms[k:] if m.is_base), None)
        if nxt is not None and nxt.kind != "person" and (nxt.base or "")[:3] != (prev.base or "")[:3]:
            head = Unit(u.start, prev.end, u.first_word, u.first_word, ms[:k], u.prep)
            tail = Unit(cur.start, u.end, u.first_word, u.last_word, ms[k:], "")
            return [head, *_split_unit(tail)]
    return [u]


_PUNCT = re.compile(r"[,;:.!?()«»\"„“”]")  # no name runs across these


def find_units(text: str, words: list[tuple[int, int, str]], mentions: list[Mention], lang: str,
               anchor_words: set[int]) -> list[Unit]:
    """Mention groups that name one actor (or a conjoined list of actors), each with its
    actors, or marked as a place; event words (``anchor_words``) never join a group."""
    lx = lexicon(lang)
    units = [part for u in _group_mentions(text, words, mentions, lx, anchor_words) for part in _split_unit(u)]
    for u in units:
        u.actors = actors_in([(u.start, u.end)], u.mentions, text, lang)
        # a city other than a capital is a place wherever it stands ("besetzten das Kraftwerk
        # Saporischschja"): it acts on no one, and its country is where the act happens
        u.is_location = ((u.prep in lx.prep_loc or all(m.kind == "city" for m in u.mentions))
                         and all(m.kind in ("name", "alias", "capital", "city", "code") and m.base
                                 and len(m.base) <= 6 for m in u.mentions))
    units = [u for u in units if u.actors or u.is_location]
    _attach_countries(units, lx)
    return [u for u in units if u.actors or u.is_location]


def _group_mentions(text: str, words: list[tuple[int, int, str]], mentions: list[Mention], lx: Lexicon,
                    anchor_words: set[int]) -> list[Unit]:
    """Mentions joined while the words between them may belong to one name, or a
    conjunction joins them; each group with the preposition before it."""
    word_at = {}
    for wi, (s, e, _w) in enumerate(words):
        for c in range(s, e):
            word_at[c] = wi
    units: list[Unit] = []
    for m in mentions:
        wi0, wi1 = word_at.get(m.start, 0), word_at.get(max(m.start, m.end - 1), 0)
        if units:
            u = units[-1]
            gap = text[u.end : m.start]
            gap_words = range(u.last_word + 1, wi0)
            joinable = (not _PUNCT.search(gap) and len(gap_words) <= 3
                        and not any(w in anchor_words for w in gap_words)
                        and all(_joins(words[w][2], lx, u.mentions[-1]) for w in gap_words))
            conj = bool(lx.conj.match(gap))
            if joinable or (conj and m.is_base):
                u.mentions.append(m)
                u.end, u.last_word = m.end, wi1
                continue
        prep = _prep_before(words, wi0, lx)
        units.append(Unit(m.start, m.end, wi0, wi1, [m], prep))
    return units


def _attach_countries(units: list[Unit], lx: Lexicon) -> None:
    """A bare title and the country after it ("Botschafter aus Litauen", "posla iz Litvy"),
    a court or police and their city ("Gericht in Minsk", "Sud v Minske"), a government and
    its capital ("die Regierung in Kiew"): one actor."""
    for u, v in zip(units, units[1:], strict=False):
        countries = [m.country for m in v.mentions if m.country]
        if not countries or v.first_word - u.last_word > 2 or any(a.known for a in u.actors) or not u.actors:
            continue
        if v.prep in lx.origin_preps or (v.is_location and all(_seated_in(a, v) for a in u.actors)):
            u.actors = [Actor(countries[0], a.role) for a in u.actors]
            u.end, u.last_word = v.end, v.last_word
            if not v.is_location:
                v.actors = []


def _seated_in(a: Actor, place: Unit) -> bool:
    """Courts and police act where they sit; a government where it sits only when the place
    is a capital (a capital stands for the state's government)."""
    return a.role in ("JUD", "COP") or (a.role == "GOV" and all(m.kind == "capital" for m in place.mentions))
