"""A crawler's " date YYYY-MM-DD" stamp that no dated line of the page confirms may be a day
the site puts on every page: an encounter told by its day alone is not measured against it and
made background, while a dateline's own date still makes an older encounter background."""

from __future__ import annotations

import dyad
from dyad.model import Event


def meetings(text: str) -> list[Event]:
    return [e for e in dyad.extract(text).events if e.type in {"meeting", "talks", "visit"}]


STAMPED = (' date 2021-12-13\n'
           'Speaker of the Senate of Kazakhstan Maulen Ashimbayev met with Ambassador of Turkey to Kazakhstan Altay Cengizer on 2 September.\n'
           'The sides discussed cooperation between the two parliaments.\n')

DATELINED = ('13 December 2021, 14:20\n'
             'ASTANA, 13 December (Kazinform) – The parliaments of Kazakhstan and Turkey will open a friendship group next year.\n'
             'Speaker of the Senate of Kazakhstan Maulen Ashimbayev met with Ambassador of Turkey to Kazakhstan Altay Cengizer on 2 September.\n')


def test_the_stamp_is_the_published_date_but_marked_as_a_stamp_alone() -> None:
    doc = dyad.extract(STAMPED).doc
    assert doc.published == "2021-12-13"
    assert doc.published_stamp_only
    assert not dyad.extract(DATELINED).doc.published_stamp_only


def test_an_encounter_told_by_its_day_is_not_background_against_a_stamp_alone() -> None:
    assert meetings(STAMPED)


def test_an_encounter_months_before_a_dateline_is_background() -> None:
    assert not meetings(DATELINED)
