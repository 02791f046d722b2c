"""Quote speakers named by a role after their name ("the spokeswoman", "the diplomat",
"представитель МИДа", "der Ministeriumssprecher"), a statement noun that is only a noun
("noted" is no "note"), and an acronym's stop that ends a sentence ("... АТО. В МИД ...").
Texts written for the tests."""

from __future__ import annotations

import pytest

import dyad
from dyad.extractors.quotes import sentence_stop, statement_noun_re


def speakers(text: str) -> list[str | None]:
    return [q.speaker_en for q in dyad.extract(text, source="t.txt").quotes]


@pytest.mark.parametrize(("text", "speaker"), [
    # a spokesperson named once, then "the (ministry) spokeswoman / spokesman / press secretary"
    ("Brazilian Foreign Ministry spokeswoman Ana Silva said on Tuesday that talks on the fishing dispute had "
     "stalled. \"We expect Argentina to release the crew without any delay,\" the Brazilian Foreign Ministry "
     "spokeswoman said.", "Ana Silva"),
    ("Kenya's government spokesman Peter Otieno addressed reporters in Nairobi.\n\n\"Our troops will stay inside "
     "our own borders at all times,\" the spokesman told them, adding that Somalia had been informed.", "Peter Otieno"),
    ("The Thai Foreign Ministry named a new press secretary, Somchai Rattana, in May. On Friday the ministry "
     "protested to Cambodia. \"This incursion cannot be accepted by our government,\" the press secretary stated.",
     "Somchai Rattana"),
    # "the diplomat": anyone of the foreign service, a foreign minister or a deputy one too
    ("Chile's Foreign Ministry summoned the Bolivian envoy on Monday. Later, Chilean Foreign Minister Pedro Soto "
     "spoke to reporters in Santiago. \"We will not accept threats against our sovereignty,\" the Chilean "
     "diplomat noted.", "Pedro Soto"),
    ("Deputy Foreign Minister Liu Mei of China met the Nepali side in Kathmandu.\n\n\"Both countries must settle "
     "the boundary question through talks,\" the diplomat said.", "Liu Mei"),
    ("Egypt's ambassador to Ethiopia, Karim Fawzi, gave an interview to a local paper. \"Water from the Nile is "
     "a question of life for our people,\" the Egyptian diplomat stressed.", "Karim Fawzi"),
    # Russian: "представитель", "пресс-секретарь" after the name
    ("Официальный представитель МИД Грузии Нино Абашидзе прокомментировала инцидент на границе.\n\n«Мы требуем "
     "немедленно освободить задержанных граждан нашей страны», — заявила представитель грузинского МИДа.",
     "Nino Abashidze"),
    ("Пресс-секретарь правительства Армении Давид Саргсян выступил в среду.\n\n«Никаких переговоров под давлением "
     "соседей не будет», — подчеркнул пресс-секретарь.", "David Sargsyan"),
    ("Об этом рассказал пресс-секретарь министерства обороны Литвы Йонас Казлаускас.\n\n«Самолеты нарушили "
     "воздушное пространство нашей страны дважды за утро», — отметил представитель ведомства.", "Yonas Kazlauskas"),
    # German: "der Sprecher", "die Sprecherin", and a compound ("der Ministeriumssprecher")
    ("Der Sprecher des türkischen Außenministeriums, Ali Demir, äußerte sich am Montag. Der Ministeriumssprecher "
     "forderte die griechische Regierung auf, die Patrouillen \"sofort einzustellen und keine weiteren "
     "Provokationen zu wagen\".", "Ali Demir"),
    ("Regierungssprecher Jan Novak aus Prag reagierte auf die Vorwürfe aus Bratislava. „Wir weisen diese "
     "Behauptungen unserer Nachbarn entschieden zurück“, sagte der Regierungssprecher.", "Jan Novak"),
    ("Die Sprecherin des polnischen Außenministeriums, Anna Nowak, wurde am Abend deutlich. „Diese "
     "Grenzverletzung werden wir nicht einfach hinnehmen“, sagte die Sprecherin.", "Anna Nowak"),
])
def test_a_role_after_the_name_is_the_named_person_not_the_body_in_the_role(text: str, speaker: str) -> None:
    assert speaker in speakers(text)


def test_an_unnamed_spokesman_still_gives_the_institution() -> None:
    # (a minister named before is no spokesperson: the role points to no one, the body speaks)
    text = ("Argentine Foreign Minister Diego Paz flew to Santiago on Sunday. \"There was no violation of Chilean "
            "waters by our ships,\" the spokesman for the Argentine Foreign Ministry said.")
    assert speakers(text) == ["Argentine Foreign Ministry"]


def test_a_statement_noun_is_a_whole_word() -> None:
    en = statement_noun_re("en")
    assert en.search("the diplomat noted") is None
    assert en.search("in two statements") is not None and en.search("a diplomatic note") is not None
    de = statement_noun_re("de")
    assert de.search("die Notenbank") is None and de.search("in mehreren Erklärungen") is not None
    ru = statement_noun_re("ru")
    assert ru.search("нотариус") is None and ru.search("в заявлении") is not None and ru.search("нотой") is not None


def test_an_acronym_in_capitals_ends_its_sentence_a_title_does_not() -> None:
    text = "сказал он в МИД. Потом"
    assert text[: sentence_stop(text, 0, len(text))] == "сказал он в МИД"
    text = "so die EU. Danach"
    assert text[: sentence_stop(text, 0, len(text))] == "so die EU"
    text = "x, Dr. Lee wrote. Next"
    assert text[: sentence_stop(text, 0, len(text))] == "x, Dr. Lee wrote"


def test_the_attribution_ends_at_an_acronyms_stop() -> None:
    text = ("Руководитель пресс-центра ВМС Иван Коваль сообщил об инциденте.\n\n«Корабль соседей вошел в наши воды "
            "без всякого разрешения», — подчеркнул глава пресс-центра ВМС. В МИД Румынии пока молчат.")
    assert speakers(text) == ["Ivan Koval"]


@pytest.mark.parametrize(("text", "named"), [
    ("Foreign Ministry spokeswoman Ana Silva commented on the naval drills.\n\n\"These manoeuvres near our coast "
     "are a serious concern,\" the Defence Ministry spokesman said.", "Ana Silva"),
    ("Der Sprecher des Außenministeriums, Ali Demir, äußerte sich am Montag. „Die Patrouillen müssen sofort und "
     "vollständig enden“, sagte der Sprecher des Verteidigungsministeriums.", "Ali Demir"),
    ("Официальный представитель МИД Грузии Нино Абашидзе прокомментировала учения.\n\n«Эти маневры у наших "
     "границ вызывают серьезную тревогу», — заявил представитель Минобороны Грузии.", "Nino Abashidze"),
])
def test_a_spokesperson_of_another_body_is_not_the_one_named(text: str, named: str) -> None:
    assert named not in speakers(text)
