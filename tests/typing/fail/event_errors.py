"""Each line marked ``# expect-error`` must be reported by both mypy and pyright.

A line marked ``# expect-error[mypy]`` must be reported by mypy only: pyright
accepts comparing a member with a plain string.
"""

from typing_extensions import assert_never

from websocket_event import WebSocketEvent, WebSocketEventValue, WebSocketStatus


def missing_member_if(event: WebSocketEvent) -> str:
    if event is WebSocketEvent.OPENING:
        return "connecting"
    elif event is WebSocketEvent.OPENED:
        return "connected"
    elif event is WebSocketEvent.CLOSING:
        return "closing"
    elif event is WebSocketEvent.CLOSED:
        return "closed"
    elif event is WebSocketEvent.ERROR:
        return "failed"
    else:
        assert_never(event)  # expect-error


def missing_member_match(event: WebSocketEvent) -> str:
    match event:
        case WebSocketEvent.OPENING | WebSocketEvent.OPENED:
            return "up"
        case WebSocketEvent.CLOSING | WebSocketEvent.CLOSED:
            return "down"
        case WebSocketEvent.MESSAGE:
            return "received"
        case _:
            assert_never(event)  # expect-error


def missing_status(status: WebSocketStatus) -> str:
    match status:
        case WebSocketStatus.OPENING:
            return "connecting"
        case WebSocketStatus.OPEN:
            return "connected"
        case WebSocketStatus.CLOSED:
            return "closed"
        case _:
            assert_never(status)  # expect-error


def wrong_literals() -> None:
    value: WebSocketEventValue = "open"  # expect-error
    first: WebSocketEvent = "opened"  # expect-error
    print(value, first)


def immutable() -> None:
    WebSocketEvent.OPENED = WebSocketEvent.CLOSED  # expect-error
    WebSocketEvent.OPENED.description = "changed"  # expect-error
    WebSocketEvent.EXTRA = "extra"  # expect-error


def wrong_argument_types() -> None:
    WebSocketEvent.from_value(1)  # expect-error
    WebSocketEvent.from_name(None)  # expect-error
    WebSocketEvent.parse(b"opened")  # expect-error


def literal_status_mismatch() -> None:
    status: None = WebSocketEvent.OPENED.status  # expect-error
    print(status)


def compare_member_with_string() -> bool:
    return WebSocketEvent.OPENED == "opened"  # expect-error[mypy]
