"""A deterministic corpus of agency-style articles about two countries, for benchmarks and tests.

Every article is built from templates this project owns (English, German, Russian): a wire
dateline, officials with titles, meetings, quotes, trade figures with qualifiers and periods,
signed documents, and the page junk saved pages carry (menus, save-day headers such as
"Flag Friday, 29 March 2024", share lines, footers). Some articles are whole HTML pages.
The officials are fictional.

Article ``i`` depends only on ``(seed, i)``, so the first 200 articles of a 1000-article
corpus are the 200 articles of a 200-article corpus.

    python bench/make_corpus.py --n 1000 --out /tmp/corpus --format files
    python bench/make_corpus.py --n 100000 --out /tmp/corpus --format jsonl

As a module: ``articles(n, seed)`` yields ``(name, text)``; names end in .txt or .html.
"""

from __future__ import annotations

import argparse
import html as htmlmod
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HTML_SHARE = 0.25
LANG_WEIGHTS = (("en", 0.6), ("de", 0.2), ("ru", 0.2))


@dataclass(frozen=True)
class Country:
    iso3: str
    en: str
    adj: str
    capital: str
    de: str
    de_capital: str
    ru: str
    ru_gen: str
    ru_prep: str  # after "в"
    ru_instr: str
    ru_capital: str
    outlet: str
    outlet_ru: str
    domain: str


COUNTRIES = {c.iso3: c for c in [
    Country("BLR", "Belarus", "Belarusian", "Minsk", "Belarus", "Minsk", "Беларусь", "Беларуси", "Беларуси",
            "Беларусью", "Минск", "BelTA", "БЕЛТА", "eng.belta.by"),
    Country("KAZ", "Kazakhstan", "Kazakh", "Astana", "Kasachstan", "Astana", "Казахстан", "Казахстана",
            "Казахстане", "Казахстаном", "Астана", "Kazinform", "Казинформ", "inform.kz"),
    Country("RUS", "Russia", "Russian", "Moscow", "Russland", "Moskau", "Россия", "России", "России",
            "Россией", "Москва", "TASS", "ТАСС", "tass.com"),
    Country("UZB", "Uzbekistan", "Uzbek", "Tashkent", "Usbekistan", "Taschkent", "Узбекистан", "Узбекистана",
            "Узбекистане", "Узбекистаном", "Ташкент", "UzA", "УзА", "uza.uz"),
    Country("KGZ", "Kyrgyzstan", "Kyrgyz", "Bishkek", "Kirgisistan", "Bischkek", "Кыргызстан", "Кыргызстана",
            "Кыргызстане", "Кыргызстаном", "Бишкек", "Kabar", "Кабар", "kabar.kg"),
    Country("CHN", "China", "Chinese", "Beijing", "China", "Peking", "Китай", "Китая", "Китае", "Китаем",
            "Пекин", "Xinhua", "Синьхуа", "news.cn"),
    Country("AZE", "Azerbaijan", "Azerbaijani", "Baku", "Aserbaidschan", "Baku", "Азербайджан", "Азербайджана",
            "Азербайджане", "Азербайджаном", "Баку", "Trend", "Тренд", "trend.az"),
    Country("ARM", "Armenia", "Armenian", "Yerevan", "Armenien", "Eriwan", "Армения", "Армении", "Армении",
            "Арменией", "Ереван", "Armenpress", "Арменпресс", "armenpress.am"),
    Country("DEU", "Germany", "German", "Berlin", "Deutschland", "Berlin", "Германия", "Германии", "Германии",
            "Германией", "Берлин", "dpa", "dpa", "dpa.com"),
    Country("TUR", "Turkey", "Turkish", "Ankara", "Türkei", "Ankara", "Турция", "Турции", "Турции", "Турцией",
            "Анкара", "Anadolu", "Анадолу", "aa.com.tr"),
]}

PAIRS = [("BLR", "KAZ"), ("BLR", "RUS"), ("KAZ", "RUS"), ("KAZ", "UZB"), ("KAZ", "CHN"), ("UZB", "KGZ"),
         ("BLR", "UZB"), ("RUS", "CHN"), ("AZE", "TUR"), ("ARM", "RUS"), ("DEU", "KAZ"), ("DEU", "UZB"),
         ("BLR", "CHN"), ("AZE", "KAZ"), ("KGZ", "RUS"), ("TUR", "UZB"), ("ARM", "DEU"), ("BLR", "AZE")]

# Fictional officials: (English, Russian nominative, Russian instrumental, gender), by role:
# 0 head of state, 1 head of government, 2 foreign minister, 3 speaker, 4 ambassador, 5 economy minister.
PEOPLE: dict[str, list[tuple[str, str, str, str]]] = {
    "BLR": [("Viktor Sharko", "Виктор Шарко", "Виктором Шарко", "m"),
            ("Igor Batura", "Игорь Батура", "Игорем Батурой", "m"),
            ("Sergei Marchuk", "Сергей Марчук", "Сергеем Марчуком", "m"),
            ("Natalya Kovalenko", "Наталья Коваленко", "Натальей Коваленко", "f"),
            ("Dmitry Lesnikov", "Дмитрий Лесников", "Дмитрием Лесниковым", "m"),
            ("Olga Drozdova", "Ольга Дроздова", "Ольгой Дроздовой", "f")],
    "KAZ": [("Askar Zhumabekov", "Аскар Жумабеков", "Аскаром Жумабековым", "m"),
            ("Yerlan Sadykov", "Ерлан Садыков", "Ерланом Садыковым", "m"),
            ("Timur Abenov", "Тимур Абенов", "Тимуром Абеновым", "m"),
            ("Aigul Nurlanova", "Айгуль Нурланова", "Айгуль Нурлановой", "f"),
            ("Daniyar Kassymov", "Данияр Касымов", "Данияром Касымовым", "m"),
            ("Marat Ospanov", "Марат Оспанов", "Маратом Оспановым", "m")],
    "RUS": [("Mikhail Voronov", "Михаил Воронов", "Михаилом Вороновым", "m"),
            ("Andrei Sokolov", "Андрей Соколов", "Андреем Соколовым", "m"),
            ("Pavel Gromov", "Павел Громов", "Павлом Громовым", "m"),
            ("Yelena Belova", "Елена Белова", "Еленой Беловой", "f"),
            ("Nikolai Orlov", "Николай Орлов", "Николаем Орловым", "m"),
            ("Alexei Zimin", "Алексей Зимин", "Алексеем Зиминым", "m")],
    "UZB": [("Rustam Yuldashev", "Рустам Юлдашев", "Рустамом Юлдашевым", "m"),
            ("Bakhtiyor Nazarov", "Бахтиёр Назаров", "Бахтиёром Назаровым", "m"),
            ("Sherzod Umarov", "Шерзод Умаров", "Шерзодом Умаровым", "m"),
            ("Dilnoza Rakhimova", "Дилноза Рахимова", "Дилнозой Рахимовой", "f"),
            ("Jamshid Alimov", "Джамшид Алимов", "Джамшидом Алимовым", "m"),
            ("Farrukh Ergashev", "Фаррух Эргашев", "Фаррухом Эргашевым", "m")],
    "KGZ": [("Almazbek Toktogulov", "Алмазбек Токтогулов", "Алмазбеком Токтогуловым", "m"),
            ("Nurlan Asanov", "Нурлан Асанов", "Нурланом Асановым", "m"),
            ("Kubanych Saparov", "Кубаныч Сапаров", "Кубанычем Сапаровым", "m"),
            ("Gulnara Osmonova", "Гульнара Осмонова", "Гульнарой Осмоновой", "f"),
            ("Azamat Beishenov", "Азамат Бейшенов", "Азаматом Бейшеновым", "m"),
            ("Erkin Mamytov", "Эркин Мамытов", "Эркином Мамытовым", "m")],
    "CHN": [("Wang Jianguo", "Ван Цзяньго", "Ван Цзяньго", "m"),
            ("Li Mingzhe", "Ли Минчжэ", "Ли Минчжэ", "m"),
            ("Zhang Wei", "Чжан Вэй", "Чжан Вэем", "m"),
            ("Liu Yanping", "Лю Яньпин", "Лю Яньпин", "f"),
            ("Chen Hongbo", "Чэнь Хунбо", "Чэнь Хунбо", "m"),
            ("Zhao Dewei", "Чжао Дэвэй", "Чжао Дэвэем", "m")],
    "AZE": [("Elchin Mammadov", "Эльчин Мамедов", "Эльчином Мамедовым", "m"),
            ("Rashad Guliyev", "Рашад Гулиев", "Рашадом Гулиевым", "m"),
            ("Farid Ismayilov", "Фарид Исмаилов", "Фаридом Исмаиловым", "m"),
            ("Leyla Hasanova", "Лейла Гасанова", "Лейлой Гасановой", "f"),
            ("Anar Huseynov", "Анар Гусейнов", "Анаром Гусейновым", "m"),
            ("Tural Nasirov", "Турал Насиров", "Туралом Насировым", "m")],
    "ARM": [("Armen Petrosyan", "Армен Петросян", "Арменом Петросяном", "m"),
            ("Davit Hakobyan", "Давид Акопян", "Давидом Акопяном", "m"),
            ("Gevorg Grigoryan", "Геворг Григорян", "Геворгом Григоряном", "m"),
            ("Anna Sargsyan", "Анна Саргсян", "Анной Саргсян", "f"),
            ("Tigran Avetisyan", "Тигран Аветисян", "Тиграном Аветисяном", "m"),
            ("Hayk Martirosyan", "Айк Мартиросян", "Айком Мартиросяном", "m")],
    "DEU": [("Thomas Becker", "Томас Беккер", "Томасом Беккером", "m"),
            ("Stefan Hartmann", "Штефан Хартман", "Штефаном Хартманом", "m"),
            ("Katrin Vogel", "Катрин Фогель", "Катрин Фогель", "f"),
            ("Sabine Krüger", "Сабина Крюгер", "Сабиной Крюгер", "f"),
            ("Markus Weber", "Маркус Вебер", "Маркусом Вебером", "m"),
            ("Jürgen Albrecht", "Юрген Альбрехт", "Юргеном Альбрехтом", "m")],
    "TUR": [("Mehmet Yilmaz", "Мехмет Йылмаз", "Мехметом Йылмазом", "m"),
            ("Kemal Ozturk", "Кемаль Озтюрк", "Кемалем Озтюрком", "m"),
            ("Hakan Celik", "Хакан Челик", "Хаканом Челиком", "m"),
            ("Ayse Demir", "Айше Демир", "Айше Демир", "f"),
            ("Emre Sahin", "Эмре Шахин", "Эмре Шахином", "m"),
            ("Murat Kaya", "Мурат Кая", "Муратом Кая", "m")],
}

EN_TITLES = ["President of {c}", "Prime Minister of {c}", "Minister of Foreign Affairs of {c}",
             "Chairman of the Parliament of {c}", "Ambassador of {c} to {h}", "Minister of Economy of {c}"]
EN_TITLES_SHORT = ["{a} President", "{a} Prime Minister", "{a} Foreign Minister", "{a} parliament speaker",
                   "{a} Ambassador to {h}", "{a} Economy Minister"]
DE_TITLES_DAT = ["Präsidenten von {c}", "Premierminister von {c}", "Außenminister von {c}",
                 "Parlamentspräsidenten von {c}", "Botschafter von {c} in {h}", "Wirtschaftsminister von {c}"]
DE_TITLES = {"m": ["Präsident von {c}", "Premierminister von {c}", "Außenminister von {c}",
                   "Parlamentspräsident von {c}", "Botschafter von {c} in {h}", "Wirtschaftsminister von {c}"],
             "f": ["Präsidentin von {c}", "Premierministerin von {c}", "Außenministerin von {c}",
                   "Parlamentspräsidentin von {c}", "Botschafterin von {c} in {h}",
                   "Wirtschaftsministerin von {c}"]}
RU_TITLES = [("Президент {g}", "Президентом {g}"), ("Премьер-министр {g}", "Премьер-министром {g}"),
             ("Министр иностранных дел {g}", "Министром иностранных дел {g}"),
             ("Председатель парламента {g}", "Председателем парламента {g}"),
             ("Посол {g} в {h}", "Послом {g} в {h}"), ("Министр экономики {g}", "Министром экономики {g}")]

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                 "октября", "ноября", "декабря"]
RU_MONTHS_PREP = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре",
                  "октябре", "ноябре", "декабре"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
RU_DAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]

AREAS_EN = ["trade", "transport and logistics", "agriculture", "industry", "energy", "education", "healthcare",
            "tourism", "digital technologies", "science", "culture", "customs", "investment"]
AREAS_DE = ["Handel", "Verkehr und Logistik", "Landwirtschaft", "Industrie", "Energie", "Bildung",
            "Gesundheitswesen", "Tourismus", "Digitalisierung", "Wissenschaft", "Kultur", "Investitionen"]
AREAS_RU = ["торговли", "транспорта и логистики", "сельского хозяйства", "промышленности", "энергетики",
            "образования", "здравоохранения", "туризма", "цифровых технологий", "науки", "культуры",
            "инвестиций"]

QUOTES_EN = [
    "{c2} is our reliable partner and friend. We have no closed topics for discussion",
    "Our relations are developing dynamically in all areas, and we are ready to take them to a new level",
    "We are interested in expanding cooperation in {area}, and there is a lot of potential here",
    "The agreements reached today will give a new impetus to our bilateral relations",
    "We must make full use of the opportunities of our countries in {area}",
    "Our countries hold similar views on many issues of the international agenda",
    "I am confident that the visit will strengthen the friendship between our peoples",
    "We need to remove the remaining barriers in mutual trade as soon as possible",
    "Joint projects in {area} are the best evidence of the trust between our countries",
    "There is no doubt that our partnership has a good future",
]
QUOTES_DE = [
    "{c2} ist für uns ein verlässlicher Partner, und wir wollen die Zusammenarbeit weiter ausbauen",
    "Unsere Beziehungen entwickeln sich in allen Bereichen dynamisch",
    "Im Bereich {area} gibt es noch viel ungenutztes Potenzial",
    "Die heute erzielten Vereinbarungen geben unseren Beziehungen neue Impulse",
    "Wir haben sehr gute und freundschaftliche Beziehungen, die sich im Laufe der Zeit bewährt haben",
    "Die Handelsbarrieren zwischen unseren Ländern müssen so schnell wie möglich abgebaut werden",
    "Gemeinsame Projekte im Bereich {area} zeigen das Vertrauen zwischen unseren Ländern",
]
QUOTES_RU = [
    "{c2} является нашим надежным партнером и другом, у нас нет закрытых тем для обсуждения",
    "Наши отношения динамично развиваются во всех сферах, и мы готовы вывести их на новый уровень",
    "Мы заинтересованы в расширении сотрудничества в сфере {area}, здесь большой потенциал",
    "Достигнутые сегодня договоренности придадут новый импульс двусторонним отношениям",
    "Наши страны придерживаются схожих позиций по многим вопросам международной повестки",
    "Необходимо как можно скорее устранить оставшиеся барьеры во взаимной торговле",
    "Совместные проекты в сфере {area} лучше всего говорят о доверии между нашими странами",
]

BACKGROUND_EN = [
    "The sides discussed the implementation of agreements reached at the highest level, the development of "
    "industrial cooperation and the creation of joint ventures. Particular attention was paid to logistics, "
    "including the use of transit corridors and the simplification of border procedures for freight carriers.",
    "The meeting also touched upon cooperation within integration associations and international "
    "organizations. The parties noted the coincidence or closeness of their positions on most issues and "
    "agreed to continue regular consultations between the foreign ministries.",
    "Among the promising areas of cooperation, the officials named mechanical engineering, the "
    "pharmaceutical industry, food security and the exchange of students. The regions of the two countries "
    "are expected to play a more active role in direct economic ties.",
    "The intergovernmental commission on trade and economic cooperation is scheduled to hold its next "
    "meeting later this year. Its working groups are preparing a package of documents for signing.",
]
BACKGROUND_DE = [
    "Die Seiten erörterten die Umsetzung der auf höchster Ebene getroffenen Vereinbarungen, die "
    "Entwicklung der industriellen Kooperation und die Gründung gemeinsamer Unternehmen. Besondere "
    "Aufmerksamkeit galt der Logistik und der Vereinfachung der Grenzverfahren.",
    "Als vielversprechende Bereiche wurden der Maschinenbau, die Pharmaindustrie, die "
    "Ernährungssicherheit und der Studentenaustausch genannt. Die Regionen sollen eine aktivere Rolle "
    "bei den direkten Wirtschaftsbeziehungen spielen.",
]
BACKGROUND_RU = [
    "Стороны обсудили ход реализации договоренностей, достигнутых на высшем уровне, развитие "
    "промышленной кооперации и создание совместных предприятий. Особое внимание было уделено логистике, "
    "в том числе использованию транзитных коридоров и упрощению пограничных процедур.",
    "В числе перспективных направлений сотрудничества были названы машиностроение, фармацевтика, "
    "продовольственная безопасность и обмен студентами. Регионы двух стран должны играть более активную "
    "роль в развитии прямых экономических связей.",
]

MENUS_EN = [["Projects", "Government Bodies", "All news", "Politics"], ["Home", "News", "Politics", "Economy"],
            ["Events", "International community"], ["Main", "World", "Business", "Society", "Sport"]]
MENUS_DE = [["Startseite", "Nachrichten", "Politik", "Wirtschaft"], ["Alle Nachrichten", "Politik"]]
MENUS_RU = [["Главная", "Новости", "Политика", "Экономика"], ["Все новости", "Политика", "Общество"]]
SHARES = {"en": ["Share on Facebook", "Share on VK", "Share on Twitter", "Share on Telegram"],
          "de": ["Teilen auf Facebook", "Teilen auf Twitter"],
          "ru": ["Поделиться", "ВКонтакте", "Telegram"]}
FOOTERS = {"en": ["Subscribe to us", "Twitter", "Recent news from {c1}", "© {y} {outlet}. All rights reserved."],
           "de": ["Abonnieren", "Alle Rechte vorbehalten. © {y} {outlet}", "Weiterlesen"],
           "ru": ["Подписаться на новости", "Все права защищены © {y} {outlet}", "Читать далее"]}


DE_TRANSLIT = {"Zh": "Sch", "zh": "sch", "Sh": "Sch", "sh": "sch", "Kh": "Ch", "kh": "ch", "ch": "tsch",
               "Ye": "Je", "Yu": "Ju", "ya": "ja", "iy": "ij", "yo": "jo", "v": "w", "V": "W", "ts": "z",
               "Z": "S", "z": "s", "j": "dsch", "J": "Dsch"}
DE_TRANSLIT_RE = re.compile("|".join(sorted(DE_TRANSLIT, key=len, reverse=True)))


def de_name(en: str, iso3: str) -> str:
    """German spelling of a transliterated name (Zhumabekov -> Schumabekow)."""
    if iso3 in {"DEU", "CHN", "TUR", "AZE", "ARM"}:
        return en
    return DE_TRANSLIT_RE.sub(lambda m: DE_TRANSLIT[m.group(0)], en)


@dataclass
class Official:
    iso3: str
    role: int
    en: str
    de: str
    ru: str
    ru_instr: str
    gender: str
    host: str  # the country an ambassador is posted to

    @property
    def surname(self) -> str:
        return self.en.split()[-1]

    def title(self, lang: str, short: bool = False, instr: bool = False, dative: bool = False) -> str:
        c, h = COUNTRIES[self.iso3], COUNTRIES[self.host]
        if lang == "en":
            tpl = (EN_TITLES_SHORT if short else EN_TITLES)[self.role]
            return tpl.format(c=c.en, a=c.adj, h=h.en)
        if lang == "de":
            if dative and self.gender == "m":
                return DE_TITLES_DAT[self.role].format(c=c.de, h=h.de)
            return DE_TITLES[self.gender][self.role].format(c=c.de, h=h.de)
        nom, ins = RU_TITLES[self.role]
        return (ins if instr else nom).format(g=c.ru_gen, h=h.ru_prep)

    def name(self, lang: str, instr: bool = False) -> str:
        if lang == "en":
            return self.en
        if lang == "de":
            return self.de
        return self.ru_instr if instr else self.ru


def official(rng: random.Random, iso3: str, host: str, roles: list[int]) -> Official:
    role = rng.choice(roles)
    en, ru, ru_instr, gender = PEOPLE[iso3][role]
    return Official(iso3, role, en, de_name(en, iso3), ru, ru_instr, gender, host)


def pron(o: Official, lang: str) -> str:
    return {"en": {"m": "he", "f": "she"}, "de": {"m": "er", "f": "sie"}, "ru": {"m": "он", "f": "она"}}[lang][o.gender]


def ru_verb(o: Official, stem: str) -> str:
    return stem + ("а" if o.gender == "f" else "")


def num_en(v: float) -> str:
    return f"{v:,.1f}".rstrip("0").rstrip(".")


def num_de(v: float) -> str:
    return num_en(v).replace(",", " ").replace(".", ",").replace(" ", ".")


def money(rng: random.Random, lang: str, value: float) -> str:
    """A dollar amount as agencies write it: "$1.2 billion", "1,2 Milliarden US-Dollar", "$1,2 млрд"."""
    big = value >= 1e9
    v = value / (1e9 if big else 1e6)
    v = round(v, 1) if v < 100 else round(v)
    if lang == "en":
        scale = "billion" if big else "million"
        return rng.choice([f"${num_en(v)} {scale}", f"{num_en(v)} {scale} US dollars", f"${num_en(v)} {scale}"])
    if lang == "de":
        scale = ("Milliarden" if v != 1 else "Milliarde") if big else ("Millionen" if v != 1 else "Million")
        return rng.choice([f"{num_de(v)} {scale} US-Dollar", f"{num_de(v)} {scale} Dollar",
                           f"${num_de(v)} {'Mrd.' if big else 'Mio.'}"])
    scale = "млрд" if big else "млн"
    return rng.choice([f"${num_de(v)} {scale}", f"{num_de(v)} {scale} долларов", f"{num_de(v)} {scale} долларов США"])


def period(rng: random.Random, lang: str, year: int) -> str:
    kind = rng.randrange(6)
    m2 = rng.randrange(2, 12)
    if lang == "en":
        return [f"in {year}", f"in January-{EN_MONTHS[m2]} {year}", f"in the first half of {year}",
                f"in the first quarter of {year}", f"in the first {['three', 'six', 'nine'][m2 % 3]} months of {year}",
                "last year"][kind]
    if lang == "de":
        return [f"im Jahr {year}", f"von Januar bis {DE_MONTHS[m2]} {year}", f"im ersten Halbjahr {year}",
                f"im ersten Quartal {year}", f"in den ersten neun Monaten {year}", "im vergangenen Jahr"][kind]
    return [f"в {year} году", f"в январе-{RU_MONTHS_PREP[m2]} {year} года", f"в первом полугодии {year} года",
            f"в первом квартале {year} года", f"по итогам {year} года", "в прошлом году"][kind]


QUALIFIERS = {"en": ["", "around ", "almost ", "over ", "more than ", "nearly ", "about ", "approximately "],
              "de": ["", "rund ", "etwa ", "fast ", "mehr als ", "über "],
              "ru": ["", "около ", "почти ", "более ", "свыше ", "порядка "]}


def figure_paragraph(rng: random.Random, lang: str, c1: Country, c2: Country, year: int, speaker: Official) -> str:
    value = rng.choice([rng.uniform(40e6, 990e6), rng.uniform(1e9, 30e9)])
    q = rng.choice(QUALIFIERS[lang])
    amount = money(rng, lang, value)
    per = period(rng, lang, year)
    pct = round(rng.uniform(2, 60), rng.choice([0, 1]))
    target = money(rng, lang, value * rng.choice([1.5, 2, 3]))
    goal_year = year + rng.randrange(2, 6)
    if lang == "en":
        up = rng.choice([f", up {num_en(pct)}% year-on-year", f", an increase of {num_en(pct)} percent",
                         f", down {num_en(pct)}% compared to the previous year", ""])
        return rng.choice([
            f"Trade between {c1.en} and {c2.en} amounted to {q}{amount} {per}{up}.",
            f"{per[0].upper() + per[1:]}, {c1.adj}-{c2.adj} trade turnover reached {q}{amount}{up}, "
            f"{speaker.name('en')} noted.",
            f"{c1.adj} exports to {c2.en} totaled {q}{amount} {per}. The sides aim to bring bilateral trade "
            f"to {target} by {goal_year}.",
            f"According to the {c1.adj} statistics committee, mutual trade grew by {num_en(pct)}% {per} "
            f"and amounted to {q}{amount}.",
        ])
    if lang == "de":
        return rng.choice([
            f"Der Handelsumsatz zwischen {c1.de} und {c2.de} belief sich {per} auf {q}{amount}.",
            f"{per[0].upper() + per[1:]} stieg der Warenaustausch um {num_de(pct)} Prozent auf {q}{amount}, "
            f"sagte {speaker.name('de')}.",
            f"Bis {goal_year} wollen beide Seiten das Handelsvolumen auf {target} steigern. "
            f"{per[0].upper() + per[1:]} lag es bei {q}{amount}.",
        ])
    return rng.choice([
        f"Товарооборот между {c1.ru_instr} и {c2.ru_instr} {per} составил {q}{amount}.",
        f"{per[0].upper() + per[1:]} товарооборот {c1.ru_gen} и {c2.ru_gen} вырос на {num_de(pct)}% "
        f"и достиг {q}{amount}, {ru_verb(speaker, 'сообщил')} {speaker.name('ru')}.",
        f"Стороны намерены довести товарооборот до {target} к {goal_year} году. {per[0].upper() + per[1:]} "
        f"он составил {q}{amount}.",
    ])


def d_m(lang: str, d: date) -> str:
    if lang == "en":
        return f"{d.day} {EN_MONTHS[d.month - 1]}"
    if lang == "de":
        return f"{d.day}. {DE_MONTHS[d.month - 1]}"
    return f"{d.day} {RU_MONTHS_GEN[d.month - 1]}"


def d_m_y(lang: str, d: date) -> str:
    return f"{d_m(lang, d)} {d.year}" + (" года" if lang == "ru" else "")


def save_day(lang: str, d: date) -> str:
    """The site header on the day the page was saved: "Flag Friday, 29 March 2024"."""
    if lang == "en":
        return f"Flag {EN_DAYS[d.weekday()]}, {d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    if lang == "de":
        return f"{DE_DAYS[d.weekday()]}, {d.day}. {DE_MONTHS[d.month - 1]} {d.year}"
    return f"{RU_DAYS[d.weekday()]}, {d.day} {RU_MONTHS_GEN[d.month - 1]} {d.year}"


def timestamp(rng: random.Random, lang: str, d: date) -> str | None:
    hm = f"{rng.randrange(7, 23):02d}:{rng.randrange(60):02d}"
    kind = rng.randrange(4)
    if kind == 0:
        return f"{d.day:02d} {EN_MONTHS[d.month - 1]} {d.year}, {hm}" if lang == "en" else \
            f"{d_m_y(lang, d)}, {hm}".replace(" года,", ",")
    if kind == 1:
        return f"{hm}, {d_m(lang, d)}"  # no year
    if kind == 2 and lang == "en":
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    return None


@dataclass
class Article:
    lang: str
    title: str
    published: date
    head: list[str]
    paragraphs: list[str]
    tail: list[str]
    outlet: str
    url: str

    def text(self) -> str:
        return "\n".join(self.head) + "\n\n" + "\n\n".join(self.paragraphs) + "\n\n" + "\n".join(self.tail) + "\n"


def build(rng: random.Random, i: int) -> Article:
    lang = rng.choices([lg for lg, _ in LANG_WEIGHTS], [w for _, w in LANG_WEIGHTS])[0]
    a, b = rng.choice(PAIRS)
    if rng.random() < 0.5:
        a, b = b, a
    c1, c2 = COUNTRIES[a], COUNTRIES[b]  # c1 is the host: dateline, outlet
    day = date(2014, 1, 1) + timedelta(days=rng.randrange(12 * 365))
    saved = day + timedelta(days=rng.randrange(1, 900))
    p1 = official(rng, a, b, [0, 1, 2, 3, 5])
    p2 = official(rng, b, a, [0, 1, 2, 3, 4, 4, 5])
    area = rng.choice({"en": AREAS_EN, "de": AREAS_DE, "ru": AREAS_RU}[lang])
    agency = c1.outlet_ru if lang == "ru" else c1.outlet
    city = {"en": c1.capital, "de": c1.de_capital, "ru": c1.ru_capital}[lang]
    paras: list[str] = []
    if lang == "en":
        title = rng.choice([
            f"{p1.surname}: {c2.en} is {c1.en}'s reliable partner",
            f"{c1.en}, {c2.en} discuss cooperation in {area}",
            f"{p1.surname} meets with {c2.adj} {p2.title('en', short=True).split(' ', 1)[1]}",
            f"{c1.adj}-{c2.adj} trade on the rise",
            f"{c1.en} and {c2.en} to step up cooperation in {area}",
        ])
        lead = rng.choice([
            f"{city.upper()}, {d_m('en', day)} ({agency}) – {p1.title('en')} {p1.en} met with "
            f"{p2.title('en')} {p2.en} on {d_m('en', day)}, {agency} has learned.",
            f"{city.upper()}, {d_m('en', day)} ({agency}) – {p1.title('en')} {p1.en} held talks with "
            f"{p2.title('en', short=True)} {p2.en} in {city} on {EN_DAYS[day.weekday()]}, {agency} reports.",
            f"{city.upper()}, {d_m('en', day)} ({agency}) – {p1.en}, {p1.title('en')}, received "
            f"{p2.title('en')} {p2.en} in {city} on {d_m_y('en', day)}.",
            f"{city.upper()}, {d_m('en', day)} ({agency}) – {p1.title('en', short=True)} {p1.en} and "
            f"{p2.title('en', short=True)} {p2.en} held a phone conversation on {d_m('en', day)}.",
        ])
        paras.append(lead)
        for q in rng.sample(QUOTES_EN, rng.randrange(2, 5)):
            sp = rng.choice([p1, p2])
            other = c2 if sp is p1 else c1
            q = q.format(c2=other.en, area=area)
            paras.append(rng.choice([
                f"“{q},” {sp.en} said.",
                f"{sp.en} noted: “{q}.”",
                f"“{q},” the {sp.title('en', short=True).split(' ', 1)[1].lower()} stressed.",
                f"According to {'her' if sp.gender == 'f' else 'him'}, the countries "
                f"have good prospects in {area}. “{q},” {pron(sp, 'en')} added.",
            ]))
        if rng.random() < 0.8:
            paras.append(figure_paragraph(rng, "en", c1, c2, day.year - rng.randrange(0, 2), rng.choice([p1, p2])))
        if rng.random() < 0.35:
            paras.append(rng.choice([
                f"Following the talks, the sides signed a memorandum of understanding on cooperation in {area}.",
                f"The Agreement between the Government of {c1.en} and the Government of {c2.en} on "
                f"cooperation in {area} was signed in the presence of the two officials.",
                f"A roadmap for cooperation in {area} for {day.year}-{day.year + 2} was signed during the visit.",
            ]))
        if rng.random() < 0.6:
            paras.append(f"{p2.en} thanked {p1.en} for the warm welcome. {pron(p2, 'en').capitalize()} "
                         f"expressed confidence that cooperation between {c1.en} and {c2.en} in {area} "
                         f"will keep growing.")
        paras[2:2] = rng.sample(BACKGROUND_EN, rng.randrange(1, 4))
        if rng.random() < 0.4:
            paras.append(f"{c1.en} and {c2.en} established diplomatic relations in "
                         f"{rng.randrange(1991, 1996)}. Over the years, more than {rng.randrange(20, 90)} "
                         f"intergovernmental documents have been signed.")
    elif lang == "de":
        title = rng.choice([
            f"{c1.de} und {c2.de} bauen Zusammenarbeit aus",
            f"{p1.de.split()[-1]} trifft {p2.de}",
            f"Handel zwischen {c1.de} und {c2.de} wächst",
        ])
        verb = rng.choice(["traf sich mit", "empfing", "führte Gespräche mit"])
        paras.append(
            f"{city.upper()}, {d_m('de', day)} ({agency}) – {p1.title('de')} {p1.de} {verb} "
            f"{'der' if p2.gender == 'f' else 'dem'} {p2.title('de', dative=True)}, {p2.de}.")
        for q in rng.sample(QUOTES_DE, rng.randrange(2, 4)):
            sp = rng.choice([p1, p2])
            other = c2 if sp is p1 else c1
            q = q.format(c2=other.de, area=area)
            paras.append(rng.choice([f"„{q}“, sagte {sp.de}.", f"{sp.de} betonte: „{q}.“",
                                     f"„{q}“, erklärte {sp.de} vor Journalisten."]))
        if rng.random() < 0.8:
            paras.append(figure_paragraph(rng, "de", c1, c2, day.year - rng.randrange(0, 2), rng.choice([p1, p2])))
        paras[2:2] = rng.sample(BACKGROUND_DE, 2)
        if rng.random() < 0.3:
            paras.append(f"Im Anschluss unterzeichneten die Seiten ein Memorandum über die Zusammenarbeit "
                         f"im Bereich {area}.")
        if rng.random() < 0.5:
            paras.append(f"{p2.de} dankte für den herzlichen Empfang. {pron(p2, 'de').capitalize()} zeigte sich "
                         f"überzeugt, dass die Zusammenarbeit zwischen {c1.de} und {c2.de} weiter wachsen wird.")
    else:
        title = rng.choice([
            f"{c1.ru} и {c2.ru} расширяют сотрудничество в сфере {area}",
            f"{p1.ru} {ru_verb(p1, 'встретился')} с {p2.ru_instr}".replace("встретилсяа", "встретилась"),
            f"Товарооборот {c1.ru_gen} и {c2.ru_gen} растет",
        ])
        met = "встретилась" if p1.gender == "f" else "встретился"
        paras.append(rng.choice([
            f"{city.upper()}, {d_m('ru', day)}. /{agency}/. {p1.title('ru')} {p1.ru} {met} с "
            f"{p2.title('ru', instr=True)[0].lower() + p2.title('ru', instr=True)[1:]} {p2.ru_instr}, "
            f"сообщает корреспондент {agency}.",
            f"{city.upper()}, {d_m('ru', day)} ({agency}) – {p1.title('ru')} {p1.ru} "
            f"{'провела' if p1.gender == 'f' else 'провел'} переговоры с "
            f"{p2.title('ru', instr=True)[0].lower() + p2.title('ru', instr=True)[1:]} {p2.ru_instr} "
            f"{d_m_y('ru', day)}.",
        ]))
        for q in rng.sample(QUOTES_RU, rng.randrange(2, 4)):
            sp = rng.choice([p1, p2])
            other = c2 if sp is p1 else c1
            q = q.format(c2=other.ru, area=area)
            paras.append(rng.choice([f"«{q}», – {ru_verb(sp, 'заявил')} {sp.ru}.",
                                     f"{sp.ru} {ru_verb(sp, 'подчеркнул')}: «{q}».",
                                     f"«{q}», – {ru_verb(sp, 'отметил')} {sp.ru} журналистам."]))
        if rng.random() < 0.8:
            paras.append(figure_paragraph(rng, "ru", c1, c2, day.year - rng.randrange(0, 2), rng.choice([p1, p2])))
        paras[2:2] = rng.sample(BACKGROUND_RU, 2)
        if rng.random() < 0.3:
            paras.append(f"По итогам переговоров стороны подписали меморандум о сотрудничестве в сфере {area}.")
        if rng.random() < 0.5:
            paras.append(f"{p2.ru} {ru_verb(p2, 'поблагодарил')} за теплый прием и "
                         f"{ru_verb(p2, 'выразил')} уверенность в дальнейшем развитии отношений.")
    menus = {"en": MENUS_EN, "de": MENUS_DE, "ru": MENUS_RU}[lang]
    head: list[str] = []
    if rng.random() < 0.7:
        head += rng.choice(menus)
    if rng.random() < 0.6:
        head.insert(min(2, len(head)), save_day(lang, saved))
    ts = timestamp(rng, lang, day)
    if ts and rng.random() < 0.5:
        head += [ts, "", title]
    else:
        head += ["", title] + ([ts] if ts else [])
    if rng.random() < 0.4:
        k = rng.randrange(1, len(paras) + 1)
        paras[k:k] = ["\n".join("- " + s for s in SHARES[lang][: rng.randrange(1, 4)])]
    tail = [s.format(c1=c1.en, y=saved.year, outlet=c1.outlet) for s in FOOTERS[lang] if rng.random() < 0.7]
    slug = "-".join(title.lower().split()[:6]).strip(":,.'")
    url = f"https://{c1.domain}/{lang}/news/{day.year}/{day.month:02d}/{i}-{slug}"
    return Article(lang, title, day, head, paras, tail, c1.outlet, url)


def to_html(rng: random.Random, art: Article) -> str:
    """A whole saved page: head metadata, navigation, the article, related links, scripts, footer."""
    e = htmlmod.escape
    nav = "".join(f'<li><a href="/{art.lang}/{k}">{e(k)}</a></li>' for k in
                  ["News", "Politics", "Economy", "Society", "Regions", "World", "Sport", "Culture", "Photo",
                   "Video", "Interview", "Opinion", "Archive", "Contacts", "About"])
    related = "".join(f'<li><a href="/{art.lang}/news/{rng.randrange(10**6)}">{e(t)}</a></li>' for t in
                      rng.sample(["Parliament approves budget amendments", "New flights to open in summer",
                                  "Harvest campaign ahead of schedule", "Exhibition of national crafts opens",
                                  "Weather: rains expected at the weekend", "Forum of regions to be held in autumn",
                                  "Investors show interest in industrial parks", "Football: national team wins"], 5))
    body = "".join(f"<p>{e(p).replace(chr(10), '<br>')}</p>\n" for p in art.paragraphs)
    script = "var _cfg={" + ",".join(f'"k{k}":{rng.randrange(10**6)}' for k in range(400)) + "};"
    style = "".join(f".c{k}{{margin:{k % 7}px;padding:{k % 5}px;color:#{rng.randrange(16**6):06x}}}"
                    for k in range(250))
    sections = ["Politics", "Economy", "Society", "Regions", "World", "Sport", "Culture", "Science",
                "Health", "Technology", "Tourism", "Agriculture", "Industry", "Energy", "Finance"]
    sitemap = "".join(f'<li><a href="/{art.lang}/{s.lower()}/{k}">{s} {k}</a></li>' for s in sections
                      for k in ("news", "analytics", "interviews"))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
                     "datePublished": art.published.isoformat(), "inLanguage": art.lang,
                     "publisher": {"@type": "Organization", "name": art.outlet}}, ensure_ascii=False)
    iso = art.published.isoformat()
    return f"""<!DOCTYPE html>
<html lang="{art.lang}">
<head>
<meta charset="utf-8">
<title>{e(art.title)} | {e(art.outlet)}</title>
<meta property="og:title" content="{e(art.title)}">
<meta property="og:site_name" content="{e(art.outlet)}">
<meta property="og:url" content="{e(art.url)}">
<meta property="article:published_time" content="{iso}T{rng.randrange(7, 23):02d}:{rng.randrange(60):02d}:00+03:00">
<link rel="canonical" href="{e(art.url)}">
<link rel="stylesheet" href="/static/css/main.{rng.randrange(10**8):08x}.css">
<style>{style}</style>
<script type="application/ld+json">{ld}</script>
<script>{script}</script>
</head>
<body>
<header class="site-header"><div class="logo"><a href="/">{e(art.outlet)}</a></div>
<div class="today">{e(next((h for h in art.head if h[:1].isupper() and "," in h), ""))}</div>
<nav><ul class="menu">{nav}</ul></nav></header>
<main>
<div class="breadcrumbs"><a href="/">Home</a> / <a href="/{art.lang}/news">News</a></div>
<article class="news-item">
<h1>{e(art.title)}</h1>
<time datetime="{iso}">{iso}</time>
<div class="text">
{body}</div>
<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Telegram</a></div>
</article>
<aside class="related"><h3>Related news</h3><ul>{related}</ul></aside>
</main>
<div class="cookie">This website uses cookies to improve your experience. <button>Accept</button></div>
<footer><ul class="sitemap">{sitemap}</ul><p>{e(" ".join(art.tail))}</p><p>Reproduction of materials is allowed with a hyperlink.</p></footer>
<script src="/static/js/app.{rng.randrange(10**8):08x}.js"></script>
</body>
</html>
"""


def article(i: int, seed: int = 0) -> tuple[str, str, Article]:
    rng = random.Random(f"dyad-bench:{seed}:{i}")
    art = build(rng, i)
    if rng.random() < HTML_SHARE:
        return f"{i:06d}_{art.lang}.html", to_html(rng, art), art
    return f"{i:06d}_{art.lang}.txt", art.text(), art


def articles(n: int, seed: int = 0, start: int = 0) -> Iterator[tuple[str, str]]:
    """(name, text) for articles start .. start+n-1; names end in .html for whole pages."""
    for i in range(start, start + n):
        name, text, _ = article(i, seed)
        yield name, text


def jsonl_line(name: str, text: str, art: Article | None = None) -> str:
    """One JSONL record as dyad reads it: {"id", "url", "text"} or {"id", "url", "html"}."""
    obj = {"id": name, ("html" if name.endswith(".html") else "text"): text}
    if art is not None:
        obj["url"] = art.url
    return json.dumps(obj, ensure_ascii=False)


def write(n: int, out: Path, fmt: str, seed: int = 0) -> list[Path]:
    """Write n articles as files in `out`, or as one JSONL file `out/corpus.jsonl`. Returns what was written."""
    out.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        path = out / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i in range(n):
                fh.write(jsonl_line(*article(i, seed)) + "\n")
        return [path]
    paths = []
    for name, text in articles(n, seed):
        p = out / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000, help="number of articles")
    ap.add_argument("--out", type=Path, required=True, help="folder to write into")
    ap.add_argument("--format", choices=["files", "jsonl"], default="files")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    written = write(args.n, args.out, args.format, args.seed)
    print(f"wrote {args.n} articles to {written[0] if args.format == 'jsonl' else args.out}")


if __name__ == "__main__":
    main()


def record_copy(rec: Any, copy_no: int) -> Any:
    """Copy ``copy_no`` of an extracted record as a new document: its own id and source, and
    every date a week later per copy, so that copies spread over the years as news does."""
    import copy

    r = copy.deepcopy(rec)
    r.doc.doc_id = f"{copy_no:06x}{rec.doc.doc_id[6:]}"
    r.doc.source = f"{rec.doc.source}#{copy_no}"
    r.doc.published = shifted(r.doc.published, 7 * copy_no)
    for item in (*r.events, *r.agreements):
        item.date = shifted(item.date, 7 * copy_no)
    return r


def shifted(d: str | None, days: int) -> str | None:
    """An ISO date (or a --MM-DD day) moved by ``days``: copies of an article land on other days."""
    from datetime import date, timedelta

    if not d:
        return d
    try:
        if d.startswith("--"):  # a date without its year moves on too, and stays without one
            return (date.fromisoformat("2001" + d[1:]) + timedelta(days=days)).strftime("--%m-%d")
        return (date.fromisoformat(d) + timedelta(days=days)).isoformat()
    except ValueError:
        return d
