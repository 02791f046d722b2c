"""Fetching a URL the user asked for, with the manners and limits of a careful client.

http(s) only; a time-out, a size cap and a redirect cap; loopback, private, link-local and
other non-public addresses refused unless the user allows them (a page must not make
dyad read the analyst's intranet). Every redirect target is checked again.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import time
from datetime import UTC, datetime
from urllib.parse import urljoin, urlparse

import httpx

from dyad.model import RawDoc

USER_AGENT = "dyad/0.1 (+https://example.invalid/dyad; news event extraction for research)"
DEFAULT_TIMEOUT = 20.0  # seconds for the whole fetch; DYAD_FETCH_TIMEOUT overrides it


def timeout_seconds() -> float:
    """The time a fetch may take, from DYAD_FETCH_TIMEOUT (seconds) or the default."""
    try:
        value = float(os.environ.get("DYAD_FETCH_TIMEOUT", DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT
    return value if value > 0 else DEFAULT_TIMEOUT


def timeout() -> httpx.Timeout:
    total = timeout_seconds()
    return httpx.Timeout(total, connect=min(10.0, total))


TIMEOUT = timeout()  # for clients made at import (the collector); fetch_bytes reads the env per call
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5


class FetchError(Exception):
    """One line naming the URL and the reason."""


def check_address(url: str, allow_private: bool) -> None:
    try:
        parsed = urlparse(url)
        port = parsed.port  # "http://a:99999/" and "http://[::1" raise ValueError here
    except ValueError as err:
        raise FetchError(f"{url}: not a valid URL ({err})") from err
    if parsed.scheme not in {"http", "https"}:
        raise FetchError(f"{url}: only http and https URLs are fetched")
    host = parsed.hostname
    if not host:
        raise FetchError(f"{url}: no host in URL")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, port or (443 if parsed.scheme == "https" else 80),
                                   proto=socket.IPPROTO_TCP)
    except socket.gaierror as err:
        raise FetchError(f"{url}: cannot resolve host ({err.strerror})") from err
    except UnicodeError as err:  # a host name IDNA cannot encode
        raise FetchError(f"{url}: not a valid host name") from err
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if not ip.is_global or ip.is_multicast:
            raise FetchError(f"{url}: refused: {ip} is a private, loopback or link-local address "
                             f"(use --allow-private to permit)")


def fetch_bytes(url: str, allow_private: bool = False, headers: dict[str, str] | None = None,
                client: httpx.Client | None = None) -> httpx.Response:
    """GET with redirects followed by hand, so that each hop's address is checked."""
    own = client is None
    limit = timeout_seconds()
    client = client or httpx.Client(timeout=timeout(), follow_redirects=False,
                                    headers={"User-Agent": USER_AGENT})
    # httpx times each read, not the whole fetch: a server that trickles a byte at a time
    # would hold the batch forever. The deadline bounds the fetch, redirects included.
    deadline = time.monotonic() + limit
    try:
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            check_address(current, allow_private)
            try:
                with client.stream("GET", current, headers=headers or {}) as resp:
                    if resp.is_redirect and "location" in resp.headers:
                        current = urljoin(current, resp.headers["location"])
                        continue
                    try:
                        declared = int(resp.headers.get("content-length") or 0)
                    except ValueError:
                        declared = 0
                    if declared > MAX_BYTES:
                        raise FetchError(f"{url}: too large ({declared} bytes > {MAX_BYTES})")
                    body = bytearray()
                    for chunk in resp.iter_bytes():
                        body.extend(chunk)
                        if len(body) > MAX_BYTES:
                            raise FetchError(f"{url}: too large (> {MAX_BYTES} bytes)")
                        if time.monotonic() > deadline:
                            raise FetchError(f"{url}: timed out (took more than {limit:g} s)")
                    resp._content = bytes(body)  # keep the capped body on the response
                    return resp
            except httpx.TimeoutException as err:
                raise FetchError(f"{url}: timed out (no answer within {limit:g} s)") from err
            except httpx.ConnectError as err:
                raise FetchError(f"{url}: cannot connect ({one_line(err) or 'connection failed'})") from err
            except httpx.HTTPError as err:
                raise FetchError(f"{url}: {type(err).__name__}: {one_line(err)}") from err
            except (httpx.InvalidURL, ValueError, UnicodeError) as err:  # not HTTPErrors: a bad URL
                raise FetchError(f"{url}: not a valid URL ({one_line(err)})") from err
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")
    finally:
        if own:
            client.close()


def one_line(err: BaseException) -> str:
    text = str(err).strip()
    return text.splitlines()[0][:200] if text else ""


def fetch_url(url: str, allow_private: bool = False) -> RawDoc:
    resp = fetch_bytes(url, allow_private)
    if resp.status_code >= 400:
        raise FetchError(f"{url}: HTTP {resp.status_code}")
    ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype and not (ctype.startswith("text/") or "html" in ctype or "xml" in ctype or "json" in ctype):
        raise FetchError(f"{url}: not a text page ({ctype})")
    media = "text/html" if "html" in ctype or resp.content.lstrip()[:15].lower().startswith((b"<!doctype", b"<html")) \
        else "text/plain"
    return RawDoc(url, resp.content, media, url=str(resp.url),
                  fetched=datetime.now(UTC).date().isoformat())
