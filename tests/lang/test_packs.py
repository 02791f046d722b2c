"""One suite every language pack must pass: a pack dropped into src/dyad/lang/<code>/ is held
to the English pack's set of names, and its tables must be usable by the language-free
extractors (patterns compile, months and numbers make sense, titles are words to match)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from collections.abc import Callable, Collection, Mapping
from pathlib import Path

import pytest

import dyad.lang
from dyad.lang import NoLanguagePack, available, pack

CODES = available()
LANG_DIR = Path(dyad.lang.__file__).parent


def _public(p: object) -> dict[str, object]:
    return {k: v for k, v in vars(p).items() if not k.startswith("_")}


def _kind(value: object) -> str:
    """The shape of a pack value, as the extractors use it (a tuple and a list of words both
    iterate; a feature a language lacks may be None)."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "str"
    if isinstance(value, Mapping):
        return "mapping"
    if isinstance(value, re.Pattern):
        return "pattern"
    if isinstance(value, Collection):
        return "collection"
    if callable(value):
        return "callable"
    return type(value).__name__


def _regexes(name: str, value: object) -> list[str]:
    """The strings of a pack value that the extractors compile as regular expressions."""
    if isinstance(value, str):
        return [] if name in {"CODE", "LINGUA_NAME"} else [value]
    if isinstance(value, list):  # (pattern, meaning, ...) tables: QUALIFIERS, METRIC_WORDS, ...
        return [row[0] for row in value if isinstance(row, tuple) and row and isinstance(row[0], str)]
    if isinstance(value, Mapping) and value and all(isinstance(v, str) and "\\" in v for v in value.values()):
        return list(value.values())  # EVENT_TRIGGERS
    return []


def test_english_first_and_every_pack_found() -> None:
    assert CODES[0] == "en"
    folders = sorted(m.name for m in pkgutil.iter_modules([str(LANG_DIR)]) if m.ispkg)
    assert sorted(CODES) == folders


def test_a_language_without_pack_is_refused() -> None:
    with pytest.raises(NoLanguagePack, match="no language pack for it"):
        pack("it")
    with pytest.raises(NoLanguagePack):
        pack(None)


@pytest.mark.parametrize("code", CODES)
def test_identity(code: str) -> None:
    from lingua import Language

    p = pack(code)
    assert p.CODE == code
    assert getattr(Language, p.LINGUA_NAME).iso_code_639_1.name.lower() == code
    script = p.SCRIPT
    assert script is None or (len(script) == 2 and all(len(c) == 1 for c in script) and script[0] <= script[1])


@pytest.mark.parametrize("code", CODES)
def test_has_every_name_of_the_english_pack(code: str) -> None:
    en, p = _public(pack("en")), _public(pack(code))
    missing = sorted(set(en) - set(p))
    assert not missing, f"{code} pack lacks {missing}"
    wrong = sorted(name for name, value in en.items()
                   if "none" not in (_kind(value), _kind(p[name])) and _kind(value) != _kind(p[name]))
    assert not wrong, f"{code} pack: other shapes than English for {wrong}"


@pytest.mark.parametrize("code", CODES)
def test_patterns_compile(code: str) -> None:
    bad = []
    for name, value in _public(pack(code)).items():
        for rx in _regexes(name, value):
            try:
                re.compile(rx)
            except re.error as e:  # pragma: no cover - the message is the point
                bad.append(f"{name}: {e}")
    assert not bad


@pytest.mark.parametrize("code", CODES)
def test_months(code: str) -> None:
    months = pack(code).MONTH_NUMBERS
    assert sorted(set(months.values())) == list(range(1, 13))
    # The extractors read a month word by its longest key that starts it: every key reads as itself.
    keys = sorted(months, key=len, reverse=True)
    for word, number in months.items():
        assert months[next(k for k in keys if word.lower().startswith(k))] == number, word
        assert word == word.lower()


@pytest.mark.parametrize("code", CODES)
def test_numbers(code: str) -> None:
    p = pack(code)
    assert p.SCALE_WORDS and all(v >= 1e3 and (v / 1e3).is_integer() for v in p.SCALE_WORDS.values())
    assert all(isinstance(v, int) and v > 0 for v in p.WORD_NUMBERS.values())
    assert all(isinstance(v, int) and 1 <= v <= 12 for v in p.NUMBER_WORDS_SMALL.values())
    assert all(isinstance(v, int) and v >= 2 for v in p.WORD_MULTIPLIERS.values())
    assert all(isinstance(v, int) and v >= 2 for v in p.COUNT_WORDS.values())
    assert set(p.ORDINALS.values()) == {1, 2, 3, 4}
    assert all(re.fullmatch(r"[A-Z]{3}", v) for v in p.CURRENCY_WORDS.values())
    assert "%" in p.PERCENT_WORDS


@pytest.mark.parametrize("code", CODES)
def test_words_are_matchable(code: str) -> None:
    p = pack(code)
    for table in (p.TITLE_HEADS, p.TITLE_MODIFIERS, p.TITLE_CONNECTORS, p.TITLE_STOPS, p.SPEECH_VERBS):
        assert table and all(w and w == w.strip() and w == w.lower() for w in table)
    assert set(p.PRONOUNS.values()) <= {"m", "f"}
    assert set(p.ROLE_REFERENCES.values()) <= set(pack("en").ROLE_REFERENCES.values())
    assert set(p.EVENT_TRIGGERS) == set(pack("en").EVENT_TRIGGERS)
    assert re.compile(p.ROLE_REFERENCE_RE).groupindex.keys() >= {"role", "adj", "of"}
    for row in p.INSTITUTION_SPEAKERS:
        # a country code, none (found beside the phrase) or "&" (both countries of a joint body)
        assert len(row) == 3 and row[1] and re.fullmatch(r"|&|[A-Z]{3}", row[2])
    assert "who" in re.compile(p.QUOTED_AS_RE).groupindex


@pytest.mark.parametrize("code", CODES)
def test_callables_are_the_packs_own(code: str) -> None:
    for name, value in _public(pack(code)).items():
        if isinstance(value, Callable) and not isinstance(value, type):  # type: ignore[arg-type]
            assert value.__module__.startswith(f"dyad.lang.{code}"), name


@pytest.mark.parametrize("code", CODES)
def test_ground_floor(code: str) -> None:
    """A pack imports nothing of dyad: everything may import the packs."""
    for path in sorted((LANG_DIR / code).glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                assert not (node.module or "").startswith("dyad"), path.name
            elif isinstance(node, ast.Import):
                assert not any(a.name.startswith("dyad") for a in node.names), path.name
        importlib.import_module(f"dyad.lang.{code}.{path.stem}" if path.stem != "__init__" else f"dyad.lang.{code}")


@pytest.mark.parametrize("code", CODES)
def test_same_topics_as_english(code: str) -> None:
    """A pack is split by topic as the English one is, so a topic's names are found in one place."""
    def topics(c: str) -> set[str]:
        return {p.stem for p in (LANG_DIR / c).glob("*.py")}

    assert topics(code) == topics("en")
