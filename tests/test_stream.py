"""EventStream over real websockets connections to servers on 127.0.0.1."""

import asyncio
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from http import HTTPStatus
from typing import Any, TypeVar

import pytest
from websockets.asyncio.server import Request, Response, ServerConnection, serve
from websockets.exceptions import ConnectionClosedError, InvalidStatus, InvalidURI

from websocket_event import LifecycleTracker, WebSocketEvent, WebSocketStatus
from websocket_event.stream import ABNORMAL_CLOSURE, Close, EventStream, Payload

E = WebSocketEvent
T = TypeVar("T")

# Upper bound for any one test, so that a bug shows as a failure rather than a hang.
TIMEOUT = 10.0

Handler = Callable[[ServerConnection], Awaitable[None]]


def run(coroutine: Awaitable[T]) -> T:
    async def bounded() -> T:
        return await asyncio.wait_for(coroutine, TIMEOUT)

    return asyncio.run(bounded())


def bind_loopback() -> socket.socket:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    return listener


@asynccontextmanager
async def websocket_server(handler: Handler, **options: Any) -> AsyncIterator[str]:
    """Serve *handler* on 127.0.0.1 on a free port and yield its ws:// URI."""
    listener = bind_loopback()
    port = listener.getsockname()[1]
    async with serve(handler, sock=listener, **options):
        yield f"ws://127.0.0.1:{port}"


async def collect(stream: EventStream) -> list[tuple[WebSocketEvent, Payload]]:
    items = [item async for item in stream]
    assert_follows_rules([event for event, _ in items])
    return items


def assert_follows_rules(events: list[WebSocketEvent]) -> None:
    """Check that CommandPost's rules, applied by a tracker, report every event."""
    tracker = LifecycleTracker()
    assert [tracker.feed(event) for event in events] == events
    assert tracker.status is WebSocketStatus.CLOSED


async def echo(connection: ServerConnection) -> None:
    async for message in connection:
        await connection.send(message)


def test_stream_echo_session() -> None:
    async def session() -> list[tuple[WebSocketEvent, Payload]]:
        async with websocket_server(echo) as uri:
            stream = EventStream(uri)
            seen: list[tuple[WebSocketEvent, Payload]] = []
            async for event, payload in stream:
                seen.append((event, payload))
                assert stream.status is (event.status or stream.status)
                if event is E.OPENED:
                    assert stream.connection is not None
                    await stream.send("text")
                    await stream.send(b"\x00\x01")
                elif event is E.MESSAGE and payload == b"\x00\x01":
                    await stream.close(1000, "done")
            assert stream.connection is None
            assert stream.status is WebSocketStatus.CLOSED
            return seen

    seen = run(session())
    assert_follows_rules([event for event, _ in seen])
    assert [event for event, _ in seen] == [
        E.OPENING,
        E.OPENED,
        E.MESSAGE,
        E.MESSAGE,
        E.CLOSING,
        E.CLOSED,
    ]
    assert seen[0][1].startswith("ws://127.0.0.1:")  # type: ignore[union-attr]
    assert seen[1][1] is None
    assert seen[2][1] == "text"
    assert seen[3][1] == b"\x00\x01"
    assert seen[4][1] is None
    assert seen[5][1] == Close(1000, "done")


def test_stream_yields_every_message_before_server_close() -> None:
    count = 200

    async def burst_then_close(connection: ServerConnection) -> None:
        for number in range(count):
            await connection.send(f"message {number}")
        await connection.close(1001, "going away")

    async def session() -> list[tuple[WebSocketEvent, Payload]]:
        async with websocket_server(burst_then_close) as uri:
            return await collect(EventStream(uri))

    seen = run(session())
    messages = [payload for event, payload in seen if event is E.MESSAGE]
    assert messages == [f"message {number}" for number in range(count)]
    assert [event for event, _ in seen[-2:]] == [E.CLOSING, E.CLOSED]
    assert seen[-1][1] == Close(1001, "going away")


def test_stream_connection_refused() -> None:
    listener = bind_loopback()
    port = listener.getsockname()[1]
    listener.close()  # nothing listens on the port any more

    seen = run(collect(EventStream(f"ws://127.0.0.1:{port}")))
    assert [event for event, _ in seen] == [E.OPENING, E.ERROR, E.CLOSED]
    assert isinstance(seen[1][1], ConnectionRefusedError)
    assert seen[2][1] == Close(ABNORMAL_CLOSURE, "")


def test_stream_handshake_rejected_with_403() -> None:
    def forbid(connection: ServerConnection, request: Request) -> Response:
        return connection.respond(HTTPStatus.FORBIDDEN, "Forbidden\n")

    async def session() -> list[tuple[WebSocketEvent, Payload]]:
        async with websocket_server(echo, process_request=forbid) as uri:
            return await collect(EventStream(uri))

    seen = run(session())
    assert [event for event, _ in seen] == [E.OPENING, E.ERROR, E.CLOSED]
    error = seen[1][1]
    assert isinstance(error, InvalidStatus)
    assert error.response.status_code == 403
    assert seen[2][1] == Close(ABNORMAL_CLOSURE, "")


def test_stream_server_drops_connection() -> None:
    async def send_then_drop(connection: ServerConnection) -> None:
        await connection.send("one")
        await connection.send("two")
        # Give the frames time to leave before the TCP connection is cut.
        await asyncio.sleep(0.2)
        connection.transport.abort()

    async def session() -> list[tuple[WebSocketEvent, Payload]]:
        async with websocket_server(send_then_drop) as uri:
            return await collect(EventStream(uri))

    seen = run(session())
    assert [event for event, _ in seen] == [
        E.OPENING,
        E.OPENED,
        E.MESSAGE,
        E.MESSAGE,
        E.ERROR,
        E.CLOSED,
    ]
    assert [payload for event, payload in seen if event is E.MESSAGE] == ["one", "two"]
    assert isinstance(seen[4][1], ConnectionClosedError)
    assert seen[5][1] == Close(ABNORMAL_CLOSURE, "")


def test_stream_server_closes_with_error_code() -> None:
    async def fail(connection: ServerConnection) -> None:
        await connection.close(1011, "internal error")

    async def session() -> list[tuple[WebSocketEvent, Payload]]:
        async with websocket_server(fail) as uri:
            return await collect(EventStream(uri))

    seen = run(session())
    # A close frame arrived, so the close is orderly even though its code is an error.
    assert [event for event, _ in seen] == [E.OPENING, E.OPENED, E.CLOSING, E.CLOSED]
    assert seen[-1][1] == Close(1011, "internal error")


def test_stream_invalid_uri() -> None:
    seen = run(collect(EventStream("http://127.0.0.1:1/")))
    assert [event for event, _ in seen] == [E.OPENING, E.ERROR, E.CLOSED]
    assert isinstance(seen[1][1], InvalidURI)


def test_stream_open_timeout() -> None:
    async def session() -> list[tuple[WebSocketEvent, Payload]]:
        async def never_answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await reader.read()  # until the client gives up and closes
            writer.close()

        # A TCP server that accepts connections and never responds to the handshake.
        server = await asyncio.start_server(never_answer, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        async with server:
            return await collect(EventStream(f"ws://127.0.0.1:{port}", open_timeout=0.2))

    seen = run(session())
    assert [event for event, _ in seen] == [E.OPENING, E.ERROR, E.CLOSED]
    assert isinstance(seen[1][1], (TimeoutError, asyncio.TimeoutError))


def test_stream_run_calls_sync_and_async_callbacks() -> None:
    async def session() -> tuple[list[WebSocketEvent], list[WebSocketEvent], Close]:
        async with websocket_server(echo) as uri:
            plain: list[WebSocketEvent] = []
            stream = EventStream(uri)

            def on_event(event: WebSocketEvent, payload: Payload) -> None:
                plain.append(event)

            async def on_event_async(event: WebSocketEvent, payload: Payload) -> None:
                on_event(event, payload)
                if event is E.OPENED:
                    await stream.send("ping")
                elif event is E.MESSAGE:
                    await stream.close()

            close = await stream.run(on_event_async)

            sync_events: list[WebSocketEvent] = []
            refused = bind_loopback()
            port = refused.getsockname()[1]
            refused.close()
            await EventStream(f"ws://127.0.0.1:{port}").run(
                lambda event, payload: sync_events.append(event)
            )
            return plain, sync_events, close

    plain, sync_events, close = run(session())
    assert plain == [E.OPENING, E.OPENED, E.MESSAGE, E.CLOSING, E.CLOSED]
    assert close == Close(1000, "")
    assert sync_events == [E.OPENING, E.ERROR, E.CLOSED]


def test_stream_early_break_closes_connection() -> None:
    closed_by_client = asyncio.Event()

    async def wait_for_close(connection: ServerConnection) -> None:
        await connection.wait_closed()
        closed_by_client.set()

    async def session() -> EventStream:
        async with websocket_server(wait_for_close) as uri:
            stream = EventStream(uri)
            iterator = aiter(stream)
            async for event, _ in iterator:
                if event is E.OPENED:
                    break
            await iterator.aclose()  # type: ignore[attr-defined]
            # aclose() returns once the connection is closed, not when it is collected.
            assert stream.connection is None
            assert stream.status is WebSocketStatus.CLOSED
            await asyncio.wait_for(closed_by_client.wait(), TIMEOUT)
            return stream

    stream = run(session())
    assert stream.connection is None


def test_stream_uri_must_be_str() -> None:
    with pytest.raises(TypeError, match=r"^EventStream\(\) uri must be str, not NoneType$"):
        EventStream(None)  # type: ignore[arg-type]


def test_stream_malformed_uri() -> None:
    seen = run(collect(EventStream("ws://127.0.0.1:99999/")))
    assert [event for event, _ in seen] == [E.OPENING, E.ERROR, E.CLOSED]
    assert isinstance(seen[1][1], ValueError)


def test_stream_iterates_once() -> None:
    stream = EventStream("ws://127.0.0.1:1")
    aiter(stream)
    with pytest.raises(RuntimeError, match="can be iterated only once"):
        aiter(stream)


def test_stream_send_before_open() -> None:
    stream = EventStream("ws://127.0.0.1:1")
    with pytest.raises(RuntimeError, match="the connection is not open"):
        run(stream.send("too early"))


def test_stream_close_before_open_does_nothing() -> None:
    stream = EventStream("ws://127.0.0.1:1")
    run(stream.close())
    assert stream.status is WebSocketStatus.CLOSED


def test_stream_repr() -> None:
    assert (
        repr(EventStream("ws://127.0.0.1:1")) == "<EventStream 'ws://127.0.0.1:1' status='closed'>"
    )
