"""Institutions that speak: a quote whose attribution names no person belongs to the
institution named there, in English with the country's adjective first. Texts written for
the tests, in the shape of agency copy (dateline, quote paragraphs, attribution after)."""

from __future__ import annotations

import pytest

import dyad


def speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker_en, q.text[:30]) for q in dyad.extract(text, source="t.txt").quotes]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Tallinn protests over airspace\n\nTALLINN, 8 May (Baltic Wire) - The Estonian Foreign Ministry summoned "
     "the chargé d'affaires of Russia on Monday.\n\n\"The violation of our airspace is unacceptable,\" the ministry "
     "said in a statement.", "Estonian Foreign Ministry"),
    ("Berlin reagiert auf Ausweisung\n\nBerlin (dpa) - Die Bundesregierung hat die Ausweisung zweier Diplomaten "
     "verurteilt.\n\n«Dieser Schritt bleibt nicht ohne Antwort», teilte das Auswärtige Amt am Abend mit.",
     "German Foreign Ministry"),
    ("МИД ответил Вильнюсу\n\nМОСКВА, 3 марта. /Агентство/. Российская сторона выразила протест литовскому "
     "послу в связи с задержанием журналиста.\n\n«Подобные действия не останутся без ответа», - заявили в МИД России.",
     "Russian Foreign Ministry"),
])
def test_institution_is_the_speaker_when_no_person_is_named(text: str, speaker: str) -> None:
    got = speakers(text)
    assert got and got[0][0] == speaker, got


def test_a_named_spokesperson_of_the_institution_stays_the_speaker() -> None:
    text = ("Warsaw summons envoy\n\nWARSAW, 2 June (PolWire) - Poland summoned the Belarusian ambassador on Friday.\n\n"
            "\"We expect an explanation without delay,\" Foreign Ministry spokesman Pawel Wronski said.")
    got = speakers(text)
    assert got and got[0][0] == "Pawel Wronski", got


def test_the_head_of_a_government_is_a_person_not_the_government() -> None:
    text = ("Премьер-министры обсудили поставки\n\nБИШКЕК, 5 мая. /Агентство/. Председатель кабинета министров "
            "Кыргызстана Адылбек Касымалиев провел переговоры с премьер-министром Таджикистана Кохиром Расулзода.\n\n"
            "«Мы рассчитываем на рост поставок», – подчеркнул глава правительства Кыргызстана.")
    got = speakers(text)
    assert got and got[0][0] == "Adylbek Kasymaliev", got


def test_it_said_and_an_institution_opening_the_sentence_speak() -> None:
    text = ("Moscow expels Czech diplomats\n\nThe Russian foreign ministry summoned Czech envoy Jan Novak and informed "
            "him that \"two employees of the Czech Embassy in Moscow are declared personas non gratae,\" it said in a "
            "statement.")
    assert speakers(text)[0][0] == "Russian Foreign Ministry", speakers(text)
    text = ("Rabat recalls envoy\n\nMorocco's Foreign Ministry announced the recall for consultation of Ambassador "
            "Karim Alami \"following the regrettable visit of the Spanish king to the two cities,\" the agency said.")
    assert speakers(text)[0][0] == "Moroccan Foreign Ministry", speakers(text)
    text = ("Beijing accuses Delhi\n\nForeign ministry spokesman Li Wei told reporters Indian troops crossed the border "
            "twice, \"provoking and attacking Chinese personnel on the ground.\"")
    assert speakers(text)[0][0] == "Li Wei", speakers(text)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Riga recalls envoy\n\nRIGA, 4 May (Baltic Wire) - Rain fell over the city. Latvia decided to recall its "
     "ambassador from Minsk, the Latvian Foreign Ministry reported on Tuesday.\n\n\"Latvia will not tolerate threats "
     "against its diplomats in any form,\" the text goes on.", "Latvian Foreign Ministry"),
    ("Prag ruft Botschafter zurück\n\nPrag (Agentur) - Tschechien ruft seinen Botschafter aus Minsk zurück, teilte das "
     "tschechische Außenministerium am Dienstag mit.\n\n„Tschechien wird Drohungen gegen seine Diplomaten nicht "
     "hinnehmen und prüft weitere Schritte“.", "Czech Foreign Ministry"),
    ("Вильнюс отзывает посла\n\nВИЛЬНЮС, 4 мая. /Агентство/. Литва отзывает посла из Минска, сообщил МИД Литвы "
     "во вторник.\n\n«Литва не потерпит угроз своим дипломатам ни в какой форме и рассмотрит ответные шаги».",
     "Lithuanian Foreign Ministry"),
])
def test_a_quote_opening_its_paragraph_belongs_to_the_institution_of_the_sentence_before(text: str,
                                                                                         speaker: str) -> None:
    got = speakers(text)
    assert got and got[0][0] == speaker, got


def test_it_after_an_institutions_quote_is_that_institution_not_the_person_named() -> None:
    text = ("Cairo protests\n\nEgypt's Foreign Ministry said \"the remarks of the visiting minister were an insult to "
            "the nation and its people.\"\n\nIt further noted that \"the ambassador has been asked to explain the "
            "remarks within a week.\"\n\nEgypt rejects the claims of Pierre Dubois which \"have no basis in fact or "
            "in law at all,\" it added.")
    got = speakers(text)
    assert [s for s, _ in got] == ["Egyptian Foreign Ministry"] * 3, got


def test_it_said_does_not_give_a_quote_to_a_body_named_only_as_an_object() -> None:
    text = ("Ankara protestiert\n\nDem Diplomaten wurde eine Note für die niederländische Regierung übergeben. "
            "Das Ministerium forderte darin eine \"offizielle schriftliche Entschuldigung der Behörden in Den Haag\", "
            "hieß es.")
    assert all(s != "Dutch Government" for s, _ in speakers(text)), speakers(text)


def test_a_press_release_named_after_a_quote_is_the_institutions_named_before() -> None:
    text = ("Leaders talk by phone\n\nPresident Ilham Aliyev had a phone call with President Vladimir Putin, the press "
            "service of the President of Azerbaijan reports.\n\n\"During the call the two presidents agreed to "
            "meet again before the end of the year,\" the press release reads.")
    got = speakers(text)
    assert got and got[0][0] == "Azerbaijani presidential press service", got


@pytest.mark.parametrize(("text", "speaker"), [
    ("Warsaw and Kyiv sign declaration\n\nPresidents Andrzej Duda and Volodymyr Zelensky met in Kyiv on Sunday to "
     "talk about Poland and Ukraine. \"We call on all states to respect the borders of Ukraine and of Poland,\" "
     "a joint statement said.", "joint statement"),
    ("Polen und die Ukraine einig\n\nDie Präsidenten Polens und der Ukraine, Andrzej Duda und Wolodymyr Selenskyj, "
     "trafen sich in Kiew. Polen und die Ukraine „rufen alle Staaten auf, die Grenzen der Ukraine zu achten“, "
     "hieß es in einer gemeinsamen Erklärung.", "joint statement"),
    ("Польша и Украина\n\nПрезиденты Польши и Украины Анджей Дуда и Владимир Зеленский встретились в Киеве. "
     "Польша и Украина «призывают все государства уважать границы Украины и Польши», говорится в совместном "
     "заявлении.", "joint statement"),
])
def test_a_joint_statement_speaks_for_both_countries(text: str, speaker: str) -> None:
    got = speakers(text)
    assert got and got[0][0] is not None and got[0][0].endswith(speaker), got
    assert {"Polish", "Ukrainian"} <= set(got[0][0].replace("-", " ").split()), got


@pytest.mark.parametrize(("text", "speaker"), [
    ("Tunis recalls envoy\n\nTunisia on Sunday recalled its ambassador in Rome. \"Tunisia recalls its ambassador "
     "for consultations after the remarks of the Italian minister,\" according to a statement of the President "
     "Office of Tunisia.", "Tunisian Presidency"),
    ("Delhi expels official\n\nIndia declared an official of the Pakistan High Commission persona non grata. "
     "\"The official was told to leave the country within a day,\" the ministry of external affairs of India "
     "said.", "Indian Ministry of External Affairs"),
])
def test_a_presidency_and_a_ministry_of_external_affairs_keep_their_names(text: str, speaker: str) -> None:
    got = speakers(text)
    assert got and got[0][0] == speaker, got


@pytest.mark.parametrize(("text", "speaker"), [
    ("Sanctions row\n\nThe ambassador was summoned on Tuesday. London claimed that the officials had been \"involved "
     "in plots against reporters living in the country\" for years.", "British Government"),
    ("Streit um Sanktionen\n\nDer Botschafter wurde am Dienstag einbestellt. Moskau erklärte, die Beamten seien „an "
     "Plänen gegen Reporter im Land beteiligt“ gewesen.", "Russian Government"),
])
def test_a_country_or_capital_right_before_the_verb_is_its_government_speaking(text: str, speaker: str) -> None:
    got = speakers(text)
    assert got and got[0][0] == speaker, got


def test_a_country_adjective_before_the_verb_is_no_speaker() -> None:
    text = ("Sanctions row\n\nThe ambassador was summoned on Tuesday. British officials claimed that the officials had "
            "been \"involved in plots against reporters living in the country\" for years.")
    assert all(s != "British Government" for s, _ in speakers(text)), speakers(text)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Peking empört\n\nDas chinesische Außenministerium hatte die Worte von Annalena Baerbock am Montag als „einen "
     "groben Angriff auf die Würde unseres Landes“ bezeichnet.", "Chinese Foreign Ministry"),
    ("Kritik aus Moskau\n\nDer russische Außenminister Sergej Lawrow hatte die Worte von Annalena Baerbock am Montag "
     "als „einen groben Angriff auf die Würde unseres Landes“ bezeichnet.", "Sergey Lavrov"),
])
def test_a_verb_closing_the_sentence_after_a_quote_gives_it_to_the_sentences_subject(text: str, speaker: str) -> None:
    got = speakers(text)
    assert got and got[0][0] == speaker, got


@pytest.mark.parametrize(("text", "speaker"), [
    ("Riga regrets decision\n\nLatvia's Foreign Ministry released a statement on Sunday, saying that it regrets "
     "the decision \"to send the ambassadors home and lower the level of ties.\"", "Latvian Foreign Ministry"),
    ("Riga bedauert\n\nDas lettische Außenministerium veröffentlichte am Sonntag eine Mitteilung, wonach es die "
     "Entscheidung „die Botschafter heimzuschicken und die Beziehungen herabzustufen“ bedauere.",
     "Latvian Foreign Ministry"),
])
def test_a_statement_the_institution_released_in_the_sentence_carries_its_quote(text: str, speaker: str) -> None:
    got = speakers(text)
    assert got and got[0][0] == speaker, got


def test_australias_department_of_foreign_affairs_and_trade_keeps_its_name() -> None:
    text = ("Canberra hosts talks\n\nThe delegation met officials at DFAT headquarters in Canberra on Monday.\n\n"
            "\"Both sides agreed that steady ties serve the interests of the two countries,\" the statement said.")
    got = speakers(text)
    assert got and got[0][0] == "Australian Department of Foreign Affairs and Trade", got


@pytest.mark.parametrize(("text", "speaker"), [
    ("Envoy called in\n\nVILNIUS, 4 May (Baltic Wire) - Lithuania summoned the Russian chargé d'affaires.\n\n"
     "\"The remarks of the Russian side are unacceptable and false,\" the press service of the Lithuanian Foreign "
     "Ministry said.", "Lithuanian Foreign Ministry"),
    ("Botschafter einbestellt\n\nAstana, 5. Mai. Kasachstan hat den russischen Botschafter einbestellt.\n\n"
     "„Das Gespräch mit dem Botschafter war ernst und ziemlich hart“, teilte der Pressedienst des "
     "Außenministeriums Kasachstans mit.", "Kazakh Foreign Ministry"),
    ("Посол вызван в МИД\n\nАСТАНА, 5 мая. Казахстан вызвал посла России.\n\n«Разговор с послом был серьезным и "
     "довольно жестким», - сообщили в пресс-службе МИД Казахстана.", "Kazakh Foreign Ministry"),
])
def test_a_ministrys_press_service_speaks_for_the_ministry(text: str, speaker: str) -> None:
    got = speakers(text)
    assert got and got[0][0] == speaker, got


def test_a_ministry_of_foreign_relations_is_the_foreign_ministry() -> None:
    text = ("Envoy called home\n\nMEXICO CITY, 4 May (Wire) - Mexico called its ambassador in Lima home.\n\n"
            "The Mexican Ministry of Foreign Relations reported that \"it has told the ambassador to return home "
            "for his own safety.\"")
    got = speakers(text)
    assert got and got[0][0] == "Mexican Foreign Ministry", got
