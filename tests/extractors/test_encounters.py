"""Several encounters in one friendly report: talks and a signing told with no names belong to
the visit's people, hosts of different offices met in turn are one meeting each, and a visit
"at the invitation of" the host is news, not a plan."""

from __future__ import annotations

import dyad
from dyad.model import Event

EN_ROUND = ('HANOI, 4 June (VNA) – Indonesian President Joko Widodo arrived in Hanoi on 4 June on a state visit to Vietnam at the invitation of President Vo Van Thuong.\n'
    'The two heads of state held talks at the Presidential Palace and then attended the signing of several cooperation documents.\n'
    'During his stay, the guest also called on Communist Party General Secretary Nguyen Phu Trong and Prime Minister Pham Minh Chinh, and had a meeting with National Assembly Chairman Vuong Dinh Hue.\n'
    'Trade between the two countries reached $14 billion last year.\n')

EN_JOINT = ('JAKARTA, 4 June (Antara) – Vietnamese President Vo Van Thuong arrived in Jakarta on 4 June on a state visit to Indonesia.\n'
    "In the afternoon, President Vo Van Thuong met with Indonesian Vice President Ma'ruf Amin and Foreign Minister Retno Marsudi at the palace.\n"
    'Trade between the two countries reached $14 billion last year.\n')

EN_NO_ENCOUNTER = ('ASTANA, 4 June (Kazinform) – Trade between Kazakhstan and Uzbekistan grew by 12 percent in the first quarter, the statistics bureau reported.\n'
    'Several cooperation documents were signed in the spring, the bureau added.\n')

DE_VISIT = ('HANOI, 23. Januar (dpa) - Bundespräsident Frank-Walter Steinmeier ist auf Einladung von Präsident Vo Van Thuong zu einem Staatsbesuch in Vietnam eingetroffen.\n'
    'Die beiden Staatsoberhäupter führten anschließend Gespräche über die Zusammenarbeit und wohnten der Unterzeichnung mehrerer Abkommen bei.\n'
    'Der Handel zwischen beiden Ländern wuchs im vergangenen Jahr um zehn Prozent.\n')

RU_VISIT = ('МОСКВА, 11 ноября. Президент Казахстана Касым-Жомарт Токаев прибыл в Москву с государственным визитом по приглашению президента России Владимира Путина.\n'
    'Затем лидеры двух стран провели переговоры в Кремле и присутствовали при подписании ряда документов.\n'
    'Товарооборот между странами в прошлом году вырос на 8 процентов.\n')


EN_SIGNINGS = ('CHISINAU, 10 March (Moldpres) – Moldovan Prime Minister Dorin Recean and Romanian Prime Minister Marcel Ciolacu signed a declaration on energy cooperation in Chisinau on 10 March.\n'
    'Later, Moldovan Infrastructure Minister Andrei Spinu and Romanian Transport Minister Sorin Grindeanu signed an agreement on a new bridge over the Prut River.\n'
    'Recean and Ciolacu also signed a joint statement on European integration.\n')

RU_SIGNINGS = ('КИШИНЕВ, 10 марта. Премьер-министр Молдавии Дорин Речан и премьер-министр Румынии Марчел Чолаку подписали в Кишиневе декларацию об энергетическом сотрудничестве.\n'
    'Затем министр инфраструктуры Молдавии Андрей Спыну и министр транспорта Румынии Сорин Гриндяну подписали соглашение о строительстве нового моста через Прут.\n')

DE_SIGNINGS = ('CHISINAU, 10. März (dpa) - Der moldauische Ministerpräsident Dorin Recean und der rumänische Ministerpräsident Marcel Ciolacu haben in Chisinau eine Erklärung über die Zusammenarbeit im Energiebereich unterzeichnet.\n'
    'Anschließend unterzeichneten der moldauische Infrastrukturminister Andrei Spinu und der rumänische Verkehrsminister Sorin Grindeanu ein Abkommen über eine neue Brücke über den Pruth.\n')

EN_EXCHANGE = ('TOKYO, 8 May (Kyodo) – Japanese Prime Minister Fumio Kishida held talks with Indonesian President Joko Widodo in Tokyo on 8 May.\n'
    'After the talks, the two leaders witnessed the exchange of cooperation documents in the fields of energy and health.\n')


EN_TREATY_OF_OLD = ('ASTANA, 5 June 2024 (Kazinform) – Kazakh President Kassym-Jomart Tokayev held talks with Uzbek President Shavkat Mirziyoyev in Astana on 5 June.\n'
    'The treaty on strategic partnership between the two countries was signed in 2013.\n')

RU_TREATY_OF_OLD = ('АСТАНА, 5 июня 2024. Президент Казахстана Касым-Жомарт Токаев провел переговоры с президентом Узбекистана Шавкатом Мирзиёевым в Астане.\n'
    'Договор о стратегическом партнерстве между двумя странами был подписан в 2013 году.\n')

EN_TREATY_NOW = ('ASTANA, 5 June 2024 (Kazinform) – Kazakh President Kassym-Jomart Tokayev held talks with Uzbek President Shavkat Mirziyoyev in Astana on 5 June.\n'
    'The two presidents signed a treaty on allied relations, the first such document since the two countries became independent in 1991.\n')


EN_UNNAMED_TALKS = ('BERN, 7 May (SDA) – Kazakh Trade Minister Arman Shakkaliyev arrived in Bern on 7 May on a working visit to Switzerland.\n'
    'The talks focused on trade routes and raw materials.\n'
    'Swiss Economy Minister Guy Parmelin received Shakkaliyev at the Federal Palace.\n')

RU_UNNAMED_TALKS = ('БЕРН, 7 мая. Министр торговли Казахстана Арман Шаккалиев прибыл в Берн с рабочим визитом.\n'
    'Переговоры были посвящены торговым маршрутам и сырью.\n'
    'Министр экономики Швейцарии Ги Пармелен принял Шаккалиева во Дворце федерации.\n')


def names(e: Event) -> set[str]:
    return {p.name_en for p in e.participants}


def of_type(text: str, etype: str) -> list[Event]:
    return [e for e in dyad.extract(text).events if e.type == etype]


def test_each_host_of_another_office_is_a_meeting_of_its_own() -> None:
    meetings = of_type(EN_ROUND, "meeting")
    assert len(meetings) == 3
    assert all("Joko Widodo" in names(m) for m in meetings)
    hosts = [names(m) - {"Joko Widodo"} for m in meetings]
    assert all(len(h) == 1 for h in hosts)
    assert len({frozenset(h) for h in hosts}) == 3


def test_a_meeting_that_names_the_guest_stays_one() -> None:
    meetings = of_type(EN_JOINT, "meeting")
    assert len(meetings) == 1
    assert {"Vo Van Thuong", "Retno Marsudi"} <= names(meetings[0])


def test_unnamed_signing_of_a_visit_is_signed_by_its_leaders() -> None:
    for text, guest, host in ((EN_ROUND, "Joko Widodo", "Vo Van Thuong"),
                              (DE_VISIT, "Frank-Walter Steinmeier", "Vo Van Thuong"),
                              (RU_VISIT, "Kassym-Jomart Tokayev", "Vladimir Putin")):
        signings = of_type(text, "agreement_signing")
        assert len(signings) == 1, text
        assert {guest, host} <= names(signings[0])


def test_unnamed_talks_of_a_visit_are_held_by_its_leaders() -> None:
    for text, guest, host in ((DE_VISIT, "Frank-Walter Steinmeier", "Vo Van Thuong"),
                              (RU_VISIT, "Kassym-Jomart Tokayev", "Vladimir Putin")):
        talks = of_type(text, "talks")
        assert len(talks) == 1, text
        assert {guest, host} <= names(talks[0])


def test_an_unnamed_signing_with_no_encounter_is_no_event() -> None:
    assert not of_type(EN_NO_ENCOUNTER, "agreement_signing")


def test_a_visit_at_the_hosts_invitation_is_news() -> None:
    for text in (EN_ROUND, DE_VISIT, RU_VISIT):
        assert of_type(text, "visit"), text
    plan = "Uzbek President Shavkat Mirziyoyev invited Kazakh President Kassym-Jomart Tokayev to pay a state visit next year.\n"
    assert not of_type(plan, "visit")


def test_other_signers_sign_a_document_of_their_own() -> None:
    for text in (EN_SIGNINGS, RU_SIGNINGS, DE_SIGNINGS):
        signings = of_type(text, "agreement_signing")
        assert len(signings) == 2, text  # the premiers' second signing is theirs, told again
        assert {"Dorin Recean", "Marcel Ciolacu"} <= names(signings[0])
        assert "Sorin Grindeanu" in names(signings[1])
        assert "Dorin Recean" not in names(signings[1])


def test_leaders_witnessing_an_exchange_of_documents_is_a_signing() -> None:
    signings = of_type(EN_EXCHANGE, "agreement_signing")
    assert len(signings) == 1
    assert {"Fumio Kishida", "Joko Widodo"} <= names(signings[0])


def test_a_signing_in_an_earlier_year_is_history() -> None:
    for text in (EN_TREATY_OF_OLD, RU_TREATY_OF_OLD):
        assert of_type(text, "talks"), text
        assert not of_type(text, "agreement_signing"), text


def test_a_year_in_another_clause_leaves_the_signing_news() -> None:
    assert len(of_type(EN_TREATY_NOW, "agreement_signing")) == 1
    this_year = EN_TREATY_OF_OLD.replace("was signed in 2013", "was signed in 2024")
    assert len(of_type(this_year, "agreement_signing")) == 1


def test_a_named_meeting_is_not_swallowed_by_unnamed_talks() -> None:
    for text in (EN_UNNAMED_TALKS, RU_UNNAMED_TALKS):
        assert len(of_type(text, "talks")) == 1, text
        assert len(of_type(text, "meeting")) == 1, text


def test_a_meeting_of_the_people_of_named_talks_is_the_talks() -> None:
    text = EN_UNNAMED_TALKS.replace("The talks focused", "Shakkaliyev held talks with Guy Parmelin that focused")
    assert len(of_type(text, "talks")) == 1
    assert not of_type(text, "meeting")
