"""Speakers on the record make statements: a quoted official or institution with no event
of their own gets a statement event about the other side; one already at talks does not.
Pages written for the tests."""

from __future__ import annotations

import dyad

PAGE = (
    "Warsaw and Minsk trade accusations\n\n"
    "WARSAW, 4 March (PolWire) - Poland closed one more crossing on its border with Belarus on Tuesday.\n\n"
    "\"Belarus is using migrants as a weapon against the European Union,\" Polish Interior Minister "
    "Jan Nowacki told reporters in Warsaw.\n\n"
    "\"The decision of Warsaw harms ordinary people on both sides of the border,\" the Belarusian Foreign "
    "Ministry said in a statement.\n\n"
    "Belarus and Poland have argued over the border for three years."
)


def test_quoted_official_and_institution_each_make_a_statement() -> None:
    r = dyad.extract(PAGE, source="t.txt")
    statements = [e for e in r.events if e.type == "statement"]
    people = [p.name_en for e in statements for p in e.participants]
    assert "Jan Nowacki" in people, statements
    assert any(e.source == "BLRGOV" and not e.participants for e in statements), statements
    assert all(e.target and e.source and e.target[:3] != e.source[:3] for e in statements), statements


def test_a_speaker_at_talks_spoke_there() -> None:
    page = ("Presidents hold talks\n\nASTANA, 5 May (Wire) - Kazakh President Kassym-Jomart Tokayev held talks "
            "with Uzbek President Shavkat Mirziyoyev in Astana on Monday.\n\n\"Our countries are reliable partners "
            "and good neighbours,\" Tokayev said after the talks.")
    r = dyad.extract(page, source="t.txt")
    assert not any(e.type == "statement" for e in r.events), r.events
