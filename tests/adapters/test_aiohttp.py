"""The aiohttp adapter: WSMsgType to event, on a real aiohttp server and client."""

import contextlib
from collections.abc import AsyncIterator, Callable

import aiohttp
import pytest
from aiohttp import WSMsgType, web
from websockets.asyncio.server import ServerConnection
from websockets.protocol import State

from websocket_event import WebSocketEvent
from websocket_event.adapters.aiohttp import EVENT_BY_MSG_TYPE, event_from_msg_type

E = WebSocketEvent

EXPECTED = {
    "CONTINUATION": None,
    "TEXT": E.MESSAGE,
    "BINARY": E.MESSAGE,
    "PING": None,
    "PONG": None,
    "CLOSE": E.CLOSING,
    "CLOSING": E.CLOSING,
    "CLOSED": E.CLOSED,
    "ERROR": E.ERROR,
}


def test_every_msg_type_is_mapped_or_none() -> None:
    # Iterating the real enum makes a member added in a later version fail here.
    assert set(EVENT_BY_MSG_TYPE) == {msg_type.name for msg_type in WSMsgType}
    for msg_type in WSMsgType:
        assert event_from_msg_type(msg_type) is EXPECTED[msg_type.name]


def test_lower_case_aliases_map_like_their_members() -> None:
    assert event_from_msg_type(WSMsgType.text) is E.MESSAGE
    assert event_from_msg_type(WSMsgType.closed) is E.CLOSED


def test_event_from_msg_type_by_name() -> None:
    for name, event in EXPECTED.items():
        assert event_from_msg_type(name) is event


def test_event_from_msg_type_unknown_name() -> None:
    with pytest.raises(ValueError, match=r"^'text' is not an aiohttp WSMsgType name") as caught:
        event_from_msg_type("text")
    assert "'CONTINUATION', 'TEXT', 'BINARY'" in str(caught.value)


@pytest.mark.parametrize("value", [0x1, None, State.OPEN, b"TEXT"])
def test_event_from_msg_type_rejects_other_types(value: object) -> None:
    expected = f"must be an aiohttp WSMsgType member or its name, not {type(value).__name__}$"
    with pytest.raises(TypeError, match=expected):
        event_from_msg_type(value)  # type: ignore[arg-type]


@contextlib.asynccontextmanager
async def aiohttp_server(
    seen: list[tuple[WSMsgType, WebSocketEvent | None]], close_on: str | None = None
) -> AsyncIterator[str]:
    """Serve an aiohttp websocket handler on a free port; yield its URL.

    The handler echoes text and binary messages, replies to pings itself, records
    each message type it receives with its mapped event in *seen*, and closes the
    connection with code 1000 when it receives the text *close_on*. It sends a
    100-character text when it receives ``"send long"``.
    """

    async def handler(request: web.Request) -> web.WebSocketResponse:
        connection = web.WebSocketResponse(autoping=False)
        await connection.prepare(request)
        while True:
            message = await connection.receive()
            seen.append((message.type, event_from_msg_type(message.type)))
            if message.type is WSMsgType.TEXT and message.data == close_on:
                await connection.close(code=1000, message=b"bye")
            elif message.type is WSMsgType.TEXT and message.data == "send long":
                await connection.send_str("x" * 100)
            elif message.type is WSMsgType.TEXT:
                await connection.send_str(message.data)
            elif message.type is WSMsgType.BINARY:
                await connection.send_bytes(message.data)
            elif message.type is WSMsgType.PING:
                await connection.pong(message.data)
            elif message.type in (WSMsgType.CLOSE, WSMsgType.CLOSED, WSMsgType.ERROR):
                break
        return connection

    app = web.Application()
    app.router.add_get("/", handler)
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        host, port = runner.addresses[0][:2]
        yield f"ws://{host}:{port}/"
    finally:
        await runner.cleanup()


async def receive_all(
    connection: aiohttp.ClientWebSocketResponse,
) -> list[tuple[WSMsgType, WebSocketEvent | None]]:
    """Receive until aiohttp reports CLOSED; return each type with its event."""
    received = []
    while True:
        message = await connection.receive()
        received.append((message.type, event_from_msg_type(message.type)))
        if message.type is WSMsgType.CLOSED:
            return received


def test_server_closes_session(run: Callable, aiohttp_connect: Callable) -> None:
    server_seen: list[tuple[WSMsgType, WebSocketEvent | None]] = []

    async def session() -> list[tuple[WSMsgType, WebSocketEvent | None]]:
        client_seen = []
        async with (
            aiohttp_server(server_seen, close_on="close please") as url,
            aiohttp_connect(url, autoping=False) as connection,
        ):
            await connection.send_str("hello")
            await connection.send_bytes(b"\x00\x01")
            await connection.ping(b"are you there")
            for _ in range(3):
                message = await connection.receive()
                client_seen.append((message.type, event_from_msg_type(message.type)))
            await connection.send_str("close please")
            client_seen += await receive_all(connection)
            assert connection.close_code == 1000
        return client_seen

    assert run(session()) == [
        (WSMsgType.TEXT, E.MESSAGE),
        (WSMsgType.BINARY, E.MESSAGE),
        (WSMsgType.PONG, None),
        (WSMsgType.CLOSE, E.CLOSING),
        (WSMsgType.CLOSED, E.CLOSED),
    ]
    assert server_seen == [
        (WSMsgType.TEXT, E.MESSAGE),
        (WSMsgType.BINARY, E.MESSAGE),
        (WSMsgType.PING, None),
        (WSMsgType.TEXT, E.MESSAGE),
        (WSMsgType.CLOSED, E.CLOSED),
    ]


def test_client_closes_session(run: Callable, aiohttp_connect: Callable) -> None:
    server_seen: list[tuple[WSMsgType, WebSocketEvent | None]] = []

    async def session() -> None:
        async with aiohttp_server(server_seen) as url, aiohttp_connect(url) as connection:
            await connection.send_str("hello")
            assert (await connection.receive()).data == "hello"
            await connection.close()
            assert (await connection.receive()).type is WSMsgType.CLOSED

    run(session())
    assert server_seen == [(WSMsgType.TEXT, E.MESSAGE), (WSMsgType.CLOSE, E.CLOSING)]


def test_message_too_big_is_error(run: Callable, aiohttp_connect: Callable) -> None:
    server_seen: list[tuple[WSMsgType, WebSocketEvent | None]] = []

    async def session() -> list[tuple[WSMsgType, WebSocketEvent | None]]:
        async with (
            aiohttp_server(server_seen) as url,
            aiohttp_connect(url, max_msg_size=16) as connection,
        ):
            await connection.send_str("send long")
            return await receive_all(connection)

    assert run(session()) == [(WSMsgType.ERROR, E.ERROR), (WSMsgType.CLOSED, E.CLOSED)]
    # aiohttp closed the connection with 1009, "message too big", which the server saw.
    assert server_seen == [(WSMsgType.TEXT, E.MESSAGE), (WSMsgType.CLOSE, E.CLOSING)]


def test_client_against_websockets_server(
    run: Callable, websockets_server: Callable, aiohttp_connect: Callable
) -> None:
    async def echo_then_close(connection: ServerConnection) -> None:
        await connection.send(await connection.recv())
        await connection.close(1000, "bye")

    async def session() -> list[tuple[WSMsgType, WebSocketEvent | None]]:
        async with (
            websockets_server(echo_then_close) as url,
            aiohttp_connect(url) as connection,
        ):
            await connection.send_str("hello")
            received = await receive_all(connection)
            assert connection.close_code == 1000
            return received

    assert run(session()) == [
        (WSMsgType.TEXT, E.MESSAGE),
        (WSMsgType.CLOSE, E.CLOSING),
        (WSMsgType.CLOSED, E.CLOSED),
    ]
