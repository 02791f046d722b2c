"""Kinds of encounter a report tells or only seems to tell: a welcome at the airport is the
visit's arrival, leaders' talks in one side's capital are a visit too, "received" or
"принял" must take a person, a reaction "met with criticism" and a reminder of an older
meeting are no meeting, and a consultation the CAMEO coder finds stays an encounter when the
sentence names one person."""

from __future__ import annotations

import dyad
from dyad.model import Event


def names(e: Event) -> set[str]:
    return {p.name_en for p in e.participants}


def of_type(text: str, etype: str) -> list[Event]:
    return [e for e in dyad.extract(text).events if e.type == etype]


# --- the welcome of a visit is its arrival, not a meeting of its own

EN_WELCOME = ('ASTANA, 14 May (Kazinform) – Hungarian Prime Minister Viktor Orban arrived in Astana on a two-day official visit.\n'
    'At the airport he was greeted by Kazakh Prime Minister Olzhas Bektenov with a guard of honour.\n'
    'Trade between Hungary and Kazakhstan grew by nine percent last year.\n')

DE_WELCOME = ('WIEN, 14. Mai (APA) - Der slowakische Präsident Peter Pellegrini ist zu einem Staatsbesuch in Österreich eingetroffen.\n'
    'Bundespräsident Alexander Van der Bellen hat seinen Gast in der Hofburg mit militärischen Ehren empfangen.\n'
    'Der Handel zwischen beiden Ländern wuchs im vergangenen Jahr um sechs Prozent.\n')

RU_WELCOME = ('ТАШКЕНТ, 14 мая. Президент Казахстана Касым-Жомарт Токаев прибыл в Ташкент с государственным визитом.\n'
    'В аэропорту главу государства встретил президент Узбекистана Шавкат Мирзиёев.\n'
    'Товарооборот между странами в прошлом году вырос на 7 процентов.\n')

EN_VISIT_AND_MEETING = ('ASTANA, 14 May (Kazinform) – Hungarian Prime Minister Viktor Orban arrived in Astana on a two-day official visit.\n'
    'In the afternoon Orban met with Kazakh Prime Minister Olzhas Bektenov at the government house.\n')


def test_a_welcome_is_the_visit_with_its_hosts() -> None:
    for text, guest, host in ((EN_WELCOME, "Viktor Orbán", "Olzhas Bektenov"),
                              (DE_WELCOME, "Peter Pellegrini", "Alexander Van der Bellen"),
                              (RU_WELCOME, "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev")):
        assert not of_type(text, "meeting"), text
        visits = of_type(text, "visit")
        assert len(visits) == 1, text
        assert {guest, host} <= names(visits[0]), text


def test_a_meeting_during_the_visit_stays_a_meeting() -> None:
    assert len(of_type(EN_VISIT_AND_MEETING, "meeting")) == 1
    assert len(of_type(EN_VISIT_AND_MEETING, "visit")) == 1


# --- leaders' talks in the capital of one of them are a visit of the other

EN_SUMMIT = ('BEIJING, 3 June (Xinhua) – Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev in Beijing on 3 June.\n'
    'The two heads of state discussed trade, transit and energy.\n')

DE_SUMMIT = ('PEKING, 3. Juni (dpa) - Chinas Präsident Xi Jinping hat in Peking mit dem kasachischen Präsidenten Kassym-Jomart Tokajew Gespräche geführt.\n'
    'Die beiden Staatschefs sprachen über Handel und Energie.\n')

RU_SUMMIT = ('ПЕКИН, 3 июня. Председатель КНР Си Цзиньпин провел в Пекине переговоры с президентом Казахстана Касым-Жомартом Токаевым.\n'
    'Стороны обсудили торговлю и энергетику.\n')

EN_MINISTERS = ('MINSK, 3 June (BelTA) – Belarusian Foreign Minister Maxim Ryzhenkov held talks with Kazakh Foreign Minister Murat Nurtleu in Minsk on 3 June.\n'
    'The ministers discussed trade and transit.\n')

EN_RECEIVED_PM = ('MINSK, 3 June (BelTA) – Belarusian President Alexander Lukashenko met with Kazakh Prime Minister Olzhas Bektenov in Minsk on 3 June.\n'
    'They discussed industrial cooperation.\n')


def test_leaders_talks_in_the_hosts_capital_are_a_visit_of_the_guest() -> None:
    for text in (EN_SUMMIT, DE_SUMMIT, RU_SUMMIT):
        visits = of_type(text, "visit")
        assert len(visits) == 1, text
        assert visits[0].participants[0].country == "KAZ", text  # the guest first
        assert visits[0].source == "KAZGOV", text
        assert len(of_type(text, "talks")) == 1, text


EN_VIDEO_TALKS = ('MINSK, 3 June (BelTA) – Belarusian President Alexander Lukashenko held talks with Kazakh President Kassym-Jomart Tokayev via videoconference on 3 June.\n'
    'The presidents discussed trade and transit.\n')


def test_ministers_talks_or_a_leaders_meeting_imply_no_visit() -> None:
    assert not of_type(EN_MINISTERS, "visit")
    assert not of_type(EN_RECEIVED_PM, "visit")


def test_leaders_talks_by_video_link_imply_no_visit() -> None:
    assert not of_type(EN_VIDEO_TALKS, "visit")


# --- "received" and "принял" take a person; a reaction is not a meeting

EN_RECEIVED_WOUNDS = ('BISHKEK, 3 June (AKIpress) – Kyrgyz Foreign Minister Jeenbek Kulubaev said the border guards of Tajikistan had opened fire.\n'
    'Three Kyrgyz herders received gunshot wounds, Kulubaev told Tajik Ambassador Rustam Khodzhaev.\n')

EN_RECEIVED_BY = ('TEHRAN, 3 June (IRNA) – Saudi Foreign Minister Faisal bin Farhan was received by Iranian Foreign Minister Hossein Amir-Abdollahian in Tehran.\n')

EN_MET_WITH_CRITICISM = ('PARIS, 3 June (AFP) – French Foreign Minister Jean-Yves Le Drian said Mali had lost its way.\n'
    'The decision of Malian Prime Minister Choguel Maiga has been met with criticism in Paris and Berlin.\n')

RU_DECISION = ('МОСКВА, 3 июня. Министр иностранных дел России Сергей Лавров заявил, что посол Латвии Марис Риекстиньш будет вызван в МИД.\n'
    'Решение о высылке дипломатов приняли также Латвия и Литва.\n')

RU_RECEIVED = ('МИНСК, 3 июня. Президент Беларуси Александр Лукашенко принял министра иностранных дел Казахстана Мурата Нуртлеу.\n')


def test_received_takes_a_person() -> None:
    assert not of_type(EN_RECEIVED_WOUNDS, "meeting")
    meetings = of_type(EN_RECEIVED_BY, "meeting")
    assert len(meetings) == 1
    assert {"Faisal bin Farhan Al Saud", "Hossein Amir-Abdollahian"} <= names(meetings[0])


def test_a_reaction_met_with_criticism_is_no_meeting() -> None:
    assert not of_type(EN_MET_WITH_CRITICISM, "meeting")


def test_russian_received_takes_a_person_not_a_decision() -> None:
    assert not of_type(RU_DECISION, "meeting")
    assert len(of_type(RU_RECEIVED, "meeting")) == 1


# --- a reminder of an older meeting, a meeting only intended

RU_REMINDER = ('КАИР, 3 июня. Президент Турции Реджеп Тайип Эрдоган прибыл в Каир с официальным визитом.\n'
    'Напомним, предыдущая встреча президента Египта Абдель Фаттаха ас-Сиси и Эрдогана прошла в Анкаре.\n')

DE_INTENT = ('KAIRO, 3. Juni (dpa) - Ägyptens Präsident Abdel Fattah al-Sisi will mit Äthiopiens Regierungschef Abiy Ahmed neue Gespräche über den Staudamm führen.\n'
    'Der Streit um das Wasser des Nils dauert seit Jahren an.\n')

EN_INTENT = ('CAIRO, 3 June (Reuters) – Egyptian President Abdel Fattah al-Sisi intends to hold talks with Ethiopian Prime Minister Abiy Ahmed on the dam.\n')


def test_a_reminder_of_an_older_meeting_is_background() -> None:
    assert not of_type(RU_REMINDER, "meeting")
    assert of_type(RU_REMINDER, "visit")


def test_talks_someone_wants_or_intends_are_no_event() -> None:
    for text in (DE_INTENT, EN_INTENT):
        assert not of_type(text, "talks"), text


# --- a consultation coded by the CAMEO coder with one named person stays an encounter

EN_CODED_TALK = ('BISHKEK, 3 June (AKIpress) – Presidents of Kyrgyzstan and Tajikistan talk over the border by telephone.\n')


def test_a_coded_consultation_with_no_named_person_keeps_its_kind() -> None:
    events = dyad.extract(EN_CODED_TALK).events
    assert events
    assert all(e.type in {"meeting", "talks", "phone_call"} for e in events)


# --- both sides before the press together are a briefing; a joint declaration is a document

EN_BRIEFING = ('YEREVAN, 3 June (Armenpress) – Armenian Prime Minister Nikol Pashinyan held talks with Georgian Prime Minister Irakli Kobakhidze in Yerevan.\n'
    'After the talks the two prime ministers addressed the media.\n')

DE_BRIEFING = ('BAKU, 3. Juni (dpa) - Der aserbaidschanische Präsident Ilham Alijew und der kasachische Präsident Kassym-Jomart Tokajew haben in Baku Gespräche geführt.\n'
    'In einer gemeinsamen Presseerklärung lobten beide Präsidenten die Zusammenarbeit.\n')

RU_BRIEFING = ('ТБИЛИСИ, 3 июня. Премьер-министр Армении Никол Пашинян провел переговоры с премьер-министром Грузии Ираклием Кобахидзе.\n'
    'По итогам переговоров премьер-министры встретились с представителями СМИ.\n')

DE_JOINT_DECLARATION = ('MINSK, 3. Juni (BelTA) - Der Präsident von Belarus Alexander Lukaschenko und der Sultan von Oman Haitham bin Tarik haben in Minsk Gespräche geführt.\n'
    'Lukaschenko und Haitham bin Tarik haben eine gemeinsame Erklärung über die Zusammenarbeit verabschiedet.\n')


def test_both_sides_before_the_press_are_a_briefing() -> None:
    for text in (EN_BRIEFING, DE_BRIEFING, RU_BRIEFING):
        briefings = of_type(text, "briefing")
        assert len(briefings) == 1, text
        assert len(briefings[0].participants) == 2, text


def test_a_joint_declaration_is_no_statement() -> None:
    assert not of_type(DE_JOINT_DECLARATION, "statement")


# --- political consultations of two ministries are talks; a recall "for consultations" is not

EN_CONSULTATIONS = ('ASHGABAT, 3 June (Trend) – Political consultations between the foreign ministries of Turkmenistan and Belarus were held in Ashgabat on 3 June.\n'
    'The delegations were headed by Deputy Foreign Minister of Turkmenistan Vepa Hajiyev and Deputy Foreign Minister of Belarus Igor Nazaruk.\n')

RU_CONSULTATIONS = ('КАИР, 3 июня. В Каире прошел раунд политических консультаций между МИД Беларуси и Египта.\n'
    'Белорусскую делегацию возглавил заместитель министра иностранных дел Игорь Назарук, египетскую - заместитель министра Ахмед Эль-Масри.\n')

EN_RECALLED = ('ANKARA, 3 June (AFP) – Turkey recalled its ambassador from Vienna for consultations, Foreign Minister Hakan Fidan said.\n')


def test_political_consultations_are_talks() -> None:
    for text in (EN_CONSULTATIONS, RU_CONSULTATIONS):
        assert len(of_type(text, "talks")) == 1, text
    assert not of_type(EN_RECALLED, "talks")


# --- a visit of the coming week, an earlier one told in the pluperfect

DE_NEXT_WEEK = ('ANKARA, 3. Juni (dpa) - Die Türkei hat den Besuch des schwedischen Verteidigungsministers Pål Jonson kommende Woche abgesagt.\n'
    'Präsident Recep Tayyip Erdogan kritisierte die Kundgebung in Stockholm.\n')

DE_PLUPERFECT = ('DSCHIDDA, 3. Juni (dpa) - Äthiopiens Ministerpräsident Abiy Ahmed und Eritreas Präsident Isaias Afwerki haben ein Friedensabkommen unterzeichnet.\n'
    'Bereits im Juli hatten sich Abiy und Isaias gegenseitig besucht.\n')

EN_NEXT_WEEK = ('ANKARA, 3 June (AFP) – Turkey cancelled the coming week visit of Swedish Defence Minister Pal Jonson, President Recep Tayyip Erdogan said.\n')


def test_a_visit_of_the_coming_week_or_of_the_past_is_no_event() -> None:
    for text in (DE_NEXT_WEEK, DE_PLUPERFECT, EN_NEXT_WEEK):
        assert not of_type(text, "visit"), text
    assert of_type(DE_PLUPERFECT, "agreement_signing")


# --- a meeting with the envoy the report summoned is the summons told again

EN_SUMMONED = ('KYIV, 3 June (Ukrinform) – Hungarian Ambassador Antal Heizer was summoned to the Ministry of Foreign Affairs of Ukraine.\n'
    'During the meeting with Ambassador Antal Heizer, Deputy Foreign Minister Oleksandr Mishchenko protested against the remarks of Hungarian officials.\n')

DE_SUMMONED = ('ASTANA, 3. Juni (dpa) - Der russische Botschafter Alexej Borodawkin wurde ins kasachische Außenministerium einbestellt.\n'
    'Vizeaußenminister Roman Wassilenko führte mit Borodawkin ein hartes Gespräch.\n')


def test_a_meeting_with_the_summoned_envoy_is_the_summons() -> None:
    for text in (EN_SUMMONED, DE_SUMMONED):
        events = dyad.extract(text).events
        assert not [e for e in events if e.type in {"meeting", "talks"}], text
        summonses = [e for e in events if e.cameo == "114"]
        assert len(summonses) == 1, text
        assert len(summonses[0].participants) == 2, text


# --- a business forum of the two sides held in the news is a meeting of their companies

EN_FORUM = ('ISLAMABAD, 3 June (APP) – Pakistan and Belarus signed five memorandums of understanding in trade and industry.\n'
    'The documents were signed during the Pakistan-Belarus Business Forum in Islamabad, the commerce ministry of Pakistan said.\n')

DE_FORUM = ('ASTANA, 3. Juni (dpa) - Kasachstan und Deutschland wollen den Handel ausbauen.\n'
    'Im Rahmen des Deutsch-Kasachischen Wirtschaftsforums in Astana schlossen Firmen beider Länder Verträge über Maschinenbau ab.\n')

RU_FORUM = ('ТАШКЕНТ, 3 июня. В Ташкенте прошел узбекско-таджикский бизнес-форум с участием компаний Узбекистана и Таджикистана.\n'
    'Компании двух стран обсудили поставки хлопка.\n')

EN_FORUM_PLANNED = ('ISLAMABAD, 3 June (APP) – Pakistan and Belarus will hold a business forum in Islamabad next month, the commerce ministry of Pakistan said.\n'
    'Trade between Pakistan and Belarus grew last year.\n')


def test_a_business_forum_held_is_a_meeting_of_the_companies() -> None:
    for text in (EN_FORUM, DE_FORUM, RU_FORUM):
        meetings = [e for e in of_type(text, "meeting") if e.rule.startswith("business forum")]
        assert len(meetings) == 1, text
        assert meetings[0].source.endswith("BUS") and meetings[0].target.endswith("BUS"), text
        assert meetings[0].source[:3] != meetings[0].target[:3], text


def test_a_business_forum_planned_is_no_meeting() -> None:
    assert not [e for e in of_type(EN_FORUM_PLANNED, "meeting") if e.rule.startswith("business forum")]
