"""What each adapter reports when a connection fails: refused, rejected, dropped.

Each case runs against a real socket on 127.0.0.1 with every client library. The
libraries with an event stream report through their adapter; those that raise
instead are shown raising, with no state or event to map.
"""

from collections.abc import Callable
from http import HTTPStatus

import aiohttp
import pytest
from websocket import WebSocketBadStatusException, WebSocketConnectionClosedException
from websockets.asyncio.client import connect
from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosedError, InvalidStatus
from websockets.http11 import Request, Response

from websocket_event import WebSocketEvent, WebSocketStatus
from websocket_event.adapters.aiohttp import event_from_msg_type
from websocket_event.adapters.websocket_client import AppPayload
from websocket_event.adapters.websockets import status_from_state

E = WebSocketEvent
S = WebSocketStatus


def port_of(url: str) -> int:
    return int(url.rstrip("/").rsplit(":", 1)[1])


# Connection refused: nothing listens on the port.


def test_refused_websockets_client_raises(run: Callable, closed_port: int) -> None:
    async def attempt() -> None:
        await connect(f"ws://127.0.0.1:{closed_port}/", open_timeout=10)

    # No connection object exists, so there is no State to map.
    with pytest.raises(ConnectionRefusedError):
        run(attempt())


def test_refused_aiohttp_client_raises(
    run: Callable, aiohttp_connect: Callable, closed_port: int
) -> None:
    async def attempt() -> None:
        async with aiohttp_connect(f"ws://127.0.0.1:{closed_port}/"):
            pytest.fail("the connection was accepted")

    with pytest.raises(aiohttp.ClientConnectorError):
        run(attempt())


def test_refused_websocket_client_reports_error_then_closed(
    run: Callable, run_app: Callable, closed_port: int
) -> None:
    reported: list[tuple[WebSocketEvent, AppPayload]] = []
    run(run_app(f"ws://127.0.0.1:{closed_port}/", lambda *event: reported.append(event)))

    assert [event for event, _ in reported] == [E.ERROR, E.CLOSED]
    assert isinstance(reported[0][1], ConnectionRefusedError)
    assert reported[1][1] == (None, None)


# Handshake rejected: the server responds with HTTP 403.


async def forbid(connection: ServerConnection, request: Request) -> Response:
    return connection.respond(HTTPStatus.FORBIDDEN, "Forbidden\n")


async def never_called(connection: ServerConnection) -> None:
    raise AssertionError("the handshake was rejected, so no handler runs")


def test_rejected_websockets_client_raises(run: Callable, websockets_server: Callable) -> None:
    async def attempt() -> None:
        async with websockets_server(never_called, process_request=forbid) as url:
            with pytest.raises(InvalidStatus) as caught:
                await connect(url, open_timeout=10)
            assert caught.value.response.status_code == 403

    run(attempt())


def test_rejected_aiohttp_client_raises(
    run: Callable, websockets_server: Callable, aiohttp_connect: Callable
) -> None:
    async def attempt() -> None:
        async with websockets_server(never_called, process_request=forbid) as url:
            with pytest.raises(aiohttp.WSServerHandshakeError) as caught:
                async with aiohttp_connect(url):
                    pytest.fail("the handshake was accepted")
            assert caught.value.status == 403

    run(attempt())


def test_rejected_websocket_client_reports_error_then_closed(
    run: Callable, websockets_server: Callable, run_app: Callable
) -> None:
    reported: list[tuple[WebSocketEvent, AppPayload]] = []

    async def attempt() -> None:
        async with websockets_server(never_called, process_request=forbid) as url:
            await run_app(url, lambda *event: reported.append(event))

    run(attempt())
    assert [event for event, _ in reported] == [E.ERROR, E.CLOSED]
    error = reported[0][1]
    assert isinstance(error, WebSocketBadStatusException)
    assert error.status_code == 403
    assert reported[1][1] == (None, None)


def test_rejected_wsproto_client_reports_errors(
    run: Callable, websockets_server: Callable, wsproto_client: Callable
) -> None:
    async def attempt() -> tuple[list, list]:
        async with websockets_server(never_called, process_request=forbid) as url:
            return await wsproto_client(port_of(url))

    events, statuses = run(attempt())
    # The body may arrive in several pieces; only the last one maps to ERROR.
    assert [item for item in events if item[1] is not None] == [
        ("RejectConnection", E.ERROR),
        ("RejectData", E.ERROR),
    ]
    assert statuses[0] is S.OPENING
    assert statuses[-1] is S.CLOSED
    assert S.OPEN not in statuses


# Connection dropped: the server aborts the TCP connection after one message.


async def send_then_abort(connection: ServerConnection) -> None:
    await connection.recv()
    await connection.send("first")
    # The message was handed to the socket, so aborting does not discard it.
    assert connection.transport.get_write_buffer_size() == 0
    connection.transport.abort()


def test_dropped_websockets_client_ends_closed(run: Callable, websockets_server: Callable) -> None:
    async def session() -> list[WebSocketStatus]:
        seen = []
        async with (
            websockets_server(send_then_abort) as url,
            connect(url, open_timeout=10) as client,
        ):
            seen.append(status_from_state(client.state))
            await client.send("hello")
            assert await client.recv() == "first"
            with pytest.raises(ConnectionClosedError):
                await client.recv()
            seen.append(status_from_state(client.state))
            assert client.close_code == 1006  # no close frame was received
        return seen

    assert run(session()) == [S.OPEN, S.CLOSED]


def test_dropped_aiohttp_client_reports_closed(
    run: Callable, websockets_server: Callable, aiohttp_connect: Callable
) -> None:
    async def session() -> list[tuple[aiohttp.WSMsgType, WebSocketEvent | None]]:
        seen = []
        async with websockets_server(send_then_abort) as url, aiohttp_connect(url) as connection:
            await connection.send_str("hello")
            for _ in range(2):
                message = await connection.receive()
                seen.append((message.type, event_from_msg_type(message.type)))
        return seen

    # aiohttp returns CLOSED for a lost connection, without an ERROR first.
    assert run(session()) == [
        (aiohttp.WSMsgType.TEXT, E.MESSAGE),
        (aiohttp.WSMsgType.CLOSED, E.CLOSED),
    ]


def test_dropped_websocket_client_reports_error_then_closed(
    run: Callable, websockets_server: Callable, run_app: Callable
) -> None:
    reported: list[tuple[WebSocketEvent, AppPayload]] = []

    async def session() -> None:
        async with websockets_server(send_then_abort) as url:
            await run_app(url, lambda *event: reported.append(event), send_on_open=["hello"])

    run(session())
    assert [event for event, _ in reported] == [E.OPENED, E.MESSAGE, E.ERROR, E.CLOSED]
    assert reported[1][1] == "first"
    assert isinstance(reported[2][1], WebSocketConnectionClosedException)
    assert reported[3][1] == (None, None)


def test_dropped_wsproto_client_reports_closing_then_closed(
    run: Callable, websockets_server: Callable, wsproto_client: Callable
) -> None:
    async def session() -> tuple[list, list]:
        async with websockets_server(send_then_abort) as url:
            return await wsproto_client(port_of(url), send=["hello"])

    events, statuses = run(session())
    # wsproto reports the end of the stream as a CloseConnection with code 1006.
    assert events == [
        ("AcceptConnection", E.OPENED),
        ("TextMessage", E.MESSAGE),
        ("CloseConnection", E.CLOSING),
    ]
    assert statuses == [S.OPENING, S.OPEN, S.CLOSED]
