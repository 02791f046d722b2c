"""A hostile corpus: the inputs a batch meets in the wild, beside good articles.

Empty and blank files, binary files, invalid UTF-8, mixed encodings, NUL bytes, a 50 MB page,
HTML nested 10,000 deep, a JSONL with broken lines, truncated HTML, UTF-16 and cp1251 files,
among good articles in English, German and Russian. ``write_corpus`` returns, and writes to
``.manifest.json`` in the folder (dot files are not read by dyad), what should become of each
input: ``stored``, ``failed`` with a reason, or ``skipped`` (not a document: an image).

    python bench/hostile_corpus.py /tmp/hostile            # then: dyad ingest /tmp/hostile
    python bench/hostile_corpus.py /tmp/articles --only-good 300

As a module: ``good_article(i)`` is article ``i`` of an endless deterministic series of
distinct agency-style articles (each with a meeting and a trade figure), ``write_corpus``
and ``write_good``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import struct
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# (host country, its capital, its agency, host official with title, guest official with title)
SCENES_EN = [
    ("Belarus", "MINSK", "BelTA", "President of Belarus Aleksandr Lukashenko",
     "Prime Minister of Kazakhstan Alikhan Smailov", "Kazakhstan"),
    ("Belarus", "MINSK", "BelTA", "Chair of the Council of the Republic Natalya Kochanova",
     "Ambassador of Kazakhstan to Belarus Askar Beisenbayev", "Kazakhstan"),
    ("Kazakhstan", "ASTANA", "Kazinform", "President of Kazakhstan Kassym-Jomart Tokayev",
     "Prime Minister of Belarus Roman Golovchenko", "Belarus"),
    ("Russia", "MOSCOW", "TASS", "Russian Foreign Minister Sergey Lavrov",
     "Foreign Minister of Kazakhstan Murat Nurtleu", "Kazakhstan"),
]
SECTORS_EN = ["agricultural machinery", "pharmaceuticals", "food products", "transit and logistics",
              "machine building", "education", "energy", "tourism", "industrial cooperation", "digital services"]


@dataclass(frozen=True)
class Expect:
    outcome: str  # stored | failed | skipped
    reason: str = ""  # a phrase the failure's reason contains
    source: str = ""  # the name dyad reports (a path, or path:line inside a JSONL file)


def good_article(i: int, junk: bool = True) -> str:
    """English agency article number ``i``: distinct text, a meeting, quotes and a trade figure."""
    rnd = random.Random(1000 + i)
    host, place, agency, host_person, guest_person, guest = SCENES_EN[i % len(SCENES_EN)]
    month = rnd.randrange(12)
    day = rnd.randint(1, 28)
    year = 2015 + rnd.randrange(10)
    sector = SECTORS_EN[rnd.randrange(len(SECTORS_EN))]
    other = SECTORS_EN[(SECTORS_EN.index(sector) + 1 + rnd.randrange(len(SECTORS_EN) - 1)) % len(SECTORS_EN)]
    value = f"{rnd.randint(1, 9)}.{rnd.randint(1, 9)}"
    growth = f"{rnd.randint(2, 40)}.{rnd.randint(1, 9)}"
    surname = host_person.split()[-1]
    lines = []
    if junk:
        lines += ["Projects", "Government Bodies",
                  f"Flag {WEEKDAYS_EN[rnd.randrange(7)]}, {rnd.randint(1, 28)} {MONTHS_EN[rnd.randrange(12)]} 2025",
                  "All news", "Politics", f"{day:02d} {MONTHS_EN[month]} {year}, {rnd.randint(8, 20)}:{rnd.randint(10, 59)}",
                  ""]
    lines += [
        f"{surname} and {guest} discuss cooperation in {sector} (report {i})",
        "",
        f"{place}, {day} {MONTHS_EN[month]} ({agency}) – {host_person} met with {guest_person} in "
        f"{place.title()} on {day} {MONTHS_EN[month]}, {agency} has learned.",
        "",
        f"“{guest} is a reliable partner of {host}. We have good results in {sector} and we are ready to do "
        f"more in {other},” {surname} said.",
        "",
        f"According to him, trade between {host} and {guest} reached ${value} billion in {year - 1}, "
        f"and in January-{MONTHS_EN[max(month, 1)]} {year} it grew by {growth}%.",
        "",
        f"The sides also discussed projects number {rnd.randint(10, 99)} and {rnd.randint(100, 999)} in {other} "
        f"and agreed to hold the next round of consultations in {year + 1}.",
        "",
    ]
    if junk:
        lines += ["- Share on Facebook", "- Share on VK", "Subscribe to us", "Twitter", "© 2025 All rights reserved"]
    return "\n".join(lines) + "\n"


GERMAN = """\
MINSK, {day}. {month} (BelTA) – Der Präsident von Belarus Alexander Lukaschenko traf sich am {day}. {month} \
in Minsk mit dem Premierminister von Kasachstan Alichan Smailow.

„Kasachstan ist unser verlässlicher Partner, und wir wollen die Zusammenarbeit in der Landwirtschaft \
und im Maschinenbau ausbauen“, sagte Alexander Lukaschenko.

Der Handel zwischen Belarus und Kasachstan erreichte im vergangenen Jahr {n} Milliarden US-Dollar.
"""

RUSSIAN = """\
Лукашенко встретился с премьер-министром Казахстана

МИНСК, {day} {month} /БЕЛТА/. Президент Беларуси Александр Лукашенко встретился с премьер-министром \
Казахстана Аликханом Смаиловым в Минске.

«Казахстан – наш надежный партнер. Мы готовы расширять сотрудничество в промышленности и сельском \
хозяйстве», – сказал Александр Лукашенко.

По его словам, товарооборот между Беларусью и Казахстаном в прошлом году составил 1,{n} млрд долларов.
"""


def german_article(i: int) -> str:
    """German agency article number ``i`` (distinct for every i: the trade figure is i's own)."""
    rnd = random.Random(2000 + i)
    return GERMAN.format(day=rnd.randint(1, 28), month=MONTHS_DE[rnd.randrange(12)], n=f"{1 + i // 10},{i % 10}5")


def russian_article(i: int) -> str:
    rnd = random.Random(3000 + i)
    return RUSSIAN.format(day=rnd.randint(1, 28), month=MONTHS_RU[rnd.randrange(12)], n=rnd.randint(1, 9))


def html_page(body_text: str, title: str, deep: int = 0, wrapper: str = "div") -> str:
    """A realistic page: head with scripts, nav, header, the article, share buttons, footer."""
    paras = "\n".join(f"<p>{p}</p>" for p in body_text.split("\n") if p.strip())
    article = f"<article><h1>{title}</h1>\n{paras}\n</article>"
    if deep:
        article = f"<{wrapper}>" * deep + article + f"</{wrapper}>" * deep
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | News</title>
<script>var tracking = {{"id": 1, "html": "<p>not text</p>"}};</script>
<style>body {{ font-family: sans-serif; }}</style></head>
<body>
<header><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/economy">Economy</a></header>
<nav><ul><li><a href="/a">All news</a></li><li><a href="/b">Society</a></li></ul></nav>
<main>{article}</main>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Twitter</a> <a href="#">Telegram</a></div>
<footer><p>© 2025 News agency. All rights reserved.</p><a href="/contacts">Contacts</a></footer>
</body></html>
"""


def png_bytes() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\x00\xff\x00" * 8 for _ in range(8))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def write_huge(path: Path, size: int) -> None:
    """A page of `size` bytes, written in chunks (memory stays small)."""
    block = ("<div class='row'><span>filler text of a giant page</span></div>\n" * 1000).encode()
    with path.open("wb") as fh:
        fh.write(b"<!DOCTYPE html><html><body>\n")
        written = 0
        while written < size:
            fh.write(block)
            written += len(block)
        fh.write(b"</body></html>\n")


def write_corpus(folder: Path, good: int = 6, huge_mb: int = 50) -> dict[str, Expect]:
    """Write the hostile corpus into `folder`; returns file name (or JSONL line label) -> Expect."""
    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(7)
    exp: dict[str, Expect] = {}

    def put(name: str, data: bytes | str, expect: Expect) -> None:
        (folder / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        exp[name] = Expect(expect.outcome, expect.reason, str(folder / name))

    stored, failed = Expect("stored"), Expect
    for i in range(good):
        put(f"good_en_{i:02d}.txt", good_article(i), stored)
    put("good_de.txt", german_article(0), stored)
    put("good_ru.txt", russian_article(0), stored)
    put("good_page.html", html_page(good_article(good, junk=False).split("\n", 2)[2],
                                    good_article(good, junk=False).split("\n", 1)[0]), stored)
    put("статья с пробелами.txt", good_article(good + 1), stored)
    # File names that are not UTF-8 (Linux allows any bytes): reported and stored with the
    # bad byte escaped ("\\xff").
    for raw_name, data, expect in ((b"bad_name_\xff.txt", good_article(good + 9).encode(), stored),
                                   (b"empty_bad_name_\xfe.txt", b"", failed("failed", "empty input"))):
        (folder / os.fsdecode(raw_name)).write_bytes(data)
        shown = raw_name.decode("utf-8", "backslashreplace")
        exp[shown] = Expect(expect.outcome, expect.reason, f"{folder}/{shown}")

    put("empty.txt", b"", failed("failed", "empty input"))
    put("blank.txt", b"  \n\n\t \r\n", failed("failed", "empty input"))
    put("binary.html", bytes(rnd.randrange(256) for _ in range(20_000)), failed("failed", "binary data"))
    put("random.txt", bytes(rnd.randrange(256) for _ in range(5_000)), failed("failed", "binary data"))
    put("nul_only.txt", b"\x00" * 10_000, failed("failed", "binary data"))
    put("picture.png", png_bytes(), Expect("skipped"))  # a folder's image is no document: not read
    put("utf16.txt", "\ufeff".encode("utf-16-le") + good_article(good + 2).encode("utf-16-le"), stored)

    # Invalid UTF-8: an article with a few broken bytes is still an article; bytes that are
    # nothing but broken UTF-8 are not.
    art = good_article(good + 3).encode("utf-8")
    cut = art.index(b"According")
    put("invalid_utf8_article.txt", art[:cut] + b"\xff\xfe\xc3(" + art[cut:], stored)
    put("invalid_utf8_garbage.txt", bytes(rnd.randrange(0x80, 0x100) for _ in range(3_000)),
        failed("failed", "no article text"))
    # Mixed encodings: a UTF-8 Russian article with paragraphs pasted in cp1251.
    ru = russian_article(1).split("\n")
    mixed = "\n".join(ru[:3]).encode("utf-8") + b"\n" + "\n".join(ru[3:]).encode("cp1251")
    put("mixed_encoding.txt", mixed, stored)
    # NUL bytes: stray ones inside an article, and an article padded with NULs by a bad copy.
    art = good_article(good + 4)
    put("nul_inside.txt", art[:200] + "\x00" + art[200:400] + "\x00\x00" + art[400:], stored)
    put("nul_padded.txt", good_article(good + 5).encode() + b"\x00" * 65_536, stored)
    # Size: a 50 MB page (refused by its size), a 3 MB text (too long to be one article).
    write_huge(folder / "huge_page.html", huge_mb * 1024 * 1024)
    exp["huge_page.html"] = Expect("failed", "too large", str(folder / "huge_page.html"))
    put("long_text.txt", "".join(f"Line {n} of a log that someone saved with a .txt name, it goes on and on.\n"
                                 for n in range(40_000)), failed("failed", "too long"))
    # Nesting: an article 10,000 wrappers deep is flattened and read; 10,000 nested lists are refused.
    deep_text = good_article(good + 6, junk=False)
    put("deep_nested.html", html_page(deep_text.split("\n", 2)[2], deep_text.split("\n", 1)[0], deep=10_000), stored)
    put("deep_lists.html", "<!DOCTYPE html><html><body>" + "<ul><li>" * 10_000 + "x" + "</li></ul>" * 10_000
        + "</body></html>", failed("failed", "nested too deeply"))
    # Truncated HTML: cut after the article (still an article), and cut inside <head> (none).
    page = html_page(good_article(good + 7, junk=False).split("\n", 2)[2], good_article(good + 7).split("\n")[7])
    put("truncated_article.html", page[: page.index("</article>") + 3], stored)
    put("truncated_head.html", page[: page.index("<style>") + 10], failed("failed", "no article text"))
    put("menu_only.html", html_page("Home", "Menu").replace("<article><h1>Menu</h1>\n<p>Home</p>\n</article>", ""),
        failed("failed", "no article text"))
    put("too_short.txt", "Breaking news\n", failed("failed", "no article text"))
    # cp1251: a Russian article as many Cyrillic sites still serve it; must be read correctly.
    put("cp1251_ru.txt", russian_article(2).encode("cp1251"), stored)
    put("cp1251_ru.html", html_page(russian_article(3).split("\n", 2)[2], russian_article(3).split("\n", 1)[0])
        .replace('charset="utf-8"', 'charset="windows-1251"').encode("cp1251"), stored)

    # A JSONL file: good lines among broken ones; each line is its own input.
    path = folder / "mixed.jsonl"
    lines: list[bytes] = [
        json.dumps({"id": "jsonl-good-1", "text": good_article(good + 8)}).encode(),
        b'{"id": "broken", "text": "MINSK, 1 June (BelTA) \xe2\x80\x93 cut in the mid',
        b"[1, 2, 3]",
        json.dumps({"id": "no-text", "title": "a record without text"}).encode(),
        b"",
        b'{"text": "\xff\xfe invalid utf-8 in a JSON line"}',
        json.dumps({"id": "jsonl-good-2", "html": html_page(german_article(1), "Treffen in Minsk")}).encode(),
        json.dumps({"id": "jsonl-empty", "text": "   "}).encode(),
        json.dumps({"id": "jsonl-good-ru", "text": russian_article(4)}, ensure_ascii=False).encode(),
        # A lone surrogate escape is valid JSON but no encodable text; and a label with a line break.
        json.dumps({"id": "jsonl-surrogate", "text": good_article(good + 10)}).replace("has learned",
                                                                                      "has \\ud800 learned").encode(),
        json.dumps({"id": "jsonl\nsplit label", "text": good_article(good + 11)}).encode(),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    exp["jsonl-good-1"] = Expect("stored", "", "jsonl-good-1")
    exp["mixed.jsonl:2"] = Expect("failed", "not a JSON object", f"{path}:2")
    exp["mixed.jsonl:3"] = Expect("failed", "not a JSON object", f"{path}:3")
    exp["mixed.jsonl:4"] = Expect("failed", 'no "text" or "html" field', f"{path}:4")
    exp["mixed.jsonl:6"] = Expect("failed", "not a JSON object", f"{path}:6")
    exp["jsonl-good-2"] = Expect("stored", "", "jsonl-good-2")
    exp["mixed.jsonl:8"] = Expect("failed", 'no "text" or "html" field', f"{path}:8")
    exp["jsonl-good-ru"] = Expect("stored", "", "jsonl-good-ru")
    exp["jsonl-surrogate"] = Expect("stored", "", "jsonl-surrogate")
    exp["jsonl split label"] = Expect("stored", "", "jsonl split label")

    (folder / ".manifest.json").write_text(json.dumps({k: asdict(v) for k, v in exp.items()}, indent=1,
                                                      ensure_ascii=False), encoding="utf-8")
    return exp


def write_good(folder: Path, n: int, english_every: int = 1) -> list[Path]:
    """`n` distinct good articles as files: English ones every `english_every`-th, German ones
    (about five times cheaper to extract) between them."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"article_{i:05d}.txt"
        p.write_text(good_article(i) if i % english_every == 0 else german_article(i), encoding="utf-8")
        paths.append(p)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--good", type=int, default=6, help="good English articles among the hostile inputs")
    ap.add_argument("--huge-mb", type=int, default=50)
    ap.add_argument("--only-good", type=int, metavar="N", help="write N good articles and nothing else")
    args = ap.parse_args()
    if args.only_good:
        write_good(args.out, args.only_good)
        print(f"{args.only_good} articles in {args.out}")
        return
    exp = write_corpus(args.out, args.good, args.huge_mb)
    by = {o: sum(1 for e in exp.values() if e.outcome == o) for o in ("stored", "failed", "skipped")}
    print(f"{len(exp)} inputs in {args.out}: {by['stored']} to store, {by['failed']} to fail, "
          f"{by['skipped']} to skip (manifest: {args.out / '.manifest.json'})")


if __name__ == "__main__":
    main()
