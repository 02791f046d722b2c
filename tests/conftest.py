"""Shared fixtures: paths to the seeds and our own articles, and real databases.

PostgreSQL tests use the server named by DYAD_TEST_PG_URL (.ci/run starts one); each test
gets a fresh database of its own, dropped afterwards. They are in the slow set (marked `slow`),
with the browser tests, the end-to-end runs and the score floors: `make test` runs the rest,
CI (`make test-all`) runs everything.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
SEED_GOLD = SHARED / "corpus" / "gold"
FIXTURES = ROOT / "tests" / "fixtures"
ARTICLES = FIXTURES / "articles"
GOLD = FIXTURES / "gold"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    # The seeds ship in examples/ too, so the tests do not need ../shared to exist.
    return SEEDS if SEEDS.exists() else EXAMPLES


@pytest.fixture()
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'dyad.db'}"


def _pg_admin_url() -> str | None:
    return os.environ.get("DYAD_TEST_PG_URL")


@pytest.fixture()
def pg_url() -> Iterator[str]:
    admin = _pg_admin_url()
    if not admin:
        if os.environ.get("CI"):
            pytest.fail("DYAD_TEST_PG_URL is not set in CI: .ci/run must start PostgreSQL")
        pytest.skip("no PostgreSQL (set DYAD_TEST_PG_URL)")
    from sqlalchemy import create_engine, text

    name = f"dyad_test_{uuid.uuid4().hex[:10]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base = admin.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        from sqlalchemy.pool import NullPool

        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()
        del NullPool


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=[pytest.mark.postgres, pytest.mark.slow])])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Both databases: storage and ingest tests run against each."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'dyad.db'}"
    else:
        yield request.getfixturevalue("pg_url")
