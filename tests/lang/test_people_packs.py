"""The packs' person and name features: every pack defines the same names (a feature a
language lacks is None, False or empty), and the algorithms in people/names/coref/titles
read them instead of branching on a language code."""

from __future__ import annotations

import importlib
import re

import pytest

from dyad.lang import available, pack

MODULES = ("people", "names")


def _public(module: object) -> set[str]:
    return {n for n, v in vars(module).items()
            if not n.startswith("_") and n != "annotations" and not isinstance(v, type(re))
            and not (callable(v) and getattr(v, "__module__", None) != module.__name__)}  # type: ignore[attr-defined]


@pytest.mark.parametrize("code", available())
@pytest.mark.parametrize("topic", MODULES)
def test_every_pack_defines_the_english_names(code: str, topic: str) -> None:
    english = _public(importlib.import_module(f"dyad.lang.en.{topic}"))
    other = _public(importlib.import_module(f"dyad.lang.{code}.{topic}"))
    assert english == other


@pytest.mark.parametrize("code", available())
def test_features_have_the_right_shape(code: str) -> None:
    p = pack(code)
    for pattern in (p.NAME_POSSESSIVE_RE, *p.NAME_PARTICLE_RE, p.TITLE_ENGLISH_MARKERS_RE or "x"):
        re.compile(pattern)
    for rx, gender in p.SURNAME_GENDER:
        re.compile(rx)
        assert gender in {"f", "m"}
    assert p.NAME_TAIL_WORDS >= 2 and p.SURNAME_STEM_CUT >= 0
    assert p.PERSON_NER is None or p.PERSON_NER[0] in {"spacy", "natasha"}
    assert set(p.ROLE_TITLE_WORDS) <= set(pack("en").ROLE_TITLE_WORDS)
    assert all(w == w.lower() for w in p.NOT_NAME_WORDS)
    # a name in a script of its own can be spelt in English
    assert (p.name_to_latin is not None) == bool(p.SCRIPT)


def test_nominative_is_a_pack_feature() -> None:
    from dyad.extractors.people import nominative

    assert nominative("Lukashenko", "en") == "Lukashenko"
    assert nominative("Natalja Kotschanowa", "de") == "Natalja Kotschanowa"


def test_to_english_uses_the_packs() -> None:
    from dyad.names import to_english

    assert to_english("Natalja Kotschanowa") == "Natalya Kochanova"  # any pack's rules
    assert to_english("Natalja Kotschanowa", "de") == "Natalya Kochanova"
    assert to_english("Natalja Kotschanowa", "en") == "Natalja Kotschanowa"  # English has none
    assert to_english("Natalja Kotschanowa", "it") == "Natalja Kotschanowa"  # no pack: as written


def test_chinese_names_in_palladius_cyrillic_come_out_in_pinyin_ru() -> None:
    from dyad.lang.ru.names import name_to_latin

    assert name_to_latin("Чжан Вэйминь") == "Zhang Weimin"
    assert name_to_latin("Лю Цзяньго") == "Liu Jianguo"
    assert name_to_latin("Го Сюэлинь") == "Guo Xuelin"
    assert name_to_latin("Цзэн Шуан") == "Zeng Shuang"
    # Russian names do not open with a Chinese surname, or have a Russian first name after it
    assert name_to_latin("Анна Ли") == "Anna Li"
    assert name_to_latin("Инна Ван") == "Inna Van"
    assert name_to_latin("Ли Анна") == "Li Anna"
    assert name_to_latin("Ксения Собчак") == "Kseniya Sobchak"  # and most do not split at all
