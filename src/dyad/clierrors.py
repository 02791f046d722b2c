"""Errors a user can act on, said in one line: what went wrong and with which input.

Every command runs inside ``OneLineErrors``: a database that refuses (SQLAlchemy's errors come
with a hundred lines of traceback and the SQL), a read command pointed at a database that does
not exist, or a filter that cannot match anything end the command with one line on standard
error and a non-zero exit, never a traceback. DYAD_DEBUG=1 lets the traceback through.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click
from typer.core import TyperGroup

EXIT_FAILED = 1  # the command could not do its work (no database, database error)
EXIT_USAGE = 2  # what was typed cannot be used; click's own usage errors exit 2 too


def one_line(exc: BaseException) -> str:
    """The first line of what the driver said, without SQLAlchemy's SQL and background link."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip()
    first = text.splitlines()[0] if text else type(exc).__name__
    return first[:300]


class OneLineErrors(TyperGroup):
    def invoke(self, ctx: click.Context) -> Any:
        if os.environ.get("DYAD_DEBUG"):
            return super().invoke(ctx)
        try:
            return super().invoke(ctx)
        except Exception as exc:
            code = classify(exc)
            if code is None:
                raise
            _say(f"database error: {one_line(exc)}" if code == EXIT_FAILED and not _missing(exc) else str(exc))
            raise SystemExit(code) from None


def classify(exc: BaseException) -> int | None:
    """The exit status for an error said in one line, or None for one that is a bug."""
    # Imported here: `dyad --help` should not load SQLAlchemy and the pipeline.
    from sqlalchemy.exc import SQLAlchemyError

    from dyad.validate import InvalidInput

    if isinstance(exc, InvalidInput):
        return EXIT_USAGE
    if _missing(exc) or isinstance(exc, SQLAlchemyError):
        return EXIT_FAILED
    return None


def _missing(exc: BaseException) -> bool:
    from dyad.store.db import DatabaseMissing

    return isinstance(exc, DatabaseMissing)


def _say(message: str) -> None:
    # Plain text: the message quotes what the user typed, which must not be read as Rich markup.
    click.echo(f"error: {message}", err=True)
    sys.stderr.flush()
