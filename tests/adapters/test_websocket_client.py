"""The websocket-client bridge: WebSocketApp handlers that report events, on real sessions."""

import inspect
import re
from collections.abc import Callable

import pytest
import websocket
from websocket import ABNF, WebSocketApp, WebSocketConnectionClosedException
from websockets.asyncio.server import ServerConnection

from websocket_event import WebSocketEvent
from websocket_event.adapters.websocket_client import (
    EVENT_BY_HANDLER,
    AppPayload,
    app_handlers,
)

E = WebSocketEvent

VERSION = tuple(int(part) for part in re.findall(r"\d+", websocket.__version__)[:3])


def close_payload(
    code: int, reason: str, *, client_started: bool
) -> tuple[int | None, str | None]:
    """Return what websocket-client passes to ``on_close`` after a clean close.

    1.9.0 passes no code or reason, and versions before it pass none after a close
    that the client started.
    """
    if VERSION == (1, 9, 0) or (client_started and VERSION < (1, 9, 0)):
        return (None, None)
    return (code, reason)


def test_handlers_are_webSocketapp_parameters() -> None:
    parameters = inspect.signature(WebSocketApp).parameters
    handlers = app_handlers(lambda event, payload: None)
    assert set(handlers) == set(EVENT_BY_HANDLER)
    assert set(handlers) <= set(parameters)


def test_app_handlers_rejects_non_callable() -> None:
    with pytest.raises(TypeError, match=r"must be callable, not str$"):
        app_handlers("print")  # type: ignore[arg-type]


def test_each_handler_reports_its_event() -> None:
    reported: list[tuple[WebSocketEvent, AppPayload]] = []
    handlers = app_handlers(lambda event, payload: reported.append((event, payload)))
    app = WebSocketApp("ws://127.0.0.1:9/")
    error = ConnectionResetError("reset")

    handlers["on_open"](app)
    handlers["on_message"](app, "text")
    handlers["on_message"](app, b"\x00")
    handlers["on_error"](app, error)
    handlers["on_close"](app, 1001, "going away")

    assert reported == [
        (E.OPENED, None),
        (E.MESSAGE, "text"),
        (E.MESSAGE, b"\x00"),
        (E.ERROR, error),
        (E.CLOSED, (1001, "going away")),
    ]
    assert [event for event, _ in reported] == [
        EVENT_BY_HANDLER[name]
        for name in ("on_open", "on_message", "on_message", "on_error", "on_close")
    ]


def test_close_notices_are_not_errors() -> None:
    reported: list[tuple[WebSocketEvent, AppPayload]] = []
    on_error = app_handlers(lambda event, payload: reported.append((event, payload)))["on_error"]
    app = WebSocketApp("ws://127.0.0.1:9/")

    # 1.9.1 and later: the exception carries the close frame's code.
    notice = WebSocketConnectionClosedException("Connection closed normally (code 1000)")
    notice.status_code = 1000  # type: ignore[attr-defined]
    on_error(app, notice)
    # 1.9.0: the close frame itself.
    on_error(app, ABNF(opcode=ABNF.OPCODE_CLOSE, data=b"\x03\xe8"))  # type: ignore[arg-type]
    assert reported == []

    # The same exception without a close code is a lost connection, an error.
    lost = WebSocketConnectionClosedException("Connection to remote host was lost.")
    on_error(app, lost)
    # Any other frame is not a close notice, so it is passed on as it came.
    text_frame = ABNF(opcode=ABNF.OPCODE_TEXT, data=b"?")
    on_error(app, text_frame)  # type: ignore[arg-type]
    assert reported == [(E.ERROR, lost), (E.ERROR, text_frame)]


def echo_then_close(close_after: int) -> Callable:
    """Return a websockets handler that echoes *close_after* messages, then closes."""

    async def handler(connection: ServerConnection) -> None:
        for _ in range(close_after):
            await connection.send(await connection.recv())
        await connection.close(1000, "bye")

    return handler


async def echo(connection: ServerConnection) -> None:
    async for message in connection:
        await connection.send(message)


def test_server_closes_session(
    run: Callable, websockets_server: Callable, run_app: Callable
) -> None:
    reported: list[tuple[WebSocketEvent, AppPayload]] = []

    async def session() -> None:
        async with websockets_server(echo_then_close(2)) as url:
            await run_app(
                url, lambda *event: reported.append(event), send_on_open=["hello", b"\x00\xff"]
            )

    run(session())
    # websocket-client 1.9 also calls on_error for the close frame: not reported.
    assert reported == [
        (E.OPENED, None),
        (E.MESSAGE, "hello"),
        (E.MESSAGE, b"\x00\xff"),
        (E.CLOSED, close_payload(1000, "bye", client_started=False)),
    ]


def test_client_closes_session(
    run: Callable, websockets_server: Callable, run_app: Callable
) -> None:
    reported: list[tuple[WebSocketEvent, AppPayload]] = []

    async def session() -> None:
        async with websockets_server(echo) as url:
            await run_app(
                url, lambda *event: reported.append(event), send_on_open=["hello"], close_after=1
            )

    run(session())
    assert reported == [
        (E.OPENED, None),
        (E.MESSAGE, "hello"),
        (E.CLOSED, close_payload(1000, "done", client_started=True)),
    ]


def test_callback_exception_is_reported_as_error(
    run: Callable, websockets_server: Callable, run_app: Callable
) -> None:
    reported: list[tuple[WebSocketEvent, AppPayload]] = []
    failure = RuntimeError("callback failed")

    def callback(event: WebSocketEvent, payload: AppPayload) -> None:
        reported.append((event, payload))
        if event is E.MESSAGE:
            raise failure

    async def session() -> None:
        async with websockets_server(echo_then_close(1)) as url:
            await run_app(url, callback, send_on_open=["hello"])

    run(session())
    assert reported == [
        (E.OPENED, None),
        (E.MESSAGE, "hello"),
        (E.ERROR, failure),
        (E.CLOSED, close_payload(1000, "bye", client_started=False)),
    ]
