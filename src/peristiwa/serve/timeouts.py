"""Half-sent requests are closed: uvicorn's HTTP/1.1 protocol (h11) with a read deadline.

uvicorn waits for a request's headers and body as long as the client likes (its keep-alive timer
is cancelled by the first byte of the next request), so a client that opens connections and
sends them a byte at a time holds them, and their memory, forever. Here every request must
arrive whole within `read_timeout` seconds of the connection opening or of the previous answer;
otherwise the connection is closed. Work on a request that did arrive whole is not limited here
(its document has its own budget in the worker process).
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

DEFAULT_READ_TIMEOUT = 30.0
#: the client's states in which a request is complete or the connection is already over
_ARRIVED = (h11.DONE, h11.MUST_CLOSE, h11.CLOSED, h11.ERROR)


class ReadDeadlineH11(H11Protocol):
    """`H11Protocol` closing a connection whose request is not whole `read_timeout` s after it
    could start (connection made, or the previous response sent)."""

    read_timeout: float = DEFAULT_READ_TIMEOUT

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline: asyncio.TimerHandle | None = None

    def _arm(self) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(self.read_timeout, self._read_timed_out)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _read_timed_out(self) -> None:
        self._deadline = None
        if self.transport.is_closing() or self.conn.their_state in _ARRIVED:
            return
        self.logger.info("closing a connection whose request did not arrive within %g s", self.read_timeout)
        self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)


def protocol_with_read_timeout(seconds: float) -> type[ReadDeadlineH11]:
    """A protocol class for `uvicorn.run(http=...)` with this read deadline."""
    return type("ReadDeadlineH11", (ReadDeadlineH11,), {"read_timeout": float(seconds)})
