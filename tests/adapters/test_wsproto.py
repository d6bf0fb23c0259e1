"""The wsproto adapter: ConnectionState and events, in memory and over a real socket."""

import sys
from collections.abc import Callable

import pytest
from websockets.asyncio.server import ServerConnection
from websockets.protocol import State
from wsproto import ConnectionType, WSConnection
from wsproto import events as wsproto_events
from wsproto.connection import ConnectionState
from wsproto.events import (
    AcceptConnection,
    BytesMessage,
    CloseConnection,
    Event,
    Message,
    Ping,
    Pong,
    RejectConnection,
    RejectData,
    Request,
    TextMessage,
)

from websocket_event import WebSocketEvent, WebSocketStatus
from websocket_event.adapters.wsproto import (
    EVENT_BY_EVENT_TYPE,
    STATUS_BY_CONNECTION_STATE,
    event_from_wsproto,
    status_from_state,
)

E = WebSocketEvent
S = WebSocketStatus

EXPECTED_STATUS = {
    "CONNECTING": S.OPENING,
    "OPEN": S.OPEN,
    "REMOTE_CLOSING": S.CLOSING,
    "LOCAL_CLOSING": S.CLOSING,
    "CLOSED": S.CLOSED,
    "REJECTING": S.CLOSING,
}

# The result of one step: (event class name, mapped event) for each event that the
# receiving side got, then the mapped status of the client and of the server.
Step = tuple[list[tuple[str, WebSocketEvent | None]], WebSocketStatus, WebSocketStatus]


def concrete_event_classes(base: type = Event) -> set[type]:
    """Return the classes under *base* that wsproto creates: those without subclasses.

    Classes of other packages, such as the subclasses that these tests define, are
    left out.
    """
    found = set()
    for subclass in base.__subclasses__():
        if subclass.__module__.partition(".")[0] == "wsproto":
            found |= concrete_event_classes(subclass) or {subclass}
    return found


def test_every_connection_state_is_mapped() -> None:
    # Iterating the real enum makes a member added in a later version fail here.
    assert set(STATUS_BY_CONNECTION_STATE) == {state.name for state in ConnectionState}
    for state in ConnectionState:
        assert status_from_state(state) is EXPECTED_STATUS[state.name]


def test_every_event_class_is_mapped_or_none() -> None:
    classes = concrete_event_classes()
    assert {cls.__name__ for cls in classes} == set(EVENT_BY_EVENT_TYPE)
    assert all(cls.__module__ == wsproto_events.__name__ for cls in classes)


def test_status_from_state_by_name() -> None:
    for name, status in EXPECTED_STATUS.items():
        assert status_from_state(name) is status


def test_status_from_state_errors() -> None:
    with pytest.raises(ValueError, match=r"^'CLOSE' is not a wsproto ConnectionState name"):
        status_from_state("CLOSE")
    with pytest.raises(TypeError, match=r"wsproto ConnectionState member or its name, not State$"):
        status_from_state(State.OPEN)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (Request(host="localhost", target="/"), E.OPENING),
        (AcceptConnection(), E.OPENED),
        (RejectConnection(status_code=403), E.ERROR),
        (RejectData(data=b"no", body_finished=False), None),
        (RejectData(data=b"no", body_finished=True), E.ERROR),
        (TextMessage(data="hel", message_finished=False), None),
        (TextMessage(data="lo", message_finished=True), E.MESSAGE),
        (BytesMessage(data=b"\x00", message_finished=False), None),
        (BytesMessage(data=b"\x01", message_finished=True), E.MESSAGE),
        (CloseConnection(code=1000), E.CLOSING),
        (Ping(), None),
        (Pong(), None),
    ],
)
def test_event_from_wsproto_each_event(event: Event, expected: WebSocketEvent | None) -> None:
    assert event_from_wsproto(event) is expected


def test_event_from_wsproto_rejects_non_events() -> None:
    for value in ("Request", None, ConnectionState.OPEN, WSConnection(ConnectionType.CLIENT)):
        with pytest.raises(
            TypeError, match=f"must be a wsproto event, not {type(value).__name__}$"
        ):
            event_from_wsproto(value)  # type: ignore[arg-type]


def test_event_from_wsproto_unmapped_class() -> None:
    # wsproto never emits its Message base class, so the adapter has no entry for it.
    with pytest.raises(ValueError, match=r"^'Message' is not a wsproto event class") as caught:
        event_from_wsproto(Message(data="x"))
    assert "'Request', 'AcceptConnection'" in str(caught.value)


# An application's subclasses of wsproto's event classes.


class MyText(TextMessage):
    pass


class MyBytes(BytesMessage):
    pass


class MyRejectData(RejectData):
    pass


class MyPing(Ping):
    pass


class MyClose(CloseConnection):
    pass


class MyDeeperText(MyText):
    pass


class MyMessage(Message[str]):
    pass


class MyEvent(Event):
    pass


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (MyText(data="hel", message_finished=False), None),
        (MyText(data="lo"), E.MESSAGE),
        (MyDeeperText(data="lo"), E.MESSAGE),
        (MyBytes(data=b"\x00", message_finished=False), None),
        (MyBytes(data=b"\x00"), E.MESSAGE),
        (MyRejectData(data=b"no", body_finished=False), None),
        (MyRejectData(data=b"no"), E.ERROR),
        (MyPing(), None),
        (MyClose(code=1000), E.CLOSING),
    ],
)
def test_event_subclass_maps_like_its_base(event: Event, expected: WebSocketEvent | None) -> None:
    assert event_from_wsproto(event) is expected


@pytest.mark.parametrize("cls", [MyMessage, MyEvent])
def test_event_subclass_of_unmapped_base(cls: type[Event]) -> None:
    event = cls(data="x") if cls is MyMessage else cls()  # type: ignore[call-arg]
    pattern = rf"^'{cls.__name__}' is not a wsproto event class known to this adapter"
    with pytest.raises(ValueError, match=pattern):
        event_from_wsproto(event)


def test_event_class_named_like_wsproto_class() -> None:
    # Only wsproto's own TextMessage maps, not another class of the same name.
    text_message = type("TextMessage", (Event,), {})
    with pytest.raises(ValueError, match=r"^'TextMessage' is not a wsproto event class"):
        event_from_wsproto(text_message())


def test_event_from_wsproto_before_wsproto_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    # With wsproto.events not imported, no wsproto event can exist, and none is imported.
    monkeypatch.delitem(sys.modules, "wsproto.events")
    with pytest.raises(TypeError, match=r"must be a wsproto event, not object$"):
        event_from_wsproto(object())  # type: ignore[arg-type]
    assert "wsproto.events" not in sys.modules


class Pair:
    """A wsproto client and server that pass bytes to each other in memory."""

    def __init__(self) -> None:
        self.client = WSConnection(ConnectionType.CLIENT)
        self.server = WSConnection(ConnectionType.SERVER)

    def statuses(self) -> tuple[WebSocketStatus, WebSocketStatus]:
        return status_from_state(self.client.state), status_from_state(self.server.state)

    def client_sends(self, *events: Event) -> Step:
        return self._deliver(self.client, self.server, events)

    def server_sends(self, *events: Event) -> Step:
        return self._deliver(self.server, self.client, events)

    def _deliver(
        self, sender: WSConnection, receiver: WSConnection, events: tuple[Event, ...]
    ) -> Step:
        receiver.receive_data(b"".join(sender.send(event) for event in events))
        received = [
            (type(event).__name__, event_from_wsproto(event)) for event in receiver.events()
        ]
        return (received, *self.statuses())


def test_session_in_memory() -> None:
    pair = Pair()
    assert pair.statuses() == (S.OPENING, S.OPENING)

    assert pair.client_sends(Request(host="localhost", target="/")) == (
        [("Request", E.OPENING)],
        S.OPENING,
        S.OPENING,
    )
    assert pair.server_sends(AcceptConnection()) == (
        [("AcceptConnection", E.OPENED)],
        S.OPEN,
        S.OPEN,
    )
    assert pair.client_sends(
        TextMessage(data="hel", message_finished=False),
        TextMessage(data="lo", message_finished=True),
        BytesMessage(data=b"\x00\x01"),
        Ping(payload=b"?"),
    ) == (
        [
            ("TextMessage", None),
            ("TextMessage", E.MESSAGE),
            ("BytesMessage", E.MESSAGE),
            ("Ping", None),
        ],
        S.OPEN,
        S.OPEN,
    )
    assert pair.server_sends(Pong(payload=b"?")) == ([("Pong", None)], S.OPEN, S.OPEN)

    # The client starts the closing handshake, and the server replies.
    assert pair.client_sends(CloseConnection(code=1000, reason="done")) == (
        [("CloseConnection", E.CLOSING)],
        S.CLOSING,
        S.CLOSING,
    )
    assert pair.client.state is ConnectionState.LOCAL_CLOSING
    assert pair.server.state is ConnectionState.REMOTE_CLOSING
    assert pair.server_sends(CloseConnection(code=1000, reason="done")) == (
        [("CloseConnection", E.CLOSING)],
        S.CLOSED,
        S.CLOSED,
    )


def test_rejection_in_memory() -> None:
    pair = Pair()
    pair.client_sends(Request(host="localhost", target="/"))
    assert pair.server_sends(RejectConnection(status_code=403, has_body=True)) == (
        [("RejectConnection", E.ERROR)],
        S.CLOSING,
        S.CLOSING,
    )
    assert pair.client.state is ConnectionState.REJECTING
    assert pair.server.state is ConnectionState.REJECTING
    assert pair.server_sends(RejectData(data=b"forbidden", body_finished=False)) == (
        [("RejectData", None)],
        S.CLOSING,
        S.CLOSING,
    )
    received, client_status, server_status = pair.server_sends(
        RejectData(data=b"", body_finished=True)
    )
    assert received[-1] == ("RejectData", E.ERROR)
    assert (client_status, server_status) == (S.CLOSED, S.CLOSED)


def test_lost_connection_in_memory() -> None:
    pair = Pair()
    pair.client_sends(Request(host="localhost", target="/"))
    pair.server_sends(AcceptConnection())
    # wsproto's signal that the transport closed without a closing handshake.
    pair.client.receive_data(None)
    received = [(event, event_from_wsproto(event)) for event in pair.client.events()]
    assert received == [(CloseConnection(code=1006), E.CLOSING)]
    assert status_from_state(pair.client.state) is S.CLOSED


def test_client_against_websockets_server(
    run: Callable, websockets_server: Callable, wsproto_client: Callable
) -> None:
    async def echo_then_close(connection: ServerConnection) -> None:
        await connection.send(await connection.recv())
        await connection.close(1000, "bye")

    async def session() -> tuple[list, list]:
        async with websockets_server(echo_then_close) as url:
            port = int(url.rsplit(":", 1)[1].strip("/"))
            return await wsproto_client(port, send=["hello"])

    events, statuses = run(session())
    assert events == [
        ("AcceptConnection", E.OPENED),
        ("TextMessage", E.MESSAGE),
        ("CloseConnection", E.CLOSING),
    ]
    assert statuses == [S.OPENING, S.OPEN, S.CLOSING, S.CLOSED]
