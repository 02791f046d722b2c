"""Page furniture of saved news pages: a crawler's date line glued to the headline, bylines
that carry the publication date. Pages written for the tests in those shapes."""

from __future__ import annotations

import dyad


def test_crawl_date_before_the_headline_is_the_publication_date_and_the_headline_survives() -> None:
    page = (" date 2023-04-12 Ministers of two neighbours meet in the capital\n\n"
            "The foreign ministers of Latvia and Lithuania met in Riga on Wednesday to discuss energy links "
            "and the protection of the common border.")
    r = dyad.extract(page, source="p.txt")
    assert r.doc.published == "2023-04-12"
    assert r.doc.title == "Ministers of two neighbours meet in the capital"


def test_a_month_only_crawl_date_gives_no_day() -> None:
    page = (" date 2019-06 Riga (Baltic Wire) - The foreign ministers of Latvia and Lithuania met in Riga "
            "to discuss energy links and the protection of the common border.")
    assert dyad.extract(page, source="p.txt").doc.published is None


def test_byline_with_published_date_is_no_headline() -> None:
    page = ("NewsSite.com\n\nVilnius Protests Over Border Incident With Minsk\n\n"
            "Staff Writer Published March 11, 2021 | 04:15 PM\n\n"
            "VILNIUS (NewsSite - 11th March, 2021) The Lithuanian Foreign Ministry on Thursday summoned the "
            "Belarusian charge d'affaires over a border incident, the ministry said.")
    r = dyad.extract(page, source="p.txt")
    assert r.doc.published == "2021-03-11"
    assert r.doc.title == "Vilnius Protests Over Border Incident With Minsk"
