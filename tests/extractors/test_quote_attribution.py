"""Where a quote's attribution is and whose it is: long attributions, quotes that open a paragraph
with no attribution, quotes that close their own sentence, speakers we do not know, and the
subject of the sentence before. Texts written for these tests."""

from __future__ import annotations

import re

import pytest

import dyad
from dyad.extractors.quotes import attribution_end, closes_sentence, unknown_name_beside_verb


def speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker_en, q.text[:30]) for q in dyad.extract(text, source="t.txt").quotes]


VERB = re.compile(r"\b(?:said|told|sagte der|sagte|сказал)\b")


def test_a_long_attribution_whose_subject_comes_first_ends_after_its_verb() -> None:
    text = ('"We signed twelve papers today, and more will follow soon," Minister of Foreign Affairs of the '
            'Republic of Belarus Pavel Zhuk told reporters at the airport in the morning of the second day.')
    oe = text.index('," ') + 2
    end = attribution_end(text, oe, len(text) - 1, VERB)
    assert text[oe:end].endswith("Pavel Zhuk told")


def test_a_name_in_apposition_after_the_verb_stays_in_the_attribution() -> None:
    text = ("„Wir haben heute zwölf Papiere unterzeichnet“, sagte der Präsident Litauens, Jonas Petraitis, in "
            "einer gemeinsamen Erklärung mit dem Gast aus dem Norden nach langen Gesprächen.")
    oe = text.index("“") + 1
    end = attribution_end(text, oe, len(text) - 1, VERB)
    assert text[oe:end].endswith("Jonas Petraitis")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Talks in Astana\n\nPresident Viktor Orban met President Kassym-Jomart Tokayev in Astana on Monday.\n\n"
     "Orban thanked Tokayev for the invitation. He praised the level of the dialogue.\n\n"
     "\"It is always good to come home, and we come here with great joy.\"", "Viktor Orbán"),
    ("Gespräche in Astana\n\nPräsident Viktor Orban traf am Montag in Astana Präsident Kassym-Schomart Tokajew.\n\n"
     "Orban dankte Tokajew für die Einladung. Er lobte das Niveau des Dialogs.\n\n"
     "„Es ist immer schön, nach Hause zu kommen, und wir kommen gern hierher.“", "Viktor Orbán"),
    ("Переговоры в Астане\n\nПрезидент Виктор Орбан встретился в понедельник в Астане с президентом "
     "Касым-Жомартом Токаевым.\n\nВиктор Орбан поблагодарил Токаева за приглашение и высоко оценил уровень диалога.\n\n"
     "«Всегда приятно возвращаться домой, и мы приезжаем сюда с большой радостью».", "Viktor Orbán"),
])
def test_a_quote_opening_its_paragraph_unattributed_is_the_subject_of_the_paragraph_before(text: str,
                                                                                         speaker: str) -> None:
    got = speakers(text)
    assert got and got[-1][0] == speaker, got


def test_a_paragraph_before_with_no_one_as_subject_gives_the_quote_no_speaker() -> None:
    text = ("Talks in Astana\n\nThe talks went on for three hours in a friendly mood.\n\n"
            "\"It is always good to come home, and we come here with great joy.\"")
    assert speakers(text) == []


def test_a_quote_that_ends_its_own_sentence_has_no_attribution_after_it() -> None:
    text = 'He called it "a memo, since the fault is on both sides." Meanwhile, X said more.'
    start = text.index('"') + 1
    end = text.index('."') + 1
    assert closes_sentence(text, start, end, end + 1)
    text = '"A memo, since the fault is on both sides," Meanwhile said.'
    assert not closes_sentence(text, 1, text.index(',"') + 1, text.index(',"') + 2)


@pytest.mark.parametrize(("after", "lang_articles", "unknown"), [
    ('," said Ngata.', ("the",), True),
    ('," Ngata said.', ("the",), True),
    ("», — сказал Мирзаев.", (), True),
    ('," said Friday.', ("the",), False),  # a weekday names no one
    ("“, sagte der Präsident.", ("der",), False),  # a noun after an article
    ('," he said.', ("the",), False),
    ('," said the minister on Monday.', ("the",), False),
    ("“, sagte der Nationalrat Roland Kessler.", ("der",), True),  # a full name ends the attribution
    ('," said lawmaker Anna Maria Keller.', ("the",), True),
    ("“, sagte der Präsident Kasachstans.", ("der",), False),  # a role with its country
    ("», — сказал депутат Иван Петрович Сидоренко.", (), True),
])
def test_an_attribution_that_names_a_speaker_we_do_not_know(after: str, lang_articles: tuple[str, ...],
                                                           unknown: bool) -> None:
    lang = "de" if "sagte" in after else "ru" if "сказал" in after else "en"
    assert unknown_name_beside_verb(after, VERB, lang_articles, frozenset({"friday"}), lang) is unknown


@pytest.mark.parametrize("text", [
    ("Talks in Minsk\n\nPresident Alexander Lukashenko met President Vladimir Putin in Minsk on Monday. Putin said "
     "that energy prices matter most.\n\n\"We are very glad to see our old friends here again today,\" said Tamatea."),
    ("Gespräche in Minsk\n\nPräsident Alexander Lukaschenko traf am Montag in Minsk Präsident Wladimir Putin. Putin "
     "sagte, die Energiepreise seien am wichtigsten.\n\n„Wir freuen uns sehr, unsere alten Freunde heute wieder hier zu sehen“, sagte Tamatea."),
    ("Переговоры в Минске\n\nПрезидент Александр Лукашенко встретился в понедельник в Минске с президентом "
     "Владимиром Путиным. Путин заявил, что цены на энергию важнее всего.\n\n«Мы очень рады снова видеть здесь наших старых друзей», "
     "— сказал Таматеа."),
])
def test_a_quote_said_by_someone_we_do_not_know_is_no_one_elses(text: str) -> None:
    assert speakers(text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("Leaders talk\n\nPresident Alexander Lukashenko spoke with President Vladimir Putin by phone.\n\n"
     "The Kremlin press service noted that Lukashenko also told Putin about his trip to Qatar. \"In this regard, "
     "the two presidents discussed the situation in the region and their next meetings.\"", "Kremlin press service"),
    ("Leaders talk\n\nPresident Alexander Lukashenko spoke with President Vladimir Putin by phone.\n\n"
     "Putin noted that Lukashenko also told him about his trip to Qatar. \"In this regard, the two of us "
     "discussed the situation in the region and our next meetings.\"", "Vladimir Putin"),
])
def test_the_subject_of_the_sentence_before_speaks_not_the_object_of_a_later_verb(text: str, speaker: str) -> None:
    got = speakers(text)
    assert got and got[-1][0] == speaker, got


@pytest.mark.parametrize(("text", "speaker"), [
    ("Envoy loses immunity\n\nThe Ministry of Foreign Affairs of Niger issued a note on Monday.\n\n"
     "The note said Ambassador Pierre Dumont \"no longer enjoys the privileges that come with his status as a "
     "diplomat.\"", "Nigerien Foreign Ministry"),
    ("Botschafter verliert Immunität\n\nDas Außenministerium Nigers verschickte am Montag eine Note.\n\n"
     "In der Note hieß es, Botschafter Pierre Dumont „genießt nicht länger die Vorrechte, die mit seinem Status als "
     "Diplomat verbunden sind“.", "Nigerien Foreign Ministry"),
])
def test_a_statement_that_says_what_a_person_did_is_its_issuers_words(text: str, speaker: str) -> None:
    got = speakers(text)
    assert got and got[-1][0] == speaker, got
    assert got[-1][0] != "Pierre Dumont"


def test_a_quote_over_several_paragraphs_is_one_quote_per_paragraph_by_one_speaker() -> None:
    from dyad.extractors.text import quoted_spans
    text = ("Visit to Tbilisi\n\nPrime Minister Nikol Pashinyan met his Georgian counterpart. The Prime Minister said "
            "the following:\n\n“Dear colleague,\n\nFirst of all, thank you very much for the kind invitation.\n\n"
            "It is always a great pleasure for me to visit your beautiful capital again.’’\n\n"
            "The talks then went on in a wider format.")
    spans = quoted_spans(text)
    assert [text[q.start : q.end][:8] for q in spans] == ["First of", "It is al"]
    got = speakers(text)
    assert [s for s, _t in got] == ["Nikol Pashinyan", "Nikol Pashinyan"], got


@pytest.mark.parametrize("text", [
    ("Besuch in Tiflis\n\nPremierminister Nikol Paschinjan traf seinen georgischen Amtskollegen. Der Premierminister "
     "sagte:\n\n„Zuallererst danke ich Ihnen sehr für die freundliche Einladung.\n\nEs ist mir immer eine große "
     "Freude, Ihre schöne Hauptstadt wieder zu besuchen.“\n\nDie Gespräche gingen danach weiter."),
    ("Визит в Тбилиси\n\nПремьер-министр Никол Пашинян встретился с грузинским коллегой. Премьер-министр сказал:\n\n"
     "«Прежде всего, большое спасибо вам за любезное приглашение.\n\nМне всегда очень приятно снова посетить вашу "
     "прекрасную столицу».\n\nЗатем переговоры продолжились."),
])
def test_a_quote_over_paragraphs_in_german_and_russian_marks(text: str) -> None:
    got = speakers(text)
    assert [s for s, _t in got] == ["Nikol Pashinyan", "Nikol Pashinyan"], got


def test_a_quote_left_open_is_not_closed_by_a_later_paragraph_that_opens_one() -> None:
    from dyad.extractors.text import quoted_spans
    text = ("Talks\n\nShe said, \"We will see what comes of the talks in the next days\n\n"
            "\"A new quote opens here and runs on to its end,\" he said.")
    spans = quoted_spans(text)
    assert [text[q.start : q.end][:5] for q in spans] == ["We wi", "A new"]


def test_hard_wrapped_lines_of_a_quote_are_one_quote() -> None:
    from dyad.extractors.text import quoted_spans
    text = ("Talks\n\nAccording to the statement, \"Minister Aliyev stressed\nthe role of Mexico as a partner in the "
            "region. He welcomed\nthe plan to open an embassy in the\nnear future.\"\nTrade grew.")
    spans = quoted_spans(text)
    assert len(spans) == 1 and text[spans[0].start : spans[0].end].startswith("Minister Aliyev stressed\nthe role")
    assert text[spans[0].start : spans[0].end].endswith("near future.")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Переговоры в Астане\n\nКасым-Жомарт Токаев поблагодарил Юн Сок Ёля за визит и отметил, что ценит "
     "партнерство.\n\n– Этот визит очень важен для наших стран. Мы давно и тесно сотрудничаем.", "Kassym-Jomart Tokayev"),
    ("Talks in Astana\n\nKassym-Jomart Tokayev thanked Yoon Suk Yeol for the visit and noted that he values the "
     "partnership.\n\n- This visit matters a great deal to our countries. We have worked together for long.",
     "Kassym-Jomart Tokayev"),
])
def test_a_dash_paragraph_with_no_attribution_goes_on_with_the_speaker_before(text: str, speaker: str) -> None:
    got = speakers(text)
    assert got and got[-1][0] == speaker, got


def test_a_dash_paragraph_after_one_that_reports_no_speech_is_no_quote() -> None:
    text = ("Key points\n\nKassym-Jomart Tokayev met Yoon Suk Yeol in Astana.\n\n"
            "- The two presidents signed ten agreements on trade and energy.")
    assert speakers(text) == []


def test_the_same_words_quoted_twice_are_one_quote() -> None:
    from dyad.extractors.quotes import repeated
    assert repeated(["They were spies working under cover", "They were told to go", "they were SPIES, working "
                     "under cover in our country"]) == {2}
    text = ("Envoys expelled\n\nForeign Minister Gabriel Landau said on Monday: \"They were spies working under "
            "diplomatic cover in our country.\"\n\nThe two envoys must leave. \"They were spies working under diplomatic "
            "cover in our country,\" Landau said.\n\n\"They were told to go within three days,\" he added.")
    got = speakers(text)
    assert len([t for _s, t in got if t.startswith("They were spies")]) == 1, got
    assert any(t.startswith("They were told") for _s, t in got), got


@pytest.mark.parametrize(("text", "speaker"), [
    ("Border row\n\nPresident Irfaan Ali of Guyana spoke in Georgetown on Monday.\n\nCaracas claimed President Irfaan "
     "Ali “keeps refusing to engage in any direct dialogue with us” on the border.", "Venezuelan Government"),
    ("Спор о границе\n\nПрезидент Гайаны Ирфаан Али выступил в понедельник в Джорджтауне.\n\nКаракас заявил, что "
     "президент Ирфаан Али «по-прежнему отказывается от любого прямого диалога с нами».", "Venezuelan Government"),
])
def test_a_capital_before_the_verb_speaks_not_the_person_named_after_it(text: str, speaker: str) -> None:
    got = speakers(text)
    assert got and got[-1][0] == speaker, got


@pytest.mark.parametrize(("text", "speaker"), [
    ("Envoy summoned\n\nAmbassador Pieter de Vries was handed two notes on Monday. The Austrian Foreign Ministry "
     "protested in them against the “treatment of our citizens and ministers in that country” once more.",
     "Austrian Foreign Ministry"),
    ("Botschafter einbestellt\n\nBotschafter Pieter de Vries wurden am Montag zwei Noten überreicht. Das "
     "österreichische Außenministerium protestierte darin gegen die „Behandlung unserer Bürger und Minister in "
     "diesem Land“ erneut.", "Austrian Foreign Ministry"),
])
def test_an_institution_opening_the_quotes_own_sentence_speaks_not_a_person_before(text: str, speaker: str) -> None:
    got = speakers(text)
    assert got and got[-1][0] == speaker, got
