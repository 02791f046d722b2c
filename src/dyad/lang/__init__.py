"""Language packs: every word of every language dyad reads lives here, and nowhere else.

This package is the ground floor: everything may import it, it imports nothing of dyad.
Each language is a sub-package (``dyad.lang.en``, ``dyad.lang.de``, ...) whose modules hold
data by topic (``extract``, ``clean``, ``people``, ``events``, ...): word lists, patterns,
number words, titles with their English forms, small functions for morphology. ``pack(code)``
joins one language's modules into one object; the algorithms read what they need from it
and never branch on a language code. Adding a language is adding a folder here: the
sub-packages are found, not listed (see ``available``), and ``tests/lang`` checks that a new
pack has every name the English pack has.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from types import ModuleType, SimpleNamespace
from typing import Any, Protocol


class NoLanguagePack(LookupError):
    """Raised for a language dyad has no pack for; the record says so instead of guessing."""

    def __init__(self, lang: str | None) -> None:
        self.lang = lang
        super().__init__(f"no language pack for {lang or 'this text'}")


class LanguagePack(Protocol):
    """What a pack offers. The attributes are many (one per table); ``tests/lang`` holds every
    pack to the English pack's set of names. The few every caller relies on: """

    CODE: str  # ISO 639-1, as lingua and dateparser name it
    LINGUA_NAME: str  # the name of the language in lingua's Language enum

    def __getattr__(self, name: str) -> Any: ...


@cache
def available() -> tuple[str, ...]:
    """The codes of the packs installed: every sub-package of dyad.lang, English first."""
    codes = sorted(m.name for m in pkgutil.iter_modules(__path__) if m.ispkg)
    return tuple(sorted(codes, key=lambda c: c != "en"))


def _modules(package: ModuleType) -> list[ModuleType]:
    subs = sorted(m.name for m in pkgutil.iter_modules(package.__path__) if not m.ispkg)
    return [package] + [importlib.import_module(f"{package.__name__}.{name}") for name in subs]


@cache
def pack(lang: str | None) -> LanguagePack:
    """The pack of one language: the public names of all its modules in one namespace.
    A name defined twice in one language is an error (two tables would silently disagree)."""
    if lang not in available():
        raise NoLanguagePack(lang)
    names: dict[str, Any] = {}
    owner: dict[str, str] = {}
    for module in _modules(importlib.import_module(f"{__name__}.{lang}")):
        for name, value in vars(module).items():
            if name.startswith("_") or isinstance(value, ModuleType) or name in {"annotations"}:
                continue
            if getattr(value, "__module__", module.__name__) not in {module.__name__, None} and callable(value):
                continue  # imported helpers (re.compile, cache, ...), not the pack's own
            if name in names and names[name] is not value:
                raise TypeError(f"{lang} pack: {name} defined in both {owner[name]} and {module.__name__}")
            names[name] = value
            owner[name] = module.__name__
    return SimpleNamespace(**names)  # type: ignore[return-value]


def rules(lang: str | None) -> LanguagePack:
    """The pack for ``lang``, English when the language is unknown or not given. Only for code
    that runs on text already found to be in a supported language (a coder's test sentence,
    a name whose language is unknown); records of unsupported languages never reach it."""
    return pack(lang if lang in available() else "en")
