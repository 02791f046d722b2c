"""The clean stage's and the gazetteer's words live in the language packs (dyad.lang.<code>.clean
and .places), under the same names in every pack, and are joined over all packs."""

from __future__ import annotations

import importlib
import re

import pytest

from dyad.clean import text
from dyad.lang import available, pack
from dyad.lang.union import any_word, union


def _names(code: str, topic: str) -> set[str]:
    module = importlib.import_module(f"dyad.lang.{code}.{topic}")
    return {n for n in vars(module) if (n.isupper() and not n.startswith("_")) or n == "place_forms"}


@pytest.mark.parametrize("topic", ["clean", "places"])
@pytest.mark.parametrize("code", available())
def test_every_pack_has_the_english_names(code: str, topic: str) -> None:
    assert _names(code, topic) == _names("en", topic)
    for name in _names("en", topic):
        assert type(getattr(pack(code), name)) is type(getattr(pack("en"), name)), name


@pytest.mark.parametrize("code", available())
def test_every_packs_months_and_furniture_are_recognised(code: str) -> None:
    p = pack(code)
    months = re.compile(rf"(?:{text.MONTHS})", re.I)
    assert all(months.fullmatch(m) for m in p.DATE_MONTHS)
    assert all(text.RELATED_HEADING_RE.match(h.title()) for h in p.FURNITURE_RELATED_HEADINGS)
    assert all(text.SHARE_RE.match(w) for w in p.FURNITURE_SHARE)


def test_union_keeps_pack_order_and_each_item_once() -> None:
    joined = union("DATE_MONTHS")
    assert len(joined) == len(set(joined))
    assert joined[: len(pack("en").DATE_MONTHS)] == pack("en").DATE_MONTHS
    assert set(joined) == {m for code in available() for m in pack(code).DATE_MONTHS}


def test_words_longest_first() -> None:
    # "June" must not be cut to "Jun" by the alternation
    alternatives = any_word("DATE_MONTHS").split("|")
    assert [len(a) for a in alternatives] == sorted((len(a) for a in alternatives), reverse=True)
    assert re.match(rf"(?:{text.MONTHS})", "June", re.I).group(0) == "June"


@pytest.mark.parametrize("code", available())
def test_place_forms_keep_the_base_form(code: str) -> None:
    p = pack(code)
    for form in p.PLACE_BLOCKERS:
        for word in re.findall(r"[^\W\d_]+", form):
            assert word.lower() in p.place_forms(word.lower(), "name", True)
