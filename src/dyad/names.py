"""Person names across the spellings of every language dyad reads.

``to_english`` gives the spelling an English wire text would use: a name in a script of its
own through its pack's transliteration (the Russian pack: iuliia's Wikipedia scheme), a Latin
name in another language's transcription of a Russian/Kazakh name through that pack's rewrite
rules (the German pack: "Natalja Kotschanowa" -> "Natalya Kochanova"). ``name_key`` folds all
of these so that spelling variants of one person collide and ``same_name`` decides whether
two written names can be the same person, never by fuzzy similarity: Koshanov is not
Kochanova. The word lists (first names, patronymics) are the packs'; a name's origin, not the
report's language, decides, so every pack's are used together.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

from dyad.lang import LanguagePack, available, pack
from dyad.lang.union import any_fragment, union

_PACKS: tuple[LanguagePack, ...] = tuple(pack(code) for code in available())
# Packs written in a script of their own, with the range of their letters.
_SCRIPTS = tuple(p for p in _PACKS if p.SCRIPT and p.name_to_latin is not None)
_WORD = re.compile(r"[^\W\d_]+")


def script_pack(text: str) -> LanguagePack | None:
    """The pack whose own script ``text`` is (partly) written in, if any."""
    for p in _SCRIPTS:
        lo, hi = p.SCRIPT
        if any(lo <= c <= hi for c in text):
            return p
    return None


def _transcribers(lang: str | None) -> tuple[LanguagePack, ...]:
    """The packs whose transcription rules a Latin name may follow: the document's, or every
    pack's when the language is unknown."""
    if lang is None:
        return tuple(p for p in _PACKS if p.name_transcription is not None)
    p = pack(lang) if lang in available() else None
    return (p,) if p is not None and p.name_transcription is not None else ()


@lru_cache(maxsize=8192)
def to_english(name: str, lang: str | None = None) -> str:
    """English spelling of a person's name.

    A name in a script of its own -> that pack's transliteration; a Latin name that looks
    like a transcription of a Russian/Kazakh name in the document's language (or, when that
    is unknown, any language) -> that pack's rules; anything else is returned unchanged
    (whitespace collapsed). Word order is kept ("Lukashenko Aleksandr" stays in that order)."""
    name = " ".join(name.split())
    if not name:
        return name
    own = script_pack(name)
    if own is not None:
        return own.name_to_latin(name)
    for p in _transcribers(lang):
        english = p.name_transcription(name)
        if english is not None:
            return english
    return name


# Folded spellings of the same first name (after the letter merges of _fold_token).
_FIRST_EQUIV = {k: v for p in _PACKS for k, v in p.FIRST_NAME_VARIANTS.items()}


_C_NOT_CH = re.compile(r"c(?!h)")
_J_START = re.compile(r"^j(?=[aeiouy])")
_IE_START = re.compile(r"^ie")
_DOUBLED = re.compile(r"(.)\1+")
_I_BETWEEN_VOWELS = re.compile(r"(?<=[aeiou])i(?=[aeiou])")


def _fold_token(t: str) -> str:
    """One lower-case ASCII word with the letters that romanisations disagree on merged."""
    t = t.replace("x", "ks")
    t = t.replace("shch", "sh").replace("sch", "sh").replace("zh", "sh")
    t = t.replace("kh", "h").replace("ph", "f").replace("w", "v").replace("q", "k")
    t = _C_NOT_CH.sub("k", t)
    t = t.replace("z", "s")  # German s for the Russian z: Nasarbajew, Mirsijojew
    t = _J_START.sub("sh", t)  # Jomart = Zhomart (English J for the Kazakh zh)
    t = t.replace("j", "i").replace("y", "i")
    t = _IE_START.sub("e", t)  # Yerlan = Erlan, Yelena = Elena
    t = _DOUBLED.sub(r"\1", t)  # Kassym = Kasym, Gennady = Genady, -iy = -i
    t = _I_BETWEEN_VOWELS.sub("", t)  # Tokayev = Tokaev
    return _FIRST_EQUIV.get(t, t)


# Common first names (folded): a bare one of these never identifies a person.
_FIRST_NAMES = frozenset(_fold_token(n) for n in union("FIRST_NAMES"))
_PATRONYMIC = re.compile("(" + any_fragment("PATRONYMIC_ENDINGS") + ")$")
_ASCII_WORD = re.compile(r"[a-z]+")

@lru_cache(maxsize=8192)
def _key_tokens(name: str) -> tuple[str, ...]:
    s = anyascii(to_english(name)).lower()
    s = s.replace("'", "").replace("’", "")
    toks = [_fold_token(t) for t in _ASCII_WORD.findall(s)]
    toks = [t for t in toks if t]
    if len(toks) >= 3:
        # drop a patronymic: last in Russian order (Lukashenko Aleksandr Grigoryevich),
        # second in Western order (Mikhail Vladimirovich Myasnikovich); a 2-word name
        # keeps everything, since Belarusian surnames end in -vich too
        if _PATRONYMIC.search(toks[-1]) and toks[0] not in _FIRST_NAMES:
            toks = toks[:-1]
        elif any(_PATRONYMIC.search(t) for t in toks[1:-1]):
            mid = next(i for i in range(1, len(toks) - 1) if _PATRONYMIC.search(toks[i]))
            toks = toks[:mid] + toks[mid + 1 :]
    return tuple(toks)


def name_key(name: str) -> str:
    """Folded, order-free key: lowercase ASCII, transliterated, variant letters merged
    (x/ks, kh/h, zh/sh, z/s, y/i/j, doubled letters, Aleksandr/Alexander), patronymic dropped,
    words sorted. "Lukashenko Aleksandr Grigoryevich" written in Cyrillic and "Alexander
    Lukashenko" give "aleksandr lukashenko"."""
    return " ".join(sorted(_key_tokens(name)))


def is_first_name(token: str) -> bool:
    """True for a common first name (in any supported spelling)."""
    toks = _key_tokens(token)
    return len(toks) == 1 and toks[0] in _FIRST_NAMES


@lru_cache(maxsize=1 << 15)  # asked of every pair of mentions of a document: pure, and often the same pair
def same_name(a: str, b: str) -> bool:
    """True if ``a`` and ``b`` can be spellings of one person's name.

    Equal folded word sets match; a bare surname matches a full name containing it (a
    bare first name does not); initials match the first letter of a word ("A. Lukashenko");
    a full name matches a longer one containing all its words ("Jomart Tokayev" /
    "Kassym-Jomart Tokayev"). Nothing fuzzy: one letter of difference is another person."""
    ta, tb = _key_tokens(a), _key_tokens(b)
    if not ta or not tb:
        return False

    # let ``ta`` be the less complete name: fewer full words, or as many but with initials
    def _rank(t: tuple[str, ...]) -> tuple[int, int]:
        return (sum(len(x) > 1 for x in t), -sum(len(x) == 1 for x in t))

    if _rank(ta) > _rank(tb):
        ta, tb = tb, ta
    full_a = [t for t in ta if len(t) > 1]
    init_a = [t for t in ta if len(t) == 1]
    set_b = set(tb)
    if not full_a or not set(full_a) <= set_b:
        return False
    rest = [t for t in tb if t not in full_a]
    if any(not any(r.startswith(i) for r in rest) for i in init_a):
        return False
    if len(full_a) == 1 and not init_a:
        # a bare word: a surname matches, a first name alone does not (unless both bare)
        return len(tb) == 1 or full_a[0] not in _FIRST_NAMES
    return True
