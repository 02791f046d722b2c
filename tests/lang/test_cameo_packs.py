"""Every language pack gives the CAMEO coder the same names (dyad.lang.<code>.cameo), and the
coder reads them without knowing which language it codes."""

from __future__ import annotations

import importlib

import pytest

from dyad.extractors.cameo import code_sentence, lexicon
from dyad.lang import available, pack


def _cameo_names(code: str) -> set[str]:
    module = importlib.import_module(f"dyad.lang.{code}.cameo")
    return {n for n in vars(module) if n.isupper()}


@pytest.mark.parametrize("code", available())
def test_cameo_names_are_the_same_in_every_pack(code: str) -> None:
    # PATTERN_WINDOW may come from another module of the pack (German: extract.py)
    assert _cameo_names(code) - {"PATTERN_WINDOW"} == _cameo_names("en") - {"PATTERN_WINDOW"}
    assert hasattr(pack(code), "PATTERN_WINDOW")


@pytest.mark.parametrize("code", available())
def test_lexicon_compiles_for_every_pack(code: str) -> None:
    lx = lexicon(code)
    assert lx.code == code
    assert lx is lexicon(code)  # built once


def test_a_language_without_a_pack_is_not_coded() -> None:
    assert code_sentence("La France a condamne l'attaque de la Russie contre l'Ukraine.", "xx") == []
