"""One event per clause: a sentence that tells several acts (coordinated predicates of one
subject, a second clause of another side after "while"/"während"/"а", a gerund after "by")
gives each act its own event with the people of its own clause."""

from __future__ import annotations

import pytest

import dyad
from dyad.extractors.cameo import code_sentence
from dyad.model import Event


def _events(text: str) -> list[Event]:
    return dyad.extract(text, source="clause.txt").events


def _people(events: list[Event], etype: str) -> set[str]:
    return {p.name_en.split()[-1] for e in events if e.type == etype for p in e.participants}


# Coordinated predicates of one subject: each encounter takes the subject and its own partner.
MET_AND_TALKED = [
    ("en", "ASTANA, 4 June 2024 - Kyrgyz Foreign Minister Jeenbek Kulubaev met Kazakh President Kassym-Jomart Tokayev "
           "and held talks with Kazakh Foreign Minister Murat Nurtleu.", "Tokayev", "Nurtleu"),
    ("en", "LIMA, 4 June 2024 - Chilean Foreign Minister Alberto van Klaveren received Peruvian Prime Minister Gustavo "
           "Adrianzen, held talks with Peruvian Foreign Minister Javier Gonzalez-Olaechea and signed a fisheries accord.",
     "Adrianzen", "Gonzalez-Olaechea"),
    ("de", "WIEN, 4. Juni 2024 - Der slowakische Außenminister Juraj Blanar traf den österreichischen Bundeskanzler "
           "Karl Nehammer und führte Gespräche mit dem österreichischen Außenminister Alexander Schallenberg.",
     "Nehammer", "Schallenberg"),
    ("ru", "МИНСК, 4 июня 2024 года - Министр иностранных дел Армении Арарат Мирзоян встретился с президентом Беларуси "
           "Александром Лукашенко и провел переговоры с министром иностранных дел Беларуси Максимом Рыженковым.",
     "Lukashenko", "Ryzhenkov"),
]


@pytest.mark.parametrize(("lang", "text", "met", "talked"), MET_AND_TALKED)
def test_each_encounter_takes_its_own_partner(lang: str, text: str, met: str, talked: str) -> None:
    events = _events(text)
    talks = _people(events, "talks")
    assert talked in talks and met not in talks, [(e.type, [p.name_en for p in e.participants]) for e in events]


def test_no_shared_subject_keeps_the_sentence_people() -> None:
    """"After talks with A, B signed ...": no one is named before the first act, so the acts
    are not split and the talks keep both leaders."""
    text = ("TASHKENT, 4 June 2024 - After talks with Uzbek President Shavkat Mirziyoyev, Turkmen President Serdar "
            "Berdimuhamedov signed a treaty on the border.")
    talks = _people(_events(text), "talks")
    assert "Mirziyoyev" in talks and any(n.startswith("Berdimuhamed") for n in talks), talks


COURTESY = [
    ("en", "HANOI, 4 June 2024 - Lao Prime Minister Sonexay Siphandone paid a courtesy call on Vietnamese President To Lam.",
     "Lam"),
    ("en", "NAIROBI, 4 June 2024 - Ugandan Foreign Minister Jeje Odongo paid a courtesy visit to Kenyan President William Ruto.",
     "Ruto"),
    ("de", "BERN, 4. Juni 2024 - Der italienische Außenminister Antonio Tajani machte einen Höflichkeitsbesuch bei der "
           "Schweizer Bundespräsidentin Viola Amherd.", "Amherd"),
    ("ru", "БАКУ, 4 июня 2024 года - Министр иностранных дел Грузии Илья Дарчиашвили нанес визит вежливости президенту "
           "Азербайджана Ильхаму Алиеву.", "Aliyev"),
]


@pytest.mark.parametrize(("lang", "text", "host"), COURTESY)
def test_a_courtesy_call_is_a_meeting(lang: str, text: str, host: str) -> None:
    events = _events(text)
    assert host in _people(events, "meeting"), [(e.type, e.rule) for e in events]
    assert not any(e.type == "visit" and e.rule.startswith("trigger:visit") for e in events)


# A clause of another side after a contrastive conjunction: its act is that side's.
OTHER_SIDE = [
    ("de", "Brasilien verurteilte den Angriff, während Kolumbien mit der Schließung der Grenze zu Venezuela drohte.",
     "13", "COL"),
    ("de", "Litauen protestierte gegen die Manöver, wohingegen Polen Belarus scharf kritisierte.", "11", "POL"),
    ("ru", "Эстония отозвала посла из Москвы, а Россия выслала двух эстонских дипломатов.", "161", "RUS"),
    ("ru", "Бразилия осудила удар, тогда как Колумбия пригрозила закрыть границу с Венесуэлой.", "13", "COL"),
    ("fr", "Le Mali a condamné l'attaque, tandis que le Niger a menacé de fermer sa frontière avec le Burkina Faso.",
     "13", "NER"),
]


@pytest.mark.parametrize(("lang", "sentence", "code", "actor"), OTHER_SIDE)
def test_second_clause_act_is_its_own_sides(lang: str, sentence: str, code: str, actor: str) -> None:
    events = code_sentence(sentence, lang)
    assert any(e.cameo.startswith(code) and (e.source or "")[:3] == actor for e in events), events


@pytest.mark.parametrize(("lang", "sentence", "actor"), [
    ("ru", "МИД Литвы вызвал посла Белоруссии, а также вручил ему ноту протеста.", "LTU"),
    ("ru", "МИД Латвии вызвал посла России, а затем выслал двух российских дипломатов.", "LVA"),
    ("de", "Polen verurteilte den Angriff, während des Treffens wies Polen zwei belarussische Diplomaten aus.", "POL"),
])
def test_also_keeps_the_shared_subject(lang: str, sentence: str, actor: str) -> None:
    """"..., а также вручил ему ноту", "а затем": the same subject's second act, no clause of
    its own; "während des Treffens" is the preposition, a time."""
    events = code_sentence(sentence, lang)
    assert events and all((e.source or "")[:3] == actor for e in events), events


GERUNDS = [
    ("Togo responded by expelling two Ghanaian diplomats.", "161", "TGO"),
    ("Norway retaliated by closing its embassy in Caracas.", "16", "NOR"),
    ("After summoning the Turkish envoy, the Greek foreign ministry expelled two Turkish diplomats.", "114", "GRC"),
]


@pytest.mark.parametrize(("sentence", "code", "actor"), GERUNDS)
def test_gerund_after_by_is_the_subjects_act(sentence: str, code: str, actor: str) -> None:
    events = code_sentence(sentence, "en")
    assert any(e.cameo.startswith(code) and (e.source or "")[:3] == actor for e in events), events


def test_gerund_after_without_is_no_act() -> None:
    assert not code_sentence("Peru ended the dispute without expelling the Ecuadorian ambassador.", "en")


# Two sides' acts in one sentence: each act's participants are those of its own clause.
TWO_SIDES = [
    ("ATHENS, 4 June 2024 - Greek Foreign Minister Giorgos Gerapetritis summoned the Turkish ambassador Cagatay "
     "Erciyes, while Turkish Foreign Minister Hakan Fidan accused Greece of provocations.", "112", "Fidan", "Gerapetritis"),
    ("WARSAW, 4 June 2024 - Polish Foreign Minister Radoslaw Sikorski condemned the Russian strike and Russian "
     "Foreign Minister Sergei Lavrov rejected the Polish note.", "120", "Lavrov", "Sikorski"),
    ("BERLIN, 4. Juni 2024 - Außenministerin Annalena Baerbock bestellte den russischen Botschafter Sergej "
     "Netschajew ein, während der russische Außenminister Sergej Lawrow Deutschland der Provokation beschuldigte.",
     "112", "Lavrov", "Baerbock"),
    ("МОСКВА, 4 июня 2024 года - Глава МИД Эстонии Маргус Цахкна отозвал посла из Москвы, а глава МИД России "
     "Сергей Лавров обвинил Таллин в провокации.", "112", "Lavrov", "Tsahkna"),
]


@pytest.mark.parametrize(("text", "code", "speaker", "other"), TWO_SIDES)
def test_each_sides_act_has_its_own_people(text: str, code: str, speaker: str, other: str) -> None:
    events = [e for e in _events(text) if e.cameo.startswith(code)]
    assert events, _events(text)
    names = {p.name_en.split()[-1] for p in events[0].participants}
    assert speaker in names and other not in names, names


# A Russian participle clause (perfective gerund) tells an act of its own, the subject's.
GERUND_CLAUSES = [
    ("МИД Польши вызвал временного поверенного Белоруссии, потребовав объяснений.", "10", "POL"),
    ("Президент Сербии Александр Вучич осудил решение Приштины, обвинив Косово в провокации.", "112", "SRB"),
    ("Правительство Молдавии отозвало посла из Москвы, осудив удары по Одессе.", "111", "MDA"),
]


@pytest.mark.parametrize(("sentence", "code", "actor"), GERUND_CLAUSES)
def test_russian_participle_clause_is_an_act(sentence: str, code: str, actor: str) -> None:
    events = code_sentence(sentence, "ru")
    assert any(e.cameo.startswith(code) and (e.source or "")[:3] == actor for e in events), events


# The act a threat names as a noun right after it is threatened, not done.
THREATENED_NOUNS = [
    ("de", "Kolumbien drohte mit der Schließung der Grenze zu Venezuela.", "COL"),
    ("de", "Ungarn drohte mit dem Abbruch der Beziehungen zu Schweden.", "HUN"),
    ("ru", "Колумбия пригрозила закрытием границы с Венесуэлой.", "COL"),
    ("ru", "Турция пригрозила Швеции высылкой посла.", "TUR"),
]


@pytest.mark.parametrize(("lang", "sentence", "actor"), THREATENED_NOUNS)
def test_threatened_act_noun_is_a_threat(lang: str, sentence: str, actor: str) -> None:
    events = code_sentence(sentence, lang)
    assert events and all(e.cameo.startswith("13") for e in events), events
    assert any((e.source or "")[:3] == actor for e in events), events


# A future word in a second predicate ("and will travel ...") does not make the first act planned.
LATER_PLANS = [
    "MINSK, 4 June 2024 - Belarusian President Alexander Lukashenko met Russian President Vladimir Putin on Tuesday "
    "and will travel to Kazan next week.",
    "HANOI, 4 June 2024 - Vietnamese Prime Minister Pham Minh Chinh received Thai Prime Minister Srettha Thavisin "
    "and is expected to visit Bangkok in July.",
    "MOSKAU, 4. Juni 2024 - Der belarussische Präsident Alexander Lukaschenko traf den russischen Präsidenten "
    "Wladimir Putin und wird nächste Woche nach Kasan reisen.",
    "МОСКВА, 4 июня 2024 года - Президент Беларуси Александр Лукашенко встретился с президентом России Владимиром "
    "Путиным и на следующей неделе посетит Казань.",
]


@pytest.mark.parametrize("text", LATER_PLANS)
def test_a_later_plan_leaves_the_encounter(text: str) -> None:
    assert any(e.type in {"meeting", "talks"} for e in _events(text)), _events(text)


def test_a_planned_encounter_stays_planned() -> None:
    text = ("ASTANA, 4 June 2024 - Kazakh President Kassym-Jomart Tokayev will meet Chinese President Xi Jinping "
            "and sign a treaty next week.")
    assert not any(e.type in {"meeting", "talks", "agreement_signing"} for e in _events(text))


# Each side's reduction of relations told in its own clause of one sentence: two acts.
EACH_SIDES_REDUCTION = [
    "BELGRADE, 4 June 2024 - Montenegro downgraded its relations with Serbia on Tuesday, with Serbia expelling "
    "the Montenegrin ambassador.",
    "LIMA, 4 June 2024 - Peru recalled its ambassador from Mexico on Monday, while Mexico expelled two Peruvian "
    "diplomats.",
    "МОСКВА, 4 июня 2024 года - Эстония отозвала посла из Москвы, а Россия выслала двух эстонских дипломатов.",
]


@pytest.mark.parametrize("text", EACH_SIDES_REDUCTION)
def test_each_sides_reduction_is_an_act(text: str) -> None:
    sides = {((e.source or "")[:3], (e.target or "")[:3]) for e in _events(text) if e.cameo.startswith("16")}
    assert len(sides) == 2 and all((t, s) in sides for s, t in sides), sides


def _coded(cameo: str, source: str, target: str, rule: str) -> Event:
    return Event(type="other", plover="", cameo=cameo, source=source, target=target, date=None, location=None,
                 participants=[], evidence=(0, 80), rule=rule)


def test_one_word_read_both_ways_is_one_act() -> None:
    from dyad.extractors.events import one_reading

    kept = one_reading([_coded("161", "SRBGOV", "MNEGOV", "cameo:expel diplomat"),
                        _coded("161", "MNEGOV", "SRBGOV", "cameo:expel diplomat nominal")])
    assert len(kept) == 1
    kept = one_reading([_coded("161", "SRBGOV", "MNEGOV", "cameo:expel diplomat"),
                        _coded("161", "MNEGOV", "SRBGOV", "cameo:downgrade relation")])
    assert len(kept) == 2


def test_a_summons_and_its_note_are_one_protest() -> None:
    from dyad.extractors.events import one_reading

    kept = one_reading([_coded("114", "ARMGOV", "RUSGOV", "cameo:summon envoy"),
                        _coded("114", "RUSGOV", "ARMGOV", "cameo:hand note")])
    assert len(kept) == 1


# A meeting named as the time of another act of the sentence is an encounter of its own.
MEETING_AS_TIME = [
    "ASTANA, 4 June 2024 - Kazakh President Kassym-Jomart Tokayev and Mongolian President Ukhnaagiin Khurelsukh "
    "signed a joint declaration following their meeting in Astana.",
    "DOHA, 4 June 2024 - After the meeting, Qatari Emir Tamim bin Hamad Al Thani and Turkish President Recep Tayyip "
    "Erdogan signed eleven agreements.",
    "BERLIN, 4. Juni 2024 - Nach dem Treffen unterzeichneten Bundeskanzler Olaf Scholz und der kenianische "
    "Präsident William Ruto ein Abkommen über Arbeitsmigration.",
]


@pytest.mark.parametrize("text", MEETING_AS_TIME)
def test_a_meeting_named_as_the_time_of_a_signing(text: str) -> None:
    types = {e.type for e in _events(text)}
    assert {"meeting", "agreement_signing"} <= types, types


def test_the_meeting_of_a_body_is_no_encounter() -> None:
    text = ("BRUSSELS, 4 June 2024 - Belgian Prime Minister Alexander De Croo spoke after the meeting of the NATO "
            "defence ministers.")
    assert not any(e.type == "meeting" for e in _events(text))


# A year in the clause of another act (a relative clause, a second main clause after a semicolon)
# dates that act, not the news act beside it.
OTHER_CLAUSE_YEAR = [
    "RABAT, 4 June 2024 - Morocco, which cut ties with Iran in 2018, on Tuesday expelled two Iranian diplomats.",
    "RABAT, 4 June 2024 - Morocco expelled two Iranian diplomats on Tuesday; the two countries cut ties in 2018.",
    "VILNIUS, 4 June 2024 - Lithuania, which closed its embassy in Minsk in 2021, on Monday summoned the "
    "Belarusian charge d'affaires.",
]


@pytest.mark.parametrize("text", OTHER_CLAUSE_YEAR)
def test_a_year_of_another_clause_leaves_the_news_act(text: str) -> None:
    events = _events(text)
    assert any(e.cameo.startswith(("161", "114")) and e.date and e.date.startswith("2024") for e in events), events


def test_a_year_of_the_acts_own_clause_makes_it_background() -> None:
    text = "RABAT, 4 June 2024 - In 2018, Morocco expelled two Iranian diplomats."
    assert not any(e.cameo.startswith("16") for e in _events(text))


# ... but a meeting named only as a time in a sentence that names no one is the encounter told again.
TIME_ONLY = [
    "DOHA, 4 June 2024 - Kyrgyz President Sadyr Japarov arrived in Doha on a state visit to Qatar. The talks were "
    "held at the Amiri Diwan. During the meeting, the sides discussed energy and transport.",
    "HANOI, 4 June 2024 - Mongolian President Ukhnaagiin Khurelsukh arrived in Hanoi on an official visit to Vietnam. "
    "Talks took place at the Presidential Palace. After the meeting, the sides adopted a joint statement.",
    "DOHA, 4. Juni 2024 - Der kirgisische Präsident Sadyr Dschaparow ist zu einem Staatsbesuch in Katar eingetroffen. "
    "Die Gespräche fanden im Amiri Diwan statt. Nach dem Treffen erörterten die Seiten Energie und Verkehr.",
]


@pytest.mark.parametrize("text", TIME_ONLY)
def test_a_nameless_meeting_named_as_a_time_adds_no_encounter(text: str) -> None:
    types = [e.type for e in _events(text)]
    assert "talks" in types and "meeting" not in types, types
