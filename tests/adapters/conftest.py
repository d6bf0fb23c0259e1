"""Servers and clients on 127.0.0.1 shared by the adapter tests."""

import asyncio
import contextlib
import socket
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any

import aiohttp
import pytest
from websocket import WebSocketApp
from websockets.asyncio.server import ServerConnection, serve
from wsproto import ConnectionType, WSConnection
from wsproto.connection import ConnectionState
from wsproto.events import AcceptConnection, CloseConnection, Request, TextMessage

from websocket_event import WebSocketEvent, WebSocketStatus
from websocket_event.adapters.websocket_client import EventCallback, app_handlers
from websocket_event.adapters.wsproto import event_from_wsproto, status_from_state

# Upper bounds, in seconds, for one test's network exchange and for a WebSocketApp
# thread within it. A test that reaches one fails instead of hanging; none comes
# close when it passes.
TIMEOUT = 30.0
APP_TIMEOUT = 15.0

Handler = Callable[[ServerConnection], Awaitable[None]]


def _run(coroutine: Awaitable[Any]) -> Any:
    """Run *coroutine* in a new event loop, failing it after ``TIMEOUT`` seconds."""

    async def bounded() -> Any:
        return await asyncio.wait_for(coroutine, TIMEOUT)

    return asyncio.run(bounded())


@contextlib.asynccontextmanager
async def _websockets_server(handler: Handler, **options: Any) -> AsyncIterator[str]:
    """Serve *handler* with the websockets library on a free port; yield its URL."""
    async with serve(handler, "127.0.0.1", 0, **options) as server:
        port = server.sockets[0].getsockname()[1]
        yield f"ws://127.0.0.1:{port}/"


@contextlib.asynccontextmanager
async def _aiohttp_connect(
    url: str, **options: Any
) -> AsyncIterator[aiohttp.ClientWebSocketResponse]:
    """Open an aiohttp client websocket connection to *url* in its own session."""
    async with aiohttp.ClientSession() as http, http.ws_connect(url, **options) as connection:
        yield connection


async def _run_app(
    url: str,
    callback: EventCallback,
    *,
    send_on_open: Sequence[str | bytes] = (),
    close_after: int | None = None,
) -> None:
    """Run a websocket-client ``WebSocketApp`` with the bridge's handlers to its end.

    Once open, the app sends *send_on_open*; with *close_after*, it closes with code
    1000 after receiving that many messages. The app runs in a thread that is joined
    with a timeout, so a connection that never ends fails the test.
    """
    handlers = app_handlers(callback)
    app = WebSocketApp(url, **handlers)
    received = 0
    sockets: list[socket.socket] = []

    def on_open(app: WebSocketApp) -> None:
        if app.sock is not None and app.sock.sock is not None:
            sockets.append(app.sock.sock)
        handlers["on_open"](app)
        for message in send_on_open:
            if isinstance(message, bytes):
                app.send_bytes(message)
            else:
                app.send_text(message)

    def on_message(app: WebSocketApp, message: str | bytes) -> None:
        nonlocal received
        handlers["on_message"](app, message)
        received += 1
        if received == close_after:
            app.close(status=1000, reason=b"done")

    app.on_open = on_open
    app.on_message = on_message
    thread = threading.Thread(target=app.run_forever, daemon=True)
    thread.start()
    await asyncio.to_thread(thread.join, APP_TIMEOUT)
    if thread.is_alive():
        app.close()
        pytest.fail(f"WebSocketApp for {url} still running after {APP_TIMEOUT} seconds")
    # websocket-client 1.9.2 leaves its socket open after a close that the server
    # started: its close() returns early once it has replied to the close frame.
    # Closing it here ends the connection, so the server need not wait for it.
    for leftover in sockets:
        leftover.close()


async def _wsproto_client(
    port: int, send: Sequence[str] = ()
) -> tuple[list[tuple[str, WebSocketEvent | None]], list[WebSocketStatus]]:
    """Run a wsproto client over a real socket to 127.0.0.1:*port* until it is closed.

    Once open it sends *send*, and it replies to the server's close frame. Return each
    event received, as (class name, mapped event), and the statuses the connection
    went through, read after each event and each write, without repeats.
    """
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    connection = WSConnection(ConnectionType.CLIENT)
    events: list[tuple[str, WebSocketEvent | None]] = []
    statuses = [status_from_state(connection.state)]

    def note_status() -> None:
        status = status_from_state(connection.state)
        if status is not statuses[-1]:
            statuses.append(status)

    writer.write(connection.send(Request(host=f"127.0.0.1:{port}", target="/")))
    try:
        while connection.state is not ConnectionState.CLOSED:
            data = await reader.read(65536)
            # wsproto takes None as the end of the stream.
            connection.receive_data(data or None)
            note_status()
            # wsproto parses the data, and updates its state, as events() yields.
            for event in connection.events():
                events.append((type(event).__name__, event_from_wsproto(event)))
                note_status()
                if isinstance(event, AcceptConnection):
                    for message in send:
                        writer.write(connection.send(TextMessage(data=message)))
                elif (
                    isinstance(event, CloseConnection)
                    and connection.state is ConnectionState.REMOTE_CLOSING
                ):
                    writer.write(connection.send(event.response()))
                    note_status()
    finally:
        writer.close()
        with contextlib.suppress(ConnectionError):
            await writer.wait_closed()
    return events, statuses


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 that was just bound and released, so nothing listens on it."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        port: int = listener.getsockname()[1]
    return port


@pytest.fixture
def run() -> Callable[[Awaitable[Any]], Any]:
    """Run a coroutine in a new event loop with a timeout; return its result."""
    return _run


@pytest.fixture
def websockets_server() -> Callable[..., contextlib.AbstractAsyncContextManager[str]]:
    """Serve a handler with the websockets library on a free port, yielding its URL."""
    return _websockets_server


@pytest.fixture
def aiohttp_connect() -> Callable[..., contextlib.AbstractAsyncContextManager[Any]]:
    """Open an aiohttp client websocket connection in its own session."""
    return _aiohttp_connect


@pytest.fixture
def run_app() -> Callable[..., Awaitable[None]]:
    """Run a WebSocketApp with the bridge's handlers to its end, in a thread."""
    return _run_app


@pytest.fixture
def wsproto_client() -> Callable[..., Awaitable[Any]]:
    """Run a wsproto client over a real socket; return its events and statuses."""
    return _wsproto_client
