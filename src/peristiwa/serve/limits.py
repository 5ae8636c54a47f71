"""ASGI middleware: request-size limit (413), security headers for every response, and a JSON 500
for an unexpected error (never Starlette's plain-text page)."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# The page and Leaflet only use files from this server; Leaflet positions tiles with inline styles.
SECURITY_HEADERS = (
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        b"connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
)


_log = logging.getLogger("peristiwa.serve")


class _TooLarge(Exception):
    pass


def too_large_message(limit: int) -> str:
    return f"request body exceeds the limit of {limit} bytes"


async def _send_json(send: Send, status: int, body: dict[str, Any]) -> None:
    data = json.dumps(body).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(data)).encode()),
                *SECURITY_HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": data})


#: how much of a refused body is read (and dropped) before the 413, as a multiple of the limit
DRAIN_FACTOR = 4


async def _drain(receive: Receive, max_bytes: int) -> None:
    """Read and drop the rest of a refused body, up to `max_bytes`: a client such as Python's
    urllib sends its whole body before it reads the answer, and would see the connection reset
    instead of the 413 if the server closed it mid-body. Memory stays constant; a slow sender is
    cut by the server's read deadline, a larger body by the cap (then the connection closes)."""
    drained = 0
    while drained <= max_bytes:
        message = await receive()
        if message["type"] != "http.request":
            return
        drained += len(message.get("body", b""))
        if not message.get("more_body", False):
            return


class BodyLimit:
    """Refuse bodies larger than `max_bytes` with 413, by Content-Length or while streaming."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def _refuse(self, receive: Receive, send: Send, *, body_read: bool = False) -> None:
        if not body_read:
            await _drain(receive, DRAIN_FACTOR * self.max_bytes)
        await _send_json(send, 413, {"detail": too_large_message(self.max_bytes)})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            # a client that waits for "100 Continue" has sent nothing and sends nothing after a 413
            waits = headers.get(b"expect", b"").lower() == b"100-continue"
            await self._refuse(receive, send, body_read=waits)
            return
        received = 0
        started = exceeded = body_read = False

        async def limited_receive() -> Message:
            nonlocal received, exceeded, body_read
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                body_read = not message.get("more_body", False)
                if received > self.max_bytes:
                    exceeded = True
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            # The framework may turn the failed read into its own error response: answer 413 instead.
            nonlocal started
            if exceeded:
                if not started and message["type"] == "http.response.start":
                    started = True
                    await self._refuse(receive, send, body_read=body_read)
                return
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await self._refuse(receive, send, body_read=body_read)
        except Exception:  # a bug still answers JSON with the security headers, and is logged
            _log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if not started:
                await _send_json(send, 500, {"detail": "internal error; the server log has the details"})


LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")
ANY_INTERFACE = ("0.0.0.0", "::", "")


def default_allowed_hosts(bind_host: str) -> tuple[str, ...]:
    """The Host names accepted when none are given: the bound address and the loopback names.
    A server bound to every interface is reachable by any name, so it checks none ("*")."""
    if bind_host in ANY_INTERFACE:
        return ("*",)
    return tuple(dict.fromkeys((bind_host.strip("[]").lower(), *LOOPBACK_HOSTS)))


def host_of(header: bytes) -> str:
    """The host name of a Host header, without its port: `[::1]:8000` → `::1`, `A.b:80` → `a.b`."""
    value = header.decode("latin-1").strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def host_allowed(host: str, allowed: tuple[str, ...]) -> bool:
    """`host` is one of `allowed`; "*" is any, "*.example.org" a subdomain of example.org."""
    for pattern in allowed:
        if pattern == "*" or host == pattern:
            return True
        if pattern.startswith("*.") and host.endswith(pattern[1:]):
            return True
    return False


class HostCheck:
    """Answer 400 (JSON, security headers) to a request whose Host header names another server:
    a loopback server is then out of reach of DNS-rebinding pages in the user's browser."""

    def __init__(self, app: ASGIApp, *, allowed: tuple[str, ...]) -> None:
        self.app = app
        self.allowed = tuple(h.lower() for h in allowed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or "*" in self.allowed:
            await self.app(scope, receive, send)
            return
        header = dict(scope.get("headers") or []).get(b"host", b"")
        host = host_of(header)
        if not host_allowed(host, self.allowed):
            shown = header.decode("latin-1")[:100]
            await _send_json(send, 400, {"detail": f"Host header {shown!r} is not one this server answers to"})
            return
        await self.app(scope, receive, send)
