"""The websockets adapter: State to status, on the real library's connections."""

from collections.abc import Callable

import pytest
from websockets.asyncio.client import connect
from websockets.asyncio.server import ServerConnection
from websockets.client import ClientProtocol
from websockets.protocol import State
from websockets.server import ServerProtocol
from websockets.uri import parse_uri
from wsproto.connection import ConnectionState

from websocket_event import WebSocketStatus
from websocket_event.adapters.websockets import STATUS_BY_STATE, status_from_state

S = WebSocketStatus

EXPECTED = {"CONNECTING": S.OPENING, "OPEN": S.OPEN, "CLOSING": S.CLOSING, "CLOSED": S.CLOSED}


def test_every_state_member_is_mapped() -> None:
    # Iterating the real enum makes a member added in a later version fail here.
    assert set(STATUS_BY_STATE) == {state.name for state in State}
    for state in State:
        assert status_from_state(state) is EXPECTED[state.name]


def test_status_from_state_by_name() -> None:
    for name, status in EXPECTED.items():
        assert status_from_state(name) is status


def test_status_from_state_unknown_name() -> None:
    with pytest.raises(ValueError, match=r"^'OPENED' is not a websockets State name") as caught:
        status_from_state("OPENED")
    assert "Valid names: 'CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'." in str(caught.value)


@pytest.mark.parametrize("value", [1, None, ConnectionState.OPEN, S.OPEN.value.encode()])
def test_status_from_state_rejects_other_types(value: object) -> None:
    with pytest.raises(
        TypeError, match=f"websockets State member or its name, not {type(value).__name__}$"
    ):
        status_from_state(value)  # type: ignore[arg-type]


def test_sans_io_protocols_go_through_every_state() -> None:
    client = ClientProtocol(parse_uri("ws://127.0.0.1/"))
    server = ServerProtocol()
    seen: list[tuple[WebSocketStatus, WebSocketStatus]] = []

    def record() -> None:
        seen.append((status_from_state(client.state), status_from_state(server.state)))

    def deliver(
        source: ClientProtocol | ServerProtocol, target: ClientProtocol | ServerProtocol
    ) -> None:
        for data in source.data_to_send():
            if data:
                target.receive_data(data)
            else:
                target.receive_eof()

    record()
    client.send_request(client.connect())
    deliver(client, server)
    (request,) = server.events_received()
    server.send_response(server.accept(request))
    record()
    deliver(server, client)
    record()
    client.send_close(1000, "done")
    record()
    deliver(client, server)
    record()
    deliver(server, client)
    record()
    server.receive_eof()
    record()

    assert seen == [
        (S.OPENING, S.OPENING),
        (S.OPENING, S.OPEN),
        (S.OPEN, S.OPEN),
        (S.CLOSING, S.OPEN),
        (S.CLOSING, S.CLOSING),
        (S.CLOSED, S.CLOSING),
        (S.CLOSED, S.CLOSED),
    ]


def test_asyncio_session_states(run: Callable, websockets_server: Callable) -> None:
    server_seen: list[WebSocketStatus] = []

    async def echo_once(connection: ServerConnection) -> None:
        server_seen.append(status_from_state(connection.state))
        await connection.send(await connection.recv())
        await connection.wait_closed()
        server_seen.append(status_from_state(connection.state))

    async def session() -> list[WebSocketStatus]:
        client_seen: list[WebSocketStatus] = []
        async with websockets_server(echo_once) as url:
            async with connect(url) as client:
                client_seen.append(status_from_state(client.state))
                await client.send("hello")
                assert await client.recv() == "hello"
            client_seen.append(status_from_state(client.state))
        # Leaving the server's context waited for its handler to return.
        return client_seen

    assert run(session()) == [S.OPEN, S.CLOSED]
    assert server_seen == [S.OPEN, S.CLOSED]
