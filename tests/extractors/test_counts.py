"""Counts in conflict and cooperation reports: numbers as digits or words before the people,
bodies, documents or arms they count; not the pair itself, idioms or rankings. Sentences
written for the tests."""

from __future__ import annotations

import pytest

import dyad


def counts(text: str) -> list[float]:
    return [f.value for f in dyad.extract(text, source="t.txt").figures if f.metric == "count"]


@pytest.mark.parametrize(("text", "value"), [
    ("Riga expels diplomats\n\nLatvia declared five Russian diplomats persona non grata on Friday.", 5),
    ("Sanctions widened\n\nThe government imposed sanctions on 7 Iranian individuals and two companies.", 7),
    ("Grenze bleibt zu\n\nDrei armenische Soldaten wurden bei dem Schusswechsel an der Grenze verletzt.", 3),
    ("Потери на границе\n\nВ результате обстрела погибли пять человек, сообщили в министерстве.", 5),
    ("Zahl der Opfer\n\nIm Krieg zwischen beiden Staaten kamen etwa 80 000 Menschen ums Leben.", 80000),
])
def test_a_count_of_people_or_bodies(text: str, value: float) -> None:
    assert value in counts(text), counts(text)


@pytest.mark.parametrize("text", [
    "Leaders meet\n\nThe two countries agreed to open a consulate in each other's capital next year.",
    "Treffen\n\nDie Präsidenten sprachen zunächst unter vier Augen und dann im erweiterten Format.",
    "Handel\n\nKasachstan ist einer der zehn größten Handelspartner des Landes in der Region.",
    "Minsk meeting\n\n14\nKassym-Jomart Tokayev holds talks with the Belarusian president in Minsk.",
])
def test_no_count_for_the_pair_an_idiom_a_rank_or_a_number_on_its_own_line(text: str) -> None:
    assert counts(text) == [], counts(text)
