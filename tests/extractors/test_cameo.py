"""CAMEO coding: the kind/PLOVER/CAMEO table, actor codes, the verb dictionary, and the
sentence coder in English, German and Russian (sentences written for these tests)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dyad import codes
from dyad.extractors.cameo import CodedEvent, code_sentence, intent_code, negated_code, verb_patterns

ROOT = Path(__file__).resolve().parents[2]
GSR = ROOT.parent / "shared" / "external" / "petr2_gsr"


def triples(events: list[CodedEvent]) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source, e.target) for e in events}


def roots(events: list[CodedEvent]) -> set[tuple[str, str, str]]:
    return {(e.cameo[:2], (e.source or "")[:3], (e.target or "")[:3]) for e in events}


# ------------------------------------------------------------------ the table


@pytest.mark.parametrize(
    ("kind", "hosted", "expected"),
    [
        ("meeting", False, ("CONSULT", "040")),
        ("visit", False, ("CONSULT", "042")),
        ("visit", True, ("CONSULT", "043")),
        ("talks", False, ("CONSULT", "046")),
        ("phone_call", False, ("CONSULT", "041")),
        ("agreement_signing", False, ("SUPPORT", "057")),
        ("statement", False, ("STATEMENT", "010")),
        ("briefing", False, ("STATEMENT", "010")),
        ("other", False, ("STATEMENT", "010")),
        ("no such kind", False, ("STATEMENT", "010")),
    ],
)
def test_codes_for(kind: str, hosted: bool, expected: tuple[str, str]) -> None:
    assert codes.codes_for(kind, hosted=hosted) == expected


def test_every_root_has_a_plover_category() -> None:
    plover = {codes.plover_for_cameo(f"{r:02d}") for r in range(1, 21)}
    assert "" not in plover
    assert codes.plover_for_cameo("02") == codes.plover_for_cameo("10") == "REQUEST"
    assert codes.plover_for_cameo("112") == "ACCUSE"
    assert codes.plover_for_cameo("138") == "THREATEN"
    assert codes.plover_for_cameo("163") == "SANCTION"
    assert codes.plover_for_cameo("173") == "COERCE"
    assert codes.plover_for_cameo("190") == codes.plover_for_cameo("2041") == "ASSAULT"
    # sub-codes the crosswalk files elsewhere than their root
    assert codes.plover_for_cameo("0841") == "RETREAT"
    assert codes.plover_for_cameo("081") == "CONCEDE"
    assert codes.plover_for_cameo("1712") == "ASSAULT"


def test_event_type_inverts_codes_for() -> None:
    for kind in ("meeting", "visit", "talks", "phone_call", "agreement_signing", "statement"):
        assert codes.event_type_for_cameo(codes.codes_for(kind)[1]) == kind
    assert codes.event_type_for_cameo("043") == "visit"
    assert codes.event_type_for_cameo("190") == "other"


@pytest.mark.parametrize(
    ("country", "role", "lang", "expected"),
    [
        ("KAZ", "President", None, "KAZGOV"),
        ("KAZ", "Prime Minister", None, "KAZGOV"),
        ("BLR", "Minister of Foreign Affairs", None, "BLRGOV"),
        ("KAZ", "Ambassador", None, "KAZGOV"),
        ("BLR", "Chairman of the Council of the Republic", None, "BLRLEG"),
        ("KAZ", "Mazhilis", None, "KAZLEG"),
        ("USA", "House of Representatives", None, "USALEG"),
        ("DEU", "Bundestag", "de", "DEULEG"),
        ("RUS", "Госдума", "ru", "RUSLEG"),
        ("RUS", "Совет Федерации", "ru", "RUSLEG"),
        ("BLR", "Speaker of the House of Representatives", None, "BLRLEG"),
        ("USA", "military", None, "USAMIL"),
        ("DEU", "Streitkräfte", "de", "DEUMIL"),
        ("RUS", "армия", "ru", "RUSMIL"),
        ("BLR", "police", None, "BLRCOP"),
        ("KAZ", "Supreme Court", None, "KAZJUD"),
        (None, "rebels", None, "---REB"),
        ("RUS", "opposition", None, "RUSOPP"),
        ("CHN", "state company", None, "CHNBUS"),
        ("RUS", "newspaper", None, "RUSMED"),
        ("UKR", "protesters", None, "UKRPPL"),
        ("USA", "MIL", None, "USAMIL"),
        ("KAZ", None, None, "KAZ"),
        ("KAZ", "Kassym-Jomart", None, "KAZ"),
        (None, None, None, None),
    ],
)
def test_actor_code(country: str | None, role: str | None, lang: str | None, expected: str | None) -> None:
    assert codes.actor_code(country, role, lang) == expected


# ------------------------------------------------------------------ the dictionary


@pytest.mark.parametrize("lang", ["en", "de", "ru"])
def test_dictionary_covers_all_roots(lang: str) -> None:
    found = {p.cameo[:2] for p in verb_patterns()[lang] if p.cameo != "-"}
    assert found >= {f"{r:02d}" for r in range(1, 21)}


def test_dictionary_codes_are_cameo_codes() -> None:
    for lang, pats in verb_patterns().items():
        for p in pats:
            assert p.cameo == "-" or (p.cameo.isdigit() and 3 <= len(p.cameo) <= 4
                                      and 1 <= int(p.cameo[:2]) <= 20), (lang, p.text, p.cameo)


def test_intent_and_negation_tables() -> None:
    assert intent_code("190") == "1384"  # wanting to attack is a threat
    assert intent_code("0841") == "0353"  # promising to free is an intent to release
    assert intent_code("072") == "0332"
    assert intent_code("112") == "112"  # no intent form: unchanged
    assert negated_code("070") == "122"  # not providing aid is a rejection
    assert negated_code("190") is None  # not attacking is no event


# ------------------------------------------------------------------ English


EN_POSITIVE = [
    # conflict
    ("Russia accused Ukraine of shelling the nuclear plant.", ("112", "RUS", "UKR")),
    ("Ukraine was accused by Russia of shelling the plant.", ("112", "RUS", "UKR")),
    ("France condemned the decision of Rwanda.", ("111", "FRA", "RWA")),
    ("North Korea threatened to attack South Korea.", ("1384", "PRK", "KOR")),
    ("The European Union imposed new sanctions on Belarus on Monday.", ("163", "IGOEUREEC", "BLR")),
    ("Germany expelled four Russian diplomats.", ("161", "DEU", "RUSGOV")),
    ("Police in Minsk detained dozens of protesters.", ("173", "BLRCOP", "---PPL")),
    ("A Turkish court jailed a Greek journalist for two years.", ("173", "TURJUD", "GRCMED")),
    ("Azerbaijani forces shelled Armenian positions overnight.", ("194", "AZEMIL", "ARM")),
    ("Armenia was attacked by Azerbaijan.", ("190", "AZE", "ARM")),
    ("Three Palestinian civilians were killed in an Israeli air strike in Gaza.", ("190", "ISR", "PSECVL")),
    ("The United States fired missiles at Syria.", ("194", "USA", "SYR")),
    ("Iraqi insurgents kidnapped two Turkish engineers.", ("181", "IRQREB", "TUR")),
    # cooperation
    ("Kazakhstan's President Tokayev held talks with Belarusian President Lukashenko in Astana.",
     ("046", "KAZGOV", "BLRGOV")),
    ("Putin phoned Erdogan to discuss the grain deal.", ("041", "RUSGOV", "TURGOV")),
    ("The Belarusian delegation visited Kazakhstan last week.", ("042", "BLRGOV", "KAZ")),
    ("President Tokayev received the Belarusian Prime Minister in Akorda.", ("043", "KAZGOV", "BLRGOV")),
    ("Ukraine ratified an association agreement with the European Union.", ("057", "UKR", "IGOEUREEC")),
    ("Japan will send humanitarian aid to Turkey.", ("073", "JPN", "TUR")),
    ("The Kremlin praised Beijing's peace plan.", ("051", "RUSGOV", "CHN")),
    ("Israel released 150 Palestinian prisoners.", ("0841", "ISR", "PSE")),
    ("Poland called on NATO to deploy more troops.", ("020", "POL", "IGOWSTNAT")),
    ("Iran denied the accusations by the United States.", ("016", "IRN", "USA")),
    ("UN inspectors will investigate the reactor in Iran.", ("090", "IGOUNO", "IRN")),
]


@pytest.mark.parametrize(("sentence", "expected"), EN_POSITIVE)
def test_english_events(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(code_sentence(sentence, "en"))


def test_english_compound_subjects_and_reciprocity() -> None:
    t = triples(code_sentence("Lukashenko and Tokayev signed a roadmap for cooperation.", "en"))
    assert {("057", "BLRGOV", "KAZGOV"), ("057", "KAZGOV", "BLRGOV")} <= t
    t = triples(code_sentence("The US, Russia and China met on Monday.", "en"))
    assert len({(s, g) for _c, s, g in t}) == 6
    t = roots(code_sentence("US and British activists staged a protest in Beijing.", "en"))
    assert t == {("14", "USA", "CHN"), ("14", "GBR", "CHN")}
    # talks are two-way; a host's reception is the guest's visit
    t = triples(code_sentence("Kazakhstan's President held talks with the President of Uzbekistan.", "en"))
    assert {("046", "KAZGOV", "UZBGOV"), ("046", "UZBGOV", "KAZGOV")} <= t
    t = triples(code_sentence("President Tokayev received the Belarusian Prime Minister.", "en"))
    assert ("042", "BLRGOV", "KAZGOV") in t


def test_english_coding_rules() -> None:
    # intent: wanting to attack is a threat, wanting to help an intent to aid
    assert roots(code_sentence("Obama wants to attack Syria.", "en")) == {("13", "USA", "SYR")}
    assert roots(code_sentence("The US Secretary of State wants to help Israel.", "en")) == {("03", "USA", "ISR")}
    # an announced release is an intent to release
    assert roots(code_sentence("Israel announced it would free 150 Palestinian prisoners.", "en")) == \
        {("03", "ISR", "PSE")}
    # negation: refusing cooperation is a rejection, a negated attack no event
    assert roots(code_sentence("Obama said he would not provide support to Israel.", "en")) == {("12", "USA", "ISR")}
    assert code_sentence("Japan did not condemn China.", "en") == []
    # appeals: the act asked for is not an act of the one asked
    assert roots(code_sentence("Obama wants Putin to attack Georgia.", "en")) == {("02", "USA", "RUS")}
    assert roots(code_sentence("Congress is asking Obama to help Iran.", "en")) == {("02", "---", "USA")}
    # claims: "X said that Y attacked Z" accuses Y; "X claimed it attacked Z" claims it
    assert roots(code_sentence("The US said that Iraq had attacked Kuwait.", "en")) == {("11", "USA", "IRQ")}
    assert roots(code_sentence("The US claimed that they had attacked Iraq.", "en")) == {("01", "USA", "IRQ")}
    # receiving from someone: the giver acts
    assert roots(code_sentence("Georgian rebels received weapons from the Russian army.", "en")) == \
        {("07", "RUS", "GEO")}
    # a state protesting complains officially; protesters destroying property riot
    assert {e.cameo for e in code_sentence("China protested against the visit of Taiwan's president.", "en")} \
        == {"114"}
    assert {e.cameo for e in code_sentence("The Russian embassy was demolished by Ukrainian protesters.", "en")} \
        == {"145"}


def test_english_actor_details() -> None:
    # a dateline is where a report was filed, not an actor
    ev = code_sentence("MINSK, 9 June (BelTA) – Kazakhstan's ambassador met with the Belarusian foreign minister.", "en")
    assert roots(ev) == {("04", "KAZ", "BLR")}
    # "pro-Russia rebels" are not Russia; money in US dollars is not the USA
    assert all(e.source != "RUSREB" for e in code_sentence("Pro-Russia rebels attacked Ukrainian troops.", "en"))
    # a capital acting stands for its government
    assert ("111", "USAGOV", "RUS") in triples(code_sentence("Washington criticised Moscow's decision.", "en"))
    ev = code_sentence("Chinese companies have invested 25 billion US dollars in Kazakhstan.", "en")
    assert roots(ev) == {("06", "CHN", "KAZ")}
    # a title without a country takes the country of the place visited
    ev = code_sentence("The US commander held talks with President Michel Suleiman during a visit to Beirut.", "en")
    assert ("046", "USAMIL", "LBNGOV") in triples(ev)


EN_NEGATIVE = [
    "The weather in Minsk was sunny on Monday.",
    "Belarus and Kazakhstan have a trade turnover of $800 million.",
    "The talks were described as constructive.",  # no actor
    "The minister attacked the problem with new ideas.",  # no country
    "Local news reports that there was a pause in the bombing in Aleppo.",
    "Kazakhstan's population grew by two percent last year.",
    "The tanks head back from the border after the skirmish.",
    "",
]


@pytest.mark.parametrize("sentence", EN_NEGATIVE)
def test_english_no_event(sentence: str) -> None:
    assert code_sentence(sentence, "en") == []


def test_spans_and_explain_fields() -> None:
    text = "Intro. Russia accused Ukraine of shelling the plant."
    ev = code_sentence(text[7:], "en", offset=7)
    assert ev and all(7 <= e.start < e.end <= len(text) for e in ev)
    e = ev[0]
    assert e.plover == "ACCUSE" and e.verb == "accuse"


# ------------------------------------------------------------------ German


DE_POSITIVE = [
    ("Russland hat der Ukraine vorgeworfen, das Kernkraftwerk beschossen zu haben.", ("112", "RUS", "UKR")),
    ("Die Europäische Union verhängte am Montag neue Sanktionen gegen Belarus.", ("163", "IGOEUREEC", "BLR")),
    ("Am Mittwoch verurteilte Frankreich die Angriffe Russlands.", ("111", "FRA", "RUS")),
    ("Die Ukraine wurde von Russland angegriffen.", ("190", "RUS", "UKR")),
    ("Nordkorea drohte Südkorea mit einem Angriff.", ("138", "PRK", "KOR")),
    ("Deutschland wies vier russische Diplomaten aus.", ("161", "DEU", "RUSGOV")),
    ("Die türkische Polizei nahm zwei deutsche Journalisten fest.", ("173", "TURCOP", "DEUMED")),
    ("Der kasachische Präsident Tokajew traf sich in Astana mit dem belarussischen Präsidenten Lukaschenko.",
     ("040", "KAZGOV", "BLRGOV")),
    ("Putin telefonierte mit Erdogan.", ("041", "RUSGOV", "TURGOV")),
    ("Bundeskanzler Scholz besuchte Kasachstan.", ("042", "DEUGOV", "KAZ")),
    ("Polen forderte die NATO auf, mehr Truppen zu entsenden.", ("020", "POL", "IGOWSTNAT")),
    ("Israelische Soldaten haben drei Palästinenser getötet.", ("190", "ISRMIL", "PSE")),
    ("Der Bundestag verurteilte die Sanktionen gegen Belarus.", ("111", "DEULEG", "BLR")),
]


@pytest.mark.parametrize(("sentence", "expected"), DE_POSITIVE)
def test_german_events(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(code_sentence(sentence, "de"))


def test_german_rules() -> None:
    t = triples(code_sentence("Lukaschenko und Tokajew unterzeichneten eine Roadmap.", "de"))
    assert {("057", "BLRGOV", "KAZGOV"), ("057", "KAZGOV", "BLRGOV")} <= t
    # the accused act is not coded as an act of the accuser
    assert {e.cameo[:2] for e in code_sentence(
        "Russland hat der Ukraine vorgeworfen, das Kernkraftwerk beschossen zu haben.", "de")} == {"11"}
    # negation
    assert roots(code_sentence("China unterstützt die Sanktionen gegen Russland nicht.", "de")) == \
        {("12", "CHN", "RUS")}
    # an offer or a readiness makes the infinitive an intent; a court that "verurteilt" sentences
    assert triples(code_sentence("Die Türkei bot an, zwischen Russland und der Ukraine zu vermitteln.", "de")) == \
        {("039", "TUR", "RUS"), ("039", "TUR", "UKR")}
    assert roots(code_sentence("Belarus ist bereit, Landtechnik nach Kasachstan zu liefern.", "de")) == \
        {("03", "BLR", "KAZ")}
    assert ("116", "BLRJUD", "---OPP") in triples(
        code_sentence("Ein Gericht in Minsk verurteilte den Oppositionellen zu zehn Jahren Haft.", "de"))
    # a bare title takes the country it comes from
    assert ("161", "BLR", "LTUGOV") in triples(code_sentence("Belarus rief seinen Botschafter aus Litauen zurück.", "de"))
    # a capital acting stands for its government; a capital attacked is a city
    assert ("111", "RUSGOV", "USA") in triples(code_sentence("Moskau verurteilte die Entscheidung Washingtons.", "de"))
    assert roots(code_sentence("Russische Truppen haben Kiew mit Raketen angegriffen.", "de")) == {("19", "RUS", "UKR")}
    assert code_sentence("Das Wetter in Minsk war am Montag sonnig.", "de") == []
    assert code_sentence("Der Handel zwischen Belarus und Kasachstan wuchs um zehn Prozent.", "de") == []


# ------------------------------------------------------------------ Russian


RU_POSITIVE = [
    ("Россия обвинила Украину в обстреле атомной станции.", ("112", "RUS", "UKR")),
    ("Евросоюз ввел новые санкции против Белоруссии.", ("163", "IGOEUREEC", "BLR")),
    ("В среду Франция осудила действия России.", ("111", "FRA", "RUS")),
    ("Германия выслала четырех российских дипломатов.", ("161", "DEU", "RUSGOV")),
    ("Северная Корея пригрозила Южной Корее ударом.", ("138", "PRK", "KOR")),
    ("Российские войска атаковали украинские позиции.", ("190", "RUSMIL", "UKR")),
    ("Президент Казахстана Касым-Жомарт Токаев провел переговоры с президентом Белоруссии Александром Лукашенко.",
     ("046", "KAZGOV", "BLRGOV")),
    ("Путин провел телефонный разговор с Эрдоганом.", ("041", "RUSGOV", "TURGOV")),
    ("Токаев принял в Акорде премьер-министра Белоруссии.", ("043", "KAZGOV", "BLRGOV")),
    ("Белорусская делегация посетила Казахстан.", ("042", "BLRGOV", "KAZ")),
    ("Польша призвала НАТО разместить больше войск.", ("020", "POL", "IGOWSTNAT")),
    ("Госдума осудила решение Евросоюза.", ("111", "RUSLEG", "IGOEUREEC")),
    ("Министр иностранных дел России Сергей Лавров провел переговоры с главой МИД Узбекистана.",
     ("046", "RUSGOV", "UZBGOV")),
]


@pytest.mark.parametrize(("sentence", "expected"), RU_POSITIVE)
def test_russian_events(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(code_sentence(sentence, "ru"))


def test_russian_rules() -> None:
    t = triples(code_sentence("Лукашенко и Токаев подписали дорожную карту.", "ru"))
    assert {("057", "BLRGOV", "KAZGOV"), ("057", "KAZGOV", "BLRGOV")} <= t
    # a visit named by a noun: the genitive after it is the visitor
    ev = code_sentence("Токаев рассказал о подготовке к визиту Президента России в Казахстан.", "ru")
    assert ("042", "RUSGOV", "KAZ") in triples(ev)
    # the accused act is not a second event of the accuser
    assert {e.cameo[:2] for e in code_sentence("Россия обвинила Украину в обстреле атомной станции.", "ru")} == {"11"}
    # negation of support is a rejection; talking verbs take their partner from "с"
    assert roots(code_sentence("Китай не поддержал санкции против России.", "ru")) == {("12", "CHN", "RUS")}
    assert code_sentence("Стороны обсудили визит президента России в Узбекистан.", "ru") == []
    assert ("161", "BLR", "LTUGOV") in triples(code_sentence("Белоруссия отозвала своего посла из Литвы.", "ru"))
    assert ("116", "BLRJUD", "---OPP") in triples(
        code_sentence("Суд в Минске приговорил оппозиционного активиста к 10 годам заключения.", "ru"))
    assert roots(code_sentence("Беларусь готова поставлять в Казахстан сельхозтехнику.", "ru")) == {("03", "BLR", "KAZ")}
    # a participle belongs to the noun before it: the guest arrived, not the host
    ev = code_sentence("Глава государства провел переговоры с Президентом Кыргызстана Садыром Жапаровым, "
                       "прибывшим в Астану с государственным визитом.", "ru")
    assert ("042", "KGZGOV", "KAZ") in triples(ev)
    assert code_sentence("Погода в Минске в понедельник была солнечной.", "ru") == []
    assert code_sentence("Товарооборот между Казахстаном и Белоруссией составил 800 миллионов долларов.", "ru") == []


# ------------------------------------------------------------------ the PETRARCH-2 set


@pytest.mark.slow
@pytest.mark.skipif(not GSR.exists(), reason="needs ../shared/external/petr2_gsr")
def test_petr2_root_and_actors_f1(tmp_path: Path) -> None:
    out = tmp_path / "gsr.jsonl"
    res = subprocess.run([sys.executable, str(ROOT / "bench" / "petr2_eval.py"), "--out", str(out)],
                         capture_output=True, text=True, check=True)
    scorer = ROOT.parent / "shared" / "eval" / "score_cameo.py"
    score = json.loads(subprocess.run([sys.executable, str(scorer), str(out), str(GSR / "gold.jsonl"), "--json"],
                                      capture_output=True, text=True, check=True).stdout)
    assert score["root+actors"]["f1"] >= 0.60, res.stdout


def test_a_demanded_act_is_a_demand_not_the_act() -> None:
    from dyad.extractors.cameo import code_sentence

    got = [(e.cameo, e.source[:3], (e.target or "")[:3]) for e in
           code_sentence("Georgia demanded that Russia withdraw its troops from the occupied villages.", "en")]
    assert got == [("1056", "GEO", "RUS")], got
    got = [e.cameo for e in code_sentence("Poland demanded that Belarus release the detained journalist.", "en")]
    assert got == ["1053"], got


def test_an_unnamed_government_acting_on_a_named_country_is_an_event() -> None:
    import dyad

    evs = [(e.cameo, e.source, (e.target or "")[:3]) for e in
           dyad.extract("The government expressed appreciation for Japan's assistance.", source="t.txt").events]
    assert evs and evs[0][1].startswith("---") and evs[0][2] == "JPN", evs


def test_russian_passive_summons_acts_from_the_ministry_one_is_summoned_to() -> None:
    from dyad.extractors.cameo import code_sentence

    got = [(e.cameo, e.source[:3], (e.target or "")[:3]) for e in
           code_sentence("Посол Латвии был вызван в МИД России.", "ru")]
    assert got == [("114", "RUS", "LVA")], got
    got = [(e.cameo, e.source[:3], (e.target or "")[:3]) for e in
           code_sentence("В МИД Белоруссии был вызван временный поверенный в делах Литвы.", "ru")]
    assert got == [("114", "BLR", "LTU")], got


def test_passive_summons_in_english_and_german() -> None:
    from dyad.extractors.cameo import code_sentence

    got = [(e.cameo, e.source[:3], (e.target or "")[:3]) for e in
           code_sentence("The Belarusian ambassador was summoned to the Foreign Ministry in Vilnius.", "en")]
    assert got == [("114", "LTU", "BLR")], got
    got = [(e.cameo, e.source[:3], (e.target or "")[:3]) for e in
           code_sentence("Der iranische Botschafter wurde ins Auswärtige Amt einbestellt.", "de")]
    assert got == [("114", "DEU", "IRN")], got
