"""The clean stage: page junk out, metadata found, offsets kept, hostile pages made harmless.

On the seeds (../shared/corpus/seeds, or examples/) against their gold, and on small pages
written here in English, German and Russian."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from conftest import SEED_GOLD
from dyad.clean import clean
from dyad.clean.html import (
    MAX_DEPTH,
    cut_elements,
    extract_page,
    nesting_depth,
    published_in_markup,
    strip_blocks,
)
from dyad.clean.meta import detect_language, find_dateline, outlet_from_header, outlet_from_url, parse_date
from dyad.clean.pipeline import MAX_TEXT_CHARS, reads_as_words
from dyad.clean.text import clean_text, is_junk, pick_headline
from dyad.model import Doc, RawDoc
from dyad.read import InputError, read_file


def clean_str(text: str, media: str = "text/plain", url: str | None = None) -> Doc:
    return clean(RawDoc("t", text.encode("utf-8"), media, url=url))


def seed(seeds_dir: Path, prefix: str) -> tuple[Doc, str]:
    (path,) = seeds_dir.glob(f"{prefix}_*.txt")
    return clean(read_file(path)), path.read_text(encoding="utf-8")


def gold(prefix: str) -> dict | None:
    found = list(SEED_GOLD.glob(f"{prefix}_*.json")) if SEED_GOLD.exists() else []
    return json.loads(found[0].read_text(encoding="utf-8")) if found else None


# -- the seeds


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_metadata_matches_gold(seeds_dir: Path, prefix: str) -> None:
    doc, _ = seed(seeds_dir, prefix)
    expected = gold(prefix) or {}
    for field in ("language", "outlet", "title", "published"):
        if field in expected:
            assert getattr(doc, field) == expected[field], field


def test_save_day_header_dropped_and_not_the_publication_date(seeds_dir: Path) -> None:
    for prefix, saved, published in (("000", "Flag Friday, 29 March 2024", "2021-06-09"),
                                     ("001", "Flag Saturday, 20 April 2024", "2017-11-23")):
        doc, original = seed(seeds_dir, prefix)
        assert saved in original and saved not in doc.text
        assert doc.published == published
    for line in ("Flag Friday, 29 March 2024", "Monday, 4 March 2024", "Пятница, 29 марта 2024"):
        assert is_junk(line), line


def test_menus_share_lines_and_footer_dropped(seeds_dir: Path) -> None:
    doc, original = seed(seeds_dir, "004")
    for junk in ("- Share on Facebook", "- Share on VK", "- Share on Twitter", "Photo: BELTA"):
        assert junk in original and junk not in doc.text, junk
    doc, original = seed(seeds_dir, "000")
    assert not doc.text.startswith(("Projects", "Government Bodies", "All news"))
    assert doc.junk_lines >= 6
    doc, original = seed(seeds_dir, "002")
    assert "National Emblem of Kazakhstan" not in doc.text
    assert doc.text.count("Official website of the") == 0


def test_repeated_body_dropped_once(seeds_dir: Path) -> None:
    doc, original = seed(seeds_dir, "003")
    assert doc.repeated_removed
    meeting = doc.text.split("\n")[1]  # "Heute traf sich die Vorsitzende ...": the page has it twice
    assert meeting.startswith("Heute traf sich") and original.count(meeting) == 2 and doc.text.count(meeting) == 1
    for line in doc.text.split("\n"):
        if len(line.split()) >= 6:
            assert doc.text.count(line) == 1, line


def test_headline_and_dateline_of_seeds(seeds_dir: Path) -> None:
    doc, _ = seed(seeds_dir, "000")
    assert doc.title == "Kochanova: Kazakhstan is Belarus' friend, ally and strategic partner"
    assert doc.title_span == (0, len(doc.title)) and doc.text.startswith(doc.title)
    assert doc.dateline_place == "Minsk"
    s, e = doc.dateline_span
    assert doc.text[s:e].startswith("MINSK, 9 June (BelTA)")
    doc, _ = seed(seeds_dir, "003")
    assert doc.title is None and doc.dateline_place == "Minsk" and doc.published == "--02-27"


def test_partial_date_when_the_text_gives_no_year(seeds_dir: Path) -> None:
    assert seed(seeds_dir, "003")[0].published == "--02-27"  # "MINSK, 27. Februar (BelTA)"
    assert seed(seeds_dir, "004")[0].published == "--02-05"  # "12:58, 5 February"
    assert parse_date("12:58, 5 February", "en") == "--02-05"
    assert parse_date("27. Februar", "de") == "--02-27"
    assert parse_date("5 марта", "ru") == "--03-05"
    assert parse_date("09 June 2021, 18:47", "en") == "2021-06-09"
    assert parse_date("November 29, 2017", "en") == "2017-11-29"


def test_outlet_from_dateline_site_header_or_url(seeds_dir: Path) -> None:
    assert seed(seeds_dir, "000")[0].outlet == "BelTA"  # "(BelTA)" in the dateline
    assert seed(seeds_dir, "002")[0].outlet == "Akorda"  # "Official website of the President ..."
    assert seed(seeds_dir, "004")[0].outlet is None  # "Photo: BELTA" credits a photo only
    assert outlet_from_header("Official website of the President of the Republic of Kazakhstan") == "Akorda"
    assert outlet_from_header("BelTA") is None  # a short name in a header may be a menu link
    assert outlet_from_url("https://eng.belta.by/politics/view/x") == "BelTA"
    assert outlet_from_url("https://www.inform.kz/ru/x") == "Kazinform"
    assert outlet_from_url("https://example.org/x") is None


def test_segments_map_back_into_the_original(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        original = path.read_text(encoding="utf-8")
        doc = clean(read_file(path))
        assert doc.segments
        for clean_start, orig_start, length in doc.segments:
            assert doc.text[clean_start:clean_start + length] == original[orig_start:orig_start + length]
        if doc.dateline_span:
            s, e = doc.dateline_span
            o = doc.original_offset(s)
            assert o is not None and original[o:o + (e - s)] == doc.text[s:e]
        assert doc.original_offset(len(doc.text) + 10) is None


def test_cleaning_the_cleaned_text_changes_nothing(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = clean(read_file(path))
        again = clean_str(doc.text)
        assert again.text == doc.text and again.doc_id == doc.doc_id, path.name


# -- small texts in three languages

EN = """Home
News
Politics
Flag Monday, 4 March 2024
12 February 2024, 10:15

Tokayev and Lukashenko discuss trade in Astana

ASTANA, 12 February (Kazinform) - President of Kazakhstan Kassym-Jomart Tokayev met with President of Belarus \
Aleksandr Lukashenko in Astana on 12 February, Kazinform reports.

The two leaders discussed trade, industrial cooperation and transit, and agreed to meet again later this year.

Share on Facebook
Subscribe to our channel
© 2024 Kazinform. All rights reserved.
"""

DE = """Startseite
Politik
Montag, 4. März 2024

Lukaschenko empfängt kasachischen Premierminister in Minsk

MINSK, 27. Februar (BelTA) – Der Präsident von Belarus Alexander Lukaschenko hat sich mit dem Premierminister \
von Kasachstan getroffen.
Beide Seiten wollen die Zusammenarbeit in der Landwirtschaft und im Maschinenbau deutlich ausbauen, hieß es.
Teilen
Abonnieren
MINSK, 27. Februar (BelTA) – Der Präsident von Belarus Alexander Lukaschenko hat sich mit dem Premierminister \
von Kasachstan getroffen.
Beide Seiten wollen die Zusammenarbeit in der Landwirtschaft und im Maschinenbau deutlich ausbauen, hieß es.
Lukaschenko empfängt kasachischen Premierminister in Minsk
Alle Rechte vorbehalten
"""

RU = """Главная
Новости
Пятница, 29 марта 2024
5 марта, 12:40

Лукашенко встретился с премьер-министром Казахстана

МИНСК, 5 марта /БЕЛТА/. Президент Беларуси Александр Лукашенко встретился с премьер-министром Казахстана \
в Минске, сообщает корреспондент БЕЛТА.
Стороны обсудили торговлю, промышленную кооперацию и транзит и договорились о новых проектах.
Поделиться
Подписаться на канал
Все права защищены
"""


def test_english_page_text() -> None:
    doc = clean_str(EN)
    assert doc.language == "en" and doc.outlet == "Kazinform"
    assert doc.title == "Tokayev and Lukashenko discuss trade in Astana"
    assert doc.published == "2024-02-12"  # the timestamp, not the save day (4 March 2024)
    assert doc.dateline_place == "Astana"
    for junk in ("Home", "Flag Monday", "Share on Facebook", "Subscribe", "All rights reserved"):
        assert junk not in doc.text, junk
    assert doc.text.endswith("agreed to meet again later this year.")


def test_german_page_text_repeated_body_and_headline_once() -> None:
    doc = clean_str(DE)
    assert doc.language == "de" and doc.outlet == "BelTA"
    assert doc.title == "Lukaschenko empfängt kasachischen Premierminister in Minsk"
    assert doc.published == "--02-27" and doc.dateline_place == "Minsk"
    assert doc.repeated_removed
    assert doc.text.count("Beide Seiten") == 1 and doc.text.count(doc.title) == 1
    for junk in ("Startseite", "Montag, 4. März 2024", "Teilen", "Abonnieren", "Alle Rechte"):
        assert junk not in doc.text, junk


def test_russian_page_text() -> None:
    doc = clean_str(RU)
    assert doc.language == "ru" and doc.outlet == "BelTA"
    assert doc.title == "Лукашенко встретился с премьер-министром Казахстана"
    assert doc.published == "--03-05"  # "5 марта, 12:40", not the save day "Пятница, 29 марта 2024"
    assert doc.dateline_place == "Minsk"
    for junk in ("Главная", "Пятница", "Поделиться", "Подписаться", "Все права"):
        assert junk not in doc.text, junk


def test_cp1251_bytes_are_read_as_russian() -> None:
    doc = clean(RawDoc("ru.txt", RU.encode("cp1251"), "text/plain"))
    assert doc.language == "ru" and "Президент Беларуси" in doc.text and doc.published == "--03-05"


def test_outlet_from_url_when_the_text_names_none() -> None:
    text = EN.replace("(Kazinform) ", "").replace("Kazinform reports", "reports say").replace("© 2024 Kazinform.", "")
    assert clean_str(text).outlet is None
    assert clean_str(text, url="https://www.inform.kz/en/tokayev-lukashenko").outlet == "Kazinform"


def test_language_detection() -> None:
    assert detect_language("The president met the prime minister to discuss trade and transit.") == "en"
    assert detect_language("Der Präsident traf den Ministerpräsidenten, um über den Handel zu sprechen.") == "de"
    assert detect_language("Президент встретился с премьер-министром и обсудил торговлю.") == "ru"
    assert detect_language("12345 !!! ---") is None


def test_datelines_in_three_languages() -> None:
    for text, place, agency in (("MINSK, 9 June (BelTA) – text", "MINSK", "BelTA"),
                                ("BERLIN, 12. März (dpa) - Text", "BERLIN", "dpa"),
                                ("ТАШКЕНТ, 5 марта /Корр. ИА/. Текст", "ТАШКЕНТ", "Корр. ИА")):
        dl = find_dateline(text)
        assert dl is not None and dl.place == place and dl.agency == agency, text
    assert find_dateline("Minsk is the capital, 9 June was a Sunday.") is None


def test_headline_is_next_to_the_date_line() -> None:
    head = ["Projects", "All news", "09 June 2021, 18:47", "Kochanova: Kazakhstan is Belarus' friend, ally"]
    assert pick_headline(head) == "Kochanova: Kazakhstan is Belarus' friend, ally"
    assert pick_headline(["Menu", "News"]) is None


def test_clean_text_offsets_survive_nul_bytes() -> None:
    text = "Headline of the story is here\n\x00MINSK, 9 June (BelTA) – Kaz\x00akhstan is a reliable strategic " \
           "partner of Belarus, she said on Friday.\x00\n"
    cleaned = clean_text(text)
    assert "\x00" not in cleaned.text
    for clean_start, orig_start, length in cleaned.segments:
        assert cleaned.text[clean_start:clean_start + length] == text[orig_start:orig_start + length]


def test_too_little_too_much_and_gibberish_are_refused_by_name() -> None:
    with pytest.raises(InputError, match=r"^t: no article text found$"):
        clean_str("Breaking news")
    with pytest.raises(InputError, match="text too long for one article"):
        clean_str("A sentence of a book that goes on and on for a very long time.\n" * 2 + "".join(
            f"Line {i} of a long text, which is no news article at all, goes on.\n" for i in range(2000)))
    assert MAX_TEXT_CHARS == 50_000
    gibberish = bytes(range(0xC0, 0x100)) * 10 + b" " + bytes(range(0x80, 0xC0)) * 10
    with pytest.raises(InputError, match="no article text found"):
        clean(RawDoc("g.txt", (gibberish + b"\xa0") * 20, "text/plain"))
    assert not reads_as_words("лэябВН¬Ы№ПЎ жаМЂАЉ’«ЬµЋшД слГјЊД ЧкЦзЫ" * 5)
    assert reads_as_words("Президент Беларуси and the UN met in Minsk; 北京 是 中国 的 首都")


# -- HTML pages through trafilatura

PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} - News agency</title>
<meta property="article:published_time" content="2024-06-14T12:30:00+03:00">
<script>window.dataLayer = [{{"page": "news"}}]; var t = "<p>Subscribe now to our newsletter</p>";</script>
<style>.menu {{ color: red }}</style>
</head>
<body>
<header class="site-header"><a href="/">Home</a><nav><ul><li><a href="/politics">Politics</a></li>
<li><a href="/economy">Economy</a></li><li><a href="/society">Society</a></li></ul></nav></header>
<div class="date-today">Flag Friday, 29 March 2024</div>
<main>
<article>
<h1>{title}</h1>
<div class="article-date">14 June 2024, 12:30</div>
{paragraphs}
<div class="share"><a href="https://facebook.com/share">Share on Facebook</a> <a href="https://vk.com/share">VK</a>
<a href="https://t.me/share">Telegram</a></div>
</article>
<aside><h3>Related news</h3><ul><li><a href="/n/1">Golovchenko visits Minsk Tractor Works</a></li>
<li><a href="/n/2">Kochanova meets with Chinese delegation</a></li></ul></aside>
</main>
<footer><p>© 2024 News agency. All rights reserved.</p><p><a href="/contacts">Contacts</a> |
<a href="/ads">Advertising</a></p></footer>
</body></html>
"""

PAGES = {
    "en": ("Lukashenko, Tokayev discuss trade and transit", [
        "MINSK, 14 June (BelTA) – President of Belarus Aleksandr Lukashenko and President of Kazakhstan "
        "Kassym-Jomart Tokayev discussed trade and transit during a telephone conversation on 14 June, BelTA has learned.",
        "The heads of state noted that trade between the two countries reached $1.2 billion last year and agreed "
        "to expand industrial cooperation.",
        "“Kazakhstan is our reliable partner,” Aleksandr Lukashenko said."]),
    "de": ("Lukaschenko und Tokajew sprechen über Handel", [
        "MINSK, 14. Juni (BelTA) – Der Präsident von Belarus Alexander Lukaschenko und der Präsident von "
        "Kasachstan Kassym-Schomart Tokajew haben am Telefon über Handel und Transit gesprochen.",
        "Der Handel zwischen beiden Ländern erreichte im vergangenen Jahr 1,2 Milliarden US-Dollar, hieß es.",
        "„Kasachstan ist unser verlässlicher Partner“, sagte Alexander Lukaschenko."]),
    "ru": ("Лукашенко и Токаев обсудили торговлю и транзит", [
        "МИНСК, 14 июня /БЕЛТА/. Президент Беларуси Александр Лукашенко и Президент Казахстана Касым-Жомарт "
        "Токаев обсудили торговлю и транзит в ходе телефонного разговора, сообщает корреспондент БЕЛТА.",
        "Товарооборот между странами в прошлом году достиг 1,2 млрд долларов, отметили главы государств.",
        "«Казахстан – наш надежный партнер», – сказал Александр Лукашенко."]),
}


def page(lang: str) -> str:
    title, paras = PAGES[lang]
    return PAGE.format(lang=lang, title=title, paragraphs="\n".join(f"<p>{p}</p>" for p in paras))


@pytest.mark.parametrize("lang", ["en", "de", "ru"])
def test_html_page_main_text_and_metadata(lang: str) -> None:
    title, paras = PAGES[lang]
    doc = clean_str(page(lang), "text/html", url="https://eng.belta.by/president/view/x")
    assert doc.language == lang and doc.title == title and doc.text.startswith(title)
    assert doc.title_span == (0, len(title))
    assert doc.published == "2024-06-14"  # declared in the markup; the save-day header is not it
    assert doc.dateline_place == "Minsk" and doc.outlet == "BelTA"
    for p in paras:
        assert p in doc.text
    for junk in ("Politics", "Flag Friday", "Share on Facebook", "Telegram", "Related news", "Golovchenko visits",
                 "All rights reserved", "Contacts", "Subscribe now", "dataLayer", "color: red"):
        assert junk not in doc.text, junk
    assert doc.segments == []  # trafilatura's text does not map into the HTML


def test_html_outlet_from_url_without_dateline() -> None:
    html = page("en").replace("MINSK, 14 June (BelTA) – ", "").replace(", BelTA has learned", "")
    assert clean_str(html, "text/html", url="https://www.inform.kz/en/x").outlet == "Kazinform"


def test_html_cp1251_page() -> None:
    html = page("ru").replace('charset="utf-8"', 'charset="windows-1251"').encode("cp1251")
    doc = clean(RawDoc("ru.html", html, "text/html"))
    assert doc.language == "ru" and "Президент Беларуси" in doc.text


def test_html_same_page_many_times_gives_the_same_text() -> None:
    """trafilatura's default duplicate cache is process-wide: the 4th read of a page lost its
    paragraphs. Each page now gets a cache of its own."""
    texts = {clean_str(page("en"), "text/html").text for _ in range(6)}
    assert len(texts) == 1


def test_html_without_article_and_binary_are_refused() -> None:
    with pytest.raises(InputError, match="no article text"):
        clean_str("<html><body><nav><a href='/'>Home</a></nav></body></html>", "text/html")
    with pytest.raises(InputError, match="binary data"):
        clean(RawDoc("x.html", bytes(range(256)) * 10, "text/html"))


def test_html_nested_deeper_than_the_parser_is_flattened_or_refused() -> None:
    title, paras = PAGES["en"]
    deep = page("en").replace("<article>", "<div>" * 10_000 + "<article>").replace("</article>",
                                                                                   "</article>" + "</div>" * 10_000)
    assert nesting_depth(deep) >= MAX_DEPTH
    t0 = time.monotonic()
    doc = clean_str(deep, "text/html")
    assert paras[0] in doc.text
    lists = "<html><body>" + "<ul><li>" * 10_000 + "text" + "</li></ul>" * 10_000 + "</body></html>"
    with pytest.raises(InputError, match="nested too deeply"):
        clean_str(lists, "text/html")
    assert time.monotonic() - t0 < 10


@pytest.mark.slow
def test_html_giant_tag_soup_is_cut_in_bounded_time() -> None:
    head = page("en").split("</main>")[0]
    soup = head + "<div><span>x</span></div>\n" * 300_000 + "</main></body></html>"  # 8 MB
    t0 = time.monotonic()
    doc = clean_str(soup, "text/html")
    assert PAGES["en"][1][0] in doc.text
    assert time.monotonic() - t0 < 20


def test_strip_blocks_and_cut_elements() -> None:
    html = ('a<script>x<p>no</p></script>b<!-- c -->d<style type=x>e</style >f<scripts>g'
            '<script type="application/ld+json">{"datePublished": "2019-02-03"}</script>h<svg><p>z</p></svg>i'
            '<script>never closed')
    assert strip_blocks(html) == ('abdf<scripts>g<script type="application/ld+json">{"datePublished": '
                                  '"2019-02-03"}</script>hi')
    t0 = time.monotonic()
    strip_blocks("<script>" * 100_000 + "<style>" * 100_000)
    assert time.monotonic() - t0 < 2
    assert cut_elements("<p>a</p>" * 10, limit=2) == "<p>a</p><p>a</p>"


def test_published_in_markup() -> None:
    assert published_in_markup('<meta property="article:published_time" content="2021-06-09T10:00:00">') == \
        "2021-06-09"
    assert published_in_markup("<meta content='2021-06-09' name='pubdate'>") == "2021-06-09"
    assert published_in_markup('<meta name="description" content="2020-01-01">'
                               '<script type="application/ld+json">{"datePublished": "2019-02-03"}</script>') == \
        "2019-02-03"
    assert published_in_markup('<time class="x" datetime="2018-05-06T00:00">May 6</time>') == "2018-05-06"
    assert published_in_markup("<p>no date</p>") is None


def test_published_in_markup_is_linear_on_hostile_tags() -> None:
    t0 = time.monotonic()
    for hostile in ("<meta " + "name='pubdate' " * 20_000, "<time " * 60_000,
                    "<meta name='pubdate' " + "content='x' " * 20_000):
        published_in_markup(hostile)
    assert time.monotonic() - t0 < 2


def test_extract_page_none_for_empty_page() -> None:
    assert extract_page("<html><body></body></html>") is None
