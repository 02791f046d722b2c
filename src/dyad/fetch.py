"""Fetching a URL the user asked for, with the manners and limits of a careful client.

http(s) only; one deadline for the whole fetch (connect to last byte, redirects included), a
size cap and a redirect cap; loopback, private, link-local and other non-public addresses
refused unless the user allows them (a page must not make dyad read the analyst's intranet).
Every redirect target is checked again, and the check is made where the connection is made:
the socket connects to the very address that was checked, so a name that resolves to a
public address for the check and to 127.0.0.1 for the connection (DNS rebinding) gets nowhere.
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import socket
import time
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlparse

import httpcore
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


MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5


class FetchError(Exception):
    """One line naming the URL and the reason."""


def check_url(url: str) -> tuple[str, int]:
    """(host, port) of an http(s) URL, or FetchError saying why it is not one."""
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
    return host, port or (443 if parsed.scheme == "https" else 80)


def checked_addresses(url: str, host: str, port: int, allow_private: bool) -> list[str]:
    """The addresses `host` resolves to, every one of them public unless private ones are allowed."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as err:
        raise FetchError(f"{url}: cannot resolve host ({err.strerror})") from err
    except UnicodeError as err:  # a host name IDNA cannot encode
        raise FetchError(f"{url}: not a valid host name") from err
    addresses: list[str] = []
    for info in infos:
        address = str(info[4][0])
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 zone ("fe80::1%eth0") is no part of it
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:  # ::ffff:127.0.0.1 is 127.0.0.1
            ip = ip.ipv4_mapped
        if not allow_private and (not ip.is_global or ip.is_multicast):
            raise FetchError(f"{url}: refused: {ip} is a private, loopback or link-local address "
                             f"(use --allow-private to permit)")
        if address not in addresses:
            addresses.append(address)
    return addresses


def check_address(url: str, allow_private: bool) -> None:
    """Refuse early a URL that is not http(s) or whose host is not public (the connection checks again)."""
    host, port = check_url(url)
    if not allow_private:
        checked_addresses(url, host, port, allow_private)


@dataclass(frozen=True)
class _Guard:
    url: str  # the hop being fetched, for messages
    allow_private: bool
    deadline: float  # time.monotonic() by which the whole fetch must be over
    limit: float


# Set by fetch_bytes for the calls it makes; a ContextVar, because one client serves the
# collector's threads and each thread's fetch has its own deadline.
_GUARD: ContextVar[_Guard | None] = ContextVar("dyad_fetch_guard", default=None)


def _time_left(timeout: float | None, expired: type[Exception]) -> float | None:
    guard = _GUARD.get()
    if guard is None:
        return timeout
    left = guard.deadline - time.monotonic()
    if left <= 0:
        raise expired(f"took more than {guard.limit:g} s")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write waits no longer than the fetch has left.

    httpx times each read, and every byte resets that clock: a server sending its headers a
    byte a second held a fetch for minutes. Bounding each wait by what is left of the fetch's
    deadline bounds the fetch."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _time_left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _time_left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        # The certificate is checked against the host name, not the address connected to.
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname,
                                                     _time_left(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _CheckedBackend(httpcore.SyncBackend):
    """Resolves the host once, checks every address, and connects to a checked one."""

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        guard = _GUARD.get()
        if guard is None:  # a client used outside fetch_bytes: no rules to apply
            return _DeadlineStream(super().connect_tcp(host, port, timeout, local_address, socket_options))
        addresses = checked_addresses(guard.url, host, port, guard.allow_private)
        error: Exception = httpcore.ConnectError(f"{host}: no address")
        for address in addresses:
            try:
                stream = super().connect_tcp(address, port, _time_left(timeout, httpcore.ConnectTimeout),
                                             local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as err:
                error = err
                continue
            return _DeadlineStream(stream)
        raise error


class _CheckedTransport(httpx.HTTPTransport):
    def __init__(self, limits: httpx.Limits) -> None:
        super().__init__(limits=limits, trust_env=False)
        # httpx takes no network backend; its pool is rebuilt with ours, as httpx builds it.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(), max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry, network_backend=_CheckedBackend())


def make_client(limits: httpx.Limits | None = None) -> httpx.Client:
    """A client whose connections obey fetch_bytes's address rule and deadline.

    No proxy from the environment: through a proxy the address connected to would be the
    proxy's choice, not the one checked."""
    return httpx.Client(transport=_CheckedTransport(limits or httpx.Limits()), timeout=timeout(),
                        follow_redirects=False, headers={"User-Agent": USER_AGENT}, trust_env=False)


@contextlib.contextmanager
def _guarded(url: str, allow_private: bool, deadline: float, limit: float) -> Iterator[None]:
    token = _GUARD.set(_Guard(url, allow_private, deadline, limit))
    try:
        yield
    finally:
        _GUARD.reset(token)


def fetch_bytes(url: str, allow_private: bool = False, headers: dict[str, str] | None = None,
                client: httpx.Client | None = None) -> httpx.Response:
    """GET with redirects followed by hand, so that each hop's address is checked.

    `client` should come from make_client: only its connections check the address they
    connect to and keep to the deadline between the bytes of the headers."""
    own = client is None
    limit = timeout_seconds()
    client = client or make_client()
    # One deadline for the fetch, redirects included: connect, headers and body all count.
    deadline = time.monotonic() + limit
    try:
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            check_address(current, allow_private)
            try:
                with _guarded(current, allow_private, deadline, limit), \
                        client.stream("GET", current, headers=headers or {}) as resp:
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
                raise FetchError(f"{url}: timed out (took more than {limit:g} s)") from err
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
