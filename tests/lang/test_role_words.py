"""A role word names a role only as a whole word (with its inflection): the ministry, the
embassy or the presidential office is no minister, ambassador or president."""

from __future__ import annotations

import re

import pytest

from dyad.extractors.coref import person_roles
from dyad.extractors.people import PersonEntity
from dyad.lang import rules


@pytest.mark.parametrize(("lang", "text", "role"), [
    ("de", "Das teilte ein Mitarbeiter des Außenministers mit.", "Außenminister"),
    ("de", "Das teilte ein Sprecher des Außenministeriums mit.", None),
    ("de", "Der Brief des Präsidenten kam am Montag.", "Präsident"),
    ("ru", "Об этом сообщил посол на встрече.", "посол"),
    ("ru", "Об этом сообщили в посольстве страны.", None),
    ("en", "The President said so on Monday.", "President"),
    ("en", "The presidential office said so on Monday.", None),
])
def test_a_role_reference_is_a_whole_word(lang: str, text: str, role: str | None) -> None:
    m = re.search(rules(lang).ROLE_REFERENCE_RE, text)
    assert (m.group("role") if m else None) == role


@pytest.mark.parametrize(("title", "is_foreign_minister"), [
    ("offizielle Vertreterin des Außenministeriums Russlands", False),
    ("Vize-Außenminister", True),
    ("des Außenministers", True),
])
def test_a_ministry_in_a_title_makes_no_minister(title: str, is_foreign_minister: bool) -> None:
    person = PersonEntity("Anna Berg", "Anna Berg", title, "DEU", None)
    assert ("foreign_minister" in person_roles(person)) is is_foreign_minister
