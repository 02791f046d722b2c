"""dyad's command line: thin; parses options, calls the stages, prints with Rich."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from dyad.clierrors import OneLineErrors
from dyad.terminal import printable

EXIT_STATUS = ("Exit status: 0 when every input went in (or was unchanged); 1 when some inputs failed "
               "(each is named on stderr) and the rest were stored; 2 for usage errors.")

app = typer.Typer(
    help="News about two countries in; a source-linked database of meetings, agreements, figures "
         "and quotes out.\n\n" + EXIT_STATUS,
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False, cls=OneLineErrors,
)
out = Console()
err = Console(stderr=True)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            v = version("dyad")
        except PackageNotFoundError:  # running from a source tree that was never installed
            v = "unknown"
        typer.echo(f"dyad {v}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", help="Print the version and exit",
                                                callback=_version, is_eager=True)] = False) -> None:
    """News about two countries in; a source-linked database of meetings, agreements, figures and quotes out."""

DbOption = Annotated[str, typer.Option("--db", help="Database URL (SQLAlchemy): sqlite:///dyad.db or "
                                                    "postgresql+psycopg://user@host/db", envvar="DYAD_DB")]


TimeoutOpt = Annotated[float | None, typer.Option("--timeout", min=0.1, envvar="DYAD_FETCH_TIMEOUT",
                                                 help="Seconds one URL may take, from connecting to its last byte "
                                                      "[default: 20]")]


def _set_fetch_timeout(seconds: float | None) -> None:
    # dyad.fetch reads the variable per fetch, in this process and in pool workers alike.
    if seconds is not None:
        os.environ["DYAD_FETCH_TIMEOUT"] = str(seconds)


class OutFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


class ListFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def _report_failure(f: Any) -> None:
    # Names and reasons are data, not markup: "[draft] page.html" must print as it is.
    err.print(f"[red]error[/red] {escape(printable(f.source))}: {escape(printable(f.reason))}", highlight=False,
              soft_wrap=True)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, JSONL files, URLs or - for stdin")],
    format: Annotated[OutFormat, typer.Option("--format", "-f", help="jsonl: one SCHEMA.md record per "
                                                                     "document; table: a summary")] = OutFormat.jsonl,
    explain: Annotated[bool, typer.Option("--explain", help="Add, per item, the rule that produced it "
                                                            "and its evidence text")] = False,
    workers: Annotated[int, typer.Option("--workers", "-w", help="Processes to use")] = 1,
    allow_private: Annotated[bool, typer.Option("--allow-private", help="Allow URLs on private/"
                                                                        "loopback addresses")] = False,
    fetch_timeout: TimeoutOpt = None,
) -> None:
    """Extract records from documents and print them; no database needed.

    Exit status: 0 when every input was extracted; 1 when some inputs failed (each is named on
    stderr) and the rest were printed; 2 for usage errors.
    """
    from dyad.model import Failure
    from dyad.read import iter_sources
    from dyad.run import run

    _set_fetch_timeout(fetch_timeout)

    failed = 0
    table = Table("source", "lang", "outlet", "published", "events", "figures", "quotes", "agreements")
    for res in run(iter_sources(paths, allow_private), workers):
        if isinstance(res, Failure):
            failed += 1
            _report_failure(res)
            continue
        if format == OutFormat.jsonl:
            sys.stdout.write(json.dumps(res.to_json(explain), ensure_ascii=False) + "\n")
        else:
            d = res.doc
            table.add_row(printable(d.source), d.language or "", printable(d.outlet or ""), d.published or "",
                          str(len(res.events)),
                          str(len(res.figures)), str(len(res.quotes)), str(len(res.agreements)))
    if format == OutFormat.table:
        out.print(table)
    if failed:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, JSONL, WARC, URLs or - for stdin")],
    db: DbOption = "sqlite:///dyad.db",
    workers: Annotated[int, typer.Option("--workers", "-w", help="Processes for the pure stages")] = 1,
    dask: Annotated[str | None, typer.Option("--dask", help="Address of a dask.distributed scheduler")] = None,
    batch: Annotated[int, typer.Option("--batch", help="Documents per database commit")] = 64,
    allow_private: Annotated[bool, typer.Option("--allow-private", help="Allow URLs on private/"
                                                                        "loopback addresses")] = False,
    fetch_timeout: TimeoutOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar")] = False,
) -> None:
    """Clean, extract and store documents. Re-ingesting a document changes nothing.

    Exit status: 0 when every input went in (or was already stored); 1 when some inputs failed
    (each is named on stderr) and the rest were stored; 2 for usage errors.
    """
    from dyad.model import Failure
    from dyad.read import iter_sources
    from dyad.run import ingest as run_ingest

    _set_fetch_timeout(fetch_timeout)
    from dyad.store.db import engine_for

    engine = engine_for(db)
    progress = Progress(SpinnerColumn(), TextColumn("[bold]ingest"), BarColumn(), TextColumn("{task.completed} docs"),
                        TextColumn("{task.fields[rate]:.1f} docs/s"), TimeElapsedColumn(), console=err,
                        disable=quiet or not err.is_terminal, transient=True)
    with progress:
        task = progress.add_task("ingest", total=None, rate=0.0)

        def on_result(res: Any) -> None:
            if isinstance(res, Failure):
                _report_failure(res)
            progress.advance(task)
            elapsed = progress.tasks[0].elapsed or 1e-9
            progress.update(task, rate=progress.tasks[0].completed / elapsed)

        summary = run_ingest(iter_sources(paths, allow_private), engine, workers, dask, batch, on_result)
    out.print(summary.line(), highlight=False)
    # Each failure was reported by name as it happened; the summary counts them by reason.
    reasons: dict[str, int] = {}
    for f in summary.failed:
        key = re.sub(r"\(.*?\)|\d[\d,.]*", "…", f.reason)[:80]
        reasons[key] = reasons.get(key, 0) + 1
    for reason, n in sorted(reasons.items(), key=lambda kv: -kv[1]):
        out.print(f"  failed {n}: {escape(printable(reason))}", highlight=False, soft_wrap=True)
    from dyad.store.db import counts

    out.print("database: " + ", ".join(f"{k} {v}" for k, v in counts(engine).items()), highlight=False)
    if summary.failed:
        raise typer.Exit(1)


def _emit(rows: list[dict[str, Any]], format: ListFormat, columns: list[str], title: str,
          wide: bool = False, more: list[str] | None = None) -> None:
    from dyad.export import csv_cell

    if format == ListFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
    elif format == ListFormat.csv:
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=list(rows[0].keys()) if rows else columns, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: csv_cell(v) for k, v in r.items()})
        sys.stdout.write(buf.getvalue())
    else:
        from dyad.tables import render

        out.print(render(rows, columns + (more or []) if wide else columns, title, wide, width=out.width))


def _read_db(db: str) -> Any:
    """The engine of a database that must exist already: a read command never creates one."""
    from dyad.store.db import engine_for

    return engine_for(db, create=False)


CountryOpt = Annotated[str | None, typer.Option("--country", help="ISO3 code, e.g. KAZ")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="Only on or after this date: YYYY-MM-DD, "
                                                              "YYYY-MM or YYYY")]
FormatOpt = Annotated[ListFormat, typer.Option("--format", "-f")]
WideOpt = Annotated[bool, typer.Option("--wide", help="Table: every column, long text wrapped instead of "
                                                      "cut with …")]
LIST_LIMIT, MAX_LIST_LIMIT = 100, 500  # as the API: a page, never the whole store at once
LimitOpt = Annotated[int, typer.Option("--limit", "-n", min=1, max=MAX_LIST_LIMIT,
                                       help=f"Rows to show, at most {MAX_LIST_LIMIT} (claims as JSON: groups)")]
OffsetOpt = Annotated[int, typer.Option("--offset", min=0, help="Rows to skip first: the next page")]


def _more(shown: int, limit: int, offset: int, format: ListFormat) -> None:
    # A full page may have more after it: say how to get it (stderr: the output stays data).
    if shown >= limit and format == ListFormat.table:
        err.print(f"first {limit} from {offset}; next page: --offset {offset + limit}", highlight=False)


PairOpt = Annotated[str | None, typer.Option("--pair", help="Country pair, e.g. BLR-KAZ (either order)")]
FromOpt = Annotated[str | None, typer.Option("--from", help="With --pair: only what this side did to the other")]


def _pair_args(pair: str | None, source: str | None) -> tuple[str | None, str | None]:
    """--pair as dyad.validate checks it, and --from, which must be one side of it."""
    from dyad import validate

    pair = validate.pair(pair)
    if source and not pair:
        raise validate.InvalidInput(f"--from {source!r}: needs --pair, e.g. --pair BLR-KAZ --from BLR")
    if source and pair and source.strip().upper() not in pair.split("-"):
        raise validate.InvalidInput(f"--from {source!r}: not a side of {pair}")
    return pair, source.strip().upper() if source else None


@app.command()
def events(db: DbOption = "sqlite:///dyad.db", country: CountryOpt = None, since: SinceOpt = None,
           pair: PairOpt = None, source: FromOpt = None, format: FormatOpt = ListFormat.table,
           wide: WideOpt = False, limit: LimitOpt = LIST_LIMIT, offset: OffsetOpt = 0) -> None:
    """Events in the database: one row per real-world event, with every report linked."""
    from dyad import validate
    from dyad.store import queries

    country, since = validate.country(country), validate.since(since)
    pair, source = _pair_args(pair, source)
    rows = queries.events(_read_db(db), country=country, since=since, pair=pair, source=source, limit=limit,
                          offset=offset)
    _emit(rows, format, ["date", "type", "participants", "location", "reports"], "events", wide,
          ["cameo", "plover", "source_actor", "target_actor", "event_id"])
    _more(len(rows), limit, offset, format)


@app.command()
def people(db: DbOption = "sqlite:///dyad.db", country: CountryOpt = None, since: SinceOpt = None,
           format: FormatOpt = ListFormat.table, wide: WideOpt = False, limit: LimitOpt = LIST_LIMIT,
           offset: OffsetOpt = 0) -> None:
    """Actors: one row per person across documents and languages, with aliases, titles and documents."""
    from dyad import validate
    from dyad.store import queries

    country, since = validate.country(country), validate.since(since)
    rows = queries.people(_read_db(db), country=country, since=since, limit=limit, offset=offset)
    _emit(rows, format, ["name_en", "country", "titles", "document_count"], "people", wide,
          ["actor_id", "aliases", "titles_as_written"])
    _more(len(rows), limit, offset, format)


@app.command()
def figures(db: DbOption = "sqlite:///dyad.db", country: CountryOpt = None, since: SinceOpt = None,
            format: FormatOpt = ListFormat.table, wide: WideOpt = False, limit: LimitOpt = LIST_LIMIT,
            offset: OffsetOpt = 0) -> None:
    """Figures claimed: metric, value, period, qualifier, and who said it where."""
    from dyad import validate
    from dyad.store import queries

    country, since = validate.country(country), validate.since(since)
    rows = queries.figures(_read_db(db), country=country, since=since, limit=limit, offset=offset)
    _emit(rows, format, ["pair", "metric", "value", "unit", "period", "outlet"], "figures", wide,
          ["currency", "qualifier", "forecast", "speaker_en", "text"])
    _more(len(rows), limit, offset, format)


@app.command()
def quotes(db: DbOption = "sqlite:///dyad.db", country: CountryOpt = None, since: SinceOpt = None,
           format: FormatOpt = ListFormat.table, wide: WideOpt = False, limit: LimitOpt = LIST_LIMIT,
           offset: OffsetOpt = 0) -> None:
    """Quotes with their speakers."""
    from dyad import validate
    from dyad.store import queries

    country, since = validate.country(country), validate.since(since)
    rows = queries.quotes(_read_db(db), country=country, since=since, limit=limit, offset=offset)
    _emit(rows, format, ["published", "speaker_en", "text"], "quotes", wide, ["outlet", "quote_id"])
    _more(len(rows), limit, offset, format)


@app.command()
def claims(db: DbOption = "sqlite:///dyad.db",
           pair: Annotated[str | None, typer.Option("--pair", help="Country pair, e.g. BLR-KAZ")] = None,
           metric: Annotated[str | None, typer.Option("--metric", help="e.g. trade_turnover")] = None,
           conflicts: Annotated[bool, typer.Option("--conflicts", help="Only groups whose claims disagree")] = False,
           format: FormatOpt = ListFormat.table, wide: WideOpt = False, limit: LimitOpt = LIST_LIMIT,
           offset: OffsetOpt = 0) -> None:
    """Claims about one metric and period from different sources, side by side; conflicts flagged."""
    from dyad import validate
    from dyad.reconcile import claim_groups, claim_rows

    pair = validate.pair(pair)
    engine = _read_db(db)
    if format == ListFormat.json:
        groups = claim_groups(engine, pair, metric, conflicts, limit=limit, offset=offset)
        sys.stdout.write(json.dumps([g.to_json() for g in groups], ensure_ascii=False, indent=2) + "\n")
        return
    rows = []
    for g, c in claim_rows(engine, pair, metric, conflicts, limit=limit, offset=offset):
        rows.append({"pair": g.pair, "metric": g.metric, "period": g.period, "forecast": g.forecast,
                     "value": c.value, "qualifier": c.qualifier, "range": f"{c.low:,.0f}–{c.high:,.0f}",
                     "outlet": c.outlet, "source": c.source, "text": c.text,
                     "conflict": "CONFLICT" if any(c.figure_id in p for p in g.conflicts) else ""})
    _emit(rows, format, ["pair", "metric", "period", "value", "outlet", "conflict"], "claims", wide,
          ["forecast", "qualifier", "range", "text"])
    _more(len(rows), limit, offset, format)


class By(StrEnum):
    month = "month"
    quarter = "quarter"
    year = "year"


@app.command()
def series(
    pair: Annotated[str, typer.Option("--pair", help="Country pair, e.g. BLR-KAZ (either order)")],
    by: Annotated[By, typer.Option("--by", help="Period of a row")] = By.year,
    source: FromOpt = None,
    since: Annotated[str | None, typer.Option("--since", help="Only on or after this date (YYYY, YYYY-MM "
                                                              "or YYYY-MM-DD)")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Only up to this date, included (YYYY, "
                                                              "YYYY-MM or YYYY-MM-DD)")] = None,
    fill: Annotated[bool, typer.Option("--fill", help="Rows of zeros for quiet periods in between")] = False,
    db: DbOption = "sqlite:///dyad.db",
    format: FormatOpt = ListFormat.table,
    out_file: Annotated[Path | None, typer.Option("--out", help="Also write the rows to a .csv or .parquet "
                                                                "file")] = None,
    chart: Annotated[Path | None, typer.Option("--chart", help="Also draw the series to a .png or .svg "
                                                               "file")] = None,
) -> None:
    """The relationship over time: per period, events (linked reports counted once) by quad class,
    Goldstein mean, agreements signed and the trade claims for that period."""
    from dyad import validate
    from dyad.series import COLUMNS, dyad_series, totals

    checked, source = _pair_args(pair, source)
    pair = checked or pair
    since, until = validate.since(since), validate.since(until, "--until")
    if out_file and out_file.suffix.lower() not in (".csv", ".parquet"):
        raise typer.BadParameter("--out must end in .csv or .parquet")
    if chart and chart.suffix.lower() not in (".png", ".svg"):
        raise typer.BadParameter("--chart must end in .png or .svg")
    rows = dyad_series(_read_db(db), pair, by.value, source, since, until, fill)
    if out_file:
        from dyad.export import write_series

        write_series(rows, out_file)
        err.print(f"wrote {len(rows)} rows to {out_file}", highlight=False)
    if chart:
        from dyad.chart import render

        render(rows, chart)
        err.print(f"drew {chart}", highlight=False)
    if format == ListFormat.table:
        table = Table("period", "events", "reports", "verb. coop", "mat. coop", "verb. confl", "mat. confl",
                      "Goldstein", "agreements", "trade (consensus)", "trade range",
                      title=f"{pair} by {by.value}" + (f", from {source}" if source else ""))
        for r in rows:
            trade = rng = ""
            if r["trade_value"] is not None:
                trade = f"{r['trade_value']:,.0f} {r['trade_currency'] or ''}".strip()
                rng = f"{r['trade_low']:,.0f}–{r['trade_high']:,.0f}" + (" CONFLICT" if r["trade_conflict"] else "")
            table.add_row(r["period"] or "date unknown", *[str(r[k]) for k in COLUMNS[3:9]],
                          "" if r["goldstein_mean"] is None else f"{r['goldstein_mean']:+.2f}",
                          str(r["agreements"]), trade, rng)
        s = totals(rows)
        table.add_row("total", *[str(s[k]) for k in COLUMNS[3:9]], "", str(s["agreements"]), "", "")
        out.print(table)
    else:
        _emit(rows, format, COLUMNS, "series")


@app.command()
def export(db: DbOption = "sqlite:///dyad.db",
           format: Annotated[str, typer.Option("--format", "-f", help="jsonl | csv | parquet")] = "jsonl",
           out_dir: Annotated[Path, typer.Option("--out", help="Folder to write one file per table")] = Path("export")) -> None:
    """Write every table to a folder as JSONL, CSV or Parquet."""
    from dyad.export import export_tables

    if format not in {"jsonl", "csv", "parquet"}:
        raise typer.BadParameter("format must be jsonl, csv or parquet")
    written = export_tables(_read_db(db), out_dir, format)
    for name, n in written.items():
        out.print(f"{name}: {n} rows")


@app.command()
def serve(db: DbOption = "sqlite:///dyad.db",
          host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
          port: Annotated[int, typer.Option("--port")] = 8000,
          token: Annotated[str | None, typer.Option("--token", envvar="DYAD_TOKEN",
                                                    help="Token that allows POST /documents; without it the API is "
                                                         "read-only. Give it in DYAD_TOKEN or --token-file: on the "
                                                         "command line every user sees it in the process list")] = None,
          token_file: Annotated[Path | None, typer.Option("--token-file", help="File whose first line is the token",
                                                          dir_okay=False)] = None,
          allow_host: Annotated[list[str] | None, typer.Option("--allow-host", help="A name the server may be "
                                                               "called by besides localhost and --host (repeatable); "
                                                               "requests for other Host names are refused")] = None,
          ) -> None:
    """Serve the JSON API and the web page."""
    import uvicorn

    from dyad.web.api import create_app

    if token_file is not None:
        try:
            token = token_file.read_text(encoding="utf-8").strip().splitlines()[0].strip()
        except (OSError, UnicodeDecodeError, IndexError) as e:
            raise typer.BadParameter(f"cannot read a token from {token_file}", param_hint="--token-file") from e
    elif token and any(a == "--token" or a.startswith("--token=") for a in sys.argv):
        err.print("[yellow]warning[/yellow] a token on the command line is visible to every user of this machine; "
                  "use DYAD_TOKEN or --token-file", highlight=False, soft_wrap=True)
    # Read-only, the server needs a database that exists; with a token it may be the first writer.
    uvicorn.run(create_app(db, token=token, create=bool(token), hosts=[host, *(allow_host or [])]), host=host,
                port=port, log_level="info")


@app.command()
def collect(
    feed: Annotated[list[str] | None, typer.Option("--feed", help="RSS or Atom feed URL (repeatable)")] = None,
    sitemap: Annotated[list[str] | None, typer.Option("--sitemap", help="XML sitemap or sitemap index URL "
                                                                        "(repeatable)")] = None,
    sources: Annotated[Path | None, typer.Option("--sources", help="TOML file of outlets with their feeds and "
                                                                   "sitemaps (see dyad/data/sources.toml)")] = None,
    db: DbOption = "sqlite:///dyad.db",
    allow_private: Annotated[bool, typer.Option("--allow-private", help="Allow URLs on private/"
                                                                        "loopback addresses")] = False,
    fetch_timeout: TimeoutOpt = None,
    rate: Annotated[float, typer.Option("--rate", min=0.0, help="Seconds between two requests to one "
                                                                "host (robots.txt Crawl-delay wins if longer)")] = 1.0,
    max_per_host: Annotated[int, typer.Option("--max-per-host", min=1, help="Requests in flight to one host")] = 2,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Article links taken from one feed or sitemap "
                                                              "with its children, newest first (at most 50 feeds "
                                                              "and sitemaps are read under one)")] = 500,
) -> None:
    """Fetch new and changed articles from feeds and sitemaps, politely, and ingest them.

    Remembers what it fetched (conditional GET next time), honours robots.txt, rate-limits
    per host and retries 429/5xx. Safe to run from cron.

    Exit status: 0 when every feed, sitemap and page was read and stored (or was unchanged; a
    page gone from its site, 404 or 410, is skipped, not failed); 1 when some failed (each is
    named on stderr) and the rest were stored; 2 for usage errors, a bad --sources file included.
    """
    from dyad.collect import CollectError, Collector, load_sources

    _set_fetch_timeout(fetch_timeout)
    from dyad.store.db import engine_for

    feeds, sitemaps = list(feed or []), list(sitemap or [])
    if sources is not None:
        try:
            for s in load_sources(sources):
                feeds.extend(s.feeds)
                sitemaps.extend(s.sitemaps)
        except CollectError as e:
            err.print(f"[red]error[/red] {e}", highlight=False, soft_wrap=True, markup=True)
            raise typer.Exit(2) from None
    if not feeds and not sitemaps:
        raise typer.BadParameter("give at least one --feed, --sitemap or --sources")
    engine = engine_for(db)
    with Collector(engine, allow_private=allow_private, rate=rate, max_per_host=max_per_host, limit=limit,
                   on_failure=_report_failure) as collector:
        summary = collector.run(feeds, sitemaps)
    out.print(summary.line(), highlight=False, soft_wrap=True)
    for reason, n in sorted(summary.reasons().items(), key=lambda kv: -kv[1]):
        out.print(f"  failed {n}: {printable(reason)}", highlight=False, soft_wrap=True, markup=False)
    if summary.failed:
        raise typer.Exit(1)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
