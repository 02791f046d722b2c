"""Encounters told as nouns and the people listed as attending them.

A word of the future or the past governs an encounter's trigger only when it stands before
it or in its clause: "during his meeting with X, Y discussed the implementation of ..." is a
meeting of the news, "X will meet Y" is not. A sentence of the news listing who else takes
part in the talks ("taking part in the talks are A and B; also present were C") adds them to
the talks; one telling who will attend adds no one."""

from __future__ import annotations

import pytest

import dyad
from dyad.model import Event

NOUN_MEETING = {
    "en": ("RIGA, 4 March (LETA) – Latvian Foreign Minister Baiba Braze arrived in Estonia on Tuesday.\n"
           "During her meeting with Estonian Foreign Minister Margus Tsahkna, Braze reviewed the implementation of "
           "the joint rail project and the preparations for the upcoming summit.\n"),
    "de": ("RIGA, 4. März (dpa) - Die lettische Außenministerin Baiba Braze hat beim gestrigen Treffen mit dem estnischen "
           "Außenminister Margus Tsahkna, der aus Tallinn angereist war, die Vorbereitung des bevorstehenden Gipfels besprochen.\n"),
    "ru": ("РИГА, 4 марта. В ходе встречи с министром иностранных дел Эстонии Маргусом Тсахкной министр иностранных дел "
           "Латвии Байба Браже обсудила транзит, а также реализацию совместного железнодорожного проекта и подготовку к предстоящему саммиту.\n"),
}

PLANNED_MEETING = {
    "en": ("RIGA, 4 March (LETA) – Latvian Foreign Minister Baiba Braze will meet Estonian Foreign Minister Margus Tsahkna "
           "in Tallinn next week, the ministry said.\n"),
    # (the word of the future after the noun, in its clause)
    "de": ("RIGA, 4. März (dpa) - Ein Treffen der lettischen Außenministerin Baiba Braze mit dem estnischen "
           "Außenminister Margus Tsahkna ist für Mai geplant, teilte das Ministerium mit.\n"),
    "ru": ("РИГА, 4 марта. Министр иностранных дел Латвии Байба Браже на следующей неделе планирует встретиться с министром "
           "иностранных дел Эстонии Маргусом Тсахкной в Таллине, сообщило министерство.\n"),
}

# (the list of attendees in a sentence of its own, which names no talks)
ATTENDED_TALKS = {
    "en": ("VILNIUS, 12 June (BNS) – Lithuanian President Gitanas Nauseda and Polish President Andrzej Duda held talks in Vilnius on Monday.\n"
           "Also present were Foreign Minister Kestutis Budrys and Defence Minister Dovile Sakaliene.\n"),
    "de": ("WILNA, 12. Juni (dpa) - Der litauische Präsident Gitanas Nauseda und der polnische Präsident Andrzej Duda haben am Montag "
           "in Wilna Gespräche geführt.\n"
           "Ebenfalls anwesend waren Außenminister Kestutis Budrys und Verteidigungsministerin Dovile Sakaliene.\n"),
    "ru": ("ВИЛЬНЮС, 12 июня. Президент Литвы Гитанас Науседа и президент Польши Анджей Дуда провели переговоры в Вильнюсе.\n"
           "Также на мероприятии присутствовали министр иностранных дел Кястутис Будрис и министр обороны Довиле Шакалене.\n"),
}

TO_ATTEND_TALKS = {
    "en": ("VILNIUS, 12 June (BNS) – Lithuanian President Gitanas Nauseda and Polish President Andrzej Duda held talks in Vilnius on Monday.\n"
           "Foreign Minister Kestutis Budrys will take part in the talks of the two governments in the autumn.\n"),
    "ru": ("ВИЛЬНЮС, 12 июня. Президент Литвы Гитанас Науседа и президент Польши Анджей Дуда провели переговоры в Вильнюсе.\n"
           "Министр иностранных дел Кястутис Будрис планирует принять участие в переговорах правительств осенью.\n"),
}


def encounters(events: list[Event]) -> list[Event]:
    return [e for e in events if e.type in {"meeting", "talks", "visit"}]


def names(e: Event) -> str:
    return " ".join(p.name_en or "" for p in e.participants)


@pytest.mark.parametrize("lang", sorted(NOUN_MEETING))
def test_a_meeting_told_as_a_noun_is_not_undone_by_a_later_clause(lang: str) -> None:
    met = [e for e in encounters(dyad.extract(NOUN_MEETING[lang]).events) if "Tsahkna" in names(e)]
    assert met and len(met[0].participants) == 2


@pytest.mark.parametrize("lang", sorted(PLANNED_MEETING))
def test_a_meeting_told_in_the_future_is_no_event(lang: str) -> None:
    assert not encounters(dyad.extract(PLANNED_MEETING[lang]).events)


@pytest.mark.parametrize("lang", sorted(ATTENDED_TALKS))
def test_people_listed_as_attending_the_talks_take_part_in_them(lang: str) -> None:
    talks = [e for e in dyad.extract(ATTENDED_TALKS[lang]).events if e.type == "talks"]
    assert len(talks) == 1
    # (names are spelled back from each language's script: the four people are counted)
    assert len(talks[0].participants) == 4


@pytest.mark.parametrize("lang", sorted(TO_ATTEND_TALKS))
def test_someone_who_will_attend_other_talks_is_not_added(lang: str) -> None:
    talks = [e for e in dyad.extract(TO_ATTEND_TALKS[lang]).events if e.type == "talks"]
    assert talks and len(talks[0].participants) == 2


RECEIVED_ALSO = ("TALLINN, 4 March (ERR) – Latvian Foreign Minister Baiba Braze held talks with Estonian Foreign Minister "
                 "Margus Tsahkna in Tallinn on Tuesday.\n"
                 "Braze was also received by Estonian Prime Minister Kristen Michal, who praised the rail link.\n")

RECEPTION = {
    "en": ("HANOI, 8 May (VNA) – At the reception, Vietnamese President Luong Cuong proposed to Indonesian "
           "Foreign Minister Retno Marsudi that the two sides expand trade in rice and coal.\n"),
    "de": ("HANOI, 8. Mai (dpa) - Beim Empfang schlug der vietnamesische Präsident Luong Cuong der indonesischen "
           "Außenministerin Retno Marsudi vor, den Handel mit Reis und Kohle auszuweiten.\n"),
    "ru": ("ХАНОЙ, 8 мая. На приеме президент Вьетнама Лыонг Кыонг предложил министру иностранных дел Индонезии "
           "Ретно Марсуди расширить торговлю рисом и углем.\n"),
}

HOLIDAY_RECEPTION = ("HANOI, 8 May (VNA) – At a reception marking Indonesia's independence day, Vietnamese Foreign Minister "
                     "Bui Thanh Son and Indonesian Ambassador Denny Abdi spoke of the countries' long friendship.\n")

BOTH_RECEIVED = ("BERLIN, 9. Oktober (dpa) - Der lettische Präsident Edgars Rinkevics war am Dienstag in Berlin.\n"
                 "Sowohl Bundeskanzler Friedrich Merz als auch Bundespräsident Frank-Walter Steinmeier empfingen den lettischen Gast.\n")

VISITING_NOW = ("МИНСК, 24 сентября. Вице-премьер Беларуси Виктор Каранкевич 24-26 сентября посещает Вьетнам по приглашению "
                "вице-премьера Вьетнама Чан Хонг Ха.\n")


def test_a_guest_also_received_by_a_host_meets_him() -> None:
    met = [e for e in encounters(dyad.extract(RECEIVED_ALSO).events) if "Michal" in names(e)]
    assert met and "Baiba" in names(met[0])


@pytest.mark.parametrize("lang", sorted(RECEPTION))
def test_a_reception_told_as_a_noun_is_a_meeting(lang: str) -> None:
    met = [e for e in dyad.extract(RECEPTION[lang]).events if e.type == "meeting" and e.rule.startswith("trigger:meeting")]
    assert met and len(met[0].participants) == 2


def test_a_reception_for_a_national_day_is_no_meeting_of_the_two() -> None:
    events = dyad.extract(HOLIDAY_RECEPTION).events
    assert not [e for e in events if e.rule.startswith("trigger:meeting")]


def test_two_hosts_who_both_received_the_guest_meet_him() -> None:
    met = [e for e in encounters(dyad.extract(BOTH_RECEIVED).events) if "Edgars" in names(e)]
    assert any("Merz" in names(e) for e in met) and any("Steinmeier" in names(e) for e in met)


def test_a_visit_told_in_the_present_by_invitation_is_a_visit() -> None:
    visits = [e for e in dyad.extract(VISITING_NOW).events if e.type == "visit"]
    assert visits and len(visits[0].participants) == 2


# (within a visit: a report whose only encounter is one meeting keeps it one)
ONE_MORE_HOST = {
    "en": ("BERLIN, 9 October (dpa) – Latvian President Edgars Rinkevics paid an official visit to Germany on Tuesday.\n"
           "Rinkevics met German Chancellor Friedrich Merz in Berlin.\n"
           "He also met former German Chancellor Olaf Scholz.\n"),
    "de": ("BERLIN, 9. Oktober (dpa) - Der lettische Präsident Edgars Rinkevics ist am Dienstag zu einem offiziellen Besuch in Deutschland eingetroffen.\n"
           "Rinkevics hat sich in Berlin mit Bundeskanzler Friedrich Merz getroffen.\n"
           "Außerdem traf er sich mit Altkanzler Olaf Scholz.\n"),
    "ru": ("БЕРЛИН, 9 октября. Президент Латвии Эдгарс Ринкевичс прибыл в Германию с официальным визитом.\n"
           "Ринкевичс встретился в Берлине с федеральным канцлером Германии Фридрихом Мерцем.\n"
           "Кроме того, он встретился с бывшим канцлером Германии Олафом Шольцем.\n"),
}


@pytest.mark.parametrize("lang", sorted(ONE_MORE_HOST))
def test_a_host_named_alone_in_a_sentence_of_one_more_meeting_is_met_apart(lang: str) -> None:
    met = [e for e in dyad.extract(ONE_MORE_HOST[lang]).events if e.type == "meeting"]
    assert len(met) == 2 and all(len(e.participants) == 2 for e in met)


# the people before the participation verb, the verb after the noun of the encounter
ATTENDEES_FIRST = {
    "en": ("VILNIUS, 12 June (BNS) – Lithuanian President Gitanas Nauseda and Polish President Andrzej Duda held talks in Vilnius on Monday.\n"
           "Also attending were Foreign Minister Kestutis Budrys and Defence Minister Dovile Sakaliene.\n"),
    "de": ("WILNA, 12. Juni (dpa) - Der litauische Präsident Gitanas Nauseda und der polnische Präsident Andrzej Duda haben am Montag "
           "in Wilna Gespräche geführt.\n"
           "Am Treffen nahmen auch Außenminister Kestutis Budrys und Verteidigungsministerin Dovile Sakaliene teil.\n"),
    "ru": ("ВИЛЬНЮС, 12 июня. Президент Литвы Гитанас Науседа и президент Польши Анджей Дуда провели переговоры в Вильнюсе.\n"
           "Участие во встрече приняли министр иностранных дел Кястутис Будрис и министр обороны Довиле Шакалене.\n"),
}


@pytest.mark.parametrize("lang", sorted(ATTENDEES_FIRST))
def test_attendees_told_in_other_word_orders_take_part_in_the_talks(lang: str) -> None:
    talks = [e for e in dyad.extract(ATTENDEES_FIRST[lang]).events if e.type in {"talks", "meeting"}]
    assert talks and max(len(e.participants) for e in talks) == 4
