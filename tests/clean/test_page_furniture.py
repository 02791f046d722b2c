"""Page furniture of saved news pages: a crawler's date line glued to the headline, bylines
that carry the publication date. Pages written for the tests in those shapes."""

from __future__ import annotations

import dyad


def test_crawl_date_before_the_headline_is_the_publication_date_and_the_headline_survives() -> None:
    page = (" date 2023-04-12 Ministers of two neighbours meet in the capital\n\n"
            "The foreign ministers of Latvia and Lithuania met in Riga on Wednesday to discuss energy links "
            "and the protection of the common border.")
    r = dyad.extract(page, source="p.txt")
    assert r.doc.published == "2023-04-12"
    assert r.doc.title == "Ministers of two neighbours meet in the capital"


def test_a_month_only_crawl_date_gives_no_day() -> None:
    page = (" date 2019-06 Riga (Baltic Wire) - The foreign ministers of Latvia and Lithuania met in Riga "
            "to discuss energy links and the protection of the common border.")
    assert dyad.extract(page, source="p.txt").doc.published is None


def test_byline_with_published_date_is_no_headline() -> None:
    page = ("NewsSite.com\n\nVilnius Protests Over Border Incident With Minsk\n\n"
            "Staff Writer Published March 11, 2021 | 04:15 PM\n\n"
            "VILNIUS (NewsSite - 11th March, 2021) The Lithuanian Foreign Ministry on Thursday summoned the "
            "Belarusian charge d'affaires over a border incident, the ministry said.")
    r = dyad.extract(page, source="p.txt")
    assert r.doc.published == "2021-03-11"
    assert r.doc.title == "Vilnius Protests Over Border Incident With Minsk"


def test_publication_date_in_the_furniture_around_the_body() -> None:
    body = ("The foreign ministers of Latvia and Lithuania met in Riga on Wednesday to discuss energy links "
            "and the protection of the common border between the two countries.")
    labelled = "Ministers meet in Riga Stand: 29.10.2023 01:06 Uhr\n\n" + body
    credit = body + "\n\nBoth sides agreed to meet again in the spring of next year in Vilnius. (APA, 17.3.2017)"
    first_published = body + "\n\nThis report by Baltic Wire was first published Aug. 23, 2022."
    under_body = body + "\n\n15 September 202215 Sep 2022\n1 min"
    assert dyad.extract(labelled, source="p.txt").doc.published == "2023-10-29"
    assert dyad.extract(credit, source="p.txt").doc.published == "2017-03-17"
    assert dyad.extract(first_published, source="p.txt").doc.published == "2022-08-23"
    assert dyad.extract(under_body, source="p.txt").doc.published == "2022-09-15"
    # a date inside the story is no publication date
    story = body + "\n\nThe previous round of talks was held on 12 March 2019 in Vilnius."
    assert dyad.extract(story, source="p.txt").doc.published is None


def test_datelines_without_a_place_and_with_a_dotted_agency() -> None:
    upi = dyad.extract("May 31 (Wire) -- Moldova expelled two diplomats of a neighbouring state on Tuesday, "
                       "the foreign ministry in Chisinau said in a statement.", source="p.txt")
    assert upi.doc.published == "--05-31"
    ru = dyad.extract("Рига. 27 января. AGENCY.RU - МИД Латвии выразил протест в связи с решением соседней "
                      "страны закрыть пункт пропуска на границе.", source="p.txt")
    assert ru.doc.published == "--01-27"


def test_photo_captions_are_no_content() -> None:
    page = ("Ministers meet in Riga\n\n"
            "The Latvian president with the Estonian prime minister (left) / Photo: Wire Archive\n\n"
            "The foreign ministers of Latvia and Lithuania met in Riga on Wednesday to discuss energy links and the "
            "protection of the common border between the two countries.")
    text = dyad.extract(page, source="p.txt").doc.text
    assert "Photo:" not in text and "energy links" in text


def test_today_and_a_day_opening_the_body_is_the_reports_day() -> None:
    page = ("Москва и Рига\n\nСегодня, 23 августа, МИД России вызвал временного поверенного в делах Латвии "
            "в связи с задержанием журналиста.")
    assert dyad.extract(page, source="p.txt").doc.published == "--08-23"


def test_a_date_line_under_the_headline_repeated_after_the_body() -> None:
    body = ("Министры иностранных дел Латвии и Литвы встретились в Риге в среду и обсудили энергетические "
            "связи и охрану общей границы двух стран.")
    page = body + "\nМинистры встретились в Риге\n3 марта 202103 мар 2021\n12\n2 мин"
    assert dyad.extract(page, source="p.txt").doc.published == "2021-03-03"
    # further down the furniture a date of its own line is another page's
    far = body + "\nМинистры встретились в Риге\nЧитайте также\nНовости дня\n3 марта 2021\n2 мин"
    assert dyad.extract(far, source="p.txt").doc.published is None


def test_a_web_address_after_the_datelines_day_is_its_outlet() -> None:
    ru = dyad.extract("Бишкек, 12 июня, example-news.kg Министры иностранных дел двух соседних стран "
                      "обсудили в среду охрану общей границы.", source="p.txt")
    assert ru.doc.published == "--06-12" and ru.doc.dateline_place is not None
    de = dyad.extract("Wien, 4. Mai, zeitung.example.at Die Außenminister der beiden Nachbarländer sprachen am "
                      "Mittwoch über den Schutz der gemeinsamen Grenze.", source="p.txt")
    assert de.doc.published == "--05-04"
    # a comma and ordinary words after the day are no outlet
    assert dyad.extract("Vienna, 4 May, the ministers of the two neighbours spoke about the border they share "
                        "and about energy.", source="p.txt").doc.published is None


def test_a_datelines_day_takes_the_year_of_a_whole_date_a_few_days_before() -> None:
    lead = ("RIGA, Latvia, January 3. Consultations between the foreign ministries of Latvia and Lithuania "
            "were held in Vilnius on December 30, 2022, the ministry said.")
    assert dyad.extract(lead, source="p.txt").doc.published == "2023-01-03"
    same_year = ("RIGA, Latvia, May 12. Consultations between the foreign ministries of Latvia and Lithuania "
                 "were held in Vilnius on May 10, 2021, the ministry said.")
    assert dyad.extract(same_year, source="p.txt").doc.published == "2021-05-12"
    # a date long before the day is history, not the report's year
    history = ("RIGA, Latvia, May 12. The foreign ministers of Latvia and Lithuania recalled the treaty they "
               "signed on March 2, 2015 in Vilnius.")
    assert dyad.extract(history, source="p.txt").doc.published == "--05-12"


def test_an_updates_date_line_gives_way_to_the_publications() -> None:
    en = ("Ministers meet in Riga\nUpdated: June 14, 2023\nPublished: June 12, 2023\n\nThe foreign ministers of "
          "Latvia and Lithuania met in Riga on Monday to discuss energy links and the common border.")
    ru = ("Министры встретились в Риге\nОбновлено: 14 июня 2023, 10:20\nОпубликовано: 12 июня 2023, 09:00\n\n"
          "Министры иностранных дел Латвии и Литвы встретились в Риге и обсудили охрану общей границы.")
    de = ("Minister treffen sich in Riga\nAktualisiert: 14.06.2023\nVeröffentlicht: 12.06.2023\n\nDie Außenminister "
          "Lettlands und Litauens trafen sich in Riga, um über den Schutz der gemeinsamen Grenze zu sprechen.")
    for page in (en, ru, de):
        assert dyad.extract(page, source="p.txt").doc.published == "2023-06-12", page[:40]
    # an update's date alone is still the page's date
    alone = en.replace("Published: June 12, 2023\n", "")
    assert dyad.extract(alone, source="p.txt").doc.published == "2023-06-14"


def test_a_place_and_day_with_a_full_stop_open_the_body_as_a_dateline() -> None:
    with_year = dyad.extract("Министры встретились\nРига, 14 июня 2023 г. Министры иностранных дел Латвии и Литвы "
                             "обсудили охрану общей границы.", source="p.txt")
    assert with_year.doc.published == "2023-06-14"
    without_year = dyad.extract("Рига, 14 июня. Министры иностранных дел Латвии и Литвы обсудили охрану общей "
                                "границы.", source="p.txt")
    assert without_year.doc.published == "--06-14"
    # a weekday is no place
    assert dyad.extract("Tuesday, 14 June. The foreign ministers of Latvia and Lithuania discussed the common "
                        "border.", source="p.txt").doc.published is None


# A related story's teaser inside the body: its picture titled "<words> - <outlet>", then its
# headline. Neither is the report's content; the wire dateline naming the outlet is.
TEASER_PAGE = ("Armenia and Georgia plan to double their trade\n\n"
               "Armenia and Georgia plan to double their trade - Sputnik Armenia\n"
               "Subscribe\n"
               "The deputy prime ministers of the two countries held talks in Tbilisi.\n\n"
               "YEREVAN, 4 Oct - Sputnik. Armenia and Georgia intend to double their trade to 800 million dollars, "
               "the Armenian government's press service said after the talks.\n\n"
               "Defence ministers of Armenia and Georgia Suren Papikyan and Irakli Chikovani - Sputnik Armenia\n"
               "Armenia and Georgia signed a plan of military cooperation\n\n"
               "Armenian Deputy Prime Minister Mher Grigoryan is visiting Georgia from 3 to 5 October at the invitation "
               "of his Georgian counterpart.\n")


def test_a_related_storys_picture_and_headline_in_the_body_are_furniture() -> None:
    r = dyad.extract(TEASER_PAGE, source="p.txt")
    assert "Papikyan" not in r.doc.text
    assert "plan of military cooperation" not in r.doc.text
    assert not r.agreements
    assert "YEREVAN, 4 Oct - Sputnik. Armenia and Georgia intend" in r.doc.text
    assert "Mher Grigoryan is visiting Georgia" in r.doc.text


def test_the_plain_headline_is_chosen_over_its_share_title_with_the_outlet() -> None:
    assert dyad.extract(TEASER_PAGE, source="p.txt").doc.title == "Armenia and Georgia plan to double their trade"
