"""The tables of every language pack at once.

Some rules read the words of all the languages dyad has, whatever the text's language: a
sentence ends before a capital of any alphabet, a quote opens with any known mark, and a few
finders have always matched the words of every language together ("in" or "im" before a
place). Those rules ask here; the rest ask the pack of the document's language.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from dyad.lang import available, pack


@cache
def every(*names: str) -> tuple[Any, ...]:
    """The items of the tables ``names`` of every pack, English first (in each pack, table by
    table), each item once. A string is one item; a dict gives its keys; None or an empty
    table adds nothing."""
    out: list[Any] = []
    for code in available():
        for name in names:
            value = getattr(pack(code), name)
            items: Iterable[Any] = () if value is None else (value,) if isinstance(value, str) else value
            for item in items:
                if item not in out:
                    out.append(item)
    return tuple(out)


@cache
def every_map(name: str) -> dict[Any, Any]:
    """Dict table ``name`` of every pack merged, English first (a key the first pack has wins)."""
    out: dict[Any, Any] = {}
    for code in available():
        for key, value in (getattr(pack(code), name) or {}).items():
            out.setdefault(key, value)
    return out


def either(fragments: Iterable[str], suffix: str = "") -> str:
    """Regex fragments as one alternation, each followed by ``suffix``: ("an?", "the") with
    r"\\s+" is r"an?\\s+|the\\s+"."""
    return "|".join(f + suffix for f in fragments)


def optional(fragments: Iterable[str], suffix: str = "") -> str:
    """The alternation of ``either`` as an optional group, or nothing when there is none."""
    alternatives = either(fragments, suffix)
    return f"(?:{alternatives})?" if alternatives else ""
