"""The Starlette adapter: WebSocketState to status, through Starlette's TestClient."""

import warnings

import pytest
from starlette.applications import Starlette
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState
from wsproto.connection import ConnectionState

from websocket_event import WebSocketStatus
from websocket_event.adapters.starlette import STATUS_BY_STATE, status_from_state

with warnings.catch_warnings():
    # Starlette 1.10 prefers httpx2 for its TestClient and warns when it runs on
    # httpx, which the test dependencies install; the client works the same.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from starlette.testclient import TestClient, WebSocketDenialResponse

S = WebSocketStatus

EXPECTED = {
    "CONNECTING": S.OPENING,
    "CONNECTED": S.OPEN,
    "RESPONSE": S.CLOSING,
    "DISCONNECTED": S.CLOSED,
}

# (step, client_state, application_state), as mapped statuses.
Steps = list[tuple[str, WebSocketStatus, WebSocketStatus]]


def test_every_state_member_is_mapped() -> None:
    # Iterating the real enum makes a member added in a later version fail here.
    assert set(STATUS_BY_STATE) == {state.name for state in WebSocketState}
    for state in WebSocketState:
        assert status_from_state(state) is EXPECTED[state.name]


def test_status_from_state_by_name() -> None:
    for name, status in EXPECTED.items():
        assert status_from_state(name) is status


def test_status_from_state_unknown_name() -> None:
    with pytest.raises(
        ValueError, match=r"^'OPEN' is not a Starlette WebSocketState name"
    ) as caught:
        status_from_state("OPEN")
    assert "'CONNECTING', 'CONNECTED', 'RESPONSE', 'DISCONNECTED'" in str(caught.value)


@pytest.mark.parametrize("value", [1, None, ConnectionState.OPEN])
def test_status_from_state_rejects_other_types(value: object) -> None:
    expected = (
        f"must be a Starlette WebSocketState member or its name, not {type(value).__name__}$"
    )
    with pytest.raises(TypeError, match=expected):
        status_from_state(value)  # type: ignore[arg-type]


def recording_app(steps: Steps, endpoint_body: str) -> Starlette:
    """Return an app whose websocket endpoint records both states at each step."""

    def record(step: str, websocket: WebSocket) -> None:
        steps.append(
            (
                step,
                status_from_state(websocket.client_state),
                status_from_state(websocket.application_state),
            )
        )

    async def endpoint(websocket: WebSocket) -> None:
        record("start", websocket)
        if endpoint_body == "deny":
            await websocket.send(
                {"type": "websocket.http.response.start", "status": 403, "headers": []}
            )
            record("response started", websocket)
            await websocket.send({"type": "websocket.http.response.body", "body": b"no"})
            record("response sent", websocket)
            return

        await websocket.accept()
        record("accepted", websocket)
        await websocket.send_text(await websocket.receive_text())
        record("echoed", websocket)
        if endpoint_body == "server closes":
            await websocket.close(code=1000, reason="bye")
            record("closed", websocket)
        else:
            try:
                await websocket.receive_text()
            except WebSocketDisconnect:
                record("client disconnected", websocket)

    return Starlette(routes=[WebSocketRoute("/", endpoint)])


def test_client_closes_session() -> None:
    steps: Steps = []
    client = TestClient(recording_app(steps, "client closes"))
    with client, client.websocket_connect("/") as connection:
        connection.send_text("hello")
        assert connection.receive_text() == "hello"
    assert steps == [
        ("start", S.OPENING, S.OPENING),
        ("accepted", S.OPEN, S.OPEN),
        ("echoed", S.OPEN, S.OPEN),
        ("client disconnected", S.CLOSED, S.OPEN),
    ]


def test_server_closes_session() -> None:
    steps: Steps = []
    client = TestClient(recording_app(steps, "server closes"))
    with client, client.websocket_connect("/") as connection:
        connection.send_text("hello")
        assert connection.receive_text() == "hello"
        with pytest.raises(WebSocketDisconnect) as caught:
            connection.receive_text()
        assert caught.value.code == 1000
    assert steps == [
        ("start", S.OPENING, S.OPENING),
        ("accepted", S.OPEN, S.OPEN),
        ("echoed", S.OPEN, S.OPEN),
        ("closed", S.OPEN, S.CLOSED),
    ]


def test_denial_response_passes_through_closing() -> None:
    steps: Steps = []
    with TestClient(recording_app(steps, "deny")) as client:
        with pytest.raises(WebSocketDenialResponse) as caught, client.websocket_connect("/"):
            pytest.fail("the handshake was accepted")
        assert caught.value.status_code == 403
        assert caught.value.content == b"no"
    assert steps == [
        ("start", S.OPENING, S.OPENING),
        ("response started", S.OPENING, S.CLOSING),
        ("response sent", S.OPENING, S.CLOSED),
    ]
