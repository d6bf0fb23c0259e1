"""Edges of EventStream: its argument check and the payloads that run() passes on."""

import asyncio
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from websockets.asyncio.server import ServerConnection, serve

from websocket_event import WebSocketEvent
from websocket_event.stream import Close, EventStream, Payload

E = WebSocketEvent

# Upper bound for one test, so that a bug shows as a failure rather than a hang.
TIMEOUT = 10.0


@asynccontextmanager
async def echo_server() -> AsyncIterator[str]:
    """Serve an echo handler on 127.0.0.1 on a free port and yield its ws:// URI."""

    async def echo(connection: ServerConnection) -> None:
        async for message in connection:
            await connection.send(message)

    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    async with serve(echo, sock=listener):
        yield f"ws://127.0.0.1:{port}"


def test_stream_uri_error_names_type() -> None:
    with pytest.raises(TypeError, match=r"^EventStream\(\) uri must be str, not bytes$"):
        EventStream(b"ws://127.0.0.1:1")  # type: ignore[arg-type]


def test_stream_run_passes_payloads() -> None:
    async def session() -> tuple[str, list[tuple[WebSocketEvent, Payload]], Close]:
        async with echo_server() as uri:
            stream = EventStream(uri)
            seen: list[tuple[WebSocketEvent, Payload]] = []

            async def on_event(event: WebSocketEvent, payload: Payload) -> None:
                seen.append((event, payload))
                if event is E.OPENED:
                    await stream.send("ping")
                elif event is E.MESSAGE:
                    await stream.close(1000, "done")

            close = await stream.run(on_event)
            return uri, seen, close

    uri, seen, close = asyncio.run(asyncio.wait_for(session(), TIMEOUT))
    assert seen == [
        (E.OPENING, uri),
        (E.OPENED, None),
        (E.MESSAGE, "ping"),
        (E.CLOSING, None),
        (E.CLOSED, Close(1000, "done")),
    ]
    assert close == Close(1000, "done")
