"""Speech at an encounter: what a person says across the table at a meeting already coded is
part of that meeting, unless it is criticism, rejection or a threat of his own.

Sentences written for these tests (not taken from any page or sentence set).
"""

from __future__ import annotations

import pytest

from dyad.extractors.statements import speaker_statements
from dyad.model import Doc, Event, Person

TEXTS = {
    "en": ("Portugal and Chile met in Lisbon. Portugal hosted Chile. Chile thanked Portugal. "
           "Chile and Portugal agreed. \"{quote}\", the minister said."),
    "de": ("Portugal und Chile trafen sich in Lissabon. Portugal empfing Chile. Chile dankte Portugal. "
           "Chile und Portugal einigten sich. „{quote}“, sagte der Minister."),
    "ru": ("Португалия и Чили встретились в Лиссабоне. Португалия приняла Чили. Чили поблагодарила Португалию. "
           "Чили и Португалия договорились. «{quote}», сказал министр."),
}

REQUESTS = {
    "en": "We demand that you open more flights to our capital next spring",
    "de": "Wir fordern Sie auf, im Frühjahr mehr Flüge in unsere Hauptstadt anzubieten",
    "ru": "Мы требуем открыть больше рейсов в нашу столицу весной",
}

CRITICISM = {
    "en": "We condemn the decision on fishing quotas taken without us",
    "de": "Wir verurteilen die Entscheidung über die Fangquoten ohne uns",
    "ru": "Мы осуждаем решение о квотах на вылов, принятое без нас",
}


def statements(lang: str, quote: str, at_meeting: bool) -> list[Event]:
    text = TEXTS[lang].format(quote=quote)
    doc = Doc(doc_id="t", source="t", text=text, language=lang)
    minister = Person("Rui Costa", "Rui Costa", "minister", "PRT", "prt-rui-costa", (0, 1))
    host = Person("Ana Silva", "Ana Silva", "minister", "CHL", "chl-ana-silva", (0, 1))
    parts = [minister, host] if at_meeting else [host]
    events = [Event("meeting", "CONSULT", "040", "PRTGOV", "CHLGOV", None, None, parts, (0, 10))]
    start = text.index(quote)
    return speaker_statements(doc, events, [(minister, (start, start + len(quote)))], lang)


@pytest.mark.parametrize("lang", ["en", "de", "ru"])
def test_a_request_across_the_table_is_the_meeting(lang: str) -> None:
    assert statements(lang, REQUESTS[lang], at_meeting=True) == []


@pytest.mark.parametrize("lang", ["en", "de", "ru"])
def test_a_request_by_someone_not_at_the_meeting_is_his_statement(lang: str) -> None:
    assert [e.cameo[:2] for e in statements(lang, REQUESTS[lang], at_meeting=False)] == ["10"]


@pytest.mark.parametrize("lang", ["en", "de", "ru"])
def test_criticism_at_the_meeting_is_still_his_own_statement(lang: str) -> None:
    assert [e.cameo[:2] for e in statements(lang, CRITICISM[lang], at_meeting=True)] == ["11"]
