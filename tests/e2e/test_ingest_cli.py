"""`dyad ingest` as a user runs it: bad inputs named once each and skipped, good ones stored,
a second run of the same inputs a no-op, and standard input as one document or a JSONL stream."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT

sys.path.insert(0, str(ROOT / "bench"))
import make_corpus  # noqa: E402

pytestmark = pytest.mark.slow  # `dyad ingest` as a user runs it: `make test` skips it, CI runs it (`make test-all`)

DYAD = Path(sys.executable).parent / "dyad"
TIMEOUT = 300


def dyad(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "250", "NO_COLOR": "1"}
    res = subprocess.run([str(DYAD), *args], input=stdin.decode("utf-8") if stdin is not None else None,
                         capture_output=True, text=True, env=env, cwd=cwd, timeout=TIMEOUT)
    return res


def db_counts(stdout: str) -> dict[str, int]:
    line = next(ln for ln in stdout.splitlines() if ln.startswith("database:"))
    return {k: int(v) for k, v in re.findall(r"(\w+) (\d+)", line.split(":", 1)[1])}


def summary(stdout: str) -> dict[str, int]:
    line = next(ln for ln in stdout.splitlines() if ln.startswith("read "))
    return {k.split()[-1]: int(v) for v, k in ((m[1], m[0]) for m in re.findall(r"([a-z ]+) (\d+)", line))}


def generated(kind: str, lang: str) -> tuple[str, str]:
    """The first generated article of a kind ("txt" or "html") and language."""
    for i in range(500):
        name, text, art = make_corpus.article(i, seed=5)
        if name.endswith(kind) and art.lang == lang:
            return name, text
    raise AssertionError(f"no {kind} article in {lang}")


NO_ARTICLE_PAGE = """<!DOCTYPE html><html><head><title>Page not found</title></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<div class="error">404</div><footer>© 2024</footer></body></html>"""


@pytest.fixture(scope="module")
def messy(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], list[str]]:
    """A folder with bad inputs (name -> the words of the expected reason) and good documents."""
    folder = tmp_path_factory.mktemp("messy")
    bad = {"empty.txt": "empty", "binary.txt": "binary", "not_found.html": "no article"}
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8 + b"\x00" * 512)
    (folder / "not_found.html").write_text(NO_ARTICLE_PAGE, encoding="utf-8")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))  # not a document: ignored quietly
    good = []
    for kind, lang in (("txt", "en"), ("txt", "de"), ("html", "en")):
        name, text = generated(kind, lang)
        (folder / name).write_text(text, encoding="utf-8")
        good.append(name)
    name, text = generated("txt", "ru")
    (folder / "ru_cp1251.txt").write_bytes(text.encode("cp1251"))  # a Russian site's legacy encoding
    good.append("ru_cp1251.txt")
    return folder, bad, good


@pytest.fixture(scope="module")
def messy_run(messy: tuple[Path, dict[str, str], list[str]],
              tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    folder = messy[0]
    return dyad("ingest", str(folder), "--db", f"sqlite:///{tmp_path_factory.mktemp('db') / 'dyad.db'}", "-q")


def test_bad_inputs_are_named_and_good_ones_stored(messy: tuple[Path, dict[str, str], list[str]],
                                                   messy_run: subprocess.CompletedProcess[str]) -> None:
    _folder, bad, good = messy
    res = messy_run
    assert res.returncode == 1, res.stderr  # some inputs failed, the rest were stored
    lines = (res.stdout + res.stderr).splitlines()
    for name, reason in bad.items():
        naming = [ln for ln in lines if name in ln]
        assert naming, f"{name} is not reported:\n{res.stdout}\n{res.stderr}"
        assert all(reason in ln.lower() for ln in naming), naming
    assert not [ln for ln in lines if "photo.png" in ln]
    assert summary(res.stdout) == {"read": 7, "stored": 4, "duplicates": 0, "failed": 3}, res.stdout
    assert db_counts(res.stdout)["documents"] == len(good)


def test_each_bad_input_is_reported_once(messy: tuple[Path, dict[str, str], list[str]],
                                         messy_run: subprocess.CompletedProcess[str]) -> None:
    lines = (messy_run.stdout + messy_run.stderr).splitlines()
    for name in messy[1]:
        naming = [ln for ln in lines if name in ln]
        assert len(naming) == 1, f"{name} should be reported on exactly one line:\n" + "\n".join(naming)


def test_cp1251_article_is_read_as_russian(messy: tuple[Path, dict[str, str], list[str]]) -> None:
    folder, _bad, _good = messy
    res = dyad("extract", str(folder / "ru_cp1251.txt"))
    assert res.returncode == 0, res.stderr
    rec = json.loads(res.stdout)
    assert rec["language"] == "ru"
    assert re.search("[А-Яа-я]{4,}", rec["title"] or ""), rec["title"]
    assert rec["people"], rec


def test_ingesting_the_examples_twice_leaves_the_same_rows(tmp_path: Path) -> None:
    """What `make run` does, twice: the second run stores nothing new and changes no count."""
    url = f"sqlite:///{tmp_path / 'dyad.db'}"
    first = dyad("ingest", str(EXAMPLES), "--db", url, "-q")
    assert first.returncode == 0, first.stderr
    second = dyad("ingest", str(EXAMPLES), "--db", url, "-q")
    assert second.returncode == 0, second.stderr
    n = len(list(EXAMPLES.iterdir()))
    s1, s2 = summary(first.stdout), summary(second.stdout)
    assert s1["read"] == s2["read"] == n and s1["failed"] == s2["failed"] == 0
    assert s2["stored"] == 0 and s2["duplicates"] == n
    assert db_counts(first.stdout) == db_counts(second.stdout)
    assert db_counts(first.stdout)["documents"] == s1["stored"] > 0


def test_stdin_jsonl_stream_is_many_documents(tmp_path: Path) -> None:
    lines = [make_corpus.jsonl_line(*make_corpus.article(i, seed=9)) for i in range(4)]
    lines.insert(2, "{not json")
    res = dyad("ingest", "-", "--db", f"sqlite:///{tmp_path / 'dyad.db'}", "-q",
               stdin=("\n".join(lines) + "\n").encode("utf-8"))
    assert res.returncode == 1, res.stderr  # one line failed
    assert summary(res.stdout) == {"read": 5, "stored": 4, "duplicates": 0, "failed": 1}, res.stdout
    assert "<stdin>:3" in res.stdout + res.stderr


def test_stdin_plain_text_is_one_document(tmp_path: Path) -> None:
    text = next(iter(sorted(EXAMPLES.iterdir()))).read_bytes()
    res = dyad("ingest", "-", "--db", f"sqlite:///{tmp_path / 'dyad.db'}", "-q", stdin=text)
    assert res.returncode == 0, res.stderr
    assert summary(res.stdout)["stored"] == 1, res.stdout


def test_escape_sequences_in_names_are_shown_not_obeyed(tmp_path: Path) -> None:
    """A file name that would clear the screen and retitle the terminal is printed as escapes."""
    folder = tmp_path / "in"
    folder.mkdir()
    evil = "a\x1b]0;pwned\x07\x1b[2J\u202eb.txt"
    (folder / evil).write_bytes(b"")
    res = dyad("ingest", str(folder), "--db", f"sqlite:///{tmp_path / 'dyad.db'}", "-q")
    assert res.returncode == 1, res.stderr
    assert "\x1b" not in res.stderr + res.stdout and "\x07" not in res.stderr and "\u202e" not in res.stderr
    assert "a\\x1b]0;pwned\\x07\\x1b[2J\\u202eb.txt: empty input" in res.stderr, res.stderr


def test_exit_status_says_whether_every_input_went_in(tmp_path: Path) -> None:
    """1: some failed, the rest stored (or printed); 2: usage. Stated in --help. (0, all in, is
    what every clean run of the other tests asserts.)"""
    good = next(iter(sorted(EXAMPLES.iterdir())))
    (tmp_path / "empty.txt").write_bytes(b"")
    url = f"sqlite:///{tmp_path / 'dyad.db'}"
    mixed = dyad("ingest", str(good), str(tmp_path / "empty.txt"), "--db", url, "-q")
    assert mixed.returncode == 1 and "empty input" in mixed.stderr and "stored 1," in mixed.stdout
    extracted = dyad("extract", str(tmp_path / "empty.txt"), str(good))
    assert extracted.returncode == 1 and len(extracted.stdout.splitlines()) == 1
    assert dyad("ingest", "--no-such-option", str(good)).returncode == 2
    for command in ("ingest", "extract", "collect"):
        help_text = " ".join(dyad(command, "--help").stdout.split())
        assert "Exit status: 0" in help_text and "1 when some" in help_text and "2 for usage errors" in help_text
