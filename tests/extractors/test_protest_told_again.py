"""Words voiced in a protest: a body's statement in a sentence about the protest, where the
report already codes the summons or note of the same side to the same side, is that protest
told again.

Sentences written for these tests (not taken from any page or sentence set).
"""

from __future__ import annotations

import pytest

from dyad.extractors.statements import protest_told_again
from dyad.model import Doc, Event

SENTENCES = {
    "en": ("Lisbon summoned the Chilean envoy.", "A firm protest was lodged over the unacceptable seizure of the trawler.",
           "Lisbon condemned the unacceptable seizure of the trawler."),
    "de": ("Lissabon bestellte den chilenischen Botschafter ein.", "In der Protestnote verurteilte Lissabon die Festsetzung des Trawlers.",
           "Lissabon verurteilte die Festsetzung des Trawlers."),
    "ru": ("Лиссабон вызвал посла Чили.", "Был заявлен решительный протест в связи с задержанием траулера.",
           "Лиссабон осудил задержание траулера."),
}


def kept(lang: str, second: int, summoned: bool = True, target: str = "CHLGOV") -> list[str]:
    summons, *said = SENTENCES[lang]
    text = f"{summons} {said[second]}"
    start = len(summons) + 1
    doc = Doc(doc_id="t", source="t", text=text, language=lang)
    events = [Event("statement", "DISAPPROVE", "111", "PRTGOV", target, None, None, [], (start, len(text)))]
    if summoned:
        events.insert(0, Event("other", "ACCUSE", "114", "PRTGOV", "CHLGOV", None, None, [], (0, len(summons))))
    return [e.cameo for e in protest_told_again(doc, events, lang)]


@pytest.mark.parametrize("lang", ["en", "de", "ru"])
def test_what_is_said_in_the_protest_is_the_summons(lang: str) -> None:
    assert kept(lang, 0) == ["114"]


@pytest.mark.parametrize("lang", ["en", "de", "ru"])
def test_criticism_outside_the_protest_stays(lang: str) -> None:
    assert kept(lang, 1) == ["114", "111"]


@pytest.mark.parametrize("lang", ["en", "de", "ru"])
def test_a_protest_sentence_with_no_protest_coded_stays_a_statement(lang: str) -> None:
    assert kept(lang, 0, summoned=False) == ["111"]


def test_a_protest_to_another_side_is_not_this_one() -> None:
    assert kept("en", 0, target="PERGOV") == ["114", "111"]
