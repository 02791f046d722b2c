"""Rules found on articles from outlets the first corpus did not have (Trend, MOLDPRES, dpa,
Die Presse, Sputnik): each on a short text written for the test, with a case it must not fire on."""

from __future__ import annotations

import dyad
from dyad.clean.meta import find_dateline, parse_date
from dyad.clean.text import clean_text, date_lines
from dyad.model import Record


def rec(text: str) -> Record:
    return dyad.extract(text, source="test.txt")


def test_cookie_and_copyright_sentences_end_the_body_and_related_lists_go() -> None:
    page = "\n".join([
        "Home", "Politics",
        "Ministers of Armenia and Georgia discuss transit",
        "YEREVAN, 4 June (Armenpress) – Foreign Minister Ararat Mirzoyan met with Georgian Foreign Minister "
        "Ilia Darchiashvili in Yerevan on Tuesday to discuss transit and energy.",
        "The ministers agreed to hold the next round of consultations in Tbilisi in the autumn of this year.",
        "Read also",
        "Nikol Pashinyan meets Emmanuel Macron in Paris",
        "Armenia's GDP grows 8% in the first quarter",
        "Trade between the two countries grew by 12 percent last year and reached 1.1 billion dollars in total.",
        "We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies. OK",
        "Most read",
        "Sergei Lavrov to visit Yerevan in July",
        "© 2024 Armenpress. All rights reserved. Reproduction of materials requires a hyperlink to the source.",
    ])
    text = clean_text(page).text
    assert "Mirzoyan" in text and "1.1 billion" in text
    for junk in ("Macron", "GDP grows", "cookies", "Lavrov", "All rights reserved"):
        assert junk not in text, junk
    r = rec(page)
    assert not any("Macron" in p.name_en or "Lavrov" in p.name_en for p in r.people)


def test_date_line_after_a_section_label_with_time_zone() -> None:
    head = ["Tuesday March 12 2024", "Politics Materials 26 February 2024 13:47 (UTC +04:00)"]
    lines = date_lines(head)
    assert lines and parse_date(lines[0], "en") == "2024-02-26"  # not the save day
    assert parse_date("19.03.2024, 17:34 Uhr", "de") == "2024-03-19"
    assert date_lines(["Ministers met on 26 February 2024"]) == []  # prose, not a date line


def test_datelines_with_a_country_or_a_title_case_place_and_agency() -> None:
    dl = find_dateline("BAKU, Azerbaijan, February 26. President Ilham Aliyev received ...")
    assert dl and dl.place == "BAKU" and dl.date_text == "February 26"
    dl = find_dateline("Chisinau, 12 November /MOLDPRES/ - The Ministry of Foreign Affairs ...")
    assert dl and dl.place == "Chisinau" and dl.agency == "MOLDPRES"
    dl = find_dateline("Wien (APA) – Außenminister Alexander Schallenberg hat ...")
    assert dl and dl.place == "Wien" and dl.agency == "APA"
    assert find_dateline("Minsk, the capital, hosted the forum - as every year.") is None


def test_titles_after_names_lowercase_titles_and_titles_stop_at_a_person() -> None:
    r = rec("Chisinau, 12 November /MOLDPRES/ - Moldova summoned the Russian ambassador on Tuesday, ministry "
            "spokesperson Daniel Vodă told reporters. In Moscow, Alexei Polishchuk, director of the Second CIS "
            "Department at the Russian Foreign Ministry, rejected the protest. The document was signed by Azerbaijani "
            "Energy Minister Parviz Shahbazov and Georgian Minister of Economy Levan Davitashvili.")
    people = {p.name_en: p for p in r.people}
    assert people["Daniel Vodă"].title == "ministry spokesperson" and people["Daniel Vodă"].country == "MDA"
    assert people["Alexei Polishchuk"].title.startswith("director of the Second CIS Department")
    assert people["Alexei Polishchuk"].country == "RUS"
    assert people["Levan Davitashvili"].title == "Georgian Minister of Economy"
    assert people["Levan Davitashvili"].country == "GEO"


def test_german_places_and_documents_after_a_title_are_no_people() -> None:
    r = rec("Berlin (dpa) - Bundespräsident Frank-Walter Steinmeier hat den Gast im Schloss Bellevue empfangen. "
            "Danach unterzeichneten die beiden Minister eine Gemeinsame Absichtserklärung über die Zusammenarbeit "
            "im Bereich der Berufsbildung.")
    names = {p.name for p in r.people}
    assert "Frank-Walter Steinmeier" in names
    assert not names & {"Schloss Bellevue", "Gemeinsame Absichtserklärung"}, names
    assert [a.kind for a in r.agreements] == ["memorandum"]
    assert r.agreements[0].title.startswith("Gemeinsame Absichtserklärung über die Zusammenarbeit")


def test_background_sentences_give_no_event_but_later_mentions_do_not_block() -> None:
    r = rec("Chisinau, 12 November /MOLDPRES/ - Last week, the Russian Foreign Ministry summoned Moldova's "
            "Ambassador in Moscow, Lilian Darii, over the treatment of observers.")
    assert not r.events, r.events
    r = rec("WASHINGTON, 20 March (Reuters) - The US State Department has advised against travel to Tunisia "
            "after the museum shooting last week.")
    assert r.events  # the advice is today's; the shooting only dates its cause


def test_figures_comparison_base_negative_comparative_and_vote_share() -> None:
    r = rec("ASTANA, 5 September (Kazinform) – President Kassym-Jomart Tokayev met President Recep Tayyip Erdoğan. "
            "In January–June 2024, mutual trade between Kazakhstan and Türkiye amounted to $3.3 billion, up 11.7% "
            "compared to the same period of 2023. In 2023 trade turnover reached $6.4 billion, which is 6.2 percent "
            "less than in the previous year. Exports totaled $4.1 billion. Erdoğan won 52.2 percent of the vote.")
    by_value = {f.value: f for f in r.figures}
    assert by_value[11.7].metric == "growth" and by_value[11.7].period == "2024-01..2024-06"
    assert by_value[-6.2].metric == "growth" and by_value[-6.2].period == "2023"
    assert by_value[4.1e9].metric == "export" and by_value[4.1e9].period == "2023"  # the paragraph's year
    assert 52.2 not in by_value


def test_counts_named_before_their_number_and_no_dates_as_counts() -> None:
    r = rec("TASHKENT, 14 February (UzA) – Foreign Minister Bakhtiyor Saidov spoke with German Foreign Minister "
            "Annalena Baerbock. The number of enterprises with German capital operating in Uzbekistan has "
            "exceeded 250.")
    counts = [f for f in r.figures if f.metric == "count"]
    assert [(c.value, c.qualifier) for c in counts] == [(250, "over")]
    r = rec("МИНСК, 21 ноя – Sputnik. Премьер-министр Беларуси Роман Головченко провел переговоры с Председателем "
            "Кабинета министров Кыргызстана Акылбеком Жапаровым.")
    assert not [f for f in r.figures if f.metric == "count"]


def test_targets_for_next_year_are_forecasts() -> None:
    r = rec("МИНСК, 21 ноября. Премьер-министр Беларуси Роман Головченко провел переговоры с Председателем Кабинета "
            "министров Кыргызстана Акылбеком Жапаровым. «Уверен, что уже в следующем году мы выйдем почти на "
            "500 млн долларов товарооборота», — сказал Головченко.")
    target = [f for f in r.figures if f.value == 5e8]
    assert target and target[0].forecast and target[0].qualifier == "almost"


def test_passive_and_accusative_agreements_but_not_history() -> None:
    r = rec("BAKU, Azerbaijan, February 26. As part of the visit, a Memorandum of Understanding on cooperation in "
            "renewable energy between the Ministry of Energy of Azerbaijan and the Ministry of Economy of Georgia "
            "was signed in Baku. The Treaty on Friendship between the two countries was signed in 1996.")
    assert [a.title.split(" between")[0] for a in r.agreements] == [
        "Memorandum of Understanding on cooperation in renewable energy"]
    r = rec("МИНСК, 21 ноября. По итогам переговоров главы правительств подписали Программу торгово-экономического "
            "сотрудничества между Республикой Беларусь и Кыргызской Республикой на 2025–2027 годы.")
    assert [a.title.split()[0] for a in r.agreements] == ["Программа"] and r.agreements[0].kind == "program"


def test_update_lines_two_digit_years_and_parenthetical_updates() -> None:
    assert parse_date(date_lines(["Aktualisiert am 07.05.2025-19:48"])[0], "de") == "2025-05-07"
    assert parse_date(date_lines(["Bishkek, 16.10.24 14:52"])[0], "en") == "2024-10-16"
    assert parse_date(date_lines(["14:37 14.05.2025 (обновлено: 15:21 14.05.2025)"])[0], "ru") == "2025-05-14"
    assert date_lines(["Вторник, 20 мая 2025"]) == []  # a save-day header


def test_german_role_reference_names_the_speaker() -> None:
    r = rec("Warschau (Reuters) - Bundeskanzler Friedrich Merz hat in Warschau mit dem polnischen "
            "Ministerpräsidenten Donald Tusk gesprochen.\n\n„Wir werden Polen nicht allein lassen, wenn es um die "
            "Sicherheit geht“, sagte der Kanzler.")
    assert [(q.speaker_en, q.text.split()[0]) for q in r.quotes] == [("Friedrich Merz", "Wir")]


def test_month_range_without_year_is_of_the_publication_year() -> None:
    r = rec("MOSCOW, May 16. /TASS/. President Vladimir Putin held talks with Chinese President Xi Jinping.\n"
            "Published 16 May 2025\n"
            "Trade between Russia and China reached $244.8 billion last year, while in January-March it decreased "
            "by 7.5 per cent.")
    by_value = {f.value: f for f in r.figures}
    assert by_value[-7.5].period == "2025-01..2025-03" and by_value[244.8e9].period == "2024"


def test_several_documents_signed_in_one_sentence() -> None:
    r = rec("MOSCOW, May 8. /TASS/. Following the talks, Putin and Xi signed a Joint Statement on deepening "
            "partnership, as well as a Joint Statement on global strategic stability. In the presence of the two "
            "leaders, more than 20 documents were signed, among them an Agreement on the promotion and reciprocal "
            "protection of investments.")
    titles = [a.title for a in r.agreements]
    assert titles == ["Joint Statement on deepening partnership", "Joint Statement on global strategic stability",
                      "Agreement on the promotion and reciprocal protection of investments"], titles
    r = rec("Bern (SDA) - Bundesrat Guy Parmelin und der kasachische Minister unterzeichneten eine Absichtserklärung "
            "über Rohstoffe sowie ein Abkommen über den Strassenverkehr.")
    assert [a.kind for a in r.agreements] == ["memorandum", "agreement"]
    assert {p.name_en: p.country for p in r.people}.get("Guy Parmelin") == "CHE"  # the Swiss Bundesrat


def test_a_name_in_quotation_marks_is_no_quote() -> None:
    r = rec('YEREVAN, April 3. Prime Minister Nikol Pashinyan presented the "Crossroads of Peace" project, '
            'Armenpress reports. "We want open borders for everyone," Pashinyan said.')
    assert [q.text for q in r.quotes] == ["We want open borders for everyone"]
