"""The JSON API and the web page over one dyad database.

Read-only unless the app is started with a token: then ``POST /documents`` with
``Authorization: Bearer <token>`` ingests a document through the same pipeline as
``dyad ingest``. Every list endpoint pages with ``limit`` (capped at 500) and ``offset``
and answers ``{"items": [...], "limit": n, "offset": n, "next_offset": n | null}``.
Path parameters are checked against the shape of real ids before anything is looked up;
anything else is a 404. Filters reach the database only as bound parameters.

Requests are answered only when their Host header names this server: a loopback name, or a
host it was told it may be called by. A web page on another site whose name an attacker
re-points at 127.0.0.1 (DNS rebinding) sends its own name as Host, and is refused.
"""

from __future__ import annotations

import hmac
import json
import re
import threading
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from dyad import validate
from dyad.model import MAX_BYTES
from dyad.store import queries
from dyad.store.db import engine_for

STATIC = Path(__file__).parent / "static"
MAX_LIMIT = queries.MAX_LIMIT
DEFAULT_LIMIT = 100
MAX_POST_BYTES = MAX_BYTES  # a news page above this is not an article

DOC_ID = re.compile(r"[0-9a-f]{8,64}")
ACTOR_ID = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9_:-]|\.(?!\.)){0,199}")  # a slug; never "..", "/" or "%"
PERIOD = re.compile(r"\d{4}(?:-Q[1-4]|-\d{2})?")  # a row of dyad series: 2017, 2017-Q3, 2017-09

SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                                "frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

Limit = Annotated[int, Query(ge=1, description=f"Items per page; at most {MAX_LIMIT} are returned")]
MAX_OFFSET = 1_000_000_000  # beyond any database here; larger numbers overflow SQLite's integers
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip")]
Text = Annotated[str | None, Query(max_length=500, description="Case-insensitive substring")]
Since = Annotated[str | None, Query(description="On or after this date: YYYY, YYYY-MM or YYYY-MM-DD")]
Country = Annotated[str | None, Query(description="ISO 3166-1 alpha-3 code, e.g. KAZ")]
Pair = Annotated[str | None, Query(description="Country pair, e.g. BLR-KAZ (either order)")]

PAGES = ("/", "/actors", "/claims", "/series", "/documents", "/search")
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
ANY_ADDRESS = frozenset({"0.0.0.0", "::", ""})  # a bind address, not a name anyone calls the server by


def allowed_hosts(extra: Iterable[str] = ()) -> frozenset[str]:
    """Loopback names and the given ones (host names or addresses, without ports)."""
    names = {h.strip().lower().strip("[]") for h in extra}
    return LOOPBACK_HOSTS | frozenset(names - ANY_ADDRESS)


def host_of(header: str) -> str | None:
    """The host name of a Host header ("Example.org:8000" -> "example.org", "[::1]:80" -> "::1")."""
    try:
        return urlsplit("//" + header).hostname
    except ValueError:  # a port that is no number
        return None

POST_SCHEMA = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {
            "type": "object",
            "properties": {
                "text": {"type": "string", "description": "Plain text of the article"},
                "html": {"type": "string", "description": "The saved page; used instead of text when given"},
                "source": {"type": "string", "description": "Where it came from (label shown with the document)"},
                "url": {"type": "string", "description": "URL of the article"},
            },
        }}},
    },
}


class BadInput(Exception):
    """A request the server cannot use; the message is one line."""


def _bad(message: str) -> BadInput:
    return BadInput(message.splitlines()[0][:300] if message else "bad request")


def _valid(check: Any, value: str | None, name: str) -> str | None:
    """A filter checked as the CLI checks it (dyad.validate): real dates, known countries, pairs
    written BLR-KAZ, blr-kaz or BLRKAZ."""
    from dyad.validate import InvalidInput

    try:
        return check(value, name)  # type: ignore[no-any-return]
    except InvalidInput as err:
        raise _bad(str(err)) from None


def _pair_param(pair: str | None, source: str | None) -> str:
    """A required pair, checked as the CLI checks it, in stored order ("KAZ-BLR" -> "BLR-KAZ"), and
    a `from` that is one of its sides."""
    pair = _valid(validate.pair, pair, "pair")
    if not pair:
        raise _bad("pair is required, e.g. BLR-KAZ")
    if source and source.upper() not in pair.split("-"):
        raise _bad(f"from must be one side of {pair}: {' or '.join(pair.split('-'))}")
    return pair


def _by_param(by: str) -> str:
    if by not in ("month", "quarter", "year"):
        raise _bad("by must be month, quarter or year")
    return by


def _page(items: list[Any], limit: int, offset: int, presliced: bool = True) -> dict[str, Any]:
    lim = min(limit, MAX_LIMIT)
    if not presliced:
        items = items[offset : offset + lim]
    return {"items": items, "limit": lim, "offset": offset,
            "next_offset": offset + lim if len(items) == lim else None}


def _warm_up(done: threading.Event) -> None:
    """Read each language pack's warm-up text once (dyad.lang.<code>.warmup), so that the first
    POST does not wait for the models."""
    from dyad.lang import available, pack
    from dyad.model import RawDoc
    from dyad.stages import process

    try:
        for code in available():
            text = getattr(pack(code), "WARM_UP_TEXT", None)
            if not text:
                continue
            try:
                process(RawDoc("warm-up", text.encode("utf-8"), "text/plain", hint_text=text))
            except Exception:  # a failed warm-up only means that the first POST loads the models
                pass
    finally:
        done.set()


def create_app(db_url: str, token: str | None = None, create: bool = True, hosts: Iterable[str] = ()) -> FastAPI:
    """`hosts`: names besides the loopback ones that the server may be called by."""
    engine = engine_for(db_url, create=create)
    warmed = threading.Event()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if token:  # loaded at start-up when the server may write
            threading.Thread(target=_warm_up, args=(warmed,), name="dyad-warm-up", daemon=True).start()
        else:
            warmed.set()
        yield

    app = FastAPI(
        lifespan=lifespan,
        title="dyad",
        version="0.1.0",
        description="Events, actors, figures, quotes and agreements extracted from news about two countries, "
                    "each linked to the sentence it came from; claims of different sources side by side.",
        docs_url=None, redoc_url=None,  # both load scripts from a CDN: /docs is made here (web/docs.py)
    )
    app.state.engine = engine
    _guard(app, allowed_hosts(hosts))
    _answer_errors(app)
    for router in (documents_api(engine), events_api(engine), actors_api(engine), figures_api(engine),
                   series_api(engine), quotes_api(engine), search_api(engine), writing_api(engine, token, warmed),
                   docs_page(), pages()):
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def _guard(app: FastAPI, allowed: frozenset[str]) -> None:
    """Every response: refused unless its Host header names this server, and with the security headers."""

    @app.middleware("http")
    async def _headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        # Starlette's TrustedHostMiddleware cuts the header at its first ":", which loses
        # "[::1]:8000"; this reads it as a URL's authority instead.
        if host_of(request.headers.get("host", "")) not in allowed:
            response = JSONResponse({"detail": "unknown Host header: start the server with --allow-host NAME "
                                               "to be reached by that name"}, status_code=400)
        elif "%00" in request.url.query:
            # PostgreSQL refuses NUL in text; say so here instead of failing in the database.
            response = JSONResponse({"detail": "NUL character in the request"}, status_code=400)
        else:
            response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        if request.url.path.startswith("/api/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response


def _answer_errors(app: FastAPI) -> None:
    """Errors as one line of JSON ({"detail": ...}); a missing page asked for by a browser as HTML."""

    @app.exception_handler(BadInput)
    async def _bad_input(_request: Request, exc: BadInput) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if errors:
            first = errors[0]
            where = ".".join(str(x) for x in first.get("loc", ()) if x not in ("query", "path", "body"))
            message = f"{where}: {first.get('msg', 'invalid')}" if where else str(first.get("msg", "invalid"))
        else:
            message = "invalid request"
        return JSONResponse({"detail": message.splitlines()[0][:300]}, status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Any:
        path = request.url.path
        wants_page = (request.method == "GET" and not path.startswith(("/api/", "/static/", "/openapi"))
                      and "text/html" in request.headers.get("accept", ""))
        if exc.status_code == 404 and wants_page:
            return HTMLResponse(NOT_FOUND_PAGE, status_code=404)
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(Exception)
    async def _internal(_request: Request, _exc: Exception) -> JSONResponse:
        return JSONResponse({"detail": "internal error"}, status_code=500)


# ---- JSON API, one router per resource ------------------------------------------------------------

def documents_api(engine: Engine) -> APIRouter:
    api = APIRouter(tags=["documents"])

    @api.get("/api/documents", summary="Documents, newest first")
    def list_documents(q: Text = None, since: Since = None, outlet: Text = None,
                       limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict[str, Any]:
        since = _valid(validate.since, since, "since")
        lim = min(limit, MAX_LIMIT)
        return _page(queries.documents(engine, q=q or None, since=since, outlet=outlet or None,
                                       limit=lim, offset=offset), lim, offset)

    @api.get("/api/documents/{doc_id}",
             summary="One document: cleaned text and every extracted item with its span")
    def get_document(doc_id: str) -> dict[str, Any]:
        if not DOC_ID.fullmatch(doc_id):
            raise HTTPException(404, "no such document")
        doc = queries.document(engine, doc_id)
        if doc is None:
            raise HTTPException(404, "no such document")
        return doc

    return api


def events_api(engine: Engine) -> APIRouter:
    api = APIRouter(tags=["events"])

    @api.get("/api/events",
             summary="Events, newest first: one item per real-world event with all its reports")
    def list_events(country: Country = None, since: Since = None,
                    actor: Annotated[str | None, Query(max_length=200, description="actor_id")] = None,
                    q: Text = None, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0,
                    pair: Annotated[str | None, Query(description="The pair's events as `dyad series` counts them "
                                                                  "(coded between the two, or both took part): "
                                                                  "BLR-KAZ, blr-kaz or BLRKAZ")] = None,
                    source: Annotated[str | None, Query(alias="from", description="With pair: only what this "
                                                                                  "side did to the other")] = None,
                    type: Annotated[str | None, Query(max_length=32, description="Event type, e.g. meeting")] = None,
                    outlet: Annotated[str | None, Query(max_length=200, description="Reported by this outlet")] = None,
                    until: Annotated[str | None, Query(description="On or before this date: YYYY, YYYY-MM "
                                                                   "or YYYY-MM-DD")] = None) -> dict[str, Any]:
        country = _valid(validate.country, country, "country")
        since = _valid(validate.since, since, "since")
        until = _valid(validate.since, until, "until")
        if source and not pair:
            raise _bad("from needs pair, e.g. pair=BLR-KAZ&from=BLR")
        pair = _pair_param(pair, source) if pair else None
        lim = min(limit, MAX_LIMIT)
        return _page(queries.events(engine, country=country, since=since, actor=actor or None, q=q or None,
                                    limit=lim, offset=offset, pair=pair, type=type or None,
                                    outlet=outlet or None, until=until,
                                    source=source.upper() if pair and source else None), lim, offset)

    return api


def actors_api(engine: Engine) -> APIRouter:
    api = APIRouter(tags=["actors"])

    @api.get("/api/actors", summary="People, by name, with aliases and titles")
    def list_actors(country: Country = None, q: Text = None, limit: Limit = DEFAULT_LIMIT,
                    offset: Offset = 0) -> dict[str, Any]:
        country = _valid(validate.country, country, "country")
        lim = min(limit, MAX_LIMIT)
        return _page(queries.people(engine, country=country, q=q or None, limit=lim, offset=offset), lim, offset)

    @api.get("/api/actors/{actor_id}", summary="One actor: titles held, aliases, events and quotes")
    def get_actor(actor_id: str) -> dict[str, Any]:
        if not ACTOR_ID.fullmatch(actor_id):
            raise HTTPException(404, "no such actor")
        info = queries.actor(engine, actor_id)
        if info is None:
            raise HTTPException(404, "no such actor")
        return info

    return api


def figures_api(engine: Engine) -> APIRouter:
    api = APIRouter(tags=["figures"])

    @api.get("/api/figures", summary="Figures as extracted, by pair, metric and period")
    def list_figures(metric: Text = None, pair: Pair = None, country: Country = None, since: Since = None,
                     limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict[str, Any]:
        pair = _valid(validate.pair, pair, "pair")
        country = _valid(validate.country, country, "country")
        since = _valid(validate.since, since, "since")
        lim = min(limit, MAX_LIMIT)
        return _page(queries.figures(engine, country=country, since=since, metric=metric or None, pair=pair,
                                     limit=lim, offset=offset), lim, offset)

    @api.get("/api/claims",
             summary="Claims about one metric and period side by side; conflicts between sources flagged")
    def list_claims(pair: Pair = None, metric: Text = None,
                    conflicts: Annotated[bool, Query(description="Only groups whose claims disagree")] = False,
                    limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict[str, Any]:
        from dyad.reconcile import claim_groups

        pair = _valid(validate.pair, pair, "pair")
        lim = min(limit, MAX_LIMIT)
        groups = [g.to_json() for g in claim_groups(engine, pair, metric or None, conflicts, limit=lim, offset=offset)]
        return _page(groups, lim, offset)

    return api


def series_api(engine: Engine) -> APIRouter:
    api = APIRouter(tags=["series"])

    @api.get("/api/series",
             summary="The relationship over time: one row per period for a pair (as `dyad series`); "
                     "with metric, one metric's claims over periods instead (the claims chart's points)")
    def get_series(pair: Annotated[str, Query(description="Country pair, e.g. BLR-KAZ")],
                   by: Annotated[str, Query(description="month, quarter or year")] = "year",
                   source: Annotated[str | None, Query(alias="from", description="Only what this side did "
                                                                                 "to the other, e.g. BLR")] = None,
                   since: Since = None,
                   until: Annotated[str | None, Query(description="Up to this date, included: YYYY, YYYY-MM "
                                                                  "or YYYY-MM-DD")] = None,
                   fill: Annotated[bool, Query(description="Rows of zeros for quiet periods")] = False,
                   metric: Annotated[str | None, Query(max_length=100, description="e.g. trade_turnover: "
                                                       "claim points instead of the period rows")] = None,
                   limit: Limit = MAX_LIMIT, offset: Offset = 0) -> dict[str, Any]:
        pair = _pair_param(pair, source)
        if metric:
            from dyad.reconcile import series

            lim = min(limit, MAX_LIMIT)
            points = series(engine, pair, metric, limit=lim, offset=offset)
            return {**_page(points, lim, offset), "pair": pair, "metric": metric}
        from dyad.series import dyad_series

        by = _by_param(by)
        since = _valid(validate.since, since, "since")
        until = _valid(validate.since, until, "until")
        rows = dyad_series(engine, pair, by, source.upper() if source else None, since, until, fill)
        return {**_page(rows, limit, offset, presliced=False), "pair": pair, "by": by,
                "from": source.upper() if source else None}

    @api.get("/api/series/events",
             summary="The events one row of the series counts (period empty: those of unknown date)")
    def get_series_events(pair: Annotated[str, Query(description="Country pair, e.g. BLR-KAZ")],
                          by: Annotated[str, Query(description="month, quarter or year")] = "year",
                          period: Annotated[str | None, Query(description="2017, 2017-Q3 or 2017-09; empty: "
                                                                          "date unknown")] = None,
                          source: Annotated[str | None, Query(alias="from")] = None,
                          since: Since = None, until: Annotated[str | None, Query()] = None,
                          limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict[str, Any]:
        from dyad.series import period_event_ids

        pair = _pair_param(pair, source)
        by = _by_param(by)
        if period and not PERIOD.fullmatch(period):
            raise _bad("period must look like 2017, 2017-Q3 or 2017-09")
        period = period or None
        since = _valid(validate.since, since, "since")
        until = _valid(validate.since, until, "until")
        src = source.upper() if source else None
        ids = period_event_ids(engine, pair, by, period, src, since, until)
        lim = min(limit, MAX_LIMIT)
        page_ids = ids[offset : offset + lim]
        items = queries.events(engine, pair=pair, source=src, clusters=page_ids, limit=lim) if page_ids else []
        return {**_page(items, lim, offset), "total": len(ids), "pair": pair, "by": by, "period": period}

    return api


def quotes_api(engine: Engine) -> APIRouter:
    api = APIRouter(tags=["quotes"])

    @api.get("/api/quotes", summary="Quotes with their speakers, newest first")
    def list_quotes(actor: Annotated[str | None, Query(max_length=200, description="actor_id")] = None,
                    country: Country = None, q: Text = None, since: Since = None,
                    limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict[str, Any]:
        country = _valid(validate.country, country, "country")
        since = _valid(validate.since, since, "since")
        lim = min(limit, MAX_LIMIT)
        return _page(queries.quotes(engine, country=country, since=since, actor=actor or None, q=q or None,
                                    limit=lim, offset=offset), lim, offset)

    return api


def search_api(engine: Engine) -> APIRouter:
    api = APIRouter(tags=["search"])

    @api.get("/api/search", summary="Documents, actors and quotes matching a text")
    def search(q: Annotated[str, Query(min_length=1, max_length=500)],
               limit: Annotated[int, Query(ge=1)] = 20) -> dict[str, Any]:
        lim = min(limit, MAX_LIMIT)
        docs = queries.documents(engine, q=q, limit=lim)
        texts = queries.document_texts(engine, [d["doc_id"] for d in docs])  # a snippet around the first match
        for d in docs:
            text = texts.get(d["doc_id"], "")
            at = text.lower().find(q.lower())
            d["match"] = [at, at + len(q)] if at >= 0 else None
            d["snippet"] = text[max(0, at - 80) : at + len(q) + 80] if at >= 0 else text[:160]
            d["snippet_offset"] = max(0, at - 80) if at >= 0 else 0
        return {"q": q, "documents": docs, "actors": queries.people(engine, q=q, limit=lim),
                "quotes": queries.quotes(engine, q=q, limit=lim)}

    @api.get("/api/facets",
             summary="What there is to filter by: pairs and their metrics, countries, outlets, languages")
    def get_facets() -> dict[str, Any]:
        return queries.facets(engine)

    return api


# ---- writing --------------------------------------------------------------------------------------

def writing_api(engine: Engine, token: str | None, warmed: threading.Event) -> APIRouter:
    """POST /documents: ingest one document, for a client holding the server's token."""
    api = APIRouter(tags=["documents"])

    @api.post("/documents", status_code=201, openapi_extra=POST_SCHEMA,
              summary="Ingest one document (needs the server's token as a Bearer token)",
              responses={200: {"description": "Already in the database"}, 400: {"description": "Bad input"},
                         401: {"description": "No token given"}, 403: {"description": "Wrong token, or "
                                                                                      "the server is read-only"}})
    async def post_document(request: Request) -> JSONResponse:
        if not token:
            raise HTTPException(403, "read-only server: start it with --token to allow POST /documents")
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            raise HTTPException(401, "missing token: send Authorization: Bearer <token>",
                                headers={"WWW-Authenticate": "Bearer"})
        if not hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8")):
            raise HTTPException(403, "wrong token")
        raw = await _read_post(request)
        from dyad.model import InputError
        from dyad.run import store_records
        from dyad.stages import process

        if not warmed.is_set():
            await run_in_threadpool(warmed.wait, 300)
        try:
            record = await run_in_threadpool(process, raw)
        except InputError as err:
            msg = str(err)
            raise _bad(msg[len(raw.source) + 2 :] if msg.startswith(raw.source + ": ") else msg) from err
        stored, _dup = await run_in_threadpool(store_records, engine, [record])
        d = record.doc
        body = {"doc_id": d.doc_id, "created": bool(stored), "title": d.title, "outlet": d.outlet,
                "language": d.language, "published": d.published,
                "counts": {"events": len(record.events), "figures": len(record.figures),
                           "quotes": len(record.quotes), "agreements": len(record.agreements),
                           "people": len(record.people)},
                "url": f"/api/documents/{d.doc_id}"}
        return JSONResponse(body, status_code=201 if stored else 200)

    return api


# ---- the pages ------------------------------------------------------------------------------------

def docs_page() -> APIRouter:
    """/docs: the API's reference, made here from the OpenAPI schema (no scripts from a CDN)."""
    api = APIRouter()

    @api.get("/docs", include_in_schema=False)
    def api_docs(request: Request) -> HTMLResponse:
        from dyad.web.docs import render_docs

        return HTMLResponse(render_docs(request.app.openapi()), headers={"Cache-Control": "no-cache"})

    return api


def pages() -> APIRouter:
    """The web page: one HTML file for every path of the page's own views, which it reads itself."""
    api = APIRouter(include_in_schema=False)
    index = STATIC / "index.html"

    def page() -> FileResponse:
        return FileResponse(index, media_type="text/html; charset=utf-8",
                            headers={"Cache-Control": "no-cache"})

    for path in PAGES:
        api.add_api_route(path, page, methods=["GET"], include_in_schema=False)

    @api.get("/actor/{actor_id}", include_in_schema=False)
    def actor_page(actor_id: str) -> FileResponse:
        if not ACTOR_ID.fullmatch(actor_id):
            raise HTTPException(404, "no such actor")
        return page()

    @api.get("/doc/{doc_id}", include_in_schema=False)
    def document_page(doc_id: str) -> FileResponse:
        if not DOC_ID.fullmatch(doc_id):
            raise HTTPException(404, "no such document")
        return page()

    return api


async def _read_post(request: Request) -> Any:
    from dyad.model import RawDoc

    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > MAX_POST_BYTES:
        raise HTTPException(413, f"document too large (more than {MAX_POST_BYTES // (1024 * 1024)} MB)")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_POST_BYTES:
            raise HTTPException(413, f"document too large (more than {MAX_POST_BYTES // (1024 * 1024)} MB)")
        chunks.append(chunk)
    try:
        obj = json.loads(b"".join(chunks))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise _bad(f"body is not JSON ({str(err).splitlines()[0][:80]})") from err
    except RecursionError as err:  # "[[[[..." a hundred thousand deep
        raise _bad("body is nested too deeply") from err
    if not isinstance(obj, dict):
        raise _bad('body must be a JSON object with "text" or "html"')
    for key in ("text", "html", "source", "url"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise _bad(f'"{key}" must be a string')
    url = obj.get("url") or None
    if url and not url.startswith(("http://", "https://")):
        raise _bad('"url" must start with http:// or https://')
    source = (obj.get("source") or url or "api").strip()[:1000] or "api"
    html, text = obj.get("html"), obj.get("text")
    if html and html.strip():
        return RawDoc(source, html.encode("utf-8"), "text/html", url=url)
    if text and text.strip():
        return RawDoc(source, text.encode("utf-8"), "text/plain", url=url, hint_text=text)
    raise _bad('body needs a non-empty "text" or "html"')


NOT_FOUND_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Not found · dyad</title>
<link rel="stylesheet" href="/static/style.css"></head>
<body><header class="top"><a class="brand" href="/">dyad</a></header>
<main><h1>Not found</h1><p>There is no such page. <a href="/">Back to the timeline</a>.</p></main></body></html>
"""
