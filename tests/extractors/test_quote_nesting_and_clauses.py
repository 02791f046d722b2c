"""A nested quote that closes with its outer quote at one mark («... «inner», — said X), and a
role after a name and a comma that opens a new clause with a verb of saying ("Referring to X,
the ambassador said: ..."), which is no title of X. Texts written for the tests."""

from __future__ import annotations

import pytest

import dyad
from dyad.extractors.text import quoted_spans


def speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker_en, q.text[:25]) for q in dyad.extract(text, source="t.txt").quotes]


@pytest.mark.parametrize("text", [
    "«Министр выразил протест в связи с заявлением о том, что «граница должна быть пересмотрена», — говорится в "
    "сообщении МИД Эстонии.",
    "«Посол подчеркнул, что Вильнюс не признает так называемый «референдум о присоединении», — сообщили в "
    "министерстве иностранных дел Литвы.",
    "«Стороны обсудили подготовку к визиту и проект «Дорожной карты до 2030 года», - отметил глава МИД Армении.",
])
def test_one_mark_closes_the_inner_quote_and_the_outer_one_before_an_attribution(text: str) -> None:
    spans = quoted_spans(text)
    assert len(spans) == 1
    tail = text[spans[0].end :]
    assert tail.lstrip("»").lstrip().startswith((",", "-", "—")), tail


def test_an_inner_quote_inside_words_that_go_on_leaves_the_outer_quote_open() -> None:
    text = "«Для этого важна «Дорожная карта» по развитию торговли на пять лет вперед"
    spans = quoted_spans(text)
    assert len(spans) == 1 and spans[0].end == len(text)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Dutch Ambassador Karel de Wit spoke in The Hague on Monday. Asked about the visit of Ramaphosa, the "
     "ambassador said: \"The president will be welcomed by the king in June.\"", "Karel de Wit"),
    ("Turkish Ambassador Ali Kaya was asked about Aliyev. Referring to his meeting with Aliyev, the ambassador "
     "stated: \"The president supports the new railway project fully.\"", "Ali Kaya"),
    ("Greek Ambassador Nikos Pappas met the press in Ankara. Speaking of his talks with Fidan, the envoy told "
     "reporters: \"The minister will come to Athens before the summer.\"", "Nikos Pappas"),
])
def test_a_role_after_a_name_and_a_comma_with_a_verb_of_saying_is_a_new_clause(text: str, speaker: str) -> None:
    got = speakers(text)
    assert got and got[0][0] == speaker, got
