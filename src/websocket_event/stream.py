"""Events of a real ``websockets`` client connection, as ``(WebSocketEvent, payload)``.

:class:`EventStream` connects with the ``websockets`` library (the ``demo`` extra,
tested with websockets 13 to 17) and reports what happens in CommandPost's lifecycle
order, which :class:`LifecycleTracker` reports in full:

==========  ==================================================================
event       payload
==========  ==================================================================
OPENING     the URI
OPENED      None
MESSAGE     the message, ``str`` for a text frame and ``bytes`` for a binary one
ERROR       the exception: connection refused, handshake rejected, connection
            dropped without a close frame
CLOSING     None
CLOSED      a :class:`Close` with the close code and reason
==========  ==================================================================

A connection that fails or drops yields ERROR and then CLOSED with code 1006, the
code RFC 6455 reserves for a connection that ended without a close frame. Messages
that arrived before a close are all yielded before CLOSING.

This module imports ``websockets``; ``import websocket_event`` does not import it.
"""

import asyncio
import inspect
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from contextlib import aclosing
from typing import Any, NamedTuple

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI

from ._event import WebSocketEvent
from ._lookup import _type_name  # pyright: ignore[reportPrivateUsage]
from ._status import WebSocketStatus
from ._tracker import LifecycleTracker

__all__ = ["ABNORMAL_CLOSURE", "Close", "EventStream", "Payload"]

#: Close code for a connection that ended without a close frame (RFC 6455, 7.4.1).
ABNORMAL_CLOSURE = 1006


class Close(NamedTuple):
    """Payload of CLOSED: the close code and reason of the connection."""

    code: int
    reason: str


Payload = None | str | bytes | Exception | Close
"""Payload that an :class:`EventStream` yields beside each event."""

# Errors that mean the connection could not be opened. ValueError covers a URI that
# the standard library rejects (a port above 65535, text that is not ASCII) before
# websockets can parse it. On Python 3.10 a timeout raises asyncio.TimeoutError, which is
# not yet the built-in TimeoutError.
_CONNECT_ERRORS = (
    OSError,
    InvalidHandshake,
    InvalidURI,
    ValueError,
    TimeoutError,
    asyncio.TimeoutError,
)


class EventStream:
    """One ``websockets`` client connection, reported as lifecycle events.

    Iterate over it with ``async for event, payload in stream`` (once), or hand a
    callback to :meth:`run`. While it is open, :meth:`send` and :meth:`close` act
    on the connection; *connect_options* go to ``websockets.asyncio.client.connect``.
    """

    def __init__(self, uri: str, **connect_options: Any) -> None:
        if not isinstance(uri, str):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(f"EventStream() uri must be str, not {_type_name(uri)}")
        self.uri = uri
        self._connect_options = connect_options
        self._tracker = LifecycleTracker()
        self._connection: ClientConnection | None = None
        self._started = False

    def __repr__(self) -> str:
        return f"<EventStream {self.uri!r} status={self.status.value!r}>"

    @property
    def status(self) -> WebSocketStatus:
        """Status of the connection after the last event yielded."""
        return self._tracker.status

    @property
    def connection(self) -> ClientConnection | None:
        """The ``websockets`` connection once OPENED has been yielded, else None."""
        return self._connection

    async def send(self, message: str | bytes) -> None:
        """Send *message*; raise ``RuntimeError`` if the connection is not open."""
        if self._connection is None:
            raise RuntimeError(f"cannot send on {self!r}: the connection is not open")
        await self._connection.send(message)

    async def close(self, code: int = 1000, reason: str = "") -> None:
        """Start the closing handshake; the iterator then yields CLOSING and CLOSED.

        Does nothing if the connection never opened.
        """
        if self._connection is not None:
            await self._connection.close(code, reason)

    def __aiter__(self) -> AsyncIterator[tuple[WebSocketEvent, Payload]]:
        if self._started:
            raise RuntimeError(f"{self!r} can be iterated only once")
        self._started = True
        return self._events()

    async def run(
        self, callback: Callable[[WebSocketEvent, Payload], Awaitable[object] | None]
    ) -> Close:
        """Call ``callback(event, payload)`` for each event, as CommandPost does.

        The callback may be a plain function or a coroutine function. Returns the
        payload of CLOSED.
        """
        close = Close(ABNORMAL_CLOSURE, "")
        async for event, payload in self:
            result = callback(event, payload)
            if inspect.isawaitable(result):
                await result
            if isinstance(payload, Close):
                close = payload
        return close

    async def _events(self) -> AsyncIterator[tuple[WebSocketEvent, Payload]]:
        # aclosing: when the caller stops early, closing this generator closes the
        # inner one at once, and so the connection, rather than when it is collected.
        async with aclosing(self._connection_events()) as events:
            try:
                async for event, payload in events:
                    # The connection's events already follow CommandPost's rules;
                    # the tracker keeps `status` current.
                    self._tracker.feed(event)
                    yield event, payload
            finally:
                # Stopped early or not, the connection is closed from here on.
                self._tracker.feed(WebSocketEvent.CLOSED)

    async def _connection_events(self) -> AsyncGenerator[tuple[WebSocketEvent, Payload], None]:
        yield WebSocketEvent.OPENING, self.uri
        try:
            connection = await connect(self.uri, **self._connect_options)
        except _CONNECT_ERRORS as exc:
            yield WebSocketEvent.ERROR, exc
            yield WebSocketEvent.CLOSED, Close(ABNORMAL_CLOSURE, "")
            return

        self._connection = connection
        try:
            yield WebSocketEvent.OPENED, None

            # Iteration ends after the last message that arrived before the close.
            dropped: ConnectionClosed | None = None
            try:
                async for message in connection:
                    yield WebSocketEvent.MESSAGE, message
            except ConnectionClosed as exc:
                # Raised only when the connection ended without a close frame, or
                # with a close code other than 1000 and 1001.
                dropped = exc if exc.rcvd is None else None

            if dropped is None:
                yield WebSocketEvent.CLOSING, None
            else:
                yield WebSocketEvent.ERROR, dropped
            await connection.wait_closed()
            code = connection.close_code
            reason = connection.close_reason or ""
            yield WebSocketEvent.CLOSED, Close(ABNORMAL_CLOSURE if code is None else code, reason)
        finally:
            # Also runs when the caller stops iterating early.
            await connection.close()
            self._connection = None
