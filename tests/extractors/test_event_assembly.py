"""Event assembly across a report: a headline's act the body does not tell is still news, a
side's act on itself is no act of the pair (a government's words aimed at itself are aimed at
the other side), a signer quoted at the signing spoke there, and
one speaker saying the same thing twice makes one statement."""

from __future__ import annotations

import pytest

import dyad
from dyad.extractors.events import told_once
from dyad.model import Event, Person

HEADLINE_ONLY = {
    "en": ("Belarus recalls its ambassador from Armenia\n\n"
           "MINSK, 12 June (BelTA) – The decision follows a series of statements in Yerevan that Minsk considers unfriendly.\n"
           "Trade between Belarus and Armenia grew by 5 percent last year.\n"),
    "de": ("Belarus ruft seinen Botschafter aus Armenien zurück\n\n"
           "MINSK, 12. Juni (dpa) - Die Entscheidung folgt auf eine Reihe von Äußerungen in Eriwan, die Minsk als unfreundlich betrachtet.\n"
           "Der Handel zwischen Belarus und Armenien wuchs im vergangenen Jahr um fünf Prozent.\n"),
    "ru": ("Белоруссия отзывает посла из Армении\n\n"
           "МИНСК, 12 июня. Решение последовало за серией заявлений в Ереване, которые в Минске считают недружественными.\n"
           "Товарооборот Белоруссии и Армении в прошлом году вырос на 5 процентов.\n"),
}

HEADLINE_RESTATED = {
    "en": ("Armenian ambassador summoned to Belarusian Foreign Ministry\n\n"
           "MINSK, 12 June (BelTA) – The Belarusian Foreign Ministry summoned the ambassador of Armenia over unfriendly statements made in Yerevan.\n"
           "Trade between Belarus and Armenia grew by 5 percent last year.\n"),
    "ru": ("Посла Армении вызвали в МИД Белоруссии\n\n"
           "МИНСК, 12 июня. Министерство иностранных дел Белоруссии вызвало посла Армении в связи с недружественными заявлениями Еревана.\n"
           "Товарооборот Белоруссии и Армении в прошлом году вырос на 5 процентов.\n"),
    "en_recall": ("Belarus recalls its ambassador from Armenia\n\n"
                  "MINSK, 12 June (BelTA) – Belarus has recalled its ambassador from Yerevan for consultations, the Belarusian Foreign Ministry said on Monday.\n"
                  "Trade between Belarus and Armenia grew by 5 percent last year.\n"),
}

SELF_TARGET = {
    "en": ("YEREVAN, 4 April (AP) – Fighting flared again overnight on the border between Armenia and Azerbaijan, which have no diplomatic relations.\n"
           "Armenian Prime Minister Nikol Pashinyan condemned the shelling as an attack on the sovereignty of Armenia.\n"
           "Azerbaijan has not commented. Talks between Armenia and Azerbaijan on a peace treaty stalled in March.\n"),
    "de": ("ERIWAN, 4. April (dpa) - An der Grenze zwischen Armenien und Aserbaidschan, die keine diplomatischen Beziehungen unterhalten, ist es in der Nacht erneut zu Schüssen gekommen.\n"
           "Der armenische Regierungschef Nikol Paschinjan verurteilte den Beschuss als Angriff auf die Souveränität Armeniens.\n"
           "Aserbaidschan äußerte sich nicht. Die Gespräche zwischen Armenien und Aserbaidschan über einen Friedensvertrag stocken seit März.\n"),
    "ru": ("ЕРЕВАН, 4 апреля. На границе Армении и Азербайджана, не имеющих дипломатических отношений, ночью вновь произошла перестрелка.\n"
           "Премьер-министр Армении Никол Пашинян осудил обстрел как посягательство на суверенитет Армении.\n"
           "Азербайджан ситуацию не прокомментировал. Переговоры Армении и Азербайджана о мирном договоре застопорились в марте.\n"),
}

DOMESTIC = {
    "en": ("ANKARA, 3 May (AP) – Relations between Turkey and Israel have hit a new low, and Israel has recalled its diplomats from Turkey.\n"
           "On Sunday Turkish President Recep Tayyip Erdogan met Turkish Interior Minister Ali Yerlikaya in Ankara.\n"
           "Trade between Turkey and Israel fell by half last year.\n"),
    "de": ("ANKARA, 3. Mai (dpa) - Die Beziehungen zwischen der Türkei und Israel sind auf einem Tiefpunkt, Israel hat seine Diplomaten aus der Türkei zurückgerufen.\n"
           "Am Sonntag traf der türkische Präsident Recep Tayyip Erdogan den türkischen Innenminister Ali Yerlikaya in Ankara.\n"
           "Der Handel zwischen der Türkei und Israel hat sich im vergangenen Jahr halbiert.\n"),
    "ru": ("АНКАРА, 3 мая. Отношения Турции и Израиля упали до новой низшей точки, Израиль отозвал своих дипломатов из Турции.\n"
           "В воскресенье президент Турции Реджеп Тайип Эрдоган встретился с министром внутренних дел Турции Али Ерликаей в Анкаре.\n"
           "Товарооборот Турции и Израиля в прошлом году сократился вдвое.\n"),
}

SIGNED_AND_QUOTED = {
    "en": ("WARSAW, 12 October (PAP) – Polish President Andrzej Duda and Lithuanian President Gitanas Nauseda signed a joint declaration on energy security in Vilnius on Monday.\n"
           "\"This declaration opens a new chapter for our two nations and our region,\" Duda said after the ceremony.\n"),
    "de": ("WARSCHAU, 12. Oktober (dpa) - Der polnische Präsident Andrzej Duda und der litauische Präsident Gitanas Nauseda haben in Vilnius eine gemeinsame Erklärung zur Energiesicherheit unterzeichnet.\n"
           "„Diese Erklärung schlägt ein neues Kapitel für unsere beiden Völker und die ganze Region auf“, sagte Duda nach der Zeremonie.\n"),
    "ru": ("ВАРШАВА, 12 октября. Президент Польши Анджей Дуда и президент Литвы Гитанас Науседа подписали в Вильнюсе совместную декларацию об энергетической безопасности.\n"
           "«Эта декларация открывает новую главу для наших народов и всего региона», — сказал Дуда после церемонии.\n"),
}

QUOTED_NOT_SIGNER = ("WARSAW, 12 October (PAP) – The energy ministers of Poland and Lithuania signed a memorandum on power grids in Vilnius on Monday.\n"
                     "\"Lithuania must stop buying Russian electricity at once,\" Polish President Andrzej Duda said in Warsaw.\n")


def acts(text: str) -> list[Event]:
    return dyad.extract(text).events


@pytest.mark.parametrize("lang", sorted(HEADLINE_ONLY))
def test_an_act_told_only_in_the_headline_is_coded(lang: str) -> None:
    recalls = [e for e in acts(HEADLINE_ONLY[lang]) if e.cameo.startswith("16")]
    assert len(recalls) == 1, lang
    assert (recalls[0].source, recalls[0].target) == ("BLRGOV", "ARMGOV")


@pytest.mark.parametrize("key", sorted(HEADLINE_RESTATED))
def test_a_headline_the_body_restates_adds_nothing(key: str) -> None:
    events = acts(HEADLINE_RESTATED[key])
    assert len(events) == 1, [(e.cameo, e.source, e.target) for e in events]
    assert events[0].source == "BLRGOV"


@pytest.mark.parametrize("lang", sorted(SELF_TARGET))
def test_a_government_condemning_in_a_pair_report_speaks_of_the_other_side(lang: str) -> None:
    said = [e for e in acts(SELF_TARGET[lang]) if e.type == "statement"]
    assert len(said) == 1
    assert (said[0].source, said[0].target) == ("ARMGOV", "AZEGOV")


@pytest.mark.parametrize("lang", sorted(DOMESTIC))
def test_a_sides_meeting_with_its_own_minister_is_no_event_of_the_pair(lang: str) -> None:
    events = acts(DOMESTIC[lang])
    assert [e.cameo for e in events] == ["161"], lang  # the recall stays, the meeting at home goes


@pytest.mark.parametrize("lang", sorted(SIGNED_AND_QUOTED))
def test_a_signer_quoted_at_the_signing_spoke_there(lang: str) -> None:
    events = acts(SIGNED_AND_QUOTED[lang])
    assert [e.type for e in events] == ["agreement_signing"]


def test_a_quoted_leader_who_did_not_sign_keeps_his_statement() -> None:
    said = [e for e in acts(QUOTED_NOT_SIGNER) if e.type == "statement"]
    assert [p.name_en for e in said for p in e.participants] == ["Andrzej Duda"]


def _statement(speaker: str | None, start: int, cameo: str = "111") -> Event:
    parts = [Person(speaker, speaker, "minister", "ARM", f"ARM:{speaker}", (start, start + 5))] if speaker else []
    return Event(type="statement", plover="DISAPPROVE", cameo=cameo, source="ARMGOV", target="AZEGOV",
                 date=None, location=None, participants=parts, evidence=(start, start + 40))


def test_the_same_speaker_saying_the_same_twice_is_one_statement() -> None:
    kept = told_once([_statement(None, 0), _statement(None, 100), _statement("Ararat Mirzoyan", 200),
                      _statement("Ararat Mirzoyan", 300), _statement("Ararat Mirzoyan", 400, cameo="112")])
    assert [(e.evidence[0], e.cameo) for e in kept] == [(0, "111"), (200, "111"), (400, "112")]


THIRD_COUNTRY_VISIT = {
    "en": ("MINSK, 5 March (BelTA) – Belarusian President Alexander Lukashenko and Russian President Vladimir Putin spoke by phone on Tuesday.\n"
           "Lukashenko also told Putin about his recent visit to Qatar.\n"
           "Belarus and Russia discussed gas supplies and the harvest.\n"),
    "de": ("MINSK, 5. März (dpa) - Der belarussische Präsident Alexander Lukaschenko und der russische Präsident Wladimir Putin haben am Dienstag telefoniert.\n"
           "Lukaschenko berichtete Putin auch über seinen jüngsten Besuch in Katar.\n"
           "Belarus und Russland erörterten Gaslieferungen und die Ernte.\n"),
    "ru": ("МИНСК, 5 марта. Президент Белоруссии Александр Лукашенко и президент России Владимир Путин провели телефонный разговор во вторник.\n"
           "Лукашенко также рассказал Путину о своем недавнем визите в Катар.\n"
           "Белоруссия и Россия обсудили поставки газа и урожай.\n"),
}

VISIT_FILED_FROM_HOME = ("MINSK, 5 March (BelTA) – Belarusian President Alexander Lukashenko arrived on Tuesday on a working visit to Russia.\n"
                         "Lukashenko and Russian President Vladimir Putin discussed gas supplies and the harvest.\n"
                         "Belarus and Russia are close allies.\n")


@pytest.mark.parametrize("lang", sorted(THIRD_COUNTRY_VISIT))
def test_a_visit_to_a_third_country_is_no_visit_of_the_pair(lang: str) -> None:
    events = acts(THIRD_COUNTRY_VISIT[lang])
    assert not any(e.type == "visit" for e in events), lang
    assert any(e.type == "phone_call" for e in events), lang


def test_a_visit_goes_where_the_sentence_sends_it_not_where_the_agency_files() -> None:
    visits = [e for e in acts(VISIT_FILED_FROM_HOME) if e.type == "visit"]
    assert len(visits) == 1
    assert (visits[0].source, visits[0].target) == ("BLRGOV", "RUSGOV")
    assert visits[0].participants[0].name_en == "Alexander Lukashenko"


OLD_TALKS = {
    "en": ("MINSK, 20 May 2024 (BelTA) – Trade between Belarus and Vietnam grew by 10 percent in the first quarter.\n"
           "Deputy Foreign Minister Yevgeny Shestakov held talks with Vietnamese Deputy Foreign Minister Do Hung Viet in Hanoi in January on the trade plan.\n"),
    "de": ("MINSK, 20. Mai 2024 (BelTA) - Der Handel zwischen Belarus und Vietnam ist im ersten Quartal um zehn Prozent gewachsen.\n"
           "Vizeaußenminister Jewgeni Schestakow führte im Januar in Hanoi Gespräche mit dem vietnamesischen Vizeaußenminister Do Hung Viet über den Handelsplan.\n"),
    "ru": ("МИНСК, 20 мая 2024. Товарооборот Белоруссии и Вьетнама в первом квартале вырос на 10 процентов.\n"
           "Заместитель министра иностранных дел Евгений Шестаков в январе провел в Ханое переговоры с заместителем министра иностранных дел Вьетнама До Хунг Вьетом о торговом плане.\n"),
}

NEW_TALKS = ("MINSK, 20 May 2024 (BelTA) – Trade between Belarus and Vietnam grew by 10 percent in the first quarter.\n"
             "Deputy Foreign Minister Yevgeny Shestakov held talks with Vietnamese Deputy Foreign Minister Do Hung Viet in Hanoi on 18 May on the trade plan.\n")


@pytest.mark.parametrize("lang", sorted(OLD_TALKS))
def test_talks_dated_months_before_the_report_are_background(lang: str) -> None:
    assert not [e for e in acts(OLD_TALKS[lang]) if e.type in {"talks", "meeting", "visit"}], lang


def test_talks_of_the_reports_days_are_news() -> None:
    assert [e.type for e in acts(NEW_TALKS)] == ["talks"]


SAID_THEN_OBJECT = {
    "en": ("The Kenyan Foreign Ministry announced on Sunday the immediate recall for consultations of its ambassador in Mogadishu, ", "Joseph Mwangi", "."),
    "de": ("Das kenianische Außenministerium erklärte am Sonntag, wegen des Grenzstreits werde der Botschafter in Mogadischu, ", "Joseph Mwangi", ", sofort zurückberufen."),
    "ru": ("МИД Кении в воскресенье объявил о немедленном отзыве для консультаций посла Кении в Могадишо ", "Джозефа Мванги", "."),
}

SAID_BY = {
    "en": ("The decision to close the airspace is a grave mistake, said Kenyan Foreign Minister ", "Peter Odhiambo", "."),
    "de": ("Die Schließung des Luftraums sei ein schwerer Fehler, sagte der kenianische Außenminister ", "Peter Odhiambo", "."),
    "ru": ("Закрытие воздушного пространства — грубая ошибка, заявил министр иностранных дел Кении ", "Питер Одиамбо", "."),
}


def _speakers(parts: tuple[str, str, str], lang: str) -> list[int]:
    from dyad.extractors.quotes import reported_speakers
    from dyad.extractors.text import sentences

    text = "".join(parts)
    start = len(parts[0])
    anchors = [(start, start + len(parts[1]), 0)]
    return [p for p, _span in reported_speakers(text, lang, sentences(text), anchors, [])]


@pytest.mark.parametrize("lang", sorted(SAID_THEN_OBJECT))
def test_a_person_named_deep_after_the_verb_of_saying_is_not_its_speaker(lang: str) -> None:
    assert _speakers(SAID_THEN_OBJECT[lang], lang) == []


@pytest.mark.parametrize("lang", sorted(SAID_BY))
def test_the_person_right_after_the_verb_of_saying_is_its_speaker(lang: str) -> None:
    assert _speakers(SAID_BY[lang], lang) == [0]
