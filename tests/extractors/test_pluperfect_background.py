"""A main clause in the pluperfect tells an act before the report's news: the background that
explains it, not its event. Reported speech (English backshift, the German subjunctive) and
subordinate clauses keep their acts; so does a pluperfect dated to a weekday (the act the news
answers). Sentences written for the tests."""

from __future__ import annotations

import pytest

import dyad
from dyad.extractors.events import pluperfect_background

BACKGROUND = [
    ("en", "Caracas had shut the crossing into Colombia in the spring."),
    ("en", "The two foreign ministers had met in Geneva in March."),
    ("en", "Ankara had already recalled its envoy for consultations."),
    ("en", "The embassy had been closed since the war."),
    ("de", "Wien hatte im Frühjahr den russischen Geschäftsträger ins Ministerium einbestellt."),
    ("de", "Im Winter hatte Oslo bereits zwei Diplomaten ausgewiesen."),
    ("de", "Die Außenminister hatten sich im Frühjahr in Genf getroffen, ohne Ergebnis."),
    ("de", "Der Gesandte war im Sommer aus Kairo abgereist."),
    ("de", "Die Grenze war im Herbst von den Behörden geschlossen worden."),
    ("fr", "Paris avait auparavant rappelé son ambassadeur."),
]

NEWS = [
    ("en", "The ministry said it had summoned the ambassador."),
    ("en", "Warsaw had decided to expel the attaché, a spokesman said."),
    ("en", "Oslo expelled the attaché after Moscow had closed a consulate."),
    ("en", "The president had talks with his guest on the dam."),
    ("en", "The premier had a meeting with the envoy in the capital."),
    ("en", "The two presidents had spoken by phone on Thursday about the border."),
    ("de", "Der Sprecher sagte, Rom habe den Botschafter einbestellt."),
    ("de", "Es hieß, dass der Minister den Gast bereits empfangen hatte."),
    ("de", "Die Regierung hatte keine Einwände gegen den Vertrag."),
    ("de", "Die Delegation hatte nichts zu verbergen."),
    ("de", "Die Präsidenten hatten am Dienstag in einem Telefonat die Lage besprochen."),
    ("de", "Der Kanzler empfing den Präsidenten am Montag in Berlin."),
    ("de", "Zuvor war der Gast vom König im Palast empfangen worden."),
    ("en", "Earlier, the guest had been received by the king at the palace."),
    ("ru", "Министр иностранных дел встретился с послом и обсудил визит."),
    ("ru", "Посол был вызван в министерство, где ему вручили ноту."),
    ("fr", "Le ministre a déclaré qu'il avait convoqué l'ambassadeur."),
]


@pytest.mark.parametrize(("lang", "sentence"), BACKGROUND)
def test_a_main_clause_in_the_pluperfect_is_background(lang: str, sentence: str) -> None:
    assert pluperfect_background(sentence, lang)


@pytest.mark.parametrize(("lang", "sentence"), NEWS)
def test_reported_speech_subordinate_clauses_and_weekdays_stay_news(lang: str, sentence: str) -> None:
    assert not pluperfect_background(sentence, lang)


EN_PAGE = ("OSLO, 3 June (NTB) – Norway expelled a Russian attaché on Tuesday over spying.\n"
           "Russia had expelled two Norwegian diplomats over a consulate dispute in the winter.\n")

DE_PAGE = ("OSLO, 3. Juni (dpa) - Norwegen hat am Dienstag einen russischen Attaché wegen Spionage ausgewiesen.\n"
           "Russland hatte im Winter zwei norwegische Diplomaten wegen eines Streits ausgewiesen.\n")


@pytest.mark.parametrize("page", [EN_PAGE, DE_PAGE])
def test_the_earlier_expulsion_is_no_event_the_news_one_is(page: str) -> None:
    events = dyad.extract(page).events
    pairs = {(e.source[:3], e.target[:3]) for e in events}
    assert ("NOR", "RUS") in pairs
    assert ("RUS", "NOR") not in pairs


# --- the Russian prepositional "в мае" names May as "в марте" names March -----------------


def test_russian_may_in_the_prepositional_dates_an_act_months_before_the_report() -> None:
    from dyad.extractors.events import told_long_before

    assert told_long_before("Соглашение стороны подписали в мае во время визита министра.", "ru", "2024-10-02")
    assert told_long_before("Меморандум был подписан в мае 2023 года в столице.", "ru", "2024-03-02")
    assert not told_long_before("Соглашение стороны подписали в мае во время визита министра.", "ru", "2024-05-20")
