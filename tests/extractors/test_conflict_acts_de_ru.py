"""Conflict acts of German and Russian reports (and their English twins) that the unseen pages
of the a2evDERU audit told in general shapes: a government's protest is an official complaint,
not a rally; a participle standing before its noun is no act; border and coast guards are a
force of their state; people the report cannot name are no side; a fronted phrase of cause is
no subject; a word of a state's name is no event word; "посла и" is no genitive of a role.
Sentences written for the tests; each rule with a case it must not fire on."""

from __future__ import annotations

import pytest

import dyad
from dyad.extractors.cameo import code_sentence
from dyad.extractors.pair import focus_on_pair
from dyad.model import Doc, Event


def codes(sentence: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source, e.target) for e in code_sentence(sentence, lang)]


def roots(sentence: str, lang: str) -> list[str]:
    return [c for c, _s, _t in codes(sentence, lang)]


# ---------------------------------------------------------------- a government's protest


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Министерство иностранных дел Латвии ответило протестом на задержание латвийских рыбаков в России.", "ru"),
    ("Der Kreml reagierte mit Protest auf die Ausweisung zweier Diplomaten aus Estland.", "de"),
    ("The Chilean government answered with a protest against the Argentine naval exercise.", "en"),
])
def test_a_governments_protest_is_an_official_complaint(sentence: str, lang: str) -> None:
    got = roots(sentence, lang)
    assert "141" not in got, got
    if lang == "ru":  # the one of the three the tables code at all
        assert "114" in got, got


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Тысячи армян протестовали у посольства Турции в Ереване.", "ru"),
    ("Hunderte Serben demonstrierten vor der kroatischen Botschaft in Belgrad.", "de"),
    ("Thousands of Armenians rallied outside the Turkish embassy.", "en"),
])
def test_a_crowd_still_demonstrates(sentence: str, lang: str) -> None:
    assert "141" in roots(sentence, lang)


# ---------------------------------------------------------------- participles before a noun


@pytest.mark.parametrize(("sentence", "lang", "code"), [
    ("Родственники задержанных граждан Латвии обратились в посольство.", "ru", "173"),
    ("Семьи убитых солдат Армении потребовали расследования.", "ru", "19"),
    ("Die festgenommenen lettischen Staatsbürger wurden am Abend zur Botschaft gebracht.", "de", "173"),
    ("Chile verurteilte die von Argentinien angegriffene Grenzstation.", "de", "19"),
])
def test_a_participle_before_its_noun_is_no_act(sentence: str, lang: str, code: str) -> None:
    assert not any(c.startswith(code) for c in roots(sentence, lang)), codes(sentence, lang)


def test_the_finite_verb_and_the_predicate_participle_still_act() -> None:
    assert "173" in roots("Die estnische Polizei hat zwei lettische Staatsbürger festgenommen.", "de")
    assert "190" in roots("Russland hat die Ukraine angegriffen.", "de")
    assert "161" in roots("Власти Литвы выслали российского дипломата.", "ru")
    # "протестом" ends like a participle's "-том" but is a noun: still read
    assert "114" in roots("Министерство иностранных дел Эстонии ответило протестом на решение Москвы.", "ru")


# ---------------------------------------------------------------- border and coast guards


@pytest.mark.parametrize(("sentence", "lang", "source"), [
    ("Береговая охрана Японии задержала китайское рыболовное судно.", "ru", "JPNCOP"),
    ("Пограничники Казахстана задержали трёх граждан Китая.", "ru", "KAZCOP"),
    ("Ungarische Grenzschützer haben drei serbische Staatsbürger festgenommen.", "de", "HUNCOP"),
    ("Die griechische Küstenwache hat ein türkisches Fischerboot beschlagnahmt.", "de", "GRCCOP"),
    ("Iranian border guards arrested two Afghan citizens.", "en", "IRNCOP"),
])
def test_border_and_coast_guards_are_a_force_of_their_state(sentence: str, lang: str, source: str) -> None:
    assert any(s == source for _c, s, _t in codes(sentence, lang)), codes(sentence, lang)


def test_border_guards_of_no_named_country_are_left_to_the_report() -> None:
    got = codes("Пограничники задержали на границе двух граждан Эстонии.", "ru")
    assert got and got[0][1] == "---COP", got


# ---------------------------------------------------------------- people the report cannot name


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Неизвестные люди заблокировали вход в посольство Польши.", "ru"),
    ("Unbekannte haben die Zufahrt zur litauischen Botschaft blockiert.", "de"),
    ("Unknown persons blocked the entrance of the Latvian consulate.", "en"),
])
def test_unknown_people_are_unidentified_forces(sentence: str, lang: str) -> None:
    got = codes(sentence, lang)
    assert got and all(s == "---UAF" for _c, s, _t in got), got


def _doc(text: str) -> Doc:
    return dyad.extract(text, source="t.txt").doc


def test_an_act_of_unknown_people_is_no_act_of_the_pair() -> None:
    doc = _doc("Poland and Russia. Poland protested to Russia. Russia rejected the protest of Poland.")
    unknown = Event(type="other", plover="PROTEST", cameo="144", source="---UAF", target="POLGOV",
                    date=None, location=None, participants=[], evidence=(0, 10))
    police = Event(type="other", plover="PROTEST", cameo="144", source="---COP", target="POLGOV",
                   date=None, location=None, participants=[], evidence=(0, 10))
    kept = focus_on_pair([unknown, police], doc)
    assert [e.source for e in kept] == ["RUSCOP"], [e.source for e in kept]


# ---------------------------------------------------------------- a fronted phrase of cause


@pytest.mark.parametrize(("sentence", "lang", "sides"), [
    ("В связи с нападением на посольство представители МИД Литвы вызвали российского посла.", "ru", ("LTU", "RUS")),
    ("После инцидента на границе сотрудники МИД Эстонии вызвали посла Латвии.", "ru", ("EST", "LVA")),
    ("Over the attack on its embassy, the Italian foreign ministry summoned the Libyan ambassador.", "en",
     ("ITA", "LBY")),
])
def test_a_fronted_phrase_of_cause_is_no_subject(sentence: str, lang: str, sides: tuple[str, str]) -> None:
    got = [(c, (s or "---")[:3], (t or "---")[:3]) for c, s, t in codes(sentence, lang)]
    assert ("114", *sides) in got, got


# ---------------------------------------------------------------- names hold no event words


def test_a_word_of_a_states_name_is_no_event_word() -> None:
    got = codes("In einem Bericht des Außenministeriums der Vereinigten Staaten wurden die Strafen gegen Kuba "
                "mit Menschenrechtsverletzungen begründet.", "de")
    assert "030" not in [c for c, _s, _t in got], got  # "Vereinigten" holds "einigten"
    # the act itself, outside the name, is still read
    assert "112" in roots("Die Vereinigten Staaten warfen Kuba Menschenrechtsverletzungen vor.", "de")
    assert "111" in roots("The Shanghai Cooperation Organisation condemned the attack on Pakistan.", "en")


# ---------------------------------------------------------------- the summoned envoy is no speaker


@pytest.mark.parametrize(("phrase", "reference"), [
    ("вызвали российского посла и заявили ему протест", "российского посла"),
    ("встретился с грузинским послом в Тбилиси", "грузинским послом"),
    ("передал ноту послу на встрече", "послу"),
])
def test_a_role_reference_ends_before_a_conjunction_or_preposition(phrase: str, reference: str) -> None:
    import re

    from dyad.lang import rules

    m = re.search(rules("ru").ROLE_REFERENCE_RE, phrase)
    assert m is not None and m.group(0) == reference, m


def test_a_role_reference_keeps_its_genitive() -> None:
    import re

    from dyad.lang import rules

    for phrase, reference in (("вызвали посла Польши", "посла Польши"), ("слова министра обороны", "министра обороны")):
        m = re.search(rules("ru").ROLE_REFERENCE_RE, phrase)
        assert m is not None and m.group(0) == reference, m


def test_the_envoy_told_of_a_protest_is_no_speaker() -> None:
    text = ("Польша и Россия.\n\nРоссийский посол Сергей Андреев находится в Варшаве с 2014 года. В связи с "
            "инцидентом представители МИД Польши вызвали российского посла и сказали ему о недовольстве Варшавы.")
    events = dyad.extract(text, source="t.txt").events
    assert any(e.cameo == "114" for e in events)
    assert not any(e.type == "statement" and e.participants for e in events), \
        [(e.type, e.cameo, [p.name for p in e.participants]) for e in events]


def test_a_passive_or_an_event_noun_keeps_the_order() -> None:
    # the bare group of a passive is the one acted on; the ministry that summons stands first
    got = codes("Вчера в МИД Литвы был вызван посол России Иван Орлов, которому была вручена нота об "
                "объявлении персоной нон грата сотрудника посольства России.", "ru")
    assert all((s or "")[:3] == "LTU" for c, s, _t in got if c in ("114", "161")), got


# ---------------------------------------------------------------- drones are no threat


@pytest.mark.parametrize("sentence", [
    "Russland setzte Drohnen und Militärhubschrauber gegen ukrainische Stellungen ein.",
    "Nach Angaben Washingtons seien Drohnen und anderes Militärgerät an die syrische Armee geliefert worden.",
    "Aserbaidschan kaufte Drohnen für seine Armee in Israel.",
])
def test_drones_are_no_threat(sentence: str) -> None:
    assert not any(c.startswith("13") for c in roots(sentence, "de")), codes(sentence, "de")


def test_a_threat_of_force_or_sanctions_is_still_read() -> None:
    assert "138" in roots("Die Türkei drohte Griechenland mit militärischer Gewalt.", "de")
    assert "1312" in roots("Polen droht Belarus mit Sanktionen.", "de")
    assert "138" in roots("Die Drohungen Nordkoreas mit einem Angriff auf Südkorea wurden verurteilt.", "de")


# ---------------------------------------------------------------- a protest stated or handed over


@pytest.mark.parametrize(("sentence", "sides"), [
    ("Япония после каждого захода китайских судов заявляет Китаю протест.", ("JPN", "CHN")),
    ("Литва заявила Беларуси решительный протест из-за нарушения границы.", ("LTU", "BLR")),
    ("Протест во вторник был передан послу Ирана в Азербайджане.", ("AZE", "IRN")),
])
def test_a_protest_stated_or_handed_over_is_an_official_complaint(sentence: str, sides: tuple[str, str]) -> None:
    got = [(c, (s or "---")[:3], (t or "---")[:3]) for c, s, t in codes(sentence, "ru")]
    assert ("114", *sides) in got, got


# ---------------------------------------------------------------- "Premier" is a title


@pytest.mark.parametrize(("text", "name"), [
    ("Kosovo und Serbien.\n\nDer kosovarische Premier Albin Kurti sprach am Donnerstag von strengeren "
     "Kontrollen an der Grenze zu Serbien.", "Albin Kurti"),
    ("Italien und Frankreich.\n\nDie italienische Premier Giorgia Meloni kritisierte am Montag die Regierung "
     "in Paris.", "Giorgia Meloni"),
    ("Japan und China.\n\nDer japanische Premier Fumio Kishida reiste am Dienstag nach Peking.", "Fumio Kishida"),
])
def test_premier_is_a_title_in_german(text: str, name: str) -> None:
    from dyad.extractors.persons import find_persons
    from dyad.extractors.text import quoted_spans

    doc = dyad.extract(text, source="t.txt").doc
    found = find_persons(doc, quoted_spans(doc.text))
    assert name in [p.name for p in found.persons], [(p.name, p.title) for p in found.persons]


# ---------------------------------------------------------------- regret over the other side's act


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Die Regierung in Oslo bedauerte die Ausweisung ihres Konsuls aus Murmansk.", "de"),
    ("Das Außenministerium erklärte, es bedauere die Abberufung des chilenischen Botschafters aus Lima.", "de"),
    ("МИД Эстонии выразил сожаление в связи с высылкой эстонского дипломата из Латвии.", "ru"),
    ("Баку сожалеет о решении Тегерана о высылке азербайджанского дипломата.", "ru"),
])
def test_regret_over_an_act_is_criticism_not_the_act(sentence: str, lang: str) -> None:
    got = roots(sentence, lang)
    assert "111" in got, got
    assert not any(c.startswith("16") for c in got), got  # the expulsion was the other side's


def test_a_note_announcing_ones_own_act_keeps_it() -> None:
    # a note (114) is no criticism: the expulsion it announces is the note-giver's own act
    got = roots("Послу Латвии в Москве вручили ноту об объявлении персоной нон грата латвийского дипломата.", "ru")
    assert "161" in got, got
