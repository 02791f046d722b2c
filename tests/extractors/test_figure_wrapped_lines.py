"""Reports hard-wrapped at a fixed width (syndicated copy cut into lines of some 65 characters):
the lines of a cut sentence are body, not page furniture, and a figure whose sentence runs over
two lines gets the metric and period told in the other. Texts written for the tests."""

from __future__ import annotations

import pytest

import dyad
from dyad.clean.text import clean_text
from dyad.model import Figure


def figures(text: str) -> list[Figure]:
    return dyad.extract(text, source="t.txt").figures


WRAPPED = [
    (" date 2024-03-12 (Wire) LIMA, Peru, March 12. Trade between\n"
     "Peru and Chile grew strongly last year, the agency reports.\n"
     "The topic came up when the Peruvian foreign minister met\n"
     "the Chilean ambassador in Lima on Monday.\n"
     "Last year, the bilateral trade turnover increased by 12\n"
     "percent and reached a record figure of $7.1 billion. Over the first\n"
     "two months of 2024, it has already grown by 5 percent and\n"
     "amounted to $1.3 billion, the ministry said.\n",
     [("growth", 12.0, "2023"), ("trade_turnover", 7.1e9, "2023"), ("trade_turnover", 1.3e9, "2024-01..2024-02")]),
    (" date 2023-10-02 (Wire) NAIROBI, Kenya, October 2. Exports from\n"
     "Kenya to Uganda rose again this year, officials in Nairobi said.\n"
     "In the first half of 2023, the value of Kenyan exports to Uganda\n"
     "climbed by 9 percent and came to some $420 million, while imports from\n"
     "Uganda amounted to $160 million over the same months.\n",
     [("growth", 9.0, "2023-01..2023-06"), ("export", 4.2e8, "2023-01..2023-06")]),
    (" date 2022-05-20 (Wire) HANOI, Vietnam, May 20. The two prime\n"
     "ministers of Vietnam and Laos met in Hanoi and discussed their trade.\n"
     "According to the customs office, trade between the two neighbours in\n"
     "the first quarter of 2022 totaled $390 million, up 14 percent\n"
     "year-on-year, the office said in a statement on Friday.\n",
     [("trade_turnover", 3.9e8, "2022-01..2022-03"), ("growth", 14.0, "2022-01..2022-03")]),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED)
def test_the_lines_of_a_wrapped_report_are_body(text: str, expected: list[tuple[str, float, str]]) -> None:
    body = clean_text(text).text
    assert "bilateral trade turnover" in body or "first half of 2023" in body or "first quarter" in body, body
    assert body.count("\n") >= 3, body


@pytest.mark.parametrize(("text", "expected"), WRAPPED)
def test_a_figure_of_a_wrapped_sentence_has_its_metric_and_period(text: str,
                                                                   expected: list[tuple[str, float, str]]) -> None:
    got = {(f.metric, round(f.value, 3), f.period) for f in figures(text)}
    for item in expected:
        assert item in got, (item, got)


def test_a_line_that_ends_a_sentence_is_not_joined_to_the_next() -> None:
    text = ("Trade\n\nIn 2021 trade between Chile and Peru reached $6.2 billion, a record.\n"
            "Chile said it expected about $7 billion next year.\n")
    periods = {f.value: f.period for f in figures(text)}
    assert periods.get(6.2e9) == "2021", periods
