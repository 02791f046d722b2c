"""One feature of every installed pack, joined: for code that must recognise words before it
knows the language of a text (page furniture and date lines read before language detection,
the particles of place names in a table of all languages). A new pack's words join by the
pack being installed; nothing here lists languages.

Each function is cached: the packs are read and the patterns built once per process.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from dyad.lang import available, pack

NEVER = "(?!)"  # the alternation of no words: matches nothing


@cache
def union(name: str) -> tuple[Any, ...]:
    """The items of a tuple-valued feature of every pack, in pack order, each once."""
    out: list[Any] = []
    for code in available():
        for item in getattr(pack(code), name):
            if item not in out:
                out.append(item)
    return tuple(out)


@cache
def any_word(name: str) -> str:
    """A feature of plain words and phrases as one regex alternation (no group), longest
    first so that a word is never cut to a shorter one that begins it."""
    found = sorted(union(name), key=len, reverse=True)
    return "|".join(re.escape(w) for w in found) if found else NEVER


@cache
def any_fragment(name: str) -> str:
    """A feature of regex fragments (a name ending in _RE) as one alternation, in pack order."""
    found = union(name)
    return "|".join(found) if found else NEVER


@cache
def letters(name: str) -> str:
    """A feature of character ranges ("A-Z", ...) as the body of one character class."""
    return "".join(union(name))
