"""Quote speakers and their sides in shapes met in conflict reports: an attribution broken by a
page's fixed line width, a quote after the close of one that ran over a line, a clause after a
colon with its own speaker, a given name that starts like a title head, "his counterpart X" and
"our ambassador X" inside a quote. Texts written for the tests."""

from __future__ import annotations

import pytest

import dyad
from dyad.extractors.people import only_starts_like_title


def record(text: str):  # type: ignore[no-untyped-def]
    return dyad.extract(text, source="t.txt")


def speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker_en, q.text[:20]) for q in record(text).quotes]


def countries(text: str) -> dict[str, str | None]:
    return {p.name_en: p.country for p in record(text).people}


@pytest.mark.parametrize(("text", "speaker"), [
    ('Brazil rejects the claims\n\n"We will not accept this kind of pressure," Brazilian Foreign\n'
     'Minister Carlos Mendes told journalists in Brasilia on Friday.', "Carlos Mendes"),
    ('Polen weist Vorwürfe zurück\n\n„Das nehmen wir so nicht hin, auf keinen Fall“, sagte der polnische\n'
     'Außenminister Jan Kowalczyk am Montag in Warschau.', "Jan Kowalczyk"),
    ("Грузия отвергает обвинения\n\n«Мы с этим категорически не согласны», — заявил министр\n"
     "иностранных дел Грузии Давид Абашидзе журналистам в Тбилиси.", "David Abashidze"),
])
def test_an_attribution_broken_at_the_end_of_a_wrapped_line_goes_on_in_the_next_line(text: str, speaker: str) -> None:
    found = speakers(text)
    assert len(found) == 1 and found[0][0] is not None
    assert dyad.names.same_name(found[0][0], speaker)


def test_a_quote_after_one_that_closed_on_the_next_line_is_found() -> None:
    text = ('Peru recalls envoy\n\nPeruvian President Luis Rojas spoke on Monday in Lima about the crisis with Chile.\n"We will defend the\n'
            'dignity of our country and of all its institutions," he said. "That defense will go as\n'
            'far as it must go, and we are doing it right now."')
    found = speakers(text)
    assert [t for _s, t in found] == ["We will defend the d", "That defense will go"]
    assert {s for s, _t in found} == {"Luis Rojas"}


@pytest.mark.parametrize(("text", "speaker"), [
    ('Peru protests\n\nThe government in Lima now sees a red line crossed: Foreign Minister Ana Torres said the '
     'Chilean navy was waging "an unacceptable campaign against our fishermen and their boats".', "Ana Torres"),
    ("Peru protestiert\n\nNun sieht die Regierung in Lima eine Grenze überschritten: Außenministerin Ana Torres "
     "sagte, die chilenische Marine führe »eine unannehmbare Kampagne gegen unsere Fischer und ihre Boote«.",
     "Ana Torres"),
    ("Перу протестует\n\nТеперь правительство в Лиме считает, что черта пройдена: министр иностранных дел Ана "
     "Торрес сказала, что чилийский флот ведет «недопустимую кампанию против наших рыбаков и их лодок».",
     "Ana Torres"),
])
def test_the_clause_after_a_colon_with_its_own_verb_of_saying_gives_the_speaker(text: str, speaker: str) -> None:
    assert [s for s, _t in speakers(text)] == [speaker]


@pytest.mark.parametrize(("word", "expected"), [
    ("Vicente", True), ("Kingsley", True), ("Mayorga", True),
    ("Ministers", False), ("Spokesperson", False), ("Presidential", False), ("Chairwoman", False),
    ("President", False),
])
def test_a_word_that_only_starts_like_a_title_head_may_be_a_given_name(word: str, expected: bool) -> None:
    assert only_starts_like_title(word, "en") is expected


def test_a_given_name_that_starts_like_a_title_head_is_kept_with_its_surname() -> None:
    found = countries("Talks fail\n\nMexican President Vicente Morales argued with Peru on Monday over tariffs.")
    assert found.get("Vicente Morales") == "MEX"


@pytest.mark.parametrize("text", [
    "Tariff row\n\nBrazilian President Rui Costa and his counterpart Pedro Salgado argued on Monday over Argentina's "
    "new tariffs.",
    "Zollstreit\n\nDer brasilianische Präsident Rui Costa und sein Amtskollege Pedro Salgado stritten am Montag über "
    "die neuen Zölle Argentiniens.",
    "Le différend\n\nLe président brésilien Rui Costa et son homologue Pedro Salgado se sont disputés lundi sur les "
    "nouveaux tarifs de l'Argentine.",
])
def test_a_counterpart_is_on_the_other_side_of_the_person_named_before(text: str) -> None:
    found = countries(text)
    assert found.get("Rui Costa") == "BRA"
    assert found.get("Pedro Salgado") == "ARG"


@pytest.mark.parametrize("text", [
    'Peru and Chile recall envoys\n\nChile threatened to withdraw its own envoy from Lima. "We have ordered the '
    'return of our ambassador Pablo Quispe at once," Peruvian Foreign Minister Ana Torres said. Chile\'s ambassador '
    "will leave Lima within a day.",
    "Peru und Chile rufen Botschafter zurück\n\nChile drohte, seinen Botschafter aus Lima abzuziehen. „Wir haben die "
    "sofortige Rückkehr unseres Botschafters Pablo Quispe angeordnet“, sagte die peruanische Außenministerin Ana "
    "Torres. Der chilenische Botschafter verlässt Lima morgen.",
])
def test_our_ambassador_inside_a_quote_serves_the_speakers_country(text: str) -> None:
    assert countries(text).get("Pablo Quispe") == "PER"


@pytest.mark.parametrize(("text", "country"), [
    ("Заявление МИД\n\nОб этом говорится в сообщении пресс-секретаря МИД Армении Ани Бадалян, опубликованном "
     "в понедельник.", "ARM"),
    ("Заявление МИД\n\nПресс-секретарь МИД Грузии Нино Абашидзе заявила, что Тбилиси протестует.", "GEO"),
    ("Заявление МИД\n\nКак сообщила пресс-секретарь президента Казахстана Асель Нурланова, встреча прошла в "
     "Астане.", "KAZ"),
])
def test_a_russian_press_secretary_is_a_title_and_its_country_the_holders(text: str, country: str) -> None:
    people = record(text).people
    assert len(people) == 1 and people[0].title and people[0].title.lower().startswith("пресс-секретар")
    assert people[0].country == country


@pytest.mark.parametrize("text", [
    "Envoy summoned\n\nThe Polish Foreign Ministry on Tuesday summoned the Belarusian ambassador Igor Sokol over "
    "remarks by the Belarusian television host Pavel Drozd about Poland.",
    "Botschafter einbestellt\n\nDas polnische Außenministerium hat am Dienstag den belarussischen Botschafter Igor "
    "Sokol wegen Äußerungen des belarussischen Vizeministers Pawel Drosd einbestellt.",
    "Посол вызван\n\nПосол Белоруссии в Польше Игорь Сокол был вызван в МИД Польши из-за высказываний "
    "белорусского телеведущего Павла Дрозда о Польше.",
])
def test_the_person_whose_words_an_act_answers_is_no_participant(text: str) -> None:
    events = [e for e in record(text).events if e.cameo.startswith("11")]
    assert events, "the summons is found"
    names = {p.name_en for e in events for p in e.participants}
    assert not any("Dro" in n for n in names)
