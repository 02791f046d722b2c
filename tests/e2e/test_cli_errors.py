"""What a user sees when something is wrong: one line naming the problem and the input, a
non-zero exit, nothing created; `--version`; tables that fit 80 columns (issue 14)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, ROOT
from dyad import validate
from dyad.cli import app
from dyad.read import iter_sources
from dyad.run import ingest
from dyad.store.db import engine_for
from dyad.tables import fit

READ_COMMANDS = [["events"], ["people"], ["figures"], ["quotes"], ["claims"], ["export", "--out", "x"]]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'dyad.db'}"
    summary = ingest(iter_sources([str(p) for p in sorted(EXAMPLES.iterdir())]), engine_for(url))
    assert summary.stored == 5
    return url


def invoke(*args: str, columns: int = 80) -> tuple[int, str, str]:
    res = CliRunner(env={"COLUMNS": str(columns), "NO_COLOR": "1"}).invoke(app, list(args))
    return res.exit_code, res.stdout, res.stderr


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_a_read_command_refuses_a_missing_database_and_creates_nothing(command: list[str], tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, stdout, stderr = invoke(command[0], "--db", f"sqlite:///{tmp_path / 'typo.db'}", *command[1:])
    assert code == 1
    assert stderr.count("\n") == 1 and "typo.db" in stderr and stderr.startswith("error: ")
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_is_not_a_database_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("not sqlite at all\n" * 100)
    code, _out, stderr = invoke("events", "--db", f"sqlite:///{bad}")
    assert code == 1 and stderr.count("\n") == 1 and "Traceback" not in stderr
    assert "database" in stderr


@pytest.mark.parametrize(("args", "named"), [
    (["events", "--since", "yesterday"], "yesterday"),
    (["events", "--since", "2024-02-30"], "2024-02-30"),
    (["quotes", "--since", "14.03.2024"], "14.03.2024"),
    (["people", "--country", "KAZX"], "KAZX"),
    (["figures", "--country", "XYZ"], "XYZ"),
    (["claims", "--pair", "BLRKAZX"], "BLRKAZX"),
    (["claims", "--pair", "BLR-XXX"], "XXX"),
    (["claims", "--pair", "KAZ-KAZ"], "KAZ-KAZ"),
])
def test_a_filter_that_cannot_match_is_an_error_naming_it(db: str, args: list[str], named: str) -> None:
    code, stdout, stderr = invoke(*args, "--db", db)
    assert code == 2, stdout
    assert stdout == ""
    assert stderr.count("\n") == 1 and named in stderr


@pytest.mark.parametrize("written", ["BLR-KAZ", "blr-kaz", "BLRKAZ", "kaz-blr", "KAZBLR"])
def test_a_pair_may_be_written_several_ways(db: str, written: str) -> None:
    assert validate.pair(written) == "BLR-KAZ"
    code, stdout, _ = invoke("claims", "--db", db, "--pair", written, "-f", "json")
    assert code == 0 and '"pair": "BLR-KAZ"' in stdout


def test_dates_may_be_a_year_a_month_or_a_day() -> None:
    assert validate.since("2024") == "2024"
    assert validate.since("2024-03") == "2024-03"
    assert validate.since("2024-03-14") == "2024-03-14"
    with pytest.raises(validate.InvalidInput, match="2024-13"):
        validate.since("2024-13")


def test_version() -> None:
    code, stdout, _ = invoke("--version")
    assert code == 0 and stdout.startswith("dyad ") and len(stdout.split()) == 2


@pytest.mark.slow
def test_a_database_server_that_refuses_is_one_line_from_the_installed_command(tmp_path: Path) -> None:
    # The real entry point, as a user runs it: no traceback on standard error.
    env = {**os.environ, "COLUMNS": "80", "PYTHONPATH": os.pathsep.join([str(ROOT / "src"),
                                                                        os.environ.get("PYTHONPATH", "")])}
    env.pop("DYAD_DEBUG", None)
    res = subprocess.run([sys.executable, "-c", "from dyad.cli import app; app()", "people", "--db",
                          "postgresql+psycopg://nobody@127.0.0.1:1/none"], capture_output=True, text=True,
                         env=env, cwd=tmp_path, timeout=120)
    assert res.returncode == 1
    assert res.stderr.startswith("error: database error:") and res.stderr.count("\n") == 1, res.stderr


@pytest.mark.parametrize("command", ["events", "people", "figures", "quotes", "claims"])
def test_tables_fit_80_columns_and_cut_long_text_with_an_ellipsis(db: str, command: str) -> None:
    code, stdout, _ = invoke(command, "--db", db)
    assert code == 0
    lines = stdout.splitlines()
    assert lines and max(len(line) for line in lines) <= 80
    wide_code, wide, _ = invoke(command, "--db", db, "--wide", columns=200)
    assert wide_code == 0
    # --wide shows columns the narrow table leaves out.
    assert len(wide.splitlines()[2].split("┃")) > len(lines[2].split("┃"))


def test_long_text_ends_in_an_ellipsis(db: str) -> None:
    _code, stdout, _ = invoke("quotes", "--db", db)
    assert "…" in stdout


def test_fit_takes_room_from_the_widest_columns_first() -> None:
    assert fit([10, 50, 30], [5, 5, 5], 100) == [10, 50, 30]
    assert fit([10, 50, 30], [5, 5, 5], 60) == [10, 25, 25]
    assert sum(fit([8, 300, 120, 7], [8, 6, 6, 7], 70)) <= 70
