"""A fall is a change: a percentage told with a word of decline is negative growth, wherever the
language puts that word (German and Russian often after the figure, at the clause's end), and
a decline in another clause leaves a rise alone. Sentences written for the tests."""

from __future__ import annotations

import pytest

import dyad


def growth(text: str) -> list[float]:
    return [f.value for f in dyad.extract(text, source="t.txt").figures if f.metric == "growth"]


@pytest.mark.parametrize("text", [
    "Handel\n\nUm 12 Prozent ist der Warenaustausch zwischen Polen und Litauen im ersten Halbjahr eingebrochen.",
    "Trade\n\nTrade between Poland and Lithuania plummeted by 12 percent in the first half of the year.",
    "Торговля\n\nТоварооборот Польши и Литвы за первое полугодие на 12 процентов сократился.",
])
def test_a_fall_told_after_or_before_the_figure_is_negative_growth(text: str) -> None:
    assert growth(text) == [-12], growth(text)


def test_a_decline_in_the_next_clause_leaves_the_rise_alone() -> None:
    text = ("Handel\n\nDer Warenaustausch zwischen Polen und Litauen ist um 7 Prozent gewachsen, "
            "während die Einfuhr von Holz gesunken ist.")
    assert growth(text) == [7], growth(text)
